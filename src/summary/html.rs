//! One self-contained, printable HTML page: no external fonts, scripts or
//! images, and print CSS that keeps a full summary to two pages on Letter
//! and A4, readable in black and white, with page numbers. Built with a
//! template engine whose automatic escaping covers every value; nothing is
//! concatenated as HTML.

use minijinja::{Environment, context};

use super::{Context, Renderer};
use crate::error::{Error, Result};

pub struct HtmlRenderer;

const TEMPLATE: &str = include_str!("summary.html");

impl Renderer for HtmlRenderer {
    fn render(&self, cx: &Context) -> Result<String> {
        let mut env = Environment::new();
        // The name ends in .html, so every `{{ value }}` is HTML-escaped.
        env.add_template("summary.html", TEMPLATE)
            .map_err(template_error)?;
        let doc = cx.document;
        // A language tag is letters, digits and hyphens; anything else in a
        // hand-edited check-in falls back to English.
        let lang = if !doc.lang.is_empty()
            && doc
                .lang
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            doc.lang.as_str()
        } else {
            "en"
        };
        env.get_template("summary.html")
            .and_then(|t| t.render(context! { doc => doc, lang => lang }))
            .map_err(template_error)
    }
}

fn template_error(e: minijinja::Error) -> Error {
    Error::Internal {
        what: "HTML summary",
        detail: e.to_string(),
    }
}
