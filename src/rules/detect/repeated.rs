//! Repeated figures: two figures in different sentences that count the same thing for the same
//! event in the same place ("13 arrested in Belgium" … "14 arrested in Belgium") must agree.

use super::super::kinds::same;
use super::super::operand::Operand;
use super::super::{Ctx, Finding, Rule};
use crate::extract::Quantity;
use rustc_hash::FxHashMap;

/// What makes two figures the same figure: kind, what is counted, the event, where, and the
/// unit or currency. Figures without a noun, an event or a context are never grouped: without
/// all three the match is a guess.
fn key(ctx: &Ctx, q: &Quantity) -> Option<String> {
    if !q.kind.is_quantity() || q.context.is_empty() {
        return None;
    }
    let counts = q.counts.as_deref()?;
    let event = q.event?;
    let mut k = format!(
        "{}|{counts}|{event}|{}|{}",
        q.kind.name(),
        q.unit.unwrap_or(""),
        q.currency.unwrap_or("")
    );
    for c in &q.context {
        k.push('|');
        k.push_str(&ctx.doc.words(*c).to_lowercase());
    }
    Some(k)
}

/// How many paragraphs apart two mentions of one figure may stand and still be one story's.
const MAX_PARAGRAPHS_APART: usize = 15;

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut groups: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, q) in ctx.qs.iter().enumerate() {
        if let Some(k) = key(ctx, q) {
            groups.entry(k).or_default().push(i);
        }
    }
    let mut groups: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() > 1).collect();
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
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

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
