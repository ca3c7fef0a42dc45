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

/// A figure's magnitude and significant digits.
type Digits = (i32, u64);

/// The note a finding of swapped digits carries.
const NOTE: &str = " (the digits are swapped: a misprint?)";

/// The most significant digits read: an f64 holds fifteen exactly.
const MAX_DIGITS: i32 = 15;

/// A figure's digits as its magnitude and its significant digits, trailing zeros dropped:
/// $15 billion is (10, 15), 102.6 million (8, 1026), 4.5 (0, 45). Arithmetic, not text: it
/// runs for every amount and count of every document.
fn digits(value: f64) -> Option<Digits> {
    let v = value.abs();
    if !v.is_finite() || v < MIN_VALUE {
        return None;
    }
    let magnitude = v.log10().floor() as i32;
    let scaled = (v * 10f64.powi(MAX_DIGITS - 1 - magnitude)).round();
    if scaled >= 1e15 * 10.0 {
        return None;
    }
    let mut d = scaled as u64;
    if d == 0 {
        return None;
    }
    while d.is_multiple_of(10) {
        d /= 10;
    }
    (d >= 10).then_some((magnitude, d))
}

/// The significant digits that differ from `own` by two neighbouring digits swapped, a zero
/// after the last counted (105 gives 15, as 150 is 105 swapped; 15 gives 51 and 105).
fn swaps(own: u64) -> impl Iterator<Item = u64> {
    // The digits, most significant first, and one zero after them.
    let mut buf = [0u8; 21];
    let mut n = 0;
    let mut d = own;
    while d > 0 {
        buf[n] = (d % 10) as u8;
        d /= 10;
        n += 1;
    }
    buf[..n].reverse();
    let len = n + 1;
    (0..len - 1).filter_map(move |i| {
        // Equal neighbours swap to the same figure; a leading zero makes another magnitude.
        if buf[i] == buf[i + 1] || (i == 0 && buf[1] == 0) {
            return None;
        }
        let mut v = buf;
        v.swap(i, i + 1);
        let mut x = v[..len].iter().fold(0u64, |x, &d| x * 10 + u64::from(d));
        while x.is_multiple_of(10) {
            x /= 10;
        }
        (x != own).then_some(x)
    })
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

/// The fewest significant digits of an amount compared without the thing it is of: two sums of
/// money of four digits or more that differ by two swapped neighbours ("$102.6bn" and
/// "$120.6bn") are one sum mistyped, whatever follows them.
const NAMELESS_DIGITS: u64 = 1000;

/// True when figure `k` is an amount precise enough to be compared without its thing.
fn precise_amount(qs: &[Quantity], k: usize) -> bool {
    // Not counts: a year misread as a count ("in 1842" … "in 1824") swaps as easily.
    qs[k].kind == Kind::Money && digits(qs[k].stated).is_some_and(|(_, d)| d >= NAMELESS_DIGITS)
}

/// What two figures must share to be one figure: kind, unit, currency, the event where both
/// name one, and the thing (or, for two precise amounts, no other thing).
fn alike(qs: &[Quantity], things: &[Option<String>], a: usize, b: usize) -> bool {
    let (x, y) = (&qs[a], &qs[b]);
    let same_thing = match (&things[a], &things[b]) {
        (Some(s), Some(t)) => s == t,
        _ => precise_amount(qs, a) && precise_amount(qs, b),
    };
    x.kind == y.kind
        && x.unit == y.unit
        && x.currency == y.currency
        && x.event.zip(y.event).is_none_or(|(e, f)| e == f)
        && same_thing
}

/// Reports each figure whose digits are those of an earlier figure of the same thing with two
/// neighbours swapped.
pub(super) fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let candidate = |q: &Quantity| {
        matches!(q.kind, Kind::Money | Kind::Count)
            && q.direction.is_none()
            // "around 54,000" is an estimate of its own, "up to 1.4 million" a ceiling: a
            // figure typed again is typed as it stands.
            && q.qualifier == Qualifier::Exact
            && q.value.hi.is_some()
    };
    // Figures by magnitude and digits, each value's figures in document order: a figure's
    // swapped readings are looked up, not compared with every other figure.
    let mut by_digits: FxHashMap<Digits, Vec<usize>> = FxHashMap::default();
    for (i, q) in qs.iter().enumerate().filter(|(_, q)| candidate(q)) {
        if let Some(key) = digits(q.stated) {
            by_digits.entry(key).or_default().push(i);
        }
    }
    // Each value's swapped values present, looked up by their digits; sorted for a stable
    // order of findings (only the values that have a twin, almost always none).
    let mut pairs: Vec<(&Digits, Vec<Digits>)> = by_digits
        .keys()
        .filter_map(|key| {
            let found: Vec<Digits> = swaps(key.1)
                .map(|d| (key.0, d))
                .filter(|k| by_digits.contains_key(k))
                .collect();
            (!found.is_empty()).then_some((key, found))
        })
        .collect();
    if pairs.is_empty() {
        return;
    }
    pairs.sort();
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
            // Only "two or more than two" is asked: a thing of thousands of values (a
            // one-paragraph archive) stops being counted at three.
            if v.len() < 3 && !v.contains(&qs[k].stated) {
                v.push(qs[k].stated);
            }
        }
    }
    let twice_told = |k: usize| match things[k].as_deref() {
        Some(t) => values[&(qs[k].kind.name(), t, magnitude(k))].len() == 2,
        None => precise_amount(qs, k),
    };
    let heads = crate::rules::detect::tally::headline_figures(ctx);
    for (key, found) in pairs {
        for j in by_digits[key].iter().copied().filter(|&j| twice_told(j)) {
            // The first earlier figure of a swapped value, of the same thing, in another
            // sentence; not a headline's amount (one restated in the lede is the headline
            // detector's).
            let first = found
                .iter()
                .filter_map(|k| {
                    by_digits[k]
                        .iter()
                        .copied()
                        .take_while(|&i| i < j)
                        .find(|&i| {
                            qs[i].sentence != qs[j].sentence
                                && !(qs[i].kind == Kind::Money && i < heads)
                                && alike(qs, &things, i, j)
                        })
                })
                .min();
            let Some(i) = first else {
                continue;
            };
            // A figure this rule's other repetition checks already reported.
            if out
                .iter()
                .any(|f| f.rule == rule.id && f.span == qs[j].span)
            {
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
    use super::{digits, swaps};
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn digits_and_swaps() {
        assert_eq!(digits(15e9), Some((10, 15)));
        assert_eq!(digits(102.6e9), Some((11, 1026)));
        assert_eq!(digits(4.7e6), Some((6, 47)));
        assert_eq!(digits(1_291_744.5), Some((6, 12_917_445)));
        assert_eq!(digits(12.0), None);
        assert_eq!(digits(500.0), None);
        let swapped = |d: u64| swaps(d).collect::<Vec<u64>>();
        assert_eq!(swapped(15), [51, 105]);
        assert_eq!(swapped(971), [791, 917, 9701]);
        assert_eq!(swapped(105), [15, 1005]);
        // Equal neighbours swap to the same figure; a leading zero is another magnitude.
        assert_eq!(swapped(11), [101]);
        assert_eq!(swapped(1026), [1206, 1062, 10206]);
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

    /// Two precise amounts (four significant digits or more) are compared even when neither
    /// names what it is of, past a headline that gives the amount too; less precise ones are
    /// not.
    #[test]
    fn precise_amounts_with_swapped_digits_need_no_thing() {
        let text = |n: &str| {
            format!(
                "Country Closes $102.6bn Debt Swap\n\nThe country has closed its $102.6bn (£53.5bn) \
                 swap. Holders of 76% accepted. Its 2001 default on the {n} was the largest ever."
            )
        };
        assert!(run(&text("$102.6bn")).is_empty());
        let got = run(&text("$120.6bn"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("digits are swapped"), "{got:?}");
        for quiet in [
            "A ticket costs $125. Parking costs $152 on match days.",
            "The firm earned $1.25bn. Its rival spent $1.52bn on research.",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
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
