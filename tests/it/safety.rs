//! The safety check, as a person meets it (issue 16): three plain questions
//! on which nothing is chosen until the person moves; a response for each
//! answer that fits a 24-row terminal at 80 and 60 columns, with 988 and 911
//! first after "right now"; a reminder of where help is on every later
//! screen, and after resuming; and a piped run that ends calmly after a
//! crisis answer.
//!
//! The terminal tests drive the real binary in a pseudo-terminal, with the
//! built-in bank (its safety questions come first: No, past few weeks,
//! right now, not sure, Skip, Help).

use crate::common;

use common::key::{CTRL_C, DOWN, ENTER};
use common::{Exit, Pty, PtyOptions, Run, Screen, ScreenKind, read_draft};
use serde_json::json;

const REMINDER: &str = "Help now: call or text 988";

fn spawn(data: &std::path::Path, args: &[&str], cols: u16, rows: u16) -> Pty {
    Pty::spawn_with(
        args,
        data,
        PtyOptions {
            cols,
            rows,
            ..PtyOptions::default()
        },
    )
}

/// The screen as drawn since its clear, with CR LF as one line break
/// (`strip_ansi` turns every CR into a line break of its own).
fn drawn(pty: &Pty) -> String {
    let raw = pty.raw();
    let start = raw.rfind("\x1b[2J").expect("a cleared screen") + "\x1b[2J".len();
    common::strip_ansi(&raw[start..].replace("\r\n", "\n"))
}

/// The lines of the screen just drawn, without the empty ones at its start.
fn lines(pty: &Pty) -> Vec<String> {
    drawn(pty)
        .lines()
        .skip_while(|l| l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

/// Every line of the screen just drawn fits the width, and the whole
/// screen fits the height (with the row the cursor rests on).
fn assert_fits(pty: &Pty, cols: usize, rows: usize) {
    let screen = drawn(pty);
    let all: Vec<&str> = screen.trim_start_matches('\n').trim_end().lines().collect();
    assert!(
        all.len() < rows,
        "{} lines on a {rows}-row screen:\n{screen}",
        all.len()
    );
    for l in &all {
        assert!(
            l.chars().count() <= cols,
            "wider than {cols}: {l:?}\n{screen}"
        );
    }
}

/// Starts the built-in bank and returns its first (safety) question screen.
fn first_safety_question(pty: &mut Pty) -> Screen {
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(ENTER);
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.number(), 1, "{}", s.text);
    s
}

#[test]
fn nothing_is_chosen_on_a_safety_question_and_enter_records_nothing() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = spawn(&data, &[], 80, 24);
    let s = first_safety_question(&mut pty);
    assert!(s.unchosen(), "{}", s.text);
    assert!(
        !s.text.contains('❯'),
        "no option is highlighted:\n{}",
        s.text
    );
    assert!(!s.text.contains(REMINDER), "no reminder before any answer");
    // A reflexive Enter: a one-line hint, and nothing recorded.
    let mark = pty.mark();
    pty.send(ENTER);
    pty.wait_text_since(mark, "Nothing is chosen yet. Press ↓ to pick an answer.");
    // The hint is drawn, so the Enter was read: and nothing was saved.
    assert!(read_draft(&data).is_none(), "Enter alone records nothing");
    // ↓ picks the first option ("No"); Enter then records it.
    let mark = pty.mark();
    pty.send(DOWN);
    pty.wait_text_since(mark, "❯ No");
    pty.send(ENTER);
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.number(), 2, "{}", s.text);
    assert!(s.unchosen(), "the next safety question too:\n{}", s.text);
    assert_eq!(
        read_draft(&data).expect("a draft")["answers"]["safe-now"],
        json!("no")
    );
    // After "No", no reminder.
    assert!(!s.text.contains(REMINDER), "{}", s.text);
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}

/// "Yes, right now" on a terminal of `cols` × `rows`: the crisis screen.
fn right_now_screen(cols: u16, rows: u16) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = spawn(&data, &[], cols, rows);
    pty.pass_opening = false;
    first_safety_question(&mut pty);
    // ↓ No, ↓ past weeks, ↓ right now.
    pty.send(&format!("{DOWN}{DOWN}{DOWN}{ENTER}"));
    let s = pty.expect_screen(ScreenKind::Crisis);
    assert_fits(&pty, cols.into(), rows.into());
    let l = lines(&pty);
    // The reminder, the words for right now, then the steps: 988 (with the
    // Veterans and Spanish options) and 911 in the first lines.
    assert_eq!(l[0].trim(), REMINDER, "{}", s.text);
    assert!(
        s.flat
            .starts_with(&format!("{REMINDER} Please reach out for help now.")),
        "{}",
        s.text
    );
    let at = |what: &str| {
        l.iter()
            .position(|x| common::flatten(x).contains(what))
            .unwrap_or_else(|| panic!("{what:?} not on the screen:\n{}", s.text))
    };
    assert!(at("Call or text 988 now.") <= 6, "{}", s.text);
    assert!(
        s.flat
            .contains("Press 1 for veterans. Press 2 for Spanish."),
        "{}",
        s.text
    );
    assert!(at("call 911") <= 8, "{}", s.text);
    assert!(s.flat.contains("Stay with someone you trust"), "{}", s.text);
    // Nothing implies that someone reads the answers.
    for never in ["Thank you for telling us", "took courage", "we will"] {
        assert!(!s.flat.contains(never), "{never}:\n{}", s.text);
    }
    // The default is to stop and reach out; going on stays possible.
    assert!(
        s.text
            .contains("❯ Stop here and reach out now (your answers are kept)"),
        "{}",
        s.text
    );
    assert!(s.flat.contains("See more ways to get help"), "{}", s.text);
    assert!(
        s.flat.contains("Keep going with the questions"),
        "{}",
        s.text
    );
    assert_eq!(s.progress, None);

    // More ways to get help, then back.
    let mark = pty.mark();
    pty.send(&format!("{DOWN}{ENTER}"));
    // The last resource on the screen: everything above it is drawn.
    pty.wait_text_since(mark, "findahelpline.com");
    let more = common::flatten(&pty.current_text());
    assert!(
        more.contains("treatment referral, not for emergencies"),
        "{more}"
    );
    assert!(more.contains("findahelpline.com"), "{more}");
    assert!(more.contains("Text 741741"), "{more}");
    pty.send(ENTER);
    let s = pty.expect_screen(ScreenKind::Crisis);
    assert!(
        s.text.contains("❯ Stop here and reach out now"),
        "{}",
        s.text
    );

    // Keep going: every later screen starts with the reminder.
    pty.send(&format!("{DOWN}{DOWN}{ENTER}"));
    for n in [2, 3] {
        let s = pty.expect_screen(ScreenKind::Choice);
        assert_eq!(s.number(), n, "{}", s.text);
        assert_eq!(lines(&pty)[0].trim(), REMINDER, "{}", s.text);
        assert_fits(&pty, cols.into(), rows.into());
        pty.send(&format!("{DOWN}{ENTER}"));
    }
    let card = pty.expect_screen(ScreenKind::Opening);
    assert_eq!(lines(&pty)[0].trim(), REMINDER, "{}", card.text);
    pty.pass_opening = true;
    pty.send(ENTER);
    let s = pty.next_screen();
    assert_eq!(lines(&pty)[0].trim(), REMINDER, "{}", s.text);
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));

    // Picking up later: the reminder is on the first screen and after it.
    let mut pty = spawn(&data, &[], cols, rows);
    let s = pty.expect_screen(ScreenKind::Resume);
    assert_eq!(lines(&pty)[0].trim(), REMINDER, "{}", s.text);
    pty.send(ENTER);
    let s = pty.next_screen();
    assert_eq!(lines(&pty)[0].trim(), REMINDER, "{}", s.text);
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    let mut pty = spawn(&data, &["--resume"], cols, rows);
    let s = pty.next_screen();
    assert_eq!(lines(&pty)[0].trim(), REMINDER, "{}", s.text);
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}

#[test]
fn right_now_at_80_by_24() {
    right_now_screen(80, 24);
}

#[test]
fn right_now_at_60_by_24() {
    right_now_screen(60, 24);
}

#[test]
fn stopping_at_right_now_is_the_default_and_ends_with_the_crisis_lines() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = spawn(&data, &[], 60, 24);
    first_safety_question(&mut pty);
    pty.send(&format!("{DOWN}{DOWN}{DOWN}{ENTER}"));
    pty.expect_screen(ScreenKind::Crisis);
    let mark = pty.mark();
    pty.send(ENTER);
    assert_eq!(pty.wait_exit(), Exit::Code(5));
    let out = common::flatten(&pty.text_since(mark));
    assert!(!out.contains("error"), "{out}");
    assert!(
        out.contains("Before you go: help is there right now."),
        "{out}"
    );
    assert!(
        out.trim_end().ends_with(iop_check::crisis::CALM_END),
        "ends calmly: {out}"
    );
    assert_eq!(
        read_draft(&data).expect("kept")["answers"]["safe-now"],
        json!("yes")
    );
}

/// The response to `downs` ↓ on the first safety question, at 60 × 24.
fn calmer_screen(downs: usize) -> Screen {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = spawn(&data, &[], 60, 24);
    first_safety_question(&mut pty);
    pty.send(&format!("{}{ENTER}", DOWN.repeat(downs)));
    let s = pty.expect_screen(ScreenKind::Crisis);
    assert_fits(&pty, 60, 24);
    assert_eq!(lines(&pty)[0].trim(), REMINDER, "{}", s.text);
    assert!(
        !s.flat.contains("Please reach out for help now."),
        "{}",
        s.text
    );
    assert!(
        s.flat
            .contains("988 Suicide & Crisis Lifeline: Call 988 · Text 988"),
        "{}",
        s.text
    );
    assert!(
        s.flat.contains("Emergency services: Call 911"),
        "{}",
        s.text
    );
    // Calmer: the default is to keep going; stopping stays possible.
    assert!(
        s.text.contains("❯ Keep going with the questions"),
        "{}",
        s.text
    );
    assert!(s.flat.contains("Stop here for now"), "{}", s.text);
    for never in ["Thank you for telling us", "took courage"] {
        assert!(!s.flat.contains(never), "{never}:\n{}", s.text);
    }
    // Going on: the next question has the reminder too.
    pty.send(ENTER);
    let next = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(next.number(), 2, "{}", next.text);
    assert_eq!(lines(&pty)[0].trim(), REMINDER, "{}", next.text);
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    s
}

#[test]
fn past_weeks_gets_a_calmer_screen_with_a_talking_point() {
    let s = calmer_screen(2);
    assert!(
        s.flat.contains("Thoughts like these can come back."),
        "{}",
        s.text
    );
    assert!(
        s.flat.contains(
            "For your next session: Tell your therapist you have had thoughts of suicide"
        ),
        "{}",
        s.text
    );
}

#[test]
fn not_sure_gets_its_own_words() {
    let s = calmer_screen(4);
    assert!(s.flat.contains("It is OK not to be sure."), "{}", s.text);
    assert!(
        !s.flat.contains("Thoughts like these can come back."),
        "{}",
        s.text
    );
}

#[test]
fn skipping_a_safety_question_keeps_the_reminder_on() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = spawn(&data, &[], 80, 24);
    first_safety_question(&mut pty);
    // No, past weeks, right now, not sure, then Skip.
    pty.send(&format!("{}{ENTER}", DOWN.repeat(5)));
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.number(), 2, "{}", s.text);
    assert_eq!(lines(&pty)[0].trim(), REMINDER, "{}", s.text);
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    assert_eq!(
        read_draft(&data).expect("kept")["answers"]["safe-now"],
        serde_json::Value::Null
    );
}

// ---------------------------------------------------------------------------
// Plain mode and pipes
// ---------------------------------------------------------------------------

fn plain(data: &std::path::Path, input: &str) -> common::Output {
    Run::new(["--plain"]).data_dir(data).stdin(input).run()
}

#[test]
fn plain_mode_needs_a_number_on_a_safety_question() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // An empty line first: asked again, nothing recorded; then "No".
    let out = plain(&data, "\n1\n");
    out.assert_code(5);
    assert!(
        out.stderr.contains("Please type a number, or s to skip."),
        "{}",
        out.stderr
    );
    let draft = read_draft(&data).expect("kept");
    assert_eq!(draft["answers"], json!({ "safe-now": "no" }), "{draft}");
    // An empty line alone records nothing at all.
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    plain(&data, "\n").assert_code(5);
    assert!(read_draft(&data).is_none());
}

#[test]
fn a_piped_run_that_ends_after_a_crisis_answer_ends_calmly_with_the_crisis_lines() {
    // "Right now" (3), then the input ends at the crisis prompt; or goes on
    // (c) and ends at the next question; or stops there (Enter, the default).
    for input in ["3\n", "3\nc\n", "3\n\n", "2\n\n1\n"] {
        let tmp = tempfile::tempdir().expect("tempdir");
        let data = tmp.path().join("data");
        let out = plain(&data, input);
        out.assert_code(5);
        let err = common::flatten(&out.stderr);
        assert!(!err.contains("error"), "{input:?}: {err}");
        let parting = err
            .rfind("Before you go: help is there right now.")
            .unwrap_or_else(|| panic!("{input:?}: {err}"));
        assert!(err[parting..].contains("Call 988"), "{err}");
        assert!(
            err.ends_with(iop_check::crisis::CALM_END),
            "{input:?}: the last words are calm: {err}"
        );
        assert!(err.contains("iop-check --resume"), "{input:?}: {err}");
    }
}

#[test]
fn plain_mode_shows_the_response_and_the_reminder_on_later_questions() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    // Past weeks (2), Enter keeps going, then No to the second question.
    let out = plain(&data, "2\n\n1\n");
    let err = &out.stderr;
    let response = err
        .find("Thoughts like these can come back.")
        .expect("response");
    let point = err
        .find("For your next session: Tell your therapist")
        .expect("talking point");
    let q2 = err.find("hurt yourself on purpose").expect("question 2");
    assert!(response < point && point < q2, "{err}");
    assert!(
        err[response..q2].contains("Press Enter to keep going"),
        "{err}"
    );
    // The reminder stands just before question 2 and question 3.
    let before_q2 = err[..q2].rfind(REMINDER).expect("the reminder");
    assert!(before_q2 > point, "{err}");
    let q3 = err
        .find("thoughts of hurting someone else?")
        .expect("question 3");
    assert!(err[q2..q3].contains(REMINDER), "{err}");
    // Resumed later: the reminder comes first.
    let out = Run::new(["--plain", "--resume"])
        .data_dir(&data)
        .stdin("")
        .run();
    out.assert_code(5);
    let first = out
        .stderr
        .lines()
        .find(|l| !l.trim().is_empty())
        .unwrap_or_default();
    assert_eq!(first, REMINDER, "{}", out.stderr);
}

#[test]
fn after_no_to_every_safety_question_there_is_no_reminder() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let out = plain(&data, "1\n1\n1\n1\n");
    out.assert_code(5);
    assert!(!out.stderr.contains(REMINDER), "{}", out.stderr);
    assert!(!out.stderr.contains("Before you go"), "{}", out.stderr);
    assert!(
        out.stderr.contains("error: the input ended"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_bank_without_steps_still_shows_its_resources_after_right_now() {
    // The README's example bank: one resource (988), no `right_now` steps.
    let bank = common::fixture("../banks/valid/small.yaml");
    let bank = bank.display().to_string();
    let tmp = tempfile::tempdir().expect("tempdir");
    let data = tmp.path().join("data");
    let mut pty = spawn(&data, &["--bank", &bank], 60, 24);
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(ENTER);
    let s = pty.expect_screen(ScreenKind::Choice);
    assert!(s.unchosen(), "{}", s.text);
    // ↓ No, ↓ Yes (a crisis answer: `crisis: true` means right now).
    pty.send(&format!("{DOWN}{DOWN}{ENTER}"));
    let s = pty.expect_screen(ScreenKind::Crisis);
    assert_fits(&pty, 60, 24);
    assert_eq!(lines(&pty)[0].trim(), REMINDER, "{}", s.text);
    assert!(
        s.flat
            .contains("988 Suicide & Crisis Lifeline: Call 988 · Text 988"),
        "{}",
        s.text
    );
    assert!(
        s.text.contains("❯ Stop here and reach out now"),
        "{}",
        s.text
    );
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}
