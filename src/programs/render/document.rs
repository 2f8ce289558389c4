//! The comparison as one document: what is said, and in which order,
//! decided once from the [`Comparison`]. Every human format (text, plain
//! text, Markdown, HTML) walks this same document, so the formats cannot
//! drift apart, and no renderer decides what to say; they only choose how
//! to lay it out (a table, or one program after another). Every word is
//! the comparison's language's (`i18n/<lang>/programs.ftl`).

use serde::Serialize;

use crate::i18n::{Lang, Messages};
use crate::programs::compare::{Cell, Comparison, Mark, Row, hours};
use crate::programs::fields::decision;

/// A whole comparison.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Document {
    /// The language of the words, as HTML's `lang` says it.
    pub lang: &'static str,
    pub title: String,
    /// How many programs are compared.
    pub count: usize,
    /// That every cost and hour is an estimate.
    pub estimate: String,
    /// The word of `estimate` to stress.
    pub estimate_word: String,
    /// The opening sentence, one program after another and side by side.
    pub opening: String,
    pub opening_side_by_side: String,
    /// What the marks were made against, or how to give something to mark
    /// against.
    pub preferences: String,
    /// What a star means.
    pub star: String,
    /// What the marks ✓, ! and ★ mean, in one line.
    pub marks: String,
    /// The marks in words: fits, differs.
    pub fits: String,
    pub differs: String,
    /// One heading per program: "1. Riverside evening IOP".
    pub columns: Vec<String>,
    /// The same fact for every program, one row each.
    pub rows: Vec<Row>,
    /// Each row's label as read out in a line, with the reason it speaks
    /// to when that matters to the person: "Weeks (matters to you: …)".
    pub row_lines: Vec<String>,
    /// Each program's own lists: what to ask and what may clash.
    pub programs: Vec<ProgramPart>,
    /// What to ask an insurer about any program (numbered).
    pub insurer: List,
    /// The closing note: no rating, no recommendation.
    pub note: String,
    /// "Page" and "of", for a printed page's number ("Page 1 of 2").
    pub page: String,
    pub page_of: String,
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
        let m = Messages::new(c.lang);
        let m = &m;
        let count = c.programs.len();
        let name = |n: &str| [("name", n.to_string().into())];
        let programs = c
            .programs
            .iter()
            .enumerate()
            .map(|(i, p)| ProgramPart {
                heading: m.with(
                    "programs-part-heading",
                    &[
                        ("number", (i + 1).into()),
                        ("count", count.into()),
                        ("name", p.name.clone().into()),
                    ],
                ),
                lists: [
                    (
                        m.with("programs-list-ask-program", &name(&p.name)),
                        &p.ask_program,
                    ),
                    (
                        m.with("programs-list-ask-insurer", &name(&p.name)),
                        &p.ask_insurer,
                    ),
                    (m.with("programs-list-clashes", &name(&p.name)), &p.clashes),
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
        let estimate = m.get("programs-estimate");
        let opening = |id: &str| {
            m.with(
                id,
                &[
                    ("count", count.into()),
                    ("estimate", estimate.clone().into()),
                ],
            )
        };
        Document {
            lang: match c.lang {
                Lang::En => "en",
                Lang::Es => "es-US",
            },
            title: m.get("programs-title"),
            count,
            opening: opening("programs-opening"),
            opening_side_by_side: opening("programs-opening-side-by-side"),
            estimate_word: m.get("programs-estimate-word"),
            estimate,
            preferences: preferences_line(c, m),
            star: m.get("programs-star"),
            marks: m.get("programs-marks-legend"),
            fits: m.get("programs-mark-fits"),
            differs: m.get("programs-mark-differs"),
            columns: c
                .programs
                .iter()
                .map(|p| format!("{}. {}", p.number, p.name))
                .collect(),
            rows: c.rows.clone(),
            row_lines: c
                .rows
                .iter()
                .map(|r| match &r.priority {
                    Some(b) => m.with(
                        "programs-matters-to-you",
                        &[
                            ("label", r.label.clone().into()),
                            ("reason", b.clone().into()),
                        ],
                    ),
                    None => r.label.clone(),
                })
                .collect(),
            programs,
            insurer: List {
                title: m.get("programs-insurer-title"),
                items: c.insurer_script.clone(),
            },
            note: c.note.clone(),
            page: m.get("page-of"),
            page_of: m.get("page-of-total"),
        }
    }

    /// The estimate sentence split around the word to stress:
    /// ("Every cost and hour here is an ", "estimate", ".").
    pub fn estimate_stressed(&self) -> (&str, &str, &str) {
        let word = self.estimate_word.as_str();
        match self.estimate.rsplit_once(word) {
            Some((before, after)) if !word.is_empty() => (before, word, after),
            _ => (self.estimate.as_str(), "", ""),
        }
    }

    /// The opening sentence: "Comparing 2 programs side by side. Every
    /// cost and hour here is an estimate."
    pub fn opening(&self, side_by_side: bool) -> &str {
        if side_by_side {
            &self.opening_side_by_side
        } else {
            &self.opening
        }
    }

    /// A mark in words, for plain text, Markdown and HTML.
    pub fn mark_words(&self, m: Mark) -> &str {
        match m {
            Mark::Fits => &self.fits,
            Mark::Differs => &self.differs,
        }
    }

    /// A cell's text with its mark in words: `Online (fits what you said)`.
    pub fn cell_words(&self, c: &Cell) -> String {
        match c.mark {
            Some(m) => format!("{} ({})", c.text, self.mark_words(m)),
            None => c.text.clone(),
        }
    }
}

/// Where the preferences came from, or how to give some, in one sentence.
fn preferences_line(c: &Comparison, m: &Messages) -> String {
    let p = &c.preferences;
    let Some(source) = &p.source else {
        return m.get("programs-no-preferences");
    };
    let mut parts = Vec::new();
    if let Some(f) = &p.format {
        use decision::format::{IN_PERSON, VIRTUAL};
        parts.push(match f.as_str() {
            IN_PERSON => m.get("programs-pref-format-in-person"),
            VIRTUAL => m.get("programs-pref-format-online"),
            _ => m.get("programs-pref-format-either"),
        });
    }
    if let Some(h) = p.hours_free {
        parts.push(m.with("programs-pref-hours", &[("hours", hours(m, h).into())]));
    }
    if !p.benefit_labels.is_empty() {
        parts.push(m.with(
            "programs-pref-reasons",
            &[("count", p.benefit_labels.len().into())],
        ));
    }
    let source = source.clone().into();
    if parts.is_empty() {
        m.with("programs-pref-none", &[("source", source)])
    } else {
        m.with(
            "programs-pref-marked",
            &[("source", source), ("parts", parts.join("; ").into())],
        )
    }
}
