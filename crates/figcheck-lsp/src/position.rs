//! Byte offsets ↔ LSP positions. Spans are byte ranges into the source; an LSP position is a
//! 0-based line and a column in UTF-16 code units (the protocol's default) or in bytes (when
//! the client offers `utf-8`). Lines end at `\n`, `\r\n` or a lone `\r`, as the protocol says.

use lsp_types::Position;

/// How a client counts columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16,
}

/// The start offset of every line of a text.
#[derive(Debug)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        Lines { starts }
    }

    /// The byte range of a 0-based line without its line ending; `None` past the last line.
    fn line(&self, text: &str, line: usize) -> Option<(usize, usize)> {
        let start = *self.starts.get(line)?;
        let mut end = self.starts.get(line + 1).copied().unwrap_or(text.len());
        let bytes = text.as_bytes();
        if end > start && bytes[end - 1] == b'\n' {
            end -= 1;
        }
        if end > start && bytes[end - 1] == b'\r' {
            end -= 1;
        }
        Some((start, end))
    }

    /// The position of a byte offset. An offset past the end is the end; one inside a
    /// character (or a line ending) is taken back to where that character starts.
    pub fn position(&self, text: &str, offset: usize, enc: Encoding) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let (start, end) = self.line(text, line).unwrap_or((offset, offset));
        let prefix = &text[start..offset.min(end).max(start)];
        Position::new(to_u32(line), to_u32(width(prefix, enc)))
    }

    /// The byte offset of a position. A column past the line's end is the line's end, a line
    /// past the last is the end of the text, and a column inside a character (half of a
    /// surrogate pair) is where that character starts: a client's bad position never panics.
    pub fn offset(&self, text: &str, pos: Position, enc: Encoding) -> usize {
        let Some((start, end)) = self.line(text, pos.line as usize) else {
            return text.len();
        };
        let want = pos.character as usize;
        let mut units = 0;
        for (i, c) in text[start..end].char_indices() {
            let w = match enc {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            if units + w > want {
                return start + i;
            }
            units += w;
        }
        end
    }

    /// The 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1)
    }

    /// The byte offset of a 1-based line and column counted in characters (a `LoadError`'s
    /// place), clamped to the text.
    pub fn offset_of_line_col(&self, text: &str, line: usize, column: usize) -> usize {
        let Some((start, end)) = self.line(text, line.saturating_sub(1)) else {
            return text.len();
        };
        text[start..end]
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(end, |(i, _)| start + i)
    }
}

fn width(s: &str, enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => s.len(),
        Encoding::Utf16 => s.encode_utf16().count(),
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(line: u32, character: u32) -> Position {
        Position::new(line, character)
    }

    #[test]
    fn utf16_counts_code_units_not_bytes() {
        // "€" is 3 bytes and 1 UTF-16 unit; "ï" 2 bytes and 1 unit.
        let text = "Cost €4.2m, a naïve figure";
        let lines = Lines::new(text);
        let four = text.find('4').unwrap();
        assert_eq!(four, 8);
        assert_eq!(lines.position(text, four, Encoding::Utf16), pos(0, 6));
        assert_eq!(lines.position(text, four, Encoding::Utf8), pos(0, 8));
        assert_eq!(lines.offset(text, pos(0, 6), Encoding::Utf16), four);
        assert_eq!(lines.offset(text, pos(0, 8), Encoding::Utf8), four);
        let f = text.find("figure").unwrap();
        assert_eq!(lines.position(text, f, Encoding::Utf16), pos(0, 20));
        assert_eq!(lines.offset(text, pos(0, 20), Encoding::Utf16), f);
        // The euro sign itself.
        let euro = text.find('€').unwrap();
        assert_eq!(lines.position(text, euro, Encoding::Utf16), pos(0, 5));
        assert_eq!(lines.position(text, euro + 3, Encoding::Utf16), pos(0, 6));
    }

    #[test]
    fn astral_characters_take_two_utf16_units() {
        let text = "a😀b";
        let lines = Lines::new(text);
        assert_eq!(lines.position(text, 5, Encoding::Utf16), pos(0, 3));
        assert_eq!(lines.offset(text, pos(0, 3), Encoding::Utf16), 5);
        // Half a surrogate pair is the start of the character.
        assert_eq!(lines.offset(text, pos(0, 2), Encoding::Utf16), 1);
        // An offset inside the emoji's bytes goes back to its start.
        assert_eq!(lines.position(text, 3, Encoding::Utf16), pos(0, 1));
    }

    #[test]
    fn round_trips_on_every_character_boundary() {
        let text = "naïve €4.2m\r\nzweite Zeile: 5 Äpfel\rthird\n\nlast 😀 x";
        let lines = Lines::new(text);
        for enc in [Encoding::Utf8, Encoding::Utf16] {
            for (i, _) in text.char_indices() {
                if matches!(text.as_bytes()[i], b'\r' | b'\n') {
                    continue;
                }
                let p = lines.position(text, i, enc);
                assert_eq!(
                    lines.offset(text, p, enc),
                    i,
                    "offset {i} via {p:?} ({enc:?})"
                );
            }
        }
    }

    #[test]
    fn line_endings_lf_crlf_and_lone_cr() {
        let text = "one\r\ntwo\rthree\nfour";
        let lines = Lines::new(text);
        let at = |s: &str| text.find(s).unwrap();
        assert_eq!(lines.position(text, at("two"), Encoding::Utf16), pos(1, 0));
        assert_eq!(
            lines.position(text, at("three"), Encoding::Utf16),
            pos(2, 0)
        );
        assert_eq!(lines.position(text, at("four"), Encoding::Utf16), pos(3, 0));
        // The line ending is not part of the line: "\r" of "one\r\n" is column 3.
        assert_eq!(lines.position(text, 3, Encoding::Utf16), pos(0, 3));
        assert_eq!(lines.position(text, 4, Encoding::Utf16), pos(0, 3));
        assert_eq!(lines.line_of(at("three")), 2);
    }

    #[test]
    fn bad_positions_are_clamped() {
        let text = "naïve\nend";
        let lines = Lines::new(text);
        assert_eq!(lines.offset(text, pos(0, 99), Encoding::Utf16), 6);
        assert_eq!(lines.offset(text, pos(7, 0), Encoding::Utf16), text.len());
        assert_eq!(
            lines.position(text, 999, Encoding::Utf16),
            pos(1, 3),
            "past the end is the end"
        );
        let empty = Lines::new("");
        assert_eq!(empty.position("", 0, Encoding::Utf16), pos(0, 0));
        assert_eq!(empty.offset("", pos(3, 3), Encoding::Utf16), 0);
    }

    #[test]
    fn load_error_places_count_characters() {
        let text = "---\nfigcheck:\n  rüles: 1\n---\n";
        let lines = Lines::new(text);
        assert_eq!(
            lines.offset_of_line_col(text, 3, 3),
            text.find("rüles").unwrap()
        );
        assert_eq!(
            lines.offset_of_line_col(text, 3, 5),
            text.find("les").unwrap()
        );
        assert_eq!(lines.offset_of_line_col(text, 99, 1), text.len());
    }
}
