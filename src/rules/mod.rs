//! Rules: YAML packs → selectors pick quantities → relations judged with interval arithmetic →
//! [`Finding`]s.
//!
//! A [`RuleSet`] is loaded from packs ([`RuleSet::load`]), then [`check`] runs every rule over
//! one document's quantities. Each rule kind lives in `kinds/` with its tests; the automatic
//! detectors that find their own instances (breakdowns, repeated figures, stated shares and
//! changes, list counts) live in `detect/` and reuse the kinds' judgements.

mod detect;
pub mod explain;
pub mod kinds;
mod load;
pub mod operand;
mod selector;
pub mod spec;
pub mod suppress;
pub mod testing;
pub mod words;

pub use load::{LoadError, RuleSet, severity_of};
pub use selector::{Scope, Selector};
pub use spec::{DetectName, KindName};

use crate::extract::Quantity;
use crate::source::{Document, Span};
use operand::{Operand, Verdict};
use serde::Serialize;

/// The default pack, built into the binary.
pub const DEFAULT_PACK: &str = include_str!("../../rules/news.yaml");
pub const DEFAULT_PACK_NAME: &str = "rules/news.yaml";

/// The JSON Schema of rule files, generated from the types serde reads them into
/// (`docs/figcheck-rules.schema.json` is this, committed).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(spec::PackSpec);
    serde_json::to_string_pretty(&schema).expect("a schema serialises")
}

/// How serious a finding is (contract.md's `severity`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
    /// One step milder: a soft contradiction of an `error` rule is a `warning`.
    pub fn milder(self) -> Severity {
        match self {
            Severity::Error => Severity::Warning,
            Severity::Warning | Severity::Info => Severity::Info,
        }
    }
}

/// A span that takes part in a finding, with its role ("total", "part").
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Related {
    pub span: Span,
    pub label: String,
}

/// One inconsistency, at its place in the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    /// The primary span; empty at offset 0 for a finding about the document as a whole (a
    /// selector that matches nothing).
    pub span: Span,
    /// The label of the primary span.
    pub label: String,
    pub related: Vec<Related>,
}

/// How far a relation may miss and still hold.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tolerance {
    pub absolute: f64,
    /// Percent of the figure compared against.
    pub relative: f64,
}

impl Tolerance {
    /// The slack allowed around `against`.
    pub fn slack(&self, against: &crate::extract::Interval) -> f64 {
        let (lo, hi) = operand::bounds(against);
        let size = if hi.is_finite() { hi.abs() } else { lo.abs() };
        let rel = if size.is_finite() {
            size * self.relative / 100.0
        } else {
            0.0
        };
        self.absolute.max(rel)
    }
}

/// Where a rule was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// A loaded rule.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub kind: KindName,
    /// The severity of a hard contradiction; a soft one is one step milder.
    pub severity: Severity,
    pub message: Option<String>,
    pub description: Option<String>,
    pub tolerance: Tolerance,
    pub body: Body,
    pub origin: Origin,
    /// `false`: loaded and listed, not run.
    pub enabled: bool,
    /// The rule's own test cases (`figcheck test`).
    pub tests: Vec<Case>,
}

/// A test case of a rule.
#[derive(Clone, Debug, PartialEq)]
pub struct Case {
    pub text: String,
    /// Empty: the rule must stay quiet.
    pub expect: Vec<Expect>,
    /// Line of the case in its rule file.
    pub line: usize,
}

/// One expected finding of a case; `None` fields match anything.
#[derive(Clone, Debug, PartialEq)]
pub struct Expect {
    pub rule: String,
    pub at: Option<(usize, usize)>,
    pub severity: Option<Severity>,
    pub message: Option<String>,
}

/// What a rule checks, by kind.
#[derive(Clone, Debug)]
pub enum Body {
    Sum {
        total: Selector,
        parts: Vec<Selector>,
        complete: bool,
    },
    Same {
        of: Vec<Selector>,
    },
    Compare {
        left: Selector,
        op: kinds::compare::Op,
        right: Selector,
    },
    Ratio {
        part: Selector,
        whole: Selector,
        share: Selector,
    },
    Shares {
        of: Vec<Selector>,
    },
    Change {
        from: Selector,
        to: Selector,
        by: Option<Selector>,
        direction: Option<kinds::change::Direction>,
    },
    CountList {
        count: Selector,
    },
    Fact {
        value: crate::extract::Interval,
        of: Vec<Selector>,
        source: Option<String>,
    },
    Detect(DetectName),
}

impl Rule {
    /// Builds a finding from a verdict; `None` when the relation holds.
    fn finding(
        &self,
        verdict: Verdict,
        message: String,
        primary: (Span, &str),
        related: Vec<Related>,
    ) -> Option<Finding> {
        let severity = match verdict {
            Verdict::Holds => return None,
            Verdict::Hard => self.severity,
            Verdict::Soft => self.severity.milder(),
        };
        let message = match &self.message {
            Some(t) => t
                .replace("{arithmetic}", &message)
                .replace("{rule}", &self.id),
            None => message,
        };
        Some(Finding {
            rule: self.id.clone(),
            severity,
            message,
            span: primary.0,
            label: primary.1.to_string(),
            related,
        })
    }
}

/// What a check sees of one document.
pub struct Ctx<'a> {
    pub doc: &'a Document,
    pub qs: &'a [Quantity],
}

impl Ctx<'_> {
    pub fn paragraph(&self, sentence: usize) -> usize {
        self.doc
            .sentence_paragraph
            .get(sentence)
            .copied()
            .unwrap_or(0)
    }
    pub fn operand(&self, i: usize) -> Operand {
        Operand::from_quantity(i, &self.qs[i])
    }
    /// "line 7" for a message that points at another place.
    pub fn place(&self, span: Span) -> String {
        let (line, col) = self.doc.line_col(span.start);
        format!("{line}:{col}")
    }
}

/// Runs every rule of `rules` over a document and its quantities; findings come sorted.
pub fn check(doc: &Document, qs: &[Quantity], rules: &RuleSet) -> Vec<Finding> {
    let ctx = Ctx { doc, qs };
    let mut out = Vec::new();
    for rule in rules.rules().iter().filter(|r| r.enabled) {
        kinds::run(rule, &ctx, &mut out);
    }
    sort(&mut out);
    out
}

/// Sorts findings by place, then rule and message, and drops exact repeats.
pub fn sort(findings: &mut Vec<Finding>) {
    for f in findings.iter_mut() {
        f.related.sort();
        f.related.dedup();
    }
    findings.sort_by(|a, b| {
        (a.span, &a.rule, &a.message, &a.related).cmp(&(b.span, &b.rule, &b.message, &b.related))
    });
    findings.dedup();
}
