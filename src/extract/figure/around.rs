//! The words around a numeral that change its reading: a change or multiplier word, a range, a
//! currency or hedge before it, suffixes after it (units, percent, scale words), vague
//! phrases.

use super::*;
use crate::extract::syntax::{self, Class};

/// True when a change word stands before token `k` ("rose 5%", "increased by $2m"): a "to"
/// after the figure then leads to a level.
pub(super) fn change_before(t: &Toks, k: usize, floor: usize) -> bool {
    let mut j = k;
    if j > floor && t.lower(j - 1) == "by" {
        j -= 1;
    }
    j > floor && t.is_word(j - 1) && LEXICON.change(t.lower(j - 1)).is_some()
}

/// After "N times": words that make it a multiplier ("three times the size", "6.5 times
/// earnings", "twice as many") rather than a count of occasions ("shot three times in the chest",
/// "arrested three times last year").
pub(super) fn multiplier_after(t: &Toks, k: usize) -> bool {
    if !t.is_word(k) {
        return false;
    }
    match t.lower(k) {
        "as" | "more" | "less" | "higher" | "lower" | "larger" | "smaller" | "bigger"
        | "greater" | "faster" | "slower" | "longer" | "shorter" | "heavier" | "cheaper"
        | "the" | "its" | "his" | "her" | "their" | "our" | "my" | "your" | "what" | "earnings"
        | "sales" | "revenue" | "book" | "normal" | "average" | "usual" => true,
        // "three times last year's field", not "three times last year".
        "last" | "this" | "previous" => {
            t.is_word(k + 1)
                && (t.is_punct(k + 2, "'")
                    || t.is_punct(k + 2, "’")
                    || t.lower(k + 1).ends_with("'s"))
        }
        _ => false,
    }
}

/// "ranging from 5 to 7", "from 5 to 7 per cent to 3 to 5 per cent": after `from` (token
/// `from`), the figure and the one after "to" (token `to`) make a range when a range verb comes
/// before "from", or when another "to" and figure follow the second end.
pub(super) fn range_from(t: &Toks, from: usize, to: usize, floor: usize) -> bool {
    if from > floor
        && matches!(
            t.lower(from - 1),
            "range"
                | "ranges"
                | "ranged"
                | "ranging"
                | "vary"
                | "varies"
                | "varied"
                | "varying"
                | "anywhere"
                | "spanning"
        )
    {
        return true;
    }
    // The second end, then "to" and a figure: "from 5 to 7 per cent to 3 to 5 per cent".
    let Some(hi) = numeral::read(t, to + 1) else {
        return false;
    };
    let mut probe = Figure::new(hi.clone());
    let e = suffixes(t, hi.end, &mut probe);
    t.lower(e) == "to" && t.is_word(e) && (t.is_num(e + 1) || numeral::read(t, e + 1).is_some())
}

/// The marks after a figure's numeral that say what it measures: a percent sign, a unit, a
/// currency written after it ("5 euros", "18 sen", "164p").
pub(super) fn marks(
    t: &Toks,
    num: &Numeral,
) -> (Option<Percent>, Option<&'static str>, Option<&'static str>) {
    let mut probe = Figure::new(num.clone());
    suffixes(t, num.end, &mut probe);
    (probe.percent, probe.unit, probe.currency)
}

/// True when the two ends of "A to B" measure one kind of thing: a mark after the low end
/// ("6.5%", "18 sen") must stand after the high end too ("10% to 15%"); a bare low end takes the
/// high end's mark ("10 to 15%"). A year after "in" or "since" is no end of a range of figures.
pub(super) fn same_kind_ends(t: &Toks, fig: &Figure, hi: &Numeral, k: usize, floor: usize) -> bool {
    let lo = marks(t, &fig.num);
    if lo != (None, None, None) && lo != marks(t, hi) {
        return false;
    }
    let year_like = |n: &Numeral| {
        !n.words
            && n.end == n.first + 1
            && t.exact(n.first).len() == 4
            && n.value.fract() == 0.0
            && (1000.0..=2100.0).contains(&n.value)
    };
    let after_year_word =
        k > floor && LEXICON.in_group(crate::lexicon::Group::YearBefore, t.lower(k - 1));
    !(year_like(&fig.num) && after_year_word && !year_like(hi))
}

/// The unit a rounded figure is rounded to: its last significant digit, or its last written
/// digit when the data counts the zeros of scaled figures ("$200m" to the million).
pub fn rounding_unit(unit: f64, written: f64, w: &Widths) -> f64 {
    if w.scaled_zeros {
        written.min(unit)
    } else {
        unit
    }
}

/// Reads what follows a numeral ending at `e`: attached letters, scale-free unit, percent,
/// currency words, "-year-old". Returns the new end.
pub(super) fn suffixes(t: &Toks, mut e: usize, fig: &mut Figure) -> usize {
    let lx = &*LEXICON;
    // Letters attached to the digits.
    if t.is_word(e) && t.attached(e) && !fig.num.words {
        let w = t.lower(e);
        // "5G" and "4G" are networks, not grams.
        if let Some(u) = lx
            .unit(w)
            .filter(|_| !(t.exact(e) == "G" && fig.num.value < 10.0))
        {
            e = unit_with_power(t, e, w, u, fig);
        } else if lx.in_group(Group::TimeAfter, w) {
            fig.colon = true; // "3pm": a time
            e += 1;
            if t.is_punct(e, ".") && t.attached(e) && w.contains('.') {
                e += 1;
            }
        } else if w == "p" {
            // "145p": pence, money in the minor unit.
            fig.currency = fig.currency.or(Some("GBP"));
            fig.unit = Some("cent");
            e += 1;
        } else if w == "pc" {
            // "24pc": per cent, as British financial copy writes it.
            fig.percent = Some(Percent::Percent);
            return e + 1;
        } else if w == "s" {
            // "1990s": a decade, read with years.
            fig.decade = true;
            e += 1;
        } else {
            fig.unknown_suffix = true;
        }
    }
    if let Some(end) = hyphen_unit(t, e, fig) {
        return end;
    }
    if let Some(end) = percent_after(t, e, fig) {
        return end;
    }
    if let Some(end) = vague_of(t, e, fig) {
        return end;
    }
    if t.is_word(e) {
        let w = t.lower(e);
        // "down 68 p at 1112 p": pence spaced from the digits, before a word that is no noun.
        if w == "p"
            && !fig.num.words
            && fig.currency.is_none()
            && !t.is_punct(e + 1, ".")
            && (!t.is_word(e + 1)
                || matches!(
                    t.lower(e + 1),
                    "at" | "to" | "from" | "and" | "a" | "each" | "per"
                ))
        {
            fig.currency = Some("GBP");
            fig.unit = Some("cent");
            return e + 1;
        }
        // "5 euros", "7.5 million Danish crowns", "2 billion Hong Kong dollars".
        let phrase = lx.currency_phrases(w).iter().find(|p| {
            p.rest
                .iter()
                .enumerate()
                .all(|(k, r)| t.is_word(e + 1 + k) && t.lower(e + 1 + k) == r)
        });
        if let Some(p) = phrase.filter(|_| w != "p")
            && (fig.currency.is_none() || fig.currency == Some(p.code))
            // "129 pounds": a word that names a unit of weight too is money only where money
            // is said.
            && (fig.currency.is_some() || lx.unit(w).is_none() || money_said(t, fig.num.first, e))
        {
            fig.currency = Some(p.code);
            // "49 cents" is money in the minor unit: checks must not compare it with "$1.32".
            if matches!(w, "cent" | "cents" | "pence" | "penny" | "sen") {
                fig.unit = Some("cent");
            }
            return e + 1 + p.rest.len();
        }
        // "41 square miles", "280 nautical miles".
        if fig.unit.is_none()
            && let Some(u) = two_word_unit(t, e, e + 1)
        {
            fig.unit = Some(u);
            return e + 2;
        }
        if fig.unit.is_none()
            && (w.len() > 1 || t.attached(e))
            && let Some(u) = lx.unit(w)
        {
            fig.unit = Some(u);
            return per_unit(t, e + 1, fig).unwrap_or(e + 1);
        }
    } else if t.is_punct(e, "°") {
        fig.unit = Some("degree");
        e += 1;
        if t.is_word(e) && t.attached(e) {
            match t.lower(e) {
                "c" => fig.unit = Some("degree_celsius"),
                "f" => fig.unit = Some("degree_fahrenheit"),
                _ => return e,
            }
            e += 1;
        }
    }
    e
}

/// "60 miles per hour", "30 miles an hour": a unit per another, after the first at `e`, is the
/// rate of that name in `data/units.txt` ("mph" reads as `mile_per_hour`), so the two forms
/// compare. Returns the token after it.
fn per_unit(t: &Toks, e: usize, fig: &mut Figure) -> Option<usize> {
    let lx = &*LEXICON;
    if !(t.is_word(e) && matches!(t.lower(e), "per" | "an" | "a") && t.is_word(e + 1)) {
        return None;
    }
    let per = lx.unit(t.lower(e + 1))?;
    let rate = lx.rate(fig.unit?, per)?;
    fig.unit = Some(rate);
    Some(e + 2)
}

/// "millions of dollars", "hundreds of miles", "a couple of hours": a vague amount of a
/// currency or unit, read after its "of" at `e`. Returns the token after it.
fn vague_of(t: &Toks, e: usize, fig: &mut Figure) -> Option<usize> {
    let lx = &*LEXICON;
    let w = t.lower(e + 1);
    if fig.vague.is_none()
        || !(t.is_word(e) && t.lower(e) == "of" && t.is_word(e + 1))
        || !(lx.unit(w).is_some()
            || lx.in_group(Group::UnitModifier, w)
            || !lx.currency_phrases(w).is_empty())
    {
        return None;
    }
    let before = (fig.unit, fig.currency);
    let end = suffixes(t, e + 1, fig);
    ((fig.unit, fig.currency) != before).then_some(end)
}

/// A unit glued to the figure by a hyphen: "34-year-old", "two-year", "10-mile", "a 400-pound
/// bear". Returns the token after it.
fn hyphen_unit(t: &Toks, e: usize, fig: &mut Figure) -> Option<usize> {
    let lx = &*LEXICON;
    if !(t.joins(e) && t.is_word(e + 1)) {
        return None;
    }
    // "a 4,500-square-foot venue": a unit of two words.
    if t.joins(e + 2)
        && let Some(u) = two_word_unit(t, e + 1, e + 3)
    {
        fig.unit = Some(u);
        return Some(e + 4);
    }
    // "47-yo Demetrius Williams": police shorthand for "year-old" (`age-after`).
    if lx.in_group(Group::AgeAfter, t.lower(e + 1)) {
        fig.year_old = true;
        return Some(e + 2);
    }
    let u = lx.unit(t.lower(e + 1))?;
    if t.is_punct(e + 2, "-") && matches!(t.lower(e + 3), "old" | "olds") {
        fig.year_old = true;
        return Some(e + 4);
    }
    // "a 100-pound fine": a weight unless money is said.
    let w = t.lower(e + 1);
    if let Some(p) = lx.currency_phrases(w).iter().find(|p| p.rest.is_empty())
        && money_said(t, fig.num.first, e + 1)
    {
        fig.currency = Some(p.code);
    } else {
        fig.unit = Some(u);
    }
    Some(e + 2)
}

/// The unit that the words at `a` and `b` make together ("square miles", "nautical mile"), when
/// the first is a word of `unit-modifier`.
fn two_word_unit(t: &Toks, a: usize, b: usize) -> Option<&'static str> {
    let lx = &*LEXICON;
    if !(t.is_word(a) && t.is_word(b) && lx.in_group(Group::UnitModifier, t.lower(a))) {
        return None;
    }
    lx.unit(&format!("{} {}", t.lower(a), t.lower(b)))
}

/// The most words before a figure read for a word of money ("paid the club 50 million pounds").
const MONEY_BEFORE: usize = 6;

/// How far either side of a figure (bytes) a "£" makes its "pounds" money: an article's reach,
/// and a bound, so that a huge document full of "pounds" is not read once per figure.
const POUND_SIGN_REACH: usize = 4_000;

/// True when the words around a figure whose unit word at `e` names money and a weight alike
/// ("pounds") say it is money: "pounds of" and a noun of money ("of taxpayers' cash", not "of
/// marijuana"); a word of money after it ("worth", "in aid") or before it in its clause ("paid",
/// "the sum of"); else British copy that writes "£" near it ("tens of thousands of pounds
/// cheaper").
fn money_said(t: &Toks, first: usize, e: usize) -> bool {
    let money = |k: usize| t.is_word(k) && LEXICON.in_group(Group::Money, t.lower(k));
    if t.is_word(e + 1) && t.lower(e + 1) == "of" {
        // "48 pounds of heroin worth $3m": the worth is the heroin's.
        return (e + 2..e + 4).any(|k| money(k) && t.lower(k) != "worth");
    }
    (e + 1..e + 3).take_while(|&k| t.is_word(k)).any(money)
        || (first.saturating_sub(MONEY_BEFORE)..first)
            .rev()
            // "in debt and up to 50 pounds heavier": not past a conjunction.
            .take_while(|&k| t.is_num(k) || (t.is_word(k) && !syntax::is(t.lower(k), Class::Conj)))
            .any(money)
        || {
            let at = t.toks.get(e).map_or(0, |tok| tok.start);
            let bytes = t.text.as_bytes();
            let window = &bytes
                [at.saturating_sub(POUND_SIGN_REACH)..(at + POUND_SIGN_REACH).min(bytes.len())];
            memchr::memmem::find(window, "£".as_bytes()).is_some()
        }
}

/// A unit attached to the digits ("4km"), squared or cubed ("4km^2", "4km2", "32m²"); returns
/// the token after it.
fn unit_with_power(t: &Toks, mut e: usize, w: &str, u: &'static str, fig: &mut Figure) -> usize {
    let lx = &*LEXICON;
    fig.unit = Some(u);
    e += 1;
    let power = if t.is_punct(e, "^") && t.attached(e) && t.is_num(e + 1) && t.attached(e + 1) {
        e += 2;
        Some(t.exact(e - 1))
    } else if t.attached(e) && matches!(t.exact(e), "2" | "3" | "²" | "³") {
        e += 1;
        Some(t.exact(e - 1))
    } else {
        None
    };
    if let Some(p) = power {
        let p = match p {
            "²" => "2",
            "³" => "3",
            p => p,
        };
        if let Some(u) = lx.unit(&format!("{w}{p}")) {
            fig.unit = Some(u);
        }
    }
    e
}

/// A percentage's word or sign after the figure ("%", "per cent", "pct", "percentage
/// points"): the token after it, or `None` when there is none.
fn percent_after(t: &Toks, mut e: usize, fig: &mut Figure) -> Option<usize> {
    // "%" or a word for it, then perhaps "points".
    if t.is_punct(e, "%") || matches!(t.lower(e), "percent" | "percents" | "pct" | "percentages") {
        fig.percent = Some(Percent::Percent);
        e += 1;
        if matches!(t.lower(e), "points" | "point") {
            fig.percent = Some(Percent::Points);
            e += 1;
        }
        return Some(e);
    }
    // "a 3-percent increase", "a 2-percentage-point drop": the word glued by a hyphen.
    if t.joins(e) {
        match t.lower(e + 1) {
            "percent" | "pct" => {
                fig.percent = Some(Percent::Percent);
                return Some(e + 2);
            }
            "percentage"
                if t.is_punct(e + 2, "-")
                    && t.attached(e + 3)
                    && matches!(t.lower(e + 3), "point" | "points") =>
            {
                fig.percent = Some(Percent::Points);
                return Some(e + 4);
            }
            _ => {}
        }
    }
    match t.lower(e) {
        "pc" if t.is_word(e) => {
            fig.percent = Some(Percent::Percent);
            return Some(e + 1);
        }
        "per" if t.lower(e + 1) == "cent" => {
            fig.percent = Some(Percent::Percent);
            return Some(e + 2);
        }
        "percentage" if matches!(t.lower(e + 1), "point" | "points") => {
            fig.percent = Some(Percent::Points);
            return Some(e + 2);
        }
        _ => {}
    }
    None
}

/// A currency mark right before token `k` ("$", "US$", "£", "USD "): its code and first token.
pub(super) fn currency_before(t: &Toks, k: usize, floor: usize) -> Option<(&'static str, usize)> {
    let lx = &*LEXICON;
    if k <= floor {
        return None;
    }
    // "Rs. 500": an abbreviation with its dot.
    if t.is_punct(k - 1, ".") && k - 1 > floor && t.is_word(k - 2) {
        let code = lx.currency_before(&format!("{}.", t.exact(k - 2)))?;
        return Some((code, k - 2));
    }
    let prev = t.exact(k - 1);
    // "Y=590 billion": how an ASCII transliteration (unidecode) writes ¥.
    if prev == "=" && k - 1 > floor && t.exact(k - 2) == "Y" && t.attached(k - 1) && t.attached(k) {
        return Some(("JPY", k - 2));
    }
    // "$US55m", "$A82m": the symbol, then the country glued to it and to the digits.
    if t.is_word(k - 1)
        && t.attached(k)
        && k - 1 > floor
        && t.attached(k - 1)
        && matches!(t.exact(k - 2), "$")
        && let Some(code) = lx.currency_before(&format!("${prev}"))
    {
        return Some((code, k - 2));
    }
    let code = lx.currency_before(prev)?;
    // "PS8.1bn" is a transliterated £ only glued to the digits: "PS 118" is a school.
    if prev == "PS" && !t.attached(k) {
        return None;
    }
    // Symbols sit right against the digits; codes and "Rs" may be spaced.
    let is_symbol = !prev.chars().all(char::is_alphabetic);
    if is_symbol && !t.attached(k) && !matches!(prev, "$" | "£" | "€") {
        return None;
    }
    // A prefix such as "US" or "HK" before the symbol: "US$", and "US $" as some copy spaces it.
    if is_symbol && k - 1 > floor && t.is_word(k - 2) {
        let prefix = t.exact(k - 2);
        let short_caps = prefix.len() <= 3 && prefix.bytes().all(|b| b.is_ascii_uppercase());
        if t.attached(k - 1) || short_caps {
            let joined = format!("{prefix}{prev}");
            if let Some(code) = lx.currency_before(&joined) {
                return Some((code, k - 2));
            }
        }
    }
    Some((code, k - 1))
}

/// A hedge phrase ending right before token `k`: its qualifier and first token.
pub(super) fn hedge_before(t: &Toks, k: usize, floor: usize) -> Option<(Qualifier, usize)> {
    if k <= floor {
        return None;
    }
    // "~25", "≈ 32": signs of an approximate figure.
    if matches!(t.exact(k - 1), "~" | "≈" | "∼")
        && t.kind(k - 1) == Some(crate::extract::token::TokKind::Punct)
    {
        return Some((Qualifier::Approx, k - 1));
    }
    // "sub-7 nanometer", "sub-$100": a prefix joined by a hyphen.
    if k >= floor + 2
        && t.is_punct(k - 1, "-")
        && t.attached(k - 1)
        && t.attached(k)
        && t.is_word(k - 2)
        && LEXICON.in_group(Group::BelowPrefix, t.lower(k - 2))
    {
        return Some((Qualifier::FewerThan, k - 2));
    }
    // "approx. 20": step over the dot.
    let (last, dot) = if t.is_punct(k - 1, ".") && k - 1 > floor {
        (k - 2, true)
    } else {
        (k - 1, false)
    };
    if !t.is_word(last) {
        return None;
    }
    let (qualifier, start) = LEXICON
        .hedges_ending_with(t.lower(last))
        .iter()
        .filter(|h| h.dot == dot)
        .find_map(|h| match_back(t, last + 1, &h.words, floor).map(|start| (h.qualifier, start)))?;
    // "adds up to 1.8 million cases", "rose back up to 5%": a total or a level reached, not a
    // ceiling.
    if qualifier == Qualifier::UpTo
        && start > floor
        && t.is_word(start - 1)
        && (LEXICON.in_group(Group::UpToVerb, t.lower(start - 1))
            || LEXICON.in_group(Group::UpToLevel, t.lower(start - 1)))
    {
        return None;
    }
    Some((qualifier, start))
}

/// Matches `words` against the word tokens ending right before `end`; returns the first token.
pub(super) fn match_back(t: &Toks, end: usize, words: &[&str], floor: usize) -> Option<usize> {
    let mut j = end;
    for w in words.iter().rev() {
        if j <= floor || !t.is_word(j - 1) || t.lower(j - 1) != *w {
            return None;
        }
        j -= 1;
    }
    Some(j)
}

/// A vague phrase at token `i` ("dozens", "a few", "hundreds of thousands", "several thousand").
pub(super) fn vague_at(t: &Toks, i: usize) -> Option<Figure> {
    let lx = &*LEXICON;
    if !t.is_word(i) {
        return None;
    }
    // "five hundreds" is not vague; only a phrase that starts the figure is.
    for v in lx.vague_starting_with(t.lower(i)) {
        let n = v.words.len();
        if (0..n).any(|k| !t.is_word(i + k) || t.lower(i + k) != v.words[k]) {
            continue;
        }
        let mut end = i + n;
        if v.needs_of && t.lower(end) != "of" {
            continue;
        }
        let (mut lo, mut hi, mut stated) = (v.lo, v.hi, v.stated);
        // "a few hundred", "several thousand": the scale multiplies the vague interval.
        // "several dozen", "a few dozen" too.
        let scale = match lx.number(t.lower(end)) {
            Some(NumWord::Hundred) => Some(100.0),
            Some(NumWord::Scale(s, false)) => Some(s),
            Some(NumWord::Dozen(false)) if t.lower(end) == "dozen" => Some(12.0),
            _ => None,
        };
        if let Some(s) = scale {
            if hi < 100.0 {
                lo *= s;
                hi *= s;
                stated *= s;
                end += 1;
                // "several hundred million", "a few hundred thousand": a scale after the
                // hundreds multiplies them again.
                if s == 100.0
                    && t.is_word(end)
                    && let Some(NumWord::Scale(more, false)) = lx.number(t.lower(end))
                {
                    lo *= more;
                    hi *= more;
                    stated *= more;
                    end += 1;
                }
            }
        } else if hi < 100.0 && t.is_num(end) {
            // "a few 100" is not a thing; "several 2015 cars" neither. Leave digits alone.
            return None;
        }
        return Some(Figure {
            qualifier: if v.range && scale.is_none() {
                Qualifier::Range
            } else {
                Qualifier::Vague
            },
            vague: Some((lo, hi, stated)),
            ..Figure::new(Numeral::vague(i, end, stated))
        });
    }
    None
}
