//! The rule kinds: each file holds one kind's judgement, its rule runner and its tests. The
//! detectors in `../detect/` find instances by themselves and call the same judgements.

pub mod change;
pub mod compare;
pub mod count_list;
pub mod fact;
pub mod ratio;
pub mod same;
pub mod sum;

use super::operand::{Operand, Reading, Verdict};
use super::{Body, CheckRecord, Ctx, Finding, Related, Rule, Selector, Severity};
use crate::source::{Document, Span};

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
