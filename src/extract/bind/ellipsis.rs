//! Ellipsis: what a count with no noun of its own counts, and whether it opens a clause of its
//! own.

use super::*;

/// Ellipsis: a bare count takes what the count before it counts ("17 arrests — 13 in Belgium
/// and four in France", "two of them", "four others"), unless money or a measure stands
/// between.
pub(super) fn ellipsis(t: &Toks, figures: &[Figure], quantities: &mut [Quantity]) {
    let mut antecedent: Option<usize> = None;
    for (k, f) in figures.iter().enumerate() {
        if quantities[k].kind != Kind::Count {
            // "1,512 yards (1,165 rushing …)": a measure or money between ends the ellipsis.
            if quantities[k].kind.is_quantity() && !share_aside(t, f, quantities[k].kind) {
                antecedent = None;
            }
            continue;
        }
        if quantities[k].counts.is_some() {
            antecedent = Some(k);
            continue;
        }
        if let Some(a) = antecedent.filter(|_| elliptic(t, f)) {
            quantities[k].counts = quantities[a]
                .counts
                .as_deref()
                .map(|a| elliptic_counts(t, f, a));
            // "Two were killed and four others were in hospital": a count that is the subject
            // of a clause of its own tells its own act, not the one before.
            if !own_clause(t, f) {
                quantities[k].event = quantities[k].event.or(quantities[a].event);
            }
        }
    }
}

/// "65,844,610 votes (48.2%) to Trump's 62,979,636": a percentage in parentheses is the
/// share of the count before it, no measure of other things; an ellipsis goes past it.
pub(crate) fn share_aside(t: &Toks, f: &Figure, kind: Kind) -> bool {
    kind == Kind::Percent && f.first > 0 && t.is_punct(f.first - 1, "(") && t.is_punct(f.end, ")")
}

/// What an elliptic count counts, given what its antecedent counts: the same things, but
/// people when the antecedent is a toll's act and the count is of people described anew:
/// others with a verb of their own ("eight deaths … two others remain missing"), or "those"
/// a participle or a relative clause describes ("one of those fatalities … one of those
/// pulled from the river"). "Two of them", "one more", "four in Houston" stay the toll's acts.
pub(crate) fn elliptic_counts(t: &Toks, f: &Figure, antecedent: &str) -> String {
    let k = f.end;
    let described = t.is_word(k)
        && t.lower(k) == "of"
        && matches!(t.lower(k + 1), "those" | "these")
        && t.is_word(k + 2)
        && (t.lower(k + 2).ends_with("ed") || matches!(t.lower(k + 2), "who" | "whom"));
    let others = t.is_word(k) && matches!(t.lower(k), "other" | "others") && own_clause(t, f);
    if (described || others) && LEXICON.in_group(Group::TollNoun, antecedent) {
        PERSON.to_string()
    } else {
        antecedent.to_string()
    }
}

/// True when a finite form of "be" or "have" follows a count and the "others" or "more" after
/// it, or another verb does ("three others remain in hospital"; after a bare count, a verb
/// that is no noun: "three remain missing"): the count is the subject of a clause of its own.
pub(crate) fn own_clause(t: &Toks, f: &Figure) -> bool {
    let mut k = f.end;
    let others = t.is_word(k) && matches!(t.lower(k), "other" | "others" | "more");
    if others {
        k += 1;
    }
    if !t.is_word(k) {
        return false;
    }
    let w = t.lower(k);
    syntax::is(w, Class::Finite)
        || if others {
            noun::verb_of_others(t, k)
        } else {
            noun::bare_verb(t, k)
        }
}

/// True when a count has no noun of its own and refers to one named before: the next word is
/// a function word, a verb or an adverb ("and 12 injured", "two mortally"), or "others", or a
/// partitive pronoun ("two of them", "one of whom").
pub(crate) fn elliptic(t: &Toks, f: &Figure) -> bool {
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
