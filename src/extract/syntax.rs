//! A shallow reading of a sentence's words: which word is a determiner, a preposition, an
//! auxiliary or a verb, decided by the word and its neighbours. The binder reads events with it
//! ("2,000 people surveyed", "has indexed 5 billion webpages"), and the detectors read where a
//! clause ends ("cut 1,200 jobs — 800 in the UK and 400 in Germany — and closed four of its 10
//! factories": "closed" opens a new clause, so the four are no part of the 1,200).
//!
//! Closed classes are data (`data/syntax.txt`); verbs come from WordNet (`crate::wordnet`) and
//! the event lexicon, whose forms win where WordNet reads a word otherwise ("wound" is the
//! injury, not the past of "wind").

use super::token::Toks;
use crate::lexicon::{Group, LEXICON};
use crate::wordnet::{self, VerbNoun};
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// A closed word class of `data/syntax.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    Det,
    Pron,
    Prep,
    Conj,
    Sub,
    Aux,
    Adv,
    /// "managed to steal": the event is the verb after "to".
    Catenative,
    /// "suffered injuries": the event is the noun after it.
    Light,
    /// "said", "reports": an attribution ("…, the Wall Street Journal reports") ends a list.
    Say,
    /// "were", "has": a finite "be" or "have" after a subject opens its statement.
    Finite,
    /// "out", "off": the particle of a phrasal verb ("came out", "laid off").
    Particle,
}

impl Class {
    const ALL: [Class; 12] = [
        Class::Det,
        Class::Pron,
        Class::Prep,
        Class::Conj,
        Class::Sub,
        Class::Aux,
        Class::Adv,
        Class::Catenative,
        Class::Light,
        Class::Say,
        Class::Finite,
        Class::Particle,
    ];

    fn name(self) -> &'static str {
        match self {
            Class::Det => "det",
            Class::Pron => "pron",
            Class::Prep => "prep",
            Class::Conj => "conj",
            Class::Sub => "sub",
            Class::Aux => "aux",
            Class::Adv => "adv",
            Class::Catenative => "catenative",
            Class::Light => "light",
            Class::Say => "say",
            Class::Finite => "finite",
            Class::Particle => "particle",
        }
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

static CLASSES: LazyLock<FxHashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut map: FxHashMap<&'static str, u16> = FxHashMap::default();
    for line in include_str!("../../data/syntax.txt").lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, words) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("data/syntax.txt: no tab in {line:?}"));
        let class = Class::ALL
            .into_iter()
            .find(|c| c.name() == name)
            .unwrap_or_else(|| panic!("data/syntax.txt: unknown class {name}"));
        for w in words.split(' ').filter(|w| !w.is_empty()) {
            *map.entry(w).or_default() |= class.bit();
        }
    }
    map
});

/// True when the lower-case word is in the class.
#[inline]
pub fn is(lower: &str, class: Class) -> bool {
    CLASSES.get(lower).is_some_and(|c| c & class.bit() != 0)
}

/// True when the lower-case word is in any closed class that can never head a verb phrase.
fn function_word(lower: &str) -> bool {
    const FUNCTION: u16 = (1 << Class::Det as u16)
        | (1 << Class::Pron as u16)
        | (1 << Class::Prep as u16)
        | (1 << Class::Conj as u16)
        | (1 << Class::Sub as u16)
        | (1 << Class::Aux as u16)
        | (1 << Class::Adv as u16);
    CLASSES.get(lower).is_some_and(|c| c & FUNCTION != 0)
}

/// What [`verb_at`] reads of one lower-case word alone, from the closed classes, the event
/// lexicon and WordNet.
#[derive(Clone, Copy)]
struct WordFacts {
    /// A closed-class word that never heads a verb phrase.
    function: bool,
    det: bool,
    /// An auxiliary, a modal or "to": a verb after it is in its base form.
    aux: bool,
    /// "to" or a modal: a base form expected after it.
    base_before: bool,
    /// A noun that is no verb ("gunshot"): an "-s" word after it is a plural noun.
    noun_only: bool,
    /// An "-s" form whose stem is a noun ("wounds").
    plural_noun: bool,
    event: Option<crate::lexicon::EventForm>,
    /// The word itself as a WordNet verb lemma.
    base: Option<&'static str>,
    lemma: Option<&'static str>,
    reading: VerbNoun,
}

impl WordFacts {
    fn read(w: &str) -> WordFacts {
        let function = function_word(w);
        let lemma = wordnet::verb_lemma(w);
        WordFacts {
            function,
            det: is(w, Class::Det),
            aux: w == "to" || is(w, Class::Aux),
            base_before: w == "to" || LEXICON.in_group(crate::lexicon::Group::Modal, w),
            noun_only: !function && wordnet::is_noun(w) && lemma.is_none(),
            plural_noun: w.ends_with('s')
                && !w.ends_with("ss")
                && wordnet::is_noun(&w[..w.len() - 1]),
            event: LEXICON.event(w),
            base: wordnet::base_verb(w),
            lemma,
            reading: lemma
                .and_then(wordnet::verb_noun)
                .unwrap_or(VerbNoun::VerbOnly),
        }
    }
}

/// The most words [`facts`] keeps before it starts again: news repeats its words, and the
/// cache stays small.
const MAX_CACHED_WORDS: usize = 1 << 16;

thread_local! {
    /// Each word's facts, read once per thread: [`verb_at`] asks a dozen tables of every word,
    /// many times over.
    static FACTS: std::cell::RefCell<FxHashMap<Box<str>, WordFacts>> =
        std::cell::RefCell::new(FxHashMap::default());
}

/// The facts of lower-case word `w`, from the cache or read now.
fn facts(w: &str) -> WordFacts {
    FACTS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some(f) = cache.get(w) {
            return *f;
        }
        if cache.len() >= MAX_CACHED_WORDS {
            cache.clear();
        }
        let f = WordFacts::read(w);
        cache.insert(w.into(), f);
        f
    })
}

/// The base form of the verb at token `i`, when the word there reads as a verb in its place:
/// "were killed", "has indexed", "to steal", "police arrested"; not "the shooting", "two
/// attacks", "a survey".
pub fn verb_at(t: &Toks, i: usize) -> Option<&'static str> {
    if !t.is_word(i) {
        return None;
    }
    let w = t.lower(i);
    if w.len() < 2 {
        return None;
    }
    let f = facts(w);
    // No verb reading at all: the word before cannot make one.
    if f.function || (f.event.is_none() && f.base.is_none() && f.lemma.is_none()) {
        return None;
    }
    let prev = (i > 0 && t.is_word(i - 1)).then(|| facts(t.lower(i - 1)));
    let after_det = prev.is_some_and(|p| p.det) || (i > 0 && t.is_num(i - 1));
    // "gunshot wounds", "bomb attacks": an "-s" form after a noun is a plural noun.
    if f.plural_noun && prev.is_some_and(|p| p.noun_only) {
        return None;
    }
    // The event lexicon knows news verbs and their nouns ("wounded" → wound, "deaths" a noun).
    if let Some(e) = f.event {
        if e.noun && !w.ends_with("ing") {
            return None;
        }
        if after_det && w.ends_with("ing") {
            return None; // "the shooting"
        }
        return Some(e.lemma);
    }
    let after_aux = prev.is_some_and(|p| p.aux);
    // "to lay off", "will lay": after "to" or a modal a verb is in its base form, not the
    // past of another ("lay" of "lie").
    if prev.is_some_and(|p| p.base_before)
        && let Some(base) = f.base
    {
        return Some(base);
    }
    let lemma = f.lemma?;
    let reading = f.reading;
    if w == lemma {
        // A base form: "to steal", "could close"; a noun-first word only after them.
        return match reading {
            _ if after_aux => Some(lemma),
            VerbNoun::VerbOnly => (!after_det).then_some(lemma),
            VerbNoun::VerbFirst => (!after_det && prev.is_some()).then_some(lemma),
            VerbNoun::NounFirst => None,
        };
    }
    if w.ends_with('s') && !w.ends_with("ss") {
        // "-s": a plural noun after a determiner or a number ("two attacks"), else a verb.
        return match reading {
            _ if after_det => None,
            VerbNoun::NounFirst => None,
            _ => Some(lemma),
        };
    }
    // "-ed", "-ing", irregular forms: a verb, but "the wounded", "the shooting" are nouns.
    if after_det && w.ends_with("ing") {
        return None;
    }
    Some(lemma)
}

/// True when token `i` is an adverb: a closed-class one ("also", "later") or a word in "-ly"
/// that is no verb or noun ("mortally", "critically", "expertly"; not "reply", "family").
pub fn is_adverb(t: &Toks, i: usize) -> bool {
    if !t.is_word(i) {
        return false;
    }
    let w = t.lower(i);
    is(w, Class::Adv)
        || (w.len() > 4
            && w.ends_with("ly")
            && !t.capitalized(i)
            && wordnet::verb_lemma(w).is_none()
            && !wordnet::is_noun(w))
}

/// True when a clause starts at token `i`: a subordinator or relative word ("while", "who"),
/// or a conjunction followed by a verb ("and closed four factories") — the figures after it
/// belong to another statement.
pub fn clause_starts(t: &Toks, i: usize) -> bool {
    if !t.is_word(i) {
        return t.is_punct(i, ";");
    }
    let w = t.lower(i);
    if matches!(
        w,
        "while" | "whereas" | "although" | "though" | "because" | "but" | "who" | "whom" | "which"
    ) {
        return true;
    }
    if matches!(w, "and" | "or" | "then") {
        // "and closed", "and also closed", "and has closed".
        let mut j = i + 1;
        while t.is_word(j) && (is_adverb(t, j) || is(t.lower(j), Class::Aux)) {
            j += 1;
        }
        if verb_at(t, j).is_some() && !t.capitalized(j) {
            return true;
        }
        // "and inflation slowed to 4.3%": a subject of its own, then its verb.
        return subject_then_verb(t, i + 1);
    }
    false
}

/// True when a short noun phrase with no figure and then a finite verb start at `k`:
/// "inflation slowed", "the Nasdaq fell", "Stephen Fry rose".
pub fn subject_then_verb(t: &Toks, k: usize) -> bool {
    let mut j = k;
    while j < t.len() && j < k + 4 && t.is_word(j) {
        let w = t.lower(j);
        if j > k
            && (is(w, Class::Aux)
                // Not "a close friend", "the search": a word right after a determiner is
                // no verb.
                || (verb_at(t, j).is_some_and(|_| !w.ends_with("ing") || t.capitalized(j - 1))
                    && !is(t.lower(j - 1), Class::Det)))
        {
            return !is(t.lower(k), Class::Prep) && !is(t.lower(k), Class::Conj);
        }
        // "and two men died": a figure's phrase is no new subject.
        if is(w, Class::Prep)
            || is(w, Class::Conj)
            || is(w, Class::Sub)
            || super::numeral::number_word(t, j).is_some()
        {
            return false;
        }
        j += 1;
    }
    false
}

/// "shot dead", "crushed to death", "fatally stabbed": the verb at `q` tells a harm that
/// killed.
pub fn killed(t: &Toks, q: usize) -> bool {
    let lethal = |k: usize| t.is_word(k) && LEXICON.in_group(Group::Lethal, t.lower(k));
    lethal(q + 1)
        || (t.is_word(q + 1) && t.lower(q + 1) == "to" && lethal(q + 2))
        || (q > 0 && lethal(q - 1))
}

/// True when a word before token `first` marks the figure as a whole ("In all, 676 people
/// were executed", "in total", "altogether", "all told").
pub fn marked_whole(t: &Toks, first: usize) -> bool {
    (0..first).any(|j| {
        let (w1, w2) = (t.lower(j), t.lower(j + 1));
        t.is_word(j)
            && (w1 == "altogether"
                || (w1 == "in" && matches!(w2, "all" | "total") && t.is_punct(j + 2, ","))
                || (w1 == "all" && w2 == "told"))
    })
}

/// A verb that a title-case headline capitalises: "Gunman Who Shot 5, Killing 1", "Fire
/// Leaves 7 Homeless". News verbs of the event lexicon, and any word in "-ed" or "-ing", or
/// in "-s" of a verb read first as a verb, name no number ("Route 66", "Windows 10" do).
pub fn title_case_verb(w: &str) -> bool {
    use crate::wordnet::{verb_lemma, verb_noun};
    if LEXICON
        .event(w)
        .is_some_and(|e| !e.noun || w.ends_with("ing"))
    {
        return true;
    }
    let Some(lemma) = verb_lemma(w) else {
        return false;
    };
    if w.ends_with("ed") || w.ends_with("ing") {
        return w != lemma;
    }
    // An irregular past that is no noun: "Leopard Ate 15 Women", "Firm Sold 200 Stores".
    if w != lemma && !w.ends_with('s') && !crate::wordnet::is_noun(w) {
        return true;
    }
    w.ends_with('s')
        && w != lemma
        && matches!(
            verb_noun(lemma).unwrap_or(VerbNoun::VerbOnly),
            VerbNoun::VerbOnly | VerbNoun::VerbFirst
        )
}

/// The people a headline lists bare after the head noun at `head`, with commas and no figure
/// of their own ("2 children, woman shot", "4 women, man, unborn child slain"): how many, and
/// the token after the last. Each is a word or two ending in a noun of a person, none a verb
/// or a function word, capitalised as the head is ("2 Robbers, Hostage Killed"; not "father of
/// four boys, Wheeler joined", a name).
pub fn listed_people(t: &Toks, head: usize) -> (usize, usize) {
    let person = |k: usize| t.is_word(k) && wordnet::is_person(&crate::extract::lemma(t.lower(k)));
    let content = |k: usize| {
        let w = t.lower(k);
        t.is_word(k)
            && t.capitalized(k) == t.capitalized(head)
            && verb_at(t, k).is_none()
            && !LEXICON.in_group(crate::lexicon::Group::Stop, w)
            && ![
                Class::Pron,
                Class::Det,
                Class::Prep,
                Class::Conj,
                Class::Aux,
            ]
            .iter()
            .any(|&c| is(w, c))
    };
    let (mut n, mut j) = (0, head + 1);
    while t.is_punct(j, ",") {
        let Some(end) = (j + 1..(j + 3).min(t.len()))
            .take_while(|&k| content(k))
            .filter(|&k| person(k))
            .last()
        else {
            break;
        };
        n += 1;
        j = end + 1;
    }
    (n, j)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::token::with_toks;

    /// The verb read at the word `word` of `text`.
    fn verb(text: &str, word: &str) -> Option<&'static str> {
        with_toks(text, |t| {
            let i = (0..t.len())
                .find(|&i| t.exact(i) == word)
                .unwrap_or_else(|| panic!("no {word} in {text}"));
            verb_at(t, i)
        })
    }

    #[test]
    fn verbs_by_their_place() {
        assert_eq!(verb("Six men were killed.", "killed"), Some("kill"));
        assert_eq!(
            verb("Police arrested 14 people.", "arrested"),
            Some("arrest")
        );
        assert_eq!(
            verb("It has indexed 5 billion pages.", "indexed"),
            Some("index")
        );
        assert_eq!(verb("Six men managed to steal it.", "steal"), Some("steal"));
        assert_eq!(verb("Four were wounded.", "wounded"), Some("wound"));
        assert_eq!(verb("They fled the town.", "fled"), Some("flee"));
        // Nouns in the places of nouns.
        assert_eq!(verb("After the shooting, two died.", "shooting"), None);
        assert_eq!(verb("There were two attacks.", "attacks"), None);
        assert_eq!(verb("A survey of firms.", "survey"), None);
        assert_eq!(verb("Many people came.", "people"), None);
        assert_eq!(verb("The police came.", "police"), None);
        assert_eq!(verb("It fell 2%.", "It"), None);
    }

    #[test]
    fn clauses_start_at_a_verb_after_and() {
        let starts = |text: &str, word: &str| {
            with_toks(text, |t| {
                let i = (0..t.len()).find(|&i| t.exact(i) == word).unwrap();
                clause_starts(t, i)
            })
        };
        assert!(starts("It cut 900 jobs and closed four plants.", "and"));
        assert!(starts("It cut 900 jobs and has closed four plants.", "and"));
        assert!(!starts("It cut 900 jobs in Leeds and 300 in York.", "and"));
        assert!(!starts("Four women and two men died.", "and"));
        assert!(starts("Two died, while four were hurt.", "while"));
    }

    #[test]
    fn adverbs_in_ly_are_no_nouns() {
        with_toks("two mortally, and a family", |t| {
            assert!(is_adverb(t, 1));
            assert!(!is_adverb(t, 5));
        });
    }
}
