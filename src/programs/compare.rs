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
use crate::i18n::{Lang, Messages};

/// Said with every comparison, in every format: the facts and estimates
/// rate and recommend nothing.
pub fn note(m: &Messages) -> String {
    m.get("programs-note")
}

/// The words of a comparison made with `worksheet`: its own language's, so
/// that the code's words and the worksheet's options agree.
pub fn messages(worksheet: &Bank) -> Messages {
    Messages::new(Lang::of(&worksheet.language))
}

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
    /// The language of its words (the worksheet's); the ids are the same in
    /// every language.
    #[serde(skip)]
    pub lang: Lang,
    pub note: String,
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
    /// The row as one line for the summary, in the words of `m` (the
    /// language of the worksheet it was made with): what is known, each
    /// figure called an estimate, and how much is still to ask.
    pub fn line(&self, m: &Messages) -> String {
        let mut parts = Vec::new();
        parts.push(
            self.format
                .clone()
                .unwrap_or_else(|| m.get("programs-line-format-unknown")),
        );
        if let Some(s) = &self.schedule {
            parts.push(s.clone());
        }
        parts.push(match (self.weekly_hours, self.hours_fit) {
            (Some(h), Fit::Fits) => {
                m.with("programs-line-hours-fits", &[("hours", hours(m, h).into())])
            }
            (Some(h), Fit::Over) => {
                m.with("programs-line-hours-over", &[("hours", hours(m, h).into())])
            }
            (Some(h), Fit::Unknown) => m.with(
                "programs-about-hours-week",
                &[("hours", hours(m, h).into())],
            ),
            (None, _) => m.get("programs-line-hours-unknown"),
        });
        parts.push(match self.total_cost {
            Some(c) => m.with("programs-line-cost", &[("cost", money(c).into())]),
            None if self.known_cost > 0.0 => m.with(
                "programs-line-cost-at-least",
                &[("cost", money(self.known_cost).into())],
            ),
            None => m.get("programs-line-cost-unknown"),
        });
        if self.open_questions > 0 {
            parts.push(questions_left(m, self.open_questions));
        }
        format!("{}: {}.", self.name, parts.join("; "))
    }
}

/// "3 questions still to ask".
pub fn questions_left(m: &Messages, count: usize) -> String {
    m.with("programs-questions-left", &[("count", count.into())])
}

/// The comparison a summary shows when programs exist.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CompactComparison {
    /// Always "estimate": the costs and hours are estimates.
    pub label: &'static str,
    pub note: String,
    pub programs: Vec<CompactRow>,
}

/// A compact comparison for the summary: one row per program with its
/// format, schedule, weekly hours and total cost (each an estimate), and
/// how many questions are still open. Pure; an empty list gives no rows.
///
/// `worksheet` is the worksheet bank ([`super::worksheet`]), whose
/// language the words are in; `programs` the kept programs
/// ([`super::load`]); `prefs` the person's preferences
/// ([`Preferences::read`]), used for the hours fit.
pub fn compact_comparison(
    worksheet: &Bank,
    programs: &[Program],
    prefs: &Preferences,
) -> CompactComparison {
    let m = messages(worksheet);
    let rows = programs
        .iter()
        .map(|p| {
            let a = p.typed_answers(worksheet);
            let e = estimate::estimate(&inputs(&a, prefs));
            let (ask_p, ask_i) = questions(&a, &m);
            let schedule = [schedule_text(&m, &a), weeks_text(&m, &a)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>();
            CompactRow {
                name: p.shown_name(&m),
                format: format_text(&m, &a),
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
        note: note(&m),
        programs: rows,
    }
}

/// Builds the comparison of `programs` (each with its number in the list).
/// `bank` is the worksheet, whose language the words are in.
pub fn comparison(bank: &Bank, programs: &[(usize, &Program)], prefs: &Preferences) -> Comparison {
    let m = messages(bank);
    let m = &m;
    let answers: Vec<Answers> = programs
        .iter()
        .map(|(_, p)| p.typed_answers(bank))
        .collect();
    let views: Vec<ProgramView> = programs
        .iter()
        .zip(&answers)
        .map(|((n, p), a)| {
            let (ask_program, ask_insurer) = questions(a, m);
            ProgramView {
                number: *n,
                name: p.shown_name(m),
                estimate: estimate::estimate(&inputs(a, prefs)),
                ask_program,
                ask_insurer,
                clashes: clashes(a, prefs, m),
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
    row(
        sheet::contact::ID,
        &m.get("programs-row-contact"),
        None,
        &|i| text_cell(m, &a[i], sheet::contact::ID),
    );
    row(
        sheet::format::ID,
        &m.get("programs-row-format"),
        flexibility,
        &|i| {
            let mut c = unknown_or(m, format_text(m, &a[i]));
            c.mark = format_mark(choice(&a[i], sheet::format::ID), prefs.format.as_deref());
            c
        },
    );
    row(
        "schedule",
        &m.get("programs-row-schedule"),
        structure,
        &|i| {
            let mut c = unknown_or(m, schedule_text(m, &a[i]));
            if c.known && !prefs.conflicts.is_empty() {
                c.mark = Some(if v[i].clashes.is_empty() {
                    Mark::Fits
                } else {
                    Mark::Differs
                });
            }
            c
        },
    );
    row(
        "weekly-hours",
        &m.get("programs-row-weekly-hours"),
        structure,
        &|i| {
            let e = &v[i].estimate;
            let mut c = amount_cell(m, &e.weekly_hours, &|h| hours(m, h));
            c.mark = match e.fit {
                Fit::Fits => Some(Mark::Fits),
                Fit::Over => Some(Mark::Differs),
                Fit::Unknown => None,
            };
            c
        },
    );
    row(
        sheet::weeks::ID,
        &m.get("programs-row-weeks"),
        structure,
        &|i| unknown_or(m, weeks_text(m, &a[i])),
    );
    row(
        sheet::methods::ID,
        &m.get("programs-row-methods"),
        Some(decision::value_skills::ID),
        &|i| list_cell(m, bank, &a[i], sheet::methods::ID),
    );
    row(
        sheet::group_size::ID,
        &m.get("programs-row-group-size"),
        Some(decision::value_community::ID),
        &|i| number_cell(m, bank, &a[i], sheet::group_size::ID),
    );
    row(
        sheet::one_on_one::ID,
        &m.get("programs-row-one-on-one"),
        None,
        &|i| choice_cell(m, bank, &a[i], sheet::one_on_one::ID),
    );
    row(
        sheet::psychiatry::ID,
        &m.get("programs-row-psychiatry"),
        Some(decision::value_whole_person::ID),
        &|i| choice_cell(m, bank, &a[i], sheet::psychiatry::ID),
    );
    row(
        sheet::with_therapist::ID,
        &m.get("programs-row-with-therapist"),
        continuity,
        &|i| choice_cell(m, bank, &a[i], sheet::with_therapist::ID),
    );
    row(
        sheet::crisis_help::ID,
        &m.get("programs-row-crisis-help"),
        None,
        &|i| choice_cell(m, bank, &a[i], sheet::crisis_help::ID),
    );
    row(
        sheet::measures_progress::ID,
        &m.get("programs-row-measures-progress"),
        None,
        &|i| choice_cell(m, bank, &a[i], sheet::measures_progress::ID),
    );
    row(
        sheet::shares_outcomes::ID,
        &m.get("programs-row-shares-outcomes"),
        None,
        &|i| choice_cell(m, bank, &a[i], sheet::shares_outcomes::ID),
    );
    row(
        sheet::licensed::ID,
        &m.get("programs-row-licensed"),
        None,
        &|i| choice_cell(m, bank, &a[i], sheet::licensed::ID),
    );
    row(
        sheet::accredited::ID,
        &m.get("programs-row-accredited"),
        None,
        &|i| choice_cell(m, bank, &a[i], sheet::accredited::ID),
    );
    row(
        sheet::in_network::ID,
        &m.get("programs-row-in-network"),
        None,
        &|i| choice_cell(m, bank, &a[i], sheet::in_network::ID),
    );
    row(
        sheet::prior_auth::ID,
        &m.get("programs-row-prior-auth"),
        None,
        &|i| choice_cell(m, bank, &a[i], sheet::prior_auth::ID),
    );
    row(
        sheet::waitlist::ID,
        &m.get("programs-row-waitlist"),
        None,
        &|i| number_cell(m, bank, &a[i], sheet::waitlist::ID),
    );
    row(
        sheet::aftercare::ID,
        &m.get("programs-row-aftercare"),
        continuity,
        &|i| choice_cell(m, bank, &a[i], sheet::aftercare::ID),
    );
    row(
        "program-cost",
        &m.get("programs-row-program-cost"),
        None,
        &|i| {
            let e = &v[i].estimate;
            let mut c = amount_cell(m, &e.program_cost, &money);
            match e.cap {
                Cap::Reached if c.known => {
                    c.text = m.with("programs-cost-capped", &[("cost", c.text.clone().into())]);
                }
                // Without the maximum, the figure is a ceiling.
                Cap::Unknown if c.known => {
                    c.text = m.with("programs-cost-up-to", &[("cost", c.text.clone().into())]);
                }
                _ => {}
            }
            c
        },
    );
    row(
        "travel-cost",
        &m.get("programs-row-travel-cost"),
        None,
        &|i| amount_cell(m, &v[i].estimate.travel_cost, &money),
    );
    row("pay-lost", &m.get("programs-row-pay-lost"), None, &|i| {
        amount_cell(m, &v[i].estimate.pay_lost, &money)
    });
    row(
        "total-cost",
        &m.get("programs-row-total-cost"),
        None,
        &|i| {
            let e = &v[i].estimate;
            match e.total_cost.value {
                Some(_) => amount_cell(m, &e.total_cost, &money),
                None if e.known_cost > 0.0 => Cell {
                    text: m.with(
                        "programs-cost-at-least-rest",
                        &[("cost", money(e.known_cost).into())],
                    ),
                    known: false,
                    mark: None,
                },
                None => amount_cell(m, &e.total_cost, &money),
            }
        },
    );
    Comparison {
        schema_version: 1,
        kind: "iop-check-programs",
        lang: m.lang(),
        note: note(m),
        preferences: prefs.clone(),
        programs: views,
        rows,
        insurer_script: insurer_script(m),
    }
}

/// What to ask an insurer about IOP, in the person's own voice.
pub fn insurer_script(m: &Messages) -> Vec<String> {
    vec![
        m.get("programs-script-hello"),
        m.get("programs-script-network"),
        m.get("programs-script-prior-auth"),
        m.get("programs-script-pay"),
        m.get("programs-script-deductible"),
        m.get("programs-script-oop-max"),
        m.get("programs-script-limit"),
        m.get("programs-script-writing"),
    ]
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

/// The days in the week's order, each with its name in `m`.
fn day_names(m: &Messages) -> [(&'static str, String); 7] {
    use sheet::days::*;
    [
        (MON, m.get("programs-day-mon")),
        (TUE, m.get("programs-day-tue")),
        (WED, m.get("programs-day-wed")),
        (THU, m.get("programs-day-thu")),
        (FRI, m.get("programs-day-fri")),
        (SAT, m.get("programs-day-sat")),
        (SUN, m.get("programs-day-sun")),
    ]
}

fn format_text(m: &Messages, a: &Answers) -> Option<String> {
    use sheet::format::{BOTH, ID, IN_PERSON, ONLINE};
    choice(a, ID).map(|f| match f {
        IN_PERSON => m.get("programs-format-in-person"),
        ONLINE => m.get("programs-format-online"),
        BOTH => m.get("programs-format-both"),
        other => other.to_string(),
    })
}

fn schedule_text(m: &Messages, a: &Answers) -> Option<String> {
    use sheet::times::{AFTERNOONS, EVENINGS, MORNINGS};
    let days = list(a, sheet::days::ID).map(|d| {
        day_names(m)
            .into_iter()
            .filter(|(id, _)| d.iter().any(|x| x == id))
            .map(|(_, name)| name)
            .collect::<Vec<_>>()
            .join(", ")
    });
    let times = choice(a, sheet::times::ID).map(|t| match t {
        MORNINGS => m.get("programs-times-mornings"),
        AFTERNOONS => m.get("programs-times-afternoons"),
        EVENINGS => m.get("programs-times-evenings"),
        _ => m.get("programs-times-vary"),
    });
    match (days, times) {
        (Some(d), Some(t)) => Some(m.with(
            "programs-schedule",
            &[("days", d.into()), ("times", t.into())],
        )),
        (Some(d), None) => Some(m.with("programs-schedule-no-times", &[("days", d.into())])),
        (None, Some(t)) => Some(m.with("programs-schedule-no-days", &[("times", t.into())])),
        (None, None) => None,
    }
}

fn weeks_text(m: &Messages, a: &Answers) -> Option<String> {
    number(a, sheet::weeks::ID).map(|w| {
        m.with(
            "programs-weeks",
            &[("count", w.into()), ("number", format_number(w).into())],
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

/// A cell whose answer is not known yet.
fn unknown(m: &Messages) -> Cell {
    Cell {
        text: m.get("programs-dont-know"),
        known: false,
        mark: None,
    }
}

fn unknown_or(m: &Messages, text: Option<String>) -> Cell {
    match text {
        Some(text) => Cell {
            text,
            known: true,
            mark: None,
        },
        None => unknown(m),
    }
}

fn text_cell(m: &Messages, a: &Answers, id: &str) -> Cell {
    unknown_or(m, text(a, id).map(crate::text::clean))
}

fn choice_cell(m: &Messages, bank: &Bank, a: &Answers, id: &str) -> Cell {
    unknown_or(
        m,
        choice(a, id).map(|c| {
            bank.question(id)
                .and_then(|q| q.option(c))
                .map_or(c.to_string(), |o| o.label.clone())
        }),
    )
}

fn list_cell(m: &Messages, bank: &Bank, a: &Answers, id: &str) -> Cell {
    unknown_or(
        m,
        list(a, id).map(|ids| {
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
        }),
    )
}

fn number_cell(m: &Messages, bank: &Bank, a: &Answers, id: &str) -> Cell {
    unknown_or(
        m,
        number(a, id).map(|n| {
            let unit = bank
                .question(id)
                .and_then(|q| q.number.as_ref())
                .and_then(|s| s.unit_for(n));
            match unit {
                Some(u) => format!("{} {u}", format_number(n)),
                None => format_number(n),
            }
        }),
    )
}

fn amount_cell(m: &Messages, a: &Amount, show: &dyn Fn(f64) -> String) -> Cell {
    match a.value {
        Some(v) => Cell {
            text: show(v),
            known: true,
            mark: None,
        },
        None => Cell {
            text: match a.missing.as_slice() {
                [one] => m.with("programs-needs-one", &[("first", one.words(m).into())]),
                [one, two] => m.with(
                    "programs-needs-two",
                    &[
                        ("first", one.words(m).into()),
                        ("second", two.words(m).into()),
                    ],
                ),
                more => m.with("programs-needs-more", &[("count", more.len().into())]),
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

/// `11.5 hours` (to the half hour), in the words of `m`.
pub fn hours(m: &Messages, v: f64) -> String {
    let v = if v.is_finite() {
        (v * 2.0).round() / 2.0
    } else {
        0.0
    };
    m.with(
        "programs-hours",
        &[("count", v.into()), ("number", format_number(v).into())],
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
/// ask (the program, or the insurer), as the id of its words.
const TO_ASK: &[(&str, Who, &str)] = {
    use Who::{Insurer, Program};
    use sheet::*;
    &[
        (contact::ID, Program, "programs-ask-contact"),
        (format::ID, Program, "programs-ask-format"),
        (days::ID, Program, "programs-ask-days"),
        (times::ID, Program, "programs-ask-times"),
        (hours_week::ID, Program, "programs-ask-hours-week"),
        (weeks::ID, Program, "programs-ask-weeks"),
        (methods::ID, Program, "programs-ask-methods"),
        (group_size::ID, Program, "programs-ask-group-size"),
        (one_on_one::ID, Program, "programs-ask-one-on-one"),
        (psychiatry::ID, Program, "programs-ask-psychiatry"),
        (with_therapist::ID, Program, "programs-ask-with-therapist"),
        (crisis_help::ID, Program, "programs-ask-crisis-help"),
        (
            measures_progress::ID,
            Program,
            "programs-ask-measures-progress",
        ),
        (shares_outcomes::ID, Program, "programs-ask-shares-outcomes"),
        (licensed::ID, Program, "programs-ask-licensed"),
        (accredited::ID, Program, "programs-ask-accredited"),
        (waitlist::ID, Program, "programs-ask-waitlist"),
        (aftercare::ID, Program, "programs-ask-aftercare"),
        (price_per_day::ID, Program, "programs-ask-price-per-day"),
        (in_network::ID, Insurer, "programs-ask-in-network"),
        (prior_auth::ID, Insurer, "programs-ask-prior-auth"),
        (pay_kind::ID, Insurer, "programs-ask-pay-kind"),
        (copay::ID, Insurer, "programs-ask-copay"),
        (coinsurance::ID, Insurer, "programs-ask-coinsurance"),
        (deductible_left::ID, Insurer, "programs-ask-deductible-left"),
        (oop_max_left::ID, Insurer, "programs-ask-oop-max-left"),
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
/// applies), in the words of `m`.
pub fn questions(a: &Answers, m: &Messages) -> (Vec<String>, Vec<String>) {
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
                Who::Insurer => insurer.push(m.get(q)),
                Who::Program => program.push(m.get(q)),
            }
        }
    }
    (program, insurer)
}

/// What the program's schedule may clash with, from what the person said
/// might get in the way of going, in the words of `m`.
pub fn clashes(a: &Answers, prefs: &Preferences, m: &Messages) -> Vec<String> {
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
            WORK if daytime && weekdays => m.get("programs-clash-work"),
            STUDY if daytime && weekdays => m.get("programs-clash-study"),
            CAREGIVING if days.is_some() => m.get("programs-clash-caregiving"),
            TRANSPORT if travels => m.get("programs-clash-transport"),
            OTHER_HEALTH if days.is_some() => m.get("programs-clash-other-health"),
            _ => continue,
        };
        out.push(line);
    }
    out
}
