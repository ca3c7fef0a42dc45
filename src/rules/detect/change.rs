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
            .all(|x| {
                t.is_word(x)
                    && (matches!(t.lower(x), "an" | "a" | "of" | "being")
                        || LEXICON
                            .change(t.lower(x))
                            .is_some_and(|c| c.has(crate::lexicon::ChangeRole::Noun)))
            })
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

/// How many sentences apart the two halves of a change may stand (one between, without
/// figures, when both name one subject).
const MAX_SENTENCES_APART: usize = 2;

/// A change told over two sentences, judged as a warning (the words link the two only by
/// their order): "The wealth in 1860 was $16.2bn. In 1890 it amounted to $62.6bn, an increase
/// of 287 per cent." (the level left is the one figure of its measure in the sentence before,
/// and a pronoun says the level reached is of the same thing),
/// and "Waits have fallen by 9.8%. Figures showed a decline from 785 to 708." (the change
/// stated alone in the sentence before).
fn across(
    rule: &Rule,
    ctx: &Ctx,
    t: &Toks,
    (prev_range, prev): (std::ops::Range<usize>, &[Group]),
    gs: &[Group],
    gap: bool,
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    // Only the two shapes below look back: a level reached with percentages and no level
    // left, or both levels with no change stated.
    let looks_back = |g: &Group| {
        g.to.is_some()
            && ((g.from.is_none() && !g.by.is_empty()) || (g.from.is_some() && g.by.is_empty()))
    };
    if !gs.iter().any(looks_back) {
        return;
    }
    let ph = &ctx.structure().phrases;
    let before = out.len();
    // Spans of time that differ ("in the last 15 years" … "in just 10 years") tell two
    // changes.
    let spans = |r: std::ops::Range<usize>| -> Vec<(Option<&str>, f64)> {
        r.filter(|&k| {
            qs[k].kind == Kind::Measure
                && qs[k]
                    .unit
                    .is_some_and(|u| matches!(u, "year" | "month" | "week" | "day" | "hour"))
        })
        .map(|k| (qs[k].unit, qs[k].stated))
        .collect()
    };
    let this = gs
        .iter()
        .flat_map(|g| g.from.into_iter().chain(g.to).chain(g.by.iter().copied()))
        .min()
        .map(|k| qs[k].sentence);
    let this_range = this.map_or(0..0, |s| {
        let a = qs.partition_point(|q| q.sentence < s);
        a..qs.partition_point(|q| q.sentence <= s)
    });
    let (then, now) = (spans(prev_range.clone()), spans(this_range));
    if !then.is_empty() && !now.is_empty() && then != now {
        return;
    }
    for g in gs {
        match (g.from, g.to) {
            // A level reached and a percentage of change, no level left.
            (None, Some(b))
                if !gap
                    && !g.by.is_empty()
                    && g.by.iter().all(|&k| qs[k].kind == Kind::Percent) =>
            {
                let alike: Vec<usize> = prev_range
                    .clone()
                    .filter(|&k| same_measure(&qs[k], &qs[b]) && qs[k].direction.is_none())
                    .collect();
                let [a] = alike[..] else {
                    continue;
                };
                // The level reached must be said of the same thing by a pronoun ("In 1890 it
                // amounted to"): a noun of its own names another thing ("Revenue rose 3% to
                // $38bn" after a sentence on profit).
                let pronoun = (0..ph[b].first)
                    .any(|x| t.is_word(x) && matches!(t.lower(x), "it" | "they"))
                    && (0..ph[b].first).all(|x| {
                        !t.is_word(x)
                            || !crate::extract::syntax::is(
                                t.lower(x),
                                crate::extract::syntax::Class::Det,
                            )
                    });
                if !pronoun || prev.iter().any(|pg| pg.from.is_some() || pg.to.is_some()) {
                    continue;
                }
                let direction = g.by.iter().find_map(|&k| qs[k].direction).or(g.direction);
                let Some(direction) = direction else {
                    continue;
                };
                let (from, to) = (ctx.operand(a), ctx.operand(b));
                for &k in &g.by {
                    let by = ctx.operand(k);
                    out.extend(of_levels(rule, ctx, &from, &to, Some(&by), direction));
                }
            }
            // Both levels and a verb of direction, no change stated: the change stated alone
            // in the sentence before, in the same direction.
            (Some(a), Some(b)) if g.by.is_empty() => {
                let Some(direction) = g
                    .direction
                    .or_else(|| verb_direction(t, ph[a.min(b)].first))
                else {
                    continue;
                };
                let lone: Vec<usize> = prev
                    .iter()
                    .filter(|pg| pg.from.is_none() && pg.to.is_none())
                    .flat_map(|pg| pg.by.iter().copied())
                    .filter(|&k| qs[k].kind == Kind::Percent && qs[k].direction == Some(direction))
                    // "they control 39% of its wealth—up 2% since 2009": a change right after
                    // a share is that share's, not the next sentence's levels'.
                    .filter(|&k| {
                        !(k > 0
                            && qs[k - 1].sentence == qs[k].sentence
                            && qs[k - 1].kind == Kind::Percent
                            && qs[k - 1].direction.is_none())
                    })
                    .collect();
                let [k] = lone[..] else {
                    continue;
                };
                if !same_measure(&qs[a], &qs[b]) {
                    continue;
                }
                // With a sentence between, both must name one subject: "its profit jumped
                // 26%" … "Apple's profit climbed to $1.14 billion … from $904 million". Next to
                // each other, a subject named only by the second ("a 4.5% gain for the
                // proportion of films" … "The number of films rose to 310") may be another
                // measure's.
                let pt = ctx.structure().toks(ctx.doc, qs[k].sentence);
                let before = pt.and_then(|pt| super::change_subject(&pt, ph[k].first));
                let now = super::change_subject(t, ph[a.min(b)].first);
                // "rose to 310 from 287": the level reached first, after its verb, is
                // linked to the change before only by one subject named in both.
                let first = ph[a.min(b)].first;
                let reached_first = first > 0 && t.is_word(first - 1) && t.lower(first - 1) == "to";
                let same_subject = match (&before, &now) {
                    (Some(x), Some(y)) => x == y,
                    (None, Some(_)) => false,
                    _ => !gap && !reached_first,
                };
                if !same_subject {
                    continue;
                }
                let (from, to, by) = (ctx.operand(a), ctx.operand(b), ctx.operand(k));
                out.extend(of_levels(rule, ctx, &from, &to, Some(&by), direction));
            }
            _ => {}
        }
    }
    for f in &mut out[before..] {
        f.soften();
        f.message = format!("{} (over two sentences)", f.message);
    }
}

/// "The Dow fell more than 350 points as the markets wrapped up their worst week … On the day,
/// the Dow dropped 357 points, or 1.3%, to 25,409": an index's change in points told twice in a
/// paragraph, each time by its name right before a verb of change in one direction, is one
/// change: the two must agree. A figure of a time within the day ("At one point, the Dow was
/// down more than 1,000 points") has no verb of change and is left alone. A warning: the page
/// cannot say which is wrong.
fn restated_points(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (qs, st) = (ctx.qs, ctx.structure());
    let told: Vec<(usize, String)> = (0..qs.len())
        .filter(|&k| {
            qs[k].kind == Kind::Count
                && qs[k].direction.is_some()
                && qs[k].counts.as_deref() == Some("point")
        })
        .filter_map(|k| {
            let t = st.toks(ctx.doc, qs[k].sentence)?;
            super::change_subject(&t, st.phrases[k].first)?;
            Some((k, index_name(&t, st.phrases[k].first)?))
        })
        .collect();
    for (x, (a, sa)) in told.iter().enumerate() {
        let Some((b, _)) = told[x + 1..].iter().find(|(b, sb)| {
            sb == sa
                && qs[*b].sentence != qs[*a].sentence
                && qs[*b].direction == qs[*a].direction
                && ctx.paragraph(qs[*b].sentence) == ctx.paragraph(qs[*a].sentence)
        }) else {
            continue;
        };
        if qs[*a].value.overlaps(&qs[*b].value) {
            continue;
        }
        let (oa, ob) = (ctx.operand(*a), ctx.operand(*b));
        let message = format!(
            "the change of “{sa}” is reported as {} here and as {} at {}",
            oa.show(ctx.doc),
            ob.show(ctx.doc),
            ctx.place(ob.span)
        );
        let mut found = crate::rules::kinds::judged(
            rule,
            ctx,
            crate::rules::operand::Verdict::Hard,
            message,
            (oa.span, "change"),
            vec![crate::rules::Related {
                span: ob.span,
                label: "change".into(),
            }],
            || format!("{} vs {}", oa.show(ctx.doc), ob.show(ctx.doc)),
        );
        if let Some(f) = found.as_mut() {
            f.soften();
        }
        out.extend(found);
    }
}

/// The name of what a verb of change right before token `first` is said of, in lower case:
/// its words back to a determiner, a mark or the sentence's start ("the Dow fell" → "dow",
/// "The Nasdaq composite index added" → "nasdaq composite index").
fn index_name(t: &Toks, first: usize) -> Option<String> {
    let mut v = first.checked_sub(1)?;
    if t.is_word(v) && t.lower(v) == "by" {
        v = v.checked_sub(1)?;
    }
    let mut a = v;
    while a > 0 {
        let k = a - 1;
        let word = t.is_word(k)
            && !crate::extract::syntax::is(t.lower(k), crate::extract::syntax::Class::Det);
        if !(word || t.is_num(k) || t.is_punct(k, "&")) {
            break;
        }
        a = k;
    }
    (a < v).then(|| (a..v).map(|k| t.lower(k)).collect::<Vec<_>>().join(" "))
}

/// The most tokens between a year and the level it dates ("March 2016 saw 46 homicides").
const YEAR_TO_LEVEL: usize = 3;

/// "… a 43 percent drop in homicides year-over-year. March 2016 saw 46 homicides, while
/// March 2017 recorded 26": a percentage of change that names what changed ("a drop in
/// homicides"), alone in its sentence, and in the next sentence two counts of those things,
/// each dated by a year of its own right before it: the earlier year's count is the level
/// left, the later's the level reached. Or one count of those things and a change of it in
/// the same direction ("800 shootings had been reported — 96 fewer than a year earlier"): the
/// level left is the count less the change. A warning: only the words link the two sentences.
fn year_levels(
    rule: &Rule,
    ctx: &Ctx,
    t: &Toks,
    prev: std::ops::Range<usize>,
    range: std::ops::Range<usize>,
    out: &mut Vec<Finding>,
) {
    let (qs, st) = (ctx.qs, ctx.structure());
    let ph = &st.phrases;
    let changes: Vec<usize> = prev
        .clone()
        .filter(|&k| qs[k].kind == Kind::Percent && qs[k].direction.is_some())
        .collect();
    let [k] = changes[..] else {
        return;
    };
    let Some(pt) = st.toks(ctx.doc, qs[k].sentence) else {
        return;
    };
    // "a 43 percent drop in homicides": the noun of change, "in", what changed.
    let e = ph[k].last;
    let noun_of_change = pt.is_word(e)
        && LEXICON
            .change(pt.lower(e))
            .is_some_and(|c| c.has(crate::lexicon::ChangeRole::Noun));
    if !(noun_of_change && pt.is_word(e + 1) && pt.lower(e + 1) == "in") {
        return;
    }
    let Some(what) = (e + 2..(e + 5).min(pt.len()))
        .take_while(|&j| pt.is_word(j))
        .find(|&j| !crate::extract::syntax::is(pt.lower(j), crate::extract::syntax::Class::Det))
        .map(|j| crate::extract::lemma(pt.lower(j)))
    else {
        return;
    };
    // The counts of the sentence each dated by a year right before it.
    let dated: Vec<(f64, usize)> = range
        .clone()
        .filter(|&a| qs[a].kind == Kind::Count && qs[a].qualifier == Qualifier::Exact)
        .filter_map(|a| {
            let y = (range.start..a).rev().find(|&y| qs[y].kind == Kind::Year)?;
            let near = ph[y].last <= ph[a].first
                && ph[a].first - ph[y].last <= YEAR_TO_LEVEL
                && (ph[y].last..ph[a].first).all(|j| t.is_word(j))
                && (y + 1..a).all(|m| qs[m].kind == Kind::Year);
            near.then_some((qs[y].stated, a))
        })
        .collect();
    let counts = |x: usize| qs[x].counts.as_deref() == Some(what.as_str());
    let Some(direction) = qs[k].direction else {
        return;
    };
    let by = ctx.operand(k);
    let mut found = None;
    if let [(ya, a), (yb, b)] = dated[..] {
        if ya != yb && counts(a) && counts(b) {
            let (from, to) = if ya < yb { (a, b) } else { (b, a) };
            found = of_levels(
                rule,
                ctx,
                &ctx.operand(from),
                &ctx.operand(to),
                Some(&by),
                direction,
            );
        }
    } else {
        // "800 shootings had been reported — 96 fewer than a year earlier": one count of the
        // things, and a change of it in the same direction; the level left is the count less
        // the change.
        let levels: Vec<usize> = range
            .clone()
            .filter(|&a| qs[a].kind == Kind::Count && qs[a].direction.is_none() && counts(a))
            .collect();
        let deltas: Vec<usize> = range
            .clone()
            .filter(|&d| qs[d].kind == Kind::Count && qs[d].direction == Some(direction))
            .collect();
        if let ([l], [d]) = (&levels[..], &deltas[..])
            && l < d
            && qs[*d].counts.as_deref().is_none_or(|c| c == what)
        {
            let (to, delta) = (ctx.operand(*l), ctx.operand(*d));
            if let Some(from) = level_before(&to, &delta, direction) {
                found = of_levels(rule, ctx, &from, &to, Some(&by), direction).map(|mut f| {
                    f.message = format!(
                        "{} less the change of {} leaves {}; {}",
                        to.show(ctx.doc),
                        ctx.doc.words(delta.span),
                        from.show(ctx.doc),
                        f.message
                    );
                    f
                });
            }
        }
    }
    if let Some(mut f) = found {
        f.soften();
        f.message = format!("{} (over two sentences)", f.message);
        out.push(f);
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
                let Some(from) = level_before(&to, &delta, direction) else {
                    continue;
                };
                let by = ctx.operand(p);
                let before = out.len();
                out.extend(of_levels(rule, ctx, &from, &to, Some(&by), direction));
                for f in &mut out[before..] {
                    f.message = format!(
                        "{} less the change of {} leaves {}; {}",
                        to.show(ctx.doc),
                        ctx.doc.words(delta.span),
                        from.show(ctx.doc),
                        f.message
                    );
                }
            }
        }
        _ => {}
    }
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
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn a_change_right_after_a_share_is_the_shares() {
        // "up 2%" is a change of the 39% share, not of the next sentence's levels.
        let text = "Though millionaires make up just 0.9% of the population, they hold 39% of its wealth, up 2% since 2009. Their wealth has risen from $41.8 trillion to $47.4 trillion.";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }

    #[test]
    fn a_change_told_over_two_sentences() {
        // The level left in the sentence before, the level reached said of it by a pronoun.
        let got = run(
            "Tonnage in 1880 was 40,000. In 1890 it amounted to 50,000, an increase of 35 per cent.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("warning stated-change"), "{got:?}");
        assert!(got[0].contains("(over two sentences)"), "{got:?}");
        assert!(run("Tonnage in 1880 was 40,000. In 1890 it amounted to 50,000, an increase of 25 per cent.").is_empty());
        // The change alone before, its levels after.
        assert_eq!(
            run("Waiting has fallen by 19.8%. Figures showed a decline from 800 to 720.").len(),
            1
        );
        assert!(
            run("Waiting has fallen by 10%. Figures showed a decline from 800 to 720.").is_empty()
        );
        // Another thing, or another span of time, is another change.
        assert!(
            run("Profit was $7.6 billion, up 62%. Revenue rose 11% to $105 billion.").is_empty()
        );
        assert!(run("The program has grown by 900 percent in the last 15 years. Costs have increased from 11 billion to 60 billion in just 10 years.").is_empty());
        // "it was" says a level of the thing named before as "amounted to" does.
        assert_eq!(
            run("The length of canals in 1850 was 3,000. In 1880 it was 4,500, an increase of 60 per cent.").len(),
            1
        );
        assert!(run("The length of canals in 1850 was 3,000. In 1880 it was 4,500, an increase of 50 per cent.").is_empty());
        // One sentence between, when both name one subject with a verb of change.
        let text = "Acme said its profit rose 12% in the quarter. The firm thanked its staff. Acme's profit climbed to $1.12 billion from $1 billion a year earlier.";
        assert!(run(text).is_empty(), "{:?}", run(text));
        assert_eq!(
            run(&text.replace("from $1 billion", "from $900 million")).len(),
            1
        );
        // A noun of change names no subject: "a gain for the proportion" may be another
        // measure's than "the number … rose to".
        assert!(run("This was a 4.5% gain for the proportion of local films. The number of local films rose to 310 from 287.").is_empty());
    }

    #[test]
    fn a_level_stated_by_a_copula_before_its_change() {
        let sound = "The number of letters carried was 24,362,500, an increase of 4,066,502, or 20 per cent, over the number in 1871.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        let got = run(&sound.replace("or 20 per cent", "or 25 per cent"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("24,362,500 less the change of 4,066,502 leaves 20,295,998"),
            "{got:?}"
        );
        // A level with no change right after its comma is no level reached.
        assert!(run("The number carried was 24,362,500, and in 1871 it rose by 4,066,502, or 25 per cent.").is_empty());
    }

    #[test]
    fn a_change_after_two_levels_of_their_own_years() {
        let sound = "The customs revenue for the year 1846 was $22,971,403.10, and for the year 1847 was about $31,500,000, being an increase of revenue for the first year under the new act of more than $8,500,000.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        let got = run(&sound.replace("$8,500,000", "$9,500,000"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("warning stated-change"), "{got:?}");
        assert!(
            got[0].contains("from $22,971,403.10 to about $31,500,000 is an increase"),
            "{got:?}"
        );
        // One year for both, or a third level of the measure, leaves the pairing open.
        assert!(run("In 1846 exports were $22,971,403 and imports were $31,500,000, an increase of $9,500,000.").is_empty());
        assert!(run("Revenue for 1846 was $22,971,403, for 1847 was $31,500,000 and for 1848 was $30,000,000, an increase of $9,500,000.").is_empty());
    }

    #[test]
    fn shares_and_asides_are_no_changes() {
        // ", or P% of the workforce" is a share of the level, not the change again.
        assert!(
            run("Unemployment rose 7,000 in November to 4.464 million, or 10.8% of the workforce.")
                .is_empty()
        );
        // "drop from 3 to 5 percent" is a range of the drop.
        assert!(run("Food prices would drop from 3 to 5 percent in six months.").is_empty());
        // "including … from A to B" is another change.
        assert!(run("I proposed a tax cut of $10 billion, including raising the exemption from $750 to $1,000.").is_empty());
        // "an increase in seven years of 63%": over another span than the levels'.
        assert!(
            run("This raised the level from $1,969 to $2,092, making an increase in seven years of over 63 per cent.")
                .is_empty()
        );
    }

    #[test]
    fn stated_changes_must_follow_from_their_ends() {
        assert_eq!(
            run("Sales rose from 120 to 150, an increase of 40."),
            [
                "error stated-change from 120 to 150 is an increase of 30, but the change is stated as 40 [40, 120, 150]"
            ]
        );
        assert!(run("Sales rose from 120 to 150, an increase of 30.").is_empty());
        assert!(run("Sales rose from 120 to 150, up 25%.").is_empty());
        assert_eq!(run("Sales rose from 120 to 150, up 20%.").len(), 1);
        assert!(run("Sales rose 25% from 120 to 150.").is_empty());
        assert_eq!(run("Sales rose 30% from 120 to 150.").len(), 1);
    }

    #[test]
    fn percent_and_percentage_points() {
        assert_eq!(
            run("Turnout rose from 6% to 7%, a 1% increase."),
            [
                "warning stated-change from 6% to 7% is a rise of 1 percentage point, an increase of 16.7%: “1%” matches the percentage points, not the percent change [1%, 6%, 7%]"
            ]
        );
        assert!(run("Turnout rose from 6% to 7%, up 1 percentage point.").is_empty());
    }

    #[test]
    fn the_direction_word_must_fit() {
        assert_eq!(
            run("Membership rose from 150 to 120 last year."),
            [
                "error stated-change from 150 to 120 is a fall, but it is reported as an increase [120, 150]"
            ]
        );
        assert!(run("Membership fell from 150 to 120 last year.").is_empty());
        assert!(run("The shop is open from 9 to 5 on weekdays.").is_empty());
    }

    #[test]
    fn changes_in_the_shapes_news_uses() {
        for (sound, wrong) in [
            (
                "Revenue increased 21% to $3.4bn, from $2.8bn a year before.",
                "Revenue increased 12% to $3.4bn, from $2.8bn a year before.",
            ),
            (
                "Profits fell 25% to $57m, against $76m a year earlier.",
                "Profits fell 15% to $57m, against $76m a year earlier.",
            ),
            (
                "Net profit surged 90% to 2.28bn rupees, compared with 1.2bn rupees last year.",
                "Net profit surged 60% to 2.28bn rupees, compared with 1.2bn rupees last year.",
            ),
            (
                "Sales fell by 23% from 36,100 in 2003 to 27,800 in 2004.",
                "Sales fell by 33% from 36,100 in 2003 to 27,800 in 2004.",
            ),
            (
                "Waiting lists fell from 7,600 to 6,600, or 13.2%.",
                "Waiting lists fell from 7,600 to 6,600, or 31.2%.",
            ),
            (
                "Contributions rose from £5.0bn to £7.5bn, a rise of 50%.",
                "Contributions rose from £5.0bn to £7.5bn, a rise of 40%.",
            ),
            (
                "The index rose 12 points, or 0.4%, to 3,012.",
                "The index rose 12 points, or 1.4%, to 3,012.",
            ),
            (
                "Exports grew from $40,000,000 to $50,000,000, an increase of $10,000,000, or 25 per cent.",
                "Exports grew from $40,000,000 to $50,000,000, an increase of $10,000,000, or 52 per cent.",
            ),
            (
                "Earnings took a 60% dive to $40 billion from $100 billion.",
                "Earnings took a 70% dive to $40 billion from $100 billion.",
            ),
            (
                "Pay shows an increase per head from $400 in 1880 to $500 in 1890, or 25 per cent.",
                "Pay shows an increase per head from $400 in 1880 to $500 in 1890, or 35 per cent.",
            ),
            (
                "The fee rose from $80 in 1872 to $100 in 1875, an increase in the average fee of 25 per cent.",
                "The fee rose from $80 in 1872 to $100 in 1875, an increase in the average fee of 35 per cent.",
            ),
            (
                "The composite slipped 30 points, 1.5%, to 1,970 on Friday.",
                "The composite slipped 30 points, 2.5%, to 1,970 on Friday.",
            ),
            (
                "Imports of wool rose from 40,000 tons in 1880 to 50,000 tons in 1890 or 25 per cent.",
                "Imports of wool rose from 40,000 tons in 1880 to 50,000 tons in 1890 or 35 per cent.",
            ),
        ] {
            assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
            assert_eq!(run(wrong).len(), 1, "{wrong}: {:?}", run(wrong));
        }
        // Two changes in one sentence, each with its own levels.
        assert!(run("The Dow fell 300 points, or 1.2%, to 24,700; the Nasdaq rose 20 points, or 0.3%, to 7,020.").is_empty());
        assert_eq!(
            run("The Dow fell 300 points, or 1.2%, to 24,700; the Nasdaq rose 20 points, or 2.3%, to 7,020.").len(),
            1
        );
    }

    #[test]
    fn a_change_named_then_counts_dated_by_years() {
        let text = |p: &str| {
            format!(
                "The city has seen a {p} percent drop in burglaries this spring, police said. April 2022 saw 80 burglaries, while April 2023 recorded 60."
            )
        };
        assert!(run(&text("25")).is_empty(), "{:?}", run(&text("25")));
        let got = run(&text("35"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("from 80 to 60 is a decrease of 25%, but the change is stated as 35 percent (over two sentences)"),
            "{got:?}"
        );
        // Counts of other things, or a year shared by both, link nothing.
        for quiet in [
            "The city has seen a 35 percent drop in burglaries, police said. April 2022 saw 80 arrests, while April 2023 recorded 60 arrests.",
            "The city has seen a 35 percent drop in burglaries, police said. In 2023, April saw 80 burglaries, while May recorded 60.",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
    }

    #[test]
    fn a_change_named_then_a_level_and_its_change() {
        let text = |d: &str| {
            format!(
                "The city has seen a nearly 11% drop in shootings this year, police said. As of Thursday, 800 shootings had been reported — {d} fewer than a year earlier."
            )
        };
        assert!(run(&text("96")).is_empty(), "{:?}", run(&text("96")));
        let got = run(&text("196"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("800 less the change of 196 leaves 996; from 996 to 800 is a decrease of 19.7%, but the change is stated as nearly 11% (over two sentences)"),
            "{got:?}"
        );
    }

    #[test]
    fn an_index_change_in_points_told_twice() {
        let text = |n: &str| {
            format!(
                "The FTSE fell more than 80 points as traders sold banks. At one point, the FTSE was down more than 200 points. By the close, the FTSE dropped {n} points."
            )
        };
        assert!(run(&text("84")).is_empty(), "{:?}", run(&text("84")));
        let got = run(&text("74"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning stated-change the change of “ftse” is reported as more than 80 here and as 74 at 1:"),
            "{got:?}"
        );
        // Two indexes are two changes.
        let quiet = "The Standard & Poor's 500 index climbed 25 points, or 1%. The Nasdaq composite index added 59 points, or 1.2%.";
        assert!(run(quiet).is_empty(), "{:?}", run(quiet));
    }
}
