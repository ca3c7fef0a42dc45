//! figcheck in the browser: the library compiled to WebAssembly, with two functions for the page
//! in `web/www` (see `docs/web.md`).
//!
//! - `check(text, format, rulesYaml)` returns a JSON string: the figures, the findings with
//!   their arithmetic, every relation judged, and the mistakes of the rule file;
//! - `ledger(text, format, rulesYaml)` returns the figure ledger, as `figcheck check --format
//!   ledger` prints it.
//!
//! A draft is read and checked as `figcheck check` checks one document: the default pack, then
//! the article's rules (`rulesYaml`, as a sidecar `NAME.figcheck.yaml` would be), then a
//! Markdown draft's front matter, then its suppression comments. A mistake in the article's
//! rules is reported at its line and column and leaves the other rules (and the default pack)
//! in force. Every span is given in UTF-16 code units, the indexes of a JavaScript string
//! (`figcheck::source::Utf16Index`).

use figcheck::Interval;
use figcheck::checker::{Checked, Checker, Input, RuleError};
use figcheck::report::ledger as ledger_report;
use figcheck::rules::LoadError;
use figcheck::source::Format;
use figcheck::source::Utf16Index;
use serde::Serialize;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;

/// The name the article's rules go by in messages.
pub const RULES_FILE: &str = "article.figcheck.yaml";

/// Checks a draft (`format`: `text` or `markdown`; anything else reads as text); returns the
/// JSON described in `docs/web.md`.
#[wasm_bindgen]
pub fn check(text: String, format: &str, rules_yaml: &str) -> String {
    serde_json::to_string(&check_draft(text, format, rules_yaml))
        .unwrap_or_else(|e| format!("{{\"fatal\":{:?}}}", e.to_string()))
}

/// The figure ledger of a draft, as `figcheck check --format ledger` prints it.
#[wasm_bindgen]
pub fn ledger(text: String, format: &str, rules_yaml: &str) -> String {
    let (run, _) = run(text, format, rules_yaml);
    ledger_report::render(&run.doc, &run.quantities, &run.records, &run.findings)
}

/// The message of the last panic, for the page to show after the module trapped ("" if none).
#[wasm_bindgen]
pub fn last_panic() -> String {
    PANIC.with(|p| p.borrow().clone())
}

/// Keeps a panic's message where `last_panic` finds it (the release build aborts on a panic,
/// and the page then loads a fresh instance of the module).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        PANIC.with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                *p = msg;
            }
        });
    }));
}

thread_local! {
    static PANIC: RefCell<String> = const { RefCell::new(String::new()) };
    /// The checker of the last rules text, so that typing in the draft does not parse the
    /// YAML again: (rules text, its checker).
    static CHECKER: RefCell<Option<(String, Rc<Checker>)>> = const { RefCell::new(None) };
}

/// The checker for the article's rules: the default pack with them on top (their mistakes in
/// [`Checker::errors`]).
fn checker_for(yaml: &str) -> Rc<Checker> {
    CHECKER.with(|cache| {
        let mut cache = cache.borrow_mut();
        if let Some((text, checker)) = cache.as_ref()
            && text == yaml
        {
            return Rc::clone(checker);
        }
        let checker = Rc::new(Checker::with_pack(RULES_FILE, yaml));
        *cache = Some((yaml.to_string(), Rc::clone(&checker)));
        checker
    })
}

/// Reads and checks a draft as `figcheck check` checks one document with a sidecar, traced;
/// also returns the mistakes of the article's rules.
pub fn run(text: String, format: &str, rules_yaml: &str) -> (Checked, Vec<LoadError>) {
    // Plain text or Markdown. HTML is left out on purpose: its reader (lol_html) would more
    // than double the module's size, so this crate builds figcheck without its `html` feature.
    let markdown = matches!(format, "markdown" | "md");
    let (name, format) = if markdown {
        ("draft.md", Format::Markdown)
    } else {
        ("draft.txt", Format::Text)
    };
    let checker = checker_for(rules_yaml);
    let input = Input {
        traced: true,
        ..Input::new(name, text, format)
    };
    (checker.check(input), checker.errors().to_vec())
}

/// What `check` returns (as JSON).
#[derive(Serialize)]
pub struct Report {
    pub figures: Vec<FigureJson>,
    pub findings: Vec<FindingJson>,
    pub checks: Vec<CheckJson>,
    pub errors: Vec<ErrorJson>,
}

#[derive(Serialize)]
pub struct FigureJson {
    /// UTF-16 offsets into the draft.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: &'static str,
    /// The values the words allow, bounds as numbers (`null` unbounded).
    pub value: Interval,
    /// The same in mathematical notation: "17", "[100, 500]", "(24, ∞)".
    pub interval: String,
    pub qualifier: &'static str,
    pub counts: Option<String>,
    pub event: Option<&'static str>,
    pub context: Vec<String>,
    pub unit: Option<&'static str>,
    pub currency: Option<&'static str>,
    pub sentence: usize,
}

#[derive(Serialize)]
pub struct SpanJson {
    pub start: usize,
    pub end: usize,
    pub label: String,
    pub text: String,
}

#[derive(Serialize)]
pub struct FindingJson {
    pub rule: String,
    pub severity: &'static str,
    /// The message, with its arithmetic ("parts add up to 18 (13 + 5), but the total is 17").
    pub message: String,
    /// The relation in neutral terms ("13 + 5 = 18; total 17"), when the rule recorded one.
    pub arithmetic: Option<String>,
    /// 1-based line and column (in characters) of the primary span; 0 for a finding about the
    /// whole draft (a selector that matches nothing).
    pub line: usize,
    pub column: usize,
    /// The primary span first, then the related ones; UTF-16 offsets. Empty for a finding
    /// about the whole draft.
    pub spans: Vec<SpanJson>,
}

#[derive(Serialize)]
pub struct CheckJson {
    pub rule: String,
    pub arithmetic: String,
    /// `holds`, `soft` or `fails`.
    pub verdict: &'static str,
    pub spans: Vec<SpanJson>,
}

#[derive(Serialize)]
pub struct ErrorJson {
    /// `rules` (the article's rules panel) or `draft` (a Markdown draft's front matter).
    #[serde(rename = "in")]
    pub place: &'static str,
    /// 1-based; 0 when the place is unknown.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
}

/// Checks a draft and shapes the result for the page.
pub fn check_draft(text: String, format: &str, rules_yaml: &str) -> Report {
    let (run, rule_errors) = run(text, format, rules_yaml);
    let doc = &run.doc;
    let ix = Utf16Index::new(doc.source_text());
    let span = |start: usize, end: usize, label: &str| SpanJson {
        start: ix.at(start),
        end: ix.at(end),
        label: label.to_string(),
        text: doc.source_text()[start..end].to_string(),
    };
    let figures = run
        .quantities
        .iter()
        .map(|q| FigureJson {
            start: ix.at(q.span.start),
            end: ix.at(q.span.end),
            text: doc.source_slice(q.span).to_string(),
            kind: q.kind.name(),
            value: q.value,
            interval: q.value.to_string(),
            qualifier: q.qualifier.name(),
            counts: q.counts.clone(),
            event: q.event,
            context: q
                .context
                .iter()
                .map(|s| doc.words(*s).into_owned())
                .collect(),
            unit: q.unit,
            currency: q.currency,
            sentence: q.sentence,
        })
        .collect();
    let findings = run
        .findings
        .iter()
        .map(|f| {
            let whole = f.span.is_empty() && f.span.start == 0;
            let (line, column) = if whole {
                (0, 0)
            } else {
                doc.line_col(f.span.start)
            };
            let mut spans = Vec::new();
            if !whole {
                spans.push(span(f.span.start, f.span.end, &f.label));
                spans.extend(
                    f.related
                        .iter()
                        .map(|r| span(r.span.start, r.span.end, &r.label)),
                );
            }
            let arithmetic = run
                .records
                .iter()
                .find(|r| r.rule == f.rule && r.span() == f.span && r.verdict.name() != "holds")
                .map(|r| r.arithmetic.clone());
            FindingJson {
                rule: f.rule.clone(),
                severity: f.severity.name(),
                message: f.message.clone(),
                arithmetic,
                line,
                column,
                spans,
            }
        })
        .collect();
    let checks = run
        .records
        .iter()
        .map(|r| CheckJson {
            rule: r.rule.clone(),
            arithmetic: r.arithmetic.clone(),
            verdict: r.verdict.name(),
            spans: r
                .spans
                .iter()
                .map(|(s, label)| span(s.start, s.end, label))
                .collect(),
        })
        .collect();
    let error = |place: &'static str, e: &LoadError| ErrorJson {
        place,
        line: e.line,
        column: e.column,
        message: e.message.clone(),
    };
    // The draft has no sidecar: its own rules come from its front matter alone.
    let draft_errors = run.rule_errors.iter().filter_map(|e| match e {
        RuleError::Load { error, .. } => Some(error),
        RuleError::Unreadable { .. } => None,
    });
    let errors = rule_errors
        .iter()
        .map(|e| error("rules", e))
        .chain(draft_errors.map(|e| error("draft", e)))
        .collect();
    Report {
        figures,
        findings,
        checks,
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ARRESTS: &str = "Police made 17 arrests — 13 in Belgium and five in France.";

    fn js_slice(text: &str, start: usize, end: usize) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[start..end]).unwrap()
    }

    #[test]
    fn a_breakdown_that_does_not_add_up() {
        let r = check_draft(ARRESTS.to_string(), "text", "");
        assert!(r.errors.is_empty());
        assert_eq!(r.findings.len(), 1, "{:?}", r.findings.len());
        let f = &r.findings[0];
        assert_eq!(f.rule, "breakdown-sum");
        assert_eq!(f.severity, "error");
        assert!(f.message.contains("13 + 5"), "{}", f.message);
        assert!(f.message.contains("18") && f.message.contains("17"));
        assert_eq!(f.arithmetic.as_deref(), Some("13 + 5 = 18; total 17"));
        // Every span, read in UTF-16 as JavaScript reads the draft, is its own text: "—" is
        // three bytes but one unit, so "13" and "five" sit two units earlier than in bytes.
        for s in &f.spans {
            assert_eq!(js_slice(ARRESTS, s.start, s.end), s.text);
        }
        let five = f.spans.iter().find(|s| s.text == "five").unwrap();
        assert_eq!(
            five.start,
            ARRESTS.encode_utf16().count() - "five in France.".len()
        );
        assert_eq!(r.figures.len(), 3);
        for q in &r.figures {
            assert_eq!(js_slice(ARRESTS, q.start, q.end), q.text);
            assert_eq!(q.kind, "count");
            assert_eq!(q.counts.as_deref(), Some("arrest"));
        }
        assert_eq!(r.figures[2].interval, "5");
        assert_eq!(r.figures[1].context, vec!["in Belgium"]);
        assert!(r.checks.iter().any(|c| c.verdict == "fails"));
    }

    #[test]
    fn a_breakdown_that_adds_up_is_quiet() {
        let text = ARRESTS.replace("five", "four");
        let r = check_draft(text, "text", "");
        assert!(r.findings.is_empty());
        assert_eq!(r.checks.len(), 1);
        assert_eq!(r.checks[0].verdict, "holds");
    }

    #[test]
    fn spans_in_non_ascii_markdown() {
        // Accents, a euro sign and an emoji before the figures: all of them shift UTF-16
        // offsets away from byte offsets.
        let text = "# Zürich 😀\n\nLa police a fait **17 arrests** — 13 à Liège, €5 aside, and five in Besançon.\n";
        let r = check_draft(text.to_string(), "markdown", "");
        assert!(!r.figures.is_empty());
        for q in &r.figures {
            assert_eq!(js_slice(text, q.start, q.end), q.text);
        }
        for f in &r.findings {
            for s in &f.spans {
                assert_eq!(js_slice(text, s.start, s.end), s.text);
            }
        }
    }

    #[test]
    fn a_mistake_in_the_rules_keeps_the_default_pack() {
        let yaml = "rules:\n  - id: total\n    kind: sum\n    totl: {text: '17 arrests'}\n";
        let r = check_draft(ARRESTS.to_string(), "text", yaml);
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].place, "rules");
        assert_eq!(r.errors[0].line, 4);
        assert!(
            r.errors[0].message.contains("totl"),
            "{}",
            r.errors[0].message
        );
        // The default pack still ran.
        assert_eq!(r.findings.len(), 1);
        assert_eq!(r.findings[0].rule, "breakdown-sum");
    }

    #[test]
    fn the_articles_rules_run() {
        let yaml = "rules:\n  - id: arrests-total\n    kind: sum\n    total: {text: '17 arrests'}\n    parts: [{text: '13 in Belgium'}, {text: 'four in France'}]\n";
        let text = ARRESTS.replace("five", "four");
        let r = check_draft(text, "text", yaml);
        assert!(r.errors.is_empty(), "{:?}", r.errors[0].message);
        assert!(r.checks.iter().any(|c| c.rule == "arrests-total"));
    }

    #[test]
    fn markdown_front_matter_and_suppressions_are_honoured() {
        // A mistake in the front matter is placed in the draft; a suppression comment silences
        // the breakdown on the line after it.
        let text = "---\ntitle: Raids\nfigcheck:\n  rules:\n    - id: x\n      kind: sum\n      totl: 3\n---\n\n<!-- figcheck-disable-next-line breakdown-sum -->\nPolice made 17 arrests — 13 in Belgium and five in France.\n\nPolice made 17 arrests — 13 in Belgium and five in France.\n";
        let r = check_draft(text.to_string(), "markdown", "");
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].place, "draft");
        assert_eq!(r.errors[0].line, 7);
        let lines: Vec<usize> = r.findings.iter().map(|f| f.line).collect();
        assert_eq!(lines, vec![13]);
        for s in &r.findings[0].spans {
            assert_eq!(js_slice(text, s.start, s.end), s.text);
        }
    }

    #[test]
    fn the_ledger_is_the_clis() {
        let out = ledger(ARRESTS.to_string(), "text", "");
        assert!(out.starts_with("# figcheck ledger: draft.txt\n## figures\n"));
        assert!(out.contains("breakdown-sum  1:13  13 + 5 = 18; total 17  fails"));
        assert!(out.contains("## findings\nerror breakdown-sum 1:13: "));
    }
}
