//! The quick fix of a finding: a `figcheck-disable-next-line RULE` comment that covers its line.
//!
//! Suppression comments are HTML comments, read in Markdown and HTML only (see
//! `source::markup` and `rules::suppress`); plain text has no comment syntax, so it gets no
//! fix. Each candidate edit is read back with the document's own reader and kept only when the
//! comment it adds is read as a suppression of the finding's line: a comment that would land
//! inside a code block or end a fence is never offered.

use figcheck::source::markup::SuppressionKind;
use figcheck::source::{Format, read};

/// An insertion: at a byte offset, this text.
#[derive(Debug, PartialEq, Eq)]
pub struct Insert {
    pub at: usize,
    pub text: String,
}

/// The insertion that suppresses `rule` for a finding starting at byte `at`, or `None` when
/// the format has no suppression comments or no placement is read back as one.
///
/// The comment goes on a line of its own before the finding's line when that line opens a
/// block (first line, or after a blank line) or the document is HTML; in Markdown, a line in
/// the middle of a paragraph gets it at the end of the line before, since a comment on a line
/// of its own would cut the paragraph in two and change how its sentences are read.
pub fn suppression(format: Format, text: &str, at: usize, rule: &str) -> Option<Insert> {
    if format == Format::Text {
        return None;
    }
    let at = at.min(text.len());
    let comment = format!("<!-- figcheck-disable-next-line {rule} -->");
    let line_start = text[..at].rfind('\n').map_or(0, |k| k + 1);
    let line = &text[line_start..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let indent = &line[..line.len() - line.trim_start().len()];
    let eol = if line.ends_with('\r') { "\r\n" } else { "\n" };
    let own_line = Insert {
        at: line_start,
        text: format!("{indent}{comment}{eol}"),
    };
    let previous = (line_start > 0).then(|| {
        let before = &text[..line_start - 1];
        let start = before.rfind('\n').map_or(0, |k| k + 1);
        let prev = &text[start..line_start - 1];
        let end = start + prev.trim_end_matches('\r').len();
        (prev.trim().is_empty(), end)
    });
    let mut candidates = Vec::new();
    match previous {
        Some((false, end)) if format == Format::Markdown => {
            candidates.push(Insert {
                at: end,
                text: format!(" {comment}"),
            });
            candidates.push(own_line);
        }
        Some((false, end)) => {
            candidates.push(own_line);
            candidates.push(Insert {
                at: end,
                text: format!(" {comment}"),
            });
        }
        _ => candidates.push(own_line),
    }
    candidates
        .into_iter()
        .find(|c| covers(format, text, c, at, rule))
}

/// True when, after the insertion, the document reads a `disable-next-line` of `rule` on the
/// line before the one holding `at` (shifted by the insertion).
fn covers(format: Format, text: &str, insert: &Insert, at: usize, rule: &str) -> bool {
    let mut edited = String::with_capacity(text.len() + insert.text.len());
    edited.push_str(&text[..insert.at]);
    edited.push_str(&insert.text);
    edited.push_str(&text[insert.at..]);
    let at = if insert.at <= at {
        at + insert.text.len()
    } else {
        at
    };
    let (doc, extras) = read(String::new(), edited, format);
    let (target, _) = doc.line_col(at);
    extras.suppressions.iter().any(|s| {
        s.kind == SuppressionKind::NextLine
            && s.rules.iter().any(|r| r == rule)
            && doc.line_col(s.span.end.saturating_sub(1)).0 + 1 == target
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use figcheck::checker::{Checker, Input};

    const BAD: &str = "Police made 17 arrests — 13 in Belgium and five in France.";

    /// The findings of a document as `rule@line`, with the default rules.
    fn findings(format: Format, text: &str) -> Vec<(String, usize, usize)> {
        let done = Checker::new().check(Input::new("story", text, format));
        assert!(done.rule_errors.is_empty());
        done.findings
            .iter()
            .map(|f| {
                (
                    f.rule.clone(),
                    f.span.start,
                    done.doc.line_col(f.span.start).0,
                )
            })
            .collect()
    }

    /// Applies the fix of the first finding and returns the new text, which must have no
    /// finding left (an unused suppression would be one too).
    fn fix_first(format: Format, text: &str) -> String {
        let found = findings(format, text);
        let (rule, at, _) = found.first().expect("a finding to fix").clone();
        let insert = suppression(format, text, at, &rule).expect("a fix");
        let mut fixed = text.to_string();
        fixed.insert_str(insert.at, &insert.text);
        let left = findings(format, &fixed);
        assert!(left.is_empty(), "after the fix: {left:?}\n{fixed}");
        fixed
    }

    #[test]
    fn markdown_first_line_gets_a_comment_line() {
        let fixed = fix_first(Format::Markdown, &format!("{BAD}\n"));
        assert_eq!(
            fixed,
            format!("<!-- figcheck-disable-next-line breakdown-sum -->\n{BAD}\n")
        );
    }

    #[test]
    fn markdown_mid_paragraph_appends_to_the_line_before() {
        let text = format!("Raids took place overnight.\n{BAD}\n");
        let fixed = fix_first(Format::Markdown, &text);
        assert_eq!(
            fixed,
            format!(
                "Raids took place overnight. <!-- figcheck-disable-next-line breakdown-sum -->\n{BAD}\n"
            )
        );
    }

    #[test]
    fn markdown_after_a_code_fence_gets_a_line_of_its_own() {
        // Text after a closing fence would make it an opening one: the comment goes on its own.
        let text = format!("```\ncode\n```\n{BAD}\n");
        let fixed = fix_first(Format::Markdown, &text);
        assert!(
            fixed.contains("```\n<!-- figcheck-disable-next-line breakdown-sum -->\nPolice"),
            "{fixed}"
        );
    }

    #[test]
    fn markdown_keeps_indentation_and_crlf() {
        let text = format!("Intro.\r\n\r\n  {BAD}\r\n");
        let fixed = fix_first(Format::Markdown, &text);
        assert_eq!(
            fixed,
            format!(
                "Intro.\r\n\r\n  <!-- figcheck-disable-next-line breakdown-sum -->\r\n  {BAD}\r\n"
            )
        );
    }

    #[test]
    fn html_gets_a_comment_line() {
        let text = format!("<p>\n{BAD}\n</p>\n");
        let fixed = fix_first(Format::Html, &text);
        assert_eq!(
            fixed,
            format!("<p>\n<!-- figcheck-disable-next-line breakdown-sum -->\n{BAD}\n</p>\n")
        );
    }

    #[test]
    fn plain_text_has_no_suppression_comments() {
        assert_eq!(suppression(Format::Text, BAD, 12, "breakdown-sum"), None);
    }
}
