//! Automatic detectors: they find the instances of a relation in a document by themselves (a
//! total followed by its parts, a figure repeated, a stated share or change, a counted list)
//! and hand them to the judgement of the matching rule kind. The default pack turns them on.
//!
//! Detectors must stay quiet on sound copy, so each takes only shapes it can read with
//! confidence; the phrases they read are data (`data/checks.txt`).

mod breakdown;
mod change;
mod degree;
mod headline;
mod list;
mod near_sum;
mod repeated;
mod result;
mod share;
mod tally;

use super::spec::DetectName;
use super::words::between;
use super::{Ctx, Finding, Rule};
use crate::extract::syntax::{self, Class};
use crate::extract::token::Toks;
use crate::extract::{Interval, Quantity};
use crate::lexicon::{ChangeRole, Group, LEXICON};
use crate::wordnet::{self, NounClass};

pub fn run(d: DetectName, rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    match d {
        DetectName::Breakdown => {
            breakdown::run(rule, ctx, out);
            degree::run(rule, ctx, out);
        }
        DetectName::Repeated => repeated::run(rule, ctx, out),
        DetectName::Share => share::run(rule, ctx, out),
        DetectName::Change => change::run(rule, ctx, out),
        DetectName::List => list::run(rule, ctx, out),
        DetectName::Result => result::run(rule, ctx, out),
        DetectName::NearSum => near_sum::run(rule, ctx, out),
        DetectName::Tally => tally::run(rule, ctx, out),
        DetectName::Headline => headline::run(rule, ctx, out),
    }
}

/// Whether two figures count the same kind of thing: the same noun, one a kind of the other,
/// or both people; `None` when one has no counted noun.
fn same_things(a: &Quantity, b: &Quantity) -> Option<bool> {
    let (x, y) = (a.counts.as_deref()?, b.counts.as_deref()?);
    let person = |n: &str| wordnet::primary_classes(n).contains(NounClass::Person);
    Some(x == y || wordnet::kind_of(x, y) || wordnet::kind_of(y, x) || (person(x) && person(y)))
}

/// The most figures whose sums [`some_sum_reads_as`] tries (2^n sums).
const MAX_SUMMANDS: usize = 12;

/// True when some sum of `parts` (each taken or not; the first [`MAX_SUMMANDS`]) reads as
/// `whole`.
fn some_sum_reads_as(whole: &Interval, parts: &[Interval]) -> bool {
    let n = parts.len().min(MAX_SUMMANDS);
    (1u32..1 << n).any(|mask| {
        let mut sum = Interval::exact(0.0);
        for (k, p) in parts[..n].iter().enumerate() {
            if mask & (1 << k) != 0 {
                sum = sum.add(p);
            }
        }
        sum.overlaps(whole)
    })
}

/// Where a figure's words end, its counted noun included ("17 arrests").
fn end_with_noun(q: &Quantity) -> usize {
    q.noun.map_or(q.span.end, |n| n.end.max(q.span.end))
}

/// The quantities of each sentence, as index ranges into the document's list.
fn sentences(qs: &[Quantity]) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= qs.len() {
            return None;
        }
        let s = qs[start].sentence;
        let end = start + qs[start..].iter().take_while(|q| q.sentence == s).count();
        let r = start..end;
        start = end;
        Some(r)
    })
}

/// The quantities of each paragraph, as index ranges into the document's list.
fn paragraphs<'c>(ctx: &'c Ctx) -> impl Iterator<Item = std::ops::Range<usize>> + 'c {
    let qs = ctx.qs;
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= qs.len() {
            return None;
        }
        let p = ctx.paragraph(qs[start].sentence);
        let end = start
            + qs[start..]
                .iter()
                .take_while(|q| ctx.paragraph(q.sentence) == p)
                .count();
        let r = start..end;
        start = end;
        Some(r)
    })
}

/// The normalised words between two figures (see [`between`]).
fn gap(ctx: &Ctx, a: usize, b: usize) -> String {
    between(&ctx.doc.text, a, b)
}

/// The most words of a place's name ("New Mexico", "Saudi Arabia").
const MAX_PLACE_WORDS: usize = 3;

/// True when tokens `[a, e)` are one to [`MAX_PLACE_WORDS`] capitalised words that WordNet
/// files, together, as a place ("New Jersey", "Iraq").
fn place_name(t: &Toks, a: usize, e: usize) -> bool {
    a < e && e - a <= MAX_PLACE_WORDS && (a..e).all(|j| t.is_word(j) && t.capitalized(j)) && {
        let name: Vec<&str> = (a..e).map(|j| t.exact(j)).collect();
        wordnet::classes(&name.join(" ")).contains(NounClass::Place)
    }
}

/// The noun before the verb of a change: "Apple Profit Jumps 26%" → "profit", "its sales fell
/// by 5%" → "sale", "Apple's profit climbed to $1.14 billion" → "profit".
fn change_subject(t: &Toks, first: usize) -> Option<String> {
    let mut v = first.checked_sub(1)?;
    // "fell by 5%", "climbed to $1.14 billion".
    if t.is_word(v) && matches!(t.lower(v), "by" | "to") {
        v = v.checked_sub(1)?;
    }
    let verb = LEXICON.change(t.lower(v))?;
    if !verb.has(ChangeRole::Verb) {
        return None;
    }
    let s = v.checked_sub(1)?;
    let w = t.lower(s);
    if !t.is_word(s)
        || LEXICON.in_group(Group::Stop, w)
        || syntax::is(w, Class::Pron)
        || syntax::verb_at(t, s).is_some()
    {
        return None;
    }
    Some(crate::extract::lemma(w))
}

#[cfg(test)]
mod acceptance;

#[cfg(test)]
mod tests {
    use crate::rules::spec::DetectName;
    use crate::rules::{Body, RuleSet};

    const REFERENCE: &str = include_str!("../../../docs/rules.md");

    /// docs/rules.md is tested against the detectors as it is against the kinds: every
    /// detector has its section under "Automatic detectors", and the default rule that runs it
    /// is named there, so a detector added or renamed cannot go undocumented.
    #[test]
    fn the_reference_describes_every_detector() {
        let detectors = REFERENCE
            .split("## Automatic detectors")
            .nth(1)
            .expect("docs/rules.md has a section on the detectors");
        let pack = RuleSet::default_pack();
        for d in [
            DetectName::Breakdown,
            DetectName::Repeated,
            DetectName::Share,
            DetectName::Change,
            DetectName::List,
            DetectName::Result,
            DetectName::NearSum,
            DetectName::Tally,
            DetectName::Headline,
        ] {
            let heading = format!("### `{}`", d.name());
            assert!(
                detectors.contains(&heading),
                "docs/rules.md has no section {heading} under Automatic detectors"
            );
            let rule = pack
                .rules()
                .iter()
                .find(|r| matches!(r.body, Body::Detect(x) if x == d))
                .unwrap_or_else(|| panic!("no default rule runs the detector {}", d.name()));
            assert!(
                REFERENCE.contains(&format!("`{}`", rule.id)),
                "docs/rules.md never names the rule `{}` that runs {}",
                rule.id,
                d.name()
            );
        }
    }
}
