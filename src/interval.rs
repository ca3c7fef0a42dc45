//! Intervals of values a figure's words allow, and the qualifiers that produce them. Below
//! the lexicon (which reads hedges into qualifiers and `data/intervals.txt` into [`Widths`])
//! and every stage after it.

use crate::number::fmt_number;
use serde::Serialize;

/// Widths of hedged and rounded figures, in units of the last significant digit
/// (`data/intervals.txt`, or a newsroom's `figcheck.yaml`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Widths {
    pub approx: f64,
    pub nearly: f64,
    pub rounded: f64,
    /// The most an "about" may spread, as a share of the figure ("about 300": 45 either side,
    /// not 200); never less than one unit of the last digit written.
    pub approx_share: f64,
    /// The same for "nearly".
    pub nearly_share: f64,
    /// Whether the zeros that end a figure with a scale word are significant: "$200m" rounded
    /// to the million (1), or to the hundred million (0).
    pub scaled_zeros: bool,
}

/// An interval of real values; `None` bounds are unbounded.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Interval {
    #[serde(serialize_with = "crate::number::number_opt")]
    pub lo: Option<f64>,
    #[serde(serialize_with = "crate::number::number_opt")]
    pub hi: Option<f64>,
    pub lo_open: bool,
    pub hi_open: bool,
}

/// An interval in mathematical notation: "17", "[120, 180]", "(24, ∞)".
impl std::fmt::Display for Interval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_exact() {
            return f.write_str(&fmt_number(self.lo.unwrap_or_default()));
        }
        let lo = self.lo.map_or("-∞".to_string(), fmt_number);
        let hi = self.hi.map_or("∞".to_string(), fmt_number);
        let open = if self.lo_open || self.lo.is_none() {
            '('
        } else {
            '['
        };
        let close = if self.hi_open || self.hi.is_none() {
            ')'
        } else {
            ']'
        };
        write!(f, "{open}{lo}, {hi}{close}")
    }
}

impl Interval {
    pub fn exact(v: f64) -> Interval {
        Interval::closed(v, v)
    }
    pub fn closed(lo: f64, hi: f64) -> Interval {
        Interval {
            lo: Some(lo),
            hi: Some(hi),
            lo_open: false,
            hi_open: false,
        }
    }
    pub fn is_exact(&self) -> bool {
        self.lo.is_some() && self.lo == self.hi
    }
    /// True when `v` lies in the interval.
    pub fn contains(&self, v: f64) -> bool {
        let above = match self.lo {
            None => true,
            Some(lo) if self.lo_open => v > lo,
            Some(lo) => v >= lo,
        };
        let below = match self.hi {
            None => true,
            Some(hi) if self.hi_open => v < hi,
            Some(hi) => v <= hi,
        };
        above && below
    }
    /// The sum of two intervals: every sum of a member of each.
    pub fn add(&self, other: &Interval) -> Interval {
        Interval {
            lo: self.lo.zip(other.lo).map(|(a, b)| a + b),
            hi: self.hi.zip(other.hi).map(|(a, b)| a + b),
            lo_open: self.lo_open || other.lo_open,
            hi_open: self.hi_open || other.hi_open,
        }
    }
    /// The values `a - b` takes for `a` in this interval and `b` in `other`.
    pub fn sub(&self, other: &Interval) -> Interval {
        Interval {
            lo: self.lo.zip(other.hi).map(|(a, b)| a - b),
            hi: self.hi.zip(other.lo).map(|(a, b)| a - b),
            lo_open: self.lo_open || other.hi_open,
            hi_open: self.hi_open || other.lo_open,
        }
    }
    /// True when some value lies in both intervals.
    pub fn overlaps(&self, other: &Interval) -> bool {
        let lo_ok = match (self.lo, other.hi) {
            (Some(a), Some(b)) => a < b || (a == b && !self.lo_open && !other.hi_open),
            _ => true,
        };
        let hi_ok = match (self.hi, other.lo) {
            (Some(a), Some(b)) => b < a || (a == b && !self.hi_open && !other.lo_open),
            _ => true,
        };
        lo_ok && hi_ok
    }
}

/// How a figure's words bound it (contract.md's `qualifier`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    Exact,
    Approx,
    MoreThan,
    AtLeast,
    FewerThan,
    AtMost,
    UpTo,
    Nearly,
    Range,
    Vague,
}

impl Qualifier {
    pub fn from_name(name: &str) -> Option<Qualifier> {
        Some(match name {
            "exact" => Qualifier::Exact,
            "approx" => Qualifier::Approx,
            "more_than" => Qualifier::MoreThan,
            "at_least" => Qualifier::AtLeast,
            "fewer_than" => Qualifier::FewerThan,
            "at_most" => Qualifier::AtMost,
            "up_to" => Qualifier::UpTo,
            "nearly" => Qualifier::Nearly,
            "range" => Qualifier::Range,
            "vague" => Qualifier::Vague,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Approx => "approx",
            Qualifier::MoreThan => "more_than",
            Qualifier::AtLeast => "at_least",
            Qualifier::FewerThan => "fewer_than",
            Qualifier::AtMost => "at_most",
            Qualifier::UpTo => "up_to",
            Qualifier::Nearly => "nearly",
            Qualifier::Range => "range",
            Qualifier::Vague => "vague",
        }
    }

    /// True for the qualifiers that bound a figure on one side or both ("more than", "about"),
    /// which a restatement in parentheses shares.
    pub fn is_bound(self) -> bool {
        !matches!(self, Qualifier::Exact | Qualifier::Range | Qualifier::Vague)
    }

    /// [`Qualifier::interval`] for a figure whose last written digit is worth `written` (1 for
    /// "300", 0.1 for "2.5", a million for "$200m" when zeros count): "about" and "nearly"
    /// spread at most their share of the figure, but never less than half its last significant
    /// digit, nor than one written digit.
    pub fn interval_written(self, n: f64, unit: f64, written: f64, widths: &Widths) -> Interval {
        // Never narrower than the figure rounded at its last significant digit ("about 20" is
        // at least 15 to 25), nor than one digit as written.
        let spread = |units: f64, share: f64| {
            (units * unit)
                .min(share * n.abs())
                .max(0.5 * unit)
                .max(written)
        };
        let floor0 = |v: f64| if n >= 0.0 { v.max(0.0) } else { v };
        match self {
            Qualifier::Approx => {
                let h = spread(widths.approx, widths.approx_share);
                Interval::closed(floor0(n - h), n + h)
            }
            Qualifier::Nearly => {
                let h = spread(widths.nearly, widths.nearly_share);
                Interval {
                    lo: Some(floor0(n - h)),
                    hi: Some(n),
                    lo_open: false,
                    hi_open: true,
                }
            }
            q => q.interval(n, unit, widths),
        }
    }

    /// The interval a hedge allows around `n`, whose last significant digit is worth `unit`
    /// (design.md's table, with the widths of `data/intervals.txt` or a `figcheck.yaml`).
    pub fn interval(self, n: f64, unit: f64, widths: &Widths) -> Interval {
        let w = *widths;
        let open = |lo: Option<f64>, hi: Option<f64>, lo_open, hi_open| Interval {
            lo,
            hi,
            lo_open,
            hi_open,
        };
        let floor0 = |v: f64| if n >= 0.0 { v.max(0.0) } else { v };
        match self {
            Qualifier::Exact | Qualifier::Range | Qualifier::Vague => Interval::exact(n),
            Qualifier::MoreThan => open(Some(n), None, true, false),
            Qualifier::AtLeast => open(Some(n), None, false, false),
            Qualifier::FewerThan => open(Some(floor0(0.0f64.min(n))), Some(n), false, true),
            Qualifier::AtMost | Qualifier::UpTo => {
                open(Some(floor0(0.0f64.min(n))), Some(n), false, false)
            }
            Qualifier::Nearly => open(Some(floor0(n - w.nearly * unit)), Some(n), false, true),
            Qualifier::Approx => Interval::closed(floor0(n - w.approx * unit), n + w.approx * unit),
        }
    }
}

/// The value of one unit of the last significant digit of a figure as written: 300 → 100,
/// 17 → 1, 2.5 → 0.1, 1.2 million → 100,000. `decimals` is the count of digits after the point,
/// `scale` the multiplier of a scale word.
pub fn significant_unit(mantissa: f64, decimals: u32, scale: f64) -> f64 {
    if decimals > 0 {
        return 10f64.powi(-(decimals as i32)) * scale;
    }
    let mut m = mantissa.abs().round() as u64;
    if m == 0 {
        return scale;
    }
    let mut unit = 1.0;
    while m.is_multiple_of(10) {
        m /= 10;
        unit *= 10.0;
    }
    unit * scale
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LEXICON;

    #[test]
    fn significant_units() {
        assert_eq!(significant_unit(300.0, 0, 1.0), 100.0);
        assert_eq!(significant_unit(17.0, 0, 1.0), 1.0);
        assert_eq!(significant_unit(2.5, 1, 1.0), 0.1);
        assert_eq!(significant_unit(1.2, 1, 1e6), 1e5);
        assert_eq!(significant_unit(0.0, 0, 1.0), 1.0);
    }

    #[test]
    fn hedge_intervals_follow_the_design_table() {
        let i = Qualifier::MoreThan.interval(24.0, 1.0, &LEXICON.widths);
        assert_eq!((i.lo, i.hi, i.lo_open), (Some(24.0), None, true));
        let i = Qualifier::UpTo.interval(20.0, 10.0, &LEXICON.widths);
        assert_eq!((i.lo, i.hi), (Some(0.0), Some(20.0)));
        let i = Qualifier::FewerThan.interval(5.0, 1.0, &LEXICON.widths);
        assert_eq!((i.lo, i.hi, i.hi_open), (Some(0.0), Some(5.0), true));
        let i = Qualifier::Nearly.interval(200.0, 100.0, &LEXICON.widths);
        assert_eq!((i.lo, i.hi, i.hi_open), (Some(100.0), Some(200.0), true));
        let i = Qualifier::Approx.interval(17.0, 1.0, &LEXICON.widths);
        assert_eq!((i.lo, i.hi), (Some(15.0), Some(19.0)));
        let i = Qualifier::AtLeast.interval(3.0, 1.0, &LEXICON.widths);
        assert_eq!((i.lo, i.hi, i.lo_open), (Some(3.0), None, false));
    }

    #[test]
    fn interval_arithmetic() {
        let a = Interval::closed(1.0, 2.0);
        let b = Interval::closed(10.0, 20.0);
        let s = a.add(&b);
        assert_eq!((s.lo, s.hi), (Some(11.0), Some(22.0)));
        assert!(s.contains(11.0) && s.contains(22.0) && !s.contains(22.5));
        assert!(!a.overlaps(&b) && !b.overlaps(&a));
        let open = Qualifier::MoreThan.interval(2.0, 1.0, &LEXICON.widths);
        assert!(!open.overlaps(&a) && !a.overlaps(&open));
        assert!(open.overlaps(&b));
        // Subtraction pairs the low end with the other's high end.
        let d = b.sub(&a);
        assert_eq!((d.lo, d.hi), (Some(8.0), Some(19.0)));
        let d = b.sub(&open);
        assert_eq!((d.lo, d.hi, d.hi_open), (None, Some(18.0), true));
    }
}
