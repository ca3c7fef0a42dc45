//! The survivors named again: "2 dead, 4 wounded" … "the four wounded were taken to hospital";
//! "Gunman Who Shot 4, Killing 1" … "the three surviving victims". A definite count of the
//! story's survivors names a set the headline has counted: its injured, or the toll that holds
//! the dead less the dead. A story may tell of another incident with its own toll ("a shooting
//! the week before that injured four people … the four injured"), so a figure the story gives
//! as a count of that tally elsewhere is left alone. A warning: which of the two is wrong the
//! page cannot say.

use super::*;
use crate::rules::words::WORDS;

/// How many survivors' sets the check reads, the first ones.
const MAX_SETS: usize = 4;

/// The headline's count of the survivors, when its tolls give one exactly: its injured toll
/// ("2 dead, 4 wounded"), or a toll that holds the dead less its dead ("Shot 4, Killing 1").
/// Returns the headline's figure the survivors are held against, the dead taken from it (if
/// any), and the count.
fn survivors(ctx: &Ctx, heads: usize) -> Option<(usize, Option<usize>, Interval)> {
    let qs = ctx.qs;
    let exact = |k: &usize| qs[*k].qualifier == Qualifier::Exact;
    let tolls: Vec<(usize, Tally)> = (0..heads)
        .filter_map(|k| tally(&qs[k]).map(|t| (k, t)))
        .collect();
    let (dead, injured) = (LEXICON.tally("die")?, LEXICON.tally("injure")?);
    let one = |want: &dyn Fn(Tally) -> bool| -> Option<usize> {
        let mut it = tolls.iter().filter(|&&(_, t)| want(t)).map(|&(k, _)| k);
        let k = it.next()?;
        (it.next().is_none() && exact(&k)).then_some(k)
    };
    if let Some(k) = one(&|t| t == injured) {
        return Some((k, None, qs[k].value));
    }
    let d = one(&|t| t == dead)?;
    let whole = one(&|t| t != dead && LEXICON.tally_holds(t, dead))?;
    // The dead are told after the whole they are some of: "Shot 4, Killing 1".
    if d < whole {
        return None;
    }
    let left = qs[whole].stated - qs[d].stated;
    (left >= 1.0).then(|| (whole, Some(d), Interval::exact(left)))
}

/// True when the words after a figure (from token `e`) name survivors: "surviving victims",
/// "survivors", "the four wounded" (`tally-survivors` in `data/checks.txt`).
fn names_survivors(t: &Toks, e: usize) -> bool {
    t.is_word(e) && WORDS.is("tally-survivors", t.lower(e))
}

pub(super) fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let heads = headline_figures(ctx);
    if heads == 0 {
        return;
    }
    let Some((told, dead, want)) = survivors(ctx, heads) else {
        return;
    };
    let st = ctx.structure();
    let sets: Vec<usize> = (heads..qs.len())
        .filter(|&b| {
            let (q, p) = (&qs[b], &st.phrases[b]);
            q.kind == Kind::Count
                && q.qualifier == Qualifier::Exact
                && q.stated >= 2.0
                && p.definite
                && !p.other
                // Not "the three injured suspects": the survivors of the toll are its victims.
                && q.counts.as_deref().is_none_or(|n| {
                    matches!(n, "victim" | "person" | "survivor")
                        || qs[told].counts.as_deref() == Some(n)
                })
                && st.toks(ctx.doc, q.sentence).is_some_and(|t| {
                    names_survivors(&t, p.last) && !set_aside(&t, p.first)
                })
        })
        .take(MAX_SETS)
        .collect();
    for b in sets {
        let q = &qs[b];
        if q.value.overlaps(&want) {
            continue;
        }
        // Another incident's toll, or the set counted again: the story gives the figure as a
        // count of that tally elsewhere.
        let given = (heads..qs.len()).any(|k| {
            k != b
                && tally(&qs[k]).is_some()
                && qs[k].qualifier != Qualifier::Vague
                && qs[k].value.overlaps(&q.value)
        });
        // "Kills 3, Then Himself": the killer may be counted with the dead or not (asked only
        // of a set about to be reported: it reads the whole text).
        if given || reflexive(st.lower()) {
            continue;
        }
        let (set, head) = (ctx.operand(b), ctx.operand(told));
        let message = format!(
            "the story names {} survivors, but the headline's tolls leave {} (at {})",
            describe(&set),
            want.lo.map_or_else(String::new, crate::number::fmt_number),
            ctx.place(head.span),
        );
        let mut related = vec![(told, "headline")];
        related.extend(dead.map(|d| (d, "dead")));
        report(
            rule,
            ctx,
            (&set, "survivors"),
            &head,
            &related,
            message,
            out,
        );
    }
}

/// True when words right before the figure's phrase (at token `first`) set it aside: "in
/// addition to the six injured", "besides the two survivors".
fn set_aside(t: &Toks, first: usize) -> bool {
    let before = |k: usize| {
        first
            .checked_sub(k)
            .filter(|&j| t.is_word(j))
            .map(|j| t.lower(j))
    };
    // "the" stands right before the figure.
    matches!((before(3), before(2)), (Some("addition"), Some("to")))
        || before(2).is_some_and(|w| WORDS.is("breakdown-set-aside", w))
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn survivors_the_headline_counts_otherwise() {
        let got = run(
            "Gunman Who Shot 4, Killing 1, Sought\n\nA gunman shot four people outside a hotel, killing one of them. The condition of the two surviving victims was not known.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning event-tally the story names 2 survivors, but the headline's tolls leave 3"
            ),
            "{got:?}"
        );
        let got = run(
            "2 dead, 4 wounded in shooting at party\n\nTwo men were killed and four other people were wounded at a party. The five wounded were taken to a hospital.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("names 5 survivors"), "{got:?}");
    }

    #[test]
    fn survivors_that_agree_or_are_another_set_stay_quiet() {
        for text in [
            // As the headline leaves them.
            "Gunman Who Shot 4, Killing 1, Sought\n\nA gunman shot four people, killing one. The three surviving victims are in stable condition.",
            "2 dead, 4 wounded in shooting at party\n\nTwo men were killed at a party. The four wounded were taken to a hospital.",
            // Another incident with its own toll.
            "Shooting injures 1 in Danville\n\nA man was shot on Sunday. Police also seek a gunman who injured five people a week before. The five injured were all teenagers.",
            // Not the victims, besides them, or others beside one.
            "Robbery sparked shootings that injured 5\n\nFive men were hurt. The three injured suspects will be arrested.",
            "1 dead, 7 injured in club shooting\n\nOne person died. In addition to the six injured police knew about, another drove to a hospital.",
            "1 dead, 4 injured in shooting\n\nA man died at the scene. The three other victims are in stable condition.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }
}
