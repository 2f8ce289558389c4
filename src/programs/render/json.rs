//! JSON, described in docs/programs.schema.json.

use super::Render;
use crate::error::{Error, Result};
use crate::programs::Comparison;

pub struct Json;

impl Render for Json {
    fn render(&self, c: &Comparison) -> Result<String> {
        let mut s = serde_json::to_string_pretty(c).map_err(|e| Error::Internal {
            what: "comparison as JSON",
            detail: e.to_string(),
        })?;
        s.push('\n');
        Ok(s)
    }
}
