//! How a run behaves at the edges of its surroundings: a dumb terminal
//! (no cursor escapes), a non-UTF-8 locale (ASCII markers), a terminal that
//! goes away (exit 130), --no-save (never says answers are kept), and a
//! draft from another version of the bank (set-aside answers survive saves).

use crate::common;

use std::path::Path;

use common::{Exit, Pty, PtyOptions, Run, ScreenKind, key, read_draft};
use serde_json::json;

const BANK: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/banks/valid/small.yaml");
/// Answers for the small bank, ending with a name, "keep" and no copy.
const SCRIPT: &str = "1\n1\n4\n2\n10\nnotes\n\nSam\ny\n\n";

#[test]
fn a_dumb_terminal_gets_no_escapes_at_all() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn_with(
        &["--bank", BANK],
        &data,
        PtyOptions {
            no_color: false,
            env: vec![("TERM".into(), "dumb".into())],
            ..PtyOptions::default()
        },
    );
    pty.wait_text("Type a number.");
    pty.send(SCRIPT);
    assert_eq!(pty.wait_exit(), Exit::Code(0), "{}", pty.text());
    let raw = pty.raw();
    assert!(raw.contains("Kept as check-in"), "{raw}");
    assert!(
        !raw.contains('\x1b'),
        "an escape reached a dumb terminal:\n{raw:?}"
    );
}

#[test]
fn a_c_locale_gets_ascii_markers() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn_with(
        &["--bank", BANK],
        &data,
        PtyOptions {
            env: vec![("LANG".into(), "C".into())],
            ..PtyOptions::default()
        },
    );
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(key::ENTER);
    // The safety question: nothing chosen yet, in ASCII.
    let s = pty.expect_screen(ScreenKind::Choice);
    assert!(
        s.text
            .contains("Nothing is chosen yet: Down picks an answer - Enter choose"),
        "{}",
        s.text
    );
    let mark = pty.mark();
    pty.send(key::ENTER);
    pty.wait_text_since(mark, "Nothing is chosen yet. Press Down to pick an answer.");
    pty.send(key::DOWN);
    pty.wait_text_since(mark, "> No");
    pty.send(key::ENTER);
    let s = pty.expect_screen(ScreenKind::Choice);
    assert!(s.text.contains("> "), "{}", s.text);
    assert!(s.text.contains("Up/Down move - Enter choose"), "{}", s.text);
    pty.send(key::CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    let raw = pty.raw();
    for glyph in ['❯', '✔', '⬚', '·', '↑', '↓', '→'] {
        assert!(!raw.contains(glyph), "{glyph} shown in the C locale");
    }
}

#[test]
fn a_plain_run_in_the_c_locale_is_ascii() {
    let out = Run::new(["run", "--plain", "--no-save", "--bank", BANK])
        .env("LANG", "C")
        .stdin(SCRIPT)
        .run();
    out.assert_code(0);
    assert!(
        out.stderr
            .contains("[A quick check first - 1 of 1 - question 1 of 6]"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_terminal_that_goes_away_ends_with_130_and_keeps_the_draft() {
    // The terminal is not the program's controlling terminal here, so no
    // SIGHUP comes: only the read that fails tells it the terminal is gone.
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn_with(
        &["--bank", BANK],
        &data,
        PtyOptions {
            own_session: true,
            ..PtyOptions::default()
        },
    );
    // Past the welcome, answer the safety question so that there is a
    // draft (the opening card is passed too); then close the terminal at
    // the second question.
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(key::ENTER);
    let s = pty.expect_screen(ScreenKind::Choice);
    pty.send(&format!("{}{}", s.pick(), key::ENTER));
    let s = pty.expect_screen(ScreenKind::Choice);
    assert!(
        s.flat.contains("Do you have health insurance?"),
        "{}",
        s.text
    );
    assert_eq!(pty.close_terminal(), Exit::Code(130));
    let draft = read_draft(&data).expect("the draft is kept");
    assert_eq!(draft["answers"]["safe-now"], json!("no"));
}

#[test]
fn no_save_never_says_answers_are_kept() {
    let out = Run::new(["run", "--plain", "--no-save", "--bank", BANK])
        .stdin("2\nq\n")
        .run();
    out.assert_code(5);
    // Plain mode wraps its lines: searched with each run of spaces as one.
    let said = common::flatten(&out.stderr);
    assert!(!said.contains("are kept"), "{}", out.stderr);
    assert!(!said.contains("are saved"), "{}", out.stderr);
    assert!(
        said.contains("q = pause (nothing is saved: you chose --no-save)."),
        "{}",
        out.stderr
    );
    assert!(
        said.contains(
            "Press Enter to stop here and reach out now (nothing is saved: you chose --no-save), or type c to keep going with the questions."
        ),
        "{}",
        out.stderr
    );
    assert!(said.contains("Nothing was saved (--no-save)."));
}

fn write_draft(data: &Path, draft: serde_json::Value) {
    std::fs::create_dir_all(data).expect("data");
    std::fs::write(data.join("draft.json"), draft.to_string()).expect("draft");
}

#[test]
fn answers_set_aside_from_another_bank_version_survive_the_next_save() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    write_draft(
        &data,
        json!({
            "format": 1,
            "bank_id": "small-clinic-bank",
            "bank_version": "0.9.0",
            "updated": "2026-11-01T10:00:00Z",
            "answers": {"safe-now": "no", "old-question": "kept words", "hours-free": 500}
        }),
    );
    let out = Run::new(["run", "--plain", "--resume", "--bank", BANK])
        .data_dir(&data)
        .stdin("1\nq\n")
        .run();
    out.assert_code(5);
    assert!(
        common::flatten(&out.stderr).contains(
            "The questions changed since you saved. 2 of your earlier answers no longer fit and were set aside."
        ),
        "{}",
        out.stderr
    );
    let draft = read_draft(&data).expect("draft");
    assert_eq!(draft["answers"]["has-insurance"], json!("yes"), "{draft}");
    assert_eq!(
        draft["set_aside"],
        json!({"old-question": "kept words", "hours-free": 500}),
        "{draft}"
    );
    // Picked up again: they stay set aside, without a second notice, and an
    // answer given again replaces the one set aside.
    let again = Run::new(["run", "--plain", "--resume", "--bank", BANK])
        .data_dir(&data)
        .stdin("4\n2\n10\nq\n")
        .run();
    again.assert_code(5);
    assert!(!again.stderr.contains("no longer fit"), "{}", again.stderr);
    let draft = read_draft(&data).expect("draft");
    assert_eq!(draft["answers"]["hours-free"], json!(10), "{draft}");
    assert_eq!(
        draft["set_aside"],
        json!({"old-question": "kept words"}),
        "{draft}"
    );
}

#[test]
fn starting_over_deletes_the_answers_set_aside_too() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    write_draft(
        &data,
        json!({
            "format": 1,
            "bank_id": "small-clinic-bank",
            "bank_version": "0.9.0",
            "updated": "2026-11-01T10:00:00Z",
            "answers": {"safe-now": "no"},
            "set_aside": {"old-question": "kept words"}
        }),
    );
    // n: start over (the saved answers are deleted); then one answer and pause.
    let out = Run::new(["run", "--plain", "--bank", BANK])
        .data_dir(&data)
        .stdin("n\n1\nq\n")
        .run();
    out.assert_code(5);
    let draft = read_draft(&data).expect("draft");
    assert_eq!(draft["answers"], json!({"safe-now": "no"}), "{draft}");
    assert!(draft.get("set_aside").is_none(), "{draft}");
}

#[test]
fn pausing_before_any_answer_does_not_say_answers_are_saved() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let out = Run::new(["run", "--plain", "--bank", BANK])
        .data_dir(&data)
        .stdin("q\n")
        .run();
    out.assert_code(5);
    assert!(
        out.stderr.ends_with(
            "Paused. Take all the time you need. You had not answered any questions yet, so nothing was saved. Run iop-check again whenever you are ready.\n"
        ),
        "{}",
        out.stderr
    );
    assert!(read_draft(&data).is_none());
    // One answer later, it is saved, and said so.
    let out = Run::new(["run", "--plain", "--bank", BANK])
        .data_dir(&data)
        .stdin("1\nq\n")
        .run();
    out.assert_code(5);
    assert!(
        out.stderr.contains("Your answers so far are saved."),
        "{}",
        out.stderr
    );
}
