//! How questions reach the person. The engine only speaks to the
//! [`Prompter`] trait; each way of asking is one implementation:
//! [`terminal`] (dialoguer, arrow keys) and [`plain`] (one line per answer,
//! for screen readers and pipes). Answers files need no prompter at all.

pub mod plain;
pub mod terminal;
mod theme;

use std::path::PathBuf;

use crate::answers::{Answer, Answers};
use crate::bank::{Bank, Question, Section, Urgency};
use crate::error::Result;
use crate::store::draft::Draft;
use crate::summary::Format;

/// Where the person is, for the progress line.
#[derive(Debug, Clone)]
pub struct Progress {
    /// Position of the question among the section's shown questions (from 1).
    pub in_section: usize,
    pub section_total: usize,
    /// Position among all shown questions (from 1).
    pub number: usize,
    pub total: usize,
}

impl Progress {
    /// `Costs · 3 of 6 · question 27 of 44`
    pub fn line(&self, section: &Section) -> String {
        format!(
            "{} · {} of {} · question {} of {}",
            section.title, self.in_section, self.section_total, self.number, self.total
        )
    }
}

/// Everything a prompter needs to ask one question.
pub struct Ask<'a> {
    pub bank: &'a Bank,
    pub section: &'a Section,
    pub question: &'a Question,
    pub progress: Progress,
    /// The answer given before, when coming back to a question.
    pub current: Option<&'a Answer>,
    /// The first question of its section: show "why this matters".
    pub section_start: bool,
    pub can_go_back: bool,
}

/// What the person did with a question.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Answer(Answer),
    Skip,
    Back,
    Pause,
}

/// What the person chose on the review screen.
#[derive(Debug, Clone, PartialEq)]
pub enum ReviewChoice {
    Finish,
    Change(String),
    Pause,
}

pub trait Prompter {
    /// The first screen: what this is, how long it takes, that anything
    /// can be skipped, and where help is. The safety check comes next.
    fn welcome(&mut self, bank: &Bank, quick: bool) -> Result<()>;
    /// Shows the bank's opening cards (after the safety check).
    fn opening(&mut self, bank: &Bank) -> Result<()>;
    /// Asks one question. Help is handled inside, without leaving the question.
    fn ask(&mut self, ask: &Ask) -> Result<Reply>;
    /// The response right after a crisis answer, for its urgency, with the
    /// option's talking point if it has one; true to continue.
    fn crisis(&mut self, bank: &Bank, urgency: Urgency, point: Option<&str>) -> Result<bool>;
    /// Lists every answer and lets the person change any of them.
    fn review(&mut self, bank: &Bank, answers: &Answers) -> Result<ReviewChoice>;
    /// Asks whether to pick up a saved draft; true to resume.
    fn offer_resume(&mut self, draft: &Draft) -> Result<bool>;
    /// A short message, such as "your answers could not be saved".
    fn notice(&mut self, text: &str) -> Result<()>;
    /// A first name or initials for the summary; None when left blank.
    fn ask_name(&mut self) -> Result<Option<String>>;
    /// Whether to keep this check-in on this computer (the default is yes).
    fn ask_keep(&mut self) -> Result<bool>;
    /// Offers to save a copy of the summary as HTML or Markdown.
    fn ask_save_copy(&mut self, suggested_stem: &str) -> Result<Option<(Format, PathBuf)>>;
    /// Whether the next answer is already waiting to be read (input piped
    /// in at machine speed, never a person at a terminal): the engine may
    /// then put off saving the draft for a moment (see `Engine::save`).
    fn input_waiting(&mut self) -> bool {
        false
    }
}

/// Answered questions in bank order, for review screens.
pub fn answered<'a>(
    bank: &'a Bank,
    answers: &'a Answers,
) -> Vec<(&'a Section, &'a Question, &'a Answer)> {
    bank.questions()
        .filter_map(|(s, q)| answers.get(&q.id).map(|a| (s, q, a)))
        .collect()
}

/// The welcome screen's paragraphs, the same in every mode.
pub fn welcome_text(bank: &Bank, quick: bool) -> Vec<String> {
    let mut out = vec![bank.title.clone()];
    let has_core = bank.questions().any(|(_, q)| q.core);
    out.push(if quick {
        format!(
            "This short path takes about {} minutes. You can answer the rest another time.",
            bank.minutes(true)
        )
    } else if has_core {
        format!(
            "This takes about {} minutes. If you are tired, `{} --quick` asks only the core questions, in about {} minutes.",
            bank.minutes(false),
            bank.command.as_deref().unwrap_or("iop-check"),
            bank.minutes(true)
        )
    } else {
        format!("This takes about {} minutes.", bank.minutes(false))
    });
    out.push("You can skip any question, go back, or stop and pick up later. There are no right or wrong answers.".into());
    if let Some(scope) = &bank.scope {
        out.push(scope.clone());
    }
    if let Some(r) = bank.crisis.resources.first() {
        out.push(format!(
            "If you need help right now: {} ({}).",
            r.name,
            crate::crisis::reach(r)
        ));
    }
    out.push(bank.disclaimer.clone());
    out.push(format!(
        "These questions were last reviewed on {}.",
        crate::text::display_day(&bank.last_reviewed)
    ));
    out
}

/// Help for a question, in words.
/// What pausing does to the answers, for the prompts: kept, or (with
/// `--no-save`) not, so that no screen says answers are kept when they are not.
pub fn kept_note(saving: bool) -> &'static str {
    if saving {
        "(your answers are kept)"
    } else {
        "(nothing is saved: you chose --no-save)"
    }
}

pub fn help_text(ask: &Ask) -> String {
    let mut out = String::new();
    match &ask.question.help {
        Some(h) => out.push_str(h),
        None => out.push_str("There is no extra help for this question. Answer as best you can, or skip it: skipping never counts against you."),
    }
    if ask.question.cards {
        for item in &ask.bank.opening {
            out.push_str(&format!("\n\n{}\n{}", item.title, item.text));
            let sources = source_labels(ask.bank, &item.sources);
            if !sources.is_empty() {
                out.push_str(&format!("\nSource: {sources}"));
            }
        }
    }
    let sources = source_labels(ask.bank, &ask.question.sources);
    if !sources.is_empty() {
        out.push_str("\n\nSource: ");
        out.push_str(&sources);
    }
    out
}

/// The short, neutral labels of cited sources, for the screen.
pub fn source_labels(bank: &Bank, ids: &[String]) -> String {
    ids.iter()
        .filter_map(|id| bank.sources.iter().find(|s| &s.id == id))
        .map(|s| s.label.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// Asks "Delete …? This cannot be undone." at the terminal; No is the
/// default. Where there is no terminal to ask at, says to add --yes.
pub fn confirm_delete(question: &str) -> Result<bool> {
    use std::io::IsTerminal;
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(crate::error::Error::Usage(
            "deleting needs a confirmation, but the input is not a terminal. Add --yes to delete without being asked".into(),
        ));
    }
    // Wrapped to the terminal: the lines but the last are said first, and
    // the last is the prompt, which dialoguer draws on one line with
    // " [y/N] " after it (room left for that).
    let question = crate::text::clean(question);
    let wrapped = crate::text::fill(&question, crate::text::width().saturating_sub(8));
    let (before, prompt) = wrapped.rsplit_once('\n').unwrap_or(("", &wrapped));
    if !before.is_empty() {
        crate::output::stderr(before);
    }
    dialoguer::Confirm::new()
        .with_prompt(prompt)
        .default(false)
        .interact_on(&console::Term::stderr())
        .map_err(|e| {
            let dialoguer::Error::IO(e) = e;
            crate::error::Error::io("ask in", "the terminal", e)
        })
}
