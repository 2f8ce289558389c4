//! Plain text, one program after another, one fact a line: no table art and
//! no colour, so a screen reader reads it in order and a pipe keeps it whole.

use super::{Render, cell_words, preferences_line};
use crate::error::Result;
use crate::programs::Comparison;
use crate::text::wrap;

pub struct Plain {
    pub width: usize,
}

impl Render for Plain {
    fn render(&self, c: &Comparison) -> Result<String> {
        let w = self.width.max(20);
        let mut o = String::new();
        let mut line = |s: &str, indent: &str| {
            o.push_str(&wrap(s, w, indent));
            o.push('\n');
        };
        let n = c.programs.len();
        line(
            &format!(
                "Comparing {n} program{}. Every cost and hour is an estimate.",
                if n == 1 { "" } else { "s" }
            ),
            "",
        );
        line(&preferences_line(c), "");
        for (i, p) in c.programs.iter().enumerate() {
            line("", "");
            line(&format!("Program {} of {n}: {}", i + 1, p.name), "");
            for r in &c.rows {
                let label = match &r.priority {
                    Some(b) => format!("{} (matters to you: {b})", r.label),
                    None => r.label.clone(),
                };
                line(&format!("  {label}: {}", cell_words(&r.cells[i])), "  ");
            }
            super::text::lists(p, &mut line);
        }
        super::text::closing(c, &mut line);
        Ok(o)
    }
}
