//! Near sums: three precise figures of one paragraph, one of which misses the sum of the other
//! two by a misprint's difference. "The total amount coined was $72,847,750. Of this amount
//! $47,084,450 remain in the Treasury, and only $25,763,291 are in the hands of the people":
//! the two add up to $72,847,741, $9 short.
//!
//! No words say which figures make which; the shape of the difference does. A slip of one
//! digit moves a figure by k × 10ⁿ, and two neighbouring digits swapped move it by 9k × 10ⁿ
//! (k from 1 to 9). Figures of five or more significant digits almost never come within such
//! a difference of a sum by chance, while figures that belong together but were rounded miss
//! by a unit or by anything at all. So only long, exact figures of one measure, near each
//! other in a paragraph, are tried, and only a difference of a misprint's shape is reported: a
//! warning, as which figure is wrong the page cannot say. A relation another rule has
//! already reported (a stated result, a breakdown) is left to it.

use super::result::{decimals_of, significant};
use crate::extract::{Kind, Qualifier, Quantity};
use crate::rules::kinds::{judged, related};
use crate::rules::operand::{Operand, Verdict};
use crate::rules::{Ctx, Finding, Rule};
use crate::source::Span;

/// The fewest significant digits each figure must have: "$47,084,450", not "$3.5 million".
const MIN_DIGITS: usize = 5;

/// How many figures of the measure, in text order, the three may span: a total, its parts
/// and the figures between them (a percentage aside, a second pair).
const WINDOW: usize = 12;

/// The largest difference, as a share of the total, that reads as a misprint.
const NEAR: f64 = 0.01;

/// A figure that may take part: an exact count or amount of many significant digits.
fn precise(ctx: &Ctx, q: &Quantity) -> bool {
    matches!(q.kind, Kind::Money | Kind::Count)
        && q.qualifier == Qualifier::Exact
        && q.stated > 0.0
        && significant(ctx.doc.slice(q.span)) >= MIN_DIGITS
}

/// True when a difference, in units of the figures' last digit, is what one misprinted digit
/// (k × 10ⁿ) or two swapped neighbours (9k × 10ⁿ) make. A difference of one unit is rounding.
fn misprint_shaped(d: i128) -> bool {
    let mut m = d.unsigned_abs();
    if m < 2 {
        return false;
    }
    while m.is_multiple_of(10) {
        m /= 10;
    }
    m <= 9 || (m.is_multiple_of(9) && m / 9 <= 9)
}

/// True when a finding already reports two of the spans.
fn reported(out: &[Finding], spans: &[Span]) -> bool {
    out.iter().any(|f| {
        let own = |s: &Span| f.span == *s || f.related.iter().any(|r| r.span == *s);
        spans.iter().filter(|s| own(s)).count() >= 2
    })
}

/// What groups figures: paragraph, kind, currency, unit and decimals written.
type Measure = (usize, Kind, Option<&'static str>, Option<&'static str>, u32);

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    // The figures that may take part, grouped by paragraph and measure, in text order.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut keys: Vec<Measure> = Vec::new();
    for (k, q) in qs.iter().enumerate() {
        if !precise(ctx, q) {
            continue;
        }
        let key = (
            ctx.paragraph(q.sentence),
            q.kind,
            q.currency,
            q.unit,
            decimals_of(ctx.doc.slice(q.span)),
        );
        match keys.iter().position(|k| *k == key) {
            Some(g) => groups[g].push(k),
            None => {
                keys.push(key);
                groups.push(vec![k]);
            }
        }
    }
    for (g, members) in groups.iter().enumerate() {
        if members.len() < 3 {
            continue;
        }
        let scale = 10f64.powi(keys[g].4 as i32);
        let units: Vec<i128> = members
            .iter()
            .map(|&k| (qs[k].stated * scale).round() as i128)
            .collect();
        let n = members.len();
        for lo in 0..n {
            let hi = (lo + WINDOW).min(n);
            // Triples whose first member is `lo`, so that each is tried once.
            for x in lo + 1..hi {
                for y in x + 1..hi {
                    for (c, a, b) in [(lo, x, y), (x, lo, y), (y, lo, x)] {
                        let (total, sum) = (units[c], units[a] + units[b]);
                        if total <= units[a].max(units[b]) {
                            continue;
                        }
                        let d = sum - total;
                        if !misprint_shaped(d) || d.unsigned_abs() as f64 > NEAR * total as f64 {
                            continue;
                        }
                        // The total is exactly the sum of another pair near it: that pair is
                        // its own, and this one a coincidence.
                        let window = lo.saturating_sub(WINDOW)..hi;
                        let elsewhere = window.clone().any(|p| {
                            window
                                .clone()
                                .any(|q| p < q && p != c && q != c && units[p] + units[q] == total)
                        });
                        let spans = [members[c], members[a], members[b]].map(|k| qs[k].span);
                        if elsewhere || reported(out, &spans) {
                            continue;
                        }
                        report(rule, ctx, members[c], [members[a], members[b]], out);
                    }
                }
            }
        }
    }
}

/// `v` written as `template` is ("$72,847,741" after "$72,847,750"): its sign, separators,
/// decimals and words around the digits.
fn written_like(template: &str, v: f64) -> String {
    let digits = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    let start = template.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
    let end = template
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(0, |e| e + 1);
    let body = template.get(start..end).unwrap_or("");
    if body.is_empty() || !body.chars().all(digits) {
        return crate::rules::operand::fmt_num(v);
    }
    let decimals = decimals_of(body) as usize;
    let fixed = format!("{v:.decimals$}");
    let (whole, frac) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let mut grouped = String::new();
    for (k, c) in whole.chars().enumerate() {
        if k > 0 && (whole.len() - k).is_multiple_of(3) && body.contains(',') {
            grouped.push(',');
        }
        grouped.push(c);
    }
    if !frac.is_empty() {
        grouped.push('.');
        grouped.push_str(frac);
    }
    format!("{}{grouped}{}", &template[..start], &template[end..])
}

fn report(rule: &Rule, ctx: &Ctx, total: usize, terms: [usize; 2], out: &mut Vec<Finding>) {
    let total_op = ctx.operand(total);
    let ops: Vec<Operand> = terms.iter().map(|&k| ctx.operand(k)).collect();
    let refs: Vec<&Operand> = ops.iter().collect();
    let sum: f64 = ops.iter().map(|o| o.stated).sum();
    let words = |k: usize| ctx.doc.words(ctx.qs[k].span).into_owned();
    let arithmetic = format!("{} + {}", words(terms[0]), words(terms[1]));
    let stated = words(total);
    let sum = written_like(&stated, sum);
    let message =
        format!("{arithmetic} = {sum}, a digit or two off the {stated} beside them (a misprint?)");
    out.extend(judged(
        rule,
        ctx,
        Verdict::Hard,
        message,
        (total_op.span, "total"),
        related(&refs, "term"),
        || format!("{arithmetic} = {sum}; beside them {stated}"),
    ));
}

#[cfg(test)]
mod tests {
    use super::{misprint_shaped, written_like};
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn differences_a_misprint_makes() {
        for d in [9, 20, 45_000, 810, 2_000_000, -36, 100] {
            assert!(misprint_shaped(d), "{d}");
        }
        // One unit is rounding; other differences are other figures.
        for d in [0, 1, -1, 11, 1_063, 123_456, 99] {
            assert!(!misprint_shaped(d), "{d}");
        }
    }

    #[test]
    fn sums_are_written_as_the_total_is() {
        assert_eq!(written_like("$375,201,000", 373_201_000.0), "$373,201,000");
        assert_eq!(written_like("$2,939,925.22", 2_939_926.22), "$2,939,926.22");
        assert_eq!(written_like("1,251,640", 1_251_010.0), "1,251,010");
        assert_eq!(written_like("125164", 125_010.0), "125010");
    }

    #[test]
    fn a_sum_a_digit_off_in_one_paragraph() {
        let sound = "The mint struck $72,847,750 in silver. Of this amount $47,084,450 remain in the vaults, and only $25,763,300 are in the hands of the people.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        // The last part with a digit slipped: $9 short.
        let got = run(&sound.replace("$25,763,300", "$25,763,291"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning near-sum $47,084,450 + $25,763,291 = $72,847,741, a digit or two off the $72,847,750 beside them"),
            "{got:?}"
        );
        // Two neighbouring digits swapped in a part, the total in an earlier sentence.
        let swapped = "Receipts from customs were $23,747,864.66. In the first five months they came to $7,842,306.90, and in the last seven to $15,950,557.76.";
        assert_eq!(run(swapped).len(), 1, "{:?}", run(swapped));
        let sound = swapped.replace("$15,950,557.76", "$15,905,557.76");
        assert!(run(&sound).is_empty(), "{:?}", run(&sound));
    }

    #[test]
    fn rounded_short_and_unrelated_figures_stay_quiet() {
        for text in [
            // Whole dollars rounded from cents: a dollar off.
            "Receipts were $20,624,717 and $11,702,905, in all $32,327,623.",
            // Round figures: a missing $500,000 is another figure, not a misprint.
            "The fund has $31,500,000; $3,500,000 came from land and $27,500,000 from customs.",
            // Far apart: no misprint's shape.
            "Imports were $829,402,462 and exports $1,030,278,148, while debt stood at $1,201,563,402.",
            // Different paragraphs.
            "The mint struck $72,847,750 in silver.\n\nOf another sum $47,084,450 remain, and $25,763,291 circulate.",
            // The total is the exact sum of another pair.
            "Of $72,847,750 coined, $47,084,450 were kept and $25,763,300 paid out; the mint also held $25,763,291.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_misprint_another_rule_reports_is_not_reported_again() {
        let text = "Revenues were $269,000,586.62 and expenditures $238,660,008.93, leaving a surplus of $30,340,757.69.";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("stated-result"), "{got:?}");
    }
}
