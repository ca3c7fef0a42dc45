//! Figures: a numeral with the words around it that change its reading: a hedge before it
//! ("more than", "as many as"), a range ("between 120 and 180", "120-180"), a vague phrase
//! ("dozens", "a few hundred"), a sign, a currency, a percent sign or a unit after it.

use super::numeral::{self, Form, Numeral};
use super::token::Toks;
use super::{Kind, Quantity};
use crate::interval::{Interval, Qualifier, Widths};
use crate::lexicon::{Group, LEXICON, NumWord};
use crate::source::Span;

mod around;
mod prescan;

pub use around::rounding_unit;
use around::*;
pub use prescan::may_hold_figure;
use prescan::*;

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
mod tests;
