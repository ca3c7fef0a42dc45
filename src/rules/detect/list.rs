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

/// The token index at byte offset `at` (the first token starting at or after it).
fn token_at(t: &Toks, at: usize) -> usize {
    t.toks.partition_point(|k| k.start < at)
}

/// The first token after what figure `q` counts: its noun, or the figure itself when bare,
/// with "other(s)" after it ("the four others:").
fn noun_end(t: &Toks, q: &Quantity, p: &Phrase) -> usize {
    let mut k = match q.noun {
        Some(n) => token_at(t, n.end).max(p.last),
        None => p.last,
    };
    if t.is_word(k) && matches!(t.lower(k), "others" | "other") {
        k += 1;
    }
    k
}

/// The list opening right after what count `i` counts: its kind and first token.
fn opening(t: &Toks, q: &Quantity, p: &Phrase) -> Option<(Open, usize)> {
    let mut k = noun_end(t, q, p);
    // "three other members of their Six Nations squad - A, B and C": a short "of" phrase;
    // "the two at Stroger, ages 41 and 28": a short place before the ages.
    if t.is_word(k) && syntax::is(t.lower(k), Class::Prep) {
        let of = t.lower(k) == "of";
        let stop = (k + 1..(k + 6).min(t.len()))
            .find(|&j| !t.is_word(j) || syntax::is(t.lower(j), Class::Conj))?;
        let ages = t.is_punct(stop, ",") && matches!(t.lower(stop + 1), "ages" | "aged");
        if !of && !ages {
            return None;
        }
        k = stop;
    }
    // ", ages 5, 11 and 17".
    if t.is_punct(k, ",") && matches!(t.lower(k + 1), "ages" | "aged") {
        return Some((Open::Ages, k + 2));
    }
    if t.is_punct(k, ",") && t.lower(k + 1) == "with" && t.is_word(k + 1) {
        return Some((Open::With, k + 2));
    }
    // ", John Smith and Bob Jones,": people named right after a count of people.
    let people = || q.counts.as_deref().is_some_and(crate::wordnet::is_person);
    if t.is_punct(k, ",") && t.is_word(k + 1) && t.capitalized(k + 1) && people() {
        return Some((Open::Names, k + 1));
    }
    if t.is_word(k) {
        return match t.lower(k) {
            "ages" | "aged" => Some((Open::Ages, k + 1)),
            // "the four mills were Arden Mill, …": a name or "a/an" noun right after, not
            // "were not known", "were identified as", "were students at".
            "were" | "are" | "included" | "include" | "includes" | "comprise" | "comprised"
                if (p.definite || p.all)
                    && (t.capitalized(k + 1) || matches!(t.lower(k + 1), "a" | "an"))
                    && !syntax::is(t.lower(k + 1), Class::Prep)
                    && !syntax::is(t.lower(k + 1), Class::Pron) =>
            {
                Some((Open::Copula, k + 1))
            }
            _ => None,
        };
    }
    let open = match t.exact(k) {
        ":" => Some((Open::Colon, k + 1)),
        "(" => Some((Open::Paren, k + 1)),
        "—" | "–" => Some((Open::Dash, k + 1)),
        "-" if t.toks[k].space_before || t.is_punct(k + 1, "-") => Some((
            Open::Dash,
            if t.is_punct(k + 1, "-") { k + 2 } else { k + 1 },
        )),
        _ => None,
    };
    // "three males - ages 15, 18, and 22 -".
    match open {
        Some((Open::Dash | Open::Paren, from)) if matches!(t.lower(from), "ages" | "aged") => {
            Some((Open::Ages, from + 1))
        }
        _ => open,
    }
}

/// Where a list that opened at `from` ends: its closing mark, a semicolon, a new clause, or
/// the sentence's end; `None` when a dash or parenthesis is never closed ("NOPD investigates
/// four shootings - KSLA News 12, Weather & Sports" is a headline and its site, no list).
fn list_end(t: &Toks, open: Open, from: usize) -> Option<usize> {
    if open == Open::With {
        return with_end(t, from);
    }
    if open == Open::Names {
        return names_end(t, from);
    }
    let dash = |k: usize| {
        matches!(t.exact(k), "—" | "–") || (t.is_punct(k, "-") && t.toks[k].space_before)
    };
    let mut k = from;
    while k < t.len() && k < from + MAX_LIST_TOKENS {
        if t.is_punct(k, "|") {
            return None;
        }
        let closes = match open {
            Open::Paren => t.is_punct(k, ")"),
            Open::Dash => dash(k) || t.is_punct(k, ")"),
            _ => dash(k) || t.is_punct(k, ")") || t.is_punct(k, "("),
        };
        if closes {
            return Some(k);
        }
        let last_stop = t.is_punct(k, ".") && k + 1 >= t.len();
        // "four patrons: A, 76; a 45-year-old man; and …": a colon's list may run on
        // semicolons.
        if (t.is_punct(k, ";") && open != Open::Colon) || last_stop {
            // An open dash or parenthesis closes only with its own mark, or with the
            // sentence's full stop for a dash.
            return match open {
                Open::Paren => None,
                Open::Dash => last_stop.then_some(k),
                _ => Some(k),
            };
        }
        // ", and Dayz Roox dating back to 2002": after a comma, "and" opens the last item;
        // so does "and" before a verb in a list of actions ("two goals: cut costs, raise
        // prices and sell the plant").
        let last_item = (t.is_punct(k - 1, ",")
            || (open == Open::Colon && base_verb_at(t, from) && base_verb_at(t, k + 1)))
            && matches!(t.lower(k), "and" | "or");
        if k > from && t.is_word(k) && !last_item && syntax::clause_starts(t, k) {
            return (!matches!(open, Open::Paren | Open::Dash)).then_some(k);
        }
        k += 1;
    }
    if matches!(open, Open::Paren | Open::Dash) && k < t.len() {
        return None;
    }
    (k >= t.len() && open != Open::Paren && open != Open::Dash).then_some(k)
}

/// Where a ", with" list of names ends: at the participle that follows the names ("…, with
/// A, B and C coming into the side"); `None` when no participle ends it before a clause,
/// a mark or the sentence's end (", with strong winds and rain in the north").
fn with_end(t: &Toks, from: usize) -> Option<usize> {
    (from..(from + MAX_LIST_TOKENS).min(t.len()))
        .take_while(|&k| {
            t.is_word(k) || t.is_punct(k, ",") || t.is_punct(k, "-") || t.is_punct(k, "'")
        })
        .find(|&k| {
            k > from
                && t.is_word(k)
                && !t.capitalized(k)
                && t.lower(k).ends_with("ing")
                && syntax::verb_at(t, k).is_some()
        })
}

/// Where a list of names in apposition ends: at the comma after the last name (and its age),
/// before the rest of the sentence ("Dillon and Raheam Jackson, ran"), or at the sentence's
/// end. `None` when anything but names, initials, ages, commas and "and" comes first, or no
/// "and" joins the last name: then the comma opened no list.
fn names_end(t: &Toks, from: usize) -> Option<usize> {
    let mut k = from;
    let mut joined = false;
    while k < t.len() && k < from + MAX_LIST_TOKENS {
        if t.is_word(k) && t.lower(k) == "and" {
            joined = true;
        } else if t.is_punct(k, ",") {
            // The comma that closes the list: a word that is no name and no "and" after it.
            let next = k + 1;
            if t.is_word(next) && !t.capitalized(next) && t.lower(next) != "and" {
                return joined.then_some(k);
            }
        } else if t.is_punct(k, ".") && k + 1 >= t.len() {
            return joined.then_some(k);
        } else if !(t.is_num(k)
            || (t.is_word(k) && t.capitalized(k))
            // An initial: "Emmanuel C. Stokes".
            || (t.is_punct(k, ".") && k > from && t.exact(k - 1).len() == 1))
        {
            return None;
        }
        k += 1;
    }
    None
}

/// The items of a ", with" list are names: each opens with a capital or a determiner and
/// ends with a capitalised word ("the debutant Julien Laharrague"; not "big banks like
/// Wachovia").
fn name_items(t: &Toks, spans: &[(usize, usize)]) -> bool {
    spans.iter().all(|&(a, b)| {
        // An age after the name is the item's: "Juan Ortiz, 27".
        let mut b = b;
        while b > a && (t.is_num(b - 1) || t.is_punct(b - 1, ",")) {
            b -= 1;
        }
        b > a
            && t.is_word(b - 1)
            && t.capitalized(b - 1)
            && (t.capitalized(a) || syntax::is(t.lower(a), Class::Det))
    })
}

/// The run of ages after "ages" at token `from`: "5, 6, 7 and 11", "four, six and 13",
/// "18 months and 3 years", "14, 18, 29, and two 19-year-olds"; the members it names and the
/// figures that name them. `None` for a range ("ages 19 to 24", "aged between 20 and 37").
fn ages(t: &Toks, qs: &[Quantity], ph: &[Phrase], i: usize, from: usize) -> Option<List> {
    let mut k = from;
    let mut list = List {
        min: 0,
        max: 0,
        items: Vec::new(),
        shared: false,
    };
    // Ages listed once each may be shared ("three boys, ages 12 and 13"), so a count above
    // them is only doubtful; a repeated age ("21, 21 and 20") or a count ("two
    // 19-year-olds") lists one per member.
    let done = |mut list: List, each: bool| {
        list.max = list.min;
        list.shared = !each;
        (list.min > 0).then_some(list)
    };
    let mut seen: Vec<f64> = Vec::new();
    let mut each = false;
    loop {
        let start = t.toks.get(k).map_or(usize::MAX, |x| x.start);
        let figure = (i + 1..qs.len()).find(|&j| qs[j].span.start >= start);
        let Some(j) = figure.filter(|&j| qs[j].span.start == start) else {
            // "ages 20, 23, 27 and another in his 20s": one more member, with no age given.
            if k > from && t.is_word(k) && t.lower(k) == "another" {
                list.min += 1;
            }
            return done(list, each);
        };
        let q = &qs[j];
        if q.qualifier == Qualifier::Range {
            return None;
        }
        // "and two 19-year-olds": a count of members of one age.
        let of_age = q.kind == Kind::Count
            && q.qualifier == Qualifier::Exact
            && qs
                .get(j + 1)
                .is_some_and(|n| n.kind == Kind::Age && ph[j + 1].first == ph[j].last);
        let j = if of_age {
            list.min += q.stated as usize;
            each = true;
            j + 1
        } else if matches!(q.kind, Kind::Age | Kind::Count | Kind::Measure)
            && (q.kind != Kind::Count || q.noun.is_none())
        {
            list.min += 1;
            each |= seen.contains(&q.stated);
            seen.push(q.stated);
            j
        } else {
            // "ages 20 and 21, and two women": the run ended before the "and".
            return done(list, each);
        };
        list.items.push(qs[j].span);
        k = token_at(t, qs[j].span.end);
        if (t.is_word(k) && matches!(t.lower(k), "to" | "through"))
            || t.is_dash(k) && t.is_num(k + 1)
        {
            return None;
        }
        if t.is_punct(k, ",") && t.lower(k + 1) == "and" {
            k += 2;
        } else if t.is_punct(k, ",") || (t.is_word(k) && matches!(t.lower(k), "and" | "or")) {
            k += 1;
        } else {
            return done(list, each);
        }
    }
}

/// True when tokens `[a, b)` are only ages or figures: "21", "ages 51 and 21", "10".
fn only_ages(t: &Toks, a: usize, b: usize) -> bool {
    (a..b).any(|k| t.is_num(k))
        && (a..b).all(|k| {
            t.is_num(k)
                || t.is_dash(k)
                || (t.is_word(k)
                    && matches!(
                        t.lower(k),
                        "ages" | "aged" | "age" | "and" | "years" | "year" | "old" | "months"
                    ))
        })
}

/// A list's items as read, and how far "and" leaves their number open.
struct Items {
    spans: Vec<(usize, usize)>,
    /// The most items any reading gives, every "and" splitting.
    most: usize,
    /// Without commas, the "and"s that may as well join words of one item ("The Work and
    /// Training Opportunities Act and …"); one of them joins the last two items. Not the
    /// "and" of a suspended hyphen ("a 22- and 25-year-old").
    optional: usize,
    /// Every item an action opening with a bare verb ("in three ways: lend support, help draw
    /// up the programme, or join a coalition"): one item each, whatever figures it holds.
    actions: bool,
}

/// "working alarms", "armed officers": a participle before a noun modifies it.
fn modifier(t: &Toks, k: usize) -> bool {
    let w = t.lower(k);
    (w.ends_with("ing") || w.ends_with("ed"))
        && t.is_word(k + 1)
        && crate::extract::singular::singular(t.lower(k + 1))
            .is_some_and(|one| crate::wordnet::is_noun(&one))
}

/// True when token `k` is a lower-case verb in its base form that reads first as a verb
/// ("lend", "help", "raise"; not "support", a noun first), or "have" or "do": the head of an
/// action in a list of actions.
fn base_verb_at(t: &Toks, k: usize) -> bool {
    let w = t.lower(k);
    t.is_word(k)
        && !t.capitalized(k)
        && ((crate::wordnet::base_verb(w).is_some()
            && crate::wordnet::verb_noun(w) != Some(crate::wordnet::VerbNoun::NounFirst))
            || matches!(w, "have" | "do"))
        && !modifier(t, k)
}

/// The items of a list over tokens `[from, to)`: spans split on commas (or semicolons when
/// there are any), the last one also on its "and"; `None` when an item is a clause or opens
/// with a verb. Also the most items any reading of "and" inside an item gives.
fn items(t: &Toks, from: usize, to: usize) -> Option<Items> {
    let semi = (from..to).any(|k| t.is_punct(k, ";"));
    let mut segs: Vec<(usize, usize)> = Vec::new();
    let mut start = from;
    for k in from..=to {
        let sep = k == to
            || (if semi {
                t.is_punct(k, ";")
            } else {
                t.is_punct(k, ",")
            });
        if sep {
            let mut a = start;
            while a < k && t.is_word(a) && matches!(t.lower(a), "and" | "or" | "&") {
                a += 1;
            }
            // "Juan Gaitan, 27 and Jose Rodriguez, 29": the age before "and" ends the item
            // before it.
            if !semi
                && t.is_num(a)
                && let Some(c) = (a..k).find(|&c| t.lower(c) == "and")
                && only_ages(t, a, c)
                && !t.is_num(c + 1)
                && let Some(prev) = segs.last_mut()
            {
                prev.1 = c;
                a = c + 1;
            }
            if a < k {
                // An age after an item is of that item: "Louis Suarez, 21, and …".
                match segs.last_mut() {
                    Some(prev) if only_ages(t, a, k) => prev.1 = k,
                    _ => segs.push((a, k)),
                }
            }
            start = k + 1;
        }
    }
    // "…, the Wall Street Journal reports": an attribution ends the list.
    if let Some(at) = segs.iter().position(|&(a, b)| {
        (a + 1..b).any(|k| t.is_word(k) && !t.capitalized(k) && syntax::is(t.lower(k), Class::Say))
    }) {
        segs.truncate(at);
    }
    if segs.is_empty() {
        return None;
    }
    // "in three ways: lend …, help …, or have …": actions in the verb's base form, parallel,
    // past a comma each; an action may run longer than a name and hold "and" or a figure.
    let strip = |(a, b): (usize, usize)| {
        if t.is_word(a) && matches!(t.lower(a), "and" | "or") {
            (a + 1, b)
        } else {
            (a, b)
        }
    };
    let action = |s: (usize, usize)| {
        let (a, b) = strip(s);
        let words = (a..b).filter(|&k| t.is_word(k) || t.is_num(k)).count();
        words <= MAX_ACTION_WORDS && base_verb_at(t, a)
    };
    // The last action may be joined by "and" or "or" without a comma: "cut costs, raise
    // prices and sell the plant".
    let mut acts: Vec<(usize, usize)> = segs.iter().map(|&s| strip(s)).collect();
    if let Some(&(a, b)) = acts.last()
        && let Some(k) = (a + 1..b)
            .rev()
            .find(|&k| t.is_word(k) && matches!(t.lower(k), "and" | "or") && action((k + 1, b)))
    {
        acts.pop();
        acts.push((a, k));
        acts.push((k + 1, b));
    }
    if !semi && segs.len() >= 2 && acts.len() >= 3 && acts.iter().all(|&s| action(s)) {
        let spans = acts;
        return Some(Items {
            most: spans.len(),
            spans,
            optional: 0,
            actions: true,
        });
    }
    // A choice is no list: "one of the four banks - Alpha or Beta -".
    let last = *segs.last()?;
    if !(last.0..last.1).any(|k| t.lower(k) == "and" || t.is_punct(k, "&"))
        && (last.0..last.1).any(|k| t.lower(k) == "or")
    {
        return None;
    }
    // Every "and", "or" and "&" inside the segments that may split an item; not the "and"
    // between two ages ("ages 51 and 21").
    let conj = |(a, b): (usize, usize), or: bool| {
        (a..b)
            .filter(|&k| {
                ((t.is_word(k) && (t.lower(k) == "and" || (or && t.lower(k) == "or")))
                    || t.is_punct(k, "&"))
                    && !(k > a && t.is_num(k - 1) && t.is_num(k + 1))
            })
            .collect::<Vec<_>>()
    };
    let mut out = segs.clone();
    let mut optional = 0;
    if segs.len() == 1 && !semi {
        // No comma: "two 19-year-olds and a 22- and 25-year-old", every "and" splits.
        let (a, b) = segs[0];
        let mut start = a;
        out.clear();
        for k in conj(segs[0], true).into_iter().chain(std::iter::once(b)) {
            if k < b && !t.is_dash(k - 1) {
                optional += 1;
            }
            if k > start {
                out.push((start, k));
            }
            start = k + 1;
        }
    } else if let Some(&last) = segs.last()
        && !semi
        && let Some(&k) = conj(last, false).last()
    {
        out.pop();
        out.push((last.0, k));
        out.push((k + 1, last.1));
    }
    let extra: usize = segs.iter().map(|&s| conj(s, true).len()).sum();
    if out.iter().any(|&(a, b)| {
        let words = (a..b).filter(|&k| t.is_word(k) || t.is_num(k)).count();
        // An item opening with a verb, a preposition or an adverb is a clause or an aside:
        // "— between ages 8 and 11, and from his first marriage —".
        let w = t.lower(a);
        let aside = t.is_word(a)
            && !t.capitalized(a)
            && ((syntax::verb_at(t, a).is_some() && !modifier(t, a))
                || syntax::is(w, Class::Prep)
                || syntax::is_adverb(t, a)
                || (syntax::is(w, Class::Pron) && !syntax::is(w, Class::Det) && w != "one")
                || (syntax::is(w, Class::Sub)
                    && (syntax::is(t.lower(a + 1), Class::Pron)
                        || syntax::is(t.lower(a + 1), Class::Det))));
        words == 0 || words > MAX_ITEM_WORDS || aside
    }) {
        return None;
    }
    Some(Items {
        spans: out,
        most: segs.len() + extra,
        optional,
        actions: false,
    })
}

/// The items of a copula list ("the four mills were Arden Mill, …") are names or "a/an"
/// nouns; anything else after "were" is a statement about the set.
fn copula_items(t: &Toks, spans: &[(usize, usize)]) -> bool {
    spans
        .iter()
        .all(|&(a, _)| t.capitalized(a) || matches!(t.lower(a), "a" | "an"))
}

/// True when an item is a bare plural of people ("men and women", "adults"): a group of
/// members, not one, so the list does not say how many it names.
fn group(t: &Toks, (a, b): (usize, usize)) -> bool {
    let words = b - a;
    let last = b - 1;
    (1..=2).contains(&words)
        && (a..b).all(|k| t.is_word(k) && !t.capitalized(k))
        && !syntax::is(t.lower(a), Class::Det)
        && crate::extract::singular::singular(t.lower(last))
            .is_some_and(|one| one != t.lower(last) && crate::wordnet::is_person(&one))
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    for (i, q) in qs.iter().enumerate() {
        if q.kind != Kind::Count
            || q.qualifier != Qualifier::Exact
            || !(2.0..=MAX_COUNT).contains(&q.stated)
            || q.stated.fract() != 0.0
            || q.direction.is_some()
        {
            continue;
        }
        // "shot three times -- twice in the torso and once in the head": a count of
        // occasions is divided, not listed.
        if q.noun.is_some_and(|n| {
            let w = ctx.doc.text[n.start..n.end].to_ascii_lowercase();
            w == "times" || w == "time"
        }) {
            continue;
        }
        let st = ctx.structure();
        let ph = &st.phrases;
        // A count that names what it counts ("four priorities"), or refers to a set ("All
        // four", "the six"); not one of several ("two fathers and two mothers:") unless the
        // one before closed a list of its own ("four men — ages 18 and 20 — and three women —
        // 17, 19 and 20"), and not the whole of a part ("two of the four men killed: A, 57,
        // and B, 68").
        let sibling = ph[i].lead_last.any(Marks::AND | Marks::OR)
            && !ph[i].lead.any(Marks::DASH | Marks::CLOSE);
        if (q.noun.is_none() && !ph[i].all && !ph[i].definite)
            || ph[i].partitive != Partitive::None
            || sibling
            || (i > 0
                && qs[i - 1].sentence == q.sentence
                && ph[i - 1].partitive == Partitive::Whole(i))
        {
            continue;
        }
        let Some(t) = st.toks(ctx.doc, q.sentence) else {
            continue;
        };
        // "WPXI 11 News Two brothers": a figure between a count and its noun.
        if q.noun
            .is_some_and(|n| qs.get(i + 1).is_some_and(|m| m.span.start < n.start))
        {
            continue;
        }
        let Some((open, from)) = opening(&t, q, &ph[i]) else {
            continue;
        };
        // "Rounding out the six companies are A, B and C": the set is no subject of its
        // own, and the list may name only some.
        if open == Open::Copula {
            let mut b = ph[i].first;
            while b > 0 && t.is_word(b - 1) && syntax::is(t.lower(b - 1), Class::Det) {
                b -= 1;
            }
            let ing = |k: usize| t.lower(k).ends_with("ing") && syntax::verb_at(&t, k).is_some();
            if (b > 0
                && t.is_word(b - 1)
                && (syntax::is(t.lower(b - 1), Class::Prep) || ing(b - 1)))
                || (b > 1 && t.is_word(b - 2) && ing(b - 2))
            {
                continue;
            }
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
        if matches!(
            t.lower(from),
            "including" | "includes" | "such" | "among" | "notably" | "especially" | "mostly"
        ) {
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
            let mut n = 0usize;
            let mut extra = 0usize;
            let mut ok = true;
            for &(a, b) in &spans {
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
            if !ok {
                continue;
            }
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
    identified_as(rule, ctx, out);
    in_places(rule, ctx, out);
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
        let before = out.len();
        out.extend(crate::rules::kinds::judged(
            rule,
            ctx,
            crate::rules::operand::Verdict::Hard,
            message,
            (count.span, "count"),
            related,
            || format!("{} < {} places", count.stated, places.len()),
        ));
        for f in &mut out[before..] {
            f.soften();
        }
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
        let mut ok = true;
        for &g in &ages {
            let at = token(g);
            if at == 0 || !t.is_punct(at - 1, ",") || at - 1 <= from || !name_words(from, at) {
                ok = false;
                break;
            }
            items.push(Span::new(t.toks[from].start, qs[g].span.end));
            from = at + 1;
            while from < t.len()
                && (t.is_punct(from, ",") || (t.is_word(from) && t.lower(from) == "and"))
            {
                from += 1;
            }
        }
        if !ok {
            continue;
        }
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

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn people_identified_by_name_and_age() {
        let sound = "Two men were fatally shot inside the shop. The coroner's office identified them as Ian C. Moss, 28, and Sam Hale, 32, of the 9400-block of Ada Street.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        let got = run(&sound.replace("Two men", "Three men"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning list-count “Three men” are announced, but the list that follows names 2 (Ian C. Moss, 28; Sam Hale, 32)"),
            "{got:?}"
        );
        // The count in the object, and names with a place between them.
        let got = run(
            "Police identified the three men as Ian Moss, 31, of Southeast D.C. and Sam Hale, 18, of Southeast D.C.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        for quiet in [
            // "them" after a sentence of two counts: which set is named is a guess.
            "Three men were shot and two women were hurt. Police identified them as Ian Moss, 28, and Sam Hale, 32.",
            // Some of a set: a partitive object.
            "Police identified two of the five victims as Ian Moss, 28, and Sam Hale, 32, and Ann Roe, 40.",
            // Not names: a lower-case word between the ages.
            "Police identified the three men as Ian Moss, 28, who lived nearby, and Sam Hale, 32.",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
    }

    #[test]
    fn people_named_in_apposition() {
        for sound in [
            "Two other men, Dillon and Raheam Jackson, ran from the restaurant.",
            "Police charged three suspects, John Reed, 27, Sam Hale, 31, and Ian C. Moss, 19, on Friday.",
        ] {
            assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
        }
        let got = run("Three other men, Dillon and Raheam Jackson, ran from the restaurant.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].contains("names 2"), "{got:?}");
        assert_eq!(
            run("Police charged four suspects, John Reed, 27, Sam Hale, 31, and Ian C. Moss, 19, on Friday.").len(),
            1
        );
        // Not a list of names: a clause, a single name, things that are not people.
        for quiet in [
            "He scored three goals, Smith said, and left.",
            "Police arrested three men, Smith among them, on Friday.",
            "The firm closed three plants, Leeds and York among them.",
            "Officers stopped two cars, Ford and Honda, on the bridge.",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
    }

    #[test]
    fn a_list_of_actions() {
        let text = |n: &str| {
            format!(
                "She said the party could help in {n} ways: lend support to the government, help draw up its programme, or have up to three ministers in a coalition."
            )
        };
        assert!(run(&text("three")).is_empty(), "{:?}", run(&text("three")));
        let got = run(&text("four"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains("“four ways” are announced, but the list that follows names 3"),
            "{got:?}"
        );
        // The last action joined by "and" alone.
        let got = run("The board set two goals: trim costs, raise prices and sell the old plant.");
        assert_eq!(got.len(), 1, "{got:?}");
        for quiet in [
            "The board set three goals: trim costs, raise prices and sell the old plant.",
            // A statement after the colon, not actions.
            "The board made two points: costs rose, he said, and prices fell.",
            // Items that are things, not actions, keep the list's own reading.
            "The board named three goals: lower costs, higher prices and a new plant.",
            // "and" before a new clause still ends the list.
            "The board had two goals: help for farmers and schools, and the minister resigned.",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
    }

    #[test]
    fn a_list_shorter_or_longer_than_announced() {
        let got = run("The minister named four priorities: jobs, health and schools.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("error list-count “four priorities” are announced, but the list that follows names 3"), "{got:?}");
        assert_eq!(
            run("The minister named two priorities: jobs, health, roads and schools.").len(),
            1
        );
        assert!(run("The minister named three priorities: jobs, health and schools.").is_empty());
        assert_eq!(
            run("The minister named three priorities: jobs, health, roads and schools.").len(),
            1
        );
        assert!(
            run("The minister named three priorities: law and order, jobs and schools.").is_empty()
        );
        // A colon that opens a clause, not a list.
        assert!(
            run("He had two words for them: the game is over and they should all go home now.")
                .is_empty()
        );
        // Items with figures are a breakdown, not a list.
        assert!(
            run("The storm killed 12 people: five in Leeds, four in York and others elsewhere.")
                .is_empty()
        );
    }

    #[test]
    fn lists_in_the_shapes_news_writes() {
        for (sound, wrong) in [
            (
                "The group sold its three brands - Alpha, Beta and Gamma - last year.",
                "The group sold its four brands - Alpha, Beta and Gamma - last year.",
            ),
            (
                "The five biggest lenders (Avon, Barr, Cole, Dane and Eyre) cut rates.",
                "The five biggest lenders (Avon, Barr, Cole and Dane) cut rates.",
            ),
            (
                "He said the four mills were Arden Mill, Bow Mill, Crag Mill and Dale Mill.",
                "He said the five mills were Arden Mill, Bow Mill, Crag Mill and Dale Mill.",
            ),
            (
                "Three people — a 20-year-old man, a 31-year-old man and a 44-year-old woman — were treated.",
                "Four people — a 20-year-old man, a 31-year-old man and a 44-year-old woman — were treated.",
            ),
            (
                "Police named three boys, ages 6, 9 and 14.",
                "Police named two boys, ages 6, 9 and 14.",
            ),
            (
                "He shot three women — 18, 22 and 30 — at the party.",
                "He shot four women — 18, 22 and 30 — at the party.",
            ),
            (
                "All four — two 19-year-olds and a 22- and 25-year-old — were treated.",
                "All five — two 19-year-olds and a 22- and 25-year-old — were treated.",
            ),
            (
                "The recall covers four models: the Aster X1, Aster X2, Brio 5 and Brio 7.",
                "The recall covers five models: the Aster X1, Aster X2, Brio 5 and Brio 7.",
            ),
            (
                "The coach made three changes, with Tom Reed, the veteran Sam Hale and Ian Moss coming in.",
                "The coach made two changes, with Tom Reed, the veteran Sam Hale and Ian Moss coming in.",
            ),
        ] {
            assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
            assert_eq!(run(wrong).len(), 1, "{wrong}: {:?}", run(wrong));
        }
        // Look-alikes: a list of places after "in" says where, not how many.
        assert!(run("Five people in Leeds, York and Hull were hurt.").is_empty());
    }

    #[test]
    fn ages_lists_read_as_news_writes_them() {
        for (sound, wrong) in [
            (
                "Three boys, ages 12, 13 and 15, were hurt.",
                "Two boys, ages 12, 13 and 15, were hurt.",
            ),
            (
                "Four men, ages 20, 23, 27 and another in his 40s, were hurt.",
                "Five men, ages 20, 23, 27 and another in his 40s, were hurt.",
            ),
            (
                "He shot two men — ages 30 and 34 — and three women — 22, 25 and 41, police said.",
                "He shot two men — ages 30 and 34 — and four women — 22, 25 and 41, police said.",
            ),
            (
                "The five victims — three men, ages 21, 21 and 20, and two women, ages 51 and 21 — were shot.",
                "The six victims — three men, ages 21, 21 and 20, and two women, ages 51 and 21 — were shot.",
            ),
            (
                "Two men, ages 20 and 21, and a girl, 16, were shot.",
                "Two men, ages 20, 21 and 22, and a girl, 16, were shot.",
            ),
            (
                "The five victims -- ages 14, 18, 29, and two 19-year-olds -- were treated.",
                "The six victims -- ages 14, 18, 29, and two 19-year-olds -- were treated.",
            ),
            (
                "The other two victims — Juan Ortiz, 27 and Jose Ruiz, 29 — were treated.",
                "The other three victims — Juan Ortiz, 27 and Jose Ruiz, 29 — were treated.",
            ),
            (
                "The couple's three children — two girls ages 2 and 6, and a son, 10 — slept.",
                "The couple's four children — two girls ages 2 and 6, and a son, 10 — slept.",
            ),
        ] {
            assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
            assert_eq!(run(wrong).len(), 1, "{wrong}: {:?}", run(wrong));
        }
        // Ages given once may be shared: fewer ages than members is only doubtful; a
        // repeated age lists one per member.
        let got = run("Three boys, ages 12 and 13, were hurt.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("warning list-count"), "{got:?}");
        let got = run("Three boys, ages 12, 12 and 13, were hurt.");
        assert!(got.is_empty(), "{got:?}");
        let got = run("Four boys, ages 12, 12 and 13, were hurt.");
        assert!(got[0].starts_with("error list-count"), "{got:?}");
        // A range of ages says nothing of how many.
        for sound in [
            "Four men, ages 19 to 24, were shot.",
            "Four men, ages 19-24, were shot.",
            "Ten victims aged between 20 and 37 were shot.",
        ] {
            assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
        }
    }

    #[test]
    fn what_looks_like_a_list_but_is_not() {
        for sound in [
            // A headline and its site's name.
            "Police investigate four shootings - KSLA News 12 Shreveport, Louisiana News Weather & Sports",
            // Occasions divided, not listed.
            "He was shot three times -- twice in the torso and once in the head.",
            // The whole of a part.
            "Services were held for two of the four men killed: Ann Bell, 57, of Leeds and Tom Cole, 68.",
            // Groups of members.
            "Five other people -- men and women -- had been shot, too.",
            // A statement about the set, not its members.
            "The other four victims were apparently shot by accident, police said.",
            "All six victims were students at the University of Utah, Salt Lake City.",
            // An aside, not an item.
            "Three other children — between ages 8 and 11, and from his first marriage — were unharmed.",
            "He is survived by three children — that we know of, the obituary reads — and a dog.",
            // An attribution after the list.
            "The bank will focus on three regions: the US, UK and Africa, the Journal reports.",
            // Some of the set.
            "He was shortlisted for 10 Grammys - including nominations for artist and album of the year - last year.",
            // A choice.
            "One of the four banks - Alpha Bank or Beta Bank - will be sold first.",
            // Names with "and" in them.
            "The plan is set out in two bills—The Work and Training Act and The Welfare Reform Act.",
            // Part of a set.
            "Rounding out the six companies are Acme, Bolt, Crux and Dyna.",
            // ", with" and no names, or no participle after them.
            "The fund holds 40 loans, with big lenders like Avon and Barr brokering them.",
            "Storms hit two towns, with Leeds and York in the dark for hours.",
        ] {
            assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
        }
    }

    #[test]
    fn things_counted_in_a_list_of_places_are_one_to_a_place_at_least() {
        let text = |n: &str| {
            format!(
                "{n} other winners in Ohio, Texas, New Mexico and Virginia matched five numbers."
            )
        };
        for sound in ["Four", "Nine"] {
            assert!(run(&text(sound)).is_empty(), "{:?}", run(&text(sound)));
        }
        let got = run(&text("Three"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning list-count “Three other winners” are counted in 4 places (Ohio; Texas; New Mexico; Virginia)"),
            "{got:?}"
        );
        // So many to each place, alternatives, and things that are no places.
        for quiet in [
            "Four were from Lebanon, and one apiece from Italy, Greece, and Britain.",
            "Two winners in Ohio, Texas or Virginia matched five numbers.",
            "Two teams in the League, the Cup and the Shield lost.",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
    }
}
