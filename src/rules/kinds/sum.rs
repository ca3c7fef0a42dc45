//! `sum`: a total equals the sum of its parts; with `complete: false` ("including") the parts
//! may add up to less than the total, never more.

use super::{KindDoc, describe_selectors};
use super::{judged, readings_note, related, select_or_stale};
use crate::extract::Interval;
use crate::rules::Body;
use crate::rules::load::Fields;
use crate::rules::operand::{Operand, Reading, Verdict, agree, bounds, judge};
use crate::rules::{Ctx, Finding, Rule, Selector, Tolerance};
use crate::source::Document;
use std::fmt::Write as _;

/// What the kind checks and the fields it takes (`figcheck explain`; docs/rules.md is tested
/// against it).
pub const DOC: KindDoc = KindDoc {
    name: "sum",
    takes: &["total", "parts", "complete"],
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
};

/// Reads a `sum` rule: a total and at least two parts.
pub(in crate::rules) fn load(f: &mut Fields) -> Option<Body> {
    let r = f.spec;
    let total = f.selector(&r.total, "total");
    let parts = match &r.parts {
        Some(p) if p.value.len() < 2 => {
            f.error_at(
                &p.referenced,
                format!(
                    "a `sum` needs at least two parts; this one has {}",
                    p.value.len()
                ),
            );
            None
        }
        parts => f.selectors(parts, "parts"),
    };
    Some(Body::Sum {
        total: total?,
        parts: parts?,
        complete: r.complete.as_ref().is_none_or(|c| c.value),
    })
}

/// The rule's own fields, for `figcheck explain`.
pub(in crate::rules) fn describe(
    out: &mut String,
    total: &Selector,
    parts: &[Selector],
    complete: bool,
) {
    describe_selectors(out, "total", &[total]);
    describe_selectors(out, "parts", &parts.iter().collect::<Vec<_>>());
    let _ = writeln!(out, "  complete: {complete}");
}

/// The sum of the parts under a reading.
fn total_of(parts: &[&Operand], r: Reading) -> Interval {
    parts
        .iter()
        .map(|p| p.reading(r))
        .reduce(|a, b| a.add(&b))
        .unwrap_or(Interval::exact(0.0))
}

/// Judges a total against its parts; the message carries the arithmetic.
pub fn judge_sum(
    doc: &Document,
    total: &Operand,
    parts: &[&Operand],
    complete: bool,
    tol: &Tolerance,
) -> (Verdict, String) {
    let verdict = judge(|r| {
        let t = total.reading(r);
        let s = total_of(parts, r);
        let slack = tol.slack(&t);
        if complete {
            agree(&s, &t, slack)
        } else {
            // Some values of the parts fit under some value of the total.
            let (s_lo, _) = bounds(&s);
            let (_, t_hi) = bounds(&t);
            s_lo < t_hi + slack || (s_lo == t_hi + slack && !s.lo_open && !t.hi_open)
        }
    });
    let s = total_of(parts, Reading::Strict);
    let terms: Vec<String> = parts.iter().map(|p| p.show(doc)).collect();
    let total_w = total_words(doc, total);
    let mut message = if complete {
        format!(
            "parts add up to {} ({}), but the total is {}",
            total.describe(&s),
            terms.join(" + "),
            total_w
        )
    } else {
        format!(
            "the parts listed add up to {} ({}), more than the total of {}",
            total.describe(&s),
            terms.join(" + "),
            total_w
        )
    };
    if verdict == Verdict::Soft {
        let mut all = vec![total];
        all.extend_from_slice(parts);
        message.push_str(&readings_note(doc, &all));
    }
    (verdict, message)
}

/// The total as messages show it: "17", or its words and reading when hedged.
fn total_words(doc: &Document, total: &Operand) -> String {
    let total_s = total.describe(&total.reading(Reading::Strict));
    if total.value.is_exact() {
        total_s
    } else {
        format!("“{}” ({total_s})", doc.words(total.span))
    }
}

/// The arithmetic of a sum, whatever its verdict: "13 + 4 = 17; total 17", or for parts that
/// may fall short of their total, "13 + 6 = 19 ≤ total 17".
pub fn arithmetic(doc: &Document, total: &Operand, parts: &[&Operand], complete: bool) -> String {
    let terms: Vec<String> = parts.iter().map(|p| p.show(doc)).collect();
    let mut lhs = terms.join(" + ");
    if parts.len() > 1 {
        lhs.push_str(" = ");
        lhs.push_str(&total.describe(&total_of(parts, Reading::Strict)));
    }
    let total_w = total_words(doc, total);
    if complete {
        format!("{lhs}; total {total_w}")
    } else {
        format!("{lhs} ≤ total {total_w}")
    }
}

/// Builds the finding of a judged sum: the total is the primary span, each part related.
pub fn finding(
    rule: &Rule,
    ctx: &Ctx,
    total: &Operand,
    parts: &[&Operand],
    complete: bool,
) -> Option<Finding> {
    finding_unless(rule, ctx, total, parts, complete, || false)
}

/// As [`finding`], but a sum that does not hold is dropped, unrecorded, when `withdrawn` says
/// the instance was misread (a detector's second thoughts: the parts belong to another total).
pub fn finding_unless(
    rule: &Rule,
    ctx: &Ctx,
    total: &Operand,
    parts: &[&Operand],
    complete: bool,
    withdrawn: impl FnOnce() -> bool,
) -> Option<Finding> {
    let (verdict, message) = judge_sum(ctx.doc, total, parts, complete, &rule.tolerance);
    if verdict != Verdict::Holds && withdrawn() {
        return None;
    }
    judged(
        rule,
        ctx,
        verdict,
        message,
        (total.span, "total"),
        related(parts, "part"),
        || arithmetic(ctx.doc, total, parts, complete),
    )
}

pub fn run(
    rule: &Rule,
    ctx: &Ctx,
    total: &Selector,
    parts: &[Selector],
    complete: bool,
    out: &mut Vec<Finding>,
) {
    let totals = select_or_stale(rule, ctx, "total", total, None, out);
    let mut found_part = vec![false; parts.len()];
    for t in &totals {
        let mut chosen: Vec<Operand> = Vec::new();
        let mut missing = false;
        for (k, sel) in parts.iter().enumerate() {
            let got: Vec<Operand> = sel
                .select(ctx, Some(t))
                .into_iter()
                .filter(|o| o.span != t.span)
                .collect();
            found_part[k] |= !got.is_empty();
            missing |= got.is_empty();
            chosen.extend(got);
        }
        // A sum with a part missing would report arithmetic nobody wrote; the missing part is
        // reported as stale instead.
        if missing {
            continue;
        }
        chosen.sort_by_key(|o| o.span);
        chosen.dedup_by_key(|o| o.span);
        let refs: Vec<&Operand> = chosen.iter().collect();
        out.extend(finding(rule, ctx, t, &refs, complete));
    }
    if !totals.is_empty() {
        for (k, sel) in parts.iter().enumerate() {
            if !found_part[k] {
                out.push(super::stale(rule, &format!("part {}", k + 1), sel));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::Severity;
    use crate::rules::kinds::test_support::{lines, with_related};

    fn run(text: &str, yaml: &str) -> Vec<String> {
        lines(text, yaml, with_related)
    }

    const RULE: &str = "rules:\n  - id: arrests\n    kind: sum\n    total: {text: '17 arrests'}\n    parts: [{text: '13 in'}, {context: France, counts: arrest}]\n";

    #[test]
    fn a_sum_that_misses_is_an_error_with_its_arithmetic() {
        let got = run(
            "Police made 17 arrests: 13 in Belgium and five in France.",
            RULE,
        );
        assert_eq!(
            got,
            ["error parts add up to 18 (13 + 5), but the total is 17 [17, 13, five]"]
        );
        assert!(
            run(
                "Police made 17 arrests: 13 in Belgium and four in France.",
                RULE
            )
            .is_empty()
        );
    }

    #[test]
    fn hedged_figures_are_judged_as_intervals() {
        let yaml = "rules:\n  - id: s\n    kind: sum\n    total: {text: 'About 300'}\n    parts: [{text: 'nearly 200'}, {text: '100 in'}]\n";
        assert!(
            run(
                "About 300 people, nearly 200 in the north and 100 in the south.",
                yaml
            )
            .is_empty()
        );
        // "more than two dozen" strictly means up to 36: parts of 40 are a soft miss.
        let yaml = "rules:\n  - id: s\n    kind: sum\n    total: {text: 'more than two dozen'}\n    parts: [{text: '30 in'}, {text: '10 in'}]\n";
        let got = run(
            "Police held more than two dozen people: 30 in Paris and 10 in Lyon.",
            yaml,
        );
        assert_eq!(got.len(), 1);
        assert!(
            got[0].starts_with("warning parts add up to 40 (30 + 10)"),
            "{got:?}"
        );
        assert!(
            got[0].contains("reads strictly as just over 24 to 36 and loosely as more than 24"),
            "{got:?}"
        );
    }

    #[test]
    fn incomplete_sums_only_bound_the_parts() {
        let yaml = "rules:\n  - id: s\n    kind: sum\n    complete: false\n    total: {text: '17'}\n    parts: [{text: '13'}, {pattern: 'and (?P<n>\\w+) in France'}]\n";
        let got = run(
            "There were 17 arrests, including 13 in Belgium and six in France.",
            yaml,
        );
        assert_eq!(
            got,
            [
                "error the parts listed add up to 19 (13 + 6), more than the total of 17 [17, 13, six]"
            ]
        );
        assert!(
            run(
                "There were 17 arrests, including 13 in Belgium and two in France.",
                yaml
            )
            .is_empty()
        );
    }

    #[test]
    fn tolerance_and_message_templates() {
        let yaml = "rules:\n  - id: s\n    kind: sum\n    severity: warning\n    message: 'toll check ({rule}): {arithmetic}'\n    tolerance: {absolute: 1}\n    total: {text: '17'}\n    parts: [{text: '13'}, {pattern: 'and (?P<n>\\w+) there'}]\n";
        assert!(run("There were 17 arrests: 13 here and five there.", yaml).is_empty());
        let got = run("There were 17 arrests: 13 here and six there.", yaml);
        assert_eq!(
            got,
            [
                "warning toll check (s): parts add up to 19 (13 + 6), but the total is 17 [17, 13, six]"
            ]
        );
        let _ = Severity::Error;
    }

    #[test]
    fn a_part_that_matches_nothing_is_reported() {
        let got = run("There were 17 arrests: 13 in Belgium and four there.", RULE);
        assert_eq!(got.len(), 1);
        assert!(
            got[0].starts_with("warning rule `arrests` (r.yaml:2): part 2 {counts: arrest, context: france} matches no figure"),
            "{got:?}"
        );
    }
}
