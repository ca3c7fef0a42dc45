//! The numeral grammar: digits ("1,200", "3.5", "3.5m", "21st"), number words ("twenty-three",
//! "one hundred and five", "a dozen", "half a million"), mixed forms ("1.5 million",
//! "4 thousand 3 hundred and 21"), ordinals and fractions ("a third", "two-thirds", "three fifths").
//!
//! It reads one numeral at a token position and knows nothing of hedges, units or what is counted:
//! those belong to `figure.rs` and `bind.rs`.

use super::token::{TokKind, Toks};
use crate::interval::significant_unit;
use crate::lexicon::{Group, LEXICON, NumWord};

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
    /// One unit of the last digit as written, its zeros counted: 1 for "300", 0.1 for "2.5", a
    /// million for "$200m" (300 in words gives 100: words write no zeros).
    pub written: f64,
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

/// Digits read at a token: value, digits after the point, first token after them, and flags.
struct Digits {
    value: f64,
    decimals: u32,
    end: usize,
    dotted: bool,
    leading_zero: bool,
}

/// The characters allowed between groups of a number written with spaces ("40 000").
fn is_group_space(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
}

/// The most integer digits (leading zeros aside) a finite `f64` has: 1.8 × 10^308 has 309.
const MAX_DIGITS: usize = 309;

/// Reads the digits at `i`: "1,200", "3.5", ".5", "40 000", "1.3e6", "2.5^-1", "2.48×10−5".
fn digits(t: &Toks, i: usize) -> Option<Digits> {
    let mut j = i;
    // The number's characters: its first run of digits, borrowed, until thousands groups or
    // decimals join it (`joined`). Most numbers are one run ("17", "2015") and allocate nothing.
    let mut first = "";
    let mut joined = String::new();
    if t.is_num(j) {
        first = t.exact(j);
        j += 1;
        // Digits that count, leading zeros aside: past `MAX_DIGITS` the value is beyond a float
        // and the numeral is none, so the groups are not read on. Reading them all would cost
        // time quadratic in a run of groups ("1,234,234,…" a megabyte long), as each of its
        // groups starts the reading again.
        let mut significant = first.trim_start_matches('0').len();
        let mut count = |g: &str| {
            significant = if significant == 0 {
                g.trim_start_matches('0').len()
            } else {
                significant + g.len()
            };
            significant <= MAX_DIGITS
        };
        let join = |joined: &mut String, group: &str| {
            if joined.is_empty() {
                joined.push_str(first);
            }
            joined.push_str(group);
        };
        if t.is_punct(j, ",") && t.attached(j) {
            // Thousands groups: ",ddd" attached.
            while t.is_punct(j, ",")
                && t.attached(j)
                && t.is_num(j + 1)
                && t.attached(j + 1)
                && t.exact(j + 1).len() == 3
            {
                if !count(t.exact(j + 1)) {
                    return None;
                }
                join(&mut joined, t.exact(j + 1));
                j += 2;
            }
        } else if first.len() <= 3 && !first.starts_with('0') {
            // Groups separated by one space: "40 000", "1 234 567".
            while t.is_num(j)
                && t.exact(j).len() == 3
                && is_group_space(&t.text[t.toks[j - 1].end..t.toks[j].start])
                && !(t.is_num(j + 1) && t.attached(j + 1))
            {
                if !count(t.exact(j)) {
                    return None;
                }
                join(&mut joined, t.exact(j));
                j += 1;
            }
        }
    } else if !(t.is_punct(j, ".") && t.is_num(j + 1) && t.attached(j + 1)) {
        return None;
    }
    let integer = if joined.is_empty() { first } else { &joined };
    let leading_zero = integer.len() > 1 && integer.starts_with('0');
    let mut decimals = 0;
    let mut dotted = false;
    if t.is_punct(j, ".")
        && (t.attached(j) || first.is_empty())
        && t.is_num(j + 1)
        && t.attached(j + 1)
    {
        let frac = t.exact(j + 1);
        // ".5" reads as "0.5".
        joined.push_str(if first.is_empty() {
            "0"
        } else if joined.is_empty() {
            first
        } else {
            ""
        });
        joined.push('.');
        joined.push_str(frac);
        decimals = frac.len() as u32;
        j += 2;
        while t.is_punct(j, ".") && t.attached(j) && t.is_num(j + 1) && t.attached(j + 1) {
            dotted = true;
            j += 2;
        }
    }
    let mut value: f64 = match (joined.is_empty(), first.len()) {
        (false, _) => joined.parse().ok()?,
        (true, 0) => return None,
        // Up to 19 digits fit a u64 exactly, and its conversion rounds as parsing would.
        (true, 1..=19) => first
            .bytes()
            .fold(0u64, |v, d| v * 10 + u64::from(d - b'0')) as f64,
        (true, _) => first.parse().ok()?,
    };
    if !dotted && let Some((exp, kind, after)) = exponent(t, j) {
        value = match kind {
            // "0e345" is 0, not 0 × ∞ = NaN.
            Exponent::Ten if value == 0.0 => 0.0,
            Exponent::Ten => value * 10f64.powi(exp),
            Exponent::Power => value.powi(exp),
        };
        j = after;
        decimals = 0;
    }
    // Digits beyond a float ("1e400", "0^-1", 310 nines) are no figure: an infinite value
    // would print as an unbounded interval and turn into NaN in any sum.
    if !value.is_finite() {
        return None;
    }
    Some(Digits {
        value,
        decimals,
        end: j,
        dotted,
        leading_zero,
    })
}

enum Exponent {
    /// "1.3e6", "2.48×10−5": times ten to the power.
    Ten,
    /// "2.5^-1": to the power.
    Power,
}

/// A sign and digits written straight on: "-1", "+14", "--23" (two minuses cancel).
fn signed_int(t: &Toks, mut j: usize) -> Option<(i32, usize)> {
    let mut negative = false;
    while t.attached(j)
        && t.kind(j) == Some(TokKind::Punct)
        && matches!(t.exact(j), "-" | "+" | "−")
    {
        negative ^= t.exact(j) != "+";
        j += 1;
    }
    if !(t.is_num(j) && t.attached(j)) || t.exact(j).len() > 3 {
        return None;
    }
    let v: i32 = t.exact(j).parse().ok()?;
    Some((if negative { -v } else { v }, j + 1))
}

fn exponent(t: &Toks, j: usize) -> Option<(i32, Exponent, usize)> {
    if !t.attached(j) {
        return None;
    }
    if t.is_word(j) && matches!(t.exact(j), "e" | "E") {
        let (e, after) = signed_int(t, j + 1)?;
        return Some((e, Exponent::Ten, after));
    }
    if t.is_punct(j, "^") {
        let (e, after) = signed_int(t, j + 1)?;
        return Some((e, Exponent::Power, after));
    }
    // "1.3x10^6", "2.48×10−5"
    let times = (t.is_word(j) && t.exact(j) == "x") || t.is_punct(j, "×");
    if times && t.exact(j + 1) == "10" && t.attached(j + 1) {
        let k = if t.is_punct(j + 2, "^") && t.attached(j + 2) {
            j + 3
        } else {
            j + 2
        };
        if !t.attached(k) {
            return None;
        }
        let (e, after) = signed_int(t, k)?;
        return Some((e, Exponent::Ten, after));
    }
    None
}

fn ordinal_suffix(s: &str) -> bool {
    matches!(s, "st" | "nd" | "rd" | "th")
}

/// Unicode vulgar fractions.
pub fn vulgar_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅕" => 0.2,
        "⅖" => 0.4,
        "⅗" => 0.6,
        "⅘" => 0.8,
        "⅙" => 1.0 / 6.0,
        "⅚" => 5.0 / 6.0,
        "⅛" => 0.125,
        "⅜" => 0.375,
        "⅝" => 0.625,
        "⅞" => 0.875,
        _ => return None,
    })
}

/// A number word, also when a tens word is written together with a unit or an ordinal
/// ("twentyfifth", "seventythird"): then the pair of words.
pub(crate) fn number_word(t: &Toks, j: usize) -> Option<(NumWord, Option<NumWord>)> {
    if !t.is_word(j) {
        return None;
    }
    let w = t.lower(j);
    if let Some(n) = LEXICON.number(w) {
        return Some((n, None));
    }
    // "sixfold", "tenfold": the number of a multiplier (the figure reads the "fold").
    if let Some(n) = w.strip_suffix("fold").and_then(|stem| LEXICON.number(stem))
        && matches!(
            n,
            NumWord::Unit(_)
                | NumWord::Teen(_)
                | NumWord::Tens(_)
                | NumWord::Hundred
                | NumWord::Scale(_, false)
        )
    {
        return Some((n, None));
    }
    // Plural ordinals as denominators: "twenty-firsts", "forty-oneths".
    if let Some(stem) = w.strip_suffix('s') {
        let ordinal = LEXICON
            .number(stem)
            .or_else(|| stem.strip_suffix("th").and_then(|u| LEXICON.number(u)));
        // "seconds" and "firsts" are no denominators on their own ("8 seconds" is a time).
        // "three twenty firsts": after a tens word, "firsts" is the denominator 21.
        let after_tens = j > 0
            && matches!(
                t.lower(j - 1),
                "twenty" | "thirty" | "forty" | "fifty" | "sixty" | "seventy" | "eighty" | "ninety"
            );
        if let Some(NumWord::Ordinal(o) | NumWord::Unit(o)) = ordinal
            && (t.is_dash(j.wrapping_sub(1)) || after_tens || (3.0..10.0).contains(&o))
        {
            return Some((NumWord::FractionPlural(o), None));
        }
    }
    for tens in [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ] {
        if let Some(rest) = w.strip_prefix(tens) {
            let second = LEXICON.number(rest)?;
            if matches!(second, NumWord::Unit(v) | NumWord::Ordinal(v) if (1.0..10.0).contains(&v))
            {
                return Some((LEXICON.number(tens)?, Some(second)));
            }
            return None;
        }
    }
    None
}

/// True for a hyphen or dash joining two number words: "twenty-three", "twenty—fifth",
/// "fifty - two".
fn joiner(t: &Toks, j: usize) -> bool {
    t.is_dash(j) && t.is_word(j + 1) && (t.attached(j) == t.attached(j + 1))
}

/// Digits spelled as words after "point": "point zero three" → ("03"), "point seventy-one" → "71".
fn point_digits(t: &Toks, mut j: usize) -> Option<(String, usize)> {
    if t.is_num(j) {
        return Some((t.exact(j).to_string(), j + 1));
    }
    let mut out = String::new();
    loop {
        match number_word(t, j) {
            Some((NumWord::Unit(v), None)) => {
                out.push(char::from(b'0' + v as u8));
                j += 1;
            }
            Some((NumWord::Teen(v), None)) => {
                out.push_str(&(v as u32).to_string());
                j += 1;
            }
            Some((NumWord::Tens(v), second)) => {
                let mut v = v as u32;
                j += 1;
                if let Some(NumWord::Unit(u)) = second {
                    v += u as u32;
                } else if joiner(t, j)
                    && let Some((NumWord::Unit(u), None)) = number_word(t, j + 1)
                {
                    v += u as u32;
                    j += 2;
                }
                out.push_str(&v.to_string());
            }
            _ => break,
        }
    }
    (!out.is_empty()).then_some((out, j))
}

/// Reads a numeral starting at token `i`, if one starts there.
pub fn read(t: &Toks, i: usize) -> Option<Numeral> {
    read_with(t, i, false, 0)
}

/// Reads an ordinal that is the denominator of a fraction after a numerator: "twenty-firsts"
/// (21), "twenty fifths" (25), "one hundred fifth" (105).
pub fn read_denominator(t: &Toks, i: usize) -> Option<Numeral> {
    read_with(t, i, true, 0).filter(|n| n.form == Form::Ordinal)
}

/// How deep a numeral may be read inside another: the part after "and" in "one hundred and
/// three quarters" or "one billion and a half million" is read by a nested call, and such a
/// part never holds more than one further part of its own. Without a bound, "one hundred and
/// one hundred and …" nested one call per "and": a stack overflow on a long enough line, and
/// time quadratic in its length, as every token started the whole chain again.
const MAX_NESTING: u8 = 2;

/// How many tokens a numeral read inside another may look at ("a hundred and fifty-five
/// million" is eight). Without a bound, "one billion and one billion and …", one numeral, had
/// every "and" read the rest of the chain, and every "and" of that read again.
const NESTED_TOKENS: usize = 24;

/// [`read_with`] one level deeper within [`NESTED_TOKENS`], or `None` past [`MAX_NESTING`].
fn read_nested(t: &Toks, i: usize, plural_as_ordinal: bool, depth: u8) -> Option<Numeral> {
    if depth >= MAX_NESTING {
        return None;
    }
    let window = Toks {
        toks: &t.toks[..t.len().min(i.saturating_add(NESTED_TOKENS))],
        ..*t
    };
    read_with(&window, i, plural_as_ordinal, depth + 1)
}

/// Reads a numeral at `i`; `depth` counts the numerals this one is read inside.
fn read_with(t: &Toks, i: usize, plural_as_ordinal: bool, depth: u8) -> Option<Numeral> {
    let lx = &*LEXICON;
    let first = i;
    let mut j = i;

    if let Some(v) = vulgar_fraction(t.exact(i)).filter(|_| t.kind(i) == Some(TokKind::Punct)) {
        return Some(fraction(first, i + 1, v));
    }
    // "point 77"
    if t.is_word(j) && t.lower(j) == "point" {
        let (d, after) = point_digits(t, j + 1)?;
        let v: f64 = format!("0.{d}").parse().ok()?;
        return Some(Numeral {
            form: Form::Cardinal,
            rounded: true,
            unit: 10f64.powi(-(d.len() as i32)),
            written: 10f64.powi(-(d.len() as i32)),
            ..fraction(first, after, v)
        });
    }

    let mut st = State {
        end: first,
        plural_as_ordinal,
        ..State::default()
    };
    // "a"/"an" reads as 1 only before a scale, "dozen", "half"/"quarter" or an ordinal (a fraction).
    if t.is_word(j) && matches!(t.lower(j), "a" | "an") {
        match lx.number(t.lower(j + 1)) {
            Some(NumWord::Hundred | NumWord::Scale(_, false) | NumWord::Dozen(false)) => {
                st.last = Last::Article;
                j += 1;
            }
            Some(w @ (NumWord::Half | NumWord::Quarter)) => {
                let v = if w == NumWord::Half { 0.5 } else { 0.25 };
                return Some(fraction_of_scale(t, first, j + 2, v));
            }
            Some(NumWord::Tens(_)) => {
                // "a twenty-first": a fraction when nothing it could number follows.
                let d = read_nested(t, j + 1, true, depth).filter(|n| n.form == Form::Ordinal)?;
                if t.is_word(d.end) && t.lower(d.end) != "of" {
                    return None;
                }
                return Some(fraction(first, d.end, 1.0 / d.value));
            }
            Some(NumWord::Ordinal(o)) if o < 3.0 => {
                // "a second suspect"; "a second" alone is time, not a figure.
                let after = j + 2;
                if !t.is_word(after) || LEXICON.in_group(Group::Stop, t.lower(after)) {
                    return None;
                }
                return Some(Numeral {
                    form: Form::Ordinal,
                    ..fraction(first, after, o)
                });
            }
            Some(NumWord::Ordinal(o)) if o >= 3.0 => {
                // "a third of voters" is a fraction; "a third suspect" an ordinal.
                let after = j + 2;
                let ordinal_use = t.is_word(after)
                    && !matches!(
                        t.lower(after),
                        "of" | "and" | "or" | "more" | "less" | "million" | "billion"
                    );
                if ordinal_use {
                    return Some(Numeral {
                        form: Form::Ordinal,
                        ..fraction(first, after, o)
                    });
                }
                return Some(fraction_of_scale(t, first, after, 1.0 / o));
            }
            _ => return None,
        }
    } else if t.is_word(j) && matches!(t.lower(j), "half" | "quarter") {
        // "half a million", "half million", "quarter million", "half a dozen", "half".
        let v = if t.lower(j) == "half" { 0.5 } else { 0.25 };
        let k = if matches!(t.lower(j + 1), "a" | "an") {
            j + 2
        } else {
            j + 1
        };
        match lx.number(t.lower(k)) {
            Some(NumWord::Scale(s, false)) => {
                return Some(Numeral {
                    rounded: true,
                    unit: s * v,
                    written: s * v,
                    scale: s,
                    form: Form::Cardinal,
                    ..fraction(first, k + 1, s * v)
                });
            }
            Some(NumWord::Dozen(false)) => {
                return Some(Numeral {
                    form: Form::Cardinal,
                    ..fraction(first, k + 1, 12.0 * v)
                });
            }
            _ if v == 0.5 => return Some(fraction(first, j + 1, 0.5)),
            _ => return None,
        }
    }

    // `checkpoint`: the state before an "and" that may have to be given back
    // ("3 hundred and 2 hundred" are two numerals).
    let mut checkpoint: Option<(State, usize)> = None;
    loop {
        if j > first && st.last != Last::Article {
            // Joiners: "twenty-three", "twenty—fifth", "fifty - two", "five - eighths".
            if joiner(t, j) {
                let next = number_word(t, j + 1).map(|n| n.0);
                let ok = matches!(
                    (st.last, next),
                    (Last::Tens, Some(NumWord::Unit(_) | NumWord::Ordinal(_)))
                        | (
                            Last::Unit | Last::Teen | Last::Tens,
                            Some(NumWord::FractionPlural(_))
                        )
                        | (Last::Unit, Some(NumWord::Ordinal(_)))
                        | (Last::Hundred, Some(NumWord::FractionPlural(_)))
                );
                if ok {
                    j += 1;
                } else {
                    break;
                }
            } else if t.is_word(j) && t.lower(j) == "point" && st.point_ok() {
                // "five point five", "two hundred point zero three", "1 point 1".
                if let Some((d, after)) = point_digits(t, j + 1) {
                    let v: f64 = format!("0.{d}").parse().unwrap_or(0.0);
                    st.cur += v;
                    st.decimals = d.len() as u32;
                    st.last = Last::Digits;
                    st.words = true;
                    j = after;
                    st.end = j;
                    continue;
                }
                break;
            } else if t.is_word(j) && t.lower(j) == "and" {
                // "five and a half million": the fraction joins the number the scale multiplies.
                if matches!(t.lower(j + 1), "a" | "an")
                    && matches!(t.lower(j + 2), "half" | "quarter")
                    && matches!(lx.number(t.lower(j + 3)), Some(NumWord::Scale(..)))
                    && matches!(st.last, Last::Unit | Last::Teen | Last::Tens | Last::Digits)
                {
                    st.cur += if t.lower(j + 2) == "half" { 0.5 } else { 0.25 };
                    st.words = true;
                    j += 3;
                    st.end = j;
                    continue;
                }
                // "one billion and a half million", "one billion and three quarters million".
                if let Last::Scale(s) = st.last
                    && let Some(part) =
                        read_nested(t, j + 1, false, depth).filter(|n| n.value < s && n.value > 0.0)
                {
                    let part_value = match lx.number(t.lower(part.end)) {
                        Some(NumWord::Scale(s2, false))
                            if part.form == Form::Fraction && s2 < s =>
                        {
                            Some((part.value * s2, part.end + 1))
                        }
                        _ if part.form == Form::Cardinal
                            && part.scale > 1.0
                            && matches!(t.lower(j + 1), "a" | "an") =>
                        {
                            Some((part.value, part.end))
                        }
                        _ => None,
                    };
                    if let Some((v, after)) = part_value {
                        st.total += v;
                        st.words = true;
                        j = after;
                        st.end = j;
                        break;
                    }
                }
                // "one and a half", "two million and three fifths", "one hundred and three quarters".
                if let Some(frac) = read_nested(t, j + 1, false, depth)
                    .filter(|n| n.form == Form::Fraction && n.value < 1.0)
                {
                    match st.last {
                        Last::Scale(s) => st.total += frac.value * s,
                        Last::Unit | Last::Teen | Last::Tens | Last::Hundred | Last::Digits => {
                            st.cur += frac.value
                        }
                        _ => break,
                    }
                    st.decimals = st.decimals.max(1);
                    st.words = true;
                    j = frac.end;
                    st.end = j;
                    break;
                }
                let next = number_word(t, j + 1).map(|n| n.0);
                let joins = matches!(st.last, Last::Hundred | Last::Scale(_))
                    && (matches!(next, Some(NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v)) if v > 0.0)
                        || matches!(next, Some(NumWord::Ordinal(v)) if v < 100.0)
                        || (t.is_num(j + 1) && t.exact(j + 1) != "0" && st.words));
                if !joins {
                    break;
                }
                checkpoint = Some((st, st.end));
                st.joined_by_and = true;
                j += 1;
            }
        }

        // Digits.
        if let Some(d) = digits(t, j) {
            let ok = match st.last {
                Last::None => true,
                Last::Hundred | Last::Scale(_) => {
                    !d.dotted && (j == first || !t.attached(j)) && {
                        let limit = match st.last {
                            Last::Scale(s) => s,
                            _ => 100.0,
                        };
                        d.value < limit && st.total + st.cur > 0.0 && d.decimals == 0
                    }
                }
                _ => false,
            };
            if !ok {
                break;
            }
            st.cur = if st.last == Last::None {
                d.value
            } else {
                st.cur + d.value
            };
            st.decimals = d.decimals;
            st.dotted |= d.dotted;
            st.leading_zero |= d.leading_zero && st.last == Last::None;
            st.last = Last::Digits;
            j = d.end;
            st.end = j;
            if st.dotted {
                break;
            }
            // Suffixes: "21st", "3.5m", "$4.2bn", "100K", "2.33 k".
            if t.is_word(j) {
                let suffix = t.exact(j);
                let spaced = !t.attached(j);
                if !spaced && st.decimals == 0 && ordinal_suffix(&suffix.to_ascii_lowercase()) {
                    st.form = Form::Ordinal;
                    st.end = j + 1;
                    break;
                }
                if let Some(s) = lx.scale_suffix(suffix, spaced)
                    && !(suffix == "m" && metres_after(t, j))
                    // "$5G" is five billion dollars and "10G", "1,674.5 G" are giga, but "5G"
                    // and "4G" (one digit, attached) are networks.
                    && !(suffix == "G"
                        && !spaced
                        && st.cur < 10.0
                        && st.decimals == 0
                        && !(first > 0 && matches!(t.exact(first - 1), "$" | "£" | "€")))
                {
                    st.mantissa = st.cur;
                    st.digit_mantissa = true;
                    st.total += st.cur * s;
                    st.cur = 0.0;
                    st.scale_used = s;
                    st.end = j + 1;
                    st.last = Last::Scale(s);
                    break;
                }
            }
            continue;
        }

        let Some((w, second)) = number_word(t, j) else {
            break;
        };
        if !st.take(t, j, w) {
            if let Some((saved, end)) = checkpoint.take() {
                // A multiplier after "and": the "and" joined two numerals. Give it back.
                if matches!(w, NumWord::Hundred | NumWord::Scale(..)) {
                    st = saved;
                    st.end = end;
                }
            }
            break;
        }
        st.words = true;
        // "sixfold": a multiplier's number ends the numeral.
        let fold = t.lower(j).ends_with("fold");
        j += 1;
        if let Some(w2) = second
            && !st.take(t, j, w2)
        {
            return None;
        }
        st.end = j;
        if st.done || fold {
            break;
        }
    }

    let end = st.end;
    if end <= first || (st.last == Last::Article && end <= first + 1) {
        return None;
    }
    let mut value = st.total + st.cur;
    // "two thirds of a million"
    let mut end = end;
    if st.form == Form::Fraction
        && t.lower(end) == "of"
        && matches!(t.lower(end + 1), "a" | "an")
        && let Some(NumWord::Scale(s, false)) = lx.number(t.lower(end + 2))
    {
        value *= s;
        end += 3;
        st.form = Form::Cardinal;
        st.scale_used = s;
    }
    // A lone scale word ("million", "hundred") is not a figure.
    if st.words
        && !st.vague_plural
        && t.is_word(first)
        && end == first + 1
        && let Some(NumWord::Scale(..) | NumWord::Hundred) = lx.number(t.lower(first))
    {
        return None;
    }
    // A figure that ends in a scale of a thousand or more ("1.2 million", "3.5m") or has a
    // decimal point is rounded; its last significant digit is worth `unit`.
    let (unit, rounded, scale) = if matches!(st.last, Last::Scale(_)) && st.scale_used >= 1000.0 {
        (
            significant_unit(st.mantissa, st.decimals, st.scale_used),
            true,
            st.scale_used,
        )
    } else if st.decimals > 0 && st.form == Form::Cardinal {
        (
            10f64.powi(-(st.decimals as i32)) * if st.last == Last::Hundred { 100.0 } else { 1.0 },
            true,
            1.0,
        )
    } else {
        (significant_unit(value, 0, 1.0), false, 1.0)
    };
    // The last digit as written: zeros count in digits ("$200m" is rounded to the million),
    // not in words ("two hundred million").
    let written = if rounded && (st.digit_mantissa || !st.words) {
        10f64.powi(-(st.decimals as i32)) * scale
    } else if st.words {
        unit
    } else {
        1.0
    };
    Some(Numeral {
        written,
        first,
        end,
        value,
        unit,
        rounded,
        form: st.form,
        words: st.words,
        vague_plural: st.vague_plural,
        dotted: st.dotted,
        leading_zero: st.leading_zero,
        scale,
    })
}

/// True when the "m" at token `m` after digits is metres, not millions: "32m2", "37m (121ft)",
/// "a 37m-long skeleton", "8m tall".
fn metres_after(t: &Toks, m: usize) -> bool {
    let n = m + 1;
    // "32m2", "32m²": square and cubic metres.
    if t.attached(n) && (matches!(t.exact(n), "2" | "3" | "²" | "³")) {
        return true;
    }
    // "37m (121ft)": restated in a unit of length.
    if t.is_punct(n, "(")
        && t.is_num(n + 1)
        && (2..5).any(|k| {
            t.is_word(n + k)
                && matches!(
                    LEXICON.unit(t.lower(n + k)),
                    Some("foot" | "inch" | "yard" | "mile" | "kilometre" | "centimetre")
                )
        })
    {
        return true;
    }
    // "37m-long", "8m tall".
    let k = if t.is_punct(n, "-") && t.attached(n) {
        n + 1
    } else {
        n
    };
    matches!(
        t.lower(k),
        "long" | "tall" | "high" | "wide" | "deep" | "thick"
    )
}

/// "a half million", "a quarter": a fraction, times a scale word when one follows.
fn fraction_of_scale(t: &Toks, first: usize, end: usize, v: f64) -> Numeral {
    if let Some(NumWord::Scale(s, false)) = LEXICON.number(t.lower(end)) {
        return Numeral {
            rounded: true,
            unit: s * v,
            written: s * v,
            scale: s,
            form: Form::Cardinal,
            ..fraction(first, end + 1, s * v)
        };
    }
    fraction(first, end, v)
}

/// The numeral being read.
#[derive(Clone, Copy)]
struct State {
    total: f64,
    cur: f64,
    last: Last,
    end: usize,
    words: bool,
    decimals: u32,
    /// The figure before the last scale word.
    mantissa: f64,
    /// That figure was written in digits ("40 billion", "3.5m"), so its zeros count.
    digit_mantissa: bool,
    scale_used: f64,
    dotted: bool,
    leading_zero: bool,
    form: Form,
    vague_plural: bool,
    /// The value of the tens word last read, for "one hundred thirty fifths" (100/35).
    tens: f64,
    /// A hundred was used in the current group below the last scale.
    hundred_in_group: bool,
    /// What units, teens and tens added since the last hundred or scale ("two" in "three
    /// hundred and two dozens").
    small: f64,
    /// An "and" joined this numeral ("one hundred and thirty fifths" is 130/5, not 100/35).
    joined_by_and: bool,
    /// The numeral is complete (an ordinal, a fraction, a dozen).
    done: bool,
    /// Read "fifths" as "fifth" (see [`read_denominator`]).
    plural_as_ordinal: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            total: 0.0,
            cur: 0.0,
            last: Last::None,
            end: 0,
            words: false,
            decimals: 0,
            mantissa: 0.0,
            digit_mantissa: false,
            scale_used: 1.0,
            dotted: false,
            leading_zero: false,
            form: Form::Cardinal,
            vague_plural: false,
            tens: 0.0,
            hundred_in_group: false,
            small: 0.0,
            joined_by_and: false,
            done: false,
            plural_as_ordinal: false,
        }
    }
}

impl State {
    fn point_ok(&self) -> bool {
        matches!(
            self.last,
            Last::Unit | Last::Teen | Last::Tens | Last::Hundred
        ) || (self.last == Last::Digits && self.decimals == 0)
    }

    /// Takes number word `w` at token `j`; false when it cannot continue this numeral.
    fn take(&mut self, t: &Toks, j: usize, w: NumWord) -> bool {
        let w = match w {
            NumWord::FractionPlural(d) if self.plural_as_ordinal => NumWord::Ordinal(d),
            w => w,
        };
        match w {
            NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v) => {
                let is_unit = matches!(w, NumWord::Unit(_));
                let ok = match self.last {
                    Last::None | Last::Hundred | Last::Scale(_) => true,
                    Last::Tens => is_unit && v > 0.0 && self.cur % 10.0 == 0.0,
                    _ => false,
                };
                if !ok {
                    return false;
                }
                self.cur += v;
                self.small += v;
                self.last = match w {
                    NumWord::Unit(_) => Last::Unit,
                    NumWord::Teen(_) => Last::Teen,
                    _ => {
                        self.tens = v;
                        Last::Tens
                    }
                };
            }
            NumWord::Hundred => {
                let ok = match self.last {
                    Last::None | Last::Article => !t.lower(j).ends_with('s'),
                    Last::Unit | Last::Teen | Last::Tens => !self.hundred_in_group,
                    Last::Digits => self.cur < 1000.0 && !self.hundred_in_group,
                    _ => false,
                };
                if !ok {
                    if self.last == Last::None && t.lower(j) == "hundreds" {
                        self.vague_plural = true;
                        self.cur = 100.0;
                        self.done = true;
                        return true;
                    }
                    return false;
                }
                if self.cur == 0.0 {
                    self.cur = 1.0;
                }
                self.mantissa = self.cur;
                self.cur *= 100.0;
                self.small = 0.0;
                self.scale_used = 100.0;
                self.hundred_in_group = true;
                self.last = Last::Hundred;
            }
            NumWord::Scale(s, plural) => {
                if plural && self.last == Last::None {
                    self.vague_plural = true;
                    self.cur = s;
                    self.done = true;
                    return true;
                }
                match self.last {
                    // "three thousand millions", "three lakh crore": a larger scale right after
                    // a smaller one multiplies all before it.
                    Last::Scale(p) if s > p && (plural || self.cur == 0.0) => {
                        self.total = (self.total + self.cur) * s;
                        self.cur = 0.0;
                        self.scale_used = s;
                        self.last = Last::Scale(s);
                        self.done = true;
                        return true;
                    }
                    Last::Scale(p) if !(s < p && self.cur > 0.0) => return false,
                    Last::None if plural => return false,
                    _ => {}
                }
                if self.cur == 0.0 {
                    self.cur = 1.0;
                }
                self.digit_mantissa = self.last == Last::Digits;
                self.mantissa = self.cur;
                self.total += self.cur * s;
                self.cur = 0.0;
                self.scale_used = s;
                self.hundred_in_group = false;
                self.small = 0.0;
                self.last = Last::Scale(s);
            }
            NumWord::Dozen(plural) => {
                if plural && self.last == Last::None {
                    self.vague_plural = true;
                    self.cur = 12.0;
                    self.done = true;
                    return true;
                }
                if !matches!(
                    self.last,
                    Last::None
                        | Last::Article
                        | Last::Unit
                        | Last::Teen
                        | Last::Tens
                        | Last::Digits
                        | Last::Hundred
                ) {
                    return false;
                }
                // "three hundred and two dozens" is 300 + 24; "two hundred dozens" 2,400.
                if self.cur == 0.0 {
                    self.cur = 1.0;
                }
                if self.small > 0.0 {
                    self.cur += self.small * 11.0;
                } else {
                    self.cur *= 12.0;
                }
                self.done = true;
            }
            NumWord::Ordinal(o) => {
                if o >= 100.0 {
                    // hundredth, thousandth, "a hundred trillionth": a multiplier that ends it.
                    self.cur = if self.last == Last::None {
                        o
                    } else {
                        (self.total + self.cur.max(1.0)) * o
                    };
                    self.total = 0.0;
                    self.form = Form::Ordinal;
                    self.done = true;
                    return true;
                }
                let composes = match self.last {
                    Last::None | Last::Hundred | Last::Scale(_) => true,
                    Last::Tens => o < 10.0 && self.cur % 10.0 == 0.0,
                    _ => false,
                };
                if composes {
                    self.cur += o;
                    self.form = Form::Ordinal;
                } else if matches!(
                    self.last,
                    Last::Unit | Last::Teen | Last::Tens | Last::Digits
                ) && o >= 3.0
                    && self.total == 0.0
                {
                    // "one eighth": a numerator and a denominator.
                    self.cur /= o;
                    self.form = Form::Fraction;
                } else {
                    return false;
                }
                self.done = true;
            }
            NumWord::FractionPlural(d) => {
                let numerator_ok = matches!(
                    self.last,
                    Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::Hundred
                ) || (matches!(self.last, Last::Scale(_)) && self.cur == 0.0);
                if !numerator_ok {
                    return false;
                }
                let whole = self.total + self.cur;
                if self.last == Last::Tens && d < 10.0 && whole > self.tens && !self.joined_by_and {
                    // "one hundred thirty fifths": a hundred thirty-fifths.
                    self.cur = (whole - self.tens) / (self.tens + d);
                } else {
                    self.cur = whole / d;
                }
                self.total = 0.0;
                self.form = Form::Fraction;
                self.done = true;
            }
            NumWord::Half | NumWord::Quarter => {
                // "one half", "three quarters" (singular "quarter" only after "one").
                let d = if w == NumWord::Half { 2.0 } else { 4.0 };
                if self.last != Last::Unit || (d == 2.0 && self.cur != 1.0) || self.total != 0.0 {
                    return false;
                }
                self.cur /= d;
                self.form = Form::Fraction;
                self.done = true;
            }
        }
        true
    }
}

impl Numeral {
    /// The numeral of a vague phrase ("dozens", "a few hundred"): `stated` is the figure a reader
    /// takes from it.
    pub fn vague(first: usize, end: usize, stated: f64) -> Numeral {
        Numeral {
            form: Form::Cardinal,
            vague_plural: true,
            ..fraction(first, end, stated)
        }
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
        written: 1.0,
    }
}

#[cfg(test)]
mod tests {
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
}
