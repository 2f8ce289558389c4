//! Process-wide state, in one place.
//!
//! iop-check is one short run of one person, but a few facts must be known
//! to every part of it at once, including a signal-handler thread that may
//! end the process at any moment. Each is a static here, with why it exists;
//! the modules that own the behaviour read and set them through small
//! functions of their own.

use std::sync::Mutex;
use std::sync::atomic::AtomicBool;

/// Held while a file is being replaced, so that a signal handler exiting
/// the process waits for the rename to finish (and for the draft's flags
/// below to settle) instead of leaving half a write.
pub static WRITE_LOCK: Mutex<()> = Mutex::new(());

/// Set when the last draft save failed: the draft on disk lacks the latest
/// answers. Read when a run stops early, so that the message never says the
/// answers are saved when they are not.
pub static DRAFT_BEHIND: AtomicBool = AtomicBool::new(false);

/// Whether a draft is on disk, as far as this process knows: one was read,
/// or saved, and not deleted since. Read when a run stops early, so that
/// the message offers to resume only when there is something to pick up.
pub static DRAFT_ON_DISK: AtomicBool = AtomicBool::new(false);
