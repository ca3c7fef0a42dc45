//! Property tests (proptest): numbers read back to the value written, in digits and in words;
//! the interval arithmetic the checks rely on obeys its laws; and no input, however odd, makes
//! extraction or checking panic or hand back a span outside the text.
//!
//! Case counts are kept modest so that this file runs in a few seconds in a debug build.

use figcheck::interval::Interval;
use figcheck::rules::{RuleSet, check};
use figcheck::source::{Format, read};
use figcheck::{Document, Span, extract};
use proptest::prelude::*;
use std::sync::LazyLock;

/// `cases` cases, or `PROPTEST_CASES` when set (for a longer run by hand:
/// `PROPTEST_CASES=20000 cargo test --release --test properties`).
fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        // Shrinking a failure of a slow property can take long; a few hundred steps suffice.
        max_shrink_iters: 512,
        ..ProptestConfig::default()
    }
}

/// The quantities of one sentence of plain text: (text of the span, stated value).
fn figures(text: &str) -> Vec<(String, f64)> {
    let doc = Document::from_text("prop", text);
    extract(&doc)
        .iter()
        .map(|q| (doc.text[q.span.range()].to_string(), q.stated))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// 1. Numbers in digits
// ---------------------------------------------------------------------------------------------

/// `n` with a comma between every group of three digits: 1234567 → "1,234,567".
fn with_separators(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[test]
fn separators_are_placed_every_three_digits() {
    assert_eq!(with_separators(0), "0");
    assert_eq!(with_separators(999), "999");
    assert_eq!(with_separators(1000), "1,000");
    assert_eq!(with_separators(1_234_567), "1,234,567");
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn digits_read_back(n in 0u64..10_000_000) {
        let written = n.to_string();
        let got = figures(&format!("Officials counted {written} people."));
        prop_assert_eq!(got.len(), 1, "{:?}", got);
        prop_assert_eq!(&got[0].0, &written);
        prop_assert_eq!(got[0].1, n as f64);
    }

    #[test]
    fn digits_with_separators_read_back(n in 0u64..10_000_000) {
        let written = with_separators(n);
        let got = figures(&format!("Officials counted {written} people."));
        prop_assert_eq!(got.len(), 1, "{:?}", got);
        prop_assert_eq!(&got[0].0, &written);
        prop_assert_eq!(got[0].1, n as f64);
    }
}

// ---------------------------------------------------------------------------------------------
// 2. Numbers in words
// ---------------------------------------------------------------------------------------------

/// How a number is written out. The grammar reads British "and" ("three hundred and six") and
/// its absence, hyphenated and spaced tens ("forty-two", "forty two"). It does not read a comma
/// after "thousand" as part of the number: "forty thousand, one hundred" is two figures, as a
/// list would be, so no style here writes one.
#[derive(Clone, Copy, Debug)]
struct Style {
    and: bool,
    hyphen: bool,
}

const ONES: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// 1..=99 in words.
fn below_hundred(n: u64, style: Style) -> String {
    assert!((1..100).contains(&n));
    if n < 20 {
        return ONES[n as usize].to_string();
    }
    let (t, o) = (TENS[(n / 10) as usize], n % 10);
    match (o, style.hyphen) {
        (0, _) => t.to_string(),
        (_, true) => format!("{t}-{}", ONES[o as usize]),
        (_, false) => format!("{t} {}", ONES[o as usize]),
    }
}

/// 1..=999 in words.
fn below_thousand(n: u64, style: Style) -> String {
    assert!((1..1000).contains(&n));
    let (h, rest) = (n / 100, n % 100);
    let mut out = String::new();
    if h > 0 {
        out.push_str(ONES[h as usize]);
        out.push_str(" hundred");
        if rest > 0 {
            out.push_str(if style.and { " and " } else { " " });
        }
    }
    if rest > 0 {
        out.push_str(&below_hundred(rest, style));
    }
    out
}

/// 0..1,000,000 in English words: "three hundred and forty-two thousand one hundred and six".
fn words(n: u64, style: Style) -> String {
    assert!(n < 1_000_000);
    if n == 0 {
        return "zero".into();
    }
    let (th, rest) = (n / 1000, n % 1000);
    let mut out = String::new();
    if th > 0 {
        out.push_str(&below_thousand(th, style));
        out.push_str(" thousand");
        if rest > 0 {
            // "one thousand and five", but "one thousand two hundred".
            out.push_str(if style.and && rest < 100 {
                " and "
            } else {
                " "
            });
        }
    }
    if rest > 0 {
        out.push_str(&below_thousand(rest, style));
    }
    out
}

#[test]
fn words_are_written_as_expected() {
    let british = Style {
        and: true,
        hyphen: true,
    };
    let plain = Style {
        and: false,
        hyphen: false,
    };
    assert_eq!(
        words(342_106, british),
        "three hundred and forty-two thousand one hundred and six"
    );
    assert_eq!(
        words(342_106, plain),
        "three hundred forty two thousand one hundred six"
    );
    assert_eq!(words(1_005, british), "one thousand and five");
    assert_eq!(words(90_000, british), "ninety thousand");
    assert_eq!(words(0, british), "zero");
}

/// Numbers worth sampling more often than a uniform draw would: round ones, the teens, the
/// edges of each group.
fn interesting_number() -> impl Strategy<Value = u64> {
    prop_oneof![
        3 => 0u64..1_000_000,
        1 => 0u64..100,
        1 => (1u64..1000).prop_map(|n| n * 1000),
        1 => (0u64..1000, prop::sample::select(vec![0u64, 1, 10, 11, 19, 20, 99, 100]))
            .prop_map(|(a, b)| a * 1000 + b),
    ]
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn words_read_back(n in interesting_number(), and in any::<bool>(), hyphen in any::<bool>()) {
        let written = words(n, Style { and, hyphen });
        let got = figures(&format!("Officials counted {written} people."));
        prop_assert_eq!(got.len(), 1, "{} → {:?}", written, got);
        prop_assert_eq!(&got[0].0, &written);
        prop_assert_eq!(got[0].1, n as f64, "{}", written);
    }
}

// ---------------------------------------------------------------------------------------------
// 3. Interval arithmetic
// ---------------------------------------------------------------------------------------------
//
// Bounds and members lie on a grid of quarters within ±2^23, so every sum is exact in f64 and
// the laws can be tested without floating-point slack.

const STEP: f64 = 0.25;
/// How far below or above a finite bound members of an unbounded side are drawn.
const REACH: i64 = 4_000_000;

fn iv(lo: Option<i64>, hi: Option<i64>, lo_open: bool, hi_open: bool) -> Interval {
    Interval {
        lo: lo.map(|q| q as f64 * STEP),
        hi: hi.map(|q| q as f64 * STEP),
        lo_open: lo_open && lo.is_some(),
        hi_open: hi_open && hi.is_some(),
    }
}

/// Mostly closed intervals, some open at either end, some unbounded; never inverted.
fn interval() -> impl Strategy<Value = Interval> {
    let bound = -REACH..REACH;
    let width = prop_oneof![1 => Just(0i64), 1 => 0i64..8, 3 => 0..REACH];
    (
        bound,
        width,
        prop_oneof![3 => Just(false), 1 => Just(true)],
        prop_oneof![3 => Just(false), 1 => Just(true)],
        prop_oneof![7 => Just(false), 1 => Just(true)],
        prop_oneof![7 => Just(false), 1 => Just(true)],
    )
        .prop_map(|(lo, w, lo_open, hi_open, lo_none, hi_none)| {
            iv(
                (!lo_none).then_some(lo),
                (!hi_none).then_some(lo + w),
                lo_open,
                hi_open,
            )
        })
}

/// The grid members of an interval, as a range of quarter indices (possibly empty).
fn grid(i: &Interval) -> std::ops::RangeInclusive<i64> {
    let q = |v: f64| (v / STEP) as i64;
    let lo = match i.lo {
        Some(v) => q(v) + i64::from(i.lo_open),
        None => i.hi.map_or(-REACH, |h| q(h) - REACH),
    };
    let hi = match i.hi {
        Some(v) => q(v) - i64::from(i.hi_open),
        None => i.lo.map_or(REACH, |l| q(l) + REACH),
    };
    lo..=hi
}

/// A member of `i` picked by `seed`, or None when no grid point lies in it.
fn member(i: &Interval, seed: u64) -> Option<f64> {
    let g = grid(i);
    if g.is_empty() {
        return None;
    }
    let n = (g.end() - g.start()) as u64 + 1;
    // The ends are where mistakes hide: pick them often.
    let k = match seed % 4 {
        0 => 0,
        1 => n - 1,
        _ => (seed / 4) % n,
    };
    Some((g.start() + k as i64) as f64 * STEP)
}

/// True when some real number lies in `i`.
fn non_empty(i: &Interval) -> bool {
    match (i.lo, i.hi) {
        (Some(lo), Some(hi)) => lo < hi || (lo == hi && !i.lo_open && !i.hi_open),
        _ => true,
    }
}

#[test]
fn the_test_grid_matches_contains() {
    let i = iv(Some(4), Some(8), true, false);
    assert_eq!(grid(&i), 5..=8);
    assert!(!i.contains(1.0) && i.contains(1.25) && i.contains(2.0) && !i.contains(2.25));
    assert!(grid(&iv(Some(4), Some(4), true, false)).is_empty());
    assert!(!non_empty(&iv(Some(4), Some(4), false, true)));
    assert!(non_empty(&iv(None, Some(4), false, true)));
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn members_are_contained(a in interval(), seed in any::<u64>()) {
        if let Some(x) = member(&a, seed) {
            prop_assert!(a.contains(x), "{:?} ∌ {}", a, x);
        }
    }

    #[test]
    fn sums_contain_sums_of_members(
        a in interval(),
        b in interval(),
        seeds in prop::collection::vec((any::<u64>(), any::<u64>()), 8),
    ) {
        let sum = a.add(&b);
        for (sa, sb) in seeds {
            let (Some(x), Some(y)) = (member(&a, sa), member(&b, sb)) else {
                continue;
            };
            prop_assert!(sum.contains(x + y), "{:?} + {:?} = {:?} ∌ {} + {}", a, b, sum, x, y);
        }
    }

    #[test]
    fn addition_commutes(a in interval(), b in interval()) {
        prop_assert_eq!(a.add(&b), b.add(&a));
    }

    #[test]
    fn adding_zero_changes_nothing(a in interval()) {
        prop_assert_eq!(a.add(&Interval::exact(0.0)), a);
    }

    #[test]
    fn overlaps_is_symmetric(a in interval(), b in interval()) {
        prop_assert_eq!(a.overlaps(&b), b.overlaps(&a), "{:?} / {:?}", a, b);
    }

    #[test]
    fn a_non_empty_interval_overlaps_itself(a in interval()) {
        prop_assert_eq!(a.overlaps(&a), non_empty(&a), "{:?}", a);
    }

    #[test]
    fn a_common_member_means_overlap(a in interval(), b in interval(), seed in any::<u64>()) {
        if let Some(x) = member(&a, seed)
            && b.contains(x)
        {
            prop_assert!(a.overlaps(&b), "{:?} and {:?} share {}", a, b, x);
        }
    }

    #[test]
    fn overlap_of_closed_intervals_means_a_common_member(
        a in interval().prop_filter("closed", |i| !i.lo_open && !i.hi_open),
        b in interval().prop_filter("closed", |i| !i.lo_open && !i.hi_open),
    ) {
        // For closed intervals the larger finite lower bound is a witness, or, when both are
        // unbounded below, the smaller finite upper bound.
        if a.overlaps(&b) {
            let witness = a
                .lo
                .into_iter()
                .chain(b.lo)
                .reduce(f64::max)
                .or_else(|| a.hi.into_iter().chain(b.hi).reduce(f64::min))
                .unwrap_or(0.0);
            prop_assert!(
                a.contains(witness) && b.contains(witness),
                "{:?} and {:?} overlap, but not at {}",
                a,
                b,
                witness
            );
        }
    }

    #[test]
    fn contains_agrees_with_overlapping_an_exact_value(
        a in interval(),
        seed in any::<u64>(),
        nudge in -2i64..=2,
    ) {
        // Values at and around the bounds, and members inside.
        let v = match seed % 3 {
            0 => a.lo.unwrap_or(0.0) + nudge as f64 * STEP,
            1 => a.hi.unwrap_or(0.0) + nudge as f64 * STEP,
            _ => member(&a, seed / 3).unwrap_or(nudge as f64),
        };
        prop_assert_eq!(a.contains(v), a.overlaps(&Interval::exact(v)), "{:?} at {}", a, v);
        prop_assert_eq!(a.contains(v), Interval::exact(v).overlaps(&a), "{:?} at {}", a, v);
    }

    #[test]
    fn closed_and_exact_construct_what_they_say(lo in -REACH..REACH, w in 0..REACH) {
        let (lo, hi) = (lo as f64 * STEP, (lo + w) as f64 * STEP);
        let c = Interval::closed(lo, hi);
        prop_assert!(c.contains(lo) && c.contains(hi) && !c.lo_open && !c.hi_open);
        prop_assert!(!c.contains(lo - STEP) && !c.contains(hi + STEP));
        let e = Interval::exact(lo);
        prop_assert!(e.is_exact() && e.contains(lo) && !e.contains(lo + STEP));
    }
}

// ---------------------------------------------------------------------------------------------
// 4. Robustness
// ---------------------------------------------------------------------------------------------

static DEFAULT_RULES: LazyLock<RuleSet> = LazyLock::new(RuleSet::default_pack);

fn assert_span(text: &str, s: Span, what: &str) -> Result<(), TestCaseError> {
    prop_assert!(
        s.start <= s.end && s.end <= text.len(),
        "{} span {:?} out of bounds ({} bytes)",
        what,
        s,
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{} span {:?} not on char boundaries",
        what,
        s
    );
    Ok(())
}

/// Reads `text` in `format`, extracts and checks it with the default pack: nothing may panic,
/// and every span must lie on character boundaries of the text.
fn run_everything(text: &str, format: Format) -> Result<(), TestCaseError> {
    let (doc, _extras) = read("prop".into(), text.to_string(), format);
    prop_assert_eq!(
        doc.text.len(),
        text.len(),
        "the prose keeps the source's length"
    );
    for s in doc.paragraphs.iter().chain(&doc.sentences) {
        assert_span(&doc.text, *s, "block")?;
        assert_span(doc.source_text(), *s, "block (source)")?;
    }
    let qs = extract(&doc);
    for q in &qs {
        assert_span(&doc.text, q.span, "quantity")?;
        assert_span(doc.source_text(), q.span, "quantity (source)")?;
        prop_assert!(!q.span.is_empty(), "empty quantity span {:?}", q.span);
        prop_assert!(q.sentence < doc.sentences.len());
        for c in q.noun.iter().chain(&q.context) {
            assert_span(&doc.text, *c, "noun or context")?;
        }
        prop_assert!(!q.stated.is_nan(), "NaN stated value at {:?}", q.span);
    }
    for f in check(&doc, &qs, &DEFAULT_RULES) {
        assert_span(&doc.text, f.span, "finding")?;
        for r in &f.related {
            assert_span(&doc.text, r.span, "related")?;
        }
        // Line and column of every finding can be computed.
        let _ = doc.line_col(f.span.start);
    }
    Ok(())
}

/// Pieces of news copy: words that matter to the grammar, numerals in every shape, the
/// punctuation figures are built from, and the white space that splits paragraphs.
fn piece() -> impl Strategy<Value = String> {
    let words = prop::sample::select(vec![
        "people",
        "were",
        "killed",
        "arrested",
        "about",
        "more",
        "than",
        "fewer",
        "nearly",
        "between",
        "and",
        "to",
        "of",
        "million",
        "billion",
        "thousand",
        "hundred",
        "dozen",
        "dozens",
        "a",
        "half",
        "third",
        "per",
        "cent",
        "percent",
        "percentage",
        "points",
        "up",
        "from",
        "rose",
        "fell",
        "including",
        "in",
        "Belgium",
        "France",
        "Mr.",
        "U.S.",
        "No.",
        "year-old",
        "km",
        "bn",
        "m",
        "twenty-three",
        "one",
        "four",
        "minus",
        "some",
        "of whom",
        "them",
        "which",
        "while",
        "or",
        "increase",
        "Police",
        "made",
        "arrests",
        "Jan.",
        "St.",
    ])
    .prop_map(str::to_string);
    let punct = prop::sample::select(vec![
        "—", "–", "-", "%", "$", "£", "€", "US$", ",", ".", ":", ";", "/", "(", ")", "\"", "“",
        "”", "’", "'", "!", "?", "…", "&", "&amp;", "&nbsp;", "*", "**", "_", "#", "<b>", "</b>",
        "<p>", "</p>", "<div>", "`", "[", "](x)", ">", "|", "<!--", "-->", "。", "½",
    ])
    .prop_map(str::to_string);
    let space = prop::sample::select(vec![
        " ", " ", " ", "\n", "\n\n", "\u{a0}", "\t", "\r\n", "",
    ])
    .prop_map(str::to_string);
    let number = prop_oneof![
        "[0-9]{1,8}",
        "[0-9]{1,3}(,[0-9]{3}){1,3}",
        "[0-9]{0,4}\\.[0-9]{1,4}",
        "[0-9]{1,3}(st|nd|rd|th|m|bn|k|K|%)",
        "[0-9]{1,2}[:/][0-9]{1,2}(/[0-9]{2,4})?",
        "[0-9]{1,4}-[0-9]{1,4}",
    ];
    prop_oneof![4 => words, 3 => number, 3 => punct, 3 => space]
}

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|ps| ps.concat())
}

/// The formats a robustness case is read in.
const FORMATS: [Format; 3] = [Format::Text, Format::Markdown, Format::Html];

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        run_everything(&text, Format::Text)?;
    }

    #[test]
    fn arbitrary_markup_never_panics(text in any::<String>(), html in any::<bool>()) {
        run_everything(&text, if html { Format::Html } else { Format::Markdown })?;
    }

    #[test]
    fn news_like_text_never_panics(text in news_like(), f in 0usize..3) {
        run_everything(&text, FORMATS[f])?;
    }
}
