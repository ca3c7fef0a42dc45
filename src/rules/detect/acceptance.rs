//! Helpers for the detectors' tests: the default pack over one text, findings as one line each
//! ("severity rule message [primary, related...]").

use crate::extract::extract;
use crate::rules::{RuleSet, check};
use crate::source::Document;

pub fn default_findings(text: &str) -> Vec<String> {
    let doc = Document::from_text("t", text);
    let qs = extract(&doc);
    check(&doc, &qs, &RuleSet::default_pack())
        .iter()
        .map(|f| {
            let spans: Vec<&str> = std::iter::once(doc.slice(f.span))
                .chain(f.related.iter().map(|r| doc.slice(r.span)))
                .collect();
            format!(
                "{} {} {} [{}]",
                f.severity.name(),
                f.rule,
                f.message,
                spans.join(", ")
            )
        })
        .collect()
}
