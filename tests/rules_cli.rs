//! The rule-authoring commands: `figcheck test`, `rules`, `explain` and `schema`.

mod common;

use common::figcheck;
use std::path::PathBuf;

/// A rule file under the system temporary directory.
fn pack(name: &str, yaml: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("figcheck-rules-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, yaml).unwrap();
    path
}

const PACK: &str = "rules:
  - id: arrests
    kind: sum
    total: {text: '17 arrests'}
    parts: [{text: '13 in'}, {pattern: 'and (?P<n>\\w+) in France'}]
    tests:
      - text: 'Police made 17 arrests: 13 in Belgium and five in France.'
        expect: [{at: '1:13', severity: error, message: '18 (13 + 5)'}]
      - text: 'Police made 17 arrests: 13 in Belgium and four in France.'
        quiet: true
";

#[test]
fn the_default_pack_passes_its_own_tests() {
    let out = figcheck().arg("test").output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{stdout}");
    let last = stdout.lines().last().unwrap();
    assert!(last.ends_with(" passed, 0 failed"), "{stdout}");
    let passed: usize = last.split(' ').next().unwrap().parse().unwrap();
    assert!(passed >= 10, "{stdout}");
}

#[test]
fn a_correct_pack_passes_with_the_count_line() {
    let p = pack("good.yaml", PACK);
    let out = figcheck().arg("test").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "2 passed, 0 failed\n"
    );
}

#[test]
fn a_wrong_expectation_fails_naming_rule_case_and_difference() {
    let p = pack("wrong.yaml", &PACK.replace("at: '1:13'", "at: '1:14'"));
    let out = figcheck().arg("test").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let name = p.display().to_string();
    let expected = format!(
        "FAIL {name}:7: rule `arrests`, case 1
  text:     Police made 17 arrests: 13 in Belgium and five in France.
  expected: error arrests at 1:14 with message containing \"18 (13 + 5)\"
  actual:   error arrests at 1:13: parts add up to 18 (13 + 5), but the total is 17
  - missing: error arrests at 1:14 with message containing \"18 (13 + 5)\"
  - unexpected: error arrests at 1:13: parts add up to 18 (13 + 5), but the total is 17

1 passed, 1 failed
"
    );
    assert_eq!(stdout, expected);
}

#[test]
fn a_quiet_case_that_is_flagged_fails() {
    let p = pack(
        "noisy.yaml",
        &PACK.replace(
            "and four in France.'\n        quiet",
            "and six in France.'\n        quiet",
        ),
    );
    let out = figcheck().arg("test").arg(&p).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("rule `arrests`, case 2"), "{stdout}");
    assert!(stdout.contains("expected: (no finding)"), "{stdout}");
    assert!(
        stdout.contains("- unexpected: error arrests at 1:13: parts add up to 19 (13 + 6)"),
        "{stdout}"
    );
}

#[test]
fn a_misspelled_field_fails_before_any_document_is_read() {
    let p = pack("typo.yaml", &PACK.replace("    total:", "    totl:"));
    let name = p.display().to_string();
    for args in [
        vec!["test", &name],
        vec!["check", "--rules", &name, "/nonexistent/draft.txt"],
    ] {
        let out = figcheck().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        let at = stderr
            .find(&format!("{name}:4:5"))
            .unwrap_or_else(|| panic!("{stderr}"));
        assert!(stderr.contains("unknown field `totl`"), "{stderr}");
        assert!(
            stderr.contains("4 |     totl: {text: '17 arrests'}"),
            "{stderr}"
        );
        // The rule file is reported before the document is even opened.
        if let Some(doc) = stderr.find("/nonexistent/draft.txt") {
            assert!(at < doc, "{stderr}");
        }
    }
}

#[test]
fn rules_lists_every_rule_with_its_state() {
    let p = pack(
        "listed.yaml",
        &format!(
            "{PACK}  - {{id: off-rule, kind: same, enabled: false, of: [{{text: x}}], tests: [{{text: x, quiet: true}}]}}\n"
        ),
    );
    let out = figcheck()
        .arg("rules")
        .arg("--rules")
        .arg(&p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert!(
        lines[0].starts_with("pack") && lines[0].ends_with("state"),
        "{stdout}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("rules/news.yaml:8")
            && l.contains("breakdown-sum")
            && l.contains("sum (detect: breakdown)")
            && l.ends_with("on")),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("arrests") && l.contains(" sum ") && l.contains("error")),
        "{stdout}"
    );
    assert!(
        lines
            .iter()
            .any(|l| l.contains("off-rule") && l.ends_with("off")),
        "{stdout}"
    );
}

#[test]
fn explain_prints_the_kind_and_a_live_example() {
    let out = figcheck().args(["explain", "list-count"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.starts_with("list-count (count-list, detect: list), rules/news.yaml:"),
        "{stdout}"
    );
    assert!(stdout.contains("Fields of the kind:\n  count"), "{stdout}");
    assert!(stdout.contains("→ error list-count at 1:20"), "{stdout}");
    let out = figcheck()
        .args(["explain", "no-such-rule"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("no rule `no-such-rule` is loaded")
    );
}

#[test]
fn schema_prints_the_committed_schema() {
    let out = figcheck().arg("schema").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let committed = std::fs::read_to_string(concat!(
        concat!(env!("CARGO_MANIFEST_DIR"), "/../.."),
        "/docs/figcheck-rules.schema.json"
    ))
    .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), committed);
}
