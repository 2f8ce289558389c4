//! The data folder's hygiene: `forget --all` deletes what a crashed save
//! left; `checkins/` is never followed through a link and is kept 0700; a
//! shared folder given with --data-dir keeps its mode (and sticky bit); an
//! empty IOP_CHECK_DATA_DIR means "not set".

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::{Output, Run};

const BANK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/banks/valid/small.yaml");
/// Answers for the small bank, ending with a name, "keep" and no copy.
const SCRIPT: &str = "1\n1\n4\n2\n10\nnotes\n\nSam\ny\n\n";

fn keep(data: &Path) -> Output {
    Run::new(["run", "--plain", "--bank", BANK])
        .data_dir(data)
        .env("NO_COLOR", "1")
        .stdin(SCRIPT)
        .run()
}

fn mode(p: &Path) -> u32 {
    std::fs::symlink_metadata(p)
        .expect("exists")
        .permissions()
        .mode()
        & 0o7777
}

fn names(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect()
        })
        .unwrap_or_default();
    v.sort();
    v
}

#[test]
fn forget_all_deletes_leftover_temporary_files() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    keep(&data).assert_code(0);
    // A save cut short leaves its temporary file, with answers in it: one
    // in the old naming (`.NAME.PID.tmp`), two in the current one.
    let leftovers: Vec<PathBuf> = vec![
        data.join(".draft.json.4242.tmp"),
        data.join(".draft.json.Xy12Ab.tmp"),
        data.join("checkins/.new.Qw34Er.tmp"),
    ];
    for p in &leftovers {
        std::fs::write(p, "{\"answers\": {\"safe-now\": \"no\"}}").expect("write");
    }
    let out = Run::new(["forget", "--all", "--yes"]).data_dir(&data).run();
    out.assert_code(0);
    assert_eq!(
        out.stdout,
        "Deleted 1 kept check-in and 3 leftover files from saves that did not finish.\n"
    );
    for p in &leftovers {
        assert!(!p.exists(), "{} is left", p.display());
    }
    assert_eq!(names(&data), vec!["checkins", "lock"]);
    assert!(names(&data.join("checkins")).is_empty());
}

#[test]
fn a_symlinked_checkins_folder_is_not_followed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let elsewhere = tmp.path().join("elsewhere");
    std::fs::create_dir_all(&data).expect("data");
    std::fs::create_dir_all(&elsewhere).expect("elsewhere");
    std::os::unix::fs::symlink(&elsewhere, data.join("checkins")).expect("symlink");
    let out = keep(&data);
    out.assert_code(1);
    let expected = format!(
        "error: could not use the check-ins folder {}: it is a symbolic link, not a folder; iop-check keeps check-ins only in a real folder inside the data folder. Move it aside, then run iop-check again.",
        data.join("checkins").display()
    );
    assert!(out.stderr.contains(&expected), "{}", out.stderr);
    assert!(
        names(&elsewhere).is_empty(),
        "nothing is written through the link"
    );
    let history = Run::new(["history"]).data_dir(&data).run();
    history.assert_code(1);
    assert!(history.stderr.contains(&expected), "{}", history.stderr);
}

#[test]
fn an_open_checkins_folder_is_made_private() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    std::fs::create_dir_all(data.join("checkins")).expect("folders");
    std::fs::set_permissions(
        data.join("checkins"),
        std::fs::Permissions::from_mode(0o755),
    )
    .expect("chmod");
    keep(&data).assert_code(0);
    assert_eq!(mode(&data.join("checkins")), 0o700);
    assert_eq!(mode(&data), 0o700);
}

#[test]
fn a_shared_sticky_folder_keeps_its_mode() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let shared = tmp.path().join("shared");
    std::fs::create_dir(&shared).expect("shared");
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).expect("chmod");
    keep(&shared).assert_code(0);
    assert_eq!(
        mode(&shared),
        0o1777,
        "the sticky bit and access of others stay"
    );
    // What iop-check puts there is still private.
    assert_eq!(mode(&shared.join("checkins")), 0o700);
    assert_eq!(mode(&shared.join("lock")), 0o600);
    for f in names(&shared.join("checkins")) {
        assert_eq!(mode(&shared.join("checkins").join(f)), 0o600);
    }
}

#[test]
fn an_empty_data_dir_variable_means_the_default_folder() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let xdg = tmp.path().join("xdg");
    let out = Run::new(["run", "--plain", "--bank", BANK])
        .env("IOP_CHECK_DATA_DIR", "")
        .env("XDG_DATA_HOME", &xdg)
        .env("HOME", tmp.path())
        .env("NO_COLOR", "1")
        .stdin(SCRIPT)
        .run();
    out.assert_code(0);
    let kept = names(&xdg.join("iop-check/checkins"));
    assert_eq!(kept.len(), 1);
    let id = kept[0].trim_end_matches(".json").to_string();
    let history = Run::new(["history"])
        .env("IOP_CHECK_DATA_DIR", "")
        .env("XDG_DATA_HOME", &xdg)
        .env("HOME", tmp.path())
        .run();
    history.assert_code(0);
    assert!(history.stdout.contains(&id), "{}", history.stdout);
}
