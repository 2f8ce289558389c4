//! What every report's renderers stand on, so that each thing is done once:
//! the summary and the program comparison both escape Markdown with
//! [`markdown_escape`], print through the one HTML page frame
//! ([`html_page`], `page.html`: print CSS and page numbers), and wrap text
//! for the terminal with [`TextOut`].

use console::Style;
use minijinja::Environment;

use crate::error::{Error, Result};
use crate::text::{clean, wrap};

// ---------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------

/// Escapes text for use inside a CommonMark paragraph, list item or table
/// cell, so that no answer can add a heading, list, link, emphasis, raw
/// HTML or table cell. Inline markup characters are backslash-escaped
/// everywhere; characters that only start a block (`#`, `-`, `1.` …) are
/// escaped where they would. Line breaks become spaces.
pub fn markdown_escape(s: &str) -> String {
    let s = clean(s).replace(['\n', '\r', '\t'], " ");
    let s = s.trim();
    let mut out = String::with_capacity(s.len() + 8);
    // Block starters at the front: `# x`, `- x`, `+ x`, `= x`, `> x`, `1. x`, `1) x`.
    let digits = s.chars().take_while(char::is_ascii_digit).count();
    let lead = match s.chars().next() {
        Some('#' | '-' | '+' | '=' | '>') => Some(0),
        _ if digits > 0 && matches!(s[digits..].chars().next(), Some('.' | ')')) => Some(digits),
        _ => None,
    };
    for (i, c) in s.chars().enumerate() {
        if Some(i) == lead
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '&' | '!'
            )
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

// ---------------------------------------------------------------------------
// HTML
// ---------------------------------------------------------------------------

/// Escapes text for HTML or SVG element content and quoted attribute
/// values: `&`, `<`, `>`, `"` and `'`.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The page frame every HTML report extends: `{% extends "page.html" %}`.
const PAGE: &str = include_str!("page.html");

/// Renders an HTML report: `template` (named `name`, ending in `.html` so
/// that every value is escaped) extends the page frame. `what` names the
/// report in the message of a template error, which is a bug.
pub fn html_page(
    what: &'static str,
    name: &'static str,
    template: &'static str,
    context: minijinja::Value,
) -> Result<String> {
    let fail = |e: minijinja::Error| Error::Internal {
        what,
        detail: e.to_string(),
    };
    let mut env = Environment::new();
    env.add_template("page.html", PAGE).map_err(fail)?;
    env.add_template(name, template).map_err(fail)?;
    env.get_template(name)
        .and_then(|t| t.render(context))
        .map_err(fail)
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

/// How a styled paragraph stands out.
#[derive(Clone, Copy)]
pub enum Emphasis {
    Bold,
    Heading,
    Alert,
}

/// Text for the terminal, built line by line: wrapped to the width at word
/// boundaries, every string cleaned of control characters and escape
/// sequences, coloured only when asked.
pub struct TextOut {
    buf: String,
    width: usize,
    bold: Style,
    heading: Style,
    alert: Style,
}

impl TextOut {
    /// Text `width` columns wide (at least 20), coloured when `color`.
    pub fn new(width: usize, color: bool) -> TextOut {
        let style = |s: Style| s.force_styling(color);
        TextOut {
            buf: String::new(),
            width: width.max(20),
            bold: style(Style::new().bold()),
            heading: style(Style::new().bold().underlined()),
            alert: style(Style::new().bold().red()),
        }
    }

    pub fn width(&self) -> usize {
        self.width
    }

    /// A wrapped paragraph, every line after `indent`.
    pub fn para(&mut self, text: &str, indent: &str) {
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

    /// A wrapped paragraph after `indent` whose later lines hang under
    /// `hang` more: `  Weeks: 8 weeks`.
    pub fn hanging(&mut self, indent: &str, hang: &str, text: &str) {
        let wrapped = wrap(
            &clean(text),
            self.width.saturating_sub(indent.len()).max(10),
            hang,
        );
        for line in wrapped.lines() {
            self.buf.push_str(indent);
            self.buf.push_str(line);
            self.buf.push('\n');
        }
    }

    /// A list item: `mark text`, wrapped lines hanging under the text.
    pub fn bullet(&mut self, mark: &str, text: &str) {
        self.item("", mark, text);
    }

    /// A list item after `indent`: `  - text`, wrapped lines hanging under
    /// the text.
    pub fn item(&mut self, indent: &str, mark: &str, text: &str) {
        let hang = " ".repeat(mark.chars().count() + 1);
        let wrapped = wrap(
            &clean(text),
            self.width.saturating_sub(indent.len() + hang.len()).max(10),
            "",
        );
        for (i, line) in wrapped.lines().enumerate() {
            self.buf.push_str(indent);
            self.buf.push_str(if i == 0 { mark } else { &hang[1..] });
            self.buf.push(' ');
            self.buf.push_str(line);
            self.buf.push('\n');
        }
    }

    pub fn blank(&mut self) {
        self.buf.push('\n');
    }

    /// Lines laid out by the caller (a table), each already within the
    /// width and cleaned.
    pub fn raw(&mut self, lines: &str) {
        self.buf.push_str(lines);
    }

    /// A wrapped paragraph with every line in one style.
    pub fn styled_para(&mut self, text: &str, which: Emphasis) {
        self.styled_para_hanging(text, which, "");
    }

    /// A styled paragraph whose wrapped lines hang under `indent`, so a
    /// long row of the overview still reads as one item.
    pub fn styled_para_hanging(&mut self, text: &str, which: Emphasis, indent: &str) {
        let style = match which {
            Emphasis::Bold => &self.bold,
            Emphasis::Heading => &self.heading,
            Emphasis::Alert => &self.alert,
        };
        let mut buf = String::new();
        for l in wrap(&clean(text), self.width, indent).lines() {
            buf.push_str(&style.apply_to(l).to_string());
            buf.push('\n');
        }
        self.buf.push_str(&buf);
    }

    /// The text made.
    pub fn finish(self) -> String {
        self.buf
    }
}
