//! The terminal format: programs side by side, one row per fact, in as many
//! columns as the width allows. When even one column per program cannot be
//! read (a very narrow window), it falls back to the plain layout.

use textwrap::core::display_width;

use super::plain::{Plain, bullets, closing};
use super::{Context, Render};
use crate::error::Result;
use crate::programs::compare::Mark;
use crate::summary::base::TextOut;
use crate::text::clean;

pub struct Table {
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

impl Render for Table {
    fn render(&self, cx: &Context) -> Result<String> {
        let doc = cx.document;
        let mut o = TextOut::new(self.width, false);
        let w = o.width();
        let n = doc.count.max(1);
        let label_w = if n >= 3 { 16 } else { 22 }.min(w / 3);
        // Each program column is " │ " and its text.
        let col_w = (w.saturating_sub(label_w) / n).saturating_sub(3);
        if col_w < MIN_COLUMN {
            return Plain { width: w }.render(cx);
        }
        o.para(doc.opening(true), "");
        o.para(&doc.preferences, "");
        o.para(&doc.marks, "");
        o.blank();
        let mut table = table_row("", &doc.columns, label_w, col_w);
        table.push_str(&"─".repeat(label_w));
        for _ in &doc.columns {
            table.push_str("─┼─");
            table.push_str(&"─".repeat(col_w));
        }
        table.push('\n');
        for r in &doc.rows {
            let label = match r.priority {
                Some(_) => format!("★ {}", r.label),
                None => r.label.clone(),
            };
            let cells: Vec<String> = r
                .cells
                .iter()
                .map(|c| format!("{}{}", c.text, mark(c.mark)))
                .collect();
            table.push_str(&table_row(&label, &cells, label_w, col_w));
        }
        o.raw(&table);
        for part in &doc.programs {
            for list in &part.lists {
                bullets(&mut o, list);
            }
        }
        closing(&mut o, doc);
        Ok(o.finish())
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
