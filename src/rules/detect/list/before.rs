//! A set counted again right after the sentence that names its members: "A man and his son
//! and grandson were found shot to death. The three family members were found inside";
//! "He was taken to hospital along with a 44-year-old man, a 28-year-old woman and a
//! 46-year-old man. All four were expected to survive."
//!
//! The count opens its sentence as a definite subject ("The three family members were",
//! "All four are"), and the sentence before it, in the same paragraph, names people as its
//! subject, coordinated ("A man and his son and grandson were"), perhaps with more joined by
//! "along with". Each member is a phrase of a person: one opened by "a", "an" or a
//! possessive, a noun of a person, "he" or "she", or a count of people ("two women and a
//! man"). Anything else (a figure of no person, "another", "more", a thing) leaves the sentence
//! unread: it may name only some of the set; an ordinal that goes on from the members ("with
//! a fourth man found dead") confirms how many they are. A warning: the members are read across
//! a sentence's end.

use super::MAX_COUNT;
use crate::extract::structure::{Partitive, Structure};
use crate::extract::syntax::{self, Class};
use crate::extract::token::{Token, Toks, tokenize};
use crate::extract::{Kind, Qualifier, Quantity};
use crate::lexicon::{Group, LEXICON};
use crate::rules::kinds::count_list::List;
use crate::rules::kinds::judged;
use crate::rules::operand::Verdict;
use crate::rules::words::WORDS;
use crate::rules::{Ctx, Finding, Related, Rule};
use crate::source::Span;

/// The most tokens of the sentence that names the members.
const MAX_SENTENCE_TOKENS: usize = 60;

pub(super) fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    for (i, q) in qs.iter().enumerate() {
        // Cheap first: an exact small count that is no first sentence's.
        if q.kind != Kind::Count
            || q.qualifier != Qualifier::Exact
            || !(2.0..=MAX_COUNT).contains(&q.stated)
            || q.stated.fract() != 0.0
            || q.direction.is_some()
            || q.sentence == 0
            || q.counts
                .as_deref()
                .is_some_and(|n| !crate::wordnet::is_person(n))
        {
            continue;
        }
        let st = ctx.structure();
        let s = q.sentence;
        let p = &st.phrases[i];
        if !(p.definite || p.all) || p.other || p.more || p.partitive != Partitive::None {
            continue;
        }
        if doc.sentence_paragraph.get(s - 1) != doc.sentence_paragraph.get(s) {
            continue;
        }
        let Some(t) = st.toks(doc, s) else {
            continue;
        };
        // "The three family members were …", "All four are …": the set opens the sentence as
        // the subject of a statement.
        let opens = (0..p.first).all(|k| t.is_word(k) && matches!(t.lower(k), "all" | "the"));
        if !(opens && t.is_word(p.head_end) && syntax::is(t.lower(p.head_end), Class::Finite)) {
            continue;
        }
        let Some(list) = members_before(ctx, st, s - 1) else {
            continue;
        };
        let verdict = if list.min == q.stated as usize {
            Verdict::Holds
        } else {
            Verdict::Hard
        };
        let count = ctx.operand(i);
        let end = q.noun.map_or(count.span.end, |n| n.end.max(count.span.end));
        let announced = &doc.text[count.span.start..end];
        let names: Vec<String> = list
            .items
            .iter()
            .map(|&s| doc.words(s).into_owned())
            .collect();
        let message = format!(
            "“{announced}” are counted, but the sentence before names {} ({})",
            list.min,
            names.join("; ")
        );
        let related = list
            .items
            .iter()
            .map(|&span| Related {
                span,
                label: "member".into(),
            })
            .collect();
        let finding = judged(
            rule,
            ctx,
            verdict,
            message,
            (count.span, "count"),
            related,
            || format!("{} ≠ {} named", count.stated, list.min),
        );
        out.extend(finding.map(Finding::softened));
    }
}

/// The people sentence `s` names as its subject (and "along with" it), as a list; `None`
/// when it names anything else or fewer than two.
fn members_before(ctx: &Ctx, st: &Structure, s: usize) -> Option<List> {
    let (doc, qs) = (ctx.doc, ctx.qs);
    let sp = doc.sentences.get(s)?;
    // The sentence's tokens: it may hold no figure, and then extraction kept none.
    let mut own: Vec<Token> = Vec::new();
    let t = match st.toks(doc, s) {
        Some(t) => t,
        None => {
            tokenize(&doc.text, sp.start, sp.end, &mut own);
            Toks {
                text: &doc.text,
                lower: st.lower(),
                toks: &own,
            }
        }
    };
    if t.len() > MAX_SENTENCE_TOKENS {
        return None;
    }
    // Its figures.
    let from = qs.partition_point(|q| q.sentence < s);
    let figures = &qs[from..qs.partition_point(|q| q.sentence <= s)];
    let a = subject_start(&t);
    let verb = (a..t.len()).find(|&k| t.is_word(k) && syntax::is(t.lower(k), Class::Finite))?;
    let mut items = Vec::new();
    let mut n = if verb == a + 1 && matches!(t.lower(a), "he" | "she") {
        items.push((a, verb));
        1
    } else {
        members(&t, figures, (a, verb), true, &mut items)?
    };
    // "… along with a 44-year-old man, a 28-year-old and a 46-year-old".
    if let Some(a) = (verb..t.len().saturating_sub(1))
        .find(|&k| t.lower(k) == "along" && t.lower(k + 1) == "with")
    {
        n += members(&t, figures, (a + 2, t.len()), false, &mut items)?;
    }
    // Nothing else of the sentence counts people ("another victim", "two others", "two more
    // women"), but an ordinal that goes on from the members confirms them: "A man and his
    // son and grandson were found shot, with a fourth man found dead" names three.
    let stray = figures.iter().any(|q| {
        (q.kind == Kind::Count || (q.kind == Kind::Ordinal && q.stated != (n + 1) as f64))
            && !items
                .iter()
                .any(|&(a, b)| q.span.start >= t.toks[a].start && q.span.end <= t.toks[b - 1].end)
    });
    let others = (0..t.len()).any(|k| t.is_word(k) && WORDS.is("list-besides", t.lower(k)));
    if n < 2 || stray || others {
        return None;
    }
    let span_of = |(a, b): (usize, usize)| Span::new(t.toks[a].start, t.toks[b - 1].end);
    Some(List {
        min: n,
        max: n,
        items: items.into_iter().map(span_of).collect(),
        shared: false,
    })
}

/// Where a sentence's subject starts: after a dateline in parentheses ("(Dec 17, 2009 3:23
/// PM) A man and …") or in capitals before a dash ("BELL — A grandfather, …").
fn subject_start(t: &Toks) -> usize {
    if t.is_punct(0, "(")
        && let Some(k) = (1..t.len()).find(|&k| t.is_punct(k, ")"))
    {
        return k + 1;
    }
    let dash = (0..t.len().min(6)).find(|&k| t.is_dash(k));
    match dash {
        Some(d) if d > 0 && (0..d).all(|k| !t.exact(k).chars().any(char::is_lowercase)) => d + 1,
        _ => 0,
    }
}

/// The most words of a member named in a subject ("A 44-year-old man").
const MAX_SUBJECT_WORDS: usize = 5;

/// The people named over tokens `[from, to)`, split at commas and "and" and pushed to
/// `items`; how many they are. A part that opens with no person ("the armpit" of "shot in
/// the buttocks and the armpit") belongs to the item before; an attribution ("cops said")
/// ends the list. `None` when an item is no person or a part opens none, or, in a `subject`,
/// when an item is long or holds a verb ("Two attempted to drive", "Captain Dale Buchanan
/// confirms two men").
fn members(
    t: &Toks,
    figures: &[Quantity],
    (from, to): (usize, usize),
    subject: bool,
    items: &mut Vec<(usize, usize)>,
) -> Option<usize> {
    let mut n = 0;
    let first = items.len();
    let mut a = from;
    while a < to {
        let mut b = a;
        while b < to && !t.is_punct(b, ",") && !(t.is_word(b) && t.lower(b) == "and") {
            b += 1;
        }
        let (start, end) = (a, b);
        a = b + 1;
        if start == end {
            continue;
        }
        if (start..end).any(|k| t.is_word(k) && syntax::is(t.lower(k), Class::Say)) {
            break;
        }
        if subject
            && (end - start > MAX_SUBJECT_WORDS
                || (start..end).any(|k| t.is_word(k) && syntax::verb_at(t, k).is_some()))
        {
            return None;
        }
        match member(t, figures, start, end) {
            Some(m) => {
                n += m;
                items.push((start, end));
            }
            // A part of the item before: the rest of its modifiers.
            None if items.len() > first && !opens_person(t, start) => {
                if let Some(last) = items.last_mut() {
                    last.1 = end;
                }
            }
            None => return None,
        }
    }
    Some(n)
}

/// How many people tokens `[a, b)` name as one item: one for a person's phrase ("a
/// 44-year-old man", "his son", "grandson"), a count's value for a count of people ("two
/// women"); `None` for anything else.
fn member(t: &Toks, figures: &[Quantity], a: usize, b: usize) -> Option<usize> {
    let at = t.toks[a].start;
    if let Some(q) = figures.iter().find(|q| q.span.start == at) {
        return match q.kind {
            Kind::Count
                if q.qualifier == Qualifier::Exact
                    && q.stated.fract() == 0.0
                    && q.counts.as_deref().is_some_and(crate::wordnet::is_person) =>
            {
                Some(q.stated as usize)
            }
            _ => None,
        };
    }
    if !opens_person(t, a) {
        return None;
    }
    // The item names a person: a noun of one, or an age ("a 28-year-old").
    let person = (a..b).any(|k| t.is_word(k) && person_word(t, k))
        || figures
            .iter()
            .any(|q| q.kind == Kind::Age && q.span.start >= at && q.span.end <= t.toks[b - 1].end);
    person.then_some(1)
}

/// True when token `k` opens a phrase of a person: a determiner of one (`list-member-opener`)
/// or a noun of one.
fn opens_person(t: &Toks, k: usize) -> bool {
    t.is_word(k) && (WORDS.is("list-member-opener", t.lower(k)) || person_word(t, k))
}

/// True when token `k` is a singular noun of a person ("man", "grandson"), not a word of
/// the grammar ("one").
fn person_word(t: &Toks, k: usize) -> bool {
    let w = t.lower(k);
    !LEXICON.in_group(Group::Stop, w) && !w.ends_with('s') && crate::wordnet::is_person(w)
}
