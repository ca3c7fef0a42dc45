//! A whole named before its parts: a demonstrative ("These 30 …"), a named set broken down.

use super::*;

/// The most words between "total" and the figure it names ("the total value of property
/// imperiled $12,726,520").
pub(super) const MAX_TOTAL_WORDS: usize = 6;

/// The most words of the noun after "Of this" ("Of this amount", "Of these new jobs").
pub(super) const MAX_DEMONSTRATIVE_WORDS: usize = 3;

/// The most words of the set named after "Of the" ("Of the cars being added to the recall").
const MAX_NAMED_WORDS: usize = 8;

/// "The receipts were $336.4m. Of this amount $192.9m was received from customs and $116.8m from
/// internal revenue": a sentence that opens with "Of this", "Of these" or "Of those" breaks
/// down the figure of the sentence before, and its figures of that measure are some of it.
/// Only a previous sentence of the paragraph with one such figure is read: with two ("up
/// from $40m") the referent is a guess. "Of this year's budget" names a time, not a referent.
pub(super) fn demonstrative_whole(
    rule: &Rule,
    ctx: &Ctx,
    t: &Toks,
    range: std::ops::Range<usize>,
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    if t.len() < 3 || !t.is_word(0) || t.lower(0) != "of" {
        return;
    }
    let first = ph[range.start].first;
    let s = qs[range.start].sentence;
    // "Of the 11 deaths, seven were from drowning and four from accidents": the whole is
    // named in the sentence's own opening phrase, before its comma.
    let noun_end = (ph[range.start].end..t.len())
        .find(|&k| !t.is_word(k))
        .unwrap_or(t.len());
    let fronted = t.lower(1) == "the"
        && first == 2
        && noun_end.saturating_sub(ph[range.start].end) <= MAX_DEMONSTRATIVE_WORDS
        && t.is_punct(noun_end, ",");
    // "Of the cars added to the recall, 824,000 were sold in the US": the set of the sentence
    // before named by its noun, without a figure.
    let named = !fronted && t.lower(1) == "the";
    if !fronted && !points_back(ctx, t, first, s, named) {
        return;
    }
    // The parts end where a new clause or a breakdown of a part begins ("…, of which $11.4m
    // was spent in the District", "…, making the total of this fund $16.2m").
    let parts_from = if fronted {
        range.start + 1
    } else {
        range.start
    };
    let parts: Vec<usize> = (parts_from..range.end)
        .take_while(|&i| {
            i == parts_from
                || !(ph[i]
                    .lead
                    .any(Marks::CLAUSE | Marks::SEMICOLON | Marks::OF_WHOM | Marks::CLOSE)
                    || (ph[i - 1].end..ph[i].first).any(|k| {
                        t.is_punct(k, ",")
                            && t.is_word(k + 1)
                            && t.lower(k + 1).ends_with("ing")
                            && syntax::verb_at(t, k + 1).is_some()
                    }))
        })
        // Not the whole of a partitive part ("Of the 20 shops, 15 of 20 …": the 20 again).
        .filter(|&i| {
            part_of(&qs[i])
                && !compared(t, ph[i].first)
                && !range
                    .clone()
                    .any(|j| ph[j].partitive == Partitive::Whole(i))
        })
        .collect();
    let Some(&p0) = parts.first() else {
        return;
    };
    let w = if fronted {
        let w = range.start;
        if !part_of(&qs[w]) || !same_measure(&qs[w], &qs[p0]) || qs[w].stated < 2.0 {
            return;
        }
        w
    } else {
        let Some(w) = whole_before(ctx, range.start, s, p0) else {
            return;
        };
        // The set named by its noun must be the one the figure before counts.
        if named && !names_counted(t, &qs[w]) {
            return;
        }
        w
    };
    let parts: Vec<Operand> = parts
        .into_iter()
        .filter(|&i| fits(ctx.doc, &qs[i], &qs[w]))
        .map(|i| ctx.operand(i))
        .collect();
    if parts.is_empty() {
        return;
    }
    // "$11,292,707 was saved and $1,432,750 was lost": two parts told with two acts that
    // split a whole are all of it.
    let complete = match &parts[..] {
        [a, b] => complement(
            t,
            ph[a.quantity.unwrap_or(0)].end,
            ph[b.quantity.unwrap_or(0)].end,
        ),
        _ => false,
    };
    let refs: Vec<&Operand> = parts.iter().collect();
    // Read as all of it only by the two acts: a sum that misses is a warning.
    let f = sum::finding(rule, ctx, &ctx.operand(w), &refs, complete);
    out.extend(if complete {
        f.map(Finding::softened)
    } else {
        f
    });
}

/// True when the words of "Of the …," (from token 2 to the comma) hold the noun that figure
/// `whole` counts: "Of the cars being added to the recall" names 971,000 cars.
fn names_counted(t: &Toks, whole: &Quantity) -> bool {
    let Some(counts) = whole.counts.as_deref() else {
        return false;
    };
    (2..t.len())
        .take_while(|&k| t.is_word(k))
        .any(|k| crate::extract::lemma(t.lower(k)) == counts)
}

/// True when "Of this …,", "Of these …," or "Of the <noun> …," (`named`) opening sentence `s`
/// before its first figure (at token `first`) points back at the sentence before in its
/// paragraph: not "Of this year's budget" (a time), not "Of those 158, …" (the whole
/// restated: a partitive).
fn points_back(ctx: &Ctx, t: &Toks, first: usize, s: usize, named: bool) -> bool {
    let demonstrative = matches!(t.lower(1), "this" | "these" | "those" | "that" | "them");
    if !(demonstrative || named) {
        return false;
    }
    let most = if named {
        MAX_NAMED_WORDS
    } else {
        MAX_DEMONSTRATIVE_WORDS
    };
    let mut k = 2;
    while k < first && k < 2 + most && t.is_word(k) {
        let w = t.lower(k);
        if w.contains(['\'', '’']) || LEXICON.in_group(Group::TimeNoun, w) {
            return false;
        }
        k += 1;
    }
    if first == 2 || !(k == first || (t.exact(k) == "," && k < first)) {
        return false;
    }
    // "Of the …" names its set by words before the comma.
    if named && (k == first || k == 2) {
        return false;
    }
    s > 0 && ctx.paragraph(s - 1) == ctx.paragraph(s)
}

/// Whether a figure can be a part or the whole of a breakdown in money or counts.
fn part_of(q: &Quantity) -> bool {
    matches!(q.kind, Kind::Count | Kind::Money)
        && q.direction.is_none()
        && q.qualifier != Qualifier::Vague
}

/// The whole that "Of these, …" refers to in the sentence before: its one figure of the
/// parts' measure, or the last when the words before it name it the total; not a figure set
/// aside ("Excluding $25m, …").
fn whole_before(ctx: &Ctx, first_of_sentence: usize, s: usize, p0: usize) -> Option<usize> {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let wholes: Vec<usize> = (0..first_of_sentence)
        .rev()
        .take_while(|&w| qs[w].sentence == s - 1)
        .filter(|&w| part_of(&qs[w]) && same_measure(&qs[w], &qs[p0]) && qs[w].stated >= 2.0)
        .collect();
    // With several, the last when the words before it name it the total ("…, making
    // the total value of property imperiled $12,726,520").
    let named_total = |w: usize| {
        ctx.structure().toks(ctx.doc, s - 1).is_some_and(|pt| {
            let f = ph[w].first;
            (f.saturating_sub(MAX_TOTAL_WORDS)..f).any(|k| pt.is_word(k) && pt.lower(k) == "total")
        })
    };
    let w = match wholes[..] {
        [w] => w,
        [last, ..] if named_total(last) => last,
        _ => return None,
    };
    // "Excluding $25m, …": a figure set aside is no referent.
    let set_aside = ctx.structure().toks(ctx.doc, s - 1).is_some_and(|pt| {
        let f = ph[w].first;
        f > 0 && pt.is_word(f - 1) && WORDS.is("breakdown-set-aside", pt.lower(f - 1))
    });
    if set_aside {
        return None;
    }
    Some(w)
}

/// True when the verbs after two parts (at tokens `a` and `b`, past "was" or "were") are a
/// pair of `breakdown-complement` in either order.
pub(super) fn complement(t: &Toks, a: usize, b: usize) -> bool {
    let verb = |k: usize| {
        let k = if t.is_word(k) && matches!(t.lower(k), "was" | "were") {
            k + 1
        } else {
            k
        };
        t.is_word(k).then(|| t.lower(k))
    };
    let (Some(x), Some(y)) = (verb(a), verb(b)) else {
        return false;
    };
    WORDS.is("breakdown-complement", &format!("{x} {y}"))
        || WORDS.is("breakdown-complement", &format!("{y} {x}"))
}

/// True when figure `k` is coordinated with another by "and", before or after it ("nine
/// foreigners and one local man").
pub(super) fn coordinated(ctx: &Ctx, k: usize) -> bool {
    let st = ctx.structure();
    let end = st.phrases[k].head_end;
    let Some(tk) = st.toks(ctx.doc, ctx.qs[k].sentence) else {
        return false;
    };
    // "…, and four police officers were injured": the subject of a clause of its own.
    let subject = tk.is_word(end) && syntax::is(tk.lower(end), syntax::Class::Aux);
    (st.phrases[k].lead_last.has(Marks::AND) && !subject)
        || (tk.is_word(end) && tk.lower(end) == "and")
}

/// "… during which four police officers were injured. … all of the injured officers (three
/// shot in the leg and one in the face) are in good condition": a set named again by "the"
/// and its plural noun, with no figure of its own, and broken down between parentheses or
/// dashes, is the nearest count of that noun before it in its paragraph; its parts, the last
/// joined by "and", are all of it. A warning: the words tie the set to the count only by its
/// noun.
pub(super) fn named_set_broken_down(
    rule: &Rule,
    ctx: &Ctx,
    t: &Toks,
    range: std::ops::Range<usize>,
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let s = qs[range.start].sentence;
    for j in range.clone() {
        let first = ph[j].first;
        let Some(open) = first.checked_sub(1) else {
            continue;
        };
        let paren = t.is_punct(open, "(");
        if !(paren || t.is_dash(open)) || (j > range.start && ph[j - 1].end > open) {
            continue;
        }
        // The plural noun right before the opener, after "the" and at most two modifiers,
        // with no figure of its own.
        let Some(noun) = open.checked_sub(1).filter(|&k| t.is_word(k)) else {
            continue;
        };
        let lemma = crate::extract::lemma(t.lower(noun));
        if lemma == t.lower(noun) {
            continue;
        }
        let Some(the) = (noun.saturating_sub(3)..noun)
            .rev()
            .take_while(|&k| t.is_word(k))
            .find(|&k| t.lower(k) == "the")
        else {
            continue;
        };
        if j > range.start && ph[j - 1].end > the {
            continue;
        }
        let Some(close) = (first..t.len()).find(|&k| {
            if paren {
                t.is_punct(k, ")")
            } else {
                t.is_dash(k)
            }
        }) else {
            continue;
        };
        let parts: Vec<usize> = range
            .clone()
            .filter(|&k| k >= j && ph[k].first < close)
            .collect();
        let plain = |k: usize| {
            qs[k].kind == Kind::Count
                && qs[k].qualifier == Qualifier::Exact
                && qs[k].direction.is_none()
                && ph[k].partitive == Partitive::None
                && !ph[k].other
                && !ph[k].more
        };
        let Some((&last, _)) = parts.split_last() else {
            continue;
        };
        if parts.len() < 2 || !parts.iter().all(|&k| plain(k)) || !ph[last].lead.has(Marks::AND) {
            break;
        }
        // The one count of the noun before it in the paragraph: with two, which the set is
        // the words do not say.
        let counted: Vec<usize> = (0..range.start)
            .rev()
            .take_while(|&k| ctx.paragraph(qs[k].sentence) == ctx.paragraph(s))
            .filter(|&k| qs[k].kind == Kind::Count && qs[k].counts.as_deref() == Some(&lemma))
            .collect();
        let [w] = counted[..] else {
            break;
        };
        // Not a part of a list of its own ("the nine foreigners and one local man"), nor
        // parts of which one stands for several ("one each from Brazil, France and …").
        let listed = coordinated(ctx, w);
        let each = (first..close).any(|k| t.is_word(k) && t.lower(k) == "each");
        if qs[w].qualifier != Qualifier::Exact
            || ph[w].other
            || ph[w].more
            || qs[w].stated < parts.len() as f64
            || listed
            || each
        {
            break;
        }
        let ops: Vec<Operand> = parts.iter().map(|&k| ctx.operand(k)).collect();
        let refs: Vec<&Operand> = ops.iter().collect();
        let before = out.len();
        out.extend(sum::finding(rule, ctx, &ctx.operand(w), &refs, true));
        for f in &mut out[before..] {
            f.soften();
            f.message
                .push_str(" (the set named again as the one counted before)");
        }
        break;
    }
}
