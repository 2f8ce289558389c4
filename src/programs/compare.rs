//! The comparison: programs side by side, row by row, marked against what
//! the person said matters to them, with the questions still to ask.
//!
//! It shows facts and what is unknown. It never ranks, scores or recommends
//! a program: the marks only say whether a fact matches what the person
//! said (their format, their free hours, their schedule).

use serde::Serialize;

use super::Program;
use super::estimate::{self, Amount, Cap, Estimate, Fit, Inputs, Pay};
use crate::answers::{Answer, Answers, format_number};
use crate::bank::Bank;

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
    /// Option ids of the IOP benefits they chose (role `benefits`).
    pub benefits: Vec<String>,
    /// The same benefits, in words.
    pub benefit_labels: Vec<String>,
    /// What might get in the way (`conflicts`), without "none".
    pub conflicts: Vec<String>,
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
/// `programs` are the kept programs ([`super::load`]); `prefs` the person's
/// preferences ([`super::preferences`]), used for the hours fit. It reads the
/// built-in worksheet; if that could not load (a bug), it returns no rows.
pub fn compact_comparison(programs: &[Program], prefs: &Preferences) -> CompactComparison {
    let rows = super::worksheet()
        .map(|bank| {
            programs
                .iter()
                .map(|p| {
                    let a = p.typed_answers(&bank);
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
                .collect()
        })
        .unwrap_or_default();
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
    let chosen = |benefit: &str| -> Option<String> {
        let i = prefs.benefits.iter().position(|b| b == benefit)?;
        prefs.benefit_labels.get(i).cloned()
    };
    let mut rows = Vec::new();
    let mut row = |id: &str, label: &str, benefit: Option<&str>, cell: &dyn Fn(usize) -> Cell| {
        rows.push(Row {
            id: id.to_string(),
            label: label.to_string(),
            priority: benefit.and_then(chosen),
            cells: (0..views.len()).map(cell).collect(),
        });
    };
    let a = &answers;
    let v = &views;
    row("contact", "Contact", None, &|i| text_cell(&a[i], "contact"));
    row("format", "In person or online", Some("flexibility"), &|i| {
        let mut c = unknown_or(format_text(&a[i]));
        c.mark = format_mark(choice(&a[i], "format"), prefs.format.as_deref());
        c
    });
    row("schedule", "Days and times", Some("structure"), &|i| {
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
        Some("structure"),
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
    row("weeks", "Weeks", Some("structure"), &|i| {
        unknown_or(weeks_text(&a[i]))
    });
    row("methods", "Ways of helping", Some("skills"), &|i| {
        list_cell(bank, &a[i], "methods")
    });
    row("group-size", "Group size", Some("community"), &|i| {
        number_cell(bank, &a[i], "group-size")
    });
    row("one-on-one", "One-on-one time", None, &|i| {
        choice_cell(bank, &a[i], "one-on-one")
    });
    row(
        "psychiatry",
        "Psychiatry time",
        Some("whole-person"),
        &|i| choice_cell(bank, &a[i], "psychiatry"),
    );
    row(
        "with-therapist",
        "With your therapist",
        Some("continuity"),
        &|i| choice_cell(bank, &a[i], "with-therapist"),
    );
    row("crisis-help", "After-hours help", None, &|i| {
        choice_cell(bank, &a[i], "crisis-help")
    });
    row("measures-progress", "Checks your progress", None, &|i| {
        choice_cell(bank, &a[i], "measures-progress")
    });
    row("shares-outcomes", "Shares its outcomes", None, &|i| {
        choice_cell(bank, &a[i], "shares-outcomes")
    });
    row("licensed", "Licensed", None, &|i| {
        choice_cell(bank, &a[i], "licensed")
    });
    row("accredited", "Accredited", None, &|i| {
        choice_cell(bank, &a[i], "accredited")
    });
    row("in-network", "In your network", None, &|i| {
        choice_cell(bank, &a[i], "in-network")
    });
    row("prior-auth", "Needs prior approval", None, &|i| {
        choice_cell(bank, &a[i], "prior-auth")
    });
    row("waitlist", "Wait to start", None, &|i| {
        number_cell(bank, &a[i], "waitlist")
    });
    row("aftercare", "Aftercare plan", Some("continuity"), &|i| {
        choice_cell(bank, &a[i], "aftercare")
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
        Some(Answer::Choice(c)) if c != "dont-know" => Some(c),
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
        Some(Answer::Checklist(v)) if !v.is_empty() && !v.iter().any(|x| x == "dont-know") => {
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
    let days = list(a, "days").map(|d| d.len() as f64);
    let pay = match choice(a, "pay-kind") {
        Some("copay") => Some(Pay::Copay(number(a, "copay"))),
        Some("coinsurance") => Some(Pay::Coinsurance(number(a, "coinsurance"))),
        Some("self-pay") => Some(Pay::SelfPay),
        _ => None,
    };
    Inputs {
        days_per_week: days,
        weeks: number(a, "weeks"),
        hours_per_week: number(a, "hours-week"),
        online: choice(a, "format") == Some("online"),
        pay,
        price_per_day: number(a, "price-per-day"),
        deductible_left: number(a, "deductible-left"),
        oop_max_left: number(a, "oop-max-left"),
        travel_minutes: number(a, "travel-minutes"),
        travel_cost: number(a, "travel-cost"),
        work_hours: number(a, "work-hours"),
        hourly_pay: number(a, "hourly-pay"),
        hours_free: prefs.hours_free,
    }
}

const DAYS: [(&str, &str); 7] = [
    ("mon", "Mon"),
    ("tue", "Tue"),
    ("wed", "Wed"),
    ("thu", "Thu"),
    ("fri", "Fri"),
    ("sat", "Sat"),
    ("sun", "Sun"),
];

fn format_text(a: &Answers) -> Option<String> {
    choice(a, "format").map(|f| {
        match f {
            "in-person" => "In person",
            "online" => "Online",
            "both" => "In person or online",
            other => other,
        }
        .to_string()
    })
}

fn schedule_text(a: &Answers) -> Option<String> {
    let days = list(a, "days").map(|d| {
        DAYS.iter()
            .filter(|(id, _)| d.iter().any(|x| x == id))
            .map(|(_, name)| *name)
            .collect::<Vec<_>>()
            .join(", ")
    });
    let times = choice(a, "times").map(|t| match t {
        "mornings" => "mornings",
        "afternoons" => "afternoons",
        "evenings" => "evenings",
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
    number(a, "weeks").map(|w| {
        format!(
            "{} week{}",
            format_number(w),
            if w == 1.0 { "" } else { "s" }
        )
    })
}

fn format_mark(program: Option<&str>, pref: Option<&str>) -> Option<Mark> {
    let fits = matches!(
        (program?, pref?),
        (_, "either") | ("both", _) | ("in-person", "in-person") | ("online", "virtual")
    );
    Some(if fits { Mark::Fits } else { Mark::Differs })
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

/// For each field of the worksheet left as "don't know yet": the question to
/// ask (the program, or the insurer).
const TO_ASK: &[(&str, bool, &str)] = &[
    (
        "contact",
        false,
        "Who can I talk to there, and how can I reach them?",
    ),
    ("format", false, "Do you meet in person, online, or both?"),
    ("days", false, "Which days do you meet?"),
    ("times", false, "What times of day do you meet?"),
    ("hours-week", false, "How many hours a week is the program?"),
    (
        "weeks",
        false,
        "How many weeks does the program usually last?",
    ),
    (
        "methods",
        false,
        "Which kinds of therapy do you use, like CBT or DBT?",
    ),
    ("group-size", false, "About how many people are in a group?"),
    (
        "one-on-one",
        false,
        "How much one-on-one time with a therapist would I get?",
    ),
    (
        "psychiatry",
        false,
        "Could I see a psychiatrist or prescriber, and how often?",
    ),
    (
        "with-therapist",
        false,
        "How would you work with my own therapist?",
    ),
    (
        "crisis-help",
        false,
        "How can I reach you for help after hours or on weekends?",
    ),
    (
        "measures-progress",
        false,
        "How do you check how I am doing along the way?",
    ),
    (
        "shares-outcomes",
        false,
        "How do your clients do overall? Do you share your outcomes?",
    ),
    ("licensed", false, "Are you licensed by the state?"),
    (
        "accredited",
        false,
        "Are you accredited, for example by The Joint Commission or CARF?",
    ),
    (
        "waitlist",
        false,
        "How long is the wait before I could start?",
    ),
    (
        "aftercare",
        false,
        "What help do you give with planning what comes after the program?",
    ),
    (
        "price-per-day",
        false,
        "What is your price for one day, before insurance?",
    ),
    ("in-network", true, "Is this program in my plan's network?"),
    (
        "prior-auth",
        true,
        "Do I need prior authorization before I start?",
    ),
    (
        "pay-kind",
        true,
        "For each day, do I pay a copay or coinsurance?",
    ),
    ("copay", true, "What is my copay for one day of IOP?"),
    (
        "coinsurance",
        true,
        "What percent of the price is my coinsurance for IOP?",
    ),
    (
        "deductible-left",
        true,
        "How much of my deductible is left this year?",
    ),
    (
        "oop-max-left",
        true,
        "How much is left before I reach my out-of-pocket maximum?",
    ),
];

/// Questions to ask the program and the insurer: one for every worksheet
/// field left as "don't know yet" (or skipped, or never reached while it
/// applies).
pub fn questions(a: &Answers) -> (Vec<String>, Vec<String>) {
    let (mut program, mut insurer) = (Vec::new(), Vec::new());
    let insured = !matches!(choice(a, "in-network"), Some("no-insurance"))
        && choice(a, "pay-kind") != Some("self-pay");
    for (id, to_insurer, q) in TO_ASK {
        let known = match *id {
            "days" | "methods" => list(a, id).is_some(),
            "contact" => text(a, id).is_some(),
            "hours-week" | "weeks" | "group-size" | "waitlist" | "price-per-day" => {
                number(a, id).is_some()
            }
            "copay" => choice(a, "pay-kind") != Some("copay") || number(a, id).is_some(),
            "coinsurance" => {
                choice(a, "pay-kind") != Some("coinsurance") || number(a, id).is_some()
            }
            "deductible-left" | "oop-max-left" => !insured || number(a, id).is_some(),
            "prior-auth" => {
                choice(a, "in-network") == Some("no-insurance") || choice(a, id).is_some()
            }
            _ => choice(a, id).is_some(),
        };
        if !known {
            if *to_insurer {
                insurer.push(q.to_string());
            } else {
                program.push(q.to_string());
            }
        }
    }
    (program, insurer)
}

/// What the program's schedule may clash with, from what the person said
/// might get in the way of going.
pub fn clashes(a: &Answers, prefs: &Preferences) -> Vec<String> {
    let times = choice(a, "times");
    let days = list(a, "days");
    let daytime = matches!(times, Some("mornings" | "afternoons" | "varies"));
    let weekdays = days.is_some_and(|d| {
        d.iter()
            .any(|x| ["mon", "tue", "wed", "thu", "fri"].contains(&x.as_str()))
    });
    let travels = matches!(choice(a, "format"), Some("in-person"));
    let mut out = Vec::new();
    for c in &prefs.conflicts {
        let line = match c.as_str() {
            "work" if daytime && weekdays => {
                "Your work hours: it meets in the daytime on weekdays."
            }
            "study" if daytime && weekdays => "Your classes: it meets in the daytime on weekdays.",
            "caregiving" if days.is_some() => {
                "Caring for someone: you may need cover while you are at sessions."
            }
            "transport" if travels => "Getting there and back: it meets in person only.",
            "other-health" if days.is_some() => {
                "Your other appointments: check they are not on its days."
            }
            _ => continue,
        };
        out.push(line.to_string());
    }
    out
}
