//! CommonMark: a table with one column per program, then the questions to
//! ask. Every value is escaped, so no answer can add a cell, link or HTML.

use super::{Render, cell_words, preferences_line};
use crate::error::Result;
use crate::programs::Comparison;

pub struct Markdown;

/// The summary's escaping: no answer can add a cell, link, heading or HTML.
use crate::summary::markdown_escape as escape;

impl Render for Markdown {
    fn render(&self, c: &Comparison) -> Result<String> {
        let e = escape;
        let mut o = String::new();
        let mut push = |s: String| {
            o.push_str(&s);
            o.push('\n');
        };
        push("# Comparing programs".into());
        push(String::new());
        push("Every cost and hour here is an **estimate**.".into());
        push(String::new());
        push(e(&preferences_line(c)));
        push(String::new());
        push("★ marks something you said matters a lot to you.".into());
        push(String::new());
        let mut head = "| |".to_string();
        let mut rule = "| --- |".to_string();
        for p in &c.programs {
            head.push_str(&format!(" {} |", e(&format!("{}. {}", p.number, p.name))));
            rule.push_str(" --- |");
        }
        push(head);
        push(rule);
        for r in &c.rows {
            let label = match r.priority {
                Some(_) => format!("★ {}", e(&r.label)),
                None => e(&r.label),
            };
            let mut l = format!("| {label} |");
            for cell in &r.cells {
                l.push_str(&format!(" {} |", e(&cell_words(cell))));
            }
            push(l);
        }
        for p in &c.programs {
            for (title, items) in [
                ("Still to find out from", &p.ask_program),
                ("To ask your insurer about", &p.ask_insurer),
                ("What may clash with the schedule of", &p.clashes),
            ] {
                if items.is_empty() {
                    continue;
                }
                push(String::new());
                push(format!("## {title} {}", e(&p.name)));
                push(String::new());
                for i in items {
                    push(format!("- {}", e(i)));
                }
            }
        }
        push(String::new());
        push("## What to ask your insurer".into());
        push(String::new());
        for (i, s) in c.insurer_script.iter().enumerate() {
            push(format!("{}. {}", i + 1, e(s)));
        }
        push(String::new());
        push(e(c.note));
        Ok(o)
    }
}
