//! Plain text, one program after another, one fact a line: no table art and
//! no colour, so a screen reader reads it in order and a pipe keeps it whole.

use super::document::{Document, List};
use super::{Context, Render};
use crate::error::Result;
use crate::summary::base::TextOut;

pub struct Plain {
    pub width: usize,
}

impl Render for Plain {
    fn render(&self, cx: &Context) -> Result<String> {
        let doc = cx.document;
        let mut o = TextOut::new(self.width, false);
        o.para(doc.opening(false), "");
        o.para(&doc.preferences, "");
        for (i, part) in doc.programs.iter().enumerate() {
            o.blank();
            o.para(&part.heading, "");
            for (r, label) in doc.rows.iter().zip(&doc.row_lines) {
                o.hanging(
                    "  ",
                    "  ",
                    &format!("{label}: {}", doc.cell_words(&r.cells[i])),
                );
            }
            for list in &part.lists {
                bullets(&mut o, list);
            }
        }
        closing(&mut o, doc);
        Ok(o.finish())
    }
}

/// A list under its title: `Title:` then `  - item` lines.
pub fn bullets(o: &mut TextOut, list: &List) {
    o.blank();
    o.para(&format!("{}:", list.title), "");
    for item in &list.items {
        o.item("  ", "-", item);
    }
}

/// The insurer script, numbered, and the closing note.
pub fn closing(o: &mut TextOut, doc: &Document) {
    o.blank();
    o.para(&format!("{}:", doc.insurer.title), "");
    for (i, s) in doc.insurer.items.iter().enumerate() {
        o.item("  ", &format!("{}.", i + 1), s);
    }
    o.blank();
    o.para(&doc.note, "");
}
