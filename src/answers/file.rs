//! `--answers FILE`: answers given all at once, checked against the bank.
//! Every problem is reported, each naming the question id.

use std::collections::BTreeMap;
use std::collections::btree_map::Entry;
use std::fmt;
use std::path::Path;

use serde::de::{Deserialize, Deserializer, MapAccess, Visitor};
use serde_json::Value;

use super::{Answer, Answers, from_json};
use crate::answers::conditions;
use crate::bank::Bank;
use crate::error::{Error, Result};
use crate::problem::{Place, Problem};
use crate::{files, yaml};

/// Answers files larger than this are refused before they are read.
pub const MAX_ANSWERS_BYTES: u64 = 1024 * 1024;

/// Reads, parses and checks an answers file (YAML or JSON).
pub fn load(path: &Path, bank: &Bank) -> Result<Answers> {
    let text = read(path)?;
    parse(&path.display().to_string(), &text, bank)
}

/// Reads an answers file's text (refused when larger than [`MAX_ANSWERS_BYTES`]).
pub fn read(path: &Path) -> Result<String> {
    files::read_text(path, MAX_ANSWERS_BYTES).map_err(|p| Error::Answers(vec![p]))
}

/// Checks answers read from another form (a FHIR QuestionnaireResponse),
/// given as answers-file values by question id, like an answers file.
pub fn from_values(name: &str, bank: &Bank, raw: BTreeMap<String, Value>) -> Result<Answers> {
    let answers = check(name, bank, raw).map_err(Error::Answers)?;
    not_empty(name, answers)
}

/// Parses and checks an answers file's text (YAML or JSON).
pub fn parse(name: &str, text: &str, bank: &Bank) -> Result<Answers> {
    let name = name.to_string();
    let fail = |p: Problem| Error::Answers(vec![p]);
    let parsed = yaml::parse::<Entries>(&name, text).map_err(fail)?;
    // A question answered twice is an error, not a silent "the last one wins".
    let mut raw = BTreeMap::new();
    let mut twice = Vec::new();
    let mut odd = Vec::new();
    for (id, value) in parsed.value.0 {
        let value = match plain_value(&value) {
            Ok(v) => v,
            Err(why) => {
                odd.push(format!("the answer to \"{id}\" {why}"));
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
    let mut problems: Vec<Problem> = twice
        .iter()
        .map(|id| {
            Problem::new(
                &name,
                Place::File,
                format!("\"{id}\" is answered more than once; keep one answer for it"),
            )
        })
        .chain(odd.into_iter().map(|m| Problem::new(&name, Place::File, m)))
        .collect();
    match check(&name, bank, raw) {
        Ok(answers) if problems.is_empty() => not_empty(&name, answers),
        Ok(_) => Err(Error::Answers(problems)),
        Err(more) => {
            problems.extend(more);
            Err(Error::Answers(problems))
        }
    }
}

/// An answer as YAML wrote it, as plain JSON data. YAML can say things JSON
/// cannot (`.nan`, `.inf`, `!tags`); those are refused here rather than
/// quietly becoming "skipped".
fn plain_value(v: &serde_yaml::Value) -> std::result::Result<Value, &'static str> {
    use serde_yaml::Value as Y;
    Ok(match v {
        Y::Null => Value::Null,
        Y::Bool(b) => Value::Bool(*b),
        Y::Number(n) => match n.as_f64() {
            Some(f) if !f.is_finite() => {
                return Err("is not a finite number (.nan and .inf are not answers)");
            }
            _ => serde_json::to_value(n).map_err(|_| "is a number that cannot be read")?,
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
                    return Err("has a key that is not text");
                };
                out.insert(k.clone(), plain_value(v)?);
            }
            Value::Object(out)
        }
        Y::Tagged(_) => return Err("has a YAML !tag, which answers files do not use"),
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
/// be asked given the other answers.
pub fn check(
    name: &str,
    bank: &Bank,
    raw: BTreeMap<String, Value>,
) -> std::result::Result<Answers, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut answers = Answers::default();
    let problem = |msg: String| Problem::new(name, Place::File, msg);
    let mut unknown = Vec::new();
    for (id, value) in &raw {
        match bank.question(id) {
            None => unknown.push(id.clone()),
            // Left empty: not answered, so nothing is said for the person.
            Some(_) if is_empty(value) => {}
            Some(q) => match from_json(q, value) {
                Ok(a) => answers.set(id, a),
                Err(msg) => problems.push((id.clone(), msg)),
            },
        }
    }
    // A file that says nothing at all (an untouched template) gets one
    // message, not one per safety question.
    if answers.is_empty() && problems.is_empty() && unknown.is_empty() {
        return Err(vec![problem(NO_ANSWERS.into())]);
    }
    // The safety questions are never answered for the person: each one
    // shown needs an answer, or an explicit `skip`.
    for (_, q) in bank.questions().filter(|(_, q)| q.safety) {
        if !conditions::shown(q, &answers) {
            continue;
        }
        let said = match raw.get(&q.id) {
            None => "is missing",
            Some(Value::Null) => "is left empty",
            Some(_) => continue,
        };
        answers.remove(&q.id);
        problems.push((
            q.id.clone(),
            format!(
                "question \"{}\" (the safety check) {said}; nothing is filled in for you here. Answer it with one of: {}, or write `{}: skip` to leave it unanswered",
                q.id,
                q.options
                    .iter()
                    .map(|o| o.id.as_str())
                    .collect::<Vec<_>>()
                    .join(" | "),
                q.id
            ),
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
                    .map(|c| {
                        let english = crate::i18n::Messages::new(crate::i18n::Lang::En);
                        conditions::describe(c, bank, &english)
                    })
                    .unwrap_or_default();
                problems.push((
                    q.id.clone(),
                    format!(
                        "question \"{}\" is asked only when {cond}, which the other answers do not say; leave it out or answer skip",
                        q.id
                    ),
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
    let mut out: Vec<Problem> = problems.into_iter().map(|(_, m)| problem(m)).collect();
    for id in unknown {
        let hint = closest(bank, &id)
            .map(|s| format!("; did you mean \"{s}\"?"))
            .unwrap_or_default();
        out.push(problem(format!(
            "\"{id}\" is not a question in bank \"{}\"{hint} (`{} template` lists them all)",
            bank.id,
            bank.command.as_deref().unwrap_or("iop-check")
        )));
    }
    if out.is_empty() {
        Ok(answers)
    } else {
        Err(out)
    }
}

/// What a file with no answers at all is told.
const NO_ANSWERS: &str = "there are no answers in it: every question is empty or left out. Write an answer after at least one question id (an answer left empty is not answered, and `skip` says you chose to skip it), then run again";

/// Answers that say nothing at all are refused: an untouched template is
/// not a check-in.
pub fn not_empty(name: &str, answers: Answers) -> Result<Answers> {
    if answers.is_empty() {
        return Err(Error::Answers(vec![Problem::new(
            name,
            Place::File,
            NO_ANSWERS,
        )]));
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
