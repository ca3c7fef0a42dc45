//! The two ends of a change written "from A to B" measure one thing, and news writes its
//! marks once: "from 1.2 to 1.5 billion euros" (the 1.2 is billions of euros too), "from $1.2
//! to $1.5 billion", "dropped from 208 pounds to 193". Each end stays a figure of its own (a
//! change's two levels, not a range); what one end leaves unsaid it takes from the other.

use super::Figure;
use crate::extract::numeral::Form;
use crate::extract::singular;
use crate::extract::token::Toks;

/// Lends the marks of one end of each "from A to B" among `figs` (one sentence's, in order) to
/// the other: unit, currency and percent to an end that writes none, and a closing scale word
/// to a low end of a like size ("from 1.2 to 1.5 billion"; not "from 800 to 1.2 million").
pub(super) fn lend_marks(t: &Toks, figs: &mut [Figure]) {
    for k in 1..figs.len() {
        let (head, tail) = figs.split_at_mut(k);
        let (a, b) = (&mut head[k - 1], &mut tail[0]);
        let from_to = a.first > 0
            && t.is_word(a.first - 1)
            && t.lower(a.first - 1) == "from"
            && b.first == a.end + 1
            && t.is_word(a.end)
            && t.lower(a.end) == "to";
        // The high end may be a range: "from 24.2 to 33-35 billion euros".
        if !from_to || !plain(a) || a.hi.is_some() || !plain(b) {
            continue;
        }
        let (bare_a, bare_b) = (marks(a).is_none(), marks(b).is_none());
        if bare_a && !bare_b {
            (a.percent, a.currency, a.unit) = (b.percent, b.currency, b.unit);
        }
        let high = b.hi.as_ref().unwrap_or(&b.num);
        if (bare_a || marks(a) == marks(b))
            && a.num.scale == 1.0
            && high.scale > 1.0
            && a.num.value * high.scale <= high.value
        {
            let s = high.scale;
            a.num.value *= s;
            a.num.unit *= s;
            a.num.written *= s;
            a.num.scale = s;
            a.num.rounded = true;
        }
        // "from 208 pounds to 193 by dieting", not "from $5 to 7 tickets".
        if bare_b && !bare_a && !singular::noun_at(t, b.end) {
            (b.percent, b.currency, b.unit) = (a.percent, a.currency, a.unit);
        }
    }
}

/// A figure whose marks may be lent or borrowed: a plain cardinal, not a fraction ("from 40
/// percent to one-third"), a vague phrase, a time, a date or a score.
fn plain(f: &Figure) -> bool {
    f.num.form == Form::Cardinal
        && f.vague.is_none()
        && !f.colon
        && !f.slash
        && !f.year_old
        && !f.decade
        && !f.grouped
        && !f.unknown_suffix
}

/// What a figure writes of what it measures, or `None` for a bare number.
fn marks(f: &Figure) -> Option<(bool, Option<&'static str>, Option<&'static str>)> {
    let m = (f.percent.is_some(), f.currency, f.unit);
    (m != (false, None, None)).then_some(m)
}
