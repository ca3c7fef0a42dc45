//! Byte offsets ↔ lines and columns: the one map every front door uses, so that the CLI, the
//! language server and the web checker agree on where a figure is. Lines end at `\n`, `\r\n`
//! or a lone `\r` (as editors and the LSP count them). Columns are counted in Unicode scalar
//! values (contract.md), UTF-16 code units (the LSP's default, JavaScript) or bytes.

/// What a column counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Unicode scalar values: contract.md's `column`.
    Chars,
    /// UTF-16 code units: the LSP's default and JavaScript's string indexes.
    Utf16,
    /// Bytes of UTF-8.
    Utf8,
}

impl Unit {
    fn width(self, c: char) -> usize {
        match self {
            Unit::Chars => 1,
            Unit::Utf16 => c.len_utf16(),
            Unit::Utf8 => c.len_utf8(),
        }
    }

    fn count(self, s: &str) -> usize {
        match self {
            // `chars().count()` counts a word of bytes at a time.
            Unit::Chars => s.chars().count(),
            Unit::Utf16 => s.encode_utf16().count(),
            Unit::Utf8 => s.len(),
        }
    }
}

/// The start offset of every line, for binary search, and marks every [`MARK_STRIDE`] bytes
/// along long lines, so that a column is counted from the nearest mark, not from the start of
/// its line: a figure far along a one-megabyte line costs no more than one near its start.
#[derive(Debug, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// (byte offset on a character boundary, characters from its line's start to there), in
    /// order; only lines longer than [`MARK_STRIDE`] have any.
    marks: Vec<(usize, usize)>,
}

/// Bytes between the marks of a long line.
const MARK_STRIDE: usize = 4096;

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        starts.extend(
            memchr::memchr2_iter(b'\n', b'\r', bytes)
                .filter(|&i| bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n'))
                .map(|i| i + 1),
        );
        let mut index = LineIndex {
            starts,
            marks: Vec::new(),
        };
        for line in 0..index.starts.len() {
            let (start, end) = index.bounds(bytes, line);
            let (mut at, mut column) = (start, 0);
            while end - at > MARK_STRIDE {
                let mut next = at + MARK_STRIDE;
                while !text.is_char_boundary(next) {
                    next -= 1;
                }
                column += text[at..next].chars().count();
                index.marks.push((next, column));
                at = next;
            }
        }
        index
    }

    /// The byte range of a 0-based line without its line ending.
    fn bounds(&self, bytes: &[u8], line: usize) -> (usize, usize) {
        let start = self.starts[line];
        let mut end = self.starts.get(line + 1).copied().unwrap_or(bytes.len());
        if end > start && bytes[end - 1] == b'\n' {
            end -= 1;
        }
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        (start, end)
    }

    /// The 0-based line that holds `offset` (a line ending belongs to its line).
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The byte range of the line that holds `offset`, without its line ending.
    pub fn line_bounds(&self, text: &str, offset: usize) -> (usize, usize) {
        self.bounds(text.as_bytes(), self.line_of(offset.min(text.len())))
    }

    /// The byte range of a 0-based line without its line ending; `None` past the last line.
    pub fn line_range(&self, text: &str, line: usize) -> Option<(usize, usize)> {
        (line < self.starts.len()).then(|| self.bounds(text.as_bytes(), line))
    }

    /// 1-based line and column; the column counts Unicode scalar values, as contract.md says.
    /// An offset inside a character counts the bytes from its line's start.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.line_of(offset);
        let start = self.starts[line];
        if !text.is_char_boundary(offset) {
            return (line + 1, offset - start + 1);
        }
        // The nearest mark at or before the offset, if it lies on this line.
        let (from, before) = match self.marks.partition_point(|&(at, _)| at <= offset) {
            0 => (start, 0),
            k => match self.marks[k - 1] {
                (at, column) if at >= start => (at, column),
                _ => (start, 0),
            },
        };
        let (_, end) = self.bounds(text.as_bytes(), line);
        let column = before + text[from..offset.min(end).max(from)].chars().count();
        (line + 1, column + 1)
    }

    /// The 0-based line and column of a byte offset, the column in `unit`s. An offset past the
    /// end is the end; one inside a character (or a line ending) is taken back to where that
    /// character (or the line's end) is.
    pub fn position(&self, text: &str, offset: usize, unit: Unit) -> (usize, usize) {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_of(offset);
        let (start, end) = self.bounds(text.as_bytes(), line);
        (line, unit.count(&text[start..offset.clamp(start, end)]))
    }

    /// The byte offset of a 0-based line and a column in `unit`s. A column past the line's end
    /// is the line's end, a line past the last is the end of the text, and a column inside a
    /// character (half of a surrogate pair) is where that character starts: a client's bad
    /// position never panics.
    pub fn offset(&self, text: &str, line: usize, column: usize, unit: Unit) -> usize {
        let Some((start, end)) = self.line_range(text, line) else {
            return text.len();
        };
        let mut units = 0;
        for (i, c) in text[start..end].char_indices() {
            let w = unit.width(c);
            if units + w > column {
                return start + i;
            }
            units += w;
        }
        end
    }
}

/// Byte offsets → UTF-16 offsets from the start of the text (JavaScript string indexes), for
/// the web checker. They differ after every character outside ASCII: "é" is 2 bytes and 1 unit,
/// "—" is 3 bytes and 1 unit, "😀" is 4 bytes and 2 units. The index keeps one entry per
/// non-ASCII character (where it starts, and how many units the text has gained over bytes
/// after it), so an ASCII text costs nothing and a lookup is a binary search.
pub struct Utf16Index {
    /// For each non-ASCII character: its byte offset, its length in bytes, and
    /// (bytes − UTF-16 units) of the text up to its end.
    marks: Vec<Utf16Mark>,
    len: usize,
}

#[derive(Clone, Copy)]
struct Utf16Mark {
    start: usize,
    bytes: usize,
    shrink: usize,
}

impl Utf16Index {
    pub fn new(text: &str) -> Utf16Index {
        let mut marks = Vec::new();
        let mut shrink = 0;
        if !text.is_ascii() {
            for (start, c) in text.char_indices() {
                let bytes = c.len_utf8();
                if bytes > 1 {
                    shrink += bytes - c.len_utf16();
                    marks.push(Utf16Mark {
                        start,
                        bytes,
                        shrink,
                    });
                }
            }
        }
        Utf16Index {
            marks,
            len: text.len(),
        }
    }

    /// The UTF-16 offset of a byte offset. An offset inside a character (figcheck's spans
    /// never are) maps to that character's start; one past the end maps to the end.
    pub fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        // The non-ASCII characters that start before `byte`.
        let k = self.marks.partition_point(|m| m.start < byte);
        if k == 0 {
            return byte;
        }
        let last = self.marks[k - 1];
        let before = if k >= 2 { self.marks[k - 2].shrink } else { 0 };
        if byte < last.start + last.bytes {
            // Inside the last one: its start.
            last.start - before
        } else {
            byte - last.shrink
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_are_one_based_and_count_chars() {
        let text = "ab\n“c” 17\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), (1, 1));
        assert_eq!(idx.line_col(text, 1), (1, 2));
        assert_eq!(idx.line_col(text, 3), (2, 1));
        let seventeen = text.find("17").unwrap();
        assert_eq!(idx.line_col(text, seventeen), (2, 5));
        assert_eq!(idx.line_col(text, text.len()), (3, 1));
        assert_eq!(idx.line_bounds(text, 0), (0, 2));
        assert_eq!(idx.line_bounds(text, seventeen), (3, text.len() - 1));
        assert_eq!(idx.line_bounds(text, text.len()), (text.len(), text.len()));
    }

    /// Columns on lines longer than the stride between marks, counted from the marks, are
    /// the columns counted from the start of the line.
    #[test]
    fn columns_on_long_lines_agree_with_counting_from_the_start() {
        let line = "A “long” line — with 17 figures, and 12 more. ".repeat(200);
        let text = format!("short\n{line}\nshort again\n{line}");
        let idx = LineIndex::new(&text);
        assert!(idx.marks.len() >= 4);
        let mut counted = (1, 1);
        for (at, c) in text.char_indices() {
            assert_eq!(idx.line_col(&text, at), counted, "at {at}");
            counted = if c == '\n' {
                (counted.0 + 1, 1)
            } else {
                (counted.0, counted.1 + 1)
            };
        }
        assert_eq!(idx.line_col(&text, text.len()), counted);
        // Inside a character: bytes from the start of the line, as before.
        let dash = text.find('—').unwrap();
        assert_eq!(idx.line_col(&text, dash + 1), (2, dash + 1 - 6 + 1));
    }

    #[test]
    fn utf16_and_utf8_columns() {
        // "€" is 3 bytes and 1 UTF-16 unit; "ï" 2 bytes and 1 unit.
        let text = "Cost €4.2m, a naïve figure";
        let idx = LineIndex::new(text);
        let four = text.find('4').unwrap();
        assert_eq!(four, 8);
        assert_eq!(idx.position(text, four, Unit::Utf16), (0, 6));
        assert_eq!(idx.position(text, four, Unit::Utf8), (0, 8));
        assert_eq!(idx.position(text, four, Unit::Chars), (0, 6));
        assert_eq!(idx.offset(text, 0, 6, Unit::Utf16), four);
        assert_eq!(idx.offset(text, 0, 8, Unit::Utf8), four);
        let f = text.find("figure").unwrap();
        assert_eq!(idx.position(text, f, Unit::Utf16), (0, 20));
        assert_eq!(idx.offset(text, 0, 20, Unit::Utf16), f);
        let euro = text.find('€').unwrap();
        assert_eq!(idx.position(text, euro, Unit::Utf16), (0, 5));
        assert_eq!(idx.position(text, euro + 3, Unit::Utf16), (0, 6));
    }

    #[test]
    fn astral_characters_take_two_utf16_units() {
        let text = "a😀b";
        let idx = LineIndex::new(text);
        assert_eq!(idx.position(text, 5, Unit::Utf16), (0, 3));
        assert_eq!(idx.position(text, 5, Unit::Chars), (0, 2));
        assert_eq!(idx.offset(text, 0, 3, Unit::Utf16), 5);
        // Half a surrogate pair is the start of the character.
        assert_eq!(idx.offset(text, 0, 2, Unit::Utf16), 1);
        // An offset inside the emoji's bytes goes back to its start.
        assert_eq!(idx.position(text, 3, Unit::Utf16), (0, 1));
    }

    #[test]
    fn positions_round_trip_on_every_character_boundary() {
        let text = "naïve €4.2m\r\nzweite Zeile: 5 Äpfel\rthird\n\nlast 😀 x";
        let idx = LineIndex::new(text);
        for unit in [Unit::Utf8, Unit::Utf16, Unit::Chars] {
            for (i, _) in text.char_indices() {
                if matches!(text.as_bytes()[i], b'\r' | b'\n') {
                    continue;
                }
                let (line, column) = idx.position(text, i, unit);
                assert_eq!(
                    idx.offset(text, line, column, unit),
                    i,
                    "offset {i} ({unit:?})"
                );
                // The contract's 1-based line and column say the same.
                if unit == Unit::Chars {
                    assert_eq!(idx.line_col(text, i), (line + 1, column + 1), "offset {i}");
                }
            }
        }
    }

    /// Every front door counts lines alike: LF, CRLF and a lone CR each end one.
    #[test]
    fn line_endings_lf_crlf_and_lone_cr() {
        let text = "one\r\ntwo\rthree\nfour";
        let idx = LineIndex::new(text);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(idx.position(text, at("two"), Unit::Utf16), (1, 0));
        assert_eq!(idx.position(text, at("three"), Unit::Utf16), (2, 0));
        assert_eq!(idx.position(text, at("four"), Unit::Utf16), (3, 0));
        assert_eq!(idx.line_col(text, at("three")), (3, 1));
        assert_eq!(idx.line_col(text, at("four") + 2), (4, 3));
        // The line ending is not part of the line: "\r" of "one\r\n" is column 3.
        assert_eq!(idx.position(text, 3, Unit::Utf16), (0, 3));
        assert_eq!(idx.position(text, 4, Unit::Utf16), (0, 3));
        assert_eq!(idx.line_of(at("three")), 2);
        assert_eq!(idx.line_bounds(text, 1), (0, 3));
        assert_eq!(idx.line_bounds(text, at("two")), (5, 8));
    }

    #[test]
    fn bad_positions_are_clamped() {
        let text = "naïve\nend";
        let idx = LineIndex::new(text);
        assert_eq!(idx.offset(text, 0, 99, Unit::Utf16), 6);
        assert_eq!(idx.offset(text, 7, 0, Unit::Utf16), text.len());
        assert_eq!(
            idx.position(text, 999, Unit::Utf16),
            (1, 3),
            "past the end is the end"
        );
        let empty = LineIndex::new("");
        assert_eq!(empty.position("", 0, Unit::Utf16), (0, 0));
        assert_eq!(empty.offset("", 3, 3, Unit::Utf16), 0);
        assert_eq!(empty.line_col("", 0), (1, 1));
    }

    /// The reference: count UTF-16 units of the prefix.
    fn utf16_slow(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn utf16_offsets_of_ascii_are_unchanged() {
        let text = "Police made 17 arrests.";
        let ix = Utf16Index::new(text);
        for b in 0..=text.len() {
            assert_eq!(ix.at(b), b);
        }
    }

    #[test]
    fn utf16_offsets_match_the_reference_at_every_boundary() {
        // Two-byte (é, £), three-byte (—, €, no-break space is two), four-byte (an emoji, a
        // surrogate pair in UTF-16) characters, at the start, in the middle and at the end.
        let text = "é17 arrests — 13 in Liège and £4.2\u{a0}million, €5, 😀 five 😀";
        let ix = Utf16Index::new(text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(ix.at(b), utf16_slow(text, b), "byte {b}");
        }
        let b = text.find("five").unwrap();
        let js: Vec<u16> = text.encode_utf16().collect();
        let at = ix.at(b);
        assert_eq!(String::from_utf16(&js[at..at + 4]).unwrap(), "five");
    }

    #[test]
    fn utf16_offsets_inside_a_character_go_to_its_start() {
        let text = "a—b😀c";
        let ix = Utf16Index::new(text);
        assert_eq!(ix.at(2), 1); // inside "—" (bytes 1..4)
        assert_eq!(ix.at(3), 1);
        assert_eq!(ix.at(4), 2); // "b"
        assert_eq!(ix.at(6), 3); // inside "😀" (bytes 5..9)
        assert_eq!(ix.at(9), 5); // "c": after a surrogate pair
        assert_eq!(ix.at(100), 6); // past the end
    }
}
