//! JSON: the assessment as it is, per docs/summary.schema.json.

use super::Renderer;
use crate::error::{Error, Result};
use crate::score::Assessment;

pub struct JsonRenderer;

impl Renderer for JsonRenderer {
    fn render(&self, a: &Assessment) -> Result<String> {
        let mut s = serde_json::to_string_pretty(a).map_err(|e| Error::Internal {
            what: "JSON summary",
            detail: e.to_string(),
        })?;
        s.push('\n');
        Ok(s)
    }
}
