//! The terminal prompter, driven with real keys in a pseudo-terminal.
//!
//! Each test starts `iop-check` in an 80×30 pty (TERM=xterm-256color,
//! NO_COLOR=1 unless said otherwise) with its own temporary data folder, reads
//! the screens it draws (see `common::Screen`), and answers with the keys a
//! person would press. Answers are checked through `draft.json`, which is
//! written after every answer, and through the review screen.
//!
//! No timing is asserted: every wait has a deadline only to turn a hang into a
//! failure.

use crate::common;

use common::key::{BACKSPACE, CTRL_C, DOWN, ENTER, ESC, SPACE, UP};
use common::{
    Exit, Pty, PtyOptions, Screen, ScreenKind, answers, draft_answers, draft_path, fixture, flatten,
};
use serde_json::{Map, Value, json};

/// How many questions of the built-in bank are shown before any answer
/// (some wait on earlier answers).
fn builtin_total_at_start() -> usize {
    // Every question may still be asked before the first answer: the total
    // counts them all, and only shrinks as branches close.
    let bank = iop_check::bank::builtin().expect("the built-in bank");
    bank.questions().count()
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary folder")
}

/// The small fixture bank: safe-now, has-insurance, in-network (only when
/// has-insurance is yes), cost-worry, extras (checklist), hours-free (0-60),
/// costs-notes (text).
fn small_bank() -> String {
    fixture("small-bank.yaml").display().to_string()
}

/// The keys for one question screen. The same screen always gets the same
/// keys, so two runs with the same policy give the same answers.
type Policy = fn(&Screen) -> String;

/// Enter on the highlighted (first) option, Space then Enter on checklists
/// (checks the first item), the smallest allowed number, or a note.
fn first_options(s: &Screen) -> String {
    match s.kind {
        ScreenKind::Choice => format!("{}{ENTER}", s.pick()),
        ScreenKind::Checklist => format!("{SPACE}{ENTER}"),
        ScreenKind::Typed => match s.number_range() {
            Some((min, _)) => format!("{min}{ENTER}"),
            None => format!("note for question {}{ENTER}", s.number()),
        },
        _ => panic!("not a question screen:\n{}", s.text),
    }
}

/// Like [`first_options`], but varied by question number: on even numbers
/// (never on a safety question) it moves down one option, and on a
/// checklist checks the first two items; on odd numbers a checklist's
/// second item only. Numbers depend on the question number.
fn varied_options(s: &Screen) -> String {
    let n = s.number();
    // Never on a safety question: its first option is the safe one.
    let down = if n > 1 && n.is_multiple_of(2) && !s.unchosen() {
        DOWN
    } else {
        ""
    };
    match s.kind {
        ScreenKind::Choice => format!("{}{down}{ENTER}", s.pick()),
        ScreenKind::Checklist if down.is_empty() => format!("{DOWN}{SPACE}{ENTER}"),
        ScreenKind::Checklist => format!("{SPACE}{DOWN}{SPACE}{ENTER}"),
        ScreenKind::Typed => match s.number_range() {
            Some((min, max)) => {
                let span = (max - min) as usize + 1;
                format!("{}{ENTER}", min as usize + n % span)
            }
            None => format!("varied note {n}{ENTER}"),
        },
        _ => panic!("not a question screen:\n{}", s.text),
    }
}

/// The welcome screen (how long it takes, where help is), then Enter. The
/// opening cards, which come after the safety question, are passed by
/// `Pty::next_screen` unless a test asks to see them.
fn through_welcome(pty: &mut Pty) {
    let s = pty.expect_screen(ScreenKind::Welcome);
    assert!(s.flat.contains("This takes about"), "{}", s.text);
    assert!(s.flat.contains("988"), "{}", s.text);
    pty.send(ENTER);
}

/// Answers every question screen with `policy`, starting with `first` (or
/// the next screen), until the review screen, which it returns along with
/// the `(n, total)` progress of every question answered.
fn answer_until_review(
    pty: &mut Pty,
    policy: Policy,
    first: Option<Screen>,
) -> (Screen, Vec<(usize, usize)>) {
    let mut seen = Vec::new();
    let mut screen = first.unwrap_or_else(|| pty.next_screen());
    loop {
        match screen.kind {
            ScreenKind::Review => return (screen, seen),
            ScreenKind::Choice | ScreenKind::Checklist | ScreenKind::Typed => {
                let p = screen
                    .progress
                    .unwrap_or_else(|| panic!("no progress line:\n{}", screen.text));
                if let Some(&(last, _)) = seen.last() {
                    assert_eq!(p.0, last + 1, "questions out of order:\n{}", screen.text);
                }
                seen.push(p);
                pty.send(&policy(&screen));
            }
            _ => panic!("unexpected screen while answering:\n{}", screen.text),
        }
        screen = pty.next_screen();
    }
}

/// The questions that may follow "Finish" (name, keeping the check-in, a
/// copy to save), each as the last text drawn for it; each is answered with
/// Enter, its default (no name, keep it, no copy).
const CLOSING_QUESTIONS: &[&str] = &[
    "Name or initials",
    "No, don't keep it",
    "Yes, as a text document (Markdown)",
];

/// Chooses "Finish and see my summary" on the review screen, answers the
/// closing questions with their defaults, and waits for the end; returns the
/// exit and everything written after the choice.
fn finish(pty: &mut Pty) -> (Exit, String) {
    let mark = pty.mark();
    pty.send(ENTER);
    let mut next = 0;
    loop {
        let mut found = None;
        pty.wait_until("the end, or a closing question", |p| {
            let text = flatten(&p.text_since(mark));
            found = (next..CLOSING_QUESTIONS.len()).find(|&i| text.contains(CLOSING_QUESTIONS[i]));
            found.is_some() || p.ended()
        });
        match found {
            Some(i) => {
                pty.send(ENTER);
                next = i + 1;
            }
            None => break,
        }
    }
    let exit = pty.wait_exit();
    (exit, pty.text_since(mark))
}

/// A whole run of the built-in bank with `policy`; returns the draft's
/// answers just before finishing.
fn builtin_run(policy: Policy) -> Map<String, Value> {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn(&[], &data);
    through_welcome(&mut pty);
    let (_review, seen) = answer_until_review(&mut pty, policy, None);
    assert!(!seen.is_empty());
    let before = draft_answers(&data);
    let (exit, _) = finish(&mut pty);
    assert_eq!(exit, Exit::Code(0));
    assert!(
        !draft_path(&data).exists(),
        "the draft is removed at the end"
    );
    before
}

#[test]
fn whole_builtin_bank_with_arrow_keys_and_enter() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn(&[], &data);
    through_welcome(&mut pty);
    let (review, seen) = answer_until_review(&mut pty, first_options, None);

    // Enter alone takes where each cursor starts: a question's default, the
    // middle of a scale, else the first option. Questions come one after
    // another, and the total never grows: it shrinks when an answer hides
    // questions, and the ones an answer shows were counted from the start.
    let numbers: Vec<usize> = seen.iter().map(|p| p.0).collect();
    assert_eq!(numbers, (1..=seen.len()).collect::<Vec<_>>());
    assert_eq!(seen[0].1, builtin_total_at_start(), "{seen:?}");
    assert!(
        seen.windows(2).all(|p| p[1].1 <= p[0].1),
        "the total grew: {seen:?}"
    );
    assert_eq!(seen[seen.len() - 1].1, seen.len(), "{seen:?}");

    // Every answer is in the draft and on the review screen.
    let draft = draft_answers(&data);
    assert_eq!(draft.len(), seen.len(), "{draft:?}");
    assert_eq!(
        draft["safe-now"],
        json!("no"),
        "the safe answer comes first"
    );
    // A yes/no question starts on "not sure", so Enter hides no to-do.
    assert_eq!(draft["has-insurance"], json!("not-sure"));
    assert_eq!(draft["leaning"], json!("not-sure"));
    assert_eq!(draft["conflicts"], json!(["work"]));
    assert_eq!(draft["hours-free"], json!(0));
    // No scale answer is an extreme: Enter alone never records one.
    let bank = iop_check::bank::builtin().expect("the built-in bank");
    for (id, v) in &draft {
        let Some(q) = bank.question(id) else { continue };
        let Some(chosen) = v.as_str().and_then(|o| q.option(o)) else {
            continue;
        };
        let scores: Vec<u8> = q.options.iter().filter_map(|o| o.score).collect();
        if let (Some(s), true) = (chosen.score, scores.len() >= 3 && !q.safety) {
            let lo = *scores.iter().min().expect("scores");
            let hi = *scores.iter().max().expect("scores");
            assert!(s != lo && s != hi, "{id}: {v} is an extreme");
        }
    }
    assert!(
        draft.values().all(|v| !v.is_null()),
        "nothing skipped: {draft:?}"
    );
    assert!(
        review.flat.contains("or wished you were dead? → No"),
        "{}",
        review.text
    );

    let (exit, summary) = finish(&mut pty);
    assert_eq!(exit, Exit::Code(0), "{summary}");
    assert!(
        summary.contains("Thinking through an IOP suggestion"),
        "the summary names the bank:\n{summary}"
    );
    let notes: Vec<&str> = draft
        .values()
        .filter_map(Value::as_str)
        .filter(|s| s.starts_with("note for question"))
        .collect();
    assert!(!notes.is_empty());
    assert!(
        notes.iter().any(|n| summary.contains(n)),
        "the summary mentions the answers (notes {notes:?}):\n{summary}"
    );
    assert!(
        !draft_path(&data).exists(),
        "the draft is removed at the end"
    );
}

/// Starts the small fixture bank, past the welcome screen.
fn small_run(data: &std::path::Path) -> Pty {
    let bank = small_bank();
    let mut pty = Pty::spawn(&["--bank", &bank], data);
    through_welcome(&mut pty);
    pty
}

/// Sends `keys` on a screen that must be question `n` of `total` and contain `prompt`.
fn answer(pty: &mut Pty, s: &Screen, (n, total): (usize, usize), prompt: &str, keys: &str) {
    assert_eq!(s.progress, Some((n, total)), "screen:\n{}", s.text);
    assert!(
        s.flat.contains(prompt),
        "expected {prompt:?} on:\n{}",
        s.text
    );
    pty.send(keys);
}

/// Starts the small bank and answers its first three questions: safe, has
/// insurance (Yes, which shows the in-network question, counted in the 7
/// from the start), and in-network "disagree". Returns the pty and the
/// fourth screen.
fn through_in_network(data: &std::path::Path) -> (Pty, Screen) {
    let mut pty = small_run(data);
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (1, 7),
        "harming yourself",
        &format!("{DOWN}{ENTER}"),
    );
    let s = pty.next_screen();
    answer(&mut pty, &s, (2, 7), "health insurance", ENTER);
    let s = pty.next_screen();
    // A scale's cursor starts in the middle ("Neither agree nor disagree"),
    // so that Enter alone never records the strongest answer either way.
    assert!(
        s.text.contains("❯ Neither agree nor disagree"),
        "{}",
        s.text
    );
    answer(
        &mut pty,
        &s,
        (3, 7),
        "insurance network",
        &format!("{UP}{ENTER}"),
    );
    let s = pty.next_screen();
    assert_eq!(draft_answers(data)["in-network"], json!("disagree"));
    (pty, s)
}

#[test]
fn going_back_and_changing_an_answer_keeps_the_new_one() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    // Safe; insurance Yes, so the in-network question is asked.
    let (mut pty, s) = through_in_network(&data);

    // Esc on a choice prompt goes back, with the earlier answer highlighted.
    answer(&mut pty, &s, (4, 7), "worry about what IOP would cost", ESC);
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.progress, Some((3, 7)), "{}", s.text);
    assert!(
        s.text.contains("❯ Disagree"),
        "current answer highlighted:\n{}",
        s.text
    );
    pty.send(&format!("{DOWN}{DOWN}{ENTER}"));

    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (4, 7),
        "worry about what IOP would cost",
        ENTER,
    );
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (5, 7),
        "extra costs",
        &format!("{SPACE}{ENTER}"),
    );
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (6, 7),
        "How many hours",
        &format!("12{ENTER}"),
    );

    // "<" on a text prompt goes back; the number prompt shows the earlier answer.
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (7, 7),
        "Anything else about costs",
        &format!("<{ENTER}"),
    );
    let s = pty.expect_screen(ScreenKind::Typed);
    assert_eq!(s.progress, Some((6, 7)), "{}", s.text);
    pty.wait_text("Your answer › 12");
    pty.send(&format!("{BACKSPACE}{BACKSPACE}20{ENTER}"));
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (7, 7),
        "Anything else about costs",
        &format!("fine{ENTER}"),
    );

    let review = pty.expect_screen(ScreenKind::Review);
    assert!(
        review
            .flat
            .contains("I know whether the program is in my insurance network. → Agree"),
        "{}",
        review.text
    );
    assert!(
        review
            .flat
            .contains("How many hours a week could you free up? → 20 hours a week"),
        "{}",
        review.text
    );
    assert_eq!(
        draft_answers(&data),
        answers(&[
            ("safe-now", json!("no")),
            ("has-insurance", json!("yes")),
            ("in-network", json!("agree")),
            ("cost-worry", json!("neutral")),
            ("extras", json!(["travel"])),
            ("hours-free", json!(20)),
            ("costs-notes", json!("fine")),
        ])
    );
    let (exit, summary) = finish(&mut pty);
    assert_eq!(exit, Exit::Code(0), "{summary}");
}

#[test]
fn skipped_questions_are_saved_as_null() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = small_run(&data);
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (1, 7),
        "harming yourself",
        &format!("{DOWN}{ENTER}"),
    );
    // "Skip this question" comes right after the three options.
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (2, 7),
        "health insurance",
        &format!("{DOWN}{DOWN}{DOWN}{ENTER}"),
    );
    // A skipped answer matches no condition: in-network stays hidden.
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (3, 6),
        "worry about what IOP would cost",
        ENTER,
    );
    // On a checklist, checking "Skip this question" skips it.
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (4, 6),
        "extra costs",
        &format!("{DOWN}{DOWN}{DOWN}{SPACE}{ENTER}"),
    );
    // Enter on an empty line skips number and text prompts.
    let s = pty.next_screen();
    answer(&mut pty, &s, (5, 6), "How many hours", ENTER);
    let s = pty.next_screen();
    answer(&mut pty, &s, (6, 6), "Anything else about costs", ENTER);

    let review = pty.expect_screen(ScreenKind::Review);
    assert_eq!(
        review.flat.matches("(skipped)").count(),
        4,
        "{}",
        review.text
    );
    let expected = answers(&[
        ("safe-now", json!("no")),
        ("has-insurance", Value::Null),
        ("cost-worry", json!("neutral")),
        ("extras", Value::Null),
        ("hours-free", Value::Null),
        ("costs-notes", Value::Null),
    ]);
    assert_eq!(draft_answers(&data), expected);

    // "Pause for now" keeps the draft as it is.
    pty.send(&format!("{DOWN}{DOWN}{ENTER}"));
    assert_eq!(pty.wait_exit(), Exit::Code(5));
    assert!(pty.text().contains("iop-check --resume"), "{}", pty.text());
    assert_eq!(draft_answers(&data), expected);
}

#[test]
fn changing_an_answer_in_the_review() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = small_run(&data);
    let (review, seen) = answer_until_review(&mut pty, first_options, None);
    assert_eq!(seen.len(), 7);
    assert!(
        review
            .flat
            .contains("I worry about what IOP would cost me. → Neither agree nor disagree"),
        "{}",
        review.text
    );

    // Change an answer → the fourth answer (cost-worry) → Strongly agree.
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.wait_text("Which answer do you want to change?");
    pty.send(&format!("{DOWN}{DOWN}{DOWN}{ENTER}"));
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.progress, Some((4, 7)), "{}", s.text);
    assert!(
        s.flat.contains("I worry about what IOP would cost me"),
        "{}",
        s.text
    );
    // The earlier answer is highlighted.
    assert!(
        s.text.contains("❯ Neither agree nor disagree"),
        "{}",
        s.text
    );
    pty.send(&format!("{DOWN}{DOWN}{ENTER}"));

    let review = pty.expect_screen(ScreenKind::Review);
    assert!(
        review
            .flat
            .contains("I worry about what IOP would cost me. → Strongly agree"),
        "{}",
        review.text
    );
    assert!(
        !review.flat.contains("cost me. → Strongly disagree"),
        "{}",
        review.text
    );
    assert_eq!(draft_answers(&data)["cost-worry"], json!("strongly-agree"));
    let (exit, summary) = finish(&mut pty);
    assert_eq!(exit, Exit::Code(0), "{summary}");
}

#[test]
fn a_change_in_the_review_that_shows_a_question_asks_it() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = small_run(&data);
    answer_until_review(&mut pty, first_options, None);
    assert_eq!(draft_answers(&data)["in-network"], json!("neutral"));

    // has-insurance (second in the list) → No: in-network is dropped.
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.wait_text("Which answer do you want to change?");
    pty.send(&format!("{DOWN}{ENTER}"));
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.progress, Some((2, 7)), "{}", s.text);
    pty.send(&format!("{DOWN}{ENTER}"));
    let review = pty.expect_screen(ScreenKind::Review);
    assert!(
        !review.flat.contains("insurance network"),
        "{}",
        review.text
    );
    assert!(!draft_answers(&data).contains_key("in-network"));

    // has-insurance → Yes again: in-network is asked, empty, then the review.
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.wait_text("Which answer do you want to change?");
    pty.send(&format!("{DOWN}{ENTER}"));
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.progress, Some((2, 6)), "{}", s.text);
    pty.send(&format!("{UP}{ENTER}"));
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.progress, Some((3, 7)), "{}", s.text);
    assert!(s.flat.contains("insurance network"), "{}", s.text);
    // Asked afresh, its cursor starts in the middle of the scale.
    assert!(
        s.text.contains("❯ Neither agree nor disagree"),
        "{}",
        s.text
    );
    pty.send(ENTER);
    let review = pty.expect_screen(ScreenKind::Review);
    assert!(
        review.flat.contains(
            "I know whether the program is in my insurance network. → Neither agree nor disagree"
        ),
        "{}",
        review.text
    );
    assert_eq!(draft_answers(&data)["in-network"], json!("neutral"));
    let (exit, summary) = finish(&mut pty);
    assert_eq!(exit, Exit::Code(0), "{summary}");
}

#[test]
fn a_conditional_question_appears_and_disappears() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    // Safe; insurance Yes, so the in-network question is asked.
    let (mut pty, s) = through_in_network(&data);

    // Back twice, to has-insurance, and change it to No.
    answer(&mut pty, &s, (4, 7), "worry about what IOP would cost", ESC);
    let s = pty.expect_screen(ScreenKind::Choice);
    answer(&mut pty, &s, (3, 7), "insurance network", ESC);
    let s = pty.expect_screen(ScreenKind::Choice);
    assert!(s.text.contains("❯ Yes"), "{}", s.text);
    answer(
        &mut pty,
        &s,
        (2, 7),
        "health insurance",
        &format!("{DOWN}{ENTER}"),
    );

    // in-network is skipped over, and its earlier answer is gone.
    let s = pty.next_screen();
    assert_eq!(s.progress, Some((3, 6)), "{}", s.text);
    assert!(
        s.flat.contains("worry about what IOP would cost"),
        "{}",
        s.text
    );
    let draft = draft_answers(&data);
    assert_eq!(draft["has-insurance"], json!("no"));
    assert!(!draft.contains_key("in-network"), "{draft:?}");

    let (review, seen) = answer_until_review(&mut pty, first_options, Some(s));
    assert_eq!(seen.last(), Some(&(6, 6)));
    assert!(
        !review.flat.contains("insurance network"),
        "{}",
        review.text
    );
    assert!(!draft_answers(&data).contains_key("in-network"));
    let (exit, summary) = finish(&mut pty);
    assert_eq!(exit, Exit::Code(0), "{summary}");
}

#[test]
fn help_shows_the_question_help_and_crisis_resources() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = small_run(&data);
    pty.next_screen();
    pty.send(&format!("{DOWN}{ENTER}"));
    pty.next_screen();
    pty.send(ENTER);
    // in-network: six options, Skip, Back, then Help; the cursor starts on
    // the third option, the middle of the scale.
    let s = pty.next_screen();
    assert_eq!(s.progress, Some((3, 7)), "{}", s.text);
    pty.send(&format!("{}{ENTER}", DOWN.repeat(6)));
    let help = pty.expect_screen(ScreenKind::Help);
    assert!(
        help.flat
            .contains("In network means your plan has a deal with the program."),
        "{}",
        help.text
    );
    assert!(help.flat.contains("988"), "{}", help.text);
    pty.send(ENTER);
    // Back on the same question, nothing answered.
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.progress, Some((3, 7)), "{}", s.text);
    assert!(!draft_answers(&data).contains_key("in-network"));
}

/// Starts the built-in bank, past the welcome screen.
fn builtin_started(data: &std::path::Path) -> Pty {
    let mut pty = Pty::spawn(&[], data);
    through_welcome(&mut pty);
    pty
}

/// Answers "Yes, … right now" to the built-in safety question; returns the
/// mark taken just before, and the crisis screen.
fn crisis_answer(pty: &mut Pty) -> (usize, Screen) {
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(
        s.progress,
        Some((1, builtin_total_at_start())),
        "{}",
        s.text
    );
    let mark = pty.mark();
    // Nothing is chosen yet: ↓ is "No", then past weeks, then right now.
    pty.send(&format!("{DOWN}{DOWN}{DOWN}{ENTER}"));
    let crisis = pty.expect_screen(ScreenKind::Crisis);
    assert!(
        crisis.flat.contains("Please reach out for help now."),
        "{}",
        crisis.text
    );
    // 988 is named before the therapist.
    let at_988 = crisis.flat.find("988").expect("988");
    let therapist = crisis.flat.find("therapist").expect("the therapist");
    assert!(at_988 < therapist, "{}", crisis.text);
    for contact in ["Call or text 988", "call 911"] {
        assert!(crisis.flat.contains(contact), "{contact}:\n{}", crisis.text);
    }
    assert_eq!(crisis.progress, None, "{}", crisis.text);
    (mark, crisis)
}

#[test]
fn a_crisis_answer_shows_resources_before_the_next_question() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = builtin_started(&data);
    let (mark, _) = crisis_answer(&mut pty);
    assert_eq!(draft_answers(&data)["safe-now"], json!("yes"));

    // "Keep going with the questions" is the third choice.
    pty.send(&format!("{DOWN}{DOWN}{ENTER}"));
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(
        s.progress,
        Some((2, builtin_total_at_start())),
        "{}",
        s.text
    );
    let after = pty.text_since(mark);
    let resources = after.find("988").expect("988 is shown");
    let next = after.find("question 2 of").expect("question 2 is asked");
    assert!(resources < next, "crisis resources come first:\n{after}");
}

#[test]
fn stopping_after_a_crisis_answer_keeps_the_draft() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = builtin_started(&data);
    let (mark, _) = crisis_answer(&mut pty);
    // "Stop here and reach out now" is the first choice, and the default.
    pty.send(ENTER);
    assert_eq!(pty.wait_exit(), Exit::Code(5));
    let out = pty.text_since(mark);
    assert!(!out.contains("question 2 of"), "{out}");
    assert!(flatten(&out).contains("iop-check --resume"), "{out}");
    assert_eq!(draft_answers(&data), answers(&[("safe-now", json!("yes"))]));
}

/// Answers the built-in bank with `policy` until question `n` is on screen
/// (at least `n`, and of `kind`); returns that screen unanswered.
fn builtin_until(pty: &mut Pty, policy: Policy, n: usize, kind: ScreenKind) -> Screen {
    through_welcome(pty);
    loop {
        let s = pty.next_screen();
        assert!(
            matches!(
                s.kind,
                ScreenKind::Choice | ScreenKind::Checklist | ScreenKind::Typed
            ),
            "unexpected screen:\n{}",
            s.text
        );
        if s.number() >= n && s.kind == kind {
            return s;
        }
        pty.send(&policy(&s));
    }
}

/// After an interruption at question `n`: the draft holds the answers to
/// questions 1 to n-1, and `--resume` goes on at question `n` with the same
/// policy to the same answers as `reference`.
fn resume_to_the_same_answers(
    data: &std::path::Path,
    n: usize,
    policy: Policy,
    reference: &Map<String, Value>,
) {
    let saved = draft_answers(data);
    assert_eq!(saved.len(), n - 1, "{saved:?}");
    for (id, v) in &saved {
        assert_eq!(
            reference.get(id),
            Some(v),
            "{id} differs from a run without interruption"
        );
    }
    let mut pty = Pty::spawn(&["--resume"], data);
    let first = pty.next_screen();
    assert_eq!(
        first.number(),
        n,
        "resumes at the question that was open:\n{}",
        first.text
    );
    let (_, seen) = answer_until_review(&mut pty, policy, Some(first));
    assert_eq!(seen[0].0, n);
    assert_eq!(&draft_answers(data), reference);
    let (exit, summary) = finish(&mut pty);
    assert_eq!(exit, Exit::Code(0), "{summary}");
    assert!(!draft_path(data).exists());
}

/// Checks that the cursor was shown again after it was last hidden.
fn assert_cursor_shown(pty: &Pty) {
    let raw = pty.raw();
    let hide = raw
        .rfind("\x1b[?25l")
        .expect("the cursor was hidden during the run");
    let show = raw.rfind("\x1b[?25h").expect("the cursor is shown again");
    assert!(
        show > hide,
        "the output ends with the cursor hidden:\n{raw:?}"
    );
}

#[test]
fn ctrl_c_keeps_the_draft_and_resume_finishes_with_the_same_answers() {
    let reference = builtin_run(varied_options);
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn(&[], &data);
    let s = builtin_until(&mut pty, varied_options, 20, ScreenKind::Choice);
    let n = s.number();
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    assert_cursor_shown(&pty);
    let text = flatten(&pty.text());
    assert!(text.contains("iop-check --resume"), "{text}");
    assert_eq!(text.matches("Stopped.").count(), 1, "said once:\n{text}");
    resume_to_the_same_answers(&data, n, varied_options, &reference);
}

#[test]
fn kill_9_loses_at_most_the_answer_being_typed() {
    let reference = builtin_run(varied_options);
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn(&[], &data);
    let s = builtin_until(&mut pty, varied_options, 8, ScreenKind::Typed);
    assert_eq!(s.number_range(), None, "a text question:\n{}", s.text);
    let n = s.number();
    pty.send("half a thought");
    pty.wait_text("half a thought");
    pty.signal(libc::SIGKILL);
    assert_eq!(pty.wait_exit(), Exit::Signal(libc::SIGKILL));
    let saved = draft_answers(&data);
    assert!(
        !serde_json::to_string(&saved)
            .unwrap()
            .contains("half a thought"),
        "{saved:?}"
    );
    resume_to_the_same_answers(&data, n, varied_options, &reference);
}

/// Answers the first three questions of the small bank, sends `sig` on the
/// fourth, and checks: exit 130, the cursor shown again, one "Stopped."
/// with the resume command, and the three answers kept.
fn stopped_by(sig: i32) {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = small_run(&data);
    for _ in 0..3 {
        let s = pty.next_screen();
        pty.send(&first_options(&s));
    }
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.progress, Some((4, 7)), "{}", s.text);
    pty.signal(sig);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    assert_cursor_shown(&pty);
    let text = flatten(&pty.text());
    assert!(text.contains("iop-check --resume"), "{text}");
    assert_eq!(text.matches("Stopped.").count(), 1, "said once:\n{text}");
    assert_eq!(
        draft_answers(&data),
        answers(&[
            ("safe-now", json!("no")),
            ("has-insurance", json!("yes")),
            ("in-network", json!("neutral")),
        ])
    );
}

#[test]
fn sigterm_exits_130_and_keeps_the_draft() {
    stopped_by(libc::SIGTERM);
}

#[test]
fn sighup_exits_130_and_keeps_the_draft() {
    stopped_by(libc::SIGHUP);
}

#[test]
fn ctrl_c_on_a_typed_prompt() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = small_run(&data);
    loop {
        let s = pty.next_screen();
        if s.kind == ScreenKind::Typed {
            assert_eq!(s.progress, Some((6, 7)), "{}", s.text);
            break;
        }
        pty.send(&first_options(&s));
    }
    pty.send("1");
    pty.wait_text("Your answer › 1");
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    assert_cursor_shown(&pty);
    let text = flatten(&pty.text());
    assert_eq!(text.matches("Stopped.").count(), 1, "said once:\n{text}");
    let saved = draft_answers(&data);
    assert_eq!(saved.len(), 5, "{saved:?}");
    assert!(!saved.contains_key("hours-free"), "{saved:?}");
}

#[test]
fn a_narrow_terminal_gets_lines_that_fit() {
    const COLS: usize = 40;
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn_with(
        &[],
        &data,
        PtyOptions {
            cols: COLS as u16,
            rows: 30,
            ..PtyOptions::default()
        },
    );
    through_welcome(&mut pty);
    // Help on the first question too: it shows the crisis resources.
    let s = pty.expect_screen(ScreenKind::Choice);
    // Nothing chosen yet: ↓ goes to "No"; then two yes answers, not sure,
    // Skip, then Help.
    pty.send(&format!("{}{ENTER}", DOWN.repeat(6)));
    pty.expect_screen(ScreenKind::Help);
    pty.send(ENTER);
    // Back on the question, still with nothing chosen: a safety answer is
    // never pre-chosen, not even after help.
    let again = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(again.progress, s.progress, "{}", again.text);
    assert!(again.unchosen(), "{}", again.text);
    assert!(!again.text.contains('❯'), "{}", again.text);
    pty.send(&format!("{DOWN}{ENTER}"));
    let (_, seen) = answer_until_review(&mut pty, first_options, None);
    assert_eq!(s.progress, Some((1, builtin_total_at_start())));
    assert_eq!(seen.first().map(|p| p.0), Some(2));
    let last = seen.last().expect("questions were asked");
    assert_eq!(last.0, last.1, "the last question is the last of the total");

    // Every line the questions drew, from the opening to the review, fits
    // in 40 columns. (\r counts as a line break, so each redraw of a line
    // is measured on its own.)
    let text = pty.text();
    let long: Vec<&str> = text.lines().filter(|l| l.chars().count() > COLS).collect();
    assert!(
        long.is_empty(),
        "lines wider than {COLS} columns: {long:#?}"
    );
    let (exit, summary) = finish(&mut pty);
    assert_eq!(exit, Exit::Code(0), "{summary}");
}

/// A whole run of the small bank with `opts`; returns all raw output.
fn small_bank_raw_output(opts: PtyOptions) -> String {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let bank = small_bank();
    let mut pty = Pty::spawn_with(&["--bank", &bank], &data, opts);
    through_welcome(&mut pty);
    answer_until_review(&mut pty, first_options, None);
    let (exit, summary) = finish(&mut pty);
    assert_eq!(exit, Exit::Code(0), "{summary}");
    pty.raw()
}

/// Colour (foreground or background) escape codes: ESC [ 3x, 4x, 9x, 10x, 38;…
fn colour_codes(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in raw.match_indices("\x1b[") {
        let params: String = raw[i + 2..]
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ';')
            .collect();
        let ends_in_m = raw[i + 2 + params.len()..].starts_with('m');
        let colour = params.split(';').any(|p| {
            p.len() >= 2
                && (p.starts_with('3')
                    || p.starts_with('4')
                    || p.starts_with('9')
                    || p.starts_with("10"))
        });
        if ends_in_m && colour {
            out.push(format!("ESC[{params}m"));
        }
    }
    out
}

#[test]
fn no_color_and_clicolor_0_turn_colour_off() {
    // Colour is on by default in a terminal: the check below can see it.
    let coloured = small_bank_raw_output(PtyOptions {
        no_color: false,
        ..PtyOptions::default()
    });
    assert!(
        !colour_codes(&coloured).is_empty(),
        "expected colour by default"
    );

    let no_color = small_bank_raw_output(PtyOptions::default());
    assert_eq!(colour_codes(&no_color), Vec::<String>::new());

    let clicolor = small_bank_raw_output(PtyOptions {
        no_color: false,
        env: vec![("CLICOLOR".into(), "0".into())],
        ..PtyOptions::default()
    });
    assert_eq!(colour_codes(&clicolor), Vec::<String>::new());
}

#[test]
fn redirected_stderr_gets_a_clear_message() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let log = tmp.path().join("err.log");
    // A terminal for input, but stderr redirected to a file.
    let mut pty = Pty::spawn_with(
        &[],
        &data,
        PtyOptions {
            stderr_to: Some(log.clone()),
            ..PtyOptions::default()
        },
    );
    assert_eq!(pty.wait_exit(), Exit::Code(2));
    let err = std::fs::read_to_string(&log).expect("stderr was written");
    assert!(err.contains("stderr"), "{err}");
    assert!(err.contains("--plain"), "{err}");
}

#[test]
fn the_builtin_bank_asks_for_safety_before_its_option_cards() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = Pty::spawn(&[], &data);
    pty.pass_opening = false;
    through_welcome(&mut pty);
    let safety = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(safety.number(), 1, "{}", safety.text);
    assert!(
        safety.flat.contains("thoughts of killing yourself"),
        "{}",
        safety.text
    );
    // Every safety question ("No" to each), then the cards.
    pty.send(&format!("{DOWN}{ENTER}"));
    for n in [2, 3] {
        let s = pty.expect_screen(ScreenKind::Choice);
        assert_eq!(
            s.number(),
            n,
            "the safety questions come before the cards:\n{}",
            s.text
        );
        pty.send(&format!("{DOWN}{ENTER}"));
    }
    // Then the cards about the options, each with its "Good:" and "Harder:".
    let mut cards = Vec::new();
    loop {
        let s = pty.next_screen();
        if s.kind != ScreenKind::Opening {
            assert_eq!(s.number(), 4, "{}", s.text);
            break;
        }
        cards.push(s.flat.clone());
        pty.send(ENTER);
    }
    assert!(
        cards
            .iter()
            .any(|c| c.contains("Good:") && c.contains("Harder:")),
        "{cards:#?}"
    );
    assert!(!draft_answers(&data).is_empty());
}

/// A pager script (`PAGER`) that records what it is given to `FILE.paged`,
/// then says it has (`FILE.ready`) and waits, as a person reading, until
/// Ctrl-C, which it notes (`FILE.interrupted`).
fn slow_pager(dir: &std::path::Path) -> std::path::PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let script = dir.join("pager.sh");
    std::fs::write(
        &script,
        "#!/bin/sh\n\
         trap 'touch \"$0.interrupted\"; exit 130' INT\n\
         cat > \"$0.paged\"\n\
         touch \"$0.ready\"\n\
         i=0; while [ $i -lt 300 ]; do sleep 0.1; i=$((i + 1)); done\n",
    )
    .expect("script");
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    script
}

#[test]
fn the_summary_opens_in_a_pager_and_ctrl_c_there_ends_only_the_pager() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let pager = slow_pager(tmp.path());
    let opts = PtyOptions {
        rows: 24,
        env: vec![("PAGER".into(), pager.display().to_string())],
        ..PtyOptions::default()
    };
    // The built-in bank's quick path: its summary is longer than 24 rows.
    let mut pty = Pty::spawn_with(&["--quick"], &data, opts);
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(ENTER);
    answer_until_review(&mut pty, first_options, None);
    let mark = pty.mark();
    pty.send(ENTER);
    // The name question comes before the summary; Enter gives none.
    pty.wait_until("the name question", |p| {
        flatten(&p.text_since(mark)).contains(CLOSING_QUESTIONS[0])
    });
    pty.send(ENTER);
    let ready = std::path::PathBuf::from(format!("{}.ready", pager.display()));
    pty.wait_until("the pager to have the summary", |_| ready.exists());
    let paged = std::fs::read_to_string(format!("{}.paged", pager.display())).expect("paged");
    assert!(
        paged.contains("Thinking through an IOP suggestion"),
        "{paged}"
    );
    assert!(paged.lines().count() > 24, "{paged}");
    // Ctrl-C while the pager is open is the pager's: iop-check goes on to
    // ask about keeping the check-in, instead of stopping with 130.
    pty.send(CTRL_C);
    let interrupted = std::path::PathBuf::from(format!("{}.interrupted", pager.display()));
    pty.wait_until("Ctrl-C to reach the pager", |_| interrupted.exists());
    let (exit, after) = finish(&mut pty);
    assert_eq!(exit, Exit::Code(0), "{after}");
    assert!(flatten(&after).contains("Kept as check-in"), "{after}");
    assert!(!draft_path(&data).exists());
}

#[test]
fn enter_on_an_empty_checklist_records_nothing_and_gives_a_hint() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = small_run(&data);
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (1, 7),
        "harming yourself",
        &format!("{}{ENTER}", s.pick()),
    );
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (2, 7),
        "health insurance",
        &format!("{DOWN}{ENTER}"),
    );
    let s = pty.next_screen();
    answer(
        &mut pty,
        &s,
        (3, 6),
        "worry about what IOP would cost",
        ENTER,
    );
    let s = pty.next_screen();
    assert!(
        !s.flat.contains("none of these"),
        "no \"none of these\" where the bank has none:\n{}",
        s.text
    );
    // Enter with nothing ticked: a hint, and nothing recorded.
    let mark = pty.mark();
    answer(&mut pty, &s, (4, 6), "extra costs", ENTER);
    pty.wait_text_since(mark, "Go back and check answers");
    assert!(
        flatten(&pty.text_since(mark)).contains("Nothing is checked yet"),
        "{}",
        pty.text_since(mark)
    );
    assert!(!draft_answers(&data).contains_key("extras"));
    // Back to the list, the same question; Enter again, then Skip.
    pty.send(ENTER);
    let s = pty.expect_screen(ScreenKind::Checklist);
    assert_eq!(s.progress, Some((4, 6)), "{}", s.text);
    let mark = pty.mark();
    pty.send(ENTER);
    pty.wait_text_since(mark, "Go back and check answers");
    pty.send(&format!("{DOWN}{ENTER}"));
    let s = pty.next_screen();
    answer(&mut pty, &s, (5, 6), "How many hours", ENTER);
    let s = pty.next_screen();
    answer(&mut pty, &s, (6, 6), "Anything else about costs", ENTER);
    let review = pty.expect_screen(ScreenKind::Review);
    assert!(!review.flat.contains("None of these"), "{}", review.text);
    assert_eq!(draft_answers(&data)["extras"], Value::Null);
    pty.send(&format!("{DOWN}{DOWN}{ENTER}"));
    assert_eq!(pty.wait_exit(), Exit::Code(5));
}
