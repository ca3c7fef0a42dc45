//! Stated shares: "12 of 17, or 70%", "12 out of 17 (71%)": the share must be part / whole.

use super::super::kinds::ratio;
use super::super::words::WORDS;
use super::super::{Ctx, Finding, Rule};
use super::{end_with_noun, gap, sentences};
use crate::extract::{Interval, Kind, Qualifier};

/// True when the words after a whole open its share: ", or", "(", or a short noun phrase the
/// binder left unread and then one of those ("members (").
fn opens_share(gap: &str) -> bool {
    if WORDS.is("share-open", gap) {
        return true;
    }
    let words: Vec<&str> = gap.split(' ').collect();
    (1..=3).any(|k| {
        k < words.len()
            && words[..k]
                .iter()
                .all(|w| w.chars().all(char::is_alphabetic))
            && WORDS.is("share-open", &words[k..].join(" "))
    })
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    for range in sentences(qs) {
        // "12 out of 17 (71%)": the extractor reads "12 out of 17" as one fraction.
        for i in range.start..range.end.saturating_sub(1) {
            let (frac, share) = (&qs[i], &qs[i + 1]);
            if frac.kind == Kind::Fraction
                && share.kind == Kind::Percent
                && share.unit.is_none()
                // Only "12 of 17" and "12 out of 17": "nearly half" is a hedged word, not a
                // computation to check.
                && frac.qualifier == Qualifier::Exact
                && ctx.doc.words(frac.span).chars().any(|c| c.is_ascii_digit())
                && ctx.doc.words(frac.span).contains(" of ")
                && opens_share(&gap(ctx, end_with_noun(frac), share.span.start))
            {
                let value = Interval::exact(frac.stated * 100.0);
                let s = ctx.operand(i + 1);
                out.extend(ratio::finding_of_fraction(rule, ctx, frac.span, value, &s));
            }
        }
        for i in range.start..range.end.saturating_sub(2) {
            let (part, whole, share) = (&qs[i], &qs[i + 1], &qs[i + 2]);
            let countable = |k: Kind| matches!(k, Kind::Count | Kind::Money | Kind::Measure);
            if !(countable(part.kind)
                && part.kind == whole.kind
                && share.kind == Kind::Percent
                && share.unit.is_none()
                && whole.qualifier != Qualifier::Vague
                && part.qualifier != Qualifier::Vague)
            {
                continue;
            }
            // "12 of 17": nothing but "of" between the part and the whole (the part may have a
            // noun: "12 votes out of 17").
            if !WORDS.is("share-of", &gap(ctx, end_with_noun(part), whole.span.start)) {
                continue;
            }
            if !opens_share(&gap(ctx, end_with_noun(whole), share.span.start)) {
                continue;
            }
            let (p, w, s) = (ctx.operand(i), ctx.operand(i + 1), ctx.operand(i + 2));
            out.extend(ratio::finding(rule, ctx, &p, &w, &s));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn a_stated_share_of_two_stated_figures() {
        assert_eq!(
            run("Of the members, 12 of 17, or 70%, voted yes."),
            [
                "warning stated-share 12/17 is 70.6%, which rounds to 71%, not 70% (only truncation gives 70%) [70%, 12, 17]"
            ]
        );
        assert!(run("Of the members, 12 of 17, or 71%, voted yes.").is_empty());
        assert_eq!(run("In all 12 out of 17 members (80%) voted yes.").len(), 1);
        // A percentage that is not the share of the two figures' words.
        assert!(
            run("Some 12 of 17 seats went to the party, which won 40% of the vote.").is_empty()
        );
    }

    #[test]
    fn hedged_fractions_are_not_computations() {
        assert!(run("Nearly half of all residents - some 47% - live below the line.").is_empty());
        assert!(run("More than half (55%) of those asked were worried.").is_empty());
        assert!(run("In 2003/2004, 12.5% of searches were of one group.").is_empty());
    }
}
