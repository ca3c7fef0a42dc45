//! The pre-scan: whether a sentence may hold a figure at all (a digit, a number word, a vague
//! word), so that most sentences are skipped unread.

use super::*;

/// Cheap test: can a figure start at token `i`?
pub(super) fn may_start(t: &Toks, i: usize) -> bool {
    if t.is_num(i) {
        return true;
    }
    if t.is_word(i) {
        let w = t.lower(i);
        // Every word that passes the tests below has its first three letters in this set.
        if !LEXICON.may_open_figure_prefix(w.as_bytes()) {
            return false;
        }
        // "a" is one word in fifty; only a number or a vague word after it makes a figure of it
        // ("a dozen", "a few"), so that is tested before anything dearer.
        if matches!(w, "a" | "an" | "point")
            && t.is_word(i + 1)
            && !LEXICON.may_follow_article(t.lower(i + 1))
        {
            return false;
        }
        return numeral::number_word(t, i).is_some()
            || matches!(w, "a" | "an" | "point")
            || !LEXICON.vague_starting_with(w).is_empty();
    }
    (t.is_punct(i, ".") && t.is_num(i + 1) && t.attached(i + 1))
        || numeral::vulgar_fraction(t.exact(i)).is_some()
}

/// A scan of one sentence's bytes before it is tokenized: false only when no figure can start
/// in it, so that `find_all` would find nothing there and the sentence can be skipped. Reads
/// `lower`, the ASCII-lower-case text, over `[start, end)`.
///
/// Exact by construction: every word that can open a figure is made of ASCII letters only
/// (see `Lexicon::may_open_figure`), and a word token begins where no letter precedes it, so
/// such a word is a whole run of ASCII letters here. Any digit, and any vulgar fraction ("½"),
/// is taken as a possible start. Where the token after "a", "an" or "point" is unclear
/// (punctuation, a non-ASCII space, a web address the tokenizer skips), the answer is true.
/// Debug builds check every skipped sentence with `find_all` (in `extract`).
pub fn may_hold_figure(lower: &str, start: usize, end: usize) -> bool {
    let s = &lower[start..end];
    let b = s.as_bytes();
    // Digits first, in chunks the compiler vectorizes: a sentence with one needs no more.
    if b.chunks(32)
        .any(|c| c.iter().fold(false, |any, d| any | d.is_ascii_digit()))
    {
        return true;
    }
    let lx = &*LEXICON;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_lowercase() {
            let w0 = i;
            // `lower` has no upper-case ASCII: the letters that follow are lower case.
            i = crate::extract::token::ascii_letters_end(b, i + 1, b.len());
            // Most words fail the three-letter test and are never hashed.
            if !lx.may_open_figure_prefix(&b[w0..i]) {
                continue;
            }
            let w = &s[w0..i];
            if matches!(w, "a" | "an" | "point") {
                if article_may_start(s, i) {
                    return true;
                }
            } else if lx.may_open_figure(w) {
                return true;
            }
        } else if c < 0x80 {
            i += 1;
        } else {
            let len = utf8_len(c);
            if numeral::vulgar_fraction(&s[i..i + len]).is_some() {
                return true;
            }
            i += len;
        }
    }
    false
}

/// After "a", "an" or "point" ending at byte `i` of `s`: false only when the next token is a
/// word that cannot make a figure with them. `numeral::read_with` reads "a"/"an" only before
/// a number word and "point" only before digits or number words, and `vague_at` needs the
/// second word of a vague phrase ("a few"): all of them whole runs of ASCII letters.
pub(super) fn article_may_start(s: &str, mut i: usize) -> bool {
    let b = s.as_bytes();
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    if i >= b.len()
        || !b[i].is_ascii_lowercase()
        || crate::extract::token::is_address(&b[i..], true)
    {
        return true;
    }
    let w0 = i;
    while i < b.len() && b[i].is_ascii_lowercase() {
        i += 1;
    }
    LEXICON.may_open_figure_after_article(&s[w0..i])
}

pub(super) fn utf8_len(lead: u8) -> usize {
    match lead {
        0xf0.. => 4,
        0xe0.. => 3,
        _ => 2,
    }
}
