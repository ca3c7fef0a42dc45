//! GitHub Actions workflow commands: one `::error`, `::warning` or `::notice` line per finding,
//! which a workflow run shows as an annotation on the file and lines.
//!
//! `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=figcheck RULE::MESSAGE`,
//! escaped as GitHub's runner reads them back: in the message `%`, `\r` and `\n`; in a property
//! value also `:` and `,`.

use super::{Checked, whole_document};
use crate::rules::{Finding, Severity};
use crate::source::Document;

/// Every finding of every document as a workflow command, one a line, in the order given.
pub fn render(items: &[Checked]) -> String {
    let mut out = String::new();
    for item in items {
        for f in item.findings {
            out.push_str(&command(item.doc, f));
            out.push('\n');
        }
    }
    out
}

/// The workflow command's name for a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    }
}

/// One finding as a workflow command, without the newline. A finding about the whole document
/// names only the file; the others name the span's start and end (`endColumn` is the column
/// after the span's last character). Related spans are listed after the message as
/// ` (part at 4:47, part at 4:60)`.
pub fn command(doc: &Document, f: &Finding) -> String {
    let mut props = vec![("file", doc.source.clone())];
    if !whole_document(f) {
        let (line, col) = doc.line_col(f.span.start);
        let (end_line, end_col) = doc.line_col(f.span.end);
        props.extend([
            ("line", line.to_string()),
            ("col", col.to_string()),
            ("endLine", end_line.to_string()),
            ("endColumn", end_col.to_string()),
        ]);
    }
    props.push(("title", format!("figcheck {}", f.rule)));
    let props: Vec<String> = props
        .iter()
        .map(|(k, v)| format!("{k}={}", escape_property(v)))
        .collect();
    let mut message = f.message.clone();
    if !f.related.is_empty() {
        let places: Vec<String> = f
            .related
            .iter()
            .map(|r| {
                let (line, col) = doc.line_col(r.span.start);
                let label = if r.label.is_empty() {
                    "related"
                } else {
                    &r.label
                };
                format!("{label} at {line}:{col}")
            })
            .collect();
        message.push_str(&format!(" ({})", places.join(", ")));
    }
    format!(
        "::{} {}::{}",
        level(f.severity),
        props.join(","),
        escape_data(&message)
    )
}

/// The message of a command: `%`, `\r`, `\n` percent-encoded (the runner decodes them).
pub fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: as the message, and `:` and `,`, which end a value.
pub fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Related, RuleSet, check};
    use crate::source::Span;

    fn finding(rule: &str, severity: Severity, message: &str, span: Span) -> Finding {
        Finding {
            rule: rule.into(),
            severity,
            message: message.into(),
            span,
            label: String::new(),
            related: vec![],
        }
    }

    #[test]
    fn a_breakdown_error_names_its_span_and_parts() {
        let doc = Document::from_text(
            "story.txt",
            "Intro.\nPolice made 17 arrests — 13 in Belgium and five in France.\n",
        );
        let findings = check(&doc, &crate::extract(&doc), &RuleSet::default_pack());
        let out = render(&[Checked {
            doc: &doc,
            figures: 4,
            findings: &findings,
        }]);
        assert_eq!(
            out,
            "::error file=story.txt,line=2,col=13,endLine=2,endColumn=15,title=figcheck breakdown-sum\
             ::parts add up to 18 (13 + 5), but the total is 17 (part at 2:26, part at 2:44)\n"
        );
    }

    #[test]
    fn severities_map_to_error_warning_and_notice() {
        let doc = Document::from_text("s.txt", "12 and 13.\n");
        let findings = [
            finding("a", Severity::Error, "e", Span::new(0, 2)),
            finding("b", Severity::Warning, "w", Span::new(0, 2)),
            finding("c", Severity::Info, "i", Span::new(7, 9)),
        ];
        let out = render(&[Checked {
            doc: &doc,
            figures: 2,
            findings: &findings,
        }]);
        assert_eq!(
            out,
            "::error file=s.txt,line=1,col=1,endLine=1,endColumn=3,title=figcheck a::e\n\
             ::warning file=s.txt,line=1,col=1,endLine=1,endColumn=3,title=figcheck b::w\n\
             ::notice file=s.txt,line=1,col=8,endLine=1,endColumn=10,title=figcheck c::i\n"
        );
    }

    #[test]
    fn a_whole_document_finding_names_only_the_file() {
        let doc = Document::from_text("s.txt", "Nothing here.\n");
        let f = finding(
            "ferry-lifeboats",
            Severity::Warning,
            "rule `ferry-lifeboats` (p.yaml:18): selector {text: \"x\"} matches no figure in this document",
            Span::new(0, 0),
        );
        assert_eq!(
            command(&doc, &f),
            "::warning file=s.txt,title=figcheck ferry-lifeboats::rule `ferry-lifeboats` \
             (p.yaml:18): selector {text: \"x\"} matches no figure in this document"
        );
    }

    #[test]
    fn messages_and_properties_are_escaped() {
        let doc = Document::from_text("dir,with:odd%name.txt", "Up 50% to 12.\n");
        let mut f = finding(
            "rule:one,two",
            Severity::Error,
            "50% is wrong,\r\nsee: line 2",
            Span::new(3, 6),
        );
        f.related = vec![Related {
            span: Span::new(10, 12),
            label: "whole".into(),
        }];
        assert_eq!(
            command(&doc, &f),
            "::error file=dir%2Cwith%3Aodd%25name.txt,line=1,col=4,endLine=1,endColumn=7,\
             title=figcheck rule%3Aone%2Ctwo::50%25 is wrong,%0D%0Asee: line 2 (whole at 1:11)"
        );
    }

    #[test]
    fn the_end_of_a_span_on_a_later_line_is_its_end_line() {
        let doc = Document::from_text("s.txt", "About 1.5\nmillion people.\n");
        let f = finding("r", Severity::Error, "m", Span::new(6, 17));
        assert_eq!(
            command(&doc, &f),
            "::error file=s.txt,line=1,col=7,endLine=2,endColumn=8,title=figcheck r::m"
        );
    }

    #[test]
    fn a_related_span_without_label_is_named_related() {
        let doc = Document::from_text("s.txt", "12 and 13.\n");
        let mut f = finding("r", Severity::Info, "m", Span::new(0, 2));
        f.related = vec![Related {
            span: Span::new(7, 9),
            label: String::new(),
        }];
        assert!(command(&doc, &f).ends_with("::m (related at 1:8)"));
    }
}
