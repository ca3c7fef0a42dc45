//! The rule kinds, one file each: what the kind checks and the fields it takes (`DOC`, which
//! `figcheck explain` prints and docs/rules.md is tested against), how its fields load
//! (`load`: what serde cannot check), its judgement and rule runner (`run`), how `figcheck
//! explain` shows a rule of it (`describe`), and its tests. This file only dispatches. The
//! detectors in `../detect/` find instances by themselves and call the same judgements.
//!
//! The YAML fields themselves stay in one flat `RuleSpec` (spec.rs): serde-saphyr keeps the
//! line and column of every field only in a flat struct (see ARCHITECTURE.md).

pub mod change;
pub mod compare;
pub mod count_list;
pub mod fact;
pub mod ratio;
pub mod same;
pub mod sum;

use super::load::Fields;
use super::operand::{Operand, Reading, Verdict};
use super::spec::KindName;
use super::{Body, CheckRecord, Ctx, Finding, Related, Rule, Selector, Severity};
use crate::source::{Document, Span};
use std::fmt::Write as _;

/// What a kind checks, the fields it takes, and an example pack with a text it flags.
pub struct KindDoc {
    /// The kind's name in YAML.
    pub name: &'static str,
    /// The fields a rule of the kind takes under `rules:` (beyond those every rule takes).
    pub takes: &'static [&'static str],
    pub what: &'static str,
    /// Each field with what it holds.
    pub fields: &'static [(&'static str, &'static str)],
    pub example_yaml: &'static str,
    pub example_text: &'static str,
}

/// Every kind, in the order docs/rules.md describes them.
pub const KINDS: [KindName; 7] = [
    KindName::Sum,
    KindName::Same,
    KindName::Compare,
    KindName::Ratio,
    KindName::Change,
    KindName::CountList,
    KindName::Fact,
];

/// What a kind checks and takes.
pub fn doc(kind: KindName) -> &'static KindDoc {
    match kind {
        KindName::Sum => &sum::DOC,
        KindName::Same => &same::DOC,
        KindName::Compare => &compare::DOC,
        KindName::Ratio => &ratio::DOC,
        KindName::Change => &change::DOC,
        KindName::CountList => &count_list::DOC,
        KindName::Fact => &fact::DOC,
    }
}

/// Loads a rule's kind-specific fields; `None` when one is missing or faulty (reported).
pub(in crate::rules) fn load(kind: KindName, f: &mut Fields) -> Option<Body> {
    match kind {
        KindName::Sum => sum::load(f),
        KindName::Same => same::load(f),
        KindName::Compare => compare::load(f),
        KindName::Ratio => ratio::load(f),
        KindName::Change => change::load(f),
        KindName::CountList => count_list::load(f),
        KindName::Fact => fact::load(f),
    }
}

/// A rule's own fields as `figcheck explain` shows them.
pub(in crate::rules) fn describe(body: &Body, out: &mut String) {
    match body {
        Body::Detect(d) => {
            let _ = writeln!(
                out,
                "  detect: {} (it finds its own figures; the phrases it reads are in data/checks.txt)",
                d.name()
            );
        }
        Body::Sum {
            total,
            parts,
            complete,
        } => sum::describe(out, total, parts, *complete),
        Body::Same { of } => same::describe(out, of),
        Body::Compare { left, op, right } => compare::describe(out, left, *op, right),
        Body::Ratio { part, whole, share } => ratio::describe(out, part, whole, share),
        Body::Shares { of } => ratio::describe_shares(out, of),
        Body::Change {
            from,
            to,
            by,
            direction,
        } => change::describe(out, from, to, by.as_ref(), *direction),
        Body::CountList { count } => count_list::describe(out, count),
        Body::Fact { value, of, source } => fact::describe(out, value, of, source),
    }
}

/// One line of `describe`: a field and its selectors.
fn describe_selectors(out: &mut String, name: &str, sels: &[&Selector]) {
    let list: Vec<String> = sels.iter().map(|s| s.describe()).collect();
    let _ = writeln!(out, "  {name}: {}", list.join(", "));
}

/// Runs one rule over a document.
pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    match &rule.body {
        Body::Detect(d) => super::detect::run(*d, rule, ctx, out),
        Body::Sum {
            total,
            parts,
            complete,
        } => sum::run(rule, ctx, total, parts, *complete, out),
        Body::Same { of } => same::run(rule, ctx, of, out),
        Body::Compare { left, op, right } => compare::run(rule, ctx, left, *op, right, out),
        Body::Ratio { part, whole, share } => ratio::run(rule, ctx, part, whole, share, out),
        Body::Shares { of } => ratio::run_shares(rule, ctx, of, out),
        Body::Change {
            from,
            to,
            by,
            direction,
        } => change::run(rule, ctx, from, to, by.as_ref(), *direction, out),
        Body::CountList { count } => count_list::run(rule, ctx, count, out),
        Body::Fact { value, of, source } => fact::run(rule, ctx, value, of, source, out),
    }
}

/// The finding for a selector that matches nothing: a stale rule must never pass silently.
pub fn stale(rule: &Rule, role: &str, sel: &Selector) -> Finding {
    Finding {
        rule: rule.id.clone(),
        severity: Severity::Warning,
        message: format!(
            "rule `{}` ({}:{}): {role} {} matches no figure in this document",
            rule.id,
            rule.origin.file,
            rule.origin.line,
            sel.describe()
        ),
        span: Span::new(0, 0),
        label: String::new(),
        related: Vec::new(),
    }
}

/// Selects with `sel`; reports it as stale when it finds nothing.
pub fn select_or_stale(
    rule: &Rule,
    ctx: &Ctx,
    role: &str,
    sel: &Selector,
    anchor: Option<&Operand>,
    out: &mut Vec<Finding>,
) -> Vec<Operand> {
    let got = sel.select(ctx, anchor);
    if got.is_empty() {
        out.push(stale(rule, role, sel));
    }
    got
}

/// Where a kind's verdict leaves it: records the judged relation when tracing (its spans are
/// the primary and related ones, `arithmetic` is called only then) and builds the finding when
/// the relation does not hold.
pub fn judged(
    rule: &Rule,
    ctx: &Ctx,
    verdict: Verdict,
    message: String,
    primary: (Span, &str),
    related: Vec<Related>,
    arithmetic: impl FnOnce() -> String,
) -> Option<Finding> {
    ctx.record(|| CheckRecord {
        rule: rule.id.clone(),
        spans: std::iter::once((primary.0, primary.1.to_string()))
            .chain(related.iter().map(|r| (r.span, r.label.clone())))
            .collect(),
        arithmetic: arithmetic(),
        verdict,
    });
    rule.finding(verdict, message, primary, related)
}

pub fn related(ops: &[&Operand], label: &str) -> Vec<Related> {
    ops.iter()
        .map(|o| Related {
            span: o.span,
            label: label.to_string(),
        })
        .collect()
}

/// For a soft verdict: how each figure with two readings reads, so the writer sees why only
/// the loose reading fits.
pub fn readings_note(doc: &Document, ops: &[&Operand]) -> String {
    let notes: Vec<String> = ops
        .iter()
        .filter(|o| o.is_soft())
        .map(|o| {
            format!(
                "“{}” reads strictly as {} and loosely as {}",
                doc.words(o.span),
                o.describe(&o.reading(Reading::Strict)),
                o.describe(&o.reading(Reading::Loose))
            )
        })
        .collect();
    if notes.is_empty() {
        String::new()
    } else {
        format!(
            "; it holds only under the loose reading: {}",
            notes.join("; ")
        )
    }
}

/// What the kinds' tests share: a pack run alone over a text.
#[cfg(test)]
pub(crate) mod test_support {
    use crate::extract::extract;
    use crate::rules::{Finding, RuleSet, check};
    use crate::source::Document;

    /// The findings of the pack `yaml` alone (it must load without a mistake) on `text`, each
    /// as the line `line` makes of it.
    pub fn lines(
        text: &str,
        yaml: &str,
        line: impl Fn(&Document, &Finding) -> String,
    ) -> Vec<String> {
        let mut set = RuleSet::new();
        let e = set.add_pack("r.yaml", yaml);
        assert!(e.is_empty(), "{e:?}");
        let doc = Document::from_text("t", text);
        check(&doc, &extract(&doc), &set)
            .iter()
            .map(|f| line(&doc, f))
            .collect()
    }

    /// "severity message".
    pub fn plain(_: &Document, f: &Finding) -> String {
        format!("{} {}", f.severity.name(), f.message)
    }

    /// "severity message @words", the words of the finding's figure.
    pub fn at(doc: &Document, f: &Finding) -> String {
        format!("{} {} @{}", f.severity.name(), f.message, doc.words(f.span))
    }

    /// "severity message [words, …]", the words of the finding's figure and of the related ones.
    pub fn with_related(doc: &Document, f: &Finding) -> String {
        let words: Vec<_> = std::iter::once(doc.words(f.span))
            .chain(f.related.iter().map(|r| doc.words(r.span)))
            .collect();
        format!("{} {} [{}]", f.severity.name(), f.message, words.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REFERENCE: &str = include_str!("../../../docs/rules.md");

    /// The section of docs/rules.md about one kind: from its `### \`name\`` heading to the next
    /// heading.
    fn section(name: &str) -> &'static str {
        let heading = format!("### `{name}`");
        let start = REFERENCE
            .find(&heading)
            .unwrap_or_else(|| panic!("docs/rules.md has no section {heading}"));
        let rest = &REFERENCE[start + heading.len()..];
        &rest[..rest.find("\n### ").unwrap_or(rest.len())]
    }

    /// docs/rules.md is tested against each kind's `DOC`: every kind has its section, which
    /// names every field the kind takes; `DOC` documents each field it takes.
    #[test]
    fn the_reference_describes_every_kind_and_field() {
        for kind in KINDS {
            let d = doc(kind);
            assert_eq!(d.name, kind.name(), "DOC.name of {kind:?}");
            let text = section(d.name);
            for field in d.takes {
                assert!(
                    text.contains(&format!("`{field}`")) || text.contains(&format!("{field}:")),
                    "docs/rules.md's `{}` section never names its field `{field}`",
                    d.name
                );
                assert!(
                    d.fields.iter().any(|(f, _)| f == field),
                    "DOC of `{}` does not document `{field}`",
                    d.name
                );
            }
        }
    }
}
