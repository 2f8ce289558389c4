//! What the person answered, and how answers are read and written as data.
//!
//! One representation is shared by answers files, drafts and the JSON
//! summary: a question id maps to an option id, a list of option ids, a
//! number, a piece of text, or `skip` (written as null).

pub mod conditions;
pub mod file;

use std::collections::BTreeMap;

use serde_json::Value;

use crate::bank::{Bank, Kind, Question};

/// One answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Answer {
    /// An option id (choice, scale, yes/no).
    Choice(String),
    /// Option ids (checklist). Never empty when given now ("None of these"
    /// is an option of its own where the bank has one); older drafts may
    /// hold an empty list.
    Checklist(Vec<String>),
    Number(f64),
    Text(String),
    /// Seen and skipped on purpose.
    Skipped,
}

/// All answers, by question id. A question without an entry was never
/// reached, or is hidden by its condition.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Answers {
    map: BTreeMap<String, Answer>,
}

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.map.get(id)
    }
    pub fn set(&mut self, id: &str, answer: Answer) {
        self.map.insert(id.to_string(), answer);
    }
    pub fn remove(&mut self, id: &str) -> Option<Answer> {
        self.map.remove(id)
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Answer)> {
        self.map.iter()
    }

    /// Drops answers to questions whose condition no longer holds (in bank
    /// order, so a chain of conditions settles in one pass) and answers to
    /// questions the bank does not have. Returns the ids dropped.
    pub fn prune(&mut self, bank: &Bank) -> Vec<String> {
        let mut dropped: Vec<String> = self
            .map
            .keys()
            .filter(|id| bank.question(id).is_none())
            .cloned()
            .collect();
        for id in &dropped {
            self.map.remove(id);
        }
        for (_, q) in bank.questions() {
            if self.map.contains_key(&q.id) && !conditions::shown(q, self) {
                self.map.remove(&q.id);
                dropped.push(q.id.clone());
            }
        }
        dropped
    }

    /// The answers as a JSON object (question id → value).
    pub fn to_json(&self) -> Value {
        Value::Object(
            self.map
                .iter()
                .map(|(k, a)| (k.clone(), a.to_json()))
                .collect(),
        )
    }

    /// Whether any chosen option is a crisis answer.
    pub fn safety_flagged(&self, bank: &Bank) -> bool {
        self.map.iter().any(|(id, a)| {
            bank.question(id).is_some_and(|q| {
                a.option_ids()
                    .any(|o| q.option(o).is_some_and(|c| c.crisis))
            })
        })
    }

    /// Whether the reminder of where help is ("Help now: call or text 988")
    /// stays on every screen: after any answer to a safety question other
    /// than its safe one, a skip included.
    pub fn safety_reminder(&self, bank: &Bank) -> bool {
        self.safety_flagged(bank)
            || bank.safety_questions().any(|q| {
                matches!(self.get(&q.id), Some(Answer::Skipped))
                    || self.get(&q.id).is_some_and(|a| {
                        a.option_ids()
                            .any(|o| q.option(o).is_some_and(|c| c.not_sure))
                    })
            })
    }
}

impl Answer {
    pub fn to_json(&self) -> Value {
        match self {
            Answer::Choice(s) | Answer::Text(s) => Value::String(s.clone()),
            Answer::Checklist(v) => Value::Array(v.iter().cloned().map(Value::String).collect()),
            // A whole number is written as one (6, not 6.0), as in answers files.
            Answer::Number(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                Value::from(*n as i64)
            }
            Answer::Number(n) => {
                serde_json::Number::from_f64(*n).map_or(Value::Null, Value::Number)
            }
            Answer::Skipped => Value::Null,
        }
    }

    /// The option ids this answer chose (none for numbers, text and skips).
    pub fn option_ids(&self) -> impl Iterator<Item = &str> {
        let ids: &[String] = match self {
            Answer::Choice(s) => std::slice::from_ref(s),
            Answer::Checklist(v) => v,
            _ => &[],
        };
        ids.iter().map(String::as_str)
    }

    /// How the answer reads to a person (in English where iop-check adds
    /// words: see `prompt::describe` for the screens' words in any language).
    pub fn describe(&self, q: &Question) -> String {
        let label = |id: &str| q.option(id).map_or(id.to_string(), |o| o.label.clone());
        match self {
            Answer::Choice(id) => label(id),
            // Only older drafts hold an empty list: nothing was chosen.
            Answer::Checklist(ids) if ids.is_empty() => "(nothing chosen)".to_string(),
            Answer::Checklist(ids) => ids.iter().map(|i| label(i)).collect::<Vec<_>>().join("; "),
            Answer::Number(n) => {
                let unit = q.number.as_ref().and_then(|s| s.unit_for(*n));
                match unit {
                    Some(u) => format!("{} {u}", format_number(*n)),
                    None => format_number(*n),
                }
            }
            Answer::Text(t) => t.clone(),
            Answer::Skipped => "(skipped)".to_string(),
        }
    }
}

pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Why a value cannot be an answer to a question.
pub fn from_json(q: &Question, v: &Value) -> Result<Answer, String> {
    let allowed = || {
        q.options
            .iter()
            .map(|o| o.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let option = |s: &str| -> Result<String, String> {
        if q.option(s).is_some() {
            Ok(s.to_string())
        } else {
            Err(format!(
                "question \"{}\" has no option \"{s}\"; choose one of: {}",
                q.id,
                allowed()
            ))
        }
    };
    let wrong = |what: &str| {
        Err(format!(
            "question \"{}\" is a {} question, so {what} does not fit; {}",
            q.id,
            q.kind.name(),
            expected(q)
        ))
    };
    if v.is_null() || v.as_str() == Some("skip") {
        return Ok(Answer::Skipped);
    }
    match q.kind {
        Kind::Choice | Kind::Scale | Kind::YesNo => match v {
            Value::String(s) => option(s).map(Answer::Choice),
            Value::Bool(b) => option(if *b { "yes" } else { "no" }).map(Answer::Choice),
            _ => wrong(value_kind(v)),
        },
        Kind::Checklist => {
            let items = match v {
                Value::Array(items) => items.clone(),
                Value::String(_) => vec![v.clone()],
                _ => return wrong(value_kind(v)),
            };
            let mut out: Vec<String> = Vec::new();
            for item in &items {
                let Value::String(s) = item else {
                    return wrong("a list holding something other than option ids");
                };
                let id = option(s)?;
                if !out.contains(&id) {
                    out.push(id);
                }
            }
            match exclusive_conflict(q, &out) {
                Some(why) => Err(format!("question \"{}\": {why}", q.id)),
                None => Ok(Answer::Checklist(out)),
            }
        }
        Kind::Number => {
            let Some(spec) = &q.number else {
                return wrong("a number");
            };
            let n = match v {
                Value::Number(n) => n.as_f64().unwrap_or(f64::NAN),
                Value::String(s) => match s.trim().parse::<f64>() {
                    Ok(n) => n,
                    Err(_) => return wrong("text"),
                },
                _ => return wrong(value_kind(v)),
            };
            check_number(q, spec, n).map(Answer::Number)
        }
        Kind::Text => match v {
            Value::String(s) => check_text(q, s).map(Answer::Text),
            Value::Number(n) => Ok(Answer::Text(n.to_string())),
            Value::Bool(b) => Ok(Answer::Text(b.to_string())),
            _ => wrong(value_kind(v)),
        },
    }
}

/// What kind of value `v` is, in words, for "… does not fit" messages.
fn value_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "a mapping",
    }
}

/// An option marked `exclusive` ("None of these") chosen with others: the
/// words to say, for a person choosing it.
pub fn exclusive_conflict(q: &Question, ids: &[String]) -> Option<String> {
    if ids.len() < 2 {
        return None;
    }
    let o = ids
        .iter()
        .filter_map(|id| q.option(id))
        .find(|o| o.exclusive)?;
    Some(format!(
        "\"{}\" goes alone. Choose it by itself, or choose the others without it.",
        o.label
    ))
}

/// Checks a number against a number question's range.
pub fn check_number(q: &Question, spec: &crate::bank::NumberSpec, n: f64) -> Result<f64, String> {
    if !n.is_finite() || n < spec.min || n > spec.max {
        return Err(format!(
            "question \"{}\" takes a number from {} to {}, not {}",
            q.id,
            format_number(spec.min),
            format_number(spec.max),
            format_number(n)
        ));
    }
    if spec.whole && n.fract() != 0.0 {
        return Err(format!(
            "question \"{}\" takes a whole number, not {n}",
            q.id
        ));
    }
    Ok(n)
}

/// Checks free text against a text question's length limit.
pub fn check_text(q: &Question, s: &str) -> Result<String, String> {
    let n = s.chars().count();
    if n > q.max_length {
        return Err(format!(
            "the answer to question \"{}\" is {n} characters long; the most is {}",
            q.id, q.max_length
        ));
    }
    Ok(s.trim().to_string())
}

/// What a valid answer to `q` looks like, in words.
pub fn expected(q: &Question) -> crate::i18n::Said {
    use crate::i18n::Said;
    let ids = q
        .options
        .iter()
        .map(|o| o.id.as_str())
        .collect::<Vec<_>>()
        .join(" | ");
    match q.kind {
        Kind::Choice | Kind::Scale | Kind::YesNo => Said::new("expect-one-of").arg("ids", ids),
        Kind::Checklist => Said::new("expect-list-of").arg("ids", ids),
        Kind::Number => match &q.number {
            Some(s) => Said::new("expect-number-from")
                .arg("whole", if s.whole { "yes" } else { "no" })
                .arg("min", format_number(s.min))
                .arg("max", format_number(s.max)),
            None => Said::new("expect-number"),
        },
        Kind::Text => Said::new("expect-text").arg("max", q.max_length),
    }
}
