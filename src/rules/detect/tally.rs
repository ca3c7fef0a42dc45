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

use super::{same_things, some_sum_reads_as};
use crate::extract::structure::{Marks, Partitive};
use crate::extract::syntax;
use crate::extract::token::Toks;
use crate::extract::{Interval, Kind, Qualifier, Quantity};
use crate::lexicon::{Group, LEXICON, Tally};
use crate::rules::kinds::judged;
use crate::rules::operand::{Operand, Reading, Verdict};
use crate::rules::{Ctx, Finding, Related, Rule};
use crate::source::Document;

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
/// has none or no headline.
pub(super) fn headline_figures(doc: &Document, qs: &[Quantity]) -> usize {
    let Some(head) = headline(doc) else {
        return 0;
    };
    qs.iter()
        .take_while(|q| doc.sentence_paragraph.get(q.sentence) == Some(&head))
        .count()
}

/// The tally a figure counts, when it is a plain count of an event's toll.
pub(super) fn tally(q: &Quantity) -> Option<Tally> {
    if q.kind != Kind::Count || q.direction.is_some() || q.stated < 1.0 {
        return None;
    }
    LEXICON.tally(q.event?)
}

/// True when one tally holds the other: the shot are the shot dead and the shot wounded.
fn related(a: Tally, b: Tally) -> bool {
    LEXICON.tally_holds(a, b) || LEXICON.tally_holds(b, a)
}

/// True when a finite form of "be" or "have" follows a noun phrase at token `e`: the phrase
/// is the subject of a statement of its own ("four others were wounded"), not a caption
/// ("two men and three women hurt") or a coordinated part ("15 gunmen and 2 soldiers dead").
fn finite_after(t: &Toks, e: usize) -> bool {
    t.is_word(e)
        && matches!(
            t.lower(e),
            "were" | "are" | "was" | "is" | "have" | "has" | "had"
        )
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
    for k in 0..t.len() {
        if !t.is_word(k) || graded(k) {
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
    let (doc, qs) = (ctx.doc, ctx.qs);
    let heads: Vec<usize> = (0..headline_figures(doc, qs)).collect();
    if heads.is_empty() {
        return;
    }
    let head = doc.sentence_paragraph[qs[0].sentence];
    // "Husband Kills 3, Then Self": the body's toll counts the killer too.
    let reflexive = doc.paragraphs.get(head).is_some_and(|p| {
        doc.text[p.start..p.end]
            .split(|c: char| !c.is_alphabetic())
            .any(|w| LEXICON.in_group(Group::Reflexive, &w.to_ascii_lowercase()))
    });
    if reflexive {
        return;
    }
    let paragraph = |q: &Quantity| doc.sentence_paragraph.get(q.sentence).copied();
    let st = ctx.structure();
    // "Two men were reported dead, while seven others were shot": others of a tally beside a
    // toll of one of its parts are the rest of it (the shot other than the dead are the
    // injured), a whole toll of that rest.
    let rest: Vec<Option<Tally>> = (0..qs.len())
        .map(|b| {
            let t = tally(&qs[b])?;
            if !st.phrases[b].other {
                return None;
            }
            let s = qs[b].sentence;
            let part = (0..b)
                .rev()
                .take_while(|&k| qs[k].sentence == s)
                .find_map(|k| tally(&qs[k]))?;
            (part != t && LEXICON.tally_holds(t, part))
                .then(|| LEXICON.tally_rest(t, part))
                .flatten()
        })
        .collect();
    let toll = |b: usize| rest[b].or_else(|| tally(&qs[b]));
    for &h in &heads {
        let Some(t) = tally(&qs[h]) else {
            continue;
        };
        // "left a man dead and six others with gunshot wounds": others than someone named
        // without a figure, whose act is of an unrelated toll, are the whole of their own too
        // (and "and" joins the two tolls, not parts of one).
        let besides_named = |b: usize| {
            let p = &st.phrases[b];
            p.other
                && !(heads.len()..b)
                    .any(|k| qs[k].sentence == qs[b].sentence && tally(&qs[k]).is_some())
                // The nearest act of a toll before them ("a suspect who shot a man, and three
                // others were wounded" are others of the shot).
                && st.toks(doc, qs[b].sentence).is_some_and(|tk| {
                    (0..p.first)
                        .rev()
                        .filter(|&i| tk.is_word(i))
                        .find_map(|i| LEXICON.event(tk.lower(i)).and_then(|e| LEXICON.tally(e.lemma)))
                        .is_some_and(|u| !related(t, u))
                })
        };
        // A toll of one is often told without a figure ("a man was shot"); a headline part
        // ("2 critically wounded", "3 Men, 1 Woman Injured") is no toll, but others beside
        // someone of another toll are ("Girl dead, 5 others injured").
        let p = &st.phrases[h];
        if qs[h].stated < 2.0
            || p.adverb
            || (p.other && !besides_named(h))
            || p.more
            || p.partitive != Partitive::None
            // Another toll of the tally beside it makes both parts; a part in degree ("10
            // shot, 1 fatally") leaves it whole.
            || heads
                .iter()
                .any(|&k| k != h && tally(&qs[k]) == Some(t) && !st.phrases[k].adverb)
        {
            continue;
        }
        if caption_toll(rule, ctx, heads.len(), h, t, out)
            || parts_exceed(rule, ctx, heads.len(), h, t, out)
        {
            continue;
        }
        let body: Vec<usize> = (heads.len()..qs.len())
            .filter(|&b| toll(b) == Some(t) && same_toll(&qs[h], &qs[b]) != Some(false))
            .collect();
        // The body's statements of the toll as a whole: not "six others", "another four",
        // "two of them", "two of the four".
        let whole = |b: usize| {
            // "34 of 42 passengers were injured" tells the toll whole, of a set it names.
            let p = &st.phrases[b];
            // "Two were killed and four others were wounded": others than the victims of
            // an unrelated toll are the whole of their own (not others than the hospitalized
            // among the injured).
            let besides_another = p.other
                && (heads.len()..b)
                    .rev()
                    .find_map(|k| tally(&qs[k]).map(|u| (k, u)))
                    .is_some_and(|(k, u)| qs[b].sentence - qs[k].sentence <= 1 && !related(t, u));
            (!p.other || besides_another || besides_named(b) || rest[b].is_some())
                && !p.more
                && matches!(p.partitive, Partitive::None | Partitive::Whole(_))
        };
        // The figures of a sentence graded by an adverb ("two mortally").
        let n_heads = heads.len();
        let graded = |s: usize| {
            let from = qs.partition_point(|q| q.sentence < s);
            (from..qs.len())
                .take_while(move |&k| qs[k].sentence == s)
                .filter(move |&k| k >= n_heads && st.phrases[k].adverb)
        };
        // The lede: the body's first statement of the toll as a whole, in its first paragraphs,
        // with no other figure of the toll in its sentence ("One adult and two children are
        // dead" is parts; "shot four people, killing one" is a whole and another toll).
        let body_start = qs[h].sentence + 1;
        let is_lede = |b: usize| {
            let near = paragraph(&qs[b]).is_some_and(|p| p <= head + LEDE_PARAGRAPHS)
                && qs[b].sentence <= body_start + LEDE_SENTENCES;
            // Nor a figure that adds to it ("1,000 were killed in the city, and another 200 in
            // the province"; "seven others were shot" adds to another toll).
            // A subset of it is no part ("Four men, including three bystanders, were hurt").
            // Nor is a part in degree ("six people wounded -- two mortally").
            let subset = |k: usize| {
                k > b
                    && (st.phrases[k].lead.any(Marks::INCLUDING | Marks::AMONG)
                        || st.phrases[k].adverb)
            };
            let alone = body
                .iter()
                .all(|&k| k == b || qs[k].sentence != qs[b].sentence || subset(k))
                && (0..qs.len()).all(|k| {
                    k == b
                        || qs[k].sentence != qs[b].sentence
                        || qs[k].kind != Kind::Count
                        || !(st.phrases[k].more || st.phrases[k].other)
                        || qs[k].event.is_some_and(|_| tally(&qs[k]) != Some(t))
                });
            // Nor one told after the toll in other terms ("Two men were killed and four were
            // wounded" before "they found two men who had been shot").
            // A statement with its auxiliary, not a caption ("two men and three women hurt").
            let told_before = (heads.len()..b).any(|k| {
                tally(&qs[k]).is_some_and(|u| u != t && related(t, u))
                    && st
                        .toks(doc, qs[k].sentence)
                        .is_some_and(|tk| finite_after(&tk, st.phrases[k].head_end))
            });
            let Some(toks) = st.toks(doc, qs[b].sentence) else {
                return false;
            };
            let first = st.phrases[b].first;
            // "an attack that killed dozens": a vague figure states no toll to hold against.
            near && alone
                && !told_before
                && qs[b].qualifier != Qualifier::Vague
                && whole(b)
                // "two men and a teenager" are parts; "killing 18 people and wounding 40"
                // joins two clauses.
                && !(matches!(toks.lower(st.phrases[b].head_end), "and" | "or" | "plus")
                    && syntax::verb_at(&toks, st.phrases[b].head_end + 1).is_none())
                // Unless the figure is the subject of a clause of its own ("…, and four
                // others were wounded").
                && (!(first > 0
                    && matches!(toks.lower(first - 1), "and" | "or" | "plus")
                    && !finite_after(&toks, st.phrases[b].head_end))
                    || besides_named(b))
                && {
                    let ends: Vec<usize> = graded(qs[b].sentence)
                        .map(|g| st.phrases[g].head_end)
                        .collect();
                    single_statement(&toks, t, &|k| ends.contains(&(k + 1)))
                }
                && !st.phrases[b].adverb
        };
        // Or, with no single lede, figures joined by "and" as objects of one verb of the
        // tally state the toll together: "a firefight that killed one marine and a dozen
        // gunmen".
        let joined = || -> Option<Vec<usize>> {
            let b = *body.first()?;
            let s = qs[b].sentence;
            // Coordinated objects of one verb are one toll whatever they count (a gang's
            // name may read as a thing).
            let members: Vec<usize> = (heads.len()..qs.len())
                .filter(|&k| qs[k].sentence == s && tally(&qs[k]) == Some(t))
                .collect();
            let toks = st.toks(doc, s)?;
            let near = paragraph(&qs[b]).is_some_and(|p| p <= head + LEDE_PARAGRAPHS)
                && s <= body_start + LEDE_SENTENCES;
            let plain = |k: usize| {
                qs[k].qualifier == Qualifier::Exact
                    && whole(k)
                    && !st.phrases[k].adverb
                    && !st.phrases[k].more
                    && !st.phrases[k].other
            };
            // Each after the first joined to the one before by "and" alone, or a comma.
            let chained = members.windows(2).all(|w| {
                let lead = st.phrases[w[1]].lead;
                lead.any(Marks::AND | Marks::COMMA)
                    && lead.only(Marks::AND | Marks::COMMA | Marks::WORD)
                    && st.phrases[w[1]].lead_words <= 2
            });
            // No other count of the sentence beside them, and one verb of the tally.
            let others = (0..qs.len())
                .any(|k| qs[k].sentence == s && qs[k].kind == Kind::Count && !members.contains(&k));
            (near
                && members.len() >= 2
                && members.iter().all(|&k| plain(k))
                && chained
                && !others
                && single_statement(&toks, t, &|_| false))
            .then_some(members)
        };
        let (lede, lede_parts) = match body.iter().copied().find(|&b| is_lede(b)) {
            Some(l) => (l, vec![l]),
            None => match joined() {
                Some(parts) => (parts[0], parts),
                None => continue,
            },
        };
        let lede_value = lede_parts
            .iter()
            .skip(1)
            .fold(qs[lede].value, |sum, &k| sum.add(&qs[k].value));
        // The headline's figure anywhere in the body as a count of the same things, whatever
        // event the reader bound it to: the body likely gives it ("Four others, including two women, were
        // wounded").
        // An ordinal that reaches it tells it too: "five were arrested … a sixth person was
        // arrested later".
        let given = qs[heads.len()..].iter().any(|b| {
            (b.kind == Kind::Count
                && !counts_else(&qs[h], b)
                // A toll of an unrelated tally gives it only near the lede ("Execute 152" …
                // "152 guards have been sentenced"), not far down ("Seven people were
                // wounded" in a story of eight dead).
                && (b.sentence <= body_start + LEDE_SENTENCES + PARTS_SENTENCES
                    || tally(b).is_none_or(|u| related(t, u)))
                && b.qualifier != Qualifier::Vague
                // An open bound gives no figure: "at least 11 others" does not tell "12".
                && (b.stated == qs[h].stated
                    || !matches!(b.qualifier, Qualifier::AtLeast | Qualifier::MoreThan))
                && b.value.contains(qs[h].stated))
                || (b.kind == Kind::Ordinal && b.stated == qs[h].stated)
        });
        if given {
            set_counted_again(rule, ctx, (h, lede, &lede_parts), t, out);
            continue;
        }
        // A headline rounds a hedged toll to its figure: "50 Die" for "more than 50".
        let anchored = body.iter().any(|&b| qs[b].stated == qs[h].stated);
        if anchored {
            continue;
        }
        // The body's parts of the toll: figures told together in one sentence ("Four boys …
        // were killed, along with three girls"), figures added to another ("34 were killed in
        // Baghdad. Another four died in Diyala."), and the lede with the figures of the next
        // sentences ("a bomber killed 18 … An earlier attack killed six"). Parts that add up
        // to the headline without the lede leave the lede contradicting them; sums of figures
        // from far apart would read almost any headline into a long story.
        // Others of a tally the headline's holds add to it too: "shot six people" … "Eight
        // other people were wounded" make "14 shot".
        let held: Vec<usize> = (heads.len()..qs.len())
            .filter(|&b| {
                body.binary_search(&b).is_ok()
                    || tally(&qs[b]).is_some_and(|u| {
                        u != t
                            && LEXICON.tally_holds(t, u)
                            && (st.phrases[b].more || st.phrases[b].other)
                            && same_toll(&qs[h], &qs[b]) != Some(false)
                    })
            })
            .collect();
        let added: Vec<usize> = held
            .iter()
            .copied()
            .filter(|&b| st.phrases[b].more || st.phrases[b].other)
            .collect();
        let values = |keep: &dyn Fn(usize) -> bool| -> Vec<Interval> {
            held.iter()
                .copied()
                .filter(|&k| keep(k))
                .map(|k| qs[k].value)
                .collect()
        };
        // A reading takes a figure of the sentence: "at least 11 others" told later does not
        // alone make "Fifteen people were shot" read as "12 Shot".
        let reading: Vec<usize> = body
            .iter()
            .filter(|&&b| {
                let own = values(&|k| qs[k].sentence == qs[b].sentence);
                let more = values(&|k| qs[k].sentence != qs[b].sentence && added.contains(&k));
                own.iter().enumerate().any(|(i, first)| {
                    let rest: Vec<Interval> = own[i + 1..].iter().chain(&more).copied().collect();
                    first.overlaps(&qs[h].value)
                        || some_sum_reads_as(&qs[h].value.sub(first), &rest)
                })
            })
            .map(|&b| qs[b].sentence)
            .collect();
        let in_sentence = !reading.is_empty();
        let with_lede = {
            let s = qs[lede].sentence;
            let parts = values(&|k| {
                !lede_parts.contains(&k)
                    && ((s..=s + PARTS_SENTENCES).contains(&qs[k].sentence) || added.contains(&k))
            });
            let n = parts.len().min(12);
            (1u32..1 << n).any(|mask| {
                let mut sum = lede_value;
                for (k, p) in parts[..n].iter().enumerate() {
                    if mask & (1 << k) != 0 {
                        sum = sum.add(p);
                    }
                }
                sum.overlaps(&qs[h].value)
            })
        };
        // Parts that add up to the headline do not save a lede that states the whole toll
        // otherwise ("At least 25 people died" … "eight … and another seven"): the lede
        // contradicts them, when they follow it closely and the headline is exact.
        let s = qs[lede].sentence;
        let contradicted = matches!(
            qs[lede].qualifier,
            Qualifier::Exact | Qualifier::AtLeast | Qualifier::MoreThan
        ) && qs[h].qualifier == Qualifier::Exact
            && !lede_value.overlaps(&qs[h].value)
            && reading.iter().all(|&r| r > s && r <= s + PARTS_SENTENCES);
        // "2 dead, 4 wounded" for "six people wounded -- two mortally": the headline may
        // count the lede less its part in degree.
        let less_graded = graded(qs[lede].sentence)
            .any(|g| g > lede && lede_value.sub(&qs[g].value).overlaps(&qs[h].value));
        let adds_up = lede_value.overlaps(&qs[h].value)
            || with_lede
            || less_graded
            || (in_sentence && !contradicted);
        if adds_up {
            continue;
        }
        let (a, b) = (ctx.operand(h), ctx.operand(lede));
        let rest = if in_sentence {
            format!("though the figures after it add up to {}", describe(&a))
        } else {
            format!("and no figures of the body add up to {}", describe(&a))
        };
        let told = if lede_parts.len() > 1 {
            let terms: Vec<String> = lede_parts
                .iter()
                .map(|&k| describe(&ctx.operand(k)))
                .collect();
            format!("{} ({})", b.describe(&lede_value), terms.join(" + "))
        } else {
            describe(&b)
        };
        let message = format!(
            "the headline reports {} {}, but the body reports {told} (at {}), {rest}",
            describe(&a),
            LEXICON.tally_name(t),
            ctx.place(b.span),
        );
        // The body's figures of the toll, and the parts the lede was read from ("one marine
        // and two dozen Zetas" count what the headline's toll counts only together).
        let mut shown: Vec<usize> = body.iter().chain(&lede_parts).copied().collect();
        shown.sort_unstable();
        shown.dedup();
        let related: Vec<(usize, &str)> = shown.iter().map(|&k| (k, "body")).collect();
        report(rule, ctx, (&a, "headline"), &b, &related, message, out);
    }
}

/// "38 Iraqis Killed" over "A total of 34 people were killed in Baghdad and another six died
/// in Diyala": figures of the toll told together in one sentence of the lede, one of them
/// marked as added to the others ("another", "others"), are at least their sum; a headline
/// that reports fewer contradicts them, whatever else the body says. Parts of a part
/// ("including two women", "two critically") and partitives are left out. Returns true when
/// it reports one.
fn parts_exceed(
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
            .collect();
        k = end;
        // The first states a toll; a later one is added to it.
        let added = members.iter().skip(1).any(|&b| st.phrases[b].more);
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
            (Some(a), b) => {
                LEXICON.in_group(Group::TollNoun, a)
                    || crate::wordnet::kind_of(a, "inhabitant")
                    || b.is_some_and(|b| a == b || crate::wordnet::kind_of(b, a))
            }
        };
        if level || !fits {
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
fn describe(o: &Operand) -> String {
    o.describe(&o.reading(Reading::Strict))
}

/// Reports `primary` against `other` (whose figures the arithmetic names), with the figures
/// of `related` marked by their labels; returns true when a finding was made.
fn report(
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
fn set_counted_again(
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
    let mut v = p.head_end + 1;
    if tk.is_word(v) && tk.lower(v) == "been" {
        v += 1;
    }
    let stated = finite_after(&tk, p.head_end)
        && crate::extract::syntax::verb_at(&tk, v).and_then(|e| LEXICON.tally(e)) == Some(t);
    if p.partitive != Partitive::None || coordinated || !stated {
        return;
    }
    let whole_of_part = |b: usize| {
        st.phrases
            .iter()
            .any(|p| p.partitive == Partitive::Whole(b))
    };
    let Some(b) = (lede + 1..qs.len()).find(|&b| {
        qs[b].kind == Kind::Count
            && qs[b].qualifier == Qualifier::Exact
            && qs[b].stated == qs[h].stated
            && !counts_else(&qs[h], &qs[b])
            && (st.phrases[b].all || whole_of_part(b))
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

/// How many paragraphs after the headline a photo caption is looked for.
const CAPTION_PARAGRAPHS: usize = 8;

/// The longest photo credit, in bytes.
const MAX_CREDIT: usize = 100;

/// True when paragraph `p` is a photo caption: it ends with a credit in parentheses, "(Photo:
/// WFAA)", "(Tiffany Walden, Orlando Sentinel / )".
fn caption(doc: &Document, p: usize) -> bool {
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
fn caption_toll(
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
            p > head && p <= head + CAPTION_PARAGRAPHS && tally(&qs[c]) == Some(t)
        })
        .collect();
    for &c in &found {
        let (q, ph) = (&qs[c], &st.phrases[c]);
        let alone = found
            .iter()
            .filter(|&&k| paragraph(k) == paragraph(c))
            .count()
            == 1;
        let whole = q.kind == Kind::Count
            && q.qualifier == Qualifier::Exact
            && !(ph.other || ph.more || ph.adverb)
            && ph.partitive == Partitive::None;
        if !alone
            || !whole
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
    fn figures_joined_under_one_verb_state_the_toll_together() {
        let sound = "13 Killed in Lake Battle\n\nMarines stumbled on a camp, triggering a firefight that killed one marine and a dozen Zetas gunmen.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        let got = run(&sound.replace("a dozen", "two dozen"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("the headline reports 13 dead, but the body reports 25 (1 + 24)"),
            "{got:?}"
        );
        // The finding points at both parts the body's toll was read from.
        assert!(got[0].ends_with("[13, one, two dozen]"), "{got:?}");
        // Another count in the sentence leaves the set open.
        let open = "13 Killed in Lake Battle\n\nA firefight with 40 gunmen killed one marine and two dozen Zetas.";
        assert!(run(open).is_empty(), "{:?}", run(open));
    }

    #[test]
    fn a_lede_against_the_set_counted_again() {
        let text = |lede: &str| {
            format!(
                "4 shot at busy bowling alley\n\n{lede} around 11:30 p.m. at the lanes.\n\nCook was one of four people to be shot inside the alley.\n\nAll four of the shooting victims were treated and released."
            )
        };
        let sound = text("Four people were shot");
        assert!(run(&sound).is_empty(), "{:?}", run(&sound));
        let got = run(&text("Three people were shot"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains(
                "the lede reports 3 shot, but the headline reports 4 and the body counts the whole set as 4"
            ),
            "{got:?}"
        );
        for quiet in [
            // A part of the set, not the toll: coordinated, or a subset named as identified.
            text("A man and 3 women were shot"),
            text("Three victims shot in the lanes have been identified; they were shot"),
        ] {
            assert!(run(&quiet).is_empty(), "{quiet}: {:?}", run(&quiet));
        }
    }

    #[test]
    fn a_photo_caption_restates_the_toll() {
        let text = |caption: &str| {
            format!(
                "Deputies: 4 wounded in gas station shooting\n\n{caption}\n\nA drive-by shooting at a gas station sent four people to the hospital, officials said."
            )
        };
        let sound = text(
            "Four people were wounded early Saturday at the station. (Jane Roe, Daily Star / )",
        );
        assert!(run(&sound).is_empty(), "{:?}", run(&sound));
        let wrong = text(
            "Five people were wounded early Saturday at the station. (Jane Roe, Daily Star / )",
        );
        let got = run(&wrong);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("the headline reports 4 injured, but the photo caption reports 5"),
            "{got:?}"
        );
        for quiet in [
            // A file photo shows an earlier story.
            text("Five people were wounded at the station last year. (Photo: Daily Star file)"),
            // Coordinated parts are no toll.
            text("Three women and a man were wounded at the station. (Photo: WXYZ)"),
            // A paragraph without a credit is no caption (the body's four give the headline's).
            text("Five people were wounded early Saturday at the station."),
        ] {
            assert!(run(&quiet).is_empty(), "{quiet}: {:?}", run(&quiet));
        }
    }

    #[test]
    fn others_shot_beside_the_dead_are_the_injured() {
        let sound = "Two dead, six injured in harbour shooting\n\nOfficials confirmed two men have been reported dead, while six others were shot in the legs.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        let got = run(&sound.replace("six others", "seven others"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("the headline reports 6 injured, but the body reports 7"),
            "{got:?}"
        );
        // Others shot beside no toll of a part are more of the shot, not the injured.
        let quiet = "Six injured in harbour shooting\n\nOfficials said a man was arrested, while seven others were shot.";
        assert!(run(quiet).is_empty(), "{:?}", run(quiet));
    }

    #[test]
    fn others_beside_someone_named_of_another_toll_are_a_whole_toll() {
        let text = |headline: &str| {
            format!(
                "One dead, {headline} hurt in market shooting\n\nThe shooting left a 25-year-old man dead and six others with gunshot wounds."
            )
        };
        let sound = text("six");
        assert!(run(&sound).is_empty(), "{:?}", run(&sound));
        let got = run(&text("five"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("the headline reports 5 injured, but the body reports 6"),
            "{got:?}"
        );
        // The headline may tell it so too: "Girl dead, 5 others injured".
        let headline = |n: &str| {
            format!(
                "Girl, 16, dead, 5 others injured in park shooting\n\nPolice said a 16-year-old girl is dead and {n} others are injured after a shooting in the park."
            )
        };
        assert!(
            run(&headline("five")).is_empty(),
            "{:?}",
            run(&headline("five"))
        );
        let got = run(&headline("four"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("the headline reports 5 injured, but the body reports 4"),
            "{got:?}"
        );
        // Others beside someone hurt as they were are some of the hurt: "a man was wounded
        // and six others" may leave a seventh; the act nearest before them says whom they
        // are others than.
        let nearest = "Seven hurt in market shooting\n\nPolice arrested a man who shot a boy, and six others were wounded.";
        assert!(run(nearest).is_empty(), "{:?}", run(nearest));
        let part = "Seven hurt in market shooting\n\nThe shooting left a 25-year-old man wounded and six others with gunshot wounds.";
        assert!(run(part).is_empty(), "{:?}", run(part));
    }

    #[test]
    fn a_toll_in_the_headline_is_the_body_toll_of_the_dead() {
        let sound = "Toll at 21 in Harbour Blast\n\nThe death toll from the harbour blast now stands at 21, including both crew members. The 19 dock workers killed include two foremen; 30 others were hurt.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        let got = run(&sound.replace("stands at 21", "stands at 23"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("the headline reports 21 dead, but the body reports 23"),
            "{got:?}"
        );
    }

    #[test]
    fn a_part_in_degree_beside_the_headline_toll_leaves_it_whole() {
        let got = run(
            "5 Shot, 1 Fatally, at Party\n\nPolice are investigating the shootings of four people at a party.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("the headline reports 5 shot, but the body reports 4"),
            "{got:?}"
        );
        let sound = "5 Shot, 1 Fatally, at Party\n\nPolice are investigating the shootings of five people at a party.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
    }

    #[test]
    fn others_told_later_do_not_make_the_lede_read_as_the_headline() {
        let sound = "12 Shot at Street Fair\n\nGunfire at a street fair killed one man and injured at least 11 others on Saturday. Police said 12 people were shot.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        // "at least 11 others" alone does not tell 12; the lede says 15.
        let got = run(&sound.replace("said 12 people", "said 15 people"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("the headline reports 12 shot, but the body reports 15"),
            "{got:?}"
        );
    }

    #[test]
    fn a_headline_toll_the_body_does_not_give() {
        let got = run("8 Kids Killed in House Fire\n\nA house fire killed seven children.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning event-tally the headline reports 8 dead, but the body reports 7"
            ),
            "{got:?}"
        );
        // The body gives it in words, or as a bound.
        assert!(
            run("7 Kids Killed in House Fire\n\nA house fire killed seven children.").is_empty()
        );
        assert!(run("29 Die in Prison Riot\n\nAt least 29 inmates were killed.").is_empty());
        assert_eq!(
            run("35 Die in Prison Riot\n\nAt least 36 inmates were killed.").len(),
            1
        );
        // A body that names a wrong toll is caught the same way.
        assert_eq!(
            run("12 Hurt in Crash\n\nFourteen people were hurt on the A1.").len(),
            1
        );
    }

    #[test]
    fn a_headline_toll_the_body_adds_up_to() {
        // The body's parts add up to the headline.
        assert!(
            run("38 Iraqis Killed\n\nA total of 34 people were killed in Baghdad. Another four died in Diyala.")
                .is_empty()
        );
        // Only parts in the body: "six others" is no statement of the whole.
        assert!(
            run("8 People Wounded\n\nTwo victims are in critical condition. The six others wounded are stable.")
                .is_empty()
        );
        // The body's toll is one part of several ("two men and a teenager").
        assert!(
            run("3 Men Killed in House\n\nPolice found the bodies of two men and a teenager.")
                .is_empty()
        );
        // Another toll, or another thing counted.
        assert!(run("3 Dead in Storm\n\nTwelve people were injured.").is_empty());
        assert!(run("3 Dead in Storm\n\nThe storm killed 400 cattle.").is_empty());
        // No headline: a first paragraph that is a sentence.
        assert!(run("Three died in the storm.\n\nFour people were killed.").is_empty());
    }

    #[test]
    fn a_lede_with_a_part_in_degree() {
        // "six people wounded -- two mortally" is a whole toll with a part in degree; the
        // headline may count the rest of it.
        let story = |head: &str| {
            format!(
                "{head} in Shooting Outside Funeral\n\nA shootout erupted outside a funeral on Monday, leaving six people wounded -- two mortally, police said."
            )
        };
        assert!(run(&story("6 Wounded")).is_empty());
        assert!(
            run(&story("2 Dead, 4 Wounded")).is_empty(),
            "{:?}",
            run(&story("2 Dead, 4 Wounded"))
        );
        let got = run(&story("2 Dead, 5 Wounded"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("the headline reports 5 injured, but the body reports 6"),
            "{got:?}"
        );
    }

    #[test]
    fn each_other_and_far_tolls_of_other_tallies() {
        // "each other" names no degree, and seven wounded far down give no seven dead.
        let story = |n: &str| {
            format!(
                "7 Killed in 3 Shootings\n\n{n} people were murdered in three separate shootings within a mile of each other. \
                 Police have not said if the shootings are related. No one is in custody. \
                 The mayor spoke on Monday. He said more officers would patrol. Residents were afraid. \
                 Seven people were wounded in shootings elsewhere in the city."
            )
        };
        assert_eq!(run(&story("Eight")).len(), 1, "{:?}", run(&story("Eight")));
        assert!(run(&story("Seven")).is_empty());
        // Near the lede, a figure of another tally may give the headline's: the same people.
        assert!(
            run("China Executes 9 Over Riots\n\nNine people convicted of murder during the riots were executed today. The riots left 197 people dead.")
                .is_empty()
        );
    }

    #[test]
    fn a_lede_that_its_own_parts_contradict() {
        // The lede says at least 25; the parts after it add up to the headline's 15.
        let story = |n: &str| {
            format!(
                "15 Killed in Riots\n\nAt least {n} people died in clashes with police, officials said. \
                 An official said eight people were killed just outside the capital, and another seven died in the city itself."
            )
        };
        // (The breakdown check reports the parts against the lede too.)
        let got: Vec<String> = run(&story("25"))
            .into_iter()
            .filter(|f| f.contains("event-tally"))
            .collect();
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("but the body reports at least 25 (at 3:1), though the figures after it add up to 15"),
            "{got:?}"
        );
        assert!(run(&story("15")).is_empty(), "{:?}", run(&story("15")));
        // A vague headline is read loosely, and parts far from the lede are another account.
        assert!(
            run("Several Hurt in Riots\n\nOne person was hurt in clashes, officials said.\n\nEarlier this year, five people were hurt and another two were hurt in another town.")
                .is_empty()
        );
    }

    #[test]
    fn others_of_a_held_tally_add_to_the_headline() {
        // The wounded are some of the shot: six shot at a party and eight others wounded
        // elsewhere make the headline's 14.
        let story = |n: &str| {
            format!(
                "{n} Shot Overnight Across the City\n\nGunmen shot six people at a party on Saturday. \
                 Police said at least one other person was found at the scene.\n\n\
                 Eight other people were wounded across the city overnight."
            )
        };
        assert!(run(&story("14")).is_empty(), "{:?}", run(&story("14")));
        // "at least one other" does not give the headline's figure: 15 is still caught.
        assert_eq!(run(&story("15")).len(), 1, "{:?}", run(&story("15")));
    }

    #[test]
    fn parts_add_up_with_the_lede_or_within_a_sentence() {
        // The lede and the next sentences' toll add up to the headline; "and wounding 40"
        // joins a clause, not a part.
        assert!(
            run("Two Bombs Kill 24\n\nA bomber struck a market, killing 18 people and wounding 40 others. Hours earlier a car bomb killed six people.")
                .is_empty()
        );
        // Parts that add up to the headline without the lede leave the lede contradicting it.
        assert_eq!(
            run("Court Charges 9\n\nProsecutors charged eleven people on Monday. The court charged 7 with plotting an attack. Two were charged with recruiting.")
                .len(),
            1
        );
        // Figures far apart in a long story are no parts of one toll.
        assert_eq!(
            run("38 Killed in Clashes\n\nForty-one people have been killed in clashes today. Police fired tear gas. Crowds gathered. Shops closed. Officials met. Later, 32 died in the capital. Six were killed in the north.")
                .len(),
            1
        );
    }

    #[test]
    fn the_lede_is_the_first_whole_statement() {
        // A title-case verb names no number; a caption's parts come before the lede.
        let got = run(
            "Gunman Who Shot 6 Still at Large\n\nThe two men and three women hurt, seen here.\n\nA gunman shot five people at a party on Friday.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        // Another toll in the lede's sentence leaves it whole.
        assert_eq!(
            run("Gunman Who Shot 6 Still at Large\n\nA gunman shot five people, killing one.")
                .len(),
            1
        );
        // "alone", "each": one place of several, a share of each.
        assert!(
            run("1.2K Dead in Floods\n\nThe agency says 1,000 were killed in the capital alone.")
                .is_empty()
        );
        // A partitive's part is the whole toll of a set it names; coordination inside a
        // context phrase joins no parts.
        assert_eq!(
            run("31 Hurt in Ferry Crash\n\nTwenty-nine of 40 passengers were hurt at dawn.").len(),
            1
        );
        assert_eq!(
            run(
                "12 Killed in Riots\n\nFifteen people died in clashes between police and strikers."
            )
            .len(),
            1
        );
        // The lede after two scene-setting paragraphs.
        assert_eq!(
            run("Four Dead in Bar Shooting\n\nOfficers were called to a bar on Main St.\n\nThey found several people hurt.\n\nA spokesman said two men have died, while five others were shot.")
                .len(),
            1
        );
        // The toll told first in other terms: the dead and the wounded are the shot.
        assert!(
            run("Six Shot in City\n\nTwo men were killed and three men and a boy were wounded in three shootings.\n\nIn the first, officers found two men who had been shot.")
                .is_empty()
        );
        // Others than the dead are the whole of the wounded; others than the hospitalized
        // are some of the injured.
        assert_eq!(
            run("2 Dead, 6 Wounded in Shooting\n\nTwo men were killed, and four others were wounded.")
                .len(),
            1
        );
        assert!(
            run("4 Injured in Shooting\n\nThe shooting left one man hospitalized. Three others were hurt.")
                .is_empty()
        );
        // A coordinated part with no clause of its own stays a part.
        assert!(
            run("17 Dead in Shootout\n\nThe battle left 15 gunmen and 2 soldiers dead.").is_empty()
        );
        // A subset in the lede leaves it whole.
        assert_eq!(
            run("Gunmen Wound 5\n\nFour men, including three bystanders, were wounded.").len(),
            1
        );
        // A vague figure states no toll to hold the headline against.
        assert!(
            run("9 Dead in Jail Riot\n\nA gang behind a bombing that killed dozens led the riot.")
                .is_empty()
        );
        // A headline's toll without its killer.
        assert!(
            run("Man Kills 3, Then Himself\n\nFour people are dead after a shooting on Monday.")
                .is_empty()
        );
        // Deaths are the dead; an ordinal reaching the headline gives it.
        assert!(run("6K Dead in March\n\nThere were more than 6,000 deaths in March.").is_empty());
        assert!(
            run("6 Arrested Over Plot\n\nPolice arrested five men on Monday. A sixth man was arrested later.")
                .is_empty()
        );
    }

    #[test]
    fn parts_added_in_one_sentence_exceed_the_headline() {
        let text = |part: &str| {
            format!(
                "31 Villagers Killed in Mine Collapse\n\nAt least 20 people died when the shaft gave way at dawn. A total of 25 people were killed at the main pit and another {part} died at the vent, officials said."
            )
        };
        let sound = text("six");
        assert!(run(&sound).is_empty(), "{:?}", run(&sound));
        let got = run(&text("eight"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains(
                "the headline reports 31 dead, but the body's figures at 3:69 add up to 33 (25 + 8)"
            ),
            "{got:?}"
        );
        // A toll's level holds what it adds: "rose to 18 as officials confirmed three more".
        let level = "Fever Toll Hits 18\n\nThe toll rose to 18 as officials confirmed three more deaths yesterday.";
        assert!(run(level).is_empty(), "{:?}", run(level));
        // A headline of some of the body's: the officers among the people shot.
        let some = "Gunman Shoots 2 Officers\n\nPolice say he shot two officers. He killed two people and injured two more on Sunday.";
        assert!(run(some).is_empty(), "{:?}", run(some));
    }
}
