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
use crate::i18n::{Lang, Messages, Said};
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
    /// `Costs · 3 of 6 · question 27 of 44`, in the language of `m`.
    pub fn line(&self, section: &Section, m: &Messages) -> String {
        m.with(
            "progress-line",
            &[
                ("section", section.title.as_str().into()),
                ("in_section", self.in_section.into()),
                ("section_total", self.section_total.into()),
                ("number", self.number.into()),
                ("total", self.total.into()),
            ],
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

/// The welcome screen's paragraphs, the same in every mode, in the bank's
/// own language.
pub fn welcome_text(bank: &Bank, quick: bool) -> Vec<String> {
    welcome_text_in(bank, quick, &Messages::new(Lang::of(&bank.language)))
}

/// The welcome screen's paragraphs, in the language of `m`.
pub fn welcome_text_in(bank: &Bank, quick: bool, m: &Messages) -> Vec<String> {
    let mut out = vec![bank.title.clone()];
    let has_core = bank.questions().any(|(_, q)| q.core);
    out.push(if quick {
        m.with("welcome-quick", &[("minutes", bank.minutes(true).into())])
    } else if has_core {
        m.with(
            "welcome-core",
            &[
                ("minutes", bank.minutes(false).into()),
                (
                    "command",
                    bank.command.as_deref().unwrap_or("iop-check").into(),
                ),
                ("quick", bank.minutes(true).into()),
            ],
        )
    } else {
        m.with("welcome-time", &[("minutes", bank.minutes(false).into())])
    });
    out.push(m.get("welcome-skip"));
    if let Some(scope) = &bank.scope {
        out.push(scope.clone());
    }
    if let Some(r) = bank.crisis.resources.first() {
        out.push(m.with(
            "welcome-help",
            &[
                ("name", r.name.as_str().into()),
                ("reach", crate::crisis::reach_in(r, m).into()),
            ],
        ));
    }
    out.push(bank.disclaimer.clone());
    out.push(m.with(
        "welcome-reviewed",
        &[("date", m.display_day(&bank.last_reviewed).into())],
    ));
    out
}

/// What pausing does to the answers, for the prompts: kept, or (with
/// `--no-save`) not, so that no screen says answers are kept when they are not.
pub fn kept_note(saving: bool, m: &Messages) -> String {
    if saving {
        m.get("kept-note-saving")
    } else {
        m.get("kept-note-not-saving")
    }
}

/// Help for a question, in words, in the bank's own language.
pub fn help_text(ask: &Ask) -> String {
    help_text_in(ask, &Messages::new(Lang::of(&ask.bank.language)))
}

/// Help for a question, in words, in the language of `m`.
pub fn help_text_in(ask: &Ask, m: &Messages) -> String {
    let mut out = String::new();
    match &ask.question.help {
        Some(h) => out.push_str(h),
        None => out.push_str(&m.get("question-help-none")),
    }
    let source = |sources: String| m.with("sources-line", &[("sources", sources.into())]);
    if ask.question.cards {
        for item in &ask.bank.opening {
            out.push_str(&format!("\n\n{}\n{}", item.title, item.text));
            let sources = source_labels(ask.bank, &item.sources);
            if !sources.is_empty() {
                out.push_str(&format!("\n{}", source(sources)));
            }
        }
    }
    let sources = source_labels(ask.bank, &ask.question.sources);
    if !sources.is_empty() {
        out.push_str("\n\n");
        out.push_str(&source(sources));
    }
    out
}

/// An answer in words, for the review and "your answer now": the option's
/// label, the number with its unit, the text; a skip or an empty list said
/// in the language of `m`.
pub fn describe(answer: &Answer, q: &Question, m: &Messages) -> String {
    match answer {
        Answer::Skipped => m.get("answer-skipped-mark"),
        Answer::Checklist(ids) if ids.is_empty() => m.get("answer-nothing-chosen"),
        a => a.describe(q),
    }
}

/// Why a checklist answer cannot stand: an option that goes alone was
/// chosen with others. None when it can.
pub fn goes_alone(q: &Question, ids: &[String], m: &Messages) -> Option<String> {
    crate::answers::exclusive_conflict(q, ids)?;
    let o = ids
        .iter()
        .filter_map(|id| q.option(id))
        .find(|o| o.exclusive)?;
    Some(m.with("answer-goes-alone", &[("option", o.label.as_str().into())]))
}

/// When the draft was last saved, in the person's own time zone: "from
/// November 27 at 14:05".
pub fn saved_when(draft: &Draft, m: &Messages) -> String {
    match draft.updated.parse::<jiff::Timestamp>() {
        Ok(ts) => {
            let at = ts.to_zoned_datetime(jiff::tz::TimeZone::system());
            m.with(
                "saved-when",
                &[
                    ("month", m.get(&format!("month-{}", at.month())).into()),
                    ("day", at.day().to_string().into()),
                    ("time", at.strftime("%H:%M").to_string().into()),
                ],
            )
        }
        Err(_) => m.get("saved-when-unknown"),
    }
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
/// default. Where there is no terminal to ask at, says to add --yes. In
/// Spanish the keys are s (sí) and n, typed and then Enter (y and yes work
/// too).
pub fn confirm_delete_in(question: &str, lang: Lang) -> Result<bool> {
    use std::io::IsTerminal;
    let m = Messages::new(lang);
    if !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal() {
        return Err(crate::error::Error::Cannot(Said::new(
            "confirm-needs-terminal",
        )));
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
    let io = |e: dialoguer::Error| {
        let dialoguer::Error::IO(e) = e;
        crate::error::Error::io("ask in", "the terminal", e)
    };
    if lang == Lang::En {
        return dialoguer::Confirm::new()
            .with_prompt(prompt)
            .default(false)
            .interact_on(&console::Term::stderr())
            .map_err(io);
    }
    // dialoguer's yes/no reads only y and n: the answer is typed instead.
    let bad = m.get("confirm-bad-answer");
    let typed: String = dialoguer::Input::<String>::new()
        .with_prompt(format!("{prompt} {}", m.get("confirm-yes-no")))
        .allow_empty(true)
        .validate_with(move |s: &String| -> std::result::Result<(), String> {
            yes_or_no(s, Lang::Es)
                .map(|_| ())
                .ok_or_else(|| bad.clone())
        })
        .interact_text_on(&console::Term::stderr())
        .map_err(io)?;
    Ok(yes_or_no(&typed, lang).unwrap_or(false))
}

/// A typed yes or no: y and yes in every language, s, sí and si in
/// Spanish too; n and no. None for anything else; an empty answer is no.
pub fn yes_or_no(typed: &str, lang: Lang) -> Option<bool> {
    match typed.trim().to_lowercase().as_str() {
        "" | "n" | "no" => Some(false),
        "y" | "yes" => Some(true),
        "s" | "sí" | "si" if lang == Lang::Es => Some(true),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank(lang: Lang) -> Bank {
        crate::bank::builtin_in(lang).expect("the built-in bank loads")
    }

    #[test]
    fn yes_and_no_are_read_in_the_language_of_the_screen() {
        for typed in ["s", "sí", "Sí", "si", " SI ", "y", "yes"] {
            assert_eq!(yes_or_no(typed, Lang::Es), Some(true), "{typed:?}");
        }
        for typed in ["", "n", "no", "NO"] {
            assert_eq!(yes_or_no(typed, Lang::Es), Some(false), "{typed:?}");
            assert_eq!(yes_or_no(typed, Lang::En), Some(false), "{typed:?}");
        }
        for typed in ["y", "yes", "Y"] {
            assert_eq!(yes_or_no(typed, Lang::En), Some(true), "{typed:?}");
        }
        // s is yes only in Spanish; anything else is neither.
        assert_eq!(yes_or_no("s", Lang::En), None);
        assert_eq!(yes_or_no("sí", Lang::En), None);
        assert_eq!(yes_or_no("quizás", Lang::Es), None);
    }

    #[test]
    fn the_welcome_is_said_in_the_language_asked_for() {
        let es = Messages::new(Lang::Es);
        let text = welcome_text_in(&bank(Lang::Es), false, &es).join("\n");
        assert!(text.contains("Esto toma unos "), "{text}");
        assert!(text.contains("`iop-check --quick`"), "{text}");
        assert!(
            text.contains("Si necesita ayuda ahora mismo: Línea 988"),
            "{text}"
        );
        assert!(
            text.contains("Llamar al 988 · Enviar un texto al 988"),
            "{text}"
        );
        assert!(
            text.contains("Estas preguntas se revisaron por última vez el "),
            "{text}"
        );
        let quick = welcome_text_in(&bank(Lang::Es), true, &es).join("\n");
        assert!(quick.contains("Este camino corto toma unos "), "{quick}");
        // The English welcome is what it was, word for word.
        let en = bank(Lang::En);
        let text = welcome_text(&en, false);
        assert_eq!(
            text[1],
            format!(
                "This takes about {} minutes. If you are tired, `iop-check --quick` asks only the core questions, in about {} minutes.",
                en.minutes(false),
                en.minutes(true)
            )
        );
        assert_eq!(
            text[2],
            "You can skip any question, go back, or stop and pick up later. There are no right or wrong answers."
        );
        assert_eq!(
            text.last().map(String::as_str),
            Some(
                format!(
                    "These questions were last reviewed on {}.",
                    crate::text::display_day(&en.last_reviewed)
                )
                .as_str()
            )
        );
    }

    #[test]
    fn answers_notes_and_the_progress_line_in_spanish() {
        let es = Messages::new(Lang::Es);
        let en = Messages::new(Lang::En);
        let b = bank(Lang::Es);
        let (section, question) = b
            .questions()
            .find(|(_, q)| {
                q.kind == crate::bank::Kind::Checklist && q.options.iter().any(|o| o.exclusive)
            })
            .expect("a checklist with an answer that goes alone");
        let progress = Progress {
            in_section: 3,
            section_total: 6,
            number: 27,
            total: 44,
        };
        assert_eq!(
            progress.line(section, &es),
            format!("{} · 3 de 6 · pregunta 27 de 44", section.title)
        );
        assert_eq!(
            progress.line(section, &en),
            format!("{} · 3 of 6 · question 27 of 44", section.title)
        );
        assert_eq!(describe(&Answer::Skipped, question, &es), "(la saltó)");
        assert_eq!(describe(&Answer::Skipped, question, &en), "(skipped)");
        assert_eq!(
            describe(&Answer::Checklist(Vec::new()), question, &es),
            "(no eligió nada)"
        );
        assert_eq!(kept_note(true, &es), "(sus respuestas se guardan)");
        assert_eq!(
            kept_note(false, &es),
            "(no se guarda nada: usted eligió --no-save)"
        );
        assert_eq!(kept_note(true, &en), "(your answers are kept)");
        // An option that goes alone, chosen with another.
        {
            let alone = question
                .options
                .iter()
                .find(|o| o.exclusive)
                .expect("found above");
            let other = question
                .options
                .iter()
                .find(|o| !o.exclusive)
                .expect("another option");
            let ids = vec![alone.id.clone(), other.id.clone()];
            let why = goes_alone(question, &ids, &es).expect("refused");
            assert!(
                why.starts_with(&format!("«{}» no va con otras", alone.label)),
                "{why}"
            );
            let en_bank = bank(Lang::En);
            let q = en_bank
                .questions()
                .map(|(_, q)| q)
                .find(|q| q.id == question.id)
                .expect("the same question in English");
            assert_eq!(
                goes_alone(q, &ids, &en),
                crate::answers::exclusive_conflict(q, &ids)
            );
        }
    }

    #[test]
    fn the_saved_time_is_said_in_the_language_of_the_screen() {
        let draft = Draft {
            bank_id: "b".into(),
            bank_version: "1".into(),
            updated: "2026-11-27T12:00:00Z".into(),
            answers: Answers::default(),
            dropped: 0,
            quick: false,
        };
        let es = saved_when(&draft, &Messages::new(Lang::Es));
        assert!(
            es.starts_with("el ") && es.contains(" de noviembre a las "),
            "{es}"
        );
        // English, as the draft says it.
        assert_eq!(
            saved_when(&draft, &Messages::new(Lang::En)),
            format!("from {}", crate::store::draft::when(&draft))
        );
        let unknown = Draft {
            updated: "?".into(),
            ..draft
        };
        assert_eq!(
            saved_when(&unknown, &Messages::new(Lang::Es)),
            "en una sesión anterior"
        );
    }
}
