//! Byte offsets ↔ LSP positions, through the library's line index (`figcheck::source::lines`),
//! so that the server and `figcheck check` agree on every line: an LSP position is a 0-based
//! line and a column in UTF-16 code units (the protocol's default) or in bytes (when the client
//! offers `utf-8`).

use figcheck::source::{LineIndex, Unit};
use lsp_types::Position;

/// The lines of one open document.
#[derive(Debug)]
pub struct Lines {
    index: LineIndex,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        Lines {
            index: LineIndex::new(text),
        }
    }

    /// The position of a byte offset (see [`LineIndex::position`]).
    pub fn position(&self, text: &str, offset: usize, unit: Unit) -> Position {
        let (line, column) = self.index.position(text, offset, unit);
        Position::new(to_u32(line), to_u32(column))
    }

    /// The byte offset of a position (see [`LineIndex::offset`]): a client's bad position is
    /// clamped, never a panic.
    pub fn offset(&self, text: &str, pos: Position, unit: Unit) -> usize {
        self.index
            .offset(text, pos.line as usize, pos.character as usize, unit)
    }

    /// The 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.index.line_of(offset)
    }

    /// The byte offset of a 1-based line and column counted in characters (a `LoadError`'s
    /// place), clamped to the text.
    pub fn offset_of_line_col(&self, text: &str, line: usize, column: usize) -> usize {
        self.index.offset(
            text,
            line.saturating_sub(1),
            column.saturating_sub(1),
            Unit::Chars,
        )
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The conversion to the protocol's types; the arithmetic is the line index's, tested
    /// there.
    #[test]
    fn positions_are_the_line_index_s() {
        let text = "one\r\ntwo €4.2m\rthree";
        let lines = Lines::new(text);
        let four = text.find('4').unwrap();
        assert_eq!(lines.position(text, four, Unit::Utf16), Position::new(1, 5));
        assert_eq!(lines.position(text, four, Unit::Utf8), Position::new(1, 7));
        assert_eq!(lines.offset(text, Position::new(1, 5), Unit::Utf16), four);
        assert_eq!(lines.line_of(text.find("three").unwrap()), 2);
        assert_eq!(
            lines.offset(text, Position::new(9, 0), Unit::Utf16),
            text.len()
        );
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
