//! Reading the list after a count: where it opens and ends, its items (names, ages, actions,
//! groups of people), and the shapes that are no list.

use super::*;

/// The token index at byte offset `at` (the first token starting at or after it).
pub(super) fn token_at(t: &Toks, at: usize) -> usize {
    t.toks.partition_point(|k| k.start < at)
}

/// The first token after what figure `q` counts: its noun, or the figure itself when bare,
/// with "other(s)" after it ("the four others:").
pub(super) fn noun_end(t: &Toks, q: &Quantity, p: &Phrase) -> usize {
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
pub(super) fn opening(t: &Toks, q: &Quantity, p: &Phrase) -> Option<(Open, usize)> {
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
pub(super) fn list_end(t: &Toks, open: Open, from: usize) -> Option<usize> {
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
pub(super) fn with_end(t: &Toks, from: usize) -> Option<usize> {
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
pub(super) fn names_end(t: &Toks, from: usize) -> Option<usize> {
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
pub(super) fn name_items(t: &Toks, spans: &[(usize, usize)]) -> bool {
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
pub(super) fn ages(
    t: &Toks,
    qs: &[Quantity],
    ph: &[Phrase],
    i: usize,
    from: usize,
) -> Option<List> {
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
        // A range or a bound ("ages 7 and younger") says nothing of how many.
        if !matches!(q.qualifier, Qualifier::Exact | Qualifier::Approx) {
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
pub(super) fn only_ages(t: &Toks, a: usize, b: usize) -> bool {
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
pub(super) struct Items {
    pub(super) spans: Vec<(usize, usize)>,
    /// The most items any reading gives, every "and" splitting.
    pub(super) most: usize,
    /// Without commas, the "and"s that may as well join words of one item ("The Work and
    /// Training Opportunities Act and …"); one of them joins the last two items. Not the
    /// "and" of a suspended hyphen ("a 22- and 25-year-old").
    pub(super) optional: usize,
    /// Every item an action opening with a bare verb ("in three ways: lend support, help draw
    /// up the programme, or join a coalition"): one item each, whatever figures it holds.
    pub(super) actions: bool,
}

/// "working alarms", "armed officers": a participle before a noun modifies it.
pub(super) fn modifier(t: &Toks, k: usize) -> bool {
    let w = t.lower(k);
    (w.ends_with("ing") || w.ends_with("ed"))
        && t.is_word(k + 1)
        && crate::extract::singular::singular(t.lower(k + 1))
            .is_some_and(|one| crate::wordnet::is_noun(&one))
}

/// True when token `k` is a lower-case verb in its base form that reads first as a verb
/// ("lend", "help", "raise"; not "support", a noun first), or "have" or "do": the head of an
/// action in a list of actions.
pub(super) fn base_verb_at(t: &Toks, k: usize) -> bool {
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
pub(super) fn items(t: &Toks, from: usize, to: usize) -> Option<Items> {
    let semi = (from..to).any(|k| t.is_punct(k, ";"));
    let mut segs = segments(t, from, to, semi);
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
    if out.iter().any(|&item| no_item(t, item)) {
        return None;
    }
    Some(Items {
        spans: out,
        most: segs.len() + extra,
        optional,
        actions: false,
    })
}

/// The segments of a list between tokens `from` and `to`, split at semicolons (`semi`) or
/// commas, each past its opening "and"/"or"; an age after an item is of that item.
fn segments(t: &Toks, from: usize, to: usize, semi: bool) -> Vec<(usize, usize)> {
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
    segs
}

/// True when tokens `[a, b)` are no item of a list: empty, too long, or a clause or an aside
/// (opening with a verb, a preposition, an adverb, a pronoun or a subordinator).
fn no_item(t: &Toks, (a, b): (usize, usize)) -> bool {
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
}

/// The items of a copula list ("the four mills were Arden Mill, …") are names or "a/an"
/// nouns; anything else after "were" is a statement about the set.
pub(super) fn copula_items(t: &Toks, spans: &[(usize, usize)]) -> bool {
    spans
        .iter()
        .all(|&(a, _)| t.capitalized(a) || matches!(t.lower(a), "a" | "an"))
}

/// True when an item is a bare plural of people ("men and women", "adults"): a group of
/// members, not one, so the list does not say how many it names.
pub(super) fn group(t: &Toks, (a, b): (usize, usize)) -> bool {
    let words = b - a;
    let last = b - 1;
    (1..=2).contains(&words)
        && (a..b).all(|k| t.is_word(k) && !t.capitalized(k))
        && !syntax::is(t.lower(a), Class::Det)
        && crate::extract::singular::singular(t.lower(last))
            .is_some_and(|one| one != t.lower(last) && crate::wordnet::is_person(&one))
}
