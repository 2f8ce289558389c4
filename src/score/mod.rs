//! Scoring: pure functions from a bank and answers to an [`Assessment`].
//! No I/O, no terminal, no clock: the same answers always give the same result.
//!
//! A section's score is the weighted mean (0–100) of the scores of its shown,
//! answered, scored questions; 100 means the answers named no hard parts.
//! It describes the answers, never the person or IOP, so:
//! - skipped and "not sure" answers are never counted as low: they become
//!   open questions;
//! - a "no" to a "do you know…" question (`knowledge: true`) is something to
//!   find out, not a low score;
//! - a section with too few scored answers gets no band and says so;
//! - a section with any hard answer never gets the top band, so a summary
//!   cannot call a part easy while the person said it is hard;
//! - ticking more barriers in a checklist never raises its score.

mod model;

pub use model::*;

use crate::answers::conditions;
use crate::answers::{Answer, Answers};
use crate::bank::{Audience, Bank, Question, Role, Section, SectionKind};

/// How many talking points lead the summary, at most.
pub const TOP_POINTS: usize = 7;

/// A section needs this many scored answers (and at least half of its
/// scored questions answered) before its answers are summed up in a band.
pub const MIN_SCORED: usize = 2;

/// An answer scoring below this names a hard part.
pub const HARD: f64 = 50.0;

/// The score a question's answer counts for, if it counts at all.
///
/// A checklist starts from 100 and each chosen option takes away what it
/// lacks of 100, so every barrier ticked can only lower the score (never
/// below 0), and a "none of these" option (100) takes nothing away.
pub fn question_score(q: &Question, a: &Answer) -> Option<f64> {
    if !q.is_scored() {
        return None;
    }
    let mut scores = a
        .option_ids()
        .filter_map(|id| q.option(id))
        .filter_map(|o| q.option_score(o))
        .peekable();
    scores.peek()?;
    let lost: f64 = scores.map(|s| 100.0 - s).sum();
    Some((100.0 - lost).clamp(0.0, 100.0))
}

/// Whether an answer leaves a question open: skipped, or "not sure".
fn is_open(q: &Question, a: &Answer) -> bool {
    q.kind.has_options()
        && match a {
            Answer::Skipped => true,
            _ => a
                .option_ids()
                .any(|id| q.option(id).is_some_and(|o| o.not_sure)),
        }
}

/// The counts behind one section's score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SectionTally {
    /// The weighted mean of the scored answers, if any.
    pub score: Option<f64>,
    /// Scored answers the score rests on.
    pub scored: usize,
    /// Shown questions that could have been scored.
    pub scorable: usize,
    pub answered: usize,
    pub open: usize,
    /// Knowledge questions answered with something to find out.
    pub to_find_out: usize,
    /// The lowest answer score in the section.
    pub lowest: Option<f64>,
}

impl SectionTally {
    /// Enough scored answers to sum the section up.
    pub fn enough(&self) -> bool {
        self.scored >= MIN_SCORED && self.scored * 2 >= self.scorable
    }
}

/// Tallies one section.
pub fn section_score(section: &Section, answers: &Answers) -> SectionTally {
    let mut t = SectionTally {
        score: None,
        scored: 0,
        scorable: 0,
        answered: 0,
        open: 0,
        to_find_out: 0,
        lowest: None,
    };
    let (mut sum, mut weights) = (0.0, 0.0);
    for q in &section.questions {
        if !conditions::shown(q, answers) {
            continue;
        }
        if q.is_scored() {
            t.scorable += 1;
        }
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        if is_open(q, a) {
            t.open += 1;
            continue;
        }
        if *a == Answer::Skipped {
            continue;
        }
        t.answered += 1;
        if q.knowledge && a.option_ids().any(|id| to_find_out(q, id)) {
            t.to_find_out += 1;
        }
        if let Some(s) = question_score(q, a) {
            sum += q.weight * s;
            weights += q.weight;
            t.scored += 1;
            t.lowest = Some(t.lowest.map_or(s, |l: f64| l.min(s)));
        }
    }
    t.score = (weights > 0.0).then(|| (sum / weights).clamp(0.0, 100.0));
    t
}

/// Whether a knowledge question's option means "I don't know yet".
fn to_find_out(q: &Question, option: &str) -> bool {
    q.option(option)
        .is_some_and(|o| !o.not_sure && o.score.is_some_and(|s| f64::from(s) < HARD))
}

/// The status of one safety answer: the option's urgency, else "not
/// sure" for a `not_sure` option, else "no".
fn safety_status(chosen: Option<&crate::bank::Choice>, skipped: bool) -> SafetyStatus {
    use crate::bank::Urgency;
    match chosen {
        None if skipped => SafetyStatus::Skipped,
        None => SafetyStatus::NotAsked,
        Some(o) => match o.urgency {
            Some(Urgency::Now) => SafetyStatus::Now,
            Some(Urgency::Past) => SafetyStatus::Past,
            Some(Urgency::Unsure) => SafetyStatus::Unsure,
            None if o.not_sure => SafetyStatus::Unsure,
            None => SafetyStatus::No,
        },
    }
}

/// Scores everything. `created` and `name` are left empty for the caller.
pub fn score(bank: &Bank, answers: &Answers) -> Assessment {
    let mut points: Vec<(Rank, TalkingPoint)> = Vec::new();
    let mut open_items = Vec::new();
    let mut notes = Vec::new();
    let mut standing: Vec<(u8, Fact)> = Vec::new();
    let mut facts = Vec::new();
    let mut benefits = Vec::new();
    let mut all_answers = Vec::new();
    let mut safety = Safety {
        flagged: answers.safety_flagged(bank),
        status: SafetyStatus::NotAsked,
        questions: bank
            .safety_questions()
            .map(|q| SafetyAnswer {
                id: q.id.clone(),
                question: q.prompt.clone(),
                status: SafetyStatus::NotAsked,
                answer: None,
            })
            .collect(),
    };

    for (section, q) in bank.questions() {
        if !conditions::shown(q, answers) {
            continue;
        }
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        let open = is_open(q, a);
        let skipped = *a == Answer::Skipped;
        all_answers.push(AnswerLine {
            id: q.id.clone(),
            section: section.title.clone(),
            question: q.prompt.clone(),
            answer: described(q, a),
            status: if skipped {
                AnswerStatus::Skipped
            } else if open {
                AnswerStatus::NotSure
            } else {
                AnswerStatus::Answered
            },
        });
        if q.safety {
            let chosen = a.option_ids().find_map(|id| q.option(id));
            if let Some(entry) = safety.questions.iter_mut().find(|e| e.id == q.id) {
                entry.status = safety_status(chosen, skipped);
                entry.answer = chosen.map(|o| o.label.clone());
            }
        }
        let audience = q.ask.unwrap_or(section.ask);
        // Talking points from the options chosen.
        for o in a.option_ids().filter_map(|id| q.option(id)) {
            let Some(text) = &o.talking_point else {
                continue;
            };
            let (rank, kind) = if o.crisis {
                (Rank::Safety, PointKind::Safety)
            } else if o.not_sure {
                (Rank::Open(q.weight), PointKind::Open)
            } else if q.knowledge {
                (Rank::ToDo(q.weight), PointKind::ToDo)
            } else {
                (
                    Rank::Concern(q.option_score(o).unwrap_or(HARD), q.weight),
                    PointKind::Concern,
                )
            };
            points.push((
                rank,
                TalkingPoint {
                    kind,
                    section_id: Some(section.id.clone()),
                    audience,
                    text: text.clone(),
                    top: false,
                },
            ));
        }
        let fact = || Fact {
            id: q.id.clone(),
            label: q.fact.clone().unwrap_or_else(|| q.prompt.clone()),
            answer: described(q, a).unwrap_or_else(|| "Skipped".into()),
            usual: q.usual.as_ref().map(|u| u.text.clone()),
        };
        let listed = match q.role {
            Some(Role::Benefits) => {
                benefits = a
                    .option_ids()
                    .filter_map(|id| q.option(id))
                    .map(|o| o.label.clone())
                    .collect();
                false
            }
            Some(role) => {
                standing.push((standing_order(role), fact()));
                true
            }
            None if q.fact.is_some() => {
                facts.push(fact());
                true
            }
            None => {
                if let Answer::Text(t) = a {
                    if !t.trim().is_empty() {
                        notes.push(Note {
                            section_id: section.id.clone(),
                            section: section.title.clone(),
                            text: t.trim().to_string(),
                        });
                    }
                }
                false
            }
        };
        // A question listed with its answer above is not listed again as open.
        if open && !q.safety && !listed {
            open_items.push(OpenItem {
                section: section.title.clone(),
                question: q.prompt.clone(),
                status: if skipped { "skipped" } else { "not sure" }.to_string(),
            });
        }
    }
    standing.sort_by_key(|(order, _)| *order);
    safety.status = SafetyStatus::most_urgent(safety.questions.iter().map(|e| e.status));

    let sections = bank
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Consideration)
        .map(|s| section_summary(s, answers))
        .collect();

    points.sort_by(|a, b| {
        a.0.cmp_key()
            .partial_cmp(&b.0.cmp_key())
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut all: Vec<TalkingPoint> = Vec::new();
    for (_, p) in points {
        if !all.iter().any(|q| q.text == p.text) {
            all.push(p);
        }
    }
    if safety.flagged && !all.iter().any(|p| p.kind == PointKind::Safety) {
        all.insert(
            0,
            TalkingPoint {
                kind: PointKind::Safety,
                section_id: None,
                audience: Audience::Therapist,
                text: "Talk about your safety first, before anything else here.".into(),
                top: false,
            },
        );
    }
    for p in all
        .iter_mut()
        .filter(|p| p.kind != PointKind::Safety)
        .take(TOP_POINTS)
    {
        p.top = true;
    }

    Assessment {
        schema_version: SCHEMA_VERSION,
        bank: BankRef {
            id: bank.id.clone(),
            version: bank.version.clone(),
            title: bank.title.clone(),
            language: bank.language.clone(),
            last_reviewed: bank.last_reviewed.clone(),
        },
        created: String::new(),
        name: None,
        safety,
        standing: standing.into_iter().map(|(_, f)| f).collect(),
        facts,
        notes,
        talking_points: all,
        sections,
        benefits,
        open_items,
        programs: Vec::new(),
        all_answers,
        answers: answers.to_json(),
        crisis: CrisisInfo::from(&bank.crisis),
        disclaimer: bank.disclaimer.clone(),
        changes: Vec::new(),
    }
}

/// Where a role's answer stands in "Where you stand": what the person
/// feels and leans toward first, the practical when and how last.
fn standing_order(role: Role) -> u8 {
    match role {
        Role::DecisionStage => 0,
        Role::Leaning => 1,
        Role::Feeling => 2,
        Role::Confidence => 3,
        Role::FreeToChoose => 4,
        Role::Readiness => 5,
        Role::DecisionBy => 6,
        Role::DecisionRole => 7,
        Role::Benefits => 8,
    }
}

/// One consideration, summed up in the bank's words, or why it is not.
fn section_summary(s: &Section, answers: &Answers) -> SectionScore {
    let t = section_score(s, answers);
    let mut band = if t.enough() {
        t.score.and_then(|v| s.band_for(v.round() as u8))
    } else {
        None
    };
    // A hard answer keeps the section out of the top band: the summary
    // never calls a part easy that the person said is hard.
    if let (Some(b), Some(low)) = (band, t.lowest) {
        let n = s.bands.len();
        if low < HARD && n > 1 && s.bands.last() == Some(b) {
            band = s.bands.get(n - 2);
        }
    }
    let summary = match band {
        Some(b) => b.label.clone(),
        None if t.answered + t.open == 0 => "Not answered".into(),
        // A section of "do you know…" questions: what is left to find out.
        None if t.scored == 0 && t.to_find_out > 0 => "Some things to find out".into(),
        None if t.scorable == 0 && t.open > 0 => "Some questions still open".into(),
        None if t.scorable == 0 => "Nothing left to find out in your answers".into(),
        None => format!(
            "Too few answers to sum up ({} of {} scored)",
            t.scored, t.scorable
        ),
    };
    let hardest = s
        .questions
        .iter()
        .filter(|q| conditions::shown(q, answers))
        .filter_map(|q| {
            answers
                .get(&q.id)
                .and_then(|a| question_score(q, a).map(|v| (v, q, a)))
        })
        .filter(|(v, _, _)| *v < HARD)
        .min_by(|x, y| x.0.partial_cmp(&y.0).unwrap_or(std::cmp::Ordering::Equal))
        .map(|(_, q, a)| format!("\u{201c}{}\u{201d} {}", q.prompt, a.describe(q)));
    SectionScore {
        id: s.id.clone(),
        title: s.title.clone(),
        score: band.and(t.score).map(|v| (v * 10.0).round() / 10.0),
        band: band.map(|b| b.id.clone()),
        band_label: band.map(|b| b.label.clone()),
        scored: t.scored,
        answered: t.answered,
        open: t.open,
        to_find_out: t.to_find_out,
        summary,
        hardest,
    }
}

fn described(q: &Question, a: &Answer) -> Option<String> {
    (*a != Answer::Skipped).then(|| a.describe(q))
}

/// Per section, how the scores moved since `before`.
pub fn changes(before: &Assessment, now: &Assessment) -> Vec<Change> {
    now.sections
        .iter()
        .map(|s| Change {
            section_id: s.id.clone(),
            title: s.title.clone(),
            before: before
                .sections
                .iter()
                .find(|b| b.id == s.id)
                .and_then(|b| b.score),
            now: s.score,
        })
        .collect()
}

#[cfg(test)]
mod tests;
