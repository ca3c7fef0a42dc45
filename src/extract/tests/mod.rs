//! Extraction read as a specification: a sentence in, a reading out.
//! The cases mirror the seed story's figures in other words and other numbers.

use super::*;
use crate::source::Document;

mod ages;
mod counts;
mod direction;
mod events;
mod harm;
mod intervals;
mod kinds;
mod lists;

fn quantities(text: &str) -> (Document, Vec<Quantity>) {
    let doc = Document::from_text("test", text);
    let qs = extract(&doc);
    (doc, qs)
}

/// The quantity whose text is exactly `figure`.
fn find(text: &str, figure: &str) -> Quantity {
    let (doc, qs) = quantities(text);
    qs.iter()
        .find(|q| doc.slice(q.span) == figure)
        .cloned()
        .unwrap_or_else(|| {
            let got: Vec<_> = qs.iter().map(|q| doc.slice(q.span)).collect();
            panic!("no figure {figure:?} in {text:?}; got {got:?}")
        })
}

fn texts(text: &str) -> Vec<String> {
    let (doc, qs) = quantities(text);
    qs.iter().map(|q| doc.slice(q.span).to_string()).collect()
}

fn bounds(q: &Quantity) -> (Option<f64>, Option<f64>) {
    (q.value.lo, q.value.hi)
}

const BREAKDOWN: &str = "Officers made 23 arrests tied to the plot — 15 in Lyon and eight at three addresses in Marseille.";
