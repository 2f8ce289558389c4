//! Writing results: to stdout (a closed pipe, as in `| head`, is not an
//! error) or atomically to a file of the person's choosing, as 0600.

use std::io::{IsTerminal, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// Writes to stdout. A reader that went away (broken pipe) ends quietly.
pub fn stdout(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("write to", "standard output", e)),
    }
}

/// Writes a line to stderr, ignoring failure: there is nowhere left to report
/// it. Messages may quote file names or file contents, so they are cleaned of
/// terminal escapes here, for every caller.
pub fn stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", crate::text::clean(text));
}

/// Writes a result to `--output FILE` (atomically, 0600) or to stdout.
pub fn emit(text: &str, file: Option<&Path>) -> Result<()> {
    match file {
        Some(path) => crate::store::write_atomic(path, text.as_bytes()),
        None => stdout(text),
    }
}

/// The width to wrap stdout text to: the terminal's, or 80 for files and pipes.
pub fn stdout_width() -> usize {
    if std::io::stdout().is_terminal() {
        console::Term::stdout()
            .size_checked()
            .map_or(80, |(_, c)| usize::from(c))
            .clamp(20, 100)
    } else {
        80
    }
}
