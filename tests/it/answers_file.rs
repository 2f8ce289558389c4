//! `iop-check run --answers FILE`: answers given all at once, without
//! prompts, checked against the bank; and `iop-check template`, whose output
//! must load unchanged.
//!
//! Invalid files are written at run time into a temporary folder and named
//! by a relative path, so that each test can pin the exact message lines.
//! Every run has a watchdog, and none may panic.

use crate::common;

use std::path::{Path, PathBuf};

use common::{Output, Run, fixture};

/// The message line that ends every invalid answers file report.
fn closing_line(n: usize, file: &str) -> String {
    format!(
        "error: {n} problem{} in the answers file {file}. Fix {} and run again; `iop-check template` prints an answers file to fill in.",
        if n == 1 { "" } else { "s" },
        if n == 1 { "it" } else { "them" },
    )
}

struct Case {
    tmp: tempfile::TempDir,
}

impl Case {
    fn new() -> Case {
        Case {
            tmp: tempfile::tempdir().expect("temporary folder"),
        }
    }

    fn dir(&self) -> &Path {
        self.tmp.path()
    }

    /// A data folder that must never be created by an answers run.
    fn data(&self) -> PathBuf {
        self.dir().join("data")
    }

    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) {
        std::fs::write(self.dir().join(name), bytes).expect("write a test file");
    }

    /// `iop-check run ARGS…` in the case's folder, stdin not a terminal.
    fn run(&self, args: &[&str]) -> Output {
        let out = Run::new(["run"])
            .args(args)
            .current_dir(self.dir())
            .data_dir(&self.data())
            .run();
        assert!(
            !self.data().exists(),
            "an answers run writes nothing to the data folder"
        );
        out
    }

    /// `run --bank small-bank.yaml --answers FILE`.
    fn small(&self, file: &str) -> Output {
        let bank = fixture("small-bank.yaml");
        self.run(&["--bank", &bank.display().to_string(), "--answers", file])
    }
}

/// Runs the small bank with `answers.yaml` holding `text`, with the safety
/// question answered "no" first when `text` does not answer it (an answers
/// file must answer it: see the tests of that below).
fn small_with(text: &str) -> Output {
    let case = Case::new();
    let text =
        if text.contains("safe-now") || !text.contains(':') || text.trim_start().starts_with('-') {
            text.to_string()
        } else {
            format!("safe-now: \"no\"\n{text}")
        };
    case.write("answers.yaml", text);
    case.small("answers.yaml")
}

/// Exit 4, nothing on stdout, and exactly these problem lines for `file`.
fn assert_problems(out: &Output, file: &str, problems: &[&str]) {
    out.assert_code(4);
    assert_eq!(out.stdout, "", "no summary for an invalid file");
    let mut expected: String = problems.iter().map(|p| format!("{file}: {p}\n")).collect();
    expected.push_str(&closing_line(problems.len(), file));
    expected.push('\n');
    assert_eq!(out.stderr, expected);
}

/// Exit 4 and one problem about `file` with this exact text.
fn assert_one_problem(out: &Output, file: &str, problem: &str) {
    assert_problems(out, file, &[problem]);
}

// ---------------------------------------------------------------------------
// Valid files
// ---------------------------------------------------------------------------

fn assert_summary_without_prompts(out: &Output) {
    out.assert_code(0);
    assert_eq!(
        out.stderr,
        "Nothing was kept on this computer. Add --keep to keep this check-in, so that `iop-check history` can compare it next time.\n",
        "no prompts; one line saying nothing was kept"
    );
    assert!(
        out.stdout.contains("Thinking through an IOP suggestion"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("Ask about the evening group."),
        "the summary shows the answers:\n{}",
        out.stdout
    );
}

#[test]
fn a_valid_yaml_file_prints_the_summary() {
    let case = Case::new();
    let file = fixture("answers/builtin-some.yaml");
    let out = case.run(&["--answers", &file.display().to_string()]);
    assert_summary_without_prompts(&out);
}

#[test]
fn a_valid_json_file_prints_the_summary() {
    let case = Case::new();
    let file = fixture("answers/builtin-some.json");
    let out = case.run(&["--answers", &file.display().to_string()]);
    assert_summary_without_prompts(&out);
}

#[test]
fn a_crisis_answer_in_a_file_shows_crisis_resources() {
    let out = small_with("safe-now: \"yes\"\n");
    out.assert_code(0);
    assert!(
        out.stderr.starts_with("Thank you for telling us."),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("Call 988"), "{}", out.stderr);
    assert!(!out.stdout.is_empty());
}

#[test]
fn answers_and_plain_do_not_go_together() {
    let case = Case::new();
    case.write("answers.yaml", "safe-now: \"no\"\n");
    let out = case.run(&["--plain", "--answers", "answers.yaml"]);
    out.assert_code(2);
    assert!(out.stderr.contains("--plain"), "{}", out.stderr);
}

/// `iop-check template [--bank BANK]`: every answer empty, every choice
/// listed in a comment; untouched, it is refused (exit 4), since it says nothing.
fn untouched_template_is_refused(bank: Option<&Path>) -> String {
    let case = Case::new();
    let mut args = vec!["template".to_string()];
    if let Some(b) = bank {
        args.extend(["--bank".to_string(), b.display().to_string()]);
    }
    let template = Run::new(&args).run();
    template.assert_code(0);
    assert_eq!(template.stderr, "");
    // No answer is filled in: every line that is not a comment ends in ":".
    for line in template.stdout.lines() {
        if !line.is_empty() && !line.starts_with('#') {
            assert!(line.ends_with(':'), "an answer is filled in: {line}");
        }
    }
    case.write("answers.yaml", &template.stdout);
    let mut args = vec!["--answers".to_string(), "answers.yaml".to_string()];
    if let Some(b) = bank {
        args.extend(["--bank".to_string(), b.display().to_string()]);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    // Unchanged, it is refused with one message: it says nothing at all.
    let out = case.run(&args);
    assert_problems(
        &out,
        "answers.yaml",
        &[
            "there are no answers in it: every question is empty or left out. Write an answer after at least one question id (an answer left empty is not answered, and `skip` says you chose to skip it), then run again",
        ],
    );
    // With one answer given, the safety questions left empty are named:
    // they are never answered for the person.
    let safety: Vec<String> = template
        .stdout
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.strip_suffix(':'))
        .filter(|id| {
            let b = match bank {
                Some(p) => iop_check::bank::load(Some(p), iop_check::i18n::Lang::En).expect("bank"),
                None => iop_check::bank::builtin().expect("bank"),
            };
            b.question(id).is_some_and(|q| q.safety)
        })
        .map(str::to_string)
        .collect();
    assert!(!safety.is_empty());
    let first_other = template
        .stdout
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.strip_suffix(':'))
        .find(|id| !safety.iter().any(|s| s == id))
        .expect("a question besides the safety check")
        .to_string();
    case.write(
        "answers.yaml",
        template.stdout.replace(
            &format!("\n{first_other}:\n"),
            &format!("\n{first_other}: skip\n"),
        ),
    );
    let out = case.run(&args);
    out.assert_code(4);
    for id in &safety {
        assert!(
            out.stderr.contains(&format!(
                "question \"{id}\" (the safety check) is left empty"
            )),
            "{id}: {}",
            out.stderr
        );
    }
    template.stdout
}

#[test]
fn the_template_of_the_builtin_bank_is_empty_and_refused_untouched() {
    let t = untouched_template_is_refused(None);
    // The choices are listed, with their labels, in the comments.
    assert!(
        t.contains("#   strongly-disagree = Strongly disagree\n"),
        "{t}"
    );
    assert!(t.contains("\nhours-free:\n"), "{t}");
    assert!(t.contains("\nconflicts:\n"), "{t}");
}

#[test]
fn the_template_of_another_bank_is_empty_and_refused_untouched() {
    let bank = fixture("small-bank.yaml");
    let t = untouched_template_is_refused(Some(&bank));
    assert!(
        t.contains("# Asked only when"),
        "conditions are described: {t}"
    );
}

#[test]
fn a_half_filled_template_gives_only_the_answers_given() {
    let case = Case::new();
    let template = Run::new(["template"]).run();
    template.assert_code(0);
    let filled: String = template
        .stdout
        .lines()
        .map(|l| match l {
            "safe-now:" => "safe-now: \"no\"".to_string(),
            "hurt-self:" => "hurt-self: \"no\"".to_string(),
            "harm-others:" => "harm-others: \"no\"".to_string(),
            "leaning:" => "leaning: iop-online".to_string(),
            "hours-free:" => "hours-free: 6".to_string(),
            // A note with a space at its end: the space is not kept.
            "therapist-notes:" => "therapist-notes: \"Ask about evenings \"".to_string(),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    case.write("answers.yaml", &filled);
    let out = case.run(&["--answers", "answers.yaml", "--format", "json"]);
    out.assert_code(0);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let answers = v["answers"].as_object().expect("answers");
    let mut ids: Vec<&str> = answers.keys().map(String::as_str).collect();
    ids.sort_unstable();
    assert_eq!(
        ids,
        [
            "harm-others",
            "hours-free",
            "hurt-self",
            "leaning",
            "safe-now",
            "therapist-notes"
        ],
        "only the answers given: {answers:?}"
    );
    assert_eq!(answers["therapist-notes"], "Ask about evenings");
    // And the text summary says nothing the person did not say.
    let text = case.run(&["--answers", "answers.yaml"]);
    text.assert_code(0);
    for never in ["Strongly disagree", "0 hours", "pushed"] {
        assert!(!text.stdout.contains(never), "{never}: {}", text.stdout);
    }
    assert!(text.stdout.contains("An IOP online"), "{}", text.stdout);
}

#[test]
fn example_answers_load_unchanged() {
    let case = Case::new();
    case.write("answers.yaml", common::example_answers(None));
    let out = case.run(&["--answers", "answers.yaml"]);
    out.assert_code(0);
    assert!(!out.stdout.is_empty());
}

#[test]
fn a_question_hidden_by_its_condition_may_be_skipped_or_left_out() {
    small_with("has-insurance: \"no\"\nin-network: skip\n").assert_code(0);
    small_with("has-insurance: \"no\"\nin-network: null\n").assert_code(0);
    small_with("has-insurance: \"no\"\n").assert_code(0);
}

// ---------------------------------------------------------------------------
// Invalid entries: each with its exact message
// ---------------------------------------------------------------------------

#[test]
fn an_unknown_question_id_suggests_the_closest() {
    assert_one_problem(
        &small_with("hours-fre: 3\n"),
        "answers.yaml",
        "\"hours-fre\" is not a question in bank \"test-bank\"; did you mean \"hours-free\"? (`iop-check template` lists them all)",
    );
    assert_one_problem(
        &small_with("coffee: yes\n"),
        "answers.yaml",
        "\"coffee\" is not a question in bank \"test-bank\" (`iop-check template` lists them all)",
    );
}

#[test]
fn a_value_of_the_wrong_kind() {
    assert_one_problem(
        &small_with("safe-now: [\"no\"]\n"),
        "answers.yaml",
        "question \"safe-now\" is a choice question, so a list does not fit; answer with one of: no | yes",
    );
    assert_one_problem(
        &small_with("hours-free: lots\n"),
        "answers.yaml",
        "question \"hours-free\" is a number question, so text does not fit; answer with a whole number from 0 to 60",
    );
    assert_one_problem(
        &small_with("cost-worry: {agree: 1}\n"),
        "answers.yaml",
        "question \"cost-worry\" is a scale question, so a mapping does not fit; answer with one of: strongly-disagree | disagree | neutral | agree | strongly-agree | not-sure",
    );
    assert_one_problem(
        &small_with("extras: true\n"),
        "answers.yaml",
        "question \"extras\" is a checklist question, so true or false does not fit; answer with a list of one or more of: travel | childcare | meals",
    );
    assert_one_problem(
        &small_with("costs-notes: [a, b]\n"),
        "answers.yaml",
        "question \"costs-notes\" is a text question, so a list does not fit; answer with text of up to 40 characters",
    );
}

#[test]
fn an_unknown_option() {
    assert_one_problem(
        &small_with("cost-worry: maybe\n"),
        "answers.yaml",
        "question \"cost-worry\" has no option \"maybe\"; choose one of: strongly-disagree, disagree, neutral, agree, strongly-agree, not-sure",
    );
    assert_one_problem(
        &small_with("extras: [travel, pets]\n"),
        "answers.yaml",
        "question \"extras\" has no option \"pets\"; choose one of: travel, childcare, meals",
    );
}

#[test]
fn a_number_out_of_range_or_not_whole() {
    assert_one_problem(
        &small_with("hours-free: 61\n"),
        "answers.yaml",
        "question \"hours-free\" takes a number from 0 to 60, not 61",
    );
    assert_one_problem(
        &small_with("hours-free: -1\n"),
        "answers.yaml",
        "question \"hours-free\" takes a number from 0 to 60, not -1",
    );
    assert_one_problem(
        &small_with("hours-free: 2.5\n"),
        "answers.yaml",
        "question \"hours-free\" takes a whole number, not 2.5",
    );
    small_with("hours-free: 60\n").assert_code(0);
}

#[test]
fn yaml_values_json_cannot_say_are_refused_not_skipped() {
    for nan in [".nan", ".inf", "-.inf"] {
        assert_one_problem(
            &small_with(&format!("hours-free: {nan}\n")),
            "answers.yaml",
            "the answer to \"hours-free\" is not a finite number (.nan and .inf are not answers)",
        );
    }
    assert_one_problem(
        &small_with("costs-notes: !secret text\n"),
        "answers.yaml",
        "the answer to \"costs-notes\" has a YAML !tag, which answers files do not use",
    );
}

#[test]
fn text_that_is_too_long() {
    assert_one_problem(
        &small_with(&format!("costs-notes: {}\n", "x".repeat(41))),
        "answers.yaml",
        "the answer to question \"costs-notes\" is 41 characters long; the most is 40",
    );
    small_with(&format!("costs-notes: {}\n", "x".repeat(40))).assert_code(0);
}

#[test]
fn an_answer_to_a_question_whose_condition_is_not_met() {
    let problem = "question \"in-network\" is asked only when \"has-insurance\" is \"Yes\", which the other answers do not say; leave it out or answer skip";
    assert_one_problem(
        &small_with("has-insurance: \"no\"\nin-network: agree\n"),
        "answers.yaml",
        problem,
    );
    // Leaving the condition's question out does not make the condition true.
    assert_one_problem(&small_with("in-network: agree\n"), "answers.yaml", problem);
}

#[test]
fn a_question_answered_twice() {
    assert_one_problem(
        &small_with("safe-now: \"no\"\nhours-free: 3\nsafe-now: \"yes\"\n"),
        "answers.yaml",
        "\"safe-now\" is answered more than once; keep one answer for it",
    );
    let case = Case::new();
    case.write(
        "answers.json",
        r#"{"safe-now": "no", "hours-free": 3, "hours-free": 4}"#,
    );
    assert_one_problem(
        &case.small("answers.json"),
        "answers.json",
        "\"hours-free\" is answered more than once; keep one answer for it",
    );
}

#[test]
fn every_problem_in_a_file_is_reported() {
    let out = small_with(
        "hours-fre: 3\n\
         safe-now: [\"no\"]\n\
         has-insurance: \"no\"\n\
         in-network: agree\n\
         cost-worry: maybe\n\
         hours-free: 2.5\n\
         costs-notes: fine\n",
    );
    // In the order of the bank, then the unknown ids.
    assert_problems(
        &out,
        "answers.yaml",
        &[
            "question \"safe-now\" is a choice question, so a list does not fit; answer with one of: no | yes",
            "question \"in-network\" is asked only when \"has-insurance\" is \"Yes\", which the other answers do not say; leave it out or answer skip",
            "question \"cost-worry\" has no option \"maybe\"; choose one of: strongly-disagree, disagree, neutral, agree, strongly-agree, not-sure",
            "question \"hours-free\" takes a whole number, not 2.5",
            "\"hours-fre\" is not a question in bank \"test-bank\"; did you mean \"hours-free\"? (`iop-check template` lists them all)",
        ],
    );
}

// ---------------------------------------------------------------------------
// Hostile files: a clear problem and exit 4, never a panic
// ---------------------------------------------------------------------------

/// Exit 4 with one problem line naming `file`, then the closing line.
fn assert_refused(out: &Output, file: &str) {
    out.assert_code(4);
    assert_eq!(out.stdout, "");
    let lines: Vec<&str> = out.stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{}", out.stderr);
    assert!(lines[0].starts_with(file), "{}", out.stderr);
    assert_eq!(lines[1], closing_line(1, file));
}

#[test]
fn an_empty_file() {
    for text in ["", "\n\n", "# only a comment\n", "---\n"] {
        assert_one_problem(
            &small_with(text),
            "answers.yaml",
            "the file is empty (or holds only comments); it needs a mapping of keys at the top",
        );
    }
}

#[test]
fn a_file_that_is_not_utf8() {
    let case = Case::new();
    case.write("answers.yaml", b"safe-now: \"no\"\ncost-worry: \xff\xfe\n");
    let out = case.small("answers.yaml");
    out.assert_code(4);
    assert_eq!(
        out.stderr,
        format!(
            "answers.yaml:2:13: the file is not UTF-8 text (byte 0xFF); save it as UTF-8 and try again\n{}\n",
            closing_line(1, "answers.yaml")
        )
    );
}

#[test]
fn a_list_or_nothing_at_the_top() {
    let out = small_with("- safe-now\n- hours-free\n");
    assert_refused(&out, "answers.yaml");
    assert!(
        out.stderr.contains("found a list, expected a map"),
        "{}",
        out.stderr
    );
    assert_refused(&small_with("null\n"), "answers.yaml");
    assert_refused(&small_with("just some words\n"), "answers.yaml");
    assert_refused(&small_with("42\n"), "answers.yaml");
}

#[test]
fn an_alias_bomb_under_a_question_id() {
    let mut text = String::from(
        "costs-notes: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let ids = [
        "safe-now",
        "has-insurance",
        "in-network",
        "cost-worry",
        "extras",
        "hours-free",
        "x7",
        "x8",
    ];
    let mut prev = 'a';
    for (i, id) in ids.iter().enumerate() {
        let name = (b'b' + i as u8) as char;
        let refs = vec![format!("*{prev}"); 9].join(",");
        text.push_str(&format!("{id}: &{name} [{refs}]\n"));
        prev = name;
    }
    assert_refused(&small_with(&text), "answers.yaml");
}

#[test]
fn a_missing_file_or_a_folder() {
    let case = Case::new();
    assert_one_problem(
        &case.small("missing.yaml"),
        "missing.yaml",
        "no such file; check the name and the folder",
    );
    std::fs::create_dir(case.dir().join("folder.yaml")).expect("mkdir");
    assert_one_problem(
        &case.small("folder.yaml"),
        "folder.yaml",
        "this is a folder, not a file; name a YAML file instead",
    );
}

#[test]
fn other_hostile_files() {
    // Deep nesting, a NUL byte, two documents, a file over the size limit,
    // keys that are not text, and numbers YAML can spell but JSON cannot.
    let deep = format!("safe-now: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    let nul = "safe-now: \"no\"\0\n".to_string();
    let two = "safe-now: \"no\"\n---\nsafe-now: \"yes\"\n".to_string();
    let huge = format!("costs-notes: \"{}\"\n", "a".repeat(1024 * 1024 + 1));
    for text in [&deep, &nul, &two, &huge] {
        assert_refused(&small_with(text), "answers.yaml");
    }
    for text in ["1: yes\n", "? [a, b]\n: c\n", "hours-free: 1e400\n"] {
        assert_refused(&small_with(text), "answers.yaml");
    }
}

#[test]
fn keep_keeps_a_checkin_from_an_answers_run() {
    let case = Case::new();
    case.write("answers.yaml", common::example_answers(None));
    let data = case.dir().join("kept");
    let out = Run::new(["run", "--answers", "answers.yaml", "--keep"])
        .current_dir(case.dir())
        .data_dir(&data)
        .run();
    out.assert_code(0);
    assert!(
        out.stderr.starts_with("Kept as check-in "),
        "{}",
        out.stderr
    );
    let history = Run::new(["history"]).data_dir(&data).run();
    history.assert_code(0);
    let id = out
        .stderr
        .trim_start_matches("Kept as check-in ")
        .split('.')
        .next()
        .unwrap_or_default()
        .to_string();
    assert!(history.stdout.contains(&id), "{id}: {}", history.stdout);
    // --keep needs --answers, and does not go with --no-save.
    Run::new(["run", "--keep"])
        .data_dir(&data)
        .run()
        .assert_code(2);
    Run::new(["run", "--answers", "answers.yaml", "--keep", "--no-save"])
        .current_dir(case.dir())
        .data_dir(&data)
        .run()
        .assert_code(2);
}

// ---------------------------------------------------------------------------
// The safety check: never answered for the person
// ---------------------------------------------------------------------------

#[test]
fn a_safety_question_left_out_or_empty_is_refused_by_name() {
    let missing = "question \"safe-now\" (the safety check) is missing; nothing is filled in for you here. Answer it with one of: no | yes, or write `safe-now: skip` to leave it unanswered";
    let empty = "question \"safe-now\" (the safety check) is left empty; nothing is filled in for you here. Answer it with one of: no | yes, or write `safe-now: skip` to leave it unanswered";
    let case = Case::new();
    for (text, problem) in [
        ("hours-free: 3\n", missing),
        ("safe-now:\nhours-free: 3\n", empty),
        ("safe-now: null\nhours-free: 3\n", empty),
        ("safe-now: ~\nhours-free: 3\n", empty),
    ] {
        case.write("answers.yaml", text);
        assert_one_problem(&case.small("answers.yaml"), "answers.yaml", problem);
    }
    case.write("answers.json", r#"{"safe-now": null, "hours-free": 3}"#);
    assert_one_problem(
        &case.small("answers.json"),
        "answers.json",
        &empty.replace("answers.yaml", "answers.json"),
    );
}

#[test]
fn every_safety_question_of_the_builtin_bank_is_named_when_missing() {
    let case = Case::new();
    case.write("answers.yaml", "safe-now: \"no\"\nhours-free: 9\n");
    let out = case.run(&["--answers", "answers.yaml"]);
    out.assert_code(4);
    assert_eq!(out.stdout, "");
    for id in ["hurt-self", "harm-others"] {
        assert!(
            out.stderr
                .contains(&format!("question \"{id}\" (the safety check) is missing")),
            "{id}: {}",
            out.stderr
        );
    }
    assert!(
        !out.stderr.contains("\"safe-now\" (the safety"),
        "{}",
        out.stderr
    );
}

#[test]
fn an_explicit_skip_of_the_safety_question_is_accepted_and_shown_as_skipped() {
    let case = Case::new();
    case.write("answers.yaml", "safe-now: skip\nhours-free: 3\n");
    let out = case.small("answers.yaml");
    out.assert_code(0);
    let text = common::flatten(&out.stdout);
    assert!(
        text.contains("Help now: call or text 988"),
        "a skip keeps the reminder: {text}"
    );
    assert!(
        text.contains("Are you thinking about harming yourself right now? Skipped"),
        "{text}"
    );
    let bank = fixture("small-bank.yaml").display().to_string();
    let json = case.run(&[
        "--bank",
        &bank,
        "--answers",
        "answers.yaml",
        "--format",
        "json",
    ]);
    json.assert_code(0);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
    assert_eq!(v["safety"]["status"], "skipped");
    assert_eq!(v["safety"]["questions"][0]["status"], "skipped");
    assert_eq!(v["safety"]["questions"][0]["id"], "safe-now");
    assert_eq!(v["answers"]["safe-now"], serde_json::Value::Null);
}

/// `scripts/bench.sh` times a whole run from this file: every question of
/// the built-in bank answered, as `commands::template::example` answers
/// them. Kept in step with the bank here (regenerate with
/// `IOP_CHECK_WRITE_DOCS=1 cargo test --test it answers_file::the_bench`).
#[test]
fn the_bench_answers_file_answers_the_built_in_bank_in_full() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/answers/builtin-full.yaml");
    let want = common::example_answers(None);
    if std::env::var_os("IOP_CHECK_WRITE_DOCS").is_some() {
        std::fs::write(&path, &want).expect("write the bench answers");
    }
    let have = std::fs::read_to_string(&path).expect("read the bench answers");
    assert_eq!(
        have, want,
        "tests/fixtures/answers/builtin-full.yaml is out of step with the bank: regenerate it (see above)"
    );
}
