//! A count set out as a heading and rows, one paragraph each, as press releases and notebooks
//! lay out a tally:
//!
//! ```text
//! 73 gross misdemeanors:
//!
//! 51 – carrying a pistol without a permit
//! 21 – carrying a rifle in public
//! 1 – negligent storage
//! ```
//!
//! The heading's figure opens its paragraph, which ends with a colon; each row opens with a
//! figure and a dash or colon; the rows run until a paragraph that is not one. The rows are the
//! heading's parts. A warning: the layout, not the grammar, says they are all of it.

use super::*;

/// The fewest rows read as a breakdown.
const MIN_ROWS: usize = 2;

/// The paragraph that figure `k` opens, when nothing but a list's bullet stands before it.
fn opens_paragraph(ctx: &Ctx, k: usize) -> Option<usize> {
    let (doc, q) = (ctx.doc, &ctx.qs[k]);
    let p = ctx.paragraph(q.sentence);
    let start = doc.paragraphs.get(p)?.start;
    let before = doc.text.get(start..q.span.start)?;
    before
        .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '·'))
        .is_empty()
        .then_some(p)
}

/// The text of figure `k`'s paragraph after its words.
fn rest_of_paragraph<'d>(ctx: &Ctx<'d>, k: usize, p: usize) -> &'d str {
    let doc = ctx.doc;
    let end = doc.paragraphs.get(p).map_or(0, |s| s.end);
    doc.text
        .get(end_with_noun(&ctx.qs[k]).min(end)..end)
        .unwrap_or("")
}

/// True when figure `k` heads rows: an exact count opening its paragraph, the paragraph's only
/// figure, ending with a colon ("73 gross misdemeanors:").
fn heading(ctx: &Ctx, k: usize) -> Option<usize> {
    let qs = ctx.qs;
    // The cheap tests first: most figures are no exact count.
    if qs[k].kind != Kind::Count || qs[k].qualifier != Qualifier::Exact {
        return None;
    }
    let p = opens_paragraph(ctx, k)?;
    let alone = qs.get(k + 1).is_none_or(|n| ctx.paragraph(n.sentence) != p);
    (exact_count(ctx, k)
        && !not_a_total(ctx, k)
        && alone
        && rest_of_paragraph(ctx, k, p).trim_end().ends_with(':'))
    .then_some(p)
}

/// True when figure `k` is a row of paragraph `p`: an exact count opening it, a dash or a colon
/// right after its numeral ("51 – carrying a pistol").
fn row(ctx: &Ctx, k: usize, p: usize) -> bool {
    let q = &ctx.qs[k];
    let after = ctx.doc.text.get(q.span.end..).unwrap_or("").trim_start();
    opens_paragraph(ctx, k) == Some(p)
        && q.kind == Kind::Count
        && q.qualifier == Qualifier::Exact
        && q.noun.is_none()
        && after.starts_with(['–', '—', '-', ':'])
}

/// Checks every heading of the document against its rows.
pub(super) fn heading_and_rows(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let mut k = 0;
    while k < qs.len() {
        let Some(p) = heading(ctx, k) else {
            k += 1;
            continue;
        };
        // The rows: the first figure of each next paragraph, while it is one.
        let mut rows = Vec::new();
        let mut next = k + 1;
        while let Some(r) = qs.get(next).map(|_| next) {
            let want = p + 1 + rows.len();
            if !row(ctx, r, want) {
                break;
            }
            rows.push(r);
            // Past the row's other figures ("21 – carrying a rifle, BB gun or 12-gauge").
            next = r + qs[r..]
                .iter()
                .take_while(|q| ctx.paragraph(q.sentence) == want)
                .count();
        }
        // "1 – …", "2 – …", "3 – …" number the rows rather than count them.
        let numbered = rows
            .iter()
            .enumerate()
            .all(|(i, &r)| qs[r].stated == (i + 1) as f64);
        if rows.len() >= MIN_ROWS && !numbered {
            let parts: Vec<Operand> = rows.iter().map(|&r| ctx.operand(r)).collect();
            let refs: Vec<&Operand> = parts.iter().collect();
            out.extend(
                sum::finding(rule, ctx, &ctx.operand(k), &refs, true).map(Finding::softened),
            );
        }
        k = next.max(k + 1);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    fn table(first: &str) -> String {
        format!(
            "The city charged 82 cases.\n\n73 gross misdemeanors:\n\n{first} – carrying a pistol without a permit\n\n21 – carrying a rifle in public\n\n1 – negligent storage\n\n9 misdemeanors:\n\n1 – discharge of a weapon\n\n4 – replica firearm\n\n4 – carrying while drunk\n\nTen cases were dismissed."
        )
    }

    #[test]
    fn rows_under_a_heading_add_up_to_it() {
        assert!(run(&table("51")).is_empty(), "{:?}", run(&table("51")));
        let got = run(&table("41"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].contains(
                "warning breakdown-sum parts add up to 63 (41 + 21 + 1), but the total is 73"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn numbered_rows_and_open_headings_are_no_breakdown() {
        for quiet in [
            // Rows that number themselves.
            "3 things to know:\n\n1 – the bridge is closed\n\n2 – buses run hourly\n\n3 – trains are late",
            // A heading that is no count's own paragraph.
            "Police said 12 people were arrested, including:\n\n5 – for theft\n\n3 – for assault",
            // One row is no breakdown.
            "12 arrests:\n\n5 – for theft\n\nMore details later.",
            // Rows that name their thing are figures of their own.
            "12 arrests:\n\n5 cars – stolen\n\n3 bikes – damaged",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
    }
}
