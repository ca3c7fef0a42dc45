//! Findings for people: each rendered as rustc renders a diagnostic, with the sentence, a caret
//! line under every figure that takes part and its label (annotate-snippets).

use crate::rules::{Finding, LoadError, Severity};
use crate::source::{Document, Span};
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

/// Rendering options.
#[derive(Clone, Copy, Debug, Default)]
pub struct Style {
    /// ANSI colour (only on a terminal, never with `NO_COLOR`).
    pub color: bool,
}

impl Style {
    fn renderer(self) -> Renderer {
        if self.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        }
    }
}

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// The byte range of whole lines that covers `lo..hi`, read off the document's line index (a
/// search back for the line break would cost the line's length for every finding).
fn lines_around(doc: &Document, lo: usize, hi: usize) -> (usize, usize) {
    let (start, _) = doc.line_bounds(lo);
    let (_, end) = doc.line_bounds(hi.max(lo));
    (start, end)
}

/// One finding, rendered.
pub fn render_finding(doc: &Document, f: &Finding, style: Style) -> String {
    let title = level(f.severity)
        .primary_title(f.message.as_str())
        .id(f.rule.as_str());
    let spans: Vec<(Span, &str, bool)> = std::iter::once((f.span, f.label.as_str(), true))
        .chain(f.related.iter().map(|r| (r.span, r.label.as_str(), false)))
        .filter(|(s, _, _)| !s.is_empty())
        .collect();
    if spans.is_empty() {
        // A finding about the whole document (a stale selector): no snippet to show.
        let mut out = style.renderer().render(&[Group::with_title(title)]);
        out.push_str(&format!("\n --> {}\n", doc.source));
        return out;
    }
    let lo = spans.iter().map(|s| s.0.start).min().unwrap_or(0);
    let hi = spans.iter().map(|s| s.0.end).max().unwrap_or(0);
    let text = doc.source_text();
    let (mut start, mut end) = lines_around(doc, lo, hi);
    let line = doc.line_col(start).0;
    // A line of megabytes (a document with no line breaks) is shown around the finding: the
    // renderer measures every character of the line it is given, for every finding.
    let clipped = end - start > MAX_LINE && doc.line_bounds(lo).1 >= hi;
    let true_col = doc.line_col(f.span.start).1;
    let mut spans = spans;
    if clipped {
        // Around the primary span; related spans out of the window are left to the message.
        let (plo, phi) = (f.span.start, f.span.end);
        start = floor_char(text, plo.saturating_sub(CONTEXT).max(start));
        end = ceil_char(text, (phi + CONTEXT).min(end));
        spans.retain(|(s, _, _)| s.start >= start && s.end <= end);
    }
    let mut snippet = Snippet::source(&text[start..end])
        .path(doc.source.as_str())
        .line_start(line);
    for (span, label, primary) in spans {
        let kind = if primary {
            AnnotationKind::Primary
        } else {
            AnnotationKind::Context
        };
        snippet = snippet.annotation(kind.span(span.start - start..span.end - start).label(label));
    }
    let report = vec![title.element(snippet)];
    let mut out = style.renderer().render(&report);
    if clipped {
        // The renderer counts columns from the window's start: give the line's.
        let shown = text[start..f.span.start].chars().count() + 1;
        let wrong = format!("{}:{line}:{shown}", doc.source);
        let right = format!("{}:{line}:{true_col}", doc.source);
        out = out.replacen(&wrong, &right, 1);
    }
    out.push('\n');
    out
}

/// Lines longer than this (in bytes) are shown around the finding only.
const MAX_LINE: usize = 4096;

/// How much of a long line is shown on each side of a finding's spans.
const CONTEXT: usize = 400;

fn floor_char(text: &str, mut k: usize) -> usize {
    while !text.is_char_boundary(k) {
        k -= 1;
    }
    k
}

fn ceil_char(text: &str, mut k: usize) -> usize {
    while !text.is_char_boundary(k) {
        k += 1;
    }
    k
}

/// A mistake in a rule file, rendered with a snippet of the file.
pub fn render_load_error(e: &LoadError, style: Style) -> String {
    let title = Level::ERROR.primary_title(e.message.as_str());
    if e.line == 0 {
        let mut s = style.renderer().render(&[Group::with_title(title)]);
        s.push_str(&format!("\n  --> {}\n", e.file));
        return s;
    }
    // The byte offset of line:column, and the word there for the caret.
    let text = e.source.as_str();
    let line_start = text
        .split_inclusive('\n')
        .take(e.line - 1)
        .map(str::len)
        .sum::<usize>()
        .min(text.len());
    let line_text = &text[line_start..];
    let col = line_text
        .char_indices()
        .nth(e.column.saturating_sub(1))
        .map_or(line_text.len(), |(k, _)| k);
    let at = line_start + col;
    let word = text[at..]
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | '}' | ']' | ':'))
        .unwrap_or(text.len() - at)
        .max(1);
    let end = (at + word).min(text.len());
    let report = [title.element(
        Snippet::source(text)
            .path(e.file.as_str())
            .line_start(1)
            .annotation(AnnotationKind::Primary.span(at..end.max(at))),
    )];
    let mut s = style.renderer().render(&report);
    s.push('\n');
    s
}

/// The closing line: documents, figures, findings by severity.
pub fn summary(documents: usize, figures: usize, findings: &[Finding]) -> String {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, {}, {} in {} ({})",
        plural(count(Severity::Error), "error", "errors"),
        plural(count(Severity::Warning), "warning", "warnings"),
        plural(count(Severity::Info), "info", "infos"),
        plural(documents, "document", "documents"),
        plural(figures, "figure", "figures"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Related;

    #[test]
    fn a_finding_points_at_its_figures() {
        let doc = Document::from_text(
            "story.txt",
            "Intro.\nPolice made 17 arrests — 13 in Belgium and five in France.\n",
        );
        let f = Finding {
            rule: "breakdown-sum".into(),
            severity: Severity::Error,
            message: "parts add up to 18 (13 + 5), but the total is 17".into(),
            span: Span::new(19, 21),
            label: "total".into(),
            related: vec![
                Related {
                    span: Span::new(34, 36),
                    label: "part".into(),
                },
                Related {
                    span: Span::new(51, 55),
                    label: "part".into(),
                },
            ],
        };
        let out = render_finding(&doc, &f, Style::default());
        assert!(
            out.starts_with("error[breakdown-sum]: parts add up to 18"),
            "{out}"
        );
        assert!(out.contains("story.txt:2:13"), "{out}");
        assert!(out.contains("^^ total"), "{out}");
        assert!(!out.contains('\u{1b}'), "plain output has no colour");
    }

    #[test]
    fn summary_counts_by_severity() {
        assert_eq!(
            summary(1, 19, &[]),
            "0 errors, 0 warnings, 0 infos in 1 document (19 figures)"
        );
    }
}
