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

mod aboard;
mod next;
mod parts;
mod rows;
mod sentence;
mod whole;

use aboard::*;
use next::*;
use parts::*;
use rows::*;
use sentence::*;
use whole::*;

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

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    heading_and_rows(rule, ctx, out);
    casualties_aboard(rule, ctx, out);
    for range in sentences(qs) {
        let Some(t) = ctx.structure().toks(ctx.doc, qs[range.start].sentence) else {
            continue;
        };
        // Figures already read as parts of a breakdown: "135 factories, of which 40 are cotton
        // mills, 48 knitting mills …" — the 40 is no total of the 48.
        demonstrative_whole(rule, ctx, &t, range.clone(), out);
        parts_in_next_sentence(rule, ctx, range.clone(), out);
        fates_in_next_sentence(rule, ctx, range.clone(), out);
        part_and_the_others(rule, ctx, range.clone(), out);
        members_one_by_one(rule, ctx, &t, range.clone(), out);
        named_set_broken_down(rule, ctx, &t, range.clone(), out);
        passengers_and_crew(rule, ctx, range.clone(), out);
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

/// True when figure `k` is a count as written, of a set of its own: exact, no change, no
/// partitive ("two of them").
fn exact_count(ctx: &Ctx, k: usize) -> bool {
    let q = &ctx.qs[k];
    q.kind == Kind::Count
        && q.qualifier == Qualifier::Exact
        && q.direction.is_none()
        && ctx.structure().phrases[k].partitive == Partitive::None
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

#[cfg(test)]
mod tests;
