//! The weekly check-in (`iop-check progress`): the built-in weekly bank,
//! made personal for each run (a question per goal and per sign the person
//! named), the kept record of one week, and what the weeks say together.
//!
//! Data flows as in the decision run: bank → engine → answers → a
//! [`Week`] kept on disk → [`trend::Trend`] (every week, measure by
//! measure) and [`care_team::CareTeam`] (the summary for the care team),
//! each laid out per format. Nothing is scored: the weeks are shown in the
//! person's own answers, and [`patterns`] only points at answers that moved
//! the same way two weeks running, as questions for the care team.

pub mod care_team;
pub mod keep;
pub mod kept;
pub mod patterns;
pub mod trend;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::answers::{Answer, Answers};
use crate::bank::{self, Bank};
use crate::error::Result;
use crate::i18n::{Lang, Messages};

/// The weekly bank, built in (`questions/progress.yaml`).
pub const PROGRESS_YAML: &str = include_str!("../../questions/progress.yaml");
/// How the built-in weekly bank is named in messages.
pub const PROGRESS_NAME: &str = "questions/progress.yaml (built in)";

/// The version of the kept week's JSON.
pub const FORMAT: u32 = 1;

/// The question whose answer the bank says is "just for you": kept with
/// the week, never on a page or in a resource for the care team.
pub const OWN_NOTE: &str = "note";

/// At most this many goals, and this many signs, are asked back.
pub const MAX_GOALS: usize = 3;

/// Template questions, copied once per goal and per sign.
const GOAL_TEMPLATE: &str = "goal-progress";
const SIGN_TEMPLATE: &str = "sign-seen";

/// The weekly bank as written, with its template questions: checked when
/// iop-check was built (build.rs), and read back here.
pub fn base_bank() -> Result<Bank> {
    base_bank_in(Lang::En)
}

/// The weekly bank in `lang` (questions/progress.es.yaml for Spanish: the
/// same ids, in other words).
pub fn base_bank_in(lang: Lang) -> Result<Bank> {
    bank::builtin_progress(PROGRESS_NAME, lang)
}

/// The words iop-check adds to a bank's own, in the bank's language.
pub fn messages(bank: &Bank) -> Messages {
    Messages::new(Lang::of(&bank.language))
}

/// Where this week's goals came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum GoalsFrom {
    /// The person named none yet.
    #[default]
    None,
    /// The last decision check-in (`iop-check run`), its goals note.
    Decision,
    /// The last weekly check-in.
    LastWeek,
}

/// What makes a run's bank the person's own: their goals and signs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub goals: Vec<String>,
    #[serde(default)]
    pub goals_from: GoalsFrom,
    pub signs: Vec<String>,
}

/// The id of the question about goal `n` (from 1).
pub fn goal_id(n: usize) -> String {
    format!("goal-{n}")
}

/// The id of the question about sign `n` (from 1).
pub fn sign_id(n: usize) -> String {
    format!("sign-{n}")
}

/// Splits a typed list ("sleep by 11; call my sister") into items: on `;`
/// and line breaks, trimmed, empty ones dropped, at most [`MAX_GOALS`],
/// control characters and terminal escapes left out.
pub fn split_list(text: &str) -> Vec<String> {
    // Cleaned of control characters and escapes: the words go into
    // prompts, tables and pages.
    crate::text::clean(text)
        .split([';', '\n'])
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| !s.is_empty())
        .take(MAX_GOALS)
        .collect()
}

/// The bank for one run: a copy of the goal question for each goal, of the
/// sign question for each sign, and either the "change them" or the "name
/// them" question, never both. The person's words go into the prompts as
/// typed; nothing is put in their mouth as an answer.
pub fn bank_for(base: &Bank, plan: &Plan) -> Bank {
    let m = messages(base);
    let mut bank = base.clone();
    for s in &mut bank.sections {
        let mut out = Vec::with_capacity(s.questions.len());
        for q in s.questions.drain(..) {
            match q.id.as_str() {
                GOAL_TEMPLATE => {
                    for (i, g) in plan.goals.iter().enumerate() {
                        let mut c = q.clone();
                        c.id = goal_id(i + 1);
                        c.prompt = q.prompt.replace("{goal}", g);
                        c.fact = Some(m.with("progress-goal-fact", &[("goal", g.as_str().into())]));
                        if i == 0 && plan.goals_from == GoalsFrom::Decision {
                            c.help = Some(format!(
                                "{} {}",
                                q.help.as_deref().unwrap_or_default(),
                                m.get("progress-goal-from-decision")
                            ));
                        }
                        out.push(c);
                    }
                }
                SIGN_TEMPLATE => {
                    for (i, g) in plan.signs.iter().enumerate() {
                        let mut c = q.clone();
                        c.id = sign_id(i + 1);
                        c.prompt = q.prompt.replace("{sign}", g);
                        c.fact = Some(m.with("progress-sign-fact", &[("sign", g.as_str().into())]));
                        out.push(c);
                    }
                }
                "goals-edit" if plan.goals.is_empty() => {}
                "goals-name" if !plan.goals.is_empty() => {}
                "signs-edit" if plan.signs.is_empty() => {}
                "signs-name" if !plan.signs.is_empty() => {}
                _ => out.push(q),
            }
        }
        s.questions = out;
    }
    bank.reindex();
    bank
}

/// The plan for this week: the goals and signs of the last weekly check-in
/// (as changed then), else the goals note of the last decision check-in.
pub fn plan(last_week: Option<&Week>, decision: Option<&crate::score::Assessment>) -> Plan {
    let signs = last_week.map(Week::next_signs).unwrap_or_default();
    if let Some(goals) = last_week.map(Week::next_goals).filter(|g| !g.is_empty()) {
        return Plan {
            goals,
            goals_from: GoalsFrom::LastWeek,
            signs,
        };
    }
    match decision.map(decision_goals).filter(|g| !g.is_empty()) {
        Some(goals) => Plan {
            goals,
            goals_from: GoalsFrom::Decision,
            signs,
        },
        None => Plan {
            signs,
            ..Plan::default()
        },
    }
}

/// The goals the person wrote in a decision check-in: the decision bank
/// has no list of goals, only the free note of its goals part
/// (`goals-notes`), which is split like a typed list.
pub fn decision_goals(a: &crate::score::Assessment) -> Vec<String> {
    a.answers
        .get("goals-notes")
        .and_then(Value::as_str)
        .map(split_list)
        .unwrap_or_default()
}

/// One kept weekly check-in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Week {
    pub format: u32,
    /// When it was made (RFC 3339).
    pub created: String,
    /// The ISO week it was made in, like `2026-W49`.
    pub week: String,
    pub bank: BankRef,
    /// The care the person said they are in (`care-now`), by id, if answered.
    pub care: Option<String>,
    /// The goals and signs asked about this week, in the order asked.
    pub plan: Plan,
    /// Only the core questions were asked (`--quick`).
    #[serde(default)]
    pub quick: bool,
    /// question id → answer (option id, list, number, text, or null for skipped).
    pub answers: Map<String, Value>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BankRef {
    pub id: String,
    pub version: String,
    /// The bank's language (`en-US`, `es-US`): the language of a week's
    /// draft, which a paused week goes on in, and of a page's labels. A
    /// week kept before this was kept was in English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
}

impl BankRef {
    pub fn of(bank: &Bank) -> BankRef {
        BankRef {
            id: bank.id.clone(),
            version: bank.version.clone(),
            language: Some(bank.language.clone()),
        }
    }
}

/// `2026-W49`, the ISO week of an RFC 3339 time.
pub fn iso_week(created: &str) -> String {
    match created.parse::<jiff::Timestamp>() {
        Ok(ts) => {
            let d = ts.to_zoned_datetime(jiff::tz::TimeZone::system()).date();
            let w = d.iso_week_date();
            format!("{}-W{:02}", w.year(), w.week())
        }
        Err(_) => String::new(),
    }
}

impl Week {
    pub fn new(bank: &Bank, plan: &Plan, answers: &Answers, created: &str, quick: bool) -> Week {
        let map = match answers.to_json() {
            Value::Object(m) => m,
            _ => Map::new(),
        };
        Week {
            format: FORMAT,
            created: created.to_string(),
            week: iso_week(created),
            bank: BankRef::of(bank),
            care: match answers.get("care-now") {
                Some(Answer::Choice(c)) => Some(c.clone()),
                _ => None,
            },
            plan: plan.clone(),
            quick,
            answers: map,
        }
    }

    /// An option id answered to `id`, if any.
    pub fn choice(&self, id: &str) -> Option<&str> {
        self.answers.get(id).and_then(Value::as_str)
    }

    /// Option ids checked in a checklist.
    pub fn checked(&self, id: &str) -> Vec<&str> {
        self.answers
            .get(id)
            .and_then(Value::as_array)
            .map(|v| v.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    /// Text answered to `id`, trimmed, if any.
    pub fn text(&self, id: &str) -> Option<&str> {
        self.answers
            .get(id)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
    }

    /// The goals to ask about next week: the new list typed this week, else
    /// this week's.
    pub fn next_goals(&self) -> Vec<String> {
        self.next_list(["goals-edit", "goals-name"], &self.plan.goals)
    }

    /// The signs to watch next week, as [`Week::next_goals`].
    pub fn next_signs(&self) -> Vec<String> {
        self.next_list(["signs-edit", "signs-name"], &self.plan.signs)
    }

    /// The first non-empty list typed to one of `ids`, else `current`.
    fn next_list(&self, ids: [&str; 2], current: &[String]) -> Vec<String> {
        ids.into_iter()
            .filter_map(|id| self.text(id))
            .map(split_list)
            .find(|l| !l.is_empty())
            .unwrap_or_else(|| current.to_vec())
    }

    /// The answers, read back against the bank of that week.
    pub fn typed_answers(&self, bank: &Bank) -> Answers {
        let mut a = Answers::default();
        for (id, v) in &self.answers {
            if let Some(q) = bank.question(id) {
                if let Ok(ans) = crate::answers::from_json(q, v) {
                    a.set(id, ans);
                }
            }
        }
        a
    }

    /// How many planned sessions were missed: 0 to 3 (3 or more); None
    /// when not answered or no sessions were planned.
    pub fn missed(&self) -> Option<usize> {
        match self.choice("missed")? {
            "none" => Some(0),
            "one" => Some(1),
            "two" => Some(2),
            "three-plus" => Some(3),
            _ => None,
        }
    }

    /// Whether any safety answer is other than "No" (a skip included).
    pub fn safety_flagged(&self, bank: &Bank) -> bool {
        bank.safety_questions()
            .any(|q| match self.answers.get(&q.id) {
                Some(Value::String(o)) => q.option(o).is_some_and(|c| c.crisis || c.not_sure),
                Some(Value::Null) => true,
                _ => false,
            })
    }
}

/// The words of an option of question `id` in `bank`; an option the bank
/// does not know (a kept file from another bank, or edited) is shown as it
/// is, cleaned of control characters and terminal escapes.
pub fn label(bank: &Bank, id: &str, option: &str) -> String {
    bank.question(id)
        .and_then(|q| q.option(option))
        .map(|o| o.label.clone())
        .unwrap_or_else(|| crate::text::clean(option))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weekly_bank_is_valid_and_asks_safety_first_like_the_decision_bank() {
        let b = base_bank().expect("valid");
        let d = bank::builtin().expect("built in");
        let first: Vec<&str> = b.questions().take(3).map(|(_, q)| q.id.as_str()).collect();
        assert_eq!(first, ["safe-now", "hurt-self", "harm-others"]);
        for q in b.safety_questions() {
            assert_eq!(Some(q), d.question(&q.id), "{} differs", q.id);
        }
        assert_eq!(b.crisis, d.crisis);
        assert!(b.questions().all(|(_, q)| q.default.is_none()));
    }

    #[test]
    fn goals_and_signs_become_questions_of_their_own() {
        let base = base_bank().unwrap();
        let plan = Plan {
            goals: vec!["Sleep by 11".into(), "Call my sister".into()],
            goals_from: GoalsFrom::LastWeek,
            signs: vec!["I go out more".into()],
        };
        let b = bank_for(&base, &plan);
        assert!(b.question(GOAL_TEMPLATE).is_none());
        assert!(b.question(SIGN_TEMPLATE).is_none());
        assert!(b.question("goal-1").unwrap().prompt.contains("Sleep by 11"));
        assert!(
            b.question("goal-2")
                .unwrap()
                .prompt
                .contains("Call my sister")
        );
        assert!(b.question("goal-3").is_none());
        assert!(
            b.question("sign-1")
                .unwrap()
                .prompt
                .contains("I go out more")
        );
        assert!(b.question("goals-edit").is_some() && b.question("goals-name").is_none());
        assert!(b.question("signs-edit").is_some() && b.question("signs-name").is_none());
        let none = bank_for(&base, &Plan::default());
        assert!(none.question("goal-1").is_none());
        assert!(none.question("goals-name").is_some() && none.question("goals-edit").is_none());
    }

    #[test]
    fn the_welcome_says_a_few_minutes_and_the_weekly_quick_command() {
        let b = bank_for(
            &base_bank().unwrap(),
            &Plan {
                goals: vec!["a".into(), "b".into()],
                goals_from: GoalsFrom::LastWeek,
                signs: vec!["c".into()],
            },
        );
        assert!(b.minutes(false) <= 4, "{}", b.minutes(false));
        assert!(b.minutes(true) <= 2, "{}", b.minutes(true));
        let w = crate::prompt::welcome_text(&b, false).join(" ");
        assert!(w.contains("`iop-check progress --quick`"), "{w}");
        // Out of range is refused, naming the key.
        let bad = PROGRESS_YAML.replace("seconds_per_question: 10", "seconds_per_question: 2");
        let e = bank::load_str("x.yaml", &bad).unwrap_err();
        assert!(
            e.iter()
                .any(|p| p.to_string().contains("seconds_per_question")),
            "{e:?}"
        );
        // A bank without the keys keeps the decision run's words.
        let d = bank::builtin().unwrap();
        assert_eq!(d.seconds_per_question, bank::DEFAULT_SECONDS_PER_QUESTION);
        assert!(
            crate::prompt::welcome_text(&d, false)
                .join(" ")
                .contains("`iop-check --quick`")
        );
    }

    #[test]
    fn typed_lists_are_split_on_semicolons_and_lines() {
        assert_eq!(
            split_list(" sleep by 11;  call my\tsister ;\n;walk"),
            ["sleep by 11", "call my sister", "walk"]
        );
        assert_eq!(split_list("a;b;c;d").len(), MAX_GOALS);
        assert!(split_list(" ; ").is_empty());
        assert_eq!(split_list("\u{1b}[31mred\u{1b}[0m goal"), ["red goal"]);
    }
}
