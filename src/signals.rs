//! Ctrl-C, SIGTERM and SIGHUP: leave the terminal usable, keep the draft,
//! say how to resume, exit 130.
//!
//! The draft is already saved after every answer, so the handler only has to
//! wait for a write in progress (the store's lock), put the terminal back as
//! it found it, and leave.

use std::io::{IsTerminal, Write};
use std::sync::atomic::Ordering;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

use crate::error::{Error, Resume, exit};
use crate::process::{LEAVING, RESUME, TERMIOS, WRITE_LOCK};

/// Remembers the terminal's settings and starts the handler thread.
/// `resume` is the command that picks the draft up again (None: nothing is saved).
pub fn install(resume: Option<String>) {
    let _ = RESUME.set(resume.clone());
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
            leave(resume);
        }
    });
}

/// For a key read that Ctrl-C or a signal interrupted: the handler thread
/// is leaving too (console raises SIGINT for Ctrl-C), so leave the same way,
/// and say so only once. Returns only when no handler was installed.
pub fn interrupted() {
    if let Some(resume) = RESUME.get() {
        leave(resume.clone());
    }
}

/// Restores the terminal and exits with 130, after any write in progress.
/// When two threads get here at once, the second waits for the first to end
/// the process.
pub fn leave(resume: Option<String>) -> ! {
    if LEAVING.swap(true, Ordering::SeqCst) {
        loop {
            std::thread::park();
        }
    }
    let _guard = WRITE_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    restore_terminal();
    let resume = resume.map(Resume::now);
    crate::output::stderr(&Error::Interrupted { resume }.to_string());
    if let Some(words) = crate::crisis::parting() {
        let words = crate::text::wrap(words, crate::text::width(), "");
        crate::output::stderr(&format!("\n{words}"));
    }
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
