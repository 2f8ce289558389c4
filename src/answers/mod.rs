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
use crate::i18n::Said;

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

/// Why a value cannot be an answer to a question: words to be said later
/// in the language of the bank ([`Unfit::say`]; `Display` is English),
/// and for a value of the wrong kind, what would fit.
#[derive(Debug, Clone, PartialEq)]
pub struct Unfit {
    pub why: Said,
    /// What a valid answer looks like ([`expected`]), said as the `expect`
    /// argument of `why`.
    pub expected: Option<Said>,
}

impl Unfit {
    /// The words in the language of `m`.
    pub fn say(&self, m: &crate::i18n::Messages) -> String {
        match &self.expected {
            Some(e) => self.why.clone().arg("expect", e.say(m)).say(m),
            None => self.why.say(m),
        }
    }
}

impl From<Said> for Unfit {
    fn from(why: Said) -> Unfit {
        Unfit {
            why,
            expected: None,
        }
    }
}

impl std::fmt::Display for Unfit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.say(&crate::i18n::Messages::new(crate::i18n::Lang::En)))
    }
}

/// The answer a value is to a question, or why it cannot be one, made
/// only when the value does not fit.
pub fn from_json(q: &Question, v: &Value) -> Result<Answer, Unfit> {
    let option = |s: &str| -> Result<String, Unfit> {
        if q.option(s).is_some() {
            Ok(s.to_string())
        } else {
            let allowed = q
                .options
                .iter()
                .map(|o| o.id.as_str())
                .collect::<Vec<_>>()
                .join(", ");
            Err(Said::new("answers-no-option")
                .arg("id", q.id.as_str())
                .arg("option", s)
                .arg("allowed", allowed)
                .into())
        }
    };
    let wrong = |given: &str| {
        Err(Unfit {
            why: Said::new("answers-wrong-kind")
                .arg("id", q.id.as_str())
                .arg("kind", q.kind.name())
                .arg("given", given),
            expected: Some(expected(q)),
        })
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
                    return wrong("list-other");
                };
                let id = option(s)?;
                if !out.contains(&id) {
                    out.push(id);
                }
            }
            match goes_alone(q, &out) {
                Some(label) => Err(Said::new("answers-goes-alone")
                    .arg("id", q.id.as_str())
                    .arg("option", label)
                    .into()),
                None => Ok(Answer::Checklist(out)),
            }
        }
        Kind::Number => {
            let Some(spec) = &q.number else {
                return wrong("number");
            };
            let n = match v {
                Value::Number(n) => n.as_f64().unwrap_or(f64::NAN),
                Value::String(s) => match s.trim().parse::<f64>() {
                    Ok(n) => n,
                    Err(_) => return wrong("text"),
                },
                _ => return wrong(value_kind(v)),
            };
            number_fits(q, spec, n)
                .map(Answer::Number)
                .map_err(Unfit::from)
        }
        Kind::Text => match v {
            Value::String(s) => text_fits(q, s).map(Answer::Text).map_err(Unfit::from),
            Value::Number(n) => Ok(Answer::Text(n.to_string())),
            Value::Bool(b) => Ok(Answer::Text(b.to_string())),
            _ => wrong(value_kind(v)),
        },
    }
}

/// What kind of value `v` is, for "… does not fit" messages (a variant of
/// `answers-wrong-kind`).
fn value_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "bool",
        Value::Number(_) => "number",
        Value::String(_) => "text",
        Value::Array(_) => "list",
        Value::Object(_) => "mapping",
    }
}

/// The label of an option marked `exclusive` ("None of these") chosen with
/// others, if one is.
fn goes_alone<'q>(q: &'q Question, ids: &[String]) -> Option<&'q str> {
    if ids.len() < 2 {
        return None;
    }
    ids.iter()
        .filter_map(|id| q.option(id))
        .find(|o| o.exclusive)
        .map(|o| o.label.as_str())
}

/// An option marked `exclusive` ("None of these") chosen with others: the
/// words to say, for a person choosing it (in English: the screens say it
/// in any language with `prompt::goes_alone`).
pub fn exclusive_conflict(q: &Question, ids: &[String]) -> Option<String> {
    let label = goes_alone(q, ids)?;
    Some(format!(
        "\"{label}\" goes alone. Choose it by itself, or choose the others without it."
    ))
}

/// Checks a number against a number question's range (why not, in
/// English: the screens say it in their own words).
pub fn check_number(q: &Question, spec: &crate::bank::NumberSpec, n: f64) -> Result<f64, String> {
    number_fits(q, spec, n).map_err(|said| said.to_string())
}

/// [`check_number`], with why not in any language.
fn number_fits(q: &Question, spec: &crate::bank::NumberSpec, n: f64) -> Result<f64, Said> {
    if !n.is_finite() || n < spec.min || n > spec.max {
        return Err(Said::new("answers-number-range")
            .arg("id", q.id.as_str())
            .arg("min", format_number(spec.min))
            .arg("max", format_number(spec.max))
            .arg("n", format_number(n)));
    }
    if spec.whole && n.fract() != 0.0 {
        return Err(Said::new("answers-whole-number")
            .arg("id", q.id.as_str())
            .arg("n", n.to_string()));
    }
    Ok(n)
}

/// Checks free text against a text question's length limit (why not, in
/// English: the screens say it in their own words).
pub fn check_text(q: &Question, s: &str) -> Result<String, String> {
    text_fits(q, s).map_err(|said| said.to_string())
}

/// [`check_text`], with why not in any language.
fn text_fits(q: &Question, s: &str) -> Result<String, Said> {
    let n = s.chars().count();
    if n > q.max_length {
        return Err(Said::new("answers-text-too-long")
            .arg("id", q.id.as_str())
            .arg("count", n)
            .arg("max", q.max_length.to_string()));
    }
    Ok(s.trim().to_string())
}

/// What a valid answer to `q` looks like, in words.
pub fn expected(q: &Question) -> Said {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Messages};
    use serde_json::json;

    /// Why a value does not fit, in English (`Display`, as it always read)
    /// and in Spanish, for a question of the Spanish bank.
    fn unfit(id: &str, v: Value) -> (String, String) {
        let bank = crate::bank::builtin_in(Lang::Es).expect("the Spanish bank");
        let q = bank.question(id).expect("a question of the bank");
        let why = from_json(q, &v).expect_err("does not fit");
        (why.to_string(), why.say(&Messages::new(Lang::Es)))
    }

    #[test]
    fn why_an_answer_does_not_fit_is_said_in_the_language_asked() {
        let (en, es) = unfit("hurt-self", json!(["no"]));
        assert_eq!(
            en,
            "question \"hurt-self\" is a choice question, so a list does not fit; answer with one of: no | past-weeks | yes | unsure-safe"
        );
        assert_eq!(
            es,
            "la pregunta \"hurt-self\" se contesta con una opción, así que una serie de valores entre corchetes no sirve; conteste con uno de: no | past-weeks | yes | unsure-safe"
        );
        let (en, es) = unfit("hours-free", json!(61));
        assert_eq!(
            en,
            "question \"hours-free\" takes a number from 0 to 60, not 61"
        );
        assert_eq!(
            es,
            "la pregunta \"hours-free\" pide un número de 0 a 60, no 61"
        );
        let (en, es) = unfit("hours-free", json!("2.5"));
        assert_eq!(en, "question \"hours-free\" takes a whole number, not 2.5");
        assert_eq!(
            es,
            "la pregunta \"hours-free\" pide un número entero, no 2.5"
        );
        // The label of the option that goes alone is the bank's own.
        let (en, es) = unfit("conflicts", json!(["work", "none"]));
        assert_eq!(
            en,
            "question \"conflicts\": \"Nada de esto\" goes alone. Choose it by itself, or choose the others without it."
        );
        assert_eq!(
            es,
            "en la pregunta \"conflicts\", «Nada de esto» no va con otras respuestas. Elíjala aparte, o elija las otras sin ella."
        );
        let (_, es) = unfit("therapist-notes", json!("x".repeat(2001)));
        assert_eq!(
            es,
            "la respuesta a la pregunta \"therapist-notes\" tiene 2001 caracteres; lo más que puede tener es 2000"
        );
        // The checks the screens use still say why in English.
        let bank = crate::bank::builtin().expect("the English bank");
        let q = bank.question("hours-free").expect("hours-free");
        let spec = q.number.as_ref().expect("a number question");
        assert_eq!(
            check_number(q, spec, 99.0),
            Err("question \"hours-free\" takes a number from 0 to 60, not 99".to_string())
        );
    }

    #[test]
    fn an_answer_that_fits_is_read_as_it_is() {
        let bank = crate::bank::builtin_in(Lang::Es).expect("the Spanish bank");
        let q = bank.question("conflicts").expect("conflicts");
        assert_eq!(
            from_json(q, &json!(["work"])),
            Ok(Answer::Checklist(vec!["work".into()]))
        );
        assert_eq!(from_json(q, &json!("skip")), Ok(Answer::Skipped));
    }
}
