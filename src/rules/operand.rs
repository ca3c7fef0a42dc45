//! Operands of a check: figures with the readings their words allow, and the verdict of a
//! relation judged under those readings.
//!
//! Every figure has two readings. The *strict* one is what the words say under the usual
//! conventions (rounding to the nearest, "more than 24" meaning not vastly more, "up to 20"
//! meaning at most 20). The *loose* one is everything a writer could defend (truncation, any
//! value above 24, a figure that overshoots "up to"). A relation that fails under the loose
//! readings is a hard contradiction; one that fails only under the strict readings is soft.

use crate::extract::{Interval, Kind, Qualifier, Quantity};
use crate::source::{Document, Span};

/// Which reading of the figures a relation is judged under.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reading {
    Strict,
    Loose,
}

/// The outcome of judging a relation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    /// Some reading of the figures satisfies it.
    Holds,
    /// Only the loose readings satisfy it.
    Soft,
    /// No reading satisfies it.
    Hard,
}

impl Verdict {
    /// The verdict as the figure ledger prints it: `holds`, `soft` (only the loose readings
    /// fit) or `fails`.
    pub fn name(self) -> &'static str {
        match self {
            Verdict::Holds => "holds",
            Verdict::Soft => "soft",
            Verdict::Hard => "fails",
        }
    }
}

/// Judges `holds` under the loose readings, then the strict ones.
pub fn judge(holds: impl Fn(Reading) -> bool) -> Verdict {
    if !holds(Reading::Loose) {
        Verdict::Hard
    } else if !holds(Reading::Strict) {
        Verdict::Soft
    } else {
        Verdict::Holds
    }
}

/// How far above "more than n" a figure may go before the strict reading objects (as a
/// multiple of n). "More than two dozen" implies not much more than two dozen.
const MORE_THAN_IMPLICATURE: f64 = 1.5;

/// The largest unit of its last digit, as a share of a stated result, for which truncating it
/// is as good a reading as rounding: at 1% the figure has three significant digits.
const FINE_RESULT: f64 = 0.01;

/// A figure taking part in a check.
#[derive(Clone, Debug, PartialEq)]
pub struct Operand {
    pub span: Span,
    pub value: Interval,
    pub stated: f64,
    pub qualifier: Qualifier,
    pub kind: Kind,
    pub unit: Option<&'static str>,
    pub currency: Option<&'static str>,
    pub sentence: usize,
    /// Index of the quantity in the document's list, when it is one (a pattern may read a
    /// figure the extractor skipped, such as the "a" of "shot a policewoman").
    pub quantity: Option<usize>,
}

impl Operand {
    pub fn from_quantity(index: usize, q: &Quantity) -> Operand {
        Operand {
            span: q.span,
            value: q.value,
            stated: q.stated,
            qualifier: q.qualifier,
            kind: q.kind,
            unit: q.unit,
            currency: q.currency,
            sentence: q.sentence,
            quantity: Some(index),
        }
    }

    /// An exact figure read from words the extractor did not list.
    pub fn exact(span: Span, value: f64, sentence: usize) -> Operand {
        Operand {
            span,
            value: Interval::exact(value),
            stated: value,
            qualifier: Qualifier::Exact,
            kind: Kind::Count,
            unit: None,
            currency: None,
            sentence,
            quantity: None,
        }
    }

    /// One unit of the last digit the figure's stated value shows: 1 for 2,701, 0.01 for $63.38.
    pub fn unit_of_last_digit(&self) -> f64 {
        let mut unit = 1.0;
        let mut v = self.stated.abs();
        while unit > 1e-6 && (v - v.round()).abs() > 1e-9 {
            v *= 10.0;
            unit /= 10.0;
        }
        unit
    }

    /// The values the figure's words allow under a reading.
    pub fn reading(&self, r: Reading) -> Interval {
        let v = self.value;
        if r == Reading::Strict {
            return match self.qualifier {
                Qualifier::MoreThan if self.stated > 0.0 => Interval {
                    hi: Some(self.stated * MORE_THAN_IMPLICATURE),
                    ..v
                },
                _ => v,
            };
        }
        match self.qualifier {
            // A rounded figure may also have been truncated: 1.2 million may be 1.29 million.
            Qualifier::Exact if !v.is_exact() => match (v.lo, v.hi) {
                (Some(lo), Some(hi)) => Interval {
                    lo: Some(lo),
                    hi: Some(self.stated + (hi - lo)),
                    lo_open: false,
                    hi_open: true,
                },
                _ => v,
            },
            // "Up to 20" is a soft ceiling: writers overshoot it.
            Qualifier::UpTo => Interval { hi: None, ..v },
            _ => v,
        }
    }

    /// The values a share or change stated as the result of other figures stands for: rounded
    /// to its last written digit (strict), or also truncated there (loose). "70%" is 69.5 to
    /// 70.5 rounded; 70 to 71 truncated.
    pub fn as_result(&self, doc: &Document, r: Reading) -> Interval {
        if self.qualifier != Qualifier::Exact || !self.value.is_exact() {
            let v = self.reading(r);
            // "more than 60 percent" worked out from levels the writer rounded ("from 10 cents
            // … to 16 cents") may be the bound itself at the precision printed: it is in.
            return match self.qualifier {
                Qualifier::MoreThan | Qualifier::FewerThan => Interval {
                    lo_open: false,
                    hi_open: false,
                    ..v
                },
                _ => v,
            };
        }
        let unit = 10f64.powi(-(decimals(doc.slice(self.span)) as i32));
        let n = self.stated;
        let strict = Interval::closed(n - unit / 2.0, n + unit / 2.0);
        match r {
            // Truncating a figure of three or more significant digits ("an increase of 513
            // per cent" for 513.8) moves it by less than a reader can notice: both readings
            // are the words' own.
            Reading::Strict if unit <= n.abs() * FINE_RESULT => Interval {
                lo: strict.lo,
                hi: Some(n + unit),
                lo_open: false,
                hi_open: true,
            },
            Reading::Strict => strict,
            Reading::Loose => Interval {
                lo: strict.lo,
                hi: Some(n + unit),
                lo_open: false,
                hi_open: true,
            },
        }
    }

    /// True when the figure has more than one reading.
    pub fn is_soft(&self) -> bool {
        self.reading(Reading::Strict) != self.reading(Reading::Loose)
    }

    /// The figure as a message shows it: the number when exact, else the words as written.
    pub fn show(&self, doc: &Document) -> String {
        // A figure worked out from others (no quantity of its own) has no words to show.
        if (self.value.is_exact() && self.qualifier == Qualifier::Exact) || self.quantity.is_none()
        {
            self.number(self.stated)
        } else {
            doc.words(self.span).to_string()
        }
    }

    /// A number in the figure's own terms: "$4.2 billion", "12%", "17".
    pub fn number(&self, v: f64) -> String {
        let n = fmt_num(v);
        if self.kind == Kind::Percent {
            if self.unit == Some("percentage_point") {
                return format!("{n} percentage point{}", if v == 1.0 { "" } else { "s" });
            }
            return format!("{n}%");
        }
        if self.kind == Kind::Measure
            && let Some(unit) = self.unit
        {
            let unit = unit.replace('_', " ");
            return if v == 1.0 {
                format!("{n} {unit}")
            } else {
                format!("{n} {unit}s")
            };
        }
        if self.kind == Kind::Money {
            // Cents keep two digits: "$47,234,467.10", not "$47,234,467.1".
            let n = match n.split_once('.') {
                Some((_, f)) if f.len() == 1 => format!("{n}0"),
                _ => n,
            };
            return match self.currency.and_then(symbol) {
                Some(sym) => format!("{sym}{n}"),
                None => format!("{n} {}", self.currency.unwrap_or("")),
            };
        }
        n
    }

    /// An interval in the figure's own terms: "17", "15 to 19", "more than 24".
    pub fn describe(&self, i: &Interval) -> String {
        match (i.lo, i.hi) {
            (Some(lo), Some(hi)) if lo == hi => self.number(lo),
            (Some(lo), Some(hi)) => {
                let lo_s = self.number(lo);
                let hi_s = self.number(hi);
                match (i.lo_open, i.hi_open) {
                    (false, false) => format!("{lo_s} to {hi_s}"),
                    (false, true) => format!("{lo_s} to just under {hi_s}"),
                    (true, false) => format!("just over {lo_s} to {hi_s}"),
                    (true, true) => format!("between {lo_s} and {hi_s}"),
                }
            }
            (Some(lo), None) if lo == 0.0 && !i.lo_open => "any value".to_string(),
            (Some(lo), None) if i.lo_open => format!("more than {}", self.number(lo)),
            (Some(lo), None) => format!("at least {}", self.number(lo)),
            (None, Some(hi)) if i.hi_open => format!("less than {}", self.number(hi)),
            (None, Some(hi)) => format!("at most {}", self.number(hi)),
            (None, None) => "any value".to_string(),
        }
    }
}

/// Digits after the decimal point in a figure's words ("12.5%" → 1).
fn decimals(text: &str) -> usize {
    let digits: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit() && c != '.')
        .filter(|s| s.chars().any(|c| c.is_ascii_digit()))
        .collect();
    digits
        .first()
        .and_then(|d| d.split_once('.'))
        .map_or(0, |(_, frac)| {
            frac.chars().take_while(char::is_ascii_digit).count()
        })
}

fn symbol(code: &str) -> Option<&'static str> {
    Some(match code {
        "USD" => "$",
        "GBP" => "£",
        "EUR" => "€",
        "JPY" => "¥",
        "INR" => "₹",
        _ => return None,
    })
}

/// A number for a message: "4.2 billion" when a scale word says it exactly, else every digit
/// with thousands separated ("1,252,270,958": a difference in the last digits must show), and
/// at most three decimals.
pub fn fmt_num(v: f64) -> String {
    let v = crate::number::tidy(v);
    let a = v.abs();
    for (scale, word) in [(1e12, "trillion"), (1e9, "billion"), (1e6, "million")] {
        let scaled = v / scale;
        if a >= scale && crate::number::tidy(scaled * 1000.0).fract() == 0.0 {
            return format!("{} {word}", trim_decimals(scaled, 3));
        }
    }
    let s = trim_decimals(v, 3);
    let (sign, s) = s.strip_prefix('-').map_or(("", s.as_str()), |r| ("-", r));
    let (int, frac) = s.split_once('.').map_or((s, None), |(i, f)| (i, Some(f)));
    let mut grouped = String::new();
    for (k, c) in int.chars().enumerate() {
        if k > 0 && (int.len() - k).is_multiple_of(3) && int.len() > 4 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

fn trim_decimals(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// True when `a` and `b` can be the same value, within an absolute slack.
pub fn agree(a: &Interval, b: &Interval, slack: f64) -> bool {
    a.overlaps(&widen(b, slack))
}

/// An interval widened by `slack` on both sides.
pub fn widen(i: &Interval, slack: f64) -> Interval {
    if slack <= 0.0 {
        return *i;
    }
    Interval {
        lo: i.lo.map(|v| v - slack),
        hi: i.hi.map(|v| v + slack),
        lo_open: false,
        hi_open: false,
    }
}

/// Closed real bounds of an interval, ±∞ where unbounded.
pub fn bounds(i: &Interval) -> (f64, f64) {
    (
        i.lo.unwrap_or(f64::NEG_INFINITY),
        i.hi.unwrap_or(f64::INFINITY),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(value: Interval, stated: f64, qualifier: Qualifier) -> Operand {
        Operand {
            value,
            stated,
            qualifier,
            ..Operand::exact(Span::new(0, 0), stated, 0)
        }
    }

    #[test]
    fn readings_of_hedges() {
        let more = op(
            Qualifier::MoreThan.interval(24.0, 1.0, &crate::lexicon::LEXICON.widths),
            24.0,
            Qualifier::MoreThan,
        );
        assert_eq!(more.reading(Reading::Strict).hi, Some(36.0));
        assert_eq!(more.reading(Reading::Loose).hi, None);
        let up_to = op(
            Qualifier::UpTo.interval(20.0, 10.0, &crate::lexicon::LEXICON.widths),
            20.0,
            Qualifier::UpTo,
        );
        assert_eq!(up_to.reading(Reading::Strict).hi, Some(20.0));
        assert_eq!(up_to.reading(Reading::Loose).hi, None);
        let rounded = op(Interval::closed(1.15e6, 1.25e6), 1.2e6, Qualifier::Exact);
        let loose = rounded.reading(Reading::Loose);
        assert!(loose.contains(1.29e6) && !loose.contains(1.3e6) && loose.contains(1.15e6));
        assert!(!rounded.reading(Reading::Strict).contains(1.29e6));
        let exact = op(Interval::exact(17.0), 17.0, Qualifier::Exact);
        assert!(!exact.is_soft());
    }

    #[test]
    fn a_stated_share_is_rounded_or_truncated() {
        let doc = Document::from_text("t", "70% and 2.5%");
        let seventy = op(Interval::exact(70.0), 70.0, Qualifier::Exact);
        let s = seventy.as_result(&doc, Reading::Strict);
        assert!(s.contains(69.5) && s.contains(70.5) && !s.contains(70.6));
        let l = seventy.as_result(&doc, Reading::Loose);
        assert!(l.contains(70.9) && !l.contains(71.0));
        let half = Operand {
            span: Span::new(8, 12),
            ..op(Interval::exact(2.5), 2.5, Qualifier::Exact)
        };
        let s = half.as_result(&doc, Reading::Strict);
        assert_eq!((s.lo, s.hi), (Some(2.45), Some(2.55)));
    }

    #[test]
    fn a_precise_result_may_be_truncated_under_the_strict_reading() {
        let doc = Document::from_text("t", "513 per cent and 1.3%");
        let fine = Operand {
            span: Span::new(0, 3),
            ..op(Interval::exact(513.0), 513.0, Qualifier::Exact)
        };
        let s = fine.as_result(&doc, Reading::Strict);
        assert!(s.contains(512.5) && s.contains(513.8) && !s.contains(514.0));
        // Two significant digits: truncation is only the loose reading.
        let coarse = Operand {
            span: Span::new(17, 21),
            ..op(Interval::exact(1.3), 1.3, Qualifier::Exact)
        };
        assert!(!coarse.as_result(&doc, Reading::Strict).contains(1.386));
        assert!(coarse.as_result(&doc, Reading::Loose).contains(1.386));
    }

    #[test]
    fn numbers_in_messages() {
        assert_eq!(fmt_num(17.0), "17");
        assert_eq!(fmt_num(1250.0), "1250");
        assert_eq!(fmt_num(12500.0), "12,500");
        assert_eq!(fmt_num(70.588235), "70.588");
        assert_eq!(fmt_num(4.2e9), "4.2 billion");
        assert_eq!(fmt_num(1_252_270_958.0), "1,252,270,958");
        assert_eq!(fmt_num(-30.0), "-30");
        let i = Interval {
            lo: Some(24.0),
            hi: None,
            lo_open: true,
            hi_open: false,
        };
        assert_eq!(
            op(i, 24.0, Qualifier::MoreThan).describe(&i),
            "more than 24"
        );
    }
}
