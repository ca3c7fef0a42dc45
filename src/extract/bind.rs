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
use super::syntax::{self, Class};
use super::token::Toks;
use super::{Kind, Quantity};
use crate::lexicon::{Group, LEXICON};
use crate::source::Span;

const MAX_NOUN_PHRASE: usize = 5;
const MAX_CONTEXT: usize = 10;
/// The most tokens between "the number of X" and the figure that gives it.
const MAX_NUMBER_OF: usize = 12;

/// The act of a toll named alone.
const DEATH: &str = "death";
/// The most tokens of an aside ("including three bystanders") between a subject and its verb.
const MAX_ASIDE: usize = 12;

pub fn bind(t: &Toks, figures: &[Figure], quantities: &mut [Quantity]) {
    for (k, (f, q)) in figures.iter().zip(quantities.iter_mut()).enumerate() {
        if !q.kind.is_quantity() {
            // "nine out of 10 club members": a part of a whole written in figures is a share
            // of what the noun after it counts.
            if q.kind == Kind::Fraction
                && (f.first..f.end).any(|i| t.is_word(i) && t.lower(i) == "of")
                && f.end > 0
                && t.is_num(f.end - 1)
            {
                q.counts = noun_phrase(t, f.end).head.map(|h| lemma(t.lower(h)));
            }
            continue;
        }
        // "34 of 42 passengers were injured": the whole's figure counts the set, not the event.
        let whole = k > 0 && partitive_whole(t, figures[k - 1].end, f.first);
        let mut p = f.end;
        // "thousands of recruits", "a third of voters", "four of the victims".
        let mut partitive = false;
        // "two of them", "one of whom": a pronoun names nothing; ellipsis below.
        let pronoun_of = t.lower(p) == "of"
            && matches!(
                t.lower(p + 1),
                "them" | "whom" | "which" | "those" | "these" | "us"
            );
        if pronoun_of {
            p += 2;
        } else if t.lower(p) == "of" && t.is_word(p) && (q.kind == Kind::Count) {
            let mut k = p + 1;
            if LEXICON.in_group(Group::Determiner, t.lower(k)) {
                k += 1;
                partitive = true;
            } else if let Some(j) = t.possessive_end(k).filter(|_| t.capitalized(k)) {
                // "one of Camden's charges".
                k = j;
                partitive = true;
            }
            // "three of their next 10 games": an order word before the whole's figure.
            if partitive
                && matches!(t.lower(k), "next" | "last" | "first" | "past" | "final")
                && super::numeral::read(t, k + 1).is_some()
            {
                k += 1;
            }
            // "one of its two members", "22 of the 30 projects": the whole's figure is passed
            // over, its noun is the head.
            if let Some(n) = super::numeral::read(t, k) {
                // "one of 30 projects", "22 of the 30 projects".
                partitive = true;
                k = n.end;
            }
            if partitive || f.vague.is_some() || f.num.words {
                p = k;
            }
        }
        // "several hundred or thousand machines": the noun after a second figure joined by
        // "or" is the first's too.
        if t.is_word(p) && t.lower(p) == "or" && t.is_word(p + 1) {
            if let Some(n) = super::numeral::read(t, p + 1) {
                p = n.end;
            } else if matches!(
                LEXICON.number(t.lower(p + 1)),
                Some(crate::lexicon::NumWord::Scale(..) | crate::lexicon::NumWord::Hundred)
            ) {
                p += 2;
            }
        }
        let np = if q.kind == Kind::Count && !pronoun_of {
            noun_phrase(t, p)
        } else {
            NounPhrase { head: None, end: p }
        };
        // "four others", "the other two": no noun of their own; ellipsis below.
        let head = np
            .head
            // Nor "96 fewer than", "two more than": a comparative, no thing counted.
            .filter(|&h| {
                !matches!(
                    t.lower(h),
                    "other" | "others" | "them" | "fewer" | "more" | "less"
                )
            })
            .or_else(|| copula_complement(t, &np, q.kind, pronoun_of));
        let measured = (q.kind == Kind::Count && !pronoun_of && head.is_none())
            .then(|| number_of(t, f.first))
            .flatten();
        // "Of the remaining animals, four (…)": a fronted partitive names what a bare count
        // counts.
        let head = head.or_else(|| {
            (q.kind == Kind::Count && !pronoun_of && measured.is_none())
                .then(|| fronted_of(t, f.first))
                .flatten()
        });
        let head = head.or(measured.map(|(h, _)| h));
        // The size of a toll ("the death toll rose to 19", "Toll at 19"): the head is the
        // toll's act, or the toll itself when named alone.
        let toll = measured.is_some_and(|(n, w)| head == Some(n) && is_toll(t, w));
        let bare_toll = toll && head.is_some_and(|h| is_toll(t, h));
        if let Some(h) = head {
            // A toll counts the people its act happens to.
            q.counts = Some(if toll {
                "person".to_string()
            } else {
                lemma(t.lower(h))
            });
            // The noun of the figure's own phrase; one named before it ("the number of
            // nurses … to 31,000") says what it counts but is no phrase of its.
            if h >= f.end {
                q.noun = Some(Span::new(t.toks[h].start, t.toks[h].end));
            }
        }
        // A figure right after a verb is its object, else the subject of what follows; right
        // after "said" it opens the clause it reports ("said 37 offices would close"). Read
        // only when a step below asks.
        let subject = || {
            f.first == 0
                || syntax::verb_at(t, f.first - 1).is_none()
                || matches!(t.lower(f.first - 1), "said" | "says" | "say")
        };
        q.event = head
            .map(|h| if bare_toll { DEATH } else { t.lower(h) })
            .and_then(|w| LEXICON.event(w).filter(|e| e.noun))
            .map(|e| e.lemma)
            // "11 nominations", "four fouls": a noun that names an act names its verb; yet
            // the verb whose object the figure is ("writing two new songs"), a passive after
            // it ("one of the charges was changed") or its subject's verb ("two causes have
            // involved us") names the act before a noun WordNet derives from a verb.
            .or_else(|| {
                let nominal = q
                    .counts
                    .as_deref()
                    .filter(|_| head.is_some())
                    .and_then(crate::wordnet::nominal_verb)?;
                Some(
                    object_verb(t, f.first)
                        .filter(|_| !whole)
                        .or_else(|| passive_after(t, np.end))
                        .or_else(|| {
                            // Not a verb of motion or a light one: "Eleven nominations
                            // went to the film" are nominations.
                            subject()
                                .then(|| event_after(t, np.end, true))
                                .flatten()
                                .filter(|&v| {
                                    !syntax::is(v, Class::Light)
                                        && !LEXICON.in_group(Group::StaticVerb, v)
                                        && !matches!(v, "go" | "come" | "be")
                                })
                        })
                        .unwrap_or(nominal),
                )
            })
            // "Two injured officers": a participle inside the noun phrase.
            .or_else(|| {
                let h = head?;
                (f.end..h).find_map(|k| {
                    let w = t.lower(k);
                    LEXICON
                        .event(w)
                        .filter(|e| !e.noun && w.ends_with("ed"))
                        .map(|e| e.lemma)
                })
            })
            // "The number of civil servants rose to 520,000": the clause's verb.
            .or_else(|| measured.and_then(|(h, word)| clause_verb(t, h, word, f.first)))
            // "The poll of 22,953 people was conducted": the act the noun before "of" names
            // is the figure's, before the clause's verb.
            .or_else(|| nominal_of(t, f.first))
            // Yet "half of 2,000 people surveyed": a participle of its own noun.
            .or_else(|| {
                let subject = subject();
                // "heard 5 or 6 shots go off": a bare verb after an object is a clause the
                // verb before governs; that verb names the act.
                let bare = !subject
                    && t.is_word(np.end)
                    && !LEXICON.in_group(Group::Aux, t.lower(np.end))
                    && syntax::verb_at(t, np.end).is_some_and(|v| v == t.lower(np.end));
                if bare {
                    return None;
                }
                event_after(t, np.end, subject).filter(|_| {
                    !whole || (t.is_word(np.end) && !LEXICON.in_group(Group::Aux, t.lower(np.end)))
                })
            })
            .or_else(|| event_before(t, f.first, q.kind).filter(|_| !whole))
            .or_else(|| head.and_then(|h| charged_on(t, f.first, h)))
            .or_else(|| infinitive_subject(t, f.first, np.end))
            .or_else(|| verb_after_aside(t, np.end));
        // "comprised 1,289 employees", "averaged 2.9 million viewers": a description, no
        // happening.
        if q.event
            .is_some_and(|e| LEXICON.in_group(Group::StaticVerb, e))
        {
            q.event = None;
        }
        let ctx_start = skip_verb_group(t, np.end);
        if let Some(span) = context(t, ctx_start) {
            q.context.push(span);
        }
    }
    // Ellipsis: "17 arrests — 13 in Belgium and four in France", "two of them", "four others".
    let mut antecedent: Option<usize> = None;
    for (k, f) in figures.iter().enumerate() {
        if quantities[k].kind != Kind::Count {
            // "1,512 yards (1,165 rushing …)": a measure or money between ends the ellipsis.
            if quantities[k].kind.is_quantity() {
                antecedent = None;
            }
            continue;
        }
        if quantities[k].counts.is_some() {
            antecedent = Some(k);
            continue;
        }
        if let Some(a) = antecedent.filter(|_| elliptic(t, f)) {
            quantities[k].counts = quantities[a].counts.clone();
            quantities[k].event = quantities[k].event.or(quantities[a].event);
        }
    }
}

/// "The number of civil servants rose to 520,000", "the city's homicide count to 16",
/// "boost police numbers by 10,000": a bare figure after "to", "at" or "by" gives the size of
/// a "number of X", "X count", "total of X" named before it in its clause; it counts X. The
/// noun's token, and the token of "number".
fn number_of(t: &Toks, first: usize) -> Option<(usize, usize)> {
    let b = first.checked_sub(1)?;
    // "Death Toll Hits 40", "the toll tops 100": a toll's verb right before the figure.
    if b > 0 && is_toll(t, b - 1) && t.is_word(b) && {
        let w = t.lower(b);
        syntax::verb_at(t, b).is_some()
            || crate::wordnet::base_verb(w.strip_suffix('s').unwrap_or(w)).is_some()
    } {
        return Some(toll_noun(t, b - 1));
    }
    if !t.is_word(b) || !matches!(t.lower(b), "to" | "at" | "by" | "of") {
        return None;
    }
    // "a death toll of 25": only a toll takes its size after "of" ("the number of 40
    // victims" does not).
    if t.lower(b) == "of" {
        return (b > 0 && is_toll(t, b - 1)).then(|| toll_noun(t, b - 1));
    }
    let from = b.saturating_sub(MAX_NUMBER_OF);
    for k in (from..b).rev() {
        if !t.is_word(k) {
            if t.is_num(k) || t.is_punct(k, ";") || t.is_punct(k, ":") {
                return None;
            }
            continue;
        }
        let w = t.lower(k);
        if syntax::is(w, Class::Sub) || (k + 1 < b && syntax::clause_starts(t, k)) {
            return None;
        }
        if is_toll(t, k) {
            return Some(toll_noun(t, k));
        }
        if !matches!(w, "number" | "numbers" | "count" | "total" | "tally") {
            continue;
        }
        // "the number of House Republicans retiring": the head of the phrase after "of".
        if t.lower(k + 1) == "of" && t.is_word(k + 1) {
            let np = noun_phrase(t, k + 2);
            return np.head.filter(|&h| h < b).map(|h| (h, k));
        }
        // "the homicide count", "police numbers": the noun before.
        return (k > 0 && t.is_word(k - 1) && crate::wordnet::is_noun(t.lower(k - 1)))
            .then_some((k - 1, k))
            .filter(|&(h, _)| !syntax::is(t.lower(h), Class::Det));
    }
    None
}

/// True when token `k` is "toll": the size of a toll counts what it tolls.
fn is_toll(t: &Toks, k: usize) -> bool {
    t.is_word(k) && matches!(t.lower(k), "toll" | "tolls")
}

/// What a toll at token `k` counts: the noun of an act before it ("death toll", "injury
/// toll"); a toll named alone ("Toll at 19", "the toll rose to 12") is the death toll, as news
/// uses the word. The noun's token (the toll's own for a bare toll), and the toll's.
fn toll_noun(t: &Toks, k: usize) -> (usize, usize) {
    let act = k > 0
        && t.is_word(k - 1)
        && LEXICON
            .event(t.lower(k - 1))
            .is_some_and(|e| e.noun && LEXICON.in_group(Group::TollNoun, t.lower(k - 1)));
    if act { (k - 1, k) } else { (k, k) }
}

/// The verb of a "number of X … to N" clause: after the noun ("rose", "retiring"), else
/// right before the "number" phrase ("increased the homicide count", "boost police numbers").
fn clause_verb(t: &Toks, head: usize, word: usize, first: usize) -> Option<&'static str> {
    let after = (head + 1..first).find_map(|k| {
        (k != word && t.is_word(k) && !LEXICON.in_group(Group::Aux, t.lower(k)))
            .then(|| syntax::verb_at(t, k))
            .flatten()
    });
    after.or_else(|| {
        let from = word.min(head).saturating_sub(MAX_MODIFIER);
        (from..word.min(head))
            .rev()
            .find_map(|k| t.is_word(k).then(|| syntax::verb_at(t, k)).flatten())
    })
}

/// "Of the remaining animals, four …", "Of those arrested, 12 …": the head of a partitive that
/// opens the sentence, when the figure follows its comma.
fn fronted_of(t: &Toks, first: usize) -> Option<usize> {
    if first < 3 || !t.is_punct(first - 1, ",") || t.lower(0) != "of" || !t.is_word(0) {
        return None;
    }
    let np = noun_phrase(t, 1);
    np.head.filter(|_| np.end == first - 1).or_else(|| {
        // "the remaining animals": words the noun phrase skips.
        let mut k = 1;
        while k < first - 1 && t.is_word(k) && syntax::is(t.lower(k), Class::Det) {
            k += 1;
        }
        let np = noun_phrase(t, k);
        np.head.filter(|_| np.end == first - 1)
    })
}

/// True when the figure starting at token `first` is the whole of a partitive whose part
/// ends at token `part_end`: "34 of 42", "two of the four", "22 of its 30".
fn partitive_whole(t: &Toks, part_end: usize, first: usize) -> bool {
    let mut k = first;
    if k > 0 && LEXICON.in_group(Group::Determiner, t.lower(k - 1)) {
        k -= 1;
    }
    k > 0 && k - 1 == part_end && t.lower(k - 1) == "of" && t.is_word(k - 1)
}

/// "700 were army pensioners", "Five are children": a bare count's noun after a copula, a
/// plural with no determiner of its own (not "were killed", "were in hospital", "were the
/// victims").
fn copula_complement(t: &Toks, np: &NounPhrase, kind: Kind, pronoun_of: bool) -> Option<usize> {
    if kind != Kind::Count
        || pronoun_of
        || np.head.is_some()
        || !t.is_word(np.end)
        || !matches!(t.lower(np.end), "were" | "are")
    {
        return None;
    }
    let c = noun_phrase(t, np.end + 1);
    let h = c.head?;
    (is_plural(t.lower(h)) && !LEXICON.in_group(Group::Stop, t.lower(np.end + 1))).then_some(h)
}

/// True when a count has no noun of its own and refers to one named before: the next word is
/// a function word, a verb or an adverb ("and 12 injured", "two mortally"), or "others", or a
/// partitive pronoun ("two of them", "one of whom").
pub(super) fn elliptic(t: &Toks, f: &Figure) -> bool {
    let next = t.lower(f.end);
    !t.is_word(f.end)
        || LEXICON.in_group(Group::Stop, next)
        || syntax::is(next, Class::Pron)
        || LEXICON.event(next).is_some_and(|e| !e.noun)
        || matches!(next, "other" | "others" | "more")
        || syntax::is_adverb(t, f.end)
        || syntax::verb_at(t, f.end).is_some()
        // "16 suffering gunshot wounds": a participle right after the figure.
        || ((next.ends_with("ing") || next.ends_with("ed"))
            && crate::wordnet::verb_lemma(next).is_some())
}

/// The default of a count that names nothing and refers to nothing named: people, when its
/// event happens to people ("12 killed", "sends seven to hospital").
pub(super) fn counts_people(event: Option<&str>) -> bool {
    event.is_some_and(|e| LEXICON.in_group(Group::HumanEvent, e))
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
        && (!w.ends_with("is") || demonym_plural(w))
        && !matches!(
            w,
            "news" | "overseas" | "series" | "species" | "always" | "perhaps"
        ))
        || (w.len() > 4 && w.ends_with("men"))
        || LEXICON.in_group(Group::Plural, w)
}

/// "Pakistanis", "Israelis", "taxis": a plural in "-is" whose singular in "-i" is a noun, unlike
/// "crisis" or "analysis".
fn demonym_plural(w: &str) -> bool {
    w.len() > 4 && crate::wordnet::is_noun(&w[..w.len() - 1])
}

/// The noun phrase starting at `p`, and its head.
fn noun_phrase(t: &Toks, p: usize) -> NounPhrase {
    let mut j = p;
    let mut last_word = None;
    let mut words = 0;
    while j < t.len() && words < MAX_NOUN_PHRASE {
        // "a 3-game losing streak", "three-counts": the word glued to the figure is what it
        // counts.
        if j == p && t.is_punct(j, "-") && t.attached(j) && t.attached(j + 1) && t.is_word(j + 1) {
            return NounPhrase {
                head: Some(j + 1),
                end: j + 2,
            };
        }
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
        // "another one expertly rifled": an adverb is no part of a noun phrase.
        if syntax::is_adverb(t, j) && !LEXICON.in_group(Group::Skip, w) {
            break;
        }
        if LEXICON.in_group(Group::Skip, w) {
            j += 1;
            words += 1;
            continue;
        }
        // "two brave and courageous men": adjectives joined by "and" before one plural noun.
        if matches!(w, "and" | "or") && words > 0 && adjectives_joined(t, j) {
            j += 1;
            words += 1;
            continue;
        }
        if LEXICON.in_group(Group::Stop, w) && !(words > 0 && t.is_punct(j - 1, "-")) {
            break;
        }
        // Not a word before "of" ("one count of fraud", "one charge of theft"): a noun.
        let before_of = t.lower(j + 1) == "of" && t.is_word(j + 1);
        // "Family of 5 Dies": a verb form in "-s" whose singular would be no noun ("dy") is
        // the verb.
        let verb_form = (LEXICON
            .event(w)
            .is_some_and(|e| !e.noun && (!is_plural(w) || !crate::wordnet::is_noun(&lemma(w))))
            && !before_of)
            || (LEXICON.event(w).is_none()
                && ((w.ends_with("ing") || w.ends_with("ed")) && w.len() > 4
                    // "several thousand gave their lives": an irregular past.
                    || (!is_plural(w) && syntax::verb_at(t, j).is_some_and(|v| v != w))));
        // "16 suffering gunshot wounds": a light verb and its object, not a modifier.
        if verb_form
            && w.ends_with("ing")
            && crate::wordnet::verb_lemma(w).is_some_and(|v| syntax::is(v, Class::Light))
        {
            break;
        }
        if verb_form {
            // "12 killed", "two gunmen raided Charlie Hebdo", "two interacting": a verb, not a
            // modifier, unless a lower-case noun follows ("17 wounded soldiers", "a dozen
            // ensuing raids").
            // In a title-case headline every word is capitalised: "3 Imprisoned Hikers" has
            // its plural noun after the participle all the same.
            let title_noun = t.capitalized(j)
                && t.capitalized(j + 1)
                && is_plural(t.lower(j + 1))
                && crate::wordnet::is_noun(&lemma(t.lower(j + 1)));
            let modifier = t.is_word(j + 1)
                && (!t.capitalized(j + 1) || title_noun)
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
            // A plural noun next modifies this one: a collective plural ("two police
            // officers"), or a proper name in "-s" before a lower-case noun ("25 Hamas
            // members").
            let modifier = LEXICON.in_group(Group::Plural, w)
                || (t.capitalized(j) && t.is_word(j + 1) && !t.capitalized(j + 1));
            if modifier
                && t.is_word(j + 1)
                && is_plural(t.lower(j + 1))
                && !LEXICON.in_group(Group::Stop, t.lower(j + 1))
                && crate::wordnet::is_noun(&lemma(t.lower(j + 1)))
            {
                j += 1;
                words += 1;
                continue;
            }
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

/// True when the "and" or "or" at token `j` joins two adjectives of one plural noun: "brave
/// and courageous men", not "one man and two women" or "officers and civilians".
fn adjectives_joined(t: &Toks, j: usize) -> bool {
    let plain = |k: usize| {
        t.is_word(k)
            && !t.capitalized(k)
            && !is_plural(t.lower(k))
            && !LEXICON.in_group(Group::Stop, t.lower(k))
            && !LEXICON.in_group(Group::Determiner, t.lower(k))
            && super::numeral::read(t, k).is_none()
    };
    j > 0
        && plain(j - 1)
        && plain(j + 1)
        && t.is_word(j + 2)
        && is_plural(t.lower(j + 2))
        && crate::wordnet::is_noun(&lemma(t.lower(j + 2)))
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
    if stem.ends_with('i') && demonym_plural(w) {
        return Some(stem.to_string()); // "pakistanis"
    }
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
pub(crate) fn lemma(w: &str) -> String {
    let w = w.trim_end_matches(['\'', '’']);
    // "grandchildren", "businesswomen": a compound of an irregular plural.
    for (plural, singular) in [("children", "child"), ("women", "woman"), ("men", "man")] {
        if let Some(stem) = w.strip_suffix(plural)
            && stem.len() >= 3
            && LEXICON.irregular_singular(w).is_none()
        {
            return format!("{stem}{singular}");
        }
    }
    if LEXICON.in_group(Group::Plural, w) || is_plural(w) {
        singular(w)
    } else {
        w.to_string()
    }
}

/// Skips a modal or "do" and its negation: "will", "could not", "didn't", "did not even".
fn skip_modal(t: &Toks, mut p: usize) -> usize {
    if !t.is_word(p) {
        return p;
    }
    let w = t.lower(p);
    // "didn't" is one token; its stem is "did", "won't" and "can't" are "wo" and "ca".
    let stem = w
        .strip_suffix("n't")
        .or_else(|| w.strip_suffix("n’t"))
        .unwrap_or(w);
    if !(LEXICON.in_group(Group::Modal, stem) || matches!(stem, "wo" | "ca")) {
        return p;
    }
    p += 1;
    if t.is_word(p) && t.lower(p) == "not" {
        p += 1;
    }
    // "didn't even play": an adverb before the verb.
    while syntax::is_adverb(t, p) {
        p += 1;
    }
    p
}

/// Skips auxiliaries after a noun phrase: "were", "have been", "had reportedly been".
fn skip_aux(t: &Toks, mut p: usize) -> usize {
    let start = p;
    while t.is_word(p) && LEXICON.in_group(Group::Aux, t.lower(p)) {
        // "were believed killed", "feared dead", but "people believed the economy …": a
        // verb of saying or thinking is the verb itself unless an auxiliary or a participle
        // goes with it.
        if LEXICON.in_group(Group::Report, t.lower(p))
            && p == start
            && !(t.is_word(p + 1)
                && (matches!(t.lower(p + 1), "to" | "dead" | "missing" | "killed")
                    || LEXICON.event(t.lower(p + 1)).is_some_and(|e| !e.noun)))
        {
            break;
        }
        p += 1;
    }
    p
}

/// The verb after the noun phrase: "17 people were killed", "12 killed", "four died",
/// "Eighty firms have switched", "six men managed to steal" (the verb after "to"), "three
/// suffered injuries" (a light verb's event noun), "2,000 people surveyed".
fn event_after(t: &Toks, p: usize, subject: bool) -> Option<&'static str> {
    // "four more are injured": "more" after a bare figure is no noun phrase of its own.
    let p = if t.is_word(p) && t.lower(p) == "more" && t.lower(p + 1) != "than" {
        p + 1
    } else {
        p
    };
    // "One of shooters among men killed": one among those an act befell is one it befell.
    if t.is_word(p)
        && t.lower(p) == "among"
        && let Some(e) = (p + 1..(p + 1 + MAX_MODIFIER).min(t.len()))
            .take_while(|&j| t.is_word(j))
            .find_map(|j| {
                let w = t.lower(j);
                LEXICON
                    .event(w)
                    .filter(|e| !e.noun && w.ends_with("ed"))
                    .map(|e| e.lemma)
            })
    {
        return Some(e);
    }
    // "six others with gunshot wounds", "two men with stab wounds": people counted with a
    // hurt done to them are the injured.
    if t.is_word(p)
        && t.lower(p) == "with"
        && (p + 1..(p + 1 + MAX_MODIFIER).min(t.len()))
            .take_while(|&j| t.is_word(j))
            .any(|j| LEXICON.in_group(Group::InjuryNoun, t.lower(j)))
    {
        return Some("injure");
    }
    let mut q = after_modifier(t, p);
    // "His four kids will help", "Only one in four will succeed": a modal after a subject.
    // After an object ("plans to shed 71,000 jobs will prove …") the verb is the clause's.
    if subject {
        q = skip_modal(t, q);
    }
    let mut q = skip_aux(t, q);
    // "3 million people a year visit", "2,000 hikers each summer attempt": a time phrase
    // between the subject and its verb.
    if t.is_word(q)
        && matches!(
            t.lower(q),
            "a" | "an" | "each" | "every" | "per" | "this" | "last"
        )
        && LEXICON.in_group(Group::TimeNoun, t.lower(q + 1))
        && t.is_word(q + 1)
    {
        q = skip_aux(t, q + 2);
    }
    // "The five victims, shot in their legs, …": a participle of the event set off by a
    // comma after the counted noun.
    if t.is_punct(q, ",") && q > 0 && t.is_word(q - 1) && t.is_word(q + 1) {
        let w = t.lower(q + 1);
        if let Some(e) = LEXICON
            .event(w)
            .filter(|e| !e.noun && !w.ends_with("ing") && !w.ends_with('s'))
        {
            return Some(e.lemma);
        }
    }
    // "Four men, including three bystanders, were wounded", "1.8 million—more than half of
    // them women—work": a subset set off by commas, or any aside set off by dashes, stands
    // between the subject and its verb.
    // So does a list of ages: "Two children, ages 3 and 5, and their mother were found".
    // And an adverb or a place set off by commas, when an auxiliary follows the closing one:
    // "Two great elements, therefore, have not been denied", "130 million Americans, in 48
    // States, have forgotten".
    // A short modifier may come first: "Two great elements of prosperity, therefore, have".
    let c = if t.is_word(q) && syntax::is(t.lower(q), Class::Prep) {
        (q + 1..(q + 1 + MAX_MODIFIER).min(t.len()))
            .take_while(|&j| t.is_word(j) || t.is_punct(j, ","))
            .find(|&j| t.is_punct(j, ","))
            .unwrap_or(q)
    } else {
        q
    };
    if t.is_punct(c, ",")
        && t.is_word(c + 1)
        && (syntax::is_adverb(t, c + 1) || syntax::is(t.lower(c + 1), Class::Prep))
        && let Some(j) = (c + 2..(c + 2 + MAX_ASIDE).min(t.len()))
            .find(|&j| t.is_punct(j, ","))
            .map(|j| j + 1)
            .filter(|&j| t.is_word(j) && LEXICON.in_group(Group::Aux, t.lower(j)))
    {
        q = skip_aux(t, skip_modal(t, j));
    } else if (t.is_punct(q, ",")
        && matches!(t.lower(q + 1), "including" | "among" | "ages" | "aged"))
        || (t.is_dash(q) && !t.is_num(q + 1))
    {
        let close = (q + 2..(q + 2 + MAX_ASIDE).min(t.len()))
            .find(|&j| t.is_punct(j, ",") || t.is_dash(j))
            .map(|j| j + 1)
            .filter(|&j| {
                t.is_word(j)
                    && (LEXICON.in_group(Group::Aux, t.lower(j))
                        || syntax::verb_at(t, j).is_some()
                        // "…, and their mother have been found": a second subject follows.
                        || matches!(t.lower(j), "and" | "or"))
            });
        if let Some(j) = close {
            q = skip_aux(t, j);
        }
    }
    // "workers—some 4.79 million people—are working": the dash that closes the aside the
    // figure stands in, right before the verb group.
    if t.is_dash(q) && t.is_word(q + 1) && syntax::is(t.lower(q + 1), Class::Aux) {
        q = skip_aux(t, skip_modal(t, q + 1));
    }
    // "Four women and one man were shot": the verb after a coordinated subject.
    if t.is_word(q) && matches!(t.lower(q), "and" | "or") {
        let mut j = q + 1;
        while j < t.len()
            && j <= q + MAX_MODIFIER
            && (t.is_num(j) || t.is_punct(j, ",") || t.is_punct(j, "-") || t.is_word(j))
            && !(t.is_word(j)
                && (LEXICON.in_group(Group::Aux, t.lower(j)) || syntax::verb_at(t, j).is_some()))
        {
            if t.is_word(j)
                && (syntax::is(t.lower(j), Class::Conj) || syntax::is(t.lower(j), Class::Prep))
            {
                break;
            }
            j += 1;
        }
        // "37 offices and Jobcentres across the UK would close": the second subject's
        // modifier, then the verb group.
        let (j, modal) = if j > q + 1 && t.is_word(j) && syntax::is(t.lower(j), Class::Prep) {
            let m = after_modifier(t, j);
            let k = skip_modal(t, m);
            (k, k > m)
        } else {
            (j, false)
        };
        if j > q + 1 && t.is_word(j) && LEXICON.in_group(Group::Aux, t.lower(j)) {
            q = skip_aux(t, j);
        } else if modal && syntax::verb_at(t, j).is_some() {
            q = j;
        } else if j > q + 2
            && j <= q + MAX_MODIFIER
            && syntax::verb_at(t, j).is_some()
            && (q + 1..j).all(|k| t.is_word(k))
            && (syntax::is(t.lower(q + 1), Class::Det) || t.is_num(q + 1))
        {
            // "all 3 children and the man died": a second subject with its determiner.
            q = j;
        }
    }
    // "who were killed": a relative clause about the counted things.
    if matches!(t.lower(q), "who" | "that") && t.is_word(q) {
        q = skip_aux(t, q + 1);
    }
    // "the 600 stores it began closing", "the two men police arrested": a clause whose
    // object the counted things are, its subject a pronoun; its verb is the event (a verb
    // of saying opens a clause about them instead).
    if t.is_word(q)
        && matches!(t.lower(q), "it" | "they" | "he" | "she" | "we")
        && let Some(v) = syntax::verb_at(t, q + 1).filter(|&v| !syntax::is(v, Class::Say))
    {
        if syntax::is(v, Class::Catenative) && t.lower(q + 2).ends_with("ing") {
            return syntax::verb_at(t, q + 2).or(Some(v));
        }
        return Some(v);
    }
    // "the 8 million new jobs our businesses have created": the subject a possessive and a
    // noun, then auxiliaries and a verb other than one of saying.
    if t.is_word(q)
        && matches!(
            t.lower(q),
            "our" | "their" | "his" | "her" | "its" | "my" | "your"
        )
        && t.is_word(q + 1)
        && crate::wordnet::is_noun(&lemma(t.lower(q + 1)))
    {
        let v = skip_aux(t, q + 2);
        if v > q + 2
            && let Some(verb) = syntax::verb_at(t, v).filter(|&v| !syntax::is(v, Class::Say))
        {
            return Some(verb);
        }
    }
    // "have had to be relocated", "will need to be moved": a verb of obligation before "to";
    // "are to be benefited": "be" before "to". So does a verb of report: "are believed to
    // have occurred", "are expected to attend".
    if q > 0
        && t.is_word(q)
        && t.lower(q) == "to"
        && (matches!(
            t.lower(q - 1),
            "had"
                | "have"
                | "has"
                | "having"
                | "need"
                | "needs"
                | "needed"
                | "ought"
                | "got"
                | "is"
                | "are"
                | "was"
                | "were"
        ) || LEXICON.in_group(Group::Report, t.lower(q - 1)))
    {
        q = skip_aux(t, q + 1);
    }
    while syntax::is_adverb(t, q) {
        q = skip_aux(t, q + 1);
    }
    if !t.is_word(q) {
        return None;
    }
    let w = t.lower(q);
    if let Some(e) = LEXICON.event(w).filter(|e| !e.noun || w.ends_with("ing")) {
        // "were found dead", "were found shot to death": what was found done to them is the
        // event.
        if e.lemma == "find"
            && let Some(done) = LEXICON
                .event(t.lower(q + 1))
                .filter(|d| !d.noun && LEXICON.tally(d.lemma).is_some())
        {
            return Some(done.lemma);
        }
        return Some(e.lemma);
    }
    // "shot seven people including a girl": a list's word opens a subset, no event.
    if matches!(w, "including" | "excluding") {
        return None;
    }
    let verb = syntax::verb_at(t, q)?;
    // "managed to steal", "tried to flee".
    if syntax::is(verb, Class::Catenative) && t.lower(q + 1) == "to" {
        return syntax::verb_at(t, q + 2).or(Some(verb));
    }
    // "suffered gunshot injuries", "made 17 arrests".
    // "suffered non-life-threatening injuries": a hyphenated compound counts as one word.
    if syntax::is(verb, Class::Light) {
        let mut j = q + 1;
        let mut words = 0;
        while words < 3 && t.is_word(j) {
            if let Some(e) = LEXICON.event(t.lower(j)).filter(|e| e.noun) {
                return Some(e.lemma);
            }
            j += 1;
            while t.is_punct(j, "-") && t.attached(j) && t.is_word(j + 1) && t.attached(j + 1) {
                j += 2;
            }
            words += 1;
        }
    }
    Some(verb)
}

/// "1.8 million—more than half of them women—work multiple jobs": after the dash that closes
/// an aside opened by the same dash right after the figure's phrase, a word WordNet reads as a
/// verb is the subject's verb, whatever its noun reading. Tried last: a nominal before the
/// figure ("Examinations of the first 16 bodies—all recovered whole—show") names its event.
fn verb_after_aside(t: &Toks, p: usize) -> Option<&'static str> {
    if !t.is_dash(p) || t.is_punct(p, "-") {
        return None;
    }
    let close = (p + 2..(p + 2 + MAX_ASIDE).min(t.len())).find(|&j| t.exact(j) == t.exact(p))?;
    let v = close + 1;
    (t.is_word(v) && !t.capitalized(v))
        .then(|| crate::wordnet::base_verb(t.lower(v)))
        .flatten()
}

/// The verb right before a figure whose object it is ("writing two new songs"), past
/// "another", "only" and determiners; not a light verb ("made 17 arrests": the noun names the
/// act) or an auxiliary.
fn object_verb(t: &Toks, first: usize) -> Option<&'static str> {
    let mut b = first.checked_sub(1)?;
    // "answered Saddam's invasion with 12 resolutions": the verb before the object that
    // "with" follows.
    if t.is_word(b) && t.lower(b) == "with" {
        return (b.saturating_sub(MAX_MODIFIER + 1)..b)
            .rev()
            .take_while(|&k| t.is_word(k))
            .find(|&k| t.lower(k).ends_with("ed") && !t.capitalized(k))
            .and_then(|k| syntax::verb_at(t, k))
            .filter(|&v| !syntax::is(v, Class::Light));
    }
    while b > 0
        && t.is_word(b)
        && (matches!(t.lower(b), "another" | "only" | "just" | "all")
            || (syntax::is(t.lower(b), Class::Det) && t.lower(b) != "that"))
    {
        b -= 1;
    }
    if !t.is_word(b) || t.capitalized(b) {
        return None;
    }
    let w = t.lower(b);
    if LEXICON.in_group(Group::Aux, w) || syntax::is(w, Class::Prep) {
        return None;
    }
    let v = LEXICON
        .event(w)
        .filter(|e| !e.noun)
        .map(|e| e.lemma)
        .or_else(|| syntax::verb_at(t, b))?;
    (!syntax::is(v, Class::Light)).then_some(v)
}

/// "the arrests of 24 people", "a survey of 10,227 firms": the act a noun right before "of"
/// names, when "of" comes right before the figure.
fn nominal_of(t: &Toks, first: usize) -> Option<&'static str> {
    let b = first.checked_sub(1)?;
    if !(b > 0 && t.is_word(b) && t.lower(b) == "of" && t.is_word(b - 1)) {
        return None;
    }
    let noun = t.lower(b - 1);
    LEXICON
        .event(noun)
        .filter(|e| e.noun)
        .map(|e| e.lemma)
        .or_else(|| crate::wordnet::nominal_verb(&lemma(noun)))
}

/// "One of the charges was also changed", "two songs were written": the participle of a
/// passive right after the noun phrase, what happened to the counted things.
fn passive_after(t: &Toks, p: usize) -> Option<&'static str> {
    let p = after_modifier(t, p);
    if !(t.is_word(p) && matches!(t.lower(p), "was" | "were" | "is" | "are" | "been")) {
        return None;
    }
    let mut q = skip_aux(t, p);
    while syntax::is_adverb(t, q) {
        q += 1;
    }
    let w = t.lower(q);
    (t.is_word(q) && (w.ends_with("ed") || w.ends_with("en")))
        .then(|| syntax::verb_at(t, q))
        .flatten()
}

/// The longest prepositional phrase allowed between a noun phrase and its verb ("members of
/// London UKIP were", "officers in central Louisiana have been").
const MAX_MODIFIER: usize = 5;

/// The longest such phrase before a relative "who" ("members of its elite Hostage Rescue Team
/// who were killed").
const MAX_RELATIVE_MODIFIER: usize = 7;

/// Past a prepositional phrase after a noun phrase when an auxiliary or a verb follows it
/// ("eight members of London UKIP were planning"); `p` itself otherwise.
fn after_modifier(t: &Toks, p: usize) -> usize {
    if !t.is_word(p) || !matches!(t.lower(p), "of" | "in" | "from" | "at" | "on" | "across") {
        return p;
    }
    let mut j = p + 1;
    // "23,000 people in 22 countries were questioned": a figure may stand in the modifier.
    while j < t.len() && j <= p + MAX_RELATIVE_MODIFIER && (t.is_word(j) || t.is_num(j)) {
        if t.is_num(j) {
            j += 1;
            continue;
        }
        let w = t.lower(j);
        // "two members of its elite Hostage Rescue Team who were killed": a relative clause
        // about the counted things after their modifier.
        if w == "who" {
            return j;
        }
        // "37 offices across the UK would close": a modal ends it as an auxiliary does.
        if j <= p + MAX_MODIFIER
            && (LEXICON.in_group(Group::Aux, w) || LEXICON.in_group(Group::Modal, w))
            && !matches!(w, "all" | "also" | "now" | "later")
        {
            return j;
        }
        if syntax::is(w, Class::Conj) || syntax::is(w, Class::Sub) {
            break;
        }
        j += 1;
    }
    p
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

/// "It took 15 years for hundreds of volunteers to build the trail", "waited for 40 buses to
/// arrive": things counted after "for" and before "to" and a verb are that verb's subject.
fn infinitive_subject(t: &Toks, first: usize, end: usize) -> Option<&'static str> {
    let mut b = first.checked_sub(1)?;
    while b > 0 && t.is_word(b) && matches!(t.lower(b), "about" | "some" | "only" | "the") {
        b -= 1;
    }
    if !(t.is_word(b) && t.lower(b) == "for" && t.is_word(end) && t.lower(end) == "to") {
        return None;
    }
    syntax::verb_at(t, end + 1).filter(|&v| v != "be")
}

/// How many tokens before "on" [`charged_on`] looks for its verb.
const MAX_CHARGE_GAP: usize = 24;

/// "arrested Anthony Camden, 23, … on five counts of battery", "sentenced to 15 years on each
/// of three counts": counts or charges (`charge-noun`) after "on" are of the act done to
/// someone on them (`charge-verb` in `data/grammar.txt`), the nearest before in the sentence,
/// however far.
fn charged_on(t: &Toks, first: usize, head: usize) -> Option<&'static str> {
    if !LEXICON.in_group(Group::ChargeNoun, t.lower(head)) {
        return None;
    }
    let mut b = first.checked_sub(1)?;
    // "on each of three counts", "on all four charges".
    if b >= 2 && t.lower(b) == "of" && t.lower(b - 1) == "each" {
        b -= 2;
    } else if matches!(t.lower(b), "all" | "the") {
        b = b.checked_sub(1)?;
    }
    if !(t.is_word(b) && t.lower(b) == "on") {
        return None;
    }
    (b.saturating_sub(MAX_CHARGE_GAP)..b)
        .rev()
        .take_while(|&k| !t.is_punct(k, ";"))
        .filter(|&k| t.is_word(k))
        .find_map(|k| {
            let w = t.lower(k);
            let lemma = LEXICON
                .event(w)
                .filter(|e| !e.noun)
                .map(|e| e.lemma)
                .or_else(|| crate::wordnet::verb_lemma(w))?;
            LEXICON.in_group(Group::ChargeVerb, lemma).then_some(lemma)
        })
}

/// The verb or event noun right before the figure: "killing 12 people", "has indexed 5
/// billion pages", "mugged by six men", "the arrests of 24 people".
fn event_before(t: &Toks, first: usize, kind: Kind) -> Option<&'static str> {
    let mut b = first.checked_sub(1)?;
    // "killed another four", "arrested only two", "release the three", "won the next two".
    while b > 0
        && t.is_word(b)
        && (matches!(
            t.lower(b),
            "another" | "only" | "just" | "also" | "all" | "next" | "first" | "last" | "final"
        ) || (syntax::is(t.lower(b), Class::Det) && t.lower(b) != "that"))
    {
        b -= 1;
    }
    if !t.is_word(b) {
        return None;
    }
    let w = t.lower(b);
    if let Some(e) = LEXICON.event(w) {
        return Some(e.lemma);
    }
    // "lay off about 700 employees", "wiped out 3,000 homes": the verb of a particle.
    if matches!(w, "off" | "out" | "up" | "down" | "away" | "back")
        && b > 0
        && let Some(v) = syntax::verb_at(t, b - 1)
    {
        return Some(LEXICON.event(t.lower(b - 1)).map_or(v, |e| e.lemma));
    }
    // "killed his daughter and six grandchildren": the verb of a coordinated object, past a
    // short noun phrase of words alone.
    if matches!(w, "and" | "or") {
        let mut k = b;
        while k > 0 && b - k < MAX_MODIFIER {
            k -= 1;
            if !t.is_word(k) && !t.is_punct(k, "'") && !t.is_punct(k, "’") {
                return None;
            }
            if t.is_word(k)
                && (syntax::is(t.lower(k), Class::Conj) || syntax::is(t.lower(k), Class::Prep))
            {
                return None;
            }
            let v = t.lower(k);
            if let Some(v) = LEXICON
                .event(v)
                .filter(|e| !e.noun || v.ends_with("ing"))
                .map(|e| e.lemma)
            {
                // Not the end of a compound ("title-winning seasons and two triumphs").
                let compound = k > 0 && t.is_punct(k - 1, "-") && t.attached(k);
                return (k + 1 < b && !compound).then_some(v);
            }
        }
        return None;
    }
    // "sales across the industry fell to 1.25 million vehicles": a level reached by a verb of
    // change counts what the act its subject names does (`sale` → sell).
    if matches!(w, "to" | "from")
        && b > 0
        && LEXICON
            .change(t.lower(b - 1))
            .is_some_and(|c| c.has(crate::lexicon::ChangeRole::Verb))
    {
        return subject_act(t, b - 1);
    }
    // "fired on 100 people", "opened fire at a crowd of 30": a verb and its preposition.
    // "engaged in two wars": after "in" only an inflected verb ("his second win in six
    // matches" is a noun's phrase).
    if matches!(w, "on" | "at" | "upon" | "in" | "into") && b > 0 {
        let v = t.lower(b - 1);
        if matches!(w, "in" | "into") && !(v.ends_with("ed") || v.ends_with("ing")) {
            return None;
        }
        return LEXICON
            .event(v)
            .filter(|e| !e.noun)
            .map(|e| e.lemma)
            // "wanted on four counts": a participle of any verb.
            .or_else(|| {
                let v = t.lower(b - 1);
                (v.ends_with("ed") && !LEXICON.in_group(Group::Aux, v))
                    .then(|| syntax::verb_at(t, b - 1))
                    .flatten()
            });
    }
    // "including 13 officers": the list's word names no event.
    if matches!(w, "including" | "include" | "includes" | "included") {
        return None;
    }
    if w == "of" && b > 0 {
        return nominal_of(t, b + 1);
    }
    // "mugged by six men", "appointed under that article by the two Governments": the agent
    // of a passive, its participle a few words back.
    if w == "by" && b > 0 {
        let agent = (b.saturating_sub(MAX_AGENT_GAP + 1)..b)
            .rev()
            .take_while(|&k| t.is_word(k))
            .find(|&k| t.lower(k).ends_with("ed"))
            .and_then(|k| syntax::verb_at(t, k));
        // "cutting first-quarter production by another 10,000 vehicles": the things a verb of
        // change adds or takes away, its object between ("grow by 64%" is a rate of change).
        return agent
            .or_else(|| {
                if kind != Kind::Count {
                    return None;
                }
                super::direction::change_before_by(t, b, |c, _| {
                    c.has(crate::lexicon::ChangeRole::Verb)
                })
                .and_then(|k| syntax::verb_at(t, k))
            })
            // "the usurpation of the government of a State by one man": the agent of the act
            // a noun before "of" names.
            .or_else(|| {
                (b.saturating_sub(MAX_NOMINAL_AGENT_GAP + 1)..b)
                    .rev()
                    .take_while(|&k| t.is_word(k))
                    .filter(|&k| t.lower(k + 1) == "of")
                    .find_map(|k| crate::wordnet::nominal_verb(&lemma(t.lower(k))))
            });
    }
    // "…, beat two players": a word read first as a verb, right before a figure, is one even
    // with no word before it.
    syntax::verb_at(t, b)
        .or_else(|| {
            crate::wordnet::base_verb(w).filter(|&v| {
                crate::wordnet::verb_noun(v) == Some(crate::wordnet::VerbNoun::VerbFirst)
                    && !(b > 0 && t.is_word(b - 1))
            })
        })
        // "now faces one count of …": an "-s" form right before a figure, after a word that is
        // no determiner, is a verb whatever its noun reading ("the faces" is not).
        .or_else(|| {
            let stem = w.strip_suffix('s')?;
            let after_det = b > 0 && t.is_word(b - 1) && syntax::is(t.lower(b - 1), Class::Det);
            (b > 0 && t.is_word(b - 1) && !after_det && !w.ends_with("ss"))
                .then(|| crate::wordnet::base_verb(stem))
                .flatten()
        })
}

/// The most words between a passive participle and "by" before its agent ("appointed under
/// that article by").
const MAX_AGENT_GAP: usize = 3;

/// The most words between a noun of an act and "by" and its agent ("the usurpation of the
/// government of a State by one man").
const MAX_NOMINAL_AGENT_GAP: usize = 8;

/// The most words between a verb and the head of its subject ("sales across the industry
/// also fell").
const MAX_SUBJECT_WORDS: usize = 5;

/// The act a subject right before verb `v` names: the verb of the nearest noun before it that
/// nominalises one ("sales" → `sell`, "production" → `produce`), within a few words and not
/// past a comma or a clause's start.
fn subject_act(t: &Toks, v: usize) -> Option<&'static str> {
    (v.saturating_sub(MAX_SUBJECT_WORDS + 1)..v)
        .rev()
        .take_while(|&k| t.is_word(k))
        .find_map(|k| crate::wordnet::nominal_verb(&lemma(t.lower(k))))
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
