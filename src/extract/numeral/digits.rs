//! Numerals in digits: thousands groups, decimals, exponents, attached suffixes, vulgar
//! fractions.

use super::*;

/// Digits read at a token: value, digits after the point, first token after them, and flags.
pub(super) struct Digits {
    pub(super) value: f64,
    pub(super) decimals: u32,
    pub(super) end: usize,
    pub(super) dotted: bool,
    pub(super) leading_zero: bool,
}

/// The characters allowed between groups of a number written with spaces ("40 000").
pub(super) fn is_group_space(gap: &str) -> bool {
    matches!(gap, " " | "\u{a0}" | "\u{202f}" | "\u{2009}")
}

/// The most integer digits (leading zeros aside) a finite `f64` has: 1.8 × 10^308 has 309.
pub(super) const MAX_DIGITS: usize = 309;

/// Reads the digits at `i`: "1,200", "3.5", ".5", "40 000", "1.3e6", "2.5^-1", "2.48×10−5".
pub(super) fn digits(t: &Toks, i: usize) -> Option<Digits> {
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

pub(super) enum Exponent {
    /// "1.3e6", "2.48×10−5": times ten to the power.
    Ten,
    /// "2.5^-1": to the power.
    Power,
}

/// A sign and digits written straight on: "-1", "+14", "--23" (two minuses cancel).
pub(super) fn signed_int(t: &Toks, mut j: usize) -> Option<(i32, usize)> {
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

pub(super) fn exponent(t: &Toks, j: usize) -> Option<(i32, Exponent, usize)> {
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

pub(super) fn ordinal_suffix(s: &str) -> bool {
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
