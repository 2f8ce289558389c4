//! The assessment: everything a summary shows, as data. It is also the JSON
//! summary format (`docs/summary.schema.json`) and what a kept check-in holds,
//! so a check-in can be shown again without the bank that made it.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

use crate::bank::{Audience, Crisis};

/// Raise when the JSON changes in a way older readers would misread.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Assessment {
    pub schema_version: u32,
    pub bank: BankRef,
    /// When the check-in was made (RFC 3339).
    pub created: String,
    /// First name or initials, if the person gave them.
    pub name: Option<String>,
    pub safety: Safety,
    /// Where the answers point, in words. Never a diagnosis or a recommendation.
    pub overall: String,
    /// The first few talking points, most important first.
    pub top_talking_points: Vec<String>,
    pub sections: Vec<SectionScore>,
    /// Every talking point, ranked: safety, then concerns, then open questions.
    pub talking_points: Vec<TalkingPoint>,
    pub decision: Decision,
    pub benefits: Vec<String>,
    pub readiness: Vec<ReadinessItem>,
    /// section id → the person's own notes in that section.
    pub notes: BTreeMap<String, String>,
    pub checklists: Checklists,
    pub open_items: Vec<OpenItem>,
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
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Safety {
    pub flagged: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct SectionScore {
    pub id: String,
    pub title: String,
    /// 0–100, or null when nothing in the section was scored.
    pub score: Option<f64>,
    /// The band's id, like "mixed".
    pub band: Option<String>,
    pub band_label: Option<String>,
    pub answered: usize,
    pub open: usize,
    pub reason: String,
    pub talking_points: Vec<String>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum PointKind {
    Safety,
    Concern,
    Open,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct TalkingPoint {
    pub kind: PointKind,
    pub section_id: Option<String>,
    pub audience: Audience,
    pub text: String,
    /// The question it came from (used while ranking; not written out).
    #[serde(skip)]
    pub question: Option<String>,
    /// Made by iop-check for an open question that had no talking point of
    /// its own. Listed with the open items, not in the checklists.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub generic: bool,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Decision {
    pub stage: Option<String>,
    pub role: Option<String>,
    pub by_when: Option<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ReadinessItem {
    pub question: String,
    pub answer: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Checklists {
    pub therapist: Vec<String>,
    pub programs: Vec<String>,
    pub insurer: Vec<String>,
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
    pub note: Option<String>,
}

impl OpenGroup<'_> {
    /// "Skipped: A; B. Not sure: C."
    pub fn line(&self) -> String {
        let mut parts = Vec::new();
        if !self.skipped.is_empty() {
            parts.push(format!("Skipped: {}", self.skipped.join("; ")));
        }
        if !self.not_sure.is_empty() {
            parts.push(format!("Not sure: {}", self.not_sure.join("; ")));
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
        fn walk(v: &mut Value) {
            match v {
                Value::String(s) => *s = crate::text::clean(s),
                Value::Array(items) => items.iter_mut().for_each(walk),
                Value::Object(map) => map.values_mut().for_each(walk),
                _ => {}
            }
        }
        let mut v = match serde_json::to_value(self) {
            Ok(v) => v,
            Err(_) => return self.clone(),
        };
        walk(&mut v);
        serde_json::from_value(v).unwrap_or_else(|_| self.clone())
    }

    /// A section's title from its id (notes may come from any section).
    pub fn section_title<'a>(&'a self, id: &'a str) -> &'a str {
        self.sections
            .iter()
            .find(|s| s.id == id)
            .map_or(id, |s| s.title.as_str())
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
                    note: r.note.clone(),
                })
                .collect(),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Change {
    pub section_id: String,
    pub title: String,
    pub before: Option<f64>,
    pub now: Option<f64>,
}

/// How talking points are ordered: safety first, then concerns (lowest
/// score first, heavier questions first), then open questions.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Rank {
    Safety,
    Concern(f64, f64),
    Open(f64),
}

impl Rank {
    pub(crate) fn cmp_key(&self) -> (u8, f64, f64) {
        match *self {
            Rank::Safety => (0, 0.0, 0.0),
            Rank::Concern(score, weight) => (1, score, -weight),
            Rank::Open(weight) => (2, 0.0, -weight),
        }
    }
}
