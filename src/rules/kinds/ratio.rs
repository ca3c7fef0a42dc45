//! `ratio`: "12 of 17, or 70%": part / whole matches the stated share. The `of` form checks
//! that the shares of one whole add up to 100%.

use super::{KindDoc, describe_selectors};
use super::{judged, related, select_or_stale};
use crate::extract::{Interval, Kind};
use crate::rules::Body;
use crate::rules::load::Fields;
use crate::rules::operand::{Operand, Reading, Verdict, agree, bounds, judge};
use crate::rules::{Ctx, Finding, Related, Rule, Selector, Tolerance};
use crate::source::{Document, Span};

/// What the kind checks and the fields it takes (`figcheck explain`; docs/rules.md is tested
/// against it).
pub const DOC: KindDoc = KindDoc {
    name: "ratio",
    takes: &["part", "whole", "share", "of"],
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
};

/// Reads a `ratio` rule: `part`, `whole` and `share`, or `of` (shares of one whole), never
/// both.
pub(in crate::rules) fn load(f: &mut Fields) -> Option<Body> {
    let r = f.spec;
    if let Some(of) = &r.of {
        if r.part.is_some() || r.whole.is_some() || r.share.is_some() {
            f.error_at(
                &of.referenced,
                "a `ratio` takes either `of` (shares of one whole) or `part`, `whole` and \
                 `share`, not both"
                    .into(),
            );
            return None;
        }
        return Some(Body::Shares {
            of: f.selectors(&r.of, "of")?,
        });
    }
    let part = f.selector(&r.part, "part");
    let whole = f.selector(&r.whole, "whole");
    let share = f.selector(&r.share, "share");
    Some(Body::Ratio {
        part: part?,
        whole: whole?,
        share: share?,
    })
}

/// The rule's own fields, for `figcheck explain`.
pub(in crate::rules) fn describe(
    out: &mut String,
    part: &Selector,
    whole: &Selector,
    share: &Selector,
) {
    describe_selectors(out, "part", &[part]);
    describe_selectors(out, "whole", &[whole]);
    describe_selectors(out, "share", &[share]);
}

/// The `of` form's own fields, for `figcheck explain`.
pub(in crate::rules) fn describe_shares(out: &mut String, of: &[Selector]) {
    describe_selectors(out, "of", &of.iter().collect::<Vec<_>>());
}

/// `part / whole × 100` as an interval; `None` when the whole may be zero or unbounded.
pub fn share_of(part: &Interval, whole: &Interval) -> Option<Interval> {
    let (p_lo, p_hi) = bounds(part);
    let (w_lo, w_hi) = bounds(whole);
    if !(w_lo > 0.0 && p_lo.is_finite() && p_hi.is_finite() && w_hi.is_finite()) {
        return None;
    }
    let corners = [p_lo / w_lo, p_lo / w_hi, p_hi / w_lo, p_hi / w_hi];
    let lo = corners.iter().copied().fold(f64::INFINITY, f64::min) * 100.0;
    let hi = corners.iter().copied().fold(f64::NEG_INFINITY, f64::max) * 100.0;
    Some(Interval::closed(lo, hi))
}

/// How far a share written as a fraction word ("a third", "two-thirds") may stand from its
/// value, in percentage points: writers round to the nearest simple fraction, so "a third" is
/// fair for 31% but not for 25% (strict: 3 points; loose: 5).
const FRACTION_SHARE_POINTS: (f64, f64) = (3.0, 5.0);

/// A share in percent: "70%" is 69.5 to 70.5 (rounded); "a third" is 33.3 ± 3 points.
fn stated_share(doc: &Document, share: &Operand, r: Reading) -> Interval {
    if share.kind == Kind::Fraction {
        let v = share.stated * 100.0;
        let w = match r {
            Reading::Strict => FRACTION_SHARE_POINTS.0,
            Reading::Loose => FRACTION_SHARE_POINTS.1,
        };
        return Interval::closed(v - w, v + w);
    }
    share.as_result(doc, r)
}

/// A percentage for a message: one decimal, trimmed ("70.6%", "25%").
pub fn pct(v: f64) -> String {
    let s = format!("{v:.1}");
    format!("{}%", s.strip_suffix(".0").unwrap_or(&s))
}

pub fn judge_ratio(
    doc: &Document,
    part: &Operand,
    whole: &Operand,
    share: &Operand,
    tol: &Tolerance,
) -> Option<(Verdict, String)> {
    let frac = format!("{}/{}", part.show(doc), whole.show(doc));
    judge_share(
        doc,
        &frac,
        |r| share_of(&part.reading(r), &whole.reading(r)),
        share,
        tol,
    )
}

/// Judges a stated share against the share computed under each reading.
pub fn judge_share(
    doc: &Document,
    frac: &str,
    computed: impl Fn(Reading) -> Option<Interval>,
    share: &Operand,
    tol: &Tolerance,
) -> Option<(Verdict, String)> {
    computed(Reading::Loose)?;
    let verdict = judge(|r| {
        let Some(c) = computed(r) else {
            return true;
        };
        let stated = stated_share(doc, share, r);
        agree(&c, &stated, tol.slack(&stated))
    });
    let computed = computed(Reading::Strict)?;
    let stated = doc.words(share.span);
    let decimals = stated
        .split('.')
        .nth(1)
        .map_or(0, |f| f.chars().take_while(char::is_ascii_digit).count());
    // One digit more than the stated share shows: "7.96%" against "7.8 per cent", not "8%".
    let what = match computed.lo {
        Some(v) if computed.is_exact() && decimals > 0 => {
            format!("{v:.prec$}%", prec = decimals + 1)
        }
        _ => show_share(&computed),
    };
    let message = match verdict {
        Verdict::Soft if computed.is_exact() && share.value.is_exact() => {
            let v = computed.lo.unwrap_or(0.0);
            let rounded = format!("{v:.decimals$}");
            format!(
                "{frac} is {what}, which rounds to {rounded}%, not {stated} (only truncation gives {stated})"
            )
        }
        Verdict::Soft => {
            format!("{frac} is {what}; {stated} fits only if the figures are read loosely")
        }
        _ => format!("{frac} is {what}, but the share is stated as {stated}"),
    };
    Some((verdict, message))
}

/// A computed share for a message: "70.6%", or "69.4% to 71.9%".
fn show_share(computed: &Interval) -> String {
    if computed.is_exact() {
        pct(computed.lo.unwrap_or(0.0))
    } else {
        format!(
            "{} to {}",
            pct(computed.lo.unwrap_or(0.0)),
            pct(computed.hi.unwrap_or(0.0))
        )
    }
}

/// The arithmetic of a share, whatever its verdict: "12/17 = 70.6%; stated 70%".
pub fn arithmetic(
    doc: &Document,
    frac: &str,
    computed: Option<Interval>,
    share: &Operand,
) -> String {
    let what = computed.map_or_else(|| "?".to_string(), |c| show_share(&c));
    format!("{frac} = {what}; stated {}", doc.words(share.span))
}

pub fn finding(
    rule: &Rule,
    ctx: &Ctx,
    part: &Operand,
    whole: &Operand,
    share: &Operand,
) -> Option<Finding> {
    let (verdict, message) = judge_ratio(ctx.doc, part, whole, share, &rule.tolerance)?;
    let mut rel = related(&[part], "part");
    rel.extend(related(&[whole], "whole"));
    judged(
        rule,
        ctx,
        verdict,
        message,
        (share.span, "share"),
        rel,
        || {
            let frac = format!("{}/{}", part.show(ctx.doc), whole.show(ctx.doc));
            let computed = share_of(
                &part.reading(Reading::Strict),
                &whole.reading(Reading::Strict),
            );
            arithmetic(ctx.doc, &frac, computed, share)
        },
    )
}

/// The finding of a share stated beside a fraction the words give whole ("12 out of 17
/// (71%)"): `value` is the fraction in percent, `fraction` its span.
pub fn finding_of_fraction(
    rule: &Rule,
    ctx: &Ctx,
    fraction: Span,
    value: Interval,
    share: &Operand,
) -> Option<Finding> {
    let words = ctx.doc.words(fraction);
    let (verdict, message) = judge_share(ctx.doc, &words, |_| Some(value), share, &rule.tolerance)?;
    let related = vec![Related {
        span: fraction,
        label: "part of whole".into(),
    }];
    judged(
        rule,
        ctx,
        verdict,
        message,
        (share.span, "share"),
        related,
        || arithmetic(ctx.doc, &words, Some(value), share),
    )
}

pub fn run(
    rule: &Rule,
    ctx: &Ctx,
    part: &Selector,
    whole: &Selector,
    share: &Selector,
    out: &mut Vec<Finding>,
) {
    let parts = select_or_stale(rule, ctx, "part", part, None, out);
    let mut seen = [false; 2];
    for p in &parts {
        let wholes = whole.select(ctx, Some(p));
        let shares = share.select(ctx, Some(p));
        seen[0] |= !wholes.is_empty();
        seen[1] |= !shares.is_empty();
        for w in wholes.iter().filter(|w| w.span != p.span) {
            for s in shares
                .iter()
                .filter(|s| s.span != p.span && s.span != w.span)
            {
                out.extend(finding(rule, ctx, p, w, s));
            }
        }
    }
    if !parts.is_empty() {
        for (seen, role, sel) in [(seen[0], "whole", whole), (seen[1], "share", share)] {
            if !seen {
                out.push(super::stale(rule, role, sel));
            }
        }
    }
}

/// The sum of stated shares in percent ("a third" is 33.3).
fn sum_of_shares(shares: &[&Operand]) -> f64 {
    shares
        .iter()
        .map(|s| {
            if s.kind == Kind::Fraction {
                s.stated * 100.0
            } else {
                s.stated
            }
        })
        .sum()
}

/// The arithmetic of shares of one whole, whatever its verdict: "52% + 45% + 3% = 100%; whole
/// 100%".
pub fn arithmetic_shares(doc: &Document, shares: &[&Operand]) -> String {
    let terms: Vec<String> = shares
        .iter()
        .map(|s| doc.words(s.span).into_owned())
        .collect();
    format!(
        "{} = {}; whole 100%",
        terms.join(" + "),
        pct(sum_of_shares(shares))
    )
}

/// The shares of one whole add up to 100%, each rounded as written.
pub fn judge_shares(doc: &Document, shares: &[&Operand], tol: &Tolerance) -> (Verdict, String) {
    let hundred = Interval::exact(100.0);
    let total = |r| {
        shares
            .iter()
            .map(|s| stated_share(doc, s, r))
            .reduce(|a, b| a.add(&b))
            .unwrap_or(Interval::exact(0.0))
    };
    let verdict = judge(|r| agree(&total(r), &hundred, tol.slack(&hundred)));
    let terms: Vec<String> = shares
        .iter()
        .map(|s| doc.words(s.span).to_string())
        .collect();
    let sum = sum_of_shares(shares);
    let message = format!(
        "shares of one whole add up to {} ({}), not 100%{}",
        pct(sum),
        terms.join(" + "),
        if verdict == Verdict::Soft {
            "; only truncated figures could fit"
        } else {
            ""
        }
    );
    (verdict, message)
}

pub fn run_shares(rule: &Rule, ctx: &Ctx, of: &[Selector], out: &mut Vec<Finding>) {
    let mut all: Vec<Operand> = Vec::new();
    let mut anchor: Option<Operand> = None;
    for (k, sel) in of.iter().enumerate() {
        let got = sel.select(ctx, anchor.as_ref());
        if got.is_empty() {
            out.push(super::stale(rule, &format!("share {}", k + 1), sel));
        }
        if anchor.is_none() {
            anchor = got.first().cloned();
        }
        all.extend(got);
    }
    all.sort_by_key(|o| o.span);
    all.dedup_by_key(|o| o.span);
    if all.len() < 2 {
        return;
    }
    let refs: Vec<&Operand> = all.iter().collect();
    let (verdict, message) = judge_shares(ctx.doc, &refs, &rule.tolerance);
    out.extend(judged(
        rule,
        ctx,
        verdict,
        message,
        (refs[0].span, "share"),
        related(&refs[1..], "share"),
        || arithmetic_shares(ctx.doc, &refs),
    ));
}

#[cfg(test)]
mod tests {
    use crate::rules::kinds::test_support::{lines, plain};

    fn run(text: &str, yaml: &str) -> Vec<String> {
        lines(text, yaml, plain)
    }

    const RULE: &str = "rules:\n  - {id: r, kind: ratio, part: {text: '12'}, whole: {text: '17'}, share: {kind: percent}}\n";

    #[test]
    fn a_share_rounds_or_truncates() {
        assert_eq!(
            run("Of them, 12 of 17, or 70%, voted.", RULE),
            ["warning 12/17 is 70.6%, which rounds to 71%, not 70% (only truncation gives 70%)"]
        );
        assert!(run("Of them, 12 of 17, or 71%, voted.", RULE).is_empty());
        assert_eq!(
            run("Of them, 12 of 17, or 80%, voted.", RULE),
            ["error 12/17 is 70.6%, but the share is stated as 80%"]
        );
        assert!(run("Of them, 12 of 17, or about 70%, voted.", RULE).is_empty());
    }

    #[test]
    fn a_share_written_as_a_fraction() {
        let yaml = "rules:\n  - {id: r, kind: ratio, part: {text: '1 of'}, whole: {text: 'of 30'}, share: {text: 'a third'}}\n";
        assert_eq!(
            run("Of the members, 1 of 30, or a third, voted yes.", yaml),
            ["error 1/30 is 3.3%, but the share is stated as a third"]
        );
        let yaml = yaml.replace("1 of", "10 of");
        assert!(run("Of the members, 10 of 30, or a third, voted yes.", &yaml).is_empty());
    }

    #[test]
    fn shares_of_one_whole_add_up_to_100() {
        let yaml = "rules:\n  - {id: s, kind: ratio, of: [{kind: percent}]}\n";
        assert!(run("Of voters, 52% said yes, 45% no and 3% did not know.", yaml).is_empty());
        assert!(
            run(
                "Of voters, 33% said yes, 33% no and 33% did not know.",
                yaml
            )
            .is_empty()
        );
        assert_eq!(
            run(
                "Of voters, 52% said yes, 45% no and 13% did not know.",
                yaml
            ),
            ["error shares of one whole add up to 110% (52% + 45% + 13%), not 100%"]
        );
    }
}
