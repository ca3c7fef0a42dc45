//! The numeral grammar: digits ("1,200", "3.5", "3.5m", "21st"), number words ("twenty-three",
//! "one hundred and five", "a dozen", "half a million"), mixed forms ("1.5 million",
//! "4 thousand 3 hundred and 21"), ordinals and fractions ("a third", "two-thirds", "three fifths").
//!
//! It reads one numeral at a token position and knows nothing of hedges, units or what is counted:
//! those belong to `figure.rs` and `bind.rs`.

use super::token::{TokKind, Toks};
use crate::interval::significant_unit;
use crate::lexicon::{Group, LEXICON, NumWord};

mod digits;
mod state;
mod words;

pub use digits::vulgar_fraction;
use digits::*;
use state::*;
pub(crate) use words::number_word;
use words::*;

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
        match article(t, first, j, depth) {
            Some(done) => return done,
            None => {
                st.last = Last::Article;
                j += 1;
            }
        }
    } else if t.is_word(j) && matches!(t.lower(j), "half" | "quarter") {
        return half_or_quarter(t, first, j);
    }

    // `checkpoint`: the state before an "and" that may have to be given back
    // ("3 hundred and 2 hundred" are two numerals).
    let mut checkpoint: Option<(State, usize)> = None;
    loop {
        if j > first && st.last != Last::Article {
            match connective(t, j, &mut st, &mut checkpoint, depth) {
                Step::Next(next) => j = next,
                Step::Again(next) => {
                    j = next;
                    continue;
                }
                Step::Stop => break,
            }
        }
        // Digits.
        if let Some(d) = digits(t, j) {
            match take_digits(t, j, first, &mut st, d) {
                Step::Again(next) => {
                    j = next;
                    continue;
                }
                _ => break,
            }
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

    finish(t, first, st)
}

/// What a connective word does to a numeral read word by word.
enum Step {
    /// Read on at this token (a number word or digits may stand there).
    Next(usize),
    /// The numeral took what stood before this token; start again from it.
    Again(usize),
    /// The numeral ends.
    Stop,
}

/// A joiner, "point" or "and" at token `j` after part of a numeral (in `st`): "twenty-three",
/// "five point five", "five and a half million", "one billion and a half million", "one and a
/// half", or an "and" that may join the next number word ("three hundred and two"), with the
/// state before it kept in `checkpoint` in case the "and" has to be given back.
fn connective(
    t: &Toks,
    j: usize,
    st: &mut State,
    checkpoint: &mut Option<(State, usize)>,
    depth: u8,
) -> Step {
    let lx = &*LEXICON;
    if let Some(step) = hyphened_half(t, j, st) {
        return step;
    }
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
                // "one-half", "one-quarter".
                | (Last::Unit, Some(NumWord::Half | NumWord::Quarter))
                | (Last::Hundred, Some(NumWord::FractionPlural(_)))
        );
        if !ok {
            return Step::Stop;
        }
        return Step::Next(j + 1);
    } else if t.is_word(j) && t.lower(j) == "point" && st.point_ok() {
        // "five point five", "two hundred point zero three", "1 point 1".
        if let Some((d, after)) = point_digits(t, j + 1) {
            let v: f64 = format!("0.{d}").parse().unwrap_or(0.0);
            st.cur += v;
            st.decimals = d.len() as u32;
            st.last = Last::Digits;
            st.words = true;
            st.end = after;
            return Step::Again(after);
        }
        return Step::Stop;
    } else if t.is_word(j) && t.lower(j) == "and" {
        // "five and a half million": the fraction joins the number the scale multiplies.
        if matches!(t.lower(j + 1), "a" | "an")
            && matches!(t.lower(j + 2), "half" | "quarter")
            && matches!(lx.number(t.lower(j + 3)), Some(NumWord::Scale(..)))
            && matches!(st.last, Last::Unit | Last::Teen | Last::Tens | Last::Digits)
        {
            st.cur += if t.lower(j + 2) == "half" { 0.5 } else { 0.25 };
            st.words = true;
            st.end = j + 3;
            return Step::Again(j + 3);
        }
        // "one billion and a half million", "one billion and three quarters million".
        if let Last::Scale(s) = st.last
            && let Some(part) =
                read_nested(t, j + 1, false, depth).filter(|n| n.value < s && n.value > 0.0)
        {
            let part_value = match lx.number(t.lower(part.end)) {
                Some(NumWord::Scale(s2, false)) if part.form == Form::Fraction && s2 < s => {
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
                st.end = after;
                return Step::Stop;
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
                _ => return Step::Stop,
            }
            st.decimals = st.decimals.max(1);
            st.words = true;
            st.end = frac.end;
            // "five and one-half million": a scale after the fraction multiplies the whole.
            if !matches!(st.last, Last::Scale(_)) && scale_at(t, frac.end) {
                return Step::Again(frac.end);
            }
            return Step::Stop;
        }
        let next = number_word(t, j + 1).map(|n| n.0);
        let joins = matches!(st.last, Last::Hundred | Last::Scale(_))
            && (matches!(next, Some(NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v)) if v > 0.0)
                || matches!(next, Some(NumWord::Ordinal(v)) if v < 100.0)
                || (t.is_num(j + 1) && t.exact(j + 1) != "0" && st.words));
        if !joins {
            return Step::Stop;
        }
        *checkpoint = Some((*st, st.end));
        st.joined_by_and = true;
        return Step::Next(j + 1);
    }
    Step::Next(j)
}

/// Digits at token `j` (`d`) after part of a numeral, or opening it, with their suffix ("21st",
/// "3.5m", "$4.2bn", "100K", "2.33 k"); not digits that cannot follow what came before.
fn take_digits(t: &Toks, j: usize, first: usize, st: &mut State, d: Digits) -> Step {
    let lx = &*LEXICON;
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
        return Step::Stop;
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
    let j = d.end;
    st.end = j;
    if st.dotted {
        return Step::Stop;
    }
    // Suffixes: "21st", "3.5m", "$4.2bn", "100K", "2.33 k".
    if t.is_word(j) {
        let suffix = t.exact(j);
        let spaced = !t.attached(j);
        if !spaced && st.decimals == 0 && ordinal_suffix(&suffix.to_ascii_lowercase()) {
            st.form = Form::Ordinal;
            st.end = j + 1;
            return Step::Stop;
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
            return Step::Stop;
        }
    }
    Step::Again(j)
}

/// "a"/"an" reads as 1 only before a scale, "dozen", "half"/"quarter" or an ordinal (a
/// fraction: "a third of voters"; an ordinal: "a second suspect"). `None` when the numeral
/// goes on after the article ("a hundred", "a dozen"); else what `read_with` returns.
fn article(t: &Toks, first: usize, j: usize, depth: u8) -> Option<Option<Numeral>> {
    let lx = &*LEXICON;
    match lx.number(t.lower(j + 1)) {
        Some(NumWord::Hundred | NumWord::Scale(_, false) | NumWord::Dozen(false)) => None,
        Some(w @ (NumWord::Half | NumWord::Quarter)) => {
            let v = if w == NumWord::Half { 0.5 } else { 0.25 };
            Some(Some(fraction_of_scale(t, first, j + 2, v)))
        }
        Some(NumWord::Tens(_)) => {
            // "a twenty-first": a fraction when nothing it could number follows.
            let Some(d) = read_nested(t, j + 1, true, depth).filter(|n| n.form == Form::Ordinal)
            else {
                return Some(None);
            };
            if t.is_word(d.end) && t.lower(d.end) != "of" {
                return Some(None);
            }
            Some(Some(fraction(first, d.end, 1.0 / d.value)))
        }
        Some(NumWord::Ordinal(o)) if o < 3.0 => {
            // "a second suspect"; "a second" alone is time, not a figure.
            let after = j + 2;
            if !t.is_word(after) || LEXICON.in_group(Group::Stop, t.lower(after)) {
                return Some(None);
            }
            Some(Some(Numeral {
                form: Form::Ordinal,
                ..fraction(first, after, o)
            }))
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
                return Some(Some(Numeral {
                    form: Form::Ordinal,
                    ..fraction(first, after, o)
                }));
            }
            Some(Some(fraction_of_scale(t, first, after, 1.0 / o)))
        }
        _ => Some(None),
    }
}

/// "half a million", "half million", "quarter million", "half a dozen", "half".
fn half_or_quarter(t: &Toks, first: usize, j: usize) -> Option<Numeral> {
    let lx = &*LEXICON;
    let v = if t.lower(j) == "half" { 0.5 } else { 0.25 };
    let k = if matches!(t.lower(j + 1), "a" | "an") {
        j + 2
    } else {
        state::glued(t, j + 1)
    };
    match lx.number(t.lower(k)) {
        Some(NumWord::Scale(s, false)) => Some(Numeral {
            rounded: true,
            unit: s * v,
            written: s * v,
            scale: s,
            form: Form::Cardinal,
            ..fraction(first, k + 1, s * v)
        }),
        Some(NumWord::Dozen(false)) => Some(Numeral {
            form: Form::Cardinal,
            ..fraction(first, k + 1, 12.0 * v)
        }),
        _ if v == 0.5 => Some(fraction(first, j + 1, 0.5)),
        _ => None,
    }
}

/// The numeral the words read into `st` make, from token `first`: "two thirds of a million"
/// multiplied out, a lone scale word refused, and how it was rounded (a scale of a thousand
/// or more, or a decimal point) and written.
fn finish(t: &Toks, first: usize, mut st: State) -> Option<Numeral> {
    let lx = &*LEXICON;
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
mod tests;
