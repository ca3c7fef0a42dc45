//! `fact`: a figure confirmed by the desk; every mention must agree with it.

use super::{KindDoc, describe_selectors};
use super::{judged, readings_note, select_or_stale};
use crate::extract::Interval;
use crate::rules::Body;
use crate::rules::load::Fields;
use crate::rules::operand::{Operand, Reading, Verdict, agree, judge};
use crate::rules::{Ctx, Finding, Rule, Selector, Tolerance};
use crate::source::Document;
use std::fmt::Write as _;

/// What the kind checks and the fields it takes (`figcheck explain`; docs/rules.md is tested
/// against it).
pub const DOC: KindDoc = KindDoc {
    name: "fact",
    takes: &["value", "of"],
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
};

/// Reads a `fact` rule written under `rules:`: the confirmed value and the mentions (under
/// `facts:`, load.rs reads the same fields, with a `source`).
pub(in crate::rules) fn load(f: &mut Fields) -> Option<Body> {
    let value = f.value(&f.spec.value, "value")?;
    let of = f.selectors(&f.spec.of, "of")?;
    Some(Body::Fact {
        value,
        of,
        source: None,
    })
}

/// The rule's own fields, for `figcheck explain`.
pub(in crate::rules) fn describe(
    out: &mut String,
    value: &Interval,
    of: &[Selector],
    source: &Option<String>,
) {
    let _ = writeln!(out, "  value: {value}");
    describe_selectors(out, "of", &of.iter().collect::<Vec<_>>());
    if let Some(s) = source {
        let _ = writeln!(out, "  source: {s}");
    }
}

pub fn judge_fact(
    doc: &Document,
    mention: &Operand,
    value: &Interval,
    source: Option<&str>,
    tol: &Tolerance,
) -> (Verdict, String) {
    let verdict = judge(|r| agree(&mention.reading(r), value, tol.slack(value)));
    let mut message = format!(
        "reported as {}, but the confirmed figure is {}{}",
        mention.describe(&mention.reading(Reading::Strict)),
        mention.describe(value),
        source
            .map(|s| format!(" (source: {s})"))
            .unwrap_or_default()
    );
    if verdict == Verdict::Soft {
        message.push_str(&readings_note(doc, &[mention]));
    }
    (verdict, message)
}

/// The arithmetic of a mention against the confirmed figure, whatever its verdict: "17;
/// confirmed 17".
pub fn arithmetic(mention: &Operand, value: &Interval, source: Option<&str>) -> String {
    format!(
        "{}; confirmed {}{}",
        mention.describe(&mention.reading(Reading::Strict)),
        mention.describe(value),
        source
            .map(|s| format!(" (source: {s})"))
            .unwrap_or_default()
    )
}

pub fn run(
    rule: &Rule,
    ctx: &Ctx,
    value: &Interval,
    of: &[Selector],
    source: &Option<String>,
    out: &mut Vec<Finding>,
) {
    for (k, sel) in of.iter().enumerate() {
        let role = if of.len() == 1 {
            "selector".to_string()
        } else {
            format!("selector {}", k + 1)
        };
        for m in select_or_stale(rule, ctx, &role, sel, None, out) {
            let (verdict, message) =
                judge_fact(ctx.doc, &m, value, source.as_deref(), &rule.tolerance);
            out.extend(judged(
                rule,
                ctx,
                verdict,
                message,
                (m.span, "mention"),
                Vec::new(),
                || arithmetic(&m, value, source.as_deref()),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::kinds::test_support::{at, lines};

    fn run(text: &str, yaml: &str) -> Vec<String> {
        lines(text, yaml, at)
    }

    #[test]
    fn every_mention_must_agree_with_the_fact() {
        let yaml = "facts:\n  - id: toll\n    value: 17\n    source: Paris prosecutor\n    of: [{counts: person, event: kill}]\n";
        let text = "In all, 17 people were killed. The paper said 18 people were killed.";
        assert_eq!(
            run(text, yaml),
            ["error reported as 18, but the confirmed figure is 17 (source: Paris prosecutor) @18"]
        );
        assert!(run("About 20 people were killed.", yaml).is_empty());
        let yaml =
            "rules:\n  - {id: toll, kind: fact, value: [15, 20], of: [{text: '12 people'}]}\n";
        assert_eq!(
            run("Gunmen killed 12 people.", yaml),
            ["error reported as 12, but the confirmed figure is 15 to 20 @12"]
        );
    }
}
