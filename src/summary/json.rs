//! JSON: the assessment as data, per docs/summary.schema.json.

use super::{Context, Renderer};
use crate::error::{Error, Result};

pub struct JsonRenderer;

impl Renderer for JsonRenderer {
    fn render(&self, cx: &Context) -> Result<String> {
        pretty(&cx.assessment, "JSON summary")
    }
}

/// Pretty JSON with a final newline, every string cleaned by
/// [`crate::text::clean_json`] (the summary's JSON and FHIR both come
/// through here, and the weekly reports' JSON and FHIR).
pub fn pretty(value: &impl serde::Serialize, what: &'static str) -> Result<String> {
    let internal = |e: serde_json::Error| Error::Internal {
        what,
        detail: e.to_string(),
    };
    let mut value = serde_json::to_value(value).map_err(internal)?;
    crate::text::clean_json(&mut value);
    let mut s = serde_json::to_string_pretty(&value).map_err(internal)?;
    s.push('\n');
    Ok(s)
}
