//! The event before a figure: the verb or event noun that the figure is the object or agent of.

use super::*;

/// The verb or event noun right before the figure: "killing 12 people", "has indexed 5
/// billion pages", "mugged by six men", "the arrests of 24 people".
pub(super) fn event_before(t: &Toks, first: usize, kind: Kind) -> Option<&'static str> {
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
    // "a record 49-match run", "the top 10": after an article the word is a noun.
    if b > 0 && t.is_word(b - 1) && matches!(t.lower(b - 1), "a" | "an" | "the") {
        return None;
    }
    if let Some(e) = LEXICON.event(w) {
        return Some(e.lemma);
    }
    // "lay off about 700 employees", "wiped out 3,000 homes": the verb of a particle.
    if syntax::is(w, syntax::Class::Particle)
        && b > 0
        && let Some(v) = syntax::verb_at(t, b - 1)
    {
        return Some(LEXICON.event(t.lower(b - 1)).map_or(v, |e| e.lemma));
    }
    // "killed his daughter and six grandchildren": the verb of a coordinated object, past a
    // short noun phrase of words alone.
    if matches!(w, "and" | "or") {
        return verb_of_coordinated(t, b);
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
    // "with a six-try victory": a figure after "a" measures the noun it modifies.
    if w == "with" && b > 0 {
        let modifier = t.is_word(first - 1) && matches!(t.lower(first - 1), "a" | "an");
        return (kind == Kind::Count && !modifier)
            .then(|| event_with(t, b - 1))
            .flatten();
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
        return agent_of(t, b, kind);
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

/// The act a figure after "with" takes part in, the word before "with" at token `v`: a verb
/// ("charged with two counts", "did reply with one") or a noun derived from one ("an
/// adjustment with one of the nations" → adjust). A noun that is its verb's own form ("a man
/// with two children", "talks with two envoys") names a thing as often as an act: left alone.
fn event_with(t: &Toks, v: usize) -> Option<&'static str> {
    if !t.is_word(v) {
        return None;
    }
    let w = t.lower(v);
    // "compared with 1.4bn", "along with two others": a comparison or company, no act.
    if LEXICON.in_group(Group::Companion, w) {
        return None;
    }
    if let Some(e) = LEXICON.event(w) {
        return (!e.noun).then_some(e.lemma);
    }
    syntax::verb_at(t, v).or_else(|| {
        let noun = lemma(w);
        crate::wordnet::nominal_verb(&noun).filter(|verb| *verb != noun)
    })
}

/// The verb of a coordinated object ("killed his daughter and six grandchildren"), past a
/// short noun phrase of words alone before the "and" or "or" at token `b`.
fn verb_of_coordinated(t: &Toks, b: usize) -> Option<&'static str> {
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
    None
}

/// The act of the agent after "by" at token `b`: a passive's participle a few words back
/// ("mugged by six men"), a verb of change adding or taking away ("cutting production by
/// another 10,000 vehicles"), or the act a noun before "of" names ("the usurpation of the
/// government of a State by one man").
fn agent_of(t: &Toks, b: usize, kind: Kind) -> Option<&'static str> {
    let agent = (b.saturating_sub(MAX_AGENT_GAP + 1)..b)
        .rev()
        .take_while(|&k| t.is_word(k))
        .find(|&k| t.lower(k).ends_with("ed"))
        .and_then(|k| syntax::verb_at(t, k));
    // "cutting first-quarter production by another 10,000 vehicles": the things a verb of
    // change adds or takes away, its object between ("grow by 64%" is a rate of change).
    agent
        .or_else(|| {
            if kind != Kind::Count {
                return None;
            }
            crate::extract::direction::change_before_by(t, b, |c, _| {
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
        })
}

/// The most words between a passive participle and "by" before its agent ("appointed under
/// that article by").
pub(super) const MAX_AGENT_GAP: usize = 3;

/// The most words between a noun of an act and "by" and its agent ("the usurpation of the
/// government of a State by one man").
pub(super) const MAX_NOMINAL_AGENT_GAP: usize = 8;

/// The most words between a verb and the head of its subject ("sales across the industry
/// also fell").
pub(super) const MAX_SUBJECT_WORDS: usize = 5;

/// The act a subject right before verb `v` names: the verb of the nearest noun before it that
/// nominalises one ("sales" → `sell`, "production" → `produce`), within a few words and not
/// past a comma or a clause's start.
pub(super) fn subject_act(t: &Toks, v: usize) -> Option<&'static str> {
    (v.saturating_sub(MAX_SUBJECT_WORDS + 1)..v)
        .rev()
        .take_while(|&k| t.is_word(k))
        .find_map(|k| crate::wordnet::nominal_verb(&lemma(t.lower(k))))
}
