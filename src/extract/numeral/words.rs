//! Number words and the joiners and decimal points between them.

use super::*;

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
pub(super) fn joiner(t: &Toks, j: usize) -> bool {
    t.is_dash(j) && t.is_word(j + 1) && (t.attached(j) == t.attached(j + 1))
}

/// Digits spelled as words after "point": "point zero three" → ("03"), "point seventy-one" → "71".
pub(super) fn point_digits(t: &Toks, mut j: usize) -> Option<(String, usize)> {
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
