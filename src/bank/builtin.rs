//! The built-in bank, compiled into the binary so that an installed
//! `iop-check` works from any folder.

use super::{Bank, load_str};
use crate::error::{Error, Result};

/// The name the built-in bank goes by in messages.
pub const BUILTIN_NAME: &str = "questions/iop-decision.yaml (built in)";

/// The text of `questions/iop-decision.yaml` at build time.
pub const BUILTIN_YAML: &str = include_str!("../../questions/iop-decision.yaml");

/// Loads the built-in bank. A test makes sure it is valid, so an error here
/// means the binary was built from a broken tree; it is still reported, not
/// panicked on.
pub fn builtin() -> Result<Bank> {
    load_str(BUILTIN_NAME, BUILTIN_YAML).map_err(Error::Bank)
}
