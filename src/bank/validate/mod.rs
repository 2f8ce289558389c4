//! Semantic checks of a bank, and its resolution into the checked model.
//!
//! Every check records a problem and carries on, so one run of
//! `iop-check validate` lists everything that needs fixing. A problem names
//! the item by its path and id, like `sections[2].questions[4] (id "copay")`.
//!
//! One file per concern: `sources`, `crisis`, `options` (and shared
//! scales), `bands`, `questions`, `conditions`, `roles` and
//! `unknown_keys`; this one checks the bank as a whole and holds what
//! they share (`Ctx`, `Loc`, ids).

mod bands;
mod care;
mod conditions;
mod crisis;
mod glossary;
pub mod limits;
mod options;
mod questions;
mod roles;
mod sources;
mod unknown_keys;

use std::collections::{HashMap, HashSet};
use std::fmt;

use super::raw::*;
use super::*;
use crate::problem::{Place, Problem};
use crate::yaml::Segment;
use bands::check_bands;
use care::{apply_fit, care_ids, check_care_options, check_leaning};
use conditions::check_condition;
use crisis::check_crisis;
use glossary::check_glossary;
use options::{check_options, check_scales};
use questions::{Around, check_question, single_choice};
use roles::check_role;
use sources::{check_source_refs, check_sources};
use unknown_keys::unknown_key;

/// Highest weight a question may have.
pub const MAX_WEIGHT: f64 = 10.0;
/// Highest score an option may have.
pub const MAX_SCORE: i64 = 100;
/// Default and highest `max_length` of a text answer.
pub const DEFAULT_MAX_LENGTH: usize = 2000;
pub const MAX_MAX_LENGTH: i64 = 100_000;
/// The most questions a bank may have (a clinic's has 30-200), so that a
/// draft and a check-in stay well under what is read back (see [`limits`]).
pub const MAX_QUESTIONS: usize = 3000;

/// The file being checked and every problem found so far.
struct Ctx<'a> {
    file: &'a str,
    problems: Vec<Problem>,
}

impl Ctx<'_> {
    fn at(&mut self, path: &dyn fmt::Display, msg: impl Into<String>) {
        self.problems
            .push(Problem::new(self.file, Place::Path(path.to_string()), msg));
    }

    /// A required piece of text: present, not blank, no control characters.
    fn text(&mut self, path: &dyn fmt::Display, key: &str, value: &Option<String>) -> String {
        match value {
            None => {
                self.at(path, format!("`{key}` is missing"));
                String::new()
            }
            Some(v) => {
                self.check_text(path, key, v);
                v.trim().to_string()
            }
        }
    }

    /// Optional text: if present, it must not be blank.
    fn opt_text(
        &mut self,
        path: &dyn fmt::Display,
        key: &str,
        value: &Option<String>,
    ) -> Option<String> {
        value.as_ref().map(|v| {
            self.check_text(path, key, v);
            v.trim().to_string()
        })
    }

    fn check_text(&mut self, path: &dyn fmt::Display, key: &str, v: &str) {
        if v.trim().is_empty() {
            self.at(path, format!("`{key}` is empty"));
        } else if let Some(c) = v.chars().find(|c| crate::bidi::is_unsafe_char(*c)) {
            let name = crate::bidi::bidi_control_name(c)
                .map(|n| format!(" {n}"))
                .unwrap_or_default();
            self.at(
                path,
                format!(
                    "`{key}` holds the invisible character U+{:04X}{name}, which could garble the screen or change how the text reads; remove it{}",
                    u32::from(c),
                    super::unicode::ESCAPE_HINT
                ),
            );
        }
    }

    fn id(&mut self, path: &dyn fmt::Display, value: &Option<String>) -> String {
        match value {
            None => {
                self.at(path, "`id` is missing");
                String::new()
            }
            Some(v) if !is_id(v) => {
                self.at(
                    path,
                    format!(
                        "id \"{v}\" is not valid; use lowercase letters, digits, - and _ (at most 64), starting with a letter or digit"
                    ),
                );
                v.clone()
            }
            Some(v) => v.clone(),
        }
    }

    fn url(&mut self, path: &dyn fmt::Display, key: &str, v: &str) {
        let ok = (v.starts_with("https://") || v.starts_with("http://"))
            && v.len() > "https://".len()
            && !v.chars().any(|c| c.is_whitespace() || c.is_control());
        if !ok {
            self.at(
                path,
                format!("`{key}` \"{v}\" is not a web address; it should start with https://"),
            );
        }
    }
}

fn is_id(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase() || c.is_ascii_digit())
        && s.len() <= 64
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
}

/// A light check of a BCP 47 tag: `en`, `en-US`, `zh-Hant-TW`, `es-419`.
fn is_language_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// A place in the bank, like `sections[2].questions[4] (id "copay")`,
/// written out only when a problem is reported (most checks find none).
struct Loc<'a> {
    parent: Option<&'a dyn fmt::Display>,
    key: &'a str,
    index: usize,
    id: Option<&'a str>,
}

impl<'a> Loc<'a> {
    fn new(
        parent: Option<&'a dyn fmt::Display>,
        key: &'a str,
        index: usize,
        id: &'a Option<String>,
    ) -> Self {
        Loc {
            parent,
            key,
            index,
            id: id.as_deref(),
        }
    }
}

impl fmt::Display for Loc<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(p) = self.parent {
            write!(f, "{p}.")?;
        }
        write!(f, "{}[{}]", self.key, self.index)?;
        if let Some(id) = self.id {
            write!(f, " (id \"{id}\")")?;
        }
        Ok(())
    }
}

fn with_id(path: String, id: &Option<String>) -> String {
    match id {
        Some(id) => format!("{path} (id \"{id}\")"),
        None => path,
    }
}

/// Checks `raw` and resolves it into a [`Bank`], or returns every problem.
pub fn validate(file: &str, raw: RawBank, unknown: &[Vec<Segment>]) -> Result<Bank, Vec<Problem>> {
    let mut cx = Ctx {
        file,
        problems: Vec::new(),
    };
    for path in unknown {
        unknown_key(&mut cx, &raw, path);
    }

    let id = cx.id(&"(top level)", &raw.id);
    let version = match &raw.version {
        None => {
            cx.at(&"(top level)", "`version` is missing");
            String::new()
        }
        Some(v) => {
            if semver::Version::parse(v).is_err() {
                cx.at(
                    &"version",
                    format!("\"{v}\" is not a semantic version; write it like 1.0.0"),
                );
            }
            v.clone()
        }
    };
    let title = cx.text(&"(top level)", "title", &raw.title);
    let language = cx.text(&"(top level)", "language", &raw.language);
    if !language.is_empty() && !is_language_tag(&language) {
        cx.at(
            &"language",
            format!("\"{language}\" is not a BCP 47 language tag; write it like en-US or es"),
        );
    }
    let last_reviewed = cx.text(&"(top level)", "last_reviewed", &raw.last_reviewed);
    if !last_reviewed.is_empty() && last_reviewed.parse::<jiff::civil::Date>().is_err() {
        cx.at(
            &"last_reviewed",
            format!("\"{last_reviewed}\" is not a date; write it as YYYY-MM-DD, like 2026-10-01"),
        );
    }
    let url = cx.opt_text(&"(top level)", "url", &raw.url);
    if let Some(u) = &url {
        cx.url(&"url", "url", u);
    }
    let publisher = cx.opt_text(&"(top level)", "publisher", &raw.publisher);
    let disclaimer = cx.text(&"(top level)", "disclaimer", &raw.disclaimer);
    let scope = cx.opt_text(&"(top level)", "scope", &raw.scope);
    let command = cx.opt_text(&"(top level)", "command", &raw.command);
    let seconds_per_question = match raw.seconds_per_question {
        None => DEFAULT_SECONDS_PER_QUESTION,
        Some(s) if (5..=60).contains(&s) => s,
        Some(s) => {
            cx.at(
                &"seconds_per_question",
                format!("{s} is not between 5 and 60: write about how many seconds one question takes (the default is {DEFAULT_SECONDS_PER_QUESTION})"),
            );
            DEFAULT_SECONDS_PER_QUESTION
        }
    };

    let sources = check_sources(&mut cx, &raw.sources);
    let source_ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let glossary = check_glossary(&mut cx, &raw.glossary);
    let crisis = check_crisis(&mut cx, raw.crisis.as_ref());
    let care_options = check_care_options(&mut cx, &raw.care_options);

    let scales = check_scales(&mut cx, &raw.scales);
    let default_bands = match &raw.bands {
        None => {
            cx.at(
                &"(top level)",
                "`bands` is missing: the default score bands, from 0 to 100",
            );
            Vec::new()
        }
        Some(b) => check_bands(&mut cx, "bands", b),
    };

    let mut opening = Vec::new();
    let mut seen = HashSet::new();
    for (i, item) in raw.opening.iter().enumerate() {
        let path = Loc::new(None, "opening", i, &item.id);
        let id = cx.id(&path, &item.id);
        if !id.is_empty() && !seen.insert(id.clone()) {
            cx.at(
                &path,
                format!("duplicate id \"{id}\": another opening item has it"),
            );
        }
        let title = cx.text(&path, "title", &item.title);
        let text = cx.text(&path, "text", &item.text);
        check_source_refs(&mut cx, &path, &item.sources, &source_ids);
        opening.push(TextItem {
            id,
            title,
            text,
            sources: item.sources.clone(),
        });
    }

    // Where each question stands, so conditions can be checked against order.
    let mut position: HashMap<&str, (usize, usize, usize)> = HashMap::new();
    let mut n = 0;
    for (si, s) in raw.sections.iter().enumerate() {
        for (qi, q) in s.questions.iter().enumerate() {
            if let Some(id) = &q.id {
                position.entry(id.as_str()).or_insert((n, si, qi));
            }
            n += 1;
        }
    }

    if raw.sections.is_empty() {
        cx.at(
            &"(top level)",
            "`sections` is missing or empty: a bank needs at least one section",
        );
    }
    let mut sections = Vec::new();
    let mut section_ids = HashSet::new();
    let mut index: HashMap<String, (usize, usize)> = HashMap::new();
    let mut roles: HashMap<&'static str, String> = HashMap::new();
    let mut readiness = 0;
    let around = Around {
        raw: &raw,
        scales: &scales,
        positions: &position,
        source_ids: &source_ids,
        care: &care_options,
    };
    let mut needs: HashMap<Need, String> = HashMap::new();
    let mut n = 0;
    for (si, s) in raw.sections.iter().enumerate() {
        let spath = Loc::new(None, "sections", si, &s.id);
        let sid = cx.id(&spath, &s.id);
        if !sid.is_empty() && !section_ids.insert(sid.clone()) {
            cx.at(
                &spath,
                format!("duplicate id \"{sid}\": another section has it"),
            );
        }
        let stitle = cx.text(&spath, "title", &s.title);
        let why = cx.text(&spath, "why", &s.why);
        let kind = s.kind.unwrap_or(SectionKind::Consideration);
        let bands = match &s.bands {
            Some(b) => check_bands(&mut cx, &format!("sections[{si}].bands"), b),
            None => default_bands.clone(),
        };
        if s.questions.is_empty() {
            cx.at(&spath, "the section is empty: add at least one question");
        }
        let about = care_ids(
            &mut cx,
            &care_options,
            &spath,
            "about",
            s.about.as_deref().unwrap_or_default(),
        );
        let mut questions = Vec::new();
        for (qi, q) in s.questions.iter().enumerate() {
            let sec = Loc::new(None, "sections", si, &None);
            let qpath = Loc::new(Some(&sec), "questions", qi, &q.id);
            let mut question = check_question(&mut cx, &around, &qpath, q, n);
            n += 1;
            if q.about.is_none() {
                question.about = about.clone();
            }
            if question.role == Some(Role::Leaning) {
                check_leaning(&mut cx, &care_options, &qpath, &question);
            }
            match (question.need, question.role) {
                (Some(_), r) if r != Some(Role::Readiness) => cx.at(
                    &qpath,
                    "`need` applies only to a question with role `readiness`",
                ),
                (Some(need), _) => {
                    if let Some(first) = needs.get(&need) {
                        cx.at(
                            &qpath,
                            format!("{first} already checks this `need`; each need is asked once"),
                        );
                    } else {
                        needs.insert(need, qpath.to_string());
                    }
                }
                _ => {}
            }
            if !question.id.is_empty() {
                if let Some(&(fsi, fqi)) = index.get(&question.id) {
                    let fsec = Loc::new(None, "sections", fsi, &None);
                    let first = Loc::new(
                        Some(&fsec),
                        "questions",
                        fqi,
                        &raw.sections[fsi].questions[fqi].id,
                    );
                    cx.at(
                        &qpath,
                        format!("duplicate id \"{}\": {first} has it too; question ids must be unique in the whole bank", question.id),
                    );
                } else {
                    index.insert(question.id.clone(), (si, qi));
                }
            }
            if let Some(role) = question.role {
                check_role(&mut cx, &qpath, &question, role, &mut roles, &mut readiness);
            }
            questions.push(question);
        }
        if kind == SectionKind::Consideration
            && !s.questions.is_empty()
            && !questions.iter().any(|q| q.is_scored() || q.knowledge)
        {
            cx.at(
                &spath,
                "this consideration has no scored or `knowledge` question; give some options a score, or mark the section `kind: step`",
            );
        }
        sections.push(Section {
            id: sid,
            title: stitle,
            why,
            kind,
            ask: s.ask.unwrap_or(Audience::Therapist),
            about,
            bands,
            questions,
        });
    }
    if !raw.sections.is_empty()
        && !sections
            .iter()
            .any(|s| s.kind == SectionKind::Consideration)
    {
        cx.at(
            &"sections",
            "no section is a consideration; at least one section must be scored (leave out `kind`, or write `kind: consideration`)",
        );
    }

    if !cx.problems.is_empty() {
        return Err(cx.problems);
    }
    let bank = Bank {
        id,
        version,
        title,
        language,
        last_reviewed,
        url,
        publisher,
        disclaimer,
        scope,
        command,
        seconds_per_question,
        sources,
        glossary,
        crisis,
        care_options,
        opening,
        sections,
        index,
    };
    if let Some(msg) = limits::too_large(&bank) {
        cx.at(&"(top level)", msg);
        return Err(cx.problems);
    }
    Ok(bank)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_tags() {
        assert!(is_id("copay"));
        assert!(is_id("q-1_b"));
        assert!(!is_id("Copay"));
        assert!(!is_id("-x"));
        assert!(!is_id(""));
        assert!(is_language_tag("en-US"));
        assert!(is_language_tag("es-419"));
        assert!(!is_language_tag("english language"));
        assert!(!is_language_tag("e"));
    }
}
