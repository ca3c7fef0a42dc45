//! Counted lists: "four priorities: jobs, health and schools" announces four items and names
//! three.

use super::super::kinds::count_list::{self, MAX_ITEM_WORDS};
use super::super::{Ctx, Finding, Rule};
use crate::extract::{Kind, Qualifier};

/// The largest count a list detector reads; longer lists are rarely written out.
const MAX_COUNT: f64 = 12.0;

/// The longest stretch after a count's colon that is read as its list: a dozen items of a few
/// words each fit in far less.
const MAX_LIST_BYTES: usize = 4096;

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let text = &ctx.doc.text;
    for (i, q) in ctx.qs.iter().enumerate() {
        if q.kind != Kind::Count
            || q.qualifier != Qualifier::Exact
            || !(2.0..=MAX_COUNT).contains(&q.stated)
            || q.stated.fract() != 0.0
        {
            continue;
        }
        // The colon must follow the counted noun at once: "four priorities:". A count that is
        // one of several ("two fathers and two mothers:") does not count the list alone.
        let Some(noun) = q.noun else { continue };
        let before = text[..q.span.start].trim_end();
        if before.ends_with(" and") || before.ends_with(" or") || before.ends_with(',') {
            continue;
        }
        if !text[noun.end..].starts_with(':') {
            continue;
        }
        let Some(sentence) = ctx.doc.sentences.get(q.sentence) else {
            continue;
        };
        // A list of at most a dozen short items is short; reading a run-on sentence for each
        // count in it would be quadratic.
        if sentence.end.saturating_sub(noun.end) > MAX_LIST_BYTES {
            continue;
        }
        let Some(list) = count_list::read_list(text, noun.end + 1, sentence.end, MAX_ITEM_WORDS)
        else {
            continue;
        };
        // Items with figures of their own are a breakdown ("12 people: five in Leeds, four in
        // York"), which `breakdown` checks; a list is words.
        let end = list.items.last().map_or(noun.end, |s| s.end);
        if ctx.qs[i + 1..]
            .iter()
            .take_while(|o| o.span.start < end)
            .next()
            .is_some()
        {
            continue;
        }
        out.extend(count_list::finding(rule, ctx, &ctx.operand(i), &list));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn a_list_shorter_or_longer_than_announced() {
        let got = run("The minister named four priorities: jobs, health and schools.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("error list-count “four priorities” are announced, but the list that follows names 3"), "{got:?}");
        assert_eq!(
            run("The minister named two priorities: jobs, health, roads and schools.").len(),
            1
        );
        assert!(run("The minister named three priorities: jobs, health and schools.").is_empty());
        assert_eq!(
            run("The minister named three priorities: jobs, health, roads and schools.").len(),
            1
        );
        assert!(
            run("The minister named three priorities: law and order, jobs and schools.").is_empty()
        );
        // A colon that opens a clause, not a list.
        assert!(
            run("He had two words for them: the game is over and they should all go home now.")
                .is_empty()
        );
        // Items with figures are a breakdown, not a list.
        assert!(
            run("The storm killed 12 people: five in Leeds, four in York and others elsewhere.")
                .is_empty()
        );
    }
}
