//! `figcheck explain RULE`: what a rule checks, the fields of its kind and an example, run live.

use super::spec::KindName;
use super::{Body, Rule, RuleSet, Selector, check};
use crate::extract::extract;
use crate::source::Document;
use std::fmt::Write;

/// What each kind checks, its fields, and an example pack with a text it flags.
struct KindDoc {
    what: &'static str,
    fields: &'static [(&'static str, &'static str)],
    example_yaml: &'static str,
    example_text: &'static str,
}

fn doc_of(kind: KindName) -> KindDoc {
    match kind {
        KindName::Sum => KindDoc {
            what: "A total equals the sum of its parts. With `complete: false` (an \"including\" \
                   list) the parts may add up to less than the total, never more.",
            fields: &[
                ("total", "selector: the total"),
                (
                    "parts",
                    "two or more selectors: the parts (each may select several figures)",
                ),
                (
                    "complete",
                    "true (default) or false: whether the parts are all of the total",
                ),
            ],
            example_yaml: "rules:\n  - id: arrests\n    kind: sum\n    total: {text: \"17 arrests\"}\n    parts: [{text: \"13 in Belgium\"}, {text: \"five in France\"}]\n",
            example_text: "Police made 17 arrests: 13 in Belgium and five in France.",
        },
        KindName::Same => KindDoc {
            what: "Every figure the selectors pick is the same figure, reported more than once: \
                   all mentions must agree.",
            fields: &[("of", "selectors: every figure they pick is a mention")],
            example_yaml: "rules:\n  - id: toll\n    kind: same\n    of: [{counts: person, event: kill}]\n",
            example_text: "In all, 17 people were killed. Officials later said 15 people were killed.",
        },
        KindName::Compare => KindDoc {
            what: "Two figures stand in an order: `left op right`.",
            fields: &[
                ("left", "selector"),
                ("op", "one of <, <=, >, >=, ==, !="),
                ("right", "selector"),
            ],
            example_yaml: "rules:\n  - id: fewer\n    kind: compare\n    left: {text: \"12 officers\"}\n    op: \"<\"\n    right: {text: \"10 officers\"}\n",
            example_text: "In 2023 the unit had 12 officers. By 2024 it had 10 officers.",
        },
        KindName::Ratio => KindDoc {
            what: "A stated share is the part over the whole (\"12 of 17, or 71%\"), rounded as \
                   written; or, with `of`, the shares of one whole add up to 100%.",
            fields: &[
                ("part", "selector: the part"),
                ("whole", "selector: the whole"),
                ("share", "selector: the stated percentage"),
                (
                    "of",
                    "instead of part/whole/share: shares that must add up to 100%",
                ),
            ],
            example_yaml: "rules:\n  - id: vote\n    kind: ratio\n    part: {text: \"12 of\"}\n    whole: {text: \"of 17\"}\n    share: {kind: percent}\n",
            example_text: "The panel split 12 of 17, or 80%, in favour.",
        },
        KindName::Change => KindDoc {
            what: "A stated change follows from its two ends: an amount against the difference, \
                   a percentage against the relative change, percentage points against the \
                   difference of two percentages; `direction` must fit the ends.",
            fields: &[
                ("from", "selector: the earlier figure"),
                ("to", "selector: the later figure"),
                ("by", "selector (optional): the stated change"),
                ("direction", "increase or decrease (optional)"),
            ],
            example_yaml: "rules:\n  - id: sales\n    kind: change\n    from: {text: \"120\"}\n    to: {text: \"150\"}\n    by: {text: \"40\"}\n",
            example_text: "Sales rose from 120 to 150, an increase of 40.",
        },
        KindName::CountList => KindDoc {
            what: "A count announces a list after a colon (\"four priorities: …\"); the list must \
                   name that many items.",
            fields: &[("count", "selector: the announcing figure")],
            example_yaml: "rules:\n  - id: priorities\n    kind: count-list\n    count: {text: \"four priorities\"}\n",
            example_text: "The minister named four priorities: jobs, health and schools.",
        },
        KindName::Fact => KindDoc {
            what: "A figure confirmed by the desk: every mention the selectors pick must agree \
                   with `value`. Also written under `facts:` without `kind`.",
            fields: &[
                ("value", "a number, or [low, high]"),
                ("of", "selectors: the mentions"),
                (
                    "source",
                    "under facts: where the figure was confirmed (shown in messages)",
                ),
            ],
            example_yaml: "facts:\n  - id: toll\n    value: 17\n    source: the prosecutor\n    of: [{counts: person, event: kill}]\n",
            example_text: "The paper said 18 people were killed.",
        },
    }
}

fn selectors(out: &mut String, name: &str, sels: &[&Selector]) {
    let list: Vec<String> = sels.iter().map(|s| s.describe()).collect();
    let _ = writeln!(out, "  {name}: {}", list.join(", "));
}

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
    let doc = doc_of(rule.kind);
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
    match &rule.body {
        Body::Detect(d) => {
            let _ = writeln!(
                out,
                "  detect: {} (it finds its own figures; the phrases it reads are in data/checks.txt)",
                d.name()
            );
        }
        Body::Sum {
            total,
            parts,
            complete,
        } => {
            selectors(&mut out, "total", &[total]);
            selectors(&mut out, "parts", &parts.iter().collect::<Vec<_>>());
            let _ = writeln!(out, "  complete: {complete}");
        }
        Body::Same { of } | Body::Shares { of } => {
            selectors(&mut out, "of", &of.iter().collect::<Vec<_>>());
        }
        Body::Compare { left, op, right } => {
            selectors(&mut out, "left", &[left]);
            let _ = writeln!(out, "  op: {}", op.symbol());
            selectors(&mut out, "right", &[right]);
        }
        Body::Ratio { part, whole, share } => {
            selectors(&mut out, "part", &[part]);
            selectors(&mut out, "whole", &[whole]);
            selectors(&mut out, "share", &[share]);
        }
        Body::Change {
            from,
            to,
            by,
            direction,
        } => {
            selectors(&mut out, "from", &[from]);
            selectors(&mut out, "to", &[to]);
            if let Some(by) = by {
                selectors(&mut out, "by", &[by]);
            }
            if let Some(d) = direction {
                let _ = writeln!(out, "  direction: {d:?}");
            }
        }
        Body::CountList { count } => selectors(&mut out, "count", &[count]),
        Body::Fact { value, of, source } => {
            let _ = writeln!(out, "  value: {value}");
            selectors(&mut out, "of", &of.iter().collect::<Vec<_>>());
            if let Some(s) = source {
                let _ = writeln!(out, "  source: {s}");
            }
        }
    }
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
        for kind in [
            KindName::Sum,
            KindName::Same,
            KindName::Compare,
            KindName::Ratio,
            KindName::Change,
            KindName::CountList,
            KindName::Fact,
        ] {
            let d = doc_of(kind);
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
