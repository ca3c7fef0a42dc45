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

impl QuantityJson<'_> {
    /// Appends the quantity to `out` as JSON, byte for byte what serde_json writes for it, but
    /// with its keys written as they are: serde_json escapes each key as it escapes a value, and
    /// that was a tenth of `extract --jsonl`'s time over a corpus. The values go through
    /// serde_json, which escapes the strings and formats the numbers.
    pub fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        fn value(out: &mut Vec<u8>, key: &[u8], v: &impl Serialize) -> serde_json::Result<()> {
            out.extend_from_slice(key);
            serde_json::to_writer(&mut *out, v)
        }
        value(out, b"{\"text\":", &self.text)?;
        value(out, b",\"start\":", &self.start)?;
        value(out, b",\"end\":", &self.end)?;
        value(out, b",\"line\":", &self.line)?;
        value(out, b",\"column\":", &self.column)?;
        value(out, b",\"kind\":", &self.kind)?;
        value(out, b",\"value\":", &self.value)?;
        out.extend_from_slice(b",\"stated\":");
        crate::number::number(&self.stated, &mut serde_json::Serializer::new(&mut *out))?;
        value(out, b",\"qualifier\":", &self.qualifier)?;
        value(out, b",\"counts\":", &self.counts)?;
        value(out, b",\"event\":", &self.event)?;
        value(out, b",\"context\":", &self.context)?;
        value(out, b",\"unit\":", &self.unit)?;
        value(out, b",\"currency\":", &self.currency)?;
        value(out, b",\"sentence\":", &self.sentence)?;
        value(out, b",\"direction\":", &self.direction)?;
        out.push(b'}');
        Ok(())
    }
}

/// Appends `quantities` to `out` as a JSON array ([`QuantityJson::write_json`]).
pub fn write_quantities(out: &mut Vec<u8>, quantities: &[QuantityJson]) -> serde_json::Result<()> {
    out.push(b'[');
    for (k, q) in quantities.iter().enumerate() {
        if k > 0 {
            out.push(b',');
        }
        q.write_json(out)?;
    }
    out.push(b']');
    Ok(())
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
    use crate::source::{Format, read};

    /// The hand-written writer gives the bytes serde_json gives for the derived shape: every
    /// field, in order, with strings that need escaping, nulls, open bounds, context, fractions.
    #[test]
    fn write_json_is_byte_for_byte_serde_json() {
        let text = "Police said \"about 40\" people\\staff were hurt in Leeds.\n\
                    Shares rose 6.5% to 164p; at least 1.5 million fled, one in 3 said.\n\
                    Between 120 and 180 \u{2014} more than 12 km \u{e9}t\u{e9}.";
        let (doc, _) = read("t.txt".into(), text.into(), Format::Text);
        let qs = crate::extract::extract(&doc);
        assert!(qs.len() >= 6, "{qs:?}");
        let json = quantities(&doc, &qs);
        let mut ours = Vec::new();
        write_quantities(&mut ours, &json).unwrap();
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            serde_json::to_string(&json).unwrap()
        );
        let mut empty = Vec::new();
        write_quantities(&mut empty, &[]).unwrap();
        assert_eq!(empty, b"[]");
    }
}
