//! `iop-check crisis`: crisis resources at once, before anything else.

use std::io::IsTerminal;
use std::path::Path;

use crate::bank;
use crate::error::Result;

pub fn run(bank_path: Option<&Path>, lang: crate::i18n::Lang) -> Result<()> {
    let bank = bank::load(bank_path, lang)?;
    let text = crate::crisis::render_in(&bank.crisis, &crate::i18n::Messages::new(lang));
    // The process ends right after this: freeing the bank's thousands of
    // small strings one by one would only put off the exit (by about a
    // tenth of the time this command takes), and the OS frees it all at once.
    std::mem::forget(bank);
    if std::io::stdout().is_terminal() {
        crate::output::stdout(&format!(
            "{}\n",
            crate::text::wrap(&text, crate::text::width(), "  ")
        ))
    } else {
        crate::output::stdout(&text)
    }
}
