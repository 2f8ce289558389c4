//! The question bank: its model, how it is loaded, and how it is checked.
//!
//! Data flows one way: YAML text → [`raw`] (as written) → [`validate`] →
//! [`Bank`] (checked, with shared scales resolved), which the engine asks and
//! the scorer reads. Nothing downstream ever sees an unchecked bank.
//!
//! The model derives `Deserialize` for one reader only: [`builtin`], which
//! reads back the built-in bank that build.rs checked and wrote out. Any
//! other bank comes through [`load_str`] and its checks.

// build.rs compiles this module too, to check the built-in bank before it
// is compiled in. `builtin` and the loading of files need the rest of the
// crate, so they exist only under `iop_crate`, which build.rs sets for the
// crate and not for itself.
#[cfg(iop_crate)]
mod builtin;
mod load;
pub mod raw;
mod unicode;
pub mod validate;

#[cfg(iop_crate)]
pub use builtin::{
    BUILTIN_ES_NAME, BUILTIN_NAME, BUILTIN_YAML, builtin, builtin_crisis, builtin_es, builtin_in,
    builtin_programs, builtin_progress,
};
pub use load::{MAX_BANK_BYTES, load_str};
#[cfg(iop_crate)]
pub use load::{load, load_file};

use std::collections::HashMap;

/// About how long one question takes, unless a bank says otherwise: slow on
/// purpose, so that no one feels behind.
pub const DEFAULT_SECONDS_PER_QUESTION: u32 = 20;

fn default_seconds() -> u32 {
    DEFAULT_SECONDS_PER_QUESTION
}

/// A checked question bank.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Bank {
    pub id: String,
    pub version: String,
    pub title: String,
    pub language: String,
    pub last_reviewed: String,
    pub url: Option<String>,
    pub publisher: Option<String>,
    pub disclaimer: String,
    /// Where the bank's facts hold ("Written for the US. Elsewhere…").
    pub scope: Option<String>,
    /// The command that asks this bank ("iop-check progress"), for the
    /// welcome's hint about `--quick`; "iop-check" when not given.
    #[serde(default)]
    pub command: Option<String>,
    /// About how long one question takes, for the welcome's time.
    #[serde(default = "default_seconds")]
    pub seconds_per_question: u32,
    pub sources: Vec<Source>,
    /// Words the bank explains once, for terms with no plain everyday
    /// equivalent (copay, deductible, prior authorization…); empty when
    /// the bank has none.
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
    pub crisis: Crisis,
    /// The options the person is weighing, in the order the bank lists
    /// them. Answers point toward or weigh against them; empty in a bank
    /// that does not name them.
    pub care_options: Vec<CareOption>,
    pub opening: Vec<TextItem>,
    pub sections: Vec<Section>,
    /// question id → (section index, question index)
    index: HashMap<String, (usize, usize)>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Source {
    pub id: String,
    pub title: String,
    /// A short, neutral label for the screen; the title when not given.
    pub label: String,
    pub url: String,
}

/// One term of a bank's glossary and what it means, in the bank's language.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct GlossaryEntry {
    pub term: String,
    pub meaning: String,
}

/// How soon a crisis answer needs help: `crisis: now` (or `true`),
/// `crisis: past`, or `crisis: unsure` (or `true` on a `not_sure` option).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Urgency {
    /// "Yes, in the past few weeks, but not right now".
    Past,
    /// "I'm not sure".
    Unsure,
    /// "Yes, right now".
    Now,
}

#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Crisis {
    pub intro: String,
    /// What to say right after a "right now" answer, above the steps.
    pub after_answer: String,
    /// What to say after a "past few weeks" answer (a calmer screen).
    pub after_past: Option<String>,
    /// What to say after an "I'm not sure" answer.
    pub after_unsure: Option<String>,
    /// Short steps for right now, shown after a crisis answer.
    pub right_now: Vec<String>,
    pub resources: Vec<Resource>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Resource {
    pub name: String,
    pub region: String,
    pub call: Option<String>,
    pub text: Option<String>,
    pub web: Option<String>,
    pub note: Option<String>,
}

/// One option a person is weighing: keeping weekly therapy, an IOP in
/// person, partial hospitalization… No option is the default or the goal:
/// the summary follows whichever the person leans toward.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CareOption {
    pub id: String,
    /// A short name that reads inside a sentence ("weekly therapy as it is").
    pub label: String,
    /// Several sessions a week or more (IOP, PHP): the program and insurer
    /// checklists are for these.
    pub intensive: bool,
    /// What to bring up when leaning this way.
    pub talking_points: Vec<String>,
}

/// The group name that stands for every intensive care option in a bank's
/// `toward`, `against` and `about` lists.
pub const INTENSIVE: &str = "intensive";

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TextItem {
    pub id: String,
    pub title: String,
    pub text: String,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// Scored, and shown in the summary's table of considerations.
    Consideration,
    /// Asked, never scored (safety check, framing, values, readiness).
    Step,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Section {
    pub id: String,
    pub title: String,
    pub why: String,
    pub kind: SectionKind,
    /// Whom this section's talking points are for, by default.
    pub ask: Audience,
    /// The care options this section is about (empty: all of them).
    pub about: Vec<String>,
    /// The bands in force for this section (its own, or the bank's default).
    pub bands: Vec<Band>,
    pub questions: Vec<Question>,
}

/// Whom a talking point is for: one checklist each in the summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Therapist,
    Program,
    Insurer,
    /// An employer or HR: leave, schedule changes, adjustments at work.
    Work,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Band {
    pub id: String,
    pub from: u8,
    pub to: u8,
    pub label: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Choice,
    Scale,
    YesNo,
    Checklist,
    Number,
    Text,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Choice => "choice",
            Kind::Scale => "scale",
            Kind::YesNo => "yes_no",
            Kind::Checklist => "checklist",
            Kind::Number => "number",
            Kind::Text => "text",
        }
    }
    /// Kinds whose answers are option ids.
    pub fn has_options(self) -> bool {
        !matches!(self, Kind::Number | Kind::Text)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    DecisionStage,
    DecisionRole,
    DecisionBy,
    Readiness,
    /// How much one reason matters to the person (the weigh step).
    Value,
    /// Which way the person leans.
    Leaning,
    /// Their gut feeling about the option being weighed.
    Feeling,
    /// How confident they feel about the choice.
    Confidence,
    /// Whether they feel free to say yes, no or not yet.
    FreeToChoose,
}

/// What a readiness question asks about, in the SURE test's four parts:
/// knowing the facts, knowing what matters, having support, feeling sure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    Informed,
    Values,
    Support,
    Sure,
}

/// What is usual for a number question's answer, with the bank's wording
/// (for example "Adult IOP usually takes at least 9 hours a week").
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Usual {
    pub value: f64,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    pub prompt: String,
    pub help: Option<String>,
    pub weight: f64,
    /// Its own, or a copy of the shared scale it uses.
    pub options: Vec<Choice>,
    pub reverse: bool,
    pub show_if: Option<Condition>,
    pub safety: bool,
    pub role: Option<Role>,
    /// Whom its talking points are for, when not the section's default.
    pub ask: Option<Audience>,
    pub number: Option<NumberSpec>,
    pub max_length: usize,
    pub sources: Vec<String>,
    /// A "do you know…" question: a "no" is something to find out, never a
    /// low score, so the question is not scored at all.
    pub knowledge: bool,
    /// A short label under which the answer is listed among the person's
    /// own facts in the summary ("Hours you could free").
    pub fact: Option<String>,
    /// For a number question: what is usual, to set beside the answer.
    pub usual: Option<Usual>,
    /// The option the cursor starts on, never an extreme of a scale.
    pub default: Option<String>,
    /// Asked on the `--quick` path too.
    pub core: bool,
    /// Its help shows the opening cards again (the options being weighed).
    pub cards: bool,
    /// The care options it is about (its own `about`, else its section's;
    /// empty: all of them).
    pub about: Vec<String>,
    /// For a readiness question: which need it checks.
    pub need: Option<Need>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Choice {
    pub id: String,
    pub label: String,
    pub score: Option<u8>,
    pub not_sure: bool,
    /// A crisis answer (any [`Urgency`]): help is shown right after it.
    pub crisis: bool,
    /// How soon help is needed, for a crisis answer: which response is
    /// shown, and the status in the summary.
    pub urgency: Option<Urgency>,
    pub talking_point: Option<String>,
    /// In a checklist, chosen alone ("None of these").
    pub exclusive: bool,
    /// Care options this answer points toward (ids, groups expanded).
    pub toward: Vec<String>,
    /// Care options this answer weighs against.
    pub against: Vec<String>,
}

impl Choice {
    /// Whether this answer bears on any care option at all.
    pub fn bears_on_options(&self) -> bool {
        !self.toward.is_empty() || !self.against.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NumberSpec {
    pub unit: Option<String>,
    /// The unit after exactly 1 ("hour a week"), if it differs.
    pub unit_one: Option<String>,
    pub min: f64,
    pub max: f64,
    pub whole: bool,
}

impl NumberSpec {
    /// The unit to write after `n`: "1 hour a week", "2 hours a week".
    pub fn unit_for(&self, n: f64) -> Option<&str> {
        match &self.unit_one {
            Some(one) if n == 1.0 => Some(one),
            _ => self.unit.as_deref(),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Behavior {
    All,
    Any,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Condition {
    pub behavior: Behavior,
    pub clauses: Vec<Clause>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Clause {
    pub question: String,
    pub is: Vec<String>,
}

impl Bank {
    /// Looks a question up by id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        let &(s, q) = self.index.get(id)?;
        Some(&self.sections[s].questions[q])
    }

    /// The section a question belongs to.
    pub fn section_of(&self, id: &str) -> Option<&Section> {
        let &(s, _) = self.index.get(id)?;
        Some(&self.sections[s])
    }

    /// Every question in the order it is asked, with its section.
    pub fn questions(&self) -> impl Iterator<Item = (&Section, &Question)> {
        self.sections
            .iter()
            .flat_map(|s| s.questions.iter().map(move |q| (s, q)))
    }

    pub fn question_count(&self) -> usize {
        self.index.len()
    }

    /// About how long the questions take, in whole minutes: the bank's
    /// `seconds_per_question` (20 unless it says otherwise, slow on purpose,
    /// so that no one feels behind) a question.
    pub fn minutes(&self, quick: bool) -> usize {
        let n = self
            .questions()
            .filter(|(_, q)| !quick || q.core || q.safety)
            .count();
        (n * self.seconds_per_question as usize).div_ceil(60).max(1)
    }

    /// A care option by id.
    pub fn care_option(&self, id: &str) -> Option<&CareOption> {
        self.care_options.iter().find(|o| o.id == id)
    }

    /// The first question marked `safety: true`, if any.
    pub fn safety_question(&self) -> Option<&Question> {
        self.safety_questions().next()
    }

    /// Every question marked `safety: true`, in the order asked.
    pub fn safety_questions(&self) -> impl Iterator<Item = &Question> {
        self.questions().map(|(_, q)| q).filter(|q| q.safety)
    }

    /// Looks every question up again after `sections` changed: the weekly
    /// bank adds a question per goal at run time (src/progress). Ids stay
    /// unique as long as the caller makes them so; the first one wins.
    pub fn reindex(&mut self) {
        self.index.clear();
        for (si, s) in self.sections.iter().enumerate() {
            for (qi, q) in s.questions.iter().enumerate() {
                self.index.entry(q.id.clone()).or_insert((si, qi));
            }
        }
    }
}

impl Question {
    pub fn option(&self, id: &str) -> Option<&Choice> {
        self.options.iter().find(|o| o.id == id)
    }

    /// The score an option counts for, with reverse scoring applied.
    pub fn option_score(&self, option: &Choice) -> Option<f64> {
        let s = f64::from(option.score?);
        Some(if self.reverse { 100.0 - s } else { s })
    }

    /// A question counts towards its section's score when it has a weight,
    /// at least one scored option, and is not a knowledge question.
    pub fn is_scored(&self) -> bool {
        self.kind.has_options()
            && !self.knowledge
            && self.weight > 0.0
            && self.options.iter().any(|o| o.score.is_some())
    }
}

impl Section {
    /// The band a (rounded) score falls in.
    pub fn band_for(&self, score: u8) -> Option<&Band> {
        self.bands.iter().find(|b| b.from <= score && score <= b.to)
    }
}
