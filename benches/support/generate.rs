//! A generator of valid question banks of any size, shared by the benchmarks.

use std::fmt::Write as _;

/// Fixed top of every generated bank: metadata, sources, crisis, scales, bands,
/// and a safety step.
const HEAD: &str = r#"id: generated-bank
version: 1.0.0
title: A generated bank for benchmarks
language: en-US
last_reviewed: 2026-10-01
disclaimer: >
  This tool does not diagnose anything or make any decision for you.
sources:
  - id: samhsa-tip-47
    title: "SAMHSA TIP 47"
    url: https://store.samhsa.gov/product/tip-47
crisis:
  intro: If you might act on thoughts of harming yourself, please reach out now.
  after_answer: Please reach your therapist, call or text 988, or call 911 first.
  resources:
    - { name: 988 Suicide & Crisis Lifeline, region: United States, call: "988", text: "988" }
scales:
  agreement:
    options:
      - { id: strongly-disagree, label: Strongly disagree, score: 0 }
      - { id: disagree, label: Disagree, score: 25 }
      - { id: neutral, label: Neither agree nor disagree, score: 50 }
      - { id: agree, label: Agree, score: 75 }
      - { id: strongly-agree, label: Strongly agree, score: 100 }
      - { id: not-sure, label: I'm not sure, not_sure: true }
  yes-no:
    options:
      - { id: "yes", label: "Yes", score: 100 }
      - { id: "no", label: "No", score: 0 }
      - { id: not-sure, label: I'm not sure, not_sure: true }
bands:
  - { id: concerns, from: 0, to: 39, label: Real concerns to raise }
  - { id: mixed, from: 40, to: 69, label: Mixed }
  - { id: ready, from: 70, to: 100, label: Looks ready }
sections:
  - id: safety
    kind: step
    title: A quick check first
    why: Your safety comes before anything else.
    questions:
      - id: safe-now
        kind: choice
        safety: true
        prompt: Are you thinking about harming yourself right now?
        options:
          - { id: "no", label: "No" }
          - { id: "yes", label: "Yes", crisis: true }
"#;

/// A valid bank with `questions` questions (including the safety check) in
/// ten consideration sections, mixing every kind, with `show_if` conditions
/// on earlier questions and source citations.
pub fn generated_bank(questions: usize) -> String {
    const SECTIONS: usize = 10;
    let mut s = String::with_capacity(questions * 320);
    s.push_str(HEAD);
    let rest = questions - 1;
    let mut n = 0;
    for sec in 0..SECTIONS {
        let count = rest / SECTIONS + usize::from(sec < rest % SECTIONS);
        write!(
            s,
            "  - id: section-{sec}\n    title: Consideration {sec}\n    why: Reason number {sec} to think this through.\n"
        )
        .unwrap();
        if sec % 3 == 1 {
            s.push_str(
                "    bands:\n      - { id: low, from: 0, to: 49, label: Low }\n      - { id: high, from: 50, to: 100, label: High }\n",
            );
        }
        s.push_str("    questions:\n");
        // The yes_no question of the current group of six, for conditions.
        let mut last_yes_no: Option<usize> = None;
        for i in 0..count {
            let q = n;
            n += 1;
            writeln!(s, "      - id: q{q}").unwrap();
            match i % 6 {
                0 => {
                    write!(
                        s,
                        "        kind: yes_no\n        scale: yes-no\n        prompt: Is statement {q} true for you?\n        sources: [samhsa-tip-47]\n"
                    )
                    .unwrap();
                    last_yes_no = Some(q);
                }
                1 => {
                    write!(
                        s,
                        "        kind: scale\n        scale: agreement\n        prompt: I agree with statement {q}.\n        weight: {}\n        help: A line of help for question {q}.\n        talking_points:\n          strongly-disagree: Ask about statement {q}.\n",
                        1 + q % 5
                    )
                    .unwrap();
                    if let Some(y) = last_yes_no {
                        write!(
                            s,
                            "        show_if:\n          any:\n            - {{ question: q{y}, is: [\"yes\", not-sure] }}\n"
                        )
                        .unwrap();
                    }
                }
                2 => {
                    write!(
                        s,
                        "        kind: choice\n        prompt: Which fits you best for item {q}?\n        options:\n          - {{ id: often, label: Often, score: 100, talking_point: Good sign {q}. }}\n          - {{ id: sometimes, label: Sometimes, score: 50 }}\n          - {{ id: rarely, label: Rarely, score: 0 }}\n          - {{ id: not-sure, label: I'm not sure, not_sure: true }}\n"
                    )
                    .unwrap();
                }
                3 => {
                    write!(
                        s,
                        "        kind: checklist\n        prompt: Which of these apply ({q})?\n        options:\n          - {{ id: a, label: First thing, score: 80 }}\n          - {{ id: b, label: Second thing, score: 40 }}\n          - {{ id: c, label: Third thing }}\n"
                    )
                    .unwrap();
                    if let Some(y) = last_yes_no {
                        write!(
                            s,
                            "        show_if:\n          all:\n            - {{ question: q{y}, is: [\"no\"] }}\n            - {{ question: safe-now, is: [\"no\"] }}\n"
                        )
                        .unwrap();
                    }
                }
                4 => {
                    write!(
                        s,
                        "        kind: number\n        prompt: How many hours for item {q}?\n        unit: hours a week\n        min: 0\n        max: {}\n",
                        10 + q % 50
                    )
                    .unwrap();
                }
                _ => {
                    write!(
                        s,
                        "        kind: text\n        prompt: Anything else about item {q}?\n        max_length: 500\n"
                    )
                    .unwrap();
                    if let Some(y) = last_yes_no {
                        write!(
                            s,
                            "        show_if:\n          any:\n            - {{ question: q{y}, is: [\"yes\"] }}\n"
                        )
                        .unwrap();
                    }
                }
            }
        }
    }
    s
}
