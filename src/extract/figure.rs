//! Figures: a numeral with the words around it that change its reading: a hedge before it
//! ("more than", "as many as"), a range ("between 120 and 180", "120-180"), a vague phrase
//! ("dozens", "a few hundred"), a sign, a currency, a percent sign or a unit after it.

use super::numeral::{self, Form, Numeral};
use super::token::Toks;
use super::{Kind, Quantity};
use crate::interval::{Interval, Qualifier, Widths};
use crate::lexicon::{Group, LEXICON, NumWord};
use crate::source::Span;

/// How a percentage is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Percent {
    /// "12%", "12 per cent".
    Percent,
    /// "3 percentage points".
    Points,
}

/// How the two ends of a range are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeSep {
    Dash,
    To,
    And,
    /// "three or four".
    Or,
}

/// One figure: tokens `[first, end)` of its words and what they say.
#[derive(Clone, Debug)]
pub struct Figure {
    pub first: usize,
    pub end: usize,
    /// The (first) numeral.
    pub num: Numeral,
    /// The upper end of a range, or the second number of "24-18", "555-1234", "9/11".
    pub hi: Option<Numeral>,
    pub sep: Option<RangeSep>,
    pub qualifier: Qualifier,
    /// Interval and stated figure of a vague phrase.
    pub vague: Option<(f64, f64, f64)>,
    pub percent: Option<Percent>,
    pub currency: Option<&'static str>,
    pub unit: Option<&'static str>,
    pub negative: bool,
    /// Letters written straight after the digits that are no scale, unit or ordinal ("3D", "4G").
    pub unknown_suffix: bool,
    /// "10:30", "3pm", "9/11": marks that make the figure a time or a date.
    pub colon: bool,
    pub slash: bool,
    /// "34-year-old".
    pub year_old: bool,
    /// "1990s".
    pub decade: bool,
    /// Three or more digit groups joined by hyphens ("252-972-1411").
    pub grouped: bool,
}

/// Cheap test: can a figure start at token `i`?
fn may_start(t: &Toks, i: usize) -> bool {
    if t.is_num(i) {
        return true;
    }
    if t.is_word(i) {
        let w = t.lower(i);
        // Every word that passes the tests below has its first three letters in this set.
        if !LEXICON.may_open_figure_prefix(w.as_bytes()) {
            return false;
        }
        // "a" is one word in fifty; only a number or a vague word after it makes a figure of it
        // ("a dozen", "a few"), so that is tested before anything dearer.
        if matches!(w, "a" | "an" | "point")
            && t.is_word(i + 1)
            && !LEXICON.may_follow_article(t.lower(i + 1))
        {
            return false;
        }
        return numeral::number_word(t, i).is_some()
            || matches!(w, "a" | "an" | "point")
            || !LEXICON.vague_starting_with(w).is_empty();
    }
    (t.is_punct(i, ".") && t.is_num(i + 1) && t.attached(i + 1))
        || numeral::vulgar_fraction(t.exact(i)).is_some()
}

/// A scan of one sentence's bytes before it is tokenized: false only when no figure can start
/// in it, so that `find_all` would find nothing there and the sentence can be skipped. Reads
/// `lower`, the ASCII-lower-case text, over `[start, end)`.
///
/// Exact by construction: every word that can open a figure is made of ASCII letters only
/// (see `Lexicon::may_open_figure`), and a word token begins where no letter precedes it, so
/// such a word is a whole run of ASCII letters here. Any digit, and any vulgar fraction ("½"),
/// is taken as a possible start. Where the token after "a", "an" or "point" is unclear
/// (punctuation, a non-ASCII space, a web address the tokenizer skips), the answer is true.
/// Debug builds check every skipped sentence with `find_all` (in `extract`).
pub fn may_hold_figure(lower: &str, start: usize, end: usize) -> bool {
    let s = &lower[start..end];
    let b = s.as_bytes();
    // Digits first, in chunks the compiler vectorizes: a sentence with one needs no more.
    if b.chunks(32)
        .any(|c| c.iter().fold(false, |any, d| any | d.is_ascii_digit()))
    {
        return true;
    }
    let lx = &*LEXICON;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_lowercase() {
            let w0 = i;
            // `lower` has no upper-case ASCII: the letters that follow are lower case.
            i = super::token::ascii_letters_end(b, i + 1, b.len());
            // Most words fail the three-letter test and are never hashed.
            if !lx.may_open_figure_prefix(&b[w0..i]) {
                continue;
            }
            let w = &s[w0..i];
            if matches!(w, "a" | "an" | "point") {
                if article_may_start(s, i) {
                    return true;
                }
            } else if lx.may_open_figure(w) {
                return true;
            }
        } else if c < 0x80 {
            i += 1;
        } else {
            let len = utf8_len(c);
            if numeral::vulgar_fraction(&s[i..i + len]).is_some() {
                return true;
            }
            i += len;
        }
    }
    false
}

/// After "a", "an" or "point" ending at byte `i` of `s`: false only when the next token is a
/// word that cannot make a figure with them. `numeral::read_with` reads "a"/"an" only before
/// a number word and "point" only before digits or number words, and `vague_at` needs the
/// second word of a vague phrase ("a few"): all of them whole runs of ASCII letters.
fn article_may_start(s: &str, mut i: usize) -> bool {
    let b = s.as_bytes();
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    if i >= b.len() || !b[i].is_ascii_lowercase() || super::token::is_address(&b[i..], true) {
        return true;
    }
    let w0 = i;
    while i < b.len() && b[i].is_ascii_lowercase() {
        i += 1;
    }
    LEXICON.may_open_figure_after_article(&s[w0..i])
}

fn utf8_len(lead: u8) -> usize {
    match lead {
        0xf0.. => 4,
        0xe0.. => 3,
        _ => 2,
    }
}

/// Finds every figure in one sentence, left to right, without overlaps.
pub fn find_all(t: &Toks, out: &mut Vec<Figure>) {
    let mut i = 0;
    let mut floor = 0; // tokens before this belong to the previous figure
    while i < t.len() {
        if may_start(t, i)
            && let Some(f) = read(t, i, floor)
        {
            i = f.end.max(i + 1);
            floor = i;
            out.push(f);
            continue;
        }
        i += 1;
    }
}

/// Reads the figure whose numeral starts at token `i`; `floor` is the first token a hedge or
/// sign may use.
fn read(t: &Toks, i: usize, floor: usize) -> Option<Figure> {
    let lx = &*LEXICON;
    let mut fig = match vague_at(t, i) {
        Some(f) => f,
        None => Figure::new(numeral::read(t, i)?),
    };
    if fig.num.vague_plural && fig.vague.is_none() {
        // "thousands" without a data entry (none today): an order of magnitude, as in the data.
        fig.qualifier = Qualifier::Range;
        fig.vague = Some((fig.num.value, fig.num.value * 10.0, fig.num.value));
    }

    // Before the numeral: a sign, a currency, a hedge, "between".
    let mut k = fig.first;
    if k > floor
        && t.is_punct(k - 1, "-")
        && t.attached(k)
        && t.is_num(k)
        && (k - 1 == 0 || t.toks[k - 1].space_before)
    {
        if k - 1 == floor || !t.is_num(k - 2) {
            fig.negative = true;
            k -= 1;
        }
    } else if k > floor && matches!(t.lower(k - 1), "minus" | "negative") {
        fig.negative = true;
        k -= 1;
    } else if k > floor + 1
        && t.is_punct(k - 1, "-")
        && t.attached(k - 1)
        && t.attached(k)
        && matches!(t.lower(k - 2), "minus" | "negative")
    {
        // "minus-5 yards"
        fig.negative = true;
        k -= 2;
    }
    if let Some((code, start)) = currency_before(t, k, floor) {
        fig.currency = Some(code);
        k = start;
    } else if !fig.negative
        && k > floor + 1
        && t.is_punct(k - 1, "-")
        && t.attached(k)
        && t.attached(k - 1)
    {
        // "$-99.99"
        if let Some((code, start)) = currency_before(t, k - 1, floor) {
            fig.currency = Some(code);
            fig.negative = true;
            k = start;
        }
    }
    let mut between = false;
    if k > floor && t.lower(k - 1) == "between" {
        between = true;
        k -= 1;
    } else if let Some((q, start)) = hedge_before(t, k, floor)
        && fig.vague.is_none()
    {
        fig.qualifier = q;
        k = start;
    }
    fig.first = k;

    // After the numeral: attached letters, colon and slash forms.
    let mut e = fig.num.end;
    if fig.num.form == Form::Cardinal && !fig.num.words && fig.vague.is_none() {
        if t.is_punct(e, ":")
            && t.attached(e)
            && t.is_num(e + 1)
            && t.attached(e + 1)
            && t.exact(e + 1).len() == 2
        {
            fig.colon = true;
            e += 2;
        } else if (t.is_punct(e, "/") || t.is_punct(e, "⁄"))
            && t.attached(e)
            && t.is_num(e + 1)
            && t.attached(e + 1)
            && let Some(mut hi) = numeral::read(t, e + 1)
        {
            e = hi.end;
            fig.slash = true;
            if t.is_punct(e, "/") && t.attached(e) && t.is_num(e + 1) && t.attached(e + 1) {
                e += 2; // a full date: 5/10/2015
                hi.end = e;
            }
            fig.hi = Some(hi);
        }
    }
    // "2 1/4", "2½": a whole number and a fraction.
    if fig.num.form == Form::Cardinal && !fig.num.words && !fig.slash && !fig.num.rounded {
        // A mixed number stays a cardinal: "2½ hours" is a measure, "2 1/4 miles" too.
        if let Some(v) = numeral::vulgar_fraction(t.exact(e)) {
            fig.num.value += v;
            e += 1;
        } else if t.is_num(e)
            && !t.attached(e)
            && t.is_punct(e + 1, "/")
            && t.attached(e + 1)
            && t.is_num(e + 2)
            && t.attached(e + 2)
        {
            let (a, b) = (
                t.exact(e).parse::<f64>().unwrap_or(0.0),
                t.exact(e + 2).parse::<f64>().unwrap_or(0.0),
            );
            if a < b && b > 0.0 && !(t.is_punct(e + 3, "/")) {
                fig.num.value += a / b;
                e += 3;
            }
        }
    }
    // "one twenty-fifth", "three twenty-firsts", "one one hundred fifth": a numerator in words
    // and an ordinal denominator.
    if fig.num.form == Form::Cardinal
        && fig.num.words
        && fig.vague.is_none()
        && !t.attached(e)
        && fig.num.value < 1000.0
        && let Some(d) = numeral::read_denominator(t, e).filter(|d| d.words && d.value >= 3.0)
    {
        fig.num.value /= d.value;
        fig.num.form = Form::Fraction;
        e = d.end;
    }
    // "one over three", "1 in 5 adults", "two out of five hundred": a ratio, read as a fraction.
    if fig.num.form == Form::Cardinal && fig.vague.is_none() && !fig.slash && !fig.colon {
        let k = match t.lower(e) {
            "over" | "in" if t.is_word(e) => Some(e + 1),
            "out" if t.lower(e + 1) == "of" => Some(e + 2),
            _ => None,
        };
        if let Some(k) = k
            && let Some(d) = numeral::read(t, k)
                .filter(|d| d.form == Form::Cardinal && d.value > 0.0 && !d.dotted)
        {
            let year_like =
                !d.words && (1000.0..=2100.0).contains(&d.value) && d.end == d.first + 1;
            let unit_after = t.is_word(d.end) && LEXICON.unit(t.lower(d.end)).is_some();
            let ratio = fig.num.value < d.value || t.lower(e) == "over";
            if ratio && !year_like && !unit_after && (t.lower(e) != "in" || fig.num.value <= 100.0)
            {
                fig.num.value /= d.value;
                fig.num.form = Form::Fraction;
                fig.hi = None;
                e = d.end;
            }
        }
    }
    // "forty-five (45)": a figure restated in digits or words.
    if t.is_punct(e, "(")
        && let Some(r) =
            numeral::read(t, e + 1).filter(|r| r.value == fig.num.value && r.words != fig.num.words)
        && t.is_punct(r.end, ")")
    {
        e = r.end + 1;
    }
    let mut e = suffixes(t, e, &mut fig);

    // A multiplier: "sixfold", "six-fold", "6.5 times earnings", "three times last year's".
    if fig.unit.is_none() && fig.percent.is_none() && fig.currency.is_none() && fig.vague.is_none()
    {
        if t.lower(fig.num.end - 1).ends_with("fold") && fig.num.words {
            fig.unit = Some("times");
        } else if t.is_punct(e, "-") && t.attached(e) && t.lower(e + 1) == "fold" {
            fig.unit = Some("times");
            e += 2;
        } else if t.lower(e) == "times" && t.is_word(e) && multiplier_after(t, e + 1) {
            fig.unit = Some("times");
            e += 1;
        }
    }

    // "20 or more", "5% or less", "65 and over": a bound written after the figure.
    if fig.qualifier == Qualifier::Exact && fig.vague.is_none() && t.is_word(e) && t.is_word(e + 1)
    {
        let bound = match (t.lower(e), t.lower(e + 1)) {
            ("or", "more" | "greater" | "higher" | "above" | "over" | "older" | "longer")
            | ("and", "above" | "over" | "up" | "older") => Some(Qualifier::AtLeast),
            ("or", "less" | "fewer" | "lower" | "below" | "under" | "younger")
            | ("and", "below" | "under" | "younger") => Some(Qualifier::AtMost),
            _ => None,
        };
        if let Some(q) = bound {
            fig.qualifier = q;
            e += 2;
        }
    }

    // "$654,137,907-89": cents after a hyphen for the point, as old print sets a sum of money
    // in thousands; two digits glued to a grouped amount are no end of a range.
    if fig.currency.is_some()
        && fig.num.form == Form::Cardinal
        && fig.num.value.fract() == 0.0
        && t.text[t.toks[fig.num.first].start..t.toks[fig.num.end - 1].end].contains(',')
        && t.is_punct(e, "-")
        && t.attached(e)
        && t.is_num(e + 1)
        && t.attached(e + 1)
        && t.exact(e + 1).len() == 2
        && t.exact(e + 1).bytes().all(|b| b.is_ascii_digit())
        && !(t.is_punct(e + 2, "-") && t.attached(e + 2))
    {
        let cents: f64 = t.exact(e + 1).parse().unwrap_or(0.0);
        fig.num.value += cents / 100.0;
        fig.num.unit = 0.01;
        fig.num.written = 0.01;
        e += 2;
    }

    // A range: "120-180", "120 to 180", "between 120 and 180", "$5m-$10m", "10-15%".
    if fig.vague.is_none() && !fig.slash && !fig.colon && fig.num.form == Form::Cardinal {
        // "8- to 16-meter": a suspended hyphen.
        if t.is_punct(e, "-") && t.attached(e) && t.lower(e + 1) == "to" {
            e += 1;
        }
        let sep = if between && t.lower(e) == "and" {
            Some(RangeSep::And)
        } else if t.lower(e) == "to"
            && t.is_word(e)
            // "from 6% to 7%": a change's two ends, not a range; but "ranging from 5 to 7",
            // and "from 5 to 7 per cent to 3 to 5 per cent", where a range goes to a range.
            && !(k > floor && t.lower(k - 1) == "from" && !range_from(t, k - 1, e, floor))
            && fig.percent != Some(Percent::Points)
        {
            Some(RangeSep::To)
        } else if ((t.is_punct(e, "-") && t.attached(e) && t.attached(e + 1))
            || t.is_punct(e, "–"))
            // "three-nought-four" is a sequence of digits read out, not a range.
            && !(fig.num.words && t.is_word(e + 1))
        {
            Some(RangeSep::Dash)
        } else if t.lower(e) == "or" && t.is_word(e) && fig.qualifier == Qualifier::Exact {
            // "three or four years", "5 or 6 per cent".
            Some(RangeSep::Or)
        } else {
            None
        };
        if let Some(sep) = sep {
            let mut b = e + 1;
            // "$5m-$10m": skip the second currency mark.
            if fig.currency.is_some() && lx.currency_before(t.exact(b)).is_some() {
                b += 1;
            }
            // "200,000 to-260,000": a stray hyphen glued to "to".
            if sep == RangeSep::To && t.is_punct(b, "-") && t.attached(b) && t.attached(b + 1) {
                b += 1;
            }
            let hi_negative =
                t.is_punct(b, "-") && t.attached(b + 1) && t.is_num(b + 1) && !t.attached(b);
            if hi_negative {
                b += 1;
            }
            if let Some(mut hi) =
                numeral::read(t, b).filter(|n| n.form == Form::Cardinal && !n.dotted)
            {
                if hi_negative {
                    hi.value = -hi.value;
                }
                let mut lo_val = if fig.negative {
                    -fig.num.value
                } else {
                    fig.num.value
                };
                if fig.num.scale == 1.0 && hi.scale > 1.0 && lo_val * hi.scale <= hi.value {
                    lo_val *= hi.scale;
                }
                let ascending = lo_val < hi.value;
                // "rose 6.5% to 164p", "gained 0.7 percent to 6,327.80", "in 2018 to 3.9
                // million": a change and the level it reached, or a year and a figure, are two
                // figures. A range joins two ends of one kind.
                let one_kind = sep == RangeSep::Dash || same_kind_ends(t, &fig, &hi, k, floor);
                // "increased by $43.6 billion to $419.2 billion": after a change word, "to"
                // leads to the level reached; only ends of a like size make a range ("fell by 1
                // to 1.5 degrees").
                let like_size = hi.value <= 3.0 * lo_val.abs().max(f64::MIN_POSITIVE);
                let lo_bare = fig.currency.is_none() && marks(t, &fig.num) == (None, None, None);
                let one_kind = one_kind
                    && (sep != RangeSep::To
                        || (lo_bare && like_size)
                        || !change_before(t, k, floor));
                // "three or four", "5 or 6": two close numbers, never "1 or 100".
                let one_kind = one_kind
                    && (sep != RangeSep::Or
                        || (like_size && hi.value <= lo_val + 10.0 && hi.words == fig.num.words));
                // "24-18" and "2013-14" are kept whole for classification; words never are.
                if one_kind && (ascending || (sep == RangeSep::Dash && !fig.num.words && !hi.words))
                {
                    if ascending && fig.num.scale == 1.0 && hi.scale > 1.0 {
                        fig.num.value = lo_val.abs();
                        fig.num.scale = hi.scale;
                        fig.num.rounded = true;
                    }
                    let save_unit = fig.unit.take();
                    let save_percent = fig.percent.take();
                    let save_currency = fig.currency;
                    fig.hi = Some(hi.clone());
                    fig.sep = Some(sep);
                    e = suffixes(t, hi.end, &mut fig);
                    // "252-972-1411": more digit groups make a phone or reference number.
                    while sep == RangeSep::Dash
                        && t.is_punct(e, "-")
                        && t.attached(e)
                        && t.is_num(e + 1)
                        && t.attached(e + 1)
                    {
                        fig.grouped = true;
                        e += 2;
                    }
                    fig.unit = fig.unit.or(save_unit);
                    fig.percent = fig.percent.or(save_percent);
                    fig.currency = fig.currency.or(save_currency);
                    if ascending {
                        fig.qualifier = Qualifier::Range;
                    }
                }
            }
        }
    }
    if between && fig.sep != Some(RangeSep::And) {
        // "between" with no range after it is no part of the figure.
        fig.first += 1;
    }
    fig.end = e;
    // "at least 20 and at most 100", "more than 5 but fewer than 10": two bounds, one interval.
    if matches!(fig.qualifier, Qualifier::AtLeast | Qualifier::MoreThan)
        && matches!(t.lower(e), "and" | "but")
        && t.is_word(e)
        && let Some(upper) = (e + 2..(e + 6).min(t.len()))
            .filter(|&j| may_start(t, j))
            .find_map(|j| read(t, j, e + 1))
            .filter(|u| {
                u.first == e + 1
                    && matches!(
                        u.qualifier,
                        Qualifier::AtMost | Qualifier::FewerThan | Qualifier::UpTo
                    )
                    && u.percent == fig.percent
                    && u.currency.or(fig.currency) == fig.currency.or(u.currency)
                    && u.num.value > fig.low()
            })
    {
        fig.hi = Some(upper.num.clone());
        fig.sep = Some(RangeSep::And);
        fig.qualifier = Qualifier::Range;
        fig.unit = fig.unit.or(upper.unit);
        fig.end = upper.end;
    }
    // "- 10 k" standing alone is a signed number; "- 5 people died" is a list item.
    if fig.first == 1 && floor == 0 && !fig.negative && t.is_dash(0) && e == t.len() {
        fig.negative = true;
        fig.first = 0;
    }
    Some(fig)
}

/// True when a change word stands before token `k` ("rose 5%", "increased by $2m"): a "to"
/// after the figure then leads to a level.
fn change_before(t: &Toks, k: usize, floor: usize) -> bool {
    let mut j = k;
    if j > floor && t.lower(j - 1) == "by" {
        j -= 1;
    }
    j > floor && t.is_word(j - 1) && LEXICON.change(t.lower(j - 1)).is_some()
}

/// After "N times": words that make it a multiplier ("three times the size", "6.5 times
/// earnings", "twice as many") rather than a count of occasions ("shot three times in the chest",
/// "arrested three times last year").
fn multiplier_after(t: &Toks, k: usize) -> bool {
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
fn range_from(t: &Toks, from: usize, to: usize, floor: usize) -> bool {
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
fn marks(t: &Toks, num: &Numeral) -> (Option<Percent>, Option<&'static str>, Option<&'static str>) {
    let mut probe = Figure::new(num.clone());
    suffixes(t, num.end, &mut probe);
    (probe.percent, probe.unit, probe.currency)
}

/// True when the two ends of "A to B" measure one kind of thing: a mark after the low end
/// ("6.5%", "18 sen") must stand after the high end too ("10% to 15%"); a bare low end takes the
/// high end's mark ("10 to 15%"). A year after "in" or "since" is no end of a range of figures.
fn same_kind_ends(t: &Toks, fig: &Figure, hi: &Numeral, k: usize, floor: usize) -> bool {
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
fn suffixes(t: &Toks, mut e: usize, fig: &mut Figure) -> usize {
    let lx = &*LEXICON;
    // Letters attached to the digits.
    if t.is_word(e) && t.attached(e) && !fig.num.words {
        let w = t.lower(e);
        // "5G" and "4G" are networks, not grams.
        if let Some(u) = lx
            .unit(w)
            .filter(|_| !(t.exact(e) == "G" && fig.num.value < 10.0))
        {
            fig.unit = Some(u);
            e += 1;
            // "4km^2", "4km2", "32m²": square and cubic units.
            let power =
                if t.is_punct(e, "^") && t.attached(e) && t.is_num(e + 1) && t.attached(e + 1) {
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
    // "34-year-old", "two-year", "10-mile".
    if t.is_punct(e, "-")
        && t.attached(e)
        && t.attached(e + 1)
        && t.is_word(e + 1)
        && let Some(u) = lx.unit(t.lower(e + 1))
    {
        if t.is_punct(e + 2, "-") && matches!(t.lower(e + 3), "old" | "olds") {
            fig.year_old = true;
            return e + 4;
        }
        fig.unit = Some(u);
        return e + 2;
    }
    // Percent.
    if t.is_punct(e, "%") {
        fig.percent = Some(Percent::Percent);
        e += 1;
        if matches!(t.lower(e), "points" | "point") {
            fig.percent = Some(Percent::Points);
            e += 1;
        }
        return e;
    }
    match t.lower(e) {
        "percent" | "percents" | "pct" | "percentages" => {
            fig.percent = Some(Percent::Percent);
            e += 1;
            if matches!(t.lower(e), "points" | "point") {
                fig.percent = Some(Percent::Points);
                e += 1;
            }
            return e;
        }
        "pc" if t.is_word(e) => {
            fig.percent = Some(Percent::Percent);
            return e + 1;
        }
        "per" if t.lower(e + 1) == "cent" => {
            fig.percent = Some(Percent::Percent);
            return e + 2;
        }
        "percentage" if matches!(t.lower(e + 1), "point" | "points") => {
            fig.percent = Some(Percent::Points);
            return e + 2;
        }
        _ => {}
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
        if let Some(code) = lx.currency_after(w).filter(|_| w != "p")
            && (fig.currency.is_none() || fig.currency == Some(code))
        {
            fig.currency = Some(code);
            // "49 cents" is money in the minor unit: checks must not compare it with "$1.32".
            if matches!(w, "cent" | "cents" | "pence" | "penny" | "sen") {
                fig.unit = Some("cent");
            }
            return e + 1;
        }
        if fig.unit.is_none()
            && (w.len() > 1 || t.attached(e))
            && let Some(u) = lx.unit(w)
        {
            fig.unit = Some(u);
            return e + 1;
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

/// A currency mark right before token `k` ("$", "US$", "£", "USD "): its code and first token.
fn currency_before(t: &Toks, k: usize, floor: usize) -> Option<(&'static str, usize)> {
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
fn hedge_before(t: &Toks, k: usize, floor: usize) -> Option<(Qualifier, usize)> {
    if k <= floor {
        return None;
    }
    // "~25", "≈ 32": signs of an approximate figure.
    if matches!(t.exact(k - 1), "~" | "≈" | "∼")
        && t.kind(k - 1) == Some(super::token::TokKind::Punct)
    {
        return Some((Qualifier::Approx, k - 1));
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
    // "adds up to 1.8 million cases": a total reached, not a ceiling.
    if qualifier == Qualifier::UpTo
        && start > floor
        && t.is_word(start - 1)
        && LEXICON.in_group(Group::UpToVerb, t.lower(start - 1))
    {
        return None;
    }
    Some((qualifier, start))
}

/// Matches `words` against the word tokens ending right before `end`; returns the first token.
fn match_back(t: &Toks, end: usize, words: &[&str], floor: usize) -> Option<usize> {
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
fn vague_at(t: &Toks, i: usize) -> Option<Figure> {
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

impl Figure {
    /// A figure of the numeral alone; `read` adds what stands around it.
    fn new(num: Numeral) -> Figure {
        Figure {
            first: num.first,
            end: num.end,
            num,
            hi: None,
            sep: None,
            qualifier: Qualifier::Exact,
            vague: None,
            percent: None,
            currency: None,
            unit: None,
            negative: false,
            unknown_suffix: false,
            colon: false,
            slash: false,
            year_old: false,
            decade: false,
            grouped: false,
        }
    }

    /// The figure as written, scale and sign applied.
    /// A range states its midpoint; a slash fraction its quotient.
    pub fn stated(&self) -> f64 {
        if let Some((_, _, stated)) = self.vague {
            return stated;
        }
        let v = if self.negative {
            -self.num.value
        } else {
            self.num.value
        };
        match (&self.hi, self.sep) {
            (Some(hi), Some(_)) if self.qualifier == Qualifier::Range => (v + hi.value) / 2.0,
            (Some(hi), None) if self.slash && hi.end == hi.first + 1 && hi.value != 0.0 => {
                v / hi.value
            }
            _ => v,
        }
    }

    /// The lower end of a range, or the figure itself.
    fn low(&self) -> f64 {
        if self.negative {
            -self.num.value
        } else {
            self.num.value
        }
    }

    /// Byte span of the figure's words.
    pub fn span(&self, t: &Toks) -> Span {
        Span::new(t.toks[self.first].start, t.toks[self.end - 1].end)
    }

    /// The interval the words allow, hedges and rounding read with `w`.
    pub fn interval(&self, w: &Widths) -> Interval {
        if let Some((lo, hi, _)) = self.vague {
            return Interval::closed(lo, hi);
        }
        let v = self.stated();
        if let (Some(hi), Some(_)) = (&self.hi, self.sep)
            && self.qualifier == Qualifier::Range
        {
            return Interval::closed(self.low(), hi.value);
        }
        match self.qualifier {
            Qualifier::Exact if self.num.rounded => {
                let half = w.rounded * rounding_unit(self.num.unit, self.num.written, w);
                Interval::closed(v - half, v + half)
            }
            q => q.interval_written(v, self.num.unit, self.num.written, w),
        }
    }

    pub fn to_quantity(&self, t: &Toks, kind: Kind, sentence: usize, w: &Widths) -> Quantity {
        let quantity = self.quantity(t, kind, sentence, w);
        Quantity {
            written: self.num.written,
            ..quantity
        }
    }

    fn quantity(&self, t: &Toks, kind: Kind, sentence: usize, w: &Widths) -> Quantity {
        // "555-1234", "24-18", "9/11": the pair names or scores something; state its first number.
        // "ages 19 to 24", "aged 19-23": an age range is a range of ages.
        let age_range = kind == Kind::Age && self.hi.is_some() && !self.slash;
        let pair = !kind.is_quantity()
            && !age_range
            && (self.sep.is_some() || self.slash)
            && kind != Kind::Fraction;
        let stated = if pair { self.low() } else { self.stated() };
        Quantity {
            span: self.span(t),
            kind,
            value: if kind.is_quantity() || age_range {
                self.interval(w)
            } else {
                Interval::exact(stated)
            },
            stated,
            qualifier: if pair {
                Qualifier::Exact
            } else {
                self.qualifier
            },
            counts: None,
            event: None,
            context: Vec::new(),
            unit: if kind == Kind::Percent && self.percent == Some(Percent::Points) {
                Some("percentage_point")
            } else if kind == Kind::Measure || (kind == Kind::Money && self.unit == Some("cent")) {
                self.unit
            } else {
                None
            },
            currency: if kind == Kind::Money {
                self.currency
            } else {
                None
            },
            sentence,
            noun: None,
            precision: self.num.unit,
            direction: None,
            written: 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::with_toks;

    /// Figures that `find_all` finds in a sentence.
    fn count(text: &str) -> usize {
        with_toks(text, |t| {
            let mut out = Vec::new();
            find_all(t, &mut out);
            out.len()
        })
    }

    #[test]
    fn pre_scan_never_skips_a_figure() {
        for s in [
            "It cost 5 pounds.",
            "Half a loaf.",
            "A dozen eggs.",
            "A few came.",
            "Dozens came.",
            "The first day.",
            "Two-thirds voted.",
            "Twentyfifth place.",
            "Several thousand.",
            "½ cup.",
            "Add ¾ of it.",
            "It is a.",
            "A\u{a0}few came.",
            "A https://x.org few",
            "A hundred",
            "Point five",
            "Fifteenths",
        ] {
            assert!(may_hold_figure(&s.to_ascii_lowercase(), 0, s.len()), "{s}");
        }
        for s in [
            "The cat sat on the mat.",
            "A man walked in, said nothing and left.",
            "Zürich is “far” — isn’t it?",
            "An apple at the point of sale.",
        ] {
            assert!(!may_hold_figure(&s.to_ascii_lowercase(), 0, s.len()), "{s}");
            assert_eq!(count(s), 0, "{s}");
        }
    }
}
