//! Repeated figures: two figures in different sentences that count the same thing for the same
//! event in the same place ("13 arrested in Belgium" … "14 arrested in Belgium") must agree; so
//! must two precise amounts that differ only in their last digits ("$1,030,278,148" …
//! "$1,030,278,030").

use super::super::kinds::same;
use super::super::operand::Operand;
use super::super::operand::Reading;
use super::super::{Ctx, Finding, Rule};
use crate::extract::{Kind, Qualifier, Quantity};
use rustc_hash::FxHashMap;

/// What makes two figures the same figure: kind, what is counted, the event, where, and the
/// unit or currency. Figures without a noun, an event or a context are never grouped: without
/// all three the match is a guess.
fn key(q: &Quantity) -> Option<String> {
    if !q.kind.is_quantity() || q.context.is_empty() {
        return None;
    }
    let counts = q.counts.as_deref()?;
    let event = q.event?;
    Some(format!(
        "{}|{counts}|{event}|{}|{}",
        q.kind.name(),
        q.unit.unwrap_or(""),
        q.currency.unwrap_or("")
    ))
}

/// A figure's context phrases as one lower-case string of words.
fn context(ctx: &Ctx, q: &Quantity) -> String {
    let words: Vec<String> = q
        .context
        .iter()
        .map(|c| ctx.doc.words(*c).to_lowercase())
        .collect();
    words.join(" ")
}

/// The fewest words a context must have to match a longer one it ends ("across the city
/// overnight" and "in shootings across the city overnight"): a short one ("in Texas") names
/// too little.
const MIN_SUFFIX_WORDS: usize = 3;

/// True when two contexts name one place and time: the same words, or the longer adds words
/// before all of the shorter's.
fn same_context(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.split(' ').count() >= MIN_SUFFIX_WORDS
            && long.ends_with(short)
            && long[..long.len() - short.len()].ends_with(' '))
}

/// How many paragraphs apart two mentions of one figure may stand and still be one story's.
const MAX_PARAGRAPHS_APART: usize = 15;

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut keyed: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, q) in ctx.qs.iter().enumerate() {
        if let Some(k) = key(q) {
            keyed.entry(k).or_default().push(i);
        }
    }
    // Within a key, figures join the group of the first earlier figure whose context is the
    // same as theirs.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for members in keyed.into_values().filter(|g| g.len() > 1) {
        let contexts: Vec<String> = members.iter().map(|&i| context(ctx, &ctx.qs[i])).collect();
        let mut of: Vec<usize> = Vec::with_capacity(members.len());
        let mut local: Vec<Vec<usize>> = Vec::new();
        for (n, &i) in members.iter().enumerate() {
            match (0..n).find(|&m| same_context(&contexts[m], &contexts[n])) {
                Some(m) => {
                    let g = of[m];
                    local[g].push(i);
                    of.push(g);
                }
                None => {
                    of.push(local.len());
                    local.push(vec![i]);
                }
            }
        }
        groups.extend(local.into_iter().filter(|g| g.len() > 1));
    }
    groups.sort();
    // A page of many stories (a press office's feed, a list of briefs) repeats its places and
    // events from story to story: mentions far apart are read as separate stories.
    let groups: Vec<Vec<usize>> = groups
        .into_iter()
        .flat_map(|g| {
            let mut runs: Vec<Vec<usize>> = Vec::new();
            for i in g {
                let p = ctx.paragraph(ctx.qs[i].sentence);
                match runs.last_mut() {
                    Some(run)
                        if p <= ctx.paragraph(ctx.qs[*run.last().unwrap_or(&i)].sentence)
                            + MAX_PARAGRAPHS_APART =>
                    {
                        run.push(i)
                    }
                    _ => runs.push(vec![i]),
                }
            }
            runs
        })
        .filter(|g| g.len() > 1)
        .collect();
    for g in groups {
        // Figures in one sentence are a list or a comparison, not a repetition.
        let mut mentions: Vec<Operand> = Vec::new();
        // The group is in document order, so a sentence's figures are next to each other.
        for &i in &g {
            if mentions
                .last()
                .is_none_or(|m| m.sentence != ctx.qs[i].sentence)
            {
                mentions.push(ctx.operand(i));
            }
        }
        // Values ten times apart count over different periods or wholes ("133m messages on New
        // Year's Eve", "30bn messages in 2005"), not one figure misreported.
        let (lo, hi) = mentions.iter().fold((f64::INFINITY, 0f64), |(lo, hi), m| {
            (lo.min(m.stated.abs()), hi.max(m.stated.abs()))
        });
        if lo > 0.0 && hi / lo >= 10.0 {
            continue;
        }
        if mentions.len() > 1 {
            same::findings(rule, ctx, &mentions, out);
        }
    }
    near_repeats(rule, ctx, out);
}

/// The fewest significant digits before the decimal point of an amount precise enough that
/// another amount this close to it is the same one misprinted.
const MIN_PRECISE_DIGITS: usize = 7;

/// How close two precise amounts must be, relative to the larger, to be one amount.
const NEAR: f64 = 1e-4;

/// Precise amounts written twice with other digits: "exports … amounting to $1,030,278,148" …
/// "the total exports being $1,030,278,030". Two amounts of seven digits or more that agree
/// to within a ten-thousandth are one figure: different amounts so close are rarer than a
/// misprint. Only when no reading (rounding, cents dropped) reconciles them.
fn near_repeats(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let precise: Vec<usize> = (0..qs.len())
        .filter(|&i| {
            let q = &qs[i];
            q.kind == Kind::Money
                && q.qualifier == Qualifier::Exact
                && q.direction.is_none()
                && ctx
                    .doc
                    .slice(q.span)
                    .split('.')
                    .next()
                    .is_some_and(|whole| {
                        // Significant digits: "$4,000,100" has five.
                        let digits = || whole.bytes().filter(u8::is_ascii_digit);
                        let leading = digits().take_while(|&d| d == b'0').count();
                        let trailing = digits().rev().take_while(|&d| d == b'0').count();
                        let significant = digits().count().saturating_sub(leading + trailing);
                        whole.contains(',') && significant >= MIN_PRECISE_DIGITS
                    })
        })
        .collect();
    for (n, &j) in precise.iter().enumerate() {
        let b = &qs[j];
        let first = precise[..n].iter().copied().find(|&i| {
            let a = &qs[i];
            a.sentence != b.sentence
                && a.currency == b.currency
                // "$64,751,223" for "$64,751,223.75": the cents dropped.
                && (a.stated - b.stated).abs() >= 1.0
                && (a.stated - b.stated).abs() <= NEAR * a.stated.abs().max(b.stated.abs())
                && !ctx
                    .operand(i)
                    .reading(Reading::Loose)
                    .overlaps(&ctx.operand(j).reading(Reading::Loose))
        });
        if let Some(i) = first {
            same::findings(rule, ctx, &[ctx.operand(i), ctx.operand(j)], out);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn a_context_that_ends_the_other() {
        // "across the city overnight" and "in shootings across the city overnight" are one.
        let text = |n: &str| {
            format!(
                "Eight other people were wounded across the city overnight.\n\nThe party was loud.\n\n{n} others were wounded in shootings across the city overnight."
            )
        };
        assert_eq!(run(&text("Nine")).len(), 1, "{:?}", run(&text("Nine")));
        assert!(run(&text("Eight")).is_empty());
        // A short context names too little: "in Texas" is not "in shootings in Texas".
        assert!(
            run("Eight people were wounded in Texas.\n\nNine people were wounded in shootings in Texas.")
                .is_empty()
        );
        // Other places before the same words.
        assert!(
            run("Eight people were wounded in Leeds across the city overnight.\n\nNine people were wounded in York across the city overnight.")
                .is_empty()
        );
    }

    #[test]
    fn a_figure_repeated_with_another_value() {
        let got = run(
            "Police said 13 people were arrested in Belgium. Later it emerged that 14 people were arrested in Belgium.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning repeated-figure the same figure is reported as 14 here and as 13 at 1:13"
            ),
            "{got:?}"
        );
        assert!(run("Police said 13 people were arrested in Belgium. Later it emerged that 13 people were arrested in Belgium.").is_empty());
    }

    #[test]
    fn precise_amounts_that_differ_in_their_last_digits() {
        let text = "Exports reached $1,030,278,148 in the year. Later the report gives the total exports as $1,030,278,030.";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning repeated-figure the same figure is reported as $1,030,278,030 here and as $1,030,278,148"),
            "{got:?}"
        );
        // The same amount with its cents dropped, and two amounts far enough apart to be two.
        assert!(
            run(
                "The claim brought $64,751,223 in all. The report gives the sum of $64,751,223.75."
            )
            .is_empty()
        );
        assert!(
            run("Exports reached $1,030,278,148 in 1892. In 1891 they were $1,029,912,004.")
                .is_empty()
        );
        // Round amounts are no precise ones.
        assert!(run("The fund held $4,000,000 in May. It held $4,000,100 in June.").is_empty());
    }

    #[test]
    fn different_places_events_or_sentences_are_not_repetitions() {
        assert!(run("Police said 13 people were arrested in Belgium. Later 4 people were arrested in France.").is_empty());
        assert!(run("Police said 13 people were arrested in Belgium. Later 4 people were killed in Belgium.").is_empty());
        assert!(run("In 2014, 13 people were arrested in Belgium and 20 people were arrested in Belgium in 2015.").is_empty());
        // Stories far apart on one page.
        let far = format!(
            "Police said 13 people were arrested in Belgium.\n\n{}Police said 14 people were arrested in Belgium.",
            "Another story.\n\n".repeat(20)
        );
        assert!(run(&far).is_empty());
    }
}
