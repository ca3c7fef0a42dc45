//! The people aboard a craft are its passengers and its crew: "298 Aboard" … "all 283
//! passengers and 15 crew are feared dead".

use super::*;

/// True when figure `k` counts the people aboard a craft: people (or a bare figure) right
/// before "aboard" or "on board" (`breakdown-aboard` in `data/checks.txt`: "46 people
/// aboard", "298 Aboard"), or the object of "carry" ("an Airbus carrying 203 people").
fn aboard(ctx: &Ctx, k: usize) -> bool {
    let q = &ctx.qs[k];
    if q.kind != Kind::Count || q.direction.is_some() || q.qualifier == Qualifier::Vague {
        return false;
    }
    // A headline's "298 Aboard" reads the adverb as its noun.
    match q.counts.as_deref() {
        Some("aboard" | "onboard") => return true,
        Some(n) if n != "person" => return false,
        _ => {}
    }
    let st = ctx.structure();
    let Some(t) = st.toks(ctx.doc, q.sentence) else {
        return false;
    };
    let p = &st.phrases[k];
    // One word after the phrase, or two ("on board").
    let after = p.head_end;
    let on_board = [after + 1, after + 2].into_iter().any(|end| {
        end <= t.len()
            && (after..end).all(|k| t.is_word(k))
            && WORDS.is(
                "breakdown-aboard",
                &t.lower[t.toks[after].start..t.toks[end - 1].end],
            )
    });
    let carried = p.first > 0 && syntax::verb_at(&t, p.first - 1) == Some("carry");
    on_board || carried
}

/// How many figures before and after passengers and crew are read for a count of the people
/// aboard (besides the headline's).
const MAX_ABOARD_FIGURES: usize = 32;

/// "all 283 passengers and 15 crew are feared dead" under "298 Aboard": passengers and crew
/// joined by "and" (or "plus") in one sentence are everyone aboard, so when the story counts
/// the people aboard (in its headline, or among the figures around them), one of those counts
/// must read as their sum, or as the passengers alone ("carrying 190 passengers" may count
/// them apart). A warning: a story may tell of two craft.
pub(super) fn passengers_and_crew(
    rule: &Rule,
    ctx: &Ctx,
    range: std::ops::Range<usize>,
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let plain = |k: usize| exact_count(ctx, k) && !ph[k].other;
    for p in range.clone() {
        let c = p + 1;
        if c >= range.end
            || !plain(p)
            || !plain(c)
            || qs[p].counts.as_deref() != Some("passenger")
            || qs[c].counts.as_deref() != Some("crew")
            || !ph[c].lead.any(Marks::AND | Marks::PLUS)
            || !ph[c].lead.only(Marks::AND | Marks::PLUS)
        {
            continue;
        }
        // The headline's counts, and those of the figures around: a story of many craft is
        // read near each pair, so its cost grows with its length, not its square.
        let heads = super::super::tally::headline_figures(ctx);
        let around = p.saturating_sub(MAX_ABOARD_FIGURES).max(heads)
            ..(c + 1 + MAX_ABOARD_FIGURES).min(qs.len());
        let wholes: Vec<usize> = (0..heads)
            .chain(around)
            .filter(|&k| aboard(ctx, k))
            .collect();
        let Some(&nearest) = wholes
            .iter()
            .min_by_key(|&&k| qs[k].sentence.abs_diff(qs[p].sentence))
        else {
            continue;
        };
        let sum = qs[p].value.add(&qs[c].value);
        if wholes
            .iter()
            .any(|&k| qs[k].value.overlaps(&sum) || qs[k].value.overlaps(&qs[p].value))
        {
            continue;
        }
        let (a, b) = (ctx.operand(p), ctx.operand(c));
        out.extend(
            sum::finding(rule, ctx, &ctx.operand(nearest), &[&a, &b], true).map(Finding::softened),
        );
    }
}

/// True when the sentence of figure `w` names a craft, a kind of one of `breakdown-craft`
/// (`data/checks.txt`: an aircraft, a vessel; "The plane, which carried 135 people"): a car
/// or a bus carries people through a street where others stand.
fn craft_named(ctx: &Ctx, w: usize) -> bool {
    let st = ctx.structure();
    let Some(t) = st.toks(ctx.doc, ctx.qs[w].sentence) else {
        return false;
    };
    let crafts = WORDS.phrases("breakdown-craft");
    (0..t.len()).any(|k| t.is_word(k) && crafts.iter().any(|c| wordnet::kind_of(t.lower(k), c)))
}

/// "All three pilots died … Six others perished and 84 people were injured. The plane, which
/// carried 135 people, …": the dead and the injured a paragraph tells beside a count of the
/// people aboard are some of them, so they add up to at most it. Parts of a toll (graded
/// "six critically", "including", a partitive) are left out. Only a craft's people are read
/// (a plane, a ship), and not in a paragraph with a word of `breakdown-not-aboard` ("ground":
/// people killed on the ground). A warning: victims may have been elsewhere than aboard.
pub(super) fn casualties_aboard(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (qs, doc) = (ctx.qs, ctx.doc);
    let ph = &ctx.structure().phrases;
    let harm = |k: usize| {
        let t = tally(&qs[k]);
        t.is_some() && (t == LEXICON.tally("die") || t == LEXICON.tally("injure"))
    };
    for range in super::super::paragraphs(ctx) {
        // The victims first: a paragraph with fewer than two tolls is passed over before its
        // counts are read for the people aboard.
        let victims: Vec<usize> = range
            .clone()
            .filter(|&i| {
                harm(i)
                    && qs[i].kind == Kind::Count
                    && matches!(
                        qs[i].qualifier,
                        Qualifier::Exact | Qualifier::AtLeast | Qualifier::MoreThan
                    )
                    && !ph[i].adverb
                    && ph[i].partitive == Partitive::None
                    && !ph[i]
                        .lead
                        .any(Marks::INCLUDING | Marks::AMONG | Marks::OF_WHOM)
                    && qs[i].counts.as_deref().is_none_or(wordnet::is_person)
            })
            .collect();
        if victims.len() < 2 {
            continue;
        }
        let Some(w) = range
            .clone()
            .find(|&i| qs[i].qualifier == Qualifier::Exact && aboard(ctx, i))
        else {
            continue;
        };
        let victims: Vec<usize> = victims.into_iter().filter(|&i| i != w).collect();
        let p = ctx.paragraph(qs[w].sentence);
        let elsewhere = doc
            .paragraphs
            .get(p)
            .and_then(|span| doc.text.get(span.start..span.end))
            .is_some_and(|t| {
                t.split(|c: char| !c.is_ascii_alphabetic())
                    .any(|word| WORDS.is("breakdown-not-aboard", &word.to_ascii_lowercase()))
            });
        if victims.len() < 2 || elsewhere || !craft_named(ctx, w) {
            continue;
        }
        let sum = victims
            .iter()
            .skip(1)
            .fold(qs[victims[0]].value, |sum, &i| sum.add(&qs[i].value));
        if sum.lo.zip(qs[w].value.hi).is_none_or(|(lo, hi)| lo <= hi) {
            continue;
        }
        let parts: Vec<Operand> = victims.iter().map(|&i| ctx.operand(i)).collect();
        let refs: Vec<&Operand> = parts.iter().collect();
        out.extend(sum::finding(rule, ctx, &ctx.operand(w), &refs, false).map(Finding::softened));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn passengers_and_crew_are_everyone_aboard() {
        let story = |crew: &str| {
            format!(
                "Jet Crashes in Field, 214 Aboard\n\nA jet crashed in a field today, and all 201 passengers and {crew} crew were taken to hospitals."
            )
        };
        assert!(run(&story("13")).is_empty(), "{:?}", run(&story("13")));
        let got = run(&story("15"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning breakdown-sum parts add up to 216 (201 + 15), but the total is 214"
            ),
            "{got:?}"
        );
        let carried = |n: &str| {
            format!(
                "A ferry carrying {n} people ran aground. Its 90 passengers and 12 crew waded ashore."
            )
        };
        assert!(
            run(&carried("102")).is_empty(),
            "{:?}",
            run(&carried("102"))
        );
        assert_eq!(run(&carried("112")).len(), 1, "{:?}", run(&carried("112")));
        let on_board = |n: &str| {
            format!(
                "A ferry with {n} people on board sank. Its 50 passengers and 12 crew swam ashore."
            )
        };
        assert!(
            run(&on_board("62")).is_empty(),
            "{:?}",
            run(&on_board("62"))
        );
        assert_eq!(run(&on_board("60")).len(), 1, "{:?}", run(&on_board("60")));
        for text in [
            // The passengers alone are counted aboard.
            "A bus with 40 people on board overturned. Its 40 passengers and two crew were unhurt.",
            // No count of the people aboard: nothing to hold the sum against.
            "The liner docked with 2,600 passengers and 1,000 crew.",
            // Crew of another craft.
            "A jet carrying 150 people landed. Another 80 passengers and the other 7 crew waited.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn the_dead_and_injured_of_a_craft_are_at_most_those_aboard() {
        let story = |aboard: &str| {
            format!(
                "Two pilots died when a cargo jet landed short of the runway. Five others died and 40 people were hurt, three critically. The jet, which carried {aboard} people, broke in two."
            )
        };
        assert!(run(&story("60")).is_empty(), "{:?}", run(&story("60")));
        let got = run(&story("45"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning breakdown-sum the parts listed add up to 47 (2 + 5 + 40), more than the total of 45"),
            "{got:?}"
        );
        for text in [
            // People on the ground.
            "Two pilots died and five people on the ground were killed. The jet, which carried 4 people, hit a house.",
            // A car carries people through a street where others stand.
            "One person died and 11 others were hurt in the crossfire. The car, which was carrying six people, rolled over.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }
}
