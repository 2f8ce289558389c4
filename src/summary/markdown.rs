//! CommonMark. Everything from the person or the bank is escaped, so that no
//! answer can add a heading, a link, raw HTML or a table cell.

use super::base::markdown_escape as escape;
use super::{Context, Item, Renderer};
use crate::error::Result;

pub struct MarkdownRenderer;

impl Renderer for MarkdownRenderer {
    fn render(&self, cx: &Context) -> Result<String> {
        self.render_doc(cx.document, cx.lang)
    }
}

impl MarkdownRenderer {
    /// Lays out any document (the weekly summary for the care team too).
    pub fn render_doc(&self, doc: &super::Document, lang: super::Lang) -> Result<String> {
        let m = super::Messages::new(lang);
        let e = escape;
        let mut o = String::new();
        let mut push = |s: String| {
            o.push_str(&s);
            o.push('\n');
        };
        push(format!("# {}", e(&doc.title)));
        push(String::new());
        push(e(&doc.byline));
        for part in &doc.parts {
            push(String::new());
            push(format!("## {}", e(&part.title)));
            push(String::new());
            let mut n = 0;
            let mut in_table = false;
            for item in &part.items {
                if in_table && !matches!(item, Item::Row { .. }) {
                    push(String::new());
                    in_table = false;
                }
                match item {
                    Item::Para { text } => {
                        // A blank line first, or it would continue a list item.
                        push(String::new());
                        push(e(text));
                        push(String::new());
                    }
                    Item::Field {
                        label,
                        value,
                        usual,
                    } => {
                        let usual = usual
                            .as_deref()
                            .map(|u| format!(" ({})", e(u)))
                            .unwrap_or_default();
                        push(format!("- **{}** {}{usual}", e(label), e(value)));
                    }
                    Item::Quote { label, text } => {
                        push(format!("- **{}** \u{201c}{}\u{201d}", e(label), e(text)));
                    }
                    Item::Numbered { text } => {
                        n += 1;
                        push(format!("{n}. {}", e(text)));
                    }
                    Item::Check { text } => push(format!("- [ ] {}", e(text))),
                    Item::Bullet { text } => push(format!("- {}", e(text))),
                    Item::Row {
                        title,
                        summary,
                        detail,
                    } => {
                        if !in_table {
                            push(format!(
                                "| {} | {} | {} |",
                                e(&m.get("table-consideration")),
                                e(&m.get("table-shows")),
                                e(&m.get("table-details"))
                            ));
                            push("| --- | --- | --- |".into());
                            in_table = true;
                        }
                        push(format!("| {} | {} | {} |", e(title), e(summary), e(detail)));
                    }
                    Item::Resource {
                        name,
                        region,
                        reach,
                        note,
                        ..
                    } => {
                        let note = note
                            .as_deref()
                            .map(|n| format!(" {}", e(n)))
                            .unwrap_or_default();
                        push(format!(
                            "- **{}** ({}): {}.{note}",
                            e(name),
                            e(region),
                            e(reach)
                        ));
                    }
                }
            }
        }
        let mut footer = doc.footer.iter();
        if let Some(first) = footer.next() {
            push(String::new());
            push(format!("*{}*", e(first)));
        }
        for line in footer {
            push(String::new());
            push(e(line));
        }
        // One trailing newline, however the last part ended.
        while o.ends_with("\n\n") {
            o.pop();
        }
        Ok(o)
    }
}
