//! Findings and rule-file mistakes as LSP diagnostics.

use super::position::Lines;
use figcheck::Document;
use figcheck::rules::{Finding, LoadError, Severity, suppress};
use figcheck::source::Span;
use figcheck::source::Unit;
use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, Location,
    NumberOrString, Range, Uri,
};

/// The `source` of every diagnostic.
pub const SOURCE: &str = "figcheck";
/// The `code` of a diagnostic about a rule file (figcheck.yaml, a pack, a sidecar, front
/// matter) rather than about the document's figures.
pub const RULE_FILE: &str = "rule-file";

/// What converting needs of one document and its client.
pub struct Target<'a> {
    pub uri: &'a Uri,
    /// The source as the client has it.
    pub text: &'a str,
    pub lines: &'a Lines,
    pub enc: Unit,
    /// The client shows `relatedInformation`.
    pub related: bool,
}

impl Target<'_> {
    pub fn range(&self, span: Span) -> Range {
        Range::new(
            self.lines.position(self.text, span.start, self.enc),
            self.lines.position(self.text, span.end, self.enc),
        )
    }
}

pub fn severity(s: Severity) -> DiagnosticSeverity {
    match s {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// A finding: its primary span, rule id as code, message with the arithmetic, and the other
/// figures (parts, total) as related information.
pub fn finding(t: &Target, doc: &Document, f: &Finding) -> Diagnostic {
    let related = (t.related && !f.related.is_empty()).then(|| {
        f.related
            .iter()
            .map(|r| DiagnosticRelatedInformation {
                location: Location::new(t.uri.clone(), t.range(r.span)),
                message: format!("{}: {}", r.label, doc.words(r.span)),
            })
            .collect()
    });
    Diagnostic {
        range: t.range(f.span),
        severity: Some(severity(f.severity)),
        code: Some(NumberOrString::String(f.rule.clone())),
        source: Some(SOURCE.into()),
        message: f.message.clone(),
        related_information: related,
        // An unused suppression is dead text: clients grey it out.
        tags: (f.rule == suppress::UNUSED).then(|| vec![DiagnosticTag::UNNECESSARY]),
        ..Diagnostic::default()
    }
}

/// A rule-file mistake. One in the document itself (its front matter) sits at its place;
/// one in another file (figcheck.yaml, a pack, a sidecar) sits at the document's start and
/// names its file, line and column.
pub fn load_error(t: &Target, e: &LoadError, in_document: bool) -> Diagnostic {
    let (range, message) = if in_document && e.line > 0 {
        let at = t.lines.offset_of_line_col(t.text, e.line, e.column.max(1));
        let end = t.text[at..]
            .find(['\n', '\r'])
            .map_or(t.text.len(), |k| at + k);
        (t.range(Span::new(at, end)), e.message.clone())
    } else {
        (Range::default(), e.to_string())
    };
    problem(range, message)
}

/// A diagnostic about the rules rather than the figures.
pub fn problem(range: Range, message: String) -> Diagnostic {
    Diagnostic {
        range,
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String(RULE_FILE.into())),
        source: Some(SOURCE.into()),
        message,
        ..Diagnostic::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use figcheck::extract;
    use figcheck::rules::{RuleSet, check};
    use lsp_types::Position;

    fn target<'a>(uri: &'a Uri, text: &'a str, lines: &'a Lines, related: bool) -> Target<'a> {
        Target {
            uri,
            text,
            lines,
            enc: Unit::Utf16,
            related,
        }
    }

    #[test]
    fn a_breakdown_finding() {
        let text = "Pólice made 17 arrests — 13 in Belgium and five in France.";
        let uri: Uri = "file:///tmp/s.txt".parse().unwrap();
        let doc = Document::from_text("s.txt", text);
        let fs = check(&doc, &extract(&doc), &RuleSet::default_pack());
        let lines = Lines::new(text);
        let d = finding(&target(&uri, text, &lines, true), &doc, &fs[0]);
        // "ó" is two bytes but one UTF-16 unit: "17" is at column 12.
        assert_eq!(
            d.range,
            Range::new(Position::new(0, 12), Position::new(0, 14))
        );
        assert_eq!(d.severity, Some(DiagnosticSeverity::ERROR));
        assert_eq!(d.code, Some(NumberOrString::String("breakdown-sum".into())));
        assert_eq!(d.source.as_deref(), Some("figcheck"));
        assert_eq!(
            d.message,
            "parts add up to 18 (13 + 5), but the total is 17"
        );
        let related = d.related_information.unwrap();
        let shown: Vec<(u32, &str)> = related
            .iter()
            .map(|r| (r.location.range.start.character, r.message.as_str()))
            .collect();
        // "—" is one UTF-16 unit too.
        assert_eq!(shown, [(25, "part: 13"), (43, "part: five")]);
        let plain = finding(&target(&uri, text, &lines, false), &doc, &fs[0]);
        assert_eq!(plain.related_information, None);
    }

    #[test]
    fn load_errors_in_the_document_or_elsewhere() {
        let text = "---\nfigcheck:\n  rulez: []\n---\nText.\n";
        let uri: Uri = "file:///tmp/s.md".parse().unwrap();
        let lines = Lines::new(text);
        let t = target(&uri, text, &lines, true);
        let e = LoadError {
            file: "/tmp/s.md".into(),
            line: 3,
            column: 3,
            message: "unknown field `rulez`".into(),
            source: String::new(),
        };
        let d = load_error(&t, &e, true);
        assert_eq!(
            d.range,
            Range::new(Position::new(2, 2), Position::new(2, 11))
        );
        assert_eq!(d.message, "unknown field `rulez`");
        let d = load_error(&t, &e, false);
        assert_eq!(d.range, Range::default());
        assert_eq!(d.message, "/tmp/s.md:3:3: unknown field `rulez`");
        assert_eq!(d.code, Some(NumberOrString::String(RULE_FILE.into())));
    }
}
