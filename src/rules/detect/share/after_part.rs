//! Shares stated after their part, read on the sentence's tokens: ", or a meager 1% of the
//! 251,287", "—nearly 7% of the state's $54 million deficit", "74 removals, or 9.3 per cent".

use super::*;
use crate::extract::token::Toks;

/// The most tokens from "of" after a share to its whole: "of the whole number of appointments
/// (1,118)".
const MAX_WHOLE_WORDS: usize = 7;

/// Shares stated after their part, read on the sentence's tokens:
///
/// - "released 2,628 cables, or a meager 1% of the 251,287 in its possession", "$3.6
///   million—nearly 7% of the state's $54 million deficit": the part, then ", or", a dash or a
///   parenthesis, the share, "of" and the whole. The sentence states all three: an error when
///   no reading fits.
/// - "with 790 appointments, there were 74 removals, or 9.3 per cent": the share of the part
///   in the figure before it, a whole the words do not name as such, so a warning.
pub(super) fn after_part(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    if !qs.iter().any(|q| q.kind == Kind::Percent) {
        return;
    }
    let st = ctx.structure();
    for (i, share) in qs.iter().enumerate() {
        if share.kind != Kind::Percent
            || share.unit.is_some()
            || share.direction.is_some()
            || i == 0
        {
            continue;
        }
        let Some(t) = st.toks(ctx.doc, share.sentence) else {
            continue;
        };
        let first = t.toks.partition_point(|k| k.start < share.span.start);
        if rate_of(rule, ctx, &t, i, first, out) {
            continue;
        }
        let (opened, verb) = introduced(&t, first);
        if !opened && !verb {
            continue;
        }
        let after = t.toks.partition_point(|x| x.start < share.span.end);
        let whole_named = t.is_word(after) && t.lower(after) == "of";
        if verb && !whole_named {
            continue;
        }
        // The part: the nearest figure before, in the sentence (after a verb, one of the
        // whole's measure: a figure of another between, "removals (89) … in the fourteen
        // months …, but they constitute", leaves the part a guess).
        let whole_after = qs.get(i + 1).filter(|w| w.sentence == share.sentence);
        let bracketed = |x: usize| bracketed(&t, &qs[x]);
        let mut j = i - 1;
        if verb && !whole_after.is_some_and(|w| alike(&qs[j], w)) {
            // "the same number of removals (89) has taken place in the fourteen months …, but
            // they constitute only 7.8 per cent of the whole number of appointments (1,118)":
            // part and whole each in parentheses after its noun name the part past a figure
            // of another measure.
            let Some(w) = whole_after.filter(|_| bracketed(i + 1)) else {
                continue;
            };
            let Some(p) = (0..j)
                .rev()
                .take_while(|&x| qs[x].sentence == share.sentence)
                .find(|&x| alike(&qs[x], w))
                .filter(|&x| bracketed(x))
            else {
                continue;
            };
            j = p;
        }
        if qs[j].sentence != share.sentence || !countable(&qs[j]) {
            continue;
        }
        if whole_named {
            // "… of the state's estimated $54 million", "… of the whole number of appointments
            // (1,118)": the whole within a few words.
            let Some(w) = whole_after else {
                continue;
            };
            let wt = t.toks.partition_point(|x| x.start < w.span.start);
            let words_between = (after + 1..wt).all(|x| {
                t.is_word(x)
                    || t.is_punct(x, "'")
                    || t.is_punct(x, "’")
                    || (x + 1 == wt && t.is_punct(x, "("))
            });
            if wt <= after
                || wt - after > MAX_WHOLE_WORDS
                || !words_between
                || !countable(w)
                || !alike(&qs[j], w)
                || (verb && w.stated <= qs[j].stated)
            {
                continue;
            }
            let (p, w, s) = (ctx.operand(j), ctx.operand(i + 1), ctx.operand(i));
            let found = ratio::finding(rule, ctx, &p, &w, &s);
            // A part read past a figure of another measure is a reading: a warning.
            out.extend(found.map(|mut f| {
                if j + 1 != i {
                    f.soften();
                }
                f
            }));
        } else if t.is_word(after) {
            continue;
        } else {
            // ", or 9.3 per cent;": the whole is the figure before the part, greater than it;
            // "… was 2,696. Of this number 244, or 9 per cent, …": the last figure of the
            // sentence before, when the sentence opens by referring back to it.
            let Some(w) = whole_before_part(&t, qs, share.sentence, j) else {
                continue;
            };
            if !alike(&qs[j], &qs[w]) || qs[w].stated <= qs[j].stated {
                continue;
            }
            // "rose to 500 from 400, or 25%": a change, not a share.
            let wt = t.toks.partition_point(|x| x.start < qs[w].span.start);
            let compared = compared_between(&t, wt, first);
            if compared {
                continue;
            }
            let (p, wo, s) = (ctx.operand(j), ctx.operand(w), ctx.operand(i));
            read_share(
                rule,
                ctx,
                (&p, &wo, &s),
                "the whole is read as the figure before the part",
                out,
            );
        }
    }
}

/// How a share is set off after its part: opened by ", or", a dash or a parenthesis (", or a
/// meager 1%", "—nearly 7%", "(9%)", up to two words of its own before it), or by a verb of
/// making up ("they constitute only 7.8 per cent"). Returns (opened, verb).
fn introduced(t: &Toks, first: usize) -> (bool, bool) {
    let mut k = first;
    while k > 0 && first - k < 2 && t.is_word(k - 1) && !matches!(t.lower(k - 1), "or" | "and") {
        let w = t.lower(k - 1);
        // A verb of making up is one after a pronoun too ("this represents": no noun).
        if syntax::is(w, Class::Prep)
            || syntax::verb_at(t, k - 1).is_some()
            || WORDS.is("share-verb", w)
        {
            break;
        }
        k -= 1;
    }
    let opened = (k >= 2 && t.lower(k - 1) == "or" && t.is_punct(k - 2, ","))
        || (k >= 1
            && (matches!(t.exact(k - 1), "—" | "–" | "(")
                || (t.is_punct(k - 1, "-") && t.toks[k - 1].space_before)));
    // "… (89), but they constitute only 7.8 per cent of the appointments (1,118)": a verb
    // of making up between the part and its share.
    let verb = !opened
        && (1..=2).any(|n| {
            k >= n && {
                let words: Vec<&str> = (k - n..k).map(|x| t.lower(x)).collect();
                (k - n..k).all(|x| t.is_word(x)) && WORDS.is("share-verb", &words.join(" "))
            }
        });
    (opened, verb)
}

/// The whole of a share set off after its part `j`, when no "of" names it: the figure before
/// the part in its sentence (", or 9.3 per cent;"), or the last figure of the sentence before
/// when the sentence opens by referring back to it ("… was 2,696. Of this number 244, or 9 per
/// cent, …").
fn whole_before_part(t: &Toks, qs: &[Quantity], sentence: usize, j: usize) -> Option<usize> {
    let in_sentence = (0..j)
        .rev()
        .take_while(|&w| qs[w].sentence == sentence)
        .find(|&w| countable(&qs[w]));
    in_sentence.or_else(|| {
        // The part is the sentence's first figure, and the figure before it ends the
        // sentence before.
        let back = t.lower(0) == "of"
            && matches!(
                (t.lower(1), t.lower(2)),
                ("this" | "that", "number" | "total" | "amount") | ("these" | "those" | "them", _)
            );
        let w = j.checked_sub(1)?;
        (back && qs[w].sentence + 1 == sentence && countable(&qs[w])).then_some(w)
    })
}

/// True when a word of change or comparison stands between the whole (at token `wt`) and
/// the share ("rose to 500 from 400, or 25%": a change, not a share).
fn compared_between(t: &Toks, wt: usize, first: usize) -> bool {
    (wt..first).any(|x| {
        t.is_word(x)
            && (LEXICON.change(t.lower(x)).is_some()
                || matches!(
                    t.lower(x),
                    "from" | "to" | "than" | "versus" | "vs" | "against"
                ))
    })
}

/// True for a figure in parentheses right after the noun it counts: "removals (89)".
fn bracketed(t: &Toks, q: &Quantity) -> bool {
    let ft = t.toks.partition_point(|k| k.start < q.span.start);
    ft >= 2 && t.is_punct(ft - 1, "(") && t.is_word(ft - 2)
}
