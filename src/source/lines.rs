//! Byte offset → line and column.

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
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        let mut marks = Vec::new();
        let bytes = text.as_bytes();
        for (k, &start) in starts.iter().enumerate() {
            let end = starts.get(k + 1).map_or(bytes.len(), |&s| s - 1);
            let (mut at, mut column) = (start, 0);
            while end - at > MARK_STRIDE {
                let mut next = at + MARK_STRIDE;
                while !text.is_char_boundary(next) {
                    next -= 1;
                }
                column += text[at..next].chars().count();
                marks.push((next, column));
                at = next;
            }
        }
        LineIndex { starts, marks }
    }

    /// The byte range of the line that holds `offset`, without its line break.
    pub fn line_bounds(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let end = self.starts.get(line + 1).map_or(text.len(), |&s| s - 1);
        (self.starts[line], end)
    }

    /// 1-based line and column; the column counts Unicode scalar values, as contract.md says.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
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
        // `chars().count()` counts a word of bytes at a time.
        let column = before + text[from..offset].chars().count();
        (line + 1, column + 1)
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
}
