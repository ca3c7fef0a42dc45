//! Running the test cases written inside rule files (`tests:`), for `figcheck test` and for
//! `cargo test` over the shipped packs.
//!
//! Each case runs its rule alone on the case text. Every expected finding must match a finding
//! of its own (rule, `at`, severity, message fragment: each given field), and no finding may be
//! left over; a `quiet` case must give none.

use super::{Expect, Finding, Rule, RuleSet, check};
use crate::extract::extract;
use crate::source::Document;

/// The outcome of one case.
#[derive(Clone, Debug, PartialEq)]
pub struct CaseResult {
    pub rule: String,
    /// The rule file and the case's line in it.
    pub file: String,
    pub line: usize,
    /// 1-based number of the case within its rule.
    pub number: usize,
    pub text: String,
    pub expected: Vec<String>,
    pub actual: Vec<String>,
    /// Empty when the case passed; else what differs.
    pub problems: Vec<String>,
}

impl CaseResult {
    pub fn passed(&self) -> bool {
        self.problems.is_empty()
    }
}

fn describe_expect(e: &Expect) -> String {
    let mut s = format!(
        "{} {}",
        e.severity.map_or("any severity", |s| s.name()),
        e.rule
    );
    if let Some((l, c)) = e.at {
        s.push_str(&format!(" at {l}:{c}"));
    }
    if let Some(m) = &e.message {
        s.push_str(&format!(" with message containing {m:?}"));
    }
    s
}

fn describe_finding(doc: &Document, f: &Finding) -> String {
    let (l, c) = doc.line_col(f.span.start);
    format!("{} {} at {l}:{c}: {}", f.severity.name(), f.rule, f.message)
}

fn matches(doc: &Document, e: &Expect, f: &Finding) -> bool {
    e.rule == f.rule
        && e.at.is_none_or(|at| doc.line_col(f.span.start) == at)
        && e.severity.is_none_or(|s| s == f.severity)
        && e.message.as_deref().is_none_or(|m| f.message.contains(m))
}

/// Runs one rule's cases.
pub fn run_rule(rule: &Rule) -> Vec<CaseResult> {
    let mut alone = RuleSet::new();
    alone.push(Rule {
        enabled: true,
        ..rule.clone()
    });
    rule.tests
        .iter()
        .enumerate()
        .map(|(k, case)| {
            let doc = Document::from_text("case", case.text.clone());
            let findings = check(&doc, &extract(&doc), &alone);
            let mut used = vec![false; findings.len()];
            let mut problems = Vec::new();
            for e in &case.expect {
                match (0..findings.len()).find(|&i| !used[i] && matches(&doc, e, &findings[i])) {
                    Some(i) => used[i] = true,
                    None => problems.push(format!("missing: {}", describe_expect(e))),
                }
            }
            for (i, f) in findings.iter().enumerate() {
                if !used[i] {
                    problems.push(format!("unexpected: {}", describe_finding(&doc, f)));
                }
            }
            CaseResult {
                rule: rule.id.clone(),
                file: rule.origin.file.clone(),
                line: case.line,
                number: k + 1,
                text: case.text.clone(),
                expected: if case.expect.is_empty() {
                    vec!["(no finding)".into()]
                } else {
                    case.expect.iter().map(describe_expect).collect()
                },
                actual: if findings.is_empty() {
                    vec!["(no finding)".into()]
                } else {
                    findings.iter().map(|f| describe_finding(&doc, f)).collect()
                },
                problems,
            }
        })
        .collect()
}

/// Runs the cases of every rule of a set, in rule order.
pub fn run(set: &RuleSet) -> Vec<CaseResult> {
    set.rules().iter().flat_map(run_rule).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_of_the_default_pack_has_passing_tests() {
        let set = RuleSet::default_pack();
        for rule in set.rules() {
            assert!(
                !rule.tests.is_empty(),
                "rule {} of the default pack has no tests",
                rule.id
            );
        }
        let failed: Vec<CaseResult> = run(&set).into_iter().filter(|r| !r.passed()).collect();
        assert!(failed.is_empty(), "{failed:#?}");
    }

    #[test]
    fn a_wrong_expectation_fails_and_says_why() {
        let mut set = RuleSet::new();
        let e = set.add_pack(
            "r.yaml",
            "rules:\n  - id: s\n    kind: sum\n    total: {text: '17'}\n    parts: [{text: '13'}, {text: 'five'}]\n    tests:\n      - text: 'Police made 17 arrests: 13 here and five there.'\n        expect: [{at: '1:14', severity: error, message: '18 (13 + 5)'}]\n      - text: 'Police made 17 arrests: 13 here and five there.'\n        expect: [{at: '1:13', severity: error, message: '18 (13 + 5)'}]\n",
        );
        assert!(e.is_empty(), "{e:?}");
        let results = run(&set);
        assert_eq!(results.len(), 2);
        assert!(!results[0].passed());
        assert_eq!(results[0].line, 7);
        assert_eq!(
            results[0].problems,
            [
                "missing: error s at 1:14 with message containing \"18 (13 + 5)\"",
                "unexpected: error s at 1:13: parts add up to 18 (13 + 5), but the total is 17"
            ]
        );
        assert!(results[1].passed(), "{:?}", results[1]);
    }

    #[test]
    fn cases_must_say_what_they_expect() {
        let e = RuleSet::new().add_pack(
            "r.yaml",
            "rules:\n  - id: s\n    kind: same\n    of: [{text: x}]\n    tests:\n      - text: 'x'\n      - {text: 'y', quiet: true, expect: [{at: '1:1'}]}\n      - {text: 'z', expect: [{at: 'one'}]}\n",
        );
        let e: Vec<String> = e.iter().map(ToString::to_string).collect();
        assert_eq!(e.len(), 3, "{e:?}");
        assert!(e[0].starts_with("r.yaml:6:9: a test case needs"), "{e:?}");
        assert!(e[2].contains("is not LINE:COLUMN"), "{e:?}");
    }
}
