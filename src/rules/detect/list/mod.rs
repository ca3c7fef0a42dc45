//! Counted lists: a count and the list of what it counts, in one sentence. "four priorities:
//! jobs, health and schools", "its three marques - BMW, Mini and Rolls-Royce -", "the six
//! largest economies (Argentina, Brazil, …)", "the six factories were A, B, …", "Four boys ages
//! 5, 6, 7 and 11", "All four — two 21-year-olds, a 26- and 31-year-old —".
//!
//! The list opens right after the counted noun (a colon, a dash, a parenthesis, "ages", or
//! "were" after a definite count) and ends at its closing mark, a new clause or the sentence's
//! end. Items are split on commas and semicolons and on "and" and "or"; "and" inside an item
//! ("law and order") makes the count a range, so a list is read as the fewest and the most
//! items any reading gives. An item that opens with a count stands for that many ("two
//! 21-year-olds"); an age after an item belongs to it ("Louis Suarez, 21, and …"). A list of
//! bare figures is of one figure per member ("three women — 17, 19 and 20"); a list of ages
//! is as long as its run of figures ("two men, ages 20 and 21, and a girl, 16").

use crate::extract::structure::{Marks, Partitive, Phrase};
use crate::extract::syntax::{self, Class};
use crate::extract::token::Toks;
use crate::extract::{Kind, Qualifier, Quantity};
use crate::rules::kinds::count_list::{self, List};
use crate::rules::{Ctx, Finding, Rule};
use crate::source::Span;

mod before;
mod items;

use items::*;

/// The largest count a list detector reads; longer lists are rarely written out.
const MAX_COUNT: f64 = 12.0;

/// The most words an item may have: a longer one is a clause, and the colon opened a
/// statement, not a list.
const MAX_ITEM_WORDS: usize = 6;

/// The most words an action of a list may have ("have up to three Cabinet members in a
/// coalition with the Conservatives").
const MAX_ACTION_WORDS: usize = 14;

/// The most tokens a list is read over.
const MAX_LIST_TOKENS: usize = 80;

/// How a list opens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    Colon,
    Dash,
    Paren,
    /// "ages 5, 6 and 11", "aged 17, 19 and 20".
    Ages,
    /// "the six factories were A, B, …".
    Copula,
    /// "made four changes, with A, B, C and D coming into the side": names, then the
    /// participle that tells what each does.
    With,
    /// "Two other men, Dillon and Raheam Jackson, ran": people named in apposition.
    Names,
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    announced(rule, ctx, out);
    identified_as(rule, ctx, out);
    in_places(rule, ctx, out);
    before::run(rule, ctx, out);
}

/// Lists right after the count that announces them.
fn announced(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    for (i, q) in qs.iter().enumerate() {
        if !announces_a_set(ctx, i) {
            continue;
        }
        let st = ctx.structure();
        let ph = &st.phrases;
        let Some(t) = st.toks(ctx.doc, q.sentence) else {
            continue;
        };
        let Some((open, from)) = opening(&t, q, &ph[i]) else {
            continue;
        };
        // "Rounding out the six companies are A, B and C": the set is no subject of its
        // own, and the list may name only some.
        if open == Open::Copula && copula_object(&t, ph[i].first) {
            continue;
        }
        let span_of = |a: usize, b: usize| Span::new(t.toks[a].start, t.toks[b - 1].end);
        if open == Open::Ages {
            let Some(list) = ages(&t, qs, ph, i, from) else {
                continue;
            };
            out.extend(count_list::finding(rule, ctx, &ctx.operand(i), &list));
            continue;
        }
        // "10 Grammys - including nominations for …": some of the set, not all.
        if names_some(t.lower(from)) {
            continue;
        }
        let Some(to) = list_end(&t, open, from) else {
            continue;
        };
        if to <= from {
            continue;
        }
        let region = span_of(from, to);
        // The figures inside the list.
        let inside: Vec<usize> = (i + 1..qs.len())
            .take_while(|&k| qs[k].span.start < region.end)
            .filter(|&k| qs[k].span.start >= region.start)
            .collect();
        // A figure that is an item by itself: no noun of its own, nothing after it in the item
        // ("— 17, 19 and 20").
        let bare = |k: usize| {
            matches!(qs[k].kind, Kind::Age | Kind::Count) && qs[k].noun.is_none() && {
                let e = ph[k].last;
                e >= to
                    || t.is_punct(e, ",")
                    || (t.is_word(e) && matches!(t.lower(e), "and" | "or"))
            }
        };
        let numeric = inside.len() >= 2
            && inside.iter().all(|&k| bare(k))
            && qs[inside[0]].span.start == region.start;
        let list = if numeric {
            // "— 17, 19 and 20": one figure for each member.
            let spans: Vec<Span> = inside.iter().map(|&k| qs[k].span).collect();
            List {
                min: spans.len(),
                max: spans.len(),
                items: spans,
                shared: false,
            }
        } else {
            let Some(Items {
                spans,
                most,
                optional,
                actions,
            }) = items(&t, from, to)
            else {
                continue;
            };
            if actions {
                // Only a colon opens a list of actions ("in three ways:").
                if open != Open::Colon {
                    continue;
                }
                let list = List {
                    min: spans.len(),
                    max: spans.len(),
                    items: spans.iter().map(|&(a, b)| span_of(a, b)).collect(),
                    shared: false,
                };
                out.extend(count_list::finding(rule, ctx, &ctx.operand(i), &list));
                continue;
            }
            if spans.len() < 2
                || (open == Open::Copula && !copula_items(&t, &spans))
                || (matches!(open, Open::With | Open::Names) && !name_items(&t, &spans))
                || spans.iter().any(|&s| group(&t, s))
            {
                continue;
            }
            // An item that opens with a count stands for that many: "two 21-year-olds";
            // counts elsewhere in the list that are no part of an item's name make it a
            // breakdown, which `breakdown` checks ("12 people: five in Leeds …").
            let Some((n, extra)) = members(qs, ph, &inside, &spans, &span_of, &bare) else {
                continue;
            };
            // Without a comma every "and" was split: the list is as long as read.
            let single = (from..to).all(|k| !t.is_punct(k, ",") && !t.is_punct(k, ";"));
            List {
                min: if single {
                    n - optional.saturating_sub(1)
                } else {
                    n
                },
                max: if single { n } else { most + extra },
                items: spans.iter().map(|&(a, b)| span_of(a, b)).collect(),
                shared: false,
            }
        };
        out.extend(count_list::finding(rule, ctx, &ctx.operand(i), &list));
    }
}

/// Whether count `i` may announce a list: an exact count of two or more that names what it
/// counts ("four priorities") or refers to a set ("All four", "the six"); not a count of
/// occasions ("shot three times"), one of several ("two fathers and two mothers:") unless the
/// one before closed a list of its own, the whole of a part ("two of the four men killed: A,
/// 57, and B, 68"), or a count with another figure before its noun.
fn announces_a_set(ctx: &Ctx, i: usize) -> bool {
    let qs = ctx.qs;
    let q = &qs[i];
    if q.kind != Kind::Count
        || q.qualifier != Qualifier::Exact
        || !(2.0..=MAX_COUNT).contains(&q.stated)
        || q.stated.fract() != 0.0
        || q.direction.is_some()
    {
        return false;
    }
    // "shot three times -- twice in the torso and once in the head": a count of
    // occasions is divided, not listed.
    if q.noun.is_some_and(|n| {
        let w = ctx.doc.text[n.start..n.end].to_ascii_lowercase();
        w == "times" || w == "time"
    }) {
        return false;
    }
    let ph = &ctx.structure().phrases;
    // A count that names what it counts ("four priorities"), or refers to a set ("All
    // four", "the six"); not one of several ("two fathers and two mothers:") unless the
    // one before closed a list of its own ("four men — ages 18 and 20 — and three women —
    // 17, 19 and 20"), and not the whole of a part ("two of the four men killed: A, 57,
    // and B, 68").
    let sibling =
        ph[i].lead_last.any(Marks::AND | Marks::OR) && !ph[i].lead.any(Marks::DASH | Marks::CLOSE);
    if (q.noun.is_none() && !ph[i].all && !ph[i].definite)
        || ph[i].partitive != Partitive::None
        || sibling
        || (i > 0 && qs[i - 1].sentence == q.sentence && ph[i - 1].partitive == Partitive::Whole(i))
    {
        return false;
    }
    // "WPXI 11 News Two brothers": a figure between a count and its noun.
    if q.noun
        .is_some_and(|n| qs.get(i + 1).is_some_and(|m| m.span.start < n.start))
    {
        return false;
    }
    true
}

/// A word that opens a list of only some of a set: "including", "such as", "among them".
fn names_some(w: &str) -> bool {
    matches!(
        w,
        "including" | "includes" | "such" | "among" | "notably" | "especially" | "mostly"
    )
}

/// Whether a set after a copula is no subject of its own: "Rounding out the six companies
/// are A, B and C" (a preposition or an "-ing" verb before it), so the list may name only
/// some of it.
fn copula_object(t: &Toks, first: usize) -> bool {
    let mut b = first;
    while b > 0 && t.is_word(b - 1) && syntax::is(t.lower(b - 1), Class::Det) {
        b -= 1;
    }
    let ing = |k: usize| t.lower(k).ends_with("ing") && syntax::verb_at(t, k).is_some();
    (b > 0 && t.is_word(b - 1) && (syntax::is(t.lower(b - 1), Class::Prep) || ing(b - 1)))
        || (b > 1 && t.is_word(b - 2) && ing(b - 2))
}

/// How many members the items of a list stand for, and how many more than one item each: an
/// item that opens with a count stands for that many ("two 21-year-olds"); an age of the
/// member counts one ("a son, 10"); a count elsewhere in an item makes the list a breakdown
/// (`None`: `breakdown` checks it).
fn members(
    qs: &[Quantity],
    ph: &[Phrase],
    inside: &[usize],
    spans: &[(usize, usize)],
    span_of: &dyn Fn(usize, usize) -> Span,
    bare: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let mut n = 0usize;
    let mut extra = 0usize;
    let mut ok = true;
    for &(a, b) in spans {
        let item = span_of(a, b);
        let own: Vec<usize> = inside
            .iter()
            .copied()
            .filter(|&k| qs[k].span.start >= item.start && qs[k].span.end <= item.end)
            .filter(|&k| qs[k].kind.is_quantity())
            .collect();
        // "two 19-year-olds", "three of his siblings".
        let members = |k: usize| {
            qs[k].noun.is_some()
                || ph[k].partitive == Partitive::Noun
                || inside
                    .iter()
                    .any(|&j| qs[j].kind == Kind::Age && ph[j].first == ph[k].last)
        };
        match own.first() {
            Some(&k)
                if qs[k].span.start == item.start
                    && qs[k].kind == Kind::Count
                    && qs[k].qualifier == Qualifier::Exact
                    && members(k) =>
            {
                n += qs[k].stated as usize;
                extra += qs[k].stated as usize - 1;
            }
            // An age of the item's member: "a son, 10".
            Some(_) if own.iter().all(|&k| qs[k].kind == Kind::Age || bare(k)) => n += 1,
            Some(_) => ok = false,
            None => n += 1,
        }
    }
    ok.then_some((n, extra))
}

/// The fewest places a list must name for [`in_places`] to read it.
const MIN_PLACES: usize = 3;

/// "Seven other winners in Indiana, Kansas, Kentucky, New Jersey, New Mexico, Pennsylvania and
/// Virginia": things counted right before "in" or "from" and a list of places joined by "and"
/// are at least one to a place, so a count below the places named contradicts the list (a
/// count above it says nothing: a place may have several). Each item a capitalised name that
/// WordNet knows as a place; "or" joins alternatives and is left alone.
fn in_places(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (qs, st) = (ctx.qs, ctx.structure());
    for (i, q) in qs.iter().enumerate() {
        if q.kind != Kind::Count
            || q.qualifier != Qualifier::Exact
            || q.stated < 1.0
            || q.stated.fract() != 0.0
            || q.direction.is_some()
            || q.noun.is_none()
            || st.phrases[i].partitive != Partitive::None
        {
            continue;
        }
        let Some(t) = st.toks(ctx.doc, q.sentence) else {
            continue;
        };
        let k = noun_end(&t, q, &st.phrases[i]);
        if !(t.is_word(k) && matches!(t.lower(k), "in" | "from")) {
            continue;
        }
        // "one apiece from Italy, Greece, and Britain": so many to each place.
        if (st.phrases[i].last..k).any(|j| t.is_word(j) && matches!(t.lower(j), "apiece" | "each"))
        {
            continue;
        }
        let Some(places) = place_list(&t, k + 1) else {
            continue;
        };
        if (q.stated as usize) >= places.len() {
            continue;
        }
        let span_of = |(a, b): (usize, usize)| Span::new(t.toks[a].start, t.toks[b - 1].end);
        let names: Vec<String> = places
            .iter()
            .map(|&p| ctx.doc.words(span_of(p)).into_owned())
            .collect();
        let count = ctx.operand(i);
        let announced = &ctx.doc.text[count.span.start..q.noun.map_or(count.span.end, |n| n.end)];
        let message = format!(
            "“{announced}” are counted in {} places ({}): at least one in each makes at least {}",
            places.len(),
            names.join("; "),
            places.len()
        );
        let related = places
            .iter()
            .map(|&p| crate::rules::Related {
                span: span_of(p),
                label: "place".into(),
            })
            .collect();
        let finding = crate::rules::kinds::judged(
            rule,
            ctx,
            crate::rules::operand::Verdict::Hard,
            message,
            (count.span, "count"),
            related,
            || format!("{} < {} places", count.stated, places.len()),
        );
        out.extend(finding.map(Finding::softened));
    }
}

/// The places named from token `from`: capitalised names of one to three words, split by
/// commas and a last "and", each a place in WordNet; the list ends at the first token that
/// goes on no name. `None` when fewer than [`MIN_PLACES`] are named, an item is no place, or
/// no "and" closes the list.
fn place_list(t: &Toks, from: usize) -> Option<Vec<(usize, usize)>> {
    let mut items = Vec::new();
    let mut k = from;
    let mut closed = false;
    loop {
        let a = k;
        while k < t.len() && t.is_word(k) && t.capitalized(k) {
            k += 1;
        }
        if !super::place_name(t, a, k) {
            return None;
        }
        items.push((a, k));
        if closed {
            break;
        }
        // ", " or ", and " or " and " go on; anything else ends the list.
        if t.is_punct(k, ",") {
            k += 1;
        }
        if t.is_word(k) && t.lower(k) == "and" {
            closed = true;
            k += 1;
        } else if !t.is_punct(k - 1, ",") || !t.is_word(k) || !t.capitalized(k) {
            return None;
        }
    }
    (items.len() >= MIN_PLACES).then_some(items)
}

/// The most tokens between "identified" and its "as".
const MAX_IDENTIFIED_OBJECT: usize = 6;

/// "Two men were fatally shot inside the restaurant. The medical examiner's office identified
/// them as Emmanuel C. Stokes, 28, and Edwin Davis, 32", "Police identified the two men killed
/// as …": people named with their ages after "identified … as" are the set counted, in the
/// object ("the two men") or, for "them", in the sentence before (its one count of people).
/// Each age is one member. A warning: the names are read by their ages alone.
fn identified_as(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    if !qs.iter().any(|q| q.kind == Kind::Age) {
        return;
    }
    let st = ctx.structure();
    let ph = &st.phrases;
    let countable = |k: usize| {
        let q = &qs[k];
        q.kind == Kind::Count
            && q.qualifier == Qualifier::Exact
            && (2.0..=MAX_COUNT).contains(&q.stated)
            && q.stated.fract() == 0.0
            && q.direction.is_none()
            && ph[k].partitive == Partitive::None
            && !ph[k].other
            && !ph[k].more
    };
    let mut start = 0;
    while start < qs.len() {
        let s = qs[start].sentence;
        let end = start + qs[start..].partition_point(|q| q.sentence <= s);
        let range = start..end;
        start = end;
        // Cheap first: the words must be in the sentence's text.
        let said = doc.sentences.get(s).is_some_and(|sp| {
            let text = &doc.text[sp.start..sp.end];
            text.contains("identified") || text.contains("named")
        });
        if !said {
            continue;
        }
        let Some(t) = st.toks(doc, s) else {
            continue;
        };
        let Some(k) =
            (0..t.len()).find(|&k| t.is_word(k) && matches!(t.lower(k), "identified" | "named"))
        else {
            continue;
        };
        let Some(a) = (k + 1..(k + 2 + MAX_IDENTIFIED_OBJECT).min(t.len()))
            .find(|&a| t.is_word(a) && t.lower(a) == "as")
        else {
            continue;
        };
        let (obj_start, obj_end) = (t.toks[k].end, t.toks[a].start);
        let in_object: Vec<usize> = range
            .clone()
            .filter(|&i| qs[i].span.start >= obj_start && qs[i].span.end <= obj_end)
            .collect();
        let count = match in_object[..] {
            [i] if countable(i) => i,
            [] if a == k + 2 && t.lower(k + 1) == "them" => {
                // The one count of people in the sentence before.
                let before: Vec<usize> = (0..range.start)
                    .rev()
                    .take_while(|&i| qs[i].sentence + 1 == s)
                    .filter(|&i| qs[i].kind == Kind::Count)
                    .collect();
                match before[..] {
                    [i] if countable(i)
                        && qs[i]
                            .counts
                            .as_deref()
                            .is_some_and(crate::wordnet::is_person) =>
                    {
                        i
                    }
                    _ => continue,
                }
            }
            _ => continue,
        };
        // The names: each an age after a comma, with only names, commas, "and" and "of" and
        // a place between them.
        let ages: Vec<usize> = range
            .clone()
            .filter(|&i| qs[i].span.start > t.toks[a].end)
            .take_while(|&i| qs[i].kind == Kind::Age)
            .collect();
        if ages.len() < 2 {
            continue;
        }
        let Some(items) = named_with_ages(&t, qs, &ages, a) else {
            continue;
        };
        let list = List {
            min: items.len(),
            max: items.len(),
            items,
            shared: false,
        };
        out.extend(
            count_list::finding(rule, ctx, &ctx.operand(count), &list).map(|mut f| {
                f.soften();
                f
            }),
        );
    }
}

/// The people named after "as", each a name and an age after a comma, with only names,
/// commas, "and", "of" and a place between them: the span of each, or `None` when anything
/// else stands between.
fn named_with_ages(t: &Toks, qs: &[Quantity], ages: &[usize], a: usize) -> Option<Vec<Span>> {
    let token = |i: usize| t.toks.partition_point(|x| x.start < qs[i].span.start);
    let name_words = |from: usize, to: usize| {
        (from..to).all(|x| {
            (t.is_word(x) && (t.capitalized(x) || matches!(t.lower(x), "and" | "of" | "the")))
                || t.is_punct(x, ",")
                || t.is_punct(x, ".")
                || t.is_punct(x, "-")
                || t.is_punct(x, "'")
        })
    };
    let mut from = a + 1;
    let mut items = Vec::new();
    for &g in ages {
        let at = token(g);
        if at == 0 || !t.is_punct(at - 1, ",") || at - 1 <= from || !name_words(from, at) {
            return None;
        }
        items.push(Span::new(t.toks[from].start, qs[g].span.end));
        from = at + 1;
        while from < t.len()
            && (t.is_punct(from, ",") || (t.is_word(from) && t.lower(from) == "and"))
        {
            from += 1;
        }
    }
    Some(items)
}

#[cfg(test)]
mod tests;
