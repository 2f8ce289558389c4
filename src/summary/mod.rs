//! Summaries: one renderer per format behind one small trait, as
//! hyperfine's `export/` does. What a summary says, and in which order, is
//! decided once in [`Document`]; the text, Markdown and HTML renderers only
//! lay it out, each escaping text from the person or the bank in the way its
//! format needs. JSON writes the assessment as data, and FHIR the answers
//! against the bank, through the same trait. What every report's renderers
//! share (the Markdown escape, the HTML page frame, the text wrapper) is in
//! [`base`], which the program comparison stands on too.

pub mod base;
mod document;
mod fhir;
pub mod history;
mod html;
mod json;
mod markdown;
mod text;

use crate::answers::Answers;
use crate::bank::Bank;
use crate::error::Result;
use crate::score::Assessment;

pub use crate::i18n::{Lang, Messages};
pub use document::{Document, Item, Link, Options, Part};
pub use fhir::FhirRenderer;
pub use html::HtmlRenderer;
pub use json::{JsonRenderer, pretty as pretty_json};
pub use markdown::MarkdownRenderer;
pub use text::TextRenderer;

/// A summary format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Plain text for the terminal (coloured on a terminal unless NO_COLOR).
    Text,
    /// CommonMark.
    Markdown,
    /// One self-contained, printable HTML page.
    Html,
    /// JSON, as described in docs/summary.schema.json.
    Json,
    /// An HL7 FHIR R4 QuestionnaireResponse (see docs/fhir.md).
    Fhir,
}

impl Format {
    /// The usual file ending, for suggested file names.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
            Format::Fhir => "fhir.json",
        }
    }
}

/// Everything a renderer may draw on. The document is built once; JSON
/// and FHIR read the data it was built from.
pub struct Context<'a> {
    pub assessment: &'a Assessment,
    pub document: &'a Document,
    /// The bank and answers, where they are at hand (FHIR needs them).
    pub source: Option<FhirSource<'a>>,
    /// The language of the summary's own words.
    pub lang: Lang,
}

/// Turns a summary into one format.
pub trait Renderer {
    fn render(&self, cx: &Context) -> Result<String>;
}

/// The renderer for a format. `width` and `color` only matter for text.
pub fn renderer(format: Format, width: usize, color: bool) -> Box<dyn Renderer> {
    match format {
        Format::Text => Box::new(TextRenderer { width, color }),
        Format::Markdown => Box::new(MarkdownRenderer),
        Format::Html => Box::new(HtmlRenderer),
        Format::Json => Box::new(JsonRenderer),
        Format::Fhir => Box::new(FhirRenderer),
    }
}

/// What a FHIR QuestionnaireResponse is made from, besides the assessment.
#[derive(Clone, Copy)]
pub struct FhirSource<'a> {
    pub bank: &'a Bank,
    pub answers: &'a Answers,
    /// `completed`, or `in-progress` for a draft.
    pub status: &'a str,
}

/// How a summary is asked for.
#[derive(Debug, Clone, Copy)]
pub struct Layout {
    pub format: Format,
    /// Text only: the width to wrap to, and whether to colour.
    pub width: usize,
    pub color: bool,
    pub options: Options,
}

/// A summary in any format.
pub fn document(layout: Layout, a: &Assessment, source: Option<FhirSource>) -> Result<String> {
    let doc = Document::build(a, layout.options);
    let cx = Context {
        assessment: a,
        document: &doc,
        source,
        lang: layout.options.lang,
    };
    renderer(layout.format, layout.width, layout.color).render(&cx)
}

/// Any document in a human format (text, Markdown, HTML): the weekly
/// summary for the care team is laid out by the same renderers as the
/// decision summary, in the document's language. JSON and FHIR are data,
/// written by their owners.
pub fn render_document(
    doc: &Document,
    format: Format,
    width: usize,
    color: bool,
) -> Result<String> {
    match format {
        Format::Text => TextRenderer { width, color }.render_doc(doc),
        Format::Markdown => MarkdownRenderer.render_doc(doc, Lang::of(&doc.lang)),
        Format::Html => HtmlRenderer.render_doc(doc, Lang::of(&doc.lang)),
        Format::Json | Format::Fhir => Err(crate::error::Error::Internal {
            what: "document",
            detail: "JSON and FHIR are not laid out from a document".into(),
        }),
    }
}

/// The safety part of a summary, for the weekly summary too.
pub fn safety_part(a: &Assessment) -> Part {
    document::safety(a)
}

/// "November 27, 2026" from an RFC 3339 time, in the person's time zone.
pub fn display_date(created: &str) -> String {
    match created.parse::<jiff::Timestamp>() {
        Ok(ts) => ts
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .strftime("%B %-d, %Y")
            .to_string(),
        Err(_) => created.to_string(),
    }
}

#[cfg(test)]
mod tests;
