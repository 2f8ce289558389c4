//! The one error type of iop-check, its exit codes, and the one place where
//! errors are turned into words for the person at the keyboard.
//!
//! Every failure a user can cause (a broken bank, a bad answers file, a closed
//! stdin, a full disk) ends up here, so that each gets one clear paragraph and a
//! documented exit code, and none of them ever becomes a panic.

use std::fmt;
use std::path::PathBuf;

use fluent_bundle::FluentValue;

use crate::i18n::{Messages, Said};
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
    /// `template`: the command that prints an answers file for the bank
    /// they were read against, to point to.
    Answers {
        problems: Vec<Problem>,
        template: &'static str,
    },
    /// What was asked cannot be done as asked (options that do not go
    /// together, no such check-in, a draft for another bank, …): said in
    /// the person's language. Exits as a usage error.
    Cannot(Said),
    /// Not a terminal, and neither `--plain` nor `--answers` given.
    NotInteractive,
    /// Input ended, or the person chose to pause, before the end.
    Incomplete { stop: Stop, resume: Option<Resume> },
    /// Ctrl-C or SIGTERM.
    Interrupted { resume: Option<Resume> },
    /// A file or folder could not be read or written. `action` is what
    /// was being done ("save the draft"), from the `messages` catalogue.
    Io {
        action: Said,
        path: PathBuf,
        source: std::io::Error,
    },
    /// Another iop-check holds the data folder's lock.
    Locked { path: PathBuf },
    /// The process started with its stdout closed (`>&-`), and the result
    /// would have been lost.
    StdoutClosed,
    /// A saved file (draft or check-in) could not be understood.
    Corrupt { path: PathBuf, detail: Said },
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
            action: action_words(action),
            path: path.into(),
            source,
        }
    }

    /// The documented exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Bank(_) => exit::BANK,
            Error::Answers { .. } => exit::ANSWERS,
            Error::Cannot(_) | Error::NotInteractive => exit::USAGE,
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

/// What was being done to a file ("save the draft"), as words of the
/// catalogue. The actions are the few the code names; one not listed here
/// is said as it is (a test checks every action the code names is listed).
pub fn action_words(action: &'static str) -> Said {
    let id = match action {
        "ask in" => "io-ask-in",
        "create the data folder" => "io-create-data-folder",
        "delete the check-in" => "io-delete-check-in",
        "delete the saved draft" => "io-delete-draft",
        "delete the weekly draft" => "io-delete-weekly-draft",
        "delete your programs" => "io-delete-programs",
        "delete" => "io-delete",
        "keep the check-in in" => "io-keep-check-in",
        "keep the weekly check-in in" => "io-keep-weekly",
        "keep your programs in" => "io-keep-programs",
        "lock" => "io-lock",
        "make private the data folder" => "io-make-private",
        "open the lock file" => "io-open-lock",
        "read the check-in" => "io-read-check-in",
        "read the check-ins folder" => "io-read-check-ins",
        "create the check-ins folder" => "io-create-check-ins",
        "make private the check-ins folder" => "io-make-private-check-ins",
        "create the weekly check-ins folder" => "io-create-weekly-folder",
        "make private the weekly check-ins folder" => "io-make-private-weekly-folder",
        "read the data folder" => "io-read-data-folder",
        "read the saved draft" => "io-read-draft",
        "read the weekly check-in" => "io-read-weekly",
        "read the weekly check-ins folder" => "io-read-weekly-folder",
        "read the weekly draft" => "io-read-weekly-draft",
        "read your programs" => "io-read-programs",
        "read" => "io-read",
        "save the draft" => "io-save-draft",
        "save the weekly draft" => "io-save-weekly-draft",
        "use the check-ins folder" => "io-use-check-ins",
        "use the lock file" => "io-use-lock",
        "use" => "io-use",
        "write in" => "io-write-in",
        "write to" => "io-write-to",
        "write" => "io-write",
        other => return Said::plain(other),
    };
    Said::new(id)
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

fn resume_line(resume: &Option<Resume>, m: &Messages) -> String {
    // The command on a line of its own, to copy.
    let run = |id: &str, command: &str| format!("{}\n\n    {command}\n", m.get(id));
    match resume {
        Some(Resume { kept: true, .. }) => m.get("resume-kept"),
        Some(Resume {
            pending: true,
            empty: false,
            command,
            ..
        }) => run("resume-pending", command),
        Some(Resume {
            behind: true,
            command,
            ..
        }) => run("resume-behind", command),
        Some(Resume { empty: true, .. }) => m.get("resume-empty"),
        Some(Resume { command, .. }) => run("resume-saved", command),
        None => m.get("resume-no-save"),
    }
}

/// What went wrong with a file: the system's own words in English; in
/// another language, the words for the usual causes (the system's are in
/// English whatever the locale), else the system's. A cause iop-check
/// gives itself (a [`Said`] inside the error) is said in the language.
fn io_cause(source: &std::io::Error, m: &Messages) -> String {
    if let Some(said) = source.get_ref().and_then(|e| e.downcast_ref::<Said>()) {
        return said.say(m);
    }
    let os = source.to_string();
    let kind = match source.kind() {
        std::io::ErrorKind::NotFound => "io-cause-not-found",
        std::io::ErrorKind::PermissionDenied => "io-cause-permission",
        std::io::ErrorKind::StorageFull => "io-cause-full",
        std::io::ErrorKind::AlreadyExists => "io-cause-exists",
        std::io::ErrorKind::ReadOnlyFilesystem => "io-cause-read-only",
        std::io::ErrorKind::IsADirectory => "io-cause-folder",
        std::io::ErrorKind::NotADirectory => "io-cause-not-folder",
        std::io::ErrorKind::BrokenPipe => "io-cause-closed",
        _ => return os,
    };
    m.with(kind, &[("os", os.into())])
}

impl Error {
    /// The error in words, in the language of `m`.
    pub fn render(&self, m: &Messages) -> String {
        let count = |n: usize| FluentValue::from(n);
        match self {
            Error::Bank(problems) => {
                let mut out = String::new();
                for p in problems {
                    out.push_str(&format!("{p}\n"));
                }
                let files: std::collections::BTreeSet<&str> =
                    problems.iter().map(|p| p.file.as_str()).collect();
                let files = files.into_iter().collect::<Vec<_>>().join(", ");
                out.push_str(&m.with(
                    "error-bank",
                    &[("count", count(problems.len())), ("files", files.into())],
                ));
                out
            }
            Error::Answers { problems, template } => {
                let mut out = String::new();
                for p in problems {
                    out.push_str(&format!("{p}\n"));
                }
                let file = problems.first().map_or("", |p| p.file.as_str());
                out.push_str(&m.with(
                    "error-answers",
                    &[
                        ("count", count(problems.len())),
                        ("file", file.into()),
                        ("template", (*template).into()),
                    ],
                ));
                out
            }
            Error::Cannot(said) => m.with("error-plain", &[("words", said.say(m).into())]),
            Error::NotInteractive => m.get("error-not-interactive"),
            Error::Incomplete { stop, resume } => {
                let id = match stop {
                    Stop::Paused => "stop-paused",
                    // The crisis lines follow (see `Error::AfterCrisis`).
                    Stop::AfterSafety => "stop-after-safety",
                    Stop::InputEnded => "stop-input-ended",
                };
                m.with(id, &[("resume", resume_line(resume, m).into())])
            }
            Error::AfterCrisis { error, parting } => format!(
                "{}\n\n{}",
                error.render(m),
                crate::text::fill(parting, crate::text::width())
            ),
            Error::Interrupted { resume } => m.with(
                "stop-interrupted",
                &[("resume", resume_line(resume, m).into())],
            ),
            Error::Io {
                action,
                path,
                source,
            } => {
                let hint = match source.kind() {
                    std::io::ErrorKind::NotFound => format!(" {}", m.get("io-hint-not-found")),
                    std::io::ErrorKind::PermissionDenied => {
                        format!(" {}", m.get("io-hint-permission"))
                    }
                    std::io::ErrorKind::StorageFull => format!(" {}", m.get("io-hint-full")),
                    _ => String::new(),
                };
                // Not a file but a stream or the terminal: said in words.
                let place = match path.to_str() {
                    Some("standard input") => m.get("io-place-stdin"),
                    Some("standard output") => m.get("io-place-stdout"),
                    Some("the terminal") => m.get("io-place-terminal"),
                    Some("the manual page") => m.get("io-place-man"),
                    _ => path.display().to_string(),
                };
                m.with(
                    "error-io",
                    &[
                        ("action", action.say(m).into()),
                        ("path", place.into()),
                        ("cause", io_cause(source, m).into()),
                        ("hint", hint.into()),
                    ],
                )
            }
            Error::Locked { path } => m.with(
                "error-locked",
                &[("path", path.display().to_string().into())],
            ),
            Error::StdoutClosed => m.get("error-stdout-closed"),
            Error::Internal { what, detail } => m.with(
                "error-internal",
                &[
                    (
                        "what",
                        m.get(&format!(
                            "internal-{}",
                            what.to_lowercase().replace(' ', "-")
                        ))
                        .into(),
                    ),
                    ("detail", detail.as_str().into()),
                ],
            ),
            Error::Corrupt { path, detail } => m.with(
                "error-corrupt",
                &[
                    ("path", path.display().to_string().into()),
                    ("detail", detail.say(m).into()),
                ],
            ),
        }
    }
}

impl fmt::Display for Error {
    /// The error in English (for logs and tests; what a person sees is
    /// [`Error::render`] in their language).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(&Messages::new(crate::i18n::Lang::En)))
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Every action the code names for a file error (`Error::io("save the
    /// draft", …)`, and the store's helpers that pass one on) has its words
    /// in the catalogue, so none is said in English inside Spanish.
    #[test]
    fn every_file_action_the_code_names_is_in_the_catalogue() {
        fn walk(dir: &std::path::Path, out: &mut Vec<String>) {
            for path in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = path.path();
                if path.is_dir() {
                    walk(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap_or_default();
                    // The code, not its tests (this one names the calls).
                    let code = text.split("#[cfg(test)]\nmod tests {").next();
                    out.push(code.unwrap_or_default().to_string());
                }
            }
        }
        let mut files = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut files,
        );
        let mut named = Vec::new();
        for code in &files {
            for call in [
                "Error::io(",
                "read_saved(",
                "check_saved_size(",
                "check_saved_file(",
                "json_files(",
                "make_private(",
            ] {
                for (i, _) in code.match_indices(call) {
                    // The call's arguments, up to its closing bracket.
                    let args = &code[i + call.len()..];
                    let args = &args[..args.find(')').unwrap_or(args.len()).min(300)];
                    let Some(start) = args.find('"') else {
                        continue;
                    };
                    // Only a literal argument, not one inside a call.
                    if args[..start].contains('(') {
                        continue;
                    }
                    let rest = &args[start + 1..];
                    let text = &rest[..rest.find('"').unwrap_or(0)];
                    // Paths ("standard input") are not actions.
                    if !text.contains('\n')
                        && text.starts_with(|c: char| c.is_ascii_lowercase())
                        && !text.starts_with("the ")
                        && !text.starts_with("standard ")
                    {
                        named.push(text.to_string());
                    }
                }
            }
        }
        // The folders' three actions, in one array.
        for code in &files {
            for (i, _) in code.match_indices("ensure_folder(") {
                let args = &code[i..];
                let args = &args[..args.find(']').unwrap_or(0)];
                for (n, text) in args.split('"').enumerate() {
                    if n % 2 == 1 {
                        named.push(text.to_string());
                    }
                }
            }
        }
        assert!(
            named.len() > 20,
            "the scan found too few actions: {named:?}"
        );
        for action in named {
            let action: &'static str = Box::leak(action.into_boxed_str());
            assert_ne!(
                action_words(action).id,
                "plain-text",
                "the file action {action:?} has no words in i18n/*/messages.ftl (add it to `action_words`)"
            );
        }
    }

    /// Every "what" of an internal error (`Error::Internal { what: … }`,
    /// and the helpers that pass one on) has its words in the catalogue.
    #[test]
    fn every_internal_what_is_in_the_catalogue() {
        let en = Messages::new(Lang::En);
        let es = Messages::new(Lang::Es);
        for what in [
            "check-in",
            "comparison as JSON",
            "document",
            "draft",
            "programs file",
            "FHIR response",
            "JSON summary",
            "weekly check-in",
            "weekly draft",
        ] {
            let e = Error::Internal {
                what,
                detail: "x".into(),
            };
            assert!(
                e.render(&en)
                    .contains(&format!("could not make the {what} (x)")),
                "{}",
                e.render(&en)
            );
            assert!(!e.render(&es).contains("internal-"), "{}", e.render(&es));
        }
    }

    #[test]
    fn errors_are_said_in_the_language_asked_with_the_same_facts() {
        let en = Messages::new(Lang::En);
        let es = Messages::new(Lang::Es);
        let full = Error::io(
            "save the draft",
            "/data/draft.json",
            std::io::Error::from(std::io::ErrorKind::StorageFull),
        );
        let said = full.render(&en);
        assert!(
            said.starts_with("error: could not save the draft /data/draft.json: ")
                && said.ends_with("The disk is full: free some space and try again."),
            "{said}"
        );
        assert_eq!(said, full.to_string());
        let dicho = full.render(&es);
        assert_eq!(
            dicho,
            "error: no se pudo guardar el borrador /data/draft.json: no queda espacio en el disco. El disco está lleno: libere algo de espacio y vuelva a intentarlo."
        );

        let paused = Error::Incomplete {
            stop: Stop::Paused,
            resume: Some(Resume {
                command: "iop-check --resume".into(),
                behind: false,
                empty: false,
                kept: false,
                pending: false,
            }),
        };
        assert_eq!(
            paused.render(&en),
            "Paused. Take all the time you need. Your answers so far are saved. To pick up where you left off, run:\n\n    iop-check --resume\n"
        );
        assert_eq!(
            paused.render(&es),
            "En pausa. Tómese todo el tiempo que necesite. Sus respuestas hasta ahora están guardadas. Para seguir donde lo dejó, escriba:\n\n    iop-check --resume\n"
        );

        // Plurals follow each language's rule.
        let problems = |n: usize| Error::Answers {
            problems: (0..n)
                .map(|i| Problem::new("a.yaml", crate::problem::Place::File, format!("p{i}")))
                .collect(),
            template: "iop-check template",
        };
        assert!(
            problems(1)
                .render(&en)
                .contains("1 problem in the answers file a.yaml. Fix it ")
        );
        assert!(
            problems(2)
                .render(&en)
                .contains("2 problems in the answers file a.yaml. Fix them ")
        );
        assert!(
            problems(1)
                .render(&es)
                .contains("hay 1 problema en el archivo de respuestas a.yaml. Corríjalo ")
        );
        assert!(
            problems(3)
                .render(&es)
                .contains("hay 3 problemas en el archivo de respuestas a.yaml. Corríjalos ")
        );

        // A cause iop-check gives itself is said in the language too.
        let fifo = Error::io(
            "read the saved draft",
            "/data/draft.json",
            std::io::Error::other(Said::new("saved-not-a-file").arg("what", "fifo")),
        );
        assert!(
            fifo.render(&en)
                .contains("it is a named pipe (FIFO), not an ordinary file")
        );
        assert!(
            fifo.render(&es)
                .contains("es una tubería con nombre (FIFO), no un archivo común")
        );
    }
}
