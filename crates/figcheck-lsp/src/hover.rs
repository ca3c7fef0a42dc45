//! The hover of a figure: what figcheck read in it and the checks it took part in, as Markdown.

use figcheck::rules::CheckRecord;
use figcheck::rules::operand::{Operand, Reading};
use figcheck::{Document, Quantity};
use std::fmt::Write;

/// The figure under a byte offset: the one whose span holds it, else one ending right there
/// (a cursor just after "17").
pub fn figure_at(qs: &[Quantity], offset: usize) -> Option<usize> {
    qs.iter()
        .position(|q| q.span.start <= offset && offset < q.span.end)
        .or_else(|| qs.iter().position(|q| q.span.end == offset))
}

/// The hover text of quantity `index`: its words, kind, reading (stated value, interval, and
/// the strict and loose readings when they differ), binding, then every check it took part in
/// with its role, verdict and arithmetic.
pub fn render(doc: &Document, qs: &[Quantity], index: usize, records: &[CheckRecord]) -> String {
    let q = &qs[index];
    let op = Operand::from_quantity(index, q);
    let mut out = String::new();
    let _ = writeln!(out, "{} · {}\n", code(&doc.words(q.span)), q.kind.name());
    let _ = writeln!(out, "- stated: {}", code(&op.number(q.stated)));
    let interval = code(&q.value.to_string());
    if q.value.is_exact() {
        let _ = writeln!(out, "- interval: {interval}, {}", q.qualifier.name());
    } else {
        let words = escape(&op.describe(&q.value));
        let _ = writeln!(
            out,
            "- interval: {interval} ({words}), {}",
            q.qualifier.name()
        );
    }
    let (strict, loose) = (op.reading(Reading::Strict), op.reading(Reading::Loose));
    if strict != loose {
        let _ = writeln!(
            out,
            "- strict reading: {}; loose reading: {}",
            code(&strict.to_string()),
            code(&loose.to_string())
        );
    }
    if let Some(c) = &q.counts {
        let _ = writeln!(out, "- counts: {}", escape(c));
    }
    if let Some(e) = q.event {
        let _ = writeln!(out, "- event: {}", escape(e));
    }
    if !q.context.is_empty() {
        let context: Vec<String> = q.context.iter().map(|s| escape(&doc.words(*s))).collect();
        let _ = writeln!(out, "- context: {}", context.join("; "));
    }
    let mine: Vec<(&CheckRecord, &str)> = records
        .iter()
        .filter_map(|r| {
            // A detector's span may cover a little more or less than the quantity's.
            r.spans
                .iter()
                .find(|(s, _)| s.start < q.span.end && q.span.start < s.end)
                .map(|(_, role)| (r, role.as_str()))
        })
        .collect();
    out.push_str("\n**Checks**\n\n");
    if mine.is_empty() {
        out.push_str("none: no rule took this figure\n");
    }
    for (r, role) in mine {
        let _ = writeln!(
            out,
            "- {} as {}: **{}** — {}",
            code(&r.rule),
            escape(role),
            r.verdict.name(),
            escape(&r.arithmetic)
        );
    }
    out
}

/// Text in a Markdown code span, with a fence longer than any run of backticks inside it.
fn code(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// Text with Markdown's punctuation escaped, so that words from the document show as written.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\`*_[]<>#|~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use figcheck::extract;
    use figcheck::rules::{RuleSet, check_traced};

    fn hover(text: &str, figure: &str) -> String {
        let doc = Document::from_text("s.txt", text);
        let qs = extract(&doc);
        let (_, records) = check_traced(&doc, &qs, &RuleSet::default_pack());
        let at = text.find(figure).unwrap();
        let i = figure_at(&qs, at).expect("a figure there");
        render(&doc, &qs, i, &records)
    }

    #[test]
    fn a_part_of_a_failing_breakdown() {
        let h = hover(
            "Police made 17 arrests — 13 in Belgium and five in France.",
            "five",
        );
        assert_eq!(
            h,
            "`five` · count\n\n\
             - stated: `5`\n\
             - interval: `5`, exact\n\
             - counts: arrest\n\
             - event: arrest\n\
             - context: in France\n\n\
             **Checks**\n\n\
             - `breakdown-sum` as part: **fails** — 13 + 5 = 18; total 17\n"
        );
    }

    #[test]
    fn strict_and_loose_readings_when_they_differ() {
        let h = hover("Sales reached $4.2bn last year.", "$4.2bn");
        assert!(h.starts_with("`$4.2bn` · money"), "{h}");
        assert!(
            h.contains(
                "- interval: `[4150000000, 4250000000]` ($4.15 billion to $4.25 billion), exact"
            ),
            "{h}"
        );
        assert!(
            h.contains("- strict reading: `[4150000000, 4250000000]`; loose reading: `[4150000000, 4300000000)`"),
            "{h}"
        );
        assert!(h.contains("none: no rule took this figure"), "{h}");
    }

    #[test]
    fn a_holding_check_is_shown_too() {
        let h = hover(
            "Police made 17 arrests — 13 in Belgium and four in France.",
            "17",
        );
        assert!(
            h.contains("- `breakdown-sum` as total: **holds** — 13 + 4 = 17; total 17"),
            "{h}"
        );
    }

    #[test]
    fn figure_at_takes_the_end_of_a_figure_too() {
        let doc = Document::from_text("s.txt", "Police made 17 arrests.");
        let qs = extract(&doc);
        assert_eq!(figure_at(&qs, 12), Some(0));
        assert_eq!(figure_at(&qs, 14), Some(0));
        assert_eq!(figure_at(&qs, 3), None);
    }

    #[test]
    fn markdown_is_escaped() {
        assert_eq!(escape("a*b_[c]"), "a\\*b\\_\\[c\\]");
        assert_eq!(code("x`y"), "``x`y``");
        assert_eq!(code("`x"), "`` `x ``");
    }
}
