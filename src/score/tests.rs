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
care_options:
  - id: weekly
    label: Weekly therapy
    talking_points: [Tell your therapist why weekly therapy suits you.]
  - id: iop
    label: IOP
    intensive: true
    talking_points: [Ask programs about their hours.]
  - id: php
    label: PHP
    intensive: true
scales:
  agree:
    options:
      - { id: a0, label: No, score: 0 }
      - { id: a50, label: Some, score: 50 }
      - { id: a100, label: Yes, score: 100 }
      - { id: ns, label: Not sure, not_sure: true }
  matters:
    options:
      - { id: lot, label: A lot, score: 100 }
      - { id: little, label: A little, score: 0 }
  ynp:
    options:
      - { id: "yes", label: "Yes", score: 100 }
      - { id: partly, label: Partly, score: 50 }
      - { id: "no", label: "No", score: 0 }
bands:
  - { id: low, from: 0, to: 39, label: Weighs against it }
  - { id: mid, from: 40, to: 69, label: Both ways }
  - { id: high, from: 70, to: 100, label: Fits it }
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
          - { id: weekly, label: Weekly }
          - { id: iop, label: IOP }
          - { id: php, label: PHP }
          - { id: unsure, label: Not sure, not_sure: true, talking_point: Say what would help you decide. }
      - id: free
        kind: scale
        scale: agree
        role: free_to_choose
        prompt: I feel free to choose.
        talking_points: { a0: Tell your therapist you feel pushed. }
  - id: one
    title: One
    why: Why.
    questions:
      - id: q1
        kind: scale
        scale: agree
        prompt: Weekly is enough.
        weight: 3
        fit:
          high: { toward: [weekly], against: [intensive] }
          low: { toward: [intensive], against: [weekly] }
        talking_points:
          a100: Say weekly feels enough.
          a0: Say you need more than weekly.
      - id: q2
        kind: scale
        scale: agree
        prompt: I have time for a program.
        weight: 1
        fit:
          high: { toward: [iop] }
          low: { against: [intensive] }
        talking_points:
          a0: Ask programs about evening hours.
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
        fit: { high: { toward: [iop] }, low: { against: [iop] } }
        show_if: { all: [{ question: gate, is: ["yes"] }] }
      - id: list
        kind: checklist
        prompt: Pick
        options:
          - { id: x, label: X, score: 20, against: [iop, php] }
          - { id: y, label: Y, score: 60 }
          - { id: z, label: Z }
      - { id: note, kind: text, prompt: Notes }
      - id: quiet
        kind: yes_no
        weight: 0
        prompt: Told anyone?
        options:
          - { id: "yes", label: "Yes", score: 100 }
          - { id: "no", label: "No", score: 0, talking_point: Think about who to tell. }
  - id: two
    title: Two
    why: Why.
    ask: program
    about: [intensive]
    questions:
      - id: know
        kind: yes_no
        knowledge: true
        prompt: Do you know the hours?
        options:
          - { id: "yes", label: "Yes", score: 100 }
          - { id: "no", label: "No", score: 0, talking_point: Ask the program about its hours and days. }
      - id: hours
        kind: number
        prompt: Hours free?
        fact: Hours you could free
        min: 0
        max: 40
        unit: hours
        usual: { value: 9, text: usually at least 9 }
      - id: insured
        kind: yes_no
        fact: Insurance
        prompt: Insured?
        options:
          - { id: "yes", label: "Yes" }
          - { id: "no", label: "No" }
  - id: values
    kind: step
    title: Values
    why: Why.
    questions:
      - { id: v-cost, kind: scale, scale: matters, role: value, fact: Low cost, prompt: Cost?, fit: { high: { toward: [weekly] } } }
      - { id: v-more, kind: scale, scale: matters, role: value, fact: More help, prompt: More?, fit: { high: { toward: [intensive] } } }
      - { id: v-home, kind: scale, scale: matters, role: value, fact: Living at home, prompt: Home?, fit: { high: { toward: [weekly, iop, php] } } }
  - id: ready
    kind: step
    title: Ready
    why: Why.
    questions:
      - { id: r-facts, kind: scale, scale: ynp, role: readiness, need: informed, fact: Knowing the facts, prompt: Facts?, talking_points: { "no": Read the cards again. } }
      - { id: r-sure, kind: scale, scale: ynp, role: readiness, need: sure, fact: Feeling sure, prompt: Sure?, talking_points: { partly: Say what would help you feel sure. } }
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

fn fit<'a>(a: &'a Assessment, section_id: &str, option: &str) -> &'a OptionFit {
    section(a, section_id)
        .fit
        .iter()
        .find(|f| f.option.id == option)
        .expect("the option is weighed")
}

fn texts(a: &Assessment) -> Vec<&str> {
    a.talking_points.iter().map(|p| p.text.as_str()).collect()
}

#[test]
fn the_fit_is_the_weighted_share_of_answers_toward_the_option() {
    let b = bank();
    // Leaning IOP. q1 low (w3): toward IOP. q2 high (w1): toward IOP.
    let a = score(
        &b,
        &answers(&[("lean", c("iop")), ("q1", c("a0")), ("q2", c("a100"))]),
    );
    let f = fit(&a, "one", "iop");
    assert_eq!((f.toward, f.against), (2, 0));
    assert_eq!(f.score, Some(100.0));
    assert_eq!(f.band.as_deref(), Some("high"));
    // q1 low (w3) toward IOP, q2 low (w1) against it: 3 / 4 = 75, but an
    // answer against the option keeps it out of the top band.
    let a = score(
        &b,
        &answers(&[("lean", c("iop")), ("q1", c("a0")), ("q2", c("a0"))]),
    );
    let f = fit(&a, "one", "iop");
    assert_eq!((f.toward, f.against), (1, 1));
    assert_eq!(f.score, Some(75.0));
    assert_eq!(f.band.as_deref(), Some("mid"));
    assert_eq!(
        section(&a, "one").summary,
        "IOP: both ways; Weekly therapy: too few answers to say"
    );
}

#[test]
fn the_same_answers_read_from_the_other_side_for_another_leaning() {
    let b = bank();
    let picks = [("q1", c("a100")), ("q2", c("a0"))];
    let mut weekly = picks.to_vec();
    weekly.push(("lean", c("weekly")));
    let mut iop = picks.to_vec();
    iop.push(("lean", c("iop")));
    let a = score(&b, &answers(&weekly));
    // q1 high points toward weekly: a reason, never a concern.
    assert!(!texts(&a).contains(&"Say weekly feels enough."));
    assert!(
        a.talking_points
            .iter()
            .all(|p| p.kind != PointKind::Concern),
        "{:?}",
        a.talking_points
    );
    assert_eq!(fit(&a, "one", "weekly").band.as_deref(), None, "one answer");
    let a = score(&b, &answers(&iop));
    // Leaning IOP, the same answer weighs against it: a concern.
    let p = a
        .talking_points
        .iter()
        .find(|p| p.text == "Say weekly feels enough.")
        .expect("a concern for an IOP leaning");
    assert_eq!(p.kind, PointKind::Concern);
    assert_eq!(fit(&a, "one", "iop").band.as_deref(), Some("low"));
}

#[test]
fn too_few_answers_give_no_band() {
    let b = bank();
    for pick in ["a0", "a100"] {
        let a = score(&b, &answers(&[("lean", c("iop")), ("q1", c(pick))]));
        let f = fit(&a, "one", "iop");
        assert_eq!((f.score, f.band.as_deref()), (None, None), "{pick}");
        assert_eq!(section(&a, "one").summary, "Too few answers to sum up");
    }
}

#[test]
fn not_sure_and_skipped_are_open_never_either_way() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("lean", c("iop")),
            ("q1", c("a100")),
            ("q2", c("ns")),
            ("gate", Answer::Skipped),
        ]),
    );
    let s = section(&a, "one");
    let f = fit(&a, "one", "iop");
    assert_eq!((f.toward, f.against), (0, 1));
    assert_eq!(s.open, 2);
    assert_eq!(s.answered, 1);
    assert_eq!(a.open_items.len(), 2);
}

#[test]
fn hidden_questions_do_not_count() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("lean", c("iop")),
            ("gate", c("no")),
            ("hidden", c("a0")),
            ("q2", c("a100")),
        ]),
    );
    assert_eq!(fit(&a, "one", "iop").against, 0, "hidden is ignored");
    let a = score(
        &b,
        &answers(&[
            ("lean", c("iop")),
            ("gate", c("yes")),
            ("hidden", c("a0")),
            ("q2", c("a100")),
        ]),
    );
    assert_eq!(fit(&a, "one", "iop").against, 1);
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
    assert_eq!(score_of(&["z"]), None);
    assert_eq!(score_of(&[]), None);
}

#[test]
fn knowledge_questions_are_to_dos() {
    let b = bank();
    let a = score(&b, &answers(&[("know", c("no"))]));
    assert_eq!(section(&a, "two").to_find_out, 1);
    let p = a
        .talking_points
        .iter()
        .find(|p| p.text == "Ask the program about its hours and days.")
        .expect("a to-do");
    assert_eq!(p.kind, PointKind::ToDo);
    assert_eq!(p.audience, Audience::Program);
}

#[test]
fn all_skipped_is_null_not_zero() {
    let b = bank();
    let a = score(&b, &answers(&[("lean", c("iop")), ("q1", Answer::Skipped)]));
    assert_eq!(fit(&a, "one", "iop").score, None);
    assert_eq!(section(&a, "one").open, 1);
    let json = serde_json::to_value(&a).expect("serialises");
    assert!(json["sections"][0]["fit"][0]["score"].is_null());
    assert!(
        json["sections"][0].get("score").is_none(),
        "no section score"
    );
}

#[test]
fn band_edges() {
    let b = bank();
    let s = &b.sections[2];
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
fn facts_that_weigh_against_an_option_are_apart_from_the_rest() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("free", c("a0")),
            ("lean", c("weekly")),
            ("hours", Answer::Number(4.0)),
            ("insured", c("yes")),
            ("q1", c("a0")),
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
        [("Leaning", "Weekly"), ("I feel free to choose.", "No")]
    );
    assert_eq!(a.standing[0].role.as_deref(), Some("leaning"));
    assert_eq!(a.leaning.as_ref().map(|l| l.id.as_str()), Some("weekly"));
    // Fewer hours than usual weigh against the options the section is
    // about; q1 at its low end weighs against weekly therapy.
    let facts: Vec<(&str, Vec<&str>)> = a
        .facts
        .iter()
        .map(|f| {
            (
                f.label.as_str(),
                f.against.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        facts,
        [
            ("Weekly is enough.", vec!["Weekly therapy"]),
            ("Hours you could free", vec!["IOP", "PHP"]),
        ]
    );
    assert_eq!(a.facts[1].usual.as_deref(), Some("usually at least 9"));
    assert_eq!(a.situation.len(), 1);
    assert_eq!(a.situation[0].label, "Insurance");
}

#[test]
fn talking_points_rank_by_kind() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("safe", c("danger")),
            ("lean", c("iop")),
            ("free", c("a0")),
            ("gate", c("no")),
            ("q1", c("a100")),
            ("hidden", Answer::Skipped),
            ("know", c("no")),
            ("quiet", c("no")),
        ]),
    );
    let kinds: Vec<PointKind> = a.talking_points.iter().map(|p| p.kind).collect();
    assert_eq!(kinds.first(), Some(&PointKind::Safety));
    // Feeling pushed leads, then the points about the leaning.
    assert_eq!(texts(&a)[1], "Tell your therapist you feel pushed.");
    assert_eq!(texts(&a)[2], "Ask programs about their hours.");
    let rank = |k: &PointKind| match k {
        PointKind::Safety => 0,
        PointKind::Leaning => 1,
        PointKind::Concern => 2,
        PointKind::ToDo => 3,
        PointKind::Open => 4,
        PointKind::Consider => 5,
    };
    assert!(
        kinds[2..].windows(2).all(|w| rank(&w[0]) <= rank(&w[1])),
        "{kinds:?}"
    );
    // A weight-0 question is never a concern.
    let quiet = a
        .talking_points
        .iter()
        .find(|p| p.text == "Think about who to tell.")
        .expect("listed");
    assert_eq!(quiet.kind, PointKind::Consider);
    assert!(a.top_points().all(|p| p.kind != PointKind::Safety));
}

#[test]
fn points_only_about_intensive_options_wait_while_leaning_another_way() {
    let b = bank();
    let picks = |lean: &str| {
        answers(&[
            ("lean", c(lean)),
            ("know", c("no")),
            ("list", Answer::Checklist(vec!["x".into()])),
        ])
    };
    let a = score(&b, &picks("weekly"));
    let later: Vec<&str> = a.later_points().map(|p| p.text.as_str()).collect();
    assert_eq!(later, ["Ask the program about its hours and days."]);
    assert!(a.checklist(Audience::Program).next().is_none());
    assert!(a.top_points().all(|p| !p.later));
    // Leaning toward an intensive option, the same points are in play.
    let a = score(&b, &picks("iop"));
    assert_eq!(a.later_points().count(), 0);
    // Not sure yet: every option is still in play.
    let a = score(&b, &picks("unsure"));
    assert_eq!(a.later_points().count(), 0);
    assert_eq!(texts(&a)[0], "Say what would help you decide.");
}

#[test]
fn every_point_has_one_home() {
    let b = bank();
    for lean in ["weekly", "iop", "unsure"] {
        let a = score(
            &b,
            &answers(&[
                ("lean", c(lean)),
                ("note", Answer::Text("Ask about evenings".into())),
                ("gate", c("no")),
                ("know", c("no")),
                ("q2", c("a0")),
            ]),
        );
        assert_eq!(a.notes.len(), 1);
        for p in a
            .talking_points
            .iter()
            .filter(|p| p.kind != PointKind::Safety)
        {
            let homes = usize::from(p.top)
                + usize::from(a.later_points().any(|q| q == p))
                + [
                    Audience::Therapist,
                    Audience::Program,
                    Audience::Insurer,
                    Audience::Work,
                ]
                .iter()
                .filter(|w| a.checklist(**w).any(|q| q == p))
                .count();
            assert_eq!(homes, 1, "{lean}: {p:?}");
        }
    }
}

#[test]
fn readiness_counts_what_is_met_and_names_a_next_step_for_the_rest() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[("r-facts", c("no")), ("r-sure", c("partly"))]),
    );
    let r = a.readiness.as_ref().expect("readiness");
    assert_eq!((r.met, r.asked), (0, 2));
    let steps: Vec<(Option<crate::bank::Need>, Option<&str>)> = r
        .needs
        .iter()
        .map(|n| (n.need, n.step.as_deref()))
        .collect();
    assert_eq!(
        steps,
        [
            (
                Some(crate::bank::Need::Informed),
                Some("Read the cards again.")
            ),
            (
                Some(crate::bank::Need::Sure),
                Some("Say what would help you feel sure.")
            ),
        ]
    );
    // Their points live in "what you still need", not among the others.
    assert!(!texts(&a).contains(&"Read the cards again."));
    let a = score(
        &b,
        &answers(&[("r-facts", c("yes")), ("r-sure", Answer::Skipped)]),
    );
    let r = a.readiness.as_ref().expect("readiness");
    assert_eq!((r.met, r.asked, r.needs.len()), (1, 1, 0));
}

#[test]
fn the_weigh_step_shows_the_reasons_for_the_leaning_and_its_alternative() {
    let b = bank();
    let a = score(
        &b,
        &answers(&[
            ("lean", c("weekly")),
            ("v-cost", c("lot")),
            ("v-more", c("lot")),
            ("v-home", c("lot")),
        ]),
    );
    let w: Vec<(&str, bool, Vec<&str>)> = a
        .weighing
        .iter()
        .map(|w| {
            (
                w.option.id.as_str(),
                w.leaning,
                w.reasons.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        w,
        [
            ("weekly", true, vec!["Low cost", "Living at home"]),
            ("iop", false, vec!["More help", "Living at home"]),
        ]
    );
    // Reasons rated low point nowhere; with no leaning and no reasons,
    // nothing is weighed.
    let a = score(&b, &answers(&[("v-cost", c("little"))]));
    assert!(a.weighing.is_empty());
}

#[test]
fn near_repeats_are_left_out_and_the_summary_stays_short() {
    assert!(
        overlap(
            "Ask programs about their hours.",
            "Ask the program about its hours and days."
        ) >= SAME_POINT
    );
    let b = bank();
    let a = score(&b, &answers(&[("lean", c("iop")), ("know", c("no"))]));
    // "Ask the program about its hours and days." says what the leaning's
    // "Ask programs about their hours." says: listed once.
    assert!(texts(&a).contains(&"Ask programs about their hours."));
    assert!(!texts(&a).contains(&"Ask the program about its hours and days."));
    let many: Vec<(Rank, TalkingPoint)> = (0..40)
        .map(|i| {
            (
                Rank::Concern(f64::from(i), 1.0),
                TalkingPoint {
                    kind: PointKind::Concern,
                    section_id: None,
                    audience: Audience::Therapist,
                    text: format!("Point number {i} alpha{i} beta{i}."),
                    top: false,
                    later: false,
                },
            )
        })
        .collect();
    let settled = settle(many, false);
    assert_eq!(settled.len(), MAX_POINTS);
    assert_eq!(settled.iter().filter(|p| p.top).count(), TOP_POINTS);
}

#[test]
fn changes_compare_only_questions_answered_both_times() {
    let b = bank();
    let before = score(
        &b,
        &answers(&[("q1", c("a0")), ("q2", c("a0")), ("gate", c("no"))]),
    );
    let now = score(
        &b,
        &answers(&[
            ("q1", c("a100")),
            ("q2", Answer::Skipped),
            ("know", c("no")),
        ]),
    );
    let ch = changes(&before, &now);
    let seen: Vec<(&str, &str, &str)> = ch
        .iter()
        .map(|c| (c.id.as_str(), c.before.as_str(), c.now.as_str()))
        .collect();
    assert_eq!(seen, [("q1", "No", "Yes")]);
}

fn any_answers() -> impl Strategy<Value = Vec<(usize, usize)>> {
    // (question index among the ones with options, option index)
    prop::collection::vec((0usize..9, 0usize..4), 0..18)
}

fn build(b: &Bank, picks: &[(usize, usize)]) -> Answers {
    let ids = [
        "lean", "q1", "q2", "gate", "hidden", "list", "v-cost", "v-more", "r-sure",
    ];
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
    fn fits_stay_in_range_and_points_stay_few(picks in any_answers()) {
        let b = bank();
        let a = score(&b, &build(&b, &picks));
        for s in &a.sections {
            for f in &s.fit {
                if let Some(v) = f.score {
                    prop_assert!((0.0..=100.0).contains(&v), "{v}");
                }
            }
        }
        prop_assert!(a.top_points().count() <= TOP_POINTS);
        prop_assert!(a.talking_points.iter().filter(|p| p.kind != PointKind::Safety).count() <= MAX_POINTS);
    }

    #[test]
    fn an_answer_toward_the_leaning_is_never_a_concern(picks in any_answers()) {
        let b = bank();
        let ans = build(&b, &picks);
        let a = score(&b, &ans);
        if let Some(lean) = &a.leaning {
            for (_, q) in b.questions() {
                let Some(given) = ans.get(&q.id) else { continue };
                for o in given.option_ids().filter_map(|id| q.option(id)) {
                    if o.toward.contains(&lean.id) {
                        if let Some(tp) = &o.talking_point {
                            prop_assert!(!a.talking_points.iter().any(|p| &p.text == tp && p.kind == PointKind::Concern));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn order_of_answers_changes_nothing(picks in any_answers()) {
        let b = bank();
        let forward = build(&b, &picks);
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
}

#[test]
fn open_questions_make_no_filler_points() {
    let b = bank();
    let ids = ["q1", "q2", "gate", "list"];
    let a = score(&b, &answers(&ids.map(|id| (id, Answer::Skipped))));
    assert_eq!(a.open_items.len(), 4);
    assert!(a.talking_points.is_empty(), "{:?}", a.talking_points);
}

/// A translated bank says the same points as its reference, even where its
/// own words would make two points look alike (or unalike): which points
/// are the same is decided on the reference's words.
#[test]
fn a_translation_merges_the_points_its_reference_merges_not_by_its_own_words() {
    let en = crate::bank::builtin().expect("the built-in bank");
    let mut answers = Answers::default();
    for q in en.sections.iter().flat_map(|s| &s.questions) {
        let Some(o) = q
            .options
            .iter()
            .find(|o| o.talking_point.is_some() && !o.crisis)
        else {
            continue;
        };
        let answer = match q.kind {
            crate::bank::Kind::Checklist => Answer::Checklist(vec![o.id.clone()]),
            _ => Answer::Choice(o.id.clone()),
        };
        answers.set(&q.id, answer);
    }
    // A "translation" whose every point has the same words.
    let mut same_words = en.clone();
    for o in same_words
        .sections
        .iter_mut()
        .flat_map(|s| &mut s.questions)
        .flat_map(|q| &mut q.options)
        .filter(|o| o.talking_point.is_some())
    {
        o.talking_point = Some("Pregunte a su terapeuta.".into());
    }
    let reference = score(&en, &answers);
    assert!(reference.talking_points.len() > 3, "enough points to merge");
    let on_its_own = score(&same_words, &answers);
    assert!(
        on_its_own.talking_points.len() < reference.talking_points.len(),
        "on its own words the translation merges points"
    );
    let translated = score_translated(&same_words, &en, &answers);
    let shape = |a: &Assessment| {
        a.talking_points
            .iter()
            .map(|p| (p.kind, p.section_id.clone(), p.audience, p.top, p.later))
            .collect::<Vec<_>>()
    };
    assert_eq!(shape(&translated), shape(&reference));
}
