//! Text for the terminal: wrapped to the width, coloured only when asked,
//! and every string cleaned of control characters and escape sequences.

use console::Style;

use super::{Renderer, display_change, display_date, display_score};
use crate::error::Result;
use crate::score::Assessment;
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
    fn heading(&mut self, text: &str) {
        self.buf.push('\n');
        for l in wrap(&clean(text), self.width, "").lines() {
            let t = self.heading.apply_to(l).to_string();
            self.buf.push_str(&t);
            self.buf.push('\n');
        }
    }
    fn blank(&mut self) {
        self.buf.push('\n');
    }
}

impl Renderer for TextRenderer {
    fn render(&self, a: &Assessment) -> Result<String> {
        let a = &a.cleaned();
        let style = |s: Style| s.force_styling(self.color);
        let mut o = Out {
            buf: String::new(),
            width: self.width.max(20),
            bold: style(Style::new().bold()),
            heading: style(Style::new().bold().underlined()),
            alert: style(Style::new().bold().red()),
        };
        for l in wrap(&format!("{} · summary", a.bank.title), o.width, "").lines() {
            let t = o.bold.apply_to(l).to_string();
            o.buf.push_str(&t);
            o.buf.push('\n');
        }
        let mut line = display_date(&a.created);
        if let Some(n) = a.name.as_deref().filter(|n| !n.trim().is_empty()) {
            line = format!("For {} · {line}", n.trim());
        }
        o.para(&line, "");

        if a.safety.flagged {
            o.blank();
            let t = o.alert.apply_to("Your safety comes first").to_string();
            o.buf.push_str(&t);
            o.buf.push('\n');
            o.para(&a.crisis.intro, "");
            crisis(&mut o, a);
        }

        o.heading("Where your answers point");
        o.para(&a.overall, "");

        if !a.top_talking_points.is_empty() {
            o.heading("Talking points to bring");
            for (i, p) in a.top_talking_points.iter().enumerate() {
                o.bullet(&format!("{}.", i + 1), p);
            }
        }

        o.heading("The considerations");
        for s in &a.sections {
            let band = s.band_label.as_deref().unwrap_or("not scored");
            let head = format!("{}: {} · {band}", s.title, display_score(s.score));
            for l in wrap(&head, o.width, "  ").lines() {
                let l = o.bold.apply_to(l).to_string();
                o.buf.push_str(&l);
                o.buf.push('\n');
            }
            o.para(&s.reason, "  ");
        }

        let d = &a.decision;
        if d.stage.is_some() || d.role.is_some() || d.by_when.is_some() {
            o.heading("Where you are in deciding");
            let dash = "–".to_string();
            o.bullet(
                "-",
                &format!("Where you are: {}", d.stage.as_ref().unwrap_or(&dash)),
            );
            o.bullet(
                "-",
                &format!(
                    "How you want to decide: {}",
                    d.role.as_ref().unwrap_or(&dash)
                ),
            );
            o.bullet(
                "-",
                &format!("By when: {}", d.by_when.as_ref().unwrap_or(&dash)),
            );
        }
        for r in &a.readiness {
            if let Some(ans) = &r.answer {
                o.bullet("-", &format!("{} {ans}", r.question));
            }
        }
        if !a.benefits.is_empty() {
            o.heading("What matters most to you");
            for b in &a.benefits {
                o.bullet("-", b);
            }
        }
        if !a.notes.is_empty() {
            o.heading("Your notes");
            for (id, text) in &a.notes {
                o.bullet("-", &format!("{}: {text}", a.section_title(id)));
            }
        }
        for (title, items) in [
            ("Questions to ask your therapist", &a.checklists.therapist),
            ("Questions to ask programs", &a.checklists.programs),
            ("What to check with your insurer", &a.checklists.insurer),
        ] {
            if !items.is_empty() {
                o.heading(title);
                for i in items {
                    o.bullet("[ ]", i);
                }
            }
        }
        if !a.open_items.is_empty() {
            o.heading("Skipped or not sure");
            for g in a.open_by_section() {
                o.bullet("-", &format!("{}. {}", g.section, g.line()));
            }
        }
        if !a.changes.is_empty() {
            o.heading("Since your last check-in");
            for c in &a.changes {
                o.bullet(
                    "-",
                    &format!("{}: {}", c.title, display_change(c.before, c.now)),
                );
            }
        }
        o.heading("If you need help now");
        o.para(&a.crisis.intro, "");
        crisis(&mut o, a);
        o.blank();
        o.para(&a.disclaimer, "");
        o.blank();
        o.para(
            &format!("Question bank: {} {}", a.bank.id, a.bank.version),
            "",
        );
        Ok(o.buf)
    }
}

fn crisis(o: &mut Out, a: &Assessment) {
    for r in &a.crisis.resources {
        o.bullet("-", &format!("{} ({}): {}", r.name, r.region, r.reach));
        if let Some(n) = &r.note {
            o.para(n, "  ");
        }
    }
}
