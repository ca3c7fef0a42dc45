//! Tallies across a document: the headline and the body report one toll ("7 Kids Killed" …
//! "a fire killed seven children"), and a headline figure that no figure of the body gives,
//! alone or added up, is one of the two misreported.
//!
//! A tally is an event's count (`data/tallies.txt`: the dead, the injured, the arrested …);
//! figures of one tally agree when their readings overlap. The body may break the headline's
//! toll into parts ("38 Iraqis Killed": "34 people were killed" … "another four died"), so the
//! headline figure is compared with every sum of the body's figures of its tally; only when
//! none reads as it, and the body states the toll as a whole (not "six others", "two of
//! them"), is it reported. A warning: the page cannot say which of the two is wrong, and a
//! headline may count what the body does not.

use super::{MAX_SUMMANDS, same_things, some_sum_reads_as};
use crate::extract::structure::{Marks, Partitive, Structure};
use crate::extract::syntax;
use crate::extract::token::Toks;
use crate::extract::{Interval, Kind, Qualifier, Quantity};
use crate::lexicon::{Group, LEXICON, Tally};
use crate::rules::kinds::judged;
use crate::rules::operand::{Operand, Reading, Verdict};
use crate::rules::{Ctx, Finding, Related, Rule};
use crate::source::Document;

mod head_parts;
mod others;
mod story;
mod survivors;
mod whole_set;

use others::*;
use story::Story;

/// The most words a headline has.
const HEADLINE_WORDS: usize = 20;

/// How many paragraphs after the headline the lede may come (a standfirst and a scene-setting
/// paragraph may come first).
const LEDE_PARAGRAPHS: usize = 3;

/// How many sentences after the lede the rest of its toll may be told.
const PARTS_SENTENCES: usize = 2;

/// How many sentences of the body the lede may come after (a caption or a dateline first).
const LEDE_SENTENCES: usize = 3;

/// The document's headline: its first paragraph when that is one short line with no full stop.
fn headline(doc: &Document) -> Option<usize> {
    let p = *doc.paragraphs.first()?;
    let text = doc.text.get(p.start..p.end)?.trim();
    let words = text.split_whitespace().count();
    let stop = text
        .trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', ':', ';', ',']);
    (words > 0 && words <= HEADLINE_WORDS && !stop && !text.contains('\n')).then_some(0)
}

/// How many of the document's figures stand in its headline (they come first); 0 when it
/// has none or no headline. Counted once per document: several detectors ask.
pub(super) fn headline_figures(ctx: &Ctx) -> usize {
    *ctx.heads.get_or_init(|| {
        let (doc, qs) = (ctx.doc, ctx.qs);
        let Some(head) = headline(doc) else {
            return 0;
        };
        qs.iter()
            .take_while(|q| doc.sentence_paragraph.get(q.sentence) == Some(&head))
            .count()
    })
}

/// True when lower-case `text` names a killer among his victims ("Husband Kills 3, Then Self",
/// "before shooting himself"): the toll then counts him too.
fn reflexive(text: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| LEXICON.in_group(Group::Reflexive, w))
}

/// The tally a figure counts, when it is a plain count of an event's toll. Counts of the
/// charges someone faces ("charged with two counts of murder") count no one.
pub(super) fn tally(q: &Quantity) -> Option<Tally> {
    if q.kind != Kind::Count || q.direction.is_some() || q.stated < 1.0 {
        return None;
    }
    let t = LEXICON.tally(q.event?)?;
    // Asked last: most figures have no tally at all.
    let charges = q
        .counts
        .as_deref()
        .is_some_and(|n| LEXICON.in_group(Group::ChargeNoun, n));
    (!charges).then_some(t)
}

/// How many people a headline lists bare beside toll figure `k`: "4 Kids, Mom Stabbed" lists
/// one ([`syntax::listed_people`]); the toll counts them too.
fn listed_beside(ctx: &Ctx, st: &Structure, k: usize) -> usize {
    st.toks(ctx.doc, ctx.qs[k].sentence).map_or(0, |t| {
        syntax::listed_people(&t, st.phrases[k].head_end.saturating_sub(1)).0
    })
}

/// True when ordinal `q` adds to a set ("a sixth man was arrested", "A fourth later showed
/// up at the hospital"): the set counted so far. Not one member of a set counted in turn
/// ("the first boy … the second").
fn adds_to_set(doc: &Document, q: &Quantity) -> bool {
    // The kind first: this is asked of every figure after a lede.
    q.kind == Kind::Ordinal
        && doc
            .slice(q.span)
            .split_whitespace()
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("a") || w.eq_ignore_ascii_case("an"))
}

/// True when one tally holds the other: the shot are the shot dead and the shot wounded.
fn related(a: Tally, b: Tally) -> bool {
    LEXICON.tally_holds(a, b) || LEXICON.tally_holds(b, a)
}

/// True when a finite form of "be" or "have" follows a noun phrase at token `e`: the phrase
/// is the subject of a statement of its own ("four others were wounded"), not a caption
/// ("two men and three women hurt") or a coordinated part ("15 gunmen and 2 soldiers dead").
fn finite_after(t: &Toks, e: usize) -> bool {
    t.is_word(e) && syntax::is(t.lower(e), syntax::Class::Finite)
}

/// Whether two figures of one tally count the same things: "deaths", "arrests" and
/// "injuries" count the people they happen to, so they agree with any count of people
/// ("three shootings" count incidents).
fn same_toll(a: &Quantity, b: &Quantity) -> Option<bool> {
    let act = |q: &Quantity| {
        q.counts
            .as_deref()
            .is_some_and(|n| LEXICON.in_group(Group::TollNoun, n))
    };
    if act(a) || act(b) {
        return None;
    }
    same_things(a, b)
}

/// True when a count counts a thing that is no person and not the headline's thing ("eight
/// or nine times").
fn counts_else(h: &Quantity, b: &Quantity) -> bool {
    b.counts
        .as_deref()
        .is_some_and(|n| !crate::wordnet::is_person(n))
        && same_toll(h, b) == Some(false)
}

/// True when a sentence states one toll once, in prose: it ends with a full stop, names no
/// degree ("four were seriously injured" counts some of the injured), and has one verb of
/// the tally ("Two were shot Sunday, a day after a man was shot" tells two incidents).
/// A word of degree that grades a bare figure of the sentence ("six wounded — two mortally")
/// belongs to that part, not to the statement: `graded` says which tokens those are.
fn single_statement(t: &Toks, tally: Tally, graded: &dyn Fn(usize) -> bool) -> bool {
    let last = t.len().saturating_sub(1);
    let prose = matches!(t.exact(last), "." | "!" | "?" | "\"" | "”" | "'" | "’");
    let mut verbs = 0;
    // "A man was fatally shot and four others were injured": a lethal word before a verb
    // tells a killing, no grade of the toll.
    let mut killing = usize::MAX;
    for k in 0..t.len() {
        if !t.is_word(k) || graded(k) {
            continue;
        }
        // (A killing by shooting is a shooting too.)
        if k == killing {
            let own = syntax::verb_at(t, k).and_then(|v| LEXICON.tally(v));
            verbs += usize::from(LEXICON.tally("kill") == Some(tally) || own == Some(tally));
            continue;
        }
        if LEXICON.in_group(Group::Lethal, t.lower(k)) && syntax::verb_at(t, k + 1).is_some() {
            killing = k + 1;
            continue;
        }
        // Not the pronoun of "each other".
        if LEXICON.in_group(Group::TallyDegree, t.lower(k))
            && !(t.lower(k) == "each" && t.is_word(k + 1) && t.lower(k + 1) == "other")
        {
            return false;
        }
        if syntax::verb_at(t, k).and_then(|v| LEXICON.tally(v)) == Some(tally) {
            verbs += 1;
        }
    }
    prose && verbs <= 1
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    whole_set::run(rule, ctx, out);
    head_parts::run(rule, ctx, out);
    survivors::run(rule, ctx, out);
    let Some(story) = Story::new(ctx) else {
        return;
    };
    if story.check_split(rule, out) {
        return;
    }
    for &h in story.heads() {
        story.check(rule, h, out);
    }
}

#[cfg(test)]
mod tests;
