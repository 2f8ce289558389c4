//! Programs the person is looking at: the worksheet bank that asks about
//! them, how they are kept on disk, and what the comparison reads from them.
//!
//! A program is kept as the worksheet's answers, in the same JSON form as an
//! answers file (question id → option id, list, number, text or null), so it
//! can be shown again even if the worksheet's wording changes. Everything
//! else (facts, estimate, comparison) is worked out from those answers each
//! time, by pure functions.
//!
//! * [`fields`]: every question and option id read from the worksheet and
//!   the main bank, checked against both by a test;
//! * [`estimate`]: the cost and time estimate (pure, property-tested);
//! * [`compare`]: the side-by-side comparison and its questions to ask, a
//!   pure function of the programs, the worksheet and the person's
//!   preferences (read from the run's own bank and answers);
//! * [`render`]: one renderer per output format.
//!
//! Nothing here reads check-ins or drafts: the commands do, and hand the
//! answers in.

pub mod compare;
pub mod estimate;
pub mod fields;
pub mod render;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::answers::{Answer, Answers, from_json};
use crate::bank::{self, Bank};
use crate::error::{Error, Result};
use crate::i18n::{Lang, Messages, Said};
use crate::store::{DataDir, write_atomic};

pub use compare::{
    CompactComparison, CompactRow, Comparison, Preferences, compact_comparison, comparison,
};

/// The worksheet bank, built in (`questions/programs.yaml`; in Spanish,
/// `questions/programs.es.yaml`, with the same ids).
pub const WORKSHEET_YAML: &str = include_str!("../../questions/programs.yaml");
/// How the built-in worksheet is named in messages.
pub const WORKSHEET_NAME: &str = "questions/programs.yaml (built in)";

/// The file in the data folder that keeps the programs.
pub const PROGRAMS_FILE: &str = "programs.json";

/// At most this many programs are kept. Each is at most
/// `bank::validate::limits::worst_saved_bytes(worksheet)` in programs.json
/// (a generous bound: a program holds only the worksheet's answers), so
/// the file always stays under the 16 MiB that is read back (a test checks
/// it). Far more than anyone compares: up to [`MAX_COMPARED`] fit side by side.
pub const MAX_PROGRAMS: usize = 50;

/// At most this many programs are compared at once, so they fit side by side.
pub const MAX_COMPARED: usize = 4;

/// The worksheet bank in `lang`: checked when iop-check was built
/// (build.rs), and read back here. Its language is the comparison's too
/// ([`compare::messages`]).
pub fn worksheet(lang: Lang) -> Result<Bank> {
    bank::builtin_programs(WORKSHEET_NAME, lang)
}

/// One program, as kept on disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Program {
    /// The name shown everywhere; from the worksheet's `name` answer, or
    /// "Program N" when that was left empty (kept in English, and shown in
    /// the language of the day: [`Program::shown_name`]).
    pub name: String,
    /// When it was added and last changed (RFC 3339).
    pub added: String,
    pub updated: String,
    /// The worksheet's answers (question id → value; null means skipped).
    pub answers: Map<String, Value>,
}

#[derive(Debug, Serialize, Deserialize)]
struct ProgramsFile {
    format: u32,
    programs: Vec<Program>,
}

impl Program {
    /// A program made from worksheet answers. `n` numbers it when it has no name.
    pub fn new(answers: &Answers, n: usize, now: &str) -> Program {
        let mut p = Program {
            name: String::new(),
            added: now.to_string(),
            updated: now.to_string(),
            answers: Map::new(),
        };
        p.set_answers(answers, n);
        p
    }

    /// Replaces the answers (and the name, which comes from them).
    pub fn set_answers(&mut self, answers: &Answers, n: usize) {
        self.answers = match answers.to_json() {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        self.name = match answers.get(fields::sheet::name::ID) {
            Some(Answer::Text(t)) if !crate::text::clean(t).trim().is_empty() => {
                crate::text::clean(t).trim().to_string()
            }
            _ if self.name.is_empty() => format!("Program {n}"),
            _ => self.name.clone(),
        };
    }

    /// The name to show, in the words of `m`: the one the person gave, or
    /// else "Program N" in that language, so that a program added in one
    /// language reads right in the other.
    pub fn shown_name(&self, m: &Messages) -> String {
        let given = matches!(
            self.answers.get(fields::sheet::name::ID),
            Some(Value::String(t)) if !crate::text::clean(t).trim().is_empty()
        );
        match self.name.strip_prefix("Program ").map(str::parse::<usize>) {
            // Only the name iop-check made ("Program 3", never "Program 03").
            Some(Ok(n)) if !given && self.name == format!("Program {n}") => {
                m.with("programs-unnamed", &[("number", n.into())])
            }
            _ => self.name.clone(),
        }
    }

    /// The answers, checked against the worksheet. Answers that no longer
    /// fit it (the worksheet changed) are left out.
    pub fn typed_answers(&self, bank: &Bank) -> Answers {
        typed(bank, &self.answers)
    }
}

/// Answers kept as JSON (a program's, or a check-in's), checked against
/// `bank`: those that no longer fit it are left out.
pub fn typed(bank: &Bank, answers: &Map<String, Value>) -> Answers {
    let mut out = Answers::default();
    for (id, v) in answers {
        if let Some(Ok(a)) = bank.question(id).map(|q| from_json(q, v)) {
            out.set(id, a);
        }
    }
    out.prune(bank);
    out
}

/// The kept programs, in the order they were added (none when there is no file).
pub fn load(data: &DataDir) -> Result<Vec<Program>> {
    let path = data.file(PROGRAMS_FILE);
    let Some(bytes) = crate::store::read_saved(&path, "read your programs")? else {
        return Ok(Vec::new());
    };
    let file: ProgramsFile = serde_json::from_slice(&bytes).map_err(|e| Error::Corrupt {
        path: path.clone(),
        detail: crate::i18n::Said::plain(e.to_string()),
    })?;
    Ok(file.programs)
}

/// Keeps the programs, replacing the file atomically (0600, in the 0700
/// data folder).
pub fn save(data: &DataDir, programs: &[Program]) -> Result<()> {
    data.ensure()?;
    let file = ProgramsFile {
        format: 1,
        programs: programs.to_vec(),
    };
    let json = serde_json::to_vec_pretty(&file).map_err(|e| Error::Internal {
        what: "programs file",
        detail: e.to_string(),
    })?;
    let path = data.file(PROGRAMS_FILE);
    crate::store::check_saved_size(&path, &json, "keep your programs in")?;
    write_atomic(&path, &json)
}

/// Deletes the programs file, if there is one.
pub fn remove_all(data: &DataDir) -> Result<()> {
    let path = data.file(PROGRAMS_FILE);
    match std::fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io("delete your programs", &path, e)),
    }
}

/// Finds a program by its number in `programs list` (from 1) or its name
/// (any case; as kept, or as shown in the words of `m`). Returns its index.
pub fn find(programs: &[Program], key: &str, m: &Messages) -> Result<usize> {
    let key = key.trim();
    if let Ok(n) = key.parse::<usize>() {
        if (1..=programs.len()).contains(&n) {
            return Ok(n - 1);
        }
    }
    // Names are not forced to be unique: the first one added wins, and its
    // number tells the others apart.
    let lower = key.to_lowercase();
    let found = programs
        .iter()
        .position(|p| p.name.to_lowercase() == lower || p.shown_name(m).to_lowercase() == lower);
    match found {
        Some(i) => Ok(i),
        None if programs.is_empty() => Err(Error::Cannot(Said::new("programs-find-none"))),
        None => Err(Error::Cannot(
            Said::new("programs-find-no-such").arg("name", crate::text::clean(key)),
        )),
    }
}

#[cfg(test)]
mod limit_tests {
    use super::*;

    #[test]
    fn the_most_programs_fit_in_what_is_read_back() {
        let bank = worksheet(Lang::En).expect("worksheet");
        let one = crate::bank::validate::limits::worst_saved_bytes(&bank);
        assert!(
            MAX_PROGRAMS as u64 * one <= crate::store::MAX_SAVED_BYTES,
            "{MAX_PROGRAMS} programs of up to {one} bytes"
        );
    }
}

#[cfg(test)]
mod name_tests {
    use super::*;

    fn program(name: &str, given: Option<&str>) -> Program {
        let mut answers = Map::new();
        if let Some(g) = given {
            answers.insert("name".into(), Value::String(g.into()));
        }
        Program {
            name: name.into(),
            added: String::new(),
            updated: String::new(),
            answers,
        }
    }

    #[test]
    fn only_the_name_iop_check_made_is_said_in_the_language() {
        let es = Messages::new(Lang::Es);
        let en = Messages::new(Lang::En);
        assert_eq!(program("Program 3", None).shown_name(&es), "Programa 3");
        assert_eq!(program("Program 3", None).shown_name(&en), "Program 3");
        // A name the person gave stays as written, even one like ours.
        let given = program("Program 3", Some("Program 3"));
        assert_eq!(given.shown_name(&es), "Program 3");
        assert_eq!(program("Program 03", None).shown_name(&es), "Program 03");
        assert_eq!(program("Harbor", None).shown_name(&es), "Harbor");
        // Found by the name shown, or the one kept.
        let kept = [
            program("Harbor", Some("Harbor")),
            program("Program 2", None),
        ];
        assert_eq!(find(&kept, "programa 2", &es).ok(), Some(1));
        assert_eq!(find(&kept, "Program 2", &es).ok(), Some(1));
        assert_eq!(find(&kept, "2", &es).ok(), Some(1));
        assert!(find(&kept, "programa 2", &en).is_err());
    }
}
