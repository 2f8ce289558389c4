//! Limits that keep every file iop-check writes readable by iop-check.
//!
//! A draft, a kept check-in and `programs.json` are read back only up to
//! [`MAX_SAVED_BYTES`] (16 MiB). What they hold is bounded by the bank: a
//! draft holds each answer once; a check-in holds the assessment, in which
//! a text answer appears at most [`TEXT_COPIES`] times and the bank's own
//! words (prompt, help, labels, talking points) at most [`BANK_COPIES`]
//! times per question. So the bank's limits are derived from the read
//! limit (questions/README.md, "Limits", explains it for bank authors):
//!
//! ```text
//! FIXED + Σ per question ( PER_QUESTION
//!                          + BANK_COPIES × 2 × bytes of its own words
//!                          + TEXT_COPIES × 6 × max_length )  ≤  MAX_SAVED_BYTES
//! ```
//!
//! (2: JSON may escape a character of bank text, `"` as `\"`; 6: the
//! worst case for a character of an answer, `\u001b`.) A bank over it is
//! refused by `validate`, naming the sizes, so no run can write a file it
//! would then refuse to read. Every save also checks the real size before
//! writing (`store::check_saved_size`), as a backstop.

use super::{Bank, Kind, MAX_QUESTIONS};
pub use crate::size::MAX_SAVED_BYTES;

/// How many times a check-in may hold one text answer (in `answers`,
/// `all_answers` and a note).
pub const TEXT_COPIES: u64 = 3;
/// How many times a check-in may hold a question's own words.
pub const BANK_COPIES: u64 = 4;
/// JSON structure around one question's entries in a check-in.
pub const PER_QUESTION: u64 = 1024;
/// The rest of a check-in: bank title, sources, disclaimers, structure.
pub const FIXED: u64 = 64 * 1024;

/// The largest a check-in of this bank can be, by the formula above.
pub fn worst_saved_bytes(bank: &Bank) -> u64 {
    let mut total = FIXED;
    for s in &bank.sections {
        total += BANK_COPIES * 2 * (s.title.len() + s.why.len()) as u64;
        for q in &s.questions {
            let mut words = q.prompt.len() + q.help.as_ref().map_or(0, String::len);
            words += q.fact.as_ref().map_or(0, String::len);
            words += q.usual.as_ref().map_or(0, |u| u.text.len() + 24);
            if let Some(n) = &q.number {
                words += n.unit.as_ref().map_or(0, String::len) + 48;
                words += n.unit_one.as_ref().map_or(0, String::len);
            }
            for o in q.options.iter() {
                words += o.id.len() + o.label.len();
                words += o.talking_point.as_ref().map_or(0, String::len);
            }
            total += PER_QUESTION + BANK_COPIES * 2 * words as u64;
            if q.kind == Kind::Text {
                total += TEXT_COPIES * 6 * q.max_length as u64;
            }
        }
    }
    total
}

/// The problem with a bank too large to save, if it is.
pub fn too_large(bank: &Bank) -> Option<String> {
    let count: usize = bank.sections.iter().map(|s| s.questions.len()).sum();
    if count > MAX_QUESTIONS {
        return Some(format!(
            "the bank has {count} questions; the most is {MAX_QUESTIONS}, so that every draft and check-in stays small enough to read back"
        ));
    }
    let worst = worst_saved_bytes(bank);
    if worst > MAX_SAVED_BYTES {
        let text: usize = bank
            .sections
            .iter()
            .flat_map(|s| &s.questions)
            .filter(|q| q.kind == Kind::Text)
            .map(|q| q.max_length)
            .sum();
        let from_text = TEXT_COPIES * 6 * text as u64;
        let (worst, max) = crate::size::sizes(worst, MAX_SAVED_BYTES);
        let fix = if from_text * 2 > MAX_SAVED_BYTES {
            format!(
                "its text questions allow {text} characters in all. Lower `max_length` on the text questions"
            )
        } else {
            "most of it is the questions' own words, each question's options counted (a shared scale counts once for every question that uses it). Ask fewer questions, or use fewer or shorter options".to_string()
        };
        return Some(format!(
            "a check-in of this bank could reach {worst}, more than the {max} iop-check reads back: {fix}. questions/README.md (Limits) shows how this is worked out"
        ));
    }
    None
}
