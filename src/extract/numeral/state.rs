//! The state of a numeral read word by word (`read_with`): its value so far, its scale, its
//! last part; and what may follow it (metres, a fraction of a scale).

use super::*;

/// True when the "m" at token `m` after digits is metres, not millions: "32m2", "37m (121ft)",
/// "a 37m-long skeleton", "8m tall".
pub(super) fn metres_after(t: &Toks, m: usize) -> bool {
    let n = m + 1;
    // "32m2", "32m²": square and cubic metres.
    if t.attached(n) && (matches!(t.exact(n), "2" | "3" | "²" | "³")) {
        return true;
    }
    // "37m (121ft)": restated in a unit of length.
    if t.is_punct(n, "(")
        && t.is_num(n + 1)
        && (2..5).any(|k| {
            t.is_word(n + k)
                && matches!(
                    LEXICON.unit(t.lower(n + k)),
                    Some("foot" | "inch" | "yard" | "mile" | "kilometre" | "centimetre")
                )
        })
    {
        return true;
    }
    // "37m-long", "8m tall".
    let k = if t.is_punct(n, "-") && t.attached(n) {
        n + 1
    } else {
        n
    };
    matches!(
        t.lower(k),
        "long" | "tall" | "high" | "wide" | "deep" | "thick"
    )
}

/// "a half million", "a quarter": a fraction, times a scale word when one follows.
pub(super) fn fraction_of_scale(t: &Toks, first: usize, end: usize, v: f64) -> Numeral {
    let k = glued(t, end);
    match LEXICON.number(t.lower(k)) {
        Some(NumWord::Scale(s, false)) => Numeral {
            rounded: true,
            unit: s * v,
            written: s * v,
            scale: s,
            form: Form::Cardinal,
            ..fraction(first, k + 1, s * v)
        },
        // "a half-dozen people", "a half dozen": six.
        Some(NumWord::Dozen(false)) => Numeral {
            form: Form::Cardinal,
            ..fraction(first, k + 1, 12.0 * v)
        },
        _ => fraction(first, end, v),
    }
}

/// The token after a hyphen glued between two words at `k` ("half-dozen"), else `k`.
pub(super) fn glued(t: &Toks, k: usize) -> usize {
    let glued = t.is_punct(k, "-")
        && t.toks.get(k).is_some_and(|x| !x.space_before)
        && t.toks.get(k + 1).is_some_and(|x| !x.space_before)
        && t.is_word(k + 1);
    if glued { k + 1 } else { k }
}

/// The numeral being read.
#[derive(Clone, Copy)]
pub(super) struct State {
    pub(super) total: f64,
    pub(super) cur: f64,
    pub(super) last: Last,
    pub(super) end: usize,
    pub(super) words: bool,
    pub(super) decimals: u32,
    /// The figure before the last scale word.
    pub(super) mantissa: f64,
    /// That figure was written in digits ("40 billion", "3.5m"), so its zeros count.
    pub(super) digit_mantissa: bool,
    pub(super) scale_used: f64,
    pub(super) dotted: bool,
    pub(super) leading_zero: bool,
    pub(super) form: Form,
    pub(super) vague_plural: bool,
    /// The value of the tens word last read, for "one hundred thirty fifths" (100/35).
    pub(super) tens: f64,
    /// A hundred was used in the current group below the last scale.
    pub(super) hundred_in_group: bool,
    /// What units, teens and tens added since the last hundred or scale ("two" in "three
    /// hundred and two dozens").
    pub(super) small: f64,
    /// An "and" joined this numeral ("one hundred and thirty fifths" is 130/5, not 100/35).
    pub(super) joined_by_and: bool,
    /// The numeral is complete (an ordinal, a fraction, a dozen).
    pub(super) done: bool,
    /// Read "fifths" as "fifth" (see [`read_denominator`]).
    pub(super) plural_as_ordinal: bool,
}

impl Default for State {
    fn default() -> Self {
        State {
            total: 0.0,
            cur: 0.0,
            last: Last::None,
            end: 0,
            words: false,
            decimals: 0,
            mantissa: 0.0,
            digit_mantissa: false,
            scale_used: 1.0,
            dotted: false,
            leading_zero: false,
            form: Form::Cardinal,
            vague_plural: false,
            tens: 0.0,
            hundred_in_group: false,
            small: 0.0,
            joined_by_and: false,
            done: false,
            plural_as_ordinal: false,
        }
    }
}

impl State {
    pub(super) fn point_ok(&self) -> bool {
        matches!(
            self.last,
            Last::Unit | Last::Teen | Last::Tens | Last::Hundred
        ) || (self.last == Last::Digits && self.decimals == 0)
    }

    /// Takes number word `w` at token `j`; false when it cannot continue this numeral.
    pub(super) fn take(&mut self, t: &Toks, j: usize, w: NumWord) -> bool {
        let w = match w {
            NumWord::FractionPlural(d) if self.plural_as_ordinal => NumWord::Ordinal(d),
            w => w,
        };
        match w {
            NumWord::Unit(v) | NumWord::Teen(v) | NumWord::Tens(v) => self.take_small(v, w),
            NumWord::Hundred => self.take_hundred(t, j),
            NumWord::Scale(s, plural) => self.take_scale(s, plural),
            NumWord::Dozen(plural) => self.take_dozen(plural),
            NumWord::Ordinal(o) => self.take_ordinal(o),
            NumWord::FractionPlural(d) => self.take_fraction_plural(d),
            NumWord::Half | NumWord::Quarter => self.take_half(w),
        }
    }

    /// A unit, teen or tens word: after nothing, a hundred or a scale, or a unit after a tens.
    fn take_small(&mut self, v: f64, w: NumWord) -> bool {
        let is_unit = matches!(w, NumWord::Unit(_));
        let ok = match self.last {
            Last::None | Last::Hundred | Last::Scale(_) => true,
            Last::Tens => is_unit && v > 0.0 && self.cur % 10.0 == 0.0,
            _ => false,
        };
        if !ok {
            return false;
        }
        self.cur += v;
        self.small += v;
        self.last = match w {
            NumWord::Unit(_) => Last::Unit,
            NumWord::Teen(_) => Last::Teen,
            _ => {
                self.tens = v;
                Last::Tens
            }
        };
        true
    }

    /// "hundred": after nothing, an article, a small number or digits below a thousand; "hundreds"
    /// alone is vague.
    fn take_hundred(&mut self, t: &Toks, j: usize) -> bool {
        let ok = match self.last {
            Last::None | Last::Article => !t.lower(j).ends_with('s'),
            Last::Unit | Last::Teen | Last::Tens => !self.hundred_in_group,
            Last::Digits => self.cur < 1000.0 && !self.hundred_in_group,
            _ => false,
        };
        if !ok {
            if self.last == Last::None && t.lower(j) == "hundreds" {
                self.vague_plural = true;
                self.cur = 100.0;
                self.done = true;
                return true;
            }
            return false;
        }
        if self.cur == 0.0 {
            self.cur = 1.0;
        }
        self.mantissa = self.cur;
        self.cur *= 100.0;
        self.small = 0.0;
        self.scale_used = 100.0;
        self.hundred_in_group = true;
        self.last = Last::Hundred;
        true
    }

    /// A scale word ("thousand", "million"); a plural alone is vague, and a larger scale right
    /// after a smaller one multiplies all before it ("three thousand millions").
    fn take_scale(&mut self, s: f64, plural: bool) -> bool {
        if plural && self.last == Last::None {
            self.vague_plural = true;
            self.cur = s;
            self.done = true;
            return true;
        }
        match self.last {
            // "three thousand millions", "three lakh crore": a larger scale right after
            // a smaller one multiplies all before it.
            Last::Scale(p) if s > p && (plural || self.cur == 0.0) => {
                self.total = (self.total + self.cur) * s;
                self.cur = 0.0;
                self.scale_used = s;
                self.last = Last::Scale(s);
                self.done = true;
                return true;
            }
            Last::Scale(p) if !(s < p && self.cur > 0.0) => return false,
            Last::None if plural => return false,
            _ => {}
        }
        if self.cur == 0.0 {
            self.cur = 1.0;
        }
        self.digit_mantissa = self.last == Last::Digits;
        self.mantissa = self.cur;
        self.total += self.cur * s;
        self.cur = 0.0;
        self.scale_used = s;
        self.hundred_in_group = false;
        self.small = 0.0;
        self.last = Last::Scale(s);
        true
    }

    /// "dozen": twelve of what is before it ("three hundred and two dozens" is 300 + 24).
    fn take_dozen(&mut self, plural: bool) -> bool {
        if plural && self.last == Last::None {
            self.vague_plural = true;
            self.cur = 12.0;
            self.done = true;
            return true;
        }
        if !matches!(
            self.last,
            Last::None
                | Last::Article
                | Last::Unit
                | Last::Teen
                | Last::Tens
                | Last::Digits
                | Last::Hundred
        ) {
            return false;
        }
        // "three hundred and two dozens" is 300 + 24; "two hundred dozens" 2,400.
        if self.cur == 0.0 {
            self.cur = 1.0;
        }
        if self.small > 0.0 {
            self.cur += self.small * 11.0;
        } else {
            self.cur *= 12.0;
        }
        self.done = true;
        true
    }

    /// An ordinal: one that composes ("twenty-first"), a multiplier that ends the numeral
    /// ("hundredth"), or a denominator ("one eighth").
    fn take_ordinal(&mut self, o: f64) -> bool {
        if o >= 100.0 {
            // hundredth, thousandth, "a hundred trillionth": a multiplier that ends it.
            self.cur = if self.last == Last::None {
                o
            } else {
                (self.total + self.cur.max(1.0)) * o
            };
            self.total = 0.0;
            self.form = Form::Ordinal;
            self.done = true;
            return true;
        }
        let composes = match self.last {
            Last::None | Last::Hundred | Last::Scale(_) => true,
            Last::Tens => o < 10.0 && self.cur % 10.0 == 0.0,
            _ => false,
        };
        if composes {
            self.cur += o;
            self.form = Form::Ordinal;
        } else if matches!(
            self.last,
            Last::Unit | Last::Teen | Last::Tens | Last::Digits
        ) && o >= 3.0
            && self.total == 0.0
        {
            // "one eighth": a numerator and a denominator.
            self.cur /= o;
            self.form = Form::Fraction;
        } else {
            return false;
        }
        self.done = true;
        true
    }

    /// A plural fraction word ("fifths") after its numerator.
    fn take_fraction_plural(&mut self, d: f64) -> bool {
        let numerator_ok = matches!(
            self.last,
            Last::Unit | Last::Teen | Last::Tens | Last::Digits | Last::Hundred
        ) || (matches!(self.last, Last::Scale(_)) && self.cur == 0.0);
        if !numerator_ok {
            return false;
        }
        let whole = self.total + self.cur;
        if self.last == Last::Tens && d < 10.0 && whole > self.tens && !self.joined_by_and {
            // "one hundred thirty fifths": a hundred thirty-fifths.
            self.cur = (whole - self.tens) / (self.tens + d);
        } else {
            self.cur = whole / d;
        }
        self.total = 0.0;
        self.form = Form::Fraction;
        self.done = true;
        true
    }

    /// "one half", "three quarters" (singular "quarter" only after "one").
    fn take_half(&mut self, w: NumWord) -> bool {
        // "one half", "three quarters" (singular "quarter" only after "one").
        let d = if w == NumWord::Half { 2.0 } else { 4.0 };
        if self.last != Last::Unit || (d == 2.0 && self.cur != 1.0) || self.total != 0.0 {
            return false;
        }
        self.cur /= d;
        self.form = Form::Fraction;
        self.done = true;
        true
    }
}

/// True when token `j` is a scale word ("million"), not its plural.
pub(super) fn scale_at(t: &Toks, j: usize) -> bool {
    t.is_word(j) && matches!(LEXICON.number(t.lower(j)), Some(NumWord::Scale(_, false)))
}

/// True when "-and-a-half" or "-and-a-quarter" starts at token `j`, every part glued.
fn hyphened_and_a_half(t: &Toks, j: usize) -> bool {
    t.joins(j)
        && t.lower(j + 1) == "and"
        && t.joins(j + 2)
        && t.lower(j + 3) == "a"
        && t.joins(j + 4)
        && matches!(t.lower(j + 5), "half" | "quarter")
}

/// "two-and-a-half years", "15-and-a-half miles": "and a half" set with hyphens at token `j`,
/// added to the numeral read so far; the step after it, or `None` when none is there.
pub(super) fn hyphened_half(t: &Toks, j: usize, st: &mut State) -> Option<Step> {
    if !(hyphened_and_a_half(t, j)
        && matches!(st.last, Last::Unit | Last::Teen | Last::Tens | Last::Digits))
    {
        return None;
    }
    st.cur += if t.lower(j + 5) == "half" { 0.5 } else { 0.25 };
    st.decimals = st.decimals.max(1);
    st.words = true;
    st.end = j + 6;
    // "one-and-a-half million": the scale multiplies the whole.
    Some(if scale_at(t, j + 6) {
        Step::Again(j + 6)
    } else {
        Step::Stop
    })
}
