//! The built-in bank, compiled into the binary so that an installed
//! `iop-check` works from any folder.
//!
//! build.rs checks `questions/iop-decision.yaml` with the same code as
//! `iop-check validate` (a broken bank fails the build, with the validator's
//! messages) and writes the checked [`Bank`] out in postcard's compact
//! binary form. At start-up that is read straight into the model, without
//! parsing YAML or checking the bank again: the first screen comes sooner.

use super::Bank;
use crate::error::{Error, Result};
use crate::problem::{Place, Problem};

/// The name the built-in bank goes by in messages.
pub const BUILTIN_NAME: &str = "questions/iop-decision.yaml (built in)";

/// The text of `questions/iop-decision.yaml` at build time, for
/// `iop-check validate` and `template`.
pub const BUILTIN_YAML: &str = include_str!("../../questions/iop-decision.yaml");

/// The same bank, checked by build.rs, in postcard's binary form of the
/// model: read back several times faster than JSON, which made up most of
/// the start-up time.
const CHECKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/builtin-checked.postcard"));

/// The built-in bank. It was checked when the binary was built, so an error
/// here is a bug (the model and its stored form out of step); it is still
/// reported, not panicked on.
pub fn builtin() -> Result<Bank> {
    postcard::from_bytes(CHECKED).map_err(|e| {
        Error::Bank(vec![Problem::new(
            BUILTIN_NAME,
            Place::File,
            format!("the bank checked at build time could not be read back ({e}); this is a bug in iop-check"),
        )])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bank_checked_at_build_time_is_the_yaml_checked_now() {
        let from_yaml =
            super::super::load_str(BUILTIN_NAME, BUILTIN_YAML).expect("the YAML is valid");
        assert_eq!(builtin().expect("the checked bank reads back"), from_yaml);
    }
}
