//! Markdown and HTML documents: every finding points at the exact source text, suppression
//! comments work in each form, and a folder of 1,000 documents gives the same output every run
//! and with any number of threads.

mod common;

use common::figcheck;
use serde_json::Value;
use std::path::{Path, PathBuf};

fn json(args: &[&str]) -> (i32, Value) {
    let out = figcheck().args(args).output().unwrap();
    let v = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    (out.status.code().unwrap(), v)
}

/// (rule, line, column, exact source text) of every span of every finding of one document.
fn places(doc: &Value, source: &[u8]) -> Vec<(String, u64, u64, String)> {
    let mut out = Vec::new();
    for f in doc["findings"].as_array().unwrap() {
        let rule = f["rule"].as_str().unwrap().to_string();
        for s in std::iter::once(f).chain(f["related"].as_array().unwrap().iter()) {
            let (a, b) = (
                s["start"].as_u64().unwrap() as usize,
                s["end"].as_u64().unwrap() as usize,
            );
            let text = String::from_utf8(source[a..b].to_vec()).unwrap();
            assert_eq!(s["text"].as_str().unwrap(), text);
            // The line and column name the same byte.
            let before = &source[..a];
            let line = before.iter().filter(|&&c| c == b'\n').count() as u64 + 1;
            let line_start = before
                .iter()
                .rposition(|&c| c == b'\n')
                .map_or(0, |k| k + 1);
            let col = String::from_utf8_lossy(&source[line_start..a])
                .chars()
                .count() as u64
                + 1;
            assert_eq!(
                (s["line"].as_u64().unwrap(), s["column"].as_u64().unwrap()),
                (line, col)
            );
            out.push((rule.clone(), line, col, text));
        }
    }
    out
}

fn fixture(name: &str) -> (String, Vec<u8>) {
    let path = format!("tests/fixtures/markup/{name}");
    let bytes = std::fs::read(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(&path))
        .unwrap();
    (path, bytes)
}

#[test]
fn markdown_findings_point_at_the_source() {
    let (path, src) = fixture("raid.md");
    let (code, v) = json(&["check", "--format", "json", &path]);
    assert_eq!(code, 1);
    let got = places(&v["documents"][0], &src);
    let s = |r: &str, l, c, t: &str| (r.to_string(), l, c, t.to_string());
    assert_eq!(
        got,
        [
            // "**17** arrests — 13 in Belgium and five in France": emphasis around the total.
            s("breakdown-sum", 14, 3, "17"),
            s("breakdown-sum", 14, 18, "13"),
            s("breakdown-sum", 14, 36, "five"),
            // A rule from the front matter.
            s("detained-repeated", 14, 3, "17"),
            s("detained-repeated", 12, 13, "18"),
        ]
    );
    // The numbers of the fenced code block and inline code are not figures.
    let out = figcheck()
        .args(["extract", "--format", "json", &path])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let texts: Vec<&str> = v["documents"][0]["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert!(
        !texts
            .iter()
            .any(|t| ["1", "100", "42", "7", "12", "30"].contains(t)),
        "{texts:?}"
    );
    // Figures in the table are figures.
    assert!(texts.contains(&"9") && texts.contains(&"4"), "{texts:?}");
}

#[test]
fn html_entities_inside_figures_map_back_to_the_source() {
    let (path, src) = fixture("fund.html");
    let (code, v) = json(&["check", "--format", "json", &path]);
    assert_eq!(code, 1);
    let got = places(&v["documents"][0], &src);
    assert_eq!(
        got[0],
        ("breakdown-sum".into(), 6, 22, "$4.2&nbsp;million".into())
    );
    assert_eq!(got[1].3, "$3.1&nbsp;million");
    assert_eq!(got[2].3, "$2.2&nbsp;million");
    let msg = v["documents"][0]["findings"][0]["message"]
        .as_str()
        .unwrap();
    assert!(msg.contains("($3.1 million + $2.2 million)"), "{msg}");
    // Script, style and pre text is not prose.
    let out = figcheck()
        .args(["extract", "--format", "json", &path])
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let texts: Vec<&str> = v["documents"][0]["quantities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        texts,
        [
            "$4.2&nbsp;million",
            "$3.1&nbsp;million",
            "$2.2&nbsp;million",
            "200",
            "12"
        ]
    );
}

#[test]
fn each_suppression_form_and_an_unused_one() {
    let (path, src) = fixture("suppressed.md");
    let (code, v) = json(&["check", "--format", "json", &path]);
    assert_eq!(code, 1);
    let doc = &v["documents"][0];
    let got: Vec<(String, String, u64)> = doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_string(),
                f["severity"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            // disable-next-line silenced line 4; disable … enable silenced line 8; line 12 is
            // after the enable.
            ("breakdown-sum".into(), "error".into(), 12),
            // A suppression for a rule that finds nothing there.
            ("unused-suppression".into(), "info".into(), 14),
        ]
    );
    let _ = places(doc, &src);
}

/// A folder of `n` generated stories, written once per test process: the tests that share it
/// run on parallel threads, and one writing a story while another's figcheck reads it made
/// their outputs differ.
fn generated(n: usize) -> PathBuf {
    static DIR: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    DIR.get_or_init(|| write_stories(n)).clone()
}

fn write_stories(n: usize) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("figcheck-many-{}", std::process::id()));
    // A folder left by an earlier process with the same id may hold other stories.
    let _ = std::fs::remove_dir_all(&dir);
    for k in 0..n {
        let sub = dir.join(format!("desk{}", k % 7));
        std::fs::create_dir_all(&sub).unwrap();
        let (a, b) = (k % 13 + 2, k % 5 + 1);
        let total = if k % 3 == 0 { a + b + 1 } else { a + b };
        let text = format!(
            "Story {k}.\n\nPolice made {total} arrests — {a} in Lyon and {b} in Nice.\n\nSales rose from 120 to 150, an increase of {}.\n",
            30 + k % 2
        );
        let ext = if k % 2 == 0 { "txt" } else { "md" };
        std::fs::write(sub.join(format!("story-{k:04}.{ext}")), text).unwrap();
    }
    dir
}

#[test]
fn a_thousand_documents_give_the_same_output_every_run() {
    let dir = generated(1000);
    let d = dir.to_str().unwrap();
    let run = |extra: &[&str]| {
        let out = figcheck()
            .args(["check", "--format", "json"])
            .args(extra)
            .arg(d)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        out.stdout
    };
    let first = run(&[]);
    assert_eq!(first, run(&[]), "two runs differ");
    assert_eq!(first, run(&["-j", "1"]), "one thread and many differ");
    let v: Value = serde_json::from_slice(&first).unwrap();
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1000);
    // In path order, and every third story's breakdown is off by one.
    let sources: Vec<&str> = docs.iter().map(|d| d["source"].as_str().unwrap()).collect();
    let mut sorted = sources.clone();
    sorted.sort();
    assert_eq!(sources, sorted);
    let errors = docs
        .iter()
        .flat_map(|d| d["findings"].as_array().unwrap())
        .filter(|f| f["rule"] == "breakdown-sum")
        .count();
    assert_eq!(errors, (0..1000).filter(|k| k % 3 == 0).count());
    let changes = docs
        .iter()
        .flat_map(|d| d["findings"].as_array().unwrap())
        .filter(|f| f["rule"] == "stated-change")
        .count();
    assert_eq!(changes, 500);
}

#[test]
fn include_and_exclude_globs() {
    let dir = generated(1000);
    let d = dir.to_str().unwrap();
    let count = |extra: &[&str]| {
        let out = figcheck()
            .args(["check", "--format", "json"])
            .args(extra)
            .arg(d)
            .output()
            .unwrap();
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["documents"].as_array().unwrap().len()
    };
    assert_eq!(count(&["--include", "*.md"]), 500);
    assert_eq!(
        count(&["--exclude", "desk0/**"]),
        1000 - (0..1000).filter(|k| k % 7 == 0).count()
    );
}
