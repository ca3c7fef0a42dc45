//! Findings one a line, as ruff's concise output prints them:
//! `PATH:LINE:COL: SEVERITY[RULE] MESSAGE`. For grep, editors' quickfix lists and logs.

use super::Checked;
use crate::rules::Finding;
use crate::source::Document;

/// Every finding of every document, one line each, in the order given. A document without
/// findings prints nothing.
pub fn render(items: &[Checked]) -> String {
    let mut out = String::new();
    for item in items {
        for f in item.findings {
            out.push_str(&line(item.doc, f));
            out.push('\n');
        }
    }
    out
}

/// One finding as a line, without the newline. A finding about the whole document is placed
/// at 1:1. Line breaks inside the message are written as spaces, so that a finding is always
/// exactly one line.
pub fn line(doc: &Document, f: &Finding) -> String {
    let (line, col) = doc.line_col(f.span.start);
    format!(
        "{}:{line}:{col}: {}[{}] {}",
        doc.source,
        f.severity.name(),
        f.rule,
        one_line(&f.message)
    )
}

fn one_line(s: &str) -> String {
    s.replace("\r\n", " ").replace(['\n', '\r'], " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Related, RuleSet, Severity, check};
    use crate::source::Span;

    const STORY: &str = "Intro.\nPolice made 17 arrests — 13 in Belgium and five in France.\n";

    fn breakdown(doc: &Document) -> Vec<Finding> {
        check(doc, &crate::extract(doc), &RuleSet::default_pack())
    }

    #[test]
    fn one_line_per_finding_with_place_severity_and_rule() {
        let doc = Document::from_text("story.txt", STORY);
        let findings = breakdown(&doc);
        let clean = Document::from_text("clean.txt", "Police made 17 arrests.\n");
        let out = render(&[
            Checked {
                doc: &doc,
                figures: 4,
                findings: &findings,
            },
            Checked {
                doc: &clean,
                figures: 1,
                findings: &[],
            },
        ]);
        assert_eq!(
            out,
            "story.txt:2:13: error[breakdown-sum] parts add up to 18 (13 + 5), but the total is 17\n"
        );
    }

    #[test]
    fn findings_keep_their_order_and_a_whole_document_finding_is_at_1_1() {
        let doc = Document::from_text("a/b.txt", "One.\nTwo 12.\n");
        let findings = [
            Finding {
                rule: "z-rule".into(),
                severity: Severity::Info,
                message: "second line\nof the message".into(),
                span: Span::new(9, 11),
                label: "figure".into(),
                related: vec![Related {
                    span: Span::new(0, 3),
                    label: "other".into(),
                }],
            },
            Finding {
                rule: "stale".into(),
                severity: Severity::Warning,
                message: "rule `stale` (p.yaml:3): selector {text: \"x\"} matches no figure in this document".into(),
                span: Span::new(0, 0),
                label: String::new(),
                related: vec![],
            },
        ];
        let out = render(&[Checked {
            doc: &doc,
            figures: 1,
            findings: &findings,
        }]);
        assert_eq!(
            out,
            "a/b.txt:2:5: info[z-rule] second line of the message\n\
             a/b.txt:1:1: warning[stale] rule `stale` (p.yaml:3): selector {text: \"x\"} matches no figure in this document\n"
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let doc = Document::from_text("q.txt", "“Quoted” — 13 in Liège");
        let at = doc.text.find("13").unwrap();
        let f = Finding {
            rule: "r".into(),
            severity: Severity::Error,
            message: "m".into(),
            span: Span::new(at, at + 2),
            label: String::new(),
            related: vec![],
        };
        assert_eq!(line(&doc, &f), "q.txt:1:12: error[r] m");
    }

    #[test]
    fn nothing_to_report_is_empty() {
        assert_eq!(render(&[]), "");
    }
}
