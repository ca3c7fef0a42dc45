//! The steps of reading a figure around its numeral (`read` in `mod.rs` runs them in order):
//! a sign and a currency before it, the forms that extend it after it, and a range.

use super::*;

/// A sign and a currency before the numeral, read into `fig`: "-5", "minus 5", "minus-5
/// yards", "$5", "$-99.99". Returns the token the figure now starts at.
pub(super) fn sign_and_currency(t: &Toks, fig: &mut Figure, floor: usize) -> usize {
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
    k
}

/// The forms that extend a numeral after it, read into `fig`: a time or a slash form ("10:30",
/// "9/11", "5/10/2015"), a whole number and a fraction ("2 1/4", "2½"), a numerator in words
/// with an ordinal denominator ("one twenty-fifth"), a ratio ("1 in 5 adults", "two out of
/// five hundred") and a restatement ("forty-five (45)"). Returns the token after them.
pub(super) fn numeral_forms(t: &Toks, fig: &mut Figure) -> usize {
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
        // "two out of every three", "one in every five adults".
        let k = k.map(|k| k + usize::from(t.is_word(k) && matches!(t.lower(k), "every" | "each")));
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
    e
}

/// A range after the numeral ending at token `e` ("120-180", "120 to 180", "between 120 and
/// 180", "$5m-$10m", "10-15%", "three or four"), read into `fig`; `k` is where the figure's
/// words before the numeral start. Returns the token after the range, or `e`. A change and
/// the level it reached ("rose 6.5% to 164p") are two figures: a range joins two ends of one
/// kind.
pub(super) fn read_range(
    t: &Toks,
    fig: &mut Figure,
    mut e: usize,
    (k, floor): (usize, usize),
    between: bool,
) -> usize {
    let lx = &*LEXICON;
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
        } else if (t.joins(e)
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
            if sep == RangeSep::To && t.joins(b) {
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
                let one_kind = sep == RangeSep::Dash || same_kind_ends(t, fig, &hi, k, floor);
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
                    e = suffixes(t, hi.end, fig);
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
    e
}

/// A bound written after the figure: "200-plus banks", "70-plus miles" (at least the figure,
/// its unit after the "plus"); "20 or more", "5% or less", "65 and over". Returns the new end.
pub(super) fn bound_after(t: &Toks, mut e: usize, fig: &mut Figure) -> usize {
    if fig.qualifier != Qualifier::Exact || fig.vague.is_some() {
        return e;
    }
    if t.joins(e) && t.is_word(e + 1) && t.lower(e + 1) == "plus" {
        fig.qualifier = Qualifier::AtLeast;
        e += 2;
        if fig.unit.is_none() && fig.currency.is_none() && fig.percent.is_none() {
            e = suffixes(t, e, fig);
        }
        return e;
    }
    if t.is_word(e) && t.is_word(e + 1) {
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
    e
}
