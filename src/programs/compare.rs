//! The comparison: programs side by side, row by row, marked against what
//! the person said matters to them, with the questions still to ask.
//!
//! It shows facts and what is unknown. It never ranks, scores or recommends
//! a program: the marks only say whether a fact matches what the person
//! said (their format, their free hours, their schedule).

use serde::Serialize;

use super::Program;
use super::estimate::{self, Amount, Cap, Estimate, Fit, Inputs, Pay};
use super::fields::{decision, format_fits, sheet};
use crate::answers::{Answer, Answers, format_number};
use crate::bank::{self, Bank};

/// Said with every comparison, in every format.
pub const NOTE: &str = "These are the facts you wrote down, and rough estimates made from them. \
They do not rate or recommend any program: the choice is yours, with your care team. \
Check every cost with the program and your insurer before you decide.";

/// What the person said in the main questions, used to mark the comparison.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Preferences {
    /// Where these come from ("your check-in 20261127-142501"); None when
    /// there is no check-in or draft.
    pub source: Option<String>,
    /// The hours a week they could free (`hours-free`).
    pub hours_free: Option<f64>,
    /// `in-person`, `virtual` or `either` (the `format` question).
    pub format: Option<String>,
    /// The reasons of the weigh step (role `value`) that matter a lot to
    /// them, each as its question id without `value-` (`structure`).
    pub benefits: Vec<String>,
    /// The same benefits, in words.
    pub benefit_labels: Vec<String>,
    /// What might get in the way (`conflicts`), without "none".
    pub conflicts: Vec<String>,
}

impl Preferences {
    /// Reads the preferences out of the answers to a main bank: the run's
    /// own bank and answers, or a kept check-in's or draft's read against
    /// the bank the command loaded. Pure. Questions the bank does not have
    /// are simply left open.
    pub fn read(main: &Bank, answers: &Answers, source: String) -> Self {
        let choice = |id: &str| match answers.get(id) {
            Some(Answer::Choice(c)) => Some(c.as_str()),
            _ => None,
        };
        // The reasons of the weigh step (role `value`) rated at the top of
        // their scale ("matters a lot").
        let (benefits, labels): (Vec<String>, Vec<String>) = main
            .questions()
            .map(|(_, q)| q)
            .filter(|q| q.role == Some(bank::Role::Value))
            .filter(|q| {
                choice(&q.id)
                    .and_then(|o| q.option(o))
                    .is_some_and(|o| o.score.is_some_and(|s| s >= 75))
            })
            .map(|q| {
                (
                    decision::benefit(&q.id).to_string(),
                    q.fact.clone().unwrap_or_else(|| q.prompt.clone()),
                )
            })
            .unzip();
        let format = {
            use decision::format::{EITHER, ID, IN_PERSON, VIRTUAL};
            choice(ID).filter(|f| [IN_PERSON, VIRTUAL, EITHER].contains(f))
        };
        Preferences {
            source: Some(source),
            hours_free: match answers.get(decision::hours_free::ID) {
                Some(Answer::Number(n)) if n.is_finite() && *n >= 0.0 => Some(*n),
                _ => None,
            },
            format: format.map(str::to_string),
            benefit_labels: labels,
            benefits,
            conflicts: match answers.get(decision::conflicts::ID) {
                Some(Answer::Checklist(v)) => v
                    .iter()
                    .filter(|c| *c != decision::conflicts::NONE)
                    .cloned()
                    .collect(),
                _ => Vec::new(),
            },
        }
    }
}

/// How a fact compares with what the person said.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Mark {
    /// Fits what you said.
    Fits,
    /// Differs from what you said.
    Differs,
}

/// One cell: a program's answer for one row.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub text: String,
    /// False when the answer is "don't know yet" (the text then says so).
    pub known: bool,
    pub mark: Option<Mark>,
}

/// One row of the comparison: the same fact for every program.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Row {
    pub id: String,
    pub label: String,
    /// The benefit this row speaks to, when the person chose it as one of
    /// theirs ("Flexibility: …"); None otherwise.
    pub priority: Option<String>,
    pub cells: Vec<Cell>,
}

/// One program's column, with what is still to find out.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProgramView {
    /// Its number in `iop-check programs list`.
    pub number: usize,
    pub name: String,
    pub estimate: Estimate,
    /// Questions to ask the program: one for each "don't know yet".
    pub ask_program: Vec<String>,
    /// Questions to ask your insurer about this program.
    pub ask_insurer: Vec<String>,
    /// What its schedule may clash with, from what you said gets in the way.
    pub clashes: Vec<String>,
}

/// The whole comparison (the JSON format, see docs/programs.schema.json).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub schema_version: u32,
    pub kind: &'static str,
    pub note: &'static str,
    pub preferences: Preferences,
    pub programs: Vec<ProgramView>,
    pub rows: Vec<Row>,
    /// What to ask your insurer, for any program.
    pub insurer_script: Vec<String>,
}

/// One program in the summary's compact comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompactRow {
    pub name: String,
    /// In person / Online / In person or online; None when not known yet.
    pub format: Option<String>,
    /// "Mon, Wed, Fri · evenings · 8 weeks"; None when nothing is known.
    pub schedule: Option<String>,
    /// Program + travel hours a week (estimate); None when unknown.
    pub weekly_hours: Option<f64>,
    pub hours_fit: Fit,
    /// The total cost to you (estimate); None when some part is unknown.
    pub total_cost: Option<f64>,
    /// The known parts of the cost, added up.
    pub known_cost: f64,
    /// How many questions are still to ask the program and the insurer.
    pub open_questions: usize,
}

impl CompactRow {
    /// The row as one line for the summary: what is known, each figure
    /// called an estimate, and how much is still to ask.
    pub fn line(&self) -> String {
        let mut parts = Vec::new();
        parts.push(
            self.format
                .clone()
                .unwrap_or_else(|| "format not known yet".into()),
        );
        if let Some(s) = &self.schedule {
            parts.push(s.clone());
        }
        parts.push(match (self.weekly_hours, self.hours_fit) {
            (Some(h), Fit::Fits) => format!(
                "about {} a week with travel, within the hours you could free",
                hours(h)
            ),
            (Some(h), Fit::Over) => format!(
                "about {} a week with travel, more than the hours you could free",
                hours(h)
            ),
            (Some(h), Fit::Unknown) => format!("about {} a week with travel", hours(h)),
            (None, _) => "hours not known yet".into(),
        });
        parts.push(match self.total_cost {
            Some(c) => format!("about {} to you in all (an estimate)", money(c)),
            None if self.known_cost > 0.0 => format!(
                "at least {} to you (an estimate; some costs are not known yet)",
                money(self.known_cost)
            ),
            None => "cost not known yet".into(),
        });
        let open = match self.open_questions {
            0 => String::new(),
            1 => "; 1 question still to ask".into(),
            n => format!("; {n} questions still to ask"),
        };
        format!("{}: {}{open}.", self.name, parts.join("; "))
    }
}

/// The comparison a summary shows when programs exist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompactComparison {
    /// Always "estimate": the costs and hours are estimates.
    pub label: &'static str,
    pub note: &'static str,
    pub programs: Vec<CompactRow>,
}

/// A compact comparison for the summary: one row per program with its
/// format, schedule, weekly hours and total cost (each an estimate), and
/// how many questions are still open. Pure; an empty list gives no rows.
///
/// `worksheet` is the worksheet bank ([`super::worksheet`]); `programs` the
/// kept programs ([`super::load`]); `prefs` the person's preferences
/// ([`Preferences::read`]), used for the hours fit.
pub fn compact_comparison(
    worksheet: &Bank,
    programs: &[Program],
    prefs: &Preferences,
) -> CompactComparison {
    let rows = programs
        .iter()
        .map(|p| {
            let a = p.typed_answers(worksheet);
            let e = estimate::estimate(&inputs(&a, prefs));
            let (ask_p, ask_i) = questions(&a);
            let schedule = [schedule_text(&a), weeks_text(&a)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>();
            CompactRow {
                name: p.name.clone(),
                format: format_text(&a),
                schedule: (!schedule.is_empty()).then(|| schedule.join(" · ")),
                weekly_hours: e.weekly_hours.value,
                hours_fit: e.fit,
                total_cost: e.total_cost.value,
                known_cost: e.known_cost,
                open_questions: ask_p.len() + ask_i.len(),
            }
        })
        .collect();
    CompactComparison {
        label: "estimate",
        note: NOTE,
        programs: rows,
    }
}

/// Builds the comparison of `programs` (each with its number in the list).
pub fn comparison(bank: &Bank, programs: &[(usize, &Program)], prefs: &Preferences) -> Comparison {
    let answers: Vec<Answers> = programs
        .iter()
        .map(|(_, p)| p.typed_answers(bank))
        .collect();
    let views: Vec<ProgramView> = programs
        .iter()
        .zip(&answers)
        .map(|((n, p), a)| {
            let (ask_program, ask_insurer) = questions(a);
            ProgramView {
                number: *n,
                name: p.name.clone(),
                estimate: estimate::estimate(&inputs(a, prefs)),
                ask_program,
                ask_insurer,
                clashes: clashes(a, prefs),
            }
        })
        .collect();
    // The reason a row speaks to (a main-bank `value` question), when the
    // person said it matters a lot to them.
    let chosen = |value_id: &str| -> Option<String> {
        let i = prefs
            .benefits
            .iter()
            .position(|b| b == decision::benefit(value_id))?;
        prefs.benefit_labels.get(i).cloned()
    };
    let mut rows = Vec::new();
    let mut row = |id: &str, label: &str, value: Option<&str>, cell: &dyn Fn(usize) -> Cell| {
        rows.push(Row {
            id: id.to_string(),
            label: label.to_string(),
            priority: value.and_then(chosen),
            cells: (0..views.len()).map(cell).collect(),
        });
    };
    let a = &answers;
    let v = &views;
    let flexibility = Some(decision::value_flexibility::ID);
    let structure = Some(decision::value_structure::ID);
    let continuity = Some(decision::value_continuity::ID);
    row(sheet::contact::ID, "Contact", None, &|i| {
        text_cell(&a[i], sheet::contact::ID)
    });
    row(
        sheet::format::ID,
        "In person or online",
        flexibility,
        &|i| {
            let mut c = unknown_or(format_text(&a[i]));
            c.mark = format_mark(choice(&a[i], sheet::format::ID), prefs.format.as_deref());
            c
        },
    );
    row("schedule", "Days and times", structure, &|i| {
        let mut c = unknown_or(schedule_text(&a[i]));
        if c.known && !prefs.conflicts.is_empty() {
            c.mark = Some(if v[i].clashes.is_empty() {
                Mark::Fits
            } else {
                Mark::Differs
            });
        }
        c
    });
    row(
        "weekly-hours",
        "Hours a week, with travel (estimate)",
        structure,
        &|i| {
            let e = &v[i].estimate;
            let mut c = amount_cell(&e.weekly_hours, hours);
            c.mark = match e.fit {
                Fit::Fits => Some(Mark::Fits),
                Fit::Over => Some(Mark::Differs),
                Fit::Unknown => None,
            };
            c
        },
    );
    row(sheet::weeks::ID, "Weeks", structure, &|i| {
        unknown_or(weeks_text(&a[i]))
    });
    row(
        sheet::methods::ID,
        "Ways of helping",
        Some(decision::value_skills::ID),
        &|i| list_cell(bank, &a[i], sheet::methods::ID),
    );
    row(
        sheet::group_size::ID,
        "Group size",
        Some(decision::value_community::ID),
        &|i| number_cell(bank, &a[i], sheet::group_size::ID),
    );
    row(sheet::one_on_one::ID, "One-on-one time", None, &|i| {
        choice_cell(bank, &a[i], sheet::one_on_one::ID)
    });
    row(
        sheet::psychiatry::ID,
        "Psychiatry time",
        Some(decision::value_whole_person::ID),
        &|i| choice_cell(bank, &a[i], sheet::psychiatry::ID),
    );
    row(
        sheet::with_therapist::ID,
        "With your therapist",
        continuity,
        &|i| choice_cell(bank, &a[i], sheet::with_therapist::ID),
    );
    row(sheet::crisis_help::ID, "After-hours help", None, &|i| {
        choice_cell(bank, &a[i], sheet::crisis_help::ID)
    });
    row(
        sheet::measures_progress::ID,
        "Checks your progress",
        None,
        &|i| choice_cell(bank, &a[i], sheet::measures_progress::ID),
    );
    row(
        sheet::shares_outcomes::ID,
        "Shares its outcomes",
        None,
        &|i| choice_cell(bank, &a[i], sheet::shares_outcomes::ID),
    );
    row(sheet::licensed::ID, "Licensed", None, &|i| {
        choice_cell(bank, &a[i], sheet::licensed::ID)
    });
    row(sheet::accredited::ID, "Accredited", None, &|i| {
        choice_cell(bank, &a[i], sheet::accredited::ID)
    });
    row(sheet::in_network::ID, "In your network", None, &|i| {
        choice_cell(bank, &a[i], sheet::in_network::ID)
    });
    row(sheet::prior_auth::ID, "Needs prior approval", None, &|i| {
        choice_cell(bank, &a[i], sheet::prior_auth::ID)
    });
    row(sheet::waitlist::ID, "Wait to start", None, &|i| {
        number_cell(bank, &a[i], sheet::waitlist::ID)
    });
    row(sheet::aftercare::ID, "Aftercare plan", continuity, &|i| {
        choice_cell(bank, &a[i], sheet::aftercare::ID)
    });
    row(
        "program-cost",
        "Program cost to you (estimate)",
        None,
        &|i| {
            let e = &v[i].estimate;
            let mut c = amount_cell(&e.program_cost, money);
            match e.cap {
                Cap::Reached if c.known => c.text.push_str(" (reaches your yearly maximum)"),
                // Without the maximum, the figure is a ceiling.
                Cap::Unknown if c.known => c.text = format!("up to {}", c.text),
                _ => {}
            }
            c
        },
    );
    row("travel-cost", "Travel cost (estimate)", None, &|i| {
        amount_cell(&v[i].estimate.travel_cost, money)
    });
    row("pay-lost", "Pay you would miss (estimate)", None, &|i| {
        amount_cell(&v[i].estimate.pay_lost, money)
    });
    row("total-cost", "Total cost to you (estimate)", None, &|i| {
        let e = &v[i].estimate;
        match e.total_cost.value {
            Some(_) => amount_cell(&e.total_cost, money),
            None if e.known_cost > 0.0 => Cell {
                text: format!("at least {}; rest unknown", money(e.known_cost)),
                known: false,
                mark: None,
            },
            None => amount_cell(&e.total_cost, money),
        }
    });
    Comparison {
        schema_version: 1,
        kind: "iop-check-programs",
        note: NOTE,
        preferences: prefs.clone(),
        programs: views,
        rows,
        insurer_script: insurer_script(),
    }
}

/// What to ask an insurer about IOP, in the person's own voice.
pub fn insurer_script() -> Vec<String> {
    [
        "Hi, I'm looking at an Intensive Outpatient Program (IOP) and want to understand my costs.",
        "Is this program in my plan's network for intensive outpatient care? (Give them its name and address.)",
        "Do I need prior authorization, or a referral, before I start?",
        "What do I pay for each day: a copay, or a percent of the price (coinsurance)?",
        "How much of my deductible is left this year, and does it apply to IOP?",
        "How much is left before I reach my out-of-pocket maximum this year?",
        "Is there a limit on how many days or weeks the plan covers?",
        "Can you send me this in writing, or give me a reference number for this call?",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

// ---------------------------------------------------------------------------
// Reading answers
// ---------------------------------------------------------------------------

/// A chosen option id, unless skipped or "don't know yet".
fn choice<'a>(a: &'a Answers, id: &str) -> Option<&'a str> {
    match a.get(id) {
        Some(Answer::Choice(c)) if c != sheet::DONT_KNOW => Some(c),
        _ => None,
    }
}

fn number(a: &Answers, id: &str) -> Option<f64> {
    match a.get(id) {
        Some(Answer::Number(n)) if n.is_finite() => Some(*n),
        _ => None,
    }
}

/// Checked option ids, unless skipped, empty, or "don't know yet" is checked.
fn list<'a>(a: &'a Answers, id: &str) -> Option<&'a [String]> {
    match a.get(id) {
        Some(Answer::Checklist(v)) if !v.is_empty() && !v.iter().any(|x| x == sheet::DONT_KNOW) => {
            Some(v)
        }
        _ => None,
    }
}

fn text<'a>(a: &'a Answers, id: &str) -> Option<&'a str> {
    match a.get(id) {
        Some(Answer::Text(t)) if !t.trim().is_empty() => Some(t.trim()),
        _ => None,
    }
}

/// The estimator's inputs from one program's answers and the preferences.
pub fn inputs(a: &Answers, prefs: &Preferences) -> Inputs {
    use sheet::pay_kind;
    let days = list(a, sheet::days::ID).map(|d| d.len() as f64);
    let pay = match choice(a, pay_kind::ID) {
        Some(pay_kind::COPAY) => Some(Pay::Copay(number(a, sheet::copay::ID))),
        Some(pay_kind::COINSURANCE) => Some(Pay::Coinsurance(number(a, sheet::coinsurance::ID))),
        Some(pay_kind::SELF_PAY) => Some(Pay::SelfPay),
        _ => None,
    };
    Inputs {
        days_per_week: days,
        weeks: number(a, sheet::weeks::ID),
        hours_per_week: number(a, sheet::hours_week::ID),
        online: choice(a, sheet::format::ID) == Some(sheet::format::ONLINE),
        pay,
        price_per_day: number(a, sheet::price_per_day::ID),
        deductible_left: number(a, sheet::deductible_left::ID),
        oop_max_left: number(a, sheet::oop_max_left::ID),
        travel_minutes: number(a, sheet::travel_minutes::ID),
        travel_cost: number(a, sheet::travel_cost::ID),
        work_hours: number(a, sheet::work_hours::ID),
        hourly_pay: number(a, sheet::hourly_pay::ID),
        hours_free: prefs.hours_free,
    }
}

const DAYS: [(&str, &str); 7] = {
    use sheet::days::*;
    [
        (MON, "Mon"),
        (TUE, "Tue"),
        (WED, "Wed"),
        (THU, "Thu"),
        (FRI, "Fri"),
        (SAT, "Sat"),
        (SUN, "Sun"),
    ]
};

fn format_text(a: &Answers) -> Option<String> {
    use sheet::format::{BOTH, ID, IN_PERSON, ONLINE};
    choice(a, ID).map(|f| {
        match f {
            IN_PERSON => "In person",
            ONLINE => "Online",
            BOTH => "In person or online",
            other => other,
        }
        .to_string()
    })
}

fn schedule_text(a: &Answers) -> Option<String> {
    use sheet::times::{AFTERNOONS, EVENINGS, MORNINGS};
    let days = list(a, sheet::days::ID).map(|d| {
        DAYS.iter()
            .filter(|(id, _)| d.iter().any(|x| x == id))
            .map(|(_, name)| *name)
            .collect::<Vec<_>>()
            .join(", ")
    });
    let times = choice(a, sheet::times::ID).map(|t| match t {
        MORNINGS => "mornings",
        AFTERNOONS => "afternoons",
        EVENINGS => "evenings",
        _ => "times vary",
    });
    match (days, times) {
        (Some(d), Some(t)) => Some(format!("{d}; {t}")),
        (Some(d), None) => Some(format!("{d}; times not known yet")),
        (None, Some(t)) => Some(format!("Days not known yet; {t}")),
        (None, None) => None,
    }
}

fn weeks_text(a: &Answers) -> Option<String> {
    number(a, sheet::weeks::ID).map(|w| {
        format!(
            "{} week{}",
            format_number(w),
            if w == 1.0 { "" } else { "s" }
        )
    })
}

fn format_mark(program: Option<&str>, pref: Option<&str>) -> Option<Mark> {
    Some(if format_fits(program?, pref?) {
        Mark::Fits
    } else {
        Mark::Differs
    })
}

// ---------------------------------------------------------------------------
// Cells
// ---------------------------------------------------------------------------

/// Said in a cell whose answer is not known yet.
pub const UNKNOWN: &str = "don't know yet";

fn unknown() -> Cell {
    Cell {
        text: UNKNOWN.to_string(),
        known: false,
        mark: None,
    }
}

fn unknown_or(text: Option<String>) -> Cell {
    match text {
        Some(text) => Cell {
            text,
            known: true,
            mark: None,
        },
        None => unknown(),
    }
}

fn text_cell(a: &Answers, id: &str) -> Cell {
    unknown_or(text(a, id).map(crate::text::clean))
}

fn choice_cell(bank: &Bank, a: &Answers, id: &str) -> Cell {
    unknown_or(choice(a, id).map(|c| {
        bank.question(id)
            .and_then(|q| q.option(c))
            .map_or(c.to_string(), |o| o.label.clone())
    }))
}

fn list_cell(bank: &Bank, a: &Answers, id: &str) -> Cell {
    unknown_or(list(a, id).map(|ids| {
        let q = bank.question(id);
        ids.iter()
            .map(|c| {
                q.and_then(|q| q.option(c))
                    // "CBT (cognitive behavioral therapy)" → "CBT"
                    .map_or(c.clone(), |o| {
                        o.label.split(" (").next().unwrap_or(&o.label).to_string()
                    })
            })
            .collect::<Vec<_>>()
            .join(", ")
    }))
}

fn number_cell(bank: &Bank, a: &Answers, id: &str) -> Cell {
    unknown_or(number(a, id).map(|n| {
        let unit = bank
            .question(id)
            .and_then(|q| q.number.as_ref())
            .and_then(|s| s.unit_for(n));
        match unit {
            Some(u) => format!("{} {u}", format_number(n)),
            None => format_number(n),
        }
    }))
}

fn amount_cell(a: &Amount, show: fn(f64) -> String) -> Cell {
    match a.value {
        Some(v) => Cell {
            text: show(v),
            known: true,
            mark: None,
        },
        None => Cell {
            text: match a.missing.as_slice() {
                [one] => format!("unknown: needs {}", one.words()),
                [one, two] => format!("unknown: needs {} and {}", one.words(), two.words()),
                more => format!("unknown: needs {} more answers", more.len()),
            },
            known: false,
            mark: None,
        },
    }
}

/// `$1,240` (rounded to the dollar).
pub fn money(v: f64) -> String {
    let v = if v.is_finite() {
        v.max(0.0).round()
    } else {
        0.0
    };
    let digits = format!("{v:.0}");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    format!("${out}")
}

/// `11.5 hours` (to the half hour).
pub fn hours(v: f64) -> String {
    let v = if v.is_finite() {
        (v * 2.0).round() / 2.0
    } else {
        0.0
    };
    format!(
        "{} hour{}",
        format_number(v),
        if v == 1.0 { "" } else { "s" }
    )
}

// ---------------------------------------------------------------------------
// What to ask, and what clashes
// ---------------------------------------------------------------------------

/// Whom a question to ask is for.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Who {
    Program,
    Insurer,
}

/// For each field of the worksheet left as "don't know yet": the question to
/// ask (the program, or the insurer).
const TO_ASK: &[(&str, Who, &str)] = {
    use Who::{Insurer, Program};
    use sheet::*;
    &[
        (
            contact::ID,
            Program,
            "Who can I talk to there, and how can I reach them?",
        ),
        (
            format::ID,
            Program,
            "Do you meet in person, online, or both?",
        ),
        (days::ID, Program, "Which days do you meet?"),
        (times::ID, Program, "What times of day do you meet?"),
        (
            hours_week::ID,
            Program,
            "How many hours a week is the program?",
        ),
        (
            weeks::ID,
            Program,
            "How many weeks does the program usually last?",
        ),
        (
            methods::ID,
            Program,
            "Which kinds of therapy do you use, like CBT or DBT?",
        ),
        (
            group_size::ID,
            Program,
            "About how many people are in a group?",
        ),
        (
            one_on_one::ID,
            Program,
            "How much one-on-one time with a therapist would I get?",
        ),
        (
            psychiatry::ID,
            Program,
            "Could I see a psychiatrist or prescriber, and how often?",
        ),
        (
            with_therapist::ID,
            Program,
            "How would you work with my own therapist?",
        ),
        (
            crisis_help::ID,
            Program,
            "How can I reach you for help after hours or on weekends?",
        ),
        (
            measures_progress::ID,
            Program,
            "How do you check how I am doing along the way?",
        ),
        (
            shares_outcomes::ID,
            Program,
            "How do your clients do overall? Do you share your outcomes?",
        ),
        (licensed::ID, Program, "Are you licensed by the state?"),
        (
            accredited::ID,
            Program,
            "Are you accredited, for example by The Joint Commission or CARF?",
        ),
        (
            waitlist::ID,
            Program,
            "How long is the wait before I could start?",
        ),
        (
            aftercare::ID,
            Program,
            "What help do you give with planning what comes after the program?",
        ),
        (
            price_per_day::ID,
            Program,
            "What is your price for one day, before insurance?",
        ),
        (
            in_network::ID,
            Insurer,
            "Is this program in my plan's network?",
        ),
        (
            prior_auth::ID,
            Insurer,
            "Do I need prior authorization before I start?",
        ),
        (
            pay_kind::ID,
            Insurer,
            "For each day, do I pay a copay or coinsurance?",
        ),
        (copay::ID, Insurer, "What is my copay for one day of IOP?"),
        (
            coinsurance::ID,
            Insurer,
            "What percent of the price is my coinsurance for IOP?",
        ),
        (
            deductible_left::ID,
            Insurer,
            "How much of my deductible is left this year?",
        ),
        (
            oop_max_left::ID,
            Insurer,
            "How much is left before I reach my out-of-pocket maximum?",
        ),
    ]
};

/// Whether an answer says something: a chosen option or checked options
/// (none of them "don't know yet"), a number, or text.
fn known(a: &Answers, id: &str) -> bool {
    match a.get(id) {
        Some(Answer::Choice(_)) => choice(a, id).is_some(),
        Some(Answer::Checklist(_)) => list(a, id).is_some(),
        Some(Answer::Number(_)) => number(a, id).is_some(),
        Some(Answer::Text(_)) => text(a, id).is_some(),
        Some(Answer::Skipped) | None => false,
    }
}

/// Questions to ask the program and the insurer: one for every worksheet
/// field left as "don't know yet" (or skipped, or never reached while it
/// applies).
pub fn questions(a: &Answers) -> (Vec<String>, Vec<String>) {
    use sheet::{in_network, pay_kind};
    let (mut program, mut insurer) = (Vec::new(), Vec::new());
    let pay = choice(a, pay_kind::ID);
    let uninsured = choice(a, in_network::ID) == Some(in_network::NO_INSURANCE);
    let insured = !uninsured && pay != Some(pay_kind::SELF_PAY);
    for &(id, who, q) in TO_ASK {
        // Fields that only apply to some ways of paying are not asked about
        // when they do not apply.
        let applies = match id {
            sheet::copay::ID => pay == Some(pay_kind::COPAY),
            sheet::coinsurance::ID => pay == Some(pay_kind::COINSURANCE),
            sheet::deductible_left::ID | sheet::oop_max_left::ID => insured,
            sheet::prior_auth::ID => !uninsured,
            _ => true,
        };
        if applies && !known(a, id) {
            match who {
                Who::Insurer => insurer.push(q.to_string()),
                Who::Program => program.push(q.to_string()),
            }
        }
    }
    (program, insurer)
}

/// What the program's schedule may clash with, from what the person said
/// might get in the way of going.
pub fn clashes(a: &Answers, prefs: &Preferences) -> Vec<String> {
    use decision::conflicts::{CAREGIVING, OTHER_HEALTH, STUDY, TRANSPORT, WORK};
    use sheet::days::{FRI, MON, THU, TUE, WED};
    use sheet::times::{AFTERNOONS, MORNINGS, VARIES};
    let times = choice(a, sheet::times::ID);
    let days = list(a, sheet::days::ID);
    let daytime = matches!(times, Some(MORNINGS | AFTERNOONS | VARIES));
    let weekdays = days.is_some_and(|d| {
        d.iter()
            .any(|x| [MON, TUE, WED, THU, FRI].contains(&x.as_str()))
    });
    let travels = choice(a, sheet::format::ID) == Some(sheet::format::IN_PERSON);
    let mut out = Vec::new();
    for c in &prefs.conflicts {
        let line = match c.as_str() {
            WORK if daytime && weekdays => "Your work hours: it meets in the daytime on weekdays.",
            STUDY if daytime && weekdays => "Your classes: it meets in the daytime on weekdays.",
            CAREGIVING if days.is_some() => {
                "Caring for someone: you may need cover while you are at sessions."
            }
            TRANSPORT if travels => "Getting there and back: it meets in person only.",
            OTHER_HEALTH if days.is_some() => {
                "Your other appointments: check they are not on its days."
            }
            _ => continue,
        };
        out.push(line.to_string());
    }
    out
}
