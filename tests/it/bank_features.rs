//! The bank-2.0 features end to end, on a small bank that uses each one:
//! the welcome screen before the safety check and the opening cards after
//! it, crisis steps that name 988 first and crisis lines on every way out,
//! exclusive checklist options, defaults, the `--quick` path, help that
//! shows the option cards again, and neutral source labels.

use crate::common;

use common::key::{DOWN, ENTER, SPACE, UP};
use common::{Pty, Run, ScreenKind, draft_answers, fixture, flatten};
use serde_json::json;

/// The small fixture bank with every new key in use.
fn bank_text() -> String {
    let base = std::fs::read_to_string(fixture("small-bank.yaml")).expect("fixture");
    let edits = [
        (
            "disclaimer: >\n",
            "scope: Written for the tests. Elsewhere the facts may differ.\ndisclaimer: >\n",
        ),
        (
            "    title: \"SAMHSA TIP 47\"\n",
            "    title: \"SAMHSA TIP 47: a long title nobody needs on screen\"\n    label: A short neutral label\n",
        ),
        (
            "  after_answer: >\n    Thank you for telling us. Please reach your therapist, call or text 988,\n    or call 911 first.\n",
            "  after_answer: >\n    Please call or text 988 now, or call 911 if you are in danger.\n    Then let your therapist know.\n  right_now:\n    - Stay with someone you trust.\n    - Use your safety plan if you have one.\n",
        ),
        (
            "          - { id: meals, label: Meals }\n",
            "          - { id: meals, label: Meals }\n          - { id: none, label: None of these, exclusive: true }\n",
        ),
        (
            "        reverse: true\n        prompt: I worry about what IOP would cost me.\n",
            "        reverse: true\n        core: true\n        default: agree\n        sources: [samhsa-tip-47]\n        prompt: I worry about what IOP would cost me.\n",
        ),
        (
            "        prompt: Do you have health insurance?\n",
            "        prompt: Do you have health insurance?\n        cards: true\n        help: Any plan counts.\n",
        ),
    ];
    let mut text = base;
    for (from, to) in edits {
        assert!(text.contains(from), "the fixture has {from:?}");
        text = text.replacen(from, to, 1);
    }
    text
}

struct Case {
    _tmp: tempfile::TempDir,
    dir: std::path::PathBuf,
    bank: String,
}

fn case() -> Case {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().to_path_buf();
    let bank = dir.join("bank.yaml");
    std::fs::write(&bank, bank_text()).expect("writes");
    Case {
        bank: bank.display().to_string(),
        dir,
        _tmp: tmp,
    }
}

impl Case {
    fn plain(&self, extra: &[&str], lines: &[&str]) -> common::Output {
        Run::new(["run", "--plain", "--bank", &self.bank])
            .args(extra)
            .data_dir(&self.dir.join("data"))
            .lines(lines)
            .run()
    }
}

#[test]
fn the_bank_with_every_new_key_is_valid() {
    let c = case();
    let out = Run::new(["validate", &c.bank]).run();
    out.assert_code(0);
}

#[test]
fn welcome_then_safety_then_the_opening_cards() {
    let c = case();
    // Safe, then stop at the next question (input ends).
    let out = c.plain(&[], &["1"]);
    out.assert_code(5);
    let err = flatten(&out.stderr);
    let welcome = err.find("This takes about").expect("the welcome screen");
    let scope = err.find("Written for the tests.").expect("the scope");
    let safety = err.find("harming yourself").expect("the safety check");
    let card = err
        .find("Welcome to the test bank")
        .expect("the opening card");
    let next = err.find("health insurance").expect("the next question");
    assert!(welcome < scope && scope < safety, "{err}");
    assert!(safety < card && card < next, "{err}");
    assert!(err.contains("last reviewed on October 1, 2026"), "{err}");
}

#[test]
fn a_crisis_answer_names_988_first_and_every_way_out_repeats_the_lines() {
    let c = case();
    // "yes" on the safety check, then q: stop for now.
    let out = c.plain(&[], &["2", "q"]);
    out.assert_code(5);
    let err = flatten(&out.stderr);
    let after = &err[err
        .find("Please call or text 988 now")
        .expect("after_answer")..];
    let therapist = after.find("therapist").expect("the therapist is named");
    assert!(after.find("988").expect("988") < therapist);
    assert!(
        after.contains("Right now, you can: • Stay with someone you trust."),
        "{after}"
    );
    // The last thing said, after the resume hint, is where help is.
    let resume = err.rfind("iop-check --resume").expect("the resume hint");
    let parting = err
        .rfind("Before you go: help is there right now.")
        .expect("parting lines");
    assert!(resume < parting, "{err}");
    assert!(err[parting..].contains("Call 988"), "{err}");

    // Input that ends after a crisis answer says so too.
    let c = case();
    let out = c.plain(&[], &["2", "c"]);
    out.assert_code(5);
    assert!(
        out.stderr
            .contains("Before you go: help is there right now.")
    );
    // Without a crisis answer, nothing extra is said.
    let c = case();
    let out = c.plain(&[], &["1"]);
    assert!(!out.stderr.contains("Before you go"), "{}", out.stderr);
}

#[test]
fn an_exclusive_option_goes_alone() {
    let c = case();
    // Safe, no insurance, cost-worry 3, then extras: 1 and 4 ("None of these").
    let out = c.plain(&[], &["1", "2", "3", "1 4", "4"]);
    // Plain mode wraps its lines (at 80 columns here, stderr being a pipe).
    assert!(
        common::flatten(&out.stderr).contains(
            "\"None of these\" goes alone. Choose it by itself, or choose the others without it."
        ),
        "{}",
        out.stderr
    );
    let draft = draft_answers(&c.dir.join("data"));
    assert_eq!(
        draft["extras"],
        json!(["none"]),
        "asked again, then kept alone"
    );

    // An answers file with both is refused, naming the question.
    let answers = c.dir.join("answers.yaml");
    std::fs::write(&answers, "safe-now: \"no\"\nextras: [travel, none]\n").expect("writes");
    let out = Run::new(["run", "--bank", &c.bank, "--answers"])
        .arg(&answers)
        .run();
    out.assert_code(4);
    assert!(
        out.stderr
            .contains("question \"extras\": \"None of these\" goes alone"),
        "{}",
        out.stderr
    );
}

#[test]
fn exclusive_is_refused_outside_a_checklist_and_defaults_off_an_extreme() {
    let c = case();
    let bad = bank_text()
        .replacen("default: agree", "default: strongly-agree", 1)
        .replacen(
            "          - { id: \"no\", label: \"No\" }\n",
            "          - { id: \"no\", label: \"No\", exclusive: true }\n",
            1,
        );
    let file = c.dir.join("bad.yaml");
    std::fs::write(&file, bad).expect("writes");
    let out = Run::new(["validate"]).arg(&file).run();
    out.assert_code(3);
    assert!(
        out.stderr
            .contains("`default` is \"strongly-agree\", an extreme of the scale"),
        "{}",
        out.stderr
    );
    assert!(
        out.stderr
            .contains("`exclusive` only applies to the options of a checklist"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_quick_path_asks_only_core_questions() {
    let c = case();
    // Safety, then cost-worry (the one core question), then the review.
    let out = c.plain(&["--quick", "--no-save"], &["1", "2", ""]);
    out.assert_code(0);
    let err = flatten(&out.stderr);
    assert!(
        err.contains("This short path takes about 1 minutes"),
        "{err}"
    );
    assert!(err.contains("question 2 of 2"), "{err}");
    assert!(!err.contains("Do you have health insurance?"), "{err}");
    // The full path offers it on the welcome screen.
    let out = c.plain(&["--no-save"], &[]);
    assert!(
        flatten(&out.stderr)
            .contains("If you are tired, `iop-check --quick` asks only the core questions"),
        "{}",
        out.stderr
    );
}

#[test]
fn help_shows_the_option_cards_and_short_source_labels() {
    let c = case();
    let out = c.plain(&["--no-save"], &["1", "?"]);
    let err = flatten(&out.stderr);
    let help = &err[err.rfind("Any plan counts.").expect("the help")..];
    assert!(help.contains("Welcome to the test bank"), "{help}");
    // On the next question, the source shows by its short label.
    let out = c.plain(&["--no-save"], &["1", "2", "?"]);
    let err = flatten(&out.stderr);
    assert!(err.contains("Source: A short neutral label"), "{err}");
    assert!(!err.contains("a long title nobody needs"), "{err}");
}

#[test]
fn in_a_terminal_the_cursor_starts_on_the_default_and_safety_comes_before_the_cards() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let bank = tmp.path().join("bank.yaml");
    std::fs::write(&bank, bank_text()).expect("writes");
    let bank = bank.display().to_string();
    let mut pty = Pty::spawn(&["--bank", &bank], &tmp.path().join("data"));
    pty.pass_opening = false;
    let welcome = pty.expect_screen(ScreenKind::Welcome);
    assert!(
        welcome.flat.contains("This takes about"),
        "{}",
        welcome.text
    );
    pty.send(ENTER);
    let safety = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(safety.number(), 1);
    assert!(safety.flat.contains("harming yourself"), "{}", safety.text);
    // Nothing is chosen on the safety check until the person moves.
    assert!(!safety.text.contains('❯'), "{}", safety.text);
    pty.send(&format!("{DOWN}{ENTER}"));
    let card = pty.expect_screen(ScreenKind::Opening);
    assert!(
        card.flat.contains("Welcome to the test bank"),
        "{}",
        card.text
    );
    pty.send(ENTER);
    // has-insurance: No.
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.number(), 2, "{}", s.text);
    pty.send(&format!("{DOWN}{ENTER}"));
    // cost-worry starts on its default, "Agree".
    let s = pty.expect_screen(ScreenKind::Choice);
    assert!(s.text.contains("❯ Agree"), "{}", s.text);
    pty.send(&format!("{UP}{ENTER}"));
    // The checklist: Travel and "None of these" together are asked again.
    pty.expect_screen(ScreenKind::Checklist);
    assert_eq!(
        draft_answers(&tmp.path().join("data"))["cost-worry"],
        json!("neutral")
    );
    pty.send(&format!("{SPACE}{DOWN}{DOWN}{DOWN}{SPACE}{ENTER}"));
    pty.wait_text("goes alone");
}
