//! Kept check-ins: one JSON file per finished run, in `checkins/` inside the
//! data folder. Each holds the whole assessment (the JSON summary format),
//! so it can be shown again even if the bank has changed since.

use std::fs;
use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
use std::path::{Path, PathBuf};

use super::DataDir;
use crate::error::{Error, Result};
use crate::files::write_new;
use crate::score::Assessment;

pub const CHECKINS_DIR: &str = "checkins";

/// A kept check-in: its id (the file name without `.json`) and contents.
#[derive(Debug, Clone)]
pub struct CheckIn {
    pub id: String,
    pub path: PathBuf,
    pub assessment: Assessment,
}

fn dir(data: &DataDir) -> PathBuf {
    data.file(CHECKINS_DIR)
}

/// An id from the time: `20261127-142501`, sortable and readable.
fn new_id(created: &str) -> String {
    match created.parse::<jiff::Timestamp>() {
        Ok(ts) => ts.strftime("%Y%m%d-%H%M%S").to_string(),
        Err(_) => "checkin".to_string(),
    }
}

/// Keeps a check-in; returns its id.
pub fn save(data: &DataDir, a: &Assessment) -> Result<String> {
    let d = dir(data);
    ensure_folder(
        data,
        &d,
        [
            "create the check-ins folder",
            "read the check-ins folder",
            "make private the check-ins folder",
        ],
    )?;
    let json = serde_json::to_vec_pretty(a).map_err(|e| Error::Internal {
        what: "check-in",
        detail: e.to_string(),
    })?;
    super::check_saved_size(&d, &json, "keep the check-in in")?;
    write_numbered(&d, &new_id(&a.created), &json)
}

/// Makes `d`, a folder inside the data folder, if it is missing (another
/// process making it at the same moment is fine), refuses it if it is a
/// link or not a folder, and makes it private (0700). `actions` name, in
/// a message, creating, reading and making private the folder.
pub(crate) fn ensure_folder(data: &DataDir, d: &Path, actions: [&'static str; 3]) -> Result<()> {
    let [create, read, private] = actions;
    data.ensure()?;
    match fs::DirBuilder::new().mode(0o700).create(d) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let meta = fs::symlink_metadata(d).map_err(|e| Error::io(read, d, e))?;
            check_real_folder(d, &meta)?;
            // It lives in the data folder, so it is ours: only you may use it.
            if meta.permissions().mode() & 0o077 != 0 {
                fs::set_permissions(d, fs::Permissions::from_mode(0o700))
                    .map_err(|e| Error::io(private, d, e))?;
            }
            Ok(())
        }
        Err(e) => Err(Error::io(create, d, e)),
    }
}

/// Writes `json` into `d` as `{base}.json`, or `{base}-2.json`, `-3`, …
/// when that is taken; returns the name without `.json`. The name is
/// claimed when the file is put in place, so it is unique even between
/// processes.
pub(crate) fn write_numbered(d: &Path, base: &str, json: &[u8]) -> Result<String> {
    let names = (1..=10_000).map(|n| {
        if n == 1 {
            format!("{base}.json")
        } else {
            format!("{base}-{n}.json")
        }
    });
    let name = write_new(d, names, json)?;
    Ok(name.trim_end_matches(".json").to_string())
}

/// Refuses a `checkins` that is a symbolic link (or not a folder): check-ins
/// are kept only in a real folder inside the data folder, never wherever a
/// link points.
pub(crate) fn check_real_folder(d: &Path, meta: &fs::Metadata) -> Result<()> {
    if meta.is_dir() {
        return Ok(());
    }
    let what = if meta.file_type().is_symlink() {
        "it is a symbolic link, not a folder"
    } else {
        "it is not a folder"
    };
    Err(Error::io(
        "use the check-ins folder",
        d,
        std::io::Error::other(format!(
            "{what}; iop-check keeps check-ins only in a real folder inside the data folder. Move it aside, then run iop-check again"
        )),
    ))
}

/// Reads one check-in file.
pub fn read(path: &Path) -> Result<Assessment> {
    let bytes = super::read_saved(path, "read the check-in")?.ok_or_else(|| {
        Error::io(
            "read the check-in",
            path,
            std::io::ErrorKind::NotFound.into(),
        )
    })?;
    Assessment::from_json(&bytes).map_err(|e| Error::Corrupt {
        path: path.to_path_buf(),
        detail: crate::i18n::Said::plain(e.to_string()),
    })
}

/// The `.json` files in `d` (a folder of kept files named by
/// [`write_numbered`]), in the order they were made; none when `d` is
/// missing. A `d` that is a link or not a folder is refused; `action` names
/// reading the folder in a message.
pub(crate) fn json_files(d: &Path, action: &'static str) -> Result<Vec<PathBuf>> {
    if let Ok(meta) = fs::symlink_metadata(d) {
        check_real_folder(d, &meta)?;
    }
    let entries = match fs::read_dir(d) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(action, d, e)),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    // In time order: "20261127-142501-2" (a second check-in in the same
    // second) comes after "20261127-142501", which a plain sort of the
    // file names would put last ('-' sorts before '.').
    paths.sort_by_key(|p| {
        let stem = p
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut parts = stem.splitn(3, '-');
        let base = format!(
            "{}-{}",
            parts.next().unwrap_or_default(),
            parts.next().unwrap_or_default()
        );
        match parts.next().map(str::parse::<u32>) {
            Some(Ok(n)) => (base, n, stem),
            Some(Err(_)) => (stem.clone(), 0, stem),
            None => (base, 1, stem),
        }
    });
    Ok(paths)
}

/// Every kept check-in, oldest first. Files that cannot be read are skipped
/// and named in the second list, so one damaged file does not hide the rest.
pub fn list(data: &DataDir) -> Result<(Vec<CheckIn>, Vec<PathBuf>)> {
    let paths = json_files(&dir(data), "read the check-ins folder")?;
    let (mut ok, mut bad) = (Vec::new(), Vec::new());
    for path in paths {
        let id = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        match read(&path) {
            Ok(assessment) => ok.push(CheckIn {
                id,
                path,
                assessment,
            }),
            Err(_) => bad.push(path),
        }
    }
    Ok((ok, bad))
}

/// Finds a check-in by id (or the latest when `id` is None).
pub fn find(data: &DataDir, id: Option<&str>) -> Result<CheckIn> {
    let (all, _) = list(data)?;
    let found = match id {
        None => all.last().cloned(),
        Some(id) => all.iter().find(|c| c.id == id).cloned(),
    };
    found.ok_or_else(|| match id {
        None => Error::Cannot(
            crate::i18n::Said::new("no-check-ins-in").arg("path", data.path.display().to_string()),
        ),
        Some(id) => Error::Cannot(crate::i18n::Said::new("no-check-in").arg("id", id)),
    })
}

/// Deletes one check-in.
pub fn remove(c: &CheckIn) -> Result<()> {
    fs::remove_file(&c.path).map_err(|e| Error::io("delete the check-in", &c.path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assessment(created: &str) -> Assessment {
        let bank = crate::bank::builtin().expect("the built-in bank loads");
        let mut a = crate::score::score(&bank, &crate::answers::Answers::default());
        a.created = created.into();
        a
    }

    #[test]
    fn checkins_kept_in_the_same_second_get_their_own_ids_in_order() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let data = DataDir {
            path: tmp.path().join("data"),
        };
        // Three check-ins with the very same time, as fast runs (or tests)
        // make them: none waits, none replaces another.
        let ids: Vec<String> = ["a", "b", "c"]
            .iter()
            .map(|name| {
                let mut a = assessment("2026-11-27T14:25:01.250Z");
                a.name = Some((*name).into());
                save(&data, &a).expect("kept")
            })
            .collect();
        assert_eq!(
            ids,
            ["20261127-142501", "20261127-142501-2", "20261127-142501-3"]
        );
        // An id from an older version (no suffix), a second later, and one
        // from the second before: all listed in time order.
        let d = data.file(CHECKINS_DIR);
        let json = serde_json::to_vec(&assessment("2026-11-27T14:25:02Z")).expect("JSON");
        fs::write(d.join("20261127-142502.json"), &json).expect("writes");
        fs::write(d.join("20261127-142500.json"), &json).expect("writes");
        let (all, bad) = list(&data).expect("lists");
        assert!(bad.is_empty(), "{bad:?}");
        let listed: Vec<&str> = all.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(
            listed,
            [
                "20261127-142500",
                "20261127-142501",
                "20261127-142501-2",
                "20261127-142501-3",
                "20261127-142502"
            ]
        );
        let names: Vec<Option<&str>> = all[1..4]
            .iter()
            .map(|c| c.assessment.name.as_deref())
            .collect();
        assert_eq!(names, [Some("a"), Some("b"), Some("c")]);
        assert_eq!(
            find(&data, None).expect("latest").id,
            "20261127-142502",
            "the latest is the last in time"
        );
    }
}
