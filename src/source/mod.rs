//! Reading documents: the prose text, its paragraphs and sentences, and the map from byte offsets
//! to line and column. Every later stage works on byte spans into [`Document::text`].

mod lines;
mod sentences;

pub use lines::LineIndex;

use std::ops::Range;

/// A half-open byte range into a document's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }
    pub fn len(self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// The input format of a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
}

/// A document ready for extraction: its text split into paragraphs and sentences.
#[derive(Debug)]
pub struct Document {
    /// Where the document came from (a path, a JSONL id, `-`).
    pub source: String,
    /// The prose, exactly as read.
    pub text: String,
    /// Paragraph spans, in order.
    pub paragraphs: Vec<Span>,
    /// Sentence spans, in order; each lies inside one paragraph.
    pub sentences: Vec<Span>,
    /// For each sentence, the index of its paragraph.
    pub sentence_paragraph: Vec<usize>,
    lines: LineIndex,
}

impl Document {
    /// Reads plain text: paragraphs are separated by blank lines (or, in a text with no blank
    /// line, are its lines), sentences by UAX #29 with abbreviations merged back.
    pub fn from_text(source: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        let paragraphs = sentences::paragraphs(&text);
        let mut sentences_out = Vec::new();
        let mut sentence_paragraph = Vec::new();
        for (p, para) in paragraphs.iter().enumerate() {
            let before = sentences_out.len();
            sentences::split(&text, *para, &mut sentences_out);
            sentence_paragraph.extend(std::iter::repeat_n(p, sentences_out.len() - before));
        }
        let lines = LineIndex::new(&text);
        Document {
            source: source.into(),
            text,
            paragraphs,
            sentences: sentences_out,
            sentence_paragraph,
            lines,
        }
    }

    /// 1-based line and column (in Unicode scalar values) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines.line_col(&self.text, offset)
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }
}
