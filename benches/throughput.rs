//! Throughput of extraction and of checking with the default pack, in bytes of text per
//! second (criterion reports MiB/s). The corpus committed with the project is State of the
//! Union addresses (public domain, `benches/data/sotu-sample.jsonl`); when `../shared/corpus`
//! sits beside the clone, its bbc and gva files are measured too.
//!
//! `cargo bench --bench throughput` (release mode). One thread: numbers are per core.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use figcheck::rules::{RuleSet, check};
use figcheck::{Document, extract};
use std::hint::black_box;

/// The texts of a JSON Lines corpus.
fn texts(path: &str) -> Option<Vec<String>> {
    let data = std::fs::read_to_string(path).ok()?;
    Some(
        data.lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["text"].as_str().map(str::to_string))
            .collect(),
    )
}

fn corpora() -> Vec<(&'static str, Vec<String>)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut out = vec![(
        "sotu-sample",
        texts(&format!("{root}/benches/data/sotu-sample.jsonl")).expect("the committed corpus"),
    )];
    for name in ["bbc", "gva"] {
        if let Some(t) = texts(&format!("{root}/../shared/corpus/{name}.jsonl")) {
            out.push((name, t));
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let rules = RuleSet::default_pack();
    for (name, docs) in corpora() {
        let bytes: usize = docs.iter().map(String::len).sum();
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(bytes as u64));
        g.sample_size(10);
        g.bench_function("extract", |b| {
            b.iter(|| {
                for t in &docs {
                    let doc = Document::from_text("bench", t.clone());
                    black_box(extract(&doc));
                }
            })
        });
        g.bench_function("check", |b| {
            b.iter(|| {
                for t in &docs {
                    let doc = Document::from_text("bench", t.clone());
                    let qs = extract(&doc);
                    black_box(check(&doc, &qs, &rules));
                }
            })
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
