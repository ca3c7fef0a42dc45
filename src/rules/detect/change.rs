//! Stated changes: "rose from 120 to 150, an increase of 30", "from 6% to 7%, a 1% increase",
//! "rose 25% from 120 to 150", "fell from 150 to 120". The amount, percentage or points stated
//! must follow from the two figures, and the direction word must fit them.

use super::super::kinds::change::{self, Direction};
use super::super::operand::Operand;
use super::super::words::WORDS;
use super::super::{Ctx, Finding, Rule};
use super::{end_with_noun, gap, last_word, window_start};

/// How many bytes before a figure hold the words that name a change ("rose 25% from", "an
/// increase of").
const WORDS_BEFORE: usize = 64;
use crate::extract::{Kind, Quantity};

fn direction(word: &str) -> Option<Direction> {
    if WORDS.is("change-up", word) {
        Some(Direction::Increase)
    } else if WORDS.is("change-down", word) {
        Some(Direction::Decrease)
    } else {
        None
    }
}

/// The direction named just before `start`: "rose from", "an increase of", "up".
fn direction_before(ctx: &Ctx, floor: usize, start: usize, skip: &[&str]) -> Option<Direction> {
    let lead = gap(ctx, floor, start);
    let mut words: Vec<&str> = lead.split(' ').filter(|w| !w.is_empty()).collect();
    while words.last().is_some_and(|w| skip.contains(w)) {
        words.pop();
    }
    // "an increase of 30", "up by 3": drop the linking words first.
    if let Some(&w) = words.last()
        && WORDS.is("change-by", w)
    {
        words.pop();
    }
    direction(words.last()?)
}

/// The change stated after "from A to B": "…, an increase of 30" or "…, a 1% increase".
fn stated_after(
    ctx: &Ctx,
    to: &Quantity,
    next: Option<(usize, &Quantity)>,
) -> Option<(usize, Direction)> {
    let (k, c) = next?;
    let lead = gap(ctx, end_with_noun(to), c.span.start);
    // "… to 150, an increase of 30" / "… to 150, up 25%" / "… to 7%, a 1% increase".
    if lead.split(' ').count() <= 5 {
        if let Some(d) = direction_before(ctx, end_with_noun(to), c.span.start, &["a", "an"]) {
            return Some((k, d));
        }
        if matches!(
            lead.as_str(),
            "," | ", a" | ", an" | "a" | "an" | ", or a" | ", or an"
        ) {
            let after = gap(ctx, c.span.end, (c.span.end + 24).min(ctx.doc.text.len()));
            let word = after
                .split(' ')
                .next()
                .unwrap_or("")
                .trim_matches(|c: char| !c.is_alphanumeric());
            if let Some(d) = direction(word) {
                return Some((k, d));
            }
        }
    }
    None
}

fn comparable(a: &Quantity, b: &Quantity) -> bool {
    a.kind == b.kind
        && matches!(
            a.kind,
            Kind::Count | Kind::Money | Kind::Measure | Kind::Percent
        )
        && a.currency == b.currency
        && a.unit == b.unit
}

/// A stated change fits two figures when it is a percentage, or of their own kind.
fn fits(by: &Quantity, to: &Quantity) -> bool {
    by.kind == Kind::Percent
        || (by.kind == to.kind && by.currency == to.currency && by.unit == to.unit)
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let text = &ctx.doc.text;
    for i in 0..qs.len().saturating_sub(1) {
        let (from, to) = (&qs[i], &qs[i + 1]);
        if from.sentence != to.sentence || !comparable(from, to) {
            continue;
        }
        // "from A to B": "from" right before A, "to" alone between them.
        let sentence = ctx.doc.sentences[from.sentence];
        // Only the last few words before A matter ("rose 25% from"): read a window, not the
        // sentence, so a long sentence of figures stays linear.
        let floor = window_start(text, sentence.start, from.span.start, WORDS_BEFORE);
        // Most pairs have no "from" before them: the raw text says so before the gap is built.
        let raw = text.get(floor..from.span.start).unwrap_or("").trim_end();
        if !raw
            .get(raw.len().saturating_sub(4)..)
            .is_some_and(|w| w.eq_ignore_ascii_case("from"))
        {
            continue;
        }
        let before = gap(ctx, floor, from.span.start);
        if last_word(&before) != "from" || gap(ctx, end_with_noun(from), to.span.start) != "to" {
            continue;
        }
        let before_from = &before[..before.len() - "from".len()];
        // The stated change: after B, or before "from" ("rose 25% from 120 to 150").
        let prev = (i > 0 && qs[i - 1].sentence == from.sentence).then(|| i - 1);
        let next =
            (i + 2 < qs.len() && qs[i + 2].sentence == to.sentence).then(|| (i + 2, &qs[i + 2]));
        let mut by: Option<(usize, Direction)> =
            stated_after(ctx, to, next).filter(|(k, _)| fits(&qs[*k], to));
        let mut dir = direction(last_word(before_from.trim_end()));
        if by.is_none()
            && let Some(p) = prev
            && fits(&qs[p], to)
            && gap(ctx, end_with_noun(&qs[p]), from.span.start) == "from"
            && let Some(d) = direction_before(
                ctx,
                window_start(text, sentence.start, qs[p].span.start, WORDS_BEFORE),
                qs[p].span.start,
                &["by"],
            )
        {
            by = Some((p, d));
        }
        if let Some((_, d)) = by {
            dir = Some(d);
        }
        // Only a direction named in the words is checked; "from A to B" alone says nothing.
        // Without a stated change, the direction must come from a verb ("rose from"), not a
        // particle ("crept up from six to five" in a chart is a rank), and the figures must be
        // amounts, not bare numbers.
        if by.is_none() {
            let verb = last_word(before_from.trim_end());
            let amounts =
                from.counts.is_some() || to.counts.is_some() || !matches!(from.kind, Kind::Count);
            if matches!(verb, "up" | "down") || !amounts {
                dir = None;
            }
        }
        if dir.is_none() {
            continue;
        }
        // "from six to four billions", "from 9 to 11 million": a scale word that belongs to both
        // figures was read on one. A change of 50 times or more is such a misreading.
        let (a, b) = (from.stated.abs(), to.stated.abs());
        if a > 0.0 && b > 0.0 && (a / b >= 50.0 || b / a >= 50.0) {
            continue;
        }
        let by_op: Option<Operand> = by.map(|(k, _)| ctx.operand(k));
        out.extend(change::finding(
            rule,
            ctx,
            &ctx.operand(i),
            &ctx.operand(i + 1),
            by_op.as_ref(),
            dir,
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn stated_changes_must_follow_from_their_ends() {
        assert_eq!(
            run("Sales rose from 120 to 150, an increase of 40."),
            [
                "error stated-change from 120 to 150 is an increase of 30, but the change is stated as 40 [40, 120, 150]"
            ]
        );
        assert!(run("Sales rose from 120 to 150, an increase of 30.").is_empty());
        assert!(run("Sales rose from 120 to 150, up 25%.").is_empty());
        assert_eq!(run("Sales rose from 120 to 150, up 20%.").len(), 1);
        assert!(run("Sales rose 25% from 120 to 150.").is_empty());
        assert_eq!(run("Sales rose 30% from 120 to 150.").len(), 1);
    }

    #[test]
    fn percent_and_percentage_points() {
        assert_eq!(
            run("Turnout rose from 6% to 7%, a 1% increase."),
            [
                "warning stated-change from 6% to 7% is a rise of 1 percentage point, an increase of 16.7%: “1%” matches the percentage points, not the percent change [1%, 6%, 7%]"
            ]
        );
        assert!(run("Turnout rose from 6% to 7%, up 1 percentage point.").is_empty());
    }

    #[test]
    fn the_direction_word_must_fit() {
        assert_eq!(
            run("Membership rose from 150 to 120 last year."),
            [
                "error stated-change from 150 to 120 is a fall, but it is reported as an increase [120, 150]"
            ]
        );
        assert!(run("Membership fell from 150 to 120 last year.").is_empty());
        assert!(run("The shop is open from 9 to 5 on weekdays.").is_empty());
    }
}
