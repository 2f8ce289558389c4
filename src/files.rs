//! Reading text files that a person points iop-check at (banks, answers
//! files), refusing anything that is not a reasonable text file before it
//! can cost time or memory; and writing files atomically, as 0600, for the
//! data folder and for results alike.

use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use crate::error::{self, Error};
use crate::i18n::{Lang, Messages, Said};
use crate::problem::{Place, Problem};
use crate::signals::WRITE_LOCK;
use crate::size::{human_size, sizes};

/// Reads `path` as UTF-8 text of at most `limit` bytes. Every failure is a
/// one-line [`Problem`] that says what to do (in English: a bank's).
pub fn read_text(path: &Path, limit: u64) -> Result<String, Problem> {
    read_text_in(path, limit, Lang::En)
}

/// [`read_text`], the problem said in `lang` (an answers file's).
pub fn read_text_in(path: &Path, limit: u64, lang: Lang) -> Result<String, Problem> {
    let name = path.display().to_string();
    read_said(path, limit)
        .map_err(|(place, said)| Problem::new(&name, place, said.say(&Messages::new(lang))))
}

/// [`read_text`], why not as words to say in any language.
fn read_said(path: &Path, limit: u64) -> Result<String, (Place, Said)> {
    let fail = |said: Said| (Place::File, said);
    let meta = std::fs::metadata(path).map_err(|e| fail(open_problem(&e)))?;
    if meta.is_dir() {
        return Err(fail(Said::new("file-is-folder")));
    }
    if meta.len() > limit {
        let (size, max) = sizes(meta.len(), limit);
        return Err(fail(
            Said::new("file-too-large")
                .arg("size", size)
                .arg("max", max),
        ));
    }
    // Opened without waiting: a named pipe that nobody writes to would
    // otherwise block the open forever. A pipe that does have a writer
    // (`--answers <(…)`) is then read as usual, waiting for its data.
    let file = {
        use std::os::unix::fs::OpenOptionsExt;
        std::fs::OpenOptions::new()
            .read(true)
            .custom_flags(libc::O_NONBLOCK | libc::O_CLOEXEC)
            .open(path)
            .map_err(|e| fail(open_problem(&e)))?
    };
    {
        use std::os::fd::AsRawFd;
        let fd = file.as_raw_fd();
        // SAFETY: reads and sets the status flags of a descriptor we own.
        unsafe {
            let flags = libc::fcntl(fd, libc::F_GETFL);
            if flags >= 0 {
                libc::fcntl(fd, libc::F_SETFL, flags & !libc::O_NONBLOCK);
            }
        }
    }
    let mut bytes = Vec::new();
    // Read one byte past the limit so that a growing file or a device is caught too.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(Said::new("file-cannot-read").arg("detail", e.to_string())))?;
    if bytes.len() as u64 > limit {
        return Err(fail(
            Said::new("file-grew-too-large").arg("max", human_size(limit)),
        ));
    }
    text_said(bytes)
}

/// Checks that bytes are UTF-8 text, naming the line and column of the first
/// byte that is not.
pub fn text_from_bytes(name: &str, bytes: Vec<u8>) -> Result<String, Problem> {
    text_said(bytes).map_err(|(place, said)| Problem::new(name, place, said.to_string()))
}

/// [`text_from_bytes`], why not as words to say in any language.
fn text_said(bytes: Vec<u8>) -> Result<String, (Place, Said)> {
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let good = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let (line, col) = line_col(&String::from_utf8_lossy(&bytes[..good]));
            return Err((
                Place::LineCol(line, col),
                Said::new("file-not-utf8").arg("byte", format!("0x{:02X}", bytes[good])),
            ));
        }
    };
    if let Some(i) = text.find('\0') {
        let (line, col) = line_col(&text[..i]);
        return Err((Place::LineCol(line, col), Said::new("file-binary")));
    }
    Ok(text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text))
}

/// The line and column (both from 1) just after `prefix`.
fn line_col(prefix: &str) -> (usize, usize) {
    let line = prefix.matches('\n').count() + 1;
    let col = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

fn open_problem(e: &std::io::Error) -> Said {
    match e.kind() {
        std::io::ErrorKind::NotFound => Said::new("file-not-found"),
        std::io::ErrorKind::PermissionDenied => Said::new("file-permission-denied"),
        _ => Said::new("file-cannot-open").arg("detail", e.to_string()),
    }
}

/// Replaces `path` with `bytes` atomically, as a 0600 file.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> error::Result<()> {
    let _guard = WRITE_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    write_atomic_locked(path, bytes, true)
}

/// [`write_atomic`] of what `write` writes, for a result too large to
/// hold whole in memory first (a bank's FHIR Questionnaire).
pub fn write_atomic_with(
    path: &Path,
    write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> error::Result<()> {
    let _guard = WRITE_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    write_atomic_with_locked(path, true, write)
}

/// Writes `bytes` as a new 0600 file in `dir`, under the first of `names`
/// that no file has yet, and returns that name. The name is claimed by the
/// rename itself (`renameat2(RENAME_NOREPLACE)` or a hard link), never by a
/// look first, so two writers can never get the same one.
pub fn write_new(
    dir: &Path,
    names: impl IntoIterator<Item = String>,
    bytes: &[u8],
) -> error::Result<String> {
    let _guard = WRITE_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut tmp = new_temp(dir, "new")
        .and_then(|mut t| {
            t.write_all(bytes)?;
            t.as_file().sync_all()?;
            Ok(t)
        })
        .map_err(|e| Error::io("write in", dir, e))?;
    for name in names {
        let path = dir.join(&name);
        match tmp.persist_noclobber(&path) {
            Ok(_) => {
                if let Ok(d) = fs::File::open(dir) {
                    let _ = d.sync_all();
                }
                return Ok(name);
            }
            Err(e) if e.error.kind() == std::io::ErrorKind::AlreadyExists => tmp = e.file,
            Err(e) => return Err(Error::io("write", path, e.error)),
        }
    }
    Err(Error::io(
        "write in",
        dir,
        std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            "every name tried is already taken",
        ),
    ))
}

/// A new, empty temporary file in `dir` for `name` (see [`TEMP_PREFIX`]).
fn new_temp(dir: &Path, name: &str) -> std::io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(&format!("{TEMP_PREFIX}{name}."))
        .suffix(TEMP_SUFFIX)
        .permissions(fs::Permissions::from_mode(0o600))
        .tempfile_in(dir)
}

/// The start and end of every temporary file's name: `.NAME.` + random
/// letters + `.tmp`, next to the file it will replace. `forget --all` looks
/// for these to delete what a crashed save left behind.
pub const TEMP_PREFIX: &str = ".";
pub const TEMP_SUFFIX: &str = ".tmp";

/// Whether `name` is one of our temporary files (see [`TEMP_PREFIX`]).
pub fn is_temp_name(name: &str) -> bool {
    name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX) && name.len() > 5
}

/// Whether `name` is exactly a temporary file iop-check makes in its data
/// folder: `.draft.json.`, `.programs.json.`, `.lock.` or (for check-ins)
/// `.new.`, then tempfile's six random letters (a process id in older
/// versions), then `.tmp`. Stricter than
/// [`is_temp_name`], because files of this pattern are deleted at start
/// (by `store::lock::take_and_tidy`) without asking.
///
/// ```
/// use iop_check::files::is_own_temp;
/// assert!(is_own_temp(".draft.json.Ab12cD.tmp"));
/// assert!(is_own_temp(".new.x9Y8z7.tmp"));
/// assert!(!is_own_temp(".notes.txt.Ab12cD.tmp"));
/// assert!(is_own_temp(".draft.json.4242.tmp"));
/// assert!(!is_own_temp(".draft.json.tmp"));
/// ```
pub fn is_own_temp(name: &str) -> bool {
    let Some(inner) = name
        .strip_prefix(TEMP_PREFIX)
        .and_then(|n| n.strip_suffix(TEMP_SUFFIX))
    else {
        return false;
    };
    let Some((base, random)) = inner.rsplit_once('.') else {
        return false;
    };
    // Six random letters now; a process id in older versions.
    (1..=10).contains(&random.len())
        && random.chars().all(|c| c.is_ascii_alphanumeric())
        && ["draft.json", "programs.json", "new", "lock"].contains(&base)
}

/// [`write_atomic`], for a caller that already holds [`WRITE_LOCK`].
///
/// The one place where iop-check makes a temporary file. `tempfile` gives it
/// a random name and creates it exclusively (`O_EXCL`, so an existing file or
/// a planted symlink is never opened) as 0600, so nothing planted in a shared
/// folder can redirect the write or make the result readable by others. The
/// rename replaces `path` itself: a symlink there is replaced, not followed
/// (as `sed -i` does).
///
/// With `durable`, the file and the rename are flushed to the disk
/// (`fsync`) before this returns, so they survive a power cut too. Without
/// it they are not, but the replacement is just as atomic for every other
/// way a process can end (`kill -9`, Ctrl-C, a crash): the kernel has the
/// new file either way. (The draft's saves skip the flush when answers
/// come faster than anyone types; see `store::draft`.)
pub(crate) fn write_atomic_locked(path: &Path, bytes: &[u8], durable: bool) -> error::Result<()> {
    write_atomic_with_locked(path, durable, &mut |w| w.write_all(bytes))
}

fn write_atomic_with_locked(
    path: &Path,
    durable: bool,
    write: &mut dyn FnMut(&mut dyn Write) -> std::io::Result<()>,
) -> error::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let result = (|| {
        let mut tmp = new_temp(dir, &name)?;
        {
            let mut w = std::io::BufWriter::new(tmp.as_file_mut());
            write(&mut w)?;
            w.flush()?;
        }
        if durable {
            tmp.as_file().sync_all()?;
        }
        // On failure the temporary file is deleted when `tmp` is dropped.
        tmp.persist(path).map_err(|e| e.error)?;
        // Make the rename itself durable.
        if durable && let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    result.map_err(|e: std::io::Error| Error::io("write", path, e))
}
