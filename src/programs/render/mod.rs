//! The comparison in every output format, built as the summary is: what
//! it says, and in which order, is decided once in [`Document`]; one
//! renderer per format lays that out, on the summary's shared base
//! ([`crate::summary::base`]: the one Markdown escape, HTML page frame
//! with print CSS and page numbers, and text wrapper). JSON writes the
//! [`Comparison`] itself, as data.
//!
//! Files use each other one way only: every renderer reads `document`;
//! `text` falls back to `plain` on a narrow screen and shares its lists.

mod document;
mod html;
mod json;
mod markdown;
mod plain;
mod text;

pub use document::Document;

use super::compare::Comparison;
use crate::error::Result;

/// The formats of `programs compare --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CompareFormat {
    /// Side by side for the terminal (plain mode: one program after another).
    Text,
    /// A CommonMark table, to paste or share.
    Markdown,
    /// One self-contained page, to print.
    Html,
    /// Data, described in docs/programs.schema.json.
    Json,
}

/// Everything a renderer may draw on: the document, built once, and the
/// comparison it was built from (for JSON).
pub struct Context<'a> {
    pub comparison: &'a Comparison,
    pub document: &'a Document,
}

/// Turns a comparison into text of one format.
pub trait Render {
    fn render(&self, cx: &Context) -> Result<String>;
}

/// The renderer for `format`. `width` is the text width; `plain` gives the
/// text format without table art.
pub fn renderer(format: CompareFormat, width: usize, plain: bool) -> Box<dyn Render> {
    match format {
        CompareFormat::Text if plain => Box::new(plain::Plain { width }),
        CompareFormat::Text => Box::new(text::Table { width }),
        CompareFormat::Markdown => Box::new(markdown::Markdown),
        CompareFormat::Html => Box::new(html::Html),
        CompareFormat::Json => Box::new(json::Json),
    }
}

/// The comparison in one format: its document is built, then laid out.
pub fn render(c: &Comparison, format: CompareFormat, width: usize, plain: bool) -> Result<String> {
    let document = Document::build(c);
    renderer(format, width, plain).render(&Context {
        comparison: c,
        document: &document,
    })
}
