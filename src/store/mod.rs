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
        let base = etcetera::choose_base_strategy().map_err(|_| {
            Error::Usage(
                "could not find your home folder to keep your answers in. Choose a folder with --data-dir DIR, or use --no-save to keep nothing".into(),
            )
        })?;
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

/// The largest draft or check-in that is read. Each is a few KiB (a kept
/// check-in of the small test bank is 1.6 KiB); anything far larger was
/// not written by iop-check, and is refused before it costs time or memory.
pub const MAX_SAVED_BYTES: u64 = 16 * 1024 * 1024;

/// Reads a saved file (draft or check-in) whole, unless it is larger than
/// [`MAX_SAVED_BYTES`]: then [`Error::Corrupt`], naming both sizes. A
/// missing file is `Ok(None)`.
pub fn read_saved(path: &Path, action: &'static str) -> Result<Option<Vec<u8>>> {
    use std::io::Read;
    let file = match fs::File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(Error::io(action, path, e)),
    };
    let too_large = |size: u64| Error::Corrupt {
        path: path.to_path_buf(),
        detail: format!(
            "it is {}, larger than the {} a saved file can be, so it was not read",
            crate::files::human_size(size),
            crate::files::human_size(MAX_SAVED_BYTES)
        ),
    };
    let size = file
        .metadata()
        .map_err(|e| Error::io(action, path, e))?
        .len();
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
