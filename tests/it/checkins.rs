//! Kept check-ins end to end through the binary: an interactive (plain) run
//! keeps one, `history` lists it, `summary` shows it again in every format,
//! `forget` deletes it; file modes are private throughout.

use crate::common;

use common::{Output, Run};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

const BANK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/banks/valid/small.yaml");

/// One full plain-mode run of the small bank, ending with a name, "keep"
/// and no copy. `insurance` is the line for "Do you have health insurance?".
fn script(insurance: &str, worry: &str) -> String {
    // safe-now, has-insurance, in-network (shown for yes), cost-worry,
    // hours-free, costs-notes, review (finish), name, keep, copy.
    let network = if insurance == "1" { "4\n" } else { "" };
    format!("1\n{insurance}\n{network}{worry}\n10\nAsk about evenings\n\nSam\ny\n\n")
}

/// `iop-check ARGS…` with the data folder in `data` and `input` on stdin,
/// through the shared runner (watchdog, no panics, no deaths by signal).
fn run(data: &Path, args: &[&str], input: &str) -> Output {
    Run::new(args)
        .data_dir(data)
        .env("NO_COLOR", "1")
        .stdin(input)
        .run()
}

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).expect("exists").permissions().mode() & 0o777
}

fn checkin_files(data: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(data.join("checkins"))
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    v.sort();
    v
}

fn keep_one(data: &Path, insurance: &str, worry: &str) -> Output {
    let out = run(
        data,
        &["run", "--plain", "--bank", BANK],
        &script(insurance, worry),
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr.clone());
    out
}

#[test]
fn a_finished_run_keeps_a_private_checkin() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let out = keep_one(&data, "1", "2");
    let stdout = out.stdout.clone();
    assert!(stdout.contains("For Sam"), "{stdout}");
    assert!(stdout.contains("Costs: "), "{stdout}");
    assert!(stdout.contains("Ask about evenings"), "{stdout}");
    assert!(out.stderr.clone().contains("Kept as check-in "));
    let files = checkin_files(&data);
    assert_eq!(files.len(), 1);
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&data.join("checkins")), 0o700);
    assert_eq!(mode(&files[0]), 0o600);
    // The draft is gone once the run is finished.
    assert!(!data.join("draft.json").exists());
}

#[test]
fn declining_to_keep_keeps_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let input = script("2", "2").replace("Sam\ny\n", "\nn\n");
    let out = run(&data, &["run", "--plain", "--bank", BANK], &input);
    assert_eq!(out.code, Some(0), "{}", out.stderr.clone());
    assert!(checkin_files(&data).is_empty());
}

#[test]
fn no_save_writes_nothing_at_all() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // With --no-save there is no "keep?" question, so that line is not sent.
    let input = script("2", "2").replace("Sam\ny\n\n", "Sam\n\n");
    let out = run(
        &data,
        &["run", "--plain", "--no-save", "--bank", BANK],
        &input,
    );
    assert_eq!(out.code, Some(0), "{}", out.stderr.clone());
    assert!(!data.exists(), "the data folder was created");
}

#[test]
fn history_lists_checkins_and_the_summary_says_what_changed() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // Two check-ins, most likely in the same second: the second gets its
    // own id all the same ("…-2"), and comes after the first.
    keep_one(&data, "1", "4"); // worried: agree (reverse scored: low)
    keep_one(&data, "1", "1"); // not worried: strongly disagree (high)
    let out = run(&data, &["history"], "");
    assert_eq!(out.code, Some(0));
    let h = out.stdout.clone();
    let ids: Vec<String> = checkin_files(&data)
        .iter()
        .map(|p| p.file_stem().expect("stem").to_string_lossy().into_owned())
        .collect();
    assert_eq!(ids.len(), 2);
    for id in &ids {
        assert!(h.contains(id.as_str()), "{h}");
    }
    // This bank asks none of stage, leaning, feeling or readiness: dashes,
    // and no section scores.
    assert!(h.contains("Sure"), "{h}");
    assert!(!h.contains("Costs: "), "{h}");
    // The second run's summary says what changed since the first.
    let latest = run(&data, &["summary"], "");
    assert!(latest.stdout.clone().contains("Since your last check-in"));
}

#[test]
fn summary_shows_a_checkin_again_in_every_format() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    keep_one(&data, "1", "2");
    let file = checkin_files(&data).remove(0);
    let id = file
        .file_stem()
        .expect("stem")
        .to_string_lossy()
        .into_owned();

    let latest = run(&data, &["summary"], "");
    assert_eq!(latest.code, Some(0));
    assert!(latest.stdout.clone().contains("For Sam"));

    let json = run(&data, &["summary", &id, "--format", "json"], "");
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON on stdout");
    assert_eq!(v["bank"]["id"], "small-clinic-bank");
    assert_eq!(v["answers"]["costs-notes"], "Ask about evenings");
    assert!(
        json.stderr.is_empty(),
        "nothing but the document on stdout: {}",
        json.stderr.clone()
    );

    let md = run(
        &data,
        &[
            "summary",
            file.to_str().expect("utf-8"),
            "--format",
            "markdown",
        ],
        "",
    );
    assert!(md.stdout.clone().starts_with("# "));

    let out = tmp.path().join("for-my-therapist.html");
    let html = run(
        &data,
        &[
            "summary",
            "--format",
            "html",
            "--output",
            out.to_str().expect("utf-8"),
        ],
        "",
    );
    assert_eq!(html.code, Some(0));
    assert!(
        std::fs::read_to_string(&out)
            .expect("written")
            .starts_with("<!doctype html>")
    );
    assert_eq!(mode(&out), 0o600);

    let missing = run(&data, &["summary", "20000101-000000"], "");
    assert_eq!(missing.code, Some(2));
    assert!(missing.stderr.clone().contains("iop-check history"));
}

#[test]
fn forget_asks_then_deletes() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    keep_one(&data, "1", "2");
    let id = checkin_files(&data)[0]
        .file_stem()
        .expect("stem")
        .to_string_lossy()
        .into_owned();
    // Not a terminal and no --yes: nothing is deleted.
    let refused = run(&data, &["forget", &id], "");
    assert_eq!(refused.code, Some(2));
    assert!(refused.stderr.clone().contains("--yes"));
    assert_eq!(checkin_files(&data).len(), 1);

    let gone = run(&data, &["forget", &id, "--yes"], "");
    assert_eq!(gone.code, Some(0), "{}", gone.stderr.clone());
    assert!(checkin_files(&data).is_empty());
    let unknown = run(&data, &["forget", &id, "--yes"], "");
    assert_eq!(unknown.code, Some(2));
}

#[test]
fn forget_all_removes_checkins_and_the_draft() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    keep_one(&data, "1", "2");
    // Leave a draft: input ends after two answers.
    let out = run(&data, &["run", "--plain", "--bank", BANK], "1\n1\n");
    assert_eq!(out.code, Some(5));
    assert!(data.join("draft.json").exists());
    let out = run(&data, &["forget", "--all", "--yes"], "");
    assert_eq!(out.code, Some(0), "{}", out.stderr.clone());
    assert!(out.stdout.clone().contains("and your saved draft"));
    assert!(checkin_files(&data).is_empty());
    assert!(!data.join("draft.json").exists());
    let again = run(&data, &["forget", "--all", "--yes"], "");
    assert!(again.stdout.clone().contains("nothing to forget"));
}

#[test]
fn a_damaged_checkin_is_reported_not_fatal() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    keep_one(&data, "1", "2");
    std::fs::write(data.join("checkins/19990101-000000.json"), b"{ not json").expect("writes");
    let out = run(&data, &["history"], "");
    assert_eq!(out.code, Some(0));
    assert!(out.stderr.clone().contains("19990101-000000.json"));
    assert!(out.stderr.clone().contains("damaged"));
    let file = data.join("checkins/19990101-000000.json");
    let out = run(&data, &["summary", file.to_str().expect("utf-8")], "");
    assert_eq!(out.code, Some(1));
    assert!(out.stderr.clone().contains("could not read the saved file"));
}

#[test]
fn a_saved_copy_never_replaces_an_earlier_one() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // The run ends with: name, keep, then "html" and Enter for the suggested name.
    let input = script("1", "2").replace("Sam\ny\n\n", "Sam\ny\nhtml\n\n");
    for _ in 0..2 {
        let out = Run::new(["run", "--plain", "--bank", BANK])
            .data_dir(&data)
            .current_dir(tmp.path())
            .stdin(input.as_str())
            .run();
        assert_eq!(out.code, Some(0), "{}", out.stderr.clone());
        assert!(
            out.stderr.clone().contains("Saved a copy to /"),
            "the full path is shown"
        );
    }
    let mut copies: Vec<String> = std::fs::read_dir(tmp.path())
        .expect("lists")
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".html"))
        .collect();
    copies.sort();
    assert_eq!(copies.len(), 2, "{copies:?}");
    assert!(
        copies[1].ends_with("-2.html") || copies[0].ends_with("-2.html"),
        "{copies:?}"
    );
    for c in &copies {
        assert_eq!(mode(&tmp.path().join(c)), 0o600);
    }
}

#[test]
fn a_checkin_kept_by_an_older_version_still_shows() {
    // Schema version 1 (iop-check 0.1): notes by section id, an `overall`
    // line, and score bands from the older bank.
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let file = common::fixture("checkin-v1.json");
    let text = run(&data, &["summary", file.to_str().expect("utf-8")], "");
    assert_eq!(text.code, Some(0), "{}", text.stderr);
    let flat = text.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("For Sam"), "{flat}");
    assert!(
        flat.contains("Time and commitment: \u{201c}My note on commitment-notes\u{201d}"),
        "{flat}"
    );
    let json = run(
        &data,
        &["summary", file.to_str().expect("utf-8"), "--format", "json"],
        "",
    );
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(v["schema_version"], 3);
    assert!(v["notes"].is_array());
    // Its one safety answer is the first of `safety.questions`.
    assert!(v["safety"]["questions"].is_array(), "{}", v["safety"]);
    assert!(v.get("overall").is_none());
}

#[test]
fn history_shows_no_scores() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    keep_one(&data, "1", "4");
    keep_one(&data, "1", "1");
    let h = run(&data, &["history"], "").stdout;
    assert!(!h.contains("0 to 100"), "{h}");
    assert!(!h.to_lowercase().contains("score"), "{h}");
    let flat = h.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("These describe your answers, not you."),
        "{h}"
    );
}

#[test]
fn the_question_before_forgetting_wraps_to_a_narrow_terminal() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    keep_one(&data, "1", "2");
    keep_one(&data, "1", "4");
    // And a draft: input ends after two answers.
    let out = run(&data, &["run", "--plain", "--bank", BANK], "1\n1\n");
    assert_eq!(out.code, Some(5));
    let mut pty = common::Pty::spawn_with(
        &["forget", "--all"],
        &data,
        common::PtyOptions {
            cols: 40,
            rows: 24,
            ..Default::default()
        },
    );
    pty.wait_text("[y/N]");
    let text = pty.text();
    assert!(
        common::flatten(&text)
            .contains("Delete 2 kept check-ins and your saved draft? This cannot be undone."),
        "{text}"
    );
    let wide = common::wider_than(&text, 40);
    assert!(wide.is_empty(), "wider than 40:\n{}", wide.join("\n"));
    pty.send("n");
    assert_eq!(pty.wait_exit(), common::Exit::Code(0));
    assert!(
        pty.text().contains("Nothing was deleted."),
        "{}",
        pty.text()
    );
    assert_eq!(checkin_files(&data).len(), 2);
}
