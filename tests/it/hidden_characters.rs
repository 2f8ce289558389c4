//! Invisible characters that change how text reads: `validate` reports
//! bidirectional controls and the Unicode line and paragraph separators in a
//! bank, with their place; and none of the bidirectional controls ever
//! reaches the output, in any format, whatever the person typed.

use crate::common;

use std::path::Path;

use common::Run;

const SMALL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/banks/valid/small.yaml");

fn small_bank_with(from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(SMALL).expect("small bank");
    assert!(text.contains(from), "{from}");
    text.replacen(from, to, 1)
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).expect("needle")]
        .matches('\n')
        .count()
        + 1
}

#[test]
fn validate_reports_bidi_controls_and_line_separators_with_their_place() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let text = small_bank_with(
        "prompt: Anything else about costs you want to remember?",
        "prompt: Anything else about \u{202e}costs\u{202c} you want\u{2028}to remember?",
    );
    let line = line_of(&text, "Anything else about");
    let path = tmp.path().join("bank.yaml");
    std::fs::write(&path, &text).expect("write");
    let out = Run::new(["validate"]).arg(&path).run();
    out.assert_code(3);
    let name = path.display();
    let col = "        prompt: Anything else about ".chars().count() + 1;
    let expected = format!(
        "{name}:{line}:{col}: the text holds an invisible U+202E RIGHT-TO-LEFT OVERRIDE character, which can make text show in a different order than it is stored; delete it (your editor may show it as a small box or <202e>)\n\
         {name}:{line}:{}: the text holds an invisible U+202C POP DIRECTIONAL FORMATTING character, which can make text show in a different order than it is stored; delete it (your editor may show it as a small box or <202c>)\n\
         {name}:{line}:{}: the text holds an invisible U+2028 LINE SEPARATOR character, which some programs read as a line break; use an ordinary line break or a space instead\n",
        col + 6,
        col + 16
    );
    assert!(out.stderr.starts_with(&expected), "{}", out.stderr);
    // `template` and a run refuse the bank the same way.
    let template = Run::new(["template", "--bank"]).arg(&path).run();
    template.assert_code(3);
    assert!(template.stdout.is_empty());
}

#[test]
fn validate_reports_isolates_in_comments_and_direction_marks() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let text = format!(
        "# note \u{2066}hidden\u{2069}\n{}",
        small_bank_with(
            "prompt: Anything else about costs you want to remember?",
            "prompt: Anything else about costs (\u{5e2}\u{200f}) you want to remember?",
        )
    );
    let path = tmp.path().join("bank.yaml");
    std::fs::write(&path, &text).expect("write");
    let out = Run::new(["validate"]).arg(&path).run();
    out.assert_code(3);
    let problems: Vec<&str> = out.stderr.lines().filter(|l| l.contains("U+")).collect();
    assert_eq!(problems.len(), 3, "{}", out.stderr);
    assert!(problems[0].contains(":1:8: "), "{}", problems[0]);
    assert!(problems[0].contains("U+2066 LEFT-TO-RIGHT ISOLATE"));
    assert!(problems[1].contains(":1:15: "), "{}", problems[1]);
    assert!(problems[1].contains("U+2069 POP DIRECTIONAL ISOLATE"));
    // The direction marks are Bidi_Control characters too, removed from
    // everything iop-check writes, so a bank must not rely on them (issue 18).
    assert!(
        problems[2].contains("U+200F RIGHT-TO-LEFT MARK"),
        "{}",
        problems[2]
    );
}

const BIDI: [char; 9] = [
    '\u{202a}', '\u{202b}', '\u{202c}', '\u{202d}', '\u{202e}', '\u{2066}', '\u{2067}', '\u{2068}',
    '\u{2069}',
];

fn answers_file(dir: &Path) -> std::path::PathBuf {
    let path = dir.join("answers.yaml");
    std::fs::write(
        &path,
        "safe-now: \"no\"\nhas-insurance: \"yes\"\nin-network: agree\ncost-worry: agree\nhours-free: 9\ncosts-notes: \"ask \u{202e}gnineve\u{202c} and \u{2067}later\u{2069} \u{202a}x\u{202b}y\u{202d}z\u{2068}\"\n",
    )
    .expect("write");
    path
}

#[test]
fn no_format_lets_a_bidi_control_through() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let answers = answers_file(tmp.path());
    for format in ["text", "markdown", "html", "json", "fhir"] {
        let out = Run::new(["run", "--bank", SMALL, "--format", format, "--answers"])
            .arg(&answers)
            .run();
        out.assert_code(0);
        assert!(
            out.stdout.contains("gnineve"),
            "{format}: the answer is shown\n{}",
            out.stdout
        );
        assert!(
            !out.stdout.contains(BIDI),
            "{format}: a bidi control reached stdout"
        );
        // Into a file too.
        let file = tmp.path().join(format!("out.{format}"));
        Run::new(["run", "--bank", SMALL, "--format", format, "-o"])
            .arg(&file)
            .arg("--answers")
            .arg(&answers)
            .run()
            .assert_code(0);
        let written = std::fs::read_to_string(&file).expect("written");
        assert!(written.contains("gnineve"), "{format}");
        assert!(
            !written.contains(BIDI),
            "{format}: a bidi control reached the file"
        );
        if format == "json" || format == "fhir" {
            serde_json::from_str::<serde_json::Value>(&written).expect("still valid JSON");
        }
    }
}
