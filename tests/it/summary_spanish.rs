//! The decision summary in Spanish (issue 21, item 4): `--summary-lang es`
//! renders the same answers with the Spanish bank and the summary's own
//! words from i18n/es; the person's notes are kept as written, and marked.
//! The Spanish summary says the same things as the English one, item for
//! item, and `--summary-lang en` is the English summary as before.

use crate::bank_spanish::english_in;
use crate::common::{self, Run};
use serde_json::Value;

/// The answers files these tests render.
const FILES: &[&str] = &[
    "answers/builtin-full.yaml",
    "answers/builtin-some.yaml",
    "answers/builtin-some.json",
];

fn summary(file: &str, format: &str, extra: &[&str]) -> String {
    let out = Run::new(["run", "--no-save", "--format", format, "--answers"])
        .arg(common::fixture(file))
        .args(extra)
        .env("NO_COLOR", "1")
        .env("TZ", "UTC")
        .run();
    out.assert_code(0);
    out.stdout
}

/// What a person reads: the HTML's tags and style left out, and the
/// person's own notes (between “ and ”), which are theirs in any language.
fn read_text(s: &str) -> String {
    let s = match (s.find("<style>"), s.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &s[..a], &s[b..]),
        _ => s.to_string(),
    };
    let s = s
        .replace("&ldquo;", "\u{201c}")
        .replace("&rdquo;", "\u{201d}");
    let mut out = String::new();
    let (mut in_tag, mut in_quote) = (false, false);
    for c in s.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            '\u{201c}' => in_quote = true,
            '\u{201d}' => in_quote = false,
            _ if !in_tag && !in_quote => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn a_spanish_summary_has_no_english_sentence_in_any_human_format() {
    for file in FILES {
        for format in ["text", "markdown", "html"] {
            let es = summary(file, format, &["--summary-lang", "es"]);
            let found = english_in(&read_text(&es));
            assert!(
                found.is_empty(),
                "{file} as {format} in Spanish still has English: {found:?}\n{es}"
            );
        }
    }
}

#[test]
fn the_html_lang_follows_the_summary_language() {
    let es = summary(FILES[0], "html", &["--summary-lang", "es"]);
    assert!(es.contains("<html lang=\"es-US\">"), "{}", &es[..200]);
    assert!(
        es.contains("<th>Tema</th>"),
        "the table heads are in Spanish"
    );
    assert!(es.contains("\"Página \" counter(page) \" de \""));
    let en = summary(FILES[0], "html", &["--summary-lang", "en"]);
    assert!(en.contains("<html lang=\"en-US\">"));
    assert!(en.contains("\"Page \" counter(page) \" of \""));
}

#[test]
fn the_persons_notes_are_kept_as_written_and_marked() {
    let es = summary(
        "answers/builtin-some.yaml",
        "text",
        &["--summary-lang", "es"],
    );
    assert!(
        es.contains("(escrito por usted): \u{201c}Ask about the evening group.\u{201d}"),
        "{es}"
    );
}

#[test]
fn summary_lang_en_is_the_english_summary() {
    for file in FILES {
        for format in ["text", "markdown", "html"] {
            assert_eq!(
                summary(file, format, &["--summary-lang", "en"]),
                summary(file, format, &[]),
                "{file} as {format}"
            );
        }
        // The JSON, but for the time each run was made.
        let json = |extra: &[&str]| {
            let mut v: Value = serde_json::from_str(&summary(file, "json", extra)).expect("JSON");
            v["created"] = Value::Null;
            v
        };
        assert_eq!(json(&["--summary-lang", "en"]), json(&[]), "{file} as json");
    }
}

/// The shape of a Markdown summary: one entry per line that starts a
/// heading or an item, with the kind of line but not its words.
fn shape(markdown: &str) -> Vec<String> {
    markdown
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            if l.starts_with("## ") {
                "heading".to_string()
            } else if l.starts_with("# ") {
                "title".to_string()
            } else if l.starts_with("- [ ] ") {
                "check".to_string()
            } else if l.starts_with("- ") {
                "bullet".to_string()
            } else if l.starts_with('|') {
                "row".to_string()
            } else if l
                .split_once(". ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok())
            {
                "numbered".to_string()
            } else {
                "para".to_string()
            }
        })
        .collect()
}

#[test]
fn the_spanish_summary_matches_the_english_one_part_for_part_and_item_for_item() {
    for file in FILES {
        let en = summary(file, "markdown", &[]);
        let es = summary(file, "markdown", &["--summary-lang", "es"]);
        assert_eq!(shape(&en), shape(&es), "{file}\n{en}\n{es}");
    }
}

/// Two JSON summaries say the same things: the same keys, the same
/// numbers, flags and ids, the same number of items in every list; only
/// the words may differ.
fn same_by_ids(en: &Value, es: &Value, at: &str, problems: &mut Vec<String>) {
    const IDS: &[&str] = &[
        "id",
        "kind",
        "audience",
        "status",
        "section_id",
        "schema_version",
        "version",
    ];
    match (en, es) {
        (Value::Object(a), Value::Object(b)) => {
            let keys = |m: &serde_json::Map<String, Value>| m.keys().cloned().collect::<Vec<_>>();
            if keys(a) != keys(b) {
                problems.push(format!("{at}: keys {:?} and {:?}", keys(a), keys(b)));
                return;
            }
            for (k, v) in a {
                let here = format!("{at}.{k}");
                if k == "answers" || IDS.contains(&k.as_str()) {
                    if v != &b[k] {
                        problems.push(format!("{here}: {v} and {}", b[k]));
                    }
                } else {
                    same_by_ids(v, &b[k], &here, problems);
                }
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            if a.len() != b.len() {
                problems.push(format!("{at}: {} items and {}", a.len(), b.len()));
                return;
            }
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                same_by_ids(x, y, &format!("{at}[{i}]"), problems);
            }
        }
        (Value::String(_), Value::String(_)) => {}
        (a, b) if a == b => {}
        (a, b) => problems.push(format!("{at}: {a} and {b}")),
    }
}

#[test]
fn the_json_says_the_same_things_by_id_with_the_language_of_its_labels() {
    for file in FILES {
        let en: Value = serde_json::from_str(&summary(file, "json", &[])).expect("JSON");
        let es: Value =
            serde_json::from_str(&summary(file, "json", &["--summary-lang", "es"])).expect("JSON");
        let mut problems = Vec::new();
        same_by_ids(&en, &es, "", &mut problems);
        assert!(problems.is_empty(), "{file}: {problems:#?}");
        assert_eq!(en["bank"]["language"], "en-US");
        assert_eq!(es["bank"]["language"], "es-US");
        assert_ne!(
            en["bank"]["title"], es["bank"]["title"],
            "the labels are rendered"
        );
        let schema: Value = serde_json::from_str(
            &std::fs::read_to_string(
                std::path::Path::new(common::ROOT).join("docs/summary.schema.json"),
            )
            .expect("the schema"),
        )
        .expect("schema is JSON");
        let validator = jsonschema::validator_for(&schema).expect("schema compiles");
        let errors: Vec<String> = validator.iter_errors(&es).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{file} in Spanish: {errors:#?}");
    }
}

#[test]
fn the_check_finds_a_difference_in_ids_or_counts() {
    let a = serde_json::json!({"points": [{"id": "x", "text": "Ask"}], "n": 1});
    let mut problems = Vec::new();
    same_by_ids(
        &a,
        &serde_json::json!({"points": [{"id": "x", "text": "Pregunte"}], "n": 1}),
        "",
        &mut problems,
    );
    assert!(problems.is_empty());
    same_by_ids(
        &a,
        &serde_json::json!({"points": [{"id": "y", "text": "Ask"}], "n": 1}),
        "",
        &mut problems,
    );
    same_by_ids(
        &a,
        &serde_json::json!({"points": [], "n": 1}),
        "",
        &mut problems,
    );
    same_by_ids(
        &a,
        &serde_json::json!({"points": [{"id": "x", "text": "Ask"}], "n": 2}),
        "",
        &mut problems,
    );
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert_eq!(
        shape("## A\n\n- x\n1. y\n"),
        ["heading", "bullet", "numbered"]
    );
}

#[test]
fn a_bank_of_its_own_has_no_translation_and_is_refused_before_any_question() {
    let out = Run::new(["run", "--no-save", "--summary-lang", "es", "--bank"])
        .arg(common::fixture("small-bank.yaml"))
        .arg("--answers")
        .arg(common::fixture(FILES[1]))
        .run();
    out.assert_code(2);
    assert!(out.stderr.contains("--summary-lang es"), "{}", out.stderr);
}

#[test]
fn a_kept_check_in_is_shown_in_spanish_as_the_run_would_show_it() {
    let data = tempfile::tempdir().expect("tempdir");
    Run::new(["run", "--keep", "--answers"])
        .arg(common::fixture(FILES[1]))
        .data_dir(data.path())
        .env("TZ", "UTC")
        .run()
        .assert_code(0);
    let kept = Run::new(["summary", "--format", "markdown", "--summary-lang", "es"])
        .data_dir(data.path())
        .env("TZ", "UTC")
        .run();
    kept.assert_code(0);
    assert_eq!(
        kept.stdout,
        summary(FILES[1], "markdown", &["--summary-lang", "es"])
    );
    let english = Run::new(["summary", "--format", "markdown"])
        .data_dir(data.path())
        .env("TZ", "UTC")
        .run();
    assert_eq!(english.stdout, summary(FILES[1], "markdown", &[]));
}

#[test]
fn without_summary_lang_the_summary_is_in_the_banks_own_language() {
    let out = Run::new(["run", "--no-save", "--format", "markdown", "--bank"])
        .arg(std::path::Path::new(common::ROOT).join("questions/iop-decision.es.yaml"))
        .arg("--answers")
        .arg(common::fixture(FILES[0]))
        .env("TZ", "UTC")
        .run();
    out.assert_code(0);
    assert!(
        out.stdout
            .contains("## Su seguridad, y ayuda en cualquier momento")
    );
    let found = english_in(&read_text(&out.stdout));
    assert!(found.is_empty(), "{found:?}\n{}", out.stdout);
    // Asking for the bank's own language is the same.
    let same = Run::new([
        "run",
        "--no-save",
        "--format",
        "markdown",
        "--summary-lang",
        "es",
        "--bank",
    ])
    .arg(std::path::Path::new(common::ROOT).join("questions/iop-decision.es.yaml"))
    .arg("--answers")
    .arg(common::fixture(FILES[0]))
    .env("TZ", "UTC")
    .run();
    assert_eq!(same.stdout, out.stdout);
}

#[test]
fn what_changed_since_the_last_check_in_is_said_in_spanish() {
    let data = tempfile::tempdir().expect("tempdir");
    let first = data.path().join("first.json");
    std::fs::write(&first, r#"{"safe-now": "no", "hurt-self": "no", "harm-others": "no", "decision-stage": "not-yet", "has-insurance": "no"}"#).expect("writes");
    let second = data.path().join("second.json");
    std::fs::write(&second, r#"{"safe-now": "no", "hurt-self": "no", "harm-others": "no", "decision-stage": "considering", "has-insurance": "no"}"#).expect("writes");
    Run::new(["run", "--keep", "--answers"])
        .arg(&first)
        .data_dir(data.path())
        .run()
        .assert_code(0);
    let out = Run::new([
        "run",
        "--keep",
        "--summary-lang",
        "es",
        "--format",
        "markdown",
        "--answers",
    ])
    .arg(&second)
    .data_dir(data.path())
    .run();
    out.assert_code(0);
    let part = out
        .stdout
        .split("## Desde su último registro")
        .nth(1)
        .expect("the part on what changed");
    assert!(
        part.contains("Antes: Todavía no lo he pensado bien. Ahora: Lo estoy pensando."),
        "{part}"
    );
    let found = english_in(&read_text(part));
    assert!(found.is_empty(), "{found:?}\n{part}");
    // The kept check-in, shown again in Spanish, says the same.
    let again = Run::new(["summary", "--summary-lang", "es", "--format", "markdown"])
        .data_dir(data.path())
        .run();
    again.assert_code(0);
    assert_eq!(again.stdout, out.stdout);
}

#[test]
fn a_fhir_response_in_spanish_is_made_against_the_spanish_bank_with_the_same_ids() {
    let en: Value = serde_json::from_str(&summary(FILES[1], "fhir", &[])).expect("JSON");
    let es: Value =
        serde_json::from_str(&summary(FILES[1], "fhir", &["--summary-lang", "es"])).expect("JSON");
    assert_eq!(es["questionnaire"], en["questionnaire"]);
    let link_ids = |v: &Value| {
        v["item"]
            .as_array()
            .expect("items")
            .iter()
            .map(|i| i["linkId"].clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(link_ids(&es), link_ids(&en));
    let div = es["text"]["div"].as_str().expect("narrative");
    assert!(div.contains("¿Tiene seguro médico? Sí"), "{div}");
}
