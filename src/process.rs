//! Process-wide state, in one place.
//!
//! iop-check is one short run of one person, but a few facts must be known
//! to every part of it at once, including a signal-handler thread that may
//! end the process at any moment. Each is a static here, with why it exists;
//! the modules that own the behaviour (named on each) read and set them
//! through small functions of their own. Nothing else in `src/` keeps state
//! for the whole process, apart from two things that cannot live here: the
//! ELF constructor in `main.rs` that looks at stdout before the Rust
//! runtime does, and `style::unicode`'s cache of the locale.

use std::collections::BTreeMap;
use std::sync::atomic::AtomicBool;
use std::sync::{Mutex, OnceLock};

/// Held while a file is being replaced, so that a signal handler exiting
/// the process waits for the rename to finish (and for the draft's flags
/// below to settle) instead of leaving half a write. Taken by
/// `files::write_atomic`, `store::draft::save` and `signals::leave`.
pub(crate) static WRITE_LOCK: Mutex<()> = Mutex::new(());

/// Set when the last draft save failed: the draft on disk lacks the latest
/// answers. Read when a run stops early, so that the message never says the
/// answers are saved when they are not (`store::draft`, `error::Resume`).
pub(crate) static DRAFT_BEHIND: AtomicBool = AtomicBool::new(false);

/// Whether a draft is on disk, as far as this process knows: one was read,
/// or saved, and not deleted since. Read when a run stops early, so that
/// the message offers to resume only when there is something to pick up
/// (`store::draft`, `error::Resume`).
pub(crate) static DRAFT_ON_DISK: AtomicBool = AtomicBool::new(false);

/// Set once this run's answers are kept as a check-in, so that a stop after
/// that (on the "Save a copy" screen) says they are kept, and does not
/// offer a `--resume` that would keep them twice (`commands::run`,
/// `error::Resume`).
pub(crate) static CHECKIN_KEPT: AtomicBool = AtomicBool::new(false);

/// Set while answers piped in at machine speed wait for their save, put off
/// for at most a second (`engine::Engine::save`), so that a signal then
/// says that the latest answers were not saved (`error::Resume`).
pub(crate) static DRAFT_PENDING: AtomicBool = AtomicBool::new(false);

/// When the draft was last flushed to the disk (`fsync`), so that answers
/// that come faster than anyone types (a file of thousands of answers piped
/// in) are not each flushed: a flush costs milliseconds, and the rename is
/// atomic without it (`store::draft`).
pub(crate) static DRAFT_SYNCED: Mutex<Option<std::time::Instant>> = Mutex::new(None);

/// The answers set aside by the last draft load in this process (answers to
/// questions that another version of the bank no longer has), written back
/// by every save so that a change of bank never silently deletes them
/// (`store::draft`).
pub(crate) static DRAFT_SET_ASIDE: Mutex<BTreeMap<String, serde_json::Value>> =
    Mutex::new(BTreeMap::new());

/// The terminal's settings when the run started, so that Ctrl-C or a
/// closed window can put the terminal back as it was (`signals`).
pub(crate) static TERMIOS: OnceLock<libc::termios> = OnceLock::new();

/// The command that picks the draft up again, given when the signal handler
/// is installed, for a key read that Ctrl-C interrupted (`signals`).
pub(crate) static RESUME: OnceLock<Option<String>> = OnceLock::new();

/// Set by the first thread that starts to leave on a signal, so that the
/// goodbye is said once when the handler and a key read both see Ctrl-C
/// (`signals`).
pub(crate) static LEAVING: AtomicBool = AtomicBool::new(false);

/// Whether a crisis answer stands among this run's answers, so that every
/// way out of the run (finishing, pausing, input ending, Ctrl-C) ends with
/// the crisis lines on screen (`crisis`).
pub(crate) static CRISIS_FLAGGED: AtomicBool = AtomicBool::new(false);

/// Whether the one-line reminder of where help is ("Help now: call or
/// text 988") is on every screen: set after any answer to a safety
/// question other than its safe one, and on a resumed run (`crisis`).
pub(crate) static CRISIS_REMINDER: AtomicBool = AtomicBool::new(false);

/// The reminder line itself, readied from the bank with the parting words
/// below, so that every screen can show it without the bank at hand
/// (`crisis`).
pub(crate) static CRISIS_REMINDER_LINE: OnceLock<String> = OnceLock::new();

/// The crisis lines to say on the way out, readied from the bank when an
/// interactive run starts, so that a signal handler can say them without
/// the bank at hand (`crisis`).
pub(crate) static CRISIS_PARTING: OnceLock<String> = OnceLock::new();

/// Set at start-up when the process began with its stdout closed (as with
/// `iop-check summary >&-`). The Rust runtime then quietly puts /dev/null
/// there, so output would be lost without a word; main.rs looks before the
/// runtime does (`output::stdout_was_closed`, `output::check_stdout`).
pub(crate) static STDOUT_CLOSED: AtomicBool = AtomicBool::new(false);
