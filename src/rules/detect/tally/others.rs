//! The tally checks beyond a headline figure the body never gives: parts told together in the
//! lede that add up past the headline, the set counted again, and a photo caption against
//! the headline.

use super::*;

/// "38 Iraqis Killed" over "A total of 34 people were killed in Baghdad and another six died
/// in Diyala": figures of the toll told together in one sentence of the lede, one of them
/// marked as added to the others ("another", "others"), are at least their sum; a headline
/// that reports fewer contradicts them, whatever else the body says. Parts of a part
/// ("including two women", "two critically") and partitives are left out. Returns true when
/// it reports one.
pub(super) fn parts_exceed(
    rule: &Rule,
    ctx: &Ctx,
    n_heads: usize,
    h: usize,
    t: Tally,
    out: &mut Vec<Finding>,
) -> bool {
    let qs = ctx.qs;
    let st = ctx.structure();
    let Some(hi) = qs[h]
        .value
        .hi
        .filter(|_| qs[h].qualifier == Qualifier::Exact)
    else {
        return false;
    };
    let body_start = qs[h].sentence + 1;
    let last = body_start + LEDE_SENTENCES + PARTS_SENTENCES;
    let mut k = n_heads;
    while k < qs.len() && qs[k].sentence <= last {
        let s = qs[k].sentence;
        let end = k + qs[k..].iter().take_while(|q| q.sentence == s).count();
        // "two others—one in Oregon, one in California—died": figures set off after a part
        // are parts of it, not added to the toll; the list ends there.
        let mut aside = false;
        let members: Vec<usize> = (k..end)
            .filter(|&b| {
                let p = &st.phrases[b];
                tally(&qs[b]).is_some_and(|u| u == t || LEXICON.tally_holds(t, u))
                    && same_toll(&qs[h], &qs[b]) != Some(false)
                    && !counts_else(&qs[h], &qs[b])
                    && matches!(
                        qs[b].qualifier,
                        Qualifier::Exact | Qualifier::AtLeast | Qualifier::MoreThan
                    )
                    && !p.adverb
                    && p.partitive == Partitive::None
                    && !p.lead.any(Marks::INCLUDING | Marks::AMONG)
            })
            .take_while(|&b| {
                aside |= b > k
                    && st.phrases[b]
                        .lead
                        .any(Marks::DASH | Marks::OPEN | Marks::COLON);
                !aside
            })
            .collect();
        k = end;
        // The first states a toll; a later one is added to it.
        let added = members
            .iter()
            .skip(1)
            .any(|&b| st.phrases[b].more || st.phrases[b].other);
        // "Four nuns and 12 others were killed": others than the headline's things are
        // none of them; only a headline that counts people at large counts them too.
        let others_added = members
            .iter()
            .skip(1)
            .any(|&b| st.phrases[b].other && !st.phrases[b].more);
        if members.len() < 2 || !added || st.phrases[members[0]].other {
            continue;
        }
        // A level a toll reached ("rose to 18 as officials confirmed three more deaths",
        // "sits at 652 … with another 900 missing") holds the ones added to it.
        let first = st.phrases[members[0]].first;
        let level = st.toks(ctx.doc, s).is_some_and(|tk| {
            first > 0 && tk.is_word(first - 1) && matches!(tk.lower(first - 1), "to" | "at")
        });
        // The headline may count some of the body's ("Shooting 2 Cops" … "killed two people
        // and injured two more"): it must count the same things, people of a nation ("38
        // Iraqis Killed", as a story of that nation's dead calls them), or what the body
        // counts be a kind of them.
        let fits = match (qs[h].counts.as_deref(), qs[members[0]].counts.as_deref()) {
            (None | Some("person"), _) => true,
            (Some(a), _) if others_added => LEXICON.in_group(Group::TollNoun, a),
            (Some(a), b) => {
                LEXICON.in_group(Group::TollNoun, a)
                    || crate::wordnet::kind_of(a, "inhabitant")
                    || b.is_some_and(|b| a == b || crate::wordnet::kind_of(b, a))
            }
        };
        // "questioned the toll of 10, saying that an additional five were shot": a figure
        // added in a claim of its own (a verb of saying before it) disputes the first.
        let claimed = st.toks(ctx.doc, s).is_some_and(|tk| {
            // (Two members at least: the added one is not the first.)
            let last = st.phrases[members[members.len() - 1]].first;
            (first..last).any(|k| {
                tk.is_word(k)
                    && (syntax::is(tk.lower(k), syntax::Class::Say)
                        || syntax::verb_at(&tk, k)
                            .is_some_and(|v| syntax::is(v, syntax::Class::Say)))
            })
        });
        if level || !fits || claimed {
            continue;
        }
        let sum = members
            .iter()
            .skip(1)
            .fold(qs[members[0]].value, |sum, &b| sum.add(&qs[b].value));
        if sum.lo.is_none_or(|lo| lo <= hi) {
            continue;
        }
        let (a, b) = (ctx.operand(h), ctx.operand(members[0]));
        let terms: Vec<String> = members.iter().map(|&m| describe(&ctx.operand(m))).collect();
        let message = format!(
            "the headline reports {} {}, but the body's figures at {} add up to {} ({})",
            describe(&a),
            LEXICON.tally_name(t),
            ctx.place(b.span),
            b.describe(&sum),
            terms.join(" + "),
        );
        let related: Vec<(usize, &str)> = members.iter().map(|&m| (m, "body")).collect();
        return report(rule, ctx, (&a, "headline"), &b, &related, message, out);
    }
    false
}

/// A figure as a message shows it, under its strict reading.
pub(super) fn describe(o: &Operand) -> String {
    o.describe(&o.reading(Reading::Strict))
}

/// Reports `primary` against `other` (whose figures the arithmetic names), with the figures
/// of `related` marked by their labels; returns true when a finding was made.
pub(super) fn report(
    rule: &Rule,
    ctx: &Ctx,
    (primary, label): (&Operand, &str),
    other: &Operand,
    related: &[(usize, &str)],
    message: String,
    out: &mut Vec<Finding>,
) -> bool {
    let related = related
        .iter()
        .map(|&(k, label)| Related {
            span: ctx.qs[k].span,
            label: label.into(),
        })
        .collect();
    let before = out.len();
    out.extend(judged(
        rule,
        ctx,
        Verdict::Hard,
        message,
        (primary.span, label),
        related,
        || format!("{} vs {}", describe(primary), describe(other)),
    ));
    out.len() > before
}

/// "4 shot at bowling alley" … "Three people were shot" … "Cook was one of four people to be
/// shot" … "All four of the shooting victims were treated": the body gives the headline's toll
/// by counting the whole set again ("all four", "one of four"), after a lede that states it
/// otherwise. The lede is the odd one out; it is reported against the set counted again.
pub(super) fn set_counted_again(
    rule: &Rule,
    ctx: &Ctx,
    (h, lede, lede_parts): (usize, usize, &[usize]),
    t: Tally,
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    let st = ctx.structure();
    if lede_parts.len() != 1
        || qs[lede].qualifier != Qualifier::Exact
        || qs[lede].value.overlaps(&qs[h].value)
    {
        return;
    }
    // The lede must state the toll plainly, its subject and finite verb of the tally: "Three
    // people were shot", not "Two victims killed … have been identified" (some of them), "A man
    // and 3 women were shot" (a part), "killed one of the two victims".
    let p = &st.phrases[lede];
    let Some(tk) = st.toks(ctx.doc, qs[lede].sentence) else {
        return;
    };
    let coordinated = p.first > 0
        && (matches!(tk.lower(p.first - 1), "and" | "or") || tk.is_punct(p.first - 1, ","));
    // A caption's toll is its photo's scene (a file photo shows an earlier one).
    let in_caption = credited(ctx.doc, ctx.paragraph(qs[lede].sentence));
    // … or the object of a perfect of the tally's verb: "Police have arrested three
    // teenagers" (not "killing four", "who shot two", whose clause may tell a part).
    let perfect_object = p.first >= 2
        && matches!(tk.lower(p.first - 2), "have" | "has" | "had")
        && syntax::verb_at(&tk, p.first - 1).and_then(|e| LEXICON.tally(e)) == Some(t);
    if p.partitive != Partitive::None
        || coordinated
        || !(states_toll(&tk, p, t) || perfect_object)
        || in_caption
    {
        return;
    }
    let whole_of_part = |b: usize| {
        st.phrases
            .iter()
            .any(|p| p.partitive == Partitive::Whole(b))
    };
    // "Four teenagers shot" … "Five teenagers were shot" … "the four teenagers were taken":
    // the set named by the noun that headline and lede both count.
    let counted = qs[h]
        .counts
        .as_deref()
        .filter(|&c| qs[lede].counts.as_deref() == Some(c));
    let Some(b) = (lede + 1..qs.len()).find(|&b| {
        // "three people were taken to a hospital. A fourth later showed up": the set counted
        // up to its last member, fewer than the lede (a lede of fewer is a part the ordinal
        // adds to: "Two people were charged … A third person").
        (adds_to_set(ctx.doc, &qs[b])
            && qs[b].stated == qs[h].stated
            && qs[b].stated < qs[lede].stated
            && !qs[b + 1..]
                .iter()
                .any(|q| adds_to_set(ctx.doc, q) && q.stated > qs[b].stated))
            || qs[b].kind == Kind::Count
                && qs[b].qualifier == Qualifier::Exact
                && qs[b].stated == qs[h].stated
                && !counts_else(&qs[h], &qs[b])
                && (st.phrases[b].all
                    || whole_of_part(b)
                    || restated(ctx, st, b, t)
                    || super::whole_set::victims_subject(ctx, st, b, counted))
    }) else {
        return;
    };
    let (head, l, again) = (ctx.operand(h), ctx.operand(lede), ctx.operand(b));
    let message = format!(
        "the lede reports {} {}, but the headline reports {} and the body counts the whole set as {} (at {})",
        describe(&l),
        LEXICON.tally_name(t),
        describe(&head),
        describe(&again),
        ctx.place(again.span),
    );
    let related = [(h, "headline"), (b, "set")];
    report(rule, ctx, (&l, "lede"), &again, &related, message, out);
}

/// "6 Shot At Speakeasy" … "a half-dozen people were shot" … "In all, seven people were
/// shot": a toll marked as the whole ("in all", "in total", "altogether") with its own finite
/// verb of the tally, that headline and lede both contradict. It is reported against them.
pub(super) fn whole_told_otherwise(
    rule: &Rule,
    ctx: &Ctx,
    (h, lede, lede_parts): (usize, usize, &[usize]),
    t: Tally,
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    let st = ctx.structure();
    if lede_parts.len() != 1 || !qs[lede].value.overlaps(&qs[h].value) {
        return;
    }
    let Some(b) = (lede + 1..qs.len()).find(|&b| {
        let p = &st.phrases[b];
        qs[b].kind == Kind::Count
            && qs[b].qualifier == Qualifier::Exact
            && tally(&qs[b]) == Some(t)
            // "In all, 15 people were shot across the city over the weekend": a wider toll.
            && qs[b].context.is_empty()
            && !(p.other || p.more || p.adverb || p.partitive != Partitive::None)
            && st
                .toks(ctx.doc, qs[b].sentence)
                .is_some_and(|tk| syntax::marked_whole(&tk, p.first) && states_toll(&tk, p, t))
    }) else {
        return;
    };
    if qs[b].value.overlaps(&qs[h].value) || qs[b].value.overlaps(&qs[lede].value) {
        return;
    }
    let (head, l, whole) = (ctx.operand(h), ctx.operand(lede), ctx.operand(b));
    let message = format!(
        "the body counts {} {} in all, but the headline reports {} and the lede {} (at {})",
        describe(&whole),
        LEXICON.tally_name(t),
        describe(&head),
        describe(&l),
        ctx.place(l.span),
    );
    let related = [(h, "headline"), (lede, "lede")];
    report(rule, ctx, (&whole, "whole"), &l, &related, message, out);
}

/// True when body figure `b` states toll `t` whole again with its own finite verb of the
/// tally: "Police said a party was going on and four people were shot".
fn restated(ctx: &Ctx, st: &Structure, b: usize, t: Tally) -> bool {
    let (q, p) = (&ctx.qs[b], &st.phrases[b]);
    if tally(q) != Some(t) || p.other || p.more || p.adverb || p.partitive != Partitive::None {
        return false;
    }
    // "Four fatalities were confirmed": a noun of the act, subject of a verb of its own.
    let toll_noun = q
        .counts
        .as_deref()
        .is_some_and(|n| LEXICON.in_group(Group::TollNoun, n));
    st.toks(ctx.doc, q.sentence)
        .is_some_and(|tk| states_toll(&tk, p, t) || (toll_noun && finite_after(&tk, p.head_end)))
}

/// The most words of an "of" phrase between a subject and its verb ("members of a family").
const MAX_OF_WORDS: usize = 3;

/// True when the figure's noun phrase is the subject of a finite verb of toll `t`: "Three
/// people were shot", "four have been arrested".
fn states_toll(tk: &Toks, p: &crate::extract::structure::Phrase, t: Tally) -> bool {
    let of_toll =
        |v: usize| crate::extract::syntax::verb_at(tk, v).and_then(|e| LEXICON.tally(e)) == Some(t);
    // "Six members of a family were shot": a phrase of "of" and up to MAX_OF_WORDS words may
    // stand between the subject's head and its verb.
    let mut e = p.head_end;
    if tk.is_word(e) && tk.lower(e) == "of" {
        e = (e + 2..=e + 1 + MAX_OF_WORDS)
            .take_while(|&k| tk.is_word(k - 1))
            .find(|&k| finite_after(tk, k))
            .unwrap_or(e);
    }
    let mut v = e + 1;
    if tk.is_word(v) && tk.lower(v) == "been" {
        v += 1;
    }
    (finite_after(tk, e) && of_toll(v))
        // "Three died.": an intransitive verb in its past right after its subject ("Four
        // killed at …" is a participle, a caption's or a list's).
        || (tk.is_word(p.head_end) && tk.lower(p.head_end) == "died" && of_toll(p.head_end))
}

/// True when paragraph `p` ends with a photo credit, of this story's scene or a file photo
/// ("(Photo: Detroit News file photo)", "… | Sam Charles/Sun-Times").
fn credited(doc: &Document, p: usize) -> bool {
    let Some(span) = doc.paragraphs.get(p) else {
        return false;
    };
    let text = doc.text[span.start..span.end].trim_end();
    // The last MAX_CREDIT bytes, from a character's start.
    let cut = (text.len().saturating_sub(MAX_CREDIT)..=text.len())
        .find(|&k| text.is_char_boundary(k))
        .unwrap_or(text.len());
    let tail = &text[cut..];
    caption(doc, p)
        || (text.ends_with(')') && tail.contains("(Photo"))
        || tail
            .rsplit_once(" | ")
            .is_some_and(|(_, c)| c.contains('/'))
}

/// The longest photo credit, in bytes.
pub(super) const MAX_CREDIT: usize = 100;

/// True when paragraph `p` is a photo caption: it ends with a credit in parentheses, "(Photo:
/// WFAA)", "(Tiffany Walden, Orlando Sentinel / )".
pub(super) fn caption(doc: &Document, p: usize) -> bool {
    let Some(span) = doc.paragraphs.get(p) else {
        return false;
    };
    let Some(body) = doc.text[span.start..span.end].trim_end().strip_suffix(')') else {
        return false;
    };
    let Some(open) = body.rfind('(') else {
        return false;
    };
    let credit = &body[open + 1..];
    let words = || credit.split(|c: char| !c.is_alphanumeric());
    credit.len() <= MAX_CREDIT
        && !words().any(|w| w.eq_ignore_ascii_case("file"))
        && (credit.contains('/')
            || words().any(|w| LEXICON.in_group(Group::Credit, &w.to_ascii_lowercase())))
}

/// A photo caption's toll against the headline's: "Deputies: 4 wounded in drive-by shooting"
/// over a caption "Five people were wounded Saturday morning … (Name, Outlet / )". A caption
/// restates the story's toll in a sentence of its own, so the body's figures that give the
/// headline's do not make the caption's agree. The caption's one figure of the tally must
/// count what the headline's counts, whole (not "Three females and a male"). Returns true when
/// it reports one.
pub(super) fn caption_toll(
    rule: &Rule,
    ctx: &Ctx,
    first_body: usize,
    h: usize,
    t: Tally,
    out: &mut Vec<Finding>,
) -> bool {
    let (doc, qs) = (ctx.doc, ctx.qs);
    let st = ctx.structure();
    let paragraph = |k: usize| ctx.paragraph(qs[k].sentence);
    let head = paragraph(h);
    let found: Vec<usize> = (first_body..qs.len())
        .filter(|&c| {
            let p = paragraph(c);
            // A caption anywhere in the story shows its scene: pages put photos far down.
            p > head && tally(&qs[c]) == Some(t)
        })
        .collect();
    // The figures come in document order, so a paragraph's are side by side: a caption's
    // figure of the tally is alone in its run (counted once per run, not once per figure).
    for run in found.chunk_by(|&a, &b| paragraph(a) == paragraph(b)) {
        let &[c] = run else {
            continue;
        };
        let (q, ph) = (&qs[c], &st.phrases[c]);
        let whole = q.kind == Kind::Count
            && q.qualifier == Qualifier::Exact
            && !(ph.other || ph.more || ph.adverb)
            && ph.partitive == Partitive::None;
        if !whole
            || q.value.overlaps(&qs[h].value)
            || q.counts != qs[h].counts
            || !caption(doc, paragraph(c))
        {
            continue;
        }
        // "Three females and a male were wounded": one of coordinated parts.
        let coordinated = st
            .toks(doc, q.sentence)
            .is_some_and(|tk| matches!(tk.lower(ph.head_end), "and" | "or" | "plus"));
        if coordinated {
            continue;
        }
        let (a, b) = (ctx.operand(h), ctx.operand(c));
        let message = format!(
            "the headline reports {} {}, but the photo caption reports {} (at {})",
            describe(&a),
            LEXICON.tally_name(t),
            describe(&b),
            ctx.place(b.span),
        );
        return report(
            rule,
            ctx,
            (&a, "headline"),
            &b,
            &[(c, "caption")],
            message,
            out,
        );
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn a_lede_against_the_toll_stated_again() {
        let text = |lede: &str| {
            format!(
                "4 shot at Northeast Side party\n\n{lede} were shot at a party Sunday morning.\n\nTwo men fired at an apartment. Police said a party was going on inside and four people were shot."
            )
        };
        assert!(
            run(&text("Four people")).is_empty(),
            "{:?}",
            run(&text("Four people"))
        );
        let got = run(&text("Five people"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning event-tally the lede reports 5 shot, but the headline reports 4 and the body counts the whole set as 4"
            ),
            "{got:?}"
        );
        // The toll stated again by its verb alone.
        let text = "3 die in shooting at apartment complex\n\nFour people died in a shooting Thursday night at an apartment complex.\n\nPolice said five people were shot. Three died.";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("the lede reports 4 dead"), "{got:?}");
        // The set named again as the subject of its verb.
        let text = "Four Shot; Police Searching for Gunman\n\nFive people were shot during an incident Saturday night.\n\nPolice said the four victims were taken to the hospital.";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("the lede reports 5 shot"), "{got:?}");
        // A paragraph whose last 100 bytes start inside a character is read, not a panic.
        let lede = format!("Five people were shot at a party {}.", "é".repeat(60));
        let text = format!(
            "4 shot at Northeast Side party\n\n{lede}\n\nPolice said a party was going on inside and four people were shot."
        );
        assert!(lede.len() > 100 && !lede.is_char_boundary(lede.len() - 100));
        assert_eq!(run(&text).len(), 1, "{:?}", run(&text));
        // A caption's toll shows its photo's scene, a file photo an earlier story.
        let text = "4 shot at Northeast Side party\n\nFive people were shot at a party last year. (Photo: News file photo)\n\nPolice said a party was going on inside and four people were shot.";
        assert!(run(text).is_empty(), "{:?}", run(text));
    }
}
