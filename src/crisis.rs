//! How crisis resources are written out, wherever they are shown: by
//! `iop-check crisis`, in help, right after a safety answer, in the
//! reminder line on later screens, and in summaries. Kept short, so that
//! the screen after a "right now" answer fits a 24-row terminal.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::bank::{Crisis, Resource, Urgency};
use crate::i18n::{Lang, Messages};

/// The calm last sentence of a run that ends after a crisis answer, in
/// English (the catalogue's `calm-end`, which a test keeps the same).
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
    /// The state at the start of a run of a bank with these resources,
    /// its words in `lang`.
    pub fn new(crisis: &Crisis, lang: Lang) -> CrisisState {
        let m = Messages::new(lang);
        CrisisState {
            flagged: AtomicBool::new(false),
            reminding: AtomicBool::new(false),
            reminder: reminder_in(crisis, &m),
            parting: format!(
                "{}\n{}{}\n\n{}",
                m.get("parting-intro"),
                right_now_in(crisis, &m),
                render_in(crisis, &m).trim_end(),
                m.get("calm-end")
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
/// first resource, in English.
pub fn reminder(crisis: &Crisis) -> String {
    reminder_in(crisis, &Messages::new(Lang::En))
}

/// The one-line reminder in the language of `m`.
pub fn reminder_in(crisis: &Crisis, m: &Messages) -> String {
    match crisis.resources.first() {
        Some(r) => m.help_now(r.call.as_deref(), r.text.as_deref(), r.web.as_deref()),
        None => m.help_now(None, None, None),
    }
}

/// The reminder for one resource's ways to reach it, in English.
pub fn reminder_for(call: Option<&str>, text: Option<&str>, web: Option<&str>) -> String {
    Messages::new(Lang::En).help_now(call, text, web)
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

/// The whole response to a safety answer, as plain text, in English: see
/// [`response_in`].
pub fn response(crisis: &Crisis, urgency: Urgency, point: Option<&str>) -> String {
    response_in(crisis, urgency, point, &Messages::new(Lang::En))
}

/// The whole response to a safety answer, as plain text: the words for
/// its urgency, the steps for right now (first, on a "right now" answer),
/// a talking point to bring, and every resource.
pub fn response_in(crisis: &Crisis, urgency: Urgency, point: Option<&str>, m: &Messages) -> String {
    let mut out = words(crisis, urgency).to_string();
    out.push_str("\n\n");
    if urgency == Urgency::Now {
        out.push_str(&right_now_in(crisis, m));
    }
    if let Some(p) = point {
        out.push_str(&m.with("next-session-point", &[("point", p.into())]));
        out.push_str("\n\n");
    }
    out.push_str(resources_in(crisis, m).trim_start());
    out
}

/// The bank's short steps for right now, as a list; empty when it has none.
pub fn right_now(crisis: &Crisis) -> String {
    right_now_in(crisis, &Messages::new(Lang::En))
}

/// [`right_now`] in the language of `m`.
pub fn right_now_in(crisis: &Crisis, m: &Messages) -> String {
    let mut out = String::new();
    if !crisis.right_now.is_empty() {
        out.push_str(&m.get("right-now-intro"));
        out.push('\n');
        for step in &crisis.right_now {
            out.push_str(&format!("• {step}\n"));
        }
        out.push('\n');
    }
    out
}

/// The crisis resources as plain text: the intro, then two or three lines
/// a resource; the ways to reach them in English.
pub fn render(crisis: &Crisis) -> String {
    render_in(crisis, &Messages::new(Lang::En))
}

/// [`render`] in the language of `m` (`iop-check crisis --lang es`).
pub fn render_in(crisis: &Crisis, m: &Messages) -> String {
    format!("{}\n{}", crisis.intro, resources_in(crisis, m))
}

/// Only the resources, two or three lines each: for the screen right after
/// a crisis answer, where the bank's own words already stand above them.
pub fn resources(crisis: &Crisis) -> String {
    resources_in(crisis, &Messages::new(Lang::En))
}

/// [`resources`] in the language of `m`.
pub fn resources_in(crisis: &Crisis, m: &Messages) -> String {
    let mut out = String::new();
    for r in &crisis.resources {
        out.push_str(&format!(
            "\n• {} ({})\n  {}\n",
            r.name,
            r.region,
            reach_in(r, m)
        ));
        if let Some(n) = &r.note {
            out.push_str(&format!("  {n}\n"));
        }
    }
    out
}

/// The resources one line each ("• 988 Suicide & Crisis Lifeline: Call
/// 988 · Text 988"), for a screen that must stay short.
pub fn short_resources(crisis: &Crisis, m: &Messages) -> String {
    crisis
        .resources
        .iter()
        .map(|r| format!("• {}: {}\n", r.name, short_reach(r, m)))
        .collect()
}

/// Call and text, or the web address when there is neither.
fn short_reach(r: &Resource, m: &Messages) -> String {
    if r.call.is_none() && r.text.is_none() {
        return r.web.clone().unwrap_or_default();
    }
    m.reach(r.call.as_deref(), r.text.as_deref(), None)
}

/// "Call 988 · Text 988 · https://988lifeline.org/chat/", in English.
/// Written out here rather than read from the catalogue, which would be
/// parsed anew on each call (the summary asks once a resource): a test
/// keeps it the same as [`reach_in`] in English.
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

/// The ways to reach a resource, in the language of `m`.
pub fn reach_in(r: &Resource, m: &Messages) -> String {
    m.reach(r.call.as_deref(), r.text.as_deref(), r.web.as_deref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn crisis(lang: Lang) -> Crisis {
        crate::bank::builtin_in(lang)
            .expect("the built-in bank loads")
            .crisis
    }

    #[test]
    fn the_crisis_words_are_said_in_the_language_of_the_run() {
        let state = CrisisState::new(&crisis(Lang::Es), Lang::Es);
        state.update(true, true);
        assert_eq!(
            state.reminder_line(),
            Some("Ayuda ahora: llame o envíe un texto al 988")
        );
        let parting = state.parting().expect("a crisis answer stands");
        assert!(
            parting.starts_with(
                "Antes de irse: hay ayuda ahora mismo.\nAhora mismo, usted puede:\n• "
            ),
            "{parting}"
        );
        assert!(parting.contains("marque 2 para español"), "{parting}");
        assert!(
            parting.contains("Llamar al 988 · Enviar un texto al 988"),
            "{parting}"
        );
        assert!(
            parting.ends_with("\n\nPrimero cuide de usted. Las preguntas pueden esperar."),
            "{parting}"
        );
        let m = Messages::new(Lang::Es);
        let response = response_in(&crisis(Lang::Es), Urgency::Now, Some("Dígalo."), &m);
        assert!(response.contains("Ahora mismo, usted puede:"), "{response}");
        assert!(
            response.contains("Para su próxima sesión: Dígalo."),
            "{response}"
        );
        let short = short_resources(&crisis(Lang::Es), &m);
        assert!(short.contains("Llamar al 911"), "{short}");
        assert!(!short.contains("Call"), "{short}");
    }

    #[test]
    fn the_english_crisis_words_are_what_they_were() {
        let c = crisis(Lang::En);
        assert_eq!(Messages::new(Lang::En).get("calm-end"), CALM_END);
        let state = CrisisState::new(&c, Lang::En);
        state.update(true, true);
        assert_eq!(state.reminder_line(), Some("Help now: call or text 988"));
        assert_eq!(reminder(&c), "Help now: call or text 988");
        let parting = state.parting().expect("a crisis answer stands");
        assert_eq!(
            parting,
            format!(
                "Before you go: help is there right now.\n{}{}\n\n{CALM_END}",
                right_now(&c),
                render(&c).trim_end()
            )
        );
        assert!(right_now(&c).starts_with("Right now, you can:\n• "));
        assert!(
            reach(&c.resources[0]).starts_with("Call 988 · Text 988 · https://"),
            "{}",
            reach(&c.resources[0])
        );
        let en = Messages::new(Lang::En);
        for r in &c.resources {
            assert_eq!(reach(r), reach_in(r, &en));
        }
        assert_eq!(
            reminder_for(Some("988"), Some("741741"), None),
            "Help now: call 988 or text 741741"
        );
        assert_eq!(
            reminder_for(None, None, None),
            "Help now: see `iop-check crisis`"
        );
        let r = response(&c, Urgency::Past, Some("Say it."));
        assert!(
            r.contains("\n\nFor your next session: Say it.\n\n• "),
            "{r}"
        );
        let short = short_resources(&c, &Messages::new(Lang::En));
        assert!(
            short.starts_with("• 988 Suicide & Crisis Lifeline: Call 988 · Text 988\n"),
            "{short}"
        );
    }
}
