//! `--answers FILE` in Spanish: every problem found in a broken answers
//! file (YAML, JSON, a FHIR QuestionnaireResponse, a file that cannot be
//! read) is said in Spanish with `--lang es` or a Spanish locale, one line
//! each as in English; and the same file in English gives the English
//! lines it always has.
//!
//! What is not checked for English words in a Spanish line: what the
//! person wrote (quoted), the ids of questions and options (typed as they
//! are), commands in backticks, addresses, and the YAML parser's own detail
//! (which iop-check quotes, saying that it is in English).

use std::collections::BTreeSet;
use std::path::Path;

use crate::bank_spanish::english_in;
use crate::common::{Output, Run};

/// A broken answers file: its name, its bytes, and the English problem
/// lines it gives (without the `name: ` in front of each).
struct Broken {
    name: &'static str,
    bytes: Vec<u8>,
    english: Vec<String>,
}

fn broken(name: &'static str, bytes: impl Into<Vec<u8>>, english: &[&str]) -> Broken {
    Broken {
        name,
        bytes: bytes.into(),
        english: english.iter().map(|s| s.to_string()).collect(),
    }
}

const SAFETY_IDS: &str = "no | past-weeks | yes | unsure-safe";

/// The broken files, each written into a folder of its own. Between them
/// they hold every kind of problem an answers file can have.
fn cases() -> Vec<Broken> {
    let safe = "safe-now: \"no\"\nhurt-self: \"no\"\nharm-others: \"no\"\n";
    vec![
        broken(
            "many.yaml",
            "safe-now: maybe\nhurt-self: [no]\nharm-others:\nleaning: true\nhours-free: 2.5\n\
             conflicts: [work, none]\ndecision-stage: .nan\ntherapist-notes: !foo hi\n\
             costs-notes: {a: 1}\nleanig: weekly\nmeasure-progress: agree\n\
             decision-role: on-my-own\ndecision-role: care-team\n",
            &[
                "\"decision-role\" is answered more than once; keep one answer for it",
                "the answer to \"decision-stage\" is not a finite number (.nan and .inf are not answers)",
                "the answer to \"therapist-notes\" has a YAML !tag, which answers files do not use",
                "question \"safe-now\" has no option \"maybe\"; choose one of: no, past-weeks, yes, unsure-safe",
                "question \"hurt-self\" is a choice question, so a list does not fit; answer with one of: no | past-weeks | yes | unsure-safe",
                "question \"harm-others\" (the safety check) is left empty; nothing is filled in for you here. Answer it with one of: no | past-weeks | yes | unsure-safe, or write `harm-others: skip` to leave it unanswered",
                "question \"leaning\" has no option \"yes\"; choose one of: weekly, iop-in-person, iop-online, php, something-else, not-sure",
                "question \"hours-free\" takes a whole number, not 2.5",
                "question \"conflicts\": \"None of these\" goes alone. Choose it by itself, or choose the others without it.",
                "question \"measure-progress\" is asked only when \"know-a-program\" is \"Yes\" or \"I'm not sure\", which the other answers do not say; leave it out or answer skip",
                "question \"costs-notes\" is a text question, so a mapping does not fit; answer with text of up to 2000 characters",
                "\"leanig\" is not a question in bank \"iop-decision\"; did you mean \"leaning\"? (`iop-check template` lists them all)",
            ],
        ),
        broken(
            "answers.json",
            r#"{"safe-now": "no", "hours-free": 99, "therapist-notes": 5, "conflicts": ["work", 3], "why-now": {"a": [1]}, "after-iop": 3}"#,
            &[
                &format!(
                    "question \"hurt-self\" (the safety check) is missing; nothing is filled in for you here. Answer it with one of: {SAFETY_IDS}, or write `hurt-self: skip` to leave it unanswered"
                ),
                &format!(
                    "question \"harm-others\" (the safety check) is missing; nothing is filled in for you here. Answer it with one of: {SAFETY_IDS}, or write `harm-others: skip` to leave it unanswered"
                ),
                "question \"why-now\" is a scale question, so a mapping does not fit; answer with one of: strongly-disagree | disagree | neutral | agree | strongly-agree | not-sure",
                "question \"after-iop\" is a yes_no question, so a number does not fit; answer with one of: yes | no | not-sure",
                "question \"hours-free\" takes a number from 0 to 60, not 99",
                "question \"conflicts\" is a checklist question, so a list holding something other than option ids does not fit; answer with a list of one or more of: work | study | caregiving | transport | other-health | something-else | none",
            ],
        ),
        broken(
            "long.yaml",
            format!(
                "{safe}therapist-notes: {}\nqqqqqqqqqq: 1\n",
                "x".repeat(2001)
            ),
            &[
                "the answer to question \"therapist-notes\" is 2001 characters long; the most is 2000",
                "\"qqqqqqqqqq\" is not a question in bank \"iop-decision\" (`iop-check template` lists them all)",
            ],
        ),
        broken(
            "untouched.yaml",
            "safe-now:\nhurt-self:\nleaning:\n",
            &[
                "there are no answers in it: every question is empty or left out. Write an answer after at least one question id (an answer left empty is not answered, and `skip` says you chose to skip it), then run again",
            ],
        ),
        broken(
            "blank.yaml",
            "# nothing yet\n",
            &["the file is empty (or holds only comments); it needs a mapping of keys at the top"],
        ),
        broken(
            "syntax.yaml",
            "safe-now: [[[[",
            &["did not find expected node content"],
        ),
        broken(
            "two.yaml",
            "safe-now: \"no\"\n---\nleaning: weekly\n",
            &["the file holds more than one YAML document (a line with ---); keep just one"],
        ),
        broken(
            "list.yaml",
            "- safe-now\n- leaning\n",
            &["found a list, expected a map"],
        ),
        broken(
            "deep.yaml",
            format!("safe-now: {}{}\n", "[".repeat(101), "]".repeat(101)),
            &[
                "the file is nested more than 100 levels deep here; no bank or answers file needs that",
            ],
        ),
        broken(
            "latin1.yaml",
            b"safe-now: \"no\"\ntherapist-notes: ma\xf1ana\n".to_vec(),
            &["the file is not UTF-8 text (byte 0xF1); save it as UTF-8 and try again"],
        ),
        broken(
            "binary.yaml",
            b"safe-now: \"no\"\n\0".to_vec(),
            &["the file holds binary data (a NUL byte), not YAML text"],
        ),
        broken(
            "huge.yaml",
            format!("# {}\n", "x".repeat(1024 * 1024)),
            &[
                "the file is 1,048,579 bytes, larger than the limit of 1 MiB (1,048,576 bytes); it was not read",
            ],
        ),
        broken(
            "response.json",
            r#"{"resourceType": "QuestionnaireResponse", "questionnaire": "http://example.org/other|1", "status": "completed",
                "item": [
                  {"linkId": "safe-now", "answer": [{"valueCoding": {"system": "http://example.org/cs", "code": "no"}}]},
                  {"linkId": "hurt-self", "answer": [{"valueAttachment": {}}]},
                  {"linkId": "harm-others", "answer": [{"valueString": "no"}]},
                  {"linkId": "harm-others", "answer": [{"valueString": "no"}]},
                  {"linkId": "zzz", "answer": [{"valueString": "x"}]},
                  {"answer": []},
                  {"linkId": "group", "item": {"linkId": "leaning"}}
                ]}"#,
            &[
                "it answers the questionnaire http://example.org/other|1, not bank \"iop-decision\" (https://iop-check.example/banks/iop-decision); use --bank with the bank it was made from",
                "the answer to \"safe-now\" is a code of http://example.org/cs; its options are codes of https://iop-check.example/banks/iop-decision/options/safe-now",
                "the answer to \"hurt-self\" is of a kind iop-check does not read (it reads valueCoding, valueBoolean, valueInteger, valueDecimal and valueString)",
                "question \"harm-others\" is answered more than once; keep one item for it",
                "item \"zzz\" has an answer, but it is not a question in bank \"iop-decision\"",
                "an item has no linkId",
                "\"item\" is not a list",
            ],
        ),
        broken(
            "no-questionnaire.json",
            r#"{"resourceType": "QuestionnaireResponse", "item": [{"linkId": "safe-now", "answer": [{"valueString": "maybe"}]}]}"#,
            &[
                "it does not say which questionnaire it answers; add \"questionnaire\": \"https://iop-check.example/banks/iop-decision|3.0.0\"",
            ],
        ),
        broken(
            "bundle.json",
            r#"{"resourceType": "Bundle", "entry": []}"#,
            &[
                "it is a FHIR Bundle of several resources (like every week from `iop-check progress history --format fhir`); `--answers` takes one QuestionnaireResponse: save the \"resource\" of one entry in a file of its own",
            ],
        ),
        broken(
            "patient.json",
            r#"{"resourceType": "Patient"}"#,
            &[
                "it is a FHIR Patient, not a QuestionnaireResponse; `--answers` takes a QuestionnaireResponse (from `iop-check summary --format fhir`, `iop-check progress --format fhir` or a form filler), or a YAML or JSON answers file",
            ],
        ),
    ]
}

/// `iop-check run --answers NAME` in `dir`, with `extra` arguments and
/// environment.
fn run(dir: &Path, name: &str, extra: &[&str], env: &[(&str, &str)]) -> Output {
    let data = dir.join("data");
    let mut r = Run::new(["run", "--answers", name])
        .args(extra)
        .current_dir(dir)
        .data_dir(&data);
    for (k, v) in env {
        r = r.env(k, v);
    }
    let out = r.run();
    assert!(!data.exists(), "an answers run writes nothing");
    out
}

/// The problem lines of a failed answers run (all but the closing line),
/// after checking the exit code, the empty stdout and the closing line.
fn problem_lines<'a>(out: &'a Output, closing: &str) -> Vec<&'a str> {
    out.assert_code(4);
    assert_eq!(out.stdout, "", "no summary for an invalid file");
    let mut lines: Vec<&str> = out.stderr.lines().collect();
    let last = lines.pop().unwrap_or_default();
    assert!(
        last.starts_with(closing),
        "closing line {last:?}\n{}",
        out.stderr
    );
    lines
}

/// Every question and option id of the Spanish bank, from its template.
fn bank_ids() -> BTreeSet<String> {
    let out = Run::new(["template", "--lang", "es"]).run();
    out.assert_code(0);
    let mut ids = BTreeSet::new();
    for line in out.stdout.lines() {
        if let Some(rest) = line.strip_prefix("#   ") {
            if let Some((id, _)) = rest.split_once(" = ") {
                ids.insert(id.trim().to_string());
            }
        } else if let Some(id) = line.strip_suffix(':') {
            ids.insert(id.to_string());
        }
    }
    assert!(ids.contains("past-weeks") && ids.contains("safe-now"));
    ids
}

/// A problem line without the file and the place in front of it
/// (`name: ` or `name:3:5: `).
fn message<'a>(line: &'a str, name: &str) -> &'a str {
    let rest = line
        .strip_prefix(name)
        .unwrap_or_else(|| panic!("{line:?} does not start with the file name {name}"));
    let rest = rest.trim_start_matches(|c: char| c == ':' || c.is_ascii_digit());
    rest.strip_prefix(' ').unwrap_or(rest)
}

/// A Spanish problem line without what is not words to translate: the
/// file and place in front, quoted values and labels, ids, addresses and
/// the parser's own detail.
fn words_to_check(line: &str, name: &str, ids: &BTreeSet<String>) -> String {
    let mut text = message(line, name).to_string();
    if let Some(i) = text.find("(en inglés, el lector dice:") {
        text.truncate(i);
    }
    // Quoted: ids, the person's own values, the bank's labels.
    for (open, close) in [('"', '"'), ('«', '»')] {
        let mut out = String::new();
        let mut inside = false;
        for c in text.chars() {
            if !inside && c == open {
                inside = true;
            } else if inside && c == close {
                inside = false;
                out.push(' ');
            } else if !inside {
                out.push(c);
            }
        }
        text = out;
    }
    text.split_whitespace()
        .filter(|w| {
            let bare = w.trim_matches(|c: char| ",.;:()|[]".contains(c));
            !ids.contains(bare) && !bare.contains("://")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_problem_in_an_answers_file_is_said_in_spanish() {
    let ids = bank_ids();
    let mut found = Vec::new();
    for case in cases() {
        let tmp = tempfile::tempdir().expect("temporary folder");
        std::fs::write(tmp.path().join(case.name), &case.bytes).expect("write");
        let out = run(tmp.path(), case.name, &["--lang", "es"], &[]);
        let lines = problem_lines(&out, "error: hay ");
        assert_eq!(
            lines.len(),
            case.english.len(),
            "{}: one Spanish line per English problem:\n{}",
            case.name,
            out.stderr
        );
        // The check finds English where there is some: in the English
        // lines (but for the parser's own words, which it leaves alone).
        let english: String = case.english.join("\n");
        if !["syntax.yaml", "list.yaml"].contains(&case.name) {
            let words = words_to_check(&format!("{}: {english}", case.name), case.name, &ids);
            assert!(
                !english_in(&words).is_empty(),
                "{}: the check would miss English in {english:?}",
                case.name
            );
        }
        for line in lines {
            let words = words_to_check(line, case.name, &ids);
            let english = english_in(&words);
            if !english.is_empty() {
                found.push(format!("{}: {english:?} in {line:?}", case.name));
            }
        }
    }
    assert!(found.is_empty(), "English left:\n{}", found.join("\n"));
}

#[test]
fn every_problem_in_an_answers_file_is_the_same_in_english_as_before() {
    for case in cases() {
        let tmp = tempfile::tempdir().expect("temporary folder");
        std::fs::write(tmp.path().join(case.name), &case.bytes).expect("write");
        for extra in [&[][..], &["--lang", "en"][..]] {
            let out = run(tmp.path(), case.name, extra, &[]);
            let lines = problem_lines(&out, "error: ");
            let got: Vec<&str> = lines.iter().map(|l| message(l, case.name)).collect();
            assert_eq!(got, case.english, "{}", case.name);
        }
    }
}

#[test]
fn a_spanish_locale_says_the_problems_in_spanish_and_the_place_stays() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    std::fs::write(
        tmp.path().join("a.yaml"),
        "safe-now: \"no\"\nhurt-self: [[[[\n",
    )
    .expect("write");
    let es = run(tmp.path(), "a.yaml", &[], &[("LANG", "es_US.UTF-8")]);
    let en = run(tmp.path(), "a.yaml", &[], &[]);
    let es = problem_lines(&es, "error: hay 1 problema ");
    let en = problem_lines(&en, "error: 1 problem ");
    // The same place (line and column) in front, in both languages.
    let place = |l: &str| l.split(": ").next().unwrap_or_default().to_string();
    assert_eq!(es.len(), 1);
    assert_eq!(place(es[0]), place(en[0]));
    assert!(place(en[0]).starts_with("a.yaml:3:"), "{en:?}");
    // The parser's own words are quoted, said to be in English.
    assert!(
        es[0].contains("el archivo no sigue las reglas de YAML aquí (en inglés, el lector dice: "),
        "{es:?}"
    );
    // A file not there, with the locale.
    let missing = run(tmp.path(), "nada.yaml", &[], &[("LC_ALL", "es_MX.UTF-8")]);
    assert_eq!(
        problem_lines(&missing, "error: hay 1 problema "),
        ["nada.yaml: no existe ese archivo; revise el nombre y la carpeta"]
    );
}

#[test]
fn a_folder_given_as_answers_is_told_in_spanish() {
    let tmp = tempfile::tempdir().expect("temporary folder");
    std::fs::create_dir(tmp.path().join("respuestas")).expect("folder");
    let es = run(tmp.path(), "respuestas", &["--lang", "es"], &[]);
    assert_eq!(
        problem_lines(&es, "error: hay 1 problema "),
        ["respuestas: es una carpeta, no un archivo; escriba el nombre de un archivo YAML"]
    );
}

/// The weekly check-in and the program worksheet read answers files too:
/// their problems are in Spanish, against their own banks.
#[test]
fn weekly_and_program_answers_files_are_checked_in_spanish() {
    let ids = bank_ids();
    let tmp = tempfile::tempdir().expect("temporary folder");
    std::fs::write(tmp.path().join("a.yaml"), "zzz-nada: 1\n").expect("write");
    let data = tmp.path().join("data");
    for (args, bank) in [
        (&["progress"][..], "weekly-progress"),
        (&["programs", "add"][..], "iop-programs-worksheet"),
    ] {
        let out = Run::new(args)
            .args(["--answers", "a.yaml", "--lang", "es"])
            .current_dir(tmp.path())
            .data_dir(&data)
            .run();
        let lines = problem_lines(&out, "error: hay ");
        assert!(
            lines.iter().any(|l| l.starts_with(&format!(
                "a.yaml: \"zzz-nada\" no es una pregunta del banco \"{bank}\""
            ))),
            "{args:?}: {lines:?}"
        );
        for line in lines {
            let english = english_in(&words_to_check(line, "a.yaml", &ids));
            assert!(english.is_empty(), "{args:?}: {english:?} in {line:?}");
        }
    }
}
