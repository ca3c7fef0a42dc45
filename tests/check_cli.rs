//! Integration tests of `figcheck check`: exit codes, the `figcheck.check/1` JSON report, JSON
//! Lines batches, rule packs (`--rules`, sidecars, load errors) and unreadable inputs. Fixtures
//! are the stories under `tests/fixtures/check/`, written for these tests, or small files written
//! to the system temporary directory; nothing here reads `../shared`.

mod common;

use assert_cmd::Command;
use common::{TempFile, figcheck, unique};
use serde_json::{Value, json};
use std::path::{Path, PathBuf};

/// Every figure agrees: the default pack must stay silent.
const SOUND: &str = "tests/fixtures/check/river-sound.txt";
/// A breakdown, an "including" list, a share, a change and a list count that do not add up.
const FAULTY: &str = "tests/fixtures/check/mill-fire.txt";
/// Only a share that truncation explains ("2 of 3, or 66%"): one warning, no error.
const WARNING_ONLY: &str = "tests/fixtures/check/survey-rounding.txt";
/// Has a sidecar rule file, `ferry-fire.figcheck.yaml`.
const SIDECAR_DOC: &str = "tests/fixtures/check/ferry-fire.txt";

/// A directory under the system temporary directory, removed with its files when dropped.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let path = unique(name);
        std::fs::create_dir_all(&path).expect("create a temporary directory");
        TempDir(path)
    }
    fn write(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let p = self.0.join(name);
        std::fs::write(&p, bytes).expect("write a file in the temporary directory");
        p
    }
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let out = cmd.output().expect("figcheck runs");
    Run {
        code: out.status.code().expect("figcheck exits (no signal)"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

fn parse(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

fn fixture_bytes(path: &str) -> Vec<u8> {
    std::fs::read(Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join(path))
        .expect("read a fixture")
}

/// The findings of the only document of a `--format json` report, after checking the envelope.
fn only_document_findings(v: &Value, source: &str) -> Vec<Value> {
    assert_eq!(v["schema"], "figcheck.check/1", "{v}");
    let docs = v["documents"].as_array().expect("documents is an array");
    assert_eq!(docs.len(), 1, "{v}");
    assert_eq!(docs[0]["source"], source, "{v}");
    docs[0]["findings"]
        .as_array()
        .expect("findings is an array")
        .clone()
}

fn usize_of(v: &Value, key: &str) -> usize {
    v[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{key} is not a number in {v}")) as usize
}

/// The 1-based line and column (in Unicode scalar values) of a byte offset, computed here
/// independently of the binary.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |k| k + 1);
    (line, text[line_start..offset].chars().count() + 1)
}

/// The source text a span of the contract (`start`, `end`, `line`, `column`) points at, after
/// checking that its line and column agree with its byte offsets.
fn span_text<'a>(bytes: &'a [u8], span: &Value) -> &'a str {
    let (start, end) = (usize_of(span, "start"), usize_of(span, "end"));
    assert!(
        start <= end && end <= bytes.len(),
        "span out of range: {span}"
    );
    let text = std::str::from_utf8(bytes).expect("fixture is UTF-8");
    assert_eq!(
        (usize_of(span, "line"), usize_of(span, "column")),
        line_col(text, start),
        "line/column disagree with the byte offset: {span}"
    );
    std::str::from_utf8(&bytes[start..end])
        .unwrap_or_else(|_| panic!("span does not fall on character boundaries: {span}"))
}

/// A finding as (rule, severity, primary text, [(label, related text)...], message).
type Summary = (String, String, String, Vec<(String, String)>, String);

fn summarize(bytes: &[u8], f: &Value) -> Summary {
    let related = f["related"]
        .as_array()
        .unwrap_or_else(|| panic!("related is not an array: {f}"))
        .iter()
        .map(|r| {
            (
                r["label"]
                    .as_str()
                    .unwrap_or_else(|| panic!("related without label: {r}"))
                    .to_string(),
                span_text(bytes, r).to_string(),
            )
        })
        .collect();
    (
        f["rule"].as_str().expect("rule").to_string(),
        f["severity"].as_str().expect("severity").to_string(),
        span_text(bytes, f).to_string(),
        related,
        f["message"].as_str().expect("message").to_string(),
    )
}

fn expect(
    rule: &str,
    severity: &str,
    text: &str,
    related: &[(&str, &str)],
    message: &str,
) -> Summary {
    (
        rule.into(),
        severity.into(),
        text.into(),
        related
            .iter()
            .map(|(l, t)| (l.to_string(), t.to_string()))
            .collect(),
        message.into(),
    )
}

// 1. A sound story.

#[test]
fn sound_story_has_no_findings_and_ends_with_the_summary_line() {
    let r = run(figcheck().args(["check", SOUND]));
    assert_eq!(r.code, 0, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert_eq!(
        r.stdout,
        "0 errors, 0 warnings, 0 infos in 1 document (13 figures)\n"
    );
    assert_eq!(r.stderr, "");

    let r = run(figcheck().args(["check", "--format", "json", SOUND]));
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    assert_eq!(
        only_document_findings(&parse(&r.stdout), SOUND),
        Vec::<Value>::new()
    );
}

// 2. The faulty story as JSON.

#[test]
fn faulty_story_json_has_every_finding_with_exact_spans_and_messages() {
    let r = run(figcheck().args(["check", "--format", "json", FAULTY]));
    assert_eq!(r.code, 1, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let v = parse(&r.stdout);
    let findings = only_document_findings(&v, FAULTY);
    let bytes = fixture_bytes(FAULTY);

    for f in &findings {
        for key in ["rule", "severity", "message"] {
            assert!(f[key].is_string(), "{key} is not a string in {f}");
        }
        for key in ["start", "end", "line", "column"] {
            assert!(f[key].is_u64(), "{key} is not a number in {f}");
        }
        let related = f["related"].as_array().expect("related is an array");
        assert!(
            !related.is_empty(),
            "every finding here has related figures: {f}"
        );
        for r in related {
            for key in ["start", "end", "line", "column"] {
                assert!(r[key].is_u64(), "{key} is not a number in {r}");
            }
            assert!(r["label"].is_string(), "{r}");
        }
    }

    let got: Vec<Summary> = findings.iter().map(|f| summarize(&bytes, f)).collect();
    let want = vec![
        expect(
            "breakdown-sum",
            "error",
            "31",
            &[("part", "20"), ("part", "12")],
            "parts add up to 32 (20 + 12), but the total is 31",
        ),
        expect(
            "breakdown-sum",
            "error",
            "14",
            &[("part", "six"), ("part", "ten")],
            "the parts listed add up to 16 (6 + 10), more than the total of 14",
        ),
        expect(
            "stated-share",
            "error",
            "70%",
            &[("part", "9"), ("whole", "12")],
            "9/12 is 75%, but the share is stated as 70%",
        ),
        expect(
            "stated-change",
            "error",
            "20",
            &[("from", "40"), ("to", "50")],
            "from 40 to 50 is an increase of 10, but the change is stated as 20",
        ),
        expect(
            "list-count",
            "error",
            "three",
            &[
                ("item", "a new fire escape"),
                ("item", "working alarms"),
                ("item", "regular inspections"),
                ("item", "a public meeting"),
            ],
            "“three demands” are announced, but the list that follows names 4 \
             (a new fire escape; working alarms; regular inspections; a public meeting)",
        ),
    ];
    assert_eq!(got, want);

    // The breakdown's figures by place: "31" is on line 3 at column 87; its part "20" comes
    // after an em dash (three bytes, one character), so its column is not its byte distance.
    let total = &findings[0];
    assert_eq!(
        (
            usize_of(total, "start"),
            usize_of(total, "end"),
            usize_of(total, "line"),
            usize_of(total, "column")
        ),
        (128, 130, 3, 87)
    );
    let part = &total["related"][0];
    assert_eq!(
        (
            usize_of(part, "start"),
            usize_of(part, "line"),
            usize_of(part, "column")
        ),
        (180, 3, 137)
    );

    // Sorted by start.
    let starts: Vec<usize> = findings.iter().map(|f| usize_of(f, "start")).collect();
    let mut sorted = starts.clone();
    sorted.sort();
    assert_eq!(starts, sorted);
}

#[test]
fn faulty_story_human_output_shows_each_finding_and_the_summary() {
    let r = run(figcheck().args(["check", FAULTY]));
    assert_eq!(r.code, 1, "stderr: {}", r.stderr);
    assert!(
        r.stdout.starts_with(
            "error[breakdown-sum]: parts add up to 32 (20 + 12), but the total is 31\n"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains(&format!(" --> {FAULTY}:3:87\n")),
        "{}",
        r.stdout
    );
    for header in [
        "error[stated-share]: 9/12 is 75%, but the share is stated as 70%",
        "error[stated-change]: from 40 to 50 is an increase of 10, but the change is stated as 20",
        "error[list-count]: “three demands” are announced",
    ] {
        assert!(r.stdout.contains(header), "no {header:?} in:\n{}", r.stdout);
    }
    assert!(
        r.stdout
            .ends_with("\n5 errors, 0 warnings, 0 infos in 1 document (14 figures)\n"),
        "{}",
        r.stdout
    );
    assert!(
        !r.stdout.contains('\u{1b}'),
        "NO_COLOR output has no colour"
    );
}

// 3. --fail-on.

#[test]
fn fail_on_sets_the_threshold_for_exit_one() {
    let summary = "0 errors, 1 warning, 0 infos in 1 document (4 figures)\n";
    let r = run(figcheck().args(["check", WARNING_ONLY]));
    assert_eq!(r.code, 0, "a warning alone passes by default: {}", r.stdout);
    assert!(
        r.stdout.starts_with(
            "warning[stated-share]: 2/3 is 66.7%, which rounds to 67%, not 66% (only truncation gives 66%)\n"
        ),
        "{}",
        r.stdout
    );
    assert!(r.stdout.ends_with(summary), "{}", r.stdout);

    for (level, code) in [("info", 1), ("warning", 1), ("error", 0)] {
        let r = run(figcheck().args(["check", "--fail-on", level, WARNING_ONLY]));
        assert_eq!(r.code, code, "--fail-on {level}: {}", r.stderr);
        assert!(r.stdout.ends_with(summary), "{}", r.stdout);
    }

    // Errors fail at every threshold; a sound story at none.
    for level in ["info", "warning", "error"] {
        assert_eq!(
            run(figcheck().args(["check", "--fail-on", level, FAULTY])).code,
            1
        );
        assert_eq!(
            run(figcheck().args(["check", "--fail-on", level, SOUND])).code,
            0
        );
    }
}

// 4. --jsonl.

#[test]
fn jsonl_writes_one_line_per_input_line_and_an_unreadable_line_exits_two() {
    let good = "Police made 17 arrests — 13 in Lyon and four in Nice.";
    let bad = "Police made 17 arrests — 13 in Lyon and five in Nice.";
    let input = format!(
        "{}\n{}\n{}\n",
        json!({"id": "good", "text": good}),
        r#"{"id": "broken", "text": "#,
        json!({"id": "bad", "text": bad}),
    );
    let file = TempFile::new("batch.jsonl", input.as_bytes());
    let r = run(figcheck().args(["check", "--jsonl"]).arg(file.path()));
    assert_eq!(r.code, 2, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let lines: Vec<Value> = r.stdout.lines().map(parse).collect();
    assert_eq!(
        lines.len(),
        3,
        "one output line per input line:\n{}",
        r.stdout
    );

    assert_eq!(lines[0], json!({"id": "good", "findings": []}));

    // No id could be read from the broken line: its line number stands in.
    assert_eq!(lines[1]["line"], 2, "{}", lines[1]);
    assert!(lines[1].get("id").is_none(), "{}", lines[1]);
    assert!(lines[1].get("findings").is_none(), "{}", lines[1]);
    let message = lines[1]["error"].as_str().expect("error is a string");
    assert!(message.starts_with("line 2: not JSON"), "{message}");
    assert!(
        r.stderr
            .contains(&format!("{}: line 2: not JSON", file.name())),
        "the error is also on stderr: {}",
        r.stderr
    );

    assert_eq!(lines[2]["id"], "bad");
    let findings = lines[2]["findings"].as_array().expect("findings");
    let got: Vec<Summary> = findings
        .iter()
        .map(|f| summarize(bad.as_bytes(), f))
        .collect();
    assert_eq!(
        got,
        vec![expect(
            "breakdown-sum",
            "error",
            "17",
            &[("part", "13"), ("part", "five")],
            "parts add up to 18 (13 + 5), but the total is 17",
        )]
    );

    // Without the broken line the same batch exits 1: the 2 above came from the bad line.
    let r = run(figcheck()
        .args(["check", "--jsonl", "-"])
        .write_stdin(format!(
            "{}\n{}\n",
            json!({"id": 1, "text": good}),
            json!({"id": 2, "text": bad}),
        )));
    assert_eq!(r.code, 1, "stderr: {}", r.stderr);
    let ids: Vec<Value> = r.stdout.lines().map(|l| parse(l)["id"].clone()).collect();
    assert_eq!(ids, [json!(1), json!(2)]);
}

#[test]
fn jsonl_and_format_cannot_be_combined() {
    let r = run(figcheck().args(["check", "--jsonl", "--format", "json", "-"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--format"), "{}", r.stderr);
    assert_eq!(r.stdout, "");
}

// 5. Sidecar rule files.

#[test]
fn sidecar_rules_run_for_their_document() {
    let r = run(figcheck().args(["check", "--format", "json", SIDECAR_DOC]));
    assert_eq!(r.code, 1, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let findings = only_document_findings(&parse(&r.stdout), SIDECAR_DOC);
    let bytes = fixture_bytes(SIDECAR_DOC);

    // The stale rule: a document-wide warning at offset 0 that names the rule and its place.
    let stale = &findings[0];
    assert_eq!(stale["rule"], "ferry-lifeboats", "{stale}");
    assert_eq!(stale["severity"], "warning", "{stale}");
    assert_eq!(
        (
            usize_of(stale, "start"),
            usize_of(stale, "end"),
            usize_of(stale, "line"),
            usize_of(stale, "column")
        ),
        (0, 0, 1, 1)
    );
    assert_eq!(stale["related"], json!([]));
    assert_eq!(
        stale["message"],
        "rule `ferry-lifeboats` (tests/fixtures/check/ferry-fire.figcheck.yaml:18): \
         selector {pattern: \"(?P<n>\\\\w+) lifeboats were launched\"} matches no figure in \
         this document"
    );

    // sum (text + pattern), fact (text) and same (text + pattern) all fire; the fact read
    // through a pattern ("Four crew members" = 4) holds and stays silent.
    let got: Vec<Summary> = findings[1..].iter().map(|f| summarize(&bytes, f)).collect();
    assert_eq!(
        got,
        vec![
            expect(
                "ferry-evacuees-split",
                "error",
                "212",
                &[("part", "150"), ("part", "52")],
                "parts add up to 202 (150 + 52), but the total is 212",
            ),
            expect(
                "ferry-evacuees-confirmed",
                "error",
                "210",
                &[],
                "reported as 210, but the confirmed figure is 212 (source: coastguard log)",
            ),
            expect(
                "ferry-evacuees-repeated",
                "error",
                "210",
                &[("first reported", "212")],
                "the same figure is reported as 210 here and as 212 at 3:100",
            ),
        ]
    );
}

#[test]
fn sidecar_rules_apply_only_to_their_document_and_without_the_default_pack() {
    let r = run(figcheck().args([
        "check",
        "--format",
        "json",
        "--no-default-rules",
        SIDECAR_DOC,
        SOUND,
    ]));
    assert_eq!(r.code, 1, "stderr: {}", r.stderr);
    let v = parse(&r.stdout);
    let docs = v["documents"].as_array().expect("documents");
    assert_eq!(docs.len(), 2, "{v}");
    assert_eq!(docs[0]["source"], SIDECAR_DOC);
    let rules: Vec<&str> = docs[0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        rules,
        [
            "ferry-lifeboats",
            "ferry-evacuees-split",
            "ferry-evacuees-confirmed",
            "ferry-evacuees-repeated"
        ]
    );
    // The sidecar's selectors match nothing in the other story, and no stale warning leaks.
    assert_eq!(docs[1]["source"], SOUND);
    assert_eq!(docs[1]["findings"], json!([]));
}

#[test]
fn sidecar_selector_that_matches_nothing_is_a_warning_naming_the_rule() {
    let dir = TempDir::new("stale");
    let doc = dir.write(
        "harbour.txt",
        b"The harbour wall was repaired by 12 workers.\n",
    );
    dir.write(
        "harbour.figcheck.yaml",
        b"rules:\n  - id: harbour-divers\n    kind: same\n    of:\n      - { text: \"12 workers\" }\n      - { pattern: '(?P<n>\\w+) divers inspected' }\n",
    );
    let r = run(figcheck().arg("check").arg(&doc));
    assert_eq!(
        r.code, 0,
        "a warning alone passes: {}\n{}",
        r.stdout, r.stderr
    );
    let first = r.stdout.lines().next().unwrap_or("");
    assert!(
        first.starts_with("warning[harbour-divers]: rule `harbour-divers` ("),
        "{}",
        r.stdout
    );
    assert!(
        first.ends_with(
            "harbour.figcheck.yaml:2): selector 2 {pattern: \"(?P<n>\\\\w+) divers inspected\"} matches no figure in this document"
        ),
        "{first}"
    );
    assert!(
        r.stdout
            .ends_with("0 errors, 1 warning, 0 infos in 1 document (1 figure)\n"),
        "{}",
        r.stdout
    );
    let r = run(figcheck().args(["check", "--fail-on", "warning"]).arg(&doc));
    assert_eq!(r.code, 1);
}

// 6. --rules: load errors at their place, directories, replacing a default rule.

/// Runs `check --rules FILE` on the sound story with `yaml` as FILE; checks exit 2 and that
/// stderr has `FILE:LINE:COL: message` and the snippet line `LINE | text`. Returns stderr.
fn rules_error(yaml: &str, line: usize, column: usize, message: &str) -> String {
    let file = TempFile::new("rules.yaml", yaml.as_bytes());
    let r = run(figcheck()
        .args(["check", "--rules"])
        .arg(file.path())
        .arg(SOUND));
    assert_eq!(r.code, 2, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let at = format!("{}:{line}:{column}", file.name());
    assert!(
        r.stderr.contains(&format!("error: {message}")),
        "no {message:?} in:\n{}",
        r.stderr
    );
    assert!(
        r.stderr.contains(&format!(" --> {at}\n")),
        "no {at} in:\n{}",
        r.stderr
    );
    let snippet = format!("{line} | {}", yaml.lines().nth(line - 1).unwrap());
    assert!(
        r.stderr.lines().any(|l| l == snippet),
        "no snippet line {snippet:?} in:\n{}",
        r.stderr
    );
    r.stderr
}

#[test]
fn rules_misspelled_field_is_reported_at_its_place() {
    let yaml = "\
# A pack with a typo.
rules:
  - id: rescued-split
    kind: sum
    totl: { text: \"18 households\" }
    parts: [ { text: \"11 from\" }, { text: \"seven from\" } ]
";
    rules_error(yaml, 5, 5, "unknown field `totl`, expected one of");
}

#[test]
fn rules_unknown_kind_is_reported_at_its_place() {
    let yaml = "\
rules:
  - id: rescued-split
    kind: summ
    total: { text: \"18 households\" }
";
    rules_error(
        yaml,
        3,
        11,
        "unknown variant `summ`, expected one of sum, same, compare, ratio, change, count-list, fact",
    );
}

#[test]
fn rules_regex_that_does_not_compile_is_reported_at_its_place() {
    let yaml = "\
rules:
  - id: volunteers-repeated
    kind: same
    of:
      - { text: \"24 volunteers\" }
      - { pattern: '(?P<n>\\d+ volunteers' }
";
    rules_error(yaml, 6, 20, "the pattern does not compile: unclosed group");
}

#[test]
fn rules_pattern_without_group_n_is_reported_and_the_packs_good_rules_still_run() {
    let yaml = "\
rules:
  - id: volunteers-repeated
    kind: same
    of:
      - { text: \"24 volunteers\" }
      - { pattern: '(\\d+) volunteers helped' }
  - id: volunteers-confirmed
    kind: fact
    value: 25
    of: [ { text: \"24 volunteers\" } ]
";
    rules_error(
        yaml,
        6,
        20,
        "the pattern has no group named `n` to read the figure from; write it as (?P<n>...)",
    );
    // A mistake inside a well-formed rule leaves the pack's other rules loaded.
    let file = TempFile::new("rules.yaml", yaml.as_bytes());
    let r = run(figcheck()
        .args(["check", "--rules"])
        .arg(file.path())
        .arg(SOUND));
    assert_eq!(r.code, 2);
    assert!(
        r.stdout.starts_with(
            "error[volunteers-confirmed]: reported as 24, but the confirmed figure is 25\n"
        ),
        "{}",
        r.stdout
    );
    assert!(!r.stdout.contains("volunteers-repeated"), "{}", r.stdout);
}

#[test]
fn rules_sum_with_one_part_is_reported_at_its_place() {
    let yaml = "\
rules:
  - id: households-split
    kind: sum
    total: { text: \"18 households\" }
    parts:
      - { text: \"11 from\" }
";
    // The place is the start of the `parts` sequence: its first "-".
    rules_error(
        yaml,
        6,
        7,
        "a `sum` needs at least two parts; this one has 1",
    );
}

#[test]
fn a_pack_on_standard_input_is_named_dash() {
    let pack = "rules:\n  - id: volunteers-confirmed\n    kind: fact\n    value: 25\n    of: [ { pattern: '(?P<n>\\d+) volunteers' } ]\n";
    let r = run(figcheck()
        .args(["check", "--format", "json", "--rules", "-", SOUND])
        .write_stdin(pack));
    assert_eq!(r.code, 1, "stderr: {}", r.stderr);
    let findings = only_document_findings(&parse(&r.stdout), SOUND);
    assert_eq!(findings[0]["rule"], "volunteers-confirmed");
    let r = run(figcheck()
        .args(["check", "--rules", "-", SOUND])
        .write_stdin("rules:\n  - id: x\n    kind: nonsense\n"));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains(" --> -:3:11"), "{}", r.stderr);
}

#[test]
fn rules_directory_loads_every_yaml_file_in_it() {
    let dir = TempDir::new("packs");
    dir.write(
        "a-volunteers.yaml",
        b"rules:\n  - id: volunteers-confirmed\n    kind: fact\n    value: 25\n    of: [ { pattern: '(?P<n>\\d+) volunteers' } ]\n",
    );
    dir.write(
        "b-shops.yml",
        b"facts:\n  - id: shops-confirmed\n    value: 16\n    of: [ { text: \"15 of 20\" } ]\n",
    );
    // Not a rule file: never read, or the run would exit 2.
    dir.write("notes.txt", b"rules: [ this is not a pack\n");
    let r = run(figcheck()
        .args(["check", "--format", "json", "--rules"])
        .arg(dir.path())
        .arg(SOUND));
    assert_eq!(r.code, 1, "stderr: {}", r.stderr);
    assert_eq!(r.stderr, "");
    let bytes = fixture_bytes(SOUND);
    let got: Vec<Summary> = only_document_findings(&parse(&r.stdout), SOUND)
        .iter()
        .map(|f| summarize(&bytes, f))
        .collect();
    assert_eq!(
        got,
        vec![
            expect(
                "volunteers-confirmed",
                "error",
                "24",
                &[],
                "reported as 24, but the confirmed figure is 25",
            ),
            expect(
                "shops-confirmed",
                "error",
                "15",
                &[],
                "reported as 15, but the confirmed figure is 16",
            ),
        ]
    );

    let empty = TempDir::new("no-packs");
    let r = run(figcheck()
        .args(["check", "--rules"])
        .arg(empty.path())
        .arg(SOUND));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&format!(
            "{}: no rule files (*.yaml, *.yml) in this directory",
            empty.path().display()
        )),
        "{}",
        r.stderr
    );
}

#[test]
fn a_pack_replaces_a_default_rule_with_the_same_id() {
    let pack = TempFile::new(
        "soft.yaml",
        b"rules:\n  - id: breakdown-sum\n    kind: sum\n    detect: breakdown\n    severity: warning\n",
    );
    let doc = TempFile::new(
        "arrests.txt",
        "Police made 17 arrests — 13 in Lyon and five in Nice.\n".as_bytes(),
    );
    let r = run(figcheck()
        .args(["check", "--rules"])
        .arg(pack.path())
        .arg(doc.path()));
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert!(
        r.stdout.starts_with(
            "warning[breakdown-sum]: parts add up to 18 (13 + 5), but the total is 17\n"
        ),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout
            .ends_with("0 errors, 1 warning, 0 infos in 1 document (3 figures)\n"),
        "{}",
        r.stdout
    );
}

// 7. --no-default-rules.

#[test]
fn no_default_rules_leaves_the_faulty_story_without_findings() {
    let r = run(figcheck().args(["check", "--no-default-rules", FAULTY]));
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    assert_eq!(
        r.stdout,
        "0 errors, 0 warnings, 0 infos in 1 document (14 figures)\n"
    );

    let r = run(figcheck().args(["check", "--no-default-rules", "--format", "json", FAULTY]));
    assert_eq!(r.code, 0);
    assert_eq!(
        only_document_findings(&parse(&r.stdout), FAULTY),
        Vec::<Value>::new()
    );
}

// 8. Determinism.

#[test]
fn json_output_is_byte_identical_between_runs() {
    let once = || {
        let out = figcheck()
            .args(["check", "--format", "json", FAULTY, "tests/fixtures/check"])
            .output()
            .expect("figcheck runs");
        assert_eq!(out.status.code(), Some(1));
        out.stdout
    };
    let first = once();
    assert!(
        String::from_utf8_lossy(&first)
            .contains("\"source\":\"tests/fixtures/check/ferry-fire.txt\""),
        "the directory is walked"
    );
    for _ in 0..2 {
        assert_eq!(once(), first);
    }
}

#[test]
fn a_directory_is_checked_in_name_order() {
    let r = run(figcheck().args(["check", "--format", "json", "tests/fixtures/check"]));
    assert_eq!(r.code, 1, "stderr: {}", r.stderr);
    let v = parse(&r.stdout);
    let found: Vec<(String, usize)> = v["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["source"].as_str().unwrap().to_string(),
                d["findings"].as_array().unwrap().len(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            ("tests/fixtures/check/ferry-fire.txt".to_string(), 4),
            ("tests/fixtures/check/mill-fire.txt".to_string(), 5),
            ("tests/fixtures/check/river-sound.txt".to_string(), 0),
            ("tests/fixtures/check/survey-rounding.txt".to_string(), 1),
        ]
    );
}

// 9. Inputs that cannot be checked.

/// Checks `bad` beside the faulty story: exit 2, `FILE: message` on stderr, and the faulty
/// story still checked.
fn unreadable_beside_faulty(bad: &TempFile, message: &str) {
    let r = run(figcheck()
        .args(["check", "--format", "json"])
        .arg(bad.path())
        .arg(FAULTY));
    assert_eq!(r.code, 2, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert_eq!(
        r.stderr,
        format!("figcheck: {}: {message}\n", bad.name()),
        "stderr names the file"
    );
    let findings = only_document_findings(&parse(&r.stdout), FAULTY);
    assert_eq!(findings.len(), 5, "the readable story is still checked");

    let r = run(figcheck().arg("check").arg(bad.path()).arg(FAULTY));
    assert_eq!(r.code, 2);
    assert!(
        r.stdout
            .ends_with("5 errors, 0 warnings, 0 infos in 1 document (14 figures)\n"),
        "{}",
        r.stdout
    );
}

#[test]
fn binary_file_is_refused_by_name_and_the_others_are_checked() {
    let bin = TempFile::new("blob.txt", b"PK\x03\x04\x00\x00 31 people were rescued");
    unreadable_beside_faulty(&bin, "binary file (NUL byte at offset 4): not checked");
}

#[test]
fn invalid_utf8_is_refused_with_its_place_and_the_others_are_checked() {
    let bad = TempFile::new("latin1.txt", b"Flood\nab\xffcd 12 people were rescued\n");
    unreadable_beside_faulty(&bad, "2:3: invalid UTF-8 (byte 0xff at offset 8)");
}

#[test]
fn missing_file_is_named_and_the_others_are_checked() {
    let missing = TempFile::new("gone.txt", b"");
    let path = missing.path().to_path_buf();
    drop(missing);
    let r = run(figcheck()
        .args(["check", "--format", "json"])
        .arg(&path)
        .arg(FAULTY));
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        format!("figcheck: {}: no such file\n", path.display())
    );
    assert_eq!(only_document_findings(&parse(&r.stdout), FAULTY).len(), 5);
}

#[test]
fn empty_file_is_named_on_stderr_and_checked_as_empty() {
    let empty = TempFile::new("empty.txt", b"");
    // Readable, so not an error: a note on stderr, no findings, and the exit status of the rest.
    let r = run(figcheck()
        .args(["check", "--format", "json"])
        .arg(empty.path())
        .arg(SOUND));
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    assert_eq!(
        r.stderr,
        format!("figcheck: {}: empty document\n", empty.name())
    );
    let v = parse(&r.stdout);
    assert_eq!(
        v["documents"],
        json!([
            {"source": empty.name(), "findings": []},
            {"source": SOUND, "findings": []},
        ])
    );

    let r = run(figcheck().arg("check").arg(empty.path()).arg(FAULTY));
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .ends_with("5 errors, 0 warnings, 0 infos in 2 documents (14 figures)\n"),
        "{}",
        r.stdout
    );
}
