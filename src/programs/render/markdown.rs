//! CommonMark: a table with one column per program, then the questions to
//! ask. Every value goes through the summary's one escape, so no answer can
//! add a cell, link, heading or HTML.

use super::{Context, Render};
use crate::error::Result;
use crate::summary::base::markdown_escape as e;

pub struct Markdown;

impl Render for Markdown {
    fn render(&self, cx: &Context) -> Result<String> {
        let doc = cx.document;
        let mut o = String::new();
        let mut push = |s: String| {
            o.push_str(&s);
            o.push('\n');
        };
        push(format!("# {}", e(&doc.title)));
        push(String::new());
        // The one word in bold: every figure is an estimate.
        let (before, word, after) = doc.estimate_stressed();
        // (The escape trims, so the space before the word is put back.)
        push(format!("{} **{}**{}", e(before), e(word), e(after)));
        push(String::new());
        push(e(&doc.preferences));
        push(String::new());
        push(e(&doc.star));
        push(String::new());
        let mut head = "| |".to_string();
        let mut rule = "| --- |".to_string();
        for c in &doc.columns {
            head.push_str(&format!(" {} |", e(c)));
            rule.push_str(" --- |");
        }
        push(head);
        push(rule);
        for r in &doc.rows {
            let label = match r.priority {
                Some(_) => format!("★ {}", e(&r.label)),
                None => e(&r.label),
            };
            let mut l = format!("| {label} |");
            for cell in &r.cells {
                l.push_str(&format!(" {} |", e(&doc.cell_words(cell))));
            }
            push(l);
        }
        for list in doc.programs.iter().flat_map(|p| &p.lists) {
            push(String::new());
            push(format!("## {}", e(&list.title)));
            push(String::new());
            for i in &list.items {
                push(format!("- {}", e(i)));
            }
        }
        push(String::new());
        push(format!("## {}", e(&doc.insurer.title)));
        push(String::new());
        for (i, s) in doc.insurer.items.iter().enumerate() {
            push(format!("{}. {}", i + 1, e(s)));
        }
        push(String::new());
        push(e(&doc.note));
        Ok(o)
    }
}
