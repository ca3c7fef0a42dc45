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

pub use load::{LoadError, PackError, RuleSet, severity_of};
pub use selector::{Scope, Selector};
pub use spec::{DetectName, KindName};

use crate::extract::Quantity;
use crate::source::{Document, Span};
use operand::{Operand, Verdict};
use serde::Serialize;
use std::cell::RefCell;

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

impl Finding {
    /// The finding as a warning at most: the words link its figures only loosely (by their
    /// order, by a name), so the page may not say which is wrong.
    pub fn soften(&mut self) {
        self.severity = self.severity.min(Severity::Warning);
    }

    /// [`Finding::soften`], by value: `finding.map(Finding::softened)`.
    pub fn softened(mut self) -> Finding {
        self.soften();
        self
    }
}

/// One relation a rule judged, whether it holds or not: the figures (or words) that took part,
/// with their roles, the arithmetic in neutral terms, and the verdict. [`check_traced`] returns
/// them; the figure ledger (`report::ledger`) prints them.
#[derive(Clone, Debug, PartialEq)]
pub struct CheckRecord {
    pub rule: String,
    /// The spans that took part, each with its role ("total", "part"); the first is the
    /// finding's primary span when the relation fails.
    pub spans: Vec<(Span, String)>,
    /// The arithmetic, worded to read right whether the relation holds or not:
    /// "13 + 4 = 17; total 17".
    pub arithmetic: String,
    pub verdict: Verdict,
}

impl CheckRecord {
    /// The first span, where the record sorts.
    pub fn span(&self) -> Span {
        self.spans.first().map(|s| s.0).unwrap_or_default()
    }
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
    /// Where every judged relation is recorded, when tracing ([`check_traced`]); `None` for
    /// [`check`], which then builds no record at all.
    pub trace: Option<&'a RefCell<Vec<CheckRecord>>>,
    /// The sentences' structure, read at the first detector that asks ([`Ctx::structure`]).
    pub structure: std::cell::OnceCell<crate::extract::structure::Structure>,
    /// The tokens extraction kept ([`check_read`]), which the structure is read from when
    /// a detector asks for it; without them it tokenizes the sentences itself.
    read: std::cell::Cell<Option<crate::extract::token::Read>>,
    /// How many figures stand in the headline, counted at the first detector that asks.
    pub(crate) heads: std::cell::OnceCell<usize>,
}

impl<'a> Ctx<'a> {
    /// A context without tracing.
    pub fn new(doc: &'a Document, qs: &'a [Quantity]) -> Ctx<'a> {
        Ctx {
            doc,
            qs,
            trace: None,
            structure: std::cell::OnceCell::new(),
            read: std::cell::Cell::new(None),
            heads: std::cell::OnceCell::new(),
        }
    }

    /// The structure of the document's sentences with figures, read once.
    pub fn structure(&self) -> &crate::extract::structure::Structure {
        use crate::extract::structure::Structure;
        self.structure.get_or_init(|| match self.read.take() {
            Some(read) => Structure::from_read(self.doc, self.qs, read),
            None => Structure::new(self.doc, self.qs),
        })
    }
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
    /// Records a judged relation when tracing; `record` is not called otherwise.
    pub fn record(&self, record: impl FnOnce() -> CheckRecord) {
        if let Some(trace) = self.trace {
            let r = record();
            trace.borrow_mut().push(r);
        }
    }
    /// "line 7" for a message that points at another place.
    pub fn place(&self, span: Span) -> String {
        let (line, col) = self.doc.line_col(span.start);
        format!("{line}:{col}")
    }
}

/// Runs every rule of `rules` over a document and its quantities; findings come sorted.
pub fn check(doc: &Document, qs: &[Quantity], rules: &RuleSet) -> Vec<Finding> {
    run_rules(&Ctx::new(doc, qs), rules)
}

/// As [`check`], and also returns a record of every relation judged, those that hold
/// included, sorted by their first span, then rule (exact repeats dropped).
pub fn check_traced(
    doc: &Document,
    qs: &[Quantity],
    rules: &RuleSet,
) -> (Vec<Finding>, Vec<CheckRecord>) {
    run_traced(Ctx::new(doc, qs), rules)
}

/// As [`check`], or [`check_traced`] when `traced`, reading the sentences' structure from the
/// tokens extraction kept ([`crate::extract::extract_read`]) rather than tokenizing again.
pub fn check_read(
    doc: &Document,
    qs: &[Quantity],
    read: crate::extract::token::Read,
    rules: &RuleSet,
    traced: bool,
) -> (Vec<Finding>, Vec<CheckRecord>) {
    let ctx = Ctx {
        read: std::cell::Cell::new(Some(read)),
        ..Ctx::new(doc, qs)
    };
    if traced {
        run_traced(ctx, rules)
    } else {
        (run_rules(&ctx, rules), Vec::new())
    }
}

fn run_traced(ctx: Ctx, rules: &RuleSet) -> (Vec<Finding>, Vec<CheckRecord>) {
    let trace = RefCell::new(Vec::new());
    let findings = run_rules(
        &Ctx {
            trace: Some(&trace),
            ..ctx
        },
        rules,
    );
    let mut records = trace.into_inner();
    records.sort_by(|a, b| {
        (a.span(), &a.rule, &a.spans, &a.arithmetic).cmp(&(
            b.span(),
            &b.rule,
            &b.spans,
            &b.arithmetic,
        ))
    });
    records.dedup();
    (findings, records)
}

fn run_rules(ctx: &Ctx, rules: &RuleSet) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in rules.rules().iter().filter(|r| r.enabled) {
        kinds::run(rule, ctx, &mut out);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    /// The records of a text under the default pack and `yaml`, one line each: rule, spans
    /// with their labels, arithmetic, verdict.
    fn trace(text: &str, yaml: &str) -> Vec<String> {
        let mut set = RuleSet::default_pack();
        if !yaml.is_empty() {
            let e = set.add_pack("r.yaml", yaml);
            assert!(e.is_empty(), "{e:?}");
        }
        let doc = Document::from_text("t", text);
        let qs = extract(&doc);
        let (findings, records) = check_traced(&doc, &qs, &set);
        assert_eq!(
            findings,
            check(&doc, &qs, &set),
            "tracing changes no finding"
        );
        records
            .iter()
            .map(|r| {
                let spans: Vec<String> = r
                    .spans
                    .iter()
                    .map(|(s, label)| format!("{label} {}", doc.words(*s)))
                    .collect();
                format!(
                    "{} [{}] {} => {}",
                    r.rule,
                    spans.join(", "),
                    r.arithmetic,
                    r.verdict.name()
                )
            })
            .collect()
    }

    #[test]
    fn a_breakdown_is_recorded_whether_it_holds_or_not() {
        assert_eq!(
            trace(
                "Police made 17 arrests — 13 in Belgium and four in France.",
                ""
            ),
            ["breakdown-sum [total 17, part 13, part four] 13 + 4 = 17; total 17 => holds"]
        );
        assert_eq!(
            trace(
                "Police made 17 arrests — 13 in Belgium and five in France.",
                ""
            ),
            ["breakdown-sum [total 17, part 13, part five] 13 + 5 = 18; total 17 => fails"]
        );
        assert_eq!(
            trace("Police made 17 arrests, including 13 in Belgium.", ""),
            ["breakdown-sum [total 17, part 13] 13 ≤ total 17 => holds"]
        );
        assert_eq!(
            trace(
                "Police held more than two dozen people, including 30 in Paris and 10 in Lyon.",
                ""
            ),
            [
                "breakdown-sum [total more than two dozen, part 30, part 10] 30 + 10 = 40 ≤ total “more than two dozen” (just over 24 to 36) => soft"
            ]
        );
        // A breakdown the detector withdraws (its parts add up to another figure) is no check.
        assert!(
            trace(
                "The year saw 28 new branches in 15 counties, of which 12 opened in the east, 6 in the west and 10 in the south.",
                ""
            )
            .is_empty()
        );
    }

    #[test]
    fn every_kind_records_neutral_arithmetic() {
        let cases: [(&str, &str, &[&str]); 9] = [
            (
                "In 2023 the unit had 12 officers. By 2024 it had 10 officers.",
                "rules:\n  - {id: c, kind: compare, left: {text: '12 officers'}, op: '<', right: {text: '10 officers'}}\n",
                &["c [left 12, right 10] 12 < 10 => fails"],
            ),
            (
                "Of them, 12 of 17, or 71%, voted.",
                "",
                &[
                    "breakdown-sum [total 17, part 12] 12 ≤ total 17 => holds",
                    "stated-share [share 71%, part 12, whole 17] 12/17 = 70.6%; stated 71% => holds",
                ],
            ),
            (
                "In all 12 out of 17 members (70%) voted yes.",
                "",
                &[
                    "stated-share [share 70%, part of whole 12 out of 17] 12 out of 17 = 70.6%; stated 70% => soft",
                ],
            ),
            (
                "Of voters, 52% said yes, 45% said no and 3% said maybe.",
                "rules:\n  - {id: s, kind: ratio, of: [{kind: percent}]}\n",
                &["s [share 52%, share 45%, share 3%] 52% + 45% + 3% = 100%; whole 100% => holds"],
            ),
            (
                "Sales rose from 120 to 150, an increase of 40.",
                "",
                &[
                    "stated-change [change 40, from 120, to 150] 120 → 150: +30, +25%; stated 40 => fails",
                ],
            ),
            (
                "Membership fell from 150 to 120 last year.",
                "",
                &[
                    "stated-change [to 120, from 150] 150 → 120: -30, -20%; reported as a decrease => holds",
                ],
            ),
            (
                "The minister named three priorities: jobs, health and schools.",
                "",
                &[
                    "list-count [count three, item jobs, item health, item schools] “three priorities” announced; 3 items named => holds",
                ],
            ),
            (
                "Police said 13 people were arrested in Belgium. Later 14 people were arrested in Belgium.",
                "",
                &[
                    "repeated-figure [reported again 14, first reported 13] 14 (1:55) vs 13 (1:13) => fails",
                ],
            ),
            (
                "In all, 17 people were killed. The paper said 18 people were killed.",
                "facts:\n  - {id: toll, value: 17, source: prosecutor, of: [{counts: person, event: kill}]}\n",
                &[
                    "toll [mention 17] 17; confirmed 17 (source: prosecutor) => holds",
                    "toll [mention 18] 18; confirmed 17 (source: prosecutor) => fails",
                ],
            ),
        ];
        for (text, yaml, want) in cases {
            assert_eq!(trace(text, yaml), want, "{text}");
        }
    }

    #[test]
    fn records_sort_by_place_then_rule() {
        let yaml = "rules:\n  - {id: a-total, kind: sum, total: {text: '17 arrests'}, parts: [{text: '13 in'}, {text: 'four in'}]}\n";
        let got = trace(
            "Of them, 12 of 17, or 71%, voted. Police made 17 arrests — 13 in Belgium and four in France.",
            yaml,
        );
        let rules: Vec<&str> = got.iter().map(|l| l.split(' ').next().unwrap()).collect();
        // "12 of 17" is also a part and its whole.
        assert_eq!(
            rules,
            ["breakdown-sum", "stated-share", "a-total", "breakdown-sum"]
        );
        assert!(got.iter().all(|l| l.ends_with("=> holds")), "{got:?}");
    }

    #[test]
    fn without_a_trace_no_record_is_built() {
        let doc = Document::from_text(
            "t",
            "Police made 17 arrests — 13 in Belgium and four in France.",
        );
        let qs = extract(&doc);
        let ctx = Ctx::new(&doc, &qs);
        ctx.record(|| unreachable!("a record is built only when tracing"));
    }
}
