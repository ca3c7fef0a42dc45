//! The whole set named again: "Five people were shot … All five victims were taken to
//! hospital". "All N" counts a set the story has counted already, so N must be a toll the
//! story gives, or the sum of tolls it gives ("two were killed and three wounded … all five
//! victims"). A figure that no toll of the story reads as, alone or added up, is reported
//! against the headline's toll: a warning, as the page cannot say which of the two is wrong.

use super::*;
use crate::extract::structure::{Phrase, one_item_at};

/// How many figures before the set the check adds up at most (the first ones of the story).
const MAX_ADDED: usize = 8;

/// How many sets named again the check reads, the first ones: a story names its victims' set
/// again a few times, and each set is held against every figure of the document.
const MAX_SETS: usize = 8;

/// True when `b` counts the victims of a toll: "all five victims", "all 28 people detained",
/// "all four of the shooting victims".
fn names_victims(q: &Quantity, first: Tally) -> bool {
    match q.counts.as_deref() {
        Some("victim") => true,
        // Not "all 18 passengers", "all three pilots": a set the toll may hold with others.
        Some("person") => tally(q).is_some_and(|t| related(t, first)),
        _ => false,
    }
}

/// True when "The N victims" opens its sentence as the subject of a verb: "The four victims
/// were taken to hospital" names the set the lede counted; "the two victims who died" or
/// "the five victims' families" (a modifier after the noun) may name a part.
fn subject_set(ctx: &Ctx, st: &Structure, b: usize) -> bool {
    st.phrases[b].first == 1 && victims_subject(ctx, st, b, None)
}

/// True when figure `b` reads "the N victims" (or "the N <noun>" of the noun `counted`, what
/// the story's tolls count) and is the subject of a finite verb ("police said the four
/// victims were taken to hospital", "the four teenagers were taken"), with no modifier
/// between the figure and its noun: "the three surviving victims" are the survivors' set, not
/// the whole.
pub(super) fn victims_subject(ctx: &Ctx, st: &Structure, b: usize, counted: Option<&str>) -> bool {
    let p = &st.phrases[b];
    let q = &ctx.qs[b];
    p.definite
        && !p.other
        && p.first >= 1
        && st.toks(ctx.doc, q.sentence).is_some_and(|t| {
            // ("first..last" are the figure's words; its noun follows.)
            let victims = p.head_end == p.last + 1 && t.lower(p.last) == "victims";
            // "the five family members": a noun before the head, not a participle ("the
            // three surviving teenagers").
            let named = counted.is_some_and(|c| {
                q.counts.as_deref() == Some(c)
                    && (p.last + 1..=p.last + 2).contains(&p.head_end)
                    && (p.last..p.head_end - 1).all(|k| {
                        let w = t.lower(k);
                        t.is_word(k) && !w.ends_with("ing") && !w.ends_with("ed")
                    })
            });
            t.lower(p.first - 1) == "the"
                && (victims || named)
                && t.is_word(p.head_end)
                && syntax::is(t.lower(p.head_end), syntax::Class::Finite)
        })
}

/// True when the set is joined to another ("all nine passengers and a pilot", "the driver
/// and all four people in the car"): a part of the toll, not the whole.
fn joined(t: &Toks, p: &Phrase) -> bool {
    let and = |k: usize| t.is_word(k) && matches!(t.lower(k), "and" | "or" | "plus");
    // "all" stands right before the figure.
    (p.first >= 2 && and(p.first - 2)) || and(p.head_end)
}

/// True when a toll is told with one more named without a figure: "two children and a woman
/// were shot", "a man and three women were hurt", "injuring a mother and her two sons".
fn with_one(t: &Toks, p: &Phrase) -> bool {
    let and = |k: usize| t.is_word(k) && t.lower(k) == "and";
    let after = and(p.head_end) && one_item_at(t, p.head_end + 1).is_some();
    // "a mother and her two sons": a determiner may stand between "and" and the figure.
    let det = p.first >= 1 && syntax::is(t.lower(p.first - 1), syntax::Class::Det);
    let j = p.first.saturating_sub(1 + usize::from(det));
    let before = j >= 2 && and(j) && (j.saturating_sub(3)..j).any(|k| one_item_at(t, k).is_some());
    after || before
}

/// What a story's sums may add, in order, the first MAX_ADDED (no sum reads more): each toll,
/// each count of people told as others beside one ("killed two and sent three others to
/// hospitals"), and one for a person named without a figure beside a toll ("two children and
/// a woman were shot", "a man gunned down in a shooting that wounded four others").
fn summands(ctx: &Ctx, st: &Structure) -> Vec<(usize, Interval)> {
    let qs = ctx.qs;
    let mut out = Vec::new();
    for k in 0..qs.len() {
        if out.len() >= MAX_ADDED {
            break;
        }
        let p = &st.phrases[k];
        let toll = tally(&qs[k]).is_some();
        let others = p.other
            && qs[k].kind == Kind::Count
            && qs[k]
                .counts
                .as_deref()
                .is_some_and(crate::wordnet::is_person);
        if !toll && !others {
            continue;
        }
        out.push((k, qs[k].value));
        let s = qs[k].sentence;
        // Others with no count before them in their sentence or the one before it in their
        // paragraph.
        let named_other = p.other
            && !(0..k)
                .rev()
                .take_while(|&j| {
                    qs[j].sentence + 1 >= s && ctx.paragraph(qs[j].sentence) == ctx.paragraph(s)
                })
                .any(|j| qs[j].kind == Kind::Count);
        let named_with = toll && st.toks(ctx.doc, s).is_some_and(|t| with_one(&t, p));
        if named_other || named_with {
            out.push((k, Interval::exact(1.0)));
        }
        // "4 Kids, Mom Stabbed to Death": one more for each person listed bare.
        let listed = if toll { listed_beside(ctx, st, k) } else { 0 };
        if listed > 0 {
            out.push((k, Interval::exact(listed as f64)));
        }
    }
    out
}

pub(super) fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    // The story's toll as its headline gives it: a story without one may tell of several
    // events ("… killing 189 people. Five months later a jet crashed in Ethiopia, killing all
    // 157 people on board").
    let heads = headline_figures(ctx);
    let Some((first, first_tally)) = (0..heads).find_map(|k| tally(&qs[k]).map(|t| (k, t))) else {
        return;
    };
    let st = ctx.structure();
    // Not "the three surviving victims": a definite set may be a part of the toll.
    let sets: Vec<usize> = (first + 1..qs.len())
        .filter(|&b| {
            let q = &qs[b];
            (st.phrases[b].all || subject_set(ctx, st, b))
                && q.kind == Kind::Count
                && q.qualifier == Qualifier::Exact
                && q.stated >= 2.0
                && names_victims(q, first_tally)
                && st
                    .toks(ctx.doc, q.sentence)
                    .is_some_and(|t| !joined(&t, &st.phrases[b]))
        })
        .take(MAX_SETS)
        .collect();
    if sets.is_empty() {
        return;
    }
    let summands = summands(ctx, st);
    for b in sets {
        let q = &qs[b];
        let before: Vec<Interval> = summands
            .iter()
            .filter(|&&(k, _)| k < b)
            .take(MAX_ADDED)
            .map(|&(_, v)| v)
            .collect();
        // The set may be any count the story gives, not only a toll ("28 people were held …
        // all 28 people detained"; "all four bodies … all four people"), but told exactly:
        // "several victims" does not count it.
        let given = (0..qs.len()).any(|k| {
            k != b
                && qs[k].kind == Kind::Count
                && qs[k].qualifier != Qualifier::Vague
                && qs[k].value.overlaps(&q.value)
        });
        // A killer counted with his victims ("himself") leaves the set's size untold; asked
        // only of a set about to be reported.
        if given || some_sum_reads_as(&q.value, &before) || reflexive(st.lower()) {
            continue;
        }
        let (set, told) = (ctx.operand(b), ctx.operand(first));
        let message = format!(
            "the story counts the whole set as {}, but the headline reports {} {} (at {}) and no toll the story gives reads as {}, alone or added up",
            describe(&set),
            describe(&told),
            LEXICON.tally_name(first_tally),
            ctx.place(told.span),
            describe(&set),
        );
        report(
            rule,
            ctx,
            (&set, "set"),
            &told,
            &[(first, "headline")],
            message,
            out,
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn the_victims_as_subject_name_the_whole_set() {
        let text = |n: &str| {
            format!(
                "4 shot at block party\n\nFour people were wounded at a block party on Sunday.\n\nThe {n} victims were taken to a hospital in stable condition."
            )
        };
        assert!(run(&text("four")).is_empty(), "{:?}", run(&text("four")));
        let got = run(&text("three"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning event-tally the story counts the whole set as 3"),
            "{got:?}"
        );
        // Others beside one, and the set with a modifier after its noun, may be a part.
        for text in [
            "4 shot at block party\n\nFour people were shot at a block party. One died.\n\nThe three other victims were taken to a hospital.",
            "4 shot at block party\n\nFour people were shot at a block party.\n\nThe two victims who died were brothers.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }
}
