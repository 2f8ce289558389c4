//! How crisis resources are written out, wherever they are shown: by
//! `iop-check crisis`, in help, right after a crisis answer, and in summaries.
//! Kept short, so that it fits on one screen of a small terminal.

use crate::bank::{Crisis, Resource};

/// The crisis resources as plain text: the intro, then two or three lines a resource.
pub fn render(crisis: &Crisis) -> String {
    let mut out = String::new();
    out.push_str(&crisis.intro);
    out.push('\n');
    for r in &crisis.resources {
        out.push_str(&format!("\n• {} ({})\n  {}\n", r.name, r.region, reach(r)));
        if let Some(n) = &r.note {
            out.push_str(&format!("  {n}\n"));
        }
    }
    out
}

/// "Call 988 · Text 988 · https://988lifeline.org/chat/"
pub fn reach(r: &Resource) -> String {
    let mut ways = Vec::new();
    if let Some(c) = &r.call {
        ways.push(format!("Call {c}"));
    }
    if let Some(t) = &r.text {
        ways.push(format!("Text {t}"));
    }
    if let Some(w) = &r.web {
        ways.push(w.clone());
    }
    ways.join(" · ")
}
