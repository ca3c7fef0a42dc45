//! `figcheck explain RULE`: what a rule checks, the fields of its kind and an example, run live.

use super::{Body, Rule, RuleSet, check};
use crate::extract::extract;
use crate::source::Document;
use std::fmt::Write;

/// Runs `rule` alone on `text`; one line per finding.
fn findings_of(rule: &Rule, text: &str) -> Vec<String> {
    let mut set = RuleSet::new();
    set.push(Rule {
        enabled: true,
        ..rule.clone()
    });
    let doc = Document::from_text("example", text.to_string());
    check(&doc, &extract(&doc), &set)
        .iter()
        .map(|f| {
            let (l, c) = doc.line_col(f.span.start);
            format!("{} {} at {l}:{c}: {}", f.severity.name(), f.rule, f.message)
        })
        .collect()
}

/// The explanation of one rule, as `figcheck explain` prints it.
pub fn explain(rule: &Rule) -> String {
    let mut out = String::new();
    let kind = match &rule.body {
        Body::Detect(d) => format!("{}, detect: {}", rule.kind.name(), d.name()),
        _ => rule.kind.name().to_string(),
    };
    let _ = writeln!(
        out,
        "{} ({kind}), {}:{}",
        rule.id, rule.origin.file, rule.origin.line
    );
    let _ = writeln!(
        out,
        "severity: {} (a contradiction only a strict reading shows: {}){}",
        rule.severity.name(),
        rule.severity.milder().name(),
        if rule.enabled { "" } else { "; turned off" }
    );
    if let Some(d) = &rule.description {
        let _ = writeln!(out, "\n{d}");
    }
    let doc = super::kinds::doc(rule.kind);
    let _ = writeln!(out, "\nA `{}` rule: {}", rule.kind.name(), doc.what);
    let _ = writeln!(out, "\nFields of the kind:");
    for (name, what) in doc.fields {
        let _ = writeln!(out, "  {name:<10} {what}");
    }
    let _ = writeln!(
        out,
        "  (every rule: id, kind, severity, message with {{arithmetic}} and {{rule}}, tolerance \
         {{absolute, relative}}, description, enabled, tests)"
    );
    let _ = writeln!(out, "\nThis rule:");
    super::kinds::describe(&rule.body, &mut out);
    let _ = writeln!(out, "\nExample:");
    match rule.tests.iter().find(|c| !c.expect.is_empty()) {
        Some(case) => {
            let _ = writeln!(out, "  text: {}", case.text);
            for f in findings_of(rule, &case.text) {
                let _ = writeln!(out, "  → {f}");
            }
        }
        None => {
            let mut set = RuleSet::new();
            let errors = set.add_pack("example.yaml", doc.example_yaml);
            debug_assert!(errors.is_empty(), "{errors:?}");
            for line in doc.example_yaml.lines() {
                let _ = writeln!(out, "  {line}");
            }
            let _ = writeln!(out, "  text: {}", doc.example_text);
            if let Some(r) = set.rules().first() {
                for f in findings_of(r, doc.example_text) {
                    let _ = writeln!(out, "  → {f}");
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_example_loads_and_flags_its_text() {
        for kind in crate::rules::kinds::KINDS {
            let d = crate::rules::kinds::doc(kind);
            let mut set = RuleSet::new();
            assert!(
                set.add_pack("x.yaml", d.example_yaml).is_empty(),
                "{kind:?}"
            );
            let got = findings_of(&set.rules()[0], d.example_text);
            assert!(!got.is_empty(), "{kind:?}: the example flags nothing");
        }
    }

    #[test]
    fn explain_shows_the_rule_and_a_live_example() {
        let set = RuleSet::default_pack();
        let rule = set
            .rules()
            .iter()
            .find(|r| r.id == "breakdown-sum")
            .unwrap();
        let text = explain(rule);
        assert!(
            text.starts_with("breakdown-sum (sum, detect: breakdown), rules/news.yaml:8"),
            "{text}"
        );
        assert!(
            text.contains("→ error breakdown-sum at 1:13: parts add up to 18 (13 + 5)"),
            "{text}"
        );
    }
}
