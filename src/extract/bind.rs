//! Binding: what a figure counts, the event it measures, and where (context).
//!
//! - `counts`: the singular lemma of the head of the noun phrase after the figure, skipping
//!   modifiers ("17 suspected militants" → militant, "13 people" → person); after "of" for vague
//!   figures and partitives ("thousands of recruits", "four of the victims").
//! - `event`: the base form of the verb the figure measures (data/events.txt): a passive or
//!   active verb after the noun phrase ("17 people were killed", "12 killed"), a verb right
//!   before the figure ("killing 12 people"), the head noun when it names an event
//!   ("17 arrests" → arrest), or an event noun before "of" ("the arrests of 24 people").
//! - `context`: the prepositional phrase chain after it ("in Belgium", "at two locations in France").
//! - ellipsis: a count with no noun of its own ("13 in Belgium") counts what the figure before it
//!   in the same sentence counts.

use super::figure::Figure;
use super::token::Toks;
use super::{Kind, Quantity};
use crate::lexicon::{Group, LEXICON};
use crate::source::Span;

const MAX_NOUN_PHRASE: usize = 5;
const MAX_CONTEXT: usize = 10;

pub fn bind(t: &Toks, figures: &[Figure], quantities: &mut [Quantity]) {
    for (f, q) in figures.iter().zip(quantities.iter_mut()) {
        if !q.kind.is_quantity() {
            continue;
        }
        let mut p = f.end;
        // "thousands of recruits", "a third of voters", "four of the victims".
        let mut partitive = false;
        if t.lower(p) == "of" && t.is_word(p) && (q.kind == Kind::Count) {
            let mut k = p + 1;
            if LEXICON.in_group(Group::Determiner, t.lower(k)) {
                k += 1;
                partitive = true;
            }
            if partitive || f.vague.is_some() || f.num.words {
                p = k;
            }
        }
        let np = if q.kind == Kind::Count {
            noun_phrase(t, p)
        } else {
            NounPhrase { head: None, end: p }
        };
        if let Some(h) = np.head {
            q.counts = Some(lemma(t.lower(h)));
            q.noun = Some(Span::new(t.toks[h].start, t.toks[h].end));
        }
        q.event = event_after(t, np.end)
            .or_else(|| {
                np.head
                    .and_then(|h| LEXICON.event(t.lower(h)))
                    .map(|e| e.lemma)
            })
            .or_else(|| event_before(t, f.first));
        let ctx_start = skip_verb_group(t, np.end);
        if let Some(span) = context(t, ctx_start) {
            q.context.push(span);
        }
    }
    // Ellipsis: "17 arrests — 13 in Belgium and four in France".
    let mut antecedent: Option<usize> = None;
    for (k, f) in figures.iter().enumerate() {
        if quantities[k].kind != Kind::Count {
            continue;
        }
        if quantities[k].counts.is_some() {
            antecedent = Some(k);
            continue;
        }
        // No noun of its own: the next word is a function word or a verb ("and 12 injured").
        let next = t.lower(f.end);
        let bare = !t.is_word(f.end)
            || LEXICON.in_group(Group::Stop, next)
            || LEXICON.event(next).is_some_and(|e| !e.noun);
        if let (Some(a), true) = (antecedent, bare) {
            quantities[k].counts = quantities[a].counts.clone();
            quantities[k].event = quantities[k].event.or(quantities[a].event);
        }
    }
}

struct NounPhrase {
    head: Option<usize>,
    /// The first token after the phrase.
    end: usize,
}

fn is_plural(w: &str) -> bool {
    (w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is"))
        || (w.len() > 4 && w.ends_with("men"))
        || LEXICON.in_group(Group::Plural, w)
}

/// The noun phrase starting at `p`, and its head.
fn noun_phrase(t: &Toks, p: usize) -> NounPhrase {
    let mut j = p;
    let mut last_word = None;
    let mut words = 0;
    while j < t.len() && words < MAX_NOUN_PHRASE {
        // Hyphenated compounds: "anti-terror raids".
        if t.is_punct(j, "-")
            && t.attached(j)
            && t.attached(j + 1)
            && t.is_word(j + 1)
            && last_word.is_some()
        {
            j += 1;
            continue;
        }
        if !t.is_word(j) {
            break;
        }
        let w = t.lower(j);
        if LEXICON.in_group(Group::Skip, w) {
            j += 1;
            words += 1;
            continue;
        }
        if LEXICON.in_group(Group::Stop, w) && !(words > 0 && t.is_punct(j - 1, "-")) {
            break;
        }
        let verb_form = LEXICON.event(w).is_some_and(|e| !e.noun && !is_plural(w))
            || (LEXICON.event(w).is_none()
                && (w.ends_with("ing") || w.ends_with("ed"))
                && w.len() > 4);
        if verb_form {
            // "12 killed", "two gunmen raided Charlie Hebdo", "two interacting": a verb, not a
            // modifier, unless a lower-case noun follows ("17 wounded soldiers", "a dozen
            // ensuing raids").
            let modifier = t.is_word(j + 1)
                && !t.capitalized(j + 1)
                && !LEXICON.in_group(Group::Stop, t.lower(j + 1))
                && LEXICON
                    .event(t.lower(j + 1))
                    .is_none_or(|n| n.noun || is_plural(t.lower(j + 1)));
            if !modifier {
                break;
            }
            j += 1;
            words += 1;
            continue;
        }
        if is_plural(w) {
            // "20 sleeper cells", "17 arrests related to": the first plural is the head.
            return NounPhrase {
                head: Some(j),
                end: j + 1,
            };
        }
        last_word = Some(j);
        j += 1;
        words += 1;
        // A capitalised word after a lower-case head ends the phrase ("two suspects Thursday").
    }
    NounPhrase {
        head: last_word,
        end: last_word.map_or(p, |h| h + 1),
    }
}

/// pluralizer's singular of a plural, remembered per thread: its rules are regexes, and news
/// counts the same few nouns (people, arrests, deaths) again and again.
fn singular(w: &str) -> String {
    if let Some(s) = plain_singular(w) {
        return s;
    }
    use std::cell::RefCell;
    thread_local! {
        static SEEN: RefCell<rustc_hash::FxHashMap<String, String>> = RefCell::default();
    }
    SEEN.with(|seen| {
        let mut seen = seen.borrow_mut();
        if let Some(s) = seen.get(w) {
            return s.clone();
        }
        let s = super::singular::singular(w).unwrap_or_else(|| pluralizer::pluralize(w, 1, false));
        // Bounded: an archive of odd nouns must not grow it without end.
        if seen.len() >= 50_000 {
            seen.clear();
        }
        seen.insert(w.to_string(), s.clone());
        s
    })
}

/// The singular of a plural whose reading is certain without pluralizer: an irregular one of
/// `data/grammar.txt` ("people" → "person"), or a regular "-s" after a letter that never takes
/// "-es" ("arrests", "days", "deaths", "names"). `None` for the rest ("cities", "boxes",
/// "wolves", "crises"), which pluralizer reads.
fn plain_singular(w: &str) -> Option<String> {
    if let Some(s) = LEXICON.irregular_singular(w) {
        return Some(s.to_string());
    }
    // "churches" → "church", "boxes" → "box", "classes" → "class".
    if w.len() > 5 && w.bytes().all(|c| c.is_ascii_lowercase()) {
        for ending in ["ches", "shes", "sses", "xes"] {
            if w.ends_with(ending) && !w.ends_with("axes") {
                return Some(w[..w.len() - 2].to_string());
            }
        }
    }
    let stem = w.strip_suffix('s')?;
    let b = stem.as_bytes();
    let last = *b.last()?;
    let before = b.len().checked_sub(2).map(|k| b[k]);
    let safe = match last {
        b'b' | b'c' | b'd' | b'f' | b'g' | b'k' | b'l' | b'm' | b'n' | b'p' | b'r' | b't'
        | b'w' => true,
        // "days", "boys": a vowel before the y.
        b'y' => matches!(before, Some(b'a' | b'e' | b'o' | b'u')),
        // "deaths", "graphs", "laughs", not "churches" or "wishes" (those end in "es").
        b'h' => matches!(before, Some(b't' | b'p' | b'g')),
        // "names", "judges", "sites", not "boxes", "wishes", "churches", "classes", "cities",
        // "lives", "buzzes", "heroes", "crises".
        b'e' => {
            !(stem.ends_with("xe")
                || stem.ends_with("she")
                || stem.ends_with("che")
                || stem.ends_with("sse")
                || stem.ends_with("ze")
                || stem.ends_with("ie")
                || stem.ends_with("ve")
                || stem.ends_with("oe")
                || stem.ends_with("se"))
        }
        _ => false,
    };
    (safe && b.len() >= 2 && stem.bytes().all(|c| c.is_ascii_lowercase() || c == b'-'))
        .then(|| stem.to_string())
}

/// The singular lemma of a lower-case noun.
fn lemma(w: &str) -> String {
    let w = w.trim_end_matches(['\'', '’']);
    if LEXICON.in_group(Group::Plural, w) || is_plural(w) {
        singular(w)
    } else {
        w.to_string()
    }
}

/// Skips auxiliaries after a noun phrase: "were", "have been", "had reportedly been".
fn skip_aux(t: &Toks, mut p: usize) -> usize {
    while t.is_word(p) && LEXICON.in_group(Group::Aux, t.lower(p)) {
        p += 1;
    }
    p
}

/// An event verb after the noun phrase: "17 people were killed", "12 killed", "four died".
fn event_after(t: &Toks, p: usize) -> Option<&'static str> {
    let q = skip_aux(t, p);
    if !t.is_word(q) {
        return None;
    }
    let w = t.lower(q);
    LEXICON
        .event(w)
        .filter(|e| !e.noun || w.ends_with("ing"))
        .map(|e| e.lemma)
}

/// The end of the verb group after a noun phrase, where a context phrase may start.
fn skip_verb_group(t: &Toks, p: usize) -> usize {
    let q = skip_aux(t, p);
    if t.is_word(q) && LEXICON.event(t.lower(q)).is_some_and(|e| !e.noun) {
        q + 1
    } else {
        p
    }
}

/// An event word right before the figure: "killing 12 people", "killed four more people",
/// "the arrests of 24 people".
fn event_before(t: &Toks, first: usize) -> Option<&'static str> {
    let b = first.checked_sub(1)?;
    if !t.is_word(b) {
        return None;
    }
    if let Some(e) = LEXICON.event(t.lower(b)) {
        return Some(e.lemma);
    }
    if t.lower(b) == "of" && b > 0 {
        return LEXICON
            .event(t.lower(b - 1))
            .filter(|e| e.noun)
            .map(|e| e.lemma);
    }
    None
}

/// A context phrase starting at `p`: a preposition and what follows, up to the end of the clause.
fn context(t: &Toks, p: usize) -> Option<Span> {
    if !t.is_word(p) || !LEXICON.in_group(Group::Context, t.lower(p)) {
        return None;
    }
    let mut j = p + 1;
    let mut last = p;
    while j < t.len() && j - p <= MAX_CONTEXT {
        if t.is_word(j) {
            if LEXICON.in_group(Group::ClauseEnd, t.lower(j)) {
                break;
            }
            last = j;
        } else if t.is_num(j) {
            last = j;
        } else if !(t.is_punct(j, "-") && t.attached(j)
            || t.is_punct(j, "'")
            || t.is_punct(j, "’")
            || t.is_punct(j, ".") && t.attached(j) && t.is_word(j + 1))
        {
            break;
        }
        j += 1;
    }
    (last > p).then(|| Span::new(t.toks[p].start, t.toks[last].end))
}

#[cfg(test)]
mod tests {
    use super::plain_singular;

    #[test]
    fn plain_plurals_are_read_without_pluralizer() {
        for (plural, singular) in [
            ("arrests", "arrest"),
            ("days", "day"),
            ("deaths", "death"),
            ("names", "name"),
            ("people", "person"),
            ("churches", "church"),
            ("mailboxes", "mailbox"),
            ("news", "news"),
        ] {
            assert_eq!(
                plain_singular(plural).as_deref(),
                Some(singular),
                "{plural}"
            );
        }
        // Left to pluralizer, whose rules know them.
        for w in ["cities", "wolves", "crises", "heroes", "axes", "gases"] {
            assert_eq!(plain_singular(w), None, "{w}");
        }
    }
}
