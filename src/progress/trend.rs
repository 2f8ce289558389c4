//! `iop-check progress history`: every kept week, measure by measure, in
//! the person's own answers. A table with a one-line trend per measure for
//! the terminal (sparkline characters, or ASCII where the locale is not
//! UTF-8), Markdown, JSON (docs/progress.schema.json) and a printable HTML
//! page with an inline SVG chart: one line per measure, each with its own
//! dash and marker so it reads in greyscale, the scale's words at both
//! ends, and the weeks' dates along the bottom. No script, nothing loaded.
//!
//! A skipped or "not sure" answer is a gap, never a zero.

use serde::Serialize;

use super::patterns::{self, Found};
use super::{BankRef, Week, label};
use crate::bank::Bank;
use crate::i18n::{Lang, Messages};
use crate::summary::base::html_escape as esc;

/// The formats `progress history` can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TrendFormat {
    /// A table for the terminal, with a one-line trend per measure.
    Text,
    /// CommonMark.
    Markdown,
    /// A printable page with a chart (no script).
    Html,
    /// The weeks and measures as JSON (docs/progress.schema.json).
    Json,
    /// FHIR R4: a Bundle of one QuestionnaireResponse per week.
    Fhir,
}

/// The measures charted, by question id, in order, each with its title's
/// message id.
pub const MEASURES: [(&str, &str); 5] = [
    ("mood", "progress-measure-mood"),
    ("stress", "progress-measure-stress"),
    ("sleep", "progress-measure-sleep"),
    ("energy", "progress-measure-energy"),
    ("missed", "progress-measure-missed"),
];

/// A time (RFC 3339) as a day in the person's time zone.
fn civil(created: &str) -> Option<jiff::civil::Date> {
    created
        .parse::<jiff::Timestamp>()
        .ok()
        .map(|ts| ts.to_zoned_datetime(jiff::tz::TimeZone::system()).date())
}

/// "Oct 1" ("1 oct."): the day of a time, for a chart's axis.
fn week_day(m: &Messages, d: jiff::civil::Date) -> String {
    m.with(
        "progress-day",
        &[
            (
                "month",
                m.get(&format!("progress-month-{}", d.month())).into(),
            ),
            ("day", d.day().to_string().into()),
        ],
    )
}

/// "Oct 1, 2026" ("1 oct. 2026"), in the person's time zone; anything
/// other than a time as it is.
pub fn short_date(m: &Messages, created: &str) -> String {
    match civil(created) {
        Some(d) => m.with(
            "progress-date",
            &[
                ("monthday", week_day(m, d).into()),
                ("year", d.year().to_string().into()),
            ],
        ),
        None => created.to_string(),
    }
}

/// One measure: its levels from the first option to the last, in the
/// bank's words ("1 - Very low" … "5 - Very good").
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Measure {
    pub id: String,
    pub title: String,
    pub levels: Vec<String>,
}

/// One answer in one week.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Cell {
    /// The answer in words; "skipped" when skipped; None when not asked.
    pub answer: Option<String>,
    /// Its place on the measure's levels (0 = first); None for a gap.
    pub level: Option<usize>,
}

/// A goal or sign, and this week's answer about it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Named {
    pub name: String,
    pub answer: Option<String>,
}

/// One kept week.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Row {
    pub id: String,
    /// When it was made (RFC 3339).
    pub created: String,
    /// The ISO week, like `2026-W49`.
    pub week: String,
    /// The care the person was in, in words.
    pub care: Option<String>,
    /// … and by id, for the table's short word.
    #[serde(skip)]
    care_id: Option<String>,
    /// One cell per measure, in the order of `measures`.
    pub values: Vec<Cell>,
    /// How this level of care felt, in words.
    pub care_fit: Option<String>,
    pub goals: Vec<Named>,
    pub signs: Vec<Named>,
    /// Any safety answer other than "No" (a skip included).
    pub safety_flagged: bool,
}

/// Every kept week, oldest first.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Trend {
    pub format: u32,
    pub kind: &'static str,
    pub bank: BankRef,
    pub measures: Vec<Measure>,
    pub weeks: Vec<Row>,
    /// Answers that moved the same way for two weeks or more.
    pub patterns: Vec<Found>,
    /// Where help is now ("Help now: call or text 988"), from the bank.
    #[serde(skip)]
    help: String,
    /// The language of the bank, and of the pages' own words.
    #[serde(skip)]
    lang: Lang,
}

/// A line for each week with a safety answer other than "No", then, if
/// there is one, where help is: every page of the weeks says it.
fn safety_lines(t: &Trend, m: &Messages) -> Vec<String> {
    let mut lines: Vec<String> = t
        .weeks
        .iter()
        .filter(|r| r.safety_flagged)
        .map(|r| {
            m.with(
                "progress-safety-week",
                &[("date", short_date(m, &r.created).into())],
            )
        })
        .collect();
    if !lines.is_empty() {
        lines.push(m.with("progress-safety-help", &[("help", t.help.as_str().into())]));
    }
    lines
}

fn answer_words(bank: &Bank, m: &Messages, w: &Week, id: &str) -> Option<String> {
    match w.answers.get(id)? {
        serde_json::Value::Null => Some(m.get("progress-skipped")),
        serde_json::Value::String(s) => Some(match bank.question(id) {
            Some(q) if q.kind.has_options() => label(bank, id, s),
            _ => crate::text::clean(s),
        }),
        serde_json::Value::Array(v) => Some(
            v.iter()
                .filter_map(|x| x.as_str())
                .map(|o| label(bank, id, o))
                .collect::<Vec<_>>()
                .join(", "),
        ),
        v => Some(v.to_string()),
    }
}

/// The levels of a measure: its options that are an amount (not "not
/// sure", not "no sessions planned"), in the bank's order.
fn levels(bank: &Bank, id: &str) -> Vec<(String, String)> {
    bank.question(id)
        .map(|q| {
            q.options
                .iter()
                .filter(|o| !o.not_sure && o.id != "no-sessions")
                .map(|o| (o.id.clone(), o.label.clone()))
                .collect()
        })
        .unwrap_or_default()
}

/// Builds the rows against the weekly bank (the base one: goals and signs
/// are read through each week's own plan).
pub fn build(weeks: &[(String, Week)], bank: &Bank) -> Trend {
    let m = super::messages(bank);
    let measures: Vec<(Measure, Vec<String>)> = MEASURES
        .iter()
        .map(|(id, title)| {
            let l = levels(bank, id);
            (
                Measure {
                    id: id.to_string(),
                    title: m.get(title),
                    levels: l.iter().map(|(_, t)| t.clone()).collect(),
                },
                l.into_iter().map(|(o, _)| o).collect(),
            )
        })
        .collect();
    let rows = weeks
        .iter()
        .map(|(id, w)| {
            let named = |names: &[String], qid: fn(usize) -> String, template: &str| {
                names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| Named {
                        name: crate::text::clean(n),
                        answer: w.answers.get(&qid(i + 1)).map(|v| match v.as_str() {
                            Some(o) => label(bank, template, o),
                            None => m.get("progress-skipped"),
                        }),
                    })
                    .collect()
            };
            Row {
                id: id.clone(),
                created: crate::text::clean(&w.created),
                week: crate::text::clean(&w.week),
                care: w.care.as_deref().map(|c| label(bank, "care-now", c)),
                care_id: w.care.clone(),
                values: measures
                    .iter()
                    .map(|(measure, order)| Cell {
                        answer: answer_words(bank, &m, w, &measure.id),
                        level: w
                            .choice(&measure.id)
                            .and_then(|c| order.iter().position(|o| o == c)),
                    })
                    .collect(),
                care_fit: answer_words(bank, &m, w, "care-fit"),
                goals: named(&w.plan.goals, super::goal_id, "goal-progress"),
                signs: named(&w.plan.signs, super::sign_id, "sign-seen"),
                safety_flagged: w.safety_flagged(bank),
            }
        })
        .collect();
    let plain: Vec<Week> = weeks.iter().map(|(_, w)| w.clone()).collect();
    Trend {
        format: super::FORMAT,
        kind: "progress-history",
        bank: BankRef::of(bank),
        measures: measures.into_iter().map(|(m, _)| m).collect(),
        weeks: rows,
        patterns: patterns::find(&plain, &m),
        help: match bank.crisis.resources.first() {
            Some(r) => m.help_now(r.call.as_deref(), r.text.as_deref(), r.web.as_deref()),
            None => m.help_now(None, None, None),
        },
        lang: m.lang(),
    }
}

/// The dash for "not in this week".
const DASH: &str = "-";

/// The short form of an answer for a table cell: the number before " - "
/// on a 1-to-5 scale, a count for sessions missed, else the words.
fn short(c: &Cell) -> String {
    const COUNTS: [&str; 4] = ["0", "1", "2", "3+"];
    match &c.answer {
        None => DASH.into(),
        Some(_) if c.level.is_some() && c.answer.as_deref().is_some_and(|a| !a.contains(" - ")) => {
            COUNTS
                .get(c.level.unwrap_or(0))
                .map_or(DASH.into(), |s| s.to_string())
        }
        Some(a) => match a.split_once(" - ") {
            Some((n, _)) if n.chars().all(|c| c.is_ascii_digit()) => n.to_string(),
            _ => a.clone(),
        },
    }
}

/// A sparkline of levels: one character a week, taller for a later level;
/// a space for a gap. ASCII where the locale is not UTF-8.
pub fn sparkline(levels: &[Option<usize>], top: usize, unicode: bool) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    const ASCII: [char; 5] = ['_', '.', '-', '=', '#'];
    levels
        .iter()
        .map(|l| match l {
            None => ' ',
            Some(l) => {
                let chars: &[char] = if unicode { &BARS } else { &ASCII };
                let k = chars.len() - 1;
                let i = (l * k + top / 2).checked_div(top).unwrap_or(0);
                chars[i.min(k)]
            }
        })
        .collect()
}

/// The care a week was in, in a word ("IOP", "Weekly"); care the bank
/// does not know, in its words.
fn care_short(r: &Row, m: &Messages) -> String {
    match (r.care_id.as_deref(), &r.care) {
        (Some(id @ ("weekly" | "iop" | "php" | "other" | "none")), _) => {
            m.get(&format!("progress-care-{id}"))
        }
        (_, Some(words)) => words.clone(),
        (_, None) => DASH.into(),
    }
}

/// The table and the trends for a terminal `width` columns wide.
/// The table's column heads, in order.
const COLUMNS: [&str; 8] = [
    "progress-col-week",
    "progress-col-care",
    "progress-col-mood",
    "progress-col-stress",
    "progress-col-sleep",
    "progress-col-energy",
    "progress-col-missed",
    "progress-col-fit",
];

pub fn text(t: &Trend, width: usize, unicode: bool) -> String {
    let m = &Messages::new(t.lang);
    let wrap = |s: &str| crate::text::wrap(s, width, "");
    if t.weeks.is_empty() {
        return format!("{}\n", wrap(&m.get("progress-empty")));
    }
    let mut out = format!("{}\n\n", wrap(&m.get("progress-intro")));
    let cols = COLUMNS.map(|c| m.get(c));
    // Each column as wide as its head and a space, at least.
    let widths: Vec<usize> = [14usize, 8, 6, 8, 7, 8, 8]
        .iter()
        .zip(&cols)
        .map(|(w, head)| (*w).max(console::measure_text_width(head) + 1))
        .collect();
    let row = |cells: &[String]| -> String {
        let mut line = String::new();
        for (i, c) in cells.iter().enumerate() {
            match widths.get(i) {
                Some(w) => {
                    let c: String = c.chars().take(w - 1).collect();
                    let pad = w.saturating_sub(console::measure_text_width(&c));
                    line.push_str(&c);
                    line.push_str(&" ".repeat(pad));
                }
                None => line.push_str(c),
            }
        }
        let line: String = line.trim_end().chars().take(width.max(20)).collect();
        line
    };
    let cells = |r: &Row| {
        let mut c = vec![short_date(m, &r.created), care_short(r, m)];
        c.extend(r.values.iter().map(short));
        c.push(r.care_fit.clone().unwrap_or_else(|| DASH.into()));
        c
    };
    if width < 72 {
        // Too narrow for the table: one short block per week.
        for r in &t.weeks {
            let c = cells(r);
            out.push_str(&format!("{}\n", c[0]));
            for (head, value) in cols.iter().zip(&c).skip(1) {
                out.push_str(&crate::text::wrap(
                    &format!("  {head}: {value}"),
                    width,
                    "    ",
                ));
                out.push('\n');
            }
        }
    } else {
        out.push_str(&row(&cols));
        out.push('\n');
        for r in &t.weeks {
            out.push_str(&row(&cells(r)));
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(&wrap(&m.get("progress-trend-intro")));
    out.push('\n');
    let name_w = t
        .measures
        .iter()
        .map(|m| m.title.chars().count())
        .max()
        .unwrap_or(6)
        + 2;
    for (k, measure) in t.measures.iter().enumerate() {
        let levels: Vec<Option<usize>> = t.weeks.iter().map(|r| r.values[k].level).collect();
        let top = measure.levels.len().saturating_sub(1);
        let line = sparkline(&levels, top, unicode);
        let ends = format!(
            "{} .. {}",
            measure.levels.first().map_or("", String::as_str),
            measure.levels.last().map_or("", String::as_str)
        );
        let l = format!("  {:<name_w$}{line}  ({ends})", measure.title);
        out.push_str(&l.chars().take(width.max(20)).collect::<String>());
        out.push('\n');
    }
    if let Some(last) = t.weeks.last() {
        if !last.goals.is_empty() {
            out.push('\n');
            out.push_str(&m.get("progress-goals-this-week"));
            out.push('\n');
            for g in &last.goals {
                out.push_str(&crate::text::wrap(
                    &format!("  - {}: {}", g.name, g.answer.as_deref().unwrap_or(DASH)),
                    width,
                    "  ",
                ));
                out.push('\n');
            }
        }
    }
    out.push('\n');
    patterns_text(&mut out, t, width, m);
    let safety = safety_lines(t, m);
    for line in &safety {
        out.push_str(&wrap(line));
        out.push('\n');
    }
    if !safety.is_empty() {
        out.push('\n');
    }
    out.push_str(&wrap(&m.get("progress-history-next")));
    out.push('\n');
    out
}

fn patterns_text(out: &mut String, t: &Trend, width: usize, m: &Messages) {
    if t.patterns.is_empty() {
        return;
    }
    out.push_str(&format!("{}:\n", m.get("progress-moved")));
    for s in patterns::sentences(&t.patterns) {
        out.push_str(&crate::text::wrap(&format!("  - {s}"), width, "  "));
        out.push('\n');
    }
    out.push('\n');
}

/// A Markdown page: the table, the trends, the patterns.
pub fn markdown(t: &Trend) -> String {
    use crate::summary::base::markdown_escape as esc;
    let m = &Messages::new(t.lang);
    let mut out = format!("# {}\n\n", esc(&m.get("progress-history-title")));
    if t.weeks.is_empty() {
        out.push_str(&format!("{}\n", esc(&m.get("progress-empty"))));
        return out;
    }
    out.push_str(&format!("{}\n\n", esc(&m.get("progress-intro"))));
    out.push_str(&format!(
        "| {} | {} |",
        esc(&m.get("progress-col-week")),
        esc(&m.get("progress-col-care"))
    ));
    for measure in &t.measures {
        out.push_str(&format!(" {} |", esc(&measure.title)));
    }
    out.push_str(&format!(" {} |\n|", esc(&m.get("progress-col-fit"))));
    for _ in 0..t.measures.len() + 3 {
        out.push_str(" --- |");
    }
    out.push('\n');
    for r in &t.weeks {
        out.push_str(&format!(
            "| {} | {} |",
            esc(&short_date(m, &r.created)),
            esc(&care_short(r, m))
        ));
        for c in &r.values {
            out.push_str(&format!(" {} |", esc(&short(c))));
        }
        out.push_str(&format!(
            " {} |\n",
            esc(r.care_fit.as_deref().unwrap_or(DASH))
        ));
    }
    out.push_str(&format!("\n## {}\n\n", esc(&m.get("progress-trends"))));
    for (k, measure) in t.measures.iter().enumerate() {
        let levels: Vec<Option<usize>> = t.weeks.iter().map(|r| r.values[k].level).collect();
        let line = sparkline(&levels, measure.levels.len().saturating_sub(1), true);
        let ends = m.with(
            "progress-trend-ends",
            &[
                (
                    "low",
                    esc(measure.levels.first().map_or("", String::as_str)).into(),
                ),
                (
                    "high",
                    esc(measure.levels.last().map_or("", String::as_str)).into(),
                ),
            ],
        );
        out.push_str(&format!("- {}: `{}` ({ends})\n", esc(&measure.title), line,));
    }
    if !t.patterns.is_empty() {
        out.push_str(&format!("\n## {}\n\n", esc(&m.get("progress-moved"))));
        for s in patterns::sentences(&t.patterns) {
            out.push_str(&format!("- {}\n", esc(&s)));
        }
    }
    let safety = safety_lines(t, m);
    if !safety.is_empty() {
        out.push('\n');
        for line in &safety {
            out.push_str(&format!("{}\n\n", esc(line)));
        }
        out.pop();
    }
    out
}

/// The weeks as JSON (docs/progress.schema.json), cleaned value by value,
/// as every JSON iop-check writes.
pub fn json(t: &Trend) -> crate::error::Result<String> {
    crate::summary::pretty_json(t, "weekly history JSON")
}

/// How each measure's line looks, so that the lines tell apart in
/// greyscale: a dash pattern and a marker shape each.
const LOOKS: [(&str, &str); 5] = [
    ("none", "circle"),
    ("8 4", "square"),
    ("2 3", "triangle"),
    ("10 3 2 3", "diamond"),
    ("4 4", "cross"),
];

fn marker(shape: &str, x: f64, y: f64, title: &str) -> String {
    let t = format!("<title>{}</title>", esc(title));
    match shape {
        "circle" => {
            format!("<circle class=\"point\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"3.5\">{t}</circle>")
        }
        "square" => format!(
            "<rect class=\"point\" x=\"{:.1}\" y=\"{:.1}\" width=\"7\" height=\"7\">{t}</rect>",
            x - 3.5,
            y - 3.5
        ),
        "triangle" => format!(
            "<polygon class=\"point\" points=\"{x:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\">{t}</polygon>",
            y - 4.5,
            x - 4.0,
            y + 3.5,
            x + 4.0,
            y + 3.5
        ),
        "diamond" => format!(
            "<polygon class=\"point\" points=\"{x:.1},{:.1} {:.1},{y:.1} {x:.1},{:.1} {:.1},{y:.1}\">{t}</polygon>",
            y - 4.5,
            x + 4.5,
            y + 4.5,
            x - 4.5
        ),
        _ => format!(
            "<path class=\"point cross\" d=\"M{:.1} {:.1}L{:.1} {:.1}M{:.1} {:.1}L{:.1} {:.1}\">{t}</path>",
            x - 4.0,
            y - 4.0,
            x + 4.0,
            y + 4.0,
            x - 4.0,
            y + 4.0,
            x + 4.0,
            y - 4.0
        ),
    }
}

/// The chart: one panel per measure, stacked, sharing the weeks along the
/// bottom; each panel has one line, and its scale's words at both ends.
pub fn svg(t: &Trend) -> String {
    let m = &Messages::new(t.lang);
    const W: f64 = 720.0;
    const LEFT: f64 = 150.0;
    const RIGHT: f64 = 24.0;
    const TOP: f64 = 8.0;
    const PANEL: f64 = 64.0;
    const GAP: f64 = 14.0;
    let n = t.weeks.len();
    let k = t.measures.len();
    let plot = W - LEFT - RIGHT;
    let x_at = |i: usize| {
        if n <= 1 {
            LEFT + plot / 2.0
        } else {
            LEFT + plot * i as f64 / (n - 1) as f64
        }
    };
    let bottom = TOP + k as f64 * (PANEL + GAP);
    let height = bottom + 30.0;
    let desc = m.with(
        "progress-chart-desc",
        &[
            ("panels", k.to_string().into()),
            (
                "measures",
                esc(&t
                    .measures
                    .iter()
                    .map(|m| m.title.to_lowercase())
                    .collect::<Vec<_>>()
                    .join(", "))
                .into(),
            ),
            ("weeks", n.into()),
        ],
    );
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {height}\" role=\"img\" aria-labelledby=\"trend-title trend-desc\" class=\"chart\">\n\
         <title id=\"trend-title\">{}</title>\n\
         <desc id=\"trend-desc\">{}</desc>\n",
        // The catalogue's words as written (they hold no markup), the
        // bank's escaped.
        m.get("progress-chart-title"),
        desc,
    );
    for (mi, measure) in t.measures.iter().enumerate() {
        let (dash, shape) = LOOKS[mi % LOOKS.len()];
        let y0 = TOP + mi as f64 * (PANEL + GAP);
        let (inner_top, inner_bottom) = (y0 + 6.0, y0 + PANEL - 6.0);
        let levels = measure.levels.len();
        let y_at = |j: usize| {
            if levels <= 1 {
                (inner_top + inner_bottom) / 2.0
            } else {
                inner_bottom - (inner_bottom - inner_top) * j as f64 / (levels - 1) as f64
            }
        };
        s.push_str(&format!(
            "<g class=\"panel\" data-measure=\"{}\">\n",
            esc(&measure.id)
        ));
        s.push_str(&format!(
            "<text class=\"panel-title\" x=\"8\" y=\"{:.1}\">{}</text>\n",
            y0 + PANEL / 2.0 + 4.0,
            esc(&measure.title)
        ));
        for j in 0..levels {
            let y = y_at(j);
            s.push_str(&format!(
                "<line class=\"grid\" x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\"/>",
                W - RIGHT
            ));
        }
        // The scale's words at both ends.
        for (j, anchor) in [(0, "low"), (levels.saturating_sub(1), "high")] {
            if let Some(l) = measure.levels.get(j) {
                s.push_str(&format!(
                    "<text class=\"tick {anchor}\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
                    LEFT - 8.0,
                    y_at(j) + 3.5,
                    esc(l)
                ));
            }
        }
        s.push('\n');
        let mut d = String::new();
        let mut pen = false;
        let mut marks = String::new();
        for (i, r) in t.weeks.iter().enumerate() {
            match r.values[mi].level {
                Some(j) => {
                    let (x, y) = (x_at(i), y_at(j));
                    d.push_str(&format!("{}{x:.1} {y:.1} ", if pen { "L" } else { "M" }));
                    pen = true;
                    marks.push_str(&marker(
                        shape,
                        x,
                        y,
                        &format!(
                            "{}: {}",
                            short_date(m, &r.created),
                            r.values[mi].answer.as_deref().unwrap_or(DASH)
                        ),
                    ));
                }
                None => pen = false,
            }
        }
        s.push_str(&format!(
            "<path class=\"line\" data-measure=\"{}\" d=\"{}\" stroke-dasharray=\"{dash}\"/>\n{marks}\n</g>\n",
            esc(&measure.id),
            d.trim_end()
        ));
    }
    for (i, r) in t.weeks.iter().enumerate() {
        let x = x_at(i);
        s.push_str(&format!(
            "<line class=\"vgrid\" x1=\"{x:.1}\" y1=\"{TOP:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\"/>",
            bottom - GAP
        ));
        let date = short_date(m, &r.created);
        let day = civil(&r.created).map_or(date, |d| week_day(m, d));
        s.push_str(&format!(
            "<text class=\"date\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\n",
            bottom + 2.0,
            esc(&day)
        ));
    }
    if let (Some(first), Some(last)) = (t.weeks.first(), t.weeks.last()) {
        let year = |c: &str| civil(c).map(|d| d.year().to_string());
        if let (Some(a), Some(b)) = (year(&first.created), year(&last.created)) {
            let span = if a == b {
                a
            } else {
                m.with(
                    "progress-chart-years",
                    &[("first", a.into()), ("last", b.into())],
                )
            };
            s.push_str(&format!(
                "<text class=\"date\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\n",
                LEFT + plot / 2.0,
                bottom + 18.0,
                esc(&m.with("progress-chart-axis", &[("years", span.into())]))
            ));
        }
    }
    s.push_str("</svg>");
    s
}

const STYLE: &str = "
  .chart { width: 100%; height: auto; font-size: 10px; }
  .chart .panel-title { font-weight: 700; font-size: 11px; fill: #111; }
  .chart .tick, .chart .date { fill: #222; }
  .chart .grid { stroke: #ccc; stroke-width: 1; stroke-dasharray: 1 3; }
  .chart .vgrid { stroke: #e4e4e4; stroke-width: 1; }
  .chart .line { fill: none; stroke: #111; stroke-width: 2; }
  .chart .point { fill: #fff; stroke: #111; stroke-width: 1.5; }
  figure { margin: .5em 0; break-inside: avoid; }
  figcaption { font-size: .88em; }
  td.n { text-align: center; }";

const TEMPLATE: &str = r#"{% extends "page.html" %}
{% block title %}{{ words.title }}{% endblock %}
{% block style %}{{ style }}{% endblock %}
{% block body %}
<h1>{{ words.title }}</h1>
<p class="meta">{{ meta }}</p>
{% if weeks %}
<p>{{ intro }}</p>
<figure>
{{ svg|safe }}
<figcaption>{{ words.caption }}</figcaption>
</figure>
<section>
<h2>{{ words.week_by_week }}</h2>
<table>
<thead><tr><th scope="col">{{ words.week }}</th><th scope="col">{{ words.care }}</th>{% for m in measures %}<th scope="col">{{ m }}</th>{% endfor %}<th scope="col">{{ words.fit }}</th></tr></thead>
<tbody>
{% for r in weeks %}<tr><th scope="row">{{ r.date }}</th><td>{{ r.care }}</td>{% for c in r.cells %}<td class="n">{{ c }}</td>{% endfor %}<td>{{ r.fit }}</td></tr>
{% endfor %}</tbody>
</table>
</section>
{% if patterns %}
<section>
<h2>{{ words.moved }}</h2>
<ul>{% for p in patterns %}<li>{{ p }}</li>{% endfor %}</ul>
</section>
{% endif %}
{% for f in flagged %}<p class="small">{{ f }}</p>{% endfor %}
{% else %}
<p>{{ empty }}</p>
{% endif %}
<footer><p>{{ words.footer }}</p></footer>
{% endblock %}"#;

/// The printable page, on the shared page frame (`page.html`).
pub fn html(t: &Trend, lang: &str) -> crate::error::Result<String> {
    use minijinja::context;
    let m = &Messages::new(t.lang);
    let weeks: Vec<minijinja::Value> = t
        .weeks
        .iter()
        .map(|r| {
            context! {
                date => short_date(m, &r.created),
                care => care_short(r, m),
                cells => r.values.iter().map(short).collect::<Vec<_>>(),
                fit => r.care_fit.clone().unwrap_or_else(|| DASH.into()),
            }
        })
        .collect();
    let meta = match (t.weeks.first(), t.weeks.last()) {
        (Some(a), Some(b)) => m.with(
            "progress-history-meta",
            &[
                ("count", t.weeks.len().into()),
                ("first", short_date(m, &a.created).into()),
                ("last", short_date(m, &b.created).into()),
            ],
        ),
        _ => String::new(),
    };
    let word = |id: &str| minijinja::Value::from_safe_string(m.get(id));
    let lang = if !lang.is_empty() && lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        lang
    } else {
        "en"
    };
    crate::summary::base::html_page(
        "HTML progress history",
        "progress-history.html",
        TEMPLATE,
        context! {
            lang => lang,
            style => minijinja::Value::from_safe_string(STYLE.to_string()),
            meta => meta,
            intro => m.get("progress-intro"),
            empty => m.get("progress-empty"),
            // The page's own words, from the catalogue compiled in, as
            // they would be written in the template itself.
            words => context! {
                title => word("progress-history-title"),
                caption => word("progress-chart-caption"),
                week_by_week => word("progress-week-by-week"),
                week => word("progress-col-week"),
                care => word("progress-col-care"),
                fit => word("progress-col-fit"),
                moved => word("progress-moved"),
                footer => word("progress-history-footer"),
                // The page frame's "Page 1 of 2".
                page => word("page-of"),
                of => word("page-of-total"),
            },
            svg => if t.weeks.is_empty() { String::new() } else { svg(t) },
            measures => t.measures.iter().map(|m| m.title.clone()).collect::<Vec<_>>(),
            weeks => weeks,
            patterns => patterns::sentences(&t.patterns),
            flagged => safety_lines(t, m),
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_use_blocks_or_ascii_and_leave_gaps() {
        let l = [Some(0), Some(2), None, Some(4)];
        assert_eq!(sparkline(&l, 4, true), "▁▅ █");
        let a = sparkline(&l, 4, false);
        assert!(a.is_ascii());
        assert_eq!(a, "_- #");
    }

    #[test]
    fn words_from_a_kept_file_reach_no_format_with_escapes() {
        let bank = super::super::base_bank().expect("valid");
        let mut answers = serde_json::Map::new();
        answers.insert("mood".into(), "\u{1b}]0;owned\u{7}odd".into());
        answers.insert("goal-1".into(), "\u{1b}[2Jnew".into());
        let w = Week {
            format: 1,
            created: "2026-10-01T12:00:00Z\u{1b}[31m".into(),
            week: "2026-W40\u{7}".into(),
            bank: super::super::BankRef {
                id: "weekly-progress".into(),
                version: "1.0.0".into(),
                language: None,
            },
            care: None,
            plan: super::super::Plan {
                goals: vec!["Sleep\u{1b}[31m by 11".into()],
                goals_from: super::super::GoalsFrom::LastWeek,
                signs: vec![],
            },
            quick: false,
            answers,
        };
        let t = build(&[("w1".into(), w)], &bank);
        for out in [
            text(&t, 100, true),
            text(&t, 40, false),
            svg(&t),
            json(&t).expect("JSON"),
        ] {
            assert!(!out.contains('\u{1b}') && !out.contains('\u{7}'), "{out}");
        }
        assert!(text(&t, 100, true).contains("Sleep by 11"));
    }
}
