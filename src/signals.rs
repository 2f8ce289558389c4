//! Ctrl-C, SIGTERM and SIGHUP: leave the terminal usable, keep the draft,
//! say how to resume, exit 130.
//!
//! The draft is already saved after every answer, so the handler only has to
//! wait for a write in progress ([`WRITE_LOCK`]), put the terminal back as
//! it found it, say goodbye in the words the interactive session gives it
//! ([`Leave`]), and exit.
//!
//! This module holds the only process-wide state of iop-check besides the
//! start-up look at stdout in `main.rs`: a signal arrives on a thread of its
//! own, at any moment, so what it needs cannot be passed down as values.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::error::exit;

/// Held while a file is being replaced, so that leaving on a signal waits
/// for the rename to finish (and for the session's record of what is
/// saved to settle) instead of leaving half a write. Taken by
/// `files::write_atomic`, `store::draft::save` and [`leave`].
pub static WRITE_LOCK: Mutex<()> = Mutex::new(());

/// The terminal's settings when the session started, so that Ctrl-C or a
/// closed window can put the terminal back as it was.
static TERMIOS: OnceLock<libc::termios> = OnceLock::new();

/// What the session says on the way out, given when the handler is
/// installed, for a key read that Ctrl-C interrupted ([`interrupted`]).
static HANDLER: OnceLock<Arc<dyn Leave>> = OnceLock::new();

/// Set by the first thread that starts to leave, so that the goodbye is
/// said once when the handler and a key read both see Ctrl-C.
static LEAVING: AtomicBool = AtomicBool::new(false);

/// What an interactive session tells the handler: the words to say as the
/// process leaves (what is saved, how to pick it up, the crisis lines).
/// Read under [`WRITE_LOCK`], so never in the middle of a save.
pub trait Leave: Send + Sync {
    fn goodbye(&self) -> String;
}

/// Remembers the terminal's settings and starts the handler thread.
pub fn install(handler: Arc<dyn Leave>) {
    let _ = HANDLER.set(handler.clone());
    if std::io::stdin().is_terminal() {
        let mut t = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr fills the struct on success, and we only read it then.
        if unsafe { libc::tcgetattr(0, t.as_mut_ptr()) } == 0 {
            let _ = TERMIOS.set(unsafe { t.assume_init() });
        }
    }
    let Ok(mut signals) = Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        return;
    };
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            leave(handler.as_ref());
        }
    });
}

/// For a key read that Ctrl-C or a signal interrupted: the handler thread
/// is leaving too (console raises SIGINT for Ctrl-C), so leave the same way,
/// and say so only once. Returns only when no handler was installed.
pub fn interrupted() {
    if let Some(handler) = HANDLER.get() {
        leave(handler.as_ref());
    }
}

/// Restores the terminal and exits with 130, after any write in progress.
/// When two threads get here at once, the second waits for the first to end
/// the process.
fn leave(handler: &dyn Leave) -> ! {
    if LEAVING.swap(true, Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
    let _guard = WRITE_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    restore_terminal();
    // Straight to stderr: `output` writes files, and files wait on this
    // module's lock, so this module keeps to the standard library.
    let _ = writeln!(
        std::io::stderr().lock(),
        "{}",
        crate::text::clean(&handler.goodbye())
    );
    std::process::exit(i32::from(exit::INTERRUPTED));
}

/// Shows the cursor, clears the half-drawn line and restores the terminal mode.
pub fn restore_terminal() {
    if let Some(t) = TERMIOS.get() {
        // SAFETY: restoring settings read from the same descriptor earlier.
        unsafe {
            libc::tcsetattr(0, libc::TCSANOW, t);
        }
    }
    let mut err = std::io::stderr();
    if err.is_terminal() && !crate::style::dumb_terminal() {
        let _ = write!(err, "\x1b[?25h\r\x1b[2K\n");
        let _ = err.flush();
    }
}
