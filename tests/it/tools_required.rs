//! A test that needs a tool (Chromium, Node.js) fails under CI=true when the
//! tool is missing, and elsewhere says "skipped" where it can be seen. Each
//! such test is run again here, in this same binary, with the tool hidden
//! (IOP_TEST_HIDE_TOOLS, see tests/it/common) and with and without CI=true.

use std::process::Command;

/// Runs one test of this test binary (`module::test`) with `tool`
/// hidden; returns (passed, stdout + stderr).
fn run_hidden(module: &str, test: &str, tool: &str, ci: Option<&str>) -> (bool, String) {
    let me = std::env::current_exe().expect("this test binary");
    let mut cmd = Command::new(me);
    cmd.args([format!("{module}::{test}").as_str(), "--exact"])
        .env("IOP_TEST_HIDE_TOOLS", tool)
        .env_remove("CI");
    if let Some(v) = ci {
        cmd.env("CI", v);
    }
    let out = cmd.output().expect("the test binary runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

const CASES: &[(&str, &str, &str)] = &[
    (
        "summary_print",
        "summary_prints_on_two_pages_at_most",
        "chromium",
    ),
    (
        "fhir",
        "independent_r4_schema_validator_accepts_both",
        "node",
    ),
    (
        "cli",
        "completions_generate_for_every_shell_and_load_in_bash",
        "bash",
    ),
    (
        "fhir_renderer",
        "lhc_forms_renders_the_questionnaire_and_keeps_every_answer",
        "chromium",
    ),
    (
        "fhir_renderer",
        "lhc_forms_renders_the_questionnaire_and_keeps_every_answer",
        "lforms",
    ),
    (
        "bank_spanish",
        "reading_level_is_fairly_easy_or_easier",
        "python3",
    ),
    (
        "bank_spanish",
        "reading_level_is_fairly_easy_or_easier",
        "textstat",
    ),
];

#[test]
fn a_missing_tool_fails_under_ci() {
    for (binary, test, tool) in CASES {
        let (passed, text) = run_hidden(binary, test, tool, Some("true"));
        assert!(
            !passed,
            "{binary}: passed without {tool} under CI=true:\n{text}"
        );
        assert!(
            text.contains(&format!(
                "{tool} is missing, and CI=true needs every test to run"
            )),
            "{binary}:\n{text}"
        );
    }
}

#[test]
fn a_missing_tool_is_a_visible_skip_elsewhere() {
    for (binary, test, tool) in CASES {
        for ci in [None, Some("false")] {
            let (passed, text) = run_hidden(binary, test, tool, ci);
            assert!(passed, "{binary} (CI={ci:?}):\n{text}");
            assert!(
                text.contains(&format!(
                    "skipped: {binary}::{test}: {tool} is not installed"
                )),
                "{binary} (CI={ci:?}) does not say it was skipped:\n{text}"
            );
        }
    }
}
