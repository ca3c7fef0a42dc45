//! The WordNet tables as figcheck keeps them: nouns with their senses and hypernyms, verbs with
//! their forms, parsed from `data/wordnet/` at first use.

use super::*;

/// A word folded to lower case, borrowed or copied to a stack buffer.
pub(super) struct Word<'a> {
    pub(super) text: &'a str,
    /// The word had a capital letter, so proper-noun senses are open to it.
    pub(super) capitalised: bool,
}

impl<'a> Word<'a> {
    /// None for a word that cannot be in the data: not ASCII or too long.
    pub(super) fn new(word: &'a str, buf: &'a mut [u8; MAX_WORD]) -> Option<Word<'a>> {
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
pub(super) const MAX_SENSES: usize = 64;
/// Marks a proper-noun sense in `Nouns::senses`.
pub(super) const PROPER: u32 = 1 << 31;
/// Marks a minor sense in `Nouns::senses`: not among its lemma's most frequent.
pub(super) const MINOR: u32 = 1 << 30;
/// Ends a lemma's list of senses.
pub(super) const END: u32 = u32::MAX;

/// The noun hypernym graph: synsets are numbered by their line in `nouns.txt`, parents first.
pub(super) struct Nouns {
    /// Lemma → its first sense in `senses`.
    pub(super) lemmas: FxHashMap<Lemma, u32>,
    /// Per sense: its synset (| `PROPER` | `MINOR`) and the index of the lemma's next sense
    /// (`END`). A linked list, so that the parse allocates nothing per lemma.
    pub(super) senses: Vec<(u32, u32)>,
    /// The hypernyms of synset `s` are `parents[parent_start[s]..parent_start[s + 1]]`.
    pub(super) parent_start: Vec<u32>,
    pub(super) parents: Vec<u32>,
    /// Per synset: its own class (at a root) and its ancestors'.
    pub(super) classes: Vec<NounClasses>,
    /// Per class: the synset it is named after ("vehicle"), which as a total takes the whole
    /// class, the subtrees added to it too ("bus" is public transport, not a vehicle, in WordNet).
    pub(super) named: [u32; NounClass::ALL.len()],
    /// (collective, member) pairs from WordNet's member meronyms ("people" → person, "police" →
    /// policeman), sorted: a total counts its members, and a collective that no class covers
    /// ("people" is a group, whose top is dropped) stands for them.
    pub(super) members: Vec<(u32, u32)>,
}

/// A lemma as the map's key: its place in `nouns.txt`. Half the size of a `&str`: the map's
/// table is most of the memory the parse touches, and halving it took a tenth off the parse.
#[derive(Clone, Copy)]
pub(super) struct Lemma {
    pub(super) start: u32,
    pub(super) len: u32,
}

impl Lemma {
    pub(super) fn text(self) -> &'static str {
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
pub(super) struct Senses {
    pub(super) synsets: [u32; MAX_SENSES],
    pub(super) len: usize,
}

impl Senses {
    /// Past `MAX_SENSES` the rest are dropped; the data has at most half that (a test checks).
    pub(super) fn push(&mut self, synset: u32) {
        if let Some(slot) = self.synsets.get_mut(self.len) {
            *slot = synset;
            self.len += 1;
        }
    }

    pub(super) fn as_slice(&self) -> &[u32] {
        &self.synsets[..self.len]
    }

    pub(super) fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.as_slice().iter().copied()
    }
}

impl Nouns {
    /// Panics on a malformed line: the data is generated, and the tests parse it. One pass over
    /// the bytes rather than nested `split`s, which spent a third of the time finding separators
    /// in short fields: this runs on the clock of the first article a process checks.
    pub(super) fn parse() -> Nouns {
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
    pub(super) fn tagged(&mut self, field: &str, id: u32) -> NounClasses {
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
    pub(super) fn add_sense(&mut self, mut start: usize, end: usize, id: u32) {
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
    pub(super) fn senses(&self, word: Word, primary: bool) -> Option<Senses> {
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
    pub(super) fn members(&self, synset: u32) -> impl Iterator<Item = u32> + '_ {
        let from = self.members.partition_point(|&(c, _)| c < synset);
        self.members[from..]
            .iter()
            .take_while(move |&&(c, _)| c == synset)
            .map(|&(_, m)| m)
    }

    pub(super) fn list(&self, first: u32) -> impl Iterator<Item = u32> + '_ {
        let mut next = first;
        std::iter::from_fn(move || {
            let (synset, after) = *self.senses.get(next as usize)?;
            next = after;
            Some(synset)
        })
    }

    pub(super) fn parents(&self, synset: u32) -> &[u32] {
        let s = synset as usize;
        &self.parents[self.parent_start[s] as usize..self.parent_start[s + 1] as usize]
    }

    /// True when `synset` or one of its ancestors is among `targets`. The graph is shallow
    /// (at most 19 links) and seldom has two parents, so a plain recursion serves.
    pub(super) fn reaches(&self, synset: u32, targets: &Senses) -> bool {
        targets.as_slice().contains(&synset)
            || self
                .parents(synset)
                .iter()
                .any(|&p| self.reaches(p, targets))
    }
}

/// The verb lemmas and their irregular forms.
pub(super) struct Verbs {
    pub(super) lemmas: FxHashMap<&'static str, VerbNoun>,
    /// Irregular form → lemma (from `verb.exc`).
    pub(super) irregular: FxHashMap<&'static str, &'static str>,
}

impl Verbs {
    pub(super) fn parse(text: &'static str) -> Verbs {
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
    pub(super) fn regular(&self, word: &str) -> Option<&'static str> {
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

pub(super) fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// The stem ends consonant-vowel-consonant ("hop", "rat"), the shape whose final consonant
/// doubles before -ed and -ing; w, x and y never double.
pub(super) fn ends_cvc(stem: &str) -> bool {
    match *stem.as_bytes() {
        [.., a, b, c] => {
            !is_vowel(a) && is_vowel(b) && !is_vowel(c) && !matches!(c, b'w' | b'x' | b'y')
        }
        _ => false,
    }
}

/// "stopp" → "stop": the stem without a doubled final consonant.
pub(super) fn undouble(stem: &str) -> Option<&str> {
    match *stem.as_bytes() {
        [.., a, b] if a == b && !is_vowel(b) => Some(&stem[..stem.len() - 1]),
        _ => None,
    }
}
