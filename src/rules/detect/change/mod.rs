//! Stated changes in the shapes news uses: "rose from 120 to 150, an increase of 30", "revenues
//! increased 21% to $3.1bn, from $2.8bn", "profits fell 25% to $56m, against $66m a year
//! earlier", "from A to B, a 12% drop", "the index rose 9 points, or 0.3%, to 3,230", "an
//! increase of $10,319,308, or 21.63 per cent". The amount, percentage or points stated must
//! follow from the two levels, and "rose" or "fell" must fit them.
//!
//! The sentence's structure says which figure is which: a level reached stands after "to", the
//! level left after "from", "against", "compared with" or "versus"; a change has a direction
//! (`Quantity::direction`: "rose 21%", "a 12% drop", "up 5pc"), and a percentage after ", or"
//! restates the change before it. One clause holds one change, or several in turn ("A rose 5% to
//! 10, B fell 2% to 7").

use super::sentences;
use crate::extract::structure::Marks;
use crate::extract::token::Toks;
use crate::extract::{Direction, Interval, Kind, Qualifier, Quantity};
use crate::lexicon::LEXICON;
use crate::rules::kinds::change::{self, Direction as Dir};
use crate::rules::operand::{Operand, Reading};
use crate::rules::{Ctx, Finding, Rule};

mod across;
mod difference;

use across::*;

/// What a figure is in a change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// The level left: "from 120", "against $66m", "compared with 1.41bn".
    From,
    /// The level reached: "to 150", "to $3.1bn".
    To,
    /// A change: "rose 21%", "an increase of 30", ", or 0.3%" after another change.
    By,
}

/// One change: its levels and the changes stated of them.
#[derive(Default, Debug)]
struct Group {
    from: Option<usize>,
    to: Option<usize>,
    by: Vec<usize>,
    direction: Option<Direction>,
}

/// The word before a figure, past an article and the figure's own hedge: what makes it a level.
fn role(
    t: &Toks,
    qs: &[Quantity],
    k: usize,
    (first, last): (usize, usize),
    prev: Option<Role>,
) -> Option<Role> {
    let prev_by = prev == Some(Role::By);
    let q = &qs[k];
    if q.direction.is_some() {
        return Some(Role::By);
    }
    // "to 4.464 million people, or 10.8% of the workforce": a share, not the change again.
    let share = t.is_word(last) && t.lower(last) == "of";
    let mut b = first;
    while b > 0 && t.is_word(b - 1) && matches!(t.lower(b - 1), "a" | "an" | "the" | "its") {
        b -= 1;
    }
    let w = |i: usize| {
        if i < t.len() && t.is_word(i) {
            t.lower(i)
        } else {
            ""
        }
    };
    let before = b.checked_sub(1).map_or("", w);
    let before2 = b.checked_sub(2).map_or("", w);
    match before {
        "to" if !matches!(before2, "up" | "down") || b < 2 => Some(Role::To),
        // "In 1890 it was 167,741": a level said of a thing named before.
        "was" | "were" if matches!(before2, "it" | "they") => Some(Role::To),
        // "The revenue for 1892 was $1,857,680,610, an increase of $128,283,604": a level
        // stated by a copula is the level reached when a change follows it.
        "was" | "were" | "is" | "are" if change_follows(t, qs, k, last) => Some(Role::To),
        "from" | "against" | "versus" | "vs" => Some(Role::From),
        "with" | "to" if matches!(before2, "compared" | "comparison") => Some(Role::From),
        // "rose 9 points, or 0.3%": a percentage restating the change before it.
        "or" if prev_by && q.kind == Kind::Percent && !share => Some(Role::By),
        // "to 220,500,000 pounds in 1892 or about 60 per cent": a percentage right after the
        // level reached restates the change, comma or none.
        "or" if prev == Some(Role::To) && q.kind == Kind::Percent && !share => Some(Role::By),
        // "fell 24 points, 0.8%, to 2,954": a percentage set off by commas after a change.
        "" if prev_by
            && q.kind == Kind::Percent
            && b >= 1
            && t.is_punct(b - 1, ",")
            && last < t.len()
            && t.is_punct(last, ",") =>
        {
            Some(Role::By)
        }
        _ => {
            // "fell from 7,613 to 6,630, or 12.9%" and "up 4%, or $2m": after ", or".
            (before == "or" && b >= 2 && t.is_punct(b - 2, ",") && !share).then_some(Role::By)
        }
    }
}

/// True when the next figure of the sentence is a change of the figure's measure, set off by a
/// comma right after it: "was $1,857,680,610, an increase of $128,283,604".
fn change_follows(t: &Toks, qs: &[Quantity], k: usize, last: usize) -> bool {
    let Some(next) = qs.get(k + 1).filter(|n| n.sentence == qs[k].sentence) else {
        return false;
    };
    last < t.len()
        && t.is_punct(last, ",")
        && next.direction.is_some()
        && next.kind == qs[k].kind
        && next.currency == qs[k].currency
        && next.unit == qs[k].unit
        && t.toks[last].end <= next.span.start
        && (last + 1..t.len())
            .take_while(|&x| t.toks[x].start < next.span.start)
            .all(|x| restating_word(t, x))
}

/// A word that may stand between a figure and the change that restates it, after a comma:
/// "was $1,857,680,610, an increase of $128,283,604", "by $400,358,591, being a rise of …",
/// "…, or 27.47 per cent".
fn restating_word(t: &Toks, x: usize) -> bool {
    t.is_word(x)
        && (matches!(t.lower(x), "an" | "a" | "of" | "being" | "or")
            || LEXICON
                .change(t.lower(x))
                .is_some_and(|c| c.has(crate::lexicon::ChangeRole::Noun)))
}

/// True when the words after a figure make it a rate: "$1.81 per share", "$2 a barrel".
fn rate_after(t: &Toks, end: usize) -> bool {
    t.is_word(end)
        && matches!(t.lower(end), "per" | "a" | "an" | "each" | "apiece")
        && (!matches!(t.lower(end), "a" | "an") || t.is_word(end + 1))
}

/// True when two levels measure alike.
fn same_measure(a: &Quantity, b: &Quantity) -> bool {
    a.kind == b.kind && a.currency == b.currency && a.unit == b.unit
}

/// True when a change `by` is stated in the measure of a level, or in percent: "9 points" of an
/// index at 3,230, "$2m" of $50m, "5%" of anything.
fn fits(by: &Quantity, level: &Quantity) -> bool {
    by.kind == Kind::Percent
        || same_measure(by, level)
        || (by.kind == Kind::Count
            && level.kind == Kind::Count
            && by.counts.as_deref() == Some("point")
            && level.counts.is_none())
}

/// The groups of changes in one sentence, figure by figure in text order.
fn groups(ctx: &Ctx, t: &Toks, range: std::ops::Range<usize>) -> Vec<Group> {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let mut out: Vec<Group> = Vec::new();
    let mut cur = Group::default();
    let mut clause = None;
    let mut prev: Option<Role> = None;
    for k in range {
        let q = &qs[k];
        if !q.kind.is_quantity() {
            continue;
        }
        // A new clause closes the change being read.
        if clause.is_some_and(|c| c != ph[k].clause) || ph[k].lead.has(Marks::SEMICOLON) {
            out.push(std::mem::take(&mut cur));
        }
        clause = Some(ph[k].clause);
        // "rising nine places to 15": ranks move the other way round; no change of a level.
        if q.counts
            .as_deref()
            .is_some_and(|c| matches!(c, "place" | "position" | "spot" | "notch" | "rank"))
        {
            prev = None;
            continue;
        }
        let Some(r) = role(t, qs, k, (ph[k].first, ph[k].last), prev) else {
            prev = None;
            continue;
        };
        // "climbed $3.83 per share": a rate is no change of a level.
        if r == Role::By && q.kind != Kind::Percent && rate_after(t, ph[k].end) {
            prev = None;
            continue;
        }
        // A change after a complete one starts the next ("A rose 5% to 10, B fell 2% to 7"); so
        // does a change stated afresh after one with no level yet ("which surged 10% Friday,
        // climbed $3.83, or 6.4%, to $63.38"), and a "from" with a verb of its own ("a cut of
        // $10bn, including raising the exemption from $750 to $1,000").
        let restates = r == Role::By && q.direction.is_none();
        let done = match r {
            Role::By => !cur.by.is_empty() && !restates,
            Role::To => cur.to.is_some(),
            Role::From => {
                cur.from.is_some()
                    // "a cut of $10bn, including raising the exemption from $750 to $1,000".
                    || cur.by.last().is_some_and(|&b| {
                        (ph[b].end..ph[k].first).any(|x| {
                            t.is_word(x) && matches!(t.lower(x), "including" | "such" | "while")
                        })
                    })
                    || (!cur.by.is_empty()
                        && cur.to.is_none()
                        && verb_direction(t, ph[k].first).is_some()
                        && !cur.by.iter().any(|&b| ph[b].end + 2 >= ph[k].first))
            }
        };
        if done {
            out.push(std::mem::take(&mut cur));
        }
        match r {
            Role::By => {
                cur.direction = cur.direction.or(q.direction);
                cur.by.push(k);
            }
            Role::To => cur.to = Some(k),
            Role::From => cur.from = Some(k),
        }
        prev = Some(r);
    }
    out.push(cur);
    out
}

/// The direction a verb names before "from": "rose from 120 to 150"; or a noun of change, a
/// short phrase of its own between ("an increase per capita from $386 to $547").
fn verb_direction(t: &Toks, first: usize) -> Option<Direction> {
    let mut b = first;
    while b > 0
        && t.is_word(b - 1)
        && matches!(
            t.lower(b - 1),
            "from" | "by" | "to" | "steadily" | "sharply"
        )
    {
        b -= 1;
    }
    let verb = |k: usize| {
        LEXICON
            .change(t.lower(k))
            .filter(|c| c.has(crate::lexicon::ChangeRole::Verb))
    };
    let noun = |k: usize| {
        LEXICON
            .change(t.lower(k))
            .filter(|c| c.has(crate::lexicon::ChangeRole::Noun))
    };
    let c = verb(b.checked_sub(1)?).or_else(|| {
        // Only after "from": the noun's own phrase is up to two words ("per capita").
        if b == first || t.lower(b) != "from" {
            return None;
        }
        (1..=3).find_map(|back| {
            let k = b.checked_sub(back)?;
            let words = (k + 1..b).all(|x| t.is_word(x) && syntax_plain(t, x));
            if words { noun(k) } else { None }
        })
    })?;
    Some(if c.up { Direction::Up } else { Direction::Down })
}

/// A word that may stand between a noun of change and its "from": no verb, no conjunction.
fn syntax_plain(t: &Toks, k: usize) -> bool {
    let w = t.lower(k);
    !matches!(w, "and" | "or" | "but" | "to" | "which" | "that")
        && crate::extract::syntax::verb_at(t, k).is_none()
}

/// The judgement of a change between two levels, in the direction the words name.
fn of_levels(
    rule: &Rule,
    ctx: &Ctx,
    from: &Operand,
    to: &Operand,
    by: Option<&Operand>,
    direction: Direction,
) -> Option<Finding> {
    change::finding(rule, ctx, from, to, by, Some(to_dir(direction)))
}

fn to_dir(d: Direction) -> Dir {
    match d {
        Direction::Up => Dir::Increase,
        Direction::Down => Dir::Decrease,
    }
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    restated_points(rule, ctx, out);
    difference::run(rule, ctx, out);
    let qs = ctx.qs;
    let mut previous: Option<(std::ops::Range<usize>, Vec<Group>)> = None;
    for range in sentences(qs) {
        let Some(t) = ctx.structure().toks(ctx.doc, qs[range.start].sentence) else {
            continue;
        };
        let gs = groups(ctx, &t, range.clone());
        for g in &gs {
            judge_group(rule, ctx, &t, g, out);
        }
        parallel(rule, ctx, &t, range.clone(), &gs, out);
        // The sentence with figures before, right before in the same paragraph or with one
        // sentence without figures between.
        let sentence = qs[range.start].sentence;
        let before = previous.take().filter(|(r, _)| {
            let s = qs[r.start].sentence;
            s + MAX_SENTENCES_APART >= sentence && ctx.paragraph(s) == ctx.paragraph(sentence)
        });
        if let Some((r, pgs)) = &before {
            let gap = sentence - qs[r.start].sentence > 1;
            across(rule, ctx, &t, (r.clone(), pgs), &gs, gap, out);
            if !gap {
                year_levels(rule, ctx, &t, r.clone(), range.clone(), out);
            }
        }
        previous = Some((range, gs));
    }
}

/// True when the figure `k` is stated as a level by a copula or a verb of amount before it:
/// "was $22,971,403", "were about 31,500", "totaled $4m", "amounted to 12%".
fn stated_level(t: &Toks, first: usize) -> bool {
    let w = |i: usize| if t.is_word(i) { t.lower(i) } else { "" };
    let Some(b) = first.checked_sub(1) else {
        return false;
    };
    match w(b) {
        "was" | "were" | "is" | "are" | "totaled" | "totalled" | "reached" => true,
        "to" => b > 0 && matches!(w(b - 1), "amounted" | "amounts" | "came"),
        _ => false,
    }
}

/// A change stated after two levels of parallel clauses, each of its own year: "the revenue
/// for 1846 was $22,971,403.10, and for 1847 was about $31,500,000, being an increase of more
/// than $8,500,000". The earlier level is the one left and the later the one reached; only
/// the order links them, so a finding is a warning.
fn parallel(
    rule: &Rule,
    ctx: &Ctx,
    t: &Toks,
    range: std::ops::Range<usize>,
    gs: &[Group],
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    for g in gs {
        if g.from.is_some() || g.to.is_some() {
            continue;
        }
        let Some(&first_by) = g.by.first() else {
            continue;
        };
        let Some(direction) = g.by.iter().find_map(|&k| qs[k].direction).or(g.direction) else {
            continue;
        };
        let levels: Vec<usize> = (range.start..first_by)
            .filter(|&k| {
                matches!(qs[k].kind, Kind::Money | Kind::Count | Kind::Measure)
                    && matches!(qs[k].qualifier, Qualifier::Exact | Qualifier::Approx)
                    && qs[k].direction.is_none()
                    && stated_level(t, ph[k].first)
            })
            .collect();
        let [a, b] = levels[..] else {
            continue;
        };
        // No other figure of the measure between them or after them: a third level or a
        // share would make the pairing a guess.
        let alike = (range.start..first_by)
            .filter(|&k| qs[k].kind.is_quantity() && same_measure(&qs[k], &qs[a]))
            .count();
        if alike != 2 || !same_measure(&qs[a], &qs[b]) {
            continue;
        }
        // Each level has a year of its own before it, and the years differ.
        let year = |r: std::ops::Range<usize>| -> Vec<f64> {
            r.filter(|&k| qs[k].kind == Kind::Year)
                .map(|k| qs[k].stated)
                .collect()
        };
        let (ya, yb) = (year(range.start..a), year(a + 1..b));
        if ya.is_empty() || yb.is_empty() || yb.iter().all(|y| ya.contains(y)) {
            continue;
        }
        let (from, to) = (ctx.operand(a), ctx.operand(b));
        let before = out.len();
        for &k in g.by.iter().filter(|&&k| fits(&qs[k], &qs[b])) {
            let by = ctx.operand(k);
            out.extend(of_levels(rule, ctx, &from, &to, Some(&by), direction));
        }
        for f in &mut out[before..] {
            f.soften();
        }
    }
}

fn judge_group(rule: &Rule, ctx: &Ctx, t: &Toks, g: &Group, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    match (g.from, g.to) {
        (Some(a), Some(b)) => {
            if !same_measure(&qs[a], &qs[b]) {
                return;
            }
            // "from six to four billions": a scale read on one end only; 50 times or more is
            // such a misreading.
            let (x, y) = (qs[a].stated.abs(), qs[b].stated.abs());
            if x > 0.0 && y > 0.0 && (x / y >= 50.0 || y / x >= 50.0) {
                return;
            }
            // "prices would drop from 3 to 5 percent": the sign written once, on the second
            // figure, makes the pair a range of the change, not its two levels.
            let signed = |k: usize| {
                let w = ctx.doc.slice(qs[k].span).to_ascii_lowercase();
                w.contains('%') || w.contains("per")
            };
            if qs[a].kind == Kind::Percent && !signed(a) && signed(b) {
                return;
            }
            // Only a direction named by a verb is checked: "from A to B" alone says nothing ("open
            // from 9 to 5"), and "up" or "down" alone may be a rank ("moved up from six to five").
            let direction = g
                .direction
                .or_else(|| verb_direction(t, ph[a.min(b)].first));
            let Some(direction) = direction else {
                return;
            };
            let (from, to) = (ctx.operand(a), ctx.operand(b));
            let bys: Vec<usize> =
                g.by.iter()
                    .copied()
                    .filter(|&k| fits(&qs[k], &qs[b]))
                    .collect();
            if bys.is_empty() {
                out.extend(of_levels(rule, ctx, &from, &to, None, direction));
            }
            for k in bys {
                let by = ctx.operand(k);
                out.extend(of_levels(rule, ctx, &from, &to, Some(&by), direction));
            }
        }
        (None, Some(b)) => {
            // "rose 9 points, or 0.3%, to 3,230": the level left is the level reached less the
            // change, against which the percentage is judged.
            let Some(&d) =
                g.by.iter()
                    .find(|&&k| qs[k].kind != Kind::Percent && fits(&qs[k], &qs[b]))
            else {
                return;
            };
            let Some(direction) = qs[d].direction.or(g.direction) else {
                return;
            };
            for &p in g.by.iter().filter(|&&k| qs[k].kind == Kind::Percent) {
                if qs[b].kind == Kind::Percent || qs[p].unit == Some("percentage_point") {
                    continue;
                }
                // Index points and levels are rounded from the exchange's figures ("fell 20
                // points, or 0.8%, to 2,701" may be 20.4 points from 2,721.4): both are read to
                // the half point.
                let rounded = |o: Operand| {
                    if qs[d].kind == Kind::Count && qs[b].kind == Kind::Count {
                        Operand {
                            value: crate::rules::operand::widen(
                                &o.value,
                                0.5 * o.unit_of_last_digit(),
                            ),
                            ..o
                        }
                    } else {
                        o
                    }
                };
                let to = rounded(ctx.operand(b));
                let delta = rounded(ctx.operand(d));
                let by = ctx.operand(p);
                out.extend(of_level_left(rule, ctx, &to, &delta, &by, direction));
            }
        }
        _ => {}
    }
}

/// The judgement of a change of `by` that reached `to` by `delta`, from the level it left
/// (`level_before`); the message says how that level was worked out.
fn of_level_left(
    rule: &Rule,
    ctx: &Ctx,
    to: &Operand,
    delta: &Operand,
    by: &Operand,
    direction: Direction,
) -> Option<Finding> {
    let from = level_before(to, delta, direction)?;
    let mut f = of_levels(rule, ctx, &from, to, Some(by), direction)?;
    f.message = format!(
        "{} less the change of {} leaves {}; {}",
        to.show(ctx.doc),
        ctx.doc.words(delta.span),
        from.show(ctx.doc),
        f.message
    );
    Some(f)
}

/// The level a change of `delta` left to reach `to`: `to − delta` after a rise, `to + delta`
/// after a fall.
fn level_before(to: &Operand, delta: &Operand, direction: Direction) -> Option<Operand> {
    let t = to.reading(Reading::Strict);
    let d = delta.reading(Reading::Strict);
    let (t_lo, t_hi, d_lo, d_hi) = (t.lo?, t.hi?, d.lo?, d.hi?);
    let (lo, hi) = match direction {
        Direction::Up => (t_lo - d_hi, t_hi - d_lo),
        Direction::Down => (t_lo + d_lo, t_hi + d_hi),
    };
    if lo <= 0.0 {
        return None;
    }
    let stated = match direction {
        Direction::Up => to.stated - delta.stated,
        Direction::Down => to.stated + delta.stated,
    };
    Some(Operand {
        span: delta.span,
        value: Interval::closed(lo, hi),
        stated,
        qualifier: if lo == hi {
            Qualifier::Exact
        } else {
            Qualifier::Range
        },
        kind: to.kind,
        unit: to.unit,
        currency: to.currency,
        sentence: to.sentence,
        quantity: None,
    })
}

#[cfg(test)]
mod tests;
