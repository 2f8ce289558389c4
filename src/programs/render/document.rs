//! The comparison as one document: what is said, and in which order,
//! decided once from the [`Comparison`]. Every human format (text, plain
//! text, Markdown, HTML) walks this same document, so the formats cannot
//! drift apart, and no renderer decides what to say; they only choose how
//! to lay it out (a table, or one program after another).

use serde::Serialize;

use crate::programs::compare::{Cell, Comparison, Mark, Row, hours};
use crate::programs::fields::decision;

/// A whole comparison.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Document {
    pub title: String,
    /// How many programs are compared.
    pub count: usize,
    /// That every cost and hour is an estimate.
    pub estimate: String,
    /// What the marks were made against, or how to give something to mark
    /// against.
    pub preferences: String,
    /// What a star means.
    pub star: String,
    /// One heading per program: "1. Riverside evening IOP".
    pub columns: Vec<String>,
    /// The same fact for every program, one row each.
    pub rows: Vec<Row>,
    /// Each program's own lists: what to ask and what may clash.
    pub programs: Vec<ProgramPart>,
    /// What to ask an insurer about any program (numbered).
    pub insurer: List,
    /// The closing note: no rating, no recommendation.
    pub note: String,
}

/// One program's part: its heading when programs are read one after
/// another, and its lists (only those with items).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProgramPart {
    /// "Program 1 of 2: Riverside evening IOP"
    pub heading: String,
    pub lists: Vec<List>,
}

/// A titled list.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct List {
    pub title: String,
    pub items: Vec<String>,
}

impl Document {
    /// Builds the document. Strings are used as given: each renderer
    /// cleans and escapes them for its format.
    pub fn build(c: &Comparison) -> Document {
        let count = c.programs.len();
        let programs = c
            .programs
            .iter()
            .enumerate()
            .map(|(i, p)| ProgramPart {
                heading: format!("Program {} of {count}: {}", i + 1, p.name),
                lists: [
                    (format!("Still to find out from {}", p.name), &p.ask_program),
                    (
                        format!("To ask your insurer about {}", p.name),
                        &p.ask_insurer,
                    ),
                    (
                        format!("What the schedule of {} may clash with", p.name),
                        &p.clashes,
                    ),
                ]
                .into_iter()
                .filter(|(_, items)| !items.is_empty())
                .map(|(title, items)| List {
                    title,
                    items: items.clone(),
                })
                .collect(),
            })
            .collect();
        Document {
            title: "Comparing programs".into(),
            count,
            estimate: "Every cost and hour here is an estimate.".into(),
            preferences: preferences_line(c),
            star: "★ marks something you said matters a lot to you.".into(),
            columns: c
                .programs
                .iter()
                .map(|p| format!("{}. {}", p.number, p.name))
                .collect(),
            rows: c.rows.clone(),
            programs,
            insurer: List {
                title: "What to ask your insurer (a script you can read from)".into(),
                items: c.insurer_script.clone(),
            },
            note: c.note.into(),
        }
    }

    /// The estimate sentence split around the word to stress:
    /// ("Every cost and hour here is an ", "estimate", ".").
    pub fn estimate_stressed(&self) -> (&str, &str, &str) {
        const WORD: &str = "estimate";
        match self.estimate.rsplit_once(WORD) {
            Some((before, after)) => (before, WORD, after),
            None => (self.estimate.as_str(), "", ""),
        }
    }

    /// The opening sentence: "Comparing 2 programs side by side. Every
    /// cost and hour here is an estimate."
    pub fn opening(&self, side_by_side: bool) -> String {
        format!(
            "Comparing {} program{}{}. {}",
            self.count,
            if self.count == 1 { "" } else { "s" },
            if side_by_side { " side by side" } else { "" },
            self.estimate
        )
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
fn preferences_line(c: &Comparison) -> String {
    let p = &c.preferences;
    let Some(source) = &p.source else {
        return "You have no kept check-in yet, so nothing is marked against your priorities. Run `iop-check` to answer the main questions, then compare again.".to_string();
    };
    let mut parts = Vec::new();
    if let Some(f) = &p.format {
        use decision::format::{IN_PERSON, VIRTUAL};
        parts.push(format!(
            "format: {}",
            match f.as_str() {
                IN_PERSON => "in person",
                VIRTUAL => "online",
                _ => "either",
            }
        ));
    }
    if let Some(h) = p.hours_free {
        parts.push(format!("hours you could free: {}", hours(h)));
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
