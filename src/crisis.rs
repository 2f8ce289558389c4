//! How crisis resources are written out, wherever they are shown: by
//! `iop-check crisis`, in help, right after a safety answer, in the
//! reminder line on later screens, and in summaries. Kept short, so that
//! the screen after a "right now" answer fits a 24-row terminal.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::bank::{Crisis, Resource, Urgency};

/// The calm last sentence of a run that ends after a crisis answer.
pub const CALM_END: &str = "Take care of yourself first. The questions can wait.";

/// What an interactive session knows about safety as it goes: whether a
/// crisis answer stands, so that every way out of the run (finishing,
/// pausing, input ending, Ctrl-C) ends with the crisis lines; and whether
/// the one-line reminder of where help is belongs on every screen. Shared
/// by the session's prompter, its keeper (which updates it after every
/// answer) and the signal handler, so the flags are atomics; the words are
/// readied from the bank once, so that a signal handler can say them
/// without the bank at hand.
#[derive(Debug, Default)]
pub struct CrisisState {
    flagged: AtomicBool,
    reminding: AtomicBool,
    /// "Help now: call or text 988", from the bank's first resource.
    reminder: String,
    /// The crisis lines to say on the way out.
    parting: String,
}

impl CrisisState {
    /// The state at the start of a run of a bank with these resources.
    pub fn new(crisis: &Crisis) -> CrisisState {
        CrisisState {
            flagged: AtomicBool::new(false),
            reminding: AtomicBool::new(false),
            reminder: reminder(crisis),
            parting: format!(
                "Before you go: help is there right now.\n{}{}\n\n{CALM_END}",
                right_now(crisis),
                render(crisis).trim_end()
            ),
        }
    }

    /// Records what the answers now say: whether a crisis answer stands,
    /// and whether the reminder belongs on every screen (after any safety
    /// answer other than the safe one, a skip included).
    pub fn update(&self, flagged: bool, reminding: bool) {
        self.flagged.store(flagged, Ordering::SeqCst);
        self.reminding.store(reminding, Ordering::SeqCst);
    }

    /// Whether a crisis answer stands in this run.
    pub fn flagged(&self) -> bool {
        self.flagged.load(Ordering::SeqCst)
    }

    /// The reminder line to put at the top of a screen now, if any.
    pub fn reminder_line(&self) -> Option<&str> {
        (self.reminding.load(Ordering::SeqCst) && !self.reminder.is_empty())
            .then_some(self.reminder.as_str())
    }

    /// The crisis lines to say as the run ends, if a crisis answer stands.
    pub fn parting(&self) -> Option<&str> {
        (self.flagged() && !self.parting.is_empty()).then_some(self.parting.as_str())
    }
}

/// The one-line reminder: "Help now: call or text 988", from the bank's
/// first resource.
pub fn reminder(crisis: &Crisis) -> String {
    crisis.resources.first().map_or_else(
        || "Help now: see `iop-check crisis`".to_string(),
        |r| reminder_for(r.call.as_deref(), r.text.as_deref(), r.web.as_deref()),
    )
}

/// The reminder for one resource's ways to reach it.
pub fn reminder_for(call: Option<&str>, text: Option<&str>, web: Option<&str>) -> String {
    let how = match (call, text) {
        (Some(c), Some(t)) if c == t => format!("call or text {c}"),
        (Some(c), Some(t)) => format!("call {c} or text {t}"),
        (Some(c), None) => format!("call {c}"),
        (None, Some(t)) => format!("text {t}"),
        (None, None) => web.unwrap_or("see `iop-check crisis`").to_string(),
    };
    format!("Help now: {how}")
}

/// The words for a safety answer's response: the bank's own for each
/// urgency (the "right now" words when it has no others).
pub fn words(crisis: &Crisis, urgency: Urgency) -> &str {
    match urgency {
        Urgency::Now => &crisis.after_answer,
        Urgency::Past => crisis.after_past.as_deref().unwrap_or(&crisis.after_answer),
        Urgency::Unsure => crisis
            .after_unsure
            .as_deref()
            .unwrap_or(&crisis.after_answer),
    }
}

/// The whole response to a safety answer, as plain text: the words for
/// its urgency, the steps for right now (first, on a "right now" answer),
/// a talking point to bring, and every resource.
pub fn response(crisis: &Crisis, urgency: Urgency, point: Option<&str>) -> String {
    let mut out = words(crisis, urgency).to_string();
    out.push_str("\n\n");
    if urgency == Urgency::Now {
        out.push_str(&right_now(crisis));
    }
    if let Some(p) = point {
        out.push_str(&format!("For your next session: {p}\n\n"));
    }
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

/// The resources one line each ("• 988 Suicide & Crisis Lifeline: Call
/// 988 · Text 988"), for a screen that must stay short.
pub fn short_resources(crisis: &Crisis) -> String {
    crisis
        .resources
        .iter()
        .map(|r| format!("• {}: {}\n", r.name, short_reach(r)))
        .collect()
}

/// Call and text, or the web address when there is neither.
fn short_reach(r: &Resource) -> String {
    let mut ways = Vec::new();
    if let Some(c) = &r.call {
        ways.push(format!("Call {c}"));
    }
    if let Some(t) = &r.text {
        ways.push(format!("Text {t}"));
    }
    if ways.is_empty() {
        if let Some(w) = &r.web {
            ways.push(w.clone());
        }
    }
    ways.join(" · ")
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
