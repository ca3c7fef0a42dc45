//! Transposed digits: "$15B Jobs Bill" over "the $51 billion bill", "971K vehicles" over
//! "791,000 vehicles". Two figures of one kind, unit and thing whose digits differ only by two
//! neighbours swapped are one figure mistyped: the commonest typo of a number, and one no
//! looser reading explains. A warning: which of the two is right the page cannot say.

use crate::extract::{Kind, Qualifier, Quantity};
use crate::rules::kinds::same;
use crate::rules::{Ctx, Finding, Rule};
use rustc_hash::FxHashMap;

/// The smallest figure read for swapped digits: "12" and "21" of a small count are as often
/// two figures as one mistyped.
const MIN_VALUE: f64 = 100.0;

/// The note a finding of swapped digits carries.
const NOTE: &str = " (the digits are swapped: a misprint?)";

/// A figure's digits as its magnitude and its significant digits, trailing zeros dropped:
/// $15 billion is (10, "15"), 102.6 million (8, "1026"), 4.5 (0, "45").
fn digits(value: f64) -> Option<(i32, String)> {
    let v = value.abs();
    if !v.is_finite() || v < MIN_VALUE {
        return None;
    }
    let magnitude = v.log10().floor() as i32;
    let text = format!("{v}");
    let all: String = text.chars().filter(char::is_ascii_digit).collect();
    let significant = all.trim_start_matches('0').trim_end_matches('0');
    (significant.len() >= 2).then(|| (magnitude, significant.to_string()))
}

/// True when `a` and `b` (significant digits of one magnitude) differ only by two neighbouring
/// digits swapped; the shorter is padded with zeros ("105" and "15" are 105 and 150).
fn swapped(a: &str, b: &str) -> bool {
    let n = a.len().max(b.len());
    let pad = |s: &str| {
        let mut v = s.as_bytes().to_vec();
        v.resize(n, b'0');
        v
    };
    let (a, b) = (pad(a), pad(b));
    let differ: Vec<usize> = (0..n).filter(|&i| a[i] != b[i]).collect();
    matches!(differ[..], [i, j] if j == i + 1 && a[i] == b[j] && a[j] == b[i])
}

/// The thing a figure is of: the noun a count counts, the head of the noun phrase after an
/// amount ("$15B Jobs Bill" and "the $51 billion bill" are of a bill). A figure of no named
/// thing is left alone: swapped digits are then as often two figures.
fn thing(ctx: &Ctx, k: usize) -> Option<String> {
    let q = &ctx.qs[k];
    match q.kind {
        Kind::Count => q.counts.clone(),
        Kind::Money => {
            let st = ctx.structure();
            let t = st.toks(ctx.doc, q.sentence)?;
            let phrase = super::super::headline::amount_noun(&t, st.phrases[k].last)?;
            phrase.rsplit(' ').next().map(str::to_string)
        }
        _ => None,
    }
}

/// What two figures must share to be one figure: kind, unit, currency, the event where both
/// name one, and the thing.
fn alike(qs: &[Quantity], things: &[Option<String>], a: usize, b: usize) -> bool {
    let (x, y) = (&qs[a], &qs[b]);
    x.kind == y.kind
        && x.unit == y.unit
        && x.currency == y.currency
        && x.event.zip(y.event).is_none_or(|(e, f)| e == f)
        && things[a].is_some()
        && things[a] == things[b]
}

/// Reports each figure whose digits are those of an earlier figure of the same thing with two
/// neighbours swapped.
pub(super) fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let candidate = |q: &Quantity| {
        matches!(q.kind, Kind::Money | Kind::Count)
            && q.direction.is_none()
            // "around 54,000" is an estimate of its own, not a figure typed again.
            && !matches!(
                q.qualifier,
                Qualifier::Range | Qualifier::Approx | Qualifier::Nearly | Qualifier::Vague
            )
            && q.value.hi.is_some()
    };
    // Figures by magnitude and digits, each value's figures in document order: a figure's
    // swapped readings are looked up, not compared with every other figure.
    let mut by_digits: FxHashMap<(i32, String), Vec<usize>> = FxHashMap::default();
    for (i, q) in qs.iter().enumerate().filter(|(_, q)| candidate(q)) {
        if let Some(key) = digits(q.stated) {
            by_digits.entry(key).or_default().push(i);
        }
    }
    if by_digits.len() < 2 {
        return;
    }
    let things: Vec<Option<String>> = (0..qs.len())
        .map(|k| {
            if candidate(&qs[k]) {
                thing(ctx, k)
            } else {
                None
            }
        })
        .collect();
    // How many values of one magnitude each thing is given: a text that gives a thing three
    // or more (a month's jobs report, a budget's lines) compares figures of it, and two of
    // them may share their digits by chance.
    let magnitude = |k: usize| digits(qs[k].stated).map_or(i32::MIN, |(m, _)| m);
    let mut values: FxHashMap<(&str, &str, i32), Vec<f64>> = FxHashMap::default();
    for (k, t) in things.iter().enumerate() {
        if let Some(t) = t {
            let v = values
                .entry((qs[k].kind.name(), t.as_str(), magnitude(k)))
                .or_default();
            if !v.contains(&qs[k].stated) {
                v.push(qs[k].stated);
            }
        }
    }
    let twice_told = |k: usize| {
        things[k]
            .as_deref()
            .is_some_and(|t| values[&(qs[k].kind.name(), t, magnitude(k))].len() == 2)
    };
    let heads = crate::rules::detect::tally::headline_figures(ctx);
    let mut keys: Vec<&(i32, String)> = by_digits.keys().collect();
    keys.sort();
    for key @ (magnitude, own) in keys {
        // The swapped readings present, of one magnitude.
        let others = by_digits
            .iter()
            .filter(|((m, d), _)| m == magnitude && d != own && swapped(own, d));
        for j in by_digits[key].iter().copied().filter(|&j| twice_told(j)) {
            // The first earlier figure of a swapped value, of the same thing, in another
            // sentence.
            let first = others
                .clone()
                .filter_map(|(_, figures)| {
                    figures
                        .iter()
                        .copied()
                        .take_while(|&i| i < j)
                        .find(|&i| qs[i].sentence != qs[j].sentence && alike(qs, &things, i, j))
                })
                .min();
            let Some(i) = first else {
                continue;
            };
            // A headline's amount restated in the lede is the headline detector's.
            if qs[i].kind == Kind::Money && i < heads {
                continue;
            }
            let before = out.len();
            same::findings(rule, ctx, &[ctx.operand(i), ctx.operand(j)], out);
            for f in &mut out[before..] {
                f.soften();
                f.message.push_str(NOTE);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{digits, swapped};
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn digits_and_swaps() {
        assert_eq!(digits(15e9), Some((10, "15".into())));
        assert_eq!(digits(102.6e9), Some((11, "1026".into())));
        assert_eq!(digits(12.0), None);
        assert_eq!(digits(500.0), None);
        assert!(swapped("15", "51"));
        assert!(swapped("971", "791"));
        assert!(swapped("105", "15"));
        assert!(!swapped("15", "16"));
        assert!(!swapped("123", "321"));
        assert!(!swapped("1234", "2143"));
    }

    #[test]
    fn a_figure_restated_with_two_digits_swapped() {
        let text = |n: &str| {
            format!(
                "The $15 billion bill cleared the Senate on Tuesday. Critics say the {n} bill will do little for hiring."
            )
        };
        assert!(run(&text("$15 billion")).is_empty());
        let got = run(&text("$51 billion"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning repeated-figure") && got[0].contains("digits are swapped"),
            "{got:?}"
        );
        // A count of the same things, a headline against its body.
        let got = run(
            "Maker Recalls 971,000 Cars\n\nThe maker said on Friday that 791,000 cars had the faulty part.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn swapped_digits_of_other_things_estimates_or_series_are_quiet() {
        for text in [
            // Other things counted, other events, small counts, one sentence.
            "The firm sold 150 cars. It hired 510 workers.",
            "He rushed for 123 yards. He passed for 132 yards.",
            "Police arrested 12 men. Another 21 men were questioned.",
            "Prices ranged from $150 to $510 a night.",
            // An estimate of its own.
            "The cap is 45,000 refugees. About 54,000 refugees were admitted this year.",
            // A series of values of one thing: two may share digits by chance.
            "The economy added 114,000 jobs in May. It added 141,000 jobs in June and 160,000 jobs in July.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }
}
