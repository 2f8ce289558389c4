//! Loading a bank: file → text → YAML → checked [`Bank`].

use super::raw::RawBank;
use super::{Bank, unicode, validate};
use crate::problem::Problem;
use crate::yaml;

/// Banks larger than this are refused before they are read (documented in
/// questions/README.md). A clinic's bank has 30-200 questions; the
/// built-in one, 54 questions with help texts, is 40 KiB (4% of the limit).
/// So 1 MiB leaves room for long help texts while keeping a mistaken file
/// (a log, a database dump) from costing time or memory.
pub const MAX_BANK_BYTES: u64 = 1024 * 1024;

/// Loads and checks the bank at `path`, reporting every problem found.
#[cfg(iop_crate)]
pub fn load_file(path: &std::path::Path) -> std::result::Result<Bank, Vec<Problem>> {
    let text = crate::files::read_text(path, MAX_BANK_BYTES).map_err(|p| vec![p])?;
    load_str(&path.display().to_string(), &text)
}

/// Parses and checks bank text; `name` is how the file is named in messages.
pub fn load_str(name: &str, text: &str) -> std::result::Result<Bank, Vec<Problem>> {
    // Found first: a line separator can also be why the parse fails.
    let hidden = unicode::problems(name, text);
    let parsed = yaml::parse::<RawBank>(name, text).map_err(|p| {
        let mut problems = hidden.clone();
        problems.push(p);
        problems
    })?;
    match validate::validate(name, parsed.value, &parsed.unknown) {
        Ok(bank) if hidden.is_empty() => Ok(bank),
        Ok(_) => Err(hidden),
        Err(mut problems) => {
            if !hidden.is_empty() {
                // The same characters, found again in the parsed text.
                problems.retain(|p| !unicode::repeats(p));
            }
            problems.extend(hidden);
            Err(problems)
        }
    }
}

/// The bank a command runs with: the file given with `--bank` (in its own
/// language), or the built-in one in `lang`.
#[cfg(iop_crate)]
pub fn load(path: Option<&std::path::Path>, lang: crate::i18n::Lang) -> crate::error::Result<Bank> {
    match path {
        Some(p) => load_file(p).map_err(crate::error::Error::Bank),
        None => super::builtin_in(lang),
    }
}
