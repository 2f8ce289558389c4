//! JSON, described in docs/programs.schema.json: the comparison itself, as
//! data (not the document, which is for reading).

use super::{Context, Render};
use crate::error::{Error, Result};

pub struct Json;

impl Render for Json {
    fn render(&self, cx: &Context) -> Result<String> {
        let internal = |e: serde_json::Error| Error::Internal {
            what: "comparison as JSON",
            detail: e.to_string(),
        };
        // Program names and notes are the person's text: cleaned like every format.
        let mut value = serde_json::to_value(cx.comparison).map_err(internal)?;
        crate::text::clean_json(&mut value);
        let mut s = serde_json::to_string_pretty(&value).map_err(internal)?;
        s.push('\n');
        Ok(s)
    }
}
