//! Plain mode (`--plain`), driven through pipes: one line of stdin per
//! answer, prompts on stderr, the summary on stdout.
//!
//! Every run has its own temporary data folder (through
//! `IOP_CHECK_DATA_DIR`) and a watchdog against hangs.

use crate::common;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use common::{Output, Run, answers, draft_answers, draft_path, fixture, flatten, read_draft};
use iop_check::answers::conditions;
use iop_check::answers::{Answer, Answers, format_number};
use iop_check::bank::Kind;
use serde_json::{Map, Value, json};

/// The exact message for a run whose input is not a terminal.
const NOT_A_TERMINAL: &str = "error: iop-check asks its questions in a terminal, but the input here is not a terminal (it may be a pipe or a file). To answer one line at a time from this input, add --plain. To answer from a file without any prompts, use --answers FILE (`iop-check template > answers.yaml` gives you one to fill in).\n";

struct Data {
    _tmp: tempfile::TempDir,
    /// The data folder; it does not exist until iop-check creates it.
    dir: PathBuf,
}

fn data() -> Data {
    let tmp = tempfile::tempdir().expect("temporary folder");
    let dir = tmp.path().join("data");
    Data { _tmp: tmp, dir }
}

/// `iop-check --plain ARGS…` with its draft in `data`.
fn plain(data: &Path, args: &[&str]) -> Run {
    Run::new(["--plain"]).args(args).data_dir(data)
}

fn small_bank() -> String {
    fixture("small-bank.yaml").display().to_string()
}

/// The lines that answer every question of the built-in bank in plain mode
/// (the first option, the first checklist item, the smallest number, a
/// note), and the draft answers they make. The opening needs no line.
fn builtin_lines() -> (Vec<String>, Map<String, Value>) {
    let (lines, expected) = builtin_answer_lines();
    (lines.into_iter().map(|(_, line)| line).collect(), expected)
}

/// [`builtin_lines`], each line with the id of the question it answers.
fn builtin_answer_lines() -> (Vec<(String, String)>, Map<String, Value>) {
    let bank =
        iop_check::bank::load(None, iop_check::i18n::Lang::En).expect("the built-in bank loads");
    let mut given = Answers::default();
    let mut lines = Vec::new();
    for (_, q) in bank.questions() {
        if !conditions::shown(q, &given) {
            continue;
        }
        let (line, answer) = match q.kind {
            Kind::Number => {
                let min = q
                    .number
                    .as_ref()
                    .expect("a number question has a range")
                    .min;
                (format_number(min), Answer::Number(min))
            }
            Kind::Text => {
                let note = format!("my note about {}", q.id);
                (note.clone(), Answer::Text(note))
            }
            Kind::Checklist => ("1".into(), Answer::Checklist(vec![q.options[0].id.clone()])),
            _ => ("1".into(), Answer::Choice(q.options[0].id.clone())),
        };
        lines.push((q.id.clone(), line));
        given.set(&q.id, answer);
    }
    let expected = match given.to_json() {
        Value::Object(m) => m,
        other => panic!("answers are an object: {other}"),
    };
    (lines, expected)
}

#[test]
fn the_question_total_never_grows_over_a_whole_run() {
    // The first options open both branches of the built-in bank (health
    // insurance: yes; knows a program: yes), each after some questions.
    let d = data();
    let (lines, expected) = builtin_answer_lines();
    assert_eq!(expected["has-insurance"], json!("yes"));
    assert_eq!(expected["know-a-program"], json!("yes"));
    let lines: Vec<String> = lines.into_iter().map(|(_, l)| l).collect();
    let out = plain(&d.dir, &["--no-save"])
        .lines(&with(&lines, &["", ""]))
        .run();
    out.assert_code(0);
    let seen = progress_lines(&out.stderr);
    assert_eq!(seen.len(), lines.len(), "{seen:?}");
    for (k, pair) in seen.windows(2).enumerate() {
        let ((n, total), (next, next_total)) = (pair[0], pair[1]);
        assert_eq!(next, n + 1, "question numbers in order: {seen:?}");
        assert!(
            next_total <= total,
            "the total grew from {total} to {next_total} at question {}: {seen:?}",
            k + 2
        );
    }
    // And it ends where it says: the last question is "N of N".
    let (n, total) = *seen.last().expect("questions");
    assert_eq!(n, total, "{seen:?}");

    // Branches that close make it shrink, never grow: no insurance, and
    // no program in mind.
    let bank =
        iop_check::bank::load(None, iop_check::i18n::Lang::En).expect("the built-in bank loads");
    let mut given = Answers::default();
    let mut lines = Vec::new();
    for (_, q) in bank.questions() {
        if !conditions::shown(q, &given) {
            continue;
        }
        let (line, answer) = match (q.id.as_str(), q.kind) {
            ("has-insurance" | "know-a-program", _) => {
                let no = q.options.iter().position(|o| o.id == "no").expect("a no");
                (format!("{}", no + 1), Answer::Choice("no".into()))
            }
            (_, Kind::Number) => ("0".into(), Answer::Number(0.0)),
            (_, Kind::Text) => (String::new(), Answer::Skipped),
            (_, Kind::Checklist) => ("1".into(), Answer::Checklist(vec![q.options[0].id.clone()])),
            _ => ("1".into(), Answer::Choice(q.options[0].id.clone())),
        };
        lines.push(line);
        given.set(&q.id, answer);
    }
    let out = plain(&d.dir, &["--no-save"])
        .lines(&with(&lines, &["", ""]))
        .run();
    out.assert_code(0);
    let seen = progress_lines(&out.stderr);
    assert_eq!(seen.len(), lines.len(), "{seen:?}");
    assert!(
        seen.windows(2).all(|p| p[1].1 <= p[0].1),
        "the total grew: {seen:?}"
    );
    assert!(
        seen[0].1 > seen[seen.len() - 1].1,
        "closed branches: {seen:?}"
    );
    assert_eq!(seen[seen.len() - 1].0, seen[seen.len() - 1].1, "{seen:?}");
}

fn with(lines: &[String], more: &[&str]) -> Vec<String> {
    let mut all = lines.to_vec();
    all.extend(more.iter().map(|s| s.to_string()));
    all
}

fn assert_stderr_has(out: &Output, text: &str) {
    assert!(
        out.stderr.contains(text),
        "expected {text:?} on stderr:\n{}",
        out.stderr
    );
}

#[test]
fn a_whole_run_of_the_builtin_bank() {
    let d = data();
    let (lines, expected) = builtin_lines();
    assert!(lines.len() > 40, "{lines:?}");
    // One line per question, then an empty line to finish at the review.
    let out = plain(&d.dir, &[]).lines(&with(&lines, &[""])).run();
    out.assert_code(0);

    // Prompts on stderr, in order, and never on stdout.
    assert_stderr_has(&out, "Thinking through an IOP suggestion");
    // At the start every question may still be asked: the total counts
    // them all, and shrinks as branches close.
    let bank =
        iop_check::bank::load(None, iop_check::i18n::Lang::En).expect("the built-in bank loads");
    let at_start = bank.questions().count();
    assert_stderr_has(
        &out,
        &format!("[A quick check first · 1 of 3 · question 1 of {at_start}]"),
    );
    assert_stderr_has(&out, &format!("question {0} of {0}]", lines.len()));
    assert_stderr_has(&out, "Review your answers:");
    assert!(!out.stdout.contains("question 1 of"), "{}", out.stdout);
    assert!(
        !out.stdout.contains("Review your answers"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains("> "), "{}", out.stdout);

    // The summary is on stdout and mentions the answers (the notes).
    assert!(
        out.stdout.contains("Thinking through an IOP suggestion"),
        "{}",
        out.stdout
    );
    let notes: Vec<&str> = expected
        .values()
        .filter_map(Value::as_str)
        .filter(|s| s.starts_with("my note about"))
        .collect();
    assert!(!notes.is_empty());
    for n in &notes {
        assert!(
            out.stdout.contains(n),
            "{n:?} in the summary:\n{}",
            out.stdout
        );
    }
    assert!(
        !draft_path(&d.dir).exists(),
        "the draft is removed at the end"
    );
}

#[test]
fn a_number_reads_with_its_unit_in_the_singular_after_1() {
    let (lines, _) = builtin_answer_lines();
    let prompt = "About how many hours a week could you free up for care?";
    for (hours, reads) in [("1", "1 hour a week"), ("2", "2 hours a week")] {
        let d = data();
        let lines: Vec<String> = lines
            .iter()
            .map(|(id, line)| if id == "hours-free" { hours } else { line }.to_string())
            .collect();
        let out = plain(&d.dir, &[]).lines(&with(&lines, &[""])).run();
        out.assert_code(0);
        assert_stderr_has(&out, &format!("{prompt} - {reads}\n"));
    }
}

/// The first `n` lines of a plain run of the built-in bank.
fn first_lines(n: usize) -> Vec<String> {
    builtin_lines().0.into_iter().take(n).collect()
}

#[test]
fn a_disk_that_is_full_from_the_start_is_never_called_saved() {
    let d = data();
    let out = plain(&d.dir, &[])
        .file_size_limit(0)
        .lines(&first_lines(3))
        .run();
    out.assert_code(5);
    assert_stderr_has(&out, "error: could not write ");
    assert_stderr_has(&out, "File too large");
    assert_stderr_has(
        &out,
        "Your latest answers could not be saved (see the message above), so some may be lost.",
    );
    assert!(
        !out.stderr.contains("Your answers so far are saved"),
        "{}",
        out.stderr
    );
    assert!(!draft_path(&d.dir).exists(), "no draft could be written");
}

#[test]
fn a_disk_that_fills_up_keeps_the_earlier_answers_and_says_so() {
    // How big the draft is after one answer, on a disk with room.
    let d = data();
    plain(&d.dir, &[])
        .lines(&first_lines(1))
        .run()
        .assert_code(5);
    let one = std::fs::metadata(draft_path(&d.dir)).unwrap().len();
    let first = draft_answers(&d.dir);
    assert_eq!(first.len(), 1, "{first:?}");

    // Room for that draft, but not for one with three answers.
    let d = data();
    let out = plain(&d.dir, &[])
        .file_size_limit(one + 8)
        .lines(&first_lines(3))
        .run();
    out.assert_code(5);
    assert_stderr_has(&out, "File too large");
    assert_stderr_has(&out, "Your latest answers could not be saved");
    assert_eq!(
        draft_answers(&d.dir),
        first,
        "the draft keeps the first answer"
    );

    // With room again, --resume picks up that answer and asks the second.
    let out = plain(&d.dir, &["--resume"]).lines(&first_lines(0)).run();
    out.assert_code(5);
    assert_stderr_has(&out, "question 2 of");
    assert_stderr_has(&out, "Your answers so far are saved.");
}

#[test]
fn back_skip_help_and_pause_at_the_review() {
    let d = data();
    let bank = small_bank();
    let out = plain(&d.dir, &["--bank", &bank])
        .lines(&[
            "b",    // nothing to go back to on the first question
            "1",    // safe-now: No
            "1",    // has-insurance: Yes
            "b",    // in-network: back to has-insurance
            "2",    // has-insurance: No (in-network is now hidden)
            "?",    // cost-worry: help
            "s",    // cost-worry: skip
            "skip", // extras: skip
            "s",    // hours-free: skip
            "",     // costs-notes: an empty line skips
            "q",    // review: pause
        ])
        .run();
    out.assert_code(5);
    assert_stderr_has(
        &out,
        "This is the first question, so there is nothing to go back to.",
    );
    // Back shows the earlier answer again.
    assert_stderr_has(&out, "Your answer now: Yes. Press Enter to keep it.");
    assert_stderr_has(&out, "Help:\nThere is no extra help for this question.");
    assert_stderr_has(&out, "Call 988");
    // After help, the question is shown again in full, for screen readers.
    let after_help = out
        .stderr
        .split("Now, back to the question:")
        .nth(1)
        .unwrap_or_default();
    let before_skip = after_help.split("> ").next().unwrap_or_default();
    assert!(
        before_skip.contains("I worry about what IOP would cost me."),
        "{before_skip}"
    );
    assert!(before_skip.contains("  1. "), "{before_skip}");
    assert_stderr_has(&out, "Paused. Take all the time you need.");
    assert_stderr_has(&out, "iop-check --resume");
    // in-network was asked once, before the change to No, then never again.
    assert_eq!(
        out.stderr.matches("in my insurance network").count(),
        1,
        "{}",
        out.stderr
    );
    assert_eq!(out.stdout, "", "no summary when paused");
    assert_eq!(
        draft_answers(&d.dir),
        answers(&[
            ("safe-now", json!("no")),
            ("has-insurance", json!("no")),
            ("cost-worry", Value::Null),
            ("extras", Value::Null),
            ("hours-free", Value::Null),
            ("costs-notes", Value::Null),
        ])
    );
}

#[test]
fn lines_that_do_not_fit_are_asked_again() {
    let d = data();
    let bank = small_bank();
    let out = plain(&d.dir, &["--bank", &bank])
        .lines(&[
            "3",             // safe-now has two options
            "",              // an empty line does not skip a choice
            "1",             // safe-now: No
            "1",             // has-insurance: Yes
            "1 2",           // in-network takes one number
            "4",             // in-network: Agree
            "5",             // cost-worry: Strongly agree
            "1 9",           // extras has three options
            "3, 1",          // extras: Meals and Travel
            "61",            // hours-free is 0 to 60
            "2.5",           // and whole
            "lots",          // and a number
            "1,5",           // hours-free: 15 (a thousands separator is ignored)
            &"x".repeat(41), // costs-notes holds 40 characters at most
            "short note",
            "q",
        ])
        .run();
    out.assert_code(5);
    assert_stderr_has(&out, "Please type one number from 1 to 2.");
    assert_stderr_has(&out, "Please type a number, or s to skip.");
    assert_stderr_has(&out, "Please type one number from 1 to 6.");
    assert_stderr_has(
        &out,
        "Please type numbers from 1 to 3, like 1 3, or s to skip.",
    );
    assert_stderr_has(&out, "Please type a whole number from 0 to 60.");
    assert_stderr_has(
        &out,
        "Please type a number, like 6, or press Enter to skip.",
    );
    assert_stderr_has(
        &out,
        "That is longer than 40 characters. Please shorten it.",
    );
    assert_eq!(
        draft_answers(&d.dir),
        answers(&[
            ("safe-now", json!("no")),
            ("has-insurance", json!("yes")),
            ("in-network", json!("agree")),
            ("cost-worry", json!("strongly-agree")),
            ("extras", json!(["meals", "travel"])),
            ("hours-free", json!(15)),
            ("costs-notes", json!("short note")),
        ])
    );
}

#[test]
fn pausing_on_a_question_says_how_to_resume() {
    let d = data();
    let bank = small_bank();
    let out = Run::new([
        "run",
        "--plain",
        "--bank",
        &bank,
        "--data-dir",
        &d.dir.display().to_string(),
    ])
    .lines(&["1", "q"])
    .run();
    out.assert_code(5);
    assert_stderr_has(&out, "Paused. Take all the time you need.");
    assert_stderr_has(
        &out,
        &format!(
            "To pick up where you left off, run:\n\n    iop-check --resume --bank {bank} --data-dir {} --plain\n",
            d.dir.display()
        ),
    );
    assert_eq!(draft_answers(&d.dir), answers(&[("safe-now", json!("no"))]));
}

#[test]
fn input_that_ends_early_keeps_a_private_draft() {
    let d = data();
    let (lines, expected) = builtin_lines();
    let out = plain(&d.dir, &[]).lines(&lines[..3]).run();
    out.assert_code(5);
    assert_stderr_has(&out, "error: the input ended before the last question.");
    assert_stderr_has(&out, "Your answers so far are saved.");
    assert_stderr_has(&out, "iop-check --resume");
    assert_eq!(out.stdout, "");

    let saved = draft_answers(&d.dir);
    assert_eq!(saved.len(), 3, "{saved:?}");
    for (id, v) in &saved {
        assert_eq!(expected.get(id), Some(v), "{id}");
    }
    let draft = read_draft(&d.dir).expect("a draft");
    assert_eq!(draft["bank_id"], json!("iop-decision"));

    let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&draft_path(&d.dir)), 0o600, "the draft is private");
    assert_eq!(mode(&d.dir), 0o700, "the data folder is private");
}

/// Runs the built-in bank in two parts: `lines[..k]`, then `--resume` with
/// the rest and `q` at the review. Returns the draft answers at the review.
fn in_two_parts(
    k: usize,
    lines: &[String],
    second_args: &[&str],
    before: &[&str],
) -> (Data, Map<String, Value>) {
    let d = data();
    plain(&d.dir, &[]).lines(&lines[..k]).run().assert_code(5);
    assert_eq!(draft_answers(&d.dir).len(), k);
    let mut second: Vec<String> = before.iter().map(|s| s.to_string()).collect();
    second.extend_from_slice(&lines[k..]);
    second.push("q".into());
    plain(&d.dir, second_args)
        .lines(&second)
        .run()
        .assert_code(5);
    let answers = draft_answers(&d.dir);
    (d, answers)
}

#[test]
fn resume_gives_the_same_answers_as_one_run() {
    let (lines, expected) = builtin_lines();
    // One run without a break, paused at the review.
    let whole = data();
    plain(&whole.dir, &[])
        .lines(&with(&lines, &["q"]))
        .run()
        .assert_code(5);
    assert_eq!(draft_answers(&whole.dir), expected);

    for k in [1, 17, lines.len() - 1] {
        let (d, answers) = in_two_parts(k, &lines, &["--resume"], &[]);
        assert_eq!(answers, expected, "split after {k} lines");
        // A last run with --resume goes straight to the review.
        let out = plain(&d.dir, &["--resume"]).lines(&[""]).run();
        out.assert_code(0);
        assert!(!out.stderr.contains("question 1 of"), "{}", out.stderr);
        assert_stderr_has(&out, "Review your answers:");
        assert!(!draft_path(&d.dir).exists());
    }
}

#[test]
fn a_saved_draft_is_offered_when_starting_again() {
    let (lines, expected) = builtin_lines();
    // "r" picks the draft up.
    let (_, answers) = in_two_parts(5, &lines, &[], &["r"]);
    assert_eq!(answers, expected);

    // "n" starts over: the draft is deleted and the opening shown again.
    let d = data();
    plain(&d.dir, &[]).lines(&lines[..5]).run().assert_code(5);
    let out = plain(&d.dir, &[]).lines(&["n"]).run();
    out.assert_code(5);
    assert_stderr_has(&out, "You have 5 saved answers from");
    assert_stderr_has(&out, "This takes about");
    assert!(read_draft(&d.dir).is_none(), "the draft is deleted");
}

#[test]
fn fresh_deletes_the_draft() {
    let d = data();
    let (lines, _) = builtin_lines();
    plain(&d.dir, &[]).lines(&lines[..4]).run().assert_code(5);
    assert!(draft_path(&d.dir).exists());
    let out = plain(&d.dir, &["--fresh"]).stdin("").run();
    out.assert_code(5);
    assert!(!out.stderr.contains("saved answer"), "{}", out.stderr);
    assert_stderr_has(&out, "question 1 of");
    assert!(read_draft(&d.dir).is_none(), "the draft is deleted");
}

#[test]
fn no_save_writes_nothing() {
    let d = data();
    let (lines, _) = builtin_lines();
    let out = plain(&d.dir, &["--no-save"])
        .lines(&with(&lines, &[""]))
        .run();
    out.assert_code(0);
    assert!(out.stdout.contains("Thinking through an IOP suggestion"));
    assert!(!d.dir.exists(), "the data folder is not even created");

    let out = plain(&d.dir, &["--no-save"]).lines(&lines[..3]).run();
    out.assert_code(5);
    assert_stderr_has(&out, "Nothing was saved (--no-save).");
    assert!(!out.stderr.contains("iop-check --resume"), "{}", out.stderr);
    assert!(!d.dir.exists(), "the data folder is not even created");
}

#[test]
fn input_that_is_not_a_terminal_needs_plain_or_answers() {
    let d = data();
    for args in [&[][..], &["run"][..]] {
        // A pipe, and /dev/null.
        for out in [
            Run::new(args).data_dir(&d.dir).stdin("1\n1\n").run(),
            Run::new(args).data_dir(&d.dir).run(),
        ] {
            out.assert_code(2);
            assert_eq!(out.stderr, NOT_A_TERMINAL);
            assert_eq!(out.stdout, "");
        }
    }
    assert!(!d.dir.exists());
}

#[test]
fn a_line_that_is_not_text_is_asked_again() {
    let d = data();
    let bank = small_bank();
    let out = plain(&d.dir, &["--bank", &bank])
        .stdin(&b"\xff\xfe\n1\n1\nq\n"[..])
        .run();
    out.assert_code(5);
    assert_stderr_has(
        &out,
        "That line was not readable text. Please type it again.",
    );
    assert_eq!(
        draft_answers(&d.dir),
        answers(&[("safe-now", json!("no")), ("has-insurance", json!("yes"))])
    );
}

#[test]
fn resume_without_a_draft_starts_from_the_beginning() {
    let d = data();
    let bank = small_bank();
    let out = plain(&d.dir, &["--bank", &bank, "--resume"])
        .lines(&["1", "q"])
        .run();
    out.assert_code(5);
    assert_stderr_has(
        &out,
        "There are no saved answers to pick up, so we will start from the beginning.",
    );
    assert_stderr_has(&out, "Welcome to the test bank");
    // Seven questions, in-network among them until has-insurance is answered.
    assert_stderr_has(&out, "question 1 of 7]");
    assert_eq!(draft_answers(&d.dir), answers(&[("safe-now", json!("no"))]));
}

#[test]
fn the_default_data_folder_follows_xdg_data_home() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().expect("temporary folder");
    let xdg = tmp.path().join("xdg");
    // Input ends after one answer: the draft stays, in $XDG_DATA_HOME/iop-check.
    let out = Run::new(["--plain", "--bank", &small_bank()])
        .env("XDG_DATA_HOME", &xdg)
        .env("HOME", tmp.path())
        .lines(&["1"])
        .run();
    out.assert_code(5);
    let folder = xdg.join("iop-check");
    let draft = folder.join("draft.json");
    assert!(draft.exists(), "no draft in {}", folder.display());
    let mode =
        |p: &std::path::Path| std::fs::metadata(p).expect("exists").permissions().mode() & 0o777;
    assert_eq!(mode(&folder), 0o700);
    assert_eq!(mode(&draft), 0o600);
    // The resume hint needs no --data-dir for the default folder.
    assert!(
        out.stderr.contains("iop-check --resume --bank"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains("--data-dir"), "{}", out.stderr);
}

/// `(n, total)` from each plain-mode progress line, "[… · question N of M]".
fn progress_lines(stderr: &str) -> Vec<(usize, usize)> {
    stderr
        .lines()
        .filter_map(|l| {
            let rest = l.split("· question ").nth(1)?.strip_suffix(']')?;
            let (n, total) = rest.split_once(" of ")?;
            Some((n.parse().ok()?, total.parse().ok()?))
        })
        .collect()
}

#[test]
fn a_paused_quick_run_resumes_as_a_quick_run() {
    let d = data();
    let bank =
        iop_check::bank::load(None, iop_check::i18n::Lang::En).expect("the built-in bank loads");
    // After the three safety answers, every question may still be asked.
    let full_total = bank.questions().count();
    // Three answers on the quick path, then pause.
    let out = plain(&d.dir, &["--quick"])
        .lines(&["1", "1", "1", "q"])
        .run();
    out.assert_code(5);
    let seen = progress_lines(&out.stderr);
    assert_eq!(seen.len(), 4, "{}", out.stderr);
    let quick_total = seen[0].1;
    assert!(seen.iter().all(|(_, t)| *t == quick_total), "{seen:?}");
    assert!(
        quick_total < full_total,
        "the quick path has {quick_total} questions, the full one {full_total}"
    );
    // The printed command keeps --quick, and the draft remembers it.
    assert_stderr_has(&out, "--plain --quick\n");
    let draft = read_draft(&d.dir).expect("a draft");
    assert_eq!(draft["quick"], json!(true));
    let given = draft_answers(&d.dir).len();
    assert_eq!(given, 3);

    // `--resume` alone (as an older hint said) still goes on along the
    // quick path, at the next question.
    let out = plain(&d.dir, &["--resume"]).lines(&["q"]).run();
    out.assert_code(5);
    assert_eq!(
        progress_lines(&out.stderr),
        vec![(given + 1, quick_total)],
        "resumed on the quick path:\n{}",
        out.stderr
    );
    assert_stderr_has(&out, "--plain\n");

    // A full run's draft says nothing of --quick, and resumes as a full run:
    // an old draft without the field is a full run.
    let f = data();
    plain(&f.dir, &[])
        .lines(&["1", "1", "1", "q"])
        .run()
        .assert_code(5);
    let draft = read_draft(&f.dir).expect("a draft");
    assert!(draft.get("quick").is_none(), "{draft}");
    let out = plain(&f.dir, &["--resume"]).lines(&["q"]).run();
    out.assert_code(5);
    assert_eq!(
        progress_lines(&out.stderr),
        vec![(4, full_total)],
        "{}",
        out.stderr
    );
}

#[test]
fn s_skips_a_text_question_and_a_backslash_keeps_it_as_text() {
    let d = data();
    let bank = small_bank();
    let run = |notes: &str| {
        plain(&d.dir, &["--bank", &bank, "--fresh", "--format", "json"])
            .lines(&[
                "1", "2", // safe-now: No; has-insurance: No
                "s", "s", "s", // cost-worry, extras, hours-free: skipped
                notes, "", // costs-notes; then finish at the review
                "", "n", "", // no name, keep nothing, no copy
            ])
            .run()
    };
    let out = run("s");
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON summary");
    assert_eq!(v["answers"]["costs-notes"], Value::Null, "{}", out.stdout);
    assert!(!out.stdout.contains("\"s\""), "{}", out.stdout);
    let out = run("\\s");
    out.assert_code(0);
    let v: Value = serde_json::from_str(&out.stdout).expect("JSON summary");
    assert_eq!(v["answers"]["costs-notes"], "s", "{}", out.stdout);
}

#[test]
fn plain_mode_wraps_at_80_columns_in_a_pipe_and_at_the_terminal_width() {
    // In a pipe: 80 columns, through a whole run of the built-in bank (its
    // parts' "why this matters", long options, the review) with help.
    let d = data();
    let (lines, _) = builtin_lines();
    let mut input = vec!["?".to_string()];
    input.extend(with(&lines, &["", ""]));
    let out = plain(&d.dir, &["--no-save"]).lines(&input).run();
    out.assert_code(0);
    assert!(
        flatten(&out.stderr).contains("If you are struggling right now, help is there:"),
        "{}",
        out.stderr
    );
    let wide = common::wider_than(&out.stderr, 80);
    assert!(wide.is_empty(), "wider than 80:\n{}", wide.join("\n"));

    // In a terminal 40 columns wide: 40, the pause message too; the
    // command to copy stays whole on its line.
    let d = data();
    let mut pty = common::Pty::spawn_with(
        &["--plain", "--bank", &small_bank()],
        &d.dir,
        common::PtyOptions {
            cols: 40,
            rows: 24,
            ..Default::default()
        },
    );
    pty.wait_text("Type a number.");
    pty.send("1\n?\n");
    pty.wait_text("Now, back to the question:");
    pty.send("2\nq\n");
    assert_eq!(pty.wait_exit(), common::Exit::Code(5));
    let text = pty.text();
    assert!(
        flatten(&text).contains("To pick up where you left off, run:"),
        "{text}"
    );
    assert!(text.contains("\n    iop-check --resume "), "{text}");
    // The answers typed after each "> " are not echoed by this terminal,
    // so what follows a prompt is on its line; a person's Enter ends it.
    let typed = text.replace("> ", "\n");
    let wide = common::wider_than(&typed, 40);
    assert!(wide.is_empty(), "wider than 40:\n{}", wide.join("\n"));
}
