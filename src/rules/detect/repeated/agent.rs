//! "The fire killed 12 people." … "Officials later said the fire killed 14 people.": one agent
//! named the same way, doing the same act of a toll to the same things, in two sentences of a
//! story, reports one toll twice, and the two must agree.

use super::*;
use crate::lexicon::{Group, LEXICON};
use crate::rules::detect::tally::tally;

/// The most words of an agent after "the" ("the fire", "the car bomb").
const MAX_AGENT_WORDS: usize = 2;

/// The agent and act of a figure that is the object of a verb of a toll, its subject a definite
/// noun phrase that opens its clause: "the fire killed 12 people" → "the fire|kill|person".
/// `None` for any other figure.
fn agent_key(ctx: &Ctx, k: usize) -> Option<String> {
    let q = &ctx.qs[k];
    if q.qualifier != Qualifier::Exact {
        return None;
    }
    tally(q)?;
    let (event, counts) = (q.event?, q.counts.as_deref()?);
    let st = ctx.structure();
    let t = st.toks(ctx.doc, q.sentence)?;
    let v = st.phrases[k].first.checked_sub(1)?;
    if !t.is_word(v) || syntax::verb_at(&t, v).is_none() {
        return None;
    }
    // Back from the verb to "the", over at most MAX_AGENT_WORDS plain lower-case words.
    let mut the = v;
    while the > 0 && v - the <= MAX_AGENT_WORDS {
        the -= 1;
        // "The" opens a sentence; a capital inside names someone, no agent of a toll.
        if !t.is_word(the) || (t.capitalized(the) && the > 0) {
            return None;
        }
        if t.lower(the) == "the" {
            break;
        }
    }
    if t.lower(the) != "the" || the + 1 == v {
        return None;
    }
    // The agent opens its clause: the sentence, or after "said" or "that".
    let opens =
        the == 0 || (t.is_word(the - 1) && matches!(t.lower(the - 1), "said" | "says" | "that"));
    if !opens {
        return None;
    }
    let agent: Vec<&str> = (the..v).map(|x| t.lower(x)).collect();
    Some(format!("{}|{event}|{counts}", agent.join(" ")))
}

/// True when a context names a time, not a place ("on Sunday", "last week", "in March"): its
/// last word is a day, a month or a noun of a period.
fn names_time(context: &str) -> bool {
    let last = context.rsplit(' ').next().unwrap_or("");
    last.ends_with("day") || LEXICON.is_month(last) || LEXICON.in_group(Group::TimeNoun, last)
}

/// True when two figures' contexts allow one toll: the same place and time, or a time beside
/// none ("killed 12 people on Sunday" … "killed 14 people"); not two places ("in Texas" …
/// "in Louisiana"), nor a place beside none (a toll of one place, then the whole).
fn one_toll(a: &str, b: &str) -> bool {
    same_context(a, b) || (a.is_empty() && names_time(b)) || (b.is_empty() && names_time(a))
}

/// Reports figures of one agent, act and thing in different sentences that disagree. A
/// warning: a later report may update the first.
pub(super) fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    // Asked first: a story with fewer than two counts of a toll has nothing to compare.
    let tolls = qs.iter().filter(|q| tally(q).is_some()).count();
    if tolls < 2 {
        return;
    }
    let mut keyed: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for k in 0..qs.len() {
        if let Some(key) = agent_key(ctx, k) {
            keyed.entry(key).or_default().push(k);
        }
    }
    let mut groups: Vec<Vec<usize>> = keyed.into_values().filter(|g| g.len() > 1).collect();
    groups.sort();
    for g in groups {
        // Each against the first, when their contexts allow one toll.
        let first = context(ctx, &qs[g[0]]);
        let mut mentions: Vec<Operand> = Vec::new();
        for &k in &g {
            if mentions.last().is_none_or(|m| m.sentence != qs[k].sentence)
                && one_toll(&first, &context(ctx, &qs[k]))
            {
                mentions.push(ctx.operand(k));
            }
        }
        if mentions.len() < 2 {
            continue;
        }
        let before = out.len();
        same::findings(rule, ctx, &mentions, out);
        for f in &mut out[before..] {
            f.soften();
            f.message
                .push_str(" (the same act of the same agent: a later report may update it)");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn one_agent_reports_one_toll() {
        let text = |n: &str| {
            format!(
                "The fire killed 12 people on Sunday. Officials later said the fire killed {n} people."
            )
        };
        assert!(run(&text("12")).is_empty(), "{:?}", run(&text("12")));
        let got = run(&text("14"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning repeated-figure the same figure is reported as 14 here and as 12 at 1:17"
            ),
            "{got:?}"
        );
        assert!(got[0].contains("a later report may update it"), "{got:?}");
        for quiet in [
            // Another agent, or an indefinite one, is another act.
            "The fire killed 12 people on Sunday. Officials said the flood killed 14 people.",
            "A fire killed 12 people on Sunday. Officials said a fire killed 14 people.",
            // Another act of the same agent.
            "The fire killed 12 people on Sunday. Officials said the fire injured 14 people.",
            // Two places, or a place and the whole.
            "The storm killed 12 people in Texas. Officials said the storm killed 14 people in Ohio.",
            "The storm killed 12 people in Texas. Officials said the storm killed 14 people.",
            // A bound is no figure to hold against.
            "The fire killed 12 people on Sunday. Officials said the fire killed at least 14 people.",
        ] {
            assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
        }
    }
}
