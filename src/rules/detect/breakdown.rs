//! Breakdowns: a total and its parts in one sentence, in every common shape: "17 arrests — 13 in
//! Belgium and four in France" (a dash, a colon, parentheses), "Police arrested 14 people, 13 in
//! Madrid and 2 in Barcelona" (comma apposition), "killing at least 18, including 13 police
//! officers and seven civilians" ("including", "among them", "of whom": the parts are some of
//! the total), "20 were hurt, with 16 suffering gunshot wounds and six others varying injuries",
//! "The five — a woman and five men —" (an article counts one), and "34 of 42 passengers".
//!
//! The sentence's structure (`extract::structure`) says where a breakdown opens, where each part
//! ends and where the list closes: a closing dash or parenthesis, a new clause ("and closed four
//! of its 10 factories"), a part of a part ("2,000 of them"). A part fits its total when it
//! counts the same thing or a kind of it (WordNet: Pakistanis and police officers are people).

use super::{end_with_noun, gap, sentences};
use crate::extract::structure::{Marks, Partitive, Phrase, one_item_at, span_of};
use crate::extract::syntax;
use crate::extract::token::Toks;
use crate::extract::{Kind, Qualifier, Quantity};
use crate::lexicon::{Group, LEXICON};
use crate::rules::kinds::sum;
use crate::rules::operand::{Operand, Reading, Verdict, bounds};
use crate::rules::words::WORDS;
use crate::rules::{Ctx, Finding, Rule};
use crate::source::{Document, Span};
use crate::wordnet::{self, NounClass};

/// How a breakdown opens, which says whether its parts are all of the total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opener {
    /// "—", ":", "(": the parts are the whole when two or more are joined by "and".
    Delimited,
    /// ", 13 in Madrid and 2 in Barcelona": as delimited.
    Apposition,
    /// "including", "among them", "such as": some of the total.
    Subset,
    /// "of whom", "of which": usually all of it, written as a list.
    OfWhom,
    /// ", with 16 … and six others": all of it when the last part is "the others".
    With,
}

/// Words allowed between a total's phrase and the mark that opens its breakdown ("14 people
/// were arrested, 13 in …", "leaving six people wounded — two mortally").
const MAX_LEAD_WORDS: usize = 6;

/// Words allowed between two parts besides their marks ("13 in Belgium and four at two
/// locations in France": the context phrases belong to the parts).
const MAX_GAP_WORDS: usize = 5;

/// A complete breakdown whose parts add up to less than this share of the total is read as a
/// partial listing ("a $10 billion effort: $1.8 billion this year"), not as a sum.
const MIN_COVERED: f64 = 0.5;

/// How many tokens after the last figure of a list are read for items counted as one
/// (", an unborn nephew, a cousin and a close family friend").
const MAX_ITEM_TOKENS: usize = 24;

/// How many words after a list are read for the words that say it is not the whole.
const OPEN_TAIL_WORDS: usize = 12;

/// Parts that add up to more than this many times their total are no parts of it: the
/// sentence was misread.
const MAX_OVERSHOOT: f64 = 3.0;

/// The most parts a breakdown is read with.
const MAX_PARTS: usize = 24;

/// How the breakdown opens, from the marks between the total and its first part: the mark
/// must stand right before the part ("…, including 13", "— two", ", with 16"); words between
/// the total and the mark may only be its verb group ("14 people were arrested, 13 in …").
fn opener(p: &Phrase) -> Option<Opener> {
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
fn opener_before_items(t: &Toks, ph: &[Phrase], i: usize, j: usize) -> Option<Opener> {
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
fn borrowed_noun(ph: &[Phrase], total: &Quantity, first_part: usize, opener: Opener) -> bool {
    opener == Opener::Delimited && total.noun.is_none() && ph[first_part].lead_last.has(Marks::OPEN)
}

/// True when two figures measure alike: same kind, currency and unit.
fn same_measure(a: &Quantity, b: &Quantity) -> bool {
    a.kind == b.kind && a.currency == b.currency && a.unit == b.unit
}

/// True when `part` may be a part of `total`: of the same measure, or a bare figure after a
/// measure ("1,512 yards (1,165 rushing and 447 passing)").
fn part_measure(part: &Quantity, total: &Quantity) -> bool {
    same_measure(part, total)
        || (total.kind == Kind::Measure
            && part.kind == Kind::Count
            && part.noun.is_none()
            && part.counts.is_none())
}

/// True when a part counts what its total counts, or a kind of it: "13 Pakistanis" of "14
/// people", "seven civilians" of "at least 18" killed, "four lorries" of "12 vehicles". People
/// fit people whatever their role: "victims" break down into "men" and "women".
pub(crate) fn fits(doc: &Document, part: &Quantity, total: &Quantity) -> bool {
    if !part_measure(part, total) {
        return false;
    }
    let (Some(p), Some(t)) = (noun_word(doc, part), noun_word(doc, total)) else {
        return true;
    };
    p == t
        || part.noun.is_none()
        || wordnet::kind_of(&p, &t)
        || (wordnet::is_person(&p) && wordnet::is_person(&t))
}

/// What a figure counts, capitalised as its noun is written ("Afghans" → "Afghan"): WordNet
/// reads demonyms and other proper senses only with their capital.
fn noun_word(doc: &Document, q: &Quantity) -> Option<String> {
    let lemma = q.counts.as_deref()?;
    let capital = q
        .noun
        .is_some_and(|n| doc.slice(n).starts_with(|c: char| c.is_uppercase()));
    Some(if capital {
        let mut c = lemma.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    } else {
        lemma.to_string()
    })
}

/// Reasons a total is not one: a rate ("73 calls per day", "an average of 73"), a vague figure
/// ("a few"), zero or one.
fn not_a_total(ctx: &Ctx, i: usize) -> bool {
    let q = &ctx.qs[i];
    if q.qualifier == Qualifier::Vague || q.stated < 2.0 || q.direction.is_some() {
        return true;
    }
    let after = gap(
        ctx,
        end_with_noun(q),
        ctx.doc
            .text
            .floor_char_boundary((end_with_noun(q) + 12).min(ctx.doc.text.len())),
    );
    let next_word = after.split(' ').next().unwrap_or("");
    if WORDS.is("breakdown-rate-after", next_word) {
        return true;
    }
    let sentence = ctx.doc.sentences[q.sentence];
    let before_start = ctx
        .doc
        .text
        .floor_char_boundary(sentence.start.max(q.span.start.saturating_sub(24)));
    let before = gap(ctx, before_start, q.span.start);
    let mut words = before.split(' ').rev().filter(|w| *w != "of");
    words
        .next()
        .is_some_and(|w| WORDS.is("breakdown-rate-before", w))
}

/// The parts found for a total: quantity indices, items counted as one ("a woman"), and how
/// the list ends.
struct Parts {
    figures: Vec<usize>,
    ones: Vec<Operand>,
    /// The list says it is not the whole ("and others").
    open_tail: bool,
    /// The last part is joined by "and" ("13 in Madrid and 2 in Barcelona").
    joined: bool,
    /// Every figure part is a bare figure with a word of degree ("six critically").
    adverbial: bool,
    /// The last part is "the others".
    others_last: bool,
    /// The last part names everything else ("and from miscellaneous sources $100,570"): a
    /// list that says it leaves nothing out.
    remainder_last: bool,
}

fn read_parts(ctx: &Ctx, t: &Toks, i: usize, j: usize, end: usize, opener: Opener) -> Parts {
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
    // "39 gross misdemeanor convictions and 7 misdemeanors": a part named by a modifier of the
    // part before it counts what that one counts.
    let elliptical = |before: usize, k: usize| {
        let (Some(c), Some(n)) = (qs[k].counts.as_deref(), qs[before].noun) else {
            return false;
        };
        (ph[before].last..t.len())
            .take_while(|&x| t.toks[x].end < n.end)
            .any(|x| t.is_word(x) && crate::extract::lemma(t.lower(x)) == c)
    };
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
        let allowed = Marks::COMMA
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
            };
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
                || elliptical(last, k)
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
    // The list's own stretch: from the first part to the closing mark or the last part's end.
    let list_from = ph[j].first;
    let mut list_to = ph[last].end;
    // Items after the last figure part, up to a closing mark: ", a woman and five men", "… and
    // a judge", "(three tortoises and a cow)".
    {
        let mut k = ph[last].end;
        while k < t.len() && k < ph[last].end + MAX_ITEM_TOKENS {
            if t.is_punct(k, ",") || t.lower(k) == "and" {
                k += 1;
                continue;
            }
            if let Some(head) = one_item_at(t, k) {
                list_to = head + 1;
                k = head + 1;
                continue;
            }
            break;
        }
    }
    // Articles counted as one, between the opener and the end of the list: "a woman and five
    // men", "an alpaca, two ferrets, and a goat".
    let figure_at = |k: usize| {
        parts
            .figures
            .iter()
            .any(|&f| ph[f].first <= k && k < ph[f].end)
    };
    let from = ph[j]
        .first
        .min(if opener == Opener::Delimited || opener == Opener::Subset {
            lead_start(t, ph, i, j)
        } else {
            list_from
        });
    let borrowed = borrowed_noun(ph, total, j, opener);
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
                parts
                    .ones
                    .push(Operand::exact(span_of(t, k, head + 1), 1.0, total.sentence));
            }
            k = head + 1;
            continue;
        }
        k += 1;
    }
    // "…, and others", "plus three more", "together with the balance": the list is not the
    // whole. The words that say so come right after it, before a closing mark.
    parts.open_tail = ph[last].tail.has(Marks::OPEN_TAIL)
        || (!closing(&ph[last])
            && (list_to..(list_to + OPEN_TAIL_WORDS).min(t.len()))
                .take_while(|&k| !t.is_punct(k, "—") && !t.is_punct(k, ")") && !t.is_punct(k, ";"))
                .any(|k| t.is_word(k) && WORDS.is("breakdown-open-tail", t.lower(k))));
    parts
}

/// The first token of the opener between total `i` and part `j`: where items may start.
fn lead_start(t: &Toks, ph: &[Phrase], i: usize, j: usize) -> usize {
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

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    for range in sentences(qs) {
        let Some(t) = ctx.structure().toks(ctx.doc, qs[range.start].sentence) else {
            continue;
        };
        // Figures already read as parts of a breakdown: "135 factories, of which 40 are cotton
        // mills, 48 knitting mills …" — the 40 is no total of the 48.
        demonstrative_whole(rule, ctx, &t, range.clone(), out);
        parts_in_next_sentence(rule, ctx, range.clone(), out);
        part_and_the_others(rule, ctx, range.clone(), out);
        members_one_by_one(rule, ctx, &t, range.clone(), out);
        named_set_broken_down(rule, ctx, &t, range.clone(), out);
        let mut used = vec![false; range.len()];
        for i in range.clone() {
            partitive_whole(rule, ctx, i, out);
            if let Some(parts) = breakdown(rule, ctx, &t, i, range.end, used[i - range.start], out)
            {
                for k in parts {
                    used[k - range.start] = true;
                }
            }
        }
    }
}

/// The most words between "total" and the figure it names ("the total value of property
/// imperiled $12,726,520").
const MAX_TOTAL_WORDS: usize = 6;

/// The most words of the noun after "Of this" ("Of this amount", "Of these new jobs").
const MAX_DEMONSTRATIVE_WORDS: usize = 3;

/// "The receipts were $336.4m. Of this amount $192.9m was received from customs and $116.8m from
/// internal revenue": a sentence that opens with "Of this", "Of these" or "Of those" breaks
/// down the figure of the sentence before, and its figures of that measure are some of it.
/// Only a previous sentence of the paragraph with one such figure is read: with two ("up
/// from $40m") the referent is a guess. "Of this year's budget" names a time, not a referent.
fn demonstrative_whole(
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
    if !fronted {
        if !matches!(t.lower(1), "this" | "these" | "those" | "that" | "them") {
            return;
        }
        let mut k = 2;
        while k < first && k < 2 + MAX_DEMONSTRATIVE_WORDS && t.is_word(k) {
            let w = t.lower(k);
            if w.contains(['\'', '’']) || LEXICON.in_group(Group::TimeNoun, w) {
                return;
            }
            k += 1;
        }
        // "Of those 158, 35 were underage" restates the whole: a partitive.
        if first == 2 || !(k == first || (t.exact(k) == "," && k < first)) {
            return;
        }
        if s == 0 || ctx.paragraph(s - 1) != ctx.paragraph(s) {
            return;
        }
    }
    let part_of = |q: &Quantity| {
        matches!(q.kind, Kind::Count | Kind::Money)
            && q.direction.is_none()
            && q.qualifier != Qualifier::Vague
    };
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
        let wholes: Vec<usize> = (0..range.start)
            .rev()
            .take_while(|&w| qs[w].sentence == s - 1)
            .filter(|&w| part_of(&qs[w]) && same_measure(&qs[w], &qs[p0]) && qs[w].stated >= 2.0)
            .collect();
        // With several, the last when the words before it name it the total ("…, making
        // the total value of property imperiled $12,726,520").
        let named_total = |w: usize| {
            ctx.structure().toks(ctx.doc, s - 1).is_some_and(|pt| {
                let f = ph[w].first;
                (f.saturating_sub(MAX_TOTAL_WORDS)..f)
                    .any(|k| pt.is_word(k) && pt.lower(k) == "total")
            })
        };
        let w = match wholes[..] {
            [w] => w,
            [last, ..] if named_total(last) => last,
            _ => return,
        };
        // "Excluding $25m, …": a figure set aside is no referent.
        let set_aside = ctx.structure().toks(ctx.doc, s - 1).is_some_and(|pt| {
            let f = ph[w].first;
            f > 0 && pt.is_word(f - 1) && WORDS.is("breakdown-set-aside", pt.lower(f - 1))
        });
        if set_aside {
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

/// True when the verbs after two parts (at tokens `a` and `b`, past "was" or "were") are a
/// pair of `breakdown-complement` in either order.
fn complement(t: &Toks, a: usize, b: usize) -> bool {
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
fn coordinated(ctx: &Ctx, k: usize) -> bool {
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
fn named_set_broken_down(
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

/// "At least 15 people died in the clashes. Eight were killed outside the capital, and another
/// seven died in the city": the sentence after a whole toll tells it again in parts, the last
/// added to the others ("another seven", "seven others"); the parts are all of it. The whole is
/// the sentence's only figure of its tally; the parts, the next sentence's.
fn parts_in_next_sentence(
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
const APART_SENTENCES: usize = 2;

/// "Authorities charged nine people today. Belgium charged 7 for plotting an attack …. Four
/// were charged with recruiting": figures of a whole toll's tally in the next sentences of its
/// paragraph, each a plain count below the whole, are some of it; together they may not exceed
/// it. Not "all nine", "the nine", "two of them", "four others" (left to the sum above), a
/// part in degree ("three seriously"), nor a figure read as the toll reached since ("By
/// evening 12 had died" is no part of nine). A warning: a later sentence may tell of another
/// day. Returns true when it reports one.
fn told_apart(
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
const MEMBER_SENTENCES: usize = 3;

/// "Among the seven injured is an 8-year-old boy. Another of the injured is a woman. The other
/// five were men": a set counted after "Among the", one member told with "is" or "was", one
/// more at the head of each next sentence that opens with "Another", and "the other N" at the
/// head of the sentence that closes them are all of it. Only in one paragraph, and only when
/// nothing else between counts members. A warning: the members without a figure are counted
/// one to a sentence.
fn members_one_by_one(
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
fn part_and_the_others(
    rule: &Rule,
    ctx: &Ctx,
    range: std::ops::Range<usize>,
    out: &mut Vec<Finding>,
) {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let counted = |k: usize| {
        qs[k].kind == Kind::Count
            && qs[k].qualifier == Qualifier::Exact
            && qs[k].direction.is_none()
            && ph[k].partitive == Partitive::None
            && !ph[k].more
    };
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
const MAX_SET_FIGURES: usize = 8;

/// "Thirty-four of 42 passengers": the part is at most the whole.
fn partitive_whole(rule: &Rule, ctx: &Ctx, i: usize, out: &mut Vec<Finding>) {
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

/// Checks the breakdown of the total `i`, if it has one; returns its figure parts.
fn breakdown(
    rule: &Rule,
    ctx: &Ctx,
    t: &Toks,
    i: usize,
    end: usize,
    is_part: bool,
    out: &mut Vec<Finding>,
) -> Option<Vec<usize>> {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let total = &qs[i];
    // A count that names nothing ("The five — a woman and five men", "Four, including a pig")
    // may still be broken down in a list that says what it counts: see `bare` below.
    let countable = match total.kind {
        Kind::Count => true,
        Kind::Money => total.currency.is_some(),
        Kind::Measure => total.unit.is_some(),
        _ => false,
    };
    if !countable || ph[i].partitive != Partitive::None || ph[i].adverb {
        return None;
    }
    let bare = total.kind == Kind::Count && total.counts.is_none();
    // "seven women and five men, including nine": the second item of a list is no total.
    if i > 0
        && qs[i - 1].sentence == total.sentence
        && same_measure(&qs[i - 1], total)
        && ph[i].lead.any(Marks::AND | Marks::COMMA)
        && ph[i].lead.only(Marks::AND | Marks::COMMA | Marks::WORD)
        && ph[i].lead_words <= 2
    {
        return None;
    }
    // The first part: the next figure of the same measure in the same clause.
    let j = (i + 1..end).find(|&j| qs[j].kind.is_quantity())?;
    if !part_measure(&qs[j], total)
        || ph[j].clause != ph[i].clause && !ph[j].lead.has(Marks::OF_WHOM)
    {
        return None;
    }
    // "100 pensioners, 60 of whom were survivors and 40 widows", "700 were pensioners, 450
    // being invalids and 250 widows": a first part that says it is of the total opens its
    // list.
    let of_whom_first = ph[j].lead_last.has(Marks::COMMA)
        && ph[j].lead.only(Marks::COMMA | Marks::WORD | Marks::VERB)
        && ((ph[j].partitive == Partitive::Pronoun
            && t.lower(ph[j].last) == "of"
            && matches!(t.lower(ph[j].last + 1), "whom" | "which"))
            || (t.is_word(ph[j].last) && t.lower(ph[j].last) == "being"));
    // "a conviction rate of 81 percent (44 convictions), including 37 …": a total in
    // parentheses is broken down after its closing one.
    let enclosed = ph[i].lead_last.has(Marks::OPEN) && ph[i].tail.has(Marks::CLOSE);
    let first_part = if enclosed {
        Phrase {
            lead: ph[j].lead.without(Marks::CLOSE),
            ..ph[j].clone()
        }
    } else {
        ph[j].clone()
    };
    // "four (an alpaca, two ferrets and a goat)": items before the first figure, after the
    // mark that opens them; the comma before the figure is the list's own.
    let items_first = first_part
        .lead
        .any(Marks::DASH | Marks::COLON | Marks::OPEN)
        && !first_part
            .lead_last
            .any(Marks::DASH | Marks::COLON | Marks::OPEN);
    let opener = if of_whom_first {
        Opener::OfWhom
    } else if items_first && let Some(o) = opener_before_items(t, ph, i, j) {
        o
    } else {
        opener(&first_part).or_else(|| opener_before_items(t, ph, i, j))?
    };
    if bare && !matches!(opener, Opener::Delimited | Opener::Subset) {
        return None;
    }
    if compared(t, ph[j].first) {
        return None;
    }
    if other_tally(&qs[j], total) {
        return None;
    }
    if matches!(opener, Opener::Apposition | Opener::With) {
        // A comma apposition: "Police arrested 14 people, 13 in Madrid and 2 in Barcelona".
        // The total names what it counts, the part follows the comma at once, counts the same
        // thing or a kind of it, and names no event of its own other than the total's: "2 dead,
        // 4 wounded" are two figures side by side, and so are the items of "17, 19 and 20".
        let own_event = |q: &Quantity| q.event.filter(|_| q.noun.is_some() || q.counts.is_some());
        // A part with a noun of its own names a kind of the total ("14 people, 13 Pakistanis
        // and …"); the same noun again is the next item of a list ("two counts of murder,
        // three counts of assault").
        let strict_fit = match (noun_word(ctx.doc, &qs[j]), noun_word(ctx.doc, total)) {
            (Some(p), Some(c)) => {
                qs[j].noun.is_none() || (!p.eq_ignore_ascii_case(&c) && wordnet::kind_of(&p, &c))
            }
            _ => true,
        };
        // The total must not itself be an item of a list ("his wife, three children, two
        // stepchildren and …"; "items: seven manuscripts, dozens of books"), nor the part a
        // statement of its own ("two suffered burns, four had less serious burns").
        let apposition = opener == Opener::Apposition;
        if is_part
            || (apposition && total.noun.is_none() && !ph[i].other)
            || (apposition && !t.is_punct(ph[j].first.wrapping_sub(1), ","))
            || (apposition
                && ph[i]
                    .lead_last
                    .any(Marks::COMMA | Marks::COLON | Marks::DASH | Marks::OPEN))
            || !strict_fit
            || own_predicate(t, &ph[j])
            || matches!((own_event(total), own_event(&qs[j])), (Some(a), Some(b)) if a != b && apposition)
        {
            return None;
        }
        // "eight calls on Friday, five on Saturday", "$600 for an individual, with $1,200 for
        // couples": the total has a phrase of its own like its "parts'" — parallel items.
        if let Some(prep) = preposition_after(t, &qs[j], &ph[j]) {
            // "The rebate for an individual will be $600, with $1,200 for couples": with
            // "with", the total's own phrase may come before it.
            let from = if opener == Opener::With {
                0
            } else {
                ph[i].first
            };
            let to = ph[j].first;
            if (from..to).any(|k| t.is_word(k) && t.lower(k) == prep) {
                return None;
            }
        }
    }
    // A verb after the mark opens a statement, not a list ("12 died, police said 10 were …").
    if opener == Opener::Apposition && ph[j].lead_words > 0 && last_mark_then_verb(t, ph, i, j) {
        return None;
    }
    // "with four other students": others besides the total, not a part of it.
    if !(fits(ctx.doc, &qs[j], total) || borrowed_noun(ph, total, j, opener))
        || ph[j].other
        || (ph[j].partitive == Partitive::Pronoun && !of_whom_first)
    {
        return None;
    }
    // "12 opened in the east, 6 in the west and 10 in the south": the first of parallel items,
    // each with its own place, is no total of the others.
    let first_word = |q: &Quantity| {
        q.context.first().map(|c| {
            ctx.doc
                .slice(*c)
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        })
    };
    // "eight calls for medical services on Friday, five on Saturday": the total has a place or
    // time of its own, like its "parts".
    let total_words =
        ctx.doc.text[total.span.start..ph[i].end_byte.max(total.span.end)].to_ascii_lowercase();
    if opener == Opener::Apposition
        && let Some(b) = first_word(&qs[j])
        && (first_word(total).is_some_and(|a| a == b)
            || total_words.split_whitespace().any(|w| w == b))
    {
        return None;
    }
    if not_a_total(ctx, i) {
        return None;
    }
    // A list opened by its first part, or the list of a part of a total above ("…; 200 were
    // sailors, of whom 140 …"), ends at a semicolon: the next part of the total above.
    let end = if of_whom_first
        || (opener == Opener::OfWhom && (is_part || ph[i].lead.has(Marks::SEMICOLON)))
    {
        (j + 1..end)
            .find(|&k| ph[k].lead.has(Marks::SEMICOLON))
            .unwrap_or(end)
    } else {
        end
    };
    let parts = read_parts(ctx, t, i, j, end, opener);
    let n = parts.figures.len() + parts.ones.len();
    // "Six naval vessels, three revenue cutters, and one vessel …": a comma before the last
    // "and" makes the total the first item of a list, not the whole of the items after it;
    // so does a first "part" larger than the "total" ("two Nations, four States and one
    // Province").
    if opener == Opener::Apposition {
        if qs[j]
            .value
            .lo
            .zip(total.value.hi)
            .is_some_and(|(lo, hi)| lo > hi)
        {
            return None;
        }
        let last = parts.figures.last().map_or(ph[j].end, |&k| ph[k].end);
        let last = parts
            .ones
            .iter()
            .map(|o| o.span.end)
            .fold(last, |e, b| e.max(t.toks.partition_point(|x| x.start < b)));
        if (ph[j].first..last.min(t.len()))
            .any(|k| t.is_word(k) && t.lower(k) == "and" && k > 0 && t.is_punct(k - 1, ","))
        {
            return None;
        }
    }
    // One figure after a colon or a dash is a field and its value ("incidents: 4"), unless it
    // says how many of the total ("six wounded — two mortally").
    if opener == Opener::Delimited && n == 1 && !parts.adverbial {
        return None;
    }
    let complete = !parts.open_tail
        && !parts.adverbial
        && n >= 2
        && match opener {
            Opener::Delimited | Opener::Apposition => parts.joined || !parts.ones.is_empty(),
            // "revenues of $379m, of which $219m from customs and $124m from excise": money
            // "of which" names the main sources, not always all, unless its last part is
            // the rest ("… and from miscellaneous sources $3m").
            Opener::OfWhom => parts.joined && (total.kind != Kind::Money || parts.remainder_last),
            Opener::With => parts.joined && parts.others_last,
            Opener::Subset => false,
        };
    // "two boys — 8 and 12": one figure for each member is a description, not a sum.
    if complete
        && total.value.is_exact()
        && total.stated == parts.figures.len() as f64
        && parts.ones.is_empty()
    {
        return None;
    }
    let total_op = ctx.operand(i);
    let mut part_ops: Vec<Operand> = parts.figures.iter().map(|&k| ctx.operand(k)).collect();
    part_ops.extend(parts.ones.iter().cloned());
    part_ops.sort_by_key(|o| o.span);
    let refs: Vec<&Operand> = part_ops.iter().collect();
    if complete {
        let covered = refs
            .iter()
            .map(|p| bounds(&p.reading(Reading::Loose)).1)
            .sum::<f64>();
        if covered < MIN_COVERED * bounds(&total_op.reading(Reading::Loose)).0 {
            return None;
        }
    }
    // The parts may belong to an earlier figure ("28 banks in 15 States, of which 12 … 6 …
    // and 10"): if one fits them, stay quiet.
    let sentence_start = (0..i)
        .rev()
        .take_while(|&k| qs[k].sentence == total.sentence)
        .last()
        .unwrap_or(i);
    // Parts that dwarf their total were misread: "three winters — 148 in the first" gives
    // figures of each winter, not parts of three.
    let dwarfed = || {
        let sum: f64 = refs
            .iter()
            .map(|p| bounds(&p.reading(Reading::Strict)).0)
            .sum();
        sum > MAX_OVERSHOOT * bounds(&total_op.reading(Reading::Loose)).1
    };
    let fits_other = || {
        dwarfed()
            || (sentence_start..i).rev().any(|k| {
                // Parts that count what it counts: "(44 convictions), including 39 …" are not
                // of the "54 cases" before.
                same_measure(&qs[k], total)
                    // "54 of these cases" names no noun the parts could fit; "four (an
                    // alpaca, two ferrets and a goat)" has parts of its own.
                    && qs[k].counts.is_some()
                    && !ph[k].tail.any(Marks::OPEN | Marks::DASH | Marks::COLON)
                    && parts.figures.iter().all(|&p| fits(ctx.doc, &qs[p], &qs[k]))
                    && sum::judge_sum(ctx.doc, &ctx.operand(k), &refs, complete, &rule.tolerance).0
                        == Verdict::Holds
            })
    };
    let before = out.len();
    out.extend(sum::finding_unless(
        rule, ctx, &total_op, &refs, complete, fits_other,
    ));
    // Parts that miss their total by a digit or two: a misprint, reported as a warning.
    let stated_sum: f64 = refs.iter().map(|p| p.stated).sum();
    if out.len() > before
        && refs.iter().all(|p| p.qualifier == Qualifier::Exact)
        && super::result::is_misprint(ctx, &total_op, stated_sum)
    {
        super::result::misprint_note(&mut out[before]);
    }
    // "killing at least 10, including 8 soldiers and five farmers": the parts named already
    // pass the bound, so the bound is stale; the writer knew of more than it says.
    // One part past a bound is an instance, not a count ("more than 1,000 cases daily,
    // including 1,500 on Wednesday").
    if out.len() == before
        && refs.len() >= 2
        && matches!(total.qualifier, Qualifier::AtLeast | Qualifier::MoreThan)
        && refs.iter().all(|p| p.qualifier == Qualifier::Exact)
    {
        let named: f64 = refs.iter().map(|p| p.stated).sum();
        let past = match total.qualifier {
            Qualifier::AtLeast => named > total.stated,
            _ => named > total.stated + 1.0,
        };
        if past && !dwarfed() {
            let terms: Vec<String> = refs.iter().map(|p| p.show(ctx.doc)).collect();
            let message = format!(
                "the parts listed add up to {} ({}), more than “{}”: the figure understates what the sentence itself counts",
                total_op.number(named),
                terms.join(" + "),
                ctx.doc.words(total.span)
            );
            out.extend(crate::rules::kinds::judged(
                rule,
                ctx,
                Verdict::Soft,
                message,
                (total_op.span, "total"),
                crate::rules::kinds::related(&refs, "part"),
                || sum::arithmetic(ctx.doc, &total_op, &refs, complete),
            ));
        }
    }
    Some(parts.figures)
}

/// True when the word before token `k` makes the figure there a term of comparison, not a
/// part: "fell to $92.9, from a $103.05 end", "up from 12", "against 9 a year earlier".
fn compared(t: &Toks, k: usize) -> bool {
    let mut b = k;
    while b > 0 && t.is_word(b - 1) && matches!(t.lower(b - 1), "a" | "an" | "the") {
        b -= 1;
    }
    if b == 0 || !t.is_word(b - 1) {
        return false;
    }
    let w = t.lower(b - 1);
    matches!(
        w,
        "from"
            | "to"
            | "than"
            | "against"
            | "versus"
            | "vs"
            | "compared"
            | "over"
            | "since"
            | "per"
            | "by"
    ) || (matches!(w, "with" | "to")
        && b >= 2
        && matches!(
            t.lower(b - 2),
            "compared" | "comparison" | "contrast" | "up" | "down"
        ))
}

/// The event tally of a figure, when its event names one ("two dead" → dead).
fn tally(q: &Quantity) -> Option<crate::lexicon::Tally> {
    q.event.and_then(|e| crate::lexicon::LEXICON.tally(e))
}

/// True when a part names an event of another tally than its total's: "death toll is 74, with
/// 111 injured" or "2 dead, 4 wounded" give two tallies side by side, not a total and a part.
fn other_tally(part: &Quantity, total: &Quantity) -> bool {
    matches!((tally(total), tally(part)), (Some(t), Some(p)) if !crate::lexicon::LEXICON.tally_holds(t, p))
}

/// True when a figure has a verb of its own right after its phrase ("four had less serious
/// burns"): a clause of its own, one of parallel statements, not a part in a list.
fn own_predicate(t: &Toks, p: &Phrase) -> bool {
    let k = p.end;
    t.is_word(k)
        && (crate::extract::syntax::verb_at(t, k).is_some()
            || crate::extract::syntax::is(t.lower(k), crate::extract::syntax::Class::Aux))
        && !t.lower(k).ends_with("ing")
}

/// The preposition that opens a figure's own phrase after it ("five on Saturday", "$1,200 for
/// couples"), if any.
fn preposition_after(t: &Toks, q: &Quantity, p: &Phrase) -> Option<String> {
    let mut k = p.last;
    if let Some(n) = q.noun {
        while k < t.len() && t.toks[k].start < n.end {
            k += 1;
        }
    }
    (t.is_word(k) && crate::extract::syntax::is(t.lower(k), crate::extract::syntax::Class::Prep))
        .then(|| t.lower(k).to_string())
}

/// True when every verb between tokens `from` and `to` is an infinitive after "to": the purpose
/// of a part in a delimited list ("up to $700m: $425m to compensate victims, $175m to the
/// states"), not a clause of its own.
fn infinitives_only(t: &Toks, from: usize, to: usize) -> bool {
    (from..to).all(|x| {
        !t.is_word(x)
            || syntax::verb_at(t, x).is_none()
            || (x > 0 && t.is_word(x - 1) && t.lower(x - 1) == "to")
    })
}

/// True when, after the last mark between the total and the part, a verb comes before the part
/// ("12 died, police said 10 …").
fn last_mark_then_verb(t: &Toks, ph: &[Phrase], i: usize, j: usize) -> bool {
    let mut k = ph[j].first;
    while k > ph[i].end {
        k -= 1;
        if !t.is_word(k) {
            return false;
        }
        if crate::extract::syntax::verb_at(t, k).is_some() {
            return true;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn a_part_and_the_others_make_the_set_named_with_all() {
        let text = |n: &str| {
            format!(
                "Medics rushed two people to hospital while the other {n} victims walked in. All four were listed in stable condition."
            )
        };
        assert!(run(&text("two")).is_empty(), "{:?}", run(&text("two")));
        let got = run(&text("three"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("error breakdown-sum parts add up to 5 (2 + 3), but the total is 4"),
            "{got:?}"
        );
        for text in [
            // The set named before, too.
            "All four were listed in stable condition. Medics rushed two people to hospital while the other two victims walked in.",
            // A set of other things.
            "Police arrested two men while the other two suspects fled. All five houses were searched.",
            // No "all": "the four" may be another set.
            "Medics rushed two people to hospital while the other three victims walked in. The four officers stayed.",
            // Another paragraph.
            "Medics rushed two people to hospital while the other three victims walked in.\n\nAll four were stable.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_part_with_its_purpose_in_a_colon_list() {
        // "to breach victims" reads as an infinitive; in a delimited list it is the part's
        // purpose, not a clause that ends the list.
        let text = |a: &str| {
            format!(
                "The firm will pay $700 million: $425 million directly to breach victims, ${a} million to the states, and $100 million in civil penalties."
            )
        };
        assert!(run(&text("175")).is_empty(), "{:?}", run(&text("175")));
        let got = run(&text("195"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "error breakdown-sum parts add up to $718.5 million to $721.5 million"
            ),
            "{got:?}"
        );
        // A verb of its own after a comma still opens a statement.
        assert!(
            run("The firm will pay $700 million: $425 million to victims, and regulators said $400 million went to the states.")
                .is_empty()
        );
    }

    #[test]
    fn a_list_in_parentheses_says_what_a_borrowed_total_counts() {
        // "another three" borrows "predictions" from the clause before; its list says it
        // counts animals, and the "four" before has a list of its own.
        let text = |a: &str| {
            format!(
                "Of the remaining animals, four (an alpaca, two ferrets, and a goat) got two of the three predictions right, while another three ({a} tortoises and a cow) got none."
            )
        };
        assert!(run(&text("two")).is_empty(), "{:?}", run(&text("two")));
        let got = run(&text("three"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("error breakdown-sum parts add up to 4 (3 + 1), but the total is 3"),
            "{got:?}"
        );
    }

    #[test]
    fn elliptical_parts_and_asides_in_parentheses() {
        // "7 misdemeanors" are misdemeanor convictions, named by a modifier of the part
        // before; "(79 percent conviction rate)" is an aside; "54 of these cases" names no
        // noun the parts could belong to instead.
        let text = |a: &str| {
            format!(
                "The city has closed out 54 of these cases with a conviction rate of 81 percent (44 convictions), including {a} gross misdemeanor convictions (79 percent conviction rate) and 7 misdemeanors (100 percent conviction rate)."
            )
        };
        assert!(run(&text("37")).is_empty(), "{:?}", run(&text("37")));
        let got = run(&text("39"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "error breakdown-sum the parts listed add up to 46 (39 + 7), more than the total of 44"
            ),
            "{got:?}"
        );
        // A noun that is no modifier of the part before is another thing.
        assert!(
            run("The city closed 54 cases (44 convictions), including 39 felony convictions and 7 appeals.")
                .is_empty()
        );
    }

    #[test]
    fn a_toll_told_again_in_parts_in_the_next_sentence() {
        let text = |n: &str| {
            format!(
                "At least 15 people died in clashes with police on Sunday. An official said eight people were killed just outside the capital, and another {n} died in the city itself."
            )
        };
        assert!(run(&text("seven")).is_empty(), "{:?}", run(&text("seven")));
        let got = run(&text("four"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("error breakdown-sum"), "{got:?}");
        for text in [
            // No "another": the next sentence may tell of other deaths.
            "At least 15 people died in clashes on Sunday. Eight people were killed in May and four died in June.",
            // The whole restated with its own parts, and a clause apart.
            "Eleven deaths were reported. Of the 11 deaths, seven were from drowning and four from accidents; two additional deaths took place in the north.",
            // Another paragraph.
            "At least 15 people died on Sunday.\n\nEight people were killed in the north and another four died in the south.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn parts_told_apart_after_a_toll_are_at_most_it() {
        let text = |n: &str| {
            format!(
                "Prosecutors charged nine people on Monday after raids in three cities. A court in Ghent charged 7 over a plot against a stadium. {n} were charged with helping recruits travel abroad."
            )
        };
        assert!(run(&text("Two")).is_empty(), "{:?}", run(&text("Two")));
        let got = run(&text("Four"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning breakdown-sum") && got[0].contains("11 (7 + 4)"),
            "{got:?}"
        );
        for text in [
            // The whole told again, or in part, is no part of it.
            "Prosecutors charged nine people on Monday. A court charged 7 over a plot. All nine were charged with conspiracy.",
            "Prosecutors charged nine people on Monday. A court charged 7 over a plot. The nine were charged in Ghent.",
            // A toll reached since is no part of the first.
            "Nine people died in the fire on Monday. Seven died at the scene. By Tuesday 12 had died.",
            // Parts in degree are some of the others.
            "Nine people were injured in the crash. Seven were injured on the bus. Four were seriously injured.",
            // Another paragraph.
            "Prosecutors charged nine people on Monday. A court charged 7 over a plot.\n\nFour were charged with recruiting.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn members_told_one_by_one_then_the_others() {
        let text = |n: &str| {
            format!(
                "Among the seven injured is a 9-year-old boy who was awake and talking, the chief said. Another of the injured is a woman. The other {n} were men."
            )
        };
        assert!(run(&text("five")).is_empty(), "{:?}", run(&text("five")));
        let got = run(&text("four"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning breakdown-sum parts add up to 6 (1 + 1 + 4), but the total is 7"
            ),
            "{got:?}"
        );
        for text in [
            // Two members joined in the first sentence.
            "Among the seven injured is a boy and his mother. Another of the injured is a woman. The other four were men.",
            // No "another": the others may be others than the boy alone.
            "Among the seven injured is a boy. The other six were men.",
            // Another paragraph.
            "Among the seven injured is a boy. Another is a woman.\n\nThe other four were men.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn of_this_amount_breaks_down_the_sentence_before() {
        let wrong = "The city's receipts for the year were $3,360,000. Of this amount $1,920,000 came from rates and $1,560,000 from fees.";
        let got = run(wrong);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("error breakdown-sum the parts listed add up to $3.48 million"),
            "{got:?}"
        );
        // Some of it: parts below the whole are sound, with or without a comma.
        assert!(
            run("The bonds issued came to $41,900. Of this issue, $6,100 were in coupon form and $35,800 in registered form.")
                .is_empty()
        );
        assert_eq!(
            run("The bonds issued came to $41,900. Of this issue, $6,120 were in coupon form and $35,870 in registered form.")
                .len(),
            1
        );
    }

    #[test]
    fn of_them_and_of_the_n_name_the_whole() {
        for (text, total) in [
            (
                "Police arrested 40 people. Of them, 30 were men and 15 were women.",
                "40",
            ),
            (
                "GM sold 95,000 switches to dealers. Of those, 90,000 went into older cars and 15,000 into newer ones.",
                "95,000",
            ),
            (
                "Of the 11 deaths, seven were from drowning and five from road accidents.",
                "11",
            ),
        ] {
            let got = run(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert!(
                got[0].contains(&format!("more than the total of {total}")),
                "{got:?}"
            );
        }
        // Parts within the whole are sound.
        assert!(
            run("Of the 11 deaths, seven were from drowning and four from road accidents.")
                .is_empty()
        );
        assert!(run("Police arrested 40 people. Of them, 30 were men.").is_empty());
        // A partitive restates its whole: "15 of 20" is no part of "the 20 shops" twice.
        assert!(run("Of the 20 shops on the front, 15 of 20 reported flood damage.").is_empty());
    }

    #[test]
    fn of_this_look_alikes_stay_quiet() {
        for text in [
            // A time, not a referent.
            "The council spent $2,000,000 last year. Of this year's budget, $3,000,000 goes to roads.",
            // Two figures before: which one "this" means is a guess.
            "Sales were $5,000,000, up from $4,000,000. Of this, $4,500,000 came from exports.",
            // A figure set aside is no referent.
            "Excluding $25,000,000 for land, the plan runs five years. Of this sum $27,400,000 was spent by June.",
            // A new clause after the part: the total of a fund is no part.
            "Receipts were $11,000,000. Of this sum, $8,400,000 will go to the fund, making the fund $16,100,000.",
            // The whole restated: a partitive.
            "Police arrested 158 people. Of those 158, 35 were under age.",
            // Another paragraph.
            "Receipts were $1,000,000.\n\nOf this amount, $2,000,000 was spent.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_total_and_its_parts_after_a_dash_colon_or_parenthesis() {
        for text in [
            "Police made 17 arrests — 13 in Belgium and five in France.",
            "Police made 17 arrests: 13 in Belgium and five in France.",
            "Police made 17 arrests (13 in Belgium and five in France).",
        ] {
            let got = run(text);
            assert_eq!(
                got,
                [
                    "error breakdown-sum parts add up to 18 (13 + 5), but the total is 17 [17, 13, five]"
                ],
                "{text}"
            );
        }
        assert!(run("Police made 17 arrests — 13 in Belgium and four in France.").is_empty());
    }

    #[test]
    fn including_means_parts_at_most_the_total() {
        assert_eq!(
            run("Police made 17 arrests, including 13 in Belgium and six in France."),
            [
                "error breakdown-sum the parts listed add up to 19 (13 + 6), more than the total of 17 [17, 13, six]"
            ]
        );
        assert!(run("Police made 17 arrests, including 13 in Belgium.").is_empty());
        assert!(
            run("Police made 17 arrests, among them 13 in Belgium and two in France.").is_empty()
        );
    }

    #[test]
    fn hedged_totals_and_unrelated_figures_stay_quiet() {
        assert!(
            run("About 300 people, nearly 200 of them in the north and 100 in the south, fled.")
                .is_empty()
        );
        assert!(
            run("About 300 people fled — nearly 200 in the north and 100 in the south.").is_empty()
        );
        // Figures that count something else are not parts.
        assert!(
            run("Police made 17 arrests — at two locations in France and 3 sites in Belgium.")
                .is_empty()
        );
        // A list that says it is not the whole.
        assert!(
            run("The storm killed 12 people: five in Leeds, four in York and others elsewhere.")
                .is_empty()
        );
        // Money adds up like counts, and "$5m" is rounded: $3m and $3m may make $5m.
        assert!(run("The fund raised $5m: $3m from donors and $3m from the state.").is_empty());
        assert_eq!(
            run("The fund raised $5m: $4m from donors and $3m from the state.").len(),
            1
        );
    }

    /// Shapes from real copy that read like breakdowns and are not (each rewritten in our own
    /// words).
    #[test]
    fn look_alikes_stay_quiet() {
        for text in [
            // One figure per member: ages, not parts.
            "She raises two daughters (8 and 13) on her own.",
            "The charity counted three earlier winters — 148 in the first, then 92 and 110.",
            // A rate is not a whole.
            "He made an average of 73 calls per day, including 100 on the day she went to court.",
            // The second item of a list is not a total.
            "A panel of seven women and five men, including nine from the town, heard the case.",
            // A hyphen inside a word is no dash.
            "He sank two holes-in-one in a single round on par-3s.",
            // The parts fit another figure the binder did not pick.
            "The year saw 28 new branches in 15 counties, of which 12 opened in the east, 6 in the west and 10 in the south.",
            // Ages after a breakdown part.
            "Of 1,004 people charged, 996 of them between the ages of 15 and 24 were charged.",
            // A first step of a larger sum, not all of it.
            "It is a five-year, $10 billion plan: $1.8 billion for research next year and $216 million for training.",
            // What is left is named after the parts.
            "Receipts came to $42,900, of which $31,000 came from customs and $3,500 from land sales, together with the balance.",
            // Table fields and citations: a bare number before a colon is no total.
            "Property crime incidents: 4 Violent crime incidents: 6 35. Shavano Park",
            // A part that opens its own breakdown.
            "The rolls held 234,821 persons, of whom 210,363 were army pensioners, 105,478 being invalids and 104,885 widows.",
            // Two figures per member, told in two clauses.
            "It rested on two boys — 8 and 12 when they spoke, 3 and 7 when it happened.",
            // A vague total.
            "There are a few reasons: 7 is lucky, and it is the sum of two and five.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn of_which_with_the_parts_named_before_their_figures() {
        // "of which there were derived from customs $A, from lands $B, and from other sources
        // $C": the parts of a money total may name main sources only, but never pass it.
        let sound = "The receipts were $30,000,000.00, of which there were derived from customs $27,000,000.00 and from sales of land $2,000,000.00.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        let got = run(&sound.replace("$2,000,000.00", "$3,000,010.00"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("more than the total"), "{got:?}");
        // Main sources only: falling short of the total is no contradiction.
        let short = sound.replace("$2,000,000.00", "$1,000,000.00");
        assert!(run(&short).is_empty(), "{:?}", run(&short));
    }

    #[test]
    fn of_which_ending_with_the_rest_is_the_whole() {
        // "… and from other sources $C": the last part is all the rest, so the parts are all
        // of the total and must add up to it.
        let sound = "The receipts were $30,000,000.00, of which there were derived from customs $27,000,000.00, from sales of land $2,000,000.00, and from miscellaneous sources $1,000,000.00.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        let got = run(&sound.replace("$2,000,000.00", "$1,500,000.00"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("parts add up to"), "{got:?}");
        let other = "Revenues were $379.3 million, of which $219.1 million came from customs, $124.3 million from excise and $35.9 million from other sources.";
        assert!(run(other).is_empty(), "{:?}", run(other));
        assert_eq!(run(&other.replace("$35.9", "$25.9")).len(), 1);
    }

    #[test]
    fn a_set_named_again_and_broken_down() {
        let sound = "A shootout broke out in a flat, and four police officers were injured. The suspect was shot. All of the injured officers (three shot in the leg and one in the face) are in good condition.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        let got = run(&sound.replace("three shot", "two shot"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0]
                .starts_with("warning breakdown-sum parts add up to 3 (2 + 1), but the total is 4"),
            "{got:?}"
        );
        for quiet in [
            // Two counts of the noun before: which set is meant the words do not say.
            "Four officers were injured and two officers were unhurt. The injured officers (three shot in the leg and two in the face) recovered.",
            // The count is one of a list; a part stands for several.
            "They held nine foreigners and one local man. The men (four Nigerians, two Australians and one each from Brazil and France) were moved.",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
    }

    #[test]
    fn items_before_the_first_figure_after_a_parenthesis() {
        // A bare total whose list opens with items before its first figure.
        let sound = "Of the remaining vessels, six (a tug, four barges, and a ferry) sank.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        one_error(&sound.replace("four barges", "five barges"));
    }

    #[test]
    fn a_total_in_parentheses_and_its_subset() {
        // The total in parentheses is broken down after its closing one; the parts count
        // convictions, so they are not of the "54 cases" before it.
        let sound = "The court closed 60 cases (48 convictions), including 40 felony convictions and 8 misdemeanor convictions.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        one_error(&sound.replace("40 felony", "44 felony"));
    }

    #[test]
    fn a_real_inconsistency_in_large_figures() {
        // The shape of an 1894 Treasury report: the parts miss the total by $630,000.
        let got = run(
            "The stock of money came to $1,251,640,958, of which $627,923,201 was gold and $624,347,757 was silver.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        // The parts miss by two digits: a likely misprint, a warning.
        // Money "of which" may name only some sources; these already pass the total.
        assert!(got[0].starts_with("warning breakdown-sum the parts listed add up to $1,252,270,958 ($627,923,201 + $624,347,757), more than the total of $1,251,640,958"), "{got:?}");
    }

    #[test]
    fn nested_breakdowns_in_report_prose() {
        // A total broken down after "of whom", each part with its own breakdown up to the
        // next semicolon: every level is checked, and sound copy stays quiet.
        let sound = "There were 900 veterans on the rolls, of whom 600 were soldiers, 350 being invalids and 250 widows; 200 were sailors, of whom 120 were invalids and 80 widows; 100 were scouts, 70 of whom were survivors and 30 were widows.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        one_error(&sound.replace("350 being", "380 being"));
        one_error(&sound.replace("120 were invalids", "140 were invalids"));
        one_error(&sound.replace("30 were widows", "40 were widows"));
        let got = run(&sound.replace("100 were scouts", "130 were scouts"));
        assert!(
            got.iter()
                .any(|f| f.contains("add up to 930 (600 + 200 + 130), more than the total of 900")),
            "{got:?}"
        );
        // A count after "were" names what it counts: "700 were army pensioners".
        one_error("In all, 200 were navy pensioners, of whom 150 were invalids and 70 widows.");
    }

    /// One error, from breakdown-sum, for each sentence.
    fn one_error(text: &str) -> String {
        let got = run(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(got[0].starts_with("error breakdown-sum"), "{text}: {got:?}");
        got[0].clone()
    }

    #[test]
    fn breakdowns_in_the_shapes_wire_copy_writes() {
        // Comma apposition.
        one_error("Officers detained 15 people, 11 in Leeds and 3 in York.");
        // Parts that are kinds of the total: demonyms, roles.
        one_error("Border police stopped 16 people — 12 Afghans and 3 Syrians — at the port.");
        // A bound the named parts already pass: a warning.
        let got = run("The blast killed at least 10, including 8 soldiers and five farmers.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("warning breakdown-sum the parts listed add up to 13 (8 + 5), more than “at least 10”"), "{got:?}");
        one_error("Two aid workers died, including three nurses.");
        // "with … and the others": all of the total.
        one_error(
            "30 were treated, with 25 suffering smoke inhalation and seven others minor burns.",
        );
        // Articles count one.
        one_error("The six — a boy and six girls — were rescued.");
        one_error("Five, including a horse, a donkey and four goats, were saved.");
        // A measure and its bare parts.
        one_error("He ran for 1,210 yards (860 rushing and 450 receiving) that season.");
        // A part of a whole.
        one_error("Twenty-six of 24 members voted.");
        // Degree words after the total: some of it.
        one_error("In all 64 people were hurt, four critically and 65 slightly.");
        // A dash typed as two hyphens.
        one_error("The blast left six people wounded -- eight mortally.");
    }

    #[test]
    fn lists_and_instances_that_look_like_breakdowns() {
        for sound in [
            // The total is the first item of a list.
            "Six naval vessels, three revenue cutters, and one vessel from the survey were sent.",
            "It is governed by two Nations, four States and one Province.",
            // Money "of which" names the main sources.
            "Revenues were $379.3 million, of which $219.1 million came from customs and $124.3 million from excise.",
            // Parallel amounts, the total's own phrase before it.
            "The rebate for an individual will be $600, with $1,200 for couples.",
            // One instance past a bound.
            "More than 1,000 new cases are reported daily, including 1,500 on Wednesday.",
        ] {
            assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
        }
        // A person "of whom" list is all of it.
        assert_eq!(
            run("There were 234 pensioners, of whom 200 were invalids and 30 were widows.").len(),
            1
        );
    }

    #[test]
    fn a_part_and_the_others_are_the_whole() {
        for (sound, wrong) in [
            (
                "One of the three officers was fired; the other two are still employed.",
                "One of the three officers was fired; the other three are still employed.",
            ),
            (
                "Two of the five men were freed. The remaining three are in custody.",
                "Two of the five men were freed. The remaining two are in custody.",
            ),
            (
                "Four others were arrested, three in Amsterdam and one in Aachen.",
                "Four others were arrested, two in Amsterdam and one in Aachen.",
            ),
        ] {
            assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
            assert_eq!(run(wrong).len(), 1, "{wrong}: {:?}", run(wrong));
        }
        // "Two other men", indefinite, are besides the set, not the rest of it.
        assert!(run("Two of the five men were freed. Two other men were held.").is_empty());
    }

    #[test]
    fn sound_breakdowns_and_their_look_alikes() {
        for text in [
            "Officers detained 14 people, 11 in Leeds and 3 in York.",
            "The six — a boy and five girls — were rescued.",
            "The crash killed five people: two of her brothers, a cousin, an aunt and the driver.",
            // The list closes at the dash; the new clause counts something else.
            "The firm cut 900 jobs — 600 in Ohio and 300 in Texas — and closed three of its 12 plants.",
            // A part of a part: "1,000 of them".
            "Floods cut power to 30,000 homes: 18,000 in Devon and 12,000 in Dorset, 1,000 of them for a week.",
            // Items of a list, each with its own noun: no total among them.
            "He faces two counts of murder, three counts of assault and one count of arson.",
            "The family includes his wife, three sons, two stepdaughters and several grandchildren.",
            // Parallel items, each with its own day or purpose.
            "Crews answered nine calls on Monday, five on Tuesday and seven on Wednesday.",
            "The grant is $500 for a single parent, with $900 for couples.",
            // Two tallies side by side.
            "The toll is 31 dead, with 80 injured.",
            "2 dead, 5 wounded in a bar fight",
            // Ages, not parts.
            "She has two sons, 6 and 9 years old.",
            "Three people, including a 14- and a 16-year-old, were hurt.",
            "Police named the three victims: Ann Lee, 9; Joe Lee, 5; and Sam Lee, 2.",
            // A term of comparison.
            "Sales reached £17.9bn, compared with £21.8bn a year ago.",
            // Company, not a part.
            "The two were at home with four other friends.",
            // Parallel statements, each with its verb.
            "Two people suffered burns, four had cuts, and 30 were unhurt.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn two_acts_that_split_a_whole_are_all_of_it() {
        let text = |lost: &str| {
            format!(
                "The hulls were valued at $4,200,000 and their cargoes at $1,800,000, making the total value imperiled $6,000,000. Of this amount $5,100,000 was saved and {lost} was lost."
            )
        };
        let sound = text("$900,000");
        assert!(run(&sound).is_empty(), "{:?}", run(&sound));
        let got = run(&text("$800,000"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning breakdown-sum parts add up to $5.9 million ($5.1 million + $800,000), but the total is $6 million"),
            "{got:?}"
        );
        // Parts of other acts are some of it.
        let some = "The hulls were valued at $4,200,000 and their cargoes at $1,800,000, making the total value imperiled $6,000,000. Of this amount $5,100,000 was insured and $800,000 was lost.";
        assert!(run(some).is_empty(), "{:?}", run(some));
    }
}
