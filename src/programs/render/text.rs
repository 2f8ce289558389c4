//! The terminal format: programs side by side, one row per fact, in as many
//! columns as the width allows. When even one column per program cannot be
//! read (a very narrow window), it falls back to the plain layout.

use textwrap::core::display_width;

use super::{Render, preferences_line};
use crate::error::Result;
use crate::programs::Comparison;
use crate::programs::compare::{Mark, ProgramView};
use crate::text::{clean, wrap};

pub struct Text {
    pub width: usize,
}

/// Narrower columns than this are not worth reading side by side.
const MIN_COLUMN: usize = 10;

/// The mark after a cell: short, and explained once above the table.
fn mark(m: Option<Mark>) -> &'static str {
    match m {
        Some(Mark::Fits) => " ✓",
        Some(Mark::Differs) => " !",
        None => "",
    }
}

fn pad(s: &str, w: usize) -> String {
    let n = display_width(s);
    format!("{s}{}", " ".repeat(w.saturating_sub(n)))
}

/// Wraps `s` into lines of at most `w` columns (long words are broken).
fn cell_lines(s: &str, w: usize) -> Vec<String> {
    let opts = textwrap::Options::new(w.max(1))
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .break_words(true);
    textwrap::wrap(&clean(s).replace('\n', " "), &opts)
        .into_iter()
        .map(|l| l.into_owned())
        .collect()
}

impl Render for Text {
    fn render(&self, c: &Comparison) -> Result<String> {
        let w = self.width.max(20);
        let n = c.programs.len().max(1);
        let label_w = if n >= 3 { 16 } else { 22 }.min(w / 3);
        // Each program column is " │ " and its text.
        let col_w = (w.saturating_sub(label_w) / n).saturating_sub(3);
        if col_w < MIN_COLUMN {
            return super::plain::Plain { width: w }.render(c);
        }
        let mut o = String::new();
        let mut line = |s: &str, indent: &str| {
            o.push_str(&wrap(s, w, indent));
            o.push('\n');
        };
        let count = c.programs.len();
        line(
            &format!(
                "Comparing {count} program{} side by side. Every cost and hour is an estimate.",
                if count == 1 { "" } else { "s" }
            ),
            "",
        );
        line(&preferences_line(c), "");
        line(
            "Marks: ✓ fits what you said · ! differs from what you said · ★ matters a lot to you",
            "",
        );
        line("", "");
        let mut table = String::new();
        let row = |table: &mut String, label: &str, cells: Vec<String>| {
            table.push_str(&table_row(label, &cells, label_w, col_w));
        };
        row(
            &mut table,
            "",
            c.programs
                .iter()
                .map(|p| format!("{}. {}", p.number, p.name))
                .collect(),
        );
        let rule = {
            let mut r = "─".repeat(label_w);
            for _ in 0..count {
                r.push_str("─┼─");
                r.push_str(&"─".repeat(col_w));
            }
            r
        };
        table.push_str(&rule);
        table.push('\n');
        for r in &c.rows {
            let label = match r.priority {
                Some(_) => format!("★ {}", r.label),
                None => r.label.clone(),
            };
            row(
                &mut table,
                &label,
                r.cells
                    .iter()
                    .map(|c| format!("{}{}", c.text, mark(c.mark)))
                    .collect(),
            );
        }
        o.push_str(&table);
        let mut line = |s: &str, indent: &str| {
            o.push_str(&wrap(s, w, indent));
            o.push('\n');
        };
        for p in &c.programs {
            lists(p, &mut line);
        }
        closing(c, &mut line);
        Ok(o)
    }
}

/// One row of the table: the label and one cell per program, each wrapped
/// in its column.
fn table_row(label: &str, cells: &[String], label_w: usize, col_w: usize) -> String {
    let label_lines = cell_lines(label, label_w);
    let cols: Vec<Vec<String>> = cells.iter().map(|c| cell_lines(c, col_w)).collect();
    let height = cols
        .iter()
        .map(Vec::len)
        .chain([label_lines.len()])
        .max()
        .unwrap_or(1);
    let mut out = String::new();
    for k in 0..height {
        let mut l = pad(label_lines.get(k).map_or("", String::as_str), label_w);
        for col in &cols {
            l.push_str(" │ ");
            l.push_str(&pad(col.get(k).map_or("", String::as_str), col_w));
        }
        out.push_str(l.trim_end());
        out.push('\n');
    }
    out
}

/// A program's questions to ask and clashes, as lists (shared with plain).
pub fn lists(p: &ProgramView, line: &mut impl FnMut(&str, &str)) {
    let groups = [
        (
            format!("Still to find out from {}:", p.name),
            &p.ask_program,
        ),
        (
            format!("To ask your insurer about {}:", p.name),
            &p.ask_insurer,
        ),
        (
            format!("What {}'s schedule may clash with:", p.name),
            &p.clashes,
        ),
    ];
    for (title, items) in groups {
        if items.is_empty() {
            continue;
        }
        line("", "");
        line(&title, "");
        for i in items {
            line(&format!("  - {i}"), "  ");
        }
    }
}

/// The insurer script and the closing note (shared with plain).
pub fn closing(c: &Comparison, line: &mut impl FnMut(&str, &str)) {
    line("", "");
    line("What to ask your insurer (a script you can read from):", "");
    for (i, s) in c.insurer_script.iter().enumerate() {
        line(&format!("  {}. {s}", i + 1), "   ");
    }
    line("", "");
    line(c.note, "");
}
