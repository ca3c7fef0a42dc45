//! The numeral grammar: digits ("1,200", "3.5", "3.5m", "21st"), number words ("twenty-three",
//! "one hundred and five", "a dozen", "half a million"), mixed forms ("1.5 million",
//! "4 thousand 3 hundred and 21"), ordinals and fractions ("a third", "two-thirds", "three fifths").
//!
//! It reads one numeral at a token position and knows nothing of hedges, units or what is counted:
//! those belong to `figure.rs` and `bind.rs`.

use super::interval::significant_unit;
use super::token::{TokKind, Token};
use crate::lexicon::{LEXICON, NumWord};

/// The tokens of one sentence with the text they index, in original and ASCII-lower case.
#[derive(Clone, Copy)]
pub struct Toks<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub toks: &'a [Token],
}

impl<'a> Toks<'a> {
    pub fn len(&self) -> usize {
        self.toks.len()
    }
    pub fn exact(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .map_or("", |t| &self.text[t.start..t.end])
    }
    pub fn lower(&self, i: usize) -> &'a str {
        self.toks
            .get(i)
            .map_or("", |t| &self.lower[t.start..t.end])
    }
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
    }
    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Num)
    }
    /// No white space between token `i - 1` and token `i`.
    pub fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.kind(i) == Some(TokKind::Punct) && self.exact(i) == p
    }
    /// A hyphen or a dash of any kind.
    pub fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Punct) && matches!(self.exact(i), "-" | "–" | "‑" | "—")
    }
    pub fn capitalized(&self, i: usize) -> bool {
        self.exact(i).chars().next().is_some_and(char::is_uppercase)
    }
}

/// What kind of numeral was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    Cardinal,
    Ordinal,
    Fraction,
}

/// One numeral: tokens `[first, end)` and its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Numeral {
    pub first: usize,
    pub end: usize,
    pub value: f64,
    /// One unit of the last significant digit as written (300 → 100; 1.25m → 10,000).
    pub unit: f64,
    /// Written with a decimal point or a scale of a thousand or more: a rounded figure.
    pub rounded: bool,
    pub form: Form,
    /// Written (partly) in words.
    pub words: bool,
    /// A scale or dozen word used alone in the plural ("thousands", "dozens"): vague.
    pub vague_plural: bool,
    /// Digits joined by more than one dot ("192.168.1.2"): an identifier, not a value.
    pub dotted: bool,
    /// Digits written with a leading zero ("007"): an identifier.
    pub leading_zero: bool,
    /// The multiplier of a closing scale word ("2 to 3 million" lends it to the 2), else 1.
    pub scale: f64,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Last {
    None,
    Article,
    Unit,
    Teen,
    Tens,
    Hundred,
    Scale(f64),
    Digits,
}

/// Reads the digits at `i`: "1,200", "3.5", ".5". Returns (value, decimals, end, dotted, leading_zero).
fn digits(t: &Toks, i: usize) -> Option<(f64, u32, usize, bool, bool)> {
    let mut j = i;
    let mut s = String::new();
    if t.is_num(j) {
        s.push_str(t.exact(j));
        j += 1;
        // Thousands groups: ",ddd" attached.
        while t.is_punct(j, ",")
            && t.attached(j)
            && t.is_num(j + 1)
            && t.attached(j + 1)
            && t.exact(j + 1).len() == 3
        {
            s.push_str(t.exact(j + 1));
            j += 2;
        }
    } else if !(t.is_punct(j, ".") && t.is_num(j + 1) && t.attached(j + 1)) {
        return None;
    }
    let leading_zero = s.len() > 1 && s.starts_with('0');
    let mut decimals = 0;
    let mut dotted = false;
    if t.is_punct(j, ".") && t.attached(j) && t.is_num(j + 1) && t.attached(j + 1) {
        let frac = t.exact(j + 1);
        s.push('.');
        s.push_str(frac);
        decimals = frac.len() as u32;
        j += 2;
        while t.is_punct(j, ".") && t.attached(j) && t.is_num(j + 1) && t.attached(j + 1) {
            dotted = true;
            j += 2;
        }
    }
    if s.is_empty() || s == "." {
        return None;
    }
    let v: f64 = if let Some(rest) = s.strip_prefix('.') {
        format!("0.{rest}").parse().ok()?
    } else {
        s.parse().ok()?
    };
    Some((v, decimals, j, dotted, leading_zero))
}

fn ordinal_suffix(s: &str) -> bool {
    matches!(s, "st" | "nd" | "rd" | "th")
}

/// Reads a numeral starting at token `i`, if one starts there.
pub fn read(t: &Toks, i: usize) -> Option<Numeral> {
    let first = i;
    let lx = &*LEXICON;
    let mut total = 0.0f64;
    let mut cur = 0.0f64;
    let mut last = Last::None;
    let mut j = i;
    let mut words = false;
    let mut decimals = 0u32;
    let mut mantissa = 0.0f64; // the figure before the last scale word
    let mut scale_used = 1.0f64;
    let mut dotted = false;
    let mut leading_zero = false;
    let mut form = Form::Cardinal;
    let mut end = i;
    let mut vague_plural = false;

    // "a"/"an" reads as 1 only before a scale, "dozen", "half"/"quarter" or an ordinal (a fraction).
    if t.is_word(j) && matches!(t.lower(j), "a" | "an" | "one") && t.lower(j) != "one" {
        let next = lx.number(t.lower(j + 1));
        match next {
            Some(NumWord::Hundred | NumWord::Scale(_, false) | NumWord::Dozen(false)) => {
                last = Last::Article;
                j += 1;
                words = true;
            }
            Some(NumWord::Half | NumWord::Quarter) => {
                let d = if next == Some(NumWord::Half) { 2.0 } else { 4.0 };
                return Some(fraction(first, j + 2, 1.0 / d));
            }
            Some(NumWord::Ordinal(o)) if o >= 3.0 => {
                // "a third of voters" is a fraction; "a third suspect" an ordinal.
                let after = j + 2;
                let ordinal_use = t.is_word(after)
                    && !matches!(t.lower(after), "of" | "and" | "or" | "more" | "less");
                if ordinal_use {
                    return Some(Numeral {
                        form: Form::Ordinal,
                        ..fraction(first, after, o)
                    });
                }
                return Some(fraction(first, after, 1.0 / o));
            }
            _ => return None,
        }
    }
    // "half a million", "half a dozen", "half".
    if last == Last::None && t.is_word(j) && t.lower(j) == "half" {
        if matches!(t.lower(j + 1), "a" | "an") {
            match lx.number(t.lower(j + 2)) {
                Some(NumWord::Scale(s, false)) => {
                    return Some(Numeral {
                        rounded: true,
                        unit: s / 2.0,
                        scale: s,
                        form: Form::Cardinal,
                        ..fraction(first, j + 3, s / 2.0)
                    });
                }
                Some(NumWord::Dozen(false)) => {
                    return Some(Numeral {
                        form: Form::Cardinal,
                        ..fraction(first, j + 3, 6.0)
                    });
                }
                _ => {}
            }
        }
        return Some(fraction(first, j + 1, 0.5));
    }

    loop {
        // Joiners inside a numeral: "twenty-three", "one hundred and five".
        if j > first && last != Last::Article {
            if t.is_punct(j, "-") && t.attached(j) && t.attached(j + 1) && t.is_word(j + 1) {
                let next = lx.number(t.lower(j + 1));
                let ok = matches!(
                    (last, next),
                    (Last::Tens, Some(NumWord::Unit(_) | NumWord::Ordinal(_)))
                        | (
                            Last::Unit | Last::Teen | Last::Tens,
                            Some(NumWord::FractionPlural(_))
                        )
                        | (Last::Unit, Some(NumWord::Ordinal(_) | NumWord::Half | NumWord::Quarter))
                );
                if ok {
                    j += 1;
                }
            } else if t.lower(j) == "and" && t.is_word(j) {
                // "two hundred and five", "one and a half", "twenty and three fifths".
                if matches!(t.lower(j + 1), "a" | "an") && t.lower(j + 2) == "half" {
                    cur += 0.5;
                    decimals = decimals.max(1);
                    j += 3;
                    end = j;
                    last = Last::Digits;
                    continue;
                }
                let next = lx.number(t.lower(j + 1));
                let joins = match last {
                    Last::Hundred | Last::Scale(_) => {
                        matches!(
                            next,
                            Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_))
                        ) || (t.is_num(j + 1) && words)
                    }
                    _ => false,
                };
                if joins {
                    j += 1;
                } else if matches!(next, Some(NumWord::Unit(_) | NumWord::Teen(_) | NumWord::Tens(_)))
                    && matches!(
                        lx.number(t.lower(j + 2)),
                        Some(NumWord::FractionPlural(_))
                    )
                    && matches!(last, Last::Unit | Last::Teen | Last::Tens)
                {
                    // "twenty and three fifths"
                    let n = word_value(next);
                    if let Some(NumWord::FractionPlural(d)) = lx.number(t.lower(j + 2)) {
                        cur += n / d;
                        j += 3;
                        end = j;
                        decimals = decimals.max(1);
                        form = Form::Fraction;
                        break;
                    }
                } else {
                    break;
                }
            }
        }

        // Digits.
        if let Some((v, dec, after, dot, lz)) = digits(t, j) {
            let ok = match last {
                Last::None => true,
                Last::Hundred | Last::Scale(_) => !dot && (j == first || !t.attached(j)) && {
                    let limit = match last {
                        Last::Hundred => 100.0,
                        Last::Scale(s) => s,
                        _ => unreachable!(),
                    };
                    v < limit && total + cur > 0.0
                },
                _ => false,
            };
            if !ok {
                break;
            }
            cur = if last == Last::None { v } else { cur + v };
            decimals = dec;
            dotted |= dot;
            leading_zero |= lz && last == Last::None;
            last = Last::Digits;
            j = after;
            end = j;
            if dotted {
                break;
            }
            // Attached suffixes: "21st", "3.5m", "$4.2bn", "100K".
            if t.is_word(j) && t.attached(j) {
                let suffix = t.exact(j);
                if ordinal_suffix(&suffix.to_ascii_lowercase()) && decimals == 0 {
                    form = Form::Ordinal;
                    end = j + 1;
                    break;
                }
                if let Some(s) = lx.scale_suffix(suffix) {
                    mantissa = cur;
                    total += cur * s;
                    cur = 0.0;
                    scale_used = s;
                    end = j + 1;
                    last = Last::Scale(s);
                    break;
                }
            }
            continue;
        }

        if !t.is_word(j) {
            break;
        }
        let Some(w) = lx.number(t.lower(j)) else {
            break;
        };
        match w {
            NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v) => {
                let is_tens = matches!(w, NumWord::Tens(_));
                let is_unit = matches!(w, NumWord::Unit(_));
                let ok = match last {
                    Last::None | Last::Hundred | Last::Scale(_) => true,
                    Last::Tens => is_unit && v > 0.0 && cur % 10.0 == 0.0,
                    _ => false,
                };
                if !ok {
                    // "one eighth" handled below; "five zero" stops here.
                    break;
                }
                let _ = is_tens;
                cur += v;
                last = match w {
                    NumWord::Unit(_) => Last::Unit,
                    NumWord::Teen(_) => Last::Teen,
                    _ => Last::Tens,
                };
            }
            NumWord::Hundred => {
                let ok = match last {
                    Last::None | Last::Article => !t.lower(j).ends_with('s'),
                    Last::Unit | Last::Teen | Last::Tens => true,
                    Last::Digits => cur < 1000.0,
                    _ => false,
                };
                if !ok {
                    if last == Last::None && t.lower(j) == "hundreds" {
                        vague_plural = true;
                        cur = 100.0;
                        j += 1;
                        end = j;
                        words = true;
                    }
                    break;
                }
                if cur == 0.0 {
                    cur = 1.0;
                }
                mantissa = cur;
                cur *= 100.0;
                scale_used = 100.0;
                last = Last::Hundred;
            }
            NumWord::Scale(s, plural) => {
                if plural && matches!(last, Last::None) {
                    vague_plural = true;
                    cur = s;
                    j += 1;
                    end = j;
                    words = true;
                    break;
                }
                let prev_ok = match last {
                    Last::Scale(p) => s < p && cur > 0.0,
                    Last::None => !plural,
                    _ => true,
                };
                if !prev_ok {
                    break;
                }
                if cur == 0.0 {
                    cur = 1.0;
                }
                mantissa = cur;
                total += cur * s;
                cur = 0.0;
                scale_used = s;
                last = Last::Scale(s);
            }
            NumWord::Dozen(plural) => {
                if plural && last == Last::None {
                    vague_plural = true;
                    cur = 12.0;
                    j += 1;
                    end = j;
                    words = true;
                    break;
                }
                if !matches!(last, Last::None | Last::Article | Last::Unit | Last::Teen | Last::Tens | Last::Digits) {
                    break;
                }
                if cur == 0.0 {
                    cur = 1.0;
                }
                cur *= 12.0;
                words = true;
                j += 1;
                end = j;
                break;
            }
            NumWord::Ordinal(o) => {
                if o >= 100.0 {
                    // hundredth, thousandth: a multiplier, then the numeral ends.
                    if last == Last::None {
                        cur = o;
                    } else {
                        if cur == 0.0 {
                            cur = 1.0;
                        }
                        cur *= o;
                    }
                    form = Form::Ordinal;
                    words = true;
                    j += 1;
                    end = j;
                    break;
                }
                let composes = match last {
                    Last::None | Last::Hundred | Last::Scale(_) => true,
                    Last::Tens => o < 10.0 && cur % 10.0 == 0.0,
                    _ => false,
                };
                if composes {
                    cur += o;
                    form = Form::Ordinal;
                } else if matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Digits)
                    && o >= 3.0
                    && total == 0.0
                {
                    // "one eighth": a numerator and a denominator.
                    cur /= o;
                    form = Form::Fraction;
                } else {
                    break;
                }
                words = true;
                j += 1;
                end = j;
                break;
            }
            NumWord::FractionPlural(d) => {
                if !matches!(last, Last::Unit | Last::Teen | Last::Tens | Last::Digits) || total != 0.0 {
                    break;
                }
                cur /= d;
                form = Form::Fraction;
                words = true;
                j += 1;
                end = j;
                break;
            }
            NumWord::Half | NumWord::Quarter => {
                // "one half", "three quarters" (singular "quarter" only after "one").
                let d = if w == NumWord::Half { 2.0 } else { 4.0 };
                if !matches!(last, Last::Unit) || (d == 2.0 && cur != 1.0) || total != 0.0 {
                    break;
                }
                cur /= d;
                form = Form::Fraction;
                words = true;
                j += 1;
                end = j;
                break;
            }
        }
        words = true;
        j += 1;
        end = j;
    }

    if end == first || (last == Last::Article && end <= first + 1) {
        return None;
    }
    let value = total + cur;
    // A figure that ends in a scale of a thousand or more ("1.2 million", "3.5m") or has a
    // decimal point is rounded; its last significant digit is worth `unit`.
    let trailing_scale = matches!(last, Last::Scale(_));
    let (unit, rounded, scale) = if trailing_scale {
        (significant_unit(mantissa, decimals, scale_used), true, scale_used)
    } else if decimals > 0 && form == Form::Cardinal {
        (10f64.powi(-(decimals as i32)) * if last == Last::Hundred { 100.0 } else { 1.0 }, true, 1.0)
    } else {
        (significant_unit(value, 0, 1.0), false, 1.0)
    };
    // A numeral that is only a bare "a" never gets here; a lone scale word ("million") is not
    // a figure either.
    if words && !vague_plural && form == Form::Cardinal && t.is_word(first) {
        if let Some(NumWord::Scale(..) | NumWord::Hundred) = lx.number(t.lower(first)) {
            if end == first + 1 {
                return None;
            }
        }
    }
    Some(Numeral {
        first,
        end,
        value,
        unit,
        rounded,
        form,
        words,
        vague_plural,
        dotted,
        leading_zero,
        scale,
    })
}

fn word_value(w: Option<NumWord>) -> f64 {
    match w {
        Some(NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v)) => v,
        _ => 0.0,
    }
}

fn fraction(first: usize, end: usize, value: f64) -> Numeral {
    Numeral {
        first,
        end,
        value,
        unit: 1.0,
        rounded: false,
        form: Form::Fraction,
        words: true,
        vague_plural: false,
        dotted: false,
        leading_zero: false,
        scale: 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::super::token::tokenize;
    use super::*;

    /// Reads the numeral at the start of `text`: (value, form, the text it covers).
    fn read_str(text: &str) -> Option<(f64, Form, String)> {
        let lower = text.to_ascii_lowercase();
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        let t = Toks {
            text,
            lower: &lower,
            toks: &toks,
        };
        read(&t, 0).map(|n| {
            let s = toks[n.first].start;
            let e = toks[n.end - 1].end;
            (n.value, n.form, text[s..e].to_string())
        })
    }

    fn value(text: &str) -> f64 {
        read_str(text).unwrap_or_else(|| panic!("no numeral in {text:?}")).0
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
        assert_eq!(value("two hundred and two thousand"), 202000.0);
        assert_eq!(value("seven hundred twenty-one thousand twelve"), 721012.0);
        assert_eq!(value("twenty-one trillion and three hundred"), 21e12 + 300.0);
        assert_eq!(value("hundred thousand dollars"), 100000.0);
        assert_eq!(value("one and a half"), 1.5);
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
    fn ordinals_and_fractions() {
        assert_eq!(read_str("a third suspect").unwrap().1, Form::Ordinal);
        assert_eq!(read_str("a third suspect").unwrap().0, 3.0);
        let third = read_str("a third of voters").unwrap();
        assert_eq!(third.1, Form::Fraction);
        assert!((third.0 - 1.0 / 3.0).abs() < 1e-12);
        assert_eq!(value("two-thirds") * 3.0, 2.0);
        assert_eq!(value("three fifths"), 0.6);
        assert_eq!(value("one eighth"), 0.125);
        assert_eq!(read_str("twenty-first").unwrap(), (21.0, Form::Ordinal, "twenty-first".into()));
        assert_eq!(read_str("42nd").unwrap(), (42.0, Form::Ordinal, "42nd".into()));
        assert_eq!(read_str("half of them").unwrap().1, Form::Fraction);
        assert_eq!(value("twenty and three fifths"), 20.6);
    }

    #[test]
    fn vague_plurals() {
        let n = read_str("thousands of").unwrap();
        assert_eq!(n.2, "thousands");
        assert!(read(&toks_of("dozens"), 0).unwrap().vague_plural);
    }

    fn toks_of(text: &'static str) -> Toks<'static> {
        let lower: &'static str = Box::leak(text.to_ascii_lowercase().into_boxed_str());
        let mut toks = Vec::new();
        tokenize(text, 0, text.len(), &mut toks);
        Toks {
            text,
            lower,
            toks: Box::leak(toks.into_boxed_slice()),
        }
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
        let t = toks_of("1.2 million");
        let n = read(&t, 0).unwrap();
        assert!(n.rounded);
        assert_eq!(n.unit, 100000.0);
        let t = toks_of("300");
        let n = read(&t, 0).unwrap();
        assert!(!n.rounded);
        assert_eq!(n.unit, 100.0);
        let t = toks_of("2.5");
        assert!(read(&t, 0).unwrap().rounded);
    }
}
