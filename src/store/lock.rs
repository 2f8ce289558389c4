//! One iop-check at a time per data folder.
//!
//! Why: two runs on one folder would overwrite each other's draft, and a
//! run that finishes deletes the draft the other is still filling in. A
//! command that writes to the data folder (a run that saves, `forget`)
//! takes an advisory lock (`File::try_lock`, `flock` on Linux) on the file `lock` in the folder for as
//! long as the process lives; a second one is told, in plain words, that
//! another iop-check is open there. The kernel lets go of the lock when the
//! process ends, however it ends (`kill -9` too), so it can never be left
//! stuck. Commands that only read (`history`, `summary`) do not take it:
//! every file is replaced in one step, so they always see a whole file.

use std::fs::{File, OpenOptions, TryLockError};
use std::os::unix::fs::OpenOptionsExt;

use super::DataDir;
use crate::error::{Error, Result};

/// The lock file's name in the data folder. It holds nothing; `forget
/// --all` leaves it (deleting it would not release a lock held on it).
pub const LOCK_FILE: &str = "lock";

/// The lock, held until this is dropped (or the process ends).
#[derive(Debug)]
pub struct DataLock {
    _file: File,
}

/// Takes the data folder's lock without waiting, creating the folder (0700)
/// first if needed.
pub fn take(dir: &DataDir) -> Result<DataLock> {
    dir.ensure()?;
    let path = dir.file(LOCK_FILE);
    if let Ok(meta) = std::fs::symlink_metadata(&path) {
        // A lock file someone else made (in a shared folder) would stop
        // every run with a bare "Permission denied": say what it is.
        if !meta.file_type().is_symlink() {
            super::check_saved_file(&path, &meta, "use the lock file")?;
        }
    }
    let file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        // Never follow a symlink planted in place of the lock file.
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(&path)
        .map_err(|e| Error::io("open the lock file", &path, e))?;
    match file.try_lock() {
        Ok(()) => Ok(DataLock { _file: file }),
        Err(TryLockError::WouldBlock) => Err(Error::Locked {
            path: dir.path.clone(),
        }),
        Err(TryLockError::Error(e)) => Err(Error::io("lock", &path, e)),
    }
}

/// [`take`], then [`remove_stray_temp_files`]: how a command that saves
/// answers (a run, `programs add` and `edit`) starts. (`forget --all`
/// takes the lock alone: it lists the leftovers it deletes.)
pub fn take_and_tidy(dir: &DataDir) -> Result<DataLock> {
    let lock = take(dir)?;
    remove_stray_temp_files(dir, std::time::SystemTime::now());
    Ok(lock)
}

/// Deletes what a save cut short (`kill -9`, a power cut) left behind: the
/// temporary files of iop-check's own pattern ([`crate::files::is_own_temp`])
/// in the data folder and its check-ins folder that are older than this
/// run. Called with the lock held, so no other iop-check is writing there;
/// only ordinary files of the person's own are deleted, and a failure to
/// delete one is not an error (the next run tries again).
pub fn remove_stray_temp_files(dir: &DataDir, started: std::time::SystemTime) {
    use std::os::unix::fs::MetadataExt;
    // SAFETY: getuid cannot fail.
    let me = unsafe { libc::getuid() };
    for folder in [dir.path.clone(), dir.file(super::checkins::CHECKINS_DIR)] {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for e in entries.flatten() {
            if !crate::files::is_own_temp(&e.file_name().to_string_lossy()) {
                continue;
            }
            let Ok(meta) = e.path().symlink_metadata() else {
                continue;
            };
            let old = meta.modified().is_ok_and(|m| m < started);
            if meta.file_type().is_file() && meta.uid() == me && old {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}
