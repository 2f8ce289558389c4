//! `iop-check history`: where the person stood at each kept check-in, in
//! their own answers (how far along in deciding, which way they leaned,
//! their gut feeling, and how many readiness questions they were sure
//! about), as a table for the terminal or Markdown, data (JSON), or a
//! printable HTML page with a chart.
//!
//! No score from 0 to 100 is shown: the summary says it gives none, and a
//! number would read as a verdict. An answer that was skipped, or that says
//! "not sure", is a gap in the chart, never a zero; a check-in made before
//! something was kept shows a dash.

use serde::Serialize;

use crate::bank::{Bank, Role};
use crate::i18n::{Lang, Messages};
use crate::score::{Assessment, Readiness};
use crate::summary::base::html_escape as esc;

/// The formats `history` can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum HistoryFormat {
    /// A table for the terminal.
    Text,
    /// A CommonMark table.
    Markdown,
    /// A printable page with a chart (no script).
    Html,
    /// The rows and scales as JSON.
    Json,
}

/// The dash for "not in this check-in".
pub const DASH: &str = "–";

/// One measure that moves along an ordered scale (the stage, the feeling):
/// its levels from low to high, in the bank's words.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Scale {
    pub levels: Vec<String>,
}

/// One answer at one check-in.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Cell {
    /// The answer in words; "Skipped" when skipped; None when the check-in
    /// does not have it (not reached, or kept by an older iop-check).
    pub answer: Option<String>,
    /// Its place on the scale (0 = lowest); None for a skipped or not-sure
    /// answer, which is a gap, never a zero.
    pub level: Option<usize>,
}

/// One kept check-in, as a row.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Row {
    pub id: String,
    /// When it was made (RFC 3339).
    pub created: String,
    pub stage: Cell,
    pub leaning: Option<String>,
    pub feeling: Cell,
    /// "Sure about x of y": None in a check-in from before it was counted.
    pub readiness: Option<Readiness>,
    pub safety_flagged: bool,
}

/// Every kept check-in, oldest first, with the scales to place them on.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct History {
    pub checkins: Vec<Row>,
    pub stage_scale: Scale,
    pub feeling_scale: Scale,
}

const STAGE: &str = "decision_stage";
const LEANING: &str = "leaning";
const FEELING: &str = "feeling";

/// The answer of a check-in's fact with this role. Check-ins kept before
/// facts carried their role are matched through the bank's question ids.
fn fact<'a>(a: &'a Assessment, role: &str, bank: Option<&Bank>) -> Option<&'a crate::score::Fact> {
    a.standing.iter().find(|f| match &f.role {
        Some(r) => r == role,
        None => bank
            .filter(|b| b.id == a.bank.id)
            .and_then(|b| b.question(&f.id))
            .and_then(|q| q.role)
            .is_some_and(|r| role_is(r, role)),
    })
}

fn role_is(r: Role, name: &str) -> bool {
    matches!(
        (r, name),
        (Role::DecisionStage, STAGE) | (Role::Leaning, LEANING) | (Role::Feeling, FEELING)
    )
}

fn is_skipped(answer: &str) -> bool {
    answer.eq_ignore_ascii_case("skipped")
}

/// The bank's scale for a role: the question's options that are not "not
/// sure", lowest first (by score when every one has a score, else in the
/// bank's order).
fn bank_scale(bank: &Bank, role: &str) -> Option<(String, Vec<(String, String)>)> {
    let (_, q) = bank
        .questions()
        .find(|(_, q)| q.role.is_some_and(|r| role_is(r, role)))?;
    let mut options: Vec<&crate::bank::Choice> = q
        .options
        .iter()
        .filter(|o| !o.not_sure && !o.crisis)
        .collect();
    if options.iter().all(|o| q.option_score(o).is_some()) {
        options.sort_by(|a, b| {
            let (a, b) = (q.option_score(a), q.option_score(b));
            a.partial_cmp(&b).unwrap_or(std::cmp::Ordering::Equal)
        });
    }
    Some((
        q.id.clone(),
        options
            .iter()
            .map(|o| (o.id.clone(), o.label.clone()))
            .collect(),
    ))
}

/// Builds the rows, and a scale for the stage and the feeling: the bank's
/// when every check-in was made with it, else the answers in the order they
/// first appear.
pub fn build(checkins: &[(String, &Assessment)], bank: Option<&Bank>) -> History {
    let same_bank = bank.filter(|b| checkins.iter().all(|(_, a)| a.bank.id == b.id));
    let measure = |role: &str| -> (Scale, Vec<Cell>) {
        let from_bank = same_bank.and_then(|b| bank_scale(b, role));
        let answers: Vec<Option<String>> = checkins
            .iter()
            .map(|(_, a)| fact(a, role, bank).map(|f| f.answer.clone()))
            .collect();
        match from_bank {
            Some((qid, options)) => {
                let cells = checkins
                    .iter()
                    .zip(&answers)
                    .map(|((_, a), answer)| {
                        let chosen = a.answers.get(&qid).and_then(|v| v.as_str());
                        Cell {
                            answer: answer.clone(),
                            level: chosen
                                .filter(|_| answer.is_some())
                                .and_then(|id| options.iter().position(|(o, _)| o == id)),
                        }
                    })
                    .collect();
                let levels = options.into_iter().map(|(_, label)| label).collect();
                (Scale { levels }, cells)
            }
            None => {
                let mut levels: Vec<String> = Vec::new();
                for a in answers.iter().flatten() {
                    if !is_skipped(a) && !levels.contains(a) {
                        levels.push(a.clone());
                    }
                }
                let cells = answers
                    .iter()
                    .map(|answer| Cell {
                        answer: answer.clone(),
                        level: answer
                            .as_ref()
                            .and_then(|a| levels.iter().position(|l| l == a)),
                    })
                    .collect();
                (Scale { levels }, cells)
            }
        }
    };
    let (stage_scale, stages) = measure(STAGE);
    let (feeling_scale, feelings) = measure(FEELING);
    let checkins = checkins
        .iter()
        .zip(stages.into_iter().zip(feelings))
        .map(|((id, a), (stage, feeling))| Row {
            id: id.clone(),
            created: a.created.clone(),
            stage,
            leaning: fact(a, LEANING, bank).map(|f| f.answer.clone()),
            feeling,
            readiness: a.readiness.clone(),
            safety_flagged: a.safety.flagged,
        })
        .collect();
    History {
        checkins,
        stage_scale,
        feeling_scale,
    }
}

/// "Nov 27, 2026" or "27 nov 2026", in the person's time zone.
pub fn short_date_in(created: &str, m: &Messages) -> String {
    if m.lang() == Lang::En {
        return short_date(created);
    }
    match created.parse::<jiff::Timestamp>() {
        Ok(ts) => {
            let d = ts.to_zoned_datetime(jiff::tz::TimeZone::system()).date();
            m.with(
                "date-short",
                &[
                    ("day", d.day().to_string().into()),
                    ("month", m.get(&format!("month-short-{}", d.month())).into()),
                    ("year", d.year().to_string().into()),
                ],
            )
        }
        Err(_) => created.to_string(),
    }
}

/// "Nov 27, 2026", in the person's time zone.
pub fn short_date(created: &str) -> String {
    match created.parse::<jiff::Timestamp>() {
        Ok(ts) => ts
            .to_zoned_datetime(jiff::tz::TimeZone::system())
            .strftime("%b %-d, %Y")
            .to_string(),
        Err(_) => created.to_string(),
    }
}

fn words(answer: &Option<String>, m: &Messages) -> String {
    match answer {
        None => DASH.to_string(),
        Some(a) if is_skipped(a) => m.get("history-skipped"),
        Some(a) => a.clone(),
    }
}

fn sure(r: &Option<Readiness>, m: &Messages) -> String {
    match r {
        Some(r) if r.asked > 0 => m.with(
            "history-sure-of",
            &[("met", r.met.into()), ("asked", r.asked.into())],
        ),
        _ => DASH.to_string(),
    }
}

/// The largest number of readiness questions asked in any check-in (at
/// least 4, the usual count), the top of the "sure about" axis.
fn sure_top(h: &History) -> usize {
    h.checkins
        .iter()
        .filter_map(|r| r.readiness.as_ref().map(|x| x.asked))
        .max()
        .unwrap_or(0)
        .max(4)
}

/// The table's headings.
fn headers(m: &Messages) -> [String; 5] {
    [
        "history-head-check-in",
        "history-head-stage",
        "history-head-leaning",
        "history-head-feeling",
        "history-head-sure",
    ]
    .map(|id| m.get(id))
}

fn cells(r: &Row, m: &Messages) -> [String; 5] {
    [
        format!("{} {}", short_date_in(&r.created, m), r.id),
        words(&r.stage.answer, m),
        words(&r.leaning, m),
        words(&r.feeling.answer, m),
        sure(&r.readiness, m),
    ]
}

/// The table for a terminal `width` columns wide: a table from 72 columns,
/// one block per check-in below that.
pub fn text(h: &History, width: usize, m: &Messages) -> String {
    let wrap = |s: &str| crate::text::wrap(s, width, "");
    if h.checkins.is_empty() {
        return format!("{}\n", wrap(&m.get("history-empty")));
    }
    let mut out = format!("{}\n\n", wrap(&m.get("history-intro")));
    let headers = headers(m);
    if width < 72 {
        for r in &h.checkins {
            let c = cells(r, m);
            out.push_str(&format!("{}\n", c[0]));
            for (head, value) in headers.iter().zip(&c).skip(1) {
                out.push_str(&crate::text::wrap(
                    &format!("  {head}: {value}"),
                    width,
                    "    ",
                ));
                out.push('\n');
            }
            out.push('\n');
        }
    } else {
        // Check-in (date over id), then the answers; two spaces between.
        let first = 17;
        let sure_w = 6;
        let rest = width - first - sure_w - 8;
        let (stage_w, leaning_w) = (rest * 35 / 100, rest * 33 / 100);
        let widths = [
            first,
            stage_w,
            leaning_w,
            rest - stage_w - leaning_w,
            sure_w,
        ];
        let row_lines = |c: &[String; 5]| -> Vec<String> {
            let wrapped: Vec<Vec<String>> = c
                .iter()
                .zip(widths)
                .enumerate()
                .map(|(i, (text, w))| {
                    if i == 0 {
                        // The date, then the id under it.
                        text.rsplitn(2, ' ')
                            .collect::<Vec<_>>()
                            .into_iter()
                            .rev()
                            .map(str::to_string)
                            .collect()
                    } else {
                        textwrap::wrap(text, w)
                            .into_iter()
                            .map(|l| l.into_owned())
                            .collect()
                    }
                })
                .collect();
            let height = wrapped.iter().map(Vec::len).max().unwrap_or(1);
            (0..height)
                .map(|n| {
                    let line: Vec<String> = wrapped
                        .iter()
                        .zip(widths)
                        .map(|(col, w)| {
                            let t = col.get(n).map_or("", String::as_str);
                            let pad = w.saturating_sub(console::measure_text_width(t));
                            format!("{t}{}", " ".repeat(pad))
                        })
                        .collect();
                    line.join("  ").trim_end().to_string()
                })
                .collect()
        };
        for l in row_lines(&headers) {
            out.push_str(&l);
            out.push('\n');
        }
        let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
        out.push_str(&rule.join("  "));
        out.push('\n');
        for r in &h.checkins {
            for l in row_lines(&cells(r, m)) {
                out.push_str(&l);
                out.push('\n');
            }
            out.push('\n');
        }
    }
    for r in h.checkins.iter().filter(|r| r.safety_flagged) {
        out.push_str(&wrap(
            &m.with("history-flagged", &[("id", r.id.as_str().into())]),
        ));
        out.push('\n');
    }
    out.push_str(&wrap(&m.get("history-more")));
    out.push('\n');
    out
}

/// A Markdown table.
pub fn markdown(h: &History, m: &Messages) -> String {
    use super::base::markdown_escape as esc;
    let mut out = format!("# {}\n\n", m.get("history-title"));
    if h.checkins.is_empty() {
        out.push_str(&format!("{}\n", m.get("history-empty")));
        return out;
    }
    out.push_str(&format!("{}\n\n", esc(&m.get("history-intro"))));
    out.push_str(&format!("| {} |\n", headers(m).join(" | ")));
    out.push_str("| --- | --- | --- | --- | --- |\n");
    for r in &h.checkins {
        let c = cells(r, m).map(|s| esc(&s).replace('|', "\\|"));
        out.push_str(&format!("| {} |\n", c.join(" | ")));
    }
    for r in h.checkins.iter().filter(|r| r.safety_flagged) {
        out.push_str(&format!(
            "\n{}\n",
            m.with("history-flagged", &[("id", esc(&r.id).into())])
        ));
    }
    out
}

/// The rows and scales as JSON.
pub fn json(h: &History) -> String {
    let mut s = serde_json::to_string_pretty(h).unwrap_or_else(|_| "{}".into());
    s.push('\n');
    s
}

/// Splits `text` into lines of at most `chars` characters, for SVG text.
fn svg_lines(text: &str, chars: usize) -> Vec<String> {
    // Words are never broken: a long one may run a little wide.
    textwrap::wrap(
        text,
        textwrap::Options::new(chars.max(6)).break_words(false),
    )
    .into_iter()
    .map(|l| l.into_owned())
    .collect()
}

/// `<text>` with one `<tspan>` per line, the first at `y`.
fn svg_text(x: f64, y: f64, lines: &[String], attrs: &str) -> String {
    let mut s = format!("<text x=\"{x:.1}\" y=\"{y:.1}\" {attrs}>");
    for (i, l) in lines.iter().enumerate() {
        let dy = if i == 0 { "0" } else { "1.15em" };
        s.push_str(&format!(
            "<tspan x=\"{x:.1}\" dy=\"{dy}\">{}</tspan>",
            esc(l)
        ));
    }
    s.push_str("</text>");
    s
}

/// How each measure is drawn, so that it reads in greyscale and in print:
/// its own dash pattern and its own marker shape.
struct Look {
    class: &'static str,
    /// The panel's title, a catalogue id.
    title: &'static str,
    dash: &'static str,
    marker: &'static str,
}

const LOOKS: [Look; 3] = [
    Look {
        class: "stage",
        title: "history-chart-stage",
        dash: "none",
        marker: "circle",
    },
    Look {
        class: "feeling",
        title: "history-chart-feeling",
        dash: "8 4",
        marker: "square",
    },
    Look {
        class: "sure",
        title: "history-chart-sure",
        dash: "2 4",
        marker: "triangle",
    },
];

/// One panel of the chart: how it looks, its scale (low to high), each
/// check-in's place on it (None: a gap), and each check-in's words.
type Panel<'a> = (&'a Look, &'a [String], Vec<Option<usize>>, Vec<String>);

fn marker(shape: &str, x: f64, y: f64, label: &str) -> String {
    let title = format!("<title>{}</title>", esc(label));
    match shape {
        "circle" => {
            format!("<circle class=\"point\" cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"5\">{title}</circle>")
        }
        "square" => format!(
            "<rect class=\"point\" x=\"{:.1}\" y=\"{:.1}\" width=\"9\" height=\"9\">{title}</rect>",
            x - 4.5,
            y - 4.5
        ),
        _ => format!(
            "<polygon class=\"point\" points=\"{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}\">{title}</polygon>",
            x,
            y - 6.0,
            x - 5.5,
            y + 4.5,
            x + 5.5,
            y + 4.5
        ),
    }
}

/// The chart: one panel per measure, stacked, sharing the check-ins along
/// the bottom; the leaning written above each check-in.
pub fn svg(h: &History, m: &Messages) -> String {
    const W: f64 = 760.0;
    const LEFT: f64 = 200.0;
    const RIGHT: f64 = 70.0;
    const TOP: f64 = 64.0;
    const PANEL: f64 = 150.0;
    const GAP: f64 = 26.0;
    let n = h.checkins.len();
    let plot = W - LEFT - RIGHT;
    let x_at = |i: usize| {
        if n <= 1 {
            LEFT + plot / 2.0
        } else {
            LEFT + plot * i as f64 / (n - 1) as f64
        }
    };
    let column = if n <= 1 { plot } else { plot / (n - 1) as f64 };
    let label_chars = ((column / 7.0) as usize).clamp(6, 20);
    let height = TOP + 3.0 * (PANEL + GAP) + 40.0;
    let top_sure = sure_top(h);
    let sure_levels: Vec<String> = (0..=top_sure)
        .map(|k| m.with("history-questions", &[("count", k.into())]))
        .collect();
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {W} {height}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" class=\"chart\">\n\
         <title id=\"chart-title\">{}</title>\n\
         <desc id=\"chart-desc\">{}</desc>\n",
        esc(&m.get("history-chart-title")),
        esc(&m.with("history-chart-desc", &[("count", n.into())])),
    );
    // The leaning, above each check-in.
    s.push_str(&svg_text(
        12.0,
        24.0,
        &[m.get("history-head-leaning")],
        "class=\"panel-title\"",
    ));
    for (i, r) in h.checkins.iter().enumerate() {
        let text = words(&r.leaning, m);
        let lines = svg_lines(&text, label_chars);
        s.push_str(&svg_text(
            x_at(i),
            20.0,
            &lines,
            "class=\"leaning\" text-anchor=\"middle\"",
        ));
        s.push('\n');
    }
    let panels: [Panel; 3] = [
        (
            &LOOKS[0],
            &h.stage_scale.levels,
            h.checkins.iter().map(|r| r.stage.level).collect(),
            h.checkins
                .iter()
                .map(|r| words(&r.stage.answer, m))
                .collect(),
        ),
        (
            &LOOKS[1],
            &h.feeling_scale.levels,
            h.checkins.iter().map(|r| r.feeling.level).collect(),
            h.checkins
                .iter()
                .map(|r| words(&r.feeling.answer, m))
                .collect(),
        ),
        (
            &LOOKS[2],
            &sure_levels,
            h.checkins
                .iter()
                .map(|r| r.readiness.as_ref().filter(|x| x.asked > 0).map(|x| x.met))
                .collect(),
            h.checkins.iter().map(|r| sure(&r.readiness, m)).collect(),
        ),
    ];
    for (k, (look, levels, points, labels)) in panels.iter().enumerate() {
        let y0 = TOP + k as f64 * (PANEL + GAP);
        let inner_top = y0 + 36.0;
        let inner_bottom = y0 + PANEL - 8.0;
        let count = levels.len();
        let y_at = |j: usize| {
            if count <= 1 {
                (inner_top + inner_bottom) / 2.0
            } else {
                inner_bottom - (inner_bottom - inner_top) * j as f64 / (count - 1) as f64
            }
        };
        s.push_str(&format!(
            "<g class=\"panel {}\" data-measure=\"{}\">\n",
            look.class, look.class
        ));
        s.push_str(&svg_text(
            12.0,
            y0 + 12.0,
            &[m.get(look.title)],
            "class=\"panel-title\"",
        ));
        s.push('\n');
        // The scale, in words, lowest at the bottom.
        for (j, level) in levels.iter().enumerate() {
            let y = y_at(j);
            s.push_str(&format!(
                "<line class=\"grid\" x1=\"{LEFT}\" y1=\"{y:.1}\" x2=\"{:.1}\" y2=\"{y:.1}\"/>",
                W - RIGHT + 10.0
            ));
            let lines = svg_lines(level, 30);
            let first_y = y + 4.0 - (lines.len() as f64 - 1.0) * 6.5;
            s.push_str(&svg_text(
                LEFT - 10.0,
                first_y,
                &lines,
                "class=\"tick\" text-anchor=\"end\"",
            ));
            s.push('\n');
        }
        // The line: one point per check-in that has an answer on the scale;
        // a gap (a new "M") where one has none.
        let mut d = String::new();
        let mut pen_down = false;
        let mut marks = String::new();
        for (i, p) in points.iter().enumerate() {
            match p {
                Some(j) => {
                    let (x, y) = (x_at(i), y_at(*j));
                    d.push_str(&format!(
                        "{}{x:.1} {y:.1} ",
                        if pen_down { "L" } else { "M" }
                    ));
                    pen_down = true;
                    marks.push_str(&marker(
                        look.marker,
                        x,
                        y,
                        &format!(
                            "{}: {}",
                            short_date_in(&h.checkins[i].created, m),
                            labels[i]
                        ),
                    ));
                }
                None => pen_down = false,
            }
        }
        s.push_str(&format!(
            "<path class=\"line {}\" data-measure=\"{}\" d=\"{}\" stroke-dasharray=\"{}\"/>\n{marks}\n</g>\n",
            look.class,
            look.class,
            d.trim_end(),
            look.dash
        ));
    }
    // The check-ins along the bottom: the date under each.
    let axis_y = TOP + 3.0 * (PANEL + GAP) - GAP + 4.0;
    for (i, r) in h.checkins.iter().enumerate() {
        let x = x_at(i);
        s.push_str(&format!(
            "<line class=\"vgrid\" x1=\"{x:.1}\" y1=\"{TOP:.1}\" x2=\"{x:.1}\" y2=\"{axis_y:.1}\"/>"
        ));
        let date = short_date_in(&r.created, m);
        // The year on a line of its own: "Nov 27," / "2026", "27 nov" / "2026".
        let lines: Vec<String> = match date.rsplit_once(", ").or_else(|| date.rsplit_once(' ')) {
            Some((day, year)) => vec![day.to_string(), year.to_string()],
            None => vec![date],
        };
        s.push_str(&svg_text(
            x,
            axis_y + 16.0,
            &lines,
            "class=\"date\" text-anchor=\"middle\"",
        ));
        s.push('\n');
    }
    s.push_str("</svg>");
    s
}

const CSS: &str = "\
:root { color: #111; background: #fff; }
body { font: 16px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .5rem; }
figure { margin: 1rem 0; break-inside: avoid; page-break-inside: avoid; }
.chart { width: 100%; height: auto; font-size: 12px; }
.chart .panel-title { font-weight: 700; font-size: 13px; fill: #111; }
.chart .tick, .chart .date, .chart .leaning { fill: #222; }
.chart .leaning { font-size: 11px; font-style: italic; }
.chart .grid { stroke: #bbb; stroke-width: 1; stroke-dasharray: 1 3; }
.chart .vgrid { stroke: #ddd; stroke-width: 1; }
.chart .line { fill: none; stroke: #111; stroke-width: 2.5; }
.chart .point { fill: #fff; stroke: #111; stroke-width: 2; }
.chart .stage .point { fill: #111; }
table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
caption { text-align: left; font-weight: 700; margin-bottom: .25rem; }
th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #999; padding: .3rem .5rem .3rem 0; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
.note { font-size: .9rem; }
.id { white-space: nowrap; font-weight: 400; }
@media print {
  @page { margin: 15mm; }
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  h1 { break-after: avoid; }
}
";

/// The printable HTML page: the chart, then the same values as a table for
/// screen readers and for reading exactly. No script, nothing loaded from
/// elsewhere.
pub fn html(h: &History, lang: &str, m: &Messages) -> String {
    let title = esc(&m.get("history-title"));
    let mut s = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{title}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n<h1>{title}</h1>\n",
        esc(lang)
    );
    if h.checkins.is_empty() {
        s.push_str(&format!(
            "<p>{}</p>\n</main>\n</body>\n</html>\n",
            esc(&m.get("history-empty"))
        ));
        return s;
    }
    s.push_str(&format!("<p>{}</p>\n", esc(&m.get("history-intro"))));
    s.push_str("<figure>\n");
    s.push_str(&svg(h, m));
    s.push_str(&format!(
        "\n<figcaption class=\"note\">{}</figcaption>\n</figure>\n",
        esc(&m.get("history-chart-key"))
    ));
    s.push_str(&format!(
        "<table>\n<caption>{}</caption>\n<thead><tr>",
        esc(&m.get("history-table-caption"))
    ));
    for head in headers(m) {
        s.push_str(&format!("<th scope=\"col\">{}</th>", esc(&head)));
    }
    s.push_str("</tr></thead>\n<tbody>\n");
    for r in &h.checkins {
        let c = cells(r, m);
        s.push_str(&format!(
            "<tr><th scope=\"row\">{}<br><span class=\"note id\">{}</span></th>",
            esc(&short_date_in(&r.created, m)),
            esc(&r.id)
        ));
        for v in &c[1..] {
            s.push_str(&format!("<td>{}</td>", esc(v)));
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody>\n</table>\n");
    for r in h.checkins.iter().filter(|r| r.safety_flagged) {
        s.push_str(&format!(
            "<p class=\"note\">{}</p>\n",
            esc(&m.with("history-flagged", &[("id", r.id.as_str().into())]))
        ));
    }
    s.push_str(&format!(
        "<p class=\"note\">{}</p>\n</main>\n</body>\n</html>\n",
        esc(&m.get("history-not-you"))
    ));
    s
}
