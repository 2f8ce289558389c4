//! Load + validate a question bank (`iop_check::bank::load_str`): the
//! built-in bank, and generated valid banks of 200 questions (the largest a
//! clinic writes) and 3,000 (near the 1 MiB limit); and reading the built-in
//! bank as every command does (`iop_check::bank::builtin`: the model checked
//! at build time, read back from JSON without a second check).
//!
//! Run with `cargo bench --bench bank`.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use iop_check::bank::{BUILTIN_YAML, MAX_BANK_BYTES, builtin, load_str};

#[path = "support/generate.rs"]
mod generate;
use generate::generated_bank;

fn bench_load(c: &mut Criterion) {
    let mut cases: Vec<(String, String)> = vec![("builtin".to_string(), BUILTIN_YAML.to_string())];
    for n in [200, 3_000] {
        cases.push((format!("generated-{n}"), generated_bank(n)));
    }
    for (name, text) in &cases {
        assert!(
            (text.len() as u64) < MAX_BANK_BYTES,
            "{name} is {} bytes, over the limit",
            text.len()
        );
        match load_str(name, text) {
            Ok(bank) => {
                if let Some(n) = name.strip_prefix("generated-") {
                    assert_eq!(bank.question_count().to_string(), n, "{name}");
                }
            }
            Err(problems) => {
                let lines: Vec<String> = problems.iter().take(10).map(|p| p.to_string()).collect();
                panic!("{name} is not valid:\n{}", lines.join("\n"));
            }
        }
    }

    let mut group = c.benchmark_group("load_str");
    for (name, text) in &cases {
        if name == "generated-3000" {
            group.sample_size(20);
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(name), text, |b, text| {
            b.iter(|| load_str(black_box("bench.yaml"), black_box(text)));
        });
    }
    group.finish();
}

fn bench_builtin(c: &mut Criterion) {
    assert!(builtin().is_ok(), "the built-in bank reads back");
    c.bench_function("builtin/checked", |b| b.iter(builtin));
}

criterion_group!(benches, bench_load, bench_builtin);
criterion_main!(benches);
