//! WordNet 3.0 knowledge figcheck needs to judge what a figure counts: whether one noun is a kind
//! of another ("14 people - 13 Pakistanis and 2 Indians": a Pakistani is a person; "12 vehicles:
//! eight cars and four lorries": a lorry is a vehicle), the broad classes a noun is in (in any
//! sense, or in its most frequent ones: "7 victims: 4 men and 3 women" are persons, "3 counts"
//! are not, though a count is also a nobleman), the lemma of a verb form ("fled" → "flee"), and
//! the verb an event noun nominalizes ("deaths" → "die").
//!
//! The data is generated from WordNet by `tools/wordnet/generate.py` (rules and formats are
//! described in the headers of `data/wordnet/nouns.txt`, `verbs.txt` and `nominals.txt`; licence
//! in `data/wordnet/LICENSE`), embedded, and parsed on first use, each file on its own. This
//! module uses nothing else of the crate.
//!
//! Words are lemmas: singular nouns and verb base forms, with a space between words ("police
//! officer"); callers singularise first. Case is folded, with one use: WordNet writes proper-noun
//! senses capitalised, so a word given with a capital letter ("Pole", "Turkey", "China") may take
//! its proper senses, while a lower-case one takes them only when it has no common-noun sense
//! ("pakistani" is a Pakistani, but "pole" is only a rod and "job" only work, not the patriarch).
//! Only ASCII words can match (WordNet's lemmas are ASCII); lookups do not allocate.

use rustc_hash::FxHashMap;
use std::borrow::Borrow;
use std::collections::hash_map::Entry;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::sync::LazyLock;

mod tables;

use tables::*;

static NOUNS: LazyLock<Nouns> = LazyLock::new(Nouns::parse);
static VERBS: LazyLock<Verbs> = LazyLock::new(|| Verbs::parse(VERBS_TXT));
static NOMINALS: LazyLock<FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| parse_nominals(NOMINALS_TXT));

const NOUNS_TXT: &str = include_str!("../../data/wordnet/nouns.txt");
const VERBS_TXT: &str = include_str!("../../data/wordnet/verbs.txt");
const NOMINALS_TXT: &str = include_str!("../../data/wordnet/nominals.txt");

/// Longer words are in no data file (a test checks), so lower-casing fits on the stack.
const MAX_WORD: usize = 64;

/// A broad class of nouns that figcheck counts in news. Each is a WordNet subtree (its roots are
/// listed in `data/wordnet/nouns.txt`), so classes overlap: a "dollar" is `Money` and `Unit`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NounClass {
    Person,
    Animal,
    /// Includes public transport ("bus", "train"), which WordNet keeps apart from vehicles.
    Vehicle,
    /// Includes dwellings ("home") and building complexes ("factory").
    Building,
    /// Includes weaponry and explosive devices ("bomb", "mine").
    Weapon,
    /// Companies, agencies, forces ("police", "army"), teams.
    Organization,
    /// Locations (regions, countries, cities, named places) and land (islands, continents).
    Place,
    /// Dead bodies: "body", "corpse", "remains".
    Body,
    /// Acts and happenings ("attack", "arrest", "election").
    Event,
    /// Monetary units ("dollar") and money ("banknote", "coin").
    Money,
    /// Time units and periods ("hour", "year", "decade").
    Time,
    /// Units of measurement ("kilometre", "tonne"; monetary units too).
    Unit,
}

impl NounClass {
    pub const ALL: [NounClass; 12] = [
        NounClass::Person,
        NounClass::Animal,
        NounClass::Vehicle,
        NounClass::Building,
        NounClass::Weapon,
        NounClass::Organization,
        NounClass::Place,
        NounClass::Body,
        NounClass::Event,
        NounClass::Money,
        NounClass::Time,
        NounClass::Unit,
    ];

    /// The name the data file and messages use.
    pub fn name(self) -> &'static str {
        match self {
            NounClass::Person => "person",
            NounClass::Animal => "animal",
            NounClass::Vehicle => "vehicle",
            NounClass::Building => "building",
            NounClass::Weapon => "weapon",
            NounClass::Organization => "organization",
            NounClass::Place => "place",
            NounClass::Body => "body",
            NounClass::Event => "event",
            NounClass::Money => "money",
            NounClass::Time => "time",
            NounClass::Unit => "unit",
        }
    }

    fn from_name(name: &str) -> Option<NounClass> {
        NounClass::ALL.into_iter().find(|c| c.name() == name)
    }
}

/// A set of [`NounClass`]es, one bit each.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct NounClasses(u16);

impl NounClasses {
    pub const EMPTY: NounClasses = NounClasses(0);

    pub fn contains(self, class: NounClass) -> bool {
        self.0 & 1 << class as u16 != 0
    }

    pub fn intersects(self, other: NounClasses) -> bool {
        self.0 & other.0 != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn iter(self) -> impl Iterator<Item = NounClass> {
        NounClass::ALL
            .into_iter()
            .filter(move |&c| self.contains(c))
    }

    fn with(self, class: NounClass) -> NounClasses {
        NounClasses(self.0 | 1 << class as u16)
    }

    fn union(self, other: NounClasses) -> NounClasses {
        NounClasses(self.0 | other.0)
    }
}

impl fmt::Debug for NounClasses {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set()
            .entries(self.iter().map(NounClass::name))
            .finish()
    }
}

/// True when some sense of the noun `part` is the noun `total`, or has it among its hypernyms
/// (instance hypernyms included): "lorry" is a kind of "vehicle", "Pakistani" of "person". Any
/// word is a kind of itself. A total is not a kind of its parts ("person" is no "man"), and the
/// tops of WordNet ("entity", "object", "thing", "group", "whole") are nobody's ancestors, so
/// they fit no part. See the module doc for case.
///
/// Two widenings, both from WordNet's own data: a total that names a [`NounClass`] takes the
/// whole class ("bomb", weaponry in WordNet, is a "weapon"; "bus", public transport, a
/// "vehicle"; "home", a dwelling, a "building"); and a collective counts its members (WordNet's
/// member meronyms): a "Pakistani" fits "people", an "officer" fits "police", and "people", a
/// group no class covers, fits "person". "police" itself is a force, no "person".
pub fn kind_of(part: &str, total: &str) -> bool {
    let (mut part_buf, mut total_buf) = ([0; MAX_WORD], [0; MAX_WORD]);
    let (Some(part), Some(total)) = (
        Word::new(part, &mut part_buf),
        Word::new(total, &mut total_buf),
    ) else {
        return false;
    };
    if part.text == total.text {
        return !part.text.is_empty();
    }
    let nouns = &*NOUNS;
    let (Some(parts), Some(mut totals)) = (nouns.senses(part, false), nouns.senses(total, false))
    else {
        return false;
    };
    for s in totals.clone().iter() {
        nouns.members(s).for_each(|m| totals.push(m));
    }
    let named = NounClass::ALL
        .into_iter()
        .filter(|&c| totals.as_slice().contains(&nouns.named[c as usize]))
        .fold(NounClasses::EMPTY, NounClasses::with);
    let fits = |s: u32| nouns.classes[s as usize].intersects(named) || nouns.reaches(s, &totals);
    parts
        .iter()
        .any(|s| fits(s) || nouns.classes[s as usize].is_empty() && nouns.members(s).any(fits))
}

/// The classes of the noun `lemma`: the union over its senses (see the module doc for case), so
/// "drone" is a `Person`, an `Animal` and a `Vehicle`, "police" an `Organization`. A collective
/// no class covers takes its members' classes: "people" is `Person`. See [`primary_classes`]
/// for the classes of its common readings only.
pub fn classes(lemma: &str) -> NounClasses {
    classes_of(lemma, false)
}

/// The classes of the noun `lemma` in its primary senses only, those of its most frequent
/// reading(s): its first sense in WordNet's order (by frequency in SemCor), and any later one
/// SemCor tags at least half as often (the rule is in the header of `data/wordnet/nouns.txt`).
/// For telling whether counted nouns are persons, where [`classes`] is too generous: "count" is
/// a `Person` there through its rare sense "nobleman", "dog" and "pig" through slang, "gun"
/// through "gunman"; here they are an `Event`, an `Animal`, a `Weapon`. "man", "officer",
/// "victim", "Pakistani" are persons in both; "people" too, by its members, as in [`classes`].
///
/// Case as in [`classes`]: a lower-case word takes the primary ones of its common-noun senses (of
/// its proper ones when it has no other); a capitalised one those of its proper-noun senses too,
/// each kind ranked on its own ("Pole" is a `Person` by "Pole", the first of its proper senses).
/// Empty when the word's primary sense is no noun figcheck keeps ("object", a top), even if a
/// rarer one has a class.
pub fn primary_classes(lemma: &str) -> NounClasses {
    classes_of(lemma, true)
}

/// True when a noun's primary sense names people ("victim", "Pakistani", "teen").
pub fn is_person(lemma: &str) -> bool {
    primary_classes(lemma).contains(NounClass::Person)
}

/// [`classes`], or [`primary_classes`] when `primary`.
fn classes_of(lemma: &str, primary: bool) -> NounClasses {
    let mut buf = [0; MAX_WORD];
    let nouns = &*NOUNS;
    let Some(senses) = Word::new(lemma, &mut buf).and_then(|w| nouns.senses(w, primary)) else {
        return NounClasses::EMPTY;
    };
    let of = |s: u32| nouns.classes[s as usize];
    senses
        .iter()
        .fold(NounClasses::EMPTY, |acc, s| match of(s) {
            NounClasses::EMPTY => nouns.members(s).map(of).fold(acc, NounClasses::union),
            classes => acc.union(classes),
        })
}

/// True when `lemma` is a noun in figcheck's (pruned) WordNet data, in any sense.
pub fn is_noun(lemma: &str) -> bool {
    let mut buf = [0; MAX_WORD];
    Word::new(lemma, &mut buf).is_some_and(|w| NOUNS.lemmas.contains_key(w.text))
}

/// How a WordNet verb lemma also reads as a noun, by the sense-tagged counts of SemCor
/// (`cntlist.rev`): what to do with "attack" or "people" after a figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbNoun {
    /// Not a common noun: "flee", "arrive".
    VerbOnly,
    /// Also a common noun, but tagged as a verb more often: "attack", "arrest", "kill".
    VerbFirst,
    /// Also a common noun, tagged as a noun at least as often (or never tagged): "people",
    /// "police", "fire".
    NounFirst,
}

/// The noun/verb ambiguity of a verb lemma; None when `lemma` is no WordNet verb.
pub fn verb_noun(lemma: &str) -> Option<VerbNoun> {
    let mut buf = [0; MAX_WORD];
    let w = Word::new(lemma, &mut buf)?;
    VERBS.lemmas.get(w.text).copied()
}

/// True when `lemma` is both a WordNet verb and a common noun ("attack", "people"), false for a
/// verb that is no noun ("flee") and for a word that is no verb ("lorry").
pub fn is_verb_and_noun(lemma: &str) -> bool {
    matches!(
        verb_noun(lemma),
        Some(VerbNoun::VerbFirst | VerbNoun::NounFirst)
    )
}

/// The base form of a verb form: "closed" → "close", "fled" → "flee", "stopped" → "stop",
/// "dying" → "die"; None when the word is no verb form.
///
/// Irregular forms come from WordNet's `verb.exc` and win over a homograph lemma, as in
/// WordNet's morphy ("found" → "find", "saw" → "see"; also "wound" → "wind"). Regular -s, -es,
/// -ed and -ing forms are undone in code (e-drop, consonant doubling, y → i). A word whose
/// noun reading comes first ([`VerbNoun::NounFirst`]) is not read as a verb in its base or -s
/// form: "people", "police", "fires" give None, while "policed" gives "police".
pub fn verb_lemma(word: &str) -> Option<&'static str> {
    let mut buf = [0; MAX_WORD];
    let word = Word::new(word, &mut buf)?.text;
    let verbs = &*VERBS;
    if let Some(&lemma) = verbs.irregular.get(word) {
        return Some(lemma);
    }
    if let Some((&lemma, &reading)) = verbs.lemmas.get_key_value(word) {
        return (reading != VerbNoun::NounFirst).then_some(lemma);
    }
    verbs.regular(word)
}

/// `word` itself when it is a WordNet verb lemma ("lay", not its reading as the past of
/// "lie"): the form a verb takes after "to" or a modal.
pub fn base_verb(word: &str) -> Option<&'static str> {
    let mut buf = [0; MAX_WORD];
    let word = Word::new(word, &mut buf)?.text;
    VERBS.lemmas.get_key_value(word).map(|(&lemma, _)| lemma)
}

/// The verb that the noun `lemma` nominalizes when the noun names an act or event: "arrest" →
/// "arrest", "death" → "die", "killing" → "kill", "election" → "elect", "sale" → "sell"; None for
/// a noun that names a person, a thing or a group ("killer", "victim", "building", "party"), and
/// for a word that is no such noun. It binds a counted figure to the event it measures ("17 arrests",
/// "four deaths", "a survey of 10,227 firms") as the verbs of a clause bind theirs. The noun is
/// singular (callers singularise first; "sales" is not "sale"); case is folded.
///
/// From WordNet's derivational pointers to a verb, from that very word ("death", not its synonym
/// "decease") in the most frequent of its act or event senses that has one; the rule and the few
/// pairs added or dropped by hand are in the header of `data/wordnet/nominals.txt`. The table is parsed
/// on first use of this function alone, so the other lookups do not pay for it.
pub fn nominal_verb(lemma: &str) -> Option<&'static str> {
    let mut buf = [0; MAX_WORD];
    let w = Word::new(lemma, &mut buf)?;
    NOMINALS.get(w.text).copied()
}

/// `nominals.txt`: noun<TAB>verb lines. Panics on a malformed line: the data is generated, and
/// the tests parse it.
fn parse_nominals(text: &'static str) -> FxHashMap<&'static str, &'static str> {
    let lines = text.bytes().filter(|&b| b == b'\n').count();
    let mut map = FxHashMap::with_capacity_and_hasher(lines, Default::default());
    for line in text.split('\n') {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (noun, verb) = line.split_once('\t').expect("nominals.txt: noun<TAB>verb");
        map.insert(noun, verb);
    }
    map
}

#[cfg(test)]
mod tests;
