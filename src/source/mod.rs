//! Reading documents: the prose text, its paragraphs and sentences, and the map from byte offsets
//! to line and column. Every later stage works on byte spans into [`Document::text`].

pub mod lines;
pub mod markup;
mod sentences;

pub use lines::{LineIndex, Unit, Utf16Index};

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
    Markdown,
    Html,
}

impl Format {
    /// The format a file's extension names: `.md`/`.markdown` Markdown, `.html`/`.htm` HTML,
    /// anything else plain text.
    pub fn from_path(path: &std::path::Path) -> Format {
        match path
            .extension()
            .and_then(|x| x.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown" | "mdown" | "mkd") => Format::Markdown,
            Some("html" | "htm" | "xhtml") => Format::Html,
            _ => Format::Text,
        }
    }

    /// `text`, `markdown` or `html`, as JSONL's `format` and `--input-format` name them.
    pub fn from_name(name: &str) -> Option<Format> {
        match name {
            "text" => Some(Format::Text),
            "markdown" | "md" => Some(Format::Markdown),
            "html" => Some(Format::Html),
            _ => None,
        }
    }
}

/// Reads a document in its format: its [`Document`] and, for Markdown and HTML, its
/// suppression comments and front matter.
pub fn read(source: String, text: String, format: Format) -> (Document, markup::Extras) {
    match format {
        Format::Text => (Document::from_text(source, text), markup::Extras::default()),
        Format::Markdown => markup::markdown(source, text),
        Format::Html => markup::html(source, text),
    }
}

/// A document ready for extraction: its text split into paragraphs and sentences.
#[derive(Debug)]
pub struct Document {
    /// Where the document came from (a path, a JSONL id, `-`).
    pub source: String,
    /// The prose. For plain text, the document exactly as read; for Markdown and HTML, the
    /// source with every byte that is not prose (markup, code, comments) blanked to a space and
    /// entities decoded in place, so that it has the source's length and every byte offset is
    /// an offset into the source.
    pub text: String,
    /// The source as read, when it differs from `text` (Markdown, HTML).
    original: Option<String>,
    /// Paragraph spans, in order.
    pub paragraphs: Vec<Span>,
    /// Sentence spans, in order; each lies inside one paragraph.
    pub sentences: Vec<Span>,
    /// For each sentence, the index of its paragraph.
    pub sentence_paragraph: Vec<usize>,
    /// Built at the first `line_col`: a batch run that reports nothing never needs it.
    lines: std::sync::OnceLock<LineIndex>,
}

impl Document {
    /// Reads plain text: paragraphs are separated by blank lines (or, in a text with no blank
    /// line, are its lines), sentences by UAX #29 with abbreviations merged back.
    pub fn from_text(source: impl Into<String>, text: impl Into<String>) -> Document {
        let text = text.into();
        let paragraphs = sentences::paragraphs(&text);
        Document::assemble(source.into(), text, None, paragraphs)
    }

    /// A document whose prose was taken out of a marked-up source: `prose` has the byte length
    /// of `original` (see [`Document::text`]), and `paragraphs` are the source's blocks
    /// (paragraphs, headings, list items, table cells).
    pub fn from_prose(
        source: impl Into<String>,
        original: String,
        prose: String,
        paragraphs: Vec<Span>,
    ) -> Document {
        debug_assert_eq!(original.len(), prose.len());
        Document::assemble(source.into(), prose, Some(original), paragraphs)
    }

    fn assemble(
        source: String,
        text: String,
        original: Option<String>,
        paragraphs: Vec<Span>,
    ) -> Document {
        // News runs about a sentence to 120 bytes: room for most documents without regrowing.
        let room = text.len() / 64 + paragraphs.len();
        let mut sentences_out = Vec::with_capacity(room);
        let mut sentence_paragraph = Vec::with_capacity(room);
        for (p, para) in paragraphs.iter().enumerate() {
            let before = sentences_out.len();
            sentences::split(&text, *para, &mut sentences_out);
            sentence_paragraph.extend(std::iter::repeat_n(p, sentences_out.len() - before));
        }
        let lines = std::sync::OnceLock::new();
        Document {
            source,
            text,
            original,
            paragraphs,
            sentences: sentences_out,
            sentence_paragraph,
            lines,
        }
    }

    /// The document as read: the source of a Markdown or HTML document, else the text. Spans
    /// index both alike.
    pub fn source_text(&self) -> &str {
        self.original.as_deref().unwrap_or(&self.text)
    }

    /// 1-based line and column (in Unicode scalar values) of a byte offset, in the source as
    /// read.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.lines
            .get_or_init(|| LineIndex::new(self.source_text()))
            .line_col(self.source_text(), offset)
    }

    /// The byte range of the source line that holds `offset`, without its line break.
    pub fn line_bounds(&self, offset: usize) -> (usize, usize) {
        self.lines
            .get_or_init(|| LineIndex::new(self.source_text()))
            .line_bounds(self.source_text(), offset)
    }

    /// The prose of a span (entities decoded, markup blanked).
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }

    /// The prose of a span as a message shows it: runs of white space (blanked markup, a
    /// line wrap) made one space.
    pub fn words(&self, span: Span) -> std::borrow::Cow<'_, str> {
        let s = self.slice(span);
        let collapsed = s.split_whitespace().collect::<Vec<_>>().join(" ");
        if collapsed == s {
            std::borrow::Cow::Borrowed(s)
        } else {
            std::borrow::Cow::Owned(collapsed)
        }
    }

    /// The source of a span, as written.
    pub fn source_slice(&self, span: Span) -> &str {
        &self.source_text()[span.range()]
    }
}
