//! Paragraphs and sentences of plain text.
//!
//! Sentences come from UAX #29's rules, which break after every full stop followed by a capital;
//! breaks after abbreviations ("Mr.", "Jan.", "U.S.") are merged back. Text whose terminators
//! are all ASCII takes a fast path that makes the same breaks without the Unicode tables.

use super::Span;
use crate::lexicon::LEXICON;
use unicode_segmentation::UnicodeSegmentation;

/// Paragraph spans: runs of text separated by blank lines. A text without any blank line is
/// read one paragraph per line (wire copy often has no blank lines). Blank paragraphs are dropped.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let has_blank_line = has_blank_line(text);
    let mut out = Vec::with_capacity(text.len() / 256 + 1);
    let mut start = 0;
    let bytes = text.as_bytes();
    for i in memchr::memchr_iter(b'\n', bytes) {
        let boundary = if has_blank_line {
            // A newline followed by only whitespace up to another newline.
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            j < bytes.len() && bytes[j] == b'\n'
        } else {
            true
        };
        if boundary {
            push_trimmed(text, start, i, &mut out);
            start = i + 1;
        }
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn has_blank_line(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'\n', bytes).any(|i| {
        bytes[i + 1..]
            .iter()
            .find(|b| !matches!(b, b' ' | b'\t' | b'\r'))
            == Some(&b'\n')
    })
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let (start, end) = trim(text, start, end);
    if start < end {
        out.push(Span::new(start, end));
    }
}

/// `text[start..end]` without white space (`char::is_whitespace`) at either end, as byte
/// offsets: ASCII white space is passed over byte by byte, other characters decoded only where
/// one stands at an end.
fn trim(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    let b = text.as_bytes();
    // U+0009–U+000D and the space: the ASCII characters `char::is_whitespace` accepts.
    let ascii_space = |c: u8| matches!(c, b'\t'..=b'\r' | b' ');
    while start < end {
        if ascii_space(b[start]) {
            start += 1;
        } else if let Some(c) = (b[start] >= 0x80)
            .then(|| text[start..end].chars().next())
            .flatten()
            .filter(|c| c.is_whitespace())
        {
            start += c.len_utf8();
        } else {
            break;
        }
    }
    while end > start {
        if ascii_space(b[end - 1]) {
            end -= 1;
        } else if let Some(c) = (b[end - 1] >= 0x80)
            .then(|| text[start..end].chars().next_back())
            .flatten()
            .filter(|c| c.is_whitespace())
        {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    (start, end)
}

/// Splits one paragraph into sentence spans, appending to `out`.
pub fn split(text: &str, para: Span, out: &mut Vec<Span>) {
    let para_text = &text[para.range()];
    let first = out.len();
    let mut push = |off: usize, end: usize| {
        let (start, end) = trim(text, para.start + off, para.start + end);
        if start == end {
            return;
        }
        let span = Span::new(start, end);
        if out.len() > first && should_merge(text, out[out.len() - 1], span) {
            let last = out.len() - 1;
            out[last].end = span.end;
        } else {
            out.push(span);
        }
    };
    if has_other_terminators(para_text) {
        // A hard-wrapped paragraph: UAX #29 breaks at every newline, so read newlines as
        // spaces (same byte length, so offsets hold).
        let owned;
        let seg_text = if para_text.contains('\n') {
            owned = para_text.replace(['\n', '\r'], " ");
            owned.as_str()
        } else {
            para_text
        };
        for (off, s) in seg_text.split_sentence_bound_indices() {
            push(off, off + s.len());
        }
    } else {
        ascii_terminator_breaks(para_text, push);
    }
}

/// True when a paragraph holds a sentence terminator other than `.`, `!` and `?` (CJK, Arabic,
/// Devanagari stops, `‼`…): such text goes through the full UAX #29 tables.
fn has_other_terminators(s: &str) -> bool {
    // Matched on their UTF-8 bytes: most text has curly quotes and dashes, and decoding every
    // character would cost more than the split.
    let b = s.as_bytes();
    // Every one starts with a byte of 0xD6 or more: a chunk without such a byte (tested in a
    // loop the compiler vectorizes) is passed over whole.
    const CHUNK: usize = 64;
    b.chunks(CHUNK).enumerate().any(|(k, chunk)| {
        chunk.iter().fold(false, |any, &c| any | (c >= 0xD6))
            && (k * CHUNK..k * CHUNK + chunk.len()).any(|i| other_terminator_at(b, i))
    })
}

/// True when a terminator of `has_other_terminators` starts at byte `i`.
fn other_terminator_at(b: &[u8], i: usize) -> bool {
    let c = b[i];
    c >= 0xD6
        && matches!(
            (c, b.get(i + 1).copied(), b.get(i + 2).copied()),
            (0xE2, Some(0x80), Some(0xA4 | 0xBC | 0xBD))
                | (0xE2, Some(0x81), Some(0x87..=0x89))
                | (0xEF, Some(0xB9), Some(0x92 | 0x96 | 0x97))
                | (0xEF, Some(0xBC), Some(0x81 | 0x8E | 0x9F))
                | (0xEF, Some(0xBD), Some(0xA1))
                | (0xE3, Some(0x80), Some(0x82))
                | (0xE0, Some(0xA5), Some(0xA4 | 0xA5))
                | (0xE1, Some(0x8D), Some(0xA2))
                | (0xE1, Some(0x99), Some(0xAE))
                | (0xE1, Some(0xA0), Some(0x83 | 0x89))
                | (0xD6, Some(0x89), _)
                | (0xD8, Some(0x9F), _)
                | (0xDB, Some(0x94), _)
        )
}

/// The sentence breaks UAX #29 makes in text whose only terminators are `.`, `!` and `?`,
/// without its per-character table lookups (the tables were a third of all run time). A break
/// falls after a run of terminators, closing quotes or brackets, and white space (SB9–SB11),
/// except before a comma, colon, dash or another terminator (SB8a), and, after a full stop,
/// when the next letter is lower case (SB8). Newlines count as spaces: sentences do not end at
/// a line wrap. A terminator with no space after it ("3.5", "U.S") never breaks: such breaks
/// are merged back in any case. `emit` receives each piece as a byte range.
fn ascii_terminator_breaks(s: &str, mut emit: impl FnMut(usize, usize)) {
    let b = s.as_bytes();
    let n = b.len();
    let mut start = 0;
    let mut i = 0;
    while i < n {
        match memchr::memchr3(b'.', b'!', b'?', &b[i..]) {
            Some(k) => i += k,
            None => break,
        }
        let mut j = i + 1;
        while j < n && matches!(b[j], b'.' | b'!' | b'?') {
            j += 1;
        }
        let full_stop = b[j - 1] == b'.';
        // Quotation marks and brackets (UAX #29's Close class, opening ones included).
        while j < n {
            j += match b[j] {
                b'\'' | b'"' | b')' | b']' | b'}' | b'(' | b'[' | b'{' => 1,
                0x80.. => match close_quote_len(&b[j..]) {
                    0 => break,
                    len => len,
                },
                _ => break,
            };
        }
        let spaces = j;
        while j < n {
            j += match b[j] {
                b' ' | b'\t' | b'\n' | b'\r' => 1,
                // No-break space.
                0xC2 if b.get(j + 1) == Some(&0xA0) => 2,
                _ => break,
            };
        }
        if j == spaces && full_stop && j < n && glued_break(s, j) {
            emit(start, j);
            start = j;
            i = j;
            continue;
        }
        if j == spaces || j == n {
            i = j.max(i + 1);
            continue;
        }
        let rest = &s[j..];
        let next = rest.chars().next().unwrap_or(' ');
        // SB8a: a comma, colon, semicolon, dash or terminator continues the sentence.
        if matches!(
            next,
            ',' | '-' | ':' | ';' | '.' | '!' | '?' | '\u{2013}' | '\u{2014}' | '\u{3001}'
        ) {
            i = j;
            continue;
        }
        // SB8: after a full stop, a lower-case letter (past any non-letters) continues it.
        if full_stop
            && rest
                .chars()
                .find(|c| c.is_alphabetic() || matches!(c, '.' | '!' | '?'))
                .is_some_and(char::is_lowercase)
        {
            i = j;
            continue;
        }
        emit(start, j);
        start = j;
        i = j;
    }
    if start < n {
        emit(start, n);
    }
}

/// The UTF-8 length of the curly quote or guillemet at the start of `b` (’ ” » › ‘ “ « ‹,
/// UAX #29's Close class beyond ASCII), or 0.
fn close_quote_len(b: &[u8]) -> usize {
    match b {
        [0xE2, 0x80, 0x98 | 0x99 | 0x9C | 0x9D | 0xB9 | 0xBA, ..] => 3,
        [0xC2, 0xAB | 0xBB, ..] => 2,
        _ => 0,
    }
}

/// True when a sentence ends at byte `at` of `s` though no space follows its full stop: a
/// word of two or more letters ending in lower case, the stop, and a capitalised word
/// ("… of South Ada Street.Three other men …", a space lost when copy was scraped). Not an
/// abbreviation ("St.Louis"), an initial or an acronym ("U.S.Army", "ASP.Net").
fn glued_break(s: &str, at: usize) -> bool {
    let b = s.as_bytes();
    if at < 3 || b[at - 1] != b'.' || !b[at - 2].is_ascii_lowercase() {
        return false;
    }
    if !(b[at].is_ascii_uppercase() && b.get(at + 1).is_some_and(u8::is_ascii_lowercase)) {
        return false;
    }
    let word_start = b[..at - 1]
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let word = &s[word_start..at - 1];
    word.len() >= 2
        && !(word_start > 0 && b[word_start - 1] == b'.')
        && !LEXICON.is_abbreviation(&word.to_ascii_lowercase())
}

/// True when the break between `prev` and `next` falls after an abbreviation or an initial, or
/// `next` begins in lower case or with a digit (a break UAX #29 made after a stop that did not end
/// the sentence).
fn should_merge(text: &str, prev: Span, next: Span) -> bool {
    // No space between them: UAX #29 broke inside a token (".08", "3.5"), unless a space was
    // lost after a full stop.
    if prev.end == next.start {
        return !glued_break(text, next.start);
    }
    let prev_text = &text[prev.range()];
    let Some(before_dot) = prev_text.strip_suffix('.') else {
        return false;
    };
    let word_start = before_dot
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || c == '(' || c == '"' || c == '“')
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before_dot[word_start..];
    if word.is_empty() {
        return false;
    }
    // A single capital letter is an initial ("George W. Bush").
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    // Lower-cased on the stack: this runs at every full stop. No abbreviation is this long.
    let mut buf = [0u8; 32];
    if let Some(lower) = buf.get_mut(..word.len()) {
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if std::str::from_utf8(lower).is_ok_and(|w| LEXICON.is_abbreviation(w)) {
            return true;
        }
    }
    let next_first = text[next.range()].chars().next();
    matches!(next_first, Some(c) if c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_glued_to_the_next_breaks_at_its_stop() {
        let text = "They were named as Ann Lee, 28, of South Ada Street.Three other men ran. He went to St.Louis and the U.S.Army base. It was 3.5 miles.";
        let mut out = Vec::new();
        split(text, Span::new(0, text.len()), &mut out);
        let got: Vec<&str> = out.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(
            got,
            [
                "They were named as Ann Lee, 28, of South Ada Street.",
                "Three other men ran.",
                "He went to St.Louis and the U.S.Army base.",
                "It was 3.5 miles."
            ]
        );
    }

    #[test]
    fn trim_agrees_with_str_trim() {
        for s in [
            "  a b  ",
            "\u{a0}\u{2003}x\u{3000}\u{85}",
            "\u{b}\u{c}y\r\n",
            " \u{a0} ",
            "",
            "é",
            "\u{1c}z\u{1c}",
        ] {
            let (start, end) = trim(s, 0, s.len());
            assert_eq!(&s[start..end], s.trim(), "{s:?}");
        }
        assert_eq!(trim("ab  cd", 2, 4), (4, 4));
    }

    #[test]
    fn other_terminators_are_seen() {
        for t in ["。", "！", "؟", "‼", "।", "Done。 Next"] {
            assert!(has_other_terminators(t), "{t}");
        }
        assert!(!has_other_terminators("“quotes” — dashes – and ‘more’…"));
    }

    /// The fast path makes the breaks UAX #29 makes.
    #[test]
    fn the_fast_path_agrees_with_uax29() {
        for text in [
            "He left. She stayed.",
            "He said \"no.\" Then he left!  Really? yes. And then",
            "It was 3.5 per cent. The U.S. Army (and others.) Came.",
            "Wait... what? Fine. . Done.",
            "One. \"two\" three. 5 apples. A: b. (c) d.",
            "End.\u{a0}Next. — Dash. – en. , comma.",
            "“Quoted.” Next. ‘Single.’ Another. »Guillemet.« Last",
        ] {
            assert!(!has_other_terminators(text), "{text}");
            let mut fast = Vec::new();
            ascii_terminator_breaks(text, |a, b| fast.push(&text[a..b]));
            let slow: Vec<&str> = text
                .split_sentence_bound_indices()
                .map(|(_, s)| s)
                .collect();
            assert_eq!(fast, slow, "{text}");
        }
    }

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for p in paragraphs(text) {
            split(text, p, &mut out);
        }
        out.into_iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn splits_sentences_and_merges_abbreviations() {
        assert_eq!(
            sentences("Mr. Smith met Dr. Jones on Jan. 5. They left."),
            vec!["Mr. Smith met Dr. Jones on Jan. 5.", "They left."]
        );
        assert_eq!(
            sentences("The U.S. Army sent No. 5 troops. It was approx. 20 km away. Then rain."),
            vec![
                "The U.S. Army sent No. 5 troops.",
                "It was approx. 20 km away.",
                "Then rain."
            ]
        );
        assert_eq!(
            sentences("George W. Bush spoke. Crowds cheered."),
            vec!["George W. Bush spoke.", "Crowds cheered."]
        );
    }

    #[test]
    fn paragraphs_split_on_blank_lines_or_lines() {
        let text = "Headline\n\nFirst para\nwrapped here. Second.\n\n  \nLast.";
        let paras: Vec<&str> = paragraphs(text)
            .into_iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(
            paras,
            vec!["Headline", "First para\nwrapped here. Second.", "Last."]
        );
        assert_eq!(
            sentences(text),
            vec!["Headline", "First para\nwrapped here.", "Second.", "Last."]
        );
        let wire = "Line one.\nLine two\nLine three.";
        assert_eq!(paragraphs(wire).len(), 3);
    }

    #[test]
    fn multibyte_characters_before_a_stop() {
        assert_eq!(
            sentences("By “Rev. Smith”. Then\u{a0}Dr. Who. End."),
            vec!["By “Rev. Smith”.", "Then\u{a0}Dr. Who.", "End."]
        );
    }

    #[test]
    fn empty_and_blank_text_has_no_sentences() {
        assert!(sentences("").is_empty());
        assert!(sentences("\n\n   \n").is_empty());
    }
}
