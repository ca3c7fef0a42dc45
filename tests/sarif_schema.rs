//! The SARIF output against the official SARIF 2.1.0 JSON schema (`tests/schemas/`, vendored
//! from the OASIS SARIF TC): a breakdown error, a stale selector of a custom pack, a document
//! without findings, multibyte text, and all of them in one log.

use figcheck::report::{Checked, sarif};
use figcheck::rules::{Finding, RuleSet, check};
use figcheck::{Document, extract};
use serde_json::Value;

const SCHEMA: &str = include_str!("schemas/sarif-2.1.0.json");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the vendored schema is JSON")
}

/// Every schema error of a SARIF log, with formats (`uri`, `uri-reference`) checked too.
fn errors(log: &Value) -> Vec<String> {
    let schema = schema();
    let validator = jsonschema::validator_for(&schema).expect("a valid schema");
    let strict = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema)
        .expect("a valid schema");
    validator
        .iter_errors(log)
        .chain(strict.iter_errors(log))
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

/// One document checked with `rules`.
struct Run {
    doc: Document,
    figures: usize,
    findings: Vec<Finding>,
}

fn run(source: &str, text: &str, rules: &RuleSet) -> Run {
    let doc = Document::from_text(source, text);
    let qs = extract(&doc);
    let findings = check(&doc, &qs, rules);
    Run {
        figures: qs.len(),
        doc,
        findings,
    }
}

fn render(runs: &[&Run], rules: &RuleSet) -> Value {
    let items: Vec<Checked> = runs
        .iter()
        .map(|r| Checked {
            doc: &r.doc,
            figures: r.figures,
            findings: &r.findings,
        })
        .collect();
    let text = sarif::render(&items, rules, env!("CARGO_PKG_VERSION"));
    serde_json::from_str(&text).expect("SARIF output is JSON")
}

fn assert_valid(log: &Value) {
    let errors = errors(log);
    assert!(
        errors.is_empty(),
        "{errors:#?}\n{}",
        serde_json::to_string_pretty(log).unwrap()
    );
}

/// A pack whose selector matches nothing in the documents below.
const STALE_PACK: &str = r#"
rules:
  - id: ferry-lifeboats
    kind: fact
    value: 6
    severity: error
    description: Six lifeboats were launched. From the coastguard log.
    of: [ { pattern: '(?P<n>\w+) lifeboats were launched' } ]
"#;

fn with_stale_pack() -> RuleSet {
    let mut rules = RuleSet::default_pack();
    let errors = rules.add_pack("desk.figcheck.yaml", STALE_PACK);
    assert!(errors.is_empty(), "{errors:?}");
    rules
}

#[test]
fn the_vendored_schema_is_the_official_one() {
    let schema = schema();
    assert_eq!(schema["$schema"], "http://json-schema.org/draft-07/schema#");
    assert_eq!(
        schema["title"],
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    );
    assert_eq!(schema["properties"]["version"]["enum"][0], "2.1.0");
}

#[test]
fn a_breakdown_error_is_valid_sarif() {
    let rules = RuleSet::default_pack();
    let story = run(
        "drafts/story.txt",
        "Police made 17 arrests — 13 in Belgium and five in France.\n",
        &rules,
    );
    assert_eq!(story.findings.len(), 1, "{:?}", story.findings);
    let log = render(&[&story], &rules);
    assert_valid(&log);
    let result = &log["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "breakdown-sum");
    assert_eq!(result["relatedLocations"].as_array().unwrap().len(), 2);
}

#[test]
fn a_stale_selector_warning_is_valid_sarif() {
    let rules = with_stale_pack();
    let story = run(
        "ferry.txt",
        "The ferry caught fire off the coast.\n",
        &rules,
    );
    let stale: Vec<&Finding> = story
        .findings
        .iter()
        .filter(|f| f.rule == "ferry-lifeboats")
        .collect();
    assert_eq!(stale.len(), 1, "{:?}", story.findings);
    let log = render(&[&story], &rules);
    assert_valid(&log);
    let result = &log["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "ferry-lifeboats");
    assert_eq!(result["level"], "warning");
    assert!(
        result["locations"][0]["physicalLocation"]
            .get("region")
            .is_none()
    );
    let index = result["ruleIndex"].as_u64().unwrap() as usize;
    let rule = &log["runs"][0]["tool"]["driver"]["rules"][index];
    assert_eq!(rule["id"], "ferry-lifeboats");
    assert_eq!(
        rule["shortDescription"]["text"],
        "Six lifeboats were launched."
    );
    assert_eq!(rule["defaultConfiguration"]["level"], "error");
}

#[test]
fn a_document_without_findings_is_valid_sarif() {
    let rules = RuleSet::default_pack();
    let clean = run("clean.txt", "Police made 17 arrests.\n", &rules);
    assert!(clean.findings.is_empty());
    let log = render(&[&clean], &rules);
    assert_valid(&log);
    assert_eq!(log["runs"][0]["results"], Value::Array(vec![]));
    assert_eq!(
        log["runs"][0]["artifacts"][0]["location"]["uri"],
        "clean.txt"
    );
    // And a check of no documents at all.
    assert_valid(&render(&[], &rules));
}

#[test]
fn multibyte_text_is_valid_sarif_with_code_point_columns() {
    let rules = RuleSet::default_pack();
    let text = "“Quoted” police made 17 arrests — 13 in Liège and five in Nancy.\n";
    let story = run("Liège story.txt", text, &rules);
    assert_eq!(story.findings.len(), 1, "{:?}", story.findings);
    let log = render(&[&story], &rules);
    assert_valid(&log);
    assert_eq!(log["runs"][0]["columnKind"], "unicodeCodePoints");
    let result = &log["runs"][0]["results"][0];
    let region = &result["locations"][0]["physicalLocation"]["region"];
    let at = text.find("17").unwrap();
    assert_eq!(region["startColumn"], text[..at].chars().count() + 1);
    assert_eq!(region["charOffset"], text[..at].chars().count());
    let part = &result["relatedLocations"][0]["physicalLocation"]["region"];
    let at = text.find("13").unwrap();
    assert_eq!(part["startColumn"], text[..at].chars().count() + 1);
    assert_eq!(
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "Li%C3%A8ge%20story.txt"
    );
}

#[test]
fn several_documents_in_one_log_are_valid_sarif() {
    let rules = with_stale_pack();
    let a = run(
        "a.txt",
        "Police made 17 arrests — 13 in Belgium and five in France.\n",
        &rules,
    );
    let b = run("b.txt", "Nothing to count here.\n", &rules);
    let c = run(
        "c.md",
        "“Quoted” police made 17 arrests — 13 in Liège and five in Nancy.\n",
        &rules,
    );
    let log = render(&[&a, &b, &c, &a], &rules);
    assert_valid(&log);
    assert_eq!(log["runs"][0]["artifacts"].as_array().unwrap().len(), 3);
}

#[test]
fn the_schema_rejects_a_broken_log() {
    let rules = RuleSet::default_pack();
    let story = run(
        "story.txt",
        "Police made 17 arrests — 13 in Belgium and five in France.\n",
        &rules,
    );
    let mut log = render(&[&story], &rules);
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
        Value::from(0);
    log["runs"][0]["results"][0]["level"] = Value::from("fatal");
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] =
        Value::from("a story.txt");
    let errors = errors(&log);
    for path in [
        "/runs/0/results/0/locations/0/physicalLocation/region/startLine",
        "/runs/0/results/0/level",
        "/runs/0/results/0/locations/0/physicalLocation/artifactLocation/uri",
    ] {
        assert!(
            errors.iter().any(|e| e.ends_with(&format!("at {path}"))),
            "{path} not reported: {errors:#?}"
        );
    }
}
