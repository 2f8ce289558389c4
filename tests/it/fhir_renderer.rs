//! The FHIR Questionnaire and QuestionnaireResponse in a real form renderer:
//! LHC-Forms (npm `lforms`, the US National Library of Medicine's), loaded
//! from tests/fhir-renderer/lforms over file:// in headless Chromium, with no
//! network. It must show radio buttons and check boxes with the options'
//! own labels (no scores in them), show and hide the questions with
//! conditions as the bank does, and take a QuestionnaireResponse in and
//! give it back out with no answer lost. `.ci/run` installs both tools
//! (tests/fhir-renderer/install.sh for LHC-Forms).

use crate::common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use iop_check::answers::{Answers, conditions};
use serde_json::Value;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn lforms() -> Option<PathBuf> {
    let dir = Path::new(ROOT).join("tests/fhir-renderer/lforms/dist/lforms");
    (!common::hidden("lforms") && dir.join("webcomponent/lhc-forms.js").exists()).then_some(dir)
}

/// JSON to put inside a <script>: `</` cannot end the script early.
fn inline(v: &Value) -> String {
    v.to_string().replace("</", "<\\/")
}

/// The page: renders the Questionnaire alone, then again with the response,
/// and writes what it found as JSON into <pre id="out">.
fn page(lforms: &Path, q: &Value, r: &Value) -> String {
    let src = |p: &str| format!("file://{}/{p}", lforms.display());
    format!(
        r#"<!doctype html><html><head><meta charset="utf-8">
<link href="{css}" rel="stylesheet"></head><body>
<div id="empty"></div><div id="filled"></div><pre id="out">pending</pre>
<script src="{zone}"></script>
<script src="{forms}"></script>
<script src="{fhir}"></script>
<script>
const q = {q};
const qr = {r};
function shown(el) {{
  return Array.from(el.querySelectorAll('lhc-item[id^="item-"]'))
    .map(i => i.id.slice(5).split('/')[0]);
}}
function labels(el, type) {{
  return Array.from(el.querySelectorAll('input[type=' + type + ']'))
    .map(i => ((i.closest('label') || {{}}).textContent || '').trim());
}}
window.addEventListener('load', async () => {{
  const out = document.getElementById('out');
  try {{
    const empty = document.getElementById('empty');
    await LForms.Util.addFormToPage(q, empty);
    await new Promise(r => setTimeout(r, 200));
    const filled = document.getElementById('filled');
    await LForms.Util.addFormToPage(q, filled, {{ questionnaireResponse: qr }});
    await new Promise(r => setTimeout(r, 200));
    const back = LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4', filled);
    out.textContent = JSON.stringify({{
      radios: labels(empty, 'radio'),
      checks: labels(empty, 'checkbox'),
      selects: empty.querySelectorAll('select, lhc-autocomplete, input[role=combobox]').length,
      shown_empty: shown(empty),
      shown_filled: shown(filled),
      back,
    }});
  }} catch (e) {{
    out.textContent = 'ERROR ' + e + '\n' + (e.stack || '');
  }}
}});
</script></body></html>"#,
        css = src("webcomponent/styles.css"),
        zone = src("webcomponent/assets/lib/zone.min.js"),
        forms = src("webcomponent/lhc-forms.js"),
        fhir = src("fhir/R4/lformsFHIR.min.js"),
        q = inline(q),
        r = inline(r),
    )
}

/// Loads `html` in headless Chromium, with a fresh profile and no network,
/// and returns the DOM once the page's scripts are done.
fn dump_dom(chrome: &Path, html: &Path, dir: &Path) -> String {
    let mut child = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--virtual-time-budget=30000",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", html.display()))
        // To a file: the DOM is larger than a pipe holds unread.
        .stdout(std::fs::File::create(dir.join("dom.html")).expect("creates"))
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    // A watchdog, so a hung browser fails the test instead of hanging it.
    let start = Instant::now();
    while child.try_wait().expect("waits").is_none() {
        if start.elapsed() > Duration::from_secs(180) {
            let _ = child.kill();
            panic!("chromium did not finish within 180 s");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    String::from_utf8_lossy(&std::fs::read(dir.join("dom.html")).expect("the DOM")).into_owned()
}

/// What the page wrote, from the dumped DOM.
fn result(dom: &str) -> Value {
    let text = dom
        .split("<pre id=\"out\">")
        .nth(1)
        .and_then(|t| t.split("</pre>").next())
        .unwrap_or_else(|| panic!("no result in the page:\n{}", &dom[..dom.len().min(2000)]));
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&");
    serde_json::from_str(&text).unwrap_or_else(|_| panic!("the page says: {text}"))
}

/// Every answer in a response, by linkId, in a form that compares.
fn answers_of(r: &Value) -> BTreeMap<String, Vec<String>> {
    fn walk(v: &Value, out: &mut BTreeMap<String, Vec<String>>) {
        for it in v["item"].as_array().into_iter().flatten() {
            if let Some(a) = it["answer"].as_array() {
                let mut values: Vec<String> = a
                    .iter()
                    .map(|x| match x.get("valueCoding") {
                        Some(c) => format!("{}|{}", c["system"], c["code"]),
                        None => {
                            let (k, v) = x
                                .as_object()
                                .and_then(|o| o.iter().find(|(k, _)| k.starts_with("value")))
                                .expect("a value");
                            format!("{k}={v}")
                        }
                    })
                    .collect();
                values.sort();
                out.insert(
                    it["linkId"].as_str().unwrap_or_default().to_string(),
                    values,
                );
            }
            walk(it, out);
        }
    }
    let mut out = BTreeMap::new();
    walk(r, &mut out);
    out
}

/// The bank's questions a person would see with these answers.
fn shown_by_bank(answers: &Answers) -> BTreeSet<String> {
    let bank = iop_check::bank::builtin().expect("bank");
    bank.questions()
        .filter(|(_, q)| conditions::shown(q, answers))
        .map(|(_, q)| q.id.clone())
        .collect()
}

fn run_json(args: &[&str], dir: &Path) -> Value {
    let out = common::Run::new(args).data_dir(&dir.join("data")).run();
    out.assert_code(0);
    serde_json::from_str(&out.stdout).expect("JSON")
}

#[test]
fn lhc_forms_renders_the_questionnaire_and_keeps_every_answer() {
    let Some(chrome) = common::chromium() else {
        common::tool_missing("chromium", "apt-get install chromium; .ci/run does");
        return;
    };
    let Some(lforms) = lforms() else {
        common::tool_missing(
            "lforms",
            "run tests/fhir-renderer/install.sh (LHC-Forms from the npm registry); .ci/run does",
        );
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let q = run_json(&["export-bank", "--format", "fhir"], dir.path());
    let answers_file = dir.path().join("answers.yaml");
    let example = common::example_answers(None);
    std::fs::write(&answers_file, &example).expect("writes");
    let r = run_json(
        &[
            "run",
            "--answers",
            answers_file.to_str().expect("utf-8"),
            "--format",
            "fhir",
        ],
        dir.path(),
    );
    let html = dir.path().join("page.html");
    std::fs::write(&html, page(&lforms, &q, &r)).expect("writes");
    let found = result(&dump_dom(&chrome, &html, dir.path()));

    // Radio buttons and check boxes, labelled with the options' own words.
    let displays: BTreeSet<String> = {
        let mut all = Vec::new();
        fn options(v: &Value, out: &mut Vec<String>) {
            for it in v["item"].as_array().into_iter().flatten() {
                for o in it["answerOption"].as_array().into_iter().flatten() {
                    out.push(
                        o["valueCoding"]["display"]
                            .as_str()
                            .unwrap_or_default()
                            .into(),
                    );
                }
                options(it, out);
            }
        }
        options(&q, &mut all);
        all.into_iter().collect()
    };
    let radios: Vec<&str> = found["radios"]
        .as_array()
        .expect("radios")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let checks: Vec<&str> = found["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(radios.len() > 20, "radio buttons: {radios:?}");
    assert!(checks.len() > 5, "check boxes: {checks:?}");
    for label in radios.iter().chain(&checks) {
        // An option's label, or a yes/no of a boolean item: never a score.
        assert!(
            displays.contains(*label)
                || (!label.is_empty() && !label.chars().any(|c| c.is_ascii_digit())),
            "a label that is not an option's own words: {label:?}"
        );
    }
    for scored in ["Strongly agree", "Agree", "Disagree"] {
        assert!(radios.contains(&scored), "{scored}: {radios:?}");
    }

    // Conditional questions are hidden and shown as the bank does it.
    let bank_ids: BTreeSet<String> = {
        let bank = iop_check::bank::builtin().expect("bank");
        bank.questions().map(|(_, q)| q.id.clone()).collect()
    };
    let shown = |key: &str| -> BTreeSet<String> {
        found[key]
            .as_array()
            .expect("a list")
            .iter()
            .filter_map(Value::as_str)
            .filter(|id| bank_ids.contains(*id))
            .map(str::to_string)
            .collect()
    };
    let empty = shown_by_bank(&Answers::default());
    assert!(
        empty.len() < bank_ids.len(),
        "some questions wait on others"
    );
    assert_eq!(shown("shown_empty"), empty, "with no answers");
    let given = iop_check::answers::file::parse(
        "answers.yaml",
        &example,
        &iop_check::bank::builtin().expect("bank"),
    )
    .expect("the example answers load");
    let filled = shown_by_bank(&given);
    assert!(
        filled.contains("in-network"),
        "the example shows in-network"
    );
    assert_eq!(shown("shown_filled"), filled, "with the example answers");

    // The response goes in and comes back out with every answer.
    let back = &found["back"];
    assert_eq!(back["resourceType"], "QuestionnaireResponse");
    assert_eq!(back["questionnaire"], r["questionnaire"]);
    let (sent, returned) = (answers_of(&r), answers_of(back));
    assert!(sent.len() > 20, "{sent:?}");
    assert_eq!(returned, sent);
}
