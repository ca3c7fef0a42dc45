//! A headline figure the body restates with another value: "$337M Powerball Jackpot" … "the
//! $373 million Powerball jackpot"; "Apple Profit Jumps 26%" … "its profit jumped 36%". Tolls
//! of an event are the tally detector's; this one reads what a figure is about from its words:
//! the noun phrase after an amount, restated with "the" ("a $15 million bonus" is another), or
//! the subject of a change ("Profit Jumps 26%"). The body may name the thing by its head
//! alone ("$15B Jobs Bill" … "the $15 billion bill") when none of its amounts reads as the
//! headline's.
//!
//! The body's figure must be its first of that kind about that thing, in the story's first
//! sentences, and no figure of the body may read as the headline's: a story may give other
//! values of the thing later (last year's profit). Plain counts are left alone: on the archive
//! a headline's count of a noun is most often another set than the body's first count of it
//! ("5 Women Say …" and "three of them"). A warning: which of the two is wrong the page cannot
//! say.

use super::change_subject;
use super::tally::{headline_figures, tally};
use crate::extract::structure::Structure;
use crate::extract::token::Toks;
use crate::extract::{Kind, Quantity, syntax};
use crate::lexicon::{Group, LEXICON};
use crate::rules::kinds::judged;
use crate::rules::operand::{Operand, Reading, Verdict};
use crate::rules::{Ctx, Finding, Related, Rule};
use crate::source::Document;

/// How many sentences of the body the restatement may come after.
const LEDE_SENTENCES: usize = 3;

/// The most words of a noun phrase after an amount.
const MAX_NOUN_WORDS: usize = 4;

/// What a figure is about, as a lower-case noun: the noun a count counts, the head of the noun
/// phrase after an amount, the subject of a change.
fn about(doc: &Document, st: &Structure, qs: &[Quantity], k: usize) -> Option<String> {
    let q = &qs[k];
    match q.kind {
        Kind::Money => {
            let t = st.toks(doc, q.sentence)?;
            amount_noun(&t, st.phrases[k].last)
        }
        Kind::Percent if q.direction.is_some() => {
            let t = st.toks(doc, q.sentence)?;
            change_subject(&t, st.phrases[k].first)
        }
        _ => None,
    }
}

/// The head of the noun phrase right after an amount: "$15B Jobs Bill Passes" → "bill", "the
/// $337 million Powerball jackpot was won" → "jackpot".
pub(super) fn amount_noun(t: &Toks, end: usize) -> Option<String> {
    let mut head: Option<usize> = None;
    let mut j = end;
    while j < t.len() && j < end + MAX_NOUN_WORDS && t.is_word(j) {
        let w = t.lower(j);
        if LEXICON.in_group(Group::Stop, w)
            || syntax::title_case_verb(w)
            || syntax::is_adverb(t, j)
            || (head.is_some() && syntax::verb_at(t, j).is_some_and(|v| v != w))
        {
            break;
        }
        head = Some(j);
        j += 1;
    }
    // The whole phrase: "$40B Homeowner Bailout" and "the $700 billion bailout" are two.
    let words: Vec<String> = (end..=head?)
        .map(|k| crate::extract::lemma(t.lower(k)))
        .collect();
    Some(words.join(" "))
}

/// True when two figures measure alike: the same kind, currency and unit.
fn alike(a: &Quantity, b: &Quantity) -> bool {
    a.kind == b.kind && a.currency == b.currency && a.unit == b.unit && a.event == b.event
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    let heads = headline_figures(ctx);
    if heads == 0 {
        return;
    }
    let st = ctx.structure();
    let Some(body_start) = qs.get(heads).map(|q| q.sentence) else {
        return;
    };
    reprinted(rule, ctx, heads, out);
    for h in 0..heads {
        let q = &qs[h];
        // Tolls are the tally detector's; a figure of one is no figure of the thing.
        if tally(q).is_some() || q.stated < 1.0 || q.value.hi.is_none() {
            continue;
        }
        let Some(noun) = about(doc, st, qs, h) else {
            continue;
        };
        // Two headline figures about one thing are parts or a change, not one figure.
        if (0..heads)
            .any(|k| k != h && alike(&qs[k], q) && about(doc, st, qs, k).as_ref() == Some(&noun))
        {
            continue;
        }
        let mut mates: Vec<usize> = (heads..qs.len())
            .filter(|&b| alike(&qs[b], q) && about(doc, st, qs, b).as_ref() == Some(&noun))
            .collect();
        // "$15B Jobs Bill" … "the $15 billion bill": the body names the thing by its head
        // alone, once the story has named it. Only when no figure of the body of that kind
        // reads as the headline's ("$40B Homeowner Bailout" … "the $700 billion bailout" of
        // the banks is another, and the body gives the $40 billion too).
        let short = noun.rsplit_once(' ').map(|(_, head)| head);
        if let (true, Some(head)) = (mates.is_empty(), short) {
            let a = ctx.operand(h).reading(Reading::Loose);
            let body = heads..qs.len();
            // Of any event: "$15B Jobs Bill Advance" … "even though the $15 billion bill is".
            let like = |b: usize| {
                let p = &qs[b];
                p.kind == q.kind && p.currency == q.currency && p.unit == q.unit
            };
            if !body
                .clone()
                .any(|b| like(b) && ctx.operand(b).reading(Reading::Loose).overlaps(&a))
            {
                mates = body
                    .filter(|&b| like(b) && about(doc, st, qs, b).as_deref() == Some(head))
                    .collect();
            }
        }
        // An amount restated names its thing as one known: "the $373 million jackpot".
        let restated = |b: usize| q.kind != Kind::Money || st.phrases[b].definite;
        let Some(&first) = mates.first() else {
            continue;
        };
        if qs[first].sentence > body_start + LEDE_SENTENCES || !restated(first) {
            continue;
        }
        let a = ctx.operand(h);
        let agrees = |b: usize| {
            ctx.operand(b)
                .reading(Reading::Loose)
                .overlaps(&a.reading(Reading::Loose))
        };
        if mates.iter().any(|&b| agrees(b)) {
            continue;
        }
        let b = ctx.operand(first);
        let message = format!(
            "the headline gives {} for the {noun}, but the body gives {} (at {})",
            doc.slice(a.span),
            doc.slice(b.span),
            ctx.place(b.span),
        );
        report(rule, ctx, (&a, &b, "body"), message, out);
    }
}

/// Reports headline figure `a` against body figure `b` (labelled `label`).
fn report(
    rule: &Rule,
    ctx: &Ctx,
    (a, b, label): (&Operand, &Operand, &str),
    message: String,
    out: &mut Vec<Finding>,
) {
    let describe = |o: &Operand| o.describe(&o.reading(Reading::Strict));
    out.extend(judged(
        rule,
        ctx,
        Verdict::Hard,
        message,
        (a.span, "headline"),
        vec![Related {
            span: b.span,
            label: label.into(),
        }],
        || format!("{} vs {}", describe(a), describe(b)),
    ));
}

/// The fewest bytes of a headline for its reprint to be known as one.
const MIN_REPRINT_BYTES: usize = 24;

/// How many paragraphs after the headline a reprint may stand.
const REPRINT_PARAGRAPHS: usize = 3;

/// "4 people shot outside bar in East Mt. Airy" printed again in the body (a page title, a
/// caption) as "5 people shot outside bar in East Mt. Airy": the same words around another
/// figure. One of the two was changed and not the other.
fn reprinted(rule: &Rule, ctx: &Ctx, heads: usize, out: &mut Vec<Finding>) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    let Some(p) = doc.paragraphs.get(doc.sentence_paragraph[qs[0].sentence]) else {
        return;
    };
    let raw = &doc.text[p.start..p.end];
    let line = raw.trim();
    let from = p.start + (raw.len() - raw.trim_start().len());
    let to = from + line.len();
    if line.len() < MIN_REPRINT_BYTES {
        return;
    }
    let bytes = doc.text.as_bytes();
    for h in 0..heads {
        let hq = &qs[h];
        let (before, after) = (&bytes[from..hq.span.start], &bytes[hq.span.end..to]);
        // A page title or caption stands near the top; further down the same words may be
        // another story's title ("1 Killed, 4 Wounded In Uptown Shooting" under an audio clip
        // of the first report).
        let near = |b: usize| {
            ctx.paragraph(qs[b].sentence) <= ctx.paragraph(qs[0].sentence) + REPRINT_PARAGRAPHS
        };
        let Some(b) = (heads..qs.len()).take_while(|&b| near(b)).find(|&b| {
            let q = &qs[b];
            q.kind == hq.kind
                && q.kind.is_quantity()
                && doc.slice(q.span) != doc.slice(hq.span)
                && q.span.start >= before.len()
                && bytes.get(q.span.start - before.len()..q.span.start) == Some(before)
                && bytes.get(q.span.end..q.span.end + after.len()) == Some(after)
        }) else {
            continue;
        };
        let (a, o) = (ctx.operand(h), ctx.operand(b));
        if a.reading(Reading::Loose)
            .overlaps(&o.reading(Reading::Loose))
        {
            continue;
        }
        let message = format!(
            "the headline gives {}, but the headline printed again in the body gives {} (at {})",
            doc.slice(a.span),
            doc.slice(o.span),
            ctx.place(o.span),
        );
        report(rule, ctx, (&a, &o, "reprint"), message, out);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn a_headline_figure_the_body_restates_otherwise() {
        let got = run(
            "$337M Lottery Jackpot Won in Texas\n\nThe $373 million lottery jackpot was won by a ticket sold in Austin.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning headline-figure the headline gives $337M for the lottery jackpot, but the body gives $373 million"
            ),
            "{got:?}"
        );
        assert_eq!(
            run("Apple Profit Jumps 26%\n\nApple said its profit jumped 36% in the quarter.").len(),
            1
        );
        // The body names the thing by its head alone.
        let got = run(
            "$15B Jobs Bill Passes Senate\n\nA jobs bill cleared the Senate today, though the $51 billion bill will do little for hiring.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("gives $15B for the job bill, but the body gives $51 billion"),
            "{got:?}"
        );
        // The headline printed again near the top with another figure.
        let got = run(
            "4 people shot outside bar in East Mt. Airy\n\n5 people shot outside bar in East Mt. Airy Posted: Monday, March 2\n\nFour people were shot outside a bar after an argument turned physical.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning headline-figure the headline gives 4, but the headline printed again in the body gives 5"
            ),
            "{got:?}"
        );
        // Another amount of the kind, and a plain count, are no restatement.
        assert!(run("Trader Gets $9M Bonus\n\nHe had asked for a $17 million bonus.").is_empty());
        assert!(run("5 Women Say He Harassed Them\n\nThree women spoke on the record.").is_empty());
    }

    #[test]
    fn agreeing_or_other_figures_stay_quiet() {
        // The same figure, rounded in the headline.
        assert!(
            run("Romneys Paid $1.9M in Taxes\n\nThey paid $1.94 million in taxes last year.")
                .is_empty()
        );
        assert!(
            run("$15B Jobs Bill Passes\n\nThe Senate passed the $15 billion bill on Monday.")
                .is_empty()
        );
        // Another value of the thing later in the story, besides the one that agrees.
        assert!(
            run("Apple Profit Jumps 26%\n\nApple said its profit jumped 26%. A year ago its profit jumped 12%.")
                .is_empty()
        );
        // Another thing of the head's name, beside the headline's amount given otherwise.
        assert!(
            run("Feds Back $40B Homeowner Bailout\n\nHomeowners would get help under a $40 billion plan. The Treasury may also use part of the $700 billion bailout.")
                .is_empty()
        );
        // Another story's title far down the page, another year's event.
        let far = "5 Wounded In Uptown Shooting\n\nFive people were wounded on Monday.\n\nPolice came.\n\nThey found casings.\n\nThey spoke to witnesses.\n\nListen: 1 Killed, 4 Wounded In Uptown Shooting";
        let year = "2014 Isla Vista killings spree\n\nFor another event, see 2001 Isla Vista killings spree.";
        for text in [far, year] {
            let got = run(text);
            assert!(
                !got.iter().any(|f| f.contains("printed again")),
                "{text}: {got:?}"
            );
        }
        // Another thing.
        assert!(
            run("Apple Profit Jumps 26%\n\nApple said its sales jumped 12% in the quarter.")
                .is_empty()
        );
    }
}
