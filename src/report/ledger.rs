//! The figure ledger: one stable text report per document listing every figure, every check
//! that ran (with its arithmetic and verdict, whether it holds or not) and every finding. Kept
//! under version control (`figcheck ledger --update`), it turns a changed figure into a
//! reviewed diff.
//!
//! The format is made for diffs: one item a line, fields separated by two spaces and never
//! aligned (a longer figure elsewhere does not move every line), whitespace inside a field
//! collapsed to single spaces, no colours, no timestamps, and nothing but the document's name
//! as given.
//!
//! ```text
//! # figcheck ledger: examples/breakdown.txt
//! ## figures
//! 3:24  214  count  214  counts=person event=evacuate
//! ## checks
//! breakdown-sum  3:24  120 + 61 + 43 = 224; total 214  fails
//! ## findings
//! error breakdown-sum 3:24: parts add up to 224 (120 + 61 + 43), but the total is 214
//! ```

use crate::extract::{Qualifier, Quantity};
use crate::rules::{CheckRecord, Finding};
use crate::source::{Document, Span};
use std::fmt::Write;

/// Field separator: two spaces, since fields ("more than two dozen") hold single ones.
const SEP: &str = "  ";

/// Renders the ledger of one document. `records` come from [`crate::rules::check_traced`] (in
/// their order), `findings` from the same call.
pub fn render(
    doc: &Document,
    qs: &[Quantity],
    records: &[CheckRecord],
    findings: &[Finding],
) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# figcheck ledger: {}", one_line(&doc.source));
    out.push_str("## figures\n");
    if qs.is_empty() {
        out.push_str("(none)\n");
    }
    for q in qs {
        out.push_str(&figure_line(doc, q));
        out.push('\n');
    }
    out.push_str("## checks\n");
    if records.is_empty() {
        out.push_str("(none)\n");
    }
    for r in records {
        let _ = writeln!(
            out,
            "{}{SEP}{}{SEP}{}{SEP}{}",
            one_line(&r.rule),
            place(doc, r.span()),
            one_line(&r.arithmetic),
            r.verdict.name()
        );
    }
    out.push_str("## findings\n");
    if findings.is_empty() {
        out.push_str("(none)\n");
    }
    for f in findings {
        // A finding about the document as a whole (a stale selector) has no place.
        let at = if super::whole_document(f) {
            "-".to_string()
        } else {
            place(doc, f.span)
        };
        let _ = writeln!(
            out,
            "{} {} {at}: {}",
            f.severity.name(),
            one_line(&f.rule),
            one_line(&f.message)
        );
    }
    out
}

/// One figure: place, words as written, kind, reading, and what it counts.
fn figure_line(doc: &Document, q: &Quantity) -> String {
    let mut reading = q.value.to_string();
    if q.qualifier != Qualifier::Exact {
        let _ = write!(reading, " {}", q.qualifier.name());
    }
    if let Some(u) = q.unit.or(q.currency) {
        let _ = write!(reading, " {u}");
    }
    let mut line = format!(
        "{}{SEP}{}{SEP}{}{SEP}{reading}",
        place(doc, q.span),
        one_line(doc.source_slice(q.span)),
        q.kind.name(),
    );
    let mut binding: Vec<String> = Vec::new();
    if let Some(c) = &q.counts {
        binding.push(format!("counts={}", one_line(c)));
    }
    if let Some(e) = q.event {
        binding.push(format!("event={e}"));
    }
    if !q.context.is_empty() {
        let context: Vec<String> = q.context.iter().map(|s| one_line(doc.slice(*s))).collect();
        binding.push(format!("context={}", context.join("; ")));
    }
    if !binding.is_empty() {
        line.push_str(SEP);
        line.push_str(&binding.join(" "));
    }
    line
}

/// "3:24": 1-based line and column of a span's start.
fn place(doc: &Document, span: Span) -> String {
    let (line, col) = doc.line_col(span.start);
    format!("{line}:{col}")
}

/// A field on one line: every run of whitespace (newlines included) becomes one space.
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::rules::{RuleSet, check_traced};

    fn ledger(source: &str, text: &str, rules: &RuleSet) -> String {
        let doc = Document::from_text(source, text);
        let qs = extract(&doc);
        let (findings, records) = check_traced(&doc, &qs, rules);
        render(&doc, &qs, &records, &findings)
    }

    #[test]
    fn a_small_document() {
        let text = "Raid in the capital\n\nPolice made 17 arrests — 13 in Belgium and four in France.\n\nOf the members, 12 of 17, or 70%, voted yes.\n";
        assert_eq!(
            ledger("story.txt", text, &RuleSet::default_pack()),
            "# figcheck ledger: story.txt
## figures
3:13  17  count  17  counts=arrest event=arrest
3:26  13  count  13  counts=arrest event=arrest context=in Belgium
3:44  four  count  4  counts=arrest event=arrest context=in France
5:17  12  count  12  counts=member
5:23  17  count  17  counts=member
5:30  70%  percent  70
## checks
breakdown-sum  3:13  13 + 4 = 17; total 17  holds
breakdown-sum  5:23  12 ≤ total 17  holds
stated-share  5:30  12/17 = 70.6%; stated 70%  soft
## findings
warning stated-share 5:30: 12/17 is 70.6%, which rounds to 71%, not 70% (only truncation gives 70%)
"
        );
    }

    #[test]
    fn an_empty_document_and_a_document_level_finding() {
        let mut rules = RuleSet::new();
        let yaml = "rules:\n  - {id: toll, kind: same, of: [{text: 'nine dead'}]}\n";
        assert!(rules.add_pack("r.yaml", yaml).is_empty());
        assert_eq!(
            ledger("empty.txt", "No figures  here,\nat all.", &rules),
            "# figcheck ledger: empty.txt
## figures
(none)
## checks
(none)
## findings
warning toll -: rule `toll` (r.yaml:2): selector {text: \"nine dead\"} matches no figure in this document
"
        );
    }

    #[test]
    fn fields_stay_on_one_line() {
        assert_eq!(one_line("two\nthousand  people"), "two thousand people");
        let doc = Document::from_text("t", "About 300 people fled.");
        let qs = extract(&doc);
        assert_eq!(
            figure_line(&doc, &qs[0]),
            "1:1  About 300  count  [250, 350] approx  counts=person event=flee"
        );
    }
}
