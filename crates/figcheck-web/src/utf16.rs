//! Byte offsets (Rust's spans) → UTF-16 code-unit offsets (JavaScript string indexes).
//!
//! figcheck's spans are byte ranges into UTF-8 text; a browser indexes the same text in UTF-16
//! code units. They differ after every character outside ASCII: "é" is 2 bytes and 1 unit, "—"
//! is 3 bytes and 1 unit, "😀" is 4 bytes and 2 units. The index keeps one entry per non-ASCII
//! character (where it starts, and how many units the text has gained over bytes after it), so
//! an ASCII draft costs nothing and a lookup is a binary search.

/// Maps byte offsets of one text to UTF-16 offsets.
pub struct Utf16Index {
    /// For each non-ASCII character: its byte offset, its length in bytes, and
    /// (bytes − UTF-16 units) of the text up to its end.
    marks: Vec<Mark>,
    len: usize,
}

#[derive(Clone, Copy)]
struct Mark {
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
                    marks.push(Mark {
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

    /// The reference: count UTF-16 units of the prefix.
    fn slow(text: &str, byte: usize) -> usize {
        text[..byte].encode_utf16().count()
    }

    #[test]
    fn ascii_offsets_are_unchanged() {
        let text = "Police made 17 arrests.";
        let ix = Utf16Index::new(text);
        for b in 0..=text.len() {
            assert_eq!(ix.at(b), b);
        }
    }

    #[test]
    fn every_boundary_matches_the_reference() {
        // Two-byte (é, £), three-byte (—, €, no-break space is two), four-byte (an emoji, a
        // surrogate pair in UTF-16) characters, at the start, in the middle and at the end.
        let text = "é17 arrests — 13 in Liège and £4.2\u{a0}million, €5, 😀 five 😀";
        let ix = Utf16Index::new(text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(ix.at(b), slow(text, b), "byte {b}");
        }
        // And the JavaScript view of the same string: "five" where JS finds it.
        let b = text.find("five").unwrap();
        let js: Vec<u16> = text.encode_utf16().collect();
        let at = ix.at(b);
        assert_eq!(String::from_utf16(&js[at..at + 4]).unwrap(), "five");
    }

    #[test]
    fn offsets_inside_a_character_go_to_its_start() {
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
