//! `iop-check crisis`: crisis resources at once, before anything else.

use std::io::IsTerminal;
use std::path::Path;

use crate::bank;
use crate::error::Result;

pub fn run(bank_path: Option<&Path>) -> Result<()> {
    let bank = bank::load(bank_path)?;
    let text = crate::crisis::render(&bank.crisis);
    if std::io::stdout().is_terminal() {
        crate::output::stdout(&format!(
            "{}\n",
            crate::text::wrap(&text, crate::text::width(), "  ")
        ))
    } else {
        crate::output::stdout(&text)
    }
}
