//! `iop-check progress summary`: one page for the care team, made from the
//! kept weeks. What it says is decided once, in [`CareTeam`] (also its
//! JSON); [`CareTeam::document`] turns it into the same [`Document`] the
//! decision summary is, which the text, Markdown and HTML renderers lay out.
//!
//! The order is what a care team with one minute needs: safety first, what
//! the person wants to raise, the questions the weeks raise (answers that
//! moved the same way two weeks or more), what changed since last week and
//! since the first week, sessions, goals, signs, and the hardest part.

use serde::Serialize;

use super::patterns::{self, Found};
use super::trend::{Trend, short_date};
use super::{BankRef, Week, label};
use crate::bank::Bank;
use crate::summary::{Document, Item, Part};

/// A measure now, last week and in the first week, in words.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Change {
    pub measure: String,
    pub now: Option<String>,
    pub last_week: Option<String>,
    pub first_week: Option<String>,
}

/// How many weeks an answer was given.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Count {
    pub answer: String,
    pub weeks: usize,
}

/// A goal or sign: the latest answer, and how it went over the weeks.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Tracked {
    pub name: String,
    pub latest: Option<String>,
    /// `named` (named this week, asked from next week), `moving`
    /// (progress in the last two weeks), `stuck` (none in the
    /// last two), `mixed`, or `new` (asked once so far).
    pub status: &'static str,
}

/// The weekly summary for the care team.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CareTeam {
    pub format: u32,
    pub kind: &'static str,
    pub bank: BankRef,
    /// How many weeks, and the first and latest dates (RFC 3339).
    pub weeks: usize,
    pub first: Option<String>,
    pub latest: Option<String>,
    /// The care the person is in, as of the latest week, in words.
    pub care: Option<String>,
    /// The latest week's safety answers.
    pub safety: crate::score::Safety,
    /// Weeks before the latest with a safety answer other than "No".
    pub safety_earlier: Vec<String>,
    /// What the person wants to raise (the latest week).
    pub to_raise: Option<String>,
    pub patterns: Vec<Found>,
    pub changes: Vec<Change>,
    /// Sessions missed per answered week, and why.
    pub missed: Vec<Count>,
    pub missed_why: Vec<Count>,
    pub care_fit: Vec<Count>,
    pub goals: Vec<Tracked>,
    pub signs: Vec<Tracked>,
    pub hardest: Option<String>,
    pub strain: Vec<String>,
    pub skills: Option<String>,
    #[serde(skip)]
    crisis: crate::score::CrisisInfo,
    /// The latest week's safety talking points ("Talk about your safety
    /// first: …"), as the decision summary shows them.
    #[serde(skip)]
    safety_points: Vec<crate::score::TalkingPoint>,
    #[serde(skip)]
    disclaimer: String,
}

fn counts<'a>(items: impl Iterator<Item = String> + 'a) -> Vec<Count> {
    let mut out: Vec<Count> = Vec::new();
    for a in items {
        match out.iter_mut().find(|c| c.answer == a) {
            Some(c) => c.weeks += 1,
            None => out.push(Count {
                answer: a,
                weeks: 1,
            }),
        }
    }
    out
}

fn tracked(weeks: &[Week], name: &str, bank: &Bank, goals: bool) -> Tracked {
    let answers: Vec<Option<&str>> = weeks
        .iter()
        .filter_map(|w| {
            let list = if goals { &w.plan.goals } else { &w.plan.signs };
            let i = list.iter().position(|g| g == name)?;
            let id = if goals {
                super::goal_id(i + 1)
            } else {
                super::sign_id(i + 1)
            };
            Some(w.choice(&id))
        })
        .collect();
    let template = if goals { "goal-progress" } else { "sign-seen" };
    let good = |a: &Option<&str>| matches!(a, Some("a-little" | "a-lot" | "better"));
    let bad = |a: &Option<&str>| matches!(a, Some("no-change" | "moved-back" | "same" | "worse"));
    let last2 = &answers[answers.len().saturating_sub(2)..];
    let status = if answers.is_empty() {
        // Named in this week's check-in: asked from next week on.
        "named"
    } else if answers.len() < 2 {
        "new"
    } else if last2.iter().all(good) {
        "moving"
    } else if last2.iter().all(bad) {
        "stuck"
    } else {
        "mixed"
    };
    Tracked {
        name: name.to_string(),
        latest: answers
            .last()
            .copied()
            .flatten()
            .map(|o| label(bank, template, o)),
        status,
    }
}

impl CareTeam {
    /// Builds the summary from the weeks, oldest first, read against the
    /// weekly bank.
    pub fn build(weeks: &[(String, Week)], base: &Bank, trend: &Trend) -> CareTeam {
        let m = super::messages(base);
        let plain: Vec<Week> = weeks.iter().map(|(_, w)| w.clone()).collect();
        let latest = plain.last();
        let safety = latest
            .map(|w| {
                let b = super::bank_for(base, &w.plan);
                crate::score::score(&b, &w.typed_answers(&b))
            })
            .unwrap_or_else(|| crate::score::score(base, &Default::default()));
        let n = trend.weeks.len();
        let changes = trend
            .measures
            .iter()
            .enumerate()
            .map(|(k, measure)| {
                let at = |i: Option<usize>| {
                    i.and_then(|i| trend.weeks.get(i))
                        .and_then(|r| r.values[k].answer.clone())
                };
                Change {
                    measure: measure.title.clone(),
                    now: at(n.checked_sub(1)),
                    last_week: at(n.checked_sub(2)),
                    first_week: if n >= 3 { at(Some(0)) } else { None },
                }
            })
            .collect();
        let mut goal_names: Vec<String> = Vec::new();
        let mut sign_names: Vec<String> = Vec::new();
        if let Some(w) = latest {
            // As they stand after this week: the ones just named or
            // changed too, never "no goals named" right after naming them.
            goal_names = w.next_goals();
            sign_names = w.next_signs();
        }
        let to_text = |f: &dyn Fn(&Week) -> Option<String>| latest.and_then(f);
        CareTeam {
            format: super::FORMAT,
            kind: "progress-summary",
            bank: BankRef::of(base),
            weeks: plain.len(),
            first: plain.first().map(|w| w.created.clone()),
            latest: latest.map(|w| w.created.clone()),
            care: latest
                .and_then(|w| w.care.as_deref())
                .map(|c| label(base, "care-now", c)),
            safety: safety.safety.clone(),
            safety_earlier: weeks[..weeks.len().saturating_sub(1)]
                .iter()
                .filter(|(_, w)| w.safety_flagged(base))
                .map(|(_, w)| w.created.clone())
                .collect(),
            to_raise: to_text(&|w| w.text("to-raise").map(str::to_string)),
            patterns: patterns::find(&plain, &m),
            changes,
            missed: counts(
                plain
                    .iter()
                    .filter_map(|w| w.choice("missed"))
                    .map(|o| label(base, "missed", o)),
            ),
            missed_why: counts(
                plain
                    .iter()
                    .flat_map(|w| w.checked("missed-why"))
                    .map(|o| label(base, "missed-why", o)),
            ),
            care_fit: counts(
                plain
                    .iter()
                    .filter_map(|w| w.choice("care-fit"))
                    .map(|o| label(base, "care-fit", o)),
            ),
            goals: goal_names
                .iter()
                .map(|g| tracked(&plain, g, base, true))
                .collect(),
            signs: sign_names
                .iter()
                .map(|g| tracked(&plain, g, base, false))
                .collect(),
            hardest: to_text(&|w| w.text("hardest").map(str::to_string)),
            strain: latest
                .map(|w| {
                    w.checked("strain")
                        .into_iter()
                        .map(|o| label(base, "strain", o))
                        .collect()
                })
                .unwrap_or_default(),
            skills: latest.and_then(|w| {
                let tried = w.choice("skills-tried")?;
                let mut s = label(base, "skills-tried", tried);
                if let Some(which) = w.text("skills-which") {
                    s.push_str(&format!(": {which}"));
                }
                Some(s)
            }),
            crisis: safety.crisis.clone(),
            safety_points: safety.safety_points().cloned().collect(),
            disclaimer: base.disclaimer.clone(),
        }
    }

    /// The summary as JSON (docs/progress.schema.json).
    pub fn json(&self) -> crate::error::Result<String> {
        crate::summary::pretty_json(self, "weekly summary JSON")
    }

    /// The summary as a document for the text, Markdown and HTML renderers.
    pub fn document(&self, bank: &Bank) -> Document {
        let m = &super::messages(bank);
        let c = |s: &str| crate::text::clean(s);
        let mut byline = match (&self.first, &self.latest) {
            (Some(a), Some(b)) if self.weeks > 1 => m.with(
                "progress-byline-span",
                &[
                    ("count", self.weeks.into()),
                    ("first", short_date(m, a).into()),
                    ("last", short_date(m, b).into()),
                ],
            ),
            (_, Some(b)) => m.with("progress-byline-one", &[("date", short_date(m, b).into())]),
            _ => m.get("progress-byline-none"),
        };
        if let Some(care) = &self.care {
            byline = m.with(
                "progress-byline-care",
                &[("byline", byline.into()), ("care", care.as_str().into())],
            );
        }
        let mut parts = Vec::new();
        // Safety first, as in the decision summary, from the latest week.
        let mut a = crate::score::score(bank, &Default::default());
        a.safety = self.safety.clone();
        a.crisis = self.crisis.clone();
        a.talking_points = self.safety_points.clone();
        let mut safety = crate::summary::safety_part(&a);
        for d in &self.safety_earlier {
            safety.items.insert(
                safety
                    .items
                    .iter()
                    .position(|i| matches!(i, Item::Resource { .. }))
                    .unwrap_or(safety.items.len()),
                Item::Para {
                    text: m.with("progress-safety-week", &[("date", short_date(m, d).into())]),
                },
            );
        }
        parts.push(safety);
        let part = |id: &'static str, title: &str, items: Vec<Item>| Part {
            id,
            title: title.into(),
            alert: false,
            items,
        };
        if let Some(r) = &self.to_raise {
            parts.push(part(
                "raise",
                &m.get("progress-part-raise"),
                vec![Item::Quote {
                    label: m.get("progress-this-week"),
                    text: c(r),
                }],
            ));
        }
        let mut questions: Vec<Item> = patterns::sentences(&self.patterns)
            .iter()
            .map(|s| Item::Numbered { text: c(s) })
            .collect();
        if questions.is_empty() {
            questions.push(Item::Para {
                text: if self.weeks < 2 {
                    m.get("progress-questions-too-soon")
                } else {
                    // Not "no answers moved": answers that got better two
                    // weeks running moved too, and raise no question.
                    m.get("progress-questions-none")
                },
            });
        }
        parts.push(part(
            "questions",
            &m.get("progress-part-questions"),
            questions,
        ));
        let said = |v: &Option<String>| v.clone().unwrap_or_else(|| m.get("progress-not-answered"));
        let changes = self
            .changes
            .iter()
            .filter(|ch| ch.now.is_some() || ch.last_week.is_some())
            .map(|ch| {
                // With one week only, there is no last week to compare with.
                let usual = (self.weeks > 1).then(|| match ch.first_week {
                    Some(_) => m.with(
                        "progress-last-and-first-week",
                        &[
                            ("last", said(&ch.last_week).into()),
                            ("first", said(&ch.first_week).into()),
                        ],
                    ),
                    None => m.with(
                        "progress-last-week",
                        &[("answer", said(&ch.last_week).into())],
                    ),
                });
                Item::Field {
                    label: format!("{}:", ch.measure),
                    value: said(&ch.now),
                    usual,
                }
            })
            .collect();
        parts.push(part(
            "week-changes",
            &m.get("progress-part-changes"),
            changes,
        ));
        let list = |v: &[Count]| {
            v.iter()
                .map(|k| {
                    m.with(
                        "progress-count",
                        &[
                            ("answer", k.answer.as_str().into()),
                            ("weeks", k.weeks.into()),
                        ],
                    )
                })
                .collect::<Vec<_>>()
                .join("; ")
        };
        let mut sessions = Vec::new();
        if !self.missed.is_empty() {
            sessions.push(Item::Field {
                label: m.get("progress-missed"),
                value: list(&self.missed),
                usual: None,
            });
        }
        if !self.missed_why.is_empty() {
            sessions.push(Item::Field {
                label: m.get("progress-missed-why"),
                value: list(&self.missed_why),
                usual: None,
            });
        }
        if !self.care_fit.is_empty() {
            sessions.push(Item::Field {
                label: m.get("progress-care-fit"),
                value: list(&self.care_fit),
                usual: None,
            });
        }
        parts.push(part("sessions", &m.get("progress-part-sessions"), sessions));
        let status = |s: &str, goal: bool| {
            m.get(match (s, goal) {
                ("moving", true) => "progress-status-goal-moving",
                ("stuck", true) => "progress-status-goal-stuck",
                ("moving", false) => "progress-status-sign-moving",
                ("stuck", false) => "progress-status-sign-stuck",
                ("mixed", _) => "progress-status-mixed",
                ("named", _) => "progress-status-named",
                _ => "progress-status-new",
            })
        };
        let tracked = |v: &[Tracked], goal: bool| -> Vec<Item> {
            v.iter()
                .map(|g| Item::Field {
                    label: format!("\u{201c}{}\u{201d}:", c(&g.name)),
                    value: match (&g.latest, g.status) {
                        (Some(a), _) => a.clone(),
                        (None, "named") => m.get("progress-named-this-week"),
                        (None, _) => m.get("progress-not-answered"),
                    },
                    usual: Some(status(g.status, goal)),
                })
                .collect()
        };
        let goals = if self.goals.is_empty() {
            vec![Item::Para {
                text: m.get("progress-no-goals"),
            }]
        } else {
            tracked(&self.goals, true)
        };
        parts.push(part("goals", &m.get("progress-part-goals"), goals));
        if !self.signs.is_empty() {
            parts.push(part(
                "signs",
                &m.get("progress-part-signs"),
                tracked(&self.signs, false),
            ));
        }
        let mut week = Vec::new();
        if let Some(h) = &self.hardest {
            week.push(Item::Quote {
                label: m.get("progress-hardest"),
                text: c(h),
            });
        }
        if !self.strain.is_empty() {
            week.push(Item::Field {
                label: m.get("progress-strain"),
                value: self.strain.join(", "),
                usual: None,
            });
        }
        if let Some(s) = &self.skills {
            week.push(Item::Field {
                label: m.get("progress-skills"),
                value: c(s),
                usual: None,
            });
        }
        parts.push(part("this-week", &m.get("progress-part-latest"), week));
        parts.retain(|p| !p.items.is_empty());
        Document {
            lang: bank.language.clone(),
            title: m.get("progress-summary-title"),
            byline,
            parts,
            footer: vec![
                c(&self.disclaimer),
                m.with(
                    "progress-summary-footer",
                    &[
                        ("bank", self.bank.id.as_str().into()),
                        ("version", self.bank.version.as_str().into()),
                    ],
                ),
            ],
        }
    }
}
