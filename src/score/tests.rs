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
      - id: safe2
        kind: choice
        safety: true
        prompt: Other?
        options:
          - { id: "no", label: No }
          - { id: past, label: Past weeks, crisis: past }
          - { id: now, label: Right now, crisis: now }
          - { id: unsure, label: Not sure, crisis: unsure, not_sure: true }
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
      - { id: r2, kind: scale, scale: agree, prompt: R2 }
      - id: know
        kind: yes_no
        knowledge: true
        prompt: Do you know the hours?
        options:
          - { id: "yes", label: "Yes", score: 100 }
          - { id: "no", label: "No", score: 0, talking_point: Ask the program about its hours. }
        ask: program
      - id: hours
        kind: number
        prompt: Hours free?
        fact: Hours you could free
        min: 0
        max: 40
        unit: hours
        usual: { value: 9, text: usually at least 9 }
  - id: standing
    kind: step
    title: Standing
    why: Why.
    questions:
      - id: lean
        kind: choice
        role: leaning
        fact: Leaning
        prompt: Which way do you lean?
        options:
          - { id: iop, label: Towards IOP }
          - { id: weekly, label: Towards weekly therapy }
      - { id: free, kind: scale, scale: agree, role: free_to_choose, prompt: I feel free to choose. }
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
    let b = bank();
    // q1 = 100 (w3), q2 = a0 reversed = 100 (w1): 100, no hard answer.
    let a = score(&b, &answers(&[("q1", c("a100")), ("q2", c("a0"))]));
    assert_eq!(section(&a, "one").score, Some(100.0));
    assert_eq!(section(&a, "one").band.as_deref(), Some("high"));
    // q1 = 50 (w3), q2 = a0 reversed = 100 (w1): (150 + 100) / 4 = 62.5
    let a = score(&b, &answers(&[("q1", c("a50")), ("q2", c("a0"))]));
    assert_eq!(section(&a, "one").score, Some(62.5));
    assert_eq!(section(&a, "one").band.as_deref(), Some("mid"));
    assert_eq!(section(&a, "one").summary, "Mid");
}

#[test]
fn a_hard_answer_keeps_a_section_out_of_the_top_band() {
    // q1 = 100 (w3), q2 = a100 reversed = 0 (w1): 75 would be "high", but
    // the person said something is hard, so the summary never says "high".
    let b = bank();
    let a = score(&b, &answers(&[("q1", c("a100")), ("q2", c("a100"))]));
    let s = section(&a, "one");
    assert_eq!(s.score, Some(75.0));
    assert_eq!(s.band.as_deref(), Some("mid"));
    assert_eq!(s.hardest.as_deref(), Some("\u{201c}Q2\u{201d} Yes"));
}

#[test]
fn too_few_scored_answers_give_no_band() {
    let b = bank();
    // One answer alone would swing the section from 0 to 100.
    for pick in ["a0", "a100"] {
        let a = score(&b, &answers(&[("r1", c(pick))]));
        let s = section(&a, "two");
        assert_eq!(s.score, None, "{pick}");
        assert_eq!(s.band, None);
        assert_eq!(s.summary, "Too few answers to sum up (1 of 2 scored)");
    }
    let a = score(&b, &answers(&[("r1", c("a0")), ("r2", c("a50"))]));
    assert_eq!(section(&a, "two").band.as_deref(), Some("low"));
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
    assert_eq!(s.score, None, "only q1 counts, and one answer is too few");
    assert_eq!(s.scored, 1);
    assert_eq!(s.open, 2);
    assert_eq!(s.answered, 1);
    assert_eq!(a.open_items.len(), 2);
    assert!(
        a.talking_points
            .iter()
            .all(|p| p.kind != PointKind::Concern)
    );
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
fn a_checklist_loses_what_each_chosen_option_lacks() {
    let b = bank();
    let q = b.question("list").expect("list");
    let score_of = |ids: &[&str]| {
        question_score(
            q,
            &Answer::Checklist(ids.iter().map(|s| s.to_string()).collect()),
        )
    };
    assert_eq!(score_of(&["y"]), Some(60.0));
    assert_eq!(score_of(&["x"]), Some(20.0));
    // 100 - 80 - 40 is below 0: it stops at 0.
    assert_eq!(score_of(&["x", "y"]), Some(0.0));
    assert_eq!(score_of(&["y", "z"]), Some(60.0), "z is not scored");
    // Nothing scored chosen: no score at all.
    assert_eq!(score_of(&["z"]), None);
    assert_eq!(score_of(&[]), None);
}

#[test]
fn knowledge_questions_are_to_dos_not_scores() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[("r1", c("a100")), ("r2", c("a100")), ("know", c("no"))]),
    );
    let s = section(&a, "two");
    assert_eq!(s.score, Some(100.0), "the 'no' does not lower the score");
    assert_eq!(s.scored, 2);
    assert_eq!(s.to_find_out, 1);
    let p = a
        .talking_points
        .iter()
        .find(|p| p.text == "Ask the program about its hours.")
        .expect("a to-do");
    assert_eq!(p.kind, PointKind::ToDo);
    assert_eq!(p.audience, Audience::Program);
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
}

#[test]
fn safety_answers_are_told_apart() {
    let b = bank();
    let status = |pairs: &[(&str, Answer)]| score(&b, &answers(pairs)).safety;
    let of = |s: &Safety, id: &str| {
        s.questions
            .iter()
            .find(|q| q.id == id)
            .map(|q| (q.status, q.answer.clone()))
            .expect("listed")
    };
    // `crisis: true` is "right now".
    let s = status(&[("safe", c("danger")), ("safe2", c("no"))]);
    assert!(s.flagged);
    assert_eq!(s.status, SafetyStatus::Now);
    assert_eq!(of(&s, "safe"), (SafetyStatus::Now, Some("Not OK".into())));
    assert_eq!(of(&s, "safe2"), (SafetyStatus::No, Some("No".into())));
    // Each urgency has its own status, per question; the overall one is
    // the most urgent.
    for (option, want) in [
        ("past", SafetyStatus::Past),
        ("now", SafetyStatus::Now),
        ("unsure", SafetyStatus::Unsure),
        ("no", SafetyStatus::No),
    ] {
        let s = status(&[("safe", c("ok")), ("safe2", c(option))]);
        assert_eq!(of(&s, "safe2").0, want, "{option}");
        assert_eq!(of(&s, "safe").0, SafetyStatus::No);
        assert_eq!(s.status, want, "{option}");
        assert_eq!(s.flagged, want != SafetyStatus::No, "{option}");
    }
    let s = status(&[("safe", c("ok")), ("safe2", Answer::Skipped)]);
    assert_eq!((s.flagged, s.status), (false, SafetyStatus::Skipped));
    assert_eq!(of(&s, "safe2").0, SafetyStatus::Skipped);
    let s = status(&[("safe", c("danger")), ("safe2", c("past"))]);
    assert_eq!(s.status, SafetyStatus::Now);
    let s = status(&[]);
    assert_eq!(s.status, SafetyStatus::NotAsked);
    assert_eq!(of(&s, "safe"), (SafetyStatus::NotAsked, None));
    assert_eq!(s.questions[0].question, "Safe?");
    assert_eq!(s.questions.len(), 2);
}

#[test]
fn a_version_2_checkin_reads_as_version_3() {
    let b = bank();
    let mut a = score(&b, &answers(&[("safe", c("danger"))]));
    a.created = "2026-01-01T00:00:00Z".into();
    let mut v = serde_json::to_value(&a).expect("json");
    v["schema_version"] = serde_json::json!(2);
    v["safety"] = serde_json::json!({
        "flagged": true, "status": "yes", "question": "Safe?", "answer": "Not OK"
    });
    let back = Assessment::from_json(v.to_string().as_bytes()).expect("reads");
    assert_eq!(back.schema_version, SCHEMA_VERSION);
    assert_eq!(back.safety.status, SafetyStatus::Now);
    assert_eq!(back.safety.questions.len(), 1);
    assert_eq!(back.safety.questions[0].question, "Safe?");
    assert_eq!(back.safety.questions[0].answer.as_deref(), Some("Not OK"));
    v["safety"]["status"] = serde_json::json!("not_sure");
    let back = Assessment::from_json(v.to_string().as_bytes()).expect("reads");
    assert_eq!(back.safety.status, SafetyStatus::Unsure);
}

#[test]
fn standing_and_facts_keep_the_persons_own_answers() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("free", c("a0")),
            ("lean", c("weekly")),
            ("hours", Answer::Number(4.0)),
        ]),
    );
    let standing: Vec<(&str, &str)> = a
        .standing
        .iter()
        .map(|f| (f.label.as_str(), f.answer.as_str()))
        .collect();
    // The leaning comes before feeling free to choose, whatever the bank order.
    assert_eq!(
        standing,
        [
            ("Leaning", "Towards weekly therapy"),
            ("I feel free to choose.", "No")
        ]
    );
    assert_eq!(a.facts.len(), 1);
    assert_eq!(a.facts[0].label, "Hours you could free");
    assert_eq!(a.facts[0].answer, "4 hours");
    assert_eq!(a.facts[0].usual.as_deref(), Some("usually at least 9"));
}

#[test]
fn talking_points_rank_safety_then_concerns_then_to_dos_then_open() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("safe", c("danger")),
            ("gate", c("no")),
            ("q1", c("ns")),
            ("r1", c("a0")),
            ("know", c("no")),
        ]),
    );
    assert!(a.safety.flagged);
    let kinds: Vec<PointKind> = a.talking_points.iter().map(|p| p.kind).collect();
    assert_eq!(kinds.first(), Some(&PointKind::Safety));
    let rank = |k: &PointKind| match k {
        PointKind::Safety => 0,
        PointKind::Concern => 1,
        PointKind::ToDo => 2,
        PointKind::Open => 3,
    };
    assert!(
        kinds.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])),
        "{kinds:?}"
    );
    assert!(kinds.contains(&PointKind::ToDo), "{kinds:?}");
    assert!(
        a.talking_points
            .iter()
            .any(|p| p.text == "Ask about the gate.")
    );
    // The safety point is not among the top points: it has its own home.
    assert!(a.top_points().all(|p| p.kind != PointKind::Safety));
}

#[test]
fn every_point_has_one_home() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("note", Answer::Text("Ask about evenings".into())),
            ("gate", c("no")),
            ("know", c("no")),
        ]),
    );
    assert_eq!(a.notes.len(), 1);
    assert_eq!(a.notes[0].text, "Ask about evenings");
    assert_eq!(a.notes[0].section, "One");
    for p in &a.talking_points {
        let homes = usize::from(p.top)
            + [Audience::Therapist, Audience::Program, Audience::Insurer]
                .iter()
                .filter(|w| a.checklist(**w).any(|q| q == p))
                .count();
        assert_eq!(homes, 1, "{p:?}");
    }
    let texts: Vec<&str> = a.talking_points.iter().map(|p| p.text.as_str()).collect();
    let mut unique = texts.clone();
    unique.dedup();
    assert_eq!(texts, unique);
}

fn any_answers() -> impl Strategy<Value = Vec<(usize, usize)>> {
    // (question index among the scored ones, option index)
    prop::collection::vec((0usize..7, 0usize..4), 0..14)
}

fn build(b: &Bank, picks: &[(usize, usize)]) -> Answers {
    let ids = ["q1", "q2", "gate", "hidden", "list", "r1", "r2"];
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
    fn ticking_another_option_never_raises_a_checklist(
        first in prop::collection::vec(0usize..3, 0..3),
        extra in 0usize..3,
    ) {
        let b = bank();
        let q = b.question("list").expect("list");
        let ids = |picks: &[usize]| -> Vec<String> {
            picks.iter().map(|&i| q.options[i].id.clone()).collect()
        };
        let mut more = first.clone();
        more.push(extra);
        let before = question_score(q, &Answer::Checklist(ids(&first)));
        let after = question_score(q, &Answer::Checklist(ids(&more)));
        if let (Some(before), Some(after)) = (before, after) {
            prop_assert!(after <= before, "{before} -> {after}");
        }
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
fn open_questions_make_no_filler_points() {
    let b = bank();
    let ids = ["q1", "q2", "gate", "list", "r1"];
    let a = score(&b, &answers(&ids.map(|id| (id, Answer::Skipped))));
    assert_eq!(a.open_items.len(), 5);
    assert!(a.talking_points.is_empty(), "{:?}", a.talking_points);
}
