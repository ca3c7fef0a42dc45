//! A headline that lists a toll in parts: "2 adults, six children dead" … "all eight of the
//! dead". Counts of kinds of people joined in one headline list, of one tally, add up to the
//! toll; the body's first count of the toll as a whole of people ("Eight people died", "the
//! eight victims", "all eight of the dead") must read as their sum.

use super::*;
use crate::source::Span;

/// True when `counts` names people in general, not a kind of them: the whole a headline's
/// parts add up to.
fn generic(counts: &str) -> bool {
    matches!(counts, "person" | "victim")
}

/// True when figure `k` is a headline part: an exact count of a kind of people ("adults",
/// "teen girls") with its own noun, plainly of its tally: not "others", "more", a part in
/// degree ("one fatally"), a partitive or a part of a part ("including").
fn part(ctx: &Ctx, st: &Structure, k: usize) -> Option<Tally> {
    let (q, p) = (&ctx.qs[k], &st.phrases[k]);
    let kind = q.counts.as_deref()?;
    let plain = q.kind == Kind::Count
        && q.qualifier == Qualifier::Exact
        && q.stated >= 1.0
        && q.noun.is_some()
        && !generic(kind)
        && crate::wordnet::is_person(kind)
        && !p.other
        && !p.more
        && !p.adverb
        && p.partitive == Partitive::None
        && !p
            .lead
            .any(Marks::INCLUDING | Marks::AMONG | Marks::OF_WHOM | Marks::WITH);
    if plain { tally(q) } else { None }
}

/// True when body figure `b` counts toll `t` as a whole of people: plainly, in the lede, or
/// named again as the set ("all eight of the dead", "the eight victims") anywhere.
fn whole_of(ctx: &Ctx, st: &Structure, b: usize, t: Tally, lede_end: usize) -> bool {
    let (q, p) = (&ctx.qs[b], &st.phrases[b]);
    q.kind == Kind::Count
        && q.qualifier == Qualifier::Exact
        && q.counts.as_deref().is_some_and(generic)
        && tally(q) == Some(t)
        && !p.other
        && !p.more
        && !p.adverb
        // "all eight of the dead" names the whole set; "eight of the dead", some of it.
        && (p.partitive == Partitive::None || (p.all && p.partitive == Partitive::Noun))
        && !p.lead.any(Marks::INCLUDING | Marks::AMONG | Marks::OF_WHOM)
        && (q.sentence < lede_end || p.all || p.definite)
}

pub(super) fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let heads = headline_figures(ctx);
    if heads < 2 {
        return;
    }
    let st = ctx.structure();
    // The first run of parts of one tally, each joined to the one before by a comma or "and"
    // alone ("2 adults, six children dead"; not "2 dead, 4 wounded", two tallies).
    let mut parts: Vec<usize> = Vec::new();
    let mut toll = None;
    for k in 0..heads {
        let Some(t) = part(ctx, st, k) else {
            if parts.len() >= 2 {
                break;
            }
            parts.clear();
            continue;
        };
        let joined = !parts.is_empty()
            && toll == Some(t)
            && parts.last() == Some(&(k - 1))
            && !st.phrases[k]
                .lead
                .any(Marks::CLAUSE | Marks::SEMICOLON | Marks::DASH | Marks::COLON | Marks::OPEN);
        if !joined {
            if parts.len() >= 2 {
                break;
            }
            parts.clear();
        }
        toll = Some(t);
        parts.push(k);
    }
    let Some(t) = toll.filter(|_| parts.len() >= 2) else {
        return;
    };
    // Two parts of one kind are two events, not one toll told by kind.
    if parts
        .iter()
        .enumerate()
        .any(|(i, &a)| parts[i + 1..].iter().any(|&b| qs[a].counts == qs[b].counts))
    {
        return;
    }
    let body_start = qs.get(heads).map_or(usize::MAX, |q| q.sentence);
    let lede_end = body_start.saturating_add(LEDE_SENTENCES);
    let Some(b) = (heads..qs.len()).find(|&b| whole_of(ctx, st, b, t, lede_end)) else {
        return;
    };
    let sum: f64 = parts.iter().map(|&k| qs[k].stated).sum();
    if qs[b].value.contains(sum) {
        return;
    }
    let whole = ctx.operand(b);
    // The set named again may be reported already, against the headline's first toll.
    if out
        .iter()
        .any(|f| f.span == whole.span || f.related.iter().any(|r| r.span == whole.span))
    {
        return;
    }
    // Each part as the headline words it: "3 adults".
    let shown: Vec<String> = parts
        .iter()
        .map(|&k| {
            let end = qs[k].noun.map_or(qs[k].span.end, |n| n.end);
            ctx.doc.slice(Span::new(qs[k].span.start, end)).to_string()
        })
        .collect();
    let message = format!(
        "the headline's parts add up to {sum} {} ({}), but the body counts {} (at {})",
        LEXICON.tally_name(t),
        shown.join(" + "),
        describe(&whole),
        ctx.place(whole.span),
    );
    let related: Vec<(usize, &str)> = parts[1..].iter().map(|&k| (k, "part")).collect();
    report(
        rule,
        ctx,
        (&ctx.operand(parts[0]), "part"),
        &whole,
        &[related, vec![(b, "body")]].concat(),
        message,
        out,
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn headline_parts_that_do_not_add_up_to_the_body_toll() {
        for wrong in [
            "3 adults, six children dead in shootings\n\nEight people died on Thursday.",
            "Police: 4 adults, 2 children shot in Evanston\n\nPolice said five people were shot on Sunday.",
            "2 adults, 6 children dead in fire\n\nA man set the fire, officials said. They found all nine of the dead in the house.",
        ] {
            let got = run(wrong);
            assert_eq!(got.len(), 1, "{wrong}: {got:?}");
            assert!(got[0].starts_with("warning event-tally"), "{got:?}");
        }
        // The set named again ("all nine of the dead") is reported once, by the whole-set
        // check; a plain toll, by this one.
        let got = run("3 adults, six children dead in shootings\n\nEight people died on Thursday.");
        assert!(
            got[0].starts_with(
                "warning event-tally the headline's parts add up to 9 dead (3 adults + six children), but the body counts 8"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn headline_parts_that_add_up_or_are_no_parts_stay_quiet() {
        for sound in [
            "2 adults, six children dead in shootings\n\nEight people died on Thursday.",
            "Police: 4 adults, 1 child shot in Evanston\n\nPolice said five people were shot on Sunday.",
            // Two tallies, not parts of one.
            "2 dead, 4 wounded in shooting\n\nFive people were shot on Sunday.",
            // A part in degree, and others.
            "Four teens shot, one fatally\n\nFour people were shot on Sunday.",
            "2 men killed, 2 others hurt in crash\n\nTwo people died at the scene.",
            // Some of the dead named again, not all of them.
            "2 adults, 6 children dead in fire\n\nFirefighters found three of the dead in the house.",
        ] {
            assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
        }
    }
}
