//! Tokens: words, digit runs and single punctuation marks, with byte spans and whether white
//! space precedes them. One pass, no allocation beyond the token vector.

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    /// Letters, with internal apostrophes and the dots of "U.S" or "a.m".
    Word,
    /// ASCII digits.
    Num,
    /// Any other single character.
    Punct,
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokKind,
    /// White space (or the start of the sentence) comes right before this token.
    pub space_before: bool,
}

/// The tokens of one sentence with the text they index, in original and ASCII-lower case.
#[derive(Clone, Copy)]
pub struct Toks<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub toks: &'a [Token],
}

/// The tokens of a document's sentences that hold figures, with the document in ASCII lower
/// case: what extraction read, kept so that the checks' structure need not read it again.
pub struct Read {
    pub(crate) lower: String,
    pub(crate) tokens: Vec<Token>,
    /// (sentence, first token, end of its tokens), by sentence.
    pub(crate) sentences: Vec<(usize, usize, usize)>,
}

impl Read {
    /// None yet of `text`, room made for `tokens` tokens.
    pub(crate) fn new(text: &str, tokens: usize) -> Read {
        Read {
            lower: text.to_ascii_lowercase(),
            tokens: Vec::with_capacity(tokens),
            sentences: Vec::new(),
        }
    }

    /// The tokens of `sentence`, when it holds a figure.
    pub fn toks<'a>(&'a self, text: &'a str, sentence: usize) -> Option<Toks<'a>> {
        let k = self
            .sentences
            .binary_search_by_key(&sentence, |&(s, _, _)| s)
            .ok()?;
        let (_, a, b) = self.sentences[k];
        Some(Toks {
            text,
            lower: &self.lower,
            toks: &self.tokens[a..b],
        })
    }
}

impl<'a> Toks<'a> {
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
    #[inline]
    pub fn exact(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.text[t.start..t.end])
    }
    #[inline]
    pub fn lower(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| &self.lower[t.start..t.end])
    }
    #[inline]
    pub fn kind(&self, i: usize) -> Option<TokKind> {
        self.toks.get(i).map(|t| t.kind)
    }
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Word)
    }
    #[inline]
    pub fn is_num(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Num)
    }
    /// No white space between token `i - 1` and token `i`.
    #[inline]
    pub fn attached(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| !t.space_before)
    }
    /// Token `i` is the mark `p`: compared as bytes, as this is asked many times of every figure.
    #[inline]
    pub fn is_punct(&self, i: usize, p: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.kind == TokKind::Punct
                && self.text.as_bytes().get(t.start..t.end) == Some(p.as_bytes())
        })
    }
    /// Token `i` is a hyphen with no space on either side: it joins the tokens around it
    /// ("K-9", "two-and-a-half", "3-D").
    #[inline]
    pub fn joins(&self, i: usize) -> bool {
        self.is_punct(i, "-") && self.attached(i) && self.attached(i + 1)
    }
    /// A hyphen or a dash of any kind.
    pub fn is_dash(&self, i: usize) -> bool {
        self.kind(i) == Some(TokKind::Punct) && matches!(self.exact(i), "-" | "–" | "‑" | "—")
    }
    /// "Camden's", "the company’s": when token `i` is a word closed by a possessive "'s", the
    /// token after it.
    pub fn possessive_end(&self, i: usize) -> Option<usize> {
        // A word takes its apostrophe in ("camden's"); a mark set apart is read too.
        let w = self.lower(i);
        if self.is_word(i) && (w.ends_with("'s") || w.ends_with("’s")) {
            return Some(i + 1);
        }
        (self.is_word(i)
            && (self.is_punct(i + 1, "'") || self.is_punct(i + 1, "’"))
            && self.attached(i + 1)
            && self.attached(i + 2)
            && self.is_word(i + 2)
            && self.lower(i + 2) == "s")
            .then_some(i + 3)
    }
    pub fn capitalized(&self, i: usize) -> bool {
        self.exact(i).chars().next().is_some_and(char::is_uppercase)
    }
}

/// What a byte starts, for the tokenizer's one lookup per byte.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// ASCII white space (`u8::is_ascii_whitespace`).
    Space,
    Letter,
    Digit,
    /// Any other ASCII byte: a mark of its own.
    Mark,
    /// The first byte of a multi-byte character (or a continuation byte, never seen at a
    /// character start).
    NonAscii,
}

static CLASS: [Class; 256] = {
    let mut table = [Class::Mark; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        table[b] = if c >= 0x80 {
            Class::NonAscii
        } else if c.is_ascii_whitespace() {
            Class::Space
        } else if c.is_ascii_alphabetic() {
            Class::Letter
        } else if c.is_ascii_digit() {
            Class::Digit
        } else {
            Class::Mark
        };
        b += 1;
    }
    table
};

/// Tokenizes `text[span]`, appending to `out`.
pub fn tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let mut i = start;
    let mut space = true;
    // Most sentences hold no address: test for one only where it can be.
    let maybe_email = memchr::memchr(b'@', &bytes[start..end]).is_some();
    while i < end {
        let b = bytes[i];
        let class = CLASS[usize::from(b)];
        if class == Class::Space {
            space = true;
            i += 1;
            continue;
        }
        // Web addresses and e-mail addresses are no prose: skip them whole.
        // (`is_address` is false unless the word starts like a URL or the sentence has an "@":
        // tested here first, as this runs for every word.)
        if space
            && (maybe_email || may_start_url(&bytes[i..end]))
            && is_address(&bytes[i..end], maybe_email)
        {
            while i < end && !bytes[i].is_ascii_whitespace() {
                i += 1;
            }
            continue;
        }
        let tok_start = i;
        let kind = match class {
            Class::Digit => {
                i += 1;
                while i < end && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                TokKind::Num
            }
            Class::Letter => {
                // Most words are ASCII letters up to a space: only a joiner or a non-ASCII
                // byte after them needs the full rules.
                i = ascii_letters_end(bytes, i + 1, end);
                if i < end && matches!(bytes[i], b'\'' | b'.' | 0x80..) {
                    i = word_end(text, i, end);
                }
                TokKind::Word
            }
            Class::NonAscii if starts_alpha(text, i) => {
                i = word_end(text, i, end);
                TokKind::Word
            }
            Class::NonAscii => {
                i = (i + utf8_len(b)).min(end);
                // Non-ASCII white space (no-break space and the like) separates like a space.
                if text[tok_start..i].chars().all(char::is_whitespace) {
                    space = true;
                    continue;
                }
                TokKind::Punct
            }
            Class::Mark | Class::Space => {
                i += 1;
                TokKind::Punct
            }
        };
        out.push(Token {
            start: tok_start,
            end: i,
            kind,
            space_before: space,
        });
        space = false;
    }
}

/// Tokenizes `text` whole and hands its tokens to `f`: what the extract stage's tests read.
#[cfg(test)]
pub fn with_toks<R>(text: &str, f: impl FnOnce(&Toks) -> R) -> R {
    let lower = text.to_ascii_lowercase();
    let mut toks = Vec::new();
    tokenize(text, 0, text.len(), &mut toks);
    f(&Toks {
        text,
        lower: &lower,
        toks: &toks,
    })
}

/// True at the start of a URL ("https://", "www.") or, when the sentence has an "@", an
/// e-mail address.
pub(crate) fn is_address(rest: &[u8], maybe_email: bool) -> bool {
    let starts = |p: &[u8]| rest.len() > p.len() && rest[..p.len()].eq_ignore_ascii_case(p);
    if may_start_url(rest)
        && (starts(b"http://") || starts(b"https://") || starts(b"www.") || starts(b"ftp://"))
    {
        return true;
    }
    if !maybe_email {
        return false;
    }
    // name@host.tld
    let word_end = rest
        .iter()
        .position(|b| b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    let word = &rest[..word_end];
    word.iter().position(|&b| b == b'@').is_some_and(|at| {
        at > 0
            && word[at + 1..].contains(&b'.')
            && word[at + 1..]
                .first()
                .is_some_and(u8::is_ascii_alphanumeric)
    })
}

/// False where no "http://", "https://", "www." or "ftp://" starts: their first letters are h,
/// w or f and their second t or w ("he", "was" and "for" are ruled out here).
#[inline]
fn may_start_url(rest: &[u8]) -> bool {
    matches!(rest.first(), Some(b'h' | b'H' | b'w' | b'W' | b'f' | b'F'))
        && matches!(rest.get(1), Some(b't' | b'T' | b'w' | b'W'))
}

fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xff => 4,
        _ => 1,
    }
}

fn starts_alpha(text: &str, i: usize) -> bool {
    text[i..].chars().next().is_some_and(char::is_alphabetic)
}

/// The end of a word that goes on at `i` (its start or any byte inside it): letters, plus an apostrophe or a dot between letters
/// ("don't", "O’Neill", "U.S", "a.m").
fn word_end(text: &str, mut i: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    loop {
        loop {
            i = ascii_letters_end(bytes, i, end);
            if i < end
                && bytes[i] >= 0x80
                && let Some(c) = text[i..end].chars().next().filter(|c| c.is_alphabetic())
            {
                i += c.len_utf8();
                continue;
            }
            break;
        }
        // Joiners: ' ’ and . between letters (read on bytes: this runs for every word).
        // Most words end at a space: one byte test decides.
        let joiner_len = match bytes.get(i) {
            _ if i >= end => return i,
            Some(b'\'' | b'.') => 1,
            Some(0xE2) if end - i >= 3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 => 3,
            _ => return i,
        };
        if i + joiner_len >= end {
            return i;
        }
        let after = i + joiner_len;
        let next_is_letter = bytes[after].is_ascii_alphabetic();
        if !next_is_letter {
            return i;
        }
        if bytes[i] == b'.' {
            // Only single letters join by dots: "U.S", "a.m", not "end.Next".
            let seg_start = text[..i]
                .rfind(|c: char| !c.is_alphabetic())
                .map_or(0, |p| p + 1);
            let next_len = text[after..end]
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(end - after);
            if i - seg_start != 1 || next_len != 1 {
                return i;
            }
        }
        i = after;
    }
}

/// The end of the run of ASCII letters from `i`, before `end`: eight bytes at a time in a
/// `u64` (SWAR), as words are most of what is tokenized. With `y` a byte lower-cased
/// (`| 0x20`) and without its high bit (so that no sum carries), `y + 31` has its high bit set
/// from `a` on and `y + 5` from `{` on; a byte with its own high bit set is no ASCII letter.
#[inline]
pub(crate) fn ascii_letters_end(bytes: &[u8], mut i: usize, end: usize) -> usize {
    const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const fn each(b: u8) -> u64 {
        u64::from_ne_bytes([b; 8])
    }
    while let Some(chunk) = bytes.get(i..i + 8).filter(|_| i + 8 <= end) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let y = (x | each(0x20)) & LOW7;
        let letters = (y + each(128 - b'a')) & !(y + each(128 - b'z' - 1)) & !x & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < end && bytes[i].is_ascii_alphabetic() {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as first written, byte by byte: what `tokenize` must agree with.
    pub(crate) fn reference_tokenize(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
        let bytes = text.as_bytes();
        let mut i = start;
        let mut space = true;
        // Most sentences hold no address: test for one only where it can be.
        let maybe_email = memchr::memchr(b'@', &bytes[start..end]).is_some();
        while i < end {
            let b = bytes[i];
            if b.is_ascii_whitespace() {
                space = true;
                i += 1;
                continue;
            }
            // Web addresses and e-mail addresses are no prose: skip them whole.
            // (`is_address` is false unless the word starts with h, w or f or the sentence has an
            // "@": tested here first, as this runs for every word.)
            if space
                && (maybe_email || matches!(b, b'h' | b'H' | b'w' | b'W' | b'f' | b'F'))
                && is_address(&bytes[i..end], maybe_email)
            {
                while i < end && !bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                continue;
            }
            let tok_start = i;
            let kind;
            if b.is_ascii_digit() {
                while i < end && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                kind = TokKind::Num;
            } else if b.is_ascii_alphabetic() || (b >= 0x80 && starts_alpha(text, i)) {
                i = reference_word_end(text, i, end);
                kind = TokKind::Word;
            } else {
                let ch_len = utf8_len(b);
                i = (i + ch_len).min(end);
                // Non-ASCII white space (no-break space and the like) separates like a space.
                if b >= 0x80 && text[tok_start..i].chars().all(char::is_whitespace) {
                    space = true;
                    continue;
                }
                kind = TokKind::Punct;
            }
            out.push(Token {
                start: tok_start,
                end: i,
                kind,
                space_before: space,
            });
            space = false;
        }
    }

    fn reference_word_end(text: &str, mut i: usize, end: usize) -> usize {
        let bytes = text.as_bytes();
        loop {
            while i < end {
                let b = bytes[i];
                if b.is_ascii_alphabetic() {
                    i += 1;
                } else if b >= 0x80 {
                    match text[i..end].chars().next() {
                        Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                        _ => break,
                    }
                } else {
                    break;
                }
            }
            let joiner_len = match bytes.get(i) {
                _ if i >= end => return i,
                Some(b'\'' | b'.') => 1,
                Some(0xE2) if end - i >= 3 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 => 3,
                _ => return i,
            };
            if i + joiner_len >= end || !bytes[i + joiner_len].is_ascii_alphabetic() {
                return i;
            }
            let after = i + joiner_len;
            if bytes[i] == b'.' {
                let seg_start = text[..i]
                    .rfind(|c: char| !c.is_alphabetic())
                    .map_or(0, |p| p + 1);
                let next_len = text[after..end]
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(end - after);
                if i - seg_start != 1 || next_len != 1 {
                    return i;
                }
            }
            i = after;
        }
    }

    fn toks(text: &str) -> Vec<(&str, TokKind, bool)> {
        let mut out = Vec::new();
        tokenize(text, 0, text.len(), &mut out);
        out.iter()
            .map(|t| (&text[t.start..t.end], t.kind, t.space_before))
            .collect()
    }

    proptest::proptest! {
        /// The tokenizer agrees with the byte-by-byte reference on any text and any span of it
        /// between character boundaries: letters in both cases around the SWAR word, digits,
        /// joiners, addresses, non-ASCII letters, marks and spaces.
        #[test]
        fn agrees_with_the_reference(
            text in "([a-zA-Z]{1,12}|[0-9]{1,4}|[ .,'@/:\n\t\x0c\x0b-]|’|é|Ж|½|\u{a0}|—|“|https://x\\.y|www\\.z|[\\[`{@]){0,40}",
            cut in 0usize..64,
            keep in 0usize..64,
        ) {
            let start = (0..=cut.min(text.len())).rev().find(|&k| text.is_char_boundary(k)).unwrap_or(0);
            let end = (start..=(start + keep).min(text.len())).rev().find(|&k| text.is_char_boundary(k)).unwrap_or(start);
            let (mut fast, mut slow) = (Vec::new(), Vec::new());
            tokenize(&text, start, end, &mut fast);
            reference_tokenize(&text, start, end, &mut slow);
            let spans = |v: &[Token]| v.iter().map(|t| (t.start, t.end, t.kind, t.space_before)).collect::<Vec<_>>();
            proptest::prop_assert_eq!(spans(&fast), spans(&slow));
        }
    }

    #[test]
    fn letter_runs_end_at_the_first_other_byte() {
        let text = b"abcdefghIJKLMNOPqrstuvwxyz@[`{ABCZ0aZ\xc3\xa9xyz";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let slow = start
                    + text[start..end]
                        .iter()
                        .take_while(|b| b.is_ascii_alphabetic())
                        .count();
                assert_eq!(ascii_letters_end(text, start, end), slow, "{start}..{end}");
            }
        }
    }

    #[test]
    fn splits_words_digits_and_marks() {
        use TokKind::*;
        assert_eq!(
            toks("$4.2bn, 1,200 don't"),
            vec![
                ("$", Punct, true),
                ("4", Num, false),
                (".", Punct, false),
                ("2", Num, false),
                ("bn", Word, false),
                (",", Punct, false),
                ("1", Num, true),
                (",", Punct, false),
                ("200", Num, false),
                ("don't", Word, true),
            ]
        );
    }

    #[test]
    fn joins_initialisms_but_not_sentences() {
        let t: Vec<_> = toks("the U.S. at 3 a.m. end.Next")
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(
            t,
            vec!["the", "U.S", ".", "at", "3", "a.m", ".", "end", ".", "Next"]
        );
    }

    #[test]
    fn web_and_mail_addresses_are_skipped() {
        let t: Vec<_> = toks("see https://x.com/a?q=30%25 or www.b.org/20 mail jo@x.org now")
            .into_iter()
            .map(|t| t.0)
            .collect();
        assert_eq!(t, vec!["see", "or", "mail", "now"]);
    }

    #[test]
    fn non_ascii_letters_and_spaces() {
        let t = toks("Zürich\u{a0}£10m — “17”");
        let texts: Vec<_> = t.iter().map(|t| t.0).collect();
        assert_eq!(texts, vec!["Zürich", "£", "10", "m", "—", "“", "17", "”"]);
        assert!(t[1].2, "a no-break space separates");
    }
}
