//! Changes told over more than one sentence or clause: across two sentences, an index's change
//! in points told twice, and counts of a named change dated by years.

use super::*;

/// How many sentences apart the two halves of a change may stand (one between, without
/// figures, when both name one subject).
pub(super) const MAX_SENTENCES_APART: usize = 2;

/// A change told over two sentences, judged as a warning (the words link the two only by
/// their order): "The wealth in 1860 was $16.2bn. In 1890 it amounted to $62.6bn, an increase
/// of 287 per cent." (the level left is the one figure of its measure in the sentence before,
/// and a pronoun says the level reached is of the same thing),
/// and "Waits have fallen by 9.8%. Figures showed a decline from 785 to 708." (the change
/// stated alone in the sentence before).
pub(super) fn across(
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
    if spans_differ(qs, prev_range.clone(), gs) {
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
                let pronoun = by_pronoun(t, ph[b].first);
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
                let before =
                    pt.and_then(|pt| crate::rules::detect::change_subject(&pt, ph[k].first));
                let now = crate::rules::detect::change_subject(t, ph[a.min(b)].first);
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

/// True when the two sentences name spans of time that differ ("in the last 15 years" … "in
/// just 10 years"): they tell two changes.
fn spans_differ(qs: &[Quantity], prev_range: std::ops::Range<usize>, gs: &[Group]) -> bool {
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
    let (then, now) = (spans(prev_range), spans(this_range));
    !then.is_empty() && !now.is_empty() && then != now
}

/// True when the words before token `first` name their subject by a pronoun ("In 1890 it
/// amounted to"), with no determiner that would bring a noun of its own.
fn by_pronoun(t: &Toks, first: usize) -> bool {
    (0..first).any(|x| t.is_word(x) && matches!(t.lower(x), "it" | "they"))
        && (0..first).all(|x| {
            !t.is_word(x)
                || !crate::extract::syntax::is(t.lower(x), crate::extract::syntax::Class::Det)
        })
}

/// "The Dow fell more than 350 points as the markets wrapped up their worst week … On the day,
/// the Dow dropped 357 points, or 1.3%, to 25,409": an index's change in points told twice in a
/// paragraph, each time by its name right before a verb of change in one direction, is one
/// change: the two must agree. A figure of a time within the day ("At one point, the Dow was
/// down more than 1,000 points") has no verb of change and is left alone. A warning: the page
/// cannot say which is wrong.
pub(super) fn restated_points(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (qs, st) = (ctx.qs, ctx.structure());
    let told: Vec<(usize, String)> = (0..qs.len())
        .filter(|&k| {
            qs[k].kind == Kind::Count
                && qs[k].direction.is_some()
                && qs[k].counts.as_deref() == Some("point")
        })
        .filter_map(|k| {
            let t = st.toks(ctx.doc, qs[k].sentence)?;
            crate::rules::detect::change_subject(&t, st.phrases[k].first)?;
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
pub(super) fn index_name(t: &Toks, first: usize) -> Option<String> {
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
pub(super) const YEAR_TO_LEVEL: usize = 3;

/// "… a 43 percent drop in homicides year-over-year. March 2016 saw 46 homicides, while
/// March 2017 recorded 26": a percentage of change that names what changed ("a drop in
/// homicides"), alone in its sentence, and in the next sentence two counts of those things,
/// each dated by a year of its own right before it: the earlier year's count is the level
/// left, the later's the level reached. Or one count of those things and a change of it in
/// the same direction ("800 shootings had been reported — 96 fewer than a year earlier"): the
/// level left is the count less the change. A warning: only the words link the two sentences.
pub(super) fn year_levels(
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
            found = of_level_left(rule, ctx, &to, &delta, &by, direction);
        }
    }
    if let Some(mut f) = found {
        f.soften();
        f.message = format!("{} (over two sentences)", f.message);
        out.push(f);
    }
}
