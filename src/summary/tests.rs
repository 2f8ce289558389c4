//! Snapshots of every format for two fixed answer sets, the JSON schema, and
//! proof that hostile text is neutralised in each format.
//!
//! The snapshots are made from a small bank of their own
//! (`tests/fixtures/summary-bank.yaml`), so that a change of wording in the
//! built-in bank does not change them; a test here checks that it still
//! shows every part, and every kind of item, that the built-in bank does.

use super::*;
use crate::answers::{Answer, Answers};
use crate::bank::{self, Bank};
use crate::score::{Assessment, score};

const CREATED: &str = "2026-11-27T12:00:00Z";

fn builtin() -> Bank {
    bank::builtin().expect("the built-in bank is valid")
}

/// The snapshots' own small bank.
fn fixture() -> Bank {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/summary-bank.yaml");
    bank::load_file(&path).unwrap_or_else(|p| panic!("the fixture bank is valid: {p:?}"))
}

fn set(a: &mut Answers, id: &str, ans: Answer) {
    a.set(id, ans);
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.into())
}

/// Answer set 1 (in the built-in bank): a person fairly ready, with notes.
fn ready() -> Assessment {
    ready_in(&builtin())
}

/// Answer set 1 in bank `b`.
fn ready_in(b: &Bank) -> Assessment {
    let mut a = Answers::default();
    for (s, q) in b.questions() {
        let _ = s;
        let ans = match q.kind {
            crate::bank::Kind::Text => Answer::Text(format!("My note on {}", q.id)),
            crate::bank::Kind::Number => {
                Answer::Number(q.number.as_ref().map_or(0.0, |n| n.max / 2.0).round())
            }
            crate::bank::Kind::Checklist => Answer::Checklist(vec![q.options[0].id.clone()]),
            _ => {
                // The highest-scoring safe option, else the first safe one.
                let best = q
                    .options
                    .iter()
                    .filter(|o| !o.crisis && !o.not_sure)
                    .max_by_key(|o| q.option_score(o).map_or(-1, |s| s as i64))
                    .expect("a safe option");
                choice(&best.id)
            }
        };
        set(&mut a, &q.id, ans);
    }
    a.prune(b);
    let mut s = score(b, &a);
    s.created = CREATED.into();
    s.name = Some("Sam".into());
    s
}

/// Answer set 2 (in the built-in bank): crisis answer, skips, not-sure,
/// low scores.
fn struggling() -> Assessment {
    struggling_in(&builtin())
}

/// Answer set 2 in bank `b`.
fn struggling_in(b: &Bank) -> Assessment {
    let mut a = Answers::default();
    for (i, (_, q)) in b.questions().enumerate() {
        let ans = if q.safety {
            choice(
                &q.options
                    .iter()
                    .rfind(|o| o.crisis)
                    .expect("crisis option")
                    .id,
            )
        } else if i % 5 == 0 {
            Answer::Skipped
        } else if let Some(ns) = q.options.iter().find(|o| o.not_sure).filter(|_| i % 3 == 0) {
            choice(&ns.id)
        } else {
            match q.kind {
                crate::bank::Kind::Text => Answer::Skipped,
                crate::bank::Kind::Number => Answer::Number(0.0),
                crate::bank::Kind::Checklist => {
                    Answer::Checklist(q.options.iter().take(2).map(|o| o.id.clone()).collect())
                }
                _ => {
                    let worst = q
                        .options
                        .iter()
                        .filter(|o| !o.crisis && !o.not_sure)
                        .min_by_key(|o| q.option_score(o).map_or(101, |s| s as i64))
                        .expect("an option");
                    choice(&worst.id)
                }
            }
        };
        set(&mut a, &q.id, ans);
    }
    a.prune(b);
    let mut s = score(b, &a);
    s.created = CREATED.into();
    s.changes = s
        .all_answers
        .iter()
        .filter_map(|x| {
            Some(crate::score::Change {
                id: x.id.clone(),
                question: x.question.clone(),
                before: "Agree".into(),
                now: x.answer.clone()?,
            })
        })
        .take(3)
        .collect();
    s
}

fn render_at(format: Format, a: &Assessment, width: usize, color: bool) -> String {
    let layout = Layout {
        format,
        width,
        color,
        options: Options::default(),
    };
    document(layout, a, None).expect("renders")
}

fn render(format: Format, a: &Assessment) -> String {
    render_at(format, a, 80, false)
}

#[test]
fn snapshots_of_every_format() {
    let b = fixture();
    for (name, a) in [("ready", ready_in(&b)), ("struggling", struggling_in(&b))] {
        for format in [Format::Text, Format::Markdown, Format::Html, Format::Json] {
            insta::assert_snapshot!(format!("{name}_{}", format.extension()), render(format, &a));
        }
    }
}

/// The parts of a summary, each with the kinds of item it holds (and
/// whether it is drawn to catch the eye).
fn shape(a: &Assessment, options: Options) -> std::collections::BTreeSet<String> {
    let doc = Document::build(a, options);
    doc.parts
        .iter()
        .flat_map(|p| {
            p.items.iter().map(move |i| {
                let v = serde_json::to_value(i).expect("an item is JSON");
                let mut kind = v["kind"].as_str().expect("a kind").to_string();
                for optional in ["usual", "note"] {
                    if v.get(optional).is_some_and(|x| !x.is_null()) {
                        kind.push_str(&format!(" with {optional}"));
                    }
                }
                format!(
                    "{} ({}): {kind}",
                    p.id,
                    if p.alert { "alert" } else { "calm" }
                )
            })
        })
        .collect()
}

#[test]
fn the_snapshots_bank_shows_everything_the_builtin_bank_does() {
    let (small, full) = (fixture(), builtin());
    assert!(
        small.question_count() * 2 < full.question_count(),
        "the fixture bank is small: {} questions",
        small.question_count()
    );
    for all_answers in [false, true] {
        let options = Options {
            all_answers,
            ..Options::default()
        };
        for (name, mine, theirs) in [
            ("ready", ready_in(&small), ready_in(&full)),
            ("struggling", struggling_in(&small), struggling_in(&full)),
        ] {
            let (mine, theirs) = (shape(&mine, options), shape(&theirs, options));
            let missing: Vec<&String> = theirs.difference(&mine).collect();
            assert!(
                missing.is_empty(),
                "{name}: the fixture bank shows none of {missing:#?}"
            );
        }
    }
}

#[test]
fn safety_notice_comes_first_when_flagged() {
    let a = struggling();
    assert!(a.safety.flagged);
    let text = render(Format::Text, &a);
    let calm = render(Format::Text, &ready());
    let safety = text.find("Your safety comes first").expect("safety notice");
    let stand = text.find("Where you stand").expect("where you stand");
    assert!(safety < stand);
    assert!(text[..stand].contains("988"));
    let flat = text[..stand]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("wished you were dead? I'm not sure -"),
        "{flat}"
    );
    // The reminder of where help is stands in the first lines.
    let first: Vec<&str> = text.lines().take(6).collect();
    assert!(
        first
            .iter()
            .any(|l| l.contains("Help now: call or text 988")),
        "{first:#?}"
    );
    assert!(!calm.contains("Help now:"), "no reminder after \"No\"");
    let md = render(Format::Markdown, &a);
    let first = md
        .find("## Your safety comes first")
        .expect("safety heading");
    assert!(first < md.find("## Where you stand").expect("standing heading"));
    let calm = render(Format::Text, &ready());
    assert!(!calm.contains("Your safety comes first"));
    // Help stays one step away, near the top, for everyone.
    assert!(calm.find("988").expect("988") < calm.find("Where you stand").expect("standing"));
}

#[test]
fn json_validates_against_the_published_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../docs/summary.schema.json"))
            .expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for a in [ready(), struggling()] {
        let doc: serde_json::Value =
            serde_json::from_str(&render(Format::Json, &a)).expect("valid JSON");
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // And the schema is not vacuous: a wrong document fails it.
    let mut bad: serde_json::Value =
        serde_json::from_str(&render(Format::Json, &ready())).expect("JSON");
    bad["sections"][0]["score"] = serde_json::json!(140);
    assert!(!validator.is_valid(&bad));
    let mut bad: serde_json::Value =
        serde_json::from_str(&render(Format::Json, &ready())).expect("JSON");
    bad["safety"]["status"] = serde_json::json!("maybe");
    assert!(!validator.is_valid(&bad));
    // Every safety status, overall and per question, is in the schema;
    // version 2's "yes" is not.
    let mut doc: serde_json::Value =
        serde_json::from_str(&render(Format::Json, &struggling())).expect("JSON");
    for status in ["now", "past", "unsure", "no", "skipped", "not_asked"] {
        doc["safety"]["status"] = serde_json::json!(status);
        doc["safety"]["questions"][1]["status"] = serde_json::json!(status);
        assert!(validator.is_valid(&doc), "{status}");
    }
    doc["safety"]["questions"][1]["status"] = serde_json::json!("yes");
    assert!(!validator.is_valid(&doc));
}

#[test]
fn json_round_trips_into_the_same_assessment() {
    let a = struggling();
    let back: Assessment = serde_json::from_str(&render(Format::Json, &a)).expect("reads back");
    assert_eq!(back, a);
}

/// An assessment whose every string a person or bank could control is hostile.
fn hostile() -> Assessment {
    planted(
        "<script>alert(1)</script> **bold** [link](http://x) # head | cell \u{1b}[31mRED\u{1b}[0m \u{1b}]0;title\u{7}",
    )
}

/// The same assessment with `evil` planted in every place a person or a
/// bank controls: the harmless twin shows the structure it must keep.
fn planted(evil: &str) -> Assessment {
    let mut a = ready();
    a.name = Some(evil.into());
    a.bank.title = evil.into();
    for (text, top) in [
        (evil, true),
        ("- not a list", true),
        ("1. not a list", false),
        (evil, false),
    ] {
        a.talking_points.push(crate::score::TalkingPoint {
            kind: crate::score::PointKind::Concern,
            section_id: None,
            audience: crate::bank::Audience::Therapist,
            text: text.into(),
            top,
            later: false,
        });
    }
    a.notes.push(crate::score::Note {
        section_id: "therapist".into(),
        section: evil.into(),
        text: evil.into(),
    });
    a.facts[0].answer = evil.into();
    a.sections[0].title = evil.into();
    a.sections[0].summary = evil.into();
    a.crisis.resources[0].name = evil.into();
    a
}

#[test]
fn html_escapes_everything() {
    let html = render(Format::Html, &hostile());
    assert!(!html.contains("<script>"), "raw script tag in HTML");
    assert!(html.contains("&lt;script&gt;"));
    assert!(!html.contains('\u{1b}'));
    // Self-contained: nothing loaded from elsewhere.
    for external in ["<script", "<link", "<img", "@import", "url(", "src="] {
        assert!(!html.contains(external), "{external}");
    }
}

#[test]
fn markdown_escapes_structure() {
    let md = render(Format::Markdown, &hostile());
    assert!(!md.contains("<script>"));
    assert!(md.contains(r"\<script\>"));
    assert!(!md.contains("**bold**"));
    assert!(md.contains(r"\*\*bold\*\*"));
    assert!(md.contains(r"\[link\]"));
    assert!(md.contains(r"\| cell"));
    assert!(!md.contains('\u{1b}'));
    // A talking point cannot start a list or a heading.
    assert!(md.contains(r"\- not a list"));
    assert!(md.contains(r"1\. not a list"));
    // Every table row still has exactly four pipes (three cells).
    for line in md.lines().filter(|l| l.starts_with("| ")) {
        let pipes = line.matches('|').count() - line.matches(r"\|").count();
        assert_eq!(pipes, 4, "{line}");
    }
}

#[test]
fn text_strips_terminal_escapes() {
    let text = render(Format::Text, &hostile());
    assert!(!text.contains('\u{1b}'), "escape sequence survived");
    assert!(!text.contains('\u{7}'));
    assert!(text.contains("RED"));
    // Coloured output uses escapes only of our own.
    let colored = render_at(Format::Text, &hostile(), 80, true);
    assert!(!colored.contains("\u{1b}]0;"));
    assert!(!colored.contains("\u{1b}[31mRED"));
}

#[test]
fn text_wraps_to_the_width() {
    for width in [40, 60] {
        let text = render_at(Format::Text, &struggling(), width, false);
        for line in text.lines() {
            // Web addresses are never broken, so they may run over.
            if !line.contains("https://") {
                assert!(line.chars().count() <= width, "{width}: {line}");
            }
        }
    }
}

#[test]
fn markdown_parses_as_commonmark_with_only_our_structure() {
    use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};
    // (headings, emphasis and strong spans, anything that must never appear)
    let count = |md: &str| {
        let mut headings = 0;
        let mut spans = 0;
        let mut bad = Vec::new();
        for ev in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_TASKLISTS) {
            match ev {
                Event::Start(Tag::Heading { level, .. }) if level <= HeadingLevel::H2 => {
                    headings += 1
                }
                Event::Start(Tag::Heading { .. }) => bad.push("a deeper heading".to_string()),
                Event::Html(h) | Event::InlineHtml(h) => bad.push(format!("html {h}")),
                Event::Start(Tag::Link { .. } | Tag::Image { .. }) => bad.push("a link".into()),
                Event::Start(Tag::Emphasis | Tag::Strong) => spans += 1,
                Event::Start(Tag::Strikethrough) => bad.push("strikethrough".into()),
                _ => {}
            }
        }
        (headings, spans, bad)
    };
    let (clean_headings, clean_spans, clean_bad) =
        count(&render(Format::Markdown, &planted("plain words")));
    assert!(clean_bad.is_empty(), "{clean_bad:?}");
    let (evil_headings, evil_spans, evil_bad) = count(&render(Format::Markdown, &hostile()));
    assert!(
        evil_bad.is_empty(),
        "hostile text changed the document: {evil_bad:?}"
    );
    assert_eq!(
        evil_headings, clean_headings,
        "hostile text added or removed a heading"
    );
    assert_eq!(evil_spans, clean_spans, "hostile text added emphasis");
}
