//! JSON: the assessment as data, per docs/summary.schema.json.

use super::{Context, Renderer};
use crate::error::{Error, Result};

pub struct JsonRenderer;

impl Renderer for JsonRenderer {
    fn render(&self, cx: &Context) -> Result<String> {
        pretty(&cx.assessment, "JSON summary")
    }
}

/// Pretty JSON with a final newline.
pub(super) fn pretty(value: &impl serde::Serialize, what: &'static str) -> Result<String> {
    let mut s = serde_json::to_string_pretty(value).map_err(|e| Error::Internal {
        what,
        detail: e.to_string(),
    })?;
    s.push('\n');
    Ok(s)
}
