//! The one error type of iop-check, its exit codes, and the one place where
//! errors are turned into words for the person at the keyboard.
//!
//! Every failure a user can cause (a broken bank, a bad answers file, a closed
//! stdin, a full disk) ends up here, so that each gets one clear paragraph and a
//! documented exit code, and none of them ever becomes a panic.

use std::fmt;
use std::path::PathBuf;

use crate::problem::Problem;

/// Exit codes, documented in README.md and the man page (both from
/// [`EXIT_CODES`]).
pub mod exit {
    /// Finished normally.
    pub const OK: u8 = 0;
    /// Anything else: a file could not be written, the disk is full, …
    pub const OTHER: u8 = 1;
    /// The command line was wrong (clap uses this code too).
    pub const USAGE: u8 = 2;
    /// The question bank is not valid.
    pub const BANK: u8 = 3;
    /// The answers file is not valid.
    pub const ANSWERS: u8 = 4;
    /// Input ended, or the person paused, before the last question. The draft is kept.
    pub const INCOMPLETE: u8 = 5;
    /// Another iop-check is open on the same data folder (it holds the lock).
    pub const LOCKED: u8 = 6;
    /// Interrupted by Ctrl-C or SIGTERM. The draft is kept.
    pub const INTERRUPTED: u8 = 130;
}

/// Every exit code and what it means, in the words of README.md's table
/// (Markdown). The man page's EXIT STATUS section is made from this, and
/// tests/it/cli.rs checks the README's table against it, so the three agree.
pub const EXIT_CODES: &[(u8, &str)] = &[
    (exit::OK, "finished"),
    (
        exit::OTHER,
        "something else went wrong, such as a file that could not be written",
    ),
    (
        exit::USAGE,
        "the command line was wrong, or input is not a terminal (use `--plain` or `--answers`)",
    ),
    (
        exit::BANK,
        "a question bank is not valid (every problem is listed)",
    ),
    (
        exit::ANSWERS,
        "an answers file is not valid (every problem is listed)",
    ),
    (
        exit::INCOMPLETE,
        "input ended, or you paused, before the last question; your draft is kept (after a safety answer other than \"No\", this ends calmly with the crisis lines, not an error)",
    ),
    (
        exit::LOCKED,
        "another iop-check is open on the same data folder; finish or close it first",
    ),
    (
        exit::INTERRUPTED,
        "interrupted (Ctrl-C or SIGTERM); your draft is kept",
    ),
];

/// Everything that can stop iop-check early.
#[derive(Debug)]
pub enum Error {
    /// One or more bank files have problems; each problem names file and place.
    Bank(Vec<Problem>),
    /// The answers file has problems; each names the question id.
    Answers(Vec<Problem>),
    /// The command line makes no sense (beyond what clap already checks).
    Usage(String),
    /// Not a terminal, and neither `--plain` nor `--answers` given.
    NotInteractive,
    /// Input ended, or the person chose to pause, before the end.
    Incomplete { stop: Stop, resume: Option<Resume> },
    /// Ctrl-C or SIGTERM.
    Interrupted { resume: Option<Resume> },
    /// A file or folder could not be read or written.
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    /// Another iop-check holds the data folder's lock.
    Locked { path: PathBuf },
    /// The process started with its stdout closed (`>&-`), and the result
    /// would have been lost.
    StdoutClosed,
    /// A saved file (draft or check-in) could not be understood.
    Corrupt { path: PathBuf, detail: String },
    /// Something iop-check made itself came out wrong (a bug, not the
    /// person's doing): a document that could not be written out.
    Internal { what: &'static str, detail: String },
    /// A run that stopped early after a crisis answer: the error, then the
    /// crisis lines, so that every way out ends with them.
    AfterCrisis { error: Box<Error>, parting: String },
}

/// How a run stopped before its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The person chose to pause.
    Paused,
    /// The input ended (a pipe or file ran out).
    InputEnded,
    /// The input ended after an answer to the safety check that asks for
    /// care first: stopping then is fine, not a fault.
    AfterSafety,
}

impl Error {
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }

    /// The documented exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Bank(_) => exit::BANK,
            Error::Answers(_) => exit::ANSWERS,
            Error::Usage(_) | Error::NotInteractive => exit::USAGE,
            Error::Incomplete { .. } => exit::INCOMPLETE,
            Error::Interrupted { .. } => exit::INTERRUPTED,
            Error::Locked { .. } => exit::LOCKED,
            Error::AfterCrisis { error, .. } => error.exit_code(),
            Error::Io { .. }
            | Error::StdoutClosed
            | Error::Corrupt { .. }
            | Error::Internal { .. } => exit::OTHER,
        }
    }
}

/// How a stopped run can be picked up again (`None` in an error: --no-save).
#[derive(Debug, Clone)]
pub struct Resume {
    /// The command that picks the draft up.
    pub command: String,
    /// The last save of the draft failed (a full disk, say), so the draft
    /// lacks the latest answers, or there is none.
    pub behind: bool,
    /// There is no draft at all: no answer was given yet (or the old draft
    /// was deleted to start over), so there is nothing to pick up.
    pub empty: bool,
    /// The answers are already kept as a check-in (the draft was deleted
    /// then): there is nothing to pick up, and nothing was lost.
    pub kept: bool,
    /// The last answers, piped in at machine speed, were read but not yet
    /// saved when the run stopped (their save is put off for a moment).
    pub pending: bool,
}

fn resume_line(resume: &Option<Resume>) -> String {
    match resume {
        Some(Resume { kept: true, .. }) => {
            "Your answers are kept as a check-in; see it with `iop-check summary`, and all of them with `iop-check history`.".to_string()
        }
        Some(Resume {
            pending: true,
            empty: false,
            command,
            ..
        }) => format!(
            "The last answers read just before the stop (less than a second's worth) were not saved yet. To pick up from the answers that were saved, run:\n\n    {command}\n"
        ),
        Some(Resume { behind: true, command, .. }) => format!(
            "Your latest answers could not be saved (see the message above), so some may be lost. To pick up from the answers that were saved, run:\n\n    {command}\n"
        ),
        Some(Resume { empty: true, .. }) => {
            "You had not answered any questions yet, so nothing was saved. Run iop-check again whenever you are ready.".to_string()
        }
        Some(Resume { command, .. }) => format!(
            "Your answers so far are saved. To pick up where you left off, run:\n\n    {command}\n"
        ),
        None => "Nothing was saved (--no-save).".to_string(),
    }
}

impl Error {
    /// The error in words, in the language of `m`.
    pub fn render(&self, m: &crate::i18n::Messages) -> String {
        let _ = m;
        self.to_string()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Bank(problems) => {
                for p in problems {
                    writeln!(f, "{p}")?;
                }
                let files: std::collections::BTreeSet<&str> =
                    problems.iter().map(|p| p.file.as_str()).collect();
                let n = problems.len();
                write!(
                    f,
                    "error: {n} problem{} in the question bank ({}). Fix {} and check again with `iop-check validate FILE`; the format is described in questions/README.md.",
                    if n == 1 { "" } else { "s" },
                    files.into_iter().collect::<Vec<_>>().join(", "),
                    if n == 1 { "it" } else { "them" },
                )
            }
            Error::Answers(problems) => {
                for p in problems {
                    writeln!(f, "{p}")?;
                }
                let n = problems.len();
                write!(
                    f,
                    "error: {n} problem{} in the answers file {}. Fix {} and run again; `iop-check template` prints an answers file to fill in.",
                    if n == 1 { "" } else { "s" },
                    problems.first().map_or("", |p| p.file.as_str()),
                    if n == 1 { "it" } else { "them" },
                )
            }
            Error::Usage(msg) => write!(f, "error: {msg}"),
            Error::NotInteractive => write!(
                f,
                "error: iop-check asks its questions in a terminal, but the input here is not a terminal (it may be a pipe or a file). To answer one line at a time from this input, add --plain. To answer from a file without any prompts, use --answers FILE (`iop-check template > answers.yaml` gives you one to fill in)."
            ),
            Error::Incomplete { stop, resume } => match stop {
                Stop::Paused => write!(
                    f,
                    "Paused. Take all the time you need. {}",
                    resume_line(resume)
                ),
                // The crisis lines follow (see `Error::AfterCrisis`).
                Stop::AfterSafety => write!(
                    f,
                    "The questions stopped after your answer to the safety check, and that is OK. {}",
                    resume_line(resume)
                ),
                Stop::InputEnded => write!(
                    f,
                    "error: the input ended before the last question. {}",
                    resume_line(resume)
                ),
            },
            Error::AfterCrisis { error, parting } => write!(
                f,
                "{error}\n\n{}",
                crate::text::wrap(parting, crate::text::width(), "")
            ),
            Error::Interrupted { resume } => {
                write!(f, "Stopped. {}", resume_line(resume))
            }
            Error::Io {
                action,
                path,
                source,
            } => {
                let hint = match source.kind() {
                    std::io::ErrorKind::NotFound => " Check the path and try again.",
                    std::io::ErrorKind::PermissionDenied => {
                        " Check that you may use this file or folder (ls -l), or choose another one."
                    }
                    std::io::ErrorKind::StorageFull => {
                        " The disk is full: free some space and try again."
                    }
                    _ => "",
                };
                write!(
                    f,
                    "error: could not {action} {}: {source}.{hint}",
                    path.display()
                )
            }
            Error::Locked { path } => write!(
                f,
                "error: another iop-check is already open and using your saved answers in {}. It may be in another window or tab. Finish or close that one first, then try again. (Running two at once could mix up your answers.) To try something without touching your saved answers, add --no-save.",
                path.display()
            ),
            Error::StdoutClosed => write!(
                f,
                "error: there is nowhere to write the result: standard output is closed (as with `>&-`), so it would be lost. Send it to a file with --output FILE (or `> FILE`), or leave standard output open."
            ),
            Error::Internal { what, detail } => write!(
                f,
                "error: iop-check could not make the {what} ({detail}). This is a bug in iop-check, not something you did; your answers are kept. Please report it, and try another --format meanwhile."
            ),
            Error::Corrupt { path, detail } => write!(
                f,
                "error: could not read the saved file {}: {detail}. It may have been edited or damaged. Move it aside (or delete it) and run iop-check again.",
                path.display()
            ),
        }
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;
