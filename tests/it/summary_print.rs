//! The printable HTML summary, printed by headless Chromium to PDF on Letter
//! and on A4: at most two pages each. `.ci/run` installs Debian's chromium;
//! elsewhere the test is skipped (and says so) when no Chromium is found,
//! and under CI=true it fails instead.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_iop-check");

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
    common::print_to_pdf(chrome, &sized, &pdf);
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

/// A note of exactly 300 characters, from a word repeated.
fn note(word: &str) -> String {
    let mut s = String::new();
    while s.chars().count() < 300 {
        s.push_str(word);
        s.push(' ');
    }
    s.chars().take(300).collect()
}

/// The template's answers (every question answered, most of them the
/// hardest way, so nearly every talking point comes up) with five notes of
/// 300 characters, one of them a single unbroken run of letters.
fn heavy(template: &str) -> String {
    let notes = [
        (
            "therapist-notes",
            note("I want to understand what changes for me, "),
        ),
        ("goals-notes", "x".repeat(300)),
        (
            "commitment-notes",
            note("Mornings are hard since the kids, work and the bus, "),
        ),
        (
            "costs-notes",
            note("My copay last year was forty dollars a visit and, "),
        ),
        (
            "gut-notes",
            note("I am scared but I also want things to feel lighter, "),
        ),
    ];
    template
        .lines()
        .map(|l| {
            match notes
                .iter()
                .find(|(id, _)| l.starts_with(&format!("{id}: ")))
            {
                Some((id, text)) => format!("{id}: \"{text}\""),
                None => l.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The hardest answers the bank allows, as an answers file: on every shown
/// question the lowest-scored option (so nearly every talking point comes
/// up), every barrier ticked, the smallest number, a 300-character note,
/// and "I'm not sure" on the safety check.
fn hardest() -> String {
    use iop_check::answers::{Answer, Answers};
    let bank = iop_check::bank::builtin().expect("the built-in bank");
    let mut a = Answers::default();
    for (_, q) in bank.questions() {
        if !iop_check::answers::conditions::shown(q, &a) {
            continue;
        }
        let ans = match q.kind {
            iop_check::bank::Kind::Text => {
                Answer::Text(note("A long note about what worries me, "))
            }
            iop_check::bank::Kind::Number => {
                Answer::Number(q.number.as_ref().map_or(0.0, |n| n.min))
            }
            iop_check::bank::Kind::Checklist => Answer::Checklist(
                q.options
                    .iter()
                    .filter(|o| !o.exclusive)
                    .map(|o| o.id.clone())
                    .collect(),
            ),
            _ if q.safety => Answer::Choice(
                q.options
                    .iter()
                    .find(|o| o.not_sure)
                    .expect("a not-sure answer")
                    .id
                    .clone(),
            ),
            _ => {
                let safe = q.options.iter().filter(|o| !o.crisis && !o.not_sure);
                let lowest = safe
                    .clone()
                    .filter(|o| o.score.is_some())
                    .min_by_key(|o| q.option_score(o).map_or(101, |s| s as i64));
                Answer::Choice(
                    lowest
                        .or_else(|| safe.clone().next())
                        .expect("an option")
                        .id
                        .clone(),
                )
            }
        };
        a.set(&q.id, ans);
    }
    a.to_json().to_string()
}

/// Text of a PDF, when poppler's pdftotext is here.
fn pdf_text(pdf: &Path) -> Option<String> {
    let out = Command::new("pdftotext").arg(pdf).arg("-").output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Whether any part of the page is wider than the window, measured by the
/// page itself in headless Chromium.
fn overflows(chrome: &Path, html: &Path, dir: &Path) -> bool {
    let text = std::fs::read_to_string(html).expect("html");
    let probe = dir.join("probe.html");
    std::fs::write(
        &probe,
        text.replace(
            "</body>",
            "<script>document.body.dataset.overflow = String(document.documentElement.scrollWidth > document.documentElement.clientWidth);</script></body>",
        ),
    )
    .expect("writes");
    let profile = tempfile::tempdir().expect("profile dir");
    let out = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--window-size=700,900",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(&probe)
        .stderr(std::process::Stdio::null())
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(dom.contains("data-overflow="), "the probe ran: {dom}");
    dom.contains(r#"data-overflow="true""#)
}

#[test]
fn summary_prints_on_two_pages_at_most() {
    let Some(chrome) = common::chromium() else {
        common::tool_missing("chromium", "apt-get install chromium; .ci/run does");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let template = common::example_answers(None);
    // A heavy realistic run; a run full of skipped questions; and the heavy
    // run after a crisis answer, which adds the safety notice.
    let heavy_file = dir.path().join("heavy.yaml");
    std::fs::write(&heavy_file, heavy(&template)).expect("writes");
    let unsure = dir.path().join("unsure.yaml");
    let text = template
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
    let crisis = dir.path().join("crisis.yaml");
    std::fs::write(
        &crisis,
        heavy(&template).replace("safe-now: \"no\"", "safe-now: \"unsure-safe\""),
    )
    .expect("writes");
    let mut checked_numbers = false;
    let hardest_file = dir.path().join("hardest.json");
    std::fs::write(&hardest_file, hardest()).expect("writes");
    for answers in [heavy_file, unsure, crisis, hardest_file] {
        let html = html_for(&answers, dir.path());
        let page = std::fs::read_to_string(&html).expect("html");
        if answers.ends_with("heavy.yaml") {
            assert!(
                page.contains(&"x".repeat(300)),
                "the unbroken note is there"
            );
            assert!(
                !overflows(&chrome, &html, dir.path()),
                "a long unbroken note must wrap, not run off the page"
            );
        }
        for size in ["letter", "A4"] {
            let n = pages(&chrome, &html, size, dir.path());
            assert!(
                (1..=2).contains(&n),
                "{} on {size}: {n} pages",
                answers.display()
            );
            let pdf = dir.path().join(format!("summary-{size}.pdf"));
            match pdf_text(&pdf) {
                Some(text) => {
                    assert!(
                        text.contains(&format!("Page 1 of {n}")),
                        "page numbers:\n{text}"
                    );
                    checked_numbers = true;
                }
                None => assert!(
                    std::env::var_os("CI").is_none(),
                    "CI must install poppler-utils for pdftotext (see .ci/run)"
                ),
            }
        }
    }
    if !checked_numbers {
        eprintln!(
            "skipped: page numbers not checked, no pdftotext here (apt-get install poppler-utils)"
        );
    }
}

/// The text of each page of a PDF (pdftotext ends each with a form feed).
fn pdf_pages(pdf: &Path) -> Option<Vec<String>> {
    let text = pdf_text(pdf)?;
    let mut pages: Vec<String> = text.split('\u{c}').map(str::to_string).collect();
    if pages.last().is_some_and(|p| p.trim().is_empty()) {
        pages.pop();
    }
    Some(pages)
}

/// Text without tags, entities undone, spaces collapsed.
fn plain(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out
        .replace("&#x27;", "'")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&ldquo;", "\u{201c}")
        .replace("&rdquo;", "\u{201d}")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    common::flatten(&out)
}

/// Each part of a summary page: its heading, and the first words of its
/// first item (a table's first row, else its first list item or paragraph).
fn parts(html: &str) -> Vec<(String, String)> {
    html.split("<section ")
        .skip(1)
        .filter_map(|s| {
            let s = s.split("</section>").next()?;
            let title = plain(
                s.split_once("<h2")?
                    .1
                    .split_once('>')?
                    .1
                    .split("</h2>")
                    .next()?,
            );
            let body = s.split("</h2>").nth(1)?;
            let first = if let Some(row) = body.split("<tr><td>").nth(1) {
                row
            } else {
                let at = ["<li>", "<li ", "<p>"]
                    .iter()
                    .filter_map(|t| body.find(t))
                    .min()?;
                &body[at..]
            };
            let first = plain(
                first
                    .split("</li>")
                    .next()?
                    .split("</p>")
                    .next()?
                    .split("</td>")
                    .next()?,
            );
            let words: Vec<&str> = first.split(' ').take(3).collect();
            Some((title, words.join(" ")))
        })
        .collect()
}

#[test]
fn no_page_ends_with_a_part_heading() {
    let Some(chrome) = common::chromium() else {
        common::tool_missing("chromium", "apt-get install chromium; .ci/run does");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let template = common::example_answers(None);
    // Contrasting answer sets, so that the page breaks fall in different
    // places: a full set of example answers, a few answers, heavy
    // notes, and the hardest answers.
    let sets = [
        ("template.yaml", template.clone()),
        (
            "some.yaml",
            std::fs::read_to_string(common::fixture("answers/builtin-some.yaml")).expect("fixture"),
        ),
        (
            "heading-at-foot.yaml",
            std::fs::read_to_string(common::fixture("answers/print-heading-at-foot.yaml"))
                .expect("fixture"),
        ),
        ("heavy.yaml", heavy(&template)),
        ("hardest.json", hardest()),
    ];
    let mut checked = 0;
    for (name, answers) in sets {
        let file = dir.path().join(name);
        std::fs::write(&file, answers).expect("writes");
        let html = html_for(&file, dir.path());
        let page = std::fs::read_to_string(&html).expect("html");
        let parts = parts(&page);
        assert!(parts.len() >= 5, "{name}: parts {parts:?}");
        for size in ["letter", "A4"] {
            let n = pages(&chrome, &html, size, dir.path());
            assert!((1..=2).contains(&n), "{name} on {size}: {n} pages");
            let pdf = dir.path().join(format!("summary-{size}.pdf"));
            let Some(texts) = pdf_pages(&pdf) else {
                assert!(
                    std::env::var_os("CI").is_none(),
                    "CI must install poppler-utils for pdftotext (see .ci/run)"
                );
                continue;
            };
            assert_eq!(texts.len(), n, "{name} on {size}");
            let flat: Vec<String> = texts.iter().map(|t| common::flatten(t)).collect();
            // Each heading is on the same page as the start of its first item.
            for (title, first) in &parts {
                let heading_page = flat
                    .iter()
                    .position(|t| t.contains(title.as_str()))
                    .unwrap_or_else(|| panic!("{name} on {size}: no page has {title:?}"));
                let after = &flat[heading_page];
                let from = after.find(title.as_str()).unwrap_or(0) + title.len();
                assert!(
                    after[from..].contains(first.as_str()),
                    "{name} on {size}: {title:?} is on page {} but its first item ({first:?}) is not:\n{}",
                    heading_page + 1,
                    texts[heading_page]
                );
            }
            checked += 1;
        }
    }
    if checked == 0 {
        eprintln!(
            "skipped: page ends not checked, no pdftotext here (apt-get install poppler-utils)"
        );
    }
}

/// Kept check-ins made from answers files: `run --answers --format json`
/// writes what a kept check-in holds.
fn checkins_from_answers(data: &Path, sets: &[&str]) {
    std::fs::create_dir_all(data.join("checkins")).expect("folder");
    for (i, answers) in sets.iter().enumerate() {
        let file = data.join(format!("answers-{i}.yaml"));
        std::fs::write(&file, answers).expect("writes");
        let out = data.join(format!("checkins/2026110{}-120000.json", i + 1));
        let status = Command::new(BIN)
            .args(["run", "--answers"])
            .arg(&file)
            .args(["--format", "json", "--output"])
            .arg(&out)
            .status()
            .expect("runs");
        assert_eq!(status.code(), Some(0));
    }
}

#[test]
fn the_history_chart_prints_whole_on_the_first_page() {
    let Some(chrome) = common::chromium() else {
        common::tool_missing("chromium", "apt-get install chromium; .ci/run does");
        return;
    };
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    let set = |stage: &str, leaning: &str, feeling: &str, sure: &str| {
        format!(
            "safe-now: \"no\"\nhurt-self: \"no\"\nharm-others: \"no\"\ndecision-stage: {stage}\nleaning: {leaning}\nnext-step-feel: {feeling}\nready-informed: {sure}\nready-values: \"yes\"\nready-help: partly\n"
        )
    };
    let sets = [
        set("not-yet", "not-sure", "torn", "\"no\""),
        set("considering", "iop-online", "not-sure", "partly"),
        set("considering", "php", "leaning-yes", "\"yes\""),
        set("close", "weekly", "leaning-no", "\"yes\""),
        set("decided", "weekly", "feels-wrong", "\"yes\""),
        set("decided", "something-else", "skip", "\"yes\""),
    ];
    checkins_from_answers(&data, &sets.iter().map(String::as_str).collect::<Vec<_>>());
    let html = dir.path().join("history.html");
    let status = Command::new(BIN)
        .args(["history", "--format", "html", "--data-dir"])
        .arg(&data)
        .arg("-o")
        .arg(&html)
        .status()
        .expect("runs");
    assert_eq!(status.code(), Some(0));
    for size in ["letter", "A4"] {
        let n = pages(&chrome, &html, size, dir.path());
        assert!((1..=2).contains(&n), "history on {size}: {n} pages");
        let pdf = dir.path().join(format!("summary-{size}.pdf"));
        let Some(texts) = pdf_pages(&pdf) else {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must install poppler-utils for pdftotext (see .ci/run)"
            );
            continue;
        };
        // The whole chart, with its three panels and the dates under it,
        // is on the first page.
        let first = common::flatten(&texts[0]);
        for words in [
            "Leaning",
            "Where you were in deciding",
            "Gut feeling",
            "Sure about (readiness questions)",
            "Solid line and dots",
        ] {
            assert!(
                first.contains(words),
                "{words:?} on page 1 at {size}:\n{first}"
            );
        }
    }
}
