//! One fixture folder per detector, as ruff keeps one fixture and one snapshot per rule:
//! `tests/fixtures/detect/<detector>/fire.txt` holds stories the detector must flag, and
//! `quiet.txt` look-alikes that no check may flag. Cases are separated by a line `===`, and
//! each is checked alone, with the default pack, as `figcheck check` checks a file. The
//! findings of the stories that fire are kept as insta snapshots (`snapshots/detect_*.snap`),
//! so a change to what a detector says, or where, shows in review.

use figcheck::rules::{Body, RuleSet};
use figcheck::source::Format;
use figcheck::{Checker, Input};
use std::fmt::Write as _;
use std::path::PathBuf;

/// The detectors, by the name of their fixture folder (their `detect:` name).
const DETECTORS: &[&str] = &[
    "breakdown",
    "result",
    "near-sum",
    "tally",
    "headline",
    "repeated",
    "share",
    "change",
    "list",
];

fn fixture(detector: &str, file: &str) -> Vec<String> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/detect")
        .join(detector)
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let cases: Vec<String> = text
        .split("\n===\n")
        .map(|c| c.trim_matches('\n').to_string())
        .filter(|c| !c.is_empty())
        .collect();
    assert!(!cases.is_empty(), "{} has no case", path.display());
    cases
}

/// The id of the default rule that runs a detector.
fn rule_of(detector: &str) -> String {
    RuleSet::default_pack()
        .rules()
        .iter()
        .find(|r| matches!(&r.body, Body::Detect(d) if d.name() == detector))
        .unwrap_or_else(|| panic!("no default rule runs the detector {detector}"))
        .id
        .clone()
}

/// One case's findings, a line each: `severity rule line:column: message`.
fn findings(checker: &Checker, case: &str) -> Vec<String> {
    let got = checker.check(Input::new("case", case, Format::Text));
    got.findings
        .iter()
        .map(|f| {
            let (line, column) = got.doc.line_col(f.span.start);
            format!(
                "{} {} {line}:{column}: {}",
                f.severity.name(),
                f.rule,
                f.message
            )
        })
        .collect()
}

#[test]
fn each_detector_fires_on_its_fixtures() {
    let checker = Checker::new();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    for detector in DETECTORS {
        let rule = rule_of(detector);
        let mut report = String::new();
        for (k, case) in fixture(detector, "fire.txt").iter().enumerate() {
            let got = findings(&checker, case);
            assert!(
                got.iter()
                    .any(|f| f.split(' ').nth(1) == Some(rule.as_str())),
                "{detector} fire.txt case {}: no {rule} finding in {got:?}\n{case}",
                k + 1
            );
            let first = case.lines().next().unwrap_or("");
            let _ = writeln!(report, "case {}: {first}", k + 1);
            for f in got {
                let _ = writeln!(report, "  {f}");
            }
        }
        settings.bind(|| {
            insta::assert_snapshot!(format!("detect_{}", detector.replace('-', "_")), report)
        });
    }
}

#[test]
fn look_alikes_stay_quiet() {
    let checker = Checker::new();
    for detector in DETECTORS {
        for (k, case) in fixture(detector, "quiet.txt").iter().enumerate() {
            let got = findings(&checker, case);
            assert!(
                got.is_empty(),
                "{detector} quiet.txt case {}: {got:?}\n{case}",
                k + 1
            );
        }
    }
}
