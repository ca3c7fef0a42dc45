//! Breakdowns: a total, a marker, then its parts in the same sentence. "17 arrests — 13 in
//! Belgium and four in France" must add up; "17 arrests, including 13 in Belgium" only bounds
//! the parts.

use super::super::kinds::sum;
use super::super::operand::Operand;
use super::super::words::WORDS;
use super::super::{Ctx, Finding, Rule};
use super::{end_with_noun, ends_with_phrase, gap, sentence_span, sentences};
use crate::extract::{Kind, Quantity};

/// Words allowed between a total and its marker ("17 arrests related to the threat —").
const MAX_LEAD_WORDS: usize = 10;

/// Which marker, if any, ends the text between a total and its first part.
fn marker(lead: &str) -> Option<(bool, &'static str)> {
    if lead.split(' ').count() > MAX_LEAD_WORDS + 2 {
        return None;
    }
    // The partial markers first: ", including" must not read as the complete ","-less forms.
    for (group, complete) in [("breakdown-partial", false), ("breakdown-complete", true)] {
        for m in phrases(group) {
            if ends_with_phrase(lead, m) {
                return Some((complete, m));
            }
        }
    }
    None
}

fn phrases(group: &str) -> impl Iterator<Item = &'static str> {
    WORDS.phrases(group).iter().copied()
}

/// True when two figures count the same thing in the same terms.
fn same_measure(total: &Quantity, part: &Quantity) -> bool {
    total.kind == part.kind
        && total.counts == part.counts
        && total.currency == part.currency
        && total.unit == part.unit
}

/// True when the words between two parts continue the list ("in Belgium and", ",").
fn continues(between: &str) -> bool {
    !between
        .split(' ')
        .any(|w| WORDS.is("breakdown-stop", w.trim_matches(',')))
        && !phrases("breakdown-stop")
            .filter(|p| p.contains(' '))
            .any(|p| between.contains(p))
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    for range in sentences(qs) {
        for i in range.clone() {
            let total = &qs[i];
            let countable = match total.kind {
                Kind::Count => total.counts.is_some(),
                Kind::Money => total.currency.is_some(),
                _ => false,
            };
            if !countable {
                continue;
            }
            // The first part: the next figure of the same measure.
            let Some(first) = (i + 1..range.end).find(|&j| same_measure(total, &qs[j])) else {
                continue;
            };
            let lead = gap(ctx, end_with_noun(total), qs[first].span.start);
            let Some((complete, m)) = marker(&lead) else {
                continue;
            };
            let in_parens = m == "(";
            let mut parts = vec![first];
            let mut last = first;
            for k in first + 1..range.end {
                if !same_measure(total, &qs[k]) {
                    continue;
                }
                let between = gap(ctx, end_with_noun(&qs[last]), qs[k].span.start);
                if !continues(&between) || (in_parens && between.contains(')')) {
                    break;
                }
                parts.push(k);
                last = k;
            }
            // "…, and others", "plus three more": the list is not the whole.
            let tail = gap(
                ctx,
                end_with_noun(&qs[last]),
                sentence_span(ctx, total.sentence).end,
            );
            let open_tail = tail.split(' ').any(|w| {
                WORDS.is(
                    "breakdown-open-tail",
                    w.trim_matches(|c: char| !c.is_alphanumeric()),
                )
            });
            let complete = complete && !open_tail;
            if complete && parts.len() < 2 {
                continue;
            }
            let total_op = ctx.operand(i);
            let part_ops: Vec<Operand> = parts.iter().map(|&k| ctx.operand(k)).collect();
            let refs: Vec<&Operand> = part_ops.iter().collect();
            out.extend(sum::finding(rule, ctx.doc, &total_op, &refs, complete));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn a_total_and_its_parts_after_a_dash_colon_or_parenthesis() {
        for text in [
            "Police made 17 arrests — 13 in Belgium and five in France.",
            "Police made 17 arrests: 13 in Belgium and five in France.",
            "Police made 17 arrests (13 in Belgium and five in France).",
            "Police questioned 17 people, of whom 13 in Belgium and five in France were held.",
        ] {
            let got = run(text);
            assert_eq!(
                got,
                [
                    "error breakdown-sum parts add up to 18 (13 + 5), but the total is 17 [17, 13, five]"
                ],
                "{text}"
            );
        }
        assert!(run("Police made 17 arrests — 13 in Belgium and four in France.").is_empty());
    }

    #[test]
    fn including_means_parts_at_most_the_total() {
        assert_eq!(
            run("Police made 17 arrests, including 13 in Belgium and six in France."),
            [
                "error breakdown-sum the parts listed add up to 19 (13 + 6), more than the total of 17 [17, 13, six]"
            ]
        );
        assert!(run("Police made 17 arrests, including 13 in Belgium.").is_empty());
        assert!(
            run("Police made 17 arrests, among them 13 in Belgium and two in France.").is_empty()
        );
    }

    #[test]
    fn hedged_totals_and_unrelated_figures_stay_quiet() {
        assert!(
            run("About 300 people, nearly 200 of them in the north and 100 in the south, fled.")
                .is_empty()
        );
        assert!(
            run("About 300 people fled — nearly 200 in the north and 100 in the south.").is_empty()
        );
        // Figures that count something else are not parts.
        assert!(
            run("Police made 17 arrests — at two locations in France and 3 sites in Belgium.")
                .is_empty()
        );
        // A list that says it is not the whole.
        assert!(
            run("The storm killed 12 people: five in Leeds, four in York and others elsewhere.")
                .is_empty()
        );
        // Money adds up like counts, and "$5m" is rounded: $3m and $3m may make $5m.
        assert!(run("The fund raised $5m: $3m from donors and $3m from the state.").is_empty());
        assert_eq!(
            run("The fund raised $5m: $4m from donors and $3m from the state.").len(),
            1
        );
    }
}
