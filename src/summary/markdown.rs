//! CommonMark. Everything from the person or the bank is escaped, so that no
//! answer can add a heading, a link, raw HTML or a table cell.

use super::{Renderer, display_change, display_date, display_score};
use crate::error::Result;
use crate::score::Assessment;

pub struct MarkdownRenderer;

/// Escapes text for use inside a CommonMark paragraph, list item or table
/// cell, so that no answer can add a heading, list, link, emphasis, raw
/// HTML or table cell. Inline markup characters are backslash-escaped
/// everywhere; characters that only start a block (`#`, `-`, `1.` …) are
/// escaped where they would. Line breaks become spaces.
pub fn escape(s: &str) -> String {
    let s = crate::text::clean(s).replace(['\n', '\r', '\t'], " ");
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

impl Renderer for MarkdownRenderer {
    fn render(&self, a: &Assessment) -> Result<String> {
        let a = &a.cleaned();
        let e = escape;
        let mut o = String::new();
        let mut push = |s: String| {
            o.push_str(&s);
            o.push('\n');
        };
        push(format!("# {} · summary", e(&a.bank.title)));
        push(String::new());
        let mut line = e(&display_date(&a.created));
        if let Some(n) = a.name.as_deref().filter(|n| !n.trim().is_empty()) {
            line = format!("For {} · {line}", e(n.trim()));
        }
        push(line);
        if a.safety.flagged {
            push(String::new());
            push("## Your safety comes first".into());
            push(String::new());
            push(e(&a.crisis.intro));
            push(String::new());
            for r in &a.crisis.resources {
                push(format!(
                    "- **{}** ({}): {}",
                    e(&r.name),
                    e(&r.region),
                    e(&r.reach)
                ));
            }
        }
        push(String::new());
        push("## Where your answers point".into());
        push(String::new());
        push(e(&a.overall));
        if !a.top_talking_points.is_empty() {
            push(String::new());
            push("## Talking points to bring".into());
            push(String::new());
            for (i, p) in a.top_talking_points.iter().enumerate() {
                push(format!("{}. {}", i + 1, e(p)));
            }
        }
        push(String::new());
        push("## The considerations".into());
        push(String::new());
        push("| Consideration | Score | Where it stands | Why |".into());
        push("| --- | ---: | --- | --- |".into());
        for s in &a.sections {
            push(format!(
                "| {} | {} | {} | {} |",
                e(&s.title),
                display_score(s.score),
                e(s.band_label.as_deref().unwrap_or("not scored")),
                e(&s.reason)
            ));
        }
        let d = &a.decision;
        if d.stage.is_some() || d.role.is_some() || d.by_when.is_some() || !a.readiness.is_empty() {
            push(String::new());
            push("## Where you are in deciding".into());
            push(String::new());
            let v = |x: &Option<String>| x.as_deref().map_or("–".to_string(), e);
            push(format!("- Where you are: {}", v(&d.stage)));
            push(format!("- How you want to decide: {}", v(&d.role)));
            push(format!("- By when: {}", v(&d.by_when)));
            for r in &a.readiness {
                if let Some(ans) = &r.answer {
                    push(format!("- {} {}", e(&r.question), e(ans)));
                }
            }
        }
        let mut list = |title: &str, items: Vec<String>, mark: &str| {
            if !items.is_empty() {
                push(String::new());
                push(format!("## {title}"));
                push(String::new());
                for i in items {
                    push(format!("{mark} {i}"));
                }
            }
        };
        list(
            "What matters most to you",
            a.benefits.iter().map(|b| e(b)).collect(),
            "-",
        );
        list(
            "Your notes",
            a.notes
                .iter()
                .map(|(id, text)| format!("**{}**: {}", e(a.section_title(id)), e(text)))
                .collect(),
            "-",
        );
        list(
            "Questions to ask your therapist",
            a.checklists.therapist.iter().map(|x| e(x)).collect(),
            "- [ ]",
        );
        list(
            "Questions to ask programs",
            a.checklists.programs.iter().map(|x| e(x)).collect(),
            "- [ ]",
        );
        list(
            "What to check with your insurer",
            a.checklists.insurer.iter().map(|x| e(x)).collect(),
            "- [ ]",
        );
        list(
            "Skipped or not sure",
            a.open_by_section()
                .iter()
                .map(|g| format!("**{}**\\. {}", e(g.section), e(&g.line())))
                .collect(),
            "-",
        );
        list(
            "Since your last check-in",
            a.changes
                .iter()
                .map(|c| format!("{}: {}", e(&c.title), e(&display_change(c.before, c.now))))
                .collect(),
            "-",
        );
        list(
            "If you need help now",
            a.crisis
                .resources
                .iter()
                .map(|r| {
                    let note = r
                        .note
                        .as_deref()
                        .map(|n| format!(" {}", e(n)))
                        .unwrap_or_default();
                    format!(
                        "**{}** ({}): {}.{note}",
                        e(&r.name),
                        e(&r.region),
                        e(&r.reach)
                    )
                })
                .collect(),
            "-",
        );
        push(String::new());
        push(format!("*{}*", e(&a.disclaimer)));
        push(String::new());
        push(format!(
            "Question bank: {} {}",
            e(&a.bank.id),
            e(&a.bank.version)
        ));
        Ok(o)
    }
}
