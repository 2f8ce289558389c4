//! `iop-check validate`, run as a real process.
//!
//! * `tests/banks/valid/small.yaml` is the example of questions/README.md and
//!   must stay valid.
//! * `tests/banks/broken/*.yaml` are copies of it with ONE fault each; every
//!   one has a test below that pins the exact problem line(s) it produces.
//! * `tests/banks/multi/several-faults.yaml` has several faults, all reported.
//! * Hostile files (empty, binary, huge, deeply nested, alias bombs, …) are
//!   written at run time into a temporary folder.
//!
//! Every run goes through the watchdog of `common::Run`: a child that does
//! not finish in time is killed and the test fails. That guards against hangs only;
//! speed itself is measured in `benches/bank.rs`, never asserted here.

use crate::common;

use common::{Output, Run};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_iop-check");
const ROOT: &str = env!("CARGO_MANIFEST_DIR");
/// Exit code for an invalid bank (README.md, "Exit codes").
const INVALID: i32 = 3;
const BUILTIN_NAME: &str = "questions/iop-decision.yaml (built in)";

// ---------------------------------------------------------------------------
// Running the binary
// ---------------------------------------------------------------------------

/// Reading `validate`'s report from its stderr.
trait Report {
    /// The problem lines: every stderr line except the final `error: …` summary.
    fn problems(&self) -> Vec<&str>;
    fn summary(&self) -> Option<&str>;
}

impl Report for Output {
    fn problems(&self) -> Vec<&str> {
        self.stderr
            .lines()
            .filter(|l| !l.starts_with("error: "))
            .collect()
    }

    fn summary(&self) -> Option<&str> {
        self.stderr.lines().last()
    }
}

/// `iop-check ARGS…`, run in `dir`.
fn iop_check_in<I, S>(dir: &Path, args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    Run::new(args).current_dir(dir).run()
}

/// `iop-check validate FILES…`, run in the crate root so paths stay relative.
fn validate(files: &[&str]) -> Output {
    iop_check_in(
        Path::new(ROOT),
        std::iter::once("validate").chain(files.iter().copied()),
    )
}

/// The last line of stderr for an invalid run, for `n` problems in `files`.
fn summary_line(n: usize, files: &[&str]) -> String {
    let mut files = files.to_vec();
    files.sort_unstable();
    files.dedup();
    format!(
        "error: {n} problem{} in the question bank ({}). Fix {} and check again with `iop-check validate FILE`; the format is described in questions/README.md.",
        if n == 1 { "" } else { "s" },
        files.join(", "),
        if n == 1 { "it" } else { "them" },
    )
}

/// Exit code 3, nothing on stdout, exactly `expected` as problem lines (in
/// order), and the matching summary line last.
fn assert_invalid(out: &Output, file: &str, expected: &[String]) {
    assert_eq!(
        out.code,
        Some(INVALID),
        "exit code; stderr:\n{}",
        out.stderr
    );
    assert_eq!(out.stdout, "", "nothing on stdout for an invalid bank");
    assert_eq!(out.problems(), expected, "problem lines");
    assert_eq!(
        out.summary(),
        Some(summary_line(expected.len(), &[file]).as_str()),
        "summary line"
    );
}

// ---------------------------------------------------------------------------
// The valid base and the built-in bank
// ---------------------------------------------------------------------------

const SMALL: &str = "tests/banks/valid/small.yaml";
const SMALL_VALID: &str = "tests/banks/valid/small.yaml: valid: bank \"small-clinic-bank\" 1.0.0, 6 questions in 2 sections\n";

#[test]
fn small_bank_is_valid() {
    let out = validate(&[SMALL]);
    assert_eq!(out.code, Some(0), "stderr:\n{}", out.stderr);
    assert_eq!(out.stdout, SMALL_VALID);
    assert_eq!(out.stderr, "");
}

/// The base bank is the README's example, byte for byte, so the two cannot drift.
#[test]
fn small_bank_is_the_readme_example() {
    let readme = std::fs::read_to_string(Path::new(ROOT).join("questions/README.md")).unwrap();
    let start = readme.find("```yaml\n").expect("a yaml block") + "```yaml\n".len();
    let len = readme[start..]
        .find("```\n")
        .expect("end of the yaml block");
    let small = std::fs::read_to_string(Path::new(ROOT).join(SMALL)).unwrap();
    assert_eq!(small, &readme[start..start + len]);
}

#[test]
fn no_arguments_validates_the_builtin_bank() {
    let out = validate(&[]);
    assert_eq!(out.code, Some(0), "stderr:\n{}", out.stderr);
    assert_eq!(out.stderr, "");
    assert!(
        out.stdout.contains("iop-decision"),
        "stdout: {}",
        out.stdout
    );
    assert!(
        out.stdout
            .starts_with(&format!("{BUILTIN_NAME}: valid: bank \"iop-decision\" ")),
        "stdout: {}",
        out.stdout
    );
    assert_eq!(out.stdout.lines().count(), 1);
}

#[test]
fn every_bank_under_questions_is_valid() {
    let mut banks: Vec<String> = std::fs::read_dir(Path::new(ROOT).join("questions"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension() == Some(OsStr::new("yaml")))
        .map(|p| format!("questions/{}", p.file_name().unwrap().to_string_lossy()))
        .collect();
    banks.sort();
    assert!(
        banks.contains(&"questions/iop-decision.yaml".to_string()),
        "{banks:?}"
    );
    for bank in &banks {
        let out = validate(&[bank]);
        assert_eq!(out.code, Some(0), "{bank}:\n{}", out.stderr);
        assert_eq!(out.stderr, "", "{bank}");
        assert!(
            out.stdout.starts_with(&format!("{bank}: valid: bank ")),
            "{bank}: {}",
            out.stdout
        );
    }
    // And all at once: one "valid" line each.
    let all: Vec<&str> = banks.iter().map(String::as_str).collect();
    let out = validate(&all);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(out.stdout.lines().count(), banks.len());
}

#[test]
fn builtin_bank_is_the_file_under_questions() {
    let file = std::fs::read_to_string(Path::new(ROOT).join("questions/iop-decision.yaml"))
        .expect("questions/iop-decision.yaml");
    assert!(
        iop_check::bank::BUILTIN_YAML == file,
        "the compiled-in bank differs from questions/iop-decision.yaml; rebuild"
    );
    assert!(iop_check::bank::load_str("built-in", iop_check::bank::BUILTIN_YAML).is_ok());
}

// ---------------------------------------------------------------------------
// Several files, several faults
// ---------------------------------------------------------------------------

#[test]
fn a_valid_and_an_invalid_file_in_one_call() {
    let bad = "tests/banks/broken/band-gap.yaml";
    let out = validate(&[SMALL, bad]);
    assert_eq!(out.code, Some(INVALID), "{}", out.stderr);
    assert_eq!(
        out.stdout, SMALL_VALID,
        "a valid line for the valid file only"
    );
    let expected = [format!(
        "{bad}: bands: gap: no band covers 40 to 40 (between bands[0] (id \"concerns\") and bands[1] (id \"mixed\"))"
    )];
    assert_eq!(out.problems(), expected);
    assert!(!out.stderr.contains(SMALL), "nothing about the valid file");
    assert_eq!(out.summary(), Some(summary_line(1, &[bad]).as_str()));

    // The order of the files does not matter.
    let out = validate(&[bad, SMALL]);
    assert_eq!(out.code, Some(INVALID));
    assert_eq!(out.stdout, SMALL_VALID);
    assert_eq!(out.problems(), expected);
}

#[test]
fn two_invalid_files_are_both_reported_and_named_in_the_summary() {
    let a = "tests/banks/broken/bad-date.yaml";
    let b = "tests/banks/broken/band-gap.yaml";
    let out = validate(&[b, a]);
    assert_eq!(out.code, Some(INVALID));
    assert_eq!(out.stdout, "");
    let problems = out.problems();
    assert_eq!(problems.len(), 2, "{problems:?}");
    assert!(problems[0].starts_with(&format!("{b}: bands: gap: ")));
    assert!(problems[1].starts_with(&format!("{a}: last_reviewed: ")));
    assert_eq!(out.summary(), Some(summary_line(2, &[a, b]).as_str()));
}

#[test]
fn a_bank_with_several_faults_reports_every_one() {
    let f = "tests/banks/multi/several-faults.yaml";
    let expected: Vec<String> = [
        ": sections[1].questions[1] (id \"in-network\"): unknown key \"wieght\"; did you mean \"weight\"?",
        ": version: \"1.0.0.0\" is not a semantic version; write it like 1.0.0",
        ": bands: gap: no band covers 40 to 44 (between bands[0] (id \"concerns\") and bands[1] (id \"mixed\"))",
        ": opening[0] (id \"what-is-iop\"): cites source \"samhsa-tip-64\", which is not listed under `sources`",
        ": sections[1].questions[1] (id \"in-network\").show_if.any[0]: the condition points at question \"hours-free\", which comes later; a condition can only look at earlier questions",
        ": sections[1].questions[2] (id \"in-network\"): duplicate id \"in-network\": sections[1].questions[1] (id \"in-network\") has it too; question ids must be unique in the whole bank",
        ": sections[1].questions[3] (id \"hours-free\"): min (70) is greater than max (60)",
    ]
    .iter()
    .map(|rest| format!("{f}{rest}"))
    .collect();
    let out = validate(&[f]);
    assert_eq!(out.problems().len(), 7);
    assert!(
        out.stderr
            .contains("error: 7 problems in the question bank")
    );
    assert_invalid(&out, f, &expected);
}

// ---------------------------------------------------------------------------
// The corpus of broken banks: one fault each, exact lines
// ---------------------------------------------------------------------------

/// Checks `tests/banks/broken/NAME.yaml`; each expected entry is the problem
/// line with the file name left out (it starts with `:`).
fn check_broken(name: &str, expected: &[&str]) {
    let file = format!("tests/banks/broken/{name}.yaml");
    let expected: Vec<String> = expected
        .iter()
        .map(|rest| format!("{file}{rest}"))
        .collect();
    assert_invalid(&validate(&[&file]), &file, &expected);
}

macro_rules! broken_banks {
    ($($test:ident: $name:literal => [$($line:expr),+ $(,)?];)+) => {
        $(
            #[test]
            fn $test() {
                check_broken($name, &[$($line),+]);
            }
        )+
        /// Every corpus file pinned by an exact-lines test above.
        const PINNED: &[&str] = &[$($name),+];
    };
}

broken_banks! {
    duplicate_question_id: "duplicate-question-id" => [
        ": sections[1].questions[2] (id \"in-network\"): duplicate id \"in-network\": sections[1].questions[1] (id \"in-network\") has it too; question ids must be unique in the whole bank",
    ];
    duplicate_option_id: "duplicate-option-id" => [
        ": scales.agreement.options[1] (id \"strongly-disagree\"): duplicate option id \"strongly-disagree\" in the same list",
    ];
    duplicate_section_id: "duplicate-section-id" => [
        ": sections[1] (id \"safety\"): duplicate id \"safety\": another section has it",
    ];
    condition_on_unknown_question: "condition-unknown-question" => [
        ": sections[1].questions[1] (id \"in-network\").show_if.any[0]: the condition points at question \"has-insurence\", which does not exist",
    ];
    condition_on_later_question: "condition-later-question" => [
        ": sections[1].questions[1] (id \"in-network\").show_if.any[0]: the condition points at question \"cost-worry\", which comes later; a condition can only look at earlier questions",
    ];
    condition_on_itself: "condition-self" => [
        ": sections[1].questions[1] (id \"in-network\").show_if.any[0]: the condition points at the question itself (\"in-network\")",
    ];
    condition_on_unknown_option: "condition-unknown-option" => [
        ": sections[1].questions[1] (id \"in-network\").show_if.any[0]: question \"has-insurance\" has no option \"maybe\" (it has: yes, no, not-sure)",
    ];
    condition_with_all_and_any: "show-if-all-and-any" => [
        ": sections[1].questions[1] (id \"in-network\"): `show_if` needs exactly one of `all` or `any`",
    ];
    choice_with_one_option: "choice-one-option" => [
        ": sections[1].questions[4] (id \"costs-notes\"): has 1 option; a choice needs at least two",
    ];
    number_min_greater_than_max: "number-min-greater-than-max" => [
        ": sections[1].questions[3] (id \"hours-free\"): min (70) is greater than max (60)",
    ];
    weight_above_ten: "weight-too-high" => [
        ": sections[1].questions[1] (id \"in-network\"): weight 11 is outside the allowed range 0 to 10",
    ];
    weight_below_zero: "weight-negative" => [
        ": sections[1].questions[1] (id \"in-network\"): weight -1 is outside the allowed range 0 to 10",
    ];
    weight_on_a_number_question: "number-with-weight" => [
        ": sections[1].questions[3] (id \"hours-free\"): `weight` does not apply to a number question",
    ];
    empty_section: "empty-section" => [
        ": sections[1] (id \"costs\"): the section is empty: add at least one question",
    ];
    knowledge_on_a_number_question: "knowledge-on-number" => [
        ": sections[1].questions[3] (id \"hours-free\"): `knowledge` does not apply to a number question",
    ];
    fact_on_a_text_question: "fact-on-text" => [
        ": sections[1].questions[4] (id \"costs-notes\"): `fact` does not apply to a text question; its answer is already shown as a note",
    ];
    usual_outside_the_range: "usual-out-of-range" => [
        ": sections[1].questions[3] (id \"hours-free\"): usual.value 90 is outside this question's range 0 to 60",
    ];
    usual_on_a_scale_question: "usual-on-scale" => [
        ": sections[1].questions[2] (id \"cost-worry\"): `usual` does not apply to a scale question",
    ];
    leaning_role_on_a_number_question: "role-leaning-on-number" => [
        ": sections[1].questions[3] (id \"hours-free\"): role `leaning` does not fit a number question (see questions/README.md)",
    ];
    consideration_without_scored_question: "consideration-unscored" => [
        ": sections[0] (id \"safety\"): this consideration has no scored or `knowledge` question; give some options a score, or mark the section `kind: step`",
    ];
    band_table_with_gap: "band-gap" => [
        ": bands: gap: no band covers 40 to 40 (between bands[0] (id \"concerns\") and bands[1] (id \"mixed\"))",
    ];
    band_table_with_overlap: "band-overlap" => [
        ": bands: overlap: bands[1] (id \"mixed\") starts at 35, but bands[0] (id \"concerns\") already covers up to 39",
    ];
    // The reversed band is dropped, so the table also has a gap: two lines, both true.
    band_from_after_to: "band-from-after-to" => [
        ": bands[2] (id \"ready\"): `from` (100) is greater than `to` (70)",
        ": bands: gap: no band covers 70 to 100",
    ];
    crisis_option_off_the_safety_question: "crisis-not-safety" => [
        ": sections[0].questions[0] (id \"safe-now\").options[1] (id \"yes\"): is marked `crisis`, but its question is not the safety check; add `safety: true` to the question or remove `crisis`",
    ];
    safety_question_with_a_default: "safety-default" => [
        ": sections[0].questions[1] (id \"safe-later\").options[1] (id \"yes\"): `crisis: soon` is not one of: now, past, unsure (or true, false)",
        ": sections[0].questions[1] (id \"safe-later\"): a safety question has no pre-chosen answer, so that nothing is recorded until the person chooses; remove `default`",
    ];
    unknown_key_typo_gets_a_suggestion: "unknown-key-typo" => [
        ": sections[1].questions[1] (id \"in-network\"): unknown key \"wieght\"; did you mean \"weight\"?",
    ];
    unknown_key_lists_the_known_keys: "unknown-key-top" => [
        ": (top level): unknown key \"colour\"; the keys here are: id, version, title, language, last_reviewed, url, publisher, disclaimer, command, seconds_per_question, scope, sources, glossary, crisis, care_options, scales, bands, opening, sections",
    ];
    unknown_scale_name: "unknown-scale" => [
        ": sections[1].questions[2] (id \"cost-worry\"): uses scale \"agreemnt\", which is not defined under `scales`",
    ];
    yes_no_with_wrong_option_ids: "yes-no-wrong-ids" => [
        ": sections[1].questions[0] (id \"has-insurance\"): a yes_no question needs exactly the options \"yes\" and \"no\" (plus any not_sure option), but has: nope, yes",
    ];
    options_and_scale_together: "options-and-scale" => [
        ": sections[1].questions[0] (id \"has-insurance\"): has both `options` and `scale`; use one of them",
    ];
    scale_option_without_score: "scale-option-without-score" => [
        ": sections[1].questions[2] (id \"cost-worry\"): scale option \"high\" has no score; every point of a scale needs one (or mark it `not_sure`)",
    ];
    not_sure_option_with_score: "not-sure-with-score" => [
        ": scales.agreement.options[5] (id \"not-sure\"): a `not_sure` option cannot have a score: it counts as an open question, not a low score",
    ];
    talking_point_for_unknown_option: "talking-point-unknown-option" => [
        ": sections[1].questions[1] (id \"in-network\"): `talking_points` names option \"strongly-disagre\", which this question does not have",
    ];
    bad_semantic_version: "bad-version" => [
        ": version: \"v1-beta\" is not a semantic version; write it like 1.0.0",
    ];
    bad_language_tag: "bad-language" => [
        ": language: \"en_US\" is not a BCP 47 language tag; write it like en-US or es",
    ];
    bad_last_reviewed_date: "bad-date" => [
        ": last_reviewed: \"2026-13-01\" is not a date; write it as YYYY-MM-DD, like 2026-10-01",
    ];
    uppercase_bank_id: "uppercase-id" => [
        ": (top level): id \"Small-Clinic-Bank\" is not valid; use lowercase letters, digits, - and _ (at most 64), starting with a letter or digit",
    ];
    missing_title: "missing-title" => [
        ": (top level): `title` is missing",
    ];
    unknown_kind_is_a_type_error_with_line_and_column: "unknown-kind" => [
        ":77:15: sections[1].questions[0].kind: unknown variant `yesno`, expected one of `choice`, `scale`, `yes_no`, `checklist`, `number`, `text`",
    ];
    cited_source_not_listed: "unknown-source" => [
        ": opening[0] (id \"what-is-iop\"): cites source \"samhsa-tip-64\", which is not listed under `sources`",
    ];
    source_url_not_a_web_address: "source-url-not-web" => [
        ": sources[0] (id \"samhsa-tip-47\"): `url` \"store.samhsa.gov/product/tip-47-clinical-issues-intensive-outpatient-treatment/sma13-4182\" is not a web address; it should start with https://",
    ];
    glossary_term_explained_twice: "glossary-duplicate-term" => [
        ": glossary[1]: the term \"copay\" is already explained at glossary[0]; explain each term once",
    ];
    glossary_term_without_meaning: "glossary-no-meaning" => [
        ": glossary[0]: `meaning` is missing",
    ];
    crisis_resource_without_contact: "resource-no-contact" => [
        ": crisis.resources[0]: give at least one way to reach it: `call`, `text` or `web`",
    ];
    text_max_length_zero: "max-length-zero" => [
        ": sections[1].questions[4] (id \"costs-notes\"): max_length 0 is outside 1 to 100000",
    ];
    role_on_the_wrong_kind: "role-wrong-kind" => [
        ": sections[1].questions[3] (id \"hours-free\"): role `decision_stage` does not fit a number question (see questions/README.md)",
    ];
}

/// Corpus files with a known bug in src/: tested below, partly under `#[ignore]`.
const WITH_BUGS: &[&str] = &[
    "score-too-high",
    "score-negative",
    "version-float",
    "weight-not-a-number",
    "score-not-a-number",
    "unknown-key-in-option",
];

#[test]
fn every_corpus_file_has_a_test() {
    let dir = Path::new(ROOT).join("tests/banks/broken");
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            assert_eq!(p.extension(), Some(OsStr::new("yaml")), "{}", p.display());
            p.file_stem().unwrap().to_string_lossy().into_owned()
        })
        .collect();
    on_disk.sort();
    let mut tested: Vec<String> = PINNED
        .iter()
        .chain(WITH_BUGS)
        .map(|s| s.to_string())
        .collect();
    tested.sort();
    assert_eq!(on_disk, tested, "files in tests/banks/broken vs. tests");
    assert!(on_disk.len() >= 24);
}

/// Each corpus file must be the valid base plus a one-line header comment and
/// a small edit, so a test failure always points at one fault.
#[test]
fn corpus_files_are_small_edits_of_the_valid_base() {
    let base = std::fs::read_to_string(Path::new(ROOT).join(SMALL)).unwrap();
    for name in PINNED.iter().chain(WITH_BUGS) {
        let path = Path::new(ROOT).join(format!("tests/banks/broken/{name}.yaml"));
        let text = std::fs::read_to_string(&path).unwrap();
        let (header, body) = text.split_once('\n').unwrap();
        assert!(
            header.starts_with("# Broken on purpose"),
            "{name}: {header}"
        );
        assert_ne!(body, base, "{name} is not broken");
        // One hunk: equal lines before and after it, and only a few lines in it.
        let (a, b): (Vec<&str>, Vec<&str>) = (base.lines().collect(), body.lines().collect());
        let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
        let suffix = a[prefix..]
            .iter()
            .rev()
            .zip(b[prefix..].iter().rev())
            .take_while(|(x, y)| x == y)
            .count();
        let (removed, added) = (a.len() - prefix - suffix, b.len() - prefix - suffix);
        assert!(
            added <= 8 && removed <= 32,
            "{name}: one edit of the base expected, got {removed} lines removed and {added} added"
        );
    }
}

// Score out of range: the problem is reported, but see the ignored test below.

#[test]
fn score_above_100() {
    let f = "tests/banks/broken/score-too-high.yaml";
    let out = validate(&[f]);
    assert_eq!(out.code, Some(INVALID));
    assert_eq!(
        out.problems().first().copied(),
        Some(
            format!("{f}: scales.agreement.options[4] (id \"strongly-agree\"): score 101 is outside the allowed range 0 to 100")
                .as_str()
        )
    );
}

#[test]
fn score_below_0() {
    let f = "tests/banks/broken/score-negative.yaml";
    let out = validate(&[f]);
    assert_eq!(out.code, Some(INVALID));
    assert_eq!(
        out.problems().first().copied(),
        Some(
            format!("{f}: scales.agreement.options[0] (id \"strongly-disagree\"): score -5 is outside the allowed range 0 to 100")
                .as_str()
        )
    );
}

#[test]
fn score_out_of_range_is_reported_once() {
    check_broken(
        "score-too-high",
        &[
            ": scales.agreement.options[4] (id \"strongly-agree\"): score 101 is outside the allowed range 0 to 100",
        ],
    );
    check_broken(
        "score-negative",
        &[
            ": scales.agreement.options[0] (id \"strongly-disagree\"): score -5 is outside the allowed range 0 to 100",
        ],
    );
}

#[test]
fn version_written_as_a_number_is_refused() {
    let f = "tests/banks/broken/version-float.yaml";
    let out = validate(&[f]);
    assert_eq!(out.code, Some(INVALID));
    let problems = out.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with(&format!("{f}: version: ")),
        "{problems:?}"
    );
    assert!(problems[0].ends_with(" is not a semantic version; write it like 1.0.0"));
}

#[test]
fn version_written_as_a_number_is_quoted_as_written() {
    check_broken(
        "version-float",
        &[": version: \"1.0\" is not a semantic version; write it like 1.0.0"],
    );
}

/// A type error stops parsing: one problem, with line and column, path and value.
fn check_type_error(name: &str, prefix: &str) -> String {
    let f = format!("tests/banks/broken/{name}.yaml");
    let out = validate(&[&f]);
    assert_eq!(out.code, Some(INVALID));
    let problems = out.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].starts_with(&format!("{f}{prefix}")),
        "{problems:?}"
    );
    assert_eq!(out.summary(), Some(summary_line(1, &[&f]).as_str()));
    problems[0].to_string()
}

#[test]
fn weight_that_is_a_word() {
    check_type_error(
        "weight-not-a-number",
        ":84:17: sections[1].questions[1].weight: found string \"heavy\", expected ",
    );
}

#[test]
fn score_that_is_a_word() {
    check_type_error(
        "score-not-a-number",
        ":36:43: scales.agreement.options[3].score: found string \"seventy\", expected ",
    );
}

#[test]
fn type_errors_speak_yaml_not_rust() {
    let weight = check_type_error(
        "weight-not-a-number",
        ":84:17: sections[1].questions[1].weight: found string \"heavy\", expected ",
    );
    let score = check_type_error(
        "score-not-a-number",
        ":36:43: scales.agreement.options[3].score: found string \"seventy\", expected ",
    );
    for line in [weight, score] {
        for rust in ["f64", "i64", "u64", "u128", "i128", "f32"] {
            assert!(!line.contains(rust), "speaks Rust ({rust}): {line}");
        }
        assert!(
            line.contains("number"),
            "says a number was expected: {line}"
        );
    }
}

#[test]
fn unknown_key_in_an_inline_option() {
    let f = "tests/banks/broken/unknown-key-in-option.yaml";
    let out = validate(&[f]);
    assert_eq!(out.code, Some(INVALID));
    let problems = out.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].ends_with(
        ".options[0] (id \"no\"): unknown key \"colour\"; the keys here are: id, label, score, not_sure, crisis, talking_point, exclusive, toward, against"
    ), "{problems:?}");
}

#[test]
fn unknown_key_path_names_every_id_like_other_messages() {
    check_broken(
        "unknown-key-in-option",
        &[
            ": sections[0].questions[0] (id \"safe-now\").options[0] (id \"no\"): unknown key \"colour\"; the keys here are: id, label, score, not_sure, crisis, talking_point, exclusive, toward, against",
        ],
    );
}

#[test]
fn unit_one_needs_unit_and_a_number_question() {
    let small = std::fs::read_to_string(Path::new(ROOT).join(SMALL)).unwrap();
    assert!(small.contains("        unit: hours a week\n"));
    let dir = tempdir();

    let alone = small.replacen(
        "        unit: hours a week\n",
        "        unit_one: hour a week\n",
        1,
    );
    let out = validate_bytes(dir.path(), "alone.yaml", alone.as_bytes());
    assert_one_problem(
        &out,
        "alone.yaml",
        "alone.yaml: sections[1].questions[3] (id \"hours-free\"): `unit_one` is the unit after 1; give `unit` (the unit after other numbers) too",
    );

    let both = small.replacen(
        "        unit: hours a week\n",
        "        unit: hours a week\n        unit_one: hour a week\n",
        1,
    );
    let out = validate_bytes(dir.path(), "both.yaml", both.as_bytes());
    assert_eq!(out.code, Some(0), "stderr:\n{}", out.stderr);

    let on_choice = small.replacen(
        "        scale: agreement\n",
        "        scale: agreement\n        unit_one: hour\n",
        1,
    );
    let out = validate_bytes(dir.path(), "choice.yaml", on_choice.as_bytes());
    assert_eq!(out.code, Some(INVALID), "stderr:\n{}", out.stderr);
    assert!(
        out.stderr
            .contains("`unit_one` does not apply to a scale question"),
        "{}",
        out.stderr
    );
}

// ---------------------------------------------------------------------------
// Hostile files, written at run time
// ---------------------------------------------------------------------------

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// Writes `name` into `dir` and validates it from inside `dir`, so messages
/// name the file exactly as `name`.
fn validate_bytes(dir: &Path, name: &str, bytes: &[u8]) -> Output {
    std::fs::write(dir.join(name), bytes).unwrap();
    iop_check_in(dir, ["validate", name])
}

/// One problem, exactly `line`; exit code 3.
fn assert_one_problem(out: &Output, file: &str, line: &str) {
    assert_invalid(out, file, &[line.to_string()]);
}

#[test]
fn hostile_empty_file() {
    let dir = tempdir();
    let out = validate_bytes(dir.path(), "empty.yaml", b"");
    assert_one_problem(
        &out,
        "empty.yaml",
        "empty.yaml: the file is empty (or holds only comments); it needs a mapping of keys at the top",
    );
}

#[test]
fn hostile_only_comments() {
    let dir = tempdir();
    let out = validate_bytes(
        dir.path(),
        "comments.yaml",
        b"# a bank, one day\n\n   # nothing here yet\n---\n",
    );
    assert_one_problem(
        &out,
        "comments.yaml",
        "comments.yaml: the file is empty (or holds only comments); it needs a mapping of keys at the top",
    );
}

#[test]
fn hostile_binary_with_nul() {
    let dir = tempdir();
    let out = validate_bytes(dir.path(), "nul.yaml", b"id: bank\ntitle: ab\x00cd\n");
    assert_one_problem(
        &out,
        "nul.yaml",
        "nul.yaml:2:10: the file holds binary data (a NUL byte), not YAML text",
    );
}

#[test]
fn hostile_latin1_byte() {
    let dir = tempdir();
    let out = validate_bytes(dir.path(), "latin1.yaml", b"id: bank\ntitle: Caf\xe9 IOP\n");
    assert_one_problem(
        &out,
        "latin1.yaml",
        "latin1.yaml:2:11: the file is not UTF-8 text (byte 0xE9); save it as UTF-8 and try again",
    );
}

#[test]
fn hostile_list_at_the_top() {
    let dir = tempdir();
    let out = validate_bytes(dir.path(), "list.yaml", b"- id: bank\n- title: x\n");
    assert_one_problem(
        &out,
        "list.yaml",
        "list.yaml:1:1: found a list, expected a mapping of keys",
    );
}

#[test]
fn hostile_scalar_at_the_top() {
    let dir = tempdir();
    let out = validate_bytes(dir.path(), "scalar.yaml", b"just some words\n");
    assert_one_problem(
        &out,
        "scalar.yaml",
        "scalar.yaml:1:1: found string \"just some words\", expected a mapping of keys",
    );
    let out = validate_bytes(dir.path(), "number.yaml", b"42\n");
    assert_one_problem(
        &out,
        "number.yaml",
        "number.yaml:1:1: found integer `42`, expected a mapping of keys",
    );
}

/// Ten levels of nine aliases each: 9^10 (about 3.5 billion) leaves if expanded.
fn alias_bomb(indent: &str) -> String {
    let mut s = format!("{indent}- &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for i in 1..=10 {
        let refs = vec![format!("*a{}", i - 1); 9].join(", ");
        s.push_str(&format!("{indent}- &a{i} [{refs}]\n"));
    }
    s
}

fn small_bank_text() -> String {
    std::fs::read_to_string(Path::new(ROOT).join(SMALL)).unwrap()
}

#[test]
fn hostile_alias_bomb_under_an_unknown_key() {
    let dir = tempdir();
    // A valid bank plus the bomb under a key the format does not have.
    let text = format!("{}lols:\n{}", small_bank_text(), alias_bomb("  "));
    let out = validate_bytes(dir.path(), "bomb.yaml", text.as_bytes());
    assert_one_problem(
        &out,
        "bomb.yaml",
        "bomb.yaml: (top level): unknown key \"lols\"; the keys here are: id, version, title, language, last_reviewed, url, publisher, disclaimer, command, seconds_per_question, scope, sources, glossary, crisis, care_options, scales, bands, opening, sections",
    );
    // Defined under the unknown key, then used as the value of a known one.
    let base = small_bank_text();
    let (start, end) = (
        base.find("\nbands:").unwrap() + 1,
        base.find("\nopening:").unwrap() + 1,
    );
    let text = format!(
        "{}lols:\n{}bands: *a10\n\n{}",
        &base[..start],
        alias_bomb("  "),
        &base[end..]
    );
    let out = validate_bytes(dir.path(), "bomb2.yaml", text.as_bytes());
    assert_eq!(out.code, Some(INVALID), "{}", out.stderr);
    assert_eq!(out.problems().len(), 1, "{}", out.stderr);
    assert!(
        out.problems()[0].contains("bands[0]: found a list, expected a mapping of keys"),
        "{}",
        out.stderr
    );
}

#[test]
fn hostile_alias_bomb_under_sections() {
    let dir = tempdir();
    let base = small_bank_text();
    let cut = base.find("\nsections:\n").expect("sections") + 1;
    let text = format!("{}sections:\n{}", &base[..cut], alias_bomb("  "));
    let line = text[..text.find("sections:\n").unwrap()].lines().count() + 2;
    let out = validate_bytes(dir.path(), "bomb.yaml", text.as_bytes());
    assert_one_problem(
        &out,
        "bomb.yaml",
        &format!("bomb.yaml:{line}:5: sections[0]: found a list, expected a mapping of keys"),
    );
    // The bomb defined elsewhere and aliased as the whole `sections` value.
    let text = format!(
        "{}lols:\n{}sections: *a10\n",
        &base[..cut],
        alias_bomb("  ")
    );
    let out = validate_bytes(dir.path(), "bomb2.yaml", text.as_bytes());
    assert_eq!(out.code, Some(INVALID), "{}", out.stderr);
    let problems = out.problems();
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(
        problems[0].ends_with(": sections[0]: found a list, expected a mapping of keys"),
        "{problems:?}"
    );
}

#[test]
fn hostile_100000_deep_flow_nesting() {
    let dir = tempdir();
    let n = 100_000;
    let text = format!("{}{}\n", "[".repeat(n), "]".repeat(n));
    let out = validate_bytes(dir.path(), "deep.yaml", text.as_bytes());
    assert_one_problem(
        &out,
        "deep.yaml",
        "deep.yaml:1:101: the file is nested more than 100 levels deep here; no bank or answers file needs that",
    );
    // Under a key, and with mappings.
    let text = format!("sections: {}{}\n", "[".repeat(n), "]".repeat(n));
    let out = validate_bytes(dir.path(), "deep2.yaml", text.as_bytes());
    assert_one_problem(
        &out,
        "deep2.yaml",
        "deep2.yaml:1:111: the file is nested more than 100 levels deep here; no bank or answers file needs that",
    );
    let text = format!("a: {}x{}\n", "{a: ".repeat(n), "}".repeat(n));
    let out = validate_bytes(dir.path(), "deep3.yaml", text.as_bytes());
    assert_eq!(out.code, Some(INVALID));
    assert_eq!(out.problems().len(), 1, "{}", out.stderr);
    assert!(out.problems()[0].ends_with(
        "the file is nested more than 100 levels deep here; no bank or answers file needs that"
    ));
}

#[test]
fn hostile_100000_deep_block_nesting() {
    // Block nesting is not pre-scanned; the parser must still cope.
    let dir = tempdir();
    let text = format!("lols:\n{}x\n", "- ".repeat(100_000));
    let out = validate_bytes(dir.path(), "deep.yaml", text.as_bytes());
    assert_eq!(out.code, Some(INVALID), "{}", out.stderr);
    assert!(out.problems()[0].starts_with("deep.yaml: (top level): unknown key \"lols\""));
}

#[test]
fn hostile_20_mb_file() {
    let dir = tempdir();
    let line = format!("# {}\n", "x".repeat(1021)); // 1 KiB
    let text = format!("id: big\n{}", line.repeat(20 * 1024)).into_bytes();
    let text = &text[..20 * 1024 * 1024];
    let out = validate_bytes(dir.path(), "big.yaml", text);
    assert_one_problem(
        &out,
        "big.yaml",
        "big.yaml: the file is 20.0 MiB, larger than the limit of 1.0 MiB; it was not read",
    );
}

#[test]
fn file_of_exactly_1_mib_is_read() {
    let dir = tempdir();
    let limit = iop_check::bank::MAX_BANK_BYTES as usize;
    assert_eq!(limit, 1024 * 1024);
    let out = validate_bytes(dir.path(), "exact.yaml", &vec![b'#'; limit]);
    assert_one_problem(
        &out,
        "exact.yaml",
        "exact.yaml: the file is empty (or holds only comments); it needs a mapping of keys at the top",
    );
}

#[test]
fn file_one_byte_over_1_mib_is_refused() {
    let dir = tempdir();
    let limit = iop_check::bank::MAX_BANK_BYTES as usize;
    let out = validate_bytes(dir.path(), "over.yaml", &vec![b'#'; limit + 1]);
    assert_eq!(out.code, Some(INVALID));
    let problems = out.problems();
    assert_eq!(problems.len(), 1);
    assert!(problems[0].starts_with("over.yaml: the file is "));
    // Exact, since both sizes would round to 1.0 MiB (issue 18, case 9).
    assert!(problems[0].ends_with(
        "the file is 1,048,577 bytes, larger than the limit of 1 MiB (1,048,576 bytes); it was not read"
    ));
}

#[test]
fn file_one_byte_over_1_mib_says_by_how_much() {
    let dir = tempdir();
    let limit = iop_check::bank::MAX_BANK_BYTES as usize;
    let out = validate_bytes(dir.path(), "over.yaml", &vec![b'#'; limit + 1]);
    let problems = out.problems();
    assert_eq!(problems.len(), 1);
    assert!(
        !problems[0].contains("the file is 1.0 MiB, larger than the limit of 1.0 MiB"),
        "{}",
        problems[0]
    );
}

#[test]
fn hostile_device_that_never_ends() {
    let zero = Path::new("/dev/zero");
    if !zero.exists() {
        common::skipped("no /dev/zero here");
        return;
    }
    let out = iop_check_in(Path::new(ROOT), ["validate", "/dev/zero"]);
    assert_one_problem(
        &out,
        "/dev/zero",
        "/dev/zero: the file is larger than the limit of 1.0 MiB; it was not read",
    );
}

#[test]
fn hostile_directory() {
    let dir = tempdir();
    std::fs::create_dir(dir.path().join("banks")).unwrap();
    let out = iop_check_in(dir.path(), ["validate", "banks"]);
    assert_one_problem(
        &out,
        "banks",
        "banks: this is a folder, not a file; name a YAML file instead",
    );
}

#[test]
fn hostile_missing_file() {
    let dir = tempdir();
    let out = iop_check_in(dir.path(), ["validate", "no-such-bank.yaml"]);
    assert_one_problem(
        &out,
        "no-such-bank.yaml",
        "no-such-bank.yaml: no such file; check the name and the folder",
    );
}

/// The effective user id, read without libc through `id -u`.
fn uid() -> Option<u32> {
    let out = Command::new("id").arg("-u").output().ok()?;
    String::from_utf8(out.stdout).ok()?.trim().parse().ok()
}

#[cfg(unix)]
#[test]
fn hostile_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;

    let dir = tempdir();
    let path: PathBuf = dir.path().join("secret.yaml");
    std::fs::write(&path, small_bank_text()).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Others may pass through the folder but not list it.
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o711)).unwrap();

    let cmd = match uid() {
        None => {
            common::skipped("could not learn the user id (`id -u` failed)");
            return;
        }
        Some(0) => {
            // root reads any file; run as nobody instead.
            let setpriv = |args: &[&OsStr]| {
                let mut cmd = Command::new("setpriv");
                cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
                    .arg(BIN)
                    .args(args)
                    .current_dir(dir.path());
                cmd
            };
            // Can nobody run the binary at all (setpriv present, target dir reachable)?
            let probe = setpriv(&[OsStr::new("--version")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
            if !matches!(probe, Ok(s) if s.success()) {
                common::skipped(&format!(
                    "running as root and `setpriv --reuid=65534 {BIN} --version` did not work ({probe:?}); root can read a chmod 000 file, so this case cannot be tested here"
                ));
                return;
            }
            setpriv(&[OsStr::new("validate"), OsStr::new("secret.yaml")])
        }
        Some(_) => {
            let mut cmd = Command::new(BIN);
            cmd.args(["validate", "secret.yaml"])
                .current_dir(dir.path());
            cmd
        }
    };
    let out = Run::from_command(cmd).run();
    // Let the folder be cleaned up whoever we are.
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
    assert_one_problem(
        &out,
        "secret.yaml",
        "secret.yaml: permission denied; you may not read this file (check it with ls -l)",
    );
}

#[test]
fn hostile_files_in_one_call_are_all_reported() {
    let dir = tempdir();
    std::fs::write(dir.path().join("empty.yaml"), b"").unwrap();
    std::fs::write(dir.path().join("list.yaml"), b"- a\n").unwrap();
    std::fs::write(dir.path().join("good.yaml"), small_bank_text()).unwrap();
    let out = iop_check_in(
        dir.path(),
        [
            "validate",
            "empty.yaml",
            "missing.yaml",
            "good.yaml",
            "list.yaml",
        ],
    );
    assert_eq!(out.code, Some(INVALID));
    assert_eq!(
        out.stdout,
        "good.yaml: valid: bank \"small-clinic-bank\" 1.0.0, 6 questions in 2 sections\n"
    );
    assert_eq!(
        out.problems(),
        [
            "empty.yaml: the file is empty (or holds only comments); it needs a mapping of keys at the top",
            "missing.yaml: no such file; check the name and the folder",
            "list.yaml:1:1: found a list, expected a mapping of keys",
        ]
    );
    assert_eq!(
        out.summary(),
        Some(summary_line(3, &["empty.yaml", "missing.yaml", "list.yaml"]).as_str())
    );
}

// ---------------------------------------------------------------------------
// Large banks: ten times a clinic's, still under the 1 MiB limit
// ---------------------------------------------------------------------------

#[path = "../../benches/support/generate.rs"]
#[allow(dead_code)]
mod generate;

/// A generated bank of 2,000 questions: far beyond any real bank, but
/// within [`iop_check::bank::MAX_BANK_BYTES`].
fn large_bank() -> String {
    let text = generate::generated_bank(2000);
    assert!(text.len() > 256 * 1024, "{} bytes", text.len());
    assert!(
        (text.len() as u64) < iop_check::bank::MAX_BANK_BYTES,
        "{} bytes",
        text.len()
    );
    text
}

#[test]
fn large_bank_is_valid() {
    let dir = tempdir();
    let out = validate_bytes(dir.path(), "large.yaml", large_bank().as_bytes());
    assert_eq!(out.code, Some(0), "stderr:\n{}", out.stderr);
    assert_eq!(
        out.stdout,
        "large.yaml: valid: bank \"generated-bank\" 1.0.0, 2000 questions in 11 sections\n"
    );
}

#[test]
fn large_bank_unknown_keys_keep_their_paths_and_file_order() {
    // One typo before the sections, one deep inside the eighth section and
    // one after the list: the order and paths must be those of the file.
    let text = large_bank()
        .replacen("title: A generated", "colour: blue\ntitle: A generated", 1)
        .replacen(
            "      - id: q1500\n",
            "      - id: q1500\n        promt: x\n",
            1,
        )
        + "bandz: []\n";
    let dir = tempdir();
    let out = validate_bytes(dir.path(), "large.yaml", text.as_bytes());
    let keys = "id, version, title, language, last_reviewed, url, publisher, disclaimer, command, seconds_per_question, scope, sources, glossary, crisis, care_options, scales, bands, opening, sections";
    assert_invalid(
        &out,
        "large.yaml",
        &[
            format!("large.yaml: (top level): unknown key \"colour\"; the keys here are: {keys}"),
            "large.yaml: sections[8].questions[100] (id \"q1500\"): unknown key \"promt\"; did you mean \"prompt\"?".to_string(),
            "large.yaml: (top level): unknown key \"bandz\"; did you mean \"bands\"?".to_string(),
        ],
    );
}

#[test]
fn large_bank_type_error_names_its_real_line_and_path() {
    // A wrong value in the last section (the weight of q1993, the first
    // scale question after q1990): the line, column and path are those of
    // the whole file.
    let text = large_bank();
    let at = text.find("      - id: q1990\n").unwrap();
    let weight = at + text[at..].find("        weight: ").unwrap();
    let end = weight + text[weight..].find('\n').unwrap();
    let mut text = text;
    text.replace_range(weight..end, "        weight: heavy");
    let line = text[..weight].lines().count() + 1;
    let dir = tempdir();
    let out = validate_bytes(dir.path(), "large.yaml", text.as_bytes());
    assert_invalid(
        &out,
        "large.yaml",
        &[format!(
            "large.yaml:{line}:17: sections[10].questions[193].weight: found string \"heavy\", expected a number"
        )],
    );
}
