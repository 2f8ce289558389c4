//! Where iop-check keeps things on disk, and how it writes them.
//!
//! Everything lives in one data folder (0700), every file is 0600, and every
//! write is atomic ([`crate::files::write_atomic`]: temporary file, fsync,
//! rename, fsync of the folder), so a crash or `kill -9` leaves either the
//! old file or the new one, never half.

pub mod checkins;
pub mod draft;
pub mod lock;

use std::fs;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
/// Only `programs` still writes through this path; use `crate::files`.
pub use crate::files::write_atomic;

/// The data folder: `--data-dir`, or `$XDG_DATA_HOME/iop-check` (etcetera's
/// base strategy: XDG on every Unix, macOS included).
#[derive(Debug, Clone)]
pub struct DataDir {
    pub path: PathBuf,
}

impl DataDir {
    /// Works out where the folder is. It is created only when first written.
    pub fn locate(over: Option<&Path>) -> Result<DataDir> {
        if let Some(p) = over {
            return Ok(DataDir {
                path: p.to_path_buf(),
            });
        }
        use etcetera::BaseStrategy;
        let base = etcetera::choose_base_strategy()
            .map_err(|_| Error::Cannot(crate::i18n::Said::new("no-home-folder")))?;
        Ok(DataDir {
            path: base.data_dir().join("iop-check"),
        })
    }

    /// Creates the folder (0700) if needed, and makes sure only you can use
    /// it.
    ///
    /// A folder that already exists has its mode tightened to 0700 only when
    /// it is yours and not a shared folder: a folder with the sticky bit (such
    /// as /tmp, mode 1777) or one owned by someone else was made for others
    /// too, and taking their access away would break it for them. There the
    /// files iop-check writes are still private (0600, check-ins in a 0700
    /// folder), though others may see their names.
    pub fn ensure(&self) -> Result<()> {
        if !self.path.is_dir() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(&self.path)
                .map_err(|e| Error::io("create the data folder", &self.path, e))?;
        }
        let meta = fs::metadata(&self.path)
            .map_err(|e| Error::io("read the data folder", &self.path, e))?;
        make_private(&self.path, &meta, "make private the data folder")
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.path.join(name)
    }
}

/// Sets a folder of ours to 0700 if others may use it. Folders with the
/// sticky bit, and folders of other users, are left as they are (see
/// [`DataDir::ensure`]).
fn make_private(path: &Path, meta: &fs::Metadata, action: &'static str) -> Result<()> {
    use std::os::unix::fs::MetadataExt;
    let mode = meta.permissions().mode();
    // SAFETY: getuid cannot fail.
    let mine = meta.uid() == unsafe { libc::getuid() };
    let shared = mode & 0o1000 != 0;
    if mode & 0o077 != 0 && mine && !shared {
        fs::set_permissions(path, fs::Permissions::from_mode(0o700))
            .map_err(|e| Error::io(action, path, e))?;
    }
    Ok(())
}

/// The largest saved file that is read (see [`crate::size::MAX_SAVED_BYTES`]).
pub use crate::size::MAX_SAVED_BYTES;

/// Refuses to write a saved file larger than [`MAX_SAVED_BYTES`]: it could
/// not be read back. Checked before anything is replaced or deleted. A
/// bank that `validate` accepts never gets here (see
/// `bank::validate::limits`); this is the backstop.
pub fn check_saved_size(path: &Path, bytes: &[u8], action: &'static str) -> Result<()> {
    let size = bytes.len() as u64;
    if size <= MAX_SAVED_BYTES {
        return Ok(());
    }
    let (size, max) = crate::size::sizes(size, MAX_SAVED_BYTES);
    Err(Error::io(
        action,
        path,
        std::io::Error::other(
            crate::i18n::Said::new("saved-would-be-too-large")
                .arg("size", size)
                .arg("max", max),
        ),
    ))
}

/// Reads a saved file (draft or check-in) whole, unless it is larger than
/// [`MAX_SAVED_BYTES`]: then [`Error::Corrupt`], naming both sizes. A
/// missing file is `Ok(None)`.
///
/// The file is opened without waiting (`O_NONBLOCK`), so a named pipe or a
/// device put in its place can never hang iop-check, and it is read only
/// if it is an ordinary file (see [`check_saved_file`]).
pub fn read_saved(path: &Path, action: &'static str) -> Result<Option<Vec<u8>>> {
    use std::io::Read;
    use std::os::unix::fs::OpenOptionsExt;
    let file = match fs::OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_CLOEXEC)
        .open(path)
    {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(action, path, e)),
    };
    let meta = file.metadata().map_err(|e| Error::io(action, path, e))?;
    check_saved_file(path, &meta, action)?;
    let too_large = |size: u64| {
        let (size, max) = crate::size::sizes(size, MAX_SAVED_BYTES);
        Error::Corrupt {
            path: path.to_path_buf(),
            detail: crate::i18n::Said::new("saved-too-large")
                .arg("size", size)
                .arg("max", max),
        }
    };
    let size = meta.len();
    if size > MAX_SAVED_BYTES {
        return Err(too_large(size));
    }
    let mut bytes = Vec::new();
    // One byte past the limit, so that a file that grows meanwhile is caught.
    file.take(MAX_SAVED_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(action, path, e))?;
    if bytes.len() as u64 > MAX_SAVED_BYTES {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(Some(bytes))
}

/// Refuses a file in the data folder that iop-check cannot have written:
/// anything but an ordinary file (a named pipe, a device, a folder), and,
/// in a folder that others may write to (a shared folder such as /tmp, or
/// one that belongs to someone else), a file that belongs to someone else,
/// which may have been put there to be taken for the person's own.
pub fn check_saved_file(path: &Path, meta: &fs::Metadata, action: &'static str) -> Result<()> {
    use std::os::unix::fs::{FileTypeExt, MetadataExt};
    let t = meta.file_type();
    if !t.is_file() {
        let what = if t.is_fifo() {
            "fifo"
        } else if t.is_dir() {
            "folder"
        } else if t.is_socket() {
            "socket"
        } else {
            "device"
        };
        return Err(Error::io(
            action,
            path,
            std::io::Error::other(crate::i18n::Said::new("saved-not-a-file").arg("what", what)),
        ));
    }
    // SAFETY: getuid cannot fail.
    let me = unsafe { libc::getuid() };
    if meta.uid() != me && shared_folder(path) {
        return Err(Error::io(
            action,
            path,
            std::io::Error::other(
                crate::i18n::Said::new("saved-not-yours").arg("uid", meta.uid().to_string()),
            ),
        ));
    }
    Ok(())
}

/// Whether others than the person may put files in the folder of `path`:
/// it is writable by its group or everyone (a sticky /tmp too), or it
/// belongs to someone else.
pub fn shared_folder(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    match fs::metadata(dir) {
        // SAFETY: getuid cannot fail.
        Ok(m) => m.mode() & 0o022 != 0 || m.uid() != unsafe { libc::getuid() },
        Err(_) => true,
    }
}
