//! One interactive session: what every command that asks questions at the
//! keyboard (`run`, `programs add|edit`) shares, so that each has it once.
//!
//! A [`Session`] checks the terminal, chooses the prompter (terminal or
//! plain), opens the data folder and holds its lock, knows the command that
//! picks the run up again, keeps the run's safety state and its record of
//! what is saved ([`Shared`], handed to the signal handler in an `Arc`), and
//! turns a run that stopped early into one message with a resume hint. The
//! engine sees none of this: it gets a prompter and a [`Keep`].

mod keep;

pub use keep::DraftKeeper;

use std::io::IsTerminal;
use std::path::Path;
use std::sync::{Arc, OnceLock};

use crate::bank::Crisis;
use crate::crisis::CrisisState;
use crate::error::{Error, Result, Resume, Stop};
use crate::prompt::Prompter;
use crate::prompt::plain::PlainPrompter;
use crate::prompt::terminal::TerminalPrompter;
use crate::store::DataDir;
use crate::store::draft::Saved;
use crate::store::lock::{self, DataLock};

/// What the session shares with its prompter, its keeper and the signal
/// handler, which reads it from a thread of its own.
#[derive(Debug, Default)]
pub struct Shared {
    /// What is saved so far, for what a stop says.
    pub saved: Saved,
    /// Whether a crisis answer stands, and the reminder line; shared with
    /// the prompter too.
    pub crisis: Arc<CrisisState>,
    /// The command that picks the run up again; unset when nothing is
    /// saved (`--no-save`) or before the command knows it.
    resume: OnceLock<String>,
    /// The language of the session's screens, for what a stop says.
    pub lang: crate::i18n::Lang,
}

impl Shared {
    /// How the run can be picked up again, as things stand now.
    pub fn resume(&self) -> Option<Resume> {
        self.resume.get().map(|command| Resume {
            command: command.clone(),
            behind: self.saved.is_behind(),
            empty: !self.saved.on_disk(),
            kept: self.saved.is_kept(),
            pending: self.saved.is_pending(),
        })
    }

    /// `error`, followed by the crisis lines when a crisis answer stands.
    fn with_parting(&self, error: Error) -> Error {
        match self.crisis.parting() {
            Some(words) => Error::AfterCrisis {
                error: Box::new(error),
                parting: words.to_string(),
            },
            None => error,
        }
    }
}

impl crate::signals::Leave for Shared {
    fn goodbye(&self) -> String {
        let resume = self.resume();
        self.with_parting(Error::Interrupted { resume })
            .render(&crate::i18n::Messages::new(self.lang))
    }
}

/// The data folder of a command that writes answers, its lock, and (for a
/// command that asks at the keyboard) the rest of the session.
pub struct Session {
    /// None with `--no-save`.
    store: Option<DataDir>,
    /// Held until the session ends: no other iop-check may change the
    /// folder meanwhile.
    _lock: Option<DataLock>,
    /// Ask in plain mode: `--plain`, or a terminal that cannot move the
    /// cursor (TERM=dumb).
    plain: bool,
    shared: Arc<Shared>,
}

impl Session {
    /// The data folder and its lock, for a command that writes answers
    /// without asking (an answers file with `--keep`). With `no_save`,
    /// nothing is opened.
    pub fn open(no_save: bool, data_dir: Option<&Path>) -> Result<Session> {
        let store = if no_save {
            None
        } else {
            Some(DataDir::locate(data_dir)?)
        };
        let lock = match &store {
            Some(dir) => Some(lock::take_and_tidy(dir)?),
            None => None,
        };
        Ok(Session {
            store,
            _lock: lock,
            plain: true,
            shared: Arc::default(),
        })
    }

    /// A session that asks at the keyboard: the terminal is checked first
    /// (so that a mistake is said before anything is opened), then the data
    /// folder is opened and locked, and the signal handler installed.
    /// `crisis`: the bank's crisis resources, for the reminder line and the
    /// parting words (None for a worksheet without a safety check).
    pub fn interactive(
        plain: bool,
        no_save: bool,
        data_dir: Option<&Path>,
        crisis: Option<&Crisis>,
        lang: crate::i18n::Lang,
    ) -> Result<Session> {
        if !plain && !std::io::stdin().is_terminal() {
            return Err(Error::NotInteractive);
        }
        if !plain && !std::io::stderr().is_terminal() {
            return Err(Error::Cannot(crate::i18n::Said::new("stderr-redirected")));
        }
        let mut session = Session::open(no_save, data_dir)?;
        session.plain = plain || crate::style::dumb_terminal();
        session.shared = Arc::new(Shared {
            crisis: Arc::new(
                crisis
                    .map(|c| CrisisState::new(c, lang))
                    .unwrap_or_default(),
            ),
            lang,
            ..Shared::default()
        });
        crate::signals::install(session.shared.clone());
        Ok(session)
    }

    /// The data folder, unless `--no-save`.
    pub fn store(&self) -> Option<&DataDir> {
        self.store.as_ref()
    }

    /// The language of the session's screens.
    pub fn lang(&self) -> crate::i18n::Lang {
        self.shared.lang
    }

    /// What is shared with the prompter, keeper and signal handler.
    pub fn shared(&self) -> &Shared {
        &self.shared
    }

    /// Says which command picks this run up again (used only when answers
    /// are saved). Set once, as soon as the command knows it.
    pub fn resume_with(&self, command: String) {
        if self.store.is_some() {
            let _ = self.shared.resume.set(command);
        }
    }

    /// Notes what answers picked up from disk say about safety, for the
    /// reminder line from the first screen on.
    pub fn note_safety(&self, flagged: bool, reminding: bool) {
        self.shared.crisis.update(flagged, reminding);
    }

    /// The prompter for this session: plain lines or the terminal's screens.
    /// `finish` words the review's way out when finishing does something
    /// other than show a summary, in the session's language.
    pub fn prompter(&self, finish: Option<&str>) -> Box<dyn Prompter> {
        let saving = self.store.is_some();
        let crisis = Arc::clone(&self.shared.crisis);
        if self.plain {
            Box::new(
                PlainPrompter::new(std::io::stdin().lock(), std::io::stderr())
                    .lang(self.lang())
                    .saving(saving)
                    .reading_fd(0)
                    .crisis(crisis),
            )
        } else {
            let mut p = TerminalPrompter::new()
                .lang(self.lang())
                .saving(saving)
                .crisis(crisis);
            if let Some(label) = finish {
                p = p.finish_label(label);
            }
            Box::new(p)
        }
    }

    /// The keeper of the main questions' draft, which also keeps the
    /// safety state up to date after every answer.
    pub fn draft_keeper<'a>(&'a self, bank: &'a crate::bank::Bank, quick: bool) -> DraftKeeper<'a> {
        DraftKeeper::new(&self.shared, self.store.as_ref(), bank, quick)
    }

    /// Ends the session: the cursor is shown again, a run that stopped
    /// early says how to pick it up, and after a crisis answer every way
    /// out ends with the crisis lines.
    pub fn end<T>(&self, result: Result<T>) -> Result<T> {
        if !self.plain {
            let _ = console::Term::stderr().show_cursor();
        }
        match result {
            Ok(v) => {
                if let Some(words) = self.shared.crisis.parting() {
                    crate::output::stderr(&format!(
                        "\n{}",
                        crate::text::fill(words, crate::text::width())
                    ));
                }
                Ok(v)
            }
            Err(e) => Err(self.shared.with_parting(self.stopped(e))),
        }
    }

    /// A run that stopped early, with how to pick it up.
    fn stopped(&self, e: Error) -> Error {
        let resume = self.shared.resume();
        match e {
            Error::Incomplete { stop, .. } => Error::Incomplete {
                // After a crisis answer, input that ends is no fault.
                stop: match stop {
                    Stop::InputEnded if self.shared.crisis.flagged() => Stop::AfterSafety,
                    stop => stop,
                },
                resume,
            },
            Error::Interrupted { .. } => {
                crate::signals::restore_terminal();
                Error::Interrupted { resume }
            }
            e => e,
        }
    }
}

/// A path as typed on a shell's command line: as it is when it needs no
/// quoting, else in single quotes, for the resume hints.
pub fn shell_word(path: &Path) -> String {
    let s = path.display().to_string();
    if !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./~".contains(c))
    {
        s
    } else {
        format!("'{}'", s.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_is_quoted_only_when_a_shell_would_need_it() {
        assert_eq!(shell_word(Path::new("~/my-data_1/x.y")), "~/my-data_1/x.y");
        assert_eq!(shell_word(Path::new("my data")), "'my data'");
        assert_eq!(shell_word(Path::new("it's")), r"'it'\''s'");
        assert_eq!(shell_word(Path::new("")), "''");
    }

    #[test]
    fn a_stop_says_what_is_saved_as_it_stands_then_the_crisis_lines() {
        let shared = Shared::default();
        // Nothing to pick up without a resume command (--no-save).
        assert!(shared.resume().is_none());
        let _ = shared.resume.set("iop-check --resume".into());
        assert!(shared.resume().is_some_and(|r| r.empty && !r.behind));
        shared.saved.mark_saved(true);
        assert!(shared.resume().is_some_and(|r| !r.empty));
        shared.saved.mark_saved(false);
        assert!(shared.resume().is_some_and(|r| r.behind));
        shared.saved.mark_kept();
        assert!(shared.resume().is_some_and(|r| r.kept));
        let words = crate::signals::Leave::goodbye(&shared);
        assert!(words.starts_with("Stopped."), "{words}");
        assert!(!words.contains("Before you go"), "{words}");

        let bank = crate::bank::load_str(
            "small-bank.yaml",
            include_str!("../../tests/fixtures/small-bank.yaml"),
        )
        .expect("the test bank loads");
        let shared = Shared {
            crisis: Arc::new(CrisisState::new(&bank.crisis, crate::i18n::Lang::En)),
            ..Shared::default()
        };
        assert_eq!(shared.crisis.reminder_line(), None);
        shared.crisis.update(true, true);
        assert_eq!(
            shared.crisis.reminder_line(),
            Some("Help now: call or text 988")
        );
        let words = crate::signals::Leave::goodbye(&shared);
        let (stop, parting) = words.split_once("\n\n").expect("two parts");
        assert!(stop.starts_with("Stopped."), "{words}");
        assert!(parting.starts_with("Before you go"), "{words}");
        assert!(parting.contains("988"), "{words}");
    }
}
