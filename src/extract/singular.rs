//! Singulars of English plurals, by the pluralizer crate's rules (`data/singulars.txt`), for
//! lower-case ASCII words.
//!
//! pluralizer compiles every one of its rules, with Unicode word classes, on its first call:
//! about 50 million instructions, which dominated checking one short article. Here each rule
//! is first tested on the endings its matches must have (listed beside it in the data, as "ies"
//! for `(?i)ies$`), and only a rule whose ending fits is compiled, once, as an ASCII regex: a
//! word costs a few suffix tests, and an article compiles the two or three rules its plurals
//! need (a `RegexSet` of all of them took 5 million instructions to build, and parsing the
//! patterns to find their endings 2 million). The tables are
//! pluralizer's own, and `tests::reads_as_pluralizer_reads` compares the two word for word, so
//! counts read the same either way.

// Byte regexes: with Unicode off, a class such as `[^aou]` may match a byte of no character,
// which only byte regexes allow.
use regex::bytes::{Regex, RegexBuilder};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::{LazyLock, OnceLock};

struct Rules {
    /// Singulars of irregular plurals, keyed by the plural ("people" → "person").
    irregular: FxHashMap<&'static str, &'static str>,
    /// Words already singular among the irregular ones ("axe", "is"): kept as they are.
    singular: FxHashSet<String>,
    uncountable: FxHashSet<&'static str>,
    /// The rules in order, then the uncountable patterns (which keep the word): the last that
    /// matches wins.
    patterns: Vec<(&'static str, &'static str)>,
    /// For each pattern, the endings every match of it has.
    endings: Vec<Vec<&'static str>>,
    compiled: Vec<OnceLock<Regex>>,
}

impl Rules {
    /// True when pattern `k` matches `word`: its endings first, then the regex.
    fn matches(&self, k: usize, word: &[u8]) -> bool {
        self.endings[k].iter().any(|e| word.ends_with(e.as_bytes())) && self.regex(k).is_match(word)
    }

    fn regex(&self, k: usize) -> &Regex {
        self.compiled[k].get_or_init(|| {
            RegexBuilder::new(&ascii(self.patterns[k].0))
                .unicode(false)
                .build()
                .expect("data/singulars.txt: the patterns compile")
        })
    }
}

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let mut rules = Rules {
        irregular: FxHashMap::default(),
        singular: FxHashSet::default(),
        uncountable: FxHashSet::default(),
        patterns: Vec::new(),
        endings: Vec::new(),
        compiled: Vec::new(),
    };
    let mut keep = Vec::new();
    for line in include_str!("../../data/singulars.txt").lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let f: Vec<&'static str> = line.split('\t').collect();
        match f[..] {
            ["irregular", singular, plural] => {
                rules.irregular.insert(plural, singular);
                rules.singular.insert(singular.to_lowercase());
            }
            ["uncountable", word] => {
                rules.uncountable.insert(word);
            }
            ["rule", pattern, replacement, endings] => {
                rules.patterns.push((pattern, replacement));
                rules.endings.push(endings.split(' ').collect());
            }
            ["uncountable-pattern", pattern, endings] => keep.push((pattern, endings)),
            _ => panic!("data/singulars.txt: bad line {line:?}"),
        }
    }
    for (pattern, endings) in keep {
        rules.patterns.push((pattern, "$0"));
        rules.endings.push(endings.split(' ').collect());
    }
    rules.compiled = rules.patterns.iter().map(|_| OnceLock::new()).collect();
    rules
});

/// A pattern for lower-case ASCII words: a non-ASCII letter in it can never match one
/// ("pok[eé]mon"), and without `(?i)` (the patterns are lower case) a rule compiles faster and
/// has one ending per spelling, not one per mix of cases.
fn ascii(pattern: &str) -> String {
    let pattern = pattern.strip_prefix("(?i)").unwrap_or(pattern);
    pattern.chars().filter(char::is_ascii).collect()
}

/// True when token `k` is a noun, singular or plural ("victims", "man"): a noun a figure
/// before it may count.
pub fn noun_at(t: &crate::extract::token::Toks, k: usize) -> bool {
    t.is_word(k) && singular(t.lower(k)).is_some_and(|w| crate::wordnet::is_noun(&w))
}

/// The singular of a lower-case word, as pluralizer gives it; `None` for a word that is not
/// lower-case ASCII, which the caller leaves to pluralizer. A typographic apostrophe
/// ("year’s") is allowed: like an ASCII punctuation byte it is no word character, so the ASCII
/// rules read it as pluralizer's Unicode ones do.
pub fn singular(word: &str) -> Option<String> {
    if word.bytes().any(|b| b.is_ascii_uppercase())
        || !word.chars().all(|c| c.is_ascii() || c == '\u{2019}')
    {
        return None;
    }
    let rules = &*RULES;
    if rules.singular.contains(word) {
        return Some(word.to_string());
    }
    if let Some(s) = rules.irregular.get(word) {
        return Some(s.to_lowercase());
    }
    if word.is_empty() || rules.uncountable.contains(word) {
        return Some(word.to_string());
    }
    let Some(k) = (0..rules.patterns.len())
        .rev()
        .find(|&k| rules.matches(k, word.as_bytes()))
    else {
        return Some(word.to_string());
    };
    let replacement = rules.patterns[k].1;
    let caps = rules.regex(k).captures(word.as_bytes())?;
    let whole = caps.get(0)?;
    // Bytes: a class such as `[^aou]` may have matched one byte of "’". The pieces are joined in
    // their order in the word, so the result is whole characters again.
    let bytes = word.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(word.len() + 4);
    out.extend_from_slice(&bytes[..whole.start()]);
    // `$N` is group N (one digit in these tables); a group that did not take part is empty.
    let mut rest = replacement;
    while let Some(k) = rest.find('$') {
        out.extend_from_slice(&rest.as_bytes()[..k]);
        match rest[k + 1..].chars().next().and_then(|c| c.to_digit(10)) {
            Some(n) => {
                let group = caps.get(n as usize).map_or(0..0, |m| m.range());
                out.extend_from_slice(&bytes[group]);
                rest = &rest[k + 2..];
            }
            None => {
                out.push(b'$');
                rest = &rest[k + 1..];
            }
        }
    }
    out.extend_from_slice(rest.as_bytes());
    out.extend_from_slice(&bytes[whole.end()..]);
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::singular;

    /// Words each rule, irregular and uncountable entry names, and the plurals of news copy
    /// that reached pluralizer on the shared corpora: every one reads as pluralizer reads it.
    #[test]
    fn reads_as_pluralizer_reads() {
        let data = include_str!("../../data/singulars.txt");
        let mut words: Vec<String> = data
            .lines()
            .filter(|l| l.starts_with("irregular\t") || l.starts_with("uncountable\t"))
            .flat_map(|l| l.split('\t').skip(1).map(str::to_lowercase))
            .collect();
        words.extend(
            "cities movies zombies cookies series species looies monies smilies calories \
             aunties goalies walkie-talkies pies ties lies genies groupies cuties hippies \
             junkies veggies foodies collies neckties porkpies budgies hoodies rookies pixies \
             skies flies spies allies ladies authorities deputies casualties injuries bodies \
             wolves knives wives lives halves calves leaves thieves scarves loaves elves \
             shelves selves ourselves themselves heroes potatoes vetoes echoes videos photos \
             studios pesos ngos quangos telcos cases houses horses causes responses nurses \
             releases phases surprises premises rises buses viruses statuses bonuses campuses \
             focuses crises analyses theses diagnoses atlases aliases gases irises texas \
             thomas vegas whereas overseas areas visas pandas pleas dramas taxis menus emus \
             tutus prizes sizes quizzes mice lice titmice dice indices vertices matrices \
             appendices data criteria phenomena alumni alumnae algae cacti fungi radii \
             stimuli children men women firemen people persons oxen feet teeth geese \
             chinese deer fish reindeer measles carnivorous smallpox sheep pokemon \
             year's world's uk's it's tuesdays ups and-a-half 1990s 747s year’s children’s \
             people’s police’s lives’ o’clock shelves’ wolves’ x’lives ’s ’"
                .split_whitespace()
                .map(str::to_string),
        );
        for w in words {
            assert_eq!(
                singular(&w).as_deref(),
                Some(pluralizer::pluralize(&w, 1, false).as_str()),
                "{w}"
            );
        }
    }

    /// The endings listed for each pattern are the ones regex-syntax finds: every match of the
    /// pattern ends with one of them, so a word that ends with none is never tried on it.
    #[test]
    fn endings_are_the_patterns_own() {
        use regex_syntax::hir::literal::{ExtractKind, Extractor};
        let rules = &*super::RULES;
        for ((pattern, _), listed) in rules.patterns.iter().zip(&rules.endings) {
            let hir = regex_syntax::ParserBuilder::new()
                .unicode(false)
                .utf8(false)
                .build()
                .parse(&super::ascii(pattern))
                .expect("the pattern parses");
            let seq = Extractor::new().kind(ExtractKind::Suffix).extract(&hir);
            let derived: Vec<String> = seq
                .literals()
                .unwrap_or_else(|| panic!("{pattern}: too many endings to list"))
                .iter()
                .map(|l| String::from_utf8(l.as_bytes().to_vec()).expect("ASCII"))
                .collect();
            assert!(derived.iter().all(|e| !e.is_empty()), "{pattern}");
            assert_eq!(
                listed.join(" "),
                derived.join(" "),
                "{pattern}: the endings column"
            );
        }
        assert_eq!(rules.endings[0], ["s"]);
    }

    #[test]
    fn other_words_are_left_to_pluralizer() {
        assert_eq!(singular("cafés"), None);
        assert_eq!(singular("x\u{2018}s"), None);
        assert_eq!(singular("Cities"), None);
    }
}
