//! The badly hurt told twice: "Four people were seriously injured" … "four in serious
//! condition"; "others were wounded, two critically" … "Two of the victims are in critical
//! condition". An adverb of injury and the hospital's grade of the same word (`condition` in
//! `data/grammar.txt`: critical, serious, grave) name one set, so the two counts must agree.
//!
//! Only a story that tells each form once (or always with one figure): several counts of a
//! grade are parts ("two children were critically wounded" among "eight critically wounded").
//! A condition that "remains" is told later, after some may have died or recovered.

use super::super::tally::tally;
use super::MAX_PARAGRAPHS_APART;
use crate::extract::structure::{Marks, Structure};
use crate::extract::token::Toks;
use crate::extract::{Kind, Qualifier};
use crate::lexicon::{Group, LEXICON};
use crate::rules::kinds::same;
use crate::rules::{Ctx, Finding, Rule};

/// How many words after a figure its grade may stand: "Four people were seriously injured",
/// "two others were listed in critical condition".
const GRADE_WORDS: usize = 6;

/// How a count names its grade.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// "critically injured", "two critically".
    Adverb,
    /// "in critical condition".
    Condition,
}

/// The grade word of the condition group that `w` is the adverb of ("critically" → "critical").
fn adverb_grade(w: &str) -> Option<&str> {
    w.strip_suffix("ly")
        .filter(|g| LEXICON.in_group(Group::Condition, g))
}

/// The grade figure `k` names, and how: the words after its phrase up to the next sign, figure
/// or "and" (which would join another count to it).
fn grade<'t>(ctx: &Ctx, st: &Structure, t: &Toks<'t>, k: usize) -> Option<(Form, &'t str)> {
    let q = &ctx.qs[k];
    let p = &st.phrases[k];
    // A count joined to one before it ("Two women and three men were in critical condition")
    // is a part of the set its grade names.
    let joined = k > 0
        && ctx.qs[k - 1].sentence == q.sentence
        && ctx.qs[k - 1].kind == Kind::Count
        && p.lead.any(Marks::AND | Marks::COMMA)
        && p.lead_words <= 1;
    if joined {
        return None;
    }
    let injured = tally(q).is_some_and(|u| LEXICON.tally("injure") == Some(u));
    let words = (p.last..t.len())
        .take_while(|&j| t.is_word(j) && !matches!(t.lower(j), "and" | "or"))
        .take(GRADE_WORDS);
    for j in words {
        let w = t.lower(j);
        if LEXICON.in_group(Group::ConditionLater, w) {
            return None;
        }
        // The adverb right after the figure ("two critically"), or in the verb group of a
        // count of the injured ("were seriously injured").
        if let Some(g) = adverb_grade(w)
            && (j == p.last || injured)
        {
            return Some((Form::Adverb, g));
        }
        if w == "in"
            && t.is_word(j + 1)
            && LEXICON.in_group(Group::Condition, t.lower(j + 1))
            && t.lower(j + 2) == "condition"
        {
            return Some((Form::Condition, t.lower(j + 1)));
        }
    }
    None
}

pub(super) fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    // Asked first: most stories grade no count.
    if !doc.text.contains("condition") {
        return;
    }
    let st = ctx.structure();
    let mut graded: Vec<(Form, &str, usize)> = Vec::new();
    for (k, q) in qs.iter().enumerate() {
        if q.kind != Kind::Count || q.qualifier != Qualifier::Exact || q.direction.is_some() {
            continue;
        }
        let Some(t) = st.toks(doc, q.sentence) else {
            continue;
        };
        if let Some((form, g)) = grade(ctx, st, &t, k) {
            graded.push((form, g, k));
        }
    }
    for (i, &(form, g, a)) in graded.iter().enumerate() {
        if form != Form::Adverb || graded[..i].iter().any(|x| x.0 == form && x.1 == g) {
            continue;
        }
        let of = |f: Form| -> Vec<usize> {
            graded
                .iter()
                .filter(|x| x.0 == f && x.1 == g)
                .map(|x| x.2)
                .collect()
        };
        let (adverbs, conditions) = (of(Form::Adverb), of(Form::Condition));
        let one_value = |ks: &[usize]| ks.iter().all(|&k| qs[k].stated == qs[ks[0]].stated);
        let Some(&b) = conditions.first() else {
            continue;
        };
        let apart = ctx
            .paragraph(qs[a].sentence)
            .abs_diff(ctx.paragraph(qs[b].sentence));
        if !one_value(&adverbs) || !one_value(&conditions) || apart > MAX_PARAGRAPHS_APART {
            continue;
        }
        let (first, second) = if a < b { (a, b) } else { (b, a) };
        same::findings(rule, ctx, &[ctx.operand(first), ctx.operand(second)], out);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn the_injured_in_a_grade_told_twice() {
        let story = |a: &str, b: &str| {
            format!(
                "A bus left the road near the pass on Sunday. {a} people were seriously injured, the police said.\n\nIn addition to {b} in serious condition, another 20 were treated for cuts."
            )
        };
        let got = run(&story("Three", "four"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning repeated-figure the same figure is reported as 4"),
            "{got:?}"
        );
        assert!(run(&story("Three", "three")).is_empty());
        // The adverb right after a bare figure.
        let got = run(
            "Gunmen opened fire at a party. One man was killed and others were wounded, two critically.\n\nThree of the victims are in critical condition, police said.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn parts_later_states_and_other_grades_stay_quiet() {
        // Several counts of a grade are parts of it.
        assert!(
            run("Eight people were critically wounded. Two children were critically wounded. Three are in critical condition.")
                .is_empty()
        );
        // A condition that remains is told after some may have died.
        assert!(
            run("Four people were critically injured in the fire. One died overnight, and three remain in critical condition.")
                .is_empty()
        );
        // Another grade, and counts joined into one set.
        assert!(
            run("Four people were critically injured. Two were in serious condition.").is_empty()
        );
        assert!(
            run("Five people were critically injured. Two women and three men were in critical condition.")
                .is_empty()
        );
    }
}
