//! The JSON shapes of contract.md (`figcheck.extract/1`).

use crate::extract::{Interval, Quantity};
use crate::rules::Finding;
use crate::source::Document;
use serde::{Serialize, Serializer};

pub const EXTRACT_SCHEMA: &str = "figcheck.extract/1";

/// A figure as printed: whole numbers as integers, the rest with floating-point noise removed
/// (4.2 × 10⁹ prints as 4200000000, not 4200000000.000001).
pub fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    format!("{v:.12e}").parse().unwrap_or(v)
}

pub fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    let v = tidy(*v);
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(v as i64)
    } else {
        s.serialize_f64(v)
    }
}

pub fn number_opt<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

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
    #[serde(serialize_with = "number")]
    pub stated: f64,
    pub qualifier: &'static str,
    pub counts: Option<&'a str>,
    pub event: Option<&'static str>,
    pub context: Vec<&'a str>,
    pub unit: Option<&'static str>,
    pub currency: Option<&'static str>,
    pub sentence: usize,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_integers_when_whole() {
        let v = serde_json::to_string(&Interval::closed(4.2 * 1e9, 0.5)).unwrap();
        assert_eq!(
            v,
            r#"{"lo":4200000000,"hi":0.5,"lo_open":false,"hi_open":false}"#
        );
        assert_eq!(tidy(0.1 + 0.2), 0.3);
    }
}
