//! `compare`: `left op right`, with op one of `<`, `<=`, `>`, `>=`, `==`, `!=`.

use super::{KindDoc, describe_selectors};
use super::{judged, readings_note, select_or_stale};
use crate::extract::Interval;
use crate::rules::Body;
use crate::rules::load::{Fields, op_of};
use crate::rules::operand::{Operand, Reading, Verdict, agree, bounds, judge};
use crate::rules::{Ctx, Finding, Related, Rule, Selector, Tolerance};
use crate::source::Document;
use std::fmt::Write as _;

/// What the kind checks and the fields it takes (`figcheck explain`; docs/rules.md is tested
/// against it).
pub const DOC: KindDoc = KindDoc {
    name: "compare",
    takes: &["left", "op", "right"],
    what: "Two figures stand in an order: `left op right`.",
    fields: &[
        ("left", "selector"),
        ("op", "one of <, <=, >, >=, ==, !="),
        ("right", "selector"),
    ],
    example_yaml: "rules:\n  - id: fewer\n    kind: compare\n    left: {text: \"12 officers\"}\n    op: \"<\"\n    right: {text: \"10 officers\"}\n",
    example_text: "In 2023 the unit had 12 officers. By 2024 it had 10 officers.",
};

/// Reads a `compare` rule: two selectors and the order between them.
pub(in crate::rules) fn load(f: &mut Fields) -> Option<Body> {
    let r = f.spec;
    let left = f.selector(&r.left, "left");
    let right = f.selector(&r.right, "right");
    let Some(op) = &r.op else {
        f.missing("op");
        return None;
    };
    Some(Body::Compare {
        left: left?,
        op: op_of(op.value),
        right: right?,
    })
}

/// The rule's own fields, for `figcheck explain`.
pub(in crate::rules) fn describe(out: &mut String, left: &Selector, op: Op, right: &Selector) {
    describe_selectors(out, "left", &[left]);
    let _ = writeln!(out, "  op: {}", op.symbol());
    describe_selectors(out, "right", &[right]);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl Op {
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Eq => "==",
            Op::Ne => "!=",
        }
    }
    fn words(self) -> &'static str {
        match self {
            Op::Lt => "less than",
            Op::Le => "at most",
            Op::Gt => "more than",
            Op::Ge => "at least",
            Op::Eq => "equal to",
            Op::Ne => "different from",
        }
    }
    /// True when some value of `a` and some value of `b` satisfy the relation.
    fn possible(self, a: &Interval, b: &Interval, slack: f64) -> bool {
        let (a_lo, a_hi) = bounds(a);
        let (b_lo, b_hi) = bounds(b);
        match self {
            Op::Lt => a_lo < b_hi + slack,
            Op::Le => a_lo <= b_hi + slack,
            Op::Gt => a_hi + slack > b_lo,
            Op::Ge => a_hi + slack >= b_lo,
            Op::Eq => agree(a, b, slack),
            Op::Ne => !(a.is_exact() && b.is_exact() && (a_lo - b_lo).abs() <= slack),
        }
    }
}

pub fn judge_compare(
    doc: &Document,
    left: &Operand,
    op: Op,
    right: &Operand,
    tol: &Tolerance,
) -> (Verdict, String) {
    let verdict = judge(|r| {
        let b = right.reading(r);
        op.possible(&left.reading(r), &b, tol.slack(&b))
    });
    let mut message = format!(
        "expected {} {} {}, but {} is not {} {}",
        left.show(doc),
        op.symbol(),
        right.show(doc),
        left.describe(&left.reading(Reading::Strict)),
        op.words(),
        right.describe(&right.reading(Reading::Strict)),
    );
    if verdict == Verdict::Soft {
        message.push_str(&readings_note(doc, &[left, right]));
    }
    (verdict, message)
}

/// The arithmetic of a comparison, whatever its verdict: "12 < 10".
pub fn arithmetic(doc: &Document, left: &Operand, op: Op, right: &Operand) -> String {
    format!("{} {} {}", left.show(doc), op.symbol(), right.show(doc))
}

pub fn run(
    rule: &Rule,
    ctx: &Ctx,
    left: &Selector,
    op: Op,
    right: &Selector,
    out: &mut Vec<Finding>,
) {
    let lefts = select_or_stale(rule, ctx, "left", left, None, out);
    let mut any_right = false;
    for l in &lefts {
        let rights = right.select(ctx, Some(l));
        any_right |= !rights.is_empty();
        for r in rights.iter().filter(|r| r.span != l.span) {
            let (verdict, message) = judge_compare(ctx.doc, l, op, r, &rule.tolerance);
            let related = vec![Related {
                span: r.span,
                label: "right".into(),
            }];
            out.extend(judged(
                rule,
                ctx,
                verdict,
                message,
                (l.span, "left"),
                related,
                || arithmetic(ctx.doc, l, op, r),
            ));
        }
    }
    if !lefts.is_empty() && !any_right {
        out.push(super::stale(rule, "right", right));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::kinds::test_support::{lines, plain};

    fn run(text: &str, yaml: &str) -> Vec<String> {
        lines(text, yaml, plain)
    }

    #[test]
    fn each_operator() {
        let text = "In 2023 the unit had 12 officers. By 2024 it had 10 officers.";
        let rule = |op: &str| {
            format!(
                "rules:\n  - {{id: c, kind: compare, left: {{text: '12 officers'}}, op: '{op}', right: {{text: '10 officers'}}}}\n"
            )
        };
        assert_eq!(
            run(text, &rule("<")),
            ["error expected 12 < 10, but 12 is not less than 10"]
        );
        assert_eq!(run(text, &rule("<=")).len(), 1);
        assert!(run(text, &rule(">")).is_empty());
        assert!(run(text, &rule(">=")).is_empty());
        assert!(run(text, &rule("!=")).is_empty());
        assert_eq!(run(text, &rule("==")).len(), 1);
    }

    #[test]
    fn hedges_make_a_comparison_possible() {
        let text = "Nearly 200 came on Monday and 190 on Tuesday.";
        let yaml = "rules:\n  - {id: c, kind: compare, left: {text: 'Nearly 200'}, op: '<', right: {text: '190'}}\n";
        assert!(run(text, yaml).is_empty(), "nearly 200 may be 150");
    }
}
