//! The printable HTML summary, printed by headless Chromium to PDF on Letter
//! and on A4: at most two pages each. `.ci/run` installs Debian's chromium;
//! elsewhere the test is skipped (and says so) when no Chromium is found,
//! and under CI=true it fails instead.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_iop-check");

fn chromium() -> Option<PathBuf> {
    if common::hidden("chromium") {
        return None;
    }
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .map(|n| Path::new("/usr/bin").join(n))
        .find(|p| p.exists())
}

/// Renders an answers file to HTML with the real binary.
fn html_for(answers: &Path, dir: &Path) -> PathBuf {
    let out = dir.join("summary.html");
    let status = Command::new(BIN)
        .args(["run", "--answers"])
        .arg(answers)
        .args(["--format", "html", "--output"])
        .arg(&out)
        .status()
        .expect("runs");
    assert_eq!(status.code(), Some(0));
    out
}

/// Prints `html` on a given paper size and returns the page count.
fn pages(chrome: &Path, html: &Path, size: &str, dir: &Path) -> usize {
    // Paper size is the printer's choice; a one-line @page rule plays the printer.
    let text = std::fs::read_to_string(html).expect("html");
    let sized = dir.join(format!("summary-{size}.html"));
    std::fs::write(
        &sized,
        text.replace("</style>", &format!("@page {{ size: {size}; }}</style>")),
    )
    .expect("writes");
    let pdf = dir.join(format!("summary-{size}.pdf"));
    let profile = tempfile::tempdir().expect("profile dir");
    let status = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(&sized)
        .stderr(std::process::Stdio::null())
        .status()
        .expect("chromium runs");
    assert!(status.success());
    let bytes = std::fs::read(&pdf).expect("a PDF");
    let s = String::from_utf8_lossy(&bytes);
    // The page tree's /Count is the number of pages.
    let counts: Vec<usize> = s
        .match_indices("/Count ")
        .filter_map(|(i, m)| {
            s[i + m.len()..]
                .split(|c: char| !c.is_ascii_digit())
                .next()?
                .parse()
                .ok()
        })
        .collect();
    *counts.iter().max().expect("a page count in the PDF")
}

#[test]
fn summary_prints_on_two_pages_at_most() {
    let Some(chrome) = chromium() else {
        common::tool_missing("chromium", "apt-get install chromium; .ci/run does");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    // A typical run: the template's examples, and a run full of open questions.
    let template = Command::new(BIN)
        .arg("template")
        .output()
        .expect("template");
    let typical = dir.path().join("typical.yaml");
    std::fs::write(&typical, &template.stdout).expect("writes");
    let unsure = dir.path().join("unsure.yaml");
    let text = String::from_utf8_lossy(&template.stdout)
        .lines()
        .map(|l| match l.split_once(": ") {
            Some((k, v)) if !l.starts_with('#') && v.starts_with('"') && k != "safe-now" => {
                format!("{k}: skip")
            }
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(&unsure, text).expect("writes");
    for answers in [typical, unsure] {
        let html = html_for(&answers, dir.path());
        for size in ["letter", "A4"] {
            let n = pages(&chrome, &html, size, dir.path());
            assert!(
                (1..=2).contains(&n),
                "{} on {size}: {n} pages",
                answers.display()
            );
        }
    }
}
