//! The counted noun phrase: its head past modifiers, plurals and demonyms, and its lemma.

use super::*;

pub(super) struct NounPhrase {
    pub(super) head: Option<usize>,
    /// The first token after the phrase.
    pub(super) end: usize,
}

pub(super) fn is_plural(w: &str) -> bool {
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

/// True when word `k` is a verb in its base form that no noun reads as, with what follows a
/// verb after it ("three remain in hospital", "two flee the scene", "five live in London",
/// "two remain hospitalized"), not a modifier of a noun ("one long gun", "two long years",
/// "one long-held resolve", "one Long Island community").
pub(super) fn bare_verb(t: &Toks, k: usize) -> bool {
    let w = t.lower(k);
    syntax::verb_at(t, k) == Some(w) && verb_alone(t, k, w)
}

/// True when verb `lemma` at token `k` is no noun in WordNet and what follows goes on a clause
/// (the test of [`bare_verb`] once its lemma is known): "three remain in hospital".
fn verb_alone(t: &Toks, k: usize, lemma: &str) -> bool {
    crate::wordnet::verb_noun(lemma) == Some(crate::wordnet::VerbNoun::VerbOnly)
        && clause_goes_on(t, k + 1)
}

/// True when token `k` may follow a verb, not a noun it modifies: the end, a mark other than a
/// hyphen, a word that stops a noun phrase ("in", "the", "for"), an adverb, a participle
/// ("remain hospitalized"; "remain missing." but not "a long running feud").
fn clause_goes_on(t: &Toks, k: usize) -> bool {
    if !t.is_word(k) {
        return !t.is_punct(k, "-");
    }
    let w = t.lower(k);
    let stops = |j: usize| !t.is_word(j) || LEXICON.in_group(Group::Stop, t.lower(j));
    LEXICON.in_group(Group::Stop, w)
        || syntax::is_adverb(t, k)
        || (!t.capitalized(k) && (w.ends_with("ed") || (w.ends_with("ing") && stops(k + 1))))
}

/// True when word `k` after "others" or "more" is their verb ("three others remain in
/// hospital", "two others remained hospitalized"), not a noun they modify ("three more
/// suspects", "14 more refrigerated trucks") nor a word of time ("four others last summer").
pub(super) fn verb_of_others(t: &Toks, k: usize) -> bool {
    let w = t.lower(k);
    let Some(lemma) = syntax::verb_at(t, k) else {
        return false;
    };
    !is_plural(w)
        && !w.ends_with("ing")
        && (crate::wordnet::verb_noun(lemma) == Some(crate::wordnet::VerbNoun::VerbOnly)
            || (w != lemma && w.ends_with("ed")))
        && clause_goes_on(t, k + 1)
}

/// "Pakistanis", "Israelis", "taxis": a plural in "-is" whose singular in "-i" is a noun, unlike
/// "crisis" or "analysis".
pub(super) fn demonym_plural(w: &str) -> bool {
    w.len() > 4 && crate::wordnet::is_noun(&w[..w.len() - 1])
}

/// True when the word at `j` is no part of a noun phrase: an adverb ("another one expertly
/// rifled"), a pronoun ("one accusing it"; but "US" and "IT" in capitals are names, and "ones"
/// of "the good ones" stands for a noun), or a month's name before a day ("three more July 18",
/// "Sept. 11 planners"; not "three November Tests"). Words of `skip` are read past, not here.
fn outside_phrase(t: &Toks, j: usize) -> bool {
    let w = t.lower(j);
    let pronoun = syntax::is(w, Class::Pron)
        && !matches!(w, "one" | "ones")
        && !(w.len() > 1 && t.exact(j).bytes().all(|b| b.is_ascii_uppercase()));
    let date =
        LEXICON.is_month(w) && (t.is_num(j + 1) || (t.is_punct(j + 1, ".") && t.is_num(j + 2)));
    (syntax::is_adverb(t, j) || pronoun || date || contracted(w))
        && !LEXICON.in_group(Group::Skip, w)
}

/// True when the ages of the counted things start at `j`: "ages 3 to 10", "aged six",
/// "age 5".
pub(super) fn age_apposition(t: &Toks, j: usize) -> bool {
    t.is_word(j)
        && LEXICON.in_group(Group::AgeBefore, t.lower(j))
        && (t.is_num(j + 1) || super::super::numeral::number_word(t, j + 1).is_some())
}

/// Past the ages of the counted things at `p` ("ages 3 months to 10 years old", "aged 18 or
/// over", "aged 22 to 31 years of age"): the figures, joined by "to", "and", "or" or a hyphen,
/// with units of time and "old"; else `p` itself. Ages set off by commas are an aside, read
/// past as one.
pub(super) fn past_ages(t: &Toks, p: usize) -> usize {
    if !age_apposition(t, p) {
        return p;
    }
    let mut j = p + 1;
    while j < t.len() {
        let word = t.is_word(j) && {
            let w = t.lower(j);
            matches!(
                w,
                "to" | "and" | "or" | "through" | "between" | "old" | "age"
            ) || (w == "of" && t.lower(j + 1) == "age")
                || LEXICON.in_group(Group::TimeNoun, w.strip_suffix('s').unwrap_or(w))
                || super::super::numeral::number_word(t, j).is_some()
        };
        if !(t.is_num(j) || t.is_punct(j, "-") || word) {
            break;
        }
        j += 1;
    }
    // A bound after the last joiner: "aged 18 or over", "ages 7 and younger", "80 or better";
    // any other word leaves the joiner to the coordination ("ages 5 and 7 and their mother").
    if matches!(t.lower(j - 1), "and" | "or") {
        let w = t.lower(j);
        if t.is_word(j) && (w.ends_with("er") || matches!(w, "up" | "above" | "below")) {
            j += 1;
        } else {
            j -= 1;
        }
    }
    j
}

/// True when a hyphen at `j` glues a number to the word before it ("K-9", "F-16").
fn glued_number(t: &Toks, j: usize) -> bool {
    t.joins(j) && t.is_num(j + 1)
}

/// The endings of contracted verbs and negations, in both apostrophes.
const CONTRACTIONS: [&str; 12] = [
    "'ve", "'re", "'ll", "'d", "'m", "n't", "’ve", "’re", "’ll", "’d", "’m", "n’t",
];

/// True when a word carries a contracted verb or negation ("who've", "they're", "it'll",
/// "isn't"): a pronoun and its verb, or a negated verb, never a noun. ("'s" is also the
/// possessive, so it is not one of them.)
fn contracted(w: &str) -> bool {
    CONTRACTIONS
        .iter()
        .any(|c| w.len() > c.len() && w.ends_with(c))
}

/// True when the word at `j` of a noun phrase is a verb's form. Not a word before "of" ("one
/// count of fraud", "one charge of theft"): a noun; but an event's verb in another form than
/// its lemma stays a verb ("three died of wounds"). "Family of 5 Dies": a verb form in "-s"
/// whose singular would be no noun ("dy") is the verb.
fn verb_form(t: &Toks, j: usize) -> bool {
    let w = t.lower(j);
    let event = LEXICON.event(w);
    let before_of = t.lower(j + 1) == "of"
        && t.is_word(j + 1)
        && !event.is_some_and(|e| !e.noun && e.lemma != w && !is_plural(w));
    (event.is_some_and(|e| !e.noun && (!is_plural(w) || !crate::wordnet::is_noun(&lemma(w))))
        && !before_of)
        || (event.is_none()
            && ((w.ends_with("ing") || w.ends_with("ed")) && w.len() > 4
                // An irregular past ("several thousand gave"), or `verb_alone`.
                || (!is_plural(w)
                    && syntax::verb_at(t, j).is_some_and(|v| v != w || verb_alone(t, j, v)))))
}

/// The noun phrase starting at `p`, and its head.
pub(super) fn noun_phrase(t: &Toks, p: usize) -> NounPhrase {
    let mut j = p;
    // A word glued to the figure: "a 3-game losing streak", "three-counts" count it; "a
    // 130,000-strong workforce" counts what follows (a word of `size-after`).
    if t.joins(p) && t.is_word(p + 1) {
        if !LEXICON.in_group(Group::SizeAfter, t.lower(p + 1)) {
            return NounPhrase {
                head: Some(p + 1),
                end: p + 2,
            };
        }
        j = p + 2;
    }
    let mut last_word = None;
    let mut words = 0;
    while j < t.len() && words < MAX_NOUN_PHRASE {
        // Hyphenated compounds: "anti-terror raids".
        if t.joins(j) && t.is_word(j + 1) && last_word.is_some() {
            j += 1;
            continue;
        }
        // A name with a number glued on names a kind of the noun after it: "two K-9 units",
        // "three F-16 jets", "40 Covid-19 deaths", "GS-13-15 managers". With no noun after it
        // ("four AR-15s"), no head is known.
        if last_word.is_some() && glued_number(t, j) {
            last_word = None;
            while glued_number(t, j) {
                j += 2;
            }
            if t.is_word(j) && t.attached(j) && t.lower(j) == "s" {
                j += 1;
            }
            continue;
        }
        if !t.is_word(j) {
            break;
        }
        let w = t.lower(j);
        if determining_possessor(t, p, j) {
            last_word = None;
            j += 1;
            words += 1;
            continue;
        }
        // "six grandchildren ages 3 months to 10 years": the ages follow the phrase.
        if outside_phrase(t, j) || (words > 0 && age_apposition(t, j)) {
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
        // "pulled three out of the water": a verb's particle heads no noun phrase (but
        // "three off-duty officers" is a compound).
        if (LEXICON.in_group(Group::Stop, w)
            || (syntax::is(w, Class::Particle) && !t.is_punct(j + 1, "-")))
            && !(words > 0 && t.is_punct(j - 1, "-"))
        {
            break;
        }
        let verb_form = verb_form(t, j);
        // "16 suffering gunshot wounds": a light verb and its object, not a modifier.
        if verb_form
            && w.ends_with("ing")
            && crate::wordnet::verb_lemma(w).is_some_and(|v| syntax::is(v, Class::Light))
        {
            break;
        }
        if verb_form {
            if !verb_modifies(t, j) {
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
                && !age_apposition(t, j + 1)
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

/// True when the word at `j`, in a noun phrase from `p`, is a possessor that determines the
/// noun after it: a singular one ("three sheriff's deputies", "one of the world's biggest
/// banks"), but not a plural ("two men's lawyers" counts the men) nor one right after a count
/// of one ("one suspect's name" counts the suspect).
fn determining_possessor(t: &Toks, p: usize, j: usize) -> bool {
    let w = t.lower(j);
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .is_some_and(|owner| !is_plural(owner))
        && t.is_word(j + 1)
        && !(p > 0 && matches!(t.lower(p - 1), "one" | "1" | "a" | "an"))
}

/// True when the verb form at `j` modifies a noun after it: "12 killed", "two gunmen raided
/// Charlie Hebdo", "two interacting" are verbs, not modifiers, unless a lower-case noun follows
/// ("17 wounded soldiers", "a dozen ensuing raids"). In a title-case headline every word is
/// capitalised: "3 Imprisoned Hikers" has its plural noun after the participle all the same.
/// A verb's particle is no noun it modifies: "One girl came out".
fn verb_modifies(t: &Toks, j: usize) -> bool {
    let next = t.lower(j + 1);
    let title_noun = t.capitalized(j)
        && t.capitalized(j + 1)
        && is_plural(next)
        && crate::wordnet::is_noun(&lemma(next));
    // "of the wounded walked home": a participle after "the" stands for the people, and a
    // verb after it is theirs (not "the continuing challenges", "the outgoing judges").
    let nominal = j > 0
        && t.lower(j - 1) == "the"
        && !t.lower(j).ends_with("ing")
        && !is_plural(next)
        && syntax::verb_at(t, j + 1).is_some();
    t.is_word(j + 1)
        && !nominal
        && (!t.capitalized(j + 1) || title_noun)
        && !LEXICON.in_group(Group::Stop, next)
        && !syntax::is(next, Class::Particle)
        && LEXICON
            .event(next)
            .is_none_or(|n| n.noun || is_plural(next))
}

/// The phrase of a count of one whose head came out plural: "One music industry expert tells
/// the Guardian" counts an expert, and "tells" after the singular noun is its verb. `p` is where
/// the phrase starts.
pub(super) fn singular_head(t: &Toks, np: NounPhrase, p: usize) -> NounPhrase {
    match np.head {
        Some(h)
            if h > p
                && t.is_word(h - 1)
                && is_plural(t.lower(h))
                && !is_plural(t.lower(h - 1))
                && crate::wordnet::verb_lemma(t.lower(h)).is_some() =>
        {
            NounPhrase {
                head: Some(h - 1),
                end: h,
            }
        }
        _ => np,
    }
}

/// True when the "and" or "or" at token `j` joins two adjectives of one plural noun: "brave
/// and courageous men", not "one man and two women" or "officers and civilians".
pub(super) fn adjectives_joined(t: &Toks, j: usize) -> bool {
    let plain = |k: usize| {
        t.is_word(k)
            && !t.capitalized(k)
            && !is_plural(t.lower(k))
            && !LEXICON.in_group(Group::Stop, t.lower(k))
            && !LEXICON.in_group(Group::Determiner, t.lower(k))
            && crate::extract::numeral::read(t, k).is_none()
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
pub(super) fn singular(w: &str) -> String {
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
        let s = crate::extract::singular::singular(w)
            .unwrap_or_else(|| pluralizer::pluralize(w, 1, false));
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
pub(super) fn plain_singular(w: &str) -> Option<String> {
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
    // "the men's", "the victims'": a possessive names its owner.
    let w = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .unwrap_or(w)
        .trim_end_matches(['\'', '’']);
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
