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
}

impl Format {
    /// The usual file ending, for suggested file names.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}

/// Turns an assessment into a document.
pub trait Renderer {
    fn render(&self, a: &Assessment) -> Result<String>;
}

/// The renderer for a format. `width` and `color` only matter for text.
pub fn renderer(format: Format, width: usize, color: bool) -> Box<dyn Renderer> {
    match format {
        Format::Text => Box::new(TextRenderer { width, color }),
        Format::Markdown => Box::new(MarkdownRenderer),
        Format::Html => Box::new(HtmlRenderer),
        Format::Json => Box::new(JsonRenderer),
    }
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

/// "up 12", "down 5", "no change", or "new".
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
