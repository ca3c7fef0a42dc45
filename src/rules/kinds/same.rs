//! `same`: every mention of one figure must agree (the cross-reference).

use super::readings_note;
use super::{KindDoc, describe_selectors};
use crate::rules::Body;
use crate::rules::load::Fields;
use crate::rules::operand::{Operand, Reading, Verdict, agree, judge};
use crate::rules::{CheckRecord, Ctx, Finding, Related, Rule, Selector, Tolerance};
use crate::source::Document;

/// What the kind checks and the fields it takes (`figcheck explain`; docs/rules.md is tested
/// against it).
pub const DOC: KindDoc = KindDoc {
    name: "same",
    takes: &["of"],
    what: "Every figure the selectors pick is the same figure, reported more than once: \
               all mentions must agree.",
    fields: &[("of", "selectors: every figure they pick is a mention")],
    example_yaml: "rules:\n  - id: toll\n    kind: same\n    of: [{counts: person, event: kill}]\n",
    example_text: "In all, 17 people were killed. Officials later said 15 people were killed.",
};

/// Reads a `same` rule: the selectors of the mentions.
pub(in crate::rules) fn load(f: &mut Fields) -> Option<Body> {
    let of = f.selectors(&f.spec.of, "of")?;
    Some(Body::Same { of })
}

/// The rule's own fields, for `figcheck explain`.
pub(in crate::rules) fn describe(out: &mut String, of: &[Selector]) {
    describe_selectors(out, "of", &of.iter().collect::<Vec<_>>());
}

/// Judges two mentions of one figure.
pub fn verdict(a: &Operand, b: &Operand, tol: &Tolerance) -> Verdict {
    judge(|r| {
        let (x, y) = (a.reading(r), b.reading(r));
        agree(&x, &y, tol.slack(&y))
    })
}

/// The message of a finding on mention `b`, which disagrees with the earlier mention `a`.
pub fn message(doc: &Document, a: &Operand, b: &Operand, verdict: Verdict) -> String {
    let (line, col) = doc.line_col(a.span.start);
    let mut message = format!(
        "the same figure is reported as {} here and as {} at {line}:{col}",
        b.describe(&b.reading(Reading::Strict)),
        a.describe(&a.reading(Reading::Strict)),
    );
    if verdict == Verdict::Soft {
        message.push_str(&readings_note(doc, &[a, b]));
    }
    message
}

/// Whether two mentions read alike, so that any third mention gets one verdict against both.
fn reads_alike(a: &Operand, b: &Operand) -> bool {
    a.value == b.value
        && a.stated == b.stated
        && a.qualifier == b.qualifier
        && a.kind == b.kind
        && a.unit == b.unit
        && a.currency == b.currency
}

/// The arithmetic of two mentions, whatever its verdict: "13 (9:70) vs 13 (7:51)", the later
/// mention first.
pub fn arithmetic(doc: &Document, a: &Operand, b: &Operand) -> String {
    let at = |o: &Operand| {
        let (line, col) = doc.line_col(o.span.start);
        format!("{} ({line}:{col})", o.describe(&o.reading(Reading::Strict)))
    };
    format!("{} vs {}", at(b), at(a))
}

/// Compares every mention with the earlier ones; each mention that disagrees with one gives a
/// finding at the later mention, naming the first mention it disagrees with.
///
/// A mention that reads like an earlier one would get the same verdicts, so each mention is
/// compared only with the first mention of each distinct reading: an archive that repeats one
/// figure a thousand times costs a thousand comparisons, not half a million.
pub fn findings(rule: &Rule, ctx: &Ctx, mentions: &[Operand], out: &mut Vec<Finding>) {
    let doc = ctx.doc;
    // The first mention of each distinct reading so far, in document order.
    let mut firsts: Vec<&Operand> = Vec::new();
    for b in mentions {
        let mut soft: Option<&Operand> = None;
        let mut hard: Option<&Operand> = None;
        for &a in &firsts {
            if a.span == b.span {
                continue;
            }
            let verdict = verdict(a, b, &rule.tolerance);
            ctx.record(|| CheckRecord {
                rule: rule.id.clone(),
                spans: vec![
                    (b.span, "reported again".into()),
                    (a.span, "first reported".into()),
                ],
                arithmetic: arithmetic(doc, a, b),
                verdict,
            });
            match verdict {
                Verdict::Hard => {
                    hard = Some(a);
                    break;
                }
                Verdict::Soft if soft.is_none() => soft = Some(a),
                _ => {}
            }
        }
        let judged = match (hard, soft) {
            (Some(a), _) => Some((Verdict::Hard, a)),
            (None, Some(a)) => Some((Verdict::Soft, a)),
            (None, None) => None,
        };
        if let Some((verdict, a)) = judged {
            let related = vec![Related {
                span: a.span,
                label: "first reported".into(),
            }];
            let message = message(doc, a, b, verdict);
            out.extend(rule.finding(verdict, message, (b.span, "reported again"), related));
        }
        if !firsts.iter().any(|a| reads_alike(a, b)) {
            firsts.push(b);
        }
    }
}

pub fn run(rule: &Rule, ctx: &Ctx, of: &[Selector], out: &mut Vec<Finding>) {
    let mut mentions: Vec<Operand> = Vec::new();
    let mut anchor: Option<Operand> = None;
    for (k, sel) in of.iter().enumerate() {
        let got = sel.select(ctx, anchor.as_ref());
        if got.is_empty() {
            let role = if of.len() == 1 {
                "selector".to_string()
            } else {
                format!("selector {}", k + 1)
            };
            out.push(super::stale(rule, &role, sel));
        }
        if anchor.is_none() {
            anchor = got.first().cloned();
        }
        mentions.extend(got);
    }
    mentions.sort_by_key(|o| o.span);
    mentions.dedup_by_key(|o| o.span);
    findings(rule, ctx, &mentions, out);
}

#[cfg(test)]
mod tests {
    use crate::rules::kinds::test_support::{at, lines};

    fn run(text: &str, yaml: &str) -> Vec<String> {
        lines(text, yaml, at)
    }

    const RULE: &str = "rules:\n  - id: repeated\n    kind: same\n    of: [{text: '13 in Belgium'}, {pattern: '(?P<n>\\w+) people were arrested'}]\n";

    #[test]
    fn mentions_that_disagree_are_an_error() {
        let text = "Officials said 14 people were arrested. Overall 17 arrests — 13 in Belgium and four in France.";
        assert_eq!(
            run(text, RULE),
            ["error the same figure is reported as 13 here and as 14 at 1:16 @13"]
        );
        let text = "Officials said 13 people were arrested. Overall 17 arrests — 13 in Belgium and four in France.";
        assert!(run(text, RULE).is_empty());
    }

    #[test]
    fn attribute_selectors_compare_every_mention() {
        let yaml =
            "rules:\n  - id: toll\n    kind: same\n    of: [{counts: person, event: kill}]\n";
        let text = "In all, 17 people were killed. Later, officials said 15 people were killed. A further 17 people were killed, the paper said.";
        let got = run(text, yaml);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].starts_with("error the same figure is reported as 15 here"),
            "{got:?}"
        );
        assert!(
            got[1].starts_with("error the same figure is reported as 17 here and as 15"),
            "{got:?}"
        );
        // A hedge that allows both values is no contradiction.
        let text = "About 20 people were killed. Officials said 18 people were killed.";
        assert!(run(text, yaml).is_empty());
    }
}
