//! One self-contained, printable HTML page: no external fonts, scripts or
//! images, and print CSS that keeps a full summary to two pages on Letter
//! and A4, readable in black and white, with page numbers (the shared page
//! frame, `page.html`). Built with a template engine whose automatic
//! escaping covers every value; nothing is concatenated as HTML.

use minijinja::context;

use super::{Context, Renderer};
use crate::error::Result;

pub struct HtmlRenderer;

const TEMPLATE: &str = include_str!("summary.html");

impl Renderer for HtmlRenderer {
    fn render(&self, cx: &Context) -> Result<String> {
        self.render_doc(cx.document, cx.lang)
    }
}

impl HtmlRenderer {
    /// Lays out any document (the weekly summary for the care team too).
    pub fn render_doc(&self, doc: &super::Document, lang: super::Lang) -> Result<String> {
        let m = super::Messages::new(lang);
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
        // The name ends in .html, so every `{{ value }}` is HTML-escaped.
        super::base::html_page(
            "HTML summary",
            "summary.html",
            TEMPLATE,
            context! {
                doc => doc,
                lang => lang,
                words => context! {
                    consideration => m.get("table-consideration"),
                    shows => m.get("table-shows"),
                    details => m.get("table-details"),
                    page => m.get("page-of"),
                    of => m.get("page-of-total"),
                },
            },
        )
    }
}
