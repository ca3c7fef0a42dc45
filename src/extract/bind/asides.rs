//! Past what stands between a subject and its verb: an aside, a second subject (joined by
//! "and" or set off by commas), a reduced relative clause.

use super::*;

/// The most tokens of a reduced relative clause ("pulled from the river Saturday") before the
/// verb of the clause it stands in.
pub(super) const MAX_REDUCED_RELATIVE: usize = 8;

/// "One of those pulled from the river has been identified", "22 of the projects targeted by
/// the agency have complied": a bare participle right after a subject, with no auxiliary,
/// opens a reduced relative clause, and the subject's own verb follows it. A participle of
/// the events lexicon stays the event ("12 people killed in the blast were buried" counts
/// the dead).
pub(super) fn past_reduced_relative(t: &Toks, q: usize) -> Option<&'static str> {
    let w = t.lower(q);
    let aux_before = q > 0 && t.is_word(q - 1) && syntax::is(t.lower(q - 1), Class::Aux);
    // A preposition after it makes it a participle: "believed things were …" is a past
    // tense with its object.
    let participle = t.is_word(q + 1) && syntax::is(t.lower(q + 1), Class::Prep);
    if aux_before || !participle || !w.ends_with("ed") || LEXICON.event(w).is_some() {
        return None;
    }
    let j = (q + 1..(q + 1 + MAX_REDUCED_RELATIVE).min(t.len()))
        .take_while(|&j| t.is_word(j) || t.is_punct(j, "'") || t.is_punct(j, "’"))
        .find(|&j| syntax::is(t.lower(j), Class::Finite))?;
    let mut k = skip_aux(t, j);
    while syntax::is_adverb(t, k) {
        k += 1;
    }
    if !t.is_word(k) {
        return None;
    }
    verb_of_group(t, k)
}

/// Past an aside between the subject and its verb, to the verb group after it: a subset set
/// off by commas ("Four men, including three bystanders, were wounded"), an aside set off by
/// dashes, a list of ages, or an adverb or a place set off by commas when an auxiliary
/// follows ("Two great elements, therefore, have not been denied"); else `q` itself.
pub(super) fn past_aside(t: &Toks, mut q: usize) -> usize {
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
        && (matches!(t.lower(q + 1), "including" | "among" | "ages" | "aged")
            // "Two men, 25 and 30, were shot": their ages.
            || (t.is_num(q + 1) && (t.is_punct(q + 2, ",") || t.lower(q + 2) == "and"))))
        || (t.is_dash(q) && !t.is_num(q + 1))
    {
        // Not a hyphen inside a word ("a 14-year-old girl"), nor a comma of a list of ages
        // ("Three brothers, 14, 16 and 17, were hurt").
        let close = (q + 2..(q + 2 + MAX_ASIDE).min(t.len()))
            .find(|&j| (t.is_punct(j, ",") && !t.is_num(j + 1)) || (t.is_dash(j) && !t.joins(j)))
            .map(|j| j + 1)
            .filter(|&j| {
                t.is_word(j)
                    && (LEXICON.in_group(Group::Aux, t.lower(j))
                        || syntax::verb_at(t, j).is_some()
                        // "— the war — ever threatened": an adverb before the verb.
                        || syntax::is_adverb(t, j)
                        // "…, and their mother have been found": a second subject follows.
                        || matches!(t.lower(j), "and" | "or"))
            });
        if let Some(j) = close {
            q = skip_aux(t, j);
        }
    }
    q
}

/// Past a coordinated second subject at the "and" or "or" at `q` ("Four women and one man were
/// shot", "37 offices and Jobcentres across the UK would close", "all 3 children and the man
/// died") to its verb group; else `q` itself.
pub(super) fn past_second_subject(t: &Toks, mut q: usize) -> usize {
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
    q
}

/// Past a second subject set off by commas at the comma at `q` ("About 1,800 tents, and
/// rations worth $25,000, were sent") to the verb group of both, when a finite "be" or "have"
/// follows its closing comma; else `q` itself.
pub(super) fn past_subject_in_commas(t: &Toks, q: usize) -> usize {
    if !(t.is_punct(q, ",") && t.is_word(q + 1) && t.lower(q + 1) == "and") {
        return q;
    }
    (q + 3..(q + 3 + MAX_ASIDE).min(t.len()))
        .take_while(|&j| !t.is_punct(j, ".") && !t.is_punct(j, ";"))
        .find(|&j| {
            t.is_punct(j, ",") && t.is_word(j + 1) && syntax::is(t.lower(j + 1), Class::Finite)
        })
        .map_or(q, |j| skip_aux(t, j + 1))
}

/// Past people listed after a subject with commas, to the verb of an event they share: "2
/// children, woman shot", "Two bailiffs, guard killed" (a headline lists its victims so;
/// [`syntax::listed_people`]). The subject's head, right before `q`, must be a person; the
/// verb no verb of saying ("Three men, Smith said, …" is an aside) nor a participle in "-ing"
/// ("Adult Picking Up Trash" opens a reduced relative). Else `q` itself.
pub(super) fn past_listed_people(t: &Toks, q: usize) -> usize {
    // The comma first: most subjects have none after them, and the person test reads WordNet.
    if q == 0
        || !t.is_punct(q, ",")
        || !(t.is_word(q - 1) && crate::wordnet::is_person(&lemma(t.lower(q - 1))))
    {
        return q;
    }
    let (listed, j) = syntax::listed_people(t, q - 1);
    let act = !t.lower(j).ends_with("ing")
        && syntax::verb_at(t, j).is_some_and(|v| !syntax::is(v, Class::Say));
    if listed > 0 && act { j } else { q }
}
