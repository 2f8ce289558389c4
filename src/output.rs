//! Writing results: to stdout (a closed pipe, as in `| head`, is not an
//! error) or to a file of the person's choosing: a regular file is replaced
//! atomically, as 0600; a device, pipe or FIFO (`/dev/null`, `/dev/stdout`,
//! a named pipe) is written directly, as a shell's `>` would.

use std::io::{IsTerminal, Write};
use std::os::unix::fs::FileTypeExt;
use std::path::Path;

use crate::error::{Error, Result};

/// Writes to stdout. A reader that went away (broken pipe) ends quietly.
pub fn stdout(text: &str) -> Result<()> {
    let text = crate::text::strip_bidi(text);
    stdout_with(&mut |w| w.write_all(text.as_bytes()))
}

/// [`stdout`] of what `write` writes, through a buffer.
fn stdout_with(write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>) -> Result<()> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut out).and_then(|_| out.flush()) {
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

/// Writes a result to `--output FILE` (see [`to_file`]) or to stdout.
pub fn emit(text: &str, file: Option<&Path>) -> Result<()> {
    match file {
        Some(path) => to_file(path, text),
        None => stdout(text),
    }
}

/// [`emit`] of what `write` writes as it goes, for a result too large to
/// hold whole in memory first. Everything `write` writes must already be
/// clean (see [`crate::text::clean_json`]): it does not pass through
/// [`crate::text::strip_bidi`] as a whole.
pub fn emit_with(
    file: Option<&Path>,
    mut write: impl FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match file {
        Some(path) => to_file_with(path, &mut write),
        None => stdout_with(&mut write),
    }
}

/// Writes `text` to a file the person named. A new or regular file is
/// replaced atomically, as 0600 (a half-written summary is never left).
/// Anything else that exists (a device such as /dev/null or /dev/full, a
/// FIFO, a terminal, /dev/stdout) is written directly: renaming a new file
/// over it would destroy it and send the output nowhere. Paths under /dev
/// and /proc are always written directly, because /dev/stdout may stand for
/// a regular file that the shell opened, which must not be replaced.
///
/// Nothing written directly is truncated. `/dev/stdout`, `/dev/stderr` and
/// `/dev/fd/N` (or `/proc/self/fd/N`) are written through the descriptor
/// the shell set up, so `-o /dev/stdout >> log` appends to `log` exactly as
/// `>> log` alone would, and `> log` writes from where the shell left off;
/// any other target is opened for appending, never with O_TRUNC.
pub fn to_file(path: &Path, text: &str) -> Result<()> {
    let text = crate::text::strip_bidi(text);
    to_file_with(path, &mut |w| w.write_all(text.as_bytes()))
}

fn to_file_with(
    path: &Path,
    write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let special = path.starts_with("/dev") || path.starts_with("/proc");
    let kind = std::fs::metadata(path).map(|m| m.file_type());
    let direct = match &kind {
        Ok(t) if t.is_dir() => {
            return Err(Error::io(
                "write",
                path,
                std::io::Error::new(
                    std::io::ErrorKind::IsADirectory,
                    "this is a folder; name a file inside it instead",
                ),
            ));
        }
        Ok(t) => {
            special || t.is_char_device() || t.is_fifo() || t.is_socket() || t.is_block_device()
        }
        Err(_) => special,
    };
    if !direct {
        return crate::files::write_atomic_with(path, write);
    }
    let result = match inherited_fd(path) {
        Some(fd) => {
            let mut w = std::io::BufWriter::new(FdWriter(fd));
            write(&mut w).and_then(|_| w.flush())
        }
        None => std::fs::OpenOptions::new()
            .append(true)
            .open(path)
            .and_then(|f| {
                let mut w = std::io::BufWriter::new(f);
                write(&mut w).and_then(|_| w.flush())
            }),
    };
    match result {
        Ok(()) => Ok(()),
        // A reader of a FIFO that went away is like `| head`: not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Error::io("write", path, e)),
    }
}

/// The descriptor a path names that this process already holds open:
/// `/dev/stdout` (1), `/dev/stderr` (2), `/dev/fd/N`, `/proc/self/fd/N`.
fn inherited_fd(path: &Path) -> Option<i32> {
    let s = path.to_str()?;
    let fd = match s {
        "/dev/stdout" => 1,
        "/dev/stderr" => 2,
        _ => s
            .strip_prefix("/dev/fd/")
            .or_else(|| s.strip_prefix("/proc/self/fd/"))?
            .parse()
            .ok()?,
    };
    // SAFETY: F_GETFL only asks about the descriptor; -1 means it is not open.
    let flags = unsafe { libc::fcntl(fd, libc::F_GETFL) };
    (flags >= 0 && flags & libc::O_ACCMODE != libc::O_RDONLY).then_some(fd)
}

/// Writes to a descriptor this process holds, without closing it.
struct FdWriter(i32);

impl Write for FdWriter {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        // SAFETY: writes from a live slice to a descriptor that is open.
        let n = unsafe { libc::write(self.0, bytes.as_ptr().cast(), bytes.len()) };
        if n < 0 {
            return Err(std::io::Error::last_os_error());
        }
        Ok(n as usize)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
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
