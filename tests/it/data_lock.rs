//! One iop-check at a time per data folder: a second run (or `forget`)
//! while one is open is refused with a clear message and exit code 6;
//! commands that only read go on. Runs started together lose no check-in,
//! and check-in ids stay unique even within one second.

use crate::common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use common::{BIN, EXPECT_TIMEOUT, Run};

const BANK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/banks/valid/small.yaml");
/// Answers for the small bank, ending with a name, "keep" and no copy.
const SCRIPT: &str = "1\n1\n4\n2\n10\nnotes\n\nSam\ny\n\n";
const LOCKED: i32 = 6;

fn locked_message(data: &Path) -> String {
    format!(
        "error: another iop-check is already open and using your saved answers in {}. It may be in another window or tab. Finish or close that one first, then try again. (Running two at once could mix up your answers.) To try something without touching your saved answers, add --no-save.\n",
        data.display()
    )
}

fn checkin_files(data: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(data.join("checkins"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// A plain run that waits at its first question, holding the lock, with
/// its stderr going to `log`. The caller waits for it.
#[allow(clippy::zombie_processes)]
fn start_waiting_run(data: &Path, log: &Path) -> Child {
    let mut child = Command::new(BIN)
        .args(["run", "--plain", "--bank", BANK])
        .env("IOP_CHECK_DATA_DIR", data)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(log).expect("log"))
        .spawn()
        .expect("start iop-check");
    let started = Instant::now();
    loop {
        let text = std::fs::read_to_string(log).unwrap_or_default();
        if text.contains("Are you thinking about harming yourself right now?") {
            return child;
        }
        if started.elapsed() > EXPECT_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the first run never showed its first question:\n{text}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_second_run_on_the_same_folder_is_refused_while_one_is_open() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut first = start_waiting_run(&data, &tmp.path().join("first.log"));

    let second = Run::new(["run", "--plain", "--bank", BANK])
        .data_dir(&data)
        .stdin(SCRIPT)
        .run();
    second.assert_code(LOCKED);
    assert_eq!(second.stderr, locked_message(&data));

    let forget = Run::new(["forget", "--all", "--yes"]).data_dir(&data).run();
    forget.assert_code(LOCKED);
    assert_eq!(forget.stderr, locked_message(&data));

    // Reading goes on while the other run is open.
    Run::new(["history"]).data_dir(&data).run().assert_code(0);

    // --no-save touches nothing, so it needs no lock.
    Run::new(["run", "--plain", "--no-save", "--bank", BANK])
        .stdin(SCRIPT)
        .run()
        .assert_code(0);

    // The first run finishes normally and keeps its check-in.
    let mut stdin = first.stdin.take().expect("stdin");
    stdin.write_all(SCRIPT.as_bytes()).expect("answers");
    drop(stdin);
    let status = first.wait().expect("wait");
    assert_eq!(status.code(), Some(0));
    assert_eq!(checkin_files(&data).len(), 1);

    // With the first run gone, the folder is free again.
    Run::new(["run", "--plain", "--bank", BANK])
        .data_dir(&data)
        .stdin(SCRIPT)
        .run()
        .assert_code(0);
    assert_eq!(checkin_files(&data).len(), 2);
}

#[test]
fn runs_started_together_lose_no_checkin() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut wins = 0;
    for round in 0..3 {
        let children: Vec<Child> = (0..4)
            .map(|_| {
                let mut c = Command::new(BIN)
                    .args(["run", "--plain", "--bank", BANK])
                    .env("IOP_CHECK_DATA_DIR", &data)
                    .env("NO_COLOR", "1")
                    .stdin(Stdio::piped())
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .expect("start");
                let mut stdin = c.stdin.take().expect("stdin");
                std::thread::spawn(move || {
                    let _ = stdin.write_all(SCRIPT.as_bytes());
                });
                c
            })
            .collect();
        for c in children {
            let out = c.wait_with_output().expect("wait");
            let stderr = String::from_utf8_lossy(&out.stderr);
            match out.status.code() {
                Some(0) => wins += 1,
                Some(LOCKED) => assert!(
                    stderr.ends_with(&locked_message(&data)),
                    "round {round}: {stderr}"
                ),
                code => panic!("round {round}: exit {code:?}\n{stderr}"),
            }
        }
    }
    assert!(wins >= 3, "at least one run per round finishes");
    let files = checkin_files(&data);
    assert_eq!(
        files.len(),
        wins,
        "every finished run kept its check-in: {files:?}"
    );
    assert!(!data.join("draft.json").exists(), "no draft is left behind");
}

#[test]
fn checkins_kept_in_the_same_second_get_different_ids() {
    use iop_check::store::{DataDir, checkins};
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = DataDir {
        path: tmp.path().join("data"),
    };
    let bank = iop_check::bank::builtin().expect("built-in bank");
    let mut a = iop_check::score::score(&bank, &Default::default());
    a.created = "2026-11-27T14:25:01Z".to_string();
    let ids: Vec<String> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..8)
            .map(|_| s.spawn(|| checkins::save(&data, &a).expect("saved")))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .collect()
    });
    let mut unique = ids.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 8, "{ids:?}");
    assert_eq!(checkin_files(&data.path).len(), 8);
    assert!(unique.contains(&"20261127-142501".to_string()), "{ids:?}");
}
