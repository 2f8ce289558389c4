//! One renderer per output format of `iop-check programs compare`, behind
//! the one small [`Render`] trait, so each format can be read on its own.

mod html;
mod json;
mod markdown;
mod plain;
mod text;

use super::compare::{Cell, Comparison, Mark};
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

/// Turns a comparison into text of one format.
pub trait Render {
    fn render(&self, c: &Comparison) -> Result<String>;
}

/// The renderer for `format`. `width` is the text width; `plain` gives the
/// text format without table art.
pub fn renderer(format: CompareFormat, width: usize, plain: bool) -> Box<dyn Render> {
    match format {
        CompareFormat::Text if plain => Box::new(plain::Plain { width }),
        CompareFormat::Text => Box::new(text::Text { width }),
        CompareFormat::Markdown => Box::new(markdown::Markdown),
        CompareFormat::Html => Box::new(html::Html),
        CompareFormat::Json => Box::new(json::Json),
    }
}

/// A mark in words, for plain text, Markdown and HTML.
pub fn mark_words(m: Mark) -> &'static str {
    match m {
        Mark::Fits => "fits what you said",
        Mark::Differs => "differs from what you said",
    }
}

/// A cell's text with its mark in words: `Online (fits what you said)`.
pub fn cell_words(c: &Cell) -> String {
    match c.mark {
        Some(m) => format!("{} ({})", c.text, mark_words(m)),
        None => c.text.clone(),
    }
}

/// Where the preferences came from, or how to give some, in one sentence.
pub fn preferences_line(c: &Comparison) -> String {
    let p = &c.preferences;
    let Some(source) = &p.source else {
        return "You have no kept check-in yet, so nothing is marked against your priorities. Run `iop-check` to answer the main questions, then compare again.".to_string();
    };
    let mut parts = Vec::new();
    if let Some(f) = &p.format {
        parts.push(format!(
            "format: {}",
            match f.as_str() {
                "in-person" => "in person",
                "virtual" => "online",
                _ => "either",
            }
        ));
    }
    if let Some(h) = p.hours_free {
        parts.push(format!(
            "hours you could free: {}",
            super::compare::hours(h)
        ));
    }
    if !p.benefit_labels.is_empty() {
        parts.push(format!(
            "reasons that matter a lot to you: {}",
            p.benefit_labels.len()
        ));
    }
    if parts.is_empty() {
        format!(
            "From {source}: you left the format, hours and what matters to you open, so nothing is marked."
        )
    } else {
        format!(
            "Marked against what you said in {source} ({}).",
            parts.join("; ")
        )
    }
}
