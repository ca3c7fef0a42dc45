//! Stated results: a figure that the words before it present as the sum or the difference of
//! figures before it. "Receipts were $27,531,585.26 … the additional sum of $7,013,000, making
//! the receipts from all sources $34,544,885.26"; "expenditures were $10,407,868 and receipts
//! $7,620,801, leaving a deficiency of $2,787,067"; "20,645 votes, compared to 14,738 for the
//! Liberal Democrat, a majority of 5,907"; "11,557 names were added and 12,977 dropped, a net
//! decrease of 1,420".
//!
//! Which figures a result is made of is not written. The detector tries the plain readings —
//! the sum of the figures just before the result, the difference of two of them, one less the
//! sum of the others — in the sentence and the one before it, and a reading that holds settles
//! it. When none holds, the result is reported only when it looks like a misprint of a reading:
//! it differs from it in one or two digits (a slip or two digits swapped), or by less than a
//! thousandth. A result that misses every reading by far is about figures not written here.

use crate::extract::{Interval, Kind, Qualifier, Quantity};
use crate::rules::kinds::{judged, related};
use crate::rules::operand::{Operand, Reading, Verdict, fmt_num};
use crate::rules::words::WORDS;
use crate::rules::{Ctx, Finding, Rule};

/// How many figures before a result are read as its possible terms.
const MAX_TERMS: usize = 10;

/// How many words before a result its marker may stand ("leaving a balance on the 1st of July,
/// 1863, of $5,329,044.21"; "thus affording in all, as the available resources of the current
/// fiscal year, the sum of $86,856,710"; "showing the amount of actual expenditure during the
/// first four months of the present fiscal year to have been $4,313,509.10").
const MARKER_WORDS: usize = 20;

/// The fewest significant digits a result must have for a near miss to read as a misprint:
/// "1,420" for "1,402" is a slip, "4" for "3" is not.
const MIN_DIGITS: usize = 4;

/// How a result is made of its terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Marker {
    /// "making", "amounting to", "in all": the sum of the terms.
    Sum,
    /// "leaving", "a balance of", "a majority of", "a net decrease of": a difference.
    Difference,
}

/// A reading of the result: the terms added, the terms taken away.
#[derive(Clone, Debug)]
struct Candidate {
    plus: Vec<usize>,
    minus: Vec<usize>,
}

impl Candidate {
    fn value(&self, qs: &[Quantity]) -> f64 {
        self.plus.iter().map(|&k| qs[k].stated).sum::<f64>()
            - self.minus.iter().map(|&k| qs[k].stated).sum::<f64>()
    }

    /// The interval of values the terms' words allow (strict readings).
    fn interval(&self, ctx: &Ctx) -> Interval {
        let mut lo = 0.0;
        let mut hi = 0.0;
        for &k in &self.plus {
            let i = ctx.operand(k).reading(Reading::Strict);
            lo += i.lo.unwrap_or(f64::NEG_INFINITY);
            hi += i.hi.unwrap_or(f64::INFINITY);
        }
        for &k in &self.minus {
            let i = ctx.operand(k).reading(Reading::Strict);
            lo -= i.hi.unwrap_or(f64::INFINITY);
            hi -= i.lo.unwrap_or(f64::NEG_INFINITY);
        }
        Interval::closed(lo, hi)
    }

    fn terms(&self) -> Vec<usize> {
        let mut all: Vec<usize> = self.plus.iter().chain(&self.minus).copied().collect();
        all.sort_unstable();
        all
    }

    /// "$27,531,585.26 + $7,013,000", "$10,407,868 − $7,620,801".
    fn arithmetic(&self, ctx: &Ctx) -> String {
        let show = |k: usize| ctx.doc.words(ctx.qs[k].span).into_owned();
        let mut s = self
            .plus
            .iter()
            .map(|&k| show(k))
            .collect::<Vec<_>>()
            .join(" + ");
        for &k in &self.minus {
            s.push_str(" − ");
            s.push_str(&show(k));
        }
        s
    }
}

/// The markers before result `r`, in the words since the figure of its kind before it (a
/// year or a date between does not end them: "leaving a deficiency for the year 1879 of
/// $7,393,672.72"). Both may stand there: "leaving a balance … amounting to".
fn markers(ctx: &Ctx, r: usize) -> Vec<Marker> {
    let st = ctx.structure();
    let q = &ctx.qs[r];
    let Some(t) = st.toks(ctx.doc, q.sentence) else {
        return Vec::new();
    };
    let first = st.phrases[r].first;
    let floor = (0..r)
        .rev()
        .take_while(|&k| ctx.qs[k].sentence == q.sentence)
        .find(|&k| ctx.qs[k].kind == q.kind)
        .map_or(0, |k| st.phrases[k].end);
    let from = first.saturating_sub(MARKER_WORDS).max(floor);
    let mut found = Vec::new();
    let (sum, difference) = (
        WORDS.phrases("result-sum"),
        WORDS.phrases("result-difference"),
    );
    for k in from..first {
        if !t.is_word(k) {
            continue;
        }
        let w = t.lower(k);
        let m = if sum.contains(w) {
            Marker::Sum
        } else if difference.contains(w) {
            Marker::Difference
        } else {
            continue;
        };
        if !found.contains(&m) {
            found.push(m);
        }
    }
    found
}

/// The figures a result may be made of: the same measure, before it, in its sentence and the
/// one before in the same paragraph.
fn terms(ctx: &Ctx, r: usize) -> Vec<usize> {
    let q = &ctx.qs[r];
    let paragraph = ctx.paragraph(q.sentence);
    (0..r)
        .rev()
        .take_while(|&k| {
            let s = ctx.qs[k].sentence;
            s == q.sentence || (s + 1 == q.sentence && ctx.paragraph(s) == paragraph)
        })
        .filter(|&k| {
            let p = &ctx.qs[k];
            p.kind == q.kind && p.currency == q.currency && p.unit == q.unit
        })
        .take(MAX_TERMS)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect()
}

/// Every plain reading of a result over its terms (in text order).
fn candidates(terms: &[usize], marker: Marker) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = terms.len();
    // The sum of the figures just before the result ("A, B and C, making T").
    if marker == Marker::Sum {
        for start in (0..n.saturating_sub(1)).rev() {
            out.push(Candidate {
                plus: terms[start..].to_vec(),
                minus: Vec::new(),
            });
        }
        // A sum that ends before the last term ("A and B, making T, and C …" is rare; "A
        // and B, making T" after an unrelated C is common): runs ending one term earlier.
        for end in (2..n).rev() {
            for start in (0..end - 1).rev() {
                out.push(Candidate {
                    plus: terms[start..end].to_vec(),
                    minus: Vec::new(),
                });
            }
        }
        return out;
    }
    // A difference of two figures, either way round.
    for a in 0..n {
        for b in 0..n {
            if a != b {
                out.push(Candidate {
                    plus: vec![terms[a]],
                    minus: vec![terms[b]],
                });
            }
        }
    }
    // One figure less a run of the ones after it ("receipts A; payments B and C; leaving D").
    for a in 0..n {
        for end in a + 3..=n {
            out.push(Candidate {
                plus: vec![terms[a]],
                minus: terms[a + 1..end].to_vec(),
            });
        }
    }
    out
}

/// The digits of a figure in its smallest written unit: "$1,291,744.50" → "129174450".
fn digits(v: f64, decimals: u32) -> String {
    format!("{:.0}", (v.abs() * 10f64.powi(decimals as i32)).round())
}

/// True when `stated` reads as a misprint of `computed`: one or two digits differ, or two
/// adjacent digits are swapped, or they differ by less than a thousandth.
fn misprint(stated: f64, computed: f64, decimals: u32) -> bool {
    if stated == computed {
        return false;
    }
    let big = stated.abs().max(computed.abs());
    if big > 0.0 && (stated - computed).abs() / big < 0.001 {
        return true;
    }
    let (a, b) = (digits(stated, decimals), digits(computed, decimals));
    if a.len() != b.len() {
        return false;
    }
    let differ: Vec<usize> = a
        .bytes()
        .zip(b.bytes())
        .enumerate()
        .filter(|(_, (x, y))| x != y)
        .map(|(k, _)| k)
        .collect();
    // Two neighbours swapped, wherever they stand: "$105,417.25" for $150,417.25.
    let (ab, bb) = (a.as_bytes(), b.as_bytes());
    if let [x, y] = differ[..]
        && y == x + 1
        && ab[x] == bb[y]
        && ab[y] == bb[x]
    {
        return true;
    }
    // Otherwise a slip in a leading digit makes another figure ("$73,075,620" for
    // $33,075,620): the reading is more likely not the writer's.
    differ.len() <= 2 && (big == 0.0 || (stated - computed).abs() / big <= MAX_SLIP)
}

/// True when one term of a reading, off by `miss` (the stated result less the reading), reads
/// as a misprint of the figure that would make it hold: "$4,470,210.94" where $4,407,210.94
/// adds up. Only terms of five or more significant digits, and a miss under a tenth of the
/// term: a slip in a long figure, not a different figure.
fn term_misprint(ctx: &Ctx, c: &Candidate, miss: f64) -> bool {
    let slip = |k: usize, fixed: f64| {
        let words = ctx.doc.slice(ctx.qs[k].span);
        let stated = ctx.qs[k].stated;
        significant(words) >= MIN_TERM_DIGITS
            && fixed > 0.0
            && miss.abs() < 0.1 * stated
            && misprint(stated, fixed, decimals_of(words))
    };
    c.plus.iter().any(|&k| slip(k, ctx.qs[k].stated + miss))
        || c.minus.iter().any(|&k| slip(k, ctx.qs[k].stated - miss))
}

/// The most a misprint may move a figure, as a share of it: two digits swapped ("5,097" for
/// 5,907) move it by a sixth.
const MAX_SLIP: f64 = 0.25;

/// The fewest significant digits a term must have for [`term_misprint`].
const MIN_TERM_DIGITS: usize = 5;

/// Digits after the point in a figure's words ("$1,291,744.50" → 2).
pub(super) fn decimals_of(text: &str) -> u32 {
    text.rsplit_once('.').map_or(0, |(_, f)| {
        f.bytes().take_while(u8::is_ascii_digit).count() as u32
    })
}

/// Significant digits of a whole or decimal figure as written: "$74,000,000" has two, a round
/// figure whose "misprint" would be another figure; "$1,291,744.50" has nine.
pub(super) fn significant(text: &str) -> usize {
    // Counted without collecting the digits: near-sum asks this of every exact figure.
    let digits = || text.bytes().filter(u8::is_ascii_digit);
    let all = digits().skip_while(|&b| b == b'0').count();
    if decimals_of(text) > 0 || all == 0 {
        return all;
    }
    let trailing = digits().rev().take_while(|&b| b == b'0').count();
    all - trailing
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    for r in 0..qs.len() {
        let q = &qs[r];
        if !matches!(q.kind, Kind::Count | Kind::Money | Kind::Measure) {
            continue;
        }
        // "leaving around 400,000": a hedged result of a firm reading is judged too.
        if q.qualifier.is_bound() {
            if q.qualifier == Qualifier::Approx {
                firm_difference(rule, ctx, r, out);
            }
            continue;
        }
        let markers = markers(ctx, r);
        if markers.is_empty() {
            continue;
        }
        let terms = terms(ctx, r);
        if terms.len() < 2 {
            continue;
        }
        let cands: Vec<(Marker, Candidate)> = markers
            .iter()
            .flat_map(|&m| candidates(&terms, m).into_iter().map(move |c| (m, c)))
            .collect();
        let result = ctx.operand(r);
        let target = result.reading(Reading::Strict);
        // Money in whole units may have been rounded from cents, each term by half a unit:
        // "$58,931,865 + $2,405,708, amounting together to $61,337,574" holds.
        let slack = |c: &Candidate| {
            let whole =
                |k: usize| qs[k].kind == Kind::Money && decimals_of(ctx.doc.slice(qs[k].span)) == 0;
            if whole(r) && c.terms().iter().all(|&k| whole(k)) {
                0.5 * (c.terms().len() + 1) as f64
            } else {
                0.0
            }
        };
        // A reading that holds settles it.
        if let Some((m, c)) = cands.iter().find(|(_, c)| {
            c.value(qs) >= 0.0 && crate::rules::operand::agree(&c.interval(ctx), &target, slack(c))
        }) {
            record(rule, ctx, r, c, *m, (Verdict::Holds, MISPRINT), out);
            continue;
        }
        // None holds: a misprint of one, or figures not written here. Cents written in words
        // after a figure ("… sixty-six dollars and seventy-six cents") are not read: no reading
        // of such a sentence is sure enough to call a misprint.
        let sentence = ctx.doc.sentences[q.sentence];
        if ctx.doc.text[sentence.start..sentence.end].contains(" cents") {
            continue;
        }
        if firm_difference(rule, ctx, r, out) {
            continue;
        }
        let words = ctx.doc.slice(q.span);
        let decimals = decimals_of(words);
        if significant(words) < MIN_DIGITS || q.qualifier != Qualifier::Exact {
            continue;
        }
        let mut misprints = cands
            .iter()
            .filter(|(_, c)| {
                let v = c.value(qs);
                v > 0.0
                    && c.plus
                        .iter()
                        .chain(&c.minus)
                        .all(|&k| qs[k].qualifier == Qualifier::Exact)
                    && (misprint(q.stated, v, decimals) || term_misprint(ctx, c, q.stated - v))
            })
            .collect::<Vec<_>>();
        // The reading with the fewest terms is the likeliest.
        misprints.sort_by_key(|(_, c)| c.plus.len() + c.minus.len());
        // A difference of two figures further back in the paragraph that holds explains the
        // result better than a misprint of a nearer one: "… $27,531,585.26 … total
        // expenditures $33,486,322.44, leaving … an excess of total expenditures over ordinary
        // receipts of $5,954,737.18" (a sum of the run of terms before a result stays read).
        if let Some((m, c)) = misprints.first()
            && !(*m == Marker::Difference && explained_further_back(ctx, r, &target))
        {
            record(rule, ctx, r, c, *m, (Verdict::Hard, MISPRINT), out);
        }
    }
}

/// "1.8 million cases nationwide, but only 1.4 million cases have been reported, leaving
/// around 400,000 undiagnosed cases": a count right after "leaving" with exactly two counts of
/// the same things before it in its sentence is the first less the second, whatever its
/// digits: the words leave no other reading. A warning, as every finding of a reading.
/// Returns true when the result has such a reading, whether it holds or is reported.
fn firm_difference(rule: &Rule, ctx: &Ctx, r: usize, out: &mut Vec<Finding>) -> bool {
    let (qs, st) = (ctx.qs, ctx.structure());
    let q = &qs[r];
    let Some(noun) = q.counts.as_deref().filter(|_| q.kind == Kind::Count) else {
        return false;
    };
    let Some(t) = st.toks(ctx.doc, q.sentence) else {
        return false;
    };
    let first = st.phrases[r].first;
    if !(first > 0 && t.is_word(first - 1) && matches!(t.lower(first - 1), "leaving" | "leaves")) {
        return false;
    }
    let same: Vec<usize> = (0..qs.len())
        .filter(|&k| k != r && qs[k].sentence == q.sentence && qs[k].kind == Kind::Count)
        .collect();
    let [a, b] = same[..] else {
        return false;
    };
    // Not "killing two people and leaving three others injured": a set that the event
    // leaves in a state is no remainder. Nor a bound among the terms.
    let remainder = !st.phrases[r].other && q.event.is_none_or(|e| e == "leave");
    let firm = |k: usize| {
        qs[k].counts.as_deref() == Some(noun)
            && matches!(qs[k].qualifier, Qualifier::Exact | Qualifier::Approx)
    };
    if !(b < r && remainder && firm(a) && firm(b)) {
        return false;
    }
    let c = Candidate {
        plus: vec![a],
        minus: vec![b],
    };
    let target = ctx.operand(r).reading(Reading::Strict);
    if crate::rules::operand::agree(&c.interval(ctx), &target, 0.0) {
        return true;
    }
    record(
        rule,
        ctx,
        r,
        &c,
        Marker::Difference,
        (Verdict::Hard, " (all three count the same things)"),
        out,
    );
    true
}

/// How many figures of a result's measure before it in its paragraph [`explained_further_back`]
/// tries.
const MAX_PARAGRAPH_TERMS: usize = 30;

/// True when the sum or the difference of two figures of the result's measure before it in
/// its paragraph reads as the result exactly (to the cent): the result is of them.
fn explained_further_back(ctx: &Ctx, r: usize, target: &Interval) -> bool {
    let qs = ctx.qs;
    let q = &qs[r];
    let paragraph = ctx.paragraph(q.sentence);
    let terms: Vec<f64> = (0..r)
        .rev()
        .take_while(|&k| ctx.paragraph(qs[k].sentence) == paragraph)
        .filter(|&k| {
            let p = &qs[k];
            p.kind == q.kind
                && p.currency == q.currency
                && p.unit == q.unit
                && p.qualifier == Qualifier::Exact
        })
        .take(MAX_PARAGRAPH_TERMS)
        .map(|k| qs[k].stated)
        .collect();
    terms.iter().enumerate().any(|(i, &a)| {
        terms[i + 1..].iter().any(|&b| {
            [a + b, (a - b).abs()]
                .iter()
                .any(|&v| v > 0.0 && target.contains(v))
        })
    })
}

/// A sum or difference that misses its stated result by a misprint is a warning: the figures
/// nearly agree, and which of them is wrong (or whether the reading is the writer's) the page
/// cannot say.
pub(super) fn misprint_note(finding: &mut Finding) {
    warning_note(finding, MISPRINT);
}

/// Makes a finding a warning that says why it is reported.
fn warning_note(finding: &mut Finding, note: &str) {
    finding.soften();
    finding.message.push_str(note);
}

/// The reason a near miss is reported.
const MISPRINT: &str = " (the figures differ by a digit or two: a misprint?)";

/// True when a total and the sum of its parts differ as a misprint does: in one or two digits,
/// or by less than a thousandth, in figures of four or more significant digits.
pub(super) fn is_misprint(ctx: &Ctx, total: &Operand, sum: f64) -> bool {
    let words = ctx.doc.slice(total.span);
    let big = total.stated.abs().max(sum.abs());
    // A breakdown that misses by more than a hundredth is wrong, whatever its digits: "1,165 +
    // 447" for "1,512 yards" is 100 yards out.
    total.qualifier == Qualifier::Exact
        && significant(words) >= MIN_DIGITS
        && big > 0.0
        && (total.stated - sum).abs() / big < NEAR_MISS
        && misprint(total.stated, sum, decimals_of(words))
}

/// A total and the sum of its parts closer than this (as a share of the larger) read as a
/// misprint rather than a wrong sum.
const NEAR_MISS: f64 = 0.01;

fn record(
    rule: &Rule,
    ctx: &Ctx,
    r: usize,
    c: &Candidate,
    marker: Marker,
    (verdict, note): (Verdict, &str),
    out: &mut Vec<Finding>,
) {
    let result = ctx.operand(r);
    let value = c.value(ctx.qs);
    let what = match marker {
        Marker::Sum => "total",
        Marker::Difference => "difference",
    };
    let before = out.len();
    let message = format!(
        "{} = {}, but the {what} is stated as {}",
        c.arithmetic(ctx),
        result.number(value),
        result.show(ctx.doc),
    );
    let ops: Vec<Operand> = c.terms().iter().map(|&k| ctx.operand(k)).collect();
    let refs: Vec<&Operand> = ops.iter().collect();
    let arithmetic = || {
        format!(
            "{} = {}; stated {}",
            c.arithmetic(ctx),
            fmt_num(value),
            result.show(ctx.doc)
        )
    };
    out.extend(judged(
        rule,
        ctx,
        verdict,
        message,
        (result.span, "result"),
        related(&refs, "term"),
        arithmetic,
    ));
    // A reading is only a reading: every finding is a warning, with the reason it is reported
    // (a misprint, see `run`, or a reading the words leave alone).
    for f in &mut out[before..] {
        warning_note(f, note);
    }
}

#[cfg(test)]
mod tests;
