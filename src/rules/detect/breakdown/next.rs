//! Totals whose parts are told in the next sentences: parts in the next sentence, parts told
//! apart, members one by one, a part and "the others", a partitive's whole.

use super::*;

/// "At least 15 people died in the clashes. Eight were killed outside the capital, and another
/// seven died in the city": the sentence after a whole toll tells it again in parts, the last
/// added to the others ("another seven", "seven others"); the parts are all of it. The whole is
/// the sentence's only figure of its tally; the parts, the next sentence's.
pub(super) fn parts_in_next_sentence(
    rule: &Rule,
    ctx: &Ctx,
    range: std::ops::Range<usize>,
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let s = qs[range.start].sentence;
    let of_tally = |k: usize, t| qs[k].kind == Kind::Count && tally(&qs[k]) == Some(t);
    let wholes: Vec<usize> = range.clone().filter(|&k| tally(&qs[k]).is_some()).collect();
    let [w] = wholes[..] else {
        return;
    };
    let Some(t) = tally(&qs[w]) else {
        return;
    };
    let whole_phrase = &ph[w];
    if qs[w].kind != Kind::Count
        || qs[w].stated < 2.0
        || qs[w].direction.is_some()
        || !matches!(
            qs[w].qualifier,
            Qualifier::Exact | Qualifier::AtLeast | Qualifier::MoreThan
        )
        || whole_phrase.other
        || whole_phrase.more
        || !matches!(
            whole_phrase.partitive,
            Partitive::None | Partitive::Whole(_)
        )
        || ctx.paragraph(s + 1) != ctx.paragraph(s)
    {
        return;
    }
    let next: Vec<usize> = (range.end..qs.len())
        .take_while(|&k| qs[k].sentence == s + 1)
        .filter(|&k| of_tally(k, t))
        .collect();
    if told_apart(rule, ctx, w, t, out) {
        return;
    }
    let Some((&last, rest)) = next.split_last() else {
        return;
    };
    // Not "Of the 11 deaths, seven …" (the whole restated, its parts read in its own
    // sentence) nor parts of clauses apart ("…; two additional deaths took place in …").
    let plain = |k: usize| {
        qs[k].qualifier == Qualifier::Exact
            && qs[k].direction.is_none()
            && ph[k].partitive == Partitive::None
            && !ph[k].definite
            && (k == next[0] || !ph[k].lead.any(Marks::SEMICOLON | Marks::CLOSE))
            && fits(ctx.doc, &qs[k], &qs[w])
    };
    if rest.is_empty()
        || !(ph[last].more || ph[last].other)
        || !plain(last)
        || rest.iter().any(|&k| ph[k].more || ph[k].other || !plain(k))
    {
        return;
    }
    let parts: Vec<Operand> = next.iter().map(|&k| ctx.operand(k)).collect();
    let refs: Vec<&Operand> = parts.iter().collect();
    out.extend(sum::finding(rule, ctx, &ctx.operand(w), &refs, true));
}

/// How many sentences after a whole toll [`told_apart`] reads for its parts.
pub(super) const APART_SENTENCES: usize = 2;

/// "Authorities charged nine people today. Belgium charged 7 for plotting an attack …. Four
/// were charged with recruiting": figures of a whole toll's tally in the next sentences of its
/// paragraph, each a plain count below the whole, are some of it; together they may not exceed
/// it. Not "all nine", "the nine", "two of them", "four others" (left to the sum above), a
/// part in degree ("three seriously"), nor a figure read as the toll reached since ("By
/// evening 12 had died" is no part of nine). A warning: a later sentence may tell of another
/// day. Returns true when it reports one.
pub(super) fn told_apart(
    rule: &Rule,
    ctx: &Ctx,
    w: usize,
    t: crate::lexicon::Tally,
    out: &mut Vec<Finding>,
) -> bool {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let s = qs[w].sentence;
    let para = ctx.paragraph(s);
    let told: Vec<usize> = (w + 1..qs.len())
        .skip_while(|&k| qs[k].sentence == s)
        .take_while(|&k| {
            qs[k].sentence <= s + APART_SENTENCES && ctx.paragraph(qs[k].sentence) == para
        })
        .filter(|&k| qs[k].kind == Kind::Count && tally(&qs[k]) == Some(t))
        .collect();
    let plain = |k: usize| {
        let p = &ph[k];
        qs[k].qualifier == Qualifier::Exact
            && qs[k].direction.is_none()
            && p.partitive == Partitive::None
            && !p.definite
            && !p.all
            && !p.adverb
            && !p.other
            && !p.more
            // Below the whole: a count at or above it is a toll reached since.
            && matches!((qs[k].value.hi, qs[w].value.lo), (Some(hi), Some(lo)) if hi < lo)
            && fits(ctx.doc, &qs[k], &qs[w])
    };
    // "Four were seriously injured": a toll in degree counts some of the others.
    let graded = |k: usize| {
        ctx.structure()
            .toks(ctx.doc, qs[k].sentence)
            .is_none_or(|t| {
                (0..t.len())
                    .any(|j| t.is_word(j) && LEXICON.in_group(Group::TallyDegree, t.lower(j)))
            })
    };
    if told.len() < 2 || !told.iter().all(|&k| plain(k) && !graded(k)) {
        return false;
    }
    let parts: Vec<Operand> = told.iter().map(|&k| ctx.operand(k)).collect();
    let refs: Vec<&Operand> = parts.iter().collect();
    let Some(f) = sum::finding(rule, ctx, &ctx.operand(w), &refs, false) else {
        return false;
    };
    out.push(f.softened());
    true
}

/// How many sentences after a set [`members_one_by_one`] reads for its members.
pub(super) const MEMBER_SENTENCES: usize = 3;

/// "Among the seven injured is an 8-year-old boy. Another of the injured is a woman. The other
/// five were men": a set counted after "Among the", one member told with "is" or "was", one
/// more at the head of each next sentence that opens with "Another", and "the other N" at the
/// head of the sentence that closes them are all of it. Only in one paragraph, and only when
/// nothing else between counts members. A warning: the members without a figure are counted
/// one to a sentence.
pub(super) fn members_one_by_one(
    rule: &Rule,
    ctx: &Ctx,
    t: &Toks,
    range: std::ops::Range<usize>,
    out: &mut Vec<Finding>,
) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    let ph = &ctx.structure().phrases;
    let w = range.start;
    let p = &ph[w];
    let s = qs[w].sentence;
    // The set: the sentence's first figure, an exact count right after the "Among the" that
    // opens it.
    if qs[w].kind != Kind::Count
        || qs[w].qualifier != Qualifier::Exact
        || qs[w].stated < 3.0
        || p.first != 2
        || !(t.lower(0) == "among" && t.lower(1) == "the")
    {
        return;
    }
    // One member told in the set's sentence: "is" or "was" right after its phrase.
    let copula = (p.end..(p.end + 3).min(t.len())).find(|&k| matches!(t.lower(k), "is" | "was"));
    let Some(c) = copula.filter(|_| range.len() == 1 || qs[w + 1].kind != Kind::Count) else {
        return;
    };
    // Not two members joined: "is a boy and his mother".
    let joined = (c + 1..t.len())
        .take_while(|&k| !t.is_punct(k, ",") && !t.is_punct(k, "."))
        .any(|k| {
            t.lower(k) == "and"
                && (syntax::is(t.lower(k + 1), syntax::Class::Det)
                    || matches!(t.lower(k + 1), "a" | "an"))
        });
    if joined {
        return;
    }
    let mut ones = vec![Operand::exact(span_of(t, c, c + 1), 1.0, s)];
    let para = ctx.paragraph(s);
    for n in s + 1..=s + MEMBER_SENTENCES {
        if n >= doc.sentences.len() || ctx.paragraph(n) != para {
            return;
        }
        let span = doc.sentences[n];
        let text = &doc.text[span.start..span.end];
        let counts: Vec<usize> = (range.end..qs.len())
            .skip_while(|&k| qs[k].sentence < n)
            .take_while(|&k| qs[k].sentence == n)
            .filter(|&k| qs[k].kind == Kind::Count)
            .collect();
        if text.starts_with("Another ") && counts.is_empty() {
            ones.push(Operand::exact(
                Span::new(span.start, span.start + "Another".len()),
                1.0,
                n,
            ));
            continue;
        }
        // The close: "The other five were men."
        let [o] = counts[..] else {
            return;
        };
        let closes = ph[o].other
            && ph[o].definite
            && !ph[o].more
            && qs[o].qualifier == Qualifier::Exact
            && ph[o].partitive == Partitive::None
            && text.starts_with("The other ")
            && ones.len() >= 2;
        if !closes {
            return;
        }
        let rest = ctx.operand(o);
        let mut parts: Vec<&Operand> = ones.iter().collect();
        parts.push(&rest);
        // A warning: the members told without a figure are counted one to a sentence.
        out.extend(sum::finding(rule, ctx, &ctx.operand(w), &parts, true).map(Finding::softened));
        return;
    }
}

/// "Emergency responders rushed two people to hospital while the other two victims walked in.
/// All four were listed in stable condition": a part and "the other N" after it in one
/// sentence are all of a set that the sentence before or after names with "all" ("All four",
/// "all five victims").
pub(super) fn part_and_the_others(
    rule: &Rule,
    ctx: &Ctx,
    range: std::ops::Range<usize>,
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let counted = |k: usize| exact_count(ctx, k) && !ph[k].more;
    // The sentence's one pair: a plain count, then "the other N".
    let plain: Vec<usize> = range
        .clone()
        .filter(|&k| counted(k) && !ph[k].other)
        .collect();
    let others: Vec<usize> = range
        .clone()
        .filter(|&k| counted(k) && ph[k].other && ph[k].definite)
        .collect();
    let ([p], [o]) = (&plain[..], &others[..]) else {
        return;
    };
    let (p, o) = (*p, *o);
    if p > o || (!fits(ctx.doc, &qs[p], &qs[o]) && !fits(ctx.doc, &qs[o], &qs[p])) {
        return;
    }
    let s = qs[p].sentence;
    let near = |k: usize| {
        let t = qs[k].sentence;
        (t + 1 == s || t == s + 1) && ctx.paragraph(t) == ctx.paragraph(s)
    };
    // The set: the one "all" count of the sentences around, of the same things when it names
    // them.
    let wholes: Vec<usize> = (range.start.saturating_sub(MAX_SET_FIGURES)
        ..(range.end + MAX_SET_FIGURES).min(qs.len()))
        .filter(|&k| near(k) && counted(k) && ph[k].all && qs[k].stated >= 2.0)
        .collect();
    let [w] = wholes[..] else {
        return;
    };
    if qs[w].noun.is_some() && !fits(ctx.doc, &qs[o], &qs[w]) {
        return;
    }
    let (a, b) = (ctx.operand(p), ctx.operand(o));
    out.extend(sum::finding(rule, ctx, &ctx.operand(w), &[&a, &b], true));
}

/// How many figures before and after a sentence are searched for the set its parts make.
pub(super) const MAX_SET_FIGURES: usize = 8;

/// "Thirty-four of 42 passengers": the part is at most the whole.
pub(super) fn partitive_whole(rule: &Rule, ctx: &Ctx, i: usize, out: &mut Vec<Finding>) {
    let Partitive::Whole(w) = ctx.structure().phrases[i].partitive else {
        return;
    };
    let (part, whole) = (&ctx.qs[i], &ctx.qs[w]);
    // "two of one kind" is an idiom, not a part of one.
    if part.kind != Kind::Count
        || !same_measure(part, whole)
        || whole.direction.is_some()
        || whole.stated < 2.0
    {
        return;
    }
    let p = ctx.operand(i);
    // "One of the three officers was fired; the other two are still employed": the part and
    // "the other(s)" after it, in the sentence or the next of the paragraph, are all of it.
    let ph = &ctx.structure().phrases;
    let rest = (w + 1..ctx.qs.len())
        .take_while(|&k| {
            let s = ctx.qs[k].sentence;
            s == part.sentence
                || (s == part.sentence + 1 && ctx.paragraph(s) == ctx.paragraph(part.sentence))
        })
        .find(|&k| same_measure(&ctx.qs[k], whole));
    if let Some(c) = rest
        && ph[c].other
        && ph[c].definite
        && !ph[c].more
        && ph[c].partitive == Partitive::None
        && ctx.qs[c].qualifier == Qualifier::Exact
        && part.qualifier == Qualifier::Exact
    {
        let other = ctx.operand(c);
        out.extend(sum::finding(
            rule,
            ctx,
            &ctx.operand(w),
            &[&p, &other],
            true,
        ));
        return;
    }
    out.extend(sum::finding(rule, ctx, &ctx.operand(w), &[&p], false));
}

/// "Police arrested 10 people. Six were released without charge, and four remain in custody":
/// bare counts that open the clauses of the next sentence, each the subject of a verb of its
/// own, with no noun but the one the set before gives them, tell what became of that set; its
/// parts together are at most the set. The set is its sentence's only toll and the last count
/// before them with a noun of its own. A warning: two fates may overlap ("charged" and
/// "released on bail").
pub(super) fn fates_in_next_sentence(
    rule: &Rule,
    ctx: &Ctx,
    range: std::ops::Range<usize>,
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    let st = ctx.structure();
    let ph = &st.phrases;
    let s = qs[range.start].sentence;
    let Some(w) = range.clone().rev().find(|&k| qs[k].kind == Kind::Count) else {
        return;
    };
    let Some(t) = tally(&qs[w]) else {
        return;
    };
    if !exact_count(ctx, w)
        || qs[w].stated < 2.0
        || qs[w].noun.is_none()
        || ph[w].other
        || ph[w].more
        || range.clone().any(|k| k != w && tally(&qs[k]).is_some())
        || ctx.paragraph(s + 1) != ctx.paragraph(s)
    {
        return;
    }
    let next: Vec<usize> = (range.end..qs.len())
        .take_while(|&k| qs[k].sentence == s + 1)
        .filter(|&k| qs[k].kind == Kind::Count)
        .collect();
    let Some(toks) = st.toks(ctx.doc, s + 1) else {
        return;
    };
    // Each opens its clause (the sentence, or after "and", a comma, a semicolon, "while"),
    // and a verb or auxiliary follows it.
    let fate = |k: usize| {
        let p = &ph[k];
        exact_count(ctx, k)
            && qs[k].noun.is_none()
            && qs[k].counts == qs[w].counts
            && tally(&qs[k]) != Some(t)
            && !(p.more || p.adverb || p.all)
            && (p.lead_words == 0
                || p.lead_last
                    .any(Marks::AND | Marks::COMMA | Marks::SEMICOLON | Marks::CLAUSE))
            && toks.is_word(p.head_end)
            && (LEXICON.in_group(Group::Aux, toks.lower(p.head_end))
                || syntax::verb_at(&toks, p.head_end).is_some())
    };
    if next.len() < 2 || !next.iter().all(|&k| fate(k)) {
        return;
    }
    let parts: Vec<Operand> = next.iter().map(|&k| ctx.operand(k)).collect();
    let refs: Vec<&Operand> = parts.iter().collect();
    if let Some(f) = sum::finding(rule, ctx, &ctx.operand(w), &refs, false) {
        out.push(f.softened());
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn fates_of_a_set_are_at_most_the_set() {
        let text = |a: &str, b: &str| {
            format!(
                "Police arrested 10 people in raids across the city. {a} were later released without charge, and {b} remain in custody."
            )
        };
        assert!(
            run(&text("Six", "four")).is_empty(),
            "{:?}",
            run(&text("Six", "four"))
        );
        // Fewer is sound: some fates go untold.
        assert!(run(&text("Six", "two")).is_empty());
        let got = run(&text("Six", "five"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning breakdown-sum the parts listed add up to 11 (6 + 5), more than the total of 10"),
            "{got:?}"
        );
        for quiet in [
            // Counts with a noun of their own are sets of their own.
            "Police arrested 10 people in the raids. Six officers were hurt and five cars were damaged.",
            // A set with no upper bound.
            "Police arrested at least 10 people in the raids. Six were released and five remain in custody.",
            // More of the set ("two more were arrested") adds to it.
            "Police arrested 10 people in the raids. Six were released, and five more were arrested on Sunday.",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
    }
}
