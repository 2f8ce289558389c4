//! The bank exactly as it is written in YAML, before any checks.
//!
//! These structs are deliberately loose (most fields optional, numbers wide)
//! so that a mistake becomes a clear semantic message from `validate` rather
//! than a terse type error. Unknown keys are not rejected here: the loader
//! collects every one of them so that all typos are reported at once.

use serde::{Deserialize, Deserializer};
use std::collections::BTreeMap;

// Keys whose values are one of a fixed set of words are read straight into
// the model's enums: a word outside the set is reported by the parser with
// the words allowed, and there is nothing further to check.
use super::{Audience, Kind, Need, Role, SectionKind};

#[derive(Debug, Deserialize)]
pub struct RawBank {
    pub id: Option<String>,
    #[serde(default, deserialize_with = "scalar_string")]
    pub version: Option<String>,
    pub title: Option<String>,
    pub language: Option<String>,
    #[serde(default, deserialize_with = "scalar_string")]
    pub last_reviewed: Option<String>,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub disclaimer: Option<String>,
    pub scope: Option<String>,
    /// The command that asks this bank, for the welcome's hint about `--quick`.
    pub command: Option<String>,
    /// About how long a question takes, for the welcome's time.
    pub seconds_per_question: Option<u32>,
    #[serde(default)]
    pub sources: Vec<RawSource>,
    #[serde(default)]
    pub glossary: Vec<RawGlossaryEntry>,
    pub crisis: Option<RawCrisis>,
    #[serde(default)]
    pub care_options: Vec<RawCareOption>,
    #[serde(default)]
    pub scales: BTreeMap<String, RawScale>,
    pub bands: Option<Vec<RawBand>>,
    #[serde(default)]
    pub opening: Vec<RawTextItem>,
    #[serde(default)]
    pub sections: Vec<RawSection>,
}

pub const BANK_KEYS: &[&str] = &[
    "id",
    "version",
    "title",
    "language",
    "last_reviewed",
    "url",
    "publisher",
    "disclaimer",
    "command",
    "seconds_per_question",
    "scope",
    "sources",
    "glossary",
    "crisis",
    "care_options",
    "scales",
    "bands",
    "opening",
    "sections",
];

#[derive(Debug, Deserialize)]
pub struct RawSource {
    pub id: Option<String>,
    pub title: Option<String>,
    pub label: Option<String>,
    pub url: Option<String>,
}
pub const SOURCE_KEYS: &[&str] = &["id", "title", "label", "url"];

/// A word the bank explains once ("Copago": what it means).
#[derive(Debug, Deserialize)]
pub struct RawGlossaryEntry {
    #[serde(default, deserialize_with = "scalar_string")]
    pub term: Option<String>,
    pub meaning: Option<String>,
}
pub const GLOSSARY_KEYS: &[&str] = &["term", "meaning"];

#[derive(Debug, Deserialize)]
pub struct RawCrisis {
    pub intro: Option<String>,
    pub after_answer: Option<String>,
    pub after_past: Option<String>,
    pub after_unsure: Option<String>,
    #[serde(default)]
    pub right_now: Vec<String>,
    #[serde(default)]
    pub resources: Vec<RawResource>,
}
pub const CRISIS_KEYS: &[&str] = &[
    "intro",
    "after_answer",
    "after_past",
    "after_unsure",
    "right_now",
    "resources",
];

#[derive(Debug, Deserialize)]
pub struct RawResource {
    pub name: Option<String>,
    pub region: Option<String>,
    #[serde(default, deserialize_with = "scalar_string")]
    pub call: Option<String>,
    #[serde(default, deserialize_with = "scalar_string")]
    pub text: Option<String>,
    pub web: Option<String>,
    pub note: Option<String>,
}
pub const RESOURCE_KEYS: &[&str] = &["name", "region", "call", "text", "web", "note"];

/// One of the options a person is weighing (weekly therapy, an IOP, …).
#[derive(Debug, Deserialize)]
pub struct RawCareOption {
    pub id: Option<String>,
    pub label: Option<String>,
    pub intensive: Option<bool>,
    #[serde(default)]
    pub talking_points: Vec<String>,
}
pub const CARE_OPTION_KEYS: &[&str] = &["id", "label", "intensive", "talking_points"];

/// Which care options the two ends of a question's scale point toward or
/// weigh against.
#[derive(Debug, Deserialize)]
pub struct RawFit {
    pub high: Option<RawLean>,
    pub low: Option<RawLean>,
}
pub const FIT_KEYS: &[&str] = &["high", "low"];

#[derive(Debug, Deserialize, Default)]
pub struct RawLean {
    #[serde(default)]
    pub toward: Vec<String>,
    #[serde(default)]
    pub against: Vec<String>,
}
pub const LEAN_KEYS: &[&str] = &["toward", "against"];

#[derive(Debug, Deserialize)]
pub struct RawScale {
    #[serde(default)]
    pub options: Vec<RawOption>,
}
pub const SCALE_KEYS: &[&str] = &["options"];

#[derive(Debug, Deserialize)]
pub struct RawBand {
    pub id: Option<String>,
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub label: Option<String>,
}
pub const BAND_KEYS: &[&str] = &["id", "from", "to", "label"];

#[derive(Debug, Deserialize)]
pub struct RawTextItem {
    pub id: Option<String>,
    pub title: Option<String>,
    pub text: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
}
pub const TEXT_ITEM_KEYS: &[&str] = &["id", "title", "text", "sources"];

#[derive(Debug, Deserialize)]
pub struct RawSection {
    pub id: Option<String>,
    pub title: Option<String>,
    pub why: Option<String>,
    pub kind: Option<SectionKind>,
    pub ask: Option<Audience>,
    pub bands: Option<Vec<RawBand>>,
    pub about: Option<Vec<String>>,
    #[serde(default)]
    pub questions: Vec<RawQuestion>,
}
pub const SECTION_KEYS: &[&str] = &[
    "id",
    "title",
    "why",
    "kind",
    "ask",
    "bands",
    "about",
    "questions",
];

/// What is usual for a number question's answer, for the summary to compare.
#[derive(Debug, Deserialize)]
pub struct RawUsual {
    pub value: Option<f64>,
    pub text: Option<String>,
}
pub const USUAL_KEYS: &[&str] = &["value", "text"];

#[derive(Debug, Deserialize)]
pub struct RawQuestion {
    pub id: Option<String>,
    pub kind: Option<Kind>,
    pub prompt: Option<String>,
    pub help: Option<String>,
    pub weight: Option<f64>,
    pub options: Option<Vec<RawOption>>,
    pub scale: Option<String>,
    pub reverse: Option<bool>,
    #[serde(default)]
    pub talking_points: BTreeMap<String, String>,
    pub show_if: Option<RawCondition>,
    pub safety: Option<bool>,
    pub role: Option<Role>,
    pub ask: Option<Audience>,
    pub unit: Option<String>,
    pub unit_one: Option<String>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub whole_number: Option<bool>,
    pub max_length: Option<i64>,
    #[serde(default)]
    pub sources: Vec<String>,
    pub knowledge: Option<bool>,
    pub fact: Option<String>,
    pub usual: Option<RawUsual>,
    #[serde(default, deserialize_with = "scalar_string")]
    pub default: Option<String>,
    pub core: Option<bool>,
    pub cards: Option<bool>,
    pub fit: Option<RawFit>,
    pub about: Option<Vec<String>>,
    pub need: Option<Need>,
}
pub const QUESTION_KEYS: &[&str] = &[
    "id",
    "kind",
    "prompt",
    "help",
    "weight",
    "options",
    "scale",
    "reverse",
    "talking_points",
    "show_if",
    "safety",
    "role",
    "ask",
    "unit",
    "unit_one",
    "min",
    "max",
    "whole_number",
    "max_length",
    "sources",
    "knowledge",
    "fact",
    "usual",
    "default",
    "core",
    "cards",
    "fit",
    "about",
    "need",
];

#[derive(Debug, Deserialize, Clone)]
pub struct RawOption {
    #[serde(default, deserialize_with = "scalar_string")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "scalar_string")]
    pub label: Option<String>,
    pub score: Option<i64>,
    pub not_sure: Option<bool>,
    /// `true`, `now`, `past` or `unsure` (read as text).
    #[serde(default, deserialize_with = "scalar_string")]
    pub crisis: Option<String>,
    pub talking_point: Option<String>,
    pub exclusive: Option<bool>,
    #[serde(default)]
    pub toward: Vec<String>,
    #[serde(default)]
    pub against: Vec<String>,
}
pub const OPTION_KEYS: &[&str] = &[
    "id",
    "label",
    "score",
    "not_sure",
    "crisis",
    "talking_point",
    "exclusive",
    "toward",
    "against",
];

#[derive(Debug, Deserialize)]
pub struct RawCondition {
    pub all: Option<Vec<RawClause>>,
    pub any: Option<Vec<RawClause>>,
}
pub const CONDITION_KEYS: &[&str] = &["all", "any"];

#[derive(Debug, Deserialize)]
pub struct RawClause {
    pub question: Option<String>,
    #[serde(default, deserialize_with = "scalar_strings")]
    pub is: Vec<String>,
}
pub const CLAUSE_KEYS: &[&str] = &["question", "is"];

/// A YAML scalar of any type read as text, so that `version: 1.0`, `id: 1`
/// or `call: 988` mean what their writer meant instead of a type error.
fn scalar_string<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<Scalar>::deserialize(d)?.map(|s| s.0))
}

fn scalar_strings<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a list of option ids, like [\"yes\", not-sure]")
        }
        fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(Scalar(s)) = seq.next_element()? {
                out.push(s);
            }
            Ok(out)
        }
    }
    d.deserialize_any(V)
}

struct Scalar(String);

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Scalar;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a word, number or date")
            }
            fn visit_str<E>(self, v: &str) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_bool<E>(self, v: bool) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_i64<E>(self, v: i64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_u64<E>(self, v: u64) -> Result<Scalar, E> {
                Ok(Scalar(v.to_string()))
            }
            fn visit_f64<E>(self, v: f64) -> Result<Scalar, E> {
                // `{:?}` keeps the ".0" of `version: 1.0`, as it was written.
                Ok(Scalar(format!("{v:?}")))
            }
        }
        d.deserialize_any(V)
    }
}
