//! `--answers FILE`: answers given all at once, checked against the bank.
//! Every problem is reported, each naming the question id.

use std::cell::OnceCell;
use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::fmt;
use std::path::Path;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;

use super::{Answer, Answers, Unfit, from_json};
use crate::answers::conditions;
use crate::bank::Bank;
use crate::error::{Error, Result};
use crate::i18n::{Lang, Messages, Said};
use crate::problem::{Place, Problem};
use crate::{files, yaml};

/// Answers files larger than this are refused before they are read.
pub const MAX_ANSWERS_BYTES: u64 = 1024 * 1024;

/// Reads, parses and checks an answers file (YAML or JSON).
pub fn load(path: &Path, bank: &Bank) -> Result<Answers> {
    let text = read(path, bank)?;
    parse(&path.display().to_string(), &text, bank)
}

/// Reads an answers file's text (refused when larger than
/// [`MAX_ANSWERS_BYTES`]), any problem said in the language of the bank it
/// answers.
pub fn read(path: &Path, bank: &Bank) -> Result<String> {
    files::read_text_in(path, MAX_ANSWERS_BYTES, language(bank)).map_err(|p| failed(vec![p], bank))
}

/// The language the problems of answers to `bank` are said in: the bank's
/// own (a built-in bank is in the language of the command).
pub fn language(bank: &Bank) -> Lang {
    Lang::of(&bank.language)
}

/// Checks answers read from another form (a FHIR QuestionnaireResponse),
/// given as answers-file values by question id, like an answers file.
pub fn from_values(name: &str, bank: &Bank, raw: BTreeMap<String, Value>) -> Result<Answers> {
    let answers = check(name, bank, raw).map_err(|p| failed(p, bank))?;
    not_empty(name, bank, answers)
}

/// Parses and checks an answers file's text (YAML or JSON).
pub fn parse(name: &str, text: &str, bank: &Bank) -> Result<Answers> {
    let name = name.to_string();
    let lang = language(bank);
    let parsed = yaml::parse::<Entries>(&name, text)
        .map_err(|p| failed(vec![yaml_problem(p, text, lang)], bank))?;
    // A question answered twice is an error, not a silent "the last one wins".
    let mut raw = BTreeMap::new();
    let mut twice = Vec::new();
    let mut odd = Vec::new();
    for (id, value) in parsed.value.0 {
        let value = match plain_value(&value) {
            Ok(v) => v,
            Err(why) => {
                odd.push(Said::new("answers-odd-value").arg("id", id).arg("why", why));
                continue;
            }
        };
        match raw.entry(id) {
            Entry::Vacant(e) => {
                e.insert(value);
            }
            Entry::Occupied(e) => {
                if !twice.contains(e.key()) {
                    twice.push(e.key().clone());
                }
            }
        }
    }
    let said: Vec<Said> = twice
        .into_iter()
        .map(|id| Said::new("answers-twice").arg("id", id))
        .chain(odd)
        .collect();
    let mut problems: Vec<Problem> = if said.is_empty() {
        Vec::new()
    } else {
        let m = Messages::new(lang);
        said.iter()
            .map(|s| Problem::new(&name, Place::File, s.say(&m)))
            .collect()
    };
    match check(&name, bank, raw) {
        Ok(answers) if problems.is_empty() => not_empty(&name, bank, answers),
        Ok(_) => Err(failed(problems, bank)),
        Err(more) => {
            problems.extend(more);
            Err(failed(problems, bank))
        }
    }
}

/// A problem the YAML parser found in an answers file, in `lang`: the
/// words around the parser's own detail (which stays as the parser says
/// it) are iop-check's.
fn yaml_problem(p: Problem, text: &str, lang: Lang) -> Problem {
    let m = Messages::new(lang);
    if yaml::is_blank(text) {
        return Problem::new(&p.file, Place::File, m.get("answers-yaml-empty"));
    }
    if let Some((line, col)) = yaml::too_deep(text) {
        let words = m.with(
            "answers-yaml-too-deep",
            &[("max", yaml::MAX_DEPTH.to_string().into())],
        );
        return Problem::new(&p.file, Place::LineCol(line, col), words);
    }
    if yaml::documents(text) > 1 {
        return Problem::new(&p.file, p.place, m.get("answers-yaml-documents"));
    }
    // Good YAML, but not a mapping of ids to answers at the top (a list, a
    // line of text): said in iop-check's words where the language has
    // them (English keeps the parser's, as it always has).
    let id = match yaml::parse::<serde_yaml::Value>(&p.file, text) {
        Ok(v) if !v.value.is_mapping() => "answers-yaml-not-a-map",
        _ => "answers-yaml-syntax",
    };
    let words = m.with(id, &[("detail", p.message.into())]);
    Problem::new(&p.file, p.place, words)
}

/// An answer as YAML wrote it, as plain JSON data. YAML can say things JSON
/// cannot (`.nan`, `.inf`, `!tags`); those are refused here rather than
/// quietly becoming "skipped". Why not is a variant of `answers-odd-value`.
fn plain_value(v: &serde_yaml::Value) -> std::result::Result<Value, &'static str> {
    use serde_yaml::Value as Y;
    Ok(match v {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(*b),
        Y::Number(n) => match n.as_f64() {
            Some(f) if !f.is_finite() => return Err("not-finite"),
            _ => serde_json::to_value(n).map_err(|_| "unreadable-number")?,
        },
        Y::String(s) => Value::String(s.clone()),
        Y::Sequence(items) => Value::Array(
            items
                .iter()
                .map(plain_value)
                .collect::<std::result::Result<_, _>>()?,
        ),
        Y::Mapping(m) => {
            let mut out = serde_json::Map::new();
            for (k, v) in m {
                let Y::String(k) = k else {
                    return Err("key-not-text");
                };
                out.insert(k.clone(), plain_value(v)?);
            }
            Value::Object(out)
        }
        Y::Tagged(_) => return Err("tag"),
    })
}

/// The entries of an answers file in the order written, repeated keys kept
/// (a map type would keep only the last of them).
struct Entries(Vec<(String, serde_yaml::Value)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<Entries, A::Error> {
                let mut out = Vec::new();
                while let Some(entry) = map.next_entry::<String, serde_yaml::Value>()? {
                    out.push(entry);
                }
                Ok(Entries(out))
            }
        }
        d.deserialize_map(EntriesVisitor)
    }
}

/// Checks raw answers against the bank: unknown ids, wrong kinds, unknown
/// options, numbers out of range, and answers to questions that would not
/// be asked given the other answers. The problems are said in the
/// language of the bank.
pub fn check(
    name: &str,
    bank: &Bank,
    raw: BTreeMap<String, Value>,
) -> std::result::Result<Answers, Vec<Problem>> {
    let mut problems: Vec<(String, Unfit)> = Vec::new();
    let mut answers = Answers::default();
    // Made only when there is something to say.
    let words = OnceCell::new();
    let m = || words.get_or_init(|| Messages::new(language(bank)));
    let problem = |why: &Unfit| Problem::new(name, Place::File, why.say(m()));
    let mut unknown = Vec::new();
    for (id, value) in &raw {
        match bank.question(id) {
            None => unknown.push(id.clone()),
            // Left empty: not answered, so nothing is said for the person.
            Some(_) if is_empty(value) => {}
            Some(q) => match from_json(q, value) {
                Ok(a) => answers.set(id, a),
                Err(said) => problems.push((id.clone(), said)),
            },
        }
    }
    // A file that says nothing at all (an untouched template) gets one
    // message, not one per safety question.
    if answers.is_empty() && problems.is_empty() && unknown.is_empty() {
        return Err(vec![problem(&Said::new("answers-none").into())]);
    }
    // The safety questions are never answered for the person: each one
    // shown needs an answer, or an explicit `skip`.
    for (_, q) in bank.questions().filter(|(_, q)| q.safety) {
        if !conditions::shown(q, &answers) {
            continue;
        }
        let state = match raw.get(&q.id) {
            None => "missing",
            Some(Value::Null) => "empty",
            Some(_) => continue,
        };
        answers.remove(&q.id);
        let ids = q
            .options
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
            .join(" | ");
        problems.push((
            q.id.clone(),
            Said::new("answers-safety-unanswered")
                .arg("id", q.id.as_str())
                .arg("state", state)
                .arg("ids", ids)
                .into(),
        ));
    }
    // Conditions, in bank order, against the answers as given.
    for (_, q) in bank.questions() {
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        if !conditions::shown(q, &answers) {
            if *a != Answer::Skipped {
                let cond = q
                    .show_if
                    .as_ref()
                    .map(|c| conditions::describe(c, bank, m()))
                    .unwrap_or_default();
                problems.push((
                    q.id.clone(),
                    Said::new("answers-not-asked")
                        .arg("id", q.id.as_str())
                        .arg("condition", cond)
                        .into(),
                ));
            }
            answers.remove(&q.id);
        }
    }
    // Report in the order of the bank, so the list reads like the questions.
    let order: BTreeMap<&str, usize> = bank
        .questions()
        .enumerate()
        .map(|(i, (_, q))| (q.id.as_str(), i))
        .collect();
    problems.sort_by_key(|(id, _)| order.get(id.as_str()).copied().unwrap_or(usize::MAX));
    let mut out: Vec<Problem> = problems.iter().map(|(_, said)| problem(said)).collect();
    for id in unknown {
        let command = bank.command.as_deref().unwrap_or("iop-check");
        let said = match closest(bank, &id) {
            Some(s) => Said::new("answers-unknown-question-closest").arg("closest", s),
            None => Said::new("answers-unknown-question"),
        };
        out.push(problem(
            &said
                .arg("id", id)
                .arg("bank", bank.id.as_str())
                .arg("command", command)
                .into(),
        ));
    }
    if out.is_empty() {
        Ok(answers)
    } else {
        Err(out)
    }
}

/// Answers that say nothing at all are refused: an untouched template is
/// not a check-in.
pub fn not_empty(name: &str, bank: &Bank, answers: Answers) -> Result<Answers> {
    if answers.is_empty() {
        let words = Said::new("answers-none").say(&Messages::new(language(bank)));
        return Err(failed(vec![Problem::new(name, Place::File, words)], bank));
    }
    Ok(answers)
}

/// An empty value in an answers file: nothing after the id (null), empty
/// or blank text, or an empty list. It means "not answered".
pub fn is_empty(v: &Value) -> bool {
    match v {
        Value::Null => true,
        Value::String(s) => s.trim().is_empty(),
        Value::Array(items) => items.is_empty(),
        _ => false,
    }
}

fn closest<'a>(bank: &'a Bank, id: &str) -> Option<&'a str> {
    crate::problem::closest(id, bank.questions().map(|(_, q)| q.id.as_str()))
}

/// The error for problems in an answers file read against `bank`, which
/// points to the command that prints that bank's answers file: the weekly
/// check-in and the programs worksheet have templates of their own.
pub fn failed(problems: Vec<Problem>, bank: &Bank) -> Error {
    let template = match bank.command.as_deref() {
        Some("iop-check progress") => "iop-check progress template",
        _ if bank.id == "iop-programs-worksheet" => "iop-check programs template",
        _ => "iop-check template",
    };
    Error::Answers { problems, template }
}
