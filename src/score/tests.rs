//! Hand-computed scoring cases, and properties that must hold for any answers.

use super::*;
use crate::answers::{Answer, Answers};
use crate::bank::{Bank, load_str};
use proptest::prelude::*;

const BANK: &str = r#"
id: t
version: 1.0.0
title: T
language: en
last_reviewed: 2026-01-01
disclaimer: Not a diagnosis.
sources: [{ id: s, title: S, url: "https://example.org" }]
crisis:
  intro: Help is there.
  after_answer: Please reach out.
  resources: [{ name: Line, region: US, call: "988" }]
scales:
  agree:
    options:
      - { id: a0, label: No, score: 0 }
      - { id: a50, label: Some, score: 50 }
      - { id: a100, label: Yes, score: 100 }
      - { id: ns, label: Not sure, not_sure: true }
bands:
  - { id: low, from: 0, to: 39, label: Low }
  - { id: mid, from: 40, to: 69, label: Mid }
  - { id: high, from: 70, to: 100, label: High }
sections:
  - id: safety
    kind: step
    title: Safety
    why: Why.
    questions:
      - id: safe
        kind: choice
        safety: true
        prompt: Safe?
        options:
          - { id: ok, label: OK }
          - { id: danger, label: Not OK, crisis: true }
  - id: one
    title: One
    why: Why.
    questions:
      - { id: q1, kind: scale, scale: agree, prompt: Q1, weight: 3 }
      - { id: q2, kind: scale, scale: agree, prompt: Q2, weight: 1, reverse: true }
      - id: gate
        kind: yes_no
        prompt: Gate?
        options:
          - { id: "yes", label: "Yes", score: 100 }
          - { id: "no", label: "No", score: 0, talking_point: Ask about the gate. }
      - id: hidden
        kind: scale
        scale: agree
        prompt: Only after yes
        show_if: { all: [{ question: gate, is: ["yes"] }] }
      - id: list
        kind: checklist
        prompt: Pick
        options:
          - { id: x, label: X, score: 20 }
          - { id: y, label: Y, score: 60 }
          - { id: z, label: Z }
      - { id: note, kind: text, prompt: Notes }
  - id: two
    title: Two
    why: Why.
    questions:
      - { id: r1, kind: scale, scale: agree, prompt: R1 }
"#;

fn bank() -> Bank {
    load_str("test", BANK).expect("test bank is valid")
}

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    let mut a = Answers::default();
    for (id, ans) in pairs {
        a.set(id, ans.clone());
    }
    a
}

fn c(id: &str) -> Answer {
    Answer::Choice(id.into())
}

fn section<'a>(a: &'a Assessment, id: &str) -> &'a SectionScore {
    a.sections
        .iter()
        .find(|s| s.id == id)
        .expect("section exists")
}

#[test]
fn weights_and_reverse_scoring() {
    // q1 = 100 (w3), q2 = a100 reversed = 0 (w1): (300 + 0) / 4 = 75
    let b = bank();
    let a = score(&b, &answers(&[("q1", c("a100")), ("q2", c("a100"))]));
    assert_eq!(section(&a, "one").score, Some(75.0));
    assert_eq!(section(&a, "one").band.as_deref(), Some("high"));
    // q2 = a0 reversed = 100: (3*50 + 100) / 4 = 62.5
    let a = score(&b, &answers(&[("q1", c("a50")), ("q2", c("a0"))]));
    assert_eq!(section(&a, "one").score, Some(62.5));
    assert_eq!(section(&a, "one").band.as_deref(), Some("mid"));
}

#[test]
fn not_sure_and_skipped_are_open_not_low() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("q1", c("a100")),
            ("q2", c("ns")),
            ("gate", Answer::Skipped),
        ]),
    );
    let s = section(&a, "one");
    assert_eq!(s.score, Some(100.0), "only q1 counts");
    assert_eq!(s.open, 2);
    assert_eq!(s.answered, 1);
    assert_eq!(a.open_items.len(), 2);
    assert!(a.talking_points.iter().any(|p| p.kind == PointKind::Open));
}

#[test]
fn hidden_questions_do_not_count() {
    let b = bank();
    // `hidden` answered but its condition (gate = yes) is not met.
    let a = score(
        &b,
        &answers(&[("gate", c("no")), ("hidden", c("a0")), ("q1", c("a100"))]),
    );
    // q1 100 (w3) + gate 0 (w1) = 75; hidden ignored.
    assert_eq!(section(&a, "one").score, Some(75.0));
    let a = score(
        &b,
        &answers(&[("gate", c("yes")), ("hidden", c("a0")), ("q1", c("a100"))]),
    );
    // q1 300 + gate 100 + hidden 0 over 5 = 80
    assert_eq!(section(&a, "one").score, Some(80.0));
}

#[test]
fn checklist_is_mean_of_chosen_scored_options() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[(
            "list",
            Answer::Checklist(vec!["x".into(), "y".into(), "z".into()]),
        )]),
    );
    assert_eq!(section(&a, "one").score, Some(40.0));
    // Nothing scored chosen: no score at all.
    let a = score(
        &b,
        &answers(&[("list", Answer::Checklist(vec!["z".into()]))]),
    );
    assert_eq!(section(&a, "one").score, None);
}

#[test]
fn all_skipped_is_null_not_zero() {
    let b = bank();
    let a = score(&b, &answers(&[("r1", Answer::Skipped)]));
    assert_eq!(section(&a, "two").score, None);
    assert_eq!(section(&a, "two").band, None);
    assert_eq!(section(&a, "two").open, 1);
    let json = serde_json::to_value(&a).expect("serialises");
    assert!(json["sections"][1]["score"].is_null());
}

#[test]
fn band_edges() {
    let b = bank();
    let s = &b.sections[1];
    assert_eq!(s.band_for(39).map(|b| b.id.as_str()), Some("low"));
    assert_eq!(s.band_for(40).map(|b| b.id.as_str()), Some("mid"));
    assert_eq!(s.band_for(69).map(|b| b.id.as_str()), Some("mid"));
    assert_eq!(s.band_for(70).map(|b| b.id.as_str()), Some("high"));
    assert_eq!(s.band_for(100).map(|b| b.id.as_str()), Some("high"));
    // 39.5 rounds to 40: mid.
    let a = score(
        &b,
        &answers(&[("list", Answer::Checklist(vec!["x".into(), "y".into()]))]),
    );
    assert_eq!(section(&a, "one").band.as_deref(), Some("mid"));
}

#[test]
fn talking_points_rank_safety_then_concerns_then_open() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("safe", c("danger")),
            ("gate", c("no")),
            ("q1", c("ns")),
            ("r1", c("a0")),
        ]),
    );
    assert!(a.safety.flagged);
    let kinds: Vec<PointKind> = a.talking_points.iter().map(|p| p.kind).collect();
    assert_eq!(kinds.first(), Some(&PointKind::Safety));
    let first_open = kinds
        .iter()
        .position(|k| *k == PointKind::Open)
        .expect("an open point");
    assert!(
        kinds[first_open..].iter().all(|k| *k == PointKind::Open),
        "{kinds:?}"
    );
    assert!(
        a.talking_points
            .iter()
            .any(|p| p.text == "Ask about the gate.")
    );
    assert!(a.top_talking_points.len() <= TOP_POINTS);
    assert!(a.overall.contains("not a diagnosis"));
}

#[test]
fn notes_and_checklists() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("note", Answer::Text("Ask about evenings".into())),
            ("gate", c("no")),
        ]),
    );
    assert_eq!(a.notes.len(), 1);
    assert_eq!(
        a.notes.get("one").map(String::as_str),
        Some("Ask about evenings")
    );
    assert!(
        a.checklists
            .therapist
            .contains(&"Ask about the gate.".to_string())
    );
}

fn any_answers() -> impl Strategy<Value = Vec<(usize, usize)>> {
    // (question index among the scored ones, option index)
    prop::collection::vec((0usize..6, 0usize..4), 0..12)
}

fn build(b: &Bank, picks: &[(usize, usize)]) -> Answers {
    let ids = ["q1", "q2", "gate", "hidden", "list", "r1"];
    let mut a = Answers::default();
    for &(qi, oi) in picks {
        let q = b.question(ids[qi]).expect("question");
        let o = &q.options[oi % q.options.len()];
        let ans = if q.kind == crate::bank::Kind::Checklist {
            Answer::Checklist(vec![o.id.clone()])
        } else {
            Answer::Choice(o.id.clone())
        };
        a.set(ids[qi], ans);
    }
    a
}

proptest! {
    #[test]
    fn scores_stay_in_range(picks in any_answers()) {
        let b = bank();
        let a = score(&b, &build(&b, &picks));
        for s in &a.sections {
            if let Some(v) = s.score {
                prop_assert!((0.0..=100.0).contains(&v), "{v}");
            }
        }
    }

    #[test]
    fn order_of_answers_changes_nothing(picks in any_answers()) {
        let b = bank();
        let forward = build(&b, &picks);
        // Later picks overwrite earlier ones for the same question: keep the
        // last pick per question, then apply those in reverse order.
        let mut last: Vec<(usize, usize)> = Vec::new();
        for p in picks.iter().rev() {
            if !last.iter().any(|q| q.0 == p.0) {
                last.push(*p);
            }
        }
        let backward = build(&b, &last);
        prop_assert_eq!(score(&b, &forward), score(&b, &backward));
    }

    #[test]
    fn raising_a_chosen_score_never_lowers_the_section(q1 in 0usize..3, q2 in 0usize..3, up in 1u8..=100) {
        let mut b = bank();
        let a = build(&b, &[(0, q1), (1, q2)]);
        let before = score(&b, &a).sections[0].score.unwrap_or(0.0);
        // Raise the chosen option of q1 by `up` (capped at 100).
        let opt = &mut std::sync::Arc::make_mut(&mut b.sections[1].questions[0].options)[q1];
        opt.score = opt.score.map(|s| s.saturating_add(up).min(100));
        let after = score(&b, &a).sections[0].score.unwrap_or(0.0);
        prop_assert!(after >= before, "{before} -> {after}");
    }
}

#[test]
fn many_open_questions_do_not_crowd_the_top_points() {
    let b = bank();
    let ids = ["q1", "q2", "gate", "list", "r1"];
    let a = score(&b, &answers(&ids.map(|id| (id, Answer::Skipped))));
    let generic = a.talking_points.iter().filter(|p| p.generic).count();
    assert_eq!(generic, 5);
    assert_eq!(a.top_talking_points.len(), 3, "{:?}", a.top_talking_points);
    assert!(a.top_talking_points[2].starts_with("3 more questions are still open"));
    // Generic points stay out of the checklists.
    assert!(
        a.checklists
            .therapist
            .iter()
            .all(|t| !t.starts_with("Still open"))
    );
}
