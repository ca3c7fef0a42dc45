//! A change stated by its amount and its percentage, its levels told before in the paragraph:
//! "The average was $1,457,322,019. … Trade for 1892 exceeded this average by $400,358,591,
//! an increase of 27.47 per cent." The amount is the difference of two levels the paragraph
//! gives, and those levels say what the percentage must be.

use super::*;

/// True when only the words of a restatement stand between the amount and its percentage:
/// ", an increase of", ", a rise of", ", or".
fn restated_as_percent(t: &Toks, amount_end: usize, percent_first: usize) -> bool {
    amount_end < percent_first
        && t.is_punct(amount_end, ",")
        && (amount_end + 1..percent_first).all(|x| restating_word(t, x))
}

/// How many sentences before the change its levels may stand.
const MAX_SENTENCES_BACK: usize = 3;

/// The most levels read (the nearest): pairs grow with their square.
const MAX_LEVELS: usize = 12;

pub(super) fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    for k in 1..qs.len() {
        let (p, d) = (&qs[k], &qs[k - 1]);
        let Some(direction) = p.direction else {
            continue;
        };
        if p.kind != Kind::Percent
            || d.sentence != p.sentence
            || !matches!(d.kind, Kind::Money | Kind::Count)
            || d.qualifier != Qualifier::Exact
            || d.direction.is_some_and(|x| x != direction)
        {
            continue;
        }
        let ph = &ctx.structure().phrases;
        let Some(t) = ctx.structure().toks(ctx.doc, p.sentence) else {
            continue;
        };
        if !restated_as_percent(&t, ph[k - 1].last, ph[k].first) {
            continue;
        }
        // A level of the sentence makes it a change the sentence tells whole.
        let sentence = |j: &usize| qs[*j].sentence == p.sentence;
        let level_here = (0..k - 1)
            .rev()
            .take_while(sentence)
            .chain((k..qs.len()).take_while(sentence))
            .any(|j| same_measure(&qs[j], d));
        if level_here {
            continue;
        }
        // The levels: figures of the paragraph's last sentences before it, of the amount's
        // measure, stated plainly, two of which differ by the amount. Only one such pair may be
        // read. The look back is bounded, so a long paragraph costs no more than a short one.
        let paragraph = ctx.paragraph(p.sentence);
        let first_sentence = p.sentence.saturating_sub(MAX_SENTENCES_BACK);
        let mut levels: Vec<usize> = (0..k - 1)
            .rev()
            .take_while(|&j| qs[j].sentence >= first_sentence)
            .filter(|&j| {
                let q = &qs[j];
                ctx.paragraph(q.sentence) == paragraph
                    && same_measure(q, d)
                    && q.direction.is_none()
                    && q.qualifier == Qualifier::Exact
            })
            .take(MAX_LEVELS)
            .collect();
        levels.reverse();
        let mut pairs = levels.iter().enumerate().flat_map(|(i, &a)| {
            levels[i + 1..].iter().filter_map(move |&b| {
                let (lo, hi) = if qs[a].stated <= qs[b].stated {
                    (a, b)
                } else {
                    (b, a)
                };
                qs[hi]
                    .value
                    .sub(&qs[lo].value)
                    .overlaps(&d.value)
                    .then_some((lo, hi))
            })
        });
        let (Some((lo, hi)), None) = (pairs.next(), pairs.next()) else {
            continue;
        };
        let (from, to) = match direction {
            Direction::Up => (lo, hi),
            Direction::Down => (hi, lo),
        };
        let before = out.len();
        let (from, to, by) = (ctx.operand(from), ctx.operand(to), ctx.operand(k));
        out.extend(of_levels(rule, ctx, &from, &to, Some(&by), direction));
        for f in &mut out[before..] {
            f.soften();
            f.message = format!(
                "{} (the levels told before, whose difference is the amount {})",
                f.message,
                ctx.doc.slice(d.span)
            );
        }
    }
}
