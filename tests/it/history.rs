//! `iop-check history`: where the person stood at each kept check-in
//! (stage, leaning, gut feeling, sure about x of y), with no 0–100 scores:
//! a table on the terminal, and a printable HTML page with an SVG chart.
//!
//! The check-ins are made as a person makes them: whole plain-mode runs of
//! the built-in bank, kept at the end.

use crate::common;

use std::path::{Path, PathBuf};

use common::{Output, Run};
use iop_check::answers::conditions;
use iop_check::answers::{Answer, Answers, format_number};
use iop_check::bank::Kind;

struct Data {
    _tmp: tempfile::TempDir,
    dir: PathBuf,
}

fn data() -> Data {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("data");
    Data { _tmp: tmp, dir }
}

/// One plain-mode line per question of the built-in bank: the option named
/// in `choices` (or "skip"), else the first option, the smallest number or
/// a note. Then finish at the review, give a name, keep, and no copy.
fn script(choices: &[(&str, &str)]) -> Vec<String> {
    let bank = iop_check::bank::load(None, iop_check::i18n::Lang::En).expect("the built-in bank");
    let mut given = Answers::default();
    let mut lines = Vec::new();
    for (_, q) in bank.questions() {
        if !conditions::shown(q, &given) {
            continue;
        }
        let chosen = choices.iter().find(|(id, _)| *id == q.id).map(|(_, o)| *o);
        let (line, answer) = match (chosen, q.kind) {
            (Some("skip"), _) => ("s".to_string(), Answer::Skipped),
            (Some(option), _) => {
                let n = q
                    .options
                    .iter()
                    .position(|o| o.id == option)
                    .unwrap_or_else(|| panic!("{} has no option {option}", q.id));
                ((n + 1).to_string(), Answer::Choice(option.to_string()))
            }
            (None, Kind::Number) => {
                let min = q.number.as_ref().expect("a range").min;
                (format_number(min), Answer::Number(min))
            }
            (None, Kind::Text) => ("a note".into(), Answer::Text("a note".into())),
            (None, Kind::Checklist) => {
                ("1".into(), Answer::Checklist(vec![q.options[0].id.clone()]))
            }
            (None, _) => ("1".into(), Answer::Choice(q.options[0].id.clone())),
        };
        lines.push(line);
        given.set(&q.id, answer);
    }
    lines.extend(["", "Sam", "y", ""].map(String::from));
    lines
}

fn keep(data: &Path, choices: &[(&str, &str)]) {
    let out = Run::new(["run", "--plain"])
        .data_dir(data)
        .env("NO_COLOR", "1")
        .lines(&script(choices))
        .run();
    out.assert_code(0);
    assert!(out.stderr.contains("Kept as check-in"), "{}", out.stderr);
}

/// Three kept check-ins that move: from not yet thinking about it, leaning
/// nowhere and torn, to close to a choice, leaning to weekly therapy. The
/// second skips the gut feeling. Plus, first, one kept by an older
/// iop-check (schema 1), which has none of these.
fn three_checkins() -> Data {
    let d = data();
    keep(
        &d.dir,
        &[
            ("decision-stage", "not-yet"),
            ("leaning", "not-sure"),
            ("next-step-feel", "torn"),
            ("ready-informed", "no"),
            ("ready-values", "partly"),
            ("ready-help", "yes"),
            ("ready-sure", "no"),
        ],
    );
    keep(
        &d.dir,
        &[
            ("decision-stage", "considering"),
            ("leaning", "iop-online"),
            ("next-step-feel", "skip"),
            ("ready-informed", "yes"),
            ("ready-values", "yes"),
            ("ready-help", "partly"),
            ("ready-sure", "no"),
        ],
    );
    keep(
        &d.dir,
        &[
            ("decision-stage", "close"),
            ("leaning", "weekly"),
            ("next-step-feel", "leaning-no"),
            ("ready-informed", "yes"),
            ("ready-values", "yes"),
            ("ready-help", "yes"),
            ("ready-sure", "yes"),
        ],
    );
    std::fs::copy(
        common::fixture("checkin-v1.json"),
        d.dir.join("checkins/20200101-120000.json"),
    )
    .expect("copy the old check-in");
    d
}

fn history(data: &Path, args: &[&str]) -> Output {
    let out = Run::new(["history"])
        .args(args)
        .data_dir(data)
        .env("NO_COLOR", "1")
        .run();
    out.assert_code(0);
    out
}

/// The kept check-ins' ids, oldest first.
fn ids(data: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(data.join("checkins"))
        .expect("checkins")
        .map(|e| {
            e.expect("entry")
                .path()
                .file_stem()
                .expect("stem")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    // "…-2" is the second check-in made in the same second.
    v.sort_by_key(|id| {
        let n = id
            .splitn(3, '-')
            .nth(2)
            .map_or(1, |n| n.parse().unwrap_or(0));
        let base: String = id.splitn(3, '-').take(2).collect::<Vec<_>>().join("-");
        (base, n)
    });
    v
}

/// The cells of the table row whose first column holds `id` (under its
/// date), each cell's wrapped lines joined with spaces. The columns are
/// where the rule under the headings has its dashes.
fn row(table: &str, id: &str) -> Vec<String> {
    let lines: Vec<&str> = table.lines().collect();
    let rule = lines
        .iter()
        .find(|l| l.starts_with("---"))
        .unwrap_or_else(|| panic!("no rule under the headings:\n{table}"));
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in rule.chars().chain([' ']).enumerate() {
        match (c, start) {
            ('-', None) => start = Some(i),
            (' ', Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    let at = lines
        .iter()
        .position(|l| l.contains(id))
        .unwrap_or_else(|| panic!("no row for {id}:\n{table}"));
    let first = at - 1;
    let end = lines[first..]
        .iter()
        .position(|l| l.trim().is_empty())
        .map_or(lines.len(), |n| first + n);
    spans
        .iter()
        .map(|(a, b)| {
            let parts: Vec<String> = lines[first..end]
                .iter()
                .map(|l| {
                    l.chars()
                        .skip(*a)
                        .take(b - a)
                        .collect::<String>()
                        .trim()
                        .to_string()
                })
                .filter(|p| !p.is_empty())
                .collect();
            parts.join(" ")
        })
        .collect()
}

#[test]
fn the_table_shows_where_the_person_stood_without_scores() {
    let d = three_checkins();
    let ids = ids(&d.dir);
    assert_eq!(ids.len(), 4);
    let out = history(&d.dir, &[]);
    let table = out.stdout.clone();
    for line in table.lines() {
        assert!(
            console::measure_text_width(line) <= 80,
            "wider than 80 columns: {line:?}"
        );
    }
    assert!(!table.contains("0 to 100"), "{table}");
    assert!(!table.to_lowercase().contains("score"), "{table}");
    // No number anywhere but in ids, dates ("Dec 3, 2026") and "x of y".
    let mut rest = table.clone();
    let mut longest_first = ids.clone();
    longest_first.sort_by_key(|id| std::cmp::Reverse(id.len()));
    for id in &longest_first {
        rest = rest.replace(id.as_str(), "");
    }
    let tokens: Vec<&str> = rest.split_whitespace().collect();
    for (i, t) in tokens.iter().enumerate() {
        if !t.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let digits = t.chars().all(|c| c.is_ascii_digit());
        let year = digits && t.len() == 4 && t.starts_with("20");
        let day = t.len() <= 3 && t.ends_with(',') && t[..t.len() - 1].parse::<u8>().is_ok();
        let count = digits
            && t.len() == 1
            && (tokens.get(i + 1) == Some(&"of") || i > 0 && tokens[i - 1] == "of");
        assert!(
            year || day || count,
            "a number that is not a date or x of y: {t:?}\n{table}"
        );
    }

    // The old check-in: a dash for each.
    let old = row(&table, &ids[0]);
    assert_eq!(old[1..], ["–", "–", "–", "–"], "{old:?}");
    // The three kept now, in their own words.
    assert_eq!(
        row(&table, &ids[1])[1..],
        [
            "I haven't really thought about it yet",
            "I'm not sure yet",
            "I'm torn",
            "1 of 4"
        ]
    );
    assert_eq!(
        row(&table, &ids[2])[1..],
        ["I'm thinking it over", "An IOP online", "skipped", "2 of 4"]
    );
    assert_eq!(
        row(&table, &ids[3])[1..],
        [
            "I'm close to a choice",
            "Keep weekly therapy as it is",
            "I'm leaning no",
            "4 of 4"
        ]
    );
    // The first column: the date, then the id.
    assert!(row(&table, &ids[3])[0].ends_with(&ids[3]));
}

#[test]
fn history_as_markdown_is_a_table_with_a_row_per_checkin() {
    let d = three_checkins();
    let out = history(&d.dir, &["--format", "markdown"]);
    let rows: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| ---"))
        .collect();
    assert_eq!(rows.len(), 5, "a header and four rows:\n{}", out.stdout);
    assert!(rows[4].contains("I'm leaning no"), "{}", rows[4]);
}

/// `(class, points)` of each line in the chart: one `<path class="line X">`
/// per measure, its points the numbers after M and L.
fn lines_of(svg: &str) -> Vec<(String, usize, usize)> {
    svg.split("<path ")
        .skip(1)
        .map(|p| {
            let attr = |name: &str| {
                p.split(&format!("{name}=\""))
                    .nth(1)
                    .and_then(|s| s.split('"').next())
                    .unwrap_or_default()
                    .to_string()
            };
            let d = attr("d");
            let moves = d.matches('M').count();
            let points = d.matches('M').count() + d.matches('L').count();
            (attr("data-measure"), points, moves)
        })
        .collect()
}

#[test]
fn the_html_page_charts_each_measure_without_script() {
    let d = three_checkins();
    let file = d.dir.with_file_name("history.html");
    let out = Run::new(["history", "--format", "html", "-o"])
        .arg(&file)
        .data_dir(&d.dir)
        .run();
    out.assert_code(0);
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&file)
        .expect("written")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    let html = std::fs::read_to_string(&file).expect("the page");
    assert!(html.starts_with("<!DOCTYPE html>"));
    let lower = html.to_lowercase();
    for banned in ["<script", "src=", "href=", "url(", "@import", "<link"] {
        assert!(!lower.contains(banned), "{banned} in the page");
    }
    assert!(lower.contains("@media print"), "print CSS");
    let svg = html
        .split("<svg")
        .nth(1)
        .and_then(|s| s.split("</svg>").next())
        .expect("an inline SVG");

    // One line per measure. The old check-in has none; the second skipped
    // the gut feeling: a gap (a new M), not a zero.
    let lines = lines_of(svg);
    let find = |m: &str| {
        lines
            .iter()
            .find(|(class, _, _)| class == m)
            .unwrap_or_else(|| panic!("no {m} line in {lines:?}"))
            .clone()
    };
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(find("stage").1, 3);
    assert_eq!(find("stage").2, 1, "one unbroken stage line");
    assert_eq!(find("feeling").1, 2);
    assert_eq!(find("feeling").2, 2, "the skipped feeling is a gap");
    assert_eq!(find("sure").1, 3);
    // Distinct dash patterns, so it reads in greyscale.
    let dashes: Vec<String> = svg
        .split("<path ")
        .skip(1)
        .map(|p| {
            p.split("stroke-dasharray=\"")
                .nth(1)
                .and_then(|s| s.split('"').next())
                .unwrap_or_default()
                .to_string()
        })
        .collect();
    assert_eq!(dashes.len(), 3);
    assert!(dashes[0] != dashes[1] && dashes[1] != dashes[2] && dashes[0] != dashes[2]);

    // The axes in words, the dates along the bottom, the leaning at each.
    let text = svg.replace("&#39;", "'");
    for words in [
        "I haven't really thought about it yet",
        "I've already decided",
        "Yes, it feels right",
        "No, it doesn't feel right",
        "none",
        "3 questions",
        "Leaning",
        "An IOP online",
        "Keep weekly therapy",
    ] {
        assert!(text.contains(words), "{words:?} in the chart");
    }
    let date_labels = svg.matches("class=\"date\"").count();
    assert_eq!(date_labels, 4, "one date per check-in");
    // The same values in a table, for screen readers.
    let table = html.split("<table>").nth(1).expect("a table");
    assert_eq!(table.matches("<tr><th scope=\"row\">").count(), 4);
    assert!(table.contains("2 of 4"));
    assert!(html.contains("role=\"img\""));
}

#[test]
fn history_as_json_has_a_row_per_checkin() {
    let d = three_checkins();
    let out = history(&d.dir, &["--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let rows = v["checkins"].as_array().expect("rows");
    assert_eq!(rows.len(), 4);
    assert_eq!(rows[0]["stage"]["answer"], serde_json::Value::Null);
    assert_eq!(rows[2]["feeling"]["answer"], "Skipped");
    assert_eq!(rows[2]["feeling"]["level"], serde_json::Value::Null);
    assert_eq!(rows[3]["readiness"]["met"], 4);
    // Stage levels go up as the person moved on.
    let levels: Vec<u64> = rows[1..]
        .iter()
        .map(|r| r["stage"]["level"].as_u64().expect("a level"))
        .collect();
    assert_eq!(levels, vec![0, 1, 2]);
}

#[test]
fn no_checkins_says_so() {
    let d = data();
    let out = history(&d.dir, &[]);
    assert!(
        out.stdout.starts_with("No kept check-ins yet."),
        "{}",
        out.stdout
    );
}

#[test]
fn a_narrow_terminal_gets_one_block_per_checkin() {
    let d = three_checkins();
    let opts = common::PtyOptions {
        cols: 50,
        rows: 80,
        ..common::PtyOptions::default()
    };
    let mut pty = common::Pty::spawn_with(&["history"], &d.dir, opts);
    assert_eq!(pty.wait_exit(), common::Exit::Code(0));
    let text = pty.text();
    for line in text.lines() {
        assert!(
            console::measure_text_width(line.trim_end()) <= 50,
            "wider than the terminal: {line:?}"
        );
    }
    let flat = common::flatten(&text);
    for words in [
        "Where you were: I'm close to a choice",
        "Leaning: Keep weekly therapy as it is",
        "Gut feeling: skipped",
        "Sure about: 4 of 4",
    ] {
        assert!(flat.contains(words), "{words:?} in:\n{text}");
    }
}
