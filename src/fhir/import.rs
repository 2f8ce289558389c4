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
use crate::error::Result as AppResult;
use crate::i18n::{Messages, Said};
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
    let text = answers::file::read(file, bank)?;
    let name = file.display().to_string();
    match serde_json::from_str::<Value>(&text) {
        Ok(v) if looks_like_response(&v) => {
            let raw = read_response(&name, &v, bank).map_err(|p| answers::file::failed(p, bank))?;
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
/// values by question id. Every problem found is reported, in the
/// language of the bank (as an answers file's).
pub fn read_response(
    name: &str,
    v: &Value,
    bank: &Bank,
) -> Result<BTreeMap<String, Value>, Vec<Problem>> {
    let mut problems = Vec::new();
    let raw = response_values(v, bank, &mut problems);
    if problems.is_empty() {
        return Ok(raw);
    }
    let m = Messages::new(answers::file::language(bank));
    Err(problems
        .iter()
        .map(|said| Problem::new(name, Place::File, said.say(&m)))
        .collect())
}

/// [`read_response`], the problems as words to say.
fn response_values(v: &Value, bank: &Bank, problems: &mut Vec<Said>) -> BTreeMap<String, Value> {
    let mut raw = BTreeMap::new();
    let kind = v["resourceType"].as_str().unwrap_or_default();
    if kind == "Bundle" {
        problems.push(Said::new("fhir-import-bundle"));
        return raw;
    }
    if kind != "QuestionnaireResponse" {
        problems.push(Said::new("fhir-import-not-response").arg("kind", kind));
        return raw;
    }
    let want = canonical(bank);
    match v.get("questionnaire").and_then(Value::as_str) {
        Some(q) if q.split('|').next() == Some(want.as_str()) => {}
        Some(q) => problems.push(
            Said::new("fhir-import-other-questionnaire")
                .arg("questionnaire", q)
                .arg("bank", bank.id.as_str())
                .arg("want", want.as_str()),
        ),
        None => problems.push(
            Said::new("fhir-import-no-questionnaire")
                .arg("want", want.as_str())
                .arg("version", bank.version.as_str()),
        ),
    }
    walk(v, bank, &mut raw, problems);
    raw
}

/// Reads the items under `v`, at any depth.
fn walk(v: &Value, bank: &Bank, raw: &mut BTreeMap<String, Value>, problems: &mut Vec<Said>) {
    let Some(items) = v.get("item") else { return };
    let Some(items) = items.as_array() else {
        problems.push(Said::new("fhir-import-item-not-list"));
        return;
    };
    for it in items {
        let Some(link) = it.get("linkId").and_then(Value::as_str) else {
            problems.push(Said::new("fhir-import-no-link-id"));
            continue;
        };
        match bank.question(link) {
            Some(q) => {
                if let Some(value) = answer_value(bank, q, it, problems) {
                    if raw.insert(link.to_string(), value).is_some() {
                        problems.push(Said::new("fhir-import-twice").arg("id", link));
                    }
                }
            }
            None if it.get("answer").is_some() => problems.push(
                Said::new("fhir-import-not-a-question")
                    .arg("id", link)
                    .arg("bank", bank.id.as_str()),
            ),
            None => {}
        }
        walk(it, bank, raw, problems);
    }
}

/// One item's answers as an answers-file value: an option id, a list of
/// them, a number or text. None when the item has no answer.
fn answer_value(
    bank: &Bank,
    q: &crate::bank::Question,
    it: &Value,
    problems: &mut Vec<Said>,
) -> Option<Value> {
    let answers = it.get("answer")?.as_array()?;
    let system = code_system(bank, &q.id);
    let mut values = Vec::new();
    for a in answers {
        let v = if let Some(c) = a.get("valueCoding") {
            match c.get("system").and_then(Value::as_str) {
                Some(s) if s != system => {
                    problems.push(
                        Said::new("fhir-import-other-system")
                            .arg("id", q.id.as_str())
                            .arg("system", s)
                            .arg("want", system.as_str()),
                    );
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
            problems.push(Said::new("fhir-import-value-kind").arg("id", q.id.as_str()));
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
