//! Summaries: one renderer per format behind one small trait, as
//! hyperfine's `export/` does. Every renderer takes the same
//! [`Assessment`] and neutralises text from the person or the bank in the
//! way its format needs (terminal escapes, Markdown syntax, HTML).

mod html;
mod json;
mod markdown;
mod text;

use crate::error::Result;
use crate::score::Assessment;

pub use html::HtmlRenderer;
pub use json::JsonRenderer;
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

/// Turns an assessment into a document.
pub trait Renderer {
    fn render(&self, a: &Assessment) -> Result<String>;
}

/// The renderer for a format. `width` and `color` only matter for text.
/// FHIR needs the bank and the answers, so it is made by [`document`].
pub fn renderer(format: Format, width: usize, color: bool) -> Box<dyn Renderer> {
    match format {
        Format::Text => Box::new(TextRenderer { width, color }),
        Format::Markdown => Box::new(MarkdownRenderer),
        Format::Html => Box::new(HtmlRenderer),
        Format::Json | Format::Fhir => Box::new(JsonRenderer),
    }
}

/// What a FHIR QuestionnaireResponse is made from, besides the assessment.
pub struct FhirSource<'a> {
    pub bank: &'a crate::bank::Bank,
    pub answers: &'a crate::answers::Answers,
    /// `completed`, or `in-progress` for a draft.
    pub status: &'a str,
}

/// A summary document in any format, FHIR included.
pub fn document(
    format: Format,
    a: &Assessment,
    width: usize,
    color: bool,
    fhir: Option<FhirSource>,
) -> Result<String> {
    if format != Format::Fhir {
        return renderer(format, width, color).render(a);
    }
    let Some(src) = fhir else {
        return Err(crate::error::Error::Usage(
            "FHIR output needs the question bank the answers came from; it is not available here"
                .into(),
        ));
    };
    let value = crate::fhir::response(src.bank, src.answers, a, src.status);
    serde_json::to_string_pretty(&value)
        .map(|s| s + "\n")
        .map_err(|e| crate::error::Error::Internal {
            what: "FHIR response",
            detail: e.to_string(),
        })
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

/// A score as people read it: a whole number, or a dash when there is none.
pub fn display_score(score: Option<f64>) -> String {
    score.map_or("–".to_string(), |s| format!("{}", s.round() as i64))
}

/// How a section's score moved since the last check-in, in words.
///
/// ```
/// use iop_check::summary::display_change;
/// assert_eq!(display_change(Some(40.0), Some(52.4)), "up 12 (from 40)");
/// assert_eq!(display_change(Some(40.0), Some(40.2)), "no change");
/// assert_eq!(display_change(None, Some(10.0)), "scored for the first time");
/// ```
pub fn display_change(before: Option<f64>, now: Option<f64>) -> String {
    match (before, now) {
        (Some(b), Some(n)) => {
            let d = (n.round() - b.round()) as i64;
            match d {
                0 => "no change".into(),
                d if d > 0 => format!("up {d} (from {})", b.round() as i64),
                d => format!("down {} (from {})", -d, b.round() as i64),
            }
        }
        (None, Some(_)) => "scored for the first time".into(),
        (Some(_), None) => "not scored this time".into(),
        (None, None) => "no score either time".into(),
    }
}

#[cfg(test)]
mod tests;
