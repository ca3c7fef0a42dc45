//! Breakdowns: a total, a marker, then its parts in the same sentence. "17 arrests — 13 in
//! Belgium and four in France" must add up; "17 arrests, including 13 in Belgium" only bounds
//! the parts.

use super::super::kinds::sum;
use super::super::operand::{Operand, Reading, Verdict, bounds};
use super::super::words::WORDS;
use super::super::{Ctx, Finding, Rule};
use super::{NEAR, end_with_noun, ends_with_phrase, gap, sentence_span, sentences, window_end};
use crate::extract::{Kind, Qualifier, Quantity};

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

/// Most words allowed between two parts ("at two locations in France and").
const MAX_GAP_WORDS: usize = 8;

/// A complete breakdown whose parts add up to less than this share of the total is read as a
/// partial listing ("a $10 billion effort: $1.8 billion this year"), not as a sum.
const MIN_COVERED: f64 = 0.5;

/// The most parts a breakdown is read with.
const MAX_PARTS: usize = 24;

/// True when the words between two figures are plain words of a list (no run of dots, no
/// table rule), short enough to read as one.
fn plain_gap(gap: &str) -> bool {
    gap.split(' ').count() <= MAX_GAP_WORDS && !gap.contains("..") && !gap.contains('|')
}

/// True when a figure other than a count stands between two offsets (a date, a year, a time:
/// the sentence moved on).
fn figure_between(ctx: &Ctx, from: usize, to: usize, lo: usize, hi: usize) -> bool {
    ctx.qs[lo..hi]
        .iter()
        .any(|q| q.span.start >= from && q.span.end <= to && q.kind != Kind::Count)
}

/// Reasons a total is not one: a rate ("73 calls per day"), one item of a list ("seven women
/// and five men, including"), a vague figure, zero.
fn not_a_total(ctx: &Ctx, i: usize, first_in_sentence: usize) -> bool {
    let q = &ctx.qs[i];
    if q.qualifier == Qualifier::Vague || q.stated < 2.0 {
        return true;
    }
    let after = gap(
        ctx,
        end_with_noun(q),
        (end_with_noun(q) + 12).min(ctx.doc.text.len()),
    );
    let next_word = after.split(' ').next().unwrap_or("");
    if WORDS.is("breakdown-rate-after", next_word) {
        return true;
    }
    let before_start = ctx.doc.sentences[q.sentence]
        .start
        .max(q.span.start.saturating_sub(24));
    let before = gap(ctx, before_start, q.span.start);
    let mut words = before.split(' ').rev().filter(|w| *w != "of");
    if words
        .next()
        .is_some_and(|w| WORDS.is("breakdown-rate-before", w))
    {
        return true;
    }
    // "seven women and five men": the second is one item of a list. Only a figure just before
    // can be the item before it, so the search stops at the first figure too far back.
    (first_in_sentence..i)
        .rev()
        .take_while(|&k| ctx.qs[k].span.start + NEAR >= q.span.start)
        .any(|k| {
            let end = end_with_noun(&ctx.qs[k]);
            same_kind(&ctx.qs[k], q)
                && end <= q.span.start
                && q.span.start - end <= 16
                && matches!(gap(ctx, end, q.span.start).as_str(), "and" | "," | "or")
        })
}

fn same_kind(a: &Quantity, b: &Quantity) -> bool {
    a.kind == b.kind && a.currency == b.currency && a.unit == b.unit
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let text = &ctx.doc.text;
    for range in sentences(qs) {
        for i in range.clone() {
            let total = &qs[i];
            // A count needs its own noun ("17 arrests"): a bare number before a colon is a
            // field of a table or a citation.
            let countable = match total.kind {
                Kind::Count => total.counts.is_some() && total.noun.is_some(),
                Kind::Money => total.currency.is_some(),
                _ => false,
            };
            if !countable {
                continue;
            }
            // The first part: the next figure of the same measure, with nothing but words
            // between.
            let Some(first) = (i + 1..range.end)
                .take_while(|&j| qs[j].span.start <= total.span.end + NEAR)
                .find(|&j| same_measure(total, &qs[j]))
            else {
                continue;
            };
            if first > i + 1
                && figure_between(ctx, total.span.end, qs[first].span.start, i + 1, first)
            {
                continue;
            }
            let lead_start = end_with_noun(total);
            // Most figures have no breakdown: the marker is the cheap test, so it comes first.
            if qs[first].span.start.saturating_sub(lead_start) > NEAR {
                continue;
            }
            let lead = gap(ctx, lead_start, qs[first].span.start);
            let Some((complete, m)) = marker(&lead) else {
                continue;
            };
            if not_a_total(ctx, i, range.start) {
                continue;
            }
            // A dash marks a breakdown only with space before it: "holes-in-one" is a word.
            if m == "-" {
                let raw = text[lead_start..qs[first].span.start].trim_end();
                if !raw.ends_with(" -") && raw != "-" {
                    continue;
                }
            }
            let in_parens = m == "(";
            let mut parts = vec![first];
            let mut last = first;
            for k in first + 1..range.end {
                if !same_measure(total, &qs[k]) {
                    continue;
                }
                let between = gap(ctx, end_with_noun(&qs[last]), qs[k].span.start);
                // "6 35": two figures with nothing between are not two parts of a list.
                if between.is_empty()
                    || !continues(&between)
                    || !plain_gap(&between)
                    || (in_parens && between.contains(')'))
                    || figure_between(ctx, qs[last].span.end, qs[k].span.start, last + 1, k)
                {
                    break;
                }
                parts.push(k);
                last = k;
                if parts.len() > MAX_PARTS {
                    break;
                }
            }
            // A list that long is a table run together or several breakdowns without a full
            // stop between them, not one total's parts; reading it would also make the findings
            // of a run-on line grow with its square.
            if parts.len() > MAX_PARTS {
                continue;
            }
            // "105,478 being invalids and …": a part that opens a breakdown of its own ends the
            // list before it.
            if let Some(k) = (1..parts.len()).find(|&k| {
                let q = &qs[parts[k]];
                let after = gap(
                    ctx,
                    end_with_noun(q),
                    (end_with_noun(q) + 16).min(text.len()),
                );
                let mut words = after.split(' ');
                let w1 = words.next().unwrap_or("");
                let w2 = words.next().unwrap_or("");
                WORDS.is("breakdown-nested", w1)
                    || WORDS.is("breakdown-nested", &format!("{w1} {w2}"))
            }) {
                parts.truncate(k);
                last = parts[k - 1];
            }
            // "…, and others", "plus three more": the list is not the whole. The words that
            // close a list come right after it; reading the rest of a long sentence for each
            // total would make a run-on line quadratic.
            let tail_start = end_with_noun(&qs[last]);
            let tail = gap(
                ctx,
                tail_start,
                window_end(
                    text,
                    tail_start,
                    sentence_span(ctx, total.sentence).end,
                    NEAR,
                ),
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
            // "two boys — 8 and 12": one figure for each member is a description, not a sum.
            if complete && total.value.is_exact() && total.stated == parts.len() as f64 {
                continue;
            }
            let total_op = ctx.operand(i);
            let part_ops: Vec<Operand> = parts.iter().map(|&k| ctx.operand(k)).collect();
            let refs: Vec<&Operand> = part_ops.iter().collect();
            if complete {
                let covered = refs
                    .iter()
                    .map(|p| bounds(&p.reading(Reading::Loose)).1)
                    .sum::<f64>();
                if covered < MIN_COVERED * bounds(&total_op.reading(Reading::Loose)).0 {
                    continue;
                }
            }
            // The parts may belong to an earlier figure the binder did not pick ("28 banks in
            // 15 States, of which 12 … 6 … and 10"): if one fits them, stay quiet.
            let fits_other = || {
                (range.start..i)
                    .rev()
                    .take_while(|&k| qs[k].span.start + NEAR >= total.span.start)
                    .any(|k| {
                        same_kind(&qs[k], total)
                            && sum::judge_sum(
                                ctx.doc,
                                &ctx.operand(k),
                                &refs,
                                complete,
                                &rule.tolerance,
                            )
                            .0 == Verdict::Holds
                    })
            };
            out.extend(sum::finding_unless(
                rule, ctx, &total_op, &refs, complete, fits_other,
            ));
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

    /// Shapes from real copy that read like breakdowns and are not (each rewritten in our own
    /// words).
    #[test]
    fn look_alikes_stay_quiet() {
        for text in [
            // One figure per member: ages, not parts.
            "She raises two daughters (8 and 13) on her own.",
            "The charity counted three earlier winters — 148 in the first, then 92 and 110.",
            // A rate is not a whole.
            "He made an average of 73 calls per day, including 100 on the day she went to court.",
            // The second item of a list is not a total.
            "A panel of seven women and five men, including nine from the town, heard the case.",
            // A hyphen inside a word is no dash.
            "He sank two holes-in-one in a single round on par-3s.",
            // The parts fit another figure the binder did not pick.
            "The year saw 28 new branches in 15 counties, of which 12 opened in the east, 6 in the west and 10 in the south.",
            // Ages after a breakdown part.
            "Of 1,004 people charged, 996 of them between the ages of 15 and 24 were charged.",
            // A first step of a larger sum, not all of it.
            "It is a five-year, $10 billion plan: $1.8 billion for research next year and $216 million for training.",
            // What is left is named after the parts.
            "Receipts came to $42,900, of which $31,000 came from customs and $3,500 from land sales, together with the balance.",
            // Table fields and citations: a bare number before a colon is no total.
            "Property crime incidents: 4 Violent crime incidents: 6 35. Shavano Park",
            // A part that opens its own breakdown.
            "The rolls held 234,821 persons, of whom 210,363 were army pensioners, 105,478 being invalids and 104,885 widows.",
            // Two figures per member, told in two clauses.
            "It rested on two boys — 8 and 12 when they spoke, 3 and 7 when it happened.",
            // A vague total.
            "There are a few reasons: 7 is lucky, and it is the sum of two and five.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_real_inconsistency_in_large_figures() {
        // The shape of an 1894 Treasury report: the parts miss the total by $630,000.
        let got = run(
            "The stock of money came to $1,251,640,958, of which $627,923,201 was gold and $624,347,757 was silver.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("error breakdown-sum the parts listed add up to $1,252,270,958 ($627,923,201 + $624,347,757), more than the total of $1,251,640,958"), "{got:?}");
    }
}
