//! `iop-check progress` (issue 20): the weekly check-in in a pseudo-terminal
//! at 80×24 (safety path included), kept weeks, the trend table, the HTML
//! chart (its SVG parsed: one line per measure), one printed page on Letter
//! and A4, the JSON against docs/progress.schema.json, the care-team
//! questions of the two-week patterns, the goals of the last decision
//! check-in asked back by name, and `forget --all`.
//!
//! Eight weeks are generated as the kept files `progress` writes (their
//! dates a week apart, which a run cannot make), and one more is kept
//! through `progress --answers FILE --keep`.

use std::path::{Path, PathBuf};

use crate::common;

use common::key::{CTRL_C, DOWN, ENTER};
use common::{Exit, Pty, PtyOptions, Run, ScreenKind};
use serde_json::{Value, json};

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("tempdir")
}

const MEASURES: [&str; 5] = ["mood", "stress", "sleep", "energy", "missed"];

/// One generated week: `n` weeks after Oct 1, 2026, with these answers over
/// a full set of steady ones.
fn week(n: usize, changes: &[(&str, &str)]) -> Value {
    let mut a = json!({
        "safe-now": "no", "hurt-self": "no", "harm-others": "no",
        "care-now": "iop", "missed": "none",
        "mood": "okay", "stress": "some", "sleep": "okay", "energy": "some",
        "goal-1": "a-little", "goal-2": "a-little", "sign-1": "same",
        "skills-tried": "helped", "skills-which": "Box breathing",
        "hardest": "Mornings", "strain": ["work"],
        "care-fit": "about-right", "to-raise": format!("Question of week {}", n + 1),
    });
    for (k, v) in changes {
        a[*k] = json!(v);
    }
    let day = jiff::civil::date(2026, 10, 1)
        .checked_add(jiff::Span::new().days(7 * n as i64))
        .expect("a date");
    json!({
        "format": 1,
        "created": format!("{day}T18:00:00Z"),
        "week": "",
        "bank": { "id": "weekly-progress", "version": "1.0.0" },
        "care": "iop",
        "plan": { "goals": ["Sleep by 11", "Call my sister"], "goals_from": "last_week", "signs": ["I go out with friends"] },
        "quick": false,
        "answers": a,
    })
}

/// Keeps weeks in `data` as `progress` keeps them.
fn keep_weeks(data: &Path, weeks: &[Value]) {
    let dir = data.join("progress");
    std::fs::create_dir_all(&dir).expect("mkdir");
    for (i, w) in weeks.iter().enumerate() {
        std::fs::write(
            dir.join(format!("2026{i:04}-180000.json")),
            serde_json::to_vec_pretty(w).unwrap(),
        )
        .expect("writes");
    }
}

/// Eight weeks that move: a hard stretch in the middle, better at the end.
fn eight_weeks() -> Vec<Value> {
    let moods = [
        "low", "low", "okay", "okay", "low", "very-low", "okay", "good",
    ];
    let stress = [
        "a-lot",
        "a-lot",
        "some",
        "some",
        "a-lot",
        "very-high",
        "some",
        "a-little",
    ];
    let missed = ["none", "one", "none", "none", "one", "two", "none", "none"];
    (0..8)
        .map(|i| {
            week(
                i,
                &[
                    ("mood", moods[i]),
                    ("stress", stress[i]),
                    ("missed", missed[i]),
                    ("sleep", moods[i].replace("low", "poor").as_str()),
                ],
            )
        })
        .collect()
}

fn progress(args: &[&str], data: &Path) -> common::Output {
    Run::new(std::iter::once("progress").chain(args.iter().copied()))
        .data_dir(data)
        .run()
}

// ---------------------------------------------------------------------------
// The trend table, the chart, the JSON
// ---------------------------------------------------------------------------

#[test]
fn eight_weeks_give_a_trend_table_with_sparklines_and_ascii_under_lang_c() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    keep_weeks(&data, &eight_weeks());
    let out = progress(&["history"], &data);
    out.assert_code(0);
    let text = &out.stdout;
    for date in ["Oct 1, 2026", "Oct 8, 2026", "Nov 19, 2026"] {
        assert!(text.contains(date), "{date}:\n{text}");
    }
    // One trend line per measure, one mark a week.
    let trend = |text: &str, title: &str| -> String {
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with(title) && l.contains(" .. "))
            .unwrap_or_else(|| panic!("no trend for {title}:\n{text}"))
            .to_string();
        line.trim_start()[title.len()..]
            .trim_start()
            .chars()
            .take(8)
            .collect()
    };
    // Mood: low, low, okay, okay, low, very low, okay, good.
    assert_eq!(trend(text, "Mood"), "▃▃▅▅▃▁▅▆", "{text}");
    for title in ["Stress", "Sleep", "Energy", "Sessions missed"] {
        let t = trend(text, title);
        assert_eq!(t.chars().count(), 8, "{title}: {t:?}");
        assert!(
            t.chars().all(|c| ('▁'..='█').contains(&c)),
            "{title}: {t:?}"
        );
    }
    for l in text.lines() {
        assert!(l.chars().count() <= 80, "wider than 80: {l:?}");
    }

    // A narrow terminal: a block per week, every line within the width.
    let mut pty = Pty::spawn_with(
        &["progress", "history"],
        &data,
        PtyOptions {
            cols: 50,
            rows: 24,
            ..PtyOptions::default()
        },
    );
    assert_eq!(pty.wait_exit(), Exit::Code(0));
    let narrow = pty.raw().replace("\r\n", "\n");
    let narrow = common::strip_ansi(&narrow);
    for l in narrow.lines() {
        assert!(l.chars().count() <= 50, "wider than 50: {l:?}\n{narrow}");
    }
    assert!(narrow.contains("  Care felt: About right"), "{narrow}");

    // A locale that is not UTF-8: the same trends in ASCII.
    let out = Run::new(["progress", "history"])
        .data_dir(&data)
        .env("LANG", "C")
        .run();
    out.assert_code(0);
    assert_eq!(trend(&out.stdout, "Mood"), "..--._-=", "{}", out.stdout);
    for title in ["Stress", "Sleep", "Energy", "Sessions missed"] {
        assert!(trend(&out.stdout, title).is_ascii(), "{}", out.stdout);
    }
}

/// The `<svg>…</svg>` of an HTML page, parsed.
fn svg_of(html: &str) -> String {
    let start = html.find("<svg").expect("an <svg>");
    let end = html.find("</svg>").expect("an </svg>") + "</svg>".len();
    html[start..end].to_string()
}

#[test]
fn the_html_chart_has_one_line_per_measure_with_labelled_ends_and_dates() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut weeks = eight_weeks();
    // A skipped mood in week 4 is a gap, not a zero.
    weeks[3]["answers"]["mood"] = Value::Null;
    keep_weeks(&data, &weeks);
    let out = progress(&["history", "--format", "html"], &data);
    out.assert_code(0);
    let html = &out.stdout;
    assert!(!html.contains("<script"), "no script");
    let svg = svg_of(html);
    let doc = roxmltree::Document::parse(&svg).expect("the SVG is well-formed XML");
    let lines: Vec<roxmltree::Node> = doc
        .descendants()
        .filter(|n| n.has_tag_name("path") && n.attribute("class") == Some("line"))
        .collect();
    let measures: Vec<&str> = lines
        .iter()
        .map(|n| n.attribute("data-measure").expect("a measure"))
        .collect();
    assert_eq!(measures, MEASURES, "one line per measure, once each");
    // Each line reads in greyscale: its own dash pattern.
    let dashes: std::collections::HashSet<&str> = lines
        .iter()
        .map(|n| n.attribute("stroke-dasharray").expect("a dash"))
        .collect();
    assert_eq!(dashes.len(), MEASURES.len());
    // A point a week; the skipped mood breaks the line in two.
    let points = |d: &str| d.matches(['M', 'L']).count();
    let moves = |d: &str| d.matches('M').count();
    for n in &lines {
        let d = n.attribute("d").unwrap();
        let (want_points, want_moves) = if n.attribute("data-measure") == Some("mood") {
            (7, 2)
        } else {
            (8, 1)
        };
        assert_eq!(points(d), want_points, "{d}");
        assert_eq!(moves(d), want_moves, "{d}");
    }
    let texts = |class: &str| -> Vec<String> {
        doc.descendants()
            .filter(|n| {
                n.has_tag_name("text")
                    && n.attribute("class")
                        .is_some_and(|c| c.split(' ').any(|x| x == class))
            })
            .map(|n| n.text().unwrap_or_default().to_string())
            .collect()
    };
    // Axis labels: each scale's words at both ends; the weeks' dates.
    let ticks = texts("tick");
    for end in [
        "1 - Very low",
        "5 - Very good",
        "1 - No stress",
        "5 - Very high stress",
        "None",
        "Three or more",
    ] {
        assert!(ticks.iter().any(|t| t == end), "{end}: {ticks:?}");
    }
    let dates = texts("date");
    for d in ["Oct 1", "Oct 8", "Nov 19"] {
        assert!(dates.iter().any(|t| t == d), "{d}: {dates:?}");
    }
    assert!(dates.iter().any(|t| t.contains("2026")), "{dates:?}");
    // A title and a description for screen readers.
    assert!(doc.descendants().any(|n| n.has_tag_name("title")));
    assert!(doc.descendants().any(|n| n.has_tag_name("desc")));
}

fn schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(common::ROOT).join("docs/progress.schema.json"))
            .expect("the schema"),
    )
    .expect("JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

#[test]
fn history_and_summary_json_follow_the_schema() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut weeks = eight_weeks();
    weeks[7]["answers"]["care-fit"] = json!("not-enough");
    weeks[6]["answers"]["care-fit"] = json!("not-enough");
    weeks[5]["answers"]["safe-now"] = json!("past-weeks");
    keep_weeks(&data, &weeks);
    let v = schema();
    for (args, kind) in [
        (&["history", "--format", "json"][..], "progress-history"),
        (&["summary", "--format", "json"][..], "progress-summary"),
    ] {
        let out = progress(args, &data);
        out.assert_code(0);
        let doc: Value = serde_json::from_str(&out.stdout).expect("JSON");
        assert_eq!(doc["kind"], kind);
        let errors: Vec<String> = v.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{kind}: {errors:#?}");
        assert_eq!(doc["patterns"][0]["kind"], "not-enough-twice", "{kind}");
        // The schema is not vacuous.
        let mut bad = doc.clone();
        bad["patterns"][0]["question"] = json!("You should change your care.");
        assert!(!v.is_valid(&bad), "{kind}");
    }
    let h: Value =
        serde_json::from_str(&progress(&["history", "--format", "json"], &data).stdout).unwrap();
    assert_eq!(h["weeks"].as_array().unwrap().len(), 8);
    assert_eq!(h["weeks"][5]["safety_flagged"], true);
    assert_eq!(
        h["weeks"][0]["values"][0],
        json!({"answer": "2 - Low", "level": 1})
    );
    assert_eq!(
        h["weeks"][7]["goals"][0],
        json!({"name": "Sleep by 11", "answer": "A little progress"})
    );
}

#[test]
fn history_as_fhir_is_a_bundle_of_one_response_a_week() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    keep_weeks(&data, &eight_weeks());
    let out = progress(&["history", "--format", "fhir"], &data);
    out.assert_code(0);
    let b: Value = serde_json::from_str(&out.stdout).expect("JSON");
    assert_eq!(b["resourceType"], "Bundle");
    let entries = b["entry"].as_array().expect("entries");
    assert_eq!(entries.len(), 8);
    for e in entries {
        assert_eq!(e["resource"]["resourceType"], "QuestionnaireResponse");
        assert_eq!(e["resource"]["status"], "completed");
    }
    assert_eq!(entries[0]["resource"]["authored"], "2026-10-01T18:00:00Z");
    // The goals are answered by name: their items are in the response.
    assert!(out.stdout.contains("Sleep by 11"), "{}", out.stdout);
}

#[test]
fn a_week_as_fhir_read_back_with_answers_gives_the_same_care_team_summary() {
    let tmp = tempdir();
    // Four weeks kept; the summary for the care team, and the weeks as FHIR.
    let all = tmp.path().join("all");
    let weeks = eight_weeks();
    keep_weeks(&all, &weeks[..4]);
    let want = progress(&["summary"], &all);
    want.assert_code(0);
    let out = progress(&["history", "--format", "fhir"], &all);
    out.assert_code(0);
    let b: Value = serde_json::from_str(&out.stdout).expect("JSON");
    let last = &b["entry"][3]["resource"];
    assert_eq!(last["authored"], "2026-10-22T18:00:00Z", "{last}");
    let file = tmp.path().join("week-4.json");
    std::fs::write(&file, serde_json::to_vec_pretty(last).unwrap()).unwrap();

    // The first three kept, the fourth read back from its FHIR response.
    let three = tmp.path().join("three");
    keep_weeks(&three, &weeks[..3]);
    let got = progress(&["--answers", file.to_str().unwrap()], &three);
    got.assert_code(0);
    assert_eq!(got.stdout, want.stdout);

    // --keep keeps it on the day it was filled in, not the day it was read.
    let kept = progress(&["--answers", file.to_str().unwrap(), "--keep"], &three);
    kept.assert_code(0);
    let new = three.join("progress").join("20261022-180000.json");
    let w: Value = serde_json::from_slice(&std::fs::read(&new).expect("kept")).unwrap();
    assert_eq!(w["created"], "2026-10-22T18:00:00Z");
    assert_eq!(w["answers"], weeks[3]["answers"]);
    // The whole Bundle is not one week: the message says what to do.
    let bundle = tmp.path().join("weeks.json");
    std::fs::write(&bundle, &out.stdout).unwrap();
    let whole = progress(&["--answers", bundle.to_str().unwrap()], &three);
    whole.assert_code(4);
    let said = common::flatten(&whole.stderr);
    assert!(said.contains("weeks.json"), "{said}");
    assert!(said.contains("FHIR Bundle"), "{said}");
    assert!(said.contains("\"resource\" of one entry"), "{said}");
    // And as `run --answers` does, a response for another bank is refused,
    // naming the file.
    let decision = Run::new(["run", "--answers"]).arg(&file).run();
    decision.assert_code(4);
    assert!(
        decision.stderr.contains("week-4.json"),
        "{}",
        decision.stderr
    );
}

// ---------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------

/// Prints `html` on a paper size and returns the number of pages.
fn pages(chrome: &Path, html: &Path, size: &str, dir: &Path) -> usize {
    let text = std::fs::read_to_string(html).expect("html");
    let sized = dir.join(format!("page-{size}.html"));
    std::fs::write(
        &sized,
        text.replace("</style>", &format!("@page {{ size: {size}; }}</style>")),
    )
    .expect("writes");
    let pdf = dir.join(format!("page-{size}.pdf"));
    common::print_to_pdf(chrome, &sized, &pdf);
    let bytes = std::fs::read(&pdf).expect("a PDF");
    let s = String::from_utf8_lossy(&bytes);
    s.match_indices("/Count ")
        .filter_map(|(i, m)| {
            s[i + m.len()..]
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .max()
        .expect("a page count in the PDF")
}

#[test]
fn eight_weeks_print_on_one_page_on_letter_and_a4() {
    let Some(chrome) = common::chromium() else {
        common::tool_missing("chromium", "apt-get install chromium; .ci/run does");
        return;
    };
    let tmp = tempdir();
    let data = tmp.path().join("data");
    // Eight weeks with long words where a person may write a lot, and the
    // patterns that add to the summary.
    let long =
        "I want to ask about the evening group, the ride there, and whether the time can move. "
            .repeat(4);
    let mut weeks = eight_weeks();
    for w in &mut weeks {
        w["answers"]["to-raise"] = json!(long.trim());
        w["answers"]["hardest"] = json!(long.trim());
        w["answers"]["missed"] = json!("one");
        w["answers"]["missed-why"] = json!(["work", "travel", "felt-low"]);
        w["answers"]["care-fit"] = json!("not-enough");
        w["answers"]["goal-1"] = json!("no-change");
        w["plan"]["goals"] = json!([
            "Sleep by 11 most nights",
            "Call my sister each week",
            "Walk after work"
        ]);
        w["answers"]["goal-3"] = json!("a-lot");
        w["plan"]["signs"] = json!(["I go out with friends", "I get up on time", "I eat lunch"]);
    }
    keep_weeks(&data, &weeks);
    for (what, args) in [
        ("history", ["history", "--format", "html"]),
        ("summary", ["summary", "--format", "html"]),
    ] {
        let out = progress(&args, &data);
        out.assert_code(0);
        let html = tmp.path().join(format!("{what}.html"));
        std::fs::write(&html, &out.stdout).unwrap();
        if what == "summary" {
            assert!(
                out.stdout.contains(
                    "Talk with your care team about whether this level of care still fits."
                )
            );
        }
        for size in ["letter", "A4"] {
            let n = pages(&chrome, &html, size, tmp.path());
            assert_eq!(n, 1, "{what} on {size}: {n} pages");
        }
    }
}

// ---------------------------------------------------------------------------
// The care team's questions
// ---------------------------------------------------------------------------

const FITS: &str = "Talk with your care team about whether this level of care still fits.";

/// A name, each week's changes from a steady week, the questions expected.
type PatternCase<'a> = (&'a str, Vec<Vec<(&'a str, &'a str)>>, &'a [&'a str]);

#[test]
fn the_two_week_patterns_give_their_care_team_questions_and_no_others() {
    // (name, each week's changes from a steady week, the questions expected)
    let cases: &[PatternCase] = &[
        ("steady", vec![vec![]; 4], &[]),
        (
            "mood lower and sessions missed",
            vec![
                vec![],
                vec![],
                vec![("mood", "low"), ("missed", "one")],
                vec![("mood", "very-low"), ("missed", "two")],
            ],
            &[FITS],
        ),
        (
            "not enough twice",
            vec![
                vec![],
                vec![("care-fit", "not-enough")],
                vec![("care-fit", "not-enough")],
            ],
            &[FITS],
        ),
        (
            "too much twice",
            vec![
                vec![],
                vec![("care-fit", "too-much")],
                vec![("care-fit", "too-much")],
            ],
            &[FITS],
        ),
        (
            "not enough once, then about right",
            vec![vec![], vec![("care-fit", "not-enough")], vec![]],
            &[],
        ),
        (
            "one hard week",
            vec![
                vec![],
                vec![],
                vec![
                    ("mood", "very-low"),
                    ("missed", "two"),
                    ("care-fit", "not-enough"),
                ],
            ],
            &[],
        ),
    ];
    for (name, changes, want) in cases {
        let tmp = tempdir();
        let data = tmp.path().join("data");
        let weeks: Vec<Value> = changes
            .iter()
            .enumerate()
            .map(|(i, c)| week(i, c))
            .collect();
        keep_weeks(&data, &weeks);
        let out = progress(&["summary"], &data);
        out.assert_code(0);
        let flat = common::flatten(&out.stdout);
        let found: Vec<&str> = flat
            .match_indices("Talk with your care team about")
            .map(|(i, _)| {
                let rest = &flat[i..];
                &rest[..rest.find('.').map_or(rest.len(), |e| e + 1)]
            })
            .collect();
        assert_eq!(&found, want, "{name}:\n{}", out.stdout);
    }
}

#[test]
fn a_question_two_patterns_raise_is_said_once_on_every_page() {
    // Mood lower with sessions missed, and "not enough" care, two weeks
    // running: both ask whether this level of care fits; it is asked once.
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let hard = [
        ("mood", "low"),
        ("missed", "one"),
        ("care-fit", "not-enough"),
    ];
    keep_weeks(&data, &[week(0, &[]), week(1, &hard), week(2, &hard)]);
    let fits = "whether this level of care still fits";
    for (what, format) in [
        ("summary", "text"),
        ("summary", "markdown"),
        ("summary", "html"),
        ("history", "text"),
        ("history", "markdown"),
        ("history", "html"),
    ] {
        let out = progress(&[what, "--format", format], &data);
        out.assert_code(0);
        let flat = common::flatten(&out.stdout);
        assert_eq!(
            flat.matches(fits).count(),
            1,
            "{what} {format}:\n{}",
            out.stdout
        );
        // What each pattern saw is still said.
        assert!(flat.contains("you missed sessions"), "{what} {format}");
        assert!(flat.contains("not enough, two weeks"), "{what} {format}");
    }
}

#[test]
fn weeks_getting_better_are_not_said_to_have_not_moved() {
    // Doing well in weekly therapy: better two weeks running, no questions.
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let better = [("mood", "good"), ("goal-1", "a-lot"), ("goal-2", "a-lot")];
    let best = [
        ("mood", "very-good"),
        ("goal-1", "a-lot"),
        ("goal-2", "a-lot"),
    ];
    keep_weeks(&data, &[week(0, &[]), week(1, &better), week(2, &best)]);
    let out = progress(&["summary"], &data);
    out.assert_code(0);
    let flat = common::flatten(&out.stdout);
    assert!(
        flat.contains("progress two weeks in a row"),
        "{}",
        out.stdout
    );
    assert!(!flat.contains("No answers moved"), "{}", out.stdout);
    assert!(
        flat.contains("No questions from the weeks this time."),
        "{}",
        out.stdout
    );
    assert!(
        !flat.contains("Talk with your care team about"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_right_now_safety_answer_is_brought_up_first_for_the_care_team() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    keep_weeks(&data, &[week(0, &[]), week(1, &[("safe-now", "yes")])]);
    for format in ["text", "html"] {
        let out = progress(&["summary", "--format", format], &data);
        out.assert_code(0);
        let flat = common::flatten(&out.stdout);
        // The person's own answer, and the talking point the decision
        // summary would show, before anything else is raised.
        let answer = flat
            .find("Yes, I am having these thoughts right now")
            .unwrap_or_else(|| panic!("{format}:\n{}", out.stdout));
        let point = flat
            .find("Talk about your safety first: you had thoughts of suicide on the day of this check-in.")
            .unwrap_or_else(|| panic!("no talking point in {format}:\n{}", out.stdout));
        let help = flat.find("Help now: call or text 988").expect("help");
        let questions = flat.find("Questions for the care team").expect("questions");
        assert!(
            help < answer && answer < point && point < questions,
            "{format}"
        );
    }
}

#[test]
fn the_history_of_a_week_with_a_safety_answer_says_where_help_is() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    keep_weeks(&data, &[week(0, &[]), week(1, &[("safe-now", "yes")])]);
    for format in ["text", "markdown", "html"] {
        let out = progress(&["history", "--format", format], &data);
        out.assert_code(0);
        let flat = common::flatten(&out.stdout);
        let flagged = flat
            .find("In the check-in of Oct 8, 2026, a safety answer was not")
            .unwrap_or_else(|| panic!("{format}:\n{}", out.stdout));
        let help = flat
            .find("Help now: call or text 988")
            .unwrap_or_else(|| panic!("no help in {format}:\n{}", out.stdout));
        assert!(flagged < help, "{format}");
    }
    // Weeks with every safety answer "No" keep the page calm.
    let calm = tmp.path().join("calm");
    keep_weeks(&calm, &[week(0, &[]), week(1, &[])]);
    let out = progress(&["history"], &calm);
    assert!(!out.stdout.contains("Help now"), "{}", out.stdout);
}

#[test]
fn the_note_just_for_the_person_is_not_in_the_fhir_for_the_care_team() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let note = "Private: I almost did not go";
    keep_weeks(&data, &[week(0, &[("note", note)])]);
    // The bank promises the note is just for them.
    let t = progress(&["template"], &data);
    assert!(t.stdout.contains("just for you"), "{}", t.stdout);
    let out = progress(&["history", "--format", "fhir"], &data);
    out.assert_code(0);
    assert!(out.stdout.contains("Question of week 1"), "{}", out.stdout);
    assert!(!out.stdout.contains(note), "{}", out.stdout);
    let file = tmp.path().join("week.yaml");
    std::fs::write(
        &file,
        format!("safe-now: \"no\"\nhurt-self: \"no\"\nharm-others: \"no\"\nmood: okay\nnote: \"{note}\"\n"),
    )
    .unwrap();
    let out = progress(
        &["--answers", file.to_str().unwrap(), "--format", "fhir"],
        &data,
    );
    out.assert_code(0);
    assert!(
        out.stdout.contains("QuestionnaireResponse"),
        "{}",
        out.stdout
    );
    assert!(!out.stdout.contains(note), "{}", out.stdout);
    // It is still kept with the week.
    let out = progress(&["--answers", file.to_str().unwrap(), "--keep"], &data);
    out.assert_code(0);
    let kept = kept(&data);
    let w: Value = serde_json::from_slice(&std::fs::read(kept.last().unwrap()).unwrap()).unwrap();
    assert_eq!(w["answers"]["note"], note);
}

#[test]
fn wrapped_lines_of_the_history_line_up_under_their_text() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let hard = [("care-fit", "too-much")];
    keep_weeks(&data, &[week(0, &[]), week(1, &hard), week(2, &hard)]);
    let out = Run::new(["progress", "history"]).data_dir(&data).run();
    out.assert_code(0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    let at = lines
        .iter()
        .position(|l| l.starts_with("  - You said your care felt like too much"))
        .unwrap_or_else(|| panic!("{}", out.stdout));
    let next = lines[at + 1];
    assert!(
        next.starts_with("    ") && !next.starts_with("     "),
        "the next line is not under the text:\n{}",
        out.stdout
    );
}

// ---------------------------------------------------------------------------
// Answers files, keeping, goals by name, forgetting
// ---------------------------------------------------------------------------

fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

fn kept(data: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(data.join("progress"))
        .map(|e| e.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default()
}

/// A week's answers file names a question the week does not ask (goals are
/// named in the first week, then asked by name): the message points to the
/// weekly template, not the decision one; and the goals just named are on
/// the care team's page at once, with no "last week" that never was.
#[test]
fn a_first_week_shows_the_goals_it_named_and_a_wrong_id_points_to_the_weekly_template() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let week = tmp.path().join("week.yaml");
    std::fs::write(
        &week,
        "safe-now: \"no\"\nhurt-self: \"no\"\nharm-others: \"no\"\nmood: okay\ngoals-name: \"Sleep by 11; walk after work\"\n",
    )
    .unwrap();
    progress(&["--keep", "--answers", week.to_str().unwrap()], &data).assert_code(0);
    let s = progress(&["summary"], &data);
    s.assert_code(0);
    let text = common::flatten(&s.stdout);
    assert!(!text.contains("No goals named yet"), "{text}");
    assert!(text.contains("“Sleep by 11”: named this week"), "{text}");
    assert!(text.contains("Mood: 3 - Okay"), "{text}");
    assert!(!text.contains("last week:"), "{text}");
    // The second week asks the goals by name: goals-name is not asked.
    let again = progress(&["--answers", week.to_str().unwrap()], &data);
    again.assert_code(4);
    assert!(
        again
            .stderr
            .contains("(`iop-check progress template` lists them all)"),
        "{}",
        again.stderr
    );
}

/// Only a choice made ("I've already decided", an option named) brings the
/// weekly check-in up: someone still thinking it over is not told what
/// comes after a choice they have not made.
#[test]
fn the_weekly_check_in_is_named_as_the_next_step_only_once_a_choice_is_made() {
    let tmp = tempdir();
    for (stage, shown) in [("decided", true), ("considering", false), ("close", false)] {
        let file = tmp.path().join(format!("{stage}.yaml"));
        std::fs::write(
            &file,
            format!("safe-now: \"no\"\nhurt-self: \"no\"\nharm-others: \"no\"\ndecision-stage: {stage}\nleaning: weekly\n"),
        )
        .unwrap();
        let out = Run::new(["run", "--no-save", "--answers"]).arg(&file).run();
        out.assert_code(0);
        let text = common::flatten(&out.stdout);
        assert_eq!(text.contains("Your next step"), shown, "{stage}: {text}");
        assert_eq!(
            text.contains("iop-check progress"),
            shown,
            "{stage}: {text}"
        );
    }
}

#[test]
fn goals_from_the_last_decision_check_in_are_asked_back_by_name_and_kept_with_keep() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    // A decision check-in: weekly therapy, decided, two goals in the note.
    let decision = tmp.path().join("decision.yaml");
    std::fs::write(
        &decision,
        "safe-now: \"no\"\nhurt-self: \"no\"\nharm-others: \"no\"\ndecision-stage: decided\nleaning: weekly\ngoals-notes: \"Sleep by 11; walk after work\"\n",
    )
    .unwrap();
    let out = Run::new(["run", "--answers"])
        .arg(&decision)
        .arg("--keep")
        .data_dir(&data)
        .run();
    out.assert_code(0);
    // The decision summary points to the weekly check-in once a choice is made.
    assert!(
        common::flatten(&out.stdout)
            .contains("whatever you chose, `iop-check progress` is a short weekly check-in"),
        "{}",
        out.stdout
    );

    // The template asks each goal by name, and nothing is filled in.
    let t = progress(&["template"], &data);
    t.assert_code(0);
    assert!(
        t.stdout.contains("Your goal: \"Sleep by 11\""),
        "{}",
        t.stdout
    );
    assert!(
        t.stdout.contains("Your goal: \"walk after work\""),
        "{}",
        t.stdout
    );
    assert!(t.stdout.contains("\ngoal-1:\n") && t.stdout.contains("\ngoal-2:\n"));
    assert!(
        !t.stdout.contains("goals-name:"),
        "goals are known: {}",
        t.stdout
    );
    for line in t
        .stdout
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
    {
        assert!(line.ends_with(':'), "an answer was filled in: {line}");
    }

    let answers = tmp.path().join("week.yaml");
    std::fs::write(
        &answers,
        "safe-now: \"no\"\nhurt-self: \"no\"\nharm-others: \"no\"\ncare-now: weekly\nmissed: none\nmood: good\ngoal-1: a-little\ngoal-2: no-change\ncare-fit: about-right\nsigns-name: I go out more\nto-raise: Ask about a group\n",
    )
    .unwrap();
    // Without --keep, nothing is written.
    let out = progress(&["--answers", answers.to_str().unwrap()], &data);
    out.assert_code(0);
    assert!(kept(&data).is_empty(), "kept without --keep");
    assert!(out.stdout.contains("Ask about a group"), "{}", out.stdout);
    assert!(out.stderr.contains("--keep"), "{}", out.stderr);
    // With --keep: one private file, with the goals and the care option.
    let out = progress(&["--answers", answers.to_str().unwrap(), "--keep"], &data);
    out.assert_code(0);
    let files = kept(&data);
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(mode(&files[0]), 0o600);
    assert_eq!(mode(&data.join("progress")), 0o700);
    let w: Value = serde_json::from_slice(&std::fs::read(&files[0]).unwrap()).unwrap();
    assert_eq!(w["care"], "weekly");
    assert_eq!(
        w["plan"]["goals"],
        json!(["Sleep by 11", "walk after work"])
    );
    assert_eq!(w["plan"]["goals_from"], "decision");
    assert_eq!(w["answers"]["goal-2"], "no-change");
    assert!(w["week"].as_str().unwrap().contains("-W"), "{w}");

    // Next week: the same goals, from last week now, and the sign named.
    let t = progress(&["template"], &data);
    assert!(
        t.stdout.contains("Your goal: \"Sleep by 11\""),
        "{}",
        t.stdout
    );
    assert!(
        t.stdout
            .contains("A sign you are watching: \"I go out more\""),
        "{}",
        t.stdout
    );
    assert!(t.stdout.contains("goals-edit:"), "{}", t.stdout);

    // --no-save writes nothing, even with an answers file; the goals are
    // still read from the kept weeks.
    let before = kept(&data);
    let second = tmp.path().join("second.yaml");
    std::fs::write(
        &second,
        "safe-now: \"no\"\nhurt-self: \"no\"\nharm-others: \"no\"\ngoal-1: a-lot\nsign-1: better\n",
    )
    .unwrap();
    let out = Run::new(["--no-save", "progress", "--answers"])
        .arg(&second)
        .data_dir(&data)
        .run();
    out.assert_code(0);
    assert_eq!(kept(&data), before, "--no-save kept a week");
    let empty = tmp.path().join("empty");
    let first = tmp.path().join("first.yaml");
    std::fs::write(
        &first,
        "safe-now: \"no\"\nhurt-self: \"no\"\nharm-others: \"no\"\nmood: low\n",
    )
    .unwrap();
    let out = Run::new(["--no-save", "progress", "--answers"])
        .arg(&first)
        .data_dir(&empty)
        .run();
    out.assert_code(0);
    assert!(!empty.exists(), "--no-save made the data folder");

    // forget --all deletes the weekly check-ins too.
    let out = Run::new(["forget", "--all", "--yes"]).data_dir(&data).run();
    out.assert_code(0);
    assert!(out.stdout.contains("weekly check-in"), "{}", out.stdout);
    assert!(kept(&data).is_empty(), "{:?}", kept(&data));
}

#[test]
fn an_answers_file_must_answer_the_safety_questions() {
    let tmp = tempdir();
    let answers = tmp.path().join("week.yaml");
    std::fs::write(&answers, "mood: good\n").unwrap();
    let out = progress(
        &["--answers", answers.to_str().unwrap()],
        &tmp.path().join("data"),
    );
    out.assert_code(4);
    assert!(out.stderr.contains("safe-now"), "{}", out.stderr);
}

// ---------------------------------------------------------------------------
// The weekly bank's words
// ---------------------------------------------------------------------------

#[test]
fn the_weekly_bank_reads_at_grade_8_and_assumes_nothing() {
    let b = iop_check::progress::base_bank().expect("valid");
    let mut texts: Vec<&str> = Vec::new();
    for (s, q) in b.questions() {
        texts.push(&q.prompt);
        texts.extend(q.help.as_deref());
        texts.extend(q.options.iter().map(|o| o.label.as_str()));
        texts.push(&s.why);
    }
    texts.extend(b.opening.iter().map(|o| o.text.as_str()));
    let g = common::grade(&texts);
    assert!(g <= 8.0, "grade {g:.1}");
    let all = texts.join(" ").to_lowercase();
    let words: Vec<&str> = all
        .split(|c: char| !c.is_alphabetic() && c != '\'')
        .collect();
    // The shared list, and two more: the weekly bank is for anyone, in
    // work or not, whatever brought them to care.
    for w in common::ASSUMING_WORDS.iter().chain(&["job", "diagnosis"]) {
        assert!(!words.contains(w), "the weekly bank says {w:?}");
    }
    // Second person: the prompts speak to "you".
    assert!(b.questions().filter(|(_, q)| !q.safety).all(|(_, q)| {
        let p = q.prompt.to_lowercase();
        p.contains("you") || p.contains("your")
    }));
}

// ---------------------------------------------------------------------------
// In a terminal, 80 × 24
// ---------------------------------------------------------------------------

fn spawn(data: &Path, args: &[&str]) -> Pty {
    let mut all = vec!["progress"];
    all.extend_from_slice(args);
    Pty::spawn_with(
        &all,
        data,
        PtyOptions {
            cols: 80,
            rows: 24,
            ..PtyOptions::default()
        },
    )
}

/// Every line of the screen drawn last fits 80 columns and 24 rows (CR LF
/// is one line break: `strip_ansi` makes every CR a break of its own).
fn assert_fits(pty: &Pty) {
    let raw = pty.raw();
    let start = raw.rfind("\x1b[2J").map_or(0, |i| i + "\x1b[2J".len());
    let screen = common::strip_ansi(&raw[start..].replace("\r\n", "\n"));
    let lines: Vec<&str> = screen.trim_matches('\n').lines().collect();
    assert!(lines.len() < 24, "{} lines:\n{screen}", lines.len());
    for l in &lines {
        assert!(l.chars().count() <= 80, "wider than 80: {l:?}");
    }
}

#[test]
fn a_quick_weekly_check_in_in_a_terminal_is_kept_and_summed_up() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = spawn(&data, &["--quick"]);
    let s = pty.expect_screen(ScreenKind::Welcome);
    assert!(s.flat.contains("Your weekly check-in"), "{}", s.text);
    assert!(s.flat.contains("988"), "{}", s.text);
    assert_fits(&pty);
    pty.send(ENTER);
    // The three safety questions first, nothing chosen on them.
    for n in 1..=3 {
        let s = pty.expect_screen(ScreenKind::Choice);
        assert_eq!(s.number(), n, "{}", s.text);
        assert!(s.unchosen(), "{}", s.text);
        assert_fits(&pty);
        pty.send(&format!("{DOWN}{ENTER}"));
    }
    // The core: care, missed sessions, mood, how the care fits, what to raise.
    let mut asked = Vec::new();
    loop {
        let s = pty.next_screen();
        assert_fits(&pty);
        match s.kind {
            ScreenKind::Review => break,
            ScreenKind::Typed => {
                asked.push(s.flat.clone());
                pty.send("Ask about the evening group\r");
            }
            ScreenKind::Choice => {
                asked.push(s.flat.clone());
                // Nothing pre-chosen puts words in the mouth: move, then choose.
                pty.send(&format!("{}{ENTER}", s.pick()));
            }
            _ => panic!("unexpected screen:\n{}", s.text),
        }
    }
    assert_eq!(asked.len(), 5, "{asked:#?}");
    assert!(asked[0].contains("What care are you in right now?"));
    assert!(asked.iter().any(|a| a.contains("how was your mood")));
    assert!(
        asked
            .iter()
            .any(|a| a.contains("how did the amount of care you get feel"))
    );
    // The draft is kept after every answer.
    let draft: Value =
        serde_json::from_slice(&std::fs::read(data.join("progress-draft.json")).expect("a draft"))
            .unwrap();
    assert_eq!(draft["answers"]["safe-now"], "no");
    // Finish, keep it, no copy.
    let mark = pty.mark();
    pty.send(ENTER);
    pty.wait_text_since(mark, "No, don't keep it");
    pty.send(ENTER);
    pty.wait_text_since(mark, "Yes, as a text document (Markdown)");
    pty.send(ENTER);
    assert_eq!(pty.wait_exit(), Exit::Code(0));
    let after = common::flatten(&pty.text_since(mark));
    assert!(after.contains("Kept as weekly check-in"), "{after}");
    assert!(after.contains("a summary for the care team"), "{after}");
    assert!(after.contains("Ask about the evening group"), "{after}");
    assert_eq!(kept(&data).len(), 1);
    assert!(
        !data.join("progress-draft.json").exists(),
        "the draft goes once kept"
    );
}

#[test]
fn the_safety_path_shows_help_first_and_a_stop_ends_with_the_crisis_lines() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = spawn(&data, &[]);
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(ENTER);
    let s = pty.expect_screen(ScreenKind::Choice);
    assert!(s.unchosen(), "{}", s.text);
    // ↓ No, ↓ past weeks, ↓ right now.
    pty.send(&format!("{DOWN}{DOWN}{DOWN}{ENTER}"));
    let crisis = pty.expect_screen(ScreenKind::Crisis);
    assert_fits(&pty);
    assert!(
        crisis.flat.contains("Please reach out for help now."),
        "{}",
        crisis.text
    );
    let at_988 = crisis.flat.find("988").expect("988");
    let therapist = crisis.flat.find("therapist").expect("the therapist");
    assert!(at_988 < therapist, "{}", crisis.text);
    assert!(crisis.flat.contains("call 911"), "{}", crisis.text);
    // Keep going: the next question carries the reminder of where help is.
    pty.send(&format!("{DOWN}{DOWN}{ENTER}"));
    let s = pty.expect_screen(ScreenKind::Choice);
    assert!(s.flat.contains("Help now: call or text 988"), "{}", s.text);
    assert_eq!(s.number(), 2, "{}", s.text);
    // The answer is kept as given.
    let draft: Value =
        serde_json::from_slice(&std::fs::read(data.join("progress-draft.json")).unwrap()).unwrap();
    assert_eq!(draft["answers"]["safe-now"], "yes");
    // Ctrl-C: stopped, with how to pick it up, then the crisis lines.
    let mark = pty.mark();
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    let after = common::flatten(&pty.text_since(mark));
    assert!(after.contains("iop-check progress"), "{after}");
    assert!(after.contains("988"), "{after}");
}

#[test]
fn a_stopped_week_is_picked_up_where_it_was_left() {
    let tmp = tempdir();
    let data = tmp.path().join("data");
    let mut pty = spawn(&data, &[]);
    pty.expect_screen(ScreenKind::Welcome);
    pty.send(ENTER);
    for n in 1..=2 {
        let s = pty.expect_screen(ScreenKind::Choice);
        assert_eq!(s.number(), n, "{}", s.text);
        pty.send(&format!("{DOWN}{ENTER}"));
    }
    pty.expect_screen(ScreenKind::Choice);
    let mark = pty.mark();
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
    let after = common::flatten(&pty.text_since(mark));
    assert!(after.contains("iop-check progress --data-dir"), "{after}");
    assert!(kept(&data).is_empty(), "nothing kept yet");

    // Again: the unfinished week is offered, and goes on at question 3.
    let mut pty = spawn(&data, &[]);
    let s = pty.expect_screen(ScreenKind::Resume);
    assert_fits(&pty);
    assert!(s.flat.contains("Pick up where I left off"), "{}", s.text);
    pty.send(ENTER);
    let s = pty.expect_screen(ScreenKind::Choice);
    assert_eq!(s.number(), 3, "{}", s.text);
    assert!(s.flat.contains("hurting someone else"), "{}", s.text);
    pty.send(CTRL_C);
    assert_eq!(pty.wait_exit(), Exit::Code(130));
}
