//! Kept weekly check-ins (`iop-check progress`): one JSON file per week in
//! `progress/` inside the data folder (0700, files 0600, written
//! atomically under a new name, as check-ins are), and the unfinished
//! week, `progress-draft.json`, saved after every answer.

use std::fs;
use std::path::PathBuf;

use super::Week;
use crate::error::{Error, Result};
use crate::files::write_atomic;
use crate::store::{self, DataDir};

pub const PROGRESS_DIR: &str = "progress";
pub const PROGRESS_DRAFT: &str = "progress-draft.json";

fn dir(data: &DataDir) -> PathBuf {
    data.file(PROGRESS_DIR)
}

fn to_json(w: &Week, what: &'static str) -> Result<Vec<u8>> {
    serde_json::to_vec_pretty(w).map_err(|e| Error::Internal {
        what,
        detail: e.to_string(),
    })
}

/// Keeps a week; returns its id (`20261127-142501`, `-2` for a second one
/// in the same second).
pub fn save(data: &DataDir, w: &Week) -> Result<String> {
    let d = dir(data);
    store::checkins::ensure_folder(
        data,
        &d,
        [
            "create the weekly check-ins folder",
            "read the weekly check-ins folder",
            "make private the weekly check-ins folder",
        ],
    )?;
    let base = match w.created.parse::<jiff::Timestamp>() {
        Ok(ts) => ts.strftime("%Y%m%d-%H%M%S").to_string(),
        Err(_) => "week".to_string(),
    };
    let json = to_json(w, "weekly check-in")?;
    store::check_saved_size(&d, &json, "keep the weekly check-in in")?;
    store::checkins::write_numbered(&d, &base, &json)
}

/// Kept weeks by id, oldest first, and files that could not be read.
pub type Listed = (Vec<(String, Week)>, Vec<PathBuf>);

/// Every kept week, oldest first, by id; files that cannot be read are
/// named in the second list, so one damaged file does not hide the rest.
pub fn list(data: &DataDir) -> Result<Listed> {
    let paths = store::checkins::json_files(&dir(data), "read the weekly check-ins folder")?;
    let (mut ok, mut bad) = (Vec::new(), Vec::new());
    for path in paths {
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let read = store::read_saved(&path, "read the weekly check-in")
            .ok()
            .flatten()
            .and_then(|b| serde_json::from_slice::<Week>(&b).ok());
        match read {
            Some(w) => ok.push((id, w)),
            None => bad.push(path),
        }
    }
    // In time order, whatever the file names say; weeks made in the same
    // second stay in the order they were made (`-2` before `-10`).
    ok.sort_by(|a, b| a.1.created.cmp(&b.1.created));
    Ok((ok, bad))
}

/// Every file `forget --all` deletes: the weeks, damaged ones too, and the
/// unfinished week.
pub fn files(data: &DataDir) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = fs::read_dir(dir(data))
        .map(|e| {
            e.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    let draft = data.file(PROGRESS_DRAFT);
    if draft.is_file() {
        out.push(draft);
    }
    out
}

/// The unfinished week, saved after every answer.
pub fn save_draft(data: &DataDir, w: &Week) -> Result<()> {
    data.ensure()?;
    let json = to_json(w, "weekly draft")?;
    let path = data.file(PROGRESS_DRAFT);
    store::check_saved_size(&path, &json, "save the weekly draft")?;
    write_atomic(&path, &json)
}

pub fn load_draft(data: &DataDir) -> Result<Option<Week>> {
    let path = data.file(PROGRESS_DRAFT);
    let Some(bytes) = store::read_saved(&path, "read the weekly draft")? else {
        return Ok(None);
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| Error::Corrupt {
            path,
            detail: crate::i18n::Said::plain(e.to_string()),
        })
}

/// The language of the unfinished week, if there is one that says: read
/// before the session opens (and without its lock), to choose the bank and
/// the screens, as `store::draft::language` does for the decision run. A
/// week saved before the language was kept was in English. Anything amiss
/// is left for [`load_draft`] to report.
pub fn language(data: &DataDir) -> Option<crate::i18n::Lang> {
    let bytes = fs::read(data.file(PROGRESS_DRAFT)).ok()?;
    let w: Week = serde_json::from_slice(&bytes).ok()?;
    Some(crate::i18n::Lang::of(
        w.bank.language.as_deref().unwrap_or("en"),
    ))
}

pub fn remove_draft(data: &DataDir) -> Result<()> {
    let path = data.file(PROGRESS_DRAFT);
    match fs::remove_file(&path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io("delete the weekly draft", &path, e)),
    }
}
