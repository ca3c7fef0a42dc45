//! The JSON shapes of contract.md (`figcheck.extract/1`).

use crate::extract::{Interval, Quantity};
use crate::rules::Finding;
use crate::source::Document;
use serde::Serialize;

pub const EXTRACT_SCHEMA: &str = "figcheck.extract/1";

/// One QUANTITY object of the contract.
#[derive(Serialize)]
pub struct QuantityJson<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub kind: &'static str,
    pub value: Interval,
    #[serde(serialize_with = "crate::number::number")]
    pub stated: f64,
    pub qualifier: &'static str,
    pub counts: Option<&'a str>,
    pub event: Option<&'static str>,
    pub context: Vec<&'a str>,
    pub unit: Option<&'static str>,
    pub currency: Option<&'static str>,
    pub sentence: usize,
    /// `up` or `down` when the figure states a change, `null` on a level.
    pub direction: Option<&'static str>,
}

impl<'a> QuantityJson<'a> {
    pub fn new(doc: &'a Document, q: &'a Quantity) -> Self {
        let (line, column) = doc.line_col(q.span.start);
        QuantityJson {
            text: doc.source_slice(q.span),
            start: q.span.start,
            end: q.span.end,
            line,
            column,
            kind: q.kind.name(),
            value: q.value,
            stated: q.stated,
            qualifier: q.qualifier.name(),
            counts: q.counts.as_deref(),
            event: q.event,
            context: q.context.iter().map(|s| doc.slice(*s)).collect(),
            unit: q.unit,
            currency: q.currency,
            sentence: q.sentence,
            direction: q.direction.map(|d| d.name()),
        }
    }
}

pub fn quantities<'a>(doc: &'a Document, qs: &'a [Quantity]) -> Vec<QuantityJson<'a>> {
    qs.iter().map(|q| QuantityJson::new(doc, q)).collect()
}

#[derive(Serialize)]
pub struct ExtractDocument<'a> {
    pub source: &'a str,
    pub quantities: Vec<QuantityJson<'a>>,
}

/// `figcheck extract --format json`: one object for all documents.
#[derive(Serialize)]
pub struct ExtractReport<'a> {
    pub schema: &'static str,
    pub documents: Vec<ExtractDocument<'a>>,
}

pub const CHECK_SCHEMA: &str = "figcheck.check/1";

/// A span of a finding other than its primary one.
#[derive(Serialize)]
pub struct RelatedJson<'a> {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub label: &'a str,
    pub text: &'a str,
}

/// One FINDING object of the contract (`label` and `text` added).
#[derive(Serialize)]
pub struct FindingJson<'a> {
    pub rule: &'a str,
    pub severity: &'static str,
    pub message: &'a str,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub label: &'a str,
    pub text: &'a str,
    pub related: Vec<RelatedJson<'a>>,
}

impl<'a> FindingJson<'a> {
    pub fn new(doc: &'a Document, f: &'a Finding) -> Self {
        let (line, column) = doc.line_col(f.span.start);
        FindingJson {
            rule: &f.rule,
            severity: f.severity.name(),
            message: &f.message,
            start: f.span.start,
            end: f.span.end,
            line,
            column,
            label: &f.label,
            text: doc.source_slice(f.span),
            related: f
                .related
                .iter()
                .map(|r| {
                    let (line, column) = doc.line_col(r.span.start);
                    RelatedJson {
                        start: r.span.start,
                        end: r.span.end,
                        line,
                        column,
                        label: &r.label,
                        text: doc.source_slice(r.span),
                    }
                })
                .collect(),
        }
    }
}

pub fn findings<'a>(doc: &'a Document, fs: &'a [Finding]) -> Vec<FindingJson<'a>> {
    fs.iter().map(|f| FindingJson::new(doc, f)).collect()
}

#[derive(Serialize)]
pub struct CheckDocument<'a> {
    pub source: &'a str,
    pub findings: Vec<FindingJson<'a>>,
}

/// `figcheck check --format json`: one object for all documents.
#[derive(Serialize)]
pub struct CheckReport<'a> {
    pub schema: &'static str,
    pub documents: Vec<CheckDocument<'a>>,
}
