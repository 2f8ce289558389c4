//! JSON, described in docs/programs.schema.json: the comparison itself, as
//! data (not the document, which is for reading).

use super::{Context, Render};
use crate::error::{Error, Result};

pub struct Json;

impl Render for Json {
    fn render(&self, cx: &Context) -> Result<String> {
        let mut s = serde_json::to_string_pretty(cx.comparison).map_err(|e| Error::Internal {
            what: "comparison as JSON",
            detail: e.to_string(),
        })?;
        s.push('\n');
        Ok(s)
    }
}
