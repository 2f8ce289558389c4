//! Text for the terminal: wrapped to the width, coloured only when asked,
//! and every string cleaned of control characters and escape sequences (by
//! the shared [`TextOut`]).

use super::base::{Emphasis as Which, TextOut};
use super::{Context, Item, Renderer};
use crate::error::Result;

pub struct TextRenderer {
    pub width: usize,
    pub color: bool,
}

impl Renderer for TextRenderer {
    fn render(&self, cx: &Context) -> Result<String> {
        self.render_doc(cx.document)
    }
}

impl TextRenderer {
    /// Lays out any document (the weekly summary for the care team too).
    pub fn render_doc(&self, doc: &super::Document) -> Result<String> {
        let mut o = TextOut::new(self.width, self.color);
        o.styled_para(&doc.title, Which::Bold);
        o.para(&doc.byline, "");
        for part in &doc.parts {
            o.blank();
            o.styled_para(
                &part.title,
                if part.alert {
                    Which::Alert
                } else {
                    Which::Heading
                },
            );
            let mut n = 0;
            for item in &part.items {
                match item {
                    Item::Para { text } => o.para(text, ""),
                    Item::Field {
                        label,
                        value,
                        usual,
                    } => {
                        let mut line = format!("{label} {value}");
                        if let Some(u) = usual {
                            line.push_str(&format!(" ({u})"));
                        }
                        o.bullet("-", &line);
                    }
                    Item::Quote { label, text } => {
                        o.bullet("-", &format!("{label} \u{201c}{text}\u{201d}"))
                    }
                    Item::Numbered { text } => {
                        n += 1;
                        o.bullet(&format!("{n}."), text);
                    }
                    Item::Check { text } => o.bullet("[ ]", text),
                    Item::Bullet { text } => o.bullet("-", text),
                    Item::Row {
                        title,
                        summary,
                        detail,
                    } => {
                        o.styled_para_hanging(&format!("{title}: {summary}"), Which::Bold, "  ");
                        o.para(detail, "  ");
                    }
                    Item::Resource {
                        name,
                        region,
                        reach,
                        note,
                        ..
                    } => {
                        o.bullet("-", &format!("{name} ({region}): {reach}"));
                        if let Some(n) = note {
                            o.para(n, "  ");
                        }
                    }
                }
            }
        }
        for line in &doc.footer {
            o.blank();
            o.para(line, "");
        }
        Ok(o.finish())
    }
}
