//! Scoring and rendering: `iop_check::score::score` on the built-in bank for
//! two fixed answer sets, and every summary format rendered from one fixed
//! assessment.
//!
//! Run with `cargo bench --bench engine`.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use iop_check::answers::{Answer, Answers};
use iop_check::bank::{Bank, Kind, Question, builtin};
use iop_check::score::{Assessment, score};
use iop_check::summary::{FhirSource, Format, Layout, Options, document};

/// An answer to every question: the first option that is not a crisis
/// answer (so the run is not a safety run), the smallest number, and a short
/// note for text questions.
fn first_options(bank: &Bank) -> Answers {
    let mut answers = Answers::default();
    for (_, q) in bank.questions() {
        let first = q.options.iter().find(|o| !o.crisis).map(|o| o.id.clone());
        let a = match q.kind {
            Kind::Number => Answer::Number(q.number.as_ref().map_or(0.0, |n| n.min)),
            Kind::Text => Answer::Text(format!("A note about {}.", q.id)),
            Kind::Checklist => Answer::Checklist(first.into_iter().collect()),
            _ => first.map_or(Answer::Skipped, Answer::Choice),
        };
        answers.set(&q.id, a);
    }
    answers.prune(bank);
    answers
}

/// A mix: every third question skipped, every third answered "not sure"
/// where it has such an option, the rest answered with their last scored
/// option (often the low end, so concerns and talking points appear).
fn mixed(bank: &Bank) -> Answers {
    let mut answers = Answers::default();
    for (i, (_, q)) in bank.questions().enumerate() {
        let a = match i % 3 {
            0 if !q.safety => Answer::Skipped,
            1 if q.options.iter().any(|o| o.not_sure) => {
                let id = &q.options.iter().find(|o| o.not_sure).unwrap().id;
                if q.kind == Kind::Checklist {
                    Answer::Checklist(vec![id.clone()])
                } else {
                    Answer::Choice(id.clone())
                }
            }
            _ => last_answer(q),
        };
        answers.set(&q.id, a);
    }
    answers.prune(bank);
    answers
}

fn last_answer(q: &Question) -> Answer {
    let last = q
        .options
        .iter()
        .rev()
        .find(|o| !o.crisis && !o.not_sure)
        .map(|o| o.id.clone());
    match q.kind {
        Kind::Number => Answer::Number(q.number.as_ref().map_or(0.0, |n| n.max)),
        Kind::Text => Answer::Text(String::new()),
        Kind::Checklist => Answer::Checklist(
            q.options
                .iter()
                .filter(|o| !o.crisis && !o.not_sure)
                .take(2)
                .map(|o| o.id.clone())
                .collect(),
        ),
        _ => last.map_or(Answer::Skipped, Answer::Choice),
    }
}

/// The assessment every renderer draws: the mixed answers, with a fixed
/// creation time and name so that the output never changes between runs.
fn fixed_assessment(bank: &Bank) -> Assessment {
    let mut a = score(bank, &mixed(bank));
    a.created = "2026-11-27T14:25:01Z".to_string();
    a.name = Some("A. B.".to_string());
    a
}

fn bench_score(c: &mut Criterion) {
    let bank = builtin().expect("the built-in bank is valid");
    let cases = [
        ("first-options", first_options(&bank)),
        ("mixed", mixed(&bank)),
    ];
    for (name, answers) in &cases {
        assert!(!answers.is_empty(), "{name}: no answers");
        let a = score(&bank, answers);
        assert!(!a.safety.flagged, "{name}: should not be a safety run");
        assert!(!a.sections.is_empty(), "{name}: no sections scored");
    }
    let mixed_assessment = score(&bank, &cases[1].1);
    assert!(
        !mixed_assessment.open_items.is_empty(),
        "the mixed answers should leave questions open"
    );
    let mut group = c.benchmark_group("score");
    group
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (name, answers) in &cases {
        group.bench_with_input(BenchmarkId::from_parameter(name), answers, |b, answers| {
            b.iter(|| score(black_box(&bank), black_box(answers)));
        });
    }
    group.finish();
}

fn bench_render(c: &mut Criterion) {
    let bank = builtin().expect("the built-in bank is valid");
    let assessment = fixed_assessment(&bank);
    // FHIR needs the bank and the answers as well as the assessment.
    let answers = mixed(&bank);
    let fhir = || FhirSource {
        bank: &bank,
        answers: &answers,
        status: "completed",
    };
    let layout = |format| Layout {
        format,
        width: 80,
        color: false,
        options: Options::default(),
    };
    let formats = [
        ("text", Format::Text),
        ("markdown", Format::Markdown),
        ("html", Format::Html),
        ("json", Format::Json),
        ("fhir", Format::Fhir),
    ];
    for (name, format) in formats {
        let out = document(layout(format), &assessment, Some(fhir()))
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(out.len() > 100, "{name}: output is too short");
    }
    let mut group = c.benchmark_group("render");
    group
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    for (name, format) in formats {
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| {
                document(
                    layout(black_box(format)),
                    black_box(&assessment),
                    Some(fhir()),
                )
                .unwrap()
            });
        });
    }
    group.finish();
}

fn bench_questionnaire(c: &mut Criterion) {
    let bank = builtin().expect("the built-in bank is valid");
    c.bench_function("export-bank/fhir", |b| {
        b.iter(|| iop_check::fhir::questionnaire(black_box(&bank)))
    });
}

criterion_group!(benches, bench_score, bench_render, bench_questionnaire);
criterion_main!(benches);
