//! Scoring: pure functions from a bank and answers to an [`Assessment`].
//! No I/O, no terminal, no clock: the same answers always give the same result.
//!
//! The model is option-neutral. The bank names the care options a person
//! weighs (weekly therapy, an IOP, PHP, …) and, for each answer, which
//! options it points toward and which it weighs against. The assessment
//! then follows the person's own leaning:
//! - an answer that weighs against the option they lean toward is a
//!   concern; one that points toward it is a reason, never a concern;
//! - the points about their leaning come first; points only about
//!   intensive options wait under "later" while they lean another way;
//! - each consideration says how its answers fit the leaning option and
//!   its main alternative, in the bank's words, or that there are too few
//!   answers to say;
//! - skipped and "not sure" answers are never counted either way: they
//!   become open questions, and a "no" to a "do you know…" question
//!   (`knowledge: true`) is something to find out;
//! - the readiness questions say what the person still needs, each unmet
//!   one with one next step.

mod model;

pub use model::*;

use std::collections::HashSet;

use crate::i18n::{Lang, Messages};

use crate::answers::conditions;
use crate::answers::{Answer, Answers};
use crate::bank::{Audience, Bank, CareOption, Choice, Question, Role, Section, SectionKind};

/// How many talking points lead the summary, at most.
pub const TOP_POINTS: usize = 7;

/// How many talking points a summary holds in all (safety aside), at most.
pub const MAX_POINTS: usize = 15;

/// How many of those wait under "later", at most: one short list.
pub const MAX_LATER: usize = 5;

/// Two talking points that share this much of their words say the same
/// thing: the lower-ranked one is left out.
pub const SAME_POINT: f64 = 0.5;

/// A section needs this many answers that bear on an option (and at least
/// half of its shown questions that could) before it is summed up for it.
pub const MIN_SCORED: usize = 2;

/// An answer scoring below this names a hard part of deciding itself (for
/// questions that point toward no option, like feeling free to choose).
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

/// Whether a knowledge question's option means "I don't know yet".
fn to_find_out(q: &Question, option: &str) -> bool {
    q.option(option)
        .is_some_and(|o| !o.not_sure && o.score.is_some_and(|s| f64::from(s) < HARD))
}

/// The options an answer chose, as the bank has them.
fn chosen<'q>(q: &'q Question, a: &'q Answer) -> impl Iterator<Item = &'q Choice> + 'q {
    a.option_ids().filter_map(|id| q.option(id))
}

/// The care option the person leans toward, if they named one.
pub fn leaning<'b>(bank: &'b Bank, answers: &Answers) -> Option<&'b CareOption> {
    let (_, q) = bank
        .questions()
        .find(|(_, q)| q.role == Some(Role::Leaning))?;
    if !conditions::shown(q, answers) {
        return None;
    }
    let a = answers.get(&q.id)?;
    a.option_ids().find_map(|id| bank.care_option(id))
}

/// Whether a chosen option is at the strong end of its question: the
/// lowest or highest score of a scale of three scores or more.
fn strongest(q: &Question, o: &Choice) -> bool {
    let Some(s) = o.score else {
        return false;
    };
    let scores: Vec<u8> = q.options.iter().filter_map(|o| o.score).collect();
    scores.len() >= 3 && (Some(&s) == scores.iter().min() || Some(&s) == scores.iter().max())
}

/// The care options an answer is about: the ones it points toward or
/// against, else the ones its question is about.
fn about<'a>(q: &'a Question, o: &'a Choice) -> Vec<&'a str> {
    if o.bears_on_options() {
        o.toward
            .iter()
            .chain(&o.against)
            .map(String::as_str)
            .collect()
    } else {
        q.about.iter().map(String::as_str).collect()
    }
}

/// Where an answer's talking point ranks, given the person's leaning, or
/// None when the answer is a reason for that leaning (shown as such).
fn classify(q: &Question, o: &Choice, lean: Option<&CareOption>) -> Option<(Rank, PointKind)> {
    if o.crisis {
        return Some((Rank::Safety, PointKind::Safety));
    }
    if q.role == Some(Role::Leaning) {
        return Some((Rank::Leaning, PointKind::Leaning));
    }
    // Feeling pushed comes before anything about the options themselves.
    if q.role == Some(Role::FreeToChoose) && q.option_score(o).is_some_and(|s| s < HARD) {
        return Some((Rank::First, PointKind::Concern));
    }
    if o.not_sure {
        return Some((Rank::Open(q.weight), PointKind::Open));
    }
    if q.knowledge {
        return Some((Rank::ToDo(q.weight), PointKind::ToDo));
    }
    let score = q.option_score(o).unwrap_or(HARD);
    if let Some(l) = lean {
        if o.against.contains(&l.id) {
            return Some((Rank::Concern(score, q.weight), PointKind::Concern));
        }
        if o.toward.contains(&l.id) {
            return None;
        }
        if !o.bears_on_options() && !q.about.is_empty() && !q.about.contains(&l.id) {
            // A question about other options than the leaning one.
            return Some((Rank::Consider(q.weight), PointKind::Consider));
        }
    }
    if o.bears_on_options() || q.weight <= 0.0 {
        // About options other than the leaning one, or a question that
        // never counts for or against anything: worth a word, never a
        // concern.
        return Some((Rank::Consider(q.weight), PointKind::Consider));
    }
    Some((Rank::Concern(score, q.weight), PointKind::Concern))
}

/// Content words of a sentence, for telling two points that say the same
/// thing apart from two that only share a topic.
fn content_words(s: &str) -> HashSet<String> {
    const SMALL: &[&str] = &[
        "about",
        "and",
        "ask",
        "could",
        "does",
        "each",
        "from",
        "have",
        "how",
        "into",
        "its",
        "more",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "they",
        "this",
        "what",
        "when",
        "which",
        "with",
        "would",
        "you",
        "your",
        "tell",
        "therapist",
        "program",
        "plan",
    ];
    s.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| {
            // "programs" and "program", "hours" and "hour" say the same.
            let w = w.to_lowercase();
            match w.strip_suffix('s') {
                Some(stem) if stem.len() > 3 && !stem.ends_with('s') => stem.to_string(),
                _ => w,
            }
        })
        .filter(|w| w.len() > 2 && !SMALL.contains(&w.as_str()))
        .collect()
}

/// How much two sentences share of their content words (0 to 1).
///
/// ```
/// use iop_check::score::overlap;
/// assert!(overlap("Ask about evening or online sessions.", "Ask if evening or online sessions fit.") > 0.5);
/// assert!(overlap("Ask how long it lasts.", "Tell your therapist you feel pushed.") < 0.2);
/// ```
pub fn overlap(a: &str, b: &str) -> f64 {
    let (a, b) = (content_words(a), content_words(b));
    let union = a.union(&b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(&b).count() as f64 / union as f64
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
    scored(bank, answers, None).0
}

/// Scores the answers against `bank`, a translation of `reference` (the
/// same ids, kinds, options and scores in other words), so that the result
/// says the same things item for item as `score(reference, answers)`:
/// which talking points say the same thing (and so are merged) is decided
/// on the reference's words, never on the translation's.
pub fn score_translated(bank: &Bank, reference: &Bank, answers: &Answers) -> Assessment {
    let (_, kept) = scored(reference, answers, None);
    scored(bank, answers, Some(&kept)).0
}

/// Scores everything; with `keep`, the talking points kept are those (by
/// their place before sorting), not decided again. Returns the places kept.
fn scored(bank: &Bank, answers: &Answers, keep: Option<&[usize]>) -> (Assessment, Vec<usize>) {
    // The few words the score adds to the bank's are in the bank's language.
    let m = &Messages::new(Lang::of(&bank.language));
    let lean = leaning(bank, answers);
    // The program and insurer checklists are for intensive options: while
    // the person leans toward a less intensive one, their points wait.
    let intensive_in_play = lean.is_none_or(|c| c.intensive);
    let is_intensive = |id: &str| bank.care_option(id).is_some_and(|c| c.intensive);
    let label_of = |id: &str| {
        bank.care_option(id)
            .map_or_else(|| id.to_string(), |c| c.label.clone())
    };

    let mut points: Vec<(Rank, TalkingPoint)> = Vec::new();
    let mut open_items = Vec::new();
    let mut notes = Vec::new();
    let mut standing: Vec<(u8, Fact)> = Vec::new();
    let mut facts = Vec::new();
    let mut situation = Vec::new();
    let mut all_answers = Vec::new();
    let mut readiness = Readiness {
        met: 0,
        asked: 0,
        needs: Vec::new(),
    };
    let mut any_readiness = false;
    // (reason, option ids it points toward)
    let mut reasons: Vec<(String, Vec<String>)> = Vec::new();
    // (prompt: answer, toward ids)
    let mut strong_toward: Vec<(String, Vec<String>)> = Vec::new();
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

    if let Some(l) = lean {
        for text in &l.talking_points {
            points.push((
                Rank::Leaning,
                TalkingPoint {
                    kind: PointKind::Leaning,
                    section_id: None,
                    audience: Audience::Therapist,
                    text: text.clone(),
                    top: false,
                    later: false,
                },
            ));
        }
    }

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
            let chosen = chosen(q, a).next();
            if let Some(entry) = safety.questions.iter_mut().find(|e| e.id == q.id) {
                entry.status = safety_status(chosen, skipped);
                entry.answer = chosen.map(|o| o.label.clone());
            }
        }
        let label = q.fact.clone().unwrap_or_else(|| q.prompt.clone());
        match q.role {
            Some(Role::Readiness) => {
                any_readiness = true;
                if let Some(o) = chosen(q, a).next() {
                    readiness.asked += 1;
                    if o.score.is_some_and(|s| s >= 75) {
                        readiness.met += 1;
                    } else {
                        readiness.needs.push(NeedStep {
                            need: q.need,
                            label,
                            answer: o.label.clone(),
                            step: o.talking_point.clone(),
                        });
                    }
                }
                continue;
            }
            Some(Role::Value) => {
                for o in chosen(q, a).filter(|o| o.score.is_some_and(|s| s >= 75)) {
                    reasons.push((label.clone(), o.toward.clone()));
                }
                continue;
            }
            _ => {}
        }
        let audience = q.ask.unwrap_or(section.ask);
        // Talking points from the options chosen.
        for o in chosen(q, a) {
            let Some(text) = &o.talking_point else {
                continue;
            };
            // The leaning question's own points matter only when no care
            // option was named ("not sure yet": what would help decide).
            if q.role == Some(Role::Leaning) && lean.is_some() {
                continue;
            }
            let Some((rank, kind)) = classify(q, o, lean) else {
                continue;
            };
            let about = about(q, o);
            let later = kind != PointKind::Safety
                && !intensive_in_play
                && (matches!(audience, Audience::Program | Audience::Insurer)
                    || (!about.is_empty() && about.iter().all(|id| is_intensive(id))));
            points.push((
                rank,
                TalkingPoint {
                    kind,
                    section_id: Some(section.id.clone()),
                    audience,
                    text: text.clone(),
                    top: false,
                    later,
                },
            ));
        }
        // Which options this answer weighs against, in words; a number
        // below what is usual weighs against the options it is about.
        let mut against: Vec<String> = Vec::new();
        for o in chosen(q, a) {
            for id in &o.against {
                if !against.contains(id) {
                    against.push(id.clone());
                }
            }
        }
        if let (Answer::Number(n), Some(u)) = (a, &q.usual) {
            if *n < u.value {
                for id in &q.about {
                    if !against.contains(id) {
                        against.push(id.clone());
                    }
                }
            }
        }
        // In the bank's order, however the answer listed them.
        against.sort_by_key(|id| bank.care_options.iter().position(|c| &c.id == id));
        let fact = |against: &[String]| Fact {
            id: q.id.clone(),
            label: label.clone(),
            answer: described(q, a).unwrap_or_else(|| "Skipped".into()),
            usual: q.usual.as_ref().map(|u| u.text.clone()),
            role: q.role.map(role_name),
            against: against.iter().map(|id| label_of(id)).collect(),
        };
        let listed = match q.role {
            Some(role) => {
                standing.push((standing_order(role), fact(&[])));
                true
            }
            None if q.fact.is_some() => {
                if against.is_empty() {
                    situation.push(fact(&against));
                } else {
                    facts.push(fact(&against));
                }
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
                // The strongest answers are never left for --all-answers.
                if let Some(o) = chosen(q, a).find(|o| strongest(q, o)) {
                    let quoted = format!("\u{201c}{}\u{201d} {}", q.prompt.trim(), o.label);
                    if !against.is_empty() {
                        let mut f = fact(&against);
                        f.label = q.prompt.clone();
                        facts.push(f);
                    } else if !o.toward.is_empty() {
                        strong_toward.push((quoted, o.toward.clone()));
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

    let weighing = weigh(bank, lean, &reasons, &strong_toward);
    let fit_options: Vec<&CareOption> = weighing
        .iter()
        .filter_map(|w| bank.care_option(&w.option.id))
        .collect();
    let sections = bank
        .sections
        .iter()
        .filter(|s| s.kind == SectionKind::Consideration)
        .map(|s| section_summary(s, answers, &fit_options, m))
        .collect();

    let (talking_points, kept) = settle_keeping(points, safety.flagged, keep, m);

    let a = Assessment {
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
        leaning: lean.map(care_ref),
        readiness: any_readiness.then_some(readiness),
        weighing,
        facts,
        situation,
        notes,
        talking_points,
        sections,
        open_items,
        programs: Vec::new(),
        all_answers,
        answers: answers.to_json(),
        crisis: {
            let mut crisis = CrisisInfo::from(&bank.crisis);
            for r in &mut crisis.resources {
                r.reach = m.reach(r.call.as_deref(), r.text.as_deref(), r.web.as_deref());
            }
            crisis
        },
        disclaimer: bank.disclaimer.clone(),
        changes: Vec::new(),
    };
    (a, kept)
}

fn care_ref(c: &CareOption) -> CareRef {
    CareRef {
        id: c.id.clone(),
        label: c.label.clone(),
    }
}

/// Orders the points, leaves out repeats and near-repeats, keeps the
/// summary short (at most [`MAX_POINTS`], [`MAX_LATER`] of them for later)
/// and marks the few that lead it.
#[cfg(test)]
fn settle(points: Vec<(Rank, TalkingPoint)>, flagged: bool) -> Vec<TalkingPoint> {
    settle_keeping(points, flagged, None, &Messages::new(Lang::En)).0
}

/// [`settle`], or with `keep`, keeping the points at those places (before
/// sorting) instead of deciding which say the same thing. Returns the
/// points and their places.
fn settle_keeping(
    points: Vec<(Rank, TalkingPoint)>,
    flagged: bool,
    keep: Option<&[usize]>,
    m: &Messages,
) -> (Vec<TalkingPoint>, Vec<usize>) {
    let mut points: Vec<(usize, Rank, TalkingPoint)> = points
        .into_iter()
        .enumerate()
        .map(|(i, (r, p))| (i, r, p))
        .collect();
    // A stable sort on the rank alone: a translated bank's points come in
    // the same order.
    points.sort_by(|a, b| {
        a.1.cmp_key()
            .partial_cmp(&b.1.cmp_key())
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    let mut all: Vec<TalkingPoint> = Vec::new();
    let mut places = Vec::new();
    let (mut kept, mut later) = (0, 0);
    for (place, _, p) in points {
        let same = match keep {
            Some(keep) => !keep.contains(&place),
            None => all
                .iter()
                .any(|q| q.text == p.text || overlap(&q.text, &p.text) >= SAME_POINT),
        };
        if same {
            continue;
        }
        if p.kind != PointKind::Safety {
            if kept == MAX_POINTS || (p.later && later == MAX_LATER) {
                continue;
            }
            kept += 1;
            later += usize::from(p.later);
        }
        places.push(place);
        all.push(p);
    }
    if flagged && !all.iter().any(|p| p.kind == PointKind::Safety) {
        all.insert(
            0,
            TalkingPoint {
                kind: PointKind::Safety,
                section_id: None,
                audience: Audience::Therapist,
                text: m.get("safety-first-point"),
                top: false,
                later: false,
            },
        );
    }
    for p in all
        .iter_mut()
        .filter(|p| p.kind != PointKind::Safety && !p.later)
        .take(TOP_POINTS)
    {
        p.top = true;
    }
    (all, places)
}

/// The options to weigh side by side: the leaning one and its main
/// alternative, or with no leaning the two that the person's reasons and
/// strongest answers point to most. Empty when nothing points anywhere.
fn weigh(
    bank: &Bank,
    lean: Option<&CareOption>,
    reasons: &[(String, Vec<String>)],
    strong: &[(String, Vec<String>)],
) -> Vec<Weighing> {
    let count = |list: &[(String, Vec<String>)], id: &str| {
        list.iter()
            .filter(|(_, t)| t.iter().any(|x| x == id))
            .count()
    };
    let pull = |c: &CareOption| (count(reasons, &c.id), count(strong, &c.id));
    let mut others: Vec<&CareOption> = bank
        .care_options
        .iter()
        .filter(|c| lean.is_none_or(|l| l.id != c.id))
        .collect();
    // Most pulled first; on a tie, an option of the other kind (more or
    // less intensive) than the leaning one, then the bank's order.
    others.sort_by_key(|c| {
        let (r, s) = pull(c);
        let same_kind = lean.is_some_and(|l| l.intensive == c.intensive);
        (std::cmp::Reverse((r, s)), same_kind)
    });
    let mut chosen: Vec<&CareOption> = Vec::new();
    match lean {
        Some(l) => {
            chosen.push(l);
            chosen.extend(others.first().copied());
        }
        None => chosen.extend(others.iter().take(2).filter(|c| pull(c) != (0, 0))),
    }
    if chosen.iter().all(|c| pull(c) == (0, 0)) && lean.is_none() {
        return Vec::new();
    }
    let listed = |list: &[(String, Vec<String>)], id: &str| -> Vec<String> {
        list.iter()
            .filter(|(_, t)| t.iter().any(|x| x == id))
            .map(|(r, _)| r.clone())
            .collect()
    };
    chosen
        .into_iter()
        .map(|c| Weighing {
            option: care_ref(c),
            leaning: lean.is_some_and(|l| l.id == c.id),
            reasons: listed(reasons, &c.id),
            answers: listed(strong, &c.id),
        })
        .collect()
}

/// A role's name as the bank writes it, for the JSON.
fn role_name(role: Role) -> String {
    match role {
        Role::DecisionStage => "decision_stage",
        Role::DecisionRole => "decision_role",
        Role::DecisionBy => "decision_by",
        Role::Readiness => "readiness",
        Role::Value => "value",
        Role::Leaning => "leaning",
        Role::Feeling => "feeling",
        Role::Confidence => "confidence",
        Role::FreeToChoose => "free_to_choose",
    }
    .to_string()
}

/// Where a role's answer stands in "Where you stand": what the person
/// leans toward and feels first, the practical when and how last.
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
        Role::Value => 8,
    }
}

/// The counts behind one section's summary.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct SectionTally {
    pub answered: usize,
    pub open: usize,
    /// Knowledge questions answered with something to find out.
    pub to_find_out: usize,
    /// Shown questions whose answers can bear on an option.
    pub can_bear: usize,
    /// Shown knowledge questions.
    pub knowledge: usize,
    /// Knowledge questions answered (not skipped, not "not sure").
    pub known: usize,
}

/// Tallies one section.
pub fn section_tally(section: &Section, answers: &Answers) -> SectionTally {
    let mut t = SectionTally::default();
    for q in &section.questions {
        if !conditions::shown(q, answers) {
            continue;
        }
        if q.options.iter().any(Choice::bears_on_options) {
            t.can_bear += 1;
        }
        if q.knowledge {
            t.knowledge += 1;
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
        if q.knowledge {
            t.known += 1;
        }
        if q.knowledge && a.option_ids().any(|id| to_find_out(q, id)) {
            t.to_find_out += 1;
        }
    }
    t
}

/// How one section's answers fit one option: the weighted share of the
/// answers bearing on it that point toward it, banded in the bank's words.
/// A section with any answer against the option never gets the top band,
/// so the summary cannot say an option fits where the person said it
/// does not.
pub fn option_fit(section: &Section, answers: &Answers, c: &CareOption) -> OptionFit {
    let (mut toward, mut against) = (0, 0);
    let (mut w_toward, mut w_all) = (0.0, 0.0);
    let mut bearing = 0;
    for q in &section.questions {
        if !conditions::shown(q, answers) {
            continue;
        }
        let Some(a) = answers.get(&q.id) else {
            continue;
        };
        let (mut t, mut g) = (false, false);
        for o in chosen(q, a) {
            t |= o.toward.contains(&c.id);
            g |= o.against.contains(&c.id);
        }
        if t == g {
            continue;
        }
        bearing += 1;
        w_all += q.weight.max(0.5);
        if t {
            toward += 1;
            w_toward += q.weight.max(0.5);
        } else {
            against += 1;
        }
    }
    let can_bear = section_tally(section, answers).can_bear;
    let score = (bearing >= MIN_SCORED && bearing * 2 >= can_bear.min(bearing * 2) && w_all > 0.0)
        .then(|| (100.0 * w_toward / w_all).clamp(0.0, 100.0));
    let mut band = score.and_then(|v| section.band_for(v.round() as u8));
    if let (Some(b), true) = (band, against > 0) {
        let n = section.bands.len();
        if n > 1 && section.bands.last() == Some(b) {
            band = section.bands.get(n - 2);
        }
    }
    OptionFit {
        option: care_ref(c),
        toward,
        against,
        score: band.and(score).map(|v| (v * 10.0).round() / 10.0),
        band: band.map(|b| b.id.clone()),
        band_label: band.map(|b| b.label.clone()),
    }
}

/// One consideration, summed up in the bank's words for the options being
/// weighed, or why it is not.
fn section_summary(
    s: &Section,
    answers: &Answers,
    options: &[&CareOption],
    m: &Messages,
) -> SectionScore {
    let t = section_tally(s, answers);
    let fit: Vec<OptionFit> = options.iter().map(|c| option_fit(s, answers, c)).collect();
    // Options that fit the same way are named together, once.
    let mut by_label: Vec<(&str, Vec<String>)> = Vec::new();
    for f in &fit {
        let Some(l) = f.band_label.as_deref() else {
            continue;
        };
        match by_label.iter_mut().find(|(x, _)| *x == l) {
            Some((_, names)) => names.push(f.option.label.clone()),
            None => by_label.push((l, vec![f.option.label.clone()])),
        }
    }
    let mut said: Vec<String> = by_label
        .iter()
        .map(|(l, names)| format!("{}: {}", m.and_list(names), lower_first(l)))
        .collect();
    // Where some option is summed up, say which ones could not be.
    let unsaid: Vec<String> = fit
        .iter()
        .filter(|f| f.band.is_none())
        .map(|f| f.option.label.clone())
        .collect();
    if !said.is_empty() && !unsaid.is_empty() {
        said.push(m.with(
            "section-too-few-to-say",
            &[("options", m.and_list(&unsaid).into())],
        ));
    }
    if t.to_find_out > 0 {
        said.push(m.with("section-to-find-out", &[("count", t.to_find_out.into())]));
    }
    let summary = if t.answered + t.open == 0 {
        m.get("section-not-answered")
    } else if !said.is_empty() {
        said.join("; ")
    } else if t.knowledge > 0 && t.known >= MIN_SCORED && t.known * 2 >= t.knowledge {
        m.get("section-nothing-to-find-out")
    } else if t.can_bear == 0 && t.open > 0 {
        m.get("section-still-open")
    } else {
        m.get("section-too-few")
    };
    SectionScore {
        id: s.id.clone(),
        title: s.title.clone(),
        answered: t.answered,
        open: t.open,
        to_find_out: t.to_find_out,
        fit,
        summary,
    }
}

/// "Most answers…" → "most answers…", to follow a label and a colon.
fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) if c.clone().next().is_some_and(char::is_lowercase) => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

fn described(q: &Question, a: &Answer) -> Option<String> {
    (*a != Answer::Skipped).then(|| a.describe(q))
}

/// The answers that changed since `before`: only questions answered (not
/// skipped) both times are compared, so a quick check-in after a full one
/// says nothing about what it did not ask.
pub fn changes(before: &Assessment, now: &Assessment) -> Vec<Change> {
    now.all_answers
        .iter()
        .filter_map(|n| {
            let b = before.all_answers.iter().find(|b| b.id == n.id)?;
            let (Some(was), Some(is)) = (&b.answer, &n.answer) else {
                return None;
            };
            (was != is).then(|| Change {
                id: n.id.clone(),
                question: n.question.clone(),
                before: was.clone(),
                now: is.clone(),
            })
        })
        .collect()
}
#[cfg(test)]
mod tests;
