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

mod asides;
mod ellipsis;
mod event_after;
mod event_before;
mod noun;

use asides::*;
use ellipsis::ellipsis;
pub(super) use ellipsis::{elliptic, elliptic_counts, own_clause, share_aside};
use event_after::*;
use event_before::*;
pub(crate) use noun::lemma;
use noun::*;

const MAX_NOUN_PHRASE: usize = 5;
const MAX_CONTEXT: usize = 10;
/// The most tokens between "the number of X" and the figure that gives it.
const MAX_NUMBER_OF: usize = 12;

/// The act of a toll named alone.
const DEATH: &str = "death";
/// What a toll counts: the people its act happens to.
const PERSON: &str = "person";
/// The most tokens of an aside ("including three bystanders") between a subject and its verb.
const MAX_ASIDE: usize = 12;

pub fn bind(t: &Toks, figures: &[Figure], quantities: &mut [Quantity]) {
    for (k, (f, q)) in figures.iter().zip(quantities.iter_mut()).enumerate() {
        if !q.kind.is_quantity() {
            if q.kind == Kind::Fraction {
                fraction(t, f, q);
            }
            continue;
        }
        // "34 of 42 passengers were injured": the whole's figure counts the set, not the event.
        let whole = k > 0 && partitive_whole(t, figures[k - 1].end, f.first);
        let (p, pronoun_of) = noun_start(t, f, q);
        let np = if q.kind == Kind::Count && !pronoun_of {
            let np = noun_phrase(t, p);
            // Right after the figure: not "one of the alleged thieves".
            if q.stated == 1.0 && p == f.end {
                singular_head(t, np, p)
            } else {
                np
            }
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
                PERSON.to_string()
            } else {
                lemma(t.lower(h))
            });
            // The noun of the figure's own phrase; one named before it ("the number of
            // nurses … to 31,000") says what it counts but is no phrase of its.
            if h >= f.end {
                q.noun = Some(Span::new(t.toks[h].start, t.toks[h].end));
            }
        }
        q.event = event_of(t, f, q, head, &np, whole, measured, bare_toll);
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
    ellipsis(t, figures, quantities);
    shared_predicate(t, figures, quantities);
}

/// "3 adults, six children dead", "Two men, three women arrested": counts of people listed
/// with commas before one predicate share its event. A count of its own noun with no event,
/// whose noun a comma and the next count follow right away, takes the next count's event (from
/// the last, so a longer list takes it too).
fn shared_predicate(t: &Toks, figures: &[Figure], quantities: &mut [Quantity]) {
    // People listed, as a toll lists them: not "In one case, two men were arrested", "25 lead
    // changes among 13 drivers, 10 cautions".
    let people = |q: &Quantity| q.counts.as_deref().is_some_and(crate::wordnet::is_person);
    for k in (0..figures.len().saturating_sub(1)).rev() {
        let (q, next) = (&quantities[k], &quantities[k + 1]);
        let Some(noun) = q.noun else {
            continue;
        };
        if q.kind != Kind::Count
            || next.kind != Kind::Count
            || q.event.is_some()
            || next.event.is_none()
            || next.noun.is_none()
            || !people(q)
            || !people(next)
        {
            continue;
        }
        // The list opens its clause: not "The dead included at least six guards, six
        // attackers and four civilians".
        let mut b = figures[k].first;
        while b > 0
            && t.is_word(b - 1)
            && matches!(t.lower(b - 1), "the" | "all" | "other" | "these" | "those")
        {
            b -= 1;
        }
        let opens = b == 0
            || [":", ",", ";", "(", "—", "–", "-"]
                .iter()
                .any(|m| t.is_punct(b - 1, m));
        let end = t.toks.partition_point(|x| x.start < noun.end);
        if opens && t.is_punct(end, ",") && figures[k + 1].first == end + 1 {
            quantities[k].event = quantities[k + 1].event;
        }
    }
}

/// A share: "nine out of 10 club members have played", "a third of the staff were fired",
/// "only one in four will succeed". A part of a whole written in figures counts what the
/// noun after it counts, so does a share before "of" (and perhaps a determiner) and a noun;
/// the share is the subject of the verb after it.
fn fraction(t: &Toks, f: &Figure, q: &mut Quantity) {
    let of_whole = (f.first..f.end).any(|i| t.is_word(i) && t.lower(i) == "of")
        && f.end > 0
        && (t.is_num(f.end - 1) || LEXICON.number(t.lower(f.end - 1)).is_some());
    let start = if of_whole {
        Some(f.end)
    } else if t.is_word(f.end) && t.lower(f.end) == "of" {
        // "a third of the staff", "two-thirds of voters": not "half of the 40 victims",
        // whose figure counts them.
        let p = if LEXICON.in_group(Group::Determiner, t.lower(f.end + 1)) {
            f.end + 2
        } else {
            f.end + 1
        };
        (t.is_word(p) && !t.is_num(p)).then_some(p)
    } else {
        None
    };
    let end = match start {
        Some(p) => {
            let np = noun_phrase(t, p);
            q.counts = np.head.map(|h| lemma(t.lower(h)));
            if q.counts.is_none() {
                return;
            }
            np.end
        }
        None => f.end,
    };
    q.event = event_after(t, end, true)
        .filter(|&e| !LEXICON.in_group(Group::StaticVerb, e) && !syntax::is(e, Class::Light));
}

/// Where the counted noun of a figure starts: past a partitive's "of" and its determiner or
/// possessive ("four of the victims", "one of Camden's charges"), past the whole's figure
/// ("22 of the 30 projects"), past a second figure joined by "or" ("several hundred or
/// thousand machines"). Also whether the figure is "two of them" (a pronoun names nothing).
fn noun_start(t: &Toks, f: &Figure, q: &Quantity) -> (usize, bool) {
    let mut p = f.end;
    // "61 out of the past 62 months", "four out of their six games": "out of" before the
    // whole's figure is a partitive's "of" (not "pulled three out of the water").
    if t.is_word(p)
        && t.lower(p) == "out"
        && t.lower(p + 1) == "of"
        && q.kind == Kind::Count
        && (p + 2..p + 5)
            .take_while(|&k| t.is_word(k) || t.is_num(k))
            .any(|k| crate::extract::numeral::read(t, k).is_some())
    {
        p += 1;
    }
    // "thousands of recruits", "a third of voters", "four of the victims".
    let mut partitive = false;
    // "two of them", "one of whom": a pronoun names nothing; ellipsis below. Not "two of
    // these crises": a demonstrative before a noun determines it.
    let pronoun_of = t.lower(p) == "of"
        && match t.lower(p + 1) {
            "them" | "whom" | "which" | "us" => true,
            "those" | "these" => !noun_after_demonstrative(t, p + 2),
            _ => false,
        };
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
            && crate::extract::numeral::read(t, k + 1).is_some()
        {
            k += 1;
        }
        // "one of its two members", "22 of the 30 projects": the whole's figure is passed
        // over, its noun is the head.
        if let Some(n) = crate::extract::numeral::read(t, k) {
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
        if let Some(n) = crate::extract::numeral::read(t, p + 1) {
            p = n.end;
        } else if matches!(
            LEXICON.number(t.lower(p + 1)),
            Some(crate::lexicon::NumWord::Scale(..) | crate::lexicon::NumWord::Hundred)
        ) {
            p += 2;
        }
    }
    // "Two 15-year-old males were arrested": an age between a count and its noun describes
    // the noun.
    if q.kind == Kind::Count
        && t.is_num(p)
        && t.joins(p + 1)
        && LEXICON.unit(t.lower(p + 2)) == Some("year")
        && t.is_punct(p + 3, "-")
        && t.lower(p + 4) == "old"
        && t.is_word(p + 5)
        // Not "one 90-year-old has died": the age is the noun there.
        && !crate::extract::syntax::is(t.lower(p + 5), crate::extract::syntax::Class::Finite)
    {
        p += 5;
    }
    (p, pronoun_of)
}

/// True when token `k`, after "these" or "those", is a noun they determine ("two of these
/// crises"), not what follows a pronoun: "those killed", "those who", "these were".
fn noun_after_demonstrative(t: &Toks, k: usize) -> bool {
    if !t.is_word(k) {
        return false;
    }
    let w = t.lower(k);
    !w.ends_with("ed")
        && !w.ends_with("ing")
        && !LEXICON.in_group(Group::Aux, w)
        && !syntax::is(w, Class::Prep)
        && !syntax::is(w, Class::Conj)
        && crate::wordnet::is_noun(&lemma(w))
}

/// The event a figure measures, in order: a noun that names an act; the verb of a figure a
/// noun derived from a verb counts; a participle inside the noun phrase; the clause's verb
/// of "the number of"; the act the noun before "of" names; the verb after the noun phrase;
/// the verb before the figure; a charge; an infinitive's subject; a verb past an aside.
#[allow(clippy::too_many_arguments)]
fn event_of(
    t: &Toks,
    f: &Figure,
    q: &Quantity,
    head: Option<usize>,
    np: &NounPhrase,
    whole: bool,
    measured: Option<(usize, usize)>,
    bare_toll: bool,
) -> Option<&'static str> {
    // A figure right after a verb is its object, else the subject of what follows; right
    // after "said" it opens the clause it reports ("said 37 offices would close"). Read
    // only when a step below asks.
    let subject = || {
        f.first == 0
            || syntax::verb_at(t, f.first - 1).is_none()
            || matches!(t.lower(f.first - 1), "said" | "says" | "say")
    };
    // "…, said one former employee who accused him", "…, said two officials.": after "said",
    // a figure whose noun phrase ends the sentence or a "who" follows is the speaker, not the
    // subject of a clause reported ("said 37 offices would close", "says one male and one
    // female have been found").
    if f.first > 0 && matches!(t.lower(f.first - 1), "said" | "says") && head.is_some() {
        let q = after_modifier(t, np.end);
        let speaker = if t.is_word(q) {
            matches!(t.lower(q), "who" | "whose")
        } else {
            q >= t.len() || [".", "!", "?", "\"", "”"].iter().any(|p| t.is_punct(q, p))
        };
        if speaker {
            return Some("say");
        }
    }
    // "a six-try victory", "a 3-game losing streak": a noun glued to the figure before the
    // noun they modify together is a measure, no act.
    let modifier = head.is_some_and(|h| {
        h == f.end + 1 && t.is_punct(f.end, "-") && t.attached(f.end) && t.is_word(h + 1)
    });
    head.filter(|_| !modifier)
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
                .filter(|_| head.is_some() && !modifier)
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
        // Not for the subject of a clause of its own ("two were dead and two others are in
        // hospital").
        .or_else(|| event_before(t, f.first, q.kind).filter(|_| !whole && !own_clause(t, f)))
        .or_else(|| head.and_then(|h| charged_on(t, f.first, h)))
        .or_else(|| infinitive_subject(t, f.first, np.end))
        .or_else(|| verb_after_aside(t, np.end))
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

/// The default of a count that names nothing and refers to nothing named: people, when its
/// event happens to people ("12 killed", "sends seven to hospital").
pub(super) fn counts_people(event: Option<&str>) -> bool {
    event.is_some_and(|e| LEXICON.in_group(Group::HumanEvent, e))
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
mod tests;
