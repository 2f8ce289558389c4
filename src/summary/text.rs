//! Text for the terminal: wrapped to the width, coloured only when asked,
//! and every string cleaned of control characters and escape sequences.

use console::Style;

use super::{Context, Item, Renderer};
use crate::error::Result;
use crate::text::{clean, wrap};

pub struct TextRenderer {
    pub width: usize,
    pub color: bool,
}

struct Out {
    buf: String,
    width: usize,
    bold: Style,
    heading: Style,
    alert: Style,
}

impl Out {
    fn para(&mut self, text: &str, indent: &str) {
        let wrapped = wrap(
            &clean(text),
            self.width.saturating_sub(indent.len()).max(10),
            "",
        );
        for line in wrapped.lines() {
            self.buf.push_str(indent);
            self.buf.push_str(line);
            self.buf.push('\n');
        }
    }
    fn bullet(&mut self, mark: &str, text: &str) {
        let hang = " ".repeat(mark.chars().count() + 1);
        let wrapped = wrap(
            &clean(text),
            self.width.saturating_sub(hang.len()).max(10),
            "",
        );
        for (i, line) in wrapped.lines().enumerate() {
            self.buf.push_str(if i == 0 { mark } else { &hang[1..] });
            self.buf.push(' ');
            self.buf.push_str(line);
            self.buf.push('\n');
        }
    }
    fn blank(&mut self) {
        self.buf.push('\n');
    }
}

impl Renderer for TextRenderer {
    fn render(&self, cx: &Context) -> Result<String> {
        let doc = cx.document;
        let style = |s: Style| s.force_styling(self.color);
        let mut o = Out {
            buf: String::new(),
            width: self.width.max(20),
            bold: style(Style::new().bold()),
            heading: style(Style::new().bold().underlined()),
            alert: style(Style::new().bold().red()),
        };
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
        Ok(o.buf)
    }
}

#[derive(Clone, Copy)]
enum Which {
    Bold,
    Heading,
    Alert,
}

impl Out {
    /// A wrapped paragraph with every line in one style.
    fn styled_para(&mut self, text: &str, which: Which) {
        self.styled_para_hanging(text, which, "");
    }

    /// A styled paragraph whose wrapped lines hang under `indent`, so a
    /// long row of the overview still reads as one item.
    fn styled_para_hanging(&mut self, text: &str, which: Which, indent: &str) {
        let style = match which {
            Which::Bold => &self.bold,
            Which::Heading => &self.heading,
            Which::Alert => &self.alert,
        };
        let mut buf = String::new();
        for l in wrap(&clean(text), self.width, indent).lines() {
            buf.push_str(&style.apply_to(l).to_string());
            buf.push('\n');
        }
        self.buf.push_str(&buf);
    }
}
