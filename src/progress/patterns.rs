//! Answers that moved the same way for two weeks or more, each turned into
//! a question for the care team. Never advice, never a verdict: the words
//! say what the answers did and what to talk about. A pattern needs the
//! last two kept weeks (and, for a measure that moved, the week before
//! them as the starting point), so one hard week never fires anything.

use serde::Serialize;

use super::Week;
use crate::i18n::Messages;

/// How many weeks in a row an answer must move the same way.
pub const WEEKS: usize = 2;

/// What fires a pattern, for tests and the JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// Mood lower than before the two weeks, and sessions missed in both.
    MoodLowerMissed,
    /// "Not enough" care, two weeks running.
    NotEnoughTwice,
    /// "Too much" care, two weeks running.
    TooMuchTwice,
    /// Sessions missed two weeks running (mood not lower).
    MissedTwice,
    /// Mood lower, two weeks running (no sessions missed in both).
    MoodLower,
    StressHigher,
    SleepLower,
    EnergyLower,
    /// One goal with no progress (or moving back), two weeks running.
    GoalStuck,
}

/// One pattern found, with its question for the care team.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Found {
    pub kind: Kind,
    /// What the answers did, in plain words.
    pub what: String,
    /// The question for the care team.
    pub question: String,
    /// The ids of the weeks it is seen in, oldest first.
    pub weeks: Vec<String>,
}

/// The question for every change in the level of care (its message id).
pub const FIT_QUESTION: &str = "progress-fit-question";

/// A measure's place on its scale (0 = the first option), or None.
fn level(w: &Week, id: &str, order: &[&str]) -> Option<usize> {
    let c = w.choice(id)?;
    order.iter().position(|o| *o == c)
}

const MOOD: [&str; 5] = ["very-low", "low", "okay", "good", "very-good"];
const STRESS: [&str; 5] = ["none", "a-little", "some", "a-lot", "very-high"];
const SLEEP: [&str; 5] = ["very-poor", "poor", "okay", "good", "very-good"];
const ENERGY: [&str; 5] = ["very-low", "low", "some", "good", "very-high"];

/// Whether a measure moved one way over the last two weeks: both lower
/// (or, with `up`, higher) than the week before them, and the last no
/// better than the one before it.
fn moved(weeks: &[&Week], id: &str, order: &[&str], up: bool) -> bool {
    let n = weeks.len();
    if n < WEEKS + 1 {
        return false;
    }
    let vals: Option<Vec<usize>> = weeks[n - WEEKS - 1..]
        .iter()
        .map(|w| level(w, id, order))
        .collect();
    let Some(v) = vals else {
        return false;
    };
    // `worse(from, to)`: `to` is a step the hard way from `from`.
    let worse = |from: usize, to: usize| if up { to > from } else { to < from };
    let (base, a, b) = (v[0], v[1], v[2]);
    worse(base, a) && worse(base, b) && !worse(b, a)
}

/// Every pattern in the weeks (oldest first), in a fixed order, said in
/// the words of `m`.
pub fn find(weeks: &[Week], m: &Messages) -> Vec<Found> {
    let all: Vec<&Week> = weeks.iter().collect();
    let n = all.len();
    let mut out = Vec::new();
    if n < WEEKS {
        return out;
    }
    let last = &all[n - WEEKS..];
    let ids =
        |k: usize| -> Vec<String> { all[n - k..].iter().map(|w| w.created.clone()).collect() };
    let missed_both = last.iter().all(|w| w.missed().is_some_and(|m| m > 0));
    let mood_lower = moved(&all, "mood", &MOOD, false);
    let fit_both = |o: &str| last.iter().all(|w| w.choice("care-fit") == Some(o));
    let mut push = |kind: Kind, what: String, question: &str, k: usize| {
        out.push(Found {
            kind,
            what,
            question: m.get(question),
            weeks: ids(k),
        })
    };
    if mood_lower && missed_both {
        push(
            Kind::MoodLowerMissed,
            m.get("progress-pattern-mood-lower-missed"),
            FIT_QUESTION,
            WEEKS + 1,
        );
    }
    if fit_both("not-enough") {
        push(
            Kind::NotEnoughTwice,
            m.get("progress-pattern-not-enough-twice"),
            FIT_QUESTION,
            WEEKS,
        );
    }
    if fit_both("too-much") {
        push(
            Kind::TooMuchTwice,
            m.get("progress-pattern-too-much-twice"),
            FIT_QUESTION,
            WEEKS,
        );
    }
    if missed_both && !mood_lower {
        push(
            Kind::MissedTwice,
            m.get("progress-pattern-missed-twice"),
            "progress-question-missed",
            WEEKS,
        );
    }
    if mood_lower && !missed_both {
        push(
            Kind::MoodLower,
            m.get("progress-pattern-mood-lower"),
            "progress-question-mood",
            WEEKS + 1,
        );
    }
    if moved(&all, "stress", &STRESS, true) {
        push(
            Kind::StressHigher,
            m.get("progress-pattern-stress-higher"),
            "progress-question-stress",
            WEEKS + 1,
        );
    }
    if moved(&all, "sleep", &SLEEP, false) {
        push(
            Kind::SleepLower,
            m.get("progress-pattern-sleep-lower"),
            "progress-question-sleep",
            WEEKS + 1,
        );
    }
    if moved(&all, "energy", &ENERGY, false) {
        push(
            Kind::EnergyLower,
            m.get("progress-pattern-energy-lower"),
            "progress-question-energy",
            WEEKS + 1,
        );
    }
    // A goal is the same goal when its words are the same.
    let latest = last[WEEKS - 1];
    for goal in &latest.plan.goals {
        let stuck = last.iter().all(|w| {
            w.plan
                .goals
                .iter()
                .position(|g| g == goal)
                .and_then(|i| w.choice(&super::goal_id(i + 1)))
                .is_some_and(|c| c == "no-change" || c == "moved-back")
        });
        if stuck {
            push(
                Kind::GoalStuck,
                m.with(
                    "progress-pattern-goal-stuck",
                    &[("goal", goal.as_str().into())],
                ),
                "progress-question-goal",
                WEEKS,
            );
        }
    }
    out
}

/// The patterns as sentences for a page: what the answers did, then the
/// question for the care team, each question said once (after every
/// pattern that raises it), in the order first found.
pub fn sentences(found: &[Found]) -> Vec<String> {
    let mut out: Vec<(Vec<&str>, &str)> = Vec::new();
    for f in found {
        match out.iter_mut().find(|(_, q)| *q == f.question) {
            Some((whats, _)) => whats.push(&f.what),
            None => out.push((vec![&f.what], &f.question)),
        }
    }
    out.into_iter()
        .map(|(whats, q)| format!("{} {q}", whats.join(" ")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use serde_json::{Map, Value, json};

    /// The question for a change in the level of care, in English.
    const FIT: &str = "Talk with your care team about whether this level of care still fits.";

    fn en() -> Messages {
        Messages::new(Lang::En)
    }

    fn week(n: usize, pairs: &[(&str, &str)]) -> Week {
        let mut answers = Map::new();
        for (k, v) in pairs {
            answers.insert((*k).into(), Value::String((*v).into()));
        }
        Week {
            format: 1,
            created: format!("2026-10-{:02}T12:00:00Z", n + 1),
            week: String::new(),
            bank: super::super::BankRef {
                id: "weekly-progress".into(),
                version: "1.0.0".into(),
                language: None,
            },
            care: Some("iop".into()),
            plan: super::super::Plan {
                goals: vec!["Sleep by 11".into()],
                goals_from: super::super::GoalsFrom::LastWeek,
                signs: vec![],
            },
            quick: false,
            answers,
        }
    }

    /// A steady week: nothing moves.
    const STEADY: &[(&str, &str)] = &[
        ("mood", "okay"),
        ("stress", "some"),
        ("sleep", "okay"),
        ("energy", "some"),
        ("missed", "none"),
        ("care-fit", "about-right"),
        ("goal-1", "a-little"),
    ];

    fn with(changes: &[(&'static str, &'static str)]) -> Vec<(&'static str, &'static str)> {
        let mut v: Vec<(&str, &str)> = STEADY.to_vec();
        for (k, val) in changes {
            v.retain(|(kk, _)| kk != k);
            v.push((k, val));
        }
        v
    }

    fn kinds(changes: &[&[(&'static str, &'static str)]]) -> Vec<Kind> {
        let weeks: Vec<Week> = changes
            .iter()
            .enumerate()
            .map(|(i, c)| week(i, &with(c)))
            .collect();
        find(&weeks, &en()).into_iter().map(|f| f.kind).collect()
    }

    /// A name, each week's answers that differ from a steady week, and the
    /// patterns expected.
    type Case<'a> = (&'a str, &'a [&'a [(&'a str, &'a str)]], &'a [Kind]);

    #[test]
    fn each_two_week_pattern_gives_its_question_and_no_other() {
        use Kind::*;
        let cases: &[Case] = &[
            ("steady weeks", &[&[], &[], &[]], &[]),
            (
                "mood lower and sessions missed, two weeks",
                &[
                    &[],
                    &[("mood", "low"), ("missed", "one")],
                    &[("mood", "low"), ("missed", "two")],
                ],
                &[MoodLowerMissed],
            ),
            (
                "not enough care twice",
                &[
                    &[],
                    &[("care-fit", "not-enough")],
                    &[("care-fit", "not-enough")],
                ],
                &[NotEnoughTwice],
            ),
            (
                "too much care twice",
                &[&[("care-fit", "too-much")], &[("care-fit", "too-much")]],
                &[TooMuchTwice],
            ),
            (
                "missed twice, mood steady",
                &[&[], &[("missed", "one")], &[("missed", "three-plus")]],
                &[MissedTwice],
            ),
            (
                "mood lower twice, no sessions missed",
                &[&[], &[("mood", "low")], &[("mood", "very-low")]],
                &[MoodLower],
            ),
            (
                "stress higher twice",
                &[&[], &[("stress", "a-lot")], &[("stress", "a-lot")]],
                &[StressHigher],
            ),
            (
                "sleep worse twice",
                &[&[], &[("sleep", "poor")], &[("sleep", "poor")]],
                &[SleepLower],
            ),
            (
                "energy lower twice",
                &[&[], &[("energy", "low")], &[("energy", "very-low")]],
                &[EnergyLower],
            ),
            (
                "a goal stuck twice",
                &[&[], &[("goal-1", "no-change")], &[("goal-1", "moved-back")]],
                &[GoalStuck],
            ),
            // One hard week is not a pattern.
            (
                "one hard week",
                &[
                    &[],
                    &[],
                    &[
                        ("mood", "very-low"),
                        ("missed", "two"),
                        ("care-fit", "not-enough"),
                        ("stress", "very-high"),
                        ("goal-1", "moved-back"),
                    ],
                ],
                &[],
            ),
            // Lower, then back up: not the same way twice.
            (
                "down then up",
                &[&[], &[("mood", "low")], &[("mood", "good")]],
                &[],
            ),
            // Down, then further down is the same way; down then partly up is not.
            (
                "down then partly back",
                &[&[], &[("mood", "very-low")], &[("mood", "low")]],
                &[],
            ),
            (
                "not enough, then about right",
                &[
                    &[("care-fit", "not-enough")],
                    &[("care-fit", "about-right")],
                ],
                &[],
            ),
            (
                "not enough, then too much",
                &[&[("care-fit", "not-enough")], &[("care-fit", "too-much")]],
                &[],
            ),
            ("one week only", &[&[("care-fit", "not-enough")]], &[]),
            (
                "better twice is no pattern",
                &[
                    &[],
                    &[("mood", "good"), ("stress", "a-little")],
                    &[("mood", "very-good"), ("stress", "none")],
                ],
                &[],
            ),
        ];
        for (name, weeks, want) in cases {
            assert_eq!(&kinds(weeks), want, "{name}");
        }
    }

    #[test]
    fn the_questions_are_for_the_care_team_never_advice() {
        let weeks: Vec<Week> = (0..3)
            .map(|i| {
                week(
                    i,
                    &with(if i == 0 {
                        &[]
                    } else {
                        &[
                            ("care-fit", "not-enough"),
                            ("mood", "low"),
                            ("missed", "one"),
                        ]
                    }),
                )
            })
            .collect();
        let found = find(&weeks, &en());
        assert!(!found.is_empty());
        for f in &found {
            assert!(
                f.question.starts_with("Talk with your care team about"),
                "{}",
                f.question
            );
            for word in ["should", "must", "need to", "you have to"] {
                assert!(!f.question.to_lowercase().contains(word), "{}", f.question);
            }
        }
        assert!(found.iter().any(|f| f.question == FIT));
        let _ = json!(found);
    }

    #[test]
    fn a_question_raised_by_two_patterns_is_said_once() {
        let weeks: Vec<Week> = (0..3)
            .map(|i| {
                week(
                    i,
                    &with(if i == 0 {
                        &[]
                    } else {
                        &[
                            ("care-fit", "not-enough"),
                            ("mood", "low"),
                            ("missed", "one"),
                        ]
                    }),
                )
            })
            .collect();
        let found = find(&weeks, &en());
        let kinds: Vec<Kind> = found.iter().map(|f| f.kind).collect();
        assert_eq!(kinds, [Kind::MoodLowerMissed, Kind::NotEnoughTwice]);
        let said = sentences(&found);
        assert_eq!(
            said,
            [format!(
                "Your mood was lower than before, and you missed sessions, two weeks in a row. \
                 You said your care felt like not enough, two weeks in a row. {FIT}"
            )]
        );
    }
}
