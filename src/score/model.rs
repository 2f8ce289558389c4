//! The assessment: everything a summary shows, as data. It is also the JSON
//! summary format (`docs/summary.schema.json`) and what a kept check-in holds,
//! so a check-in can be shown again without the bank that made it.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::bank::{Audience, Crisis};

/// Raise when the JSON changes in a way older readers would misread.
/// Version 2 (iop-check 0.2): the person's own facts, where they stand, the
/// safety answer as given, notes in question order, one home per talking
/// point, and no verdict (`overall`, `decision` and `readiness` are gone).
/// Version 3: option-neutral. The leaning and the options weighed
/// (`leaning`, `weighing`), what the person still needs (`readiness`),
/// facts split into what weighs against an option (`facts`) and the rest
/// (`situation`), how each consideration fits the options weighed
/// (`sections[].fit`, no section score), points for later (`later`), and
/// changes as answers that changed (`changes`). One status per safety
/// question (`safety.questions`), with the statuses `now`, `past`,
/// `unsure`, `no`, `skipped` (`yes` and `not_sure` are gone).
pub const SCHEMA_VERSION: u32 = 3;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Assessment {
    pub schema_version: u32,
    pub bank: BankRef,
    /// When the check-in was made (RFC 3339).
    pub created: String,
    /// First name or initials, if the person gave them.
    pub name: Option<String>,
    pub safety: Safety,
    /// Where the person stands in deciding, in their own answers.
    #[serde(default)]
    pub standing: Vec<Fact>,
    /// The care option the person leans toward, if they named one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leaning: Option<CareRef>,
    /// What the person still needs to decide: the readiness questions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub readiness: Option<Readiness>,
    /// The leaning option and its main alternative (or, with no leaning,
    /// the two options most of the answers point to), with the reasons
    /// that point to each.
    #[serde(default)]
    pub weighing: Vec<Weighing>,
    /// The person's own facts and strongest answers that weigh against
    /// some option.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// The person's other facts: neutral, for the therapist to know.
    #[serde(default)]
    pub situation: Vec<Fact>,
    /// The person's own notes, in the order the questions are asked.
    #[serde(default)]
    pub notes: Vec<Note>,
    /// Every talking point once, ranked: concerns, then things to find
    /// out, then open questions. `top` marks the few that lead the summary;
    /// the rest are listed once, in the checklist of their audience.
    pub talking_points: Vec<TalkingPoint>,
    pub sections: Vec<SectionScore>,
    pub open_items: Vec<OpenItem>,
    /// The programs the person is comparing (`iop-check programs`), one
    /// line each, as they stood when the check-in was made.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programs: Vec<String>,
    /// Every answer in the order the bank asks, as the person saw it.
    #[serde(default)]
    pub all_answers: Vec<AnswerLine>,
    /// question id → answer (option id, list of option ids, number, text, or null for skipped).
    pub answers: Value,
    pub crisis: CrisisInfo,
    pub disclaimer: String,
    /// Per section, the change since the previous kept check-in.
    #[serde(default)]
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct BankRef {
    pub id: String,
    pub version: String,
    pub title: String,
    /// The bank's BCP 47 language tag.
    #[serde(default = "default_language")]
    pub language: String,
    /// When a clinician last reviewed the bank (YYYY-MM-DD).
    #[serde(default)]
    pub last_reviewed: String,
}

fn default_language() -> String {
    "en".into()
}

/// What an answer to a safety question says, as given.
#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "snake_case")]
pub enum SafetyStatus {
    /// "Yes, right now" (a crisis answer of urgency `now`).
    #[serde(alias = "yes")]
    Now,
    /// "Yes, in the past few weeks, but not right now".
    Past,
    /// "I'm not sure".
    #[serde(alias = "not_sure")]
    Unsure,
    /// The safe answer.
    No,
    Skipped,
    /// Never reached, or the bank has no safety check.
    #[default]
    NotAsked,
}

impl SafetyStatus {
    /// How much it calls for help first, for the overall status: right
    /// now, then past weeks, then not sure, then skipped, then no.
    fn weight(self) -> u8 {
        match self {
            SafetyStatus::Now => 5,
            SafetyStatus::Past => 4,
            SafetyStatus::Unsure => 3,
            SafetyStatus::Skipped => 2,
            SafetyStatus::No => 1,
            SafetyStatus::NotAsked => 0,
        }
    }

    /// The most urgent of several statuses (`not_asked` for none).
    pub fn most_urgent(all: impl IntoIterator<Item = SafetyStatus>) -> SafetyStatus {
        all.into_iter()
            .max_by_key(|s| s.weight())
            .unwrap_or_default()
    }

    /// Whether the reminder of where help is belongs on the summary's
    /// first lines: any answer other than "No" (a skip included).
    pub fn reminds(self) -> bool {
        !matches!(self, SafetyStatus::No | SafetyStatus::NotAsked)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Safety {
    /// True when a crisis answer was chosen (right now, past weeks, not sure).
    pub flagged: bool,
    /// The most urgent status of all the safety questions.
    #[serde(default)]
    pub status: SafetyStatus,
    /// Each safety question, in the order asked, with its own status.
    #[serde(default)]
    pub questions: Vec<SafetyAnswer>,
}

/// One safety question and its answer.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SafetyAnswer {
    /// The question's id.
    pub id: String,
    /// The question, as asked.
    pub question: String,
    pub status: SafetyStatus,
    /// The answer's words, as the person chose them; null when skipped or
    /// not reached.
    pub answer: Option<String>,
}

/// One of the person's own answers, under a short label.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Fact {
    /// The question's id.
    pub id: String,
    pub label: String,
    /// The answer in words; "skipped" when skipped.
    pub answer: String,
    /// What is usual, from the bank, to set beside the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usual: Option<String>,
    /// The question's role, for the answers in "Where you stand"
    /// (`decision_stage`, `leaning`, `feeling`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The care options this answer weighs against, in words.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub against: Vec<String>,
}

/// A care option, by id and in words.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CareRef {
    pub id: String,
    pub label: String,
}

/// How ready the person feels to decide: the readiness questions answered
/// yes, of those answered, and one next step for each that is not.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Readiness {
    /// Answered with a yes.
    pub met: usize,
    /// Asked and answered (skipped ones are left out).
    pub asked: usize,
    /// The needs not met yet, in the bank's order.
    #[serde(default)]
    pub needs: Vec<NeedStep>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct NeedStep {
    /// `informed`, `values`, `support` or `sure` (null for a bank that
    /// does not say).
    pub need: Option<crate::bank::Need>,
    /// What the question checks, in words.
    pub label: String,
    /// The person's answer.
    pub answer: String,
    /// One next step, from the bank.
    pub step: Option<String>,
}

/// One care option being weighed, with what points to it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Weighing {
    pub option: CareRef,
    /// The option the person leans toward.
    pub leaning: bool,
    /// Reasons the person said matter a lot that point to this option.
    pub reasons: Vec<String>,
    /// The person's strongest answers that point to it ("prompt: answer").
    #[serde(default)]
    pub answers: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Note {
    pub section_id: String,
    pub section: String,
    pub text: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct AnswerLine {
    /// The question's id.
    #[serde(default)]
    pub id: String,
    pub section: String,
    pub question: String,
    /// The answer in words; null when skipped.
    pub answer: Option<String>,
    pub status: AnswerStatus,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum AnswerStatus {
    Answered,
    NotSure,
    Skipped,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SectionScore {
    pub id: String,
    pub title: String,
    pub answered: usize,
    pub open: usize,
    /// How many "do you know…" answers became things to find out.
    #[serde(default)]
    pub to_find_out: usize,
    /// How the section's answers fit each option being weighed.
    #[serde(default)]
    pub fit: Vec<OptionFit>,
    /// What the answers show, in words.
    #[serde(default)]
    pub summary: String,
}

/// How one section's answers fit one care option.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OptionFit {
    pub option: CareRef,
    /// Answers that point toward the option, and against it.
    pub toward: usize,
    pub against: usize,
    /// 0–100: the weighted share of those answers that point toward it.
    /// Null when fewer than two answers bear on the option.
    pub score: Option<f64>,
    /// The band's id and words (from the bank); null with the score.
    pub band: Option<String>,
    pub band_label: Option<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PointKind {
    Safety,
    /// What to bring up about the option the person leans toward (or, when
    /// they are not sure, what would help them decide).
    Leaning,
    /// An answer that weighs against the option the person leans toward,
    /// or a hard part of deciding itself (feeling pushed, say).
    Concern,
    /// Something to find out: a "no" to a "do you know…" question.
    ToDo,
    Open,
    /// About an option the person is not leaning toward.
    Consider,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TalkingPoint {
    pub kind: PointKind,
    pub section_id: Option<String>,
    pub audience: Audience,
    pub text: String,
    /// One of the few points that lead the summary.
    #[serde(default)]
    pub top: bool,
    /// Only about intensive options, while the person leans another way:
    /// listed under "If you look into IOP or PHP later".
    #[serde(default)]
    pub later: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct OpenItem {
    pub section: String,
    pub question: String,
    /// "skipped" or "not sure".
    pub status: String,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CrisisInfo {
    pub intro: String,
    pub resources: Vec<ResourceInfo>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ResourceInfo {
    pub name: String,
    pub region: String,
    /// "Call 988 · Text 988 · https://…"
    pub reach: String,
    #[serde(default)]
    pub call: Option<String>,
    #[serde(default)]
    pub text: Option<String>,
    #[serde(default)]
    pub web: Option<String>,
    pub note: Option<String>,
}

impl OpenGroup<'_> {
    /// "Skipped: A. B? Not sure: C." Each question keeps its own closing
    /// mark, so a list never reads "now.; I know".
    ///
    /// ```
    /// use iop_check::score::OpenGroup;
    /// let g = OpenGroup {
    ///     section: "Costs",
    ///     skipped: vec!["I know the cost.", "Do you know the hours?"],
    ///     not_sure: vec!["Travel"],
    /// };
    /// assert_eq!(g.line(), "Skipped: I know the cost. Do you know the hours? Not sure: Travel.");
    /// ```
    pub fn line(&self) -> String {
        let list = |items: &[&str]| -> String {
            items
                .iter()
                .map(|q| crate::text::sentence(q))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut parts = Vec::new();
        if !self.skipped.is_empty() {
            parts.push(format!("Skipped: {}", list(&self.skipped)));
        }
        if !self.not_sure.is_empty() {
            parts.push(format!("Not sure: {}", list(&self.not_sure)));
        }
        parts.join(" ")
    }
}

/// Open questions of one section, for compact listing.
pub struct OpenGroup<'a> {
    pub section: &'a str,
    pub skipped: Vec<&'a str>,
    pub not_sure: Vec<&'a str>,
}

impl Assessment {
    /// The skipped and not-sure questions, grouped by section in order.
    pub fn open_by_section(&self) -> Vec<OpenGroup<'_>> {
        let mut groups: Vec<OpenGroup> = Vec::new();
        for item in &self.open_items {
            if groups.last().is_none_or(|g| g.section != item.section) {
                groups.push(OpenGroup {
                    section: &item.section,
                    skipped: Vec::new(),
                    not_sure: Vec::new(),
                });
            }
            if let Some(g) = groups.last_mut() {
                if item.status == "skipped" {
                    g.skipped.push(&item.question);
                } else {
                    g.not_sure.push(&item.question);
                }
            }
        }
        groups
    }

    /// A copy with every string cleaned of control characters and terminal
    /// escapes. Renderers start from this, so no field can be forgotten,
    /// even in a check-in file edited by hand.
    pub fn cleaned(&self) -> Assessment {
        let mut v = match serde_json::to_value(self) {
            Ok(v) => v,
            Err(_) => return self.clone(),
        };
        crate::text::clean_json(&mut v);
        serde_json::from_value(v).unwrap_or_else(|_| self.clone())
    }

    /// Reads a kept check-in, in this schema version or an older one.
    /// A version 1 check-in is brought up to date: its notes keep their
    /// section, its top talking points stay on top, and the fields version
    /// 2 no longer has (`overall`, `decision`, …) are dropped. Version 2's
    /// score changes and IOP benefits have no place in version 3 and are
    /// dropped; its answers, facts and points are kept as they were.
    pub fn from_json(bytes: &[u8]) -> serde_json::Result<Assessment> {
        let mut v: Value = serde_json::from_slice(bytes)?;
        let version = v.get("schema_version").and_then(Value::as_u64);
        if version == Some(1) {
            upgrade_v1(&mut v);
        }
        if v.get("schema_version").and_then(Value::as_u64) == Some(2) {
            upgrade_v2(&mut v);
        }
        if matches!(version, Some(1 | 2)) {
            if let Some(obj) = v.as_object_mut() {
                obj.remove("changes");
                obj.remove("benefits");
                obj.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
            }
        }
        serde_json::from_value(v)
    }

    /// The points that lead the summary, in rank order.
    pub fn top_points(&self) -> impl Iterator<Item = &TalkingPoint> {
        self.talking_points.iter().filter(|p| p.top)
    }

    /// The points for one audience that do not lead the summary: each point
    /// has one home.
    pub fn checklist(&self, who: Audience) -> impl Iterator<Item = &TalkingPoint> {
        self.talking_points
            .iter()
            .filter(move |p| !p.top && !p.later && p.kind != PointKind::Safety && p.audience == who)
    }

    /// The points kept for later: about intensive options only, while the
    /// person leans another way.
    pub fn later_points(&self) -> impl Iterator<Item = &TalkingPoint> {
        self.talking_points.iter().filter(|p| p.later && !p.top)
    }

    /// Talking points about safety, shown with the safety answer.
    pub fn safety_points(&self) -> impl Iterator<Item = &TalkingPoint> {
        self.talking_points
            .iter()
            .filter(|p| p.kind == PointKind::Safety)
    }
}

/// Schema version 1 → 2, on the JSON itself.
fn upgrade_v1(v: &mut Value) {
    let Some(obj) = v.as_object_mut() else {
        return;
    };
    let title_of = |obj: &serde_json::Map<String, Value>, id: &str| -> String {
        obj.get("sections")
            .and_then(Value::as_array)
            .and_then(|s| s.iter().find(|x| x["id"] == id))
            .and_then(|x| x["title"].as_str())
            .unwrap_or(id)
            .to_string()
    };
    if let Some(Value::Object(notes)) = obj.get("notes").cloned() {
        let list: Vec<Value> = notes
            .iter()
            .map(|(id, text)| {
                serde_json::json!({ "section_id": id, "section": title_of(obj, id), "text": text })
            })
            .collect();
        obj.insert("notes".into(), Value::Array(list));
    }
    let top: Vec<Value> = obj
        .get("top_talking_points")
        .and_then(Value::as_array)
        .cloned()
        .unwrap_or_default();
    if let Some(Value::Array(points)) = obj.get_mut("talking_points") {
        points.retain(|p| p.get("generic").and_then(Value::as_bool) != Some(true));
        for p in points.iter_mut() {
            let is_top = top.contains(&p["text"]);
            if let Some(p) = p.as_object_mut() {
                p.insert("top".into(), Value::Bool(is_top));
            }
        }
    }
    if let Some(Value::Array(sections)) = obj.get_mut("sections") {
        for s in sections.iter_mut().filter_map(Value::as_object_mut) {
            let label = s.get("band_label").cloned().unwrap_or(Value::Null);
            let summary = label.as_str().unwrap_or("Not scored").to_string();
            s.insert("summary".into(), Value::String(summary));
        }
    }
    for gone in [
        "overall",
        "top_talking_points",
        "decision",
        "readiness",
        "checklists",
    ] {
        obj.remove(gone);
    }
    obj.insert("schema_version".into(), Value::from(2));
}

/// Schema version 2 → 3: the one safety question and its answer become the
/// first entry of `safety.questions`. Version 2's `yes` could mean "right
/// now" or "past weeks"; it is read as the more urgent `now`.
fn upgrade_v2(v: &mut Value) {
    let ids: Vec<String> = v
        .get("answers")
        .and_then(Value::as_object)
        .map(|m| m.keys().cloned().collect())
        .unwrap_or_default();
    if let Some(safety) = v.get_mut("safety").and_then(Value::as_object_mut) {
        let status = match safety.get("status").and_then(Value::as_str) {
            Some("yes") => "now",
            Some("not_sure") => "unsure",
            Some(other) => other,
            None => "not_asked",
        }
        .to_string();
        safety.insert("status".into(), Value::String(status.clone()));
        let question = safety.remove("question");
        let answer = safety.remove("answer").unwrap_or(Value::Null);
        if let Some(Value::String(q)) = question {
            // Version 2 banks had one safety question; its id is not kept,
            // so the first answered id stands in only when nothing better is known.
            let id = if ids.iter().any(|i| i == "safe-now") {
                "safe-now".to_string()
            } else {
                String::new()
            };
            safety.insert(
                "questions".into(),
                serde_json::json!([{ "id": id, "question": q, "status": status, "answer": answer }]),
            );
        }
    }
    if let Some(obj) = v.as_object_mut() {
        obj.insert("schema_version".into(), Value::from(SCHEMA_VERSION));
    }
}

impl From<&Crisis> for CrisisInfo {
    fn from(c: &Crisis) -> Self {
        CrisisInfo {
            intro: c.intro.clone(),
            resources: c
                .resources
                .iter()
                .map(|r| ResourceInfo {
                    name: r.name.clone(),
                    region: r.region.clone(),
                    reach: crate::crisis::reach(r),
                    call: r.call.clone(),
                    text: r.text.clone(),
                    web: r.web.clone(),
                    note: r.note.clone(),
                })
                .collect(),
        }
    }
}

/// An answer that changed since the last kept check-in. Only questions
/// answered both times are compared.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Change {
    /// The question's id.
    pub id: String,
    pub question: String,
    pub before: String,
    pub now: String,
}

/// How talking points are ordered: safety first, then the points about
/// the leaning, concerns (lowest score first, heavier questions first),
/// things to find out, open questions, and points about other options.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Rank {
    Safety,
    /// A hard part of deciding itself, like feeling pushed.
    First,
    Leaning,
    Concern(f64, f64),
    ToDo(f64),
    Open(f64),
    Consider(f64),
}

impl Rank {
    pub(crate) fn cmp_key(&self) -> (u8, f64, f64) {
        match *self {
            Rank::Safety => (0, 0.0, 0.0),
            Rank::First => (1, 0.0, 0.0),
            Rank::Leaning => (2, 0.0, 0.0),
            Rank::Concern(score, weight) => (3, score, -weight),
            Rank::ToDo(weight) => (4, 0.0, -weight),
            Rank::Open(weight) => (5, 0.0, -weight),
            Rank::Consider(weight) => (6, 0.0, -weight),
        }
    }
}
