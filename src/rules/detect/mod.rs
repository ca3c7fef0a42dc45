//! Automatic detectors: they find the instances of a relation in a document by themselves (a
//! total followed by its parts, a figure repeated, a stated share or change, a counted list)
//! and hand them to the judgement of the matching rule kind. The default pack turns them on.
//!
//! Detectors must stay quiet on sound copy, so each takes only shapes it can read with
//! confidence; the phrases they read are data (`data/checks.txt`).

mod breakdown;
mod change;
mod list;
mod repeated;
mod share;

use super::spec::DetectName;
use super::words::between;
use super::{Ctx, Finding, Rule};
use crate::extract::Quantity;
use crate::source::Span;

pub fn run(d: DetectName, rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    match d {
        DetectName::Breakdown => breakdown::run(rule, ctx, out),
        DetectName::Repeated => repeated::run(rule, ctx, out),
        DetectName::Share => share::run(rule, ctx, out),
        DetectName::Change => change::run(rule, ctx, out),
        DetectName::List => list::run(rule, ctx, out),
    }
}

/// How far (in bytes) a detector looks from a figure for the figures and words that relate to
/// it. Relations in prose are written close together; the bound keeps a run-on line of figures
/// (a table pasted as one sentence) linear instead of quadratic.
const NEAR: usize = 400;

/// The start of the window of about `len` bytes that ends at `at`, no earlier than `floor`: a
/// character boundary just after a whitespace, so that its first word is whole.
fn window_start(text: &str, floor: usize, at: usize, len: usize) -> usize {
    if at.saturating_sub(floor) <= len {
        return floor;
    }
    let start = text.floor_char_boundary(at - len);
    text[start..at]
        .find(char::is_whitespace)
        .map_or(start, |k| start + k)
}

/// The end of the window of at most `len` bytes that starts at `at`, no later than `ceiling`.
fn window_end(text: &str, at: usize, ceiling: usize, len: usize) -> usize {
    text.floor_char_boundary(ceiling.min(at.saturating_add(len)))
}

/// Where a figure's words end, its counted noun included ("17 arrests").
fn end_with_noun(q: &Quantity) -> usize {
    q.noun.map_or(q.span.end, |n| n.end.max(q.span.end))
}

/// The quantities of each sentence, as index ranges into the document's list.
fn sentences(qs: &[Quantity]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= qs.len() {
            return None;
        }
        let s = qs[start].sentence;
        let end = start + qs[start..].iter().take_while(|q| q.sentence == s).count();
        let r = start..end;
        start = end;
        Some(r)
    })
}

/// The normalised words between two figures (see [`between`]).
fn gap(ctx: &Ctx, a: usize, b: usize) -> String {
    between(&ctx.doc.text, a, b)
}

/// The span of a sentence.
fn sentence_span(ctx: &Ctx, s: usize) -> Span {
    ctx.doc.sentences.get(s).copied().unwrap_or_default()
}

/// True when `text` ends with `phrase` as whole words (or is it).
fn ends_with_phrase(text: &str, phrase: &str) -> bool {
    text == phrase
        || (text.ends_with(phrase) && {
            let before = &text[..text.len() - phrase.len()];
            before.ends_with(' ')
                || !phrase.starts_with(|c: char| c.is_alphanumeric())
                || before.ends_with(|c: char| !c.is_alphanumeric())
        })
}

/// The last word of a normalised gap.
fn last_word(text: &str) -> &str {
    text.rsplit(' ').next().unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_bounded_and_keep_whole_words() {
        let text = "prices rose from €120 to €150 in the last quarter";
        assert_eq!(window_start(text, 0, 17, 64), 0);
        let at = text.find("€120").unwrap();
        let start = window_start(text, 0, at, 8);
        assert_eq!(&text[start..at], " from ");
        assert_eq!(window_start(text, 10, at, 64), 10);
        // Never inside a character: "€" is three bytes.
        let end = window_end(text, 0, text.len(), at + 1);
        assert!(text.is_char_boundary(end) && end <= at + 1);
        assert_eq!(window_end(text, 5, 9, 100), 9);
    }

    #[test]
    fn phrases_end_on_word_boundaries() {
        assert!(ends_with_phrase("related to the threat —", "—"));
        assert!(ends_with_phrase(", including", "including"));
        assert!(!ends_with_phrase("excluding", "including"));
        assert!(ends_with_phrase("of whom", "of whom"));
        assert_eq!(last_word(", an increase of"), "of");
    }
}

#[cfg(test)]
mod acceptance;
