//! Rendering: one module per output format.

pub mod concise;
pub mod findings;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod ledger;
pub mod sarif;

/// One checked document, as every renderer of findings takes it.
pub struct Checked<'a> {
    pub doc: &'a crate::source::Document,
    /// How many figures were extracted from the document.
    pub figures: usize,
    pub findings: &'a [crate::rules::Finding],
}

/// A finding about the document as a whole (a selector that matches nothing): its span is
/// empty at offset 0, and it has no place to point at.
pub(crate) fn whole_document(f: &crate::rules::Finding) -> bool {
    f.span.is_empty() && f.span.start == 0
}
