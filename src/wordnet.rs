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

static NOUNS: LazyLock<Nouns> = LazyLock::new(Nouns::parse);
static VERBS: LazyLock<Verbs> = LazyLock::new(|| Verbs::parse(VERBS_TXT));
static NOMINALS: LazyLock<FxHashMap<&'static str, &'static str>> =
    LazyLock::new(|| parse_nominals(NOMINALS_TXT));

const NOUNS_TXT: &str = include_str!("../data/wordnet/nouns.txt");
const VERBS_TXT: &str = include_str!("../data/wordnet/verbs.txt");
const NOMINALS_TXT: &str = include_str!("../data/wordnet/nominals.txt");

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

/// A word folded to lower case, borrowed or copied to a stack buffer.
struct Word<'a> {
    text: &'a str,
    /// The word had a capital letter, so proper-noun senses are open to it.
    capitalised: bool,
}

impl<'a> Word<'a> {
    /// None for a word that cannot be in the data: not ASCII or too long.
    fn new(word: &'a str, buf: &'a mut [u8; MAX_WORD]) -> Option<Word<'a>> {
        if !word.is_ascii() {
            return None;
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return Some(Word {
                text: word,
                capitalised: false,
            });
        }
        let buf = buf.get_mut(..word.len())?;
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        let text = std::str::from_utf8(buf).ok()?;
        Some(Word {
            text,
            capitalised: true,
        })
    }
}

/// Room for a lemma's senses and the members of its collectives: WordNet's most polysemous noun,
/// "head", has 33 senses; a test keeps the data within half of this.
const MAX_SENSES: usize = 64;
/// Marks a proper-noun sense in `Nouns::senses`.
const PROPER: u32 = 1 << 31;
/// Marks a minor sense in `Nouns::senses`: not among its lemma's most frequent.
const MINOR: u32 = 1 << 30;
/// Ends a lemma's list of senses.
const END: u32 = u32::MAX;

/// The noun hypernym graph: synsets are numbered by their line in `nouns.txt`, parents first.
struct Nouns {
    /// Lemma → its first sense in `senses`.
    lemmas: FxHashMap<Lemma, u32>,
    /// Per sense: its synset (| `PROPER` | `MINOR`) and the index of the lemma's next sense
    /// (`END`). A linked list, so that the parse allocates nothing per lemma.
    senses: Vec<(u32, u32)>,
    /// The hypernyms of synset `s` are `parents[parent_start[s]..parent_start[s + 1]]`.
    parent_start: Vec<u32>,
    parents: Vec<u32>,
    /// Per synset: its own class (at a root) and its ancestors'.
    classes: Vec<NounClasses>,
    /// Per class: the synset it is named after ("vehicle"), which as a total takes the whole
    /// class, the subtrees added to it too ("bus" is public transport, not a vehicle, in WordNet).
    named: [u32; NounClass::ALL.len()],
    /// (collective, member) pairs from WordNet's member meronyms ("people" → person, "police" →
    /// policeman), sorted: a total counts its members, and a collective that no class covers
    /// ("people" is a group, whose top is dropped) stands for them.
    members: Vec<(u32, u32)>,
}

/// A lemma as the map's key: its place in `nouns.txt`. Half the size of a `&str`: the map's
/// table is most of the memory the parse touches, and halving it took a tenth off the parse.
#[derive(Clone, Copy)]
struct Lemma {
    start: u32,
    len: u32,
}

impl Lemma {
    fn text(self) -> &'static str {
        &NOUNS_TXT[self.start as usize..(self.start + self.len) as usize]
    }
}

impl Borrow<str> for Lemma {
    fn borrow(&self) -> &str {
        self.text()
    }
}

// as `str` hashes and compares, which `Borrow` requires
impl Hash for Lemma {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.text().hash(state);
    }
}

impl PartialEq for Lemma {
    fn eq(&self, other: &Lemma) -> bool {
        self.text() == other.text()
    }
}

impl Eq for Lemma {}

/// A lemma's senses for one lookup, on the stack.
#[derive(Clone)]
struct Senses {
    synsets: [u32; MAX_SENSES],
    len: usize,
}

impl Senses {
    /// Past `MAX_SENSES` the rest are dropped; the data has at most half that (a test checks).
    fn push(&mut self, synset: u32) {
        if let Some(slot) = self.synsets.get_mut(self.len) {
            *slot = synset;
            self.len += 1;
        }
    }

    fn as_slice(&self) -> &[u32] {
        &self.synsets[..self.len]
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.as_slice().iter().copied()
    }
}

impl Nouns {
    /// Panics on a malformed line: the data is generated, and the tests parse it. One pass over
    /// the bytes rather than nested `split`s, which spent a third of the time finding separators
    /// in short fields: this runs on the clock of the first article a process checks.
    fn parse() -> Nouns {
        let text = NOUNS_TXT;
        let lines = text.bytes().filter(|&b| b == b'\n').count();
        let mut nouns = Nouns {
            lemmas: FxHashMap::with_capacity_and_hasher(lines * 4 / 3, Default::default()),
            senses: Vec::with_capacity(lines * 5 / 3),
            parent_start: Vec::with_capacity(lines + 1),
            parents: Vec::with_capacity(lines * 11 / 10),
            classes: Vec::with_capacity(lines),
            named: [END; NounClass::ALL.len()],
            members: Vec::new(),
        };
        nouns.parent_start.push(0);
        let bytes = text.as_bytes();
        let line_end = |at: usize| {
            let rest = &bytes[at..];
            at + rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())
        };
        let mut at = 0;
        while at < bytes.len() {
            if bytes[at] == b'#' {
                at = line_end(at) + 1;
                continue;
            }
            let id = nouns.classes.len() as u32;
            // parents<TAB>
            let mut classes = NounClasses::EMPTY;
            let mut parent = None;
            loop {
                let b = bytes[at];
                at += 1;
                match b {
                    b'0'..=b'9' => parent = Some(parent.unwrap_or(0) * 10 + u32::from(b - b'0')),
                    b',' | b'\t' => {
                        if let Some(p) = parent.take() {
                            assert!(p < id, "nouns.txt: parent {p} not before its child {id}");
                            nouns.parents.push(p);
                            classes = classes.union(nouns.classes[p as usize]);
                        }
                        if b == b'\t' {
                            break;
                        }
                    }
                    _ => panic!("nouns.txt: {b:?} among the parents of synset {id}"),
                }
            }
            // lemmas, |-separated, then optional tagged fields
            let mut start = at;
            loop {
                let b = bytes[at];
                if matches!(b, b'|' | b'\t' | b'\n') {
                    nouns.add_sense(start, at, id);
                    start = at + 1;
                    if b == b'\t' {
                        at = line_end(at);
                        for field in text[start..at].split('\t') {
                            classes = classes.union(nouns.tagged(field, id));
                        }
                    }
                    if b != b'|' {
                        break;
                    }
                }
                at += 1;
            }
            nouns.parent_start.push(nouns.parents.len() as u32);
            nouns.classes.push(classes);
            at += 1;
        }
        nouns
    }

    /// A tagged field of synset `id` (rare: class roots and collectives): its own class, if any.
    fn tagged(&mut self, field: &str, id: u32) -> NounClasses {
        let class = |name| NounClass::from_name(name).expect("nouns.txt: a class name");
        match field.split_at_checked(1) {
            Some(("=", name)) => {
                self.named[class(name) as usize] = id;
                NounClasses::EMPTY.with(class(name))
            }
            Some(("+", name)) => NounClasses::EMPTY.with(class(name)),
            Some(("%", ids)) => {
                for m in ids.split(',') {
                    self.members
                        .push((id, m.parse().expect("nouns.txt: a member id")));
                }
                NounClasses::EMPTY
            }
            _ => panic!("nouns.txt: field {field:?} of synset {id}"),
        }
    }

    /// Adds the sense `id` of the lemma at `start..end` of `nouns.txt`, after its markers: `~`
    /// a minor sense, then `^` a proper-noun one.
    fn add_sense(&mut self, mut start: usize, end: usize, id: u32) {
        let bytes = NOUNS_TXT.as_bytes();
        let mut synset = id;
        if bytes[start] == b'~' {
            synset |= MINOR;
            start += 1;
        }
        if bytes[start] == b'^' {
            synset |= PROPER;
            start += 1;
        }
        let lemma = Lemma {
            start: start as u32,
            len: (end - start) as u32,
        };
        let index = self.senses.len() as u32;
        let next = match self.lemmas.entry(lemma) {
            Entry::Occupied(mut e) => std::mem::replace(e.get_mut(), index),
            Entry::Vacant(e) => {
                e.insert(index);
                END
            }
        };
        self.senses.push((synset, next));
    }

    /// The synsets of `word` it may mean: its common-noun senses, and its proper-noun senses too
    /// when it is capitalised or has no other; only the primary ones of each kind when `primary`.
    /// None when it is no noun.
    fn senses(&self, word: Word, primary: bool) -> Option<Senses> {
        let first = *self.lemmas.get(word.text)?;
        let proper_too = word.capitalised || self.list(first).all(|s| s & PROPER != 0);
        let mut senses = Senses {
            synsets: [0; MAX_SENSES],
            len: 0,
        };
        for s in self.list(first) {
            if (proper_too || s & PROPER == 0) && !(primary && s & MINOR != 0) {
                senses.push(s & !(PROPER | MINOR));
            }
        }
        Some(senses)
    }

    /// The members of a collective synset (none for most).
    fn members(&self, synset: u32) -> impl Iterator<Item = u32> + '_ {
        let from = self.members.partition_point(|&(c, _)| c < synset);
        self.members[from..]
            .iter()
            .take_while(move |&&(c, _)| c == synset)
            .map(|&(_, m)| m)
    }

    fn list(&self, first: u32) -> impl Iterator<Item = u32> + '_ {
        let mut next = first;
        std::iter::from_fn(move || {
            let (synset, after) = *self.senses.get(next as usize)?;
            next = after;
            Some(synset)
        })
    }

    fn parents(&self, synset: u32) -> &[u32] {
        let s = synset as usize;
        &self.parents[self.parent_start[s] as usize..self.parent_start[s + 1] as usize]
    }

    /// True when `synset` or one of its ancestors is among `targets`. The graph is shallow
    /// (at most 19 links) and seldom has two parents, so a plain recursion serves.
    fn reaches(&self, synset: u32, targets: &Senses) -> bool {
        targets.as_slice().contains(&synset)
            || self
                .parents(synset)
                .iter()
                .any(|&p| self.reaches(p, targets))
    }
}

/// The verb lemmas and their irregular forms.
struct Verbs {
    lemmas: FxHashMap<&'static str, VerbNoun>,
    /// Irregular form → lemma (from `verb.exc`).
    irregular: FxHashMap<&'static str, &'static str>,
}

impl Verbs {
    fn parse(text: &'static str) -> Verbs {
        let lines = text.bytes().filter(|&b| b == b'\n').count();
        let mut verbs = Verbs {
            lemmas: FxHashMap::with_capacity_and_hasher(lines, Default::default()),
            irregular: FxHashMap::with_capacity_and_hasher(lines / 4, Default::default()),
        };
        for line in text.split('\n') {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (lemma, rest) = line.split_once('\t').expect("verbs.txt: lemma<TAB>pos");
            let (pos, forms) = rest.split_once('\t').unwrap_or((rest, ""));
            let reading = match pos {
                "v" => VerbNoun::VerbOnly,
                "vn" => VerbNoun::VerbFirst,
                "nv" => VerbNoun::NounFirst,
                _ => panic!("verbs.txt: pos {pos:?} in {line:?}"),
            };
            verbs.lemmas.insert(lemma, reading);
            if !forms.is_empty() {
                for form in forms.split(',') {
                    verbs.irregular.insert(form, lemma);
                }
            }
        }
        verbs
    }

    /// Undoes a regular inflection of `word` (lower case, not itself a lemma): the first
    /// candidate base form that is a verb lemma.
    fn regular(&self, word: &str) -> Option<&'static str> {
        let mut buf = [0u8; MAX_WORD];
        let lemma = |base: &str, suffix: &str, buf: &mut [u8; MAX_WORD]| {
            let len = base.len() + suffix.len();
            let out = buf.get_mut(..len)?;
            out[..base.len()].copy_from_slice(base.as_bytes());
            out[base.len()..].copy_from_slice(suffix.as_bytes());
            let text = std::str::from_utf8(out).ok()?;
            self.lemmas.get_key_value(text).map(|(&l, &r)| (l, r))
        };
        if let Some(stem) = word.strip_suffix("ing").or_else(|| word.strip_suffix("ed")) {
            if stem.len() < 2 {
                return None;
            }
            let ed = word.ends_with("ed");
            // "carried" → "carry", "dying" → "die" (verb.exc has most of these)
            let y = if ed {
                stem.strip_suffix('i').map(|s| (s, "y"))
            } else {
                None
            };
            let ie = if ed {
                None
            } else {
                stem.strip_suffix('y').map(|s| (s, "ie"))
            };
            // "hoped" → "hope" before "hop": a short vowel before one consonant would have
            // doubled it ("hopped")
            let (first, second) = if ends_cvc(stem) { ("e", "") } else { ("", "e") };
            let undoubled = undouble(stem).map(|s| (s, ""));
            let candidates = [y, Some((stem, first)), Some((stem, second)), undoubled, ie];
            return candidates
                .into_iter()
                .flatten()
                .find_map(|(base, suffix)| lemma(base, suffix, &mut buf))
                .map(|(l, _)| l);
        }
        // -s: "closes", "passes", "carries"; not a noun-first verb, whose -s form is a plural
        let stem = word.strip_suffix('s')?;
        let candidates = [
            Some((stem, "")),
            stem.strip_suffix('e').map(|s| (s, "")),
            stem.strip_suffix("ie").map(|s| (s, "y")),
        ];
        candidates
            .into_iter()
            .flatten()
            .find_map(|(base, suffix)| lemma(base, suffix, &mut buf))
            .and_then(|(l, r)| (r != VerbNoun::NounFirst).then_some(l))
    }
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The stem ends consonant-vowel-consonant ("hop", "rat"), the shape whose final consonant
/// doubles before -ed and -ing; w, x and y never double.
fn ends_cvc(stem: &str) -> bool {
    match *stem.as_bytes() {
        [.., a, b, c] => {
            !is_vowel(a) && is_vowel(b) && !is_vowel(c) && !matches!(c, b'w' | b'x' | b'y')
        }
        _ => false,
    }
}

/// "stopp" → "stop": the stem without a doubled final consonant.
fn undouble(stem: &str) -> Option<&str> {
    match *stem.as_bytes() {
        [.., a, b] if a == b && !is_vowel(b) => Some(&stem[..stem.len() - 1]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fits(part: &str, total: &str) {
        assert!(
            kind_of(part, total),
            "{part:?} should be a kind of {total:?}"
        );
    }

    fn misfits(part: &str, total: &str) {
        assert!(
            !kind_of(part, total),
            "{part:?} should not be a kind of {total:?}"
        );
    }

    fn has(lemma: &str, class: NounClass) {
        assert!(
            classes(lemma).contains(class),
            "{lemma:?} is {:?}, not {class:?}",
            classes(lemma)
        );
    }

    fn lacks(lemma: &str, class: NounClass) {
        assert!(
            !classes(lemma).contains(class),
            "{lemma:?} should not be {class:?}"
        );
    }

    #[test]
    fn people_are_persons() {
        for part in [
            "pakistani",
            "indian",
            "belgian",
            "briton",
            "iraqi",
            "officer",
            "police officer",
            "civilian",
            "hostage",
            "child",
            "woman",
            "man",
            "passenger",
            "soldier",
            "marine",
            "inmate",
            "student",
            "victim",
            "protester",
            "migrant",
            "journalist",
            "casualty",
        ] {
            fits(part, "person");
            has(part, NounClass::Person);
        }
        fits("boy", "child");
        fits("hostage", "prisoner");
        fits("police officer", "officer");
    }

    #[test]
    fn demonyms_wordnet_has_only_as_adjectives_are_persons() {
        // "Bosnian", "Ghanaian", "Swiss": adjectives pertaining to a named place, made nouns
        for part in [
            "bosnian",
            "ghanaian",
            "swiss",
            "ukrainian",
            "french",
            "british",
            "Polish",
        ] {
            fits(part, "person");
        }
        // a word with a common-noun sense keeps it unless capitalised: "polish" is a shine
        misfits("polish", "person");
    }

    #[test]
    fn vehicles_buildings_weapons() {
        for part in [
            "lorry",
            "car",
            "truck",
            "tank",
            "helicopter",
            "ship",
            "boat",
            "aircraft",
        ] {
            fits(part, "vehicle");
        }
        // public transport, which WordNet keeps apart, is in the vehicle class
        fits("bus", "vehicle");
        fits("train", "vehicle");
        fits("lorry", "truck");
        fits("tank", "military vehicle");
        fits("house", "building");
        fits("hospital", "building");
        fits("home", "building");
        fits("factory", "building");
        fits("rifle", "weapon");
        fits("bomb", "weapon");
        fits("grenade", "weapon");
        fits("missile", "weapon");
    }

    #[test]
    fn places_and_named_individuals() {
        // instance hypernyms: named places and organizations are kept
        fits("france", "country");
        fits("paris", "city");
        fits("london", "city");
        fits("nato", "organization");
        fits("city", "location");
        has("pakistan", NounClass::Place);
        has("island", NounClass::Place);
        has("europe", NounClass::Place);
        // famous people are not: Lincoln is only a city
        assert!(!is_noun("shakespeare"));
        fits("Lincoln", "city");
        misfits("Lincoln", "person");
    }

    #[test]
    fn collectives_count_their_members() {
        fits("pakistani", "people");
        fits("people", "person");
        fits("officer", "police");
        fits("child", "family");
        has("people", NounClass::Person);
        // the police is a force: an organization, not persons
        misfits("police", "person");
        has("police", NounClass::Organization);
        lacks("police", NounClass::Person);
        misfits("organization", "person");
    }

    #[test]
    fn non_fits() {
        misfits("factory", "job");
        misfits("person", "man");
        misfits("dollar", "person");
        misfits("car", "person");
        misfits("job", "person");
        misfits("vehicle", "lorry");
        misfits("man", "boy");
        misfits("woman", "man");
        misfits("corpse", "person");
        misfits("truck", "lorry");
        misfits("rifle", "vehicle");
        misfits("lorry", "weapon");
        misfits("house", "vehicle");
        misfits("kilometre", "money");
        misfits("unknownword", "person");
        misfits("person", "unknownword");
        misfits("", "person");
    }

    #[test]
    fn the_tops_fit_nothing() {
        for top in [
            "entity",
            "physical entity",
            "object",
            "thing",
            "whole",
            "abstraction",
        ] {
            for part in ["car", "person", "dog", "house", "attack", "dollar"] {
                misfits(part, top);
            }
        }
        misfits("dollar", "abstraction");
        misfits("people", "group");
        // one step below them is fair
        fits("car", "artifact");
        fits("person", "organism");
    }

    #[test]
    fn a_word_is_a_kind_of_itself() {
        fits("lorry", "lorry");
        fits("thing", "thing");
        fits("Lorry", "lorry");
        fits("unknownword", "unknownword");
        misfits("", "");
    }

    #[test]
    fn capitals_open_proper_noun_senses() {
        misfits("job", "person");
        fits("Job", "person"); // WordNet's "Job", a long-suffering person
        misfits("pole", "person");
        fits("Pole", "person");
        misfits("turkey", "country");
        fits("Turkey", "country");
        fits("turkey", "bird");
        misfits("china", "country");
        fits("China", "country");
        // with no common-noun sense, the proper ones serve lower case too
        fits("pakistani", "person");
        fits("india", "country");
    }

    #[test]
    fn noun_classes() {
        use NounClass::*;
        has("pakistani", Person);
        has("lorry", Vehicle);
        lacks("dollar", Person);
        has("dollar", Money);
        has("dollar", Unit);
        has("euro", Money);
        has("banknote", Money);
        has("year", Time);
        has("hour", Time);
        has("decade", Time);
        has("kilometre", Unit);
        has("tonne", Unit);
        lacks("kilometre", Money);
        has("attack", Event);
        has("arrest", Event);
        has("election", Event);
        has("city", Place);
        has("village", Place);
        has("house", Building);
        has("dog", Animal);
        has("company", Organization);
        has("corpse", Body);
        has("body", Body);
        lacks("person", Body);
        has("rifle", Weapon);
        lacks("car", Person);
        lacks("lorry", Person);
        lacks("job", Person);
        assert_eq!(classes("unknownword"), NounClasses::EMPTY);
        assert!(classes("medal").is_empty());
        assert_eq!(format!("{:?}", classes("lorry")), r#"{"vehicle"}"#);
        assert_eq!(classes("lorry").iter().collect::<Vec<_>>(), [Vehicle]);
    }

    /// Counted nouns that are persons in their common reading: "7 victims: 4 men and 3 women".
    #[test]
    fn primary_senses_of_persons() {
        for lemma in [
            "man",
            "woman",
            "child",
            "boy",
            "girl",
            "officer",
            "police officer",
            "soldier",
            "victim",
            "suspect",
            "passenger",
            "civilian",
            "hostage",
            "student",
            "resident",
            "worker",
            "employee",
            "member",
            "inmate",
            "pakistani",
            "indian",
            "belgian",
            "briton",
            "american",
            "Pakistani",
            "American",
            "people", // by its members, as in `classes`
            "adult",
            "teen",
            "teenager",
            "juvenile",
            "Man",
            "bosnian", // a demonym derived from the adjective
        ] {
            let primary = primary_classes(lemma);
            assert!(
                primary.contains(NounClass::Person),
                "{lemma:?} is {primary:?} in its primary senses"
            );
        }
    }

    /// Nouns that are persons only in a rare sense: "count" the nobleman, "dog" and "pig" in
    /// slang, "gun" the gunman, "plant" the planted actor, "charge" the ward.
    #[test]
    fn rare_senses_make_no_persons() {
        use NounClass::*;
        for (lemma, primary) in [
            ("count", &[Event][..]),
            ("dog", &[Animal]),
            ("cow", &[Animal]),
            ("pig", &[Animal]),
            ("gun", &[Weapon]),
            ("second", &[Time]),
            ("match", &[]),
            ("company", &[Organization]),
            ("game", &[Event]),
            ("party", &[Organization]),
            ("unit", &[Unit, Organization]), // a social unit (9) beside the measure (14)
            ("plant", &[Building]),
            ("call", &[]),
            ("charge", &[Event]),
        ] {
            let expected = primary
                .iter()
                .copied()
                .fold(NounClasses::EMPTY, NounClasses::with);
            assert_eq!(primary_classes(lemma), expected, "{lemma:?}");
            assert!(!primary_classes(lemma).contains(Person), "{lemma:?}");
        }
        // all but "call", "game" and "unit" are persons in some sense
        for lemma in [
            "count", "dog", "cow", "pig", "gun", "second", "match", "company", "party", "plant",
            "charge",
        ] {
            has(lemma, Person);
        }
    }

    #[test]
    fn primary_senses_and_case() {
        use NounClass::*;
        // several senses as frequent as the first are all primary: "victim" (8, 4)
        assert_eq!(primary_classes("victim"), classes("victim"));
        // a capital opens the primary proper-noun senses, ranked apart from the common ones
        assert!(!primary_classes("pole").contains(Person));
        assert!(primary_classes("Pole").contains(Person));
        assert!(!primary_classes("turkey").contains(Place));
        assert!(primary_classes("Turkey").contains(Place));
        assert!(primary_classes("Turkey").contains(Animal));
        assert!(primary_classes("China").contains(Place));
        assert!(!primary_classes("china").contains(Place));
        // famous people, which the data drops, do not outrank a place
        assert_eq!(primary_classes("Lincoln"), NounClasses::EMPTY.with(Place));
        // the primary are among all senses
        for lemma in [
            "man", "police", "people", "drone", "Turkey", "dollar", "count",
        ] {
            let (all, primary) = (classes(lemma), primary_classes(lemma));
            assert_eq!(all.union(primary), all, "{lemma:?}");
        }
        assert_eq!(primary_classes("unknownword"), NounClasses::EMPTY);
        assert_eq!(primary_classes(""), NounClasses::EMPTY);
    }

    #[test]
    fn is_noun_knows_the_kept_lemmas() {
        assert!(is_noun("lorry"));
        assert!(is_noun("police officer"));
        assert!(is_noun("Lorry"));
        assert!(is_noun("pakistani"));
        assert!(!is_noun("xyzzy"));
        assert!(!is_noun("café"));
        assert!(!is_noun(&"a".repeat(200)));
    }

    #[test]
    fn verb_forms() {
        assert_eq!(verb_lemma("closed"), Some("close"));
        assert_eq!(verb_lemma("fled"), Some("flee"));
        assert_eq!(verb_lemma("arrested"), Some("arrest"));
        assert_eq!(verb_lemma("shot"), Some("shoot"));
        assert_eq!(verb_lemma("stopped"), Some("stop"));
        assert_eq!(verb_lemma("dying"), Some("die"));
        assert_eq!(verb_lemma("lorry"), None);
        assert_eq!(verb_lemma("people"), None);
        // regular forms, undone in code
        for (form, lemma) in [
            ("closes", "close"),
            ("closing", "close"),
            ("attacks", "attack"),
            ("attacked", "attack"),
            ("killing", "kill"),
            ("died", "die"),
            ("carried", "carry"),
            ("carries", "carry"),
            ("hoped", "hope"),
            ("hopped", "hop"),
            ("hoping", "hope"),
            ("planned", "plan"),
            ("fined", "fine"),
            ("visited", "visit"),
            ("passes", "pass"),
            ("freed", "free"),
            ("fleeing", "flee"),
            ("policed", "police"),
            ("Fled", "flee"),
        ] {
            assert_eq!(verb_lemma(form), Some(lemma), "{form}");
        }
        // irregular forms, from verb.exc
        for (form, lemma) in [
            ("was", "be"),
            ("found", "find"),
            ("went", "go"),
            ("told", "tell"),
        ] {
            assert_eq!(verb_lemma(form), Some(lemma), "{form}");
        }
        // a noun first in base or -s form; no verb at all
        for word in [
            "police", "fire", "fires", "man", "men", "car", "cars", "officer", "xyzzy", "",
        ] {
            assert_eq!(verb_lemma(word), None, "{word}");
        }
    }

    #[test]
    fn verb_noun_ambiguity() {
        assert_eq!(verb_noun("flee"), Some(VerbNoun::VerbOnly));
        assert_eq!(verb_noun("attack"), Some(VerbNoun::VerbFirst));
        assert_eq!(verb_noun("people"), Some(VerbNoun::NounFirst));
        assert_eq!(verb_noun("lorry"), None);
        assert!(is_verb_and_noun("attack"));
        assert!(is_verb_and_noun("arrest"));
        assert!(!is_verb_and_noun("flee"));
        assert!(!is_verb_and_noun("close") || verb_lemma("closed") == Some("close"));
        assert!(!is_verb_and_noun("lorry"));
        // "be" is a noun only as "Be", beryllium
        assert_eq!(verb_noun("be"), Some(VerbNoun::VerbOnly));
    }

    #[test]
    fn event_nouns_give_the_verb_they_nominalize() {
        for (noun, verb) in [
            ("arrest", "arrest"),
            ("death", "die"),
            ("injury", "injure"),
            ("killing", "kill"),
            ("shooting", "shoot"),
            ("sale", "sell"), // added by hand: WordNet 3.0 links no sense of "sale"
            ("nomination", "nominate"),
            ("survey", "survey"),
            ("conviction", "convict"), // the judgment, not the belief, which links no verb
            ("evacuation", "evacuate"),
            ("election", "elect"),
            ("attack", "attack"),
            ("foul", "foul"),
            ("execution", "execute"),
            ("rescue", "rescue"),
            ("Arrest", "arrest"),
        ] {
            assert_eq!(nominal_verb(noun), Some(verb), "{noun}");
        }
    }

    #[test]
    fn persons_things_and_groups_nominalize_nothing() {
        for noun in [
            "killer", "victim", "employee", "person", "car", "job", "paper", "year", "dollar",
        ] {
            assert_eq!(nominal_verb(noun), None, "{noun}");
        }
        // a structure before the act of building; a political party before a celebration
        assert_eq!(nominal_verb("building"), None);
        assert_eq!(nominal_verb("party"), None);
        // dropped by hand: "vacation" links only its rare sense, the act of vacating
        assert_eq!(nominal_verb("vacation"), None);
        // a plural, a verb, no word
        for word in ["deaths", "die", "xyzzy", "", "café"] {
            assert_eq!(nominal_verb(word), None, "{word}");
        }
    }

    #[test]
    fn nominal_data_is_well_formed() {
        let nominals = &*NOMINALS;
        let verbs = &*VERBS;
        let lines: Vec<&str> = NOMINALS_TXT
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        assert_eq!(lines.len(), nominals.len(), "a noun twice");
        assert!(lines.is_sorted(), "nominals.txt is not sorted");
        assert!(
            (2000..10000).contains(&lines.len()),
            "{} nouns",
            lines.len()
        );
        for (&noun, &verb) in nominals {
            assert!(verbs.lemmas.contains_key(verb), "{noun} → {verb}: no verb");
            assert!(noun.len() < MAX_WORD, "{noun}");
            for word in [noun, verb] {
                assert!(
                    word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                    "{word}"
                );
            }
        }
    }

    /// The data as the generator promises it, checked line by line with the standard parsers.
    #[test]
    fn noun_data_is_well_formed() {
        let nouns = &*NOUNS;
        let lines: Vec<&str> = NOUNS_TXT.lines().filter(|l| !l.starts_with('#')).collect();
        assert_eq!(lines.len(), nouns.classes.len());
        for (id, line) in lines.iter().enumerate() {
            let fields: Vec<&str> = line.split('\t').collect();
            assert!(fields.len() >= 2, "{line:?}");
            for p in fields[0].split(',').filter(|p| !p.is_empty()) {
                assert!(p.parse::<usize>().unwrap() < id, "{line:?}");
            }
            for lemma in fields[1].split('|') {
                let lemma = lemma.strip_prefix('~').unwrap_or(lemma);
                let lemma = lemma.strip_prefix('^').unwrap_or(lemma);
                assert!(!lemma.is_empty() && lemma.len() < MAX_WORD, "{line:?}");
                assert!(
                    !lemma
                        .bytes()
                        .any(|b| b.is_ascii_uppercase() || !b.is_ascii() || b"~^".contains(&b)),
                    "{line:?}"
                );
                assert!(lemma.split(' ').count() <= 2, "{line:?}");
            }
        }
        for class in NounClass::ALL {
            assert_ne!(
                nouns.named[class as usize], END,
                "{class:?} has no named root"
            );
        }
        assert!(nouns.members.is_sorted());
        assert!(
            nouns
                .members
                .iter()
                .all(|&(_, m)| (m as usize) < lines.len())
        );
        let most = nouns
            .lemmas
            .values()
            .map(|&first| nouns.list(first).count())
            .max();
        assert!(most.unwrap() * 2 <= MAX_SENSES, "{most:?} senses");
    }

    #[test]
    fn verb_data_is_well_formed() {
        let verbs = &*VERBS;
        assert!(verbs.lemmas.len() > 8000);
        for (&form, &lemma) in &verbs.irregular {
            assert!(verbs.lemmas.contains_key(lemma), "{form} → {lemma}");
            assert!(form.len() < MAX_WORD && form.is_ascii());
        }
        assert!(
            verbs
                .lemmas
                .keys()
                .all(|l| l.len() < MAX_WORD && !l.contains(' '))
        );
    }

    /// The lazy parse, timed: `cargo test --release --lib wordnet -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn parse_time() {
        let start = std::time::Instant::now();
        let nouns = Nouns::parse();
        let noun_time = start.elapsed();
        let start = std::time::Instant::now();
        let verbs = Verbs::parse(VERBS_TXT);
        let verb_time = start.elapsed();
        let start = std::time::Instant::now();
        let nominals = parse_nominals(NOMINALS_TXT);
        let nominal_time = start.elapsed();
        println!(
            "nouns.txt: {} lemmas in {noun_time:?}; verbs.txt: {} lemmas in {verb_time:?}; \
             nominals.txt: {} nouns in {nominal_time:?}",
            nouns.lemmas.len(),
            verbs.lemmas.len(),
            nominals.len()
        );
    }
}
