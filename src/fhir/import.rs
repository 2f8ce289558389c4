//! A FHIR R4 `QuestionnaireResponse` read back in as answers (`run
//! --answers response.json`, `progress --answers response.json`): each
//! answered item becomes the value an answers file would hold for that
//! question id, and is then checked like any answers file.

use std::collections::BTreeMap;
use std::path::Path;

use serde_json::Value;

use super::*;
use crate::answers::{self, Answers};
use crate::bank::Bank;
use crate::error::{Error, Result as AppResult};
use crate::problem::{Place, Problem};

/// An answers file for `bank`: YAML or JSON by question id, or a FHIR R4
/// QuestionnaireResponse for the bank (docs/fhir.md). What both `run
/// --answers` and `progress --answers` read.
pub fn load_answers(file: &Path, bank: &Bank) -> AppResult<Answers> {
    load_answers_dated(file, bank).map(|(answers, _)| answers)
}

/// [`load_answers`], with the time a QuestionnaireResponse was `authored`
/// (RFC 3339; a date alone is taken as midnight UTC), when it says.
pub fn load_answers_dated(file: &Path, bank: &Bank) -> AppResult<(Answers, Option<String>)> {
    let text = answers::file::read(file)?;
    let name = file.display().to_string();
    match serde_json::from_str::<Value>(&text) {
        Ok(v) if looks_like_response(&v) => {
            let raw = read_response(&name, &v, bank).map_err(Error::Answers)?;
            let answers = answers::file::from_values(&name, bank, raw)?;
            Ok((answers, authored(&v)))
        }
        _ => answers::file::parse(&name, &text, bank).map(|a| (a, None)),
    }
}

/// A response's `authored` time, as RFC 3339 in UTC.
fn authored(v: &Value) -> Option<String> {
    let s = v.get("authored")?.as_str()?;
    if let Ok(t) = s.parse::<jiff::Timestamp>() {
        return Some(t.to_string());
    }
    let d = s.parse::<jiff::civil::Date>().ok()?;
    Some(format!("{d}T00:00:00Z"))
}

/// Whether a parsed file is a FHIR resource (it has a `resourceType`).
pub fn looks_like_response(v: &Value) -> bool {
    v.get("resourceType").is_some_and(Value::is_string)
}

/// The answers in a QuestionnaireResponse for `bank`, as answers-file
/// values by question id. Every problem found is reported.
pub fn read_response(
    name: &str,
    v: &Value,
    bank: &Bank,
) -> Result<BTreeMap<String, Value>, Vec<Problem>> {
    let problem = |m: String| Problem::new(name, Place::File, m);
    let kind = v["resourceType"].as_str().unwrap_or_default();
    if kind == "Bundle" {
        return Err(vec![problem(
            "it is a FHIR Bundle of several resources (like every week from `iop-check progress history --format fhir`); `--answers` takes one QuestionnaireResponse: save the \"resource\" of one entry in a file of its own".into(),
        )]);
    }
    if kind != "QuestionnaireResponse" {
        return Err(vec![problem(format!(
            "it is a FHIR {kind}, not a QuestionnaireResponse; `--answers` takes a QuestionnaireResponse (from `iop-check summary --format fhir`, `iop-check progress --format fhir` or a form filler), or a YAML or JSON answers file"
        ))]);
    }
    let mut problems = Vec::new();
    let want = canonical(bank);
    match v.get("questionnaire").and_then(Value::as_str) {
        Some(q) if q.split('|').next() == Some(want.as_str()) => {}
        Some(q) => problems.push(problem(format!(
            "it answers the questionnaire {q}, not bank \"{}\" ({want}); use --bank with the bank it was made from",
            bank.id
        ))),
        None => problems.push(problem(format!(
            "it does not say which questionnaire it answers; add \"questionnaire\": \"{want}|{}\"",
            bank.version
        ))),
    }
    let mut raw = BTreeMap::new();
    walk(name, v, bank, &mut raw, &mut problems);
    if problems.is_empty() {
        Ok(raw)
    } else {
        Err(problems)
    }
}

/// Reads the items under `v`, at any depth.
fn walk(
    name: &str,
    v: &Value,
    bank: &Bank,
    raw: &mut BTreeMap<String, Value>,
    problems: &mut Vec<Problem>,
) {
    let problem = |m: String| Problem::new(name, Place::File, m);
    let Some(items) = v.get("item") else { return };
    let Some(items) = items.as_array() else {
        problems.push(problem("\"item\" is not a list".into()));
        return;
    };
    for it in items {
        let Some(link) = it.get("linkId").and_then(Value::as_str) else {
            problems.push(problem("an item has no linkId".into()));
            continue;
        };
        match bank.question(link) {
            Some(q) => {
                if let Some(value) = answer_value(bank, q, it, problems, name) {
                    if raw.insert(link.to_string(), value).is_some() {
                        problems.push(problem(format!(
                            "question \"{link}\" is answered more than once; keep one item for it"
                        )));
                    }
                }
            }
            None if it.get("answer").is_some() => problems.push(problem(format!(
                "item \"{link}\" has an answer, but it is not a question in bank \"{}\"",
                bank.id
            ))),
            None => {}
        }
        walk(name, it, bank, raw, problems);
    }
}

/// One item's answers as an answers-file value: an option id, a list of
/// them, a number or text. None when the item has no answer.
fn answer_value(
    bank: &Bank,
    q: &crate::bank::Question,
    it: &Value,
    problems: &mut Vec<Problem>,
    name: &str,
) -> Option<Value> {
    let mut bad = |m: String| problems.push(Problem::new(name, Place::File, m));
    let answers = it.get("answer")?.as_array()?;
    let system = code_system(bank, &q.id);
    let mut values = Vec::new();
    for a in answers {
        let v = if let Some(c) = a.get("valueCoding") {
            match c.get("system").and_then(Value::as_str) {
                Some(s) if s != system => {
                    bad(format!(
                        "the answer to \"{}\" is a code of {s}; its options are codes of {system}",
                        q.id
                    ));
                    continue;
                }
                _ => c.get("code").cloned().unwrap_or(Value::Null),
            }
        } else if let Some(b) = a.get("valueBoolean").and_then(Value::as_bool) {
            Value::String(if b { "yes" } else { "no" }.into())
        } else if let Some(n) = a.get("valueInteger").or_else(|| a.get("valueDecimal")) {
            n.clone()
        } else if let Some(s) = a.get("valueString") {
            s.clone()
        } else {
            bad(format!(
                "the answer to \"{}\" is of a kind iop-check does not read (it reads valueCoding, valueBoolean, valueInteger, valueDecimal and valueString)",
                q.id
            ));
            continue;
        };
        values.push(v);
    }
    match (q.kind, values.len()) {
        (_, 0) => None,
        (crate::bank::Kind::Checklist, _) => Some(Value::Array(values)),
        (_, 1) => values.pop(),
        _ => Some(Value::Array(values)),
    }
}
