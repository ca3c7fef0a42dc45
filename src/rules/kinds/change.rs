//! `change`: "from 120 to 150, an increase of 30 / of 25%". The stated change is checked
//! against the two figures: an amount against the difference, a percentage against the
//! relative change, percentage points against the difference of two percentages. A
//! percentage that matches only the points ("from 6% to 7%, a 1% increase") is a warning.

use super::ratio::pct;
use super::{KindDoc, describe_selectors};
use super::{judged, select_or_stale};
use crate::extract::{Interval, Kind};
use crate::rules::Body;
use crate::rules::load::Fields;
use crate::rules::operand::{Operand, Reading, Verdict, agree, bounds, fmt_num, judge};
use crate::rules::spec::DirectionName;
use crate::rules::{Ctx, Finding, Related, Rule, Selector, Tolerance};
use crate::source::Document;
use std::fmt::Write as _;

/// What the kind checks and the fields it takes (`figcheck explain`; docs/rules.md is tested
/// against it).
pub const DOC: KindDoc = KindDoc {
    name: "change",
    takes: &["from", "to", "by", "direction"],
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
};

/// Reads a `change` rule: its two ends, and the stated change or a direction (with neither it
/// checks nothing, which is a mistake).
pub(in crate::rules) fn load(f: &mut Fields) -> Option<Body> {
    let r = f.spec;
    if r.by.is_none() && r.direction.is_none() {
        f.error(
            "a `change` rule needs `by` (the stated change) or `direction` (increase or \
             decrease): with neither it checks nothing"
                .into(),
        );
    }
    let from = f.selector(&r.from, "from");
    let to = f.selector(&r.to, "to");
    let by = f.optional_selector(&r.by)?;
    Some(Body::Change {
        from: from?,
        to: to?,
        by,
        direction: r.direction.as_ref().map(|d| match d.value {
            DirectionName::Increase => Direction::Increase,
            DirectionName::Decrease => Direction::Decrease,
        }),
    })
}

/// The rule's own fields, for `figcheck explain`.
pub(in crate::rules) fn describe(
    out: &mut String,
    from: &Selector,
    to: &Selector,
    by: Option<&Selector>,
    direction: Option<Direction>,
) {
    describe_selectors(out, "from", &[from]);
    describe_selectors(out, "to", &[to]);
    if let Some(by) = by {
        describe_selectors(out, "by", &[by]);
    }
    if let Some(d) = direction {
        let _ = writeln!(out, "  direction: {d:?}");
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Increase,
    Decrease,
}

/// `to − from`.
fn difference(from: &Interval, to: &Interval) -> (f64, f64) {
    let (f_lo, f_hi) = bounds(from);
    let (t_lo, t_hi) = bounds(to);
    (t_lo - f_hi, t_hi - f_lo)
}

/// The size of a change, given its direction.
fn amount(from: &Interval, to: &Interval, dir: Direction) -> Interval {
    let (lo, hi) = difference(from, to);
    let (lo, hi) = match dir {
        Direction::Increase => (lo, hi),
        Direction::Decrease => (-hi, -lo),
    };
    Interval::closed(lo.max(0.0), hi.max(0.0))
}

/// The relative change in percent; `None` when `from` may be zero or is unbounded.
fn relative(from: &Interval, to: &Interval, dir: Direction) -> Option<Interval> {
    let (f_lo, f_hi) = bounds(from);
    let a = amount(from, to, dir);
    let (a_lo, a_hi) = bounds(&a);
    if !(f_lo > 0.0 && f_hi.is_finite() && a_hi.is_finite()) {
        return None;
    }
    Some(Interval::closed(a_lo / f_hi * 100.0, a_hi / f_lo * 100.0))
}

fn is_points(o: &Operand) -> bool {
    o.unit == Some("percentage_point")
}

/// Judges a change; `None` when there is nothing to judge (unbounded figures).
pub fn judge_change(
    doc: &Document,
    from: &Operand,
    to: &Operand,
    by: Option<&Operand>,
    direction: Option<Direction>,
    tol: &Tolerance,
) -> Option<(Verdict, String)> {
    let (d_lo, d_hi) = difference(&from.reading(Reading::Loose), &to.reading(Reading::Loose));
    if !(d_lo.is_finite() && d_hi.is_finite()) {
        return None;
    }
    let ends = format!("from {} to {}", from.show(doc), to.show(doc));
    // The direction the words name must be possible at all.
    if let Some(found) = direction.and_then(|dir| wrong_direction(dir, d_lo, d_hi, &ends)) {
        return Some(found);
    }
    let Some(by) = by else {
        // Only the direction was to be checked, and it fits.
        return direction.map(|_| (Verdict::Holds, String::new()));
    };
    let dir = direction.unwrap_or(if d_lo + d_hi >= 0.0 {
        Direction::Increase
    } else {
        Direction::Decrease
    });
    let (rise, fall) = change_words(dir);
    let stated = doc.words(by.span);
    let both_percent = from.kind == Kind::Percent && to.kind == Kind::Percent;
    let points_fit = |r: Reading| {
        let a = amount(&from.reading(r), &to.reading(r), dir);
        let s = by.as_result(doc, r);
        agree(&a, &s, tol.slack(&s))
    };
    let amount_s = amount(
        &from.reading(Reading::Strict),
        &to.reading(Reading::Strict),
        dir,
    );
    let show_amount = |unit: &Operand| {
        if amount_s.is_exact() {
            unit.number(amount_s.lo.unwrap_or(0.0))
        } else {
            unit.describe(&amount_s)
        }
    };
    if by.kind == Kind::Percent && !both_percent && !is_points(by) {
        // A relative change of two amounts: "from 120 to 150, up 25%".
        let verdict = judge(|r| {
            let Some(rel) = relative(&from.reading(r), &to.reading(r), dir) else {
                return true;
            };
            let s = by.as_result(doc, r);
            agree(&rel, &s, tol.slack(&s))
        });
        let rel = relative(
            &from.reading(Reading::Strict),
            &to.reading(Reading::Strict),
            dir,
        )?;
        let message = format!(
            "{ends} is {fall} of {}, but the change is stated as {stated}",
            show_pct_interval(&rel)
        );
        return Some((verdict, message));
    }
    if by.kind == Kind::Percent && both_percent && !is_points(by) {
        // "from 6% to 7%, a 1% increase": percent or percentage points?
        let relative_fit = |r: Reading| {
            relative(&from.reading(r), &to.reading(r), dir).is_none_or(|rel| {
                let s = by.as_result(doc, r);
                agree(&rel, &s, tol.slack(&s))
            })
        };
        let verdict = judge(relative_fit);
        let rel = relative(
            &from.reading(Reading::Strict),
            &to.reading(Reading::Strict),
            dir,
        );
        let rel_s = rel.map_or("?".to_string(), |r| show_pct_interval(&r));
        let pts = amount_s.lo.unwrap_or(0.0);
        let pts_s = points_text(pts);
        if verdict == Verdict::Holds {
            return Some((Verdict::Holds, String::new()));
        }
        if verdict == Verdict::Soft {
            // Only a truncated percentage fits the relative change.
            return Some((
                Verdict::Soft,
                format!(
                    "{ends} is {fall} of {rel_s}; “{stated}” fits only if it was truncated, not \
                     rounded"
                ),
            ));
        }
        if points_fit(Reading::Loose) {
            return Some((
                Verdict::Soft,
                format!(
                    "{ends} is {rise} of {pts_s}, {fall} of {rel_s}: “{stated}” matches the \
                     percentage points, not the percent change"
                ),
            ));
        }
        return Some((
            Verdict::Hard,
            format!(
                "{ends} is {rise} of {pts_s}, {fall} of {rel_s}, but the change is stated as {stated}"
            ),
        ));
    }
    // An amount ("an increase of 30") or percentage points ("up 2 points").
    let verdict = judge(points_fit);
    let message = format!(
        "{ends} is {fall} of {}, but the change is stated as {stated}",
        show_amount(if is_points(by) { by } else { to })
    );
    Some((verdict, message))
}

/// The verdict on a direction the words name that the two ends cannot have ("rose" from 120
/// to 100); `None` when the ends allow it. `d_lo` and `d_hi` bound the change.
fn wrong_direction(dir: Direction, d_lo: f64, d_hi: f64, ends: &str) -> Option<(Verdict, String)> {
    let wrong = match dir {
        Direction::Increase => d_hi <= 0.0,
        Direction::Decrease => d_lo >= 0.0,
    };
    if !wrong {
        return None;
    }
    let (said, is) = match dir {
        Direction::Increase => (
            "an increase",
            if d_hi == 0.0 { "no change" } else { "a fall" },
        ),
        Direction::Decrease => (
            "a decrease",
            if d_lo == 0.0 { "no change" } else { "a rise" },
        ),
    };
    Some((
        Verdict::Hard,
        format!("{ends} is {is}, but it is reported as {said}"),
    ))
}

/// How a message names a change of this direction: as a rise or fall of points, as an
/// increase or decrease of an amount or percent.
fn change_words(dir: Direction) -> (&'static str, &'static str) {
    match dir {
        Direction::Increase => ("a rise", "an increase"),
        Direction::Decrease => ("a fall", "a decrease"),
    }
}

/// "2 percentage points", "1 percentage point".
fn points_text(pts: f64) -> String {
    format!(
        "{} percentage point{}",
        crate::rules::operand::fmt_num(pts),
        if pts == 1.0 { "" } else { "s" }
    )
}

fn show_pct_interval(i: &Interval) -> String {
    match (i.lo, i.hi) {
        (Some(lo), Some(hi)) if (hi - lo).abs() < 0.05 => pct(lo),
        (Some(lo), Some(hi)) => format!("{} to {}", pct(lo), pct(hi)),
        _ => "an unknown share".into(),
    }
}

/// A signed figure: "+30", "-$5", "+1 percentage point".
fn signed(v: f64, show: impl Fn(f64) -> String) -> String {
    let sign = if v > 0.0 {
        "+"
    } else if v < 0.0 {
        "-"
    } else {
        ""
    };
    format!("{sign}{}", show(v.abs()))
}

/// A signed range, or one value when both ends agree: "+30", "+25 to +35".
fn signed_range(lo: f64, hi: f64, close: f64, show: impl Fn(f64) -> String) -> String {
    if (hi - lo).abs() < close {
        signed(lo, &show)
    } else {
        format!("{} to {}", signed(lo, &show), signed(hi, &show))
    }
}

/// The arithmetic of a change, whatever its verdict: "120 → 150: +30, +25%; stated 40", the
/// difference and relative change under the strict readings, then the change stated (or the
/// direction the words name).
pub fn arithmetic(
    doc: &Document,
    from: &Operand,
    to: &Operand,
    by: Option<&Operand>,
    direction: Option<Direction>,
) -> String {
    let (f, t) = (from.reading(Reading::Strict), to.reading(Reading::Strict));
    let (d_lo, d_hi) = difference(&f, &t);
    let points = from.kind == Kind::Percent && to.kind == Kind::Percent;
    let amount = signed_range(d_lo, d_hi, f64::MIN_POSITIVE, |v| {
        if points {
            format!(
                "{} percentage point{}",
                fmt_num(v),
                if v == 1.0 { "" } else { "s" }
            )
        } else {
            to.number(v)
        }
    });
    let mut out = format!("{} → {}: {amount}", from.show(doc), to.show(doc));
    let ((f_lo, f_hi), (t_lo, t_hi)) = (bounds(&f), bounds(&t));
    if f_lo > 0.0 && f_hi.is_finite() && t_lo.is_finite() && t_hi.is_finite() {
        // t/f is monotone in each of t and f (f > 0): the extremes are at the corners.
        let corners = [t_lo / f_lo, t_lo / f_hi, t_hi / f_lo, t_hi / f_hi];
        let lo = corners.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = corners.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let rel = signed_range((lo - 1.0) * 100.0, (hi - 1.0) * 100.0, 0.05, pct);
        out.push_str(", ");
        out.push_str(&rel);
    }
    match (by, direction) {
        (Some(b), _) => {
            out.push_str("; stated ");
            out.push_str(&doc.words(b.span));
        }
        (None, Some(Direction::Increase)) => out.push_str("; reported as an increase"),
        (None, Some(Direction::Decrease)) => out.push_str("; reported as a decrease"),
        (None, None) => {}
    }
    out
}

pub fn finding(
    rule: &Rule,
    ctx: &Ctx,
    from: &Operand,
    to: &Operand,
    by: Option<&Operand>,
    direction: Option<Direction>,
) -> Option<Finding> {
    let doc = ctx.doc;
    let (verdict, message) = judge_change(doc, from, to, by, direction, &rule.tolerance)?;
    let mut related = vec![Related {
        span: from.span,
        label: "from".into(),
    }];
    let primary = match by {
        Some(b) => {
            related.push(Related {
                span: to.span,
                label: "to".into(),
            });
            (b.span, "change")
        }
        None => (to.span, "to"),
    };
    judged(rule, ctx, verdict, message, primary, related, || {
        arithmetic(doc, from, to, by, direction)
    })
}

pub fn run(
    rule: &Rule,
    ctx: &Ctx,
    from: &Selector,
    to: &Selector,
    by: Option<&Selector>,
    direction: Option<Direction>,
    out: &mut Vec<Finding>,
) {
    let froms = select_or_stale(rule, ctx, "from", from, None, out);
    let mut seen = [false; 2];
    for f in &froms {
        let tos = to.select(ctx, Some(f));
        seen[0] |= !tos.is_empty();
        for t in tos.iter().filter(|t| t.span != f.span) {
            match by {
                None => out.extend(finding(rule, ctx, f, t, None, direction)),
                Some(sel) => {
                    let bys = sel.select(ctx, Some(f));
                    seen[1] |= !bys.is_empty();
                    for b in bys.iter().filter(|b| b.span != f.span && b.span != t.span) {
                        out.extend(finding(rule, ctx, f, t, Some(b), direction));
                    }
                }
            }
        }
    }
    if !froms.is_empty() {
        if !seen[0] {
            out.push(super::stale(rule, "to", to));
        }
        if let Some(sel) = by
            && !seen[1]
        {
            out.push(super::stale(rule, "by", sel));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::kinds::test_support::{lines, plain};

    fn run(text: &str, yaml: &str) -> Vec<String> {
        lines(text, yaml, plain)
    }

    fn rule(by: &str, direction: &str) -> String {
        format!(
            "rules:\n  - id: c\n    kind: change\n    from: {{pattern: 'from (?P<n>\\S+)'}}\n    to: {{pattern: ' to (?P<n>\\S+?),'}}\n{by}{direction}"
        )
    }

    #[test]
    fn an_amount_against_the_difference() {
        let yaml = rule("    by: {pattern: 'increase of (?P<n>\\S+)'}\n", "");
        assert_eq!(
            run("Sales rose from 120 to 150, an increase of 40.", &yaml),
            ["error from 120 to 150 is an increase of 30, but the change is stated as 40"]
        );
        assert!(run("Sales rose from 120 to 150, an increase of 30.", &yaml).is_empty());
    }

    #[test]
    fn a_percentage_against_the_relative_change() {
        let yaml = rule("    by: {kind: percent}\n", "");
        assert!(run("Sales rose from 120 to 150, up 25%.", &yaml).is_empty());
        assert_eq!(
            run("Sales rose from 120 to 150, up 20%.", &yaml),
            ["error from 120 to 150 is an increase of 25%, but the change is stated as 20%"]
        );
    }

    #[test]
    fn percent_versus_percentage_points() {
        let yaml = "rules:\n  - id: c\n    kind: change\n    from: {text: '6%'}\n    to: {text: '7%'}\n    by: {text: '1%'}\n";
        assert_eq!(
            run("Turnout rose from 6% to 7%, a 1% increase.", yaml),
            [
                "warning from 6% to 7% is a rise of 1 percentage point, an increase of 16.7%: “1%” matches the percentage points, not the percent change"
            ]
        );
        let yaml = "rules:\n  - id: c\n    kind: change\n    from: {text: '6%'}\n    to: {text: '7%'}\n    by: {text: '1 percentage point'}\n";
        assert!(run("Turnout rose from 6% to 7%, up 1 percentage point.", yaml).is_empty());
        let yaml = "rules:\n  - id: c\n    kind: change\n    from: {text: '6%'}\n    to: {text: '7%'}\n    by: {text: '17%'}\n";
        assert!(run("Turnout rose from 6% to 7%, a 17% increase.", yaml).is_empty());
        // 16.7% truncated to 16%: a warning, as between two amounts.
        let yaml = yaml.replace("17%", "16%");
        assert_eq!(
            run("Turnout rose from 6% to 7%, a 16% increase.", &yaml),
            [
                "warning from 6% to 7% is an increase of 16.7%; “16%” fits only if it was truncated, not rounded"
            ]
        );
    }

    #[test]
    fn the_direction_must_be_possible() {
        let yaml = rule("", "    direction: increase\n");
        assert_eq!(
            run("Sales went from 150 to 120, the firm said.", &yaml),
            ["error from 150 to 120 is a fall, but it is reported as an increase"]
        );
        assert!(run("Sales went from 120 to 150, the firm said.", &yaml).is_empty());
    }
}
