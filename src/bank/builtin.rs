//! The built-in bank, compiled into the binary so that an installed
//! `iop-check` works from any folder.

use super::{Bank, load_json, load_str};
use crate::error::{Error, Result};

/// The name the built-in bank goes by in messages.
pub const BUILTIN_NAME: &str = "questions/iop-decision.yaml (built in)";

/// The text of `questions/iop-decision.yaml` at build time.
pub const BUILTIN_YAML: &str = include_str!("../../questions/iop-decision.yaml");

/// The same bank as JSON, converted by build.rs (empty if it could not be).
/// JSON reads much faster than YAML, and start-up time is felt.
pub const BUILTIN_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin.json"));

/// Loads the built-in bank. A test makes sure it is valid, so an error here
/// means the binary was built from a broken tree; it is still reported, not
/// panicked on.
pub fn builtin() -> Result<Bank> {
    if BUILTIN_JSON.is_empty() {
        return load_str(BUILTIN_NAME, BUILTIN_YAML).map_err(Error::Bank);
    }
    load_json(BUILTIN_NAME, BUILTIN_JSON).map_err(Error::Bank)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_form_is_the_same_bank_as_the_yaml() {
        assert!(
            !BUILTIN_JSON.is_empty(),
            "build.rs could not convert the built-in bank"
        );
        let from_yaml = load_str(BUILTIN_NAME, BUILTIN_YAML).expect("the YAML is valid");
        let from_json = load_json(BUILTIN_NAME, BUILTIN_JSON).expect("the JSON is valid");
        assert_eq!(from_yaml, from_json);
        assert_eq!(builtin().expect("loads"), from_yaml);
    }
}
