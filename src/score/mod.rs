//! Scoring: pure functions from a bank and answers to an [`Assessment`].
//! No I/O, no terminal, no clock: the same answers always give the same result.
//!
//! A section's score is the weighted mean (0–100) of the scores of its shown,
//! answered, scored questions. Skipped and "not sure" answers are never
//! counted as low: they become open questions. A section with nothing scored
//! has no score at all (`None`), which is different from 0.

mod model;

pub use model::*;

use crate::answers::{Answer, Answers};
use crate::bank::{Audience, Bank, Kind, Question, Role, Section, SectionKind};
use crate::engine::conditions;

/// How many talking points lead the summary, at most.
pub const TOP_POINTS: usize = 7;

/// The score a question's answer counts for, if it counts at all.
/// A checklist counts as the mean of its chosen scored options.
pub fn question_score(q: &Question, a: &Answer) -> Option<f64> {
    if !q.is_scored() {
        return None;
    }
    let scores: Vec<f64> = a
        .option_ids()
        .filter_map(|id| q.option(id))
        .filter_map(|o| q.option_score(o))
        .collect();
    if scores.is_empty() {
        None
    } else {
        Some(scores.iter().sum::<f64>() / scores.len() as f64)
    }
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

/// Scores one section: (score, answered, open).
pub fn section_score(section: &Section, answers: &Answers) -> (Option<f64>, usize, usize) {
    let (mut sum, mut weights, mut answered, mut open) = (0.0, 0.0, 0, 0);
    for q in &section.questions {
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        if !conditions::shown(q, answers) {
            continue;
        }
        if is_open(q, a) {
            open += 1;
            continue;
        }
        if *a != Answer::Skipped {
            answered += 1;
        }
        if let Some(s) = question_score(q, a) {
            sum += q.weight * s;
            weights += q.weight;
        }
    }
    let score = (weights > 0.0).then(|| (sum / weights).clamp(0.0, 100.0));
    (score, answered, open)
}

/// Scores everything. `created` and `name` are left empty for the caller.
pub fn score(bank: &Bank, answers: &Answers) -> Assessment {
    let safety = answers.safety_flagged(bank);
    let mut points: Vec<(Rank, TalkingPoint)> = Vec::new();
    let mut open_items = Vec::new();
    let mut notes: std::collections::BTreeMap<String, String> = Default::default();
    let mut decision = Decision::default();
    let mut benefits = Vec::new();
    let mut readiness = Vec::new();

    for (section, q) in bank.questions() {
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        if !conditions::shown(q, answers) {
            continue;
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
            } else {
                (
                    Rank::Concern(q.option_score(o).unwrap_or(50.0), q.weight),
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
                    question: Some(q.prompt.clone()),
                    generic: false,
                },
            ));
        }
        if is_open(q, a) {
            open_items.push(OpenItem {
                section: section.title.clone(),
                question: q.prompt.clone(),
                status: if *a == Answer::Skipped {
                    "skipped"
                } else {
                    "not sure"
                }
                .to_string(),
            });
        }
        match (q.role, q.kind) {
            (Some(Role::DecisionStage), _) => decision.stage = described(q, a),
            (Some(Role::DecisionRole), _) => decision.role = described(q, a),
            (Some(Role::DecisionBy), _) => decision.by_when = described(q, a),
            (Some(Role::Benefits), _) => {
                benefits = a
                    .option_ids()
                    .filter_map(|id| q.option(id))
                    .map(|o| o.label.clone())
                    .collect();
            }
            (Some(Role::Readiness), _) => readiness.push(ReadinessItem {
                question: q.prompt.clone(),
                answer: described(q, a),
            }),
            (None, Kind::Text) => {
                if let Answer::Text(t) = a {
                    if !t.trim().is_empty() {
                        let entry = notes.entry(section.id.clone()).or_default();
                        if !entry.is_empty() {
                            entry.push_str(" / ");
                        }
                        entry.push_str(t.trim());
                    }
                }
            }
            _ => {}
        }
    }

    let mut sections = Vec::new();
    for s in bank
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Consideration)
    {
        let (score, answered, open) = section_score(s, answers);
        let band = score.and_then(|v| s.band_for(v.round() as u8));
        let lowest_band = band.is_some_and(|b| s.bands.first() == Some(b) && s.bands.len() > 1);
        if lowest_band {
            if let (Some(v), Some(b)) = (score, band) {
                points.push((
                    Rank::Concern(v, 0.0),
                    TalkingPoint {
                        kind: PointKind::Concern,
                        section_id: Some(s.id.clone()),
                        audience: s.ask,
                        text: format!(
                            "{}: {} (score {}). Talk through what makes this part hard.",
                            s.title,
                            b.label,
                            v.round()
                        ),
                        question: None,
                        generic: false,
                    },
                ));
            }
        }
        sections.push(SectionScore {
            id: s.id.clone(),
            title: s.title.clone(),
            score: score.map(|v| (v * 10.0).round() / 10.0),
            band: band.map(|b| b.id.clone()),
            band_label: band.map(|b| b.label.clone()),
            answered,
            open,
            reason: reason(s, answers, score, answered, open),
            talking_points: Vec::new(),
        });
    }

    // Open questions without a talking point of their own still get one.
    for item in &open_items {
        let already = points.iter().any(|(_, p)| {
            p.kind == PointKind::Open && p.question.as_deref() == Some(item.question.as_str())
        });
        if !already {
            let (sid, audience) = bank
                .questions()
                .find(|(_, q)| q.prompt == item.question)
                .map(|(s, q)| (Some(s.id.clone()), q.ask.unwrap_or(s.ask)))
                .unwrap_or((None, Audience::Therapist));
            points.push((
                Rank::Open(0.0),
                TalkingPoint {
                    kind: PointKind::Open,
                    section_id: sid,
                    audience,
                    text: format!("Still open ({}): {}", item.status, item.question),
                    question: Some(item.question.clone()),
                    generic: true,
                },
            ));
        }
    }

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
    if safety && !all.iter().any(|p| p.kind == PointKind::Safety) {
        all.insert(
            0,
            TalkingPoint {
                kind: PointKind::Safety,
                section_id: None,
                audience: Audience::Therapist,
                text: "You said you may not be safe right now. Please talk about this first."
                    .into(),
                question: None,
                generic: false,
            },
        );
    }
    for s in &mut sections {
        s.talking_points = all
            .iter()
            .filter(|p| p.section_id.as_deref() == Some(&s.id))
            .map(|p| p.text.clone())
            .collect();
    }
    let checklist = |who: Audience| -> Vec<String> {
        all.iter()
            .filter(|p| p.audience == who && p.kind != PointKind::Safety && !p.generic)
            .map(|p| p.text.clone())
            .collect()
    };
    let checklists = Checklists {
        therapist: checklist(Audience::Therapist),
        programs: checklist(Audience::Program),
        insurer: checklist(Audience::Insurer),
    };
    let overall = overall(bank, &sections, safety, open_items.len());
    for p in &mut all {
        p.question = None;
    }
    Assessment {
        schema_version: SCHEMA_VERSION,
        bank: BankRef {
            id: bank.id.clone(),
            version: bank.version.clone(),
            title: bank.title.clone(),
        },
        created: String::new(),
        name: None,
        safety: Safety { flagged: safety },
        overall,
        top_talking_points: top_points(&all),
        talking_points: all,
        sections,
        decision,
        benefits,
        readiness,
        notes,
        checklists,
        open_items,
        answers: answers.to_json(),
        crisis: CrisisInfo::from(&bank.crisis),
        disclaimer: bank.disclaimer.clone(),
        changes: Vec::new(),
    }
}

/// The talking points that lead the summary: the most important first, with
/// at most two of the generic "still open" ones, and one line for the rest.
fn top_points(all: &[TalkingPoint]) -> Vec<String> {
    const GENERIC: usize = 2;
    let mut top: Vec<String> = Vec::new();
    let mut generic = 0;
    for p in all {
        if p.generic {
            generic += 1;
            if generic > GENERIC {
                continue;
            }
        }
        if top.len() < TOP_POINTS {
            top.push(p.text.clone());
        }
    }
    let rest = generic.saturating_sub(GENERIC);
    if rest > 0 {
        if top.len() == TOP_POINTS {
            top.pop();
        }
        top.push(format!(
            "{rest} more question{} {} still open: see \"Skipped or not sure\" and pick the ones you want to ask about.",
            if rest == 1 { "" } else { "s" },
            if rest == 1 { "is" } else { "are" }
        ));
    }
    top
}

fn described(q: &Question, a: &Answer) -> Option<String> {
    (*a != Answer::Skipped).then(|| a.describe(q))
}

/// One line on why a section scored as it did.
fn reason(
    s: &Section,
    answers: &Answers,
    score: Option<f64>,
    answered: usize,
    open: usize,
) -> String {
    let open_part = match open {
        0 => String::new(),
        1 => "; 1 question still open".into(),
        n => format!("; {n} questions still open"),
    };
    if score.is_none() {
        return format!("Nothing here was scored yet{open_part}.");
    }
    let lowest = s
        .questions
        .iter()
        .filter(|q| conditions::shown(q, answers))
        .filter_map(|q| {
            answers
                .get(&q.id)
                .and_then(|a| question_score(q, a).map(|v| (v, q, a)))
        })
        .min_by(|x, y| x.0.partial_cmp(&y.0).unwrap_or(std::cmp::Ordering::Equal));
    let mut out = format!("{answered} answered{open_part}");
    if let Some((v, q, a)) = lowest {
        if v < 50.0 {
            out.push_str(&format!("; hardest: \"{}\" ({})", q.prompt, a.describe(q)));
        }
    }
    out.push('.');
    out
}

/// Where the answers point, in words. Never a diagnosis or a recommendation.
fn overall(bank: &Bank, sections: &[SectionScore], safety: bool, open: usize) -> String {
    let mut out = String::new();
    if safety {
        out.push_str("You said you may not be safe right now. That comes first: please reach out to your therapist or a crisis line today. ");
    }
    let scored: Vec<&SectionScore> = sections.iter().filter(|s| s.score.is_some()).collect();
    if scored.is_empty() {
        out.push_str("There are not enough answers yet to show where things stand. ");
    } else {
        // Group the sections by band, in the order of the bank's default bands.
        let mut groups: Vec<(String, Vec<&str>)> = Vec::new();
        for s in &scored {
            let label = s.band_label.clone().unwrap_or_default();
            match groups.iter_mut().find(|(l, _)| *l == label) {
                Some((_, v)) => v.push(&s.title),
                None => groups.push((label, vec![&s.title])),
            }
        }
        let order = |l: &str| {
            bank.sections
                .iter()
                .flat_map(|s| s.bands.iter())
                .position(|b| b.label == l)
                .unwrap_or(usize::MAX)
        };
        groups.sort_by_key(|(l, _)| std::cmp::Reverse(order(l)));
        let parts: Vec<String> = groups
            .iter()
            .map(|(label, titles)| format!("{label}: {}", titles.join(", ")))
            .collect();
        out.push_str(&format!("{}. ", parts.join(". ")));
    }
    if open > 0 {
        out.push_str(&format!(
            "{open} question{} {} still open; they are worth asking about. ",
            if open == 1 { "" } else { "s" },
            if open == 1 { "is" } else { "are" }
        ));
    }
    out.push_str("This is not a diagnosis or a recommendation. The choice is yours, made with your care team.");
    out
}

#[cfg(test)]
mod tests;
