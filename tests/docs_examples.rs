//! Every worked example of docs/rules.md runs: a ```yaml pack, a ```text document and the
//! ```findings it must give, in a row. The pack must also satisfy the committed JSON Schema. So
//! the reference cannot go stale.

use figcheck::rules::{RuleSet, check};
use figcheck::{Document, extract};

const DOC: &str = include_str!("../docs/rules.md");

/// The fenced blocks of a Markdown text: (info string, body, line of the opening fence).
fn blocks(md: &str) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    let mut lines = md.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        let Some(info) = line.strip_prefix("```") else {
            continue;
        };
        let mut body = String::new();
        for (_, l) in lines.by_ref() {
            if l.starts_with("```") {
                break;
            }
            body.push_str(l);
            body.push('\n');
        }
        out.push((info.trim().to_string(), body, n + 1));
    }
    out
}

/// The examples: three blocks in a row, yaml, text, findings (nothing but blank lines between).
fn examples() -> Vec<(String, String, String, usize)> {
    let b = blocks(DOC);
    let lines: Vec<&str> = DOC.lines().collect();
    let mut out = Vec::new();
    for w in b.windows(3) {
        let kinds = (w[0].0.as_str(), w[1].0.as_str(), w[2].0.as_str());
        if kinds != ("yaml", "text", "findings") {
            continue;
        }
        // Adjacent: only blank lines between the closing and the next opening fence.
        let adjacent = |a: &(String, String, usize), b: &(String, String, usize)| {
            let close = a.2 + a.1.lines().count();
            lines[close + 1..b.2 - 1]
                .iter()
                .all(|l| l.trim().is_empty())
        };
        if adjacent(&w[0], &w[1]) && adjacent(&w[1], &w[2]) {
            out.push((w[0].1.clone(), w[1].1.clone(), w[2].1.clone(), w[0].2));
        }
    }
    out
}

#[test]
fn every_worked_example_gives_its_findings() {
    let examples = examples();
    assert!(
        examples.len() >= 20,
        "found only {} examples",
        examples.len()
    );
    let mut failures = Vec::new();
    for (yaml, text, want, line) in &examples {
        let mut set = RuleSet::new();
        let errors = set.add_pack("pack.yaml", yaml);
        if !errors.is_empty() {
            failures.push(format!("line {line}: the pack does not load: {errors:?}"));
            continue;
        }
        let doc = Document::from_text("story.txt", text.clone());
        let qs = extract(&doc);
        let got: String = check(&doc, &qs, &set)
            .iter()
            .map(|f| format!("{} {}: {}\n", f.severity.name(), f.rule, f.message))
            .collect();
        let got = if got.is_empty() {
            "(none)\n".to_string()
        } else {
            got
        };
        if &got != want {
            failures.push(format!("line {line}:\n expected:\n{want} got:\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_example_pack_satisfies_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../docs/figcheck-rules.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut n = 0;
    for (info, body, line) in blocks(DOC) {
        if info != "yaml" {
            continue;
        }
        let value: serde_json::Value = serde_saphyr::from_str(&body)
            .unwrap_or_else(|e| panic!("docs/rules.md:{line}: not YAML: {e}"));
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "docs/rules.md:{line}: {errors:?}");
        n += 1;
    }
    assert!(n >= 20);
}
