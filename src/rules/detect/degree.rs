//! A toll and, later in its paragraph, the part of it hurt in some degree: "Thirty-four of 42
//! passengers were injured … Four passengers were injured seriously"; "12 people were shot …
//! two of them are in critical condition". A word of degree (`tally-degree` in
//! `data/grammar.txt`: seriously, critically, fatally …) makes a toll some of the tally, so it
//! can be no more than the whole told before it; so does a part of its place ("Thirty-eight
//! people have been killed in clashes" … "32 died in the capital": `place-part`). And a toll
//! marked as the whole ("In all, 676 people were executed") is at least its parts listed place
//! by place in its paragraph ("Saudi Arabia executing 82, Iraq at least 62, …"). Checked under
//! the breakdown rule: the part is a part, at most its total.

use super::breakdown::fits;
use super::tally::tally;
use crate::extract::structure::Partitive;
use crate::extract::{Kind, Qualifier};
use crate::lexicon::{Group, LEXICON};
use crate::rules::kinds::sum;
use crate::rules::{Ctx, Finding, Rule};

/// How many sentences after the whole its part in some degree may come.
const PART_SENTENCES: usize = 6;

/// How many tokens after a part's figure its word of degree may stand ("Four passengers were
/// injured seriously").
const DEGREE_TOKENS: usize = 5;

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    let st = ctx.structure();
    let ph = &st.phrases;
    // True when a word of degree stands in the figure's phrase or its verb group.
    let graded = |k: usize| {
        let Some(t) = st.toks(doc, qs[k].sentence) else {
            return false;
        };
        let p = &ph[k];
        // "each" and "apiece" share a toll out, they name no degree of it.
        (p.first..(p.end + DEGREE_TOKENS).min(t.len()))
            .take_while(|&j| t.is_word(j) || t.is_num(j))
            .any(|j| {
                t.is_word(j)
                    && LEXICON.in_group(Group::TallyDegree, t.lower(j))
                    && !matches!(t.lower(j), "each" | "apiece")
            })
    };
    // "32 died in the capital": a toll told of a part of its place.
    let placed = |k: usize| {
        qs[k].context.first().is_some_and(|c| {
            let mut words = doc.slice(*c).split_whitespace();
            let (Some(prep), Some(the), Some(place)) = (words.next(), words.next(), words.next())
            else {
                return false;
            };
            ["in", "across", "around", "outside"]
                .iter()
                .any(|p| prep.eq_ignore_ascii_case(p))
                && the.eq_ignore_ascii_case("the")
                && LEXICON.in_group(Group::PlacePart, &place.to_ascii_lowercase())
        })
    };
    let graded_only = graded;
    let graded = |k: usize| graded_only(k) || placed(k);
    let whole = |k: usize| {
        let p = &ph[k];
        qs[k].kind == Kind::Count
            && qs[k].stated >= 2.0
            && qs[k].direction.is_none()
            && qs[k].value.hi.is_some()
            && !matches!(qs[k].qualifier, Qualifier::Vague | Qualifier::FewerThan)
            && !p.other
            && !p.more
            && matches!(p.partitive, Partitive::None | Partitive::Whole(_))
            && !graded(k)
    };
    for w in 0..qs.len() {
        let Some(t) = tally(&qs[w]) else {
            continue;
        };
        // The whole's sentence states the toll once.
        let s = qs[w].sentence;
        let first = qs[..w].partition_point(|q| q.sentence < s);
        let end = first + qs[first..].partition_point(|q| q.sentence <= s);
        let once = (first..end).all(|k| k == w || tally(&qs[k]) != Some(t));
        if !once || !whole(w) {
            continue;
        }
        // Its parts in degree, until the toll is told again as a whole.
        for p in end..qs.len() {
            let q = &qs[p];
            if q.sentence > s + PART_SENTENCES || ctx.paragraph(q.sentence) != ctx.paragraph(s) {
                break;
            }
            // "12 people were shot … two were critically wounded": the wounded are some of
            // the shot.
            let Some(u) = tally(q) else {
                continue;
            };
            if !LEXICON.tally_holds(t, u) || q.kind != Kind::Count {
                continue;
            }
            if !graded(p) {
                // Another whole of the toll: the parts after it are its own.
                if u == t && whole(p) {
                    break;
                }
                continue;
            }
            if ph[p].other
                || ph[p].more
                || q.direction.is_some()
                || q.qualifier == Qualifier::Vague
                || !fits(doc, q, &qs[w])
            {
                continue;
            }
            // A part of the place names the toll's own victims only by ellipsis or by the
            // whole's noun, exactly: "some 150 fighters in the region" killed last summer are
            // no part of "Six US soldiers".
            if placed(p)
                && !graded_only(p)
                && (q.qualifier != Qualifier::Exact
                    || (q.noun.is_some() && q.counts != qs[w].counts))
            {
                continue;
            }
            out.extend(sum::finding(
                rule,
                ctx,
                &ctx.operand(w),
                &[&ctx.operand(p)],
                false,
            ));
        }
    }
    places_in_all(rule, ctx, out);
}

/// The fewest places a list of a toll's parts must name for [`places_in_all`] to read it.
const MIN_PLACE_PARTS: usize = 3;

/// "In all, 676 people were executed around the world" … "with Saudi Arabia executing 82,
/// Iraq at least 62, Yemen at least 41, and Iran at least 360": a toll marked as the whole
/// ("in all", "in total", "altogether", "all told") and, in its paragraph, a sentence that
/// lists the toll place by place (each part right after a place's name, or its name and a
/// verb): the places' parts are some of the whole, so they add up to no more than it.
fn places_in_all(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    let st = ctx.structure();
    let ph = &st.phrases;
    for w in 0..qs.len() {
        let Some(t) = tally(&qs[w]) else {
            continue;
        };
        let Some(toks) = st.toks(doc, qs[w].sentence) else {
            continue;
        };
        let marked = crate::extract::syntax::marked_whole(&toks, ph[w].first);
        if !marked || ph[w].other || ph[w].more || qs[w].value.hi.is_none() {
            continue;
        }
        let paragraph = ctx.paragraph(qs[w].sentence);
        let mut k = 0;
        while k < qs.len() {
            let s = qs[k].sentence;
            let end = k + qs[k..].iter().take_while(|q| q.sentence == s).count();
            let (from, to) = (k, end);
            k = end;
            if s == qs[w].sentence || ctx.paragraph(s) != paragraph {
                continue;
            }
            let Some(pt) = st.toks(doc, s) else {
                continue;
            };
            let parts: Vec<usize> = (from..to)
                .filter(|&p| {
                    tally(&qs[p]) == Some(t)
                        && qs[p].kind == Kind::Count
                        && qs[p].direction.is_none()
                        && !ph[p].other
                        && after_place(&pt, ph[p].first)
                })
                .collect();
            if parts.len() < MIN_PLACE_PARTS {
                continue;
            }
            let ops: Vec<_> = parts.iter().map(|&p| ctx.operand(p)).collect();
            let refs: Vec<_> = ops.iter().collect();
            out.extend(sum::finding(rule, ctx, &ctx.operand(w), &refs, false));
        }
    }
}

/// True when a place's name (capitalised words WordNet files as a place) ends right before
/// token `first`, or one word before it ("Saudi Arabia executing 82", "Iraq at least 62").
fn after_place(t: &crate::extract::token::Toks, first: usize) -> bool {
    let place_ending = |e: usize| {
        (e.saturating_sub(super::MAX_PLACE_WORDS)..e)
            .rev()
            .any(|a| super::place_name(t, a, e))
    };
    place_ending(first) || (first > 1 && t.is_word(first - 1) && place_ending(first - 1))
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn a_part_in_degree_is_at_most_its_toll() {
        let text = |n: &str| {
            format!(
                "Thirty-four of 42 passengers were injured when their bus hit a bridge. The impact pushed in the roof. {n} passengers were injured seriously in the crash."
            )
        };
        assert!(run(&text("Four")).is_empty(), "{:?}", run(&text("Four")));
        let got = run(&text("Forty"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("error breakdown-sum"), "{got:?}");
        // The wounded are some of the shot; the shot none of the wounded.
        assert_eq!(
            run("Twelve people were shot at the party. Fourteen were critically wounded.").len(),
            1
        );
        assert!(
            run("Twelve people were wounded at the party. Fourteen were fatally shot.").is_empty()
        );
        assert_eq!(
            run("Twelve people were shot at the party. Fourteen were critically shot.").len(),
            1
        );
    }

    #[test]
    fn a_part_of_the_place_is_at_most_its_toll() {
        let text = |n: &str| {
            format!(
                "Twenty-six people have been killed in clashes across the country today, officials said. Street battles raged for hours. Officials say {n} died in the capital."
            )
        };
        assert!(run(&text("19")).is_empty(), "{:?}", run(&text("19")));
        let got = run(&text("31"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("error breakdown-sum"), "{got:?}");
        // Others of the region, hedged or of another noun, are another story's.
        for quiet in [
            "Six soldiers were killed in an attack near the border. Last summer, the battalion killed some 150 fighters in the region.",
            "Six soldiers were killed in an attack near the border. Last summer, the battalion killed 150 fighters in the region.",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
    }

    #[test]
    fn other_tolls_and_wholes_stay_quiet() {
        for text in [
            // A new whole after the first: its parts are its own.
            "Four people were injured on Monday. Later that day 20 people were injured in a second crash. Six were seriously injured.",
            // Another paragraph.
            "Four people were injured.\n\nSix were seriously injured in a second crash.",
            // "each" shares a toll out.
            "Two skiers were killed. Avalanches killed six people this week—two each in Oregon, Utah and Colorado.",
            // The whole itself in degree.
            "Four people were seriously injured. Six were critically injured.",
            // Others besides the toll.
            "Four people were injured. Six others were seriously injured.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_whole_in_all_and_its_parts_place_by_place() {
        let text = |n: &str| {
            format!(
                "In all, 320 people were arrested across the region last month. Arrests rose in the north, with Norway arresting 82, Sweden at least 62, Finland at least 41 and Denmark at least {n}."
            )
        };
        assert!(run(&text("90")).is_empty(), "{:?}", run(&text("90")));
        let got = run(&text("190"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("error breakdown-sum the parts listed add up to at least 375"),
            "{got:?}"
        );
        // Without the mark of a whole the toll may be one of several.
        let quiet = "Some 320 people were arrested in the capital last month. Arrests rose in the north, with Norway arresting 82, Sweden at least 62, Finland at least 41 and Denmark at least 190.";
        assert!(run(quiet).is_empty(), "{:?}", run(quiet));
    }
}
