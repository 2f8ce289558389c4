//! What the summary says, read from the real binary's output for contrasting
//! answer sets: a keen person; one worried about cost and time with few free
//! hours who would rather join online; an ambivalent one with many "not
//! sure" answers; one whose own feelings say no; and safety answered yes,
//! not sure, or skipped. The therapist reading it has one minute: the
//! person's own words and facts come first, no verdict, no sentence twice.

#![recursion_limit = "256"]

mod common;

use std::collections::HashMap;

use common::Run;
use serde_json::{Value, json};

/// A keen person: every question answered, mostly the easy way.
fn keen() -> Value {
    json!({
        "safe-now": "no",
        "hurt-self": "no",
        "harm-others": "no",
        "decision-stage": "close",
        "decision-role": "with-therapist",
        "decision-by": "next-session",
        "why-now": "agree",
        "hoped-change": "agree",
        "weekly-sessions": "yes",
        "after-iop": "yes",
        "share-doubts": "agree",
        "therapist-notes": "I want to know if group work is the main part.",
        "goals-clear": "strongly-agree",
        "weekly-enough": "disagree",
        "structure-fits": "agree",
        "open-to-groups": "agree",
        "practice-skills": "strongly-agree",
        "make-room": "agree",
        "hours-free": 12,
        "conflicts": ["none"],
        "energy-worry": "disagree",
        "willing-priority": "strongly-agree",
        "know-a-program": "yes",
        "length-schedule": "agree",
        "format": "either",
        "methods": "agree",
        "measure-progress": "agree",
        "licensed": "yes",
        "someone-knows": "yes",
        "practical-help": "agree",
        "someone-harder": "disagree",
        "support-wanted": ["check-ins"],
        "ask-for-support": "agree",
        "has-insurance": "yes",
        "plan-covers": "yes",
        "in-network": "yes",
        "prior-auth": "yes",
        "own-cost": "agree",
        "time-off": "yes",
        "extra-costs": "disagree",
        "picture-starting": "hopeful",
        "some-hope": "strongly-agree",
        "unspoken-fears": "disagree",
        "next-step-feel": "feels-right",
        "free-to-choose": "strongly-agree",
        "benefits": ["structure", "skills"],
        "ready-confident": "fairly",
        "ready-informed": "yes",
        "ready-values": "yes",
        "ready-help": "yes"
    })
}

fn with(mut base: Value, changes: Value) -> Value {
    for (k, v) in changes.as_object().expect("an object") {
        base[k] = v.clone();
    }
    base
}

/// Worried about cost and time: 4 free hours, online preferred, barriers.
fn worried() -> Value {
    with(
        keen(),
        json!({
            "hours-free": 4,
            "format": "virtual",
            "conflicts": ["work", "caregiving", "transport"],
            "time-off": "no",
            "make-room": "disagree",
            "plan-covers": "no",
            "own-cost": "strongly-disagree",
            "extra-costs": "strongly-agree",
            "energy-worry": "agree",
            "support-wanted": ["rides", "care-help"],
            "costs-notes": "My copay was 40 dollars a visit last year."
        }),
    )
}

/// Ambivalent: "not sure" wherever the bank offers it.
fn ambivalent() -> Value {
    let mut v = keen();
    for id in [
        "why-now",
        "hoped-change",
        "weekly-sessions",
        "after-iop",
        "share-doubts",
        "goals-clear",
        "weekly-enough",
        "structure-fits",
        "open-to-groups",
        "practice-skills",
        "make-room",
        "energy-worry",
        "willing-priority",
        "know-a-program",
        "length-schedule",
        "format",
        "methods",
        "someone-harder",
        "ask-for-support",
        "own-cost",
        "time-off",
        "some-hope",
        "unspoken-fears",
        "next-step-feel",
        "free-to-choose",
        "ready-confident",
        "ready-informed",
    ] {
        v[id] = json!("not-sure");
    }
    v["picture-starting"] = json!("mixed");
    v
}

/// Ready on paper, but their own feelings say no and they feel pushed.
fn feels_wrong() -> Value {
    with(
        keen(),
        json!({ "next-step-feel": "feels-wrong", "free-to-choose": "disagree" }),
    )
}

/// Runs the answers through the real binary in one format.
fn summary(answers: &Value, format: &str, extra: &[&str]) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("answers.json");
    std::fs::write(&file, answers.to_string()).expect("writes");
    let out = Run::new(["run", "--no-save", "--format", format, "--answers"])
        .arg(&file)
        .args(extra)
        .env("NO_COLOR", "1")
        .run();
    out.assert_code(0);
    out.stdout
}

fn json_of(answers: &Value) -> Value {
    serde_json::from_str(&summary(answers, "json", &[])).expect("JSON")
}

/// Text with wrapping undone: one line per item.
fn items(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.starts_with(' ') && !out.is_empty() {
            let last = out.last_mut().expect("an item");
            last.push(' ');
            last.push_str(line.trim());
        } else if !line.trim().is_empty() {
            out.push(line.trim().to_string());
        }
    }
    out
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every sentence of five words or more, normalised, with its count.
fn repeated_sentences(lines: &[String]) -> Vec<String> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    for line in lines {
        let line = line.trim_start_matches(['-', '*', '[', ']', ' ']);
        // A numbered item's "3. " is not part of its sentence.
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        let line = match line[digits..].strip_prefix(". ") {
            Some(rest) if digits > 0 => rest,
            _ => line,
        };
        // Only whole sentences: a label or a table cell ("Yes", a band's
        // words) may stand more than once.
        for s in line
            .split_inclusive(['.', '?', '!'])
            .filter(|s| s.trim_end().ends_with(['.', '?', '!']))
        {
            let norm: String = s
                .replace(['\\', '*', '“', '”', '"'], "")
                .trim()
                .to_lowercase();
            if norm.split_whitespace().count() >= 5 {
                *seen.entry(norm).or_default() += 1;
            }
        }
    }
    let mut twice: Vec<String> = seen
        .into_iter()
        .filter(|(_, n)| *n > 1)
        .map(|(s, _)| s)
        .collect();
    twice.sort();
    twice
}

fn html_lines(html: &str) -> Vec<String> {
    let body = &html[html.find("<body>").unwrap_or(0)..];
    let mut text = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push('\n');
            }
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&ldquo;", "\"")
        .replace("&rdquo;", "\"")
        .replace("&#x27;", "'")
        .replace("&amp;", "&");
    items(&text)
}

/// The words a reader sees, on one line.
fn readable(out: &str, format: &str) -> String {
    match format {
        "html" => html_lines(out).join(" "),
        "markdown" => flat(&out.replace('\\', "").replace("**", "")),
        _ => flat(out),
    }
}

#[test]
fn no_sentence_appears_twice_in_any_format() {
    for (name, answers) in [
        ("keen", keen()),
        ("worried", worried()),
        ("ambivalent", ambivalent()),
        ("feels wrong", feels_wrong()),
        ("crisis", with(keen(), json!({ "safe-now": "unsure-safe" }))),
    ] {
        for extra in [&[][..], &["--all-answers"][..]] {
            let text = summary(&answers, "text", extra);
            let twice = repeated_sentences(&items(&text));
            assert!(twice.is_empty(), "{name} text {extra:?}: {twice:#?}");
            let md = summary(&answers, "markdown", extra);
            let lines: Vec<String> = md.lines().map(str::to_string).collect();
            let twice = repeated_sentences(&lines);
            assert!(twice.is_empty(), "{name} markdown {extra:?}: {twice:#?}");
            let html = summary(&answers, "html", extra);
            let twice = repeated_sentences(&html_lines(&html));
            assert!(twice.is_empty(), "{name} html {extra:?}: {twice:#?}");
        }
    }
}

#[test]
fn every_talking_point_has_one_home_and_at_most_seven_lead() {
    for answers in [keen(), worried(), ambivalent(), feels_wrong()] {
        let json = json_of(&answers);
        let points = json["talking_points"].as_array().expect("points");
        let top = points.iter().filter(|p| p["top"] == true).count();
        assert!(top <= 7, "{top} top points");
        let text = flat(&summary(&answers, "text", &[]));
        for p in points {
            let t = p["text"].as_str().expect("text");
            assert_eq!(text.matches(t).count(), 1, "{t}");
        }
    }
}

#[test]
fn checklist_points_are_addressed_to_their_audience() {
    // The worried and ambivalent sets between them reach most points.
    for answers in [worried(), ambivalent(), feels_wrong()] {
        let json = json_of(&answers);
        for p in json["talking_points"].as_array().expect("points") {
            let t = p["text"].as_str().expect("text");
            match p["audience"].as_str() {
                Some("program") | Some("insurer") => {
                    assert!(!t.contains("your therapist"), "{}: {t}", p["audience"])
                }
                Some("therapist") => assert!(
                    !t.starts_with("Ask the program") && !t.starts_with("Call your plan"),
                    "therapist: {t}"
                ),
                other => panic!("audience {other:?}"),
            }
        }
    }
}

#[test]
fn the_order_is_safety_standing_facts_words_points_checklists_overview() {
    let text = summary(&worried(), "text", &[]);
    let at = |h: &str| text.find(h).unwrap_or_else(|| panic!("{h} in:\n{text}"));
    let order = [
        "Safety, and help at any time",
        "Where you stand",
        "What could make it hard, in your answers",
        "In your own words",
        "Talking points to bring",
        "To ask programs",
        "To check with your insurance plan",
        "The considerations at a glance",
    ];
    for w in order.windows(2) {
        assert!(at(w[0]) < at(w[1]), "{} before {}", w[0], w[1]);
    }
}

#[test]
fn the_persons_own_facts_are_shown() {
    let text = flat(&summary(&worried(), "text", &[]));
    for fact in [
        "Hours a week you could free up: 4 hours a week (adult IOP is usually at least 9 hours a week)",
        "Format you would prefer: Online (by video)",
        "What might get in the way: Work hours, if you work; Caring for someone who depends on you; Getting there and back",
        "Support you would want: Rides to and from the program; Help caring for someone who depends on me",
        "Time off work for IOP: No",
        "Health insurance: Yes",
        "Costs and coverage: \u{201c}My copay was 40 dollars a visit last year.\u{201d}",
    ] {
        assert!(text.contains(fact), "{fact}\n in: {text}");
    }
    // Markdown and HTML say the same facts.
    let md = summary(&worried(), "markdown", &[]);
    assert!(
        md.contains("- **Hours a week you could free up:** 4 hours a week"),
        "{md}"
    );
    let html = summary(&worried(), "html", &[]);
    assert!(html.contains("<strong>Format you would prefer:</strong> Online (by video)"));
    // A "no" to "do you know if your plan covers IOP?" is a to-do, not a score.
    let json = json_of(&worried());
    let to_do = json["talking_points"]
        .as_array()
        .expect("points")
        .iter()
        .find(|p| p["text"] == "Call your plan and ask: Is IOP covered, and what will I pay?")
        .expect("the plan question");
    assert_eq!(to_do["kind"], "to_do");
    assert_eq!(to_do["audience"], "insurer");
}

#[test]
fn numbers_and_verdicts_stay_out_of_the_human_formats() {
    for answers in [keen(), worried()] {
        for format in ["text", "markdown", "html"] {
            let out = readable(&summary(&answers, format, &[]), format);
            for verdict in ["Looks ready", "Real concerns", "(score ", "Score"] {
                assert!(!out.contains(verdict), "{format}: {verdict}");
            }
            assert!(out.contains("They are not a score of you, and not a verdict on IOP."));
        }
    }
}

#[test]
fn labels_never_contradict_the_persons_own_feelings() {
    let json = json_of(&feels_wrong());
    let gut = json["sections"]
        .as_array()
        .expect("sections")
        .iter()
        .find(|s| s["id"] == "gut-feeling")
        .expect("gut feeling");
    assert_ne!(gut["band"], "few-hard", "{gut}");
    let text = flat(&summary(&feels_wrong(), "text", &[]));
    assert!(text.contains("Gut feeling about IOP as a next step: No, it doesn't feel right"));
    assert!(text.contains("Free to say yes, no or not yet: Disagree"));
    assert!(!text.contains("Your gut feeling: Few hard parts"), "{text}");
    // The keen person's gut feeling is described as easy: the labels move.
    let keen = json_of(&keen());
    assert!(
        keen["sections"]
            .as_array()
            .expect("sections")
            .iter()
            .any(|s| s["id"] == "gut-feeling" && s["band"] == "few-hard")
    );
}

#[test]
fn many_not_sure_answers_give_too_few_to_sum_up_not_a_band() {
    let json = json_of(&ambivalent());
    let sections = json["sections"].as_array().expect("sections");
    let unsummed = sections.iter().filter(|s| s["band"].is_null()).count();
    assert!(unsummed >= 4, "{sections:#?}");
    let text = flat(&summary(&ambivalent(), "text", &[]));
    assert!(text.contains("Too few answers to sum up"), "{text}");
    assert!(text.contains("Skipped or not sure"));
    assert!(text.contains("How sure you feel about which way to go: I can't tell"));
}

/// The built-in bank's safety questions, with the start of each prompt.
const SAFETY: &[(&str, &str)] = &[
    ("safe-now", "or wished you were dead?"),
    ("hurt-self", "or felt the urge to?"),
    ("harm-others", "thoughts of hurting someone else?"),
];

#[test]
fn safety_statuses_now_past_unsure_no_and_skipped_are_told_apart_everywhere() {
    // (answer, status, the words shown, flagged)
    let cases = [
        ("yes", "now", None, true),
        (
            "past-weeks",
            "past",
            Some("Yes, in the past few weeks, but not right now"),
            true,
        ),
        ("unsure-safe", "unsure", Some("I'm not sure"), true),
        ("no", "no", Some("No"), false),
        ("skip", "skipped", Some("Skipped"), false),
    ];
    for (i, (id, prompt_end)) in SAFETY.iter().enumerate() {
        for (answer, status, words, flagged) in cases {
            let answers = with(keen(), json!({ *id: answer }));
            let json = json_of(&answers);
            let entry = &json["safety"]["questions"][i];
            assert_eq!(entry["id"], *id);
            assert_eq!(entry["status"], status, "{id} {answer}");
            assert_eq!(json["safety"]["status"], status, "{id} {answer}: overall");
            assert_eq!(json["safety"]["flagged"], flagged, "{id} {answer}");
            // The other safety questions keep their own "no".
            for (j, _) in SAFETY.iter().enumerate().filter(|(j, _)| *j != i) {
                assert_eq!(json["safety"]["questions"][j]["status"], "no");
            }
            if let Some(w) = words {
                assert_eq!(
                    entry["answer"],
                    if answer == "skip" {
                        Value::Null
                    } else {
                        json!(w)
                    }
                );
            }
            // FHIR carries the same status for each safety question.
            let fhir: Value =
                serde_json::from_str(&summary(&answers, "fhir", &[])).expect("FHIR JSON");
            let ext: Vec<&Value> = fhir["extension"]
                .as_array()
                .expect("extensions")
                .iter()
                .filter(|e| {
                    e["url"] == "https://iop-check.example/fhir/StructureDefinition/safety-status"
                })
                .collect();
            assert_eq!(ext.len(), SAFETY.len(), "{fhir}");
            assert_eq!(ext[i]["extension"][0]["valueString"], *id);
            assert_eq!(ext[i]["extension"][1]["valueCode"], status, "{id} {answer}");
            for format in ["text", "markdown", "html"] {
                let out = readable(&summary(&answers, format, &[]), format);
                let standing = out.find("Where you stand").expect("standing");
                if let Some(w) = words {
                    let said = format!("{prompt_end} {w}");
                    let at = out
                        .find(&said)
                        .unwrap_or_else(|| panic!("{format}: {said}\n{out}"));
                    assert!(at < standing, "{format}: the safety answers come first");
                }
                assert_eq!(out.contains("Your safety comes first"), flagged, "{format}");
                assert!(out.find("988").expect("988") < standing);
                // After any answer but "No", the reminder is in the first lines.
                let reminder = out.find("Help now: call or text 988");
                if status == "no" {
                    assert_eq!(reminder, None, "{format}: {id} {answer}");
                } else {
                    let at = reminder.unwrap_or_else(|| panic!("{format}: {id} {answer}\n{out}"));
                    assert!(at < out.find(prompt_end).expect("the question"), "{format}");
                }
            }
            let text = summary(&answers, "text", &[]);
            let first: Vec<&str> = text.lines().take(5).collect();
            assert_eq!(
                first
                    .iter()
                    .any(|l| l.contains("Help now: call or text 988")),
                status != "no",
                "{id} {answer}: {first:#?}"
            );
        }
    }
}

#[test]
fn html_links_crisis_lines_and_takes_the_banks_language() {
    let html = summary(&keen(), "html", &[]);
    assert!(html.contains(r#"<a href="tel:988">Call 988</a>"#), "{html}");
    assert!(html.contains(r#"<a href="sms:741741">Text 741741</a>"#));
    assert!(html.contains("Free, at any hour. Press 1 for veterans. Press 2 for Spanish."));
    assert!(html.contains(r#"<html lang="en-US">"#));
    // A clinic's bank in another language.
    let dir = tempfile::tempdir().expect("tempdir");
    let bank = std::fs::read_to_string(common::fixture("small-bank.yaml"))
        .expect("bank")
        .replace("language: en-US", "language: es-MX");
    let bank_file = dir.path().join("bank.yaml");
    std::fs::write(&bank_file, bank).expect("writes");
    let answers = dir.path().join("answers.json");
    std::fs::write(&answers, r#"{"safe-now": "no"}"#).expect("writes");
    let out = Run::new(["run", "--no-save", "--format", "html", "--bank"])
        .arg(&bank_file)
        .arg("--answers")
        .arg(&answers)
        .run();
    out.assert_code(0);
    assert!(
        out.stdout.contains(r#"<html lang="es-MX">"#),
        "{}",
        out.stdout
    );
}

#[test]
fn notes_come_in_question_order() {
    let answers = with(
        keen(),
        json!({
            "therapist-notes": "First note.",
            "gut-notes": "Last note.",
            "costs-notes": "Middle note.",
        }),
    );
    let text = summary(&answers, "text", &[]);
    let first = text.find("First note.").expect("first");
    let middle = text.find("Middle note.").expect("middle");
    let last = text.find("Last note.").expect("last");
    assert!(first < middle && middle < last, "{text}");
}

#[test]
fn all_answers_lists_every_answer_in_bank_order() {
    let text = flat(&summary(&worried(), "text", &["--all-answers"]));
    let start = text.find("All your answers").expect("the part");
    let rest = &text[start..];
    let a = rest
        .find("I understand why my therapist suggests IOP now. Agree")
        .expect("why-now");
    let b = rest
        .find("I worry I won't have the energy for sessions several days a week. Agree")
        .expect("energy-worry");
    let c = rest
        .find("I feel some hope that IOP could help me. Strongly agree")
        .expect("some-hope");
    assert!(a < b && b < c, "{rest}");
    // What is shown above is not printed twice.
    assert!(!rest.contains("About how many hours a week"), "{rest}");
    assert!(!rest.contains("My copay was"), "{rest}");
    assert!(!summary(&worried(), "text", &[]).contains("All your answers"));
}

#[test]
fn a_section_of_do_you_know_questions_says_what_is_left_to_find_out() {
    let keen = flat(&summary(&keen(), "text", &[]));
    assert!(
        keen.contains("Researching programs: Nothing left to find out in your answers"),
        "{keen}"
    );
    let unsure = with(
        keen_answers_knowing_nothing(),
        json!({ "know-a-program": "no" }),
    );
    let text = flat(&summary(&unsure, "text", &[]));
    assert!(
        text.contains("Researching programs: Some things to find out"),
        "{text}"
    );
    assert!(text.contains("1 to find out."), "{text}");
}

/// The keen answers without the questions that follow knowing a program.
fn keen_answers_knowing_nothing() -> Value {
    let mut v = keen();
    if let Some(m) = v.as_object_mut() {
        for id in [
            "length-schedule",
            "methods",
            "measure-progress",
            "licensed",
            "in-network",
        ] {
            m.remove(id);
        }
    }
    v
}
