//! The event after a counted noun phrase: the verb past auxiliaries, modals, modifiers, asides,
//! relative clauses and infinitives; a charge counted on; a passive and an object verb.

use super::*;

/// Skips a modal or "do" and its negation: "will", "could not", "didn't", "did not even".
pub(super) fn skip_modal(t: &Toks, mut p: usize) -> usize {
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
pub(super) fn skip_aux(t: &Toks, mut p: usize) -> usize {
    let start = p;
    while t.is_word(p) && LEXICON.in_group(Group::Aux, t.lower(p)) {
        // "were believed killed", "feared dead", but "people believed the economy …": a
        // verb of saying or thinking is the verb itself unless an auxiliary or a participle
        // goes with it.
        if LEXICON.in_group(Group::Report, t.lower(p))
            && p == start
            && !(t.is_word(p + 1)
                && ((t.lower(p + 1) == "to" && infinitive_after(t, p + 2))
                    || matches!(t.lower(p + 1), "dead" | "missing" | "killed")
                    || LEXICON.event(t.lower(p + 1)).is_some_and(|e| !e.noun)))
        {
            break;
        }
        p += 1;
    }
    p
}

/// True when token `k`, after "to", is a verb's base form: "reported to have died", not
/// "reported to police" (a noun WordNet reads first as a noun).
fn infinitive_after(t: &Toks, k: usize) -> bool {
    t.is_word(k)
        && (syntax::is(t.lower(k), Class::Aux)
            || crate::wordnet::verb_noun(t.lower(k))
                .is_some_and(|r| r != crate::wordnet::VerbNoun::NounFirst))
}

/// The verb after the noun phrase: "17 people were killed", "12 killed", "four died",
/// "Eighty firms have switched", "six men managed to steal" (the verb after "to"), "three
/// suffered injuries" (a light verb's event noun), "2,000 people surveyed".
pub(super) fn event_after(t: &Toks, p: usize, subject: bool) -> Option<&'static str> {
    // "Six children ages 3 to 10 died": the ages stand between the subject and its verb.
    let p = past_ages(t, p);
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
    if subject {
        q = past_listed_people(t, q);
    }
    // An aside between the subject and its verb: "Four men, including three bystanders, were
    // wounded", "1.8 million—more than half of them women—work".
    q = past_aside(t, q);
    if subject {
        q = past_subject_in_commas(t, q);
    }
    // "workers—some 4.79 million people—are working": the dash that closes the aside the
    // figure stands in, right before the verb group.
    if t.is_dash(q) && t.is_word(q + 1) && syntax::is(t.lower(q + 1), Class::Aux) {
        q = skip_aux(t, skip_modal(t, q + 1));
    }
    // "Four women and one man were shot": the verb after a coordinated subject.
    if t.is_word(q) && matches!(t.lower(q), "and" | "or") {
        q = past_second_subject(t, q);
    }
    // "who were killed": a relative clause about the counted things. Its verb is their event
    // only when it is one of the lexicon's: "30 firms who are seeking to promote …" and "one
    // lesson that has come home" tell what the things do, not what happened to them.
    let relative = matches!(t.lower(q), "who" | "that") && t.is_word(q);
    if relative {
        q = skip_aux(t, q + 1);
    }
    if let Some(v) = clause_about_them(t, q) {
        return Some(v);
    }
    q = past_obligation(t, q);
    while syntax::is_adverb(t, q) {
        q = skip_aux(t, q + 1);
    }
    if !t.is_word(q) {
        return None;
    }
    if subject && let Some(v) = past_reduced_relative(t, q) {
        return Some(v);
    }
    // "two leopards are behind the attacks", "three men responsible for the shooting": those
    // behind an act or answering for it did it.
    if let Some(e) = responsible_for(t, q) {
        return Some(e);
    }
    if relative && LEXICON.event(t.lower(q)).is_none_or(|e| e.noun) {
        return None;
    }
    verb_of_group(t, q)
}

/// The act a figure's things are behind or responsible for, at token `q`: "behind the
/// attacks" → `attack`, "responsible for the shooting" → `shoot`; a noun of the events lexicon.
fn responsible_for(t: &Toks, q: usize) -> Option<&'static str> {
    let mut k = match t.lower(q) {
        "behind" if t.is_word(q) => q + 1,
        "responsible" if t.is_word(q) && t.lower(q + 1) == "for" => q + 2,
        _ => return None,
    };
    if t.is_word(k) && syntax::is(t.lower(k), Class::Det) {
        k += 1;
    }
    t.is_word(k)
        .then(|| {
            LEXICON
                .event(t.lower(k))
                .filter(|e| e.noun)
                .map(|e| e.lemma)
        })
        .flatten()
}

/// The verb of a clause whose object the counted things are: its subject a pronoun ("the 600
/// stores it began closing", "the two men police arrested") or a possessive and a noun ("the
/// 8 million new jobs our businesses have created"); not a verb of saying.
fn clause_about_them(t: &Toks, q: usize) -> Option<&'static str> {
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
    None
}

/// Past a verb of obligation or report before "to" ("have had to be relocated", "are
/// believed to have occurred", "are to be benefited"); else `q` itself.
fn past_obligation(t: &Toks, mut q: usize) -> usize {
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
    q
}

/// The event of a harm that killed.
const KILL: &str = "kill";

/// The event of the verb group at `q`: an event verb ("were found dead": what was found done
/// to them; "shot dead": a killing), a verb after a catenative ("managed to steal"), the event
/// noun after a light verb ("suffered gunshot injuries"), or the verb itself; none for a
/// list's word ("including").
pub(super) fn verb_of_group(t: &Toks, q: usize) -> Option<&'static str> {
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
        if !e.noun && crate::extract::syntax::killed(t, q) {
            return Some(KILL);
        }
        return Some(e.lemma);
    }
    // "shot seven people including a girl": a list's word opens a subset, no event.
    if matches!(w, "including" | "excluding") {
        return None;
    }
    let verb = syntax::verb_at(t, q)?;
    if crate::extract::syntax::killed(t, q) {
        return Some(KILL);
    }
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
            while t.joins(j) && t.is_word(j + 1) {
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
pub(super) fn verb_after_aside(t: &Toks, p: usize) -> Option<&'static str> {
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
pub(super) fn object_verb(t: &Toks, first: usize) -> Option<&'static str> {
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
pub(super) fn nominal_of(t: &Toks, first: usize) -> Option<&'static str> {
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
pub(super) fn passive_after(t: &Toks, p: usize) -> Option<&'static str> {
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
pub(super) const MAX_MODIFIER: usize = 5;

/// The longest such phrase before a relative "who" ("members of its elite Hostage Rescue Team
/// who were killed").
pub(super) const MAX_RELATIVE_MODIFIER: usize = 7;

/// Past a prepositional phrase after a noun phrase when an auxiliary or a verb follows it
/// ("eight members of London UKIP were planning"); `p` itself otherwise.
pub(super) fn after_modifier(t: &Toks, p: usize) -> usize {
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
pub(super) fn skip_verb_group(t: &Toks, p: usize) -> usize {
    let q = skip_aux(t, p);
    if t.is_word(q) && LEXICON.event(t.lower(q)).is_some_and(|e| !e.noun) {
        q + 1
    } else {
        p
    }
}

/// "It took 15 years for hundreds of volunteers to build the trail", "waited for 40 buses to
/// arrive": things counted after "for" and before "to" and a verb are that verb's subject.
pub(super) fn infinitive_subject(t: &Toks, first: usize, end: usize) -> Option<&'static str> {
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
pub(super) const MAX_CHARGE_GAP: usize = 24;

/// "arrested Anthony Camden, 23, … on five counts of battery", "sentenced to 15 years on each
/// of three counts": counts or charges (`charge-noun`) after "on" are of the act done to
/// someone on them (`charge-verb` in `data/grammar.txt`), the nearest before in the sentence,
/// however far.
pub(super) fn charged_on(t: &Toks, first: usize, head: usize) -> Option<&'static str> {
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
