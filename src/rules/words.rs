//! The phrases the detectors read, from `data/checks.txt`.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

pub struct CheckWords {
    /// Each group's phrases as a set: the detectors ask of every word before a figure.
    groups: FxHashMap<&'static str, FxHashSet<&'static str>>,
}

pub static WORDS: LazyLock<CheckWords> = LazyLock::new(|| {
    let mut groups = FxHashMap::default();
    for line in include_str!("../../data/checks.txt").lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let (name, phrases) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("data/checks.txt: no tab in {line:?}"));
        groups.insert(name, phrases.split('|').map(str::trim).collect());
    }
    CheckWords { groups }
});

impl CheckWords {
    /// The phrases of a group.
    pub fn phrases(&self, group: &str) -> &FxHashSet<&'static str> {
        self.groups
            .get(group)
            .unwrap_or_else(|| panic!("data/checks.txt has no group {group}"))
    }

    /// True when `phrase` (lower case, spaces normalised) is one of the group's phrases.
    pub fn is(&self, group: &str, phrase: &str) -> bool {
        self.phrases(group).contains(phrase)
    }
}

/// The text between two offsets as the detectors compare it: lower case, runs of white space
/// made one space, trimmed. Words and punctuation are separated so that "17 arrests—13" and
/// "17 arrests — 13" read the same.
pub fn between(text: &str, start: usize, end: usize) -> String {
    let Some(s) = text.get(start..end.max(start)) else {
        return String::new();
    };
    let mut out = String::with_capacity(s.len() + 4);
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        let punct = !c.is_alphanumeric() && c != '\'' && c != '.';
        if (space || (punct && !out.is_empty())) && !out.ends_with(' ') && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
        if punct {
            space = true;
        }
    }
    // "," then a word: keep "," attached to the phrase as the data writes it (", or"). Most
    // gaps have no comma: they keep their one allocation.
    if out.contains(" ,") {
        out.replace(" ,", ",")
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn between_normalises_space_and_case() {
        assert_eq!(between("17 arrests —13", 10, 14), "—");
        assert_eq!(between("x , Or  y", 1, 7), ", or");
        assert_eq!(between("a (b", 1, 3), "(");
        assert!(WORDS.is("breakdown-partial", "of whom"));
        assert!(WORDS.is("share-open", ", or"));
    }
}
