//! `iop-check crisis`: crisis resources at once, before anything else.

use std::io::IsTerminal;
use std::path::Path;

use crate::bank;
use crate::error::Result;

pub fn run(bank_path: Option<&Path>, lang: crate::i18n::Lang) -> Result<()> {
    // The built-in resources are read alone, without the rest of the bank:
    // this is the command to reach for in a hard moment, and it should
    // answer at once. A bank of one's own is read whole, and its words
    // around the resources are in its own language.
    let (crisis, lang) = match bank_path {
        None => (bank::builtin_crisis(lang)?, lang),
        Some(_) => {
            let bank = bank::load(bank_path, lang)?;
            let lang = crate::i18n::Lang::of(&bank.language);
            (bank.crisis, lang)
        }
    };
    let text = crate::crisis::render_in(&crisis, &crate::i18n::Messages::new(lang));
    if std::io::stdout().is_terminal() {
        crate::output::stdout(&format!(
            "{}\n",
            crate::text::wrap(&text, crate::text::width(), "  ")
        ))
    } else {
        crate::output::stdout(&text)
    }
}
