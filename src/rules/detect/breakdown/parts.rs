//! Where a breakdown opens (a dash, a colon, a parenthesis, "including" …) and how its parts
//! are read up to where the list closes.

use super::*;

/// How the breakdown opens, from the marks between the total and its first part: the mark
/// must stand right before the part ("…, including 13", "— two", ", with 16"); words between
/// the total and the mark may only be its verb group ("14 people were arrested, 13 in …").
pub(super) fn opener(p: &Phrase) -> Option<Opener> {
    let (lead, last) = (p.lead, p.lead_last);
    if lead.any(Marks::CLAUSE | Marks::SEMICOLON | Marks::PLUS | Marks::CLOSE)
        || p.lead_words > MAX_LEAD_WORDS
    {
        return None;
    }
    if last.any(Marks::INCLUDING | Marks::AMONG) {
        return Some(Opener::Subset);
    }
    // "…, of which there were derived from customs $27.5m, from lands $2.1m": the figure after
    // the words that name its part.
    if last.has(Marks::OF_WHOM)
        || (lead.has(Marks::OF_WHOM)
            && lead.only(Marks::COMMA | Marks::OF_WHOM | Marks::WORD | Marks::VERB))
    {
        return Some(Opener::OfWhom);
    }
    if last.any(Marks::DASH | Marks::COLON | Marks::OPEN) {
        return Some(Opener::Delimited);
    }
    // ", with 16 …": "with" alone is company ("at home with four other students").
    if last.has(Marks::WITH) && lead.has(Marks::COMMA) {
        return Some(Opener::With);
    }
    // A comma alone, after the total's verb group at most; "and" would coordinate two totals.
    if last.has(Marks::COMMA) && !lead.any(Marks::AND | Marks::OR) {
        return Some(Opener::Apposition);
    }
    None
}

/// The opener of a list whose first items are counted as one: "The five — a woman and five
/// men —", "Four, including a pig, an elephant, and two otters": the mark stands before the
/// items, and only items and their commas and "and" lie between it and the first figure.
pub(super) fn opener_before_items(t: &Toks, ph: &[Phrase], i: usize, j: usize) -> Option<Opener> {
    let (from, to) = (ph[i].end, ph[j].first);
    let m = (from..to).find(|&k| {
        matches!(t.exact(k), "—" | "–" | ":" | "(")
            || (t.is_word(k) && t.lower(k) == "including")
            || (t.is_punct(k, "-") && t.toks[k].space_before)
    })?;
    if m - from > MAX_LEAD_WORDS {
        return None;
    }
    let mut k = m + 1;
    let mut items = 0;
    while k < to {
        if t.is_punct(k, ",") || t.lower(k) == "and" {
            k += 1;
        } else if let Some(head) = one_item_at(t, k) {
            items += 1;
            k = head + 1;
        } else {
            return None;
        }
    }
    (items > 0).then_some(if t.is_word(m) {
        Opener::Subset
    } else {
        Opener::Delimited
    })
}

/// True when a total counts a noun only by ellipsis and its parts open in parentheses: "four
/// (an alpaca, two ferrets and a goat) got two of the three predictions right, while another
/// three (two tortoises and a cow) got none" — the list says what "another three" counts, not
/// the "predictions" the reader lent it.
pub(super) fn borrowed_noun(
    ph: &[Phrase],
    total: &Quantity,
    first_part: usize,
    opener: Opener,
) -> bool {
    opener == Opener::Delimited && total.noun.is_none() && ph[first_part].lead_last.has(Marks::OPEN)
}

/// The parts found for a total: quantity indices, items counted as one ("a woman"), and how
/// the list ends.
pub(super) struct Parts {
    pub(super) figures: Vec<usize>,
    pub(super) ones: Vec<Operand>,
    /// The list says it is not the whole ("and others").
    pub(super) open_tail: bool,
    /// The last part is joined by "and" ("13 in Madrid and 2 in Barcelona").
    pub(super) joined: bool,
    /// Every figure part is a bare figure with a word of degree ("six critically").
    pub(super) adverbial: bool,
    /// The last part is "the others".
    pub(super) others_last: bool,
    /// The last part names everything else ("and from miscellaneous sources $100,570"): a
    /// list that says it leaves nothing out.
    pub(super) remainder_last: bool,
}

pub(super) fn read_parts(
    ctx: &Ctx,
    t: &Toks,
    i: usize,
    j: usize,
    end: usize,
    opener: Opener,
) -> Parts {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let total = &qs[i];
    let mut parts = Parts {
        figures: vec![j],
        ones: Vec::new(),
        open_tail: false,
        joined: false,
        adverbial: ph[j].adverb,
        others_last: ph[j].other && !ph[j].more,
        remainder_last: false,
    };
    let closing = |p: &Phrase| match opener {
        Opener::Delimited if ph[j].lead.has(Marks::OPEN) => p.tail.has(Marks::CLOSE),
        Opener::Delimited if ph[j].lead.has(Marks::DASH) => p.tail.any(Marks::DASH | Marks::CLOSE),
        _ => p.tail.any(Marks::CLOSE | Marks::DASH),
    };
    let mut last = j;
    // "of whom 700 were army pensioners, 400 being invalids and 300 widows; 200 were navy
    // pensioners, …": a part's own breakdown is passed over up to the next semicolon, where
    // the next part of the total stands.
    let semicolon_later = |k: usize| (k + 1..end).any(|m| ph[m].lead.has(Marks::SEMICOLON));
    let mut skipping = false;
    let mut aside = false;
    for k in j + 1..end {
        if skipping {
            if ph[k].lead.has(Marks::SEMICOLON) {
                skipping = false;
            } else {
                continue;
            }
        }
        if closing(&ph[last]) || ph[last].tail.any(Marks::CLAUSE | Marks::END) {
            break;
        }
        // "15 of 20": the whole of a part is no part.
        if ph[last].partitive == Partitive::Whole(k) {
            continue;
        }
        let q = &qs[k];
        if !q.kind.is_quantity() {
            continue; // a date, an age, a year inside the list
        }
        let p = &ph[k];
        if !part_measure(q, total) {
            // "39 convictions (79 percent conviction rate) and 7 …": an aside in parentheses
            // right after a part.
            if k == last + 1 && p.lead_last.has(Marks::OPEN) {
                aside = true;
                continue;
            }
            break;
        }
        let allowed = allowed_marks(opener, aside);
        aside = false;
        // "105,478 being invalids and 104,885 widows": a part that opens a breakdown of its
        // own ends the list before it.
        let nested = t.is_word(p.end)
            && (matches!(t.lower(p.end), "being" | "including")
                || (t.lower(p.end) == "of" && matches!(t.lower(p.end + 1), "whom" | "which")));
        let sub_part = (nested || p.partitive == Partitive::Pronoun || p.lead.has(Marks::OF_WHOM))
            && opener == Opener::OfWhom
            && !p.lead.has(Marks::SEMICOLON)
            && semicolon_later(k);
        if sub_part {
            skipping = true;
            continue;
        }
        if nested
            || compared(t, p.first)
            || !(p.lead.only(allowed)
                || (opener == Opener::Delimited
                    && p.lead.only(allowed | Marks::VERB)
                    && infinitives_only(t, ph[last].end, p.first)))
            || p.lead_words > MAX_GAP_WORDS
            || p.clause != ph[j].clause && opener != Opener::OfWhom
            || !(fits(ctx.doc, q, total)
                || elliptical(qs, ph, t, last, k)
                || borrowed_noun(ph, total, j, opener))
            || p.partitive == Partitive::Pronoun
            || p.more
            || p.lead.is_empty()
        {
            break;
        }
        parts.joined = p.lead.has(Marks::AND);
        parts.adverbial &= p.adverb;
        parts.others_last = p.other;
        parts.remainder_last = (ph[last].last + 1..p.end)
            .any(|x| t.is_word(x) && WORDS.is("breakdown-remainder", t.lower(x)));
        parts.figures.push(k);
        last = k;
        if parts.figures.len() > MAX_PARTS {
            break;
        }
    }
    // Items after the last figure part, up to a closing mark: ", a woman and five men", "… and
    // a judge", "(three tortoises and a cow)".
    let list_to = items_after(t, ph[last].end).unwrap_or(ph[last].end);
    parts.ones = article_parts(t, ph, total, (i, j), opener, &parts.figures, list_to);
    // "…, and others", "plus three more", "together with the balance": the list is not the
    // whole. The words that say so come right after it, before a closing mark.
    parts.open_tail = ph[last].tail.has(Marks::OPEN_TAIL)
        || (!closing(&ph[last])
            && (list_to..(list_to + OPEN_TAIL_WORDS).min(t.len()))
                .take_while(|&k| !t.is_punct(k, "—") && !t.is_punct(k, ")") && !t.is_punct(k, ";"))
                .any(|k| t.is_word(k) && WORDS.is("breakdown-open-tail", t.lower(k))));
    parts
}

/// Articles counted as one part each, between the opener and the end of the list (`list_to`):
/// "a woman and five men", "an alpaca, two ferrets, and a goat".
fn article_parts(
    t: &Toks,
    ph: &[Phrase],
    total: &Quantity,
    (i, j): (usize, usize),
    opener: Opener,
    figures: &[usize],
    list_to: usize,
) -> Vec<Operand> {
    let figure_at = |k: usize| figures.iter().any(|&f| ph[f].first <= k && k < ph[f].end);
    let from = ph[j]
        .first
        .min(if opener == Opener::Delimited || opener == Opener::Subset {
            lead_start(t, ph, i, j)
        } else {
            ph[j].first
        });
    let borrowed = borrowed_noun(ph, total, j, opener);
    articles(t, total, (from, list_to), borrowed, &figure_at)
}

/// "39 gross misdemeanor convictions and 7 misdemeanors": a part named by a modifier of the
/// part before it counts what that one counts.
fn elliptical(qs: &[Quantity], ph: &[Phrase], t: &Toks, before: usize, k: usize) -> bool {
    let (Some(c), Some(n)) = (qs[k].counts.as_deref(), qs[before].noun) else {
        return false;
    };
    (ph[before].last..t.len())
        .take_while(|&x| t.toks[x].end < n.end)
        .any(|x| t.is_word(x) && crate::extract::lemma(t.lower(x)) == c)
}

/// The marks that may lead from one part to the next: commas, "and", "or" and words; in an
/// "of whom" list semicolons and verbs too; after an aside, its parentheses.
fn allowed_marks(opener: Opener, aside: bool) -> Marks {
    Marks::COMMA
        | Marks::AND
        | Marks::OR
        | Marks::WORD
        | if opener == Opener::OfWhom {
            Marks::SEMICOLON | Marks::VERB
        } else {
            Marks::default()
        }
        | if aside {
            Marks::OPEN | Marks::CLOSE
        } else {
            Marks::default()
        }
}

/// The end of the items told without a figure after the last figure part (", a woman and
/// five men", "… and a judge"), from token `from`; `None` when there are none.
fn items_after(t: &Toks, from: usize) -> Option<usize> {
    let mut list_to = None;
    let mut k = from;
    while k < t.len() && k < from + MAX_ITEM_TOKENS {
        if t.is_punct(k, ",") || t.lower(k) == "and" {
            k += 1;
            continue;
        }
        if let Some(head) = one_item_at(t, k) {
            list_to = Some(head + 1);
            k = head + 1;
            continue;
        }
        break;
    }
    list_to
}

/// Articles counted as one part each between `from` and `to`: "a woman and five men", "an
/// alpaca, two ferrets, and a goat"; an item's head must fit the total's noun unless the
/// parts borrow it.
fn articles(
    t: &Toks,
    total: &Quantity,
    (from, list_to): (usize, usize),
    borrowed: bool,
    figure_at: &dyn Fn(usize) -> bool,
) -> Vec<Operand> {
    let mut ones = Vec::new();
    let mut k = from;
    while k < list_to {
        let starts_item = k == from
            || t.is_punct(k.wrapping_sub(1), ",")
            || t.lower(k.wrapping_sub(1)) == "and"
            || t.is_punct(k.wrapping_sub(1), "—")
            || t.is_punct(k.wrapping_sub(1), "(")
            || t.lower(k.wrapping_sub(1)) == "including";
        if starts_item
            && !figure_at(k)
            && let Some(head) = one_item_at(t, k)
        {
            let head_fits = total
                .counts
                .as_deref()
                .filter(|_| !borrowed)
                .is_none_or(|c| {
                    let w = t.lower(head);
                    let sing = w.trim_end_matches('s');
                    wordnet::kind_of(w, c)
                        || wordnet::kind_of(sing, c)
                        || wordnet::classes(w).contains(NounClass::Person)
                            && wordnet::classes(c).contains(NounClass::Person)
                });
            if head_fits {
                ones.push(Operand::exact(span_of(t, k, head + 1), 1.0, total.sentence));
            }
            k = head + 1;
            continue;
        }
        k += 1;
    }
    ones
}

/// The first token of the opener between total `i` and part `j`: where items may start.
pub(super) fn lead_start(t: &Toks, ph: &[Phrase], i: usize, j: usize) -> usize {
    let mut k = ph[j].first;
    while k > ph[i].end {
        let w = t.lower(k - 1);
        if t.is_punct(k - 1, "—")
            || t.is_punct(k - 1, "(")
            || t.is_punct(k - 1, ":")
            || t.is_punct(k - 1, "-")
            || w == "including"
        {
            return k;
        }
        k -= 1;
    }
    ph[j].first
}
