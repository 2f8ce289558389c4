//! How crisis resources are written out, wherever they are shown: by
//! `iop-check crisis`, in help, right after a crisis answer, and in summaries.
//! Kept short, so that it fits on one screen of a small terminal.

use std::sync::atomic::Ordering;

use crate::bank::{Crisis, Resource};
use crate::process::{CRISIS_FLAGGED, CRISIS_PARTING};

/// Readies the parting words for this run's bank.
pub fn arm(crisis: &Crisis) {
    let _ = CRISIS_PARTING.set(format!(
        "Before you go: help is there right now.\n{}{}",
        right_now(crisis),
        render(crisis).trim_end()
    ));
}

/// The crisis lines to say as the run ends, if a crisis answer stands.
pub fn parting() -> Option<&'static str> {
    remembered()
        .then(|| CRISIS_PARTING.get().map(String::as_str))
        .flatten()
}

/// Remembers whether a crisis answer stands (set after every answer).
pub fn remember(flagged: bool) {
    CRISIS_FLAGGED.store(flagged, Ordering::SeqCst);
}

/// Whether a crisis answer stands in this run.
pub fn remembered() -> bool {
    CRISIS_FLAGGED.load(Ordering::SeqCst)
}

/// What to say right after a crisis answer: the bank's words (which name
/// 988 first), the short steps for right now, then every resource.
pub fn after_answer(crisis: &Crisis) -> String {
    let mut out = crisis.after_answer.clone();
    out.push_str("\n\n");
    out.push_str(&right_now(crisis));
    out.push_str(resources(crisis).trim_start());
    out
}

/// The bank's short steps for right now, as a list; empty when it has none.
pub fn right_now(crisis: &Crisis) -> String {
    let mut out = String::new();
    if !crisis.right_now.is_empty() {
        out.push_str("Right now, you can:\n");
        for step in &crisis.right_now {
            out.push_str(&format!("• {step}\n"));
        }
        out.push('\n');
    }
    out
}

/// The crisis resources as plain text: the intro, then two or three lines a resource.
pub fn render(crisis: &Crisis) -> String {
    format!("{}\n{}", crisis.intro, resources(crisis))
}

/// Only the resources, two or three lines each: for the screen right after
/// a crisis answer, where the bank's own words already stand above them.
pub fn resources(crisis: &Crisis) -> String {
    let mut out = String::new();
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
