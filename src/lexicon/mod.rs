//! The lexicons: number words, hedges, vague phrases, scales, currencies, units, event verbs,
//! abbreviations and closed-class words. They live as text files under `data/`, embedded in the
//! binary and parsed once, so that a newsroom can read and tune them without reading code.

use crate::interval::{Qualifier, Widths};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

mod group;
mod load;

pub use group::Group;

/// The lexicons, parsed on first use.
pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(Lexicon::load);

/// How a number word takes part in the numeral grammar.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum NumWord {
    /// 0–9.
    Unit(f64),
    /// 10–19.
    Teen(f64),
    /// 20, 30, … 90.
    Tens(f64),
    Hundred,
    /// thousand, million, …; `plural` for "thousands" (vague on its own).
    Scale(f64, bool),
    /// dozen(s).
    Dozen(bool),
    /// first, third, hundredth …
    Ordinal(f64),
    /// thirds, fifths … (the denominator).
    FractionPlural(f64),
    Half,
    Quarter,
}

/// A vague quantity phrase ("dozens", "a handful of").
#[derive(Clone, Debug)]
pub struct Vague {
    pub words: Vec<&'static str>,
    pub lo: f64,
    pub hi: f64,
    pub stated: f64,
    pub needs_of: bool,
    /// Read as a range of two ends ("hundreds": 100 to 1,000), not as a vague figure.
    pub range: bool,
}

/// A hedge phrase ("more than", "as many as").
#[derive(Clone, Debug)]
pub struct Hedge {
    pub words: Vec<&'static str>,
    pub qualifier: Qualifier,
    /// Written with a closing dot ("approx.", "c."): the dot is a token of its own and must be there.
    pub dot: bool,
}

/// An event form: the lemma it names and whether the form is a noun ("arrests") or a verb form.
#[derive(Clone, Copy, Debug)]
pub struct EventForm {
    pub lemma: &'static str,
    pub noun: bool,
}

/// How a word of `data/changes.txt` says that a figure states a change; roles are bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChangeWord {
    /// True for a rise, false for a fall.
    pub up: bool,
    roles: u8,
}

/// The roles a change word plays (`data/changes.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeRole {
    /// A verb right before the figure, or before its object and "by".
    Verb,
    /// "up 5pc", "5% higher".
    Adverb,
    /// "a 4.2 percent drop", "an increase of 5%".
    Noun,
    /// A verb that states a change of shares, points and money only ("lost 1.1%").
    Change,
}

impl ChangeRole {
    fn bit(self) -> u8 {
        1 << self as u8
    }
}

impl ChangeWord {
    pub fn has(self, role: ChangeRole) -> bool {
        self.roles & role.bit() != 0
    }
}

/// A currency written after a figure: its first word is the key; `rest` are the words after
/// it ("crowns" of "Danish crowns"), in lower case.
#[derive(Debug)]
pub struct CurrencyAfter {
    pub rest: Vec<String>,
    pub code: &'static str,
}

/// A tally of `data/tallies.txt`: what a group of events counts ("dead", "injured", "shot").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tally(pub u8);

#[derive(Debug)]
pub struct Lexicon {
    numbers: FxHashMap<&'static str, NumWord>,
    /// Hedges keyed by their last word (they are matched backwards from a figure).
    hedges: FxHashMap<&'static str, Vec<Hedge>>,
    /// Vague phrases keyed by their first word.
    vague: FxHashMap<&'static str, Vec<Vague>>,
    /// Scale suffixes and whether they may stand after a space.
    scales: FxHashMap<&'static str, (f64, bool)>,
    currency_before: FxHashMap<&'static str, &'static str>,
    currency_after: FxHashMap<String, Vec<CurrencyAfter>>,
    units: FxHashMap<&'static str, &'static str>,
    events: FxHashMap<String, EventForm>,
    changes: FxHashMap<&'static str, ChangeWord>,
    /// Tally names, and each event lemma's tally.
    tally_names: Vec<&'static str>,
    tallies: FxHashMap<&'static str, Tally>,
    /// (outer, inner): the inner tally is a part of the outer ("shot" holds "dead").
    tally_contains: Vec<(Tally, Tally)>,
    abbreviations: FxHashSet<&'static str>,
    months: FxHashSet<&'static str>,
    /// Identifier words, and whether they are written with a dot ("No.").
    identifiers: FxHashMap<&'static str, bool>,
    /// Each grammar word's groups, one bit per [`Group`].
    groups: FxHashMap<&'static str, u64>,
    /// The first letters of the number words: most words a numeral reads after a number are
    /// none, and are ruled out without hashing (see [`Starts`]).
    number_starts: Starts,
    /// The `singular` group as a map from plural to singular.
    singulars: FxHashMap<&'static str, &'static str>,
    pub widths: Widths,
    /// The first two bytes of every word that may follow "a", "an" or "point" in a figure
    /// (number words and the second words of vague phrases that open with an article: "a few",
    /// "a handful"), as a bitset over 128 × 128 ASCII pairs: a word whose pair is not in it is
    /// ruled out without hashing it.
    after_article: Box<[u64; 256]>,
    /// The tens words ("twenty" … "ninety"), which may be written together with a number word
    /// ("twentyfive"): see [`Lexicon::is_figure_word`].
    tens: Vec<&'static str>,
    /// The length of the shortest tens word and number word written together.
    shortest_compound: usize,
    /// The first three letters of every figure word and of "a", "an" and "point"
    /// (`trigram_index`), so that most words ("the", "and", "said"…) are ruled out without
    /// hashing them.
    figure_word_starts: Starts,
    /// The second words of vague phrases that open with "a", "an" or "point" ("a few", "a
    /// handful"): with the figure words, the words that make a figure after them.
    article_seconds: FxHashSet<&'static str>,
}

const TRIGRAM_WORDS: usize = (27 * 27 * 27usize).div_ceil(64);

/// The first three letters (`trigram_index`) of the words of a table: a word whose first letters
/// are not among them is not in the table. A word with anything but `a`–`z` in its first three
/// bytes ("o'clock", "a.m.") has no trigram and is always looked up.
#[derive(Debug)]
struct Starts(Box<[u64; TRIGRAM_WORDS]>);

impl Starts {
    fn new() -> Starts {
        Starts(Box::new([0; TRIGRAM_WORDS]))
    }

    fn of<'w>(words: impl IntoIterator<Item = &'w str>) -> Starts {
        let mut starts = Starts::new();
        for w in words {
            starts.insert(w.as_bytes());
        }
        starts
    }

    /// Marks the word's first three letters; false (and nothing marked) when it has none.
    fn insert(&mut self, word: &[u8]) -> bool {
        let Some(k) = trigram_index(word) else {
            return false;
        };
        self.0[k / 64] |= 1 << (k % 64);
        true
    }

    /// True when a word with these first letters is marked; `None` when it has no trigram.
    #[inline]
    fn holds(&self, lower: &[u8]) -> Option<bool> {
        trigram_index(lower).map(|k| self.0[k / 64] & (1 << (k % 64)) != 0)
    }

    /// False only when no word of the table starts like `lower`.
    #[inline]
    fn may_hold(&self, lower: &str) -> bool {
        self.holds(lower.as_bytes()) != Some(false)
    }
}

/// The first three bytes of a word as a number below 27³, each `a`–`z` as 1–26 and a word
/// shorter than three as 0; `None` when one of them is not a lower-case ASCII letter. Asked of
/// most words of every sentence with a figure: one table lookup a byte, no branch a letter.
#[inline]
fn trigram_index(word: &[u8]) -> Option<usize> {
    /// `a`–`z` as 1–26, any other byte with the high bit set.
    static CODE: [u8; 256] = {
        let mut code = [0x80u8; 256];
        let mut b = b'a';
        while b <= b'z' {
            code[b as usize] = b - b'a' + 1;
            b += 1;
        }
        code
    };
    let at = |i: usize| word.get(i).map_or(0, |&b| CODE[usize::from(b)]);
    let (first, second, third) = (at(0), at(1), at(2));
    ((first | second | third) & 0x80 == 0)
        .then(|| usize::from(first) * 27 * 27 + usize::from(second) * 27 + usize::from(third))
}

fn pair_index(word: &str) -> Option<usize> {
    let b = word.as_bytes();
    let first = *b.first()?;
    let second = b.get(1).copied().unwrap_or(0);
    (first < 128 && second < 128).then_some(first as usize * 128 + second as usize)
}

impl Lexicon {
    /// The singular of an irregular plural (`singular` in data/grammar.txt).
    #[inline]
    pub fn irregular_singular(&self, plural: &str) -> Option<&'static str> {
        self.singulars.get(plural).copied()
    }

    /// False when no figure can start with "a", "an" or "point" followed by this word.
    #[inline]
    pub fn may_follow_article(&self, lower: &str) -> bool {
        pair_index(lower).is_some_and(|k| self.after_article[k / 64] & (1 << (k % 64)) != 0)
    }

    /// False when no number word or vague phrase starts with this word (see `figure_words`);
    /// "a", "an" and "point" are left to the caller.
    pub fn may_open_figure(&self, lower: &str) -> bool {
        self.may_open_figure_prefix(lower.as_bytes()) && self.is_figure_word(lower)
    }

    /// Every word that `numeral::number_word` or a vague phrase can start a figure with, in
    /// lower case: number words, their plurals as denominators ("thirds", "fifteenths"), tens
    /// written together with a number word ("twentyfive"), and the first words of vague
    /// phrases. A superset: the sentence pre-scan (`figure::may_hold_figure`) asks it before
    /// anything is tokenized, and must never rule out a word that starts a figure.
    fn is_figure_word(&self, lower: &str) -> bool {
        let number = |w: &str| self.numbers.contains_key(w);
        number(lower)
            || self.vague.contains_key(lower)
            // "sixfold", "tenfold": a multiplier.
            || lower.strip_suffix("fold").is_some_and(number)
            || (lower.ends_with('s')
                && (lower.strip_suffix("ths").is_some_and(number)
                    || lower.strip_suffix('s').is_some_and(number)))
            // Most words are too short to be a tens word and a number word.
            || (lower.len() >= self.shortest_compound
                && (self.tens.iter()).any(|t| lower.strip_prefix(t).is_some_and(number)))
    }

    /// False when no figure word, nor "a", "an" or "point", starts with this word's first
    /// three letters: the cheap first test of `may_open_figure`.
    pub fn may_open_figure_prefix(&self, lower: &[u8]) -> bool {
        self.figure_word_starts.holds(lower) == Some(true)
    }

    /// False when "a", "an" or "point" followed by this word (lower case) cannot start a
    /// figure: it is no number word and no second word of a vague phrase opening with them.
    pub fn may_open_figure_after_article(&self, lower: &str) -> bool {
        self.may_follow_article(lower)
            && (self.is_figure_word(lower) || self.article_seconds.contains(lower))
    }

    #[inline]
    pub fn number(&self, lower: &str) -> Option<NumWord> {
        if !self.number_starts.may_hold(lower) {
            return None;
        }
        self.numbers.get(lower).copied()
    }
    #[inline]
    pub fn hedges_ending_with(&self, lower: &str) -> &[Hedge] {
        self.hedges.get(lower).map_or(&[], Vec::as_slice)
    }
    #[inline]
    pub fn vague_starting_with(&self, lower: &str) -> &[Vague] {
        self.vague.get(lower).map_or(&[], Vec::as_slice)
    }
    /// A scale suffix after digits; case matters ("10G" but "10g"). `spaced`: a space stands
    /// between the digits and the suffix ("2.33 k"), which only some suffixes allow.
    #[inline]
    pub fn scale_suffix(&self, exact: &str, spaced: bool) -> Option<f64> {
        self.scales
            .get(exact)
            .filter(|(_, after_space)| !spaced || *after_space)
            .map(|(v, _)| *v)
    }
    #[inline]
    pub fn currency_before(&self, exact: &str) -> Option<&'static str> {
        self.currency_before.get(exact).copied()
    }
    #[inline]
    pub fn currency_after(&self, lower: &str) -> Option<&'static str> {
        self.currency_after
            .get(lower)?
            .iter()
            .find(|p| p.rest.is_empty())
            .map(|p| p.code)
    }
    /// The currency phrases written after a figure that start with the word `lower` ("danish"
    /// of "Danish crowns"), longest first.
    #[inline]
    pub fn currency_phrases(&self, lower: &str) -> &[CurrencyAfter] {
        self.currency_after.get(lower).map_or(&[], Vec::as_slice)
    }
    #[inline]
    pub fn unit(&self, lower: &str) -> Option<&'static str> {
        self.units.get(lower).copied()
    }
    /// The rate unit of `data/units.txt` that is `unit` per `per`, when there is one:
    /// ("mile", "hour") → "mile_per_hour", the unit "mph" reads as. Asked rarely (a unit "per"
    /// another), so a scan, and no name is built.
    pub fn rate(&self, unit: &str, per: &str) -> Option<&'static str> {
        self.units
            .values()
            .copied()
            .find(|u| u.split_once("_per_") == Some((unit, per)))
    }
    #[inline]
    pub fn event(&self, lower: &str) -> Option<EventForm> {
        self.events.get(lower).copied()
    }
    /// The tally an event lemma counts in (`data/tallies.txt`).
    #[inline]
    pub fn tally(&self, event: &str) -> Option<Tally> {
        self.tallies.get(event).copied()
    }
    pub fn tally_name(&self, t: Tally) -> &'static str {
        self.tally_names.get(t.0 as usize).copied().unwrap_or("")
    }
    /// True when `inner` is a part of `outer` ("dead" of "shot"), or the same tally.
    pub fn tally_holds(&self, outer: Tally, inner: Tally) -> bool {
        outer == inner || self.tally_contains.contains(&(outer, inner))
    }
    /// The rest of `outer` beside its part `part`, when `outer` holds exactly two tallies: the
    /// shot are the dead and the injured, so the shot other than the dead are the injured.
    pub fn tally_rest(&self, outer: Tally, part: Tally) -> Option<Tally> {
        let mut inner = self
            .tally_contains
            .iter()
            .filter(|(o, _)| *o == outer)
            .map(|&(_, i)| i);
        let (a, b) = (inner.next()?, inner.next()?);
        if inner.next().is_some() {
            return None;
        }
        match (a == part, b == part) {
            (true, false) => Some(b),
            (false, true) => Some(a),
            _ => None,
        }
    }
    /// The tally made of exactly the two tallies `a` and `b`: the dead and the injured make
    /// the shot.
    pub fn tally_whole(&self, a: Tally, b: Tally) -> Option<Tally> {
        self.tally_contains
            .iter()
            .find(|&&(o, i)| i == a && self.tally_rest(o, a) == Some(b))
            .map(|&(o, _)| o)
    }
    /// A word that makes a figure next to it a change (`data/changes.txt`).
    #[inline]
    pub fn change(&self, lower: &str) -> Option<ChangeWord> {
        self.changes.get(lower).copied()
    }
    #[inline]
    pub fn is_abbreviation(&self, lower: &str) -> bool {
        self.abbreviations.contains(lower)
    }
    #[inline]
    pub fn is_month(&self, lower: &str) -> bool {
        self.months.contains(lower)
    }
    /// A word after which a number names something; `dot`: a full stop follows the word, which
    /// abbreviations ("No.", "Vol.") need.
    #[inline]
    pub fn is_identifier_word(&self, lower: &str, dot: bool) -> bool {
        self.identifiers
            .get(lower)
            .is_some_and(|&needs_dot| needs_dot == dot)
    }
    /// Membership in a closed-class group of `data/grammar.txt`.
    #[inline]
    pub fn in_group(&self, group: Group, lower: &str) -> bool {
        self.groups.get(lower).is_some_and(|g| g & group.bit() != 0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figure_words_are_ascii_letters() {
        // `figure::may_hold_figure` reads words as runs of ASCII letters: a number word or a
        // vague word with any other character in it would slip past it.
        let lx = &*LEXICON;
        for w in lx.numbers.keys().chain(lx.vague.keys()) {
            assert!(w.bytes().all(|b| b.is_ascii_lowercase()), "{w:?}");
        }
        assert!(lx.may_open_figure("twentyfive") && lx.may_open_figure("thirds"));
        assert!(lx.may_open_figure("dozens") && !lx.may_open_figure("the"));
        assert!(
            lx.may_open_figure_after_article("few") && lx.may_open_figure_after_article("dozen")
        );
        assert!(!lx.may_open_figure_after_article("man"));
        // Every spelled-out figure word is one, and its first letters are marked.
        for &w in lx.numbers.keys() {
            let mut spelled = vec![w.to_string(), format!("{w}s"), format!("{w}ths")];
            spelled.extend(lx.tens.iter().map(|t| format!("{t}{w}")));
            for s in spelled {
                assert!(lx.may_open_figure(&s), "{s}");
            }
        }
        for w in ["the", "tenth s", "twentyx", "sixtyth", "s", "ths"] {
            assert!(!lx.may_open_figure(w), "{w}");
        }
        for (first, phrases) in &lx.vague {
            for v in phrases {
                assert!(
                    v.words
                        .iter()
                        .all(|w| w.bytes().all(|b| b.is_ascii_lowercase())),
                    "{first}"
                );
            }
        }
    }

    #[test]
    fn every_data_file_parses() {
        let lx = &*LEXICON;
        assert_eq!(lx.number("twenty"), Some(NumWord::Tens(20.0)));
        assert_eq!(lx.number("thousands"), Some(NumWord::Scale(1000.0, true)));
        assert_eq!(lx.scale_suffix("bn", false), Some(1e9));
        assert_eq!(lx.scale_suffix("m", true), None);
        assert_eq!(lx.currency_before("£"), Some("GBP"));
        assert_eq!(lx.currency_after("euros"), Some("EUR"));
        assert_eq!(lx.unit("km"), Some("kilometre"));
        assert!(lx.is_abbreviation("jan"));
        assert!(lx.is_month("january"));
        assert!(lx.in_group(Group::Stop, "were"));
        assert!(!lx.in_group(Group::Plural, "were"));
        assert!(lx.in_group(Group::Plural, "people"));
        // The last group has a bit of its own: a stop word is not in it.
        assert!(lx.in_group(Group::Lethal, "dead"));
        assert!(!lx.in_group(Group::Lethal, "were"));
        assert_eq!(lx.widths.approx, 2.0);
        assert!(!lx.hedges_ending_with("than").is_empty());
    }

    #[test]
    fn trigrams_number_the_first_three_letters() {
        assert_eq!(trigram_index(b"a"), Some(27 * 27));
        assert_eq!(trigram_index(b"an"), Some(27 * 27 + 14 * 27));
        assert_eq!(trigram_index(b"one"), Some(15 * 27 * 27 + 14 * 27 + 5));
        assert_eq!(trigram_index(b"ones"), trigram_index(b"one"));
        assert_eq!(trigram_index(b""), Some(0));
        for word in [&b"o'clock"[..], b"A", b"a1", b"\xc3\xa9t", b"ab."] {
            assert_eq!(trigram_index(word), None, "{word:?}");
        }
    }

    #[test]
    fn abbreviations_fit_the_sentence_splitters_buffer() {
        // `sentences::should_merge` lower-cases the word before a full stop in 32 bytes.
        assert!(LEXICON.abbreviations.iter().all(|w| w.len() < 32));
        assert!(LEXICON.is_abbreviation("mr"));
    }

    #[test]
    fn event_forms_map_to_their_lemma() {
        let lx = &*LEXICON;
        for (form, lemma, noun) in [
            ("killed", "kill", false),
            ("killing", "kill", true),
            ("arrested", "arrest", false),
            ("arrests", "arrest", true),
            ("died", "die", false),
            ("deaths", "die", true),
            ("injured", "injure", false),
            ("injuries", "injure", true),
            ("shot", "shoot", false),
            ("rose", "rise", false),
        ] {
            let e = lx.event(form).unwrap_or_else(|| panic!("{form} missing"));
            assert_eq!((e.lemma, e.noun), (lemma, noun), "{form}");
        }
    }
}
