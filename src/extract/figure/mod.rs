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
mod ends;
mod prescan;
mod reading;

pub use around::rounding_unit;
use around::*;
pub use prescan::may_hold_figure;
use prescan::*;
use reading::*;

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
    let start = out.len();
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
    ends::lend_marks(t, &mut out[start..]);
}

/// Reads the figure whose numeral starts at token `i`; `floor` is the first token a hedge or
/// sign may use.
fn read(t: &Toks, i: usize, floor: usize) -> Option<Figure> {
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
    let mut k = sign_and_currency(t, &mut fig, floor);
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

    // After the numeral: colon and slash forms, fractions, a ratio, a restatement.
    let e = numeral_forms(t, &mut fig);
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

    let mut e = bound_after(t, e, &mut fig);

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
    let e = read_range(t, &mut fig, e, (k, floor), between);
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
