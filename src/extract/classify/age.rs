//! Ages: a bare number that gives someone's age by the words around it ("aged 34", "John
//! Smith, 34,", "he was 12 when", "died at 85"), not a count.

use super::super::Qualifier;
use super::super::figure::Figure;
use super::super::token::Toks;
use crate::lexicon::{Group, LEXICON};

/// "5 years old", "8 months old": an age written with spaces.
pub(super) fn years_old_after(t: &Toks, f: &Figure) -> bool {
    let e = f.end;
    (f.unit
        .is_some_and(|u| matches!(u, "year" | "month" | "week" | "day"))
        && t.lower(e) == "old")
        || (matches!(t.lower(e), "year" | "years" | "month" | "months") && t.lower(e + 1) == "old")
}

/// "the oldest one 15", "the youngest, 3", "the eldest being 12": a bare whole number after a
/// rank by age, with no counted noun after it ("the oldest 15 members" counts members).
pub(super) fn after_age_superlative(t: &Toks, f: &Figure) -> bool {
    let n = &f.num;
    if n.words || f.hi.is_some() || !(0.0..=120.0).contains(&n.value) || n.value.fract() != 0.0 {
        return false;
    }
    if t.is_word(f.end) && !matches!(t.lower(f.end), "and" | "or" | "years" | "months") {
        return false;
    }
    // Up to two filler tokens between the rank and the number.
    let filler = |j: usize| {
        t.is_punct(j, ",")
            || t.is_punct(j, ":")
            || matches!(
                t.lower(j),
                "one" | "being" | "is" | "was" | "just" | "only" | "aged"
            )
    };
    let mut j = f.first;
    for _ in 0..3 {
        let Some(k) = j.checked_sub(1) else {
            return false;
        };
        if LEXICON.in_group(Group::AgeSuperlative, t.lower(k)) {
            return true;
        }
        if !filler(k) {
            return false;
        }
        j = k;
    }
    false
}

/// "would have turned 18 next week", "turns 4 on Friday", "turned 16 in February": a bare
/// whole number after a verb of `age-verb`, with no counted noun after it, is the age reached
/// ("turned up to one gig" and "turns 10,000 acres into farms" are not).
pub(super) fn age_reached(t: &Toks, f: &Figure) -> bool {
    let n = &f.num;
    if f.hi.is_some()
        || f.unit.is_some()
        || f.qualifier != Qualifier::Exact
        || !(1.0..=120.0).contains(&n.value)
        || n.value.fract() != 0.0
        || f.first == 0
        || !LEXICON.in_group(Group::AgeVerb, t.lower(f.first - 1))
    {
        return false;
    }
    !t.is_word(f.end)
        || LEXICON.in_group(Group::Stop, t.lower(f.end))
        || crate::extract::syntax::is(t.lower(f.end), crate::extract::syntax::Class::Adv)
}

/// "died at 85", "Dead at 100", "passed away at 53": a bare whole number after a death and
/// "at", with no counted noun after it.
pub(super) fn death_at_age(t: &Toks, f: &Figure) -> bool {
    let n = &f.num;
    if f.hi.is_some() || !(1.0..=120.0).contains(&n.value) || n.value.fract() != 0.0 {
        return false;
    }
    if f.first < 2 || t.lower(f.first - 1) != "at" {
        return false;
    }
    if t.is_word(f.end) && !LEXICON.in_group(Group::Stop, t.lower(f.end)) {
        return false;
    }
    let w = t.lower(f.first - 2);
    matches!(w, "dead" | "away")
        || LEXICON
            .event(w)
            .is_some_and(|e| e.lemma == "die" && !e.noun)
}

/// "John Smith, 34, said": a number between commas after a name.
pub(super) fn is_age_apposition(t: &Toks, f: &Figure) -> bool {
    let n = &f.num;
    if n.words
        || f.qualifier != Qualifier::Exact
        || !(1.0..=110.0).contains(&n.value)
        || n.value.fract() != 0.0
    {
        return false;
    }
    let Some(b) = f.first.checked_sub(1) else {
        return false;
    };
    // "John Smith, 34," or "a girl, 5,": a name or a person's noun before the comma.
    b > 0
        && t.is_punct(b, ",")
        && t.is_word(b - 1)
        && (t.capitalized(b - 1) || person_noun(t.lower(b - 1)))
        && mark_ends(t, f.end)
}

/// True when token `k` ends the phrase before it: the sentence's end, or a comma, stop,
/// semicolon, dash or closing parenthesis.
fn mark_ends(t: &Toks, k: usize) -> bool {
    t.kind(k).is_none()
        || [",", ".", ";", "—", "–", ")"]
            .iter()
            .any(|p| t.is_punct(k, p))
}

/// "The victim was 19, police said", "when he was 12", "One of the victims was 34": a bare
/// whole number that completes "is" or "was" after a person (a singular noun of a person, a
/// name, "he", "she", "who") is the person's age ("The score was 34" is not one).
pub(super) fn is_age_complement(t: &Toks, f: &Figure) -> bool {
    let n = &f.num;
    if n.words
        || f.hi.is_some()
        || f.qualifier != Qualifier::Exact
        || !(1.0..=110.0).contains(&n.value)
        || n.value.fract() != 0.0
        || f.unit.is_some()
        || f.first < 2
        || !matches!(t.lower(f.first - 1), "is" | "was")
    {
        return false;
    }
    // The clause ends with the number ("was 34.", "was 12 when he died", "is 62 and lives"),
    // which starts no list ("is 25, 30, 40 feet away").
    let list = t.is_punct(f.end, ",") && t.is_num(f.end + 1);
    let ends = mark_ends(t, f.end)
        || (t.is_word(f.end) && matches!(t.lower(f.end), "when" | "and" | "at"));
    if !ends || list {
        return false;
    }
    let s = f.first - 2;
    if !t.is_word(s) {
        return false;
    }
    let w = t.lower(s);
    // "One of the victims was 34": one of a plural of people.
    let one_of = || {
        s >= 3
            && t.lower(s - 1) == "the"
            && t.lower(s - 2) == "of"
            && t.lower(s - 3) == "one"
            && crate::wordnet::classes(&super::super::lemma(w))
                .contains(crate::wordnet::NounClass::Person)
    };
    matches!(w, "he" | "she" | "who" | "i")
        || person_noun(w)
        || name_before(t, s, f.first - 1)
        || one_of()
}

/// True when a person's name of two words ends at token `s`, before the verb at `verb`: two
/// capitalised words, not a possessive's thing ("Hartfield's IQ is 67"), in running text
/// (a title-case headline capitalises every word: "Van Shooting Is 14").
fn name_before(t: &Toks, s: usize, verb: usize) -> bool {
    s > 0
        && t.capitalized(s)
        && t.is_word(s - 1)
        && t.capitalized(s - 1)
        && !t.capitalized(verb)
        && t.possessive_end(s - 1).is_none()
}

/// A singular noun of a person: "girl", "son", "victim" (WordNet).
fn person_noun(w: &str) -> bool {
    !w.ends_with('s')
        && crate::wordnet::classes(w).contains(crate::wordnet::NounClass::Person)
        && crate::wordnet::verb_lemma(w).is_none()
}

/// The most ages a list after a plural noun of people holds ("Three brothers, 14, 16 and 17,").
const MAX_AGES: usize = 6;

/// "Two men, 25 and 30, were shot", "three brothers, 14, 16 and 17,": whole numbers joined by
/// commas and "and" between a plural noun of people and a comma or full stop are their ages.
pub(super) fn is_age_list(t: &Toks, f: &Figure) -> bool {
    let age = |k: usize| {
        t.is_num(k) && t.exact(k).bytes().all(|b| b.is_ascii_digit()) && {
            let v: u32 = t.exact(k).parse().unwrap_or(0);
            (1..=110).contains(&v)
        }
    };
    let joint = |k: usize| t.is_punct(k, ",") || (t.is_word(k) && t.lower(k) == "and");
    if f.num.words || f.end != f.first + 1 || !age(f.first) || f.hi.is_some() {
        return false;
    }
    // Back over the list to the comma that opens it.
    let mut k = f.first;
    let mut ages = 1;
    while k >= 2 && joint(k - 1) && age(k - 2) && ages < MAX_AGES {
        k -= 2;
        ages += 1;
    }
    let opens = k >= 2 && t.is_punct(k - 1, ",") && t.is_word(k - 2) && {
        let w = t.lower(k - 2);
        let noun = super::super::lemma(w);
        noun != w && crate::wordnet::classes(&noun).contains(crate::wordnet::NounClass::Person)
    };
    // Forward to the comma or stop that closes it.
    let mut e = f.end;
    while joint(e) && age(e + 1) && ages < MAX_AGES {
        e += 2;
        ages += 1;
    }
    let closes = [",", ".", ";"].iter().any(|p| t.is_punct(e, p));
    opens && closes && ages >= 2
}
