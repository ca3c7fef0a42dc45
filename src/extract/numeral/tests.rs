use super::*;
use crate::extract::token::with_toks;

/// Reads the numeral at the start of `text`: (value, form, the text it covers).
fn read_str(text: &str) -> Option<(f64, Form, String)> {
    with_toks(text, |t| {
        read(t, 0).map(|n| {
            let s = t.toks[n.first].start;
            let e = t.toks[n.end - 1].end;
            (n.value, n.form, text[s..e].to_string())
        })
    })
}

fn value(text: &str) -> f64 {
    read_str(text)
        .unwrap_or_else(|| panic!("no numeral in {text:?}"))
        .0
}

#[test]
fn digits_with_separators_and_decimals() {
    assert_eq!(value("1,200 people"), 1200.0);
    assert_eq!(value("1,234,567"), 1234567.0);
    assert_eq!(value("3.5 km"), 3.5);
    assert_eq!(value(".5"), 0.5);
    // "1,2" is not a thousands group: the numeral is 1.
    assert_eq!(read_str("1,2").unwrap().2, "1");
}

#[test]
fn number_words() {
    assert_eq!(value("four"), 4.0);
    assert_eq!(value("twenty-three"), 23.0);
    assert_eq!(value("twenty three"), 23.0);
    assert_eq!(value("one hundred and five"), 105.0);
    assert_eq!(value("a hundred"), 100.0);
    assert_eq!(value("a dozen"), 12.0);
    assert_eq!(value("two dozen"), 24.0);
    assert_eq!(value("three dozens"), 36.0);
    assert_eq!(value("half a million"), 500000.0);
    // Half a dozen, however it is written.
    assert_eq!(value("half a dozen"), 6.0);
    assert_eq!(value("a half-dozen people"), 6.0);
    assert_eq!(value("a half dozen people"), 6.0);
    assert_eq!(value("half-dozen rockets"), 6.0);
    assert_eq!(value("a half-million dollars"), 500000.0);
    assert_eq!(value("two hundred and two thousand"), 202000.0);
    assert_eq!(value("seven hundred twenty-one thousand twelve"), 721012.0);
    assert_eq!(
        value("twenty-one trillion and three hundred"),
        21e12 + 300.0
    );
    assert_eq!(value("hundred thousand dollars"), 100000.0);
    assert_eq!(value("one and a half"), 1.5);
    // Old style: "seven and a half billions of its war debt".
    assert_eq!(value("seven and a half billions"), 7_500_000_000.0);
}

#[test]
fn scales_after_digits_and_words() {
    assert_eq!(value("1.5 million"), 1.5e6);
    assert_eq!(value("3.5m"), 3.5e6);
    assert_eq!(value("4.2bn"), 4.2e9);
    assert_eq!(value("100K"), 100000.0);
    assert_eq!(value("three billion"), 3e9);
    assert_eq!(value("4 thousand 3 hundred and 21"), 4321.0);
    assert_eq!(value("2.12 hundred"), 212.0);
}

#[test]
fn exponents_give_finite_values_or_none() {
    assert_eq!(value("1.3e6"), 1.3e6);
    assert_eq!(value("2.5^-1"), 0.4);
    // Found by the `numeral` fuzz target: 0 × 10^345 was 0 × ∞ = NaN.
    assert_eq!(value("0e345"), 0.0);
    for huge in ["1e400", "0^-1", &"9".repeat(400)] {
        assert_eq!(read_str(huge), None, "{huge}");
    }
}

#[test]
fn ordinals_and_fractions() {
    assert_eq!(read_str("a third suspect").unwrap().1, Form::Ordinal);
    assert_eq!(read_str("a third suspect").unwrap().0, 3.0);
    let third = read_str("a third of voters").unwrap();
    assert_eq!(third.1, Form::Fraction);
    assert!((third.0 - 1.0 / 3.0).abs() < 1e-12);
    assert_eq!(value("two-thirds") * 3.0, 2.0);
    assert_eq!(value("three fifths"), 0.6);
    assert_eq!(value("one eighth"), 0.125);
    assert_eq!(
        read_str("twenty-first").unwrap(),
        (21.0, Form::Ordinal, "twenty-first".into())
    );
    assert_eq!(
        read_str("42nd").unwrap(),
        (42.0, Form::Ordinal, "42nd".into())
    );
    assert_eq!(read_str("half of them").unwrap().1, Form::Fraction);
    assert_eq!(value("twenty and three fifths"), 20.6);
}

#[test]
fn vague_plurals() {
    let n = read_str("thousands of").unwrap();
    assert_eq!(n.2, "thousands");
    assert!(with_toks("dozens", |t| read(t, 0).unwrap().vague_plural));
}

#[test]
fn not_numerals() {
    assert!(read_str("a policewoman").is_none());
    assert!(read_str("million").is_none());
    assert!(read_str("Thursday").is_none());
    // "five zero" is two numerals, not fifty.
    assert_eq!(read_str("five zero").unwrap().2, "five");
}

#[test]
fn significant_units_and_rounding() {
    let n = with_toks("1.2 million", |t| read(t, 0)).unwrap();
    assert!(n.rounded);
    assert_eq!(n.unit, 100000.0);
    let n = with_toks("300", |t| read(t, 0)).unwrap();
    assert!(!n.rounded);
    assert_eq!(n.unit, 100.0);
    assert!(with_toks("2.5", |t| read(t, 0)).unwrap().rounded);
}

/// "and a half" set with hyphens, and "one-half", read as spaced: "two-and-a-half years" is
/// 2.5, "one-and-a-half million" 1.5 million, "five and one-half million" 5.5 million.
#[test]
fn hyphenated_halves() {
    assert_eq!(value("two-and-a-half years"), 2.5);
    assert_eq!(value("15-and-a-half miles"), 15.5);
    assert_eq!(value("one-and-a-half million families"), 1_500_000.0);
    assert_eq!(value("five and one-half million people"), 5_500_000.0);
    assert_eq!(value("three-and-a-quarter hours"), 3.25);
    let (v, form, text) = read_str("one-half of the states").unwrap();
    assert_eq!((v, form, text.as_str()), (0.5, Form::Fraction, "one-half"));
    // Not without every hyphen glued: "two - and a half" is two.
    assert_eq!(value("two - and a half"), 2.0);
}
