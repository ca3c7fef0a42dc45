//! Integration tests of the `figcheck` binary: what a user (or a CI gate) sees on stdout, stderr
//! and in the exit status. Inputs are the shipped example or small files written to the system
//! temporary directory; nothing here reads `../shared`.

mod common;

use assert_cmd::Command;
use common::{TempFile, figcheck};
use serde_json::Value;
use std::path::Path;

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

fn json(s: &str) -> Value {
    serde_json::from_str(s).unwrap_or_else(|e| panic!("not JSON ({e}): {s}"))
}

/// The quantity of a document whose source text is exactly `text`.
fn quantity<'a>(quantities: &'a [Value], text: &str) -> &'a Value {
    quantities
        .iter()
        .find(|q| q["text"] == text)
        .unwrap_or_else(|| panic!("no quantity {text:?} in {quantities:#?}"))
}

fn example_quantities() -> Vec<Value> {
    let r = run(figcheck().args(["extract", "--format", "json", "examples/arrests.txt"]));
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    let v = json(&r.stdout);
    assert_eq!(v["schema"], "figcheck.extract/1");
    let docs = v["documents"].as_array().expect("documents is an array");
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["source"], "examples/arrests.txt");
    docs[0]["quantities"]
        .as_array()
        .expect("quantities is an array")
        .clone()
}

#[test]
fn example_breakdown_is_read_with_stated_values_and_bindings() {
    let qs = example_quantities();
    let total = quantity(&qs, "23");
    let lyon = quantity(&qs, "15");
    let marseille = quantity(&qs, "eight");
    for (q, stated) in [(total, 23), (lyon, 15), (marseille, 8)] {
        assert_eq!(q["kind"], "count", "{q}");
        assert_eq!(q["stated"], stated, "{q}");
        assert_eq!(q["qualifier"], "exact", "{q}");
        assert_eq!(q["value"]["lo"], stated, "{q}");
        assert_eq!(q["value"]["hi"], stated, "{q}");
        // "15 in Lyon" has no noun of its own: it counts what "23 arrests" counts.
        assert_eq!(q["counts"], "arrest", "{q}");
        assert_eq!(q["event"], "arrest", "{q}");
    }
    assert_eq!(lyon["context"], serde_json::json!(["in Lyon"]));
    assert_eq!(marseille["context"], serde_json::json!(["in Marseille"]));
    // Spans point into the file: "23" on line 3, column 13, and the bytes match the text.
    let source = std::fs::read_to_string(
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("examples/arrests.txt"),
    )
    .unwrap();
    assert_eq!(
        (total["line"].as_u64(), total["column"].as_u64()),
        (Some(3), Some(13))
    );
    let (s, e) = (
        total["start"].as_u64().unwrap() as usize,
        total["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&source[s..e], "23");
    assert_eq!(total["sentence"], lyon["sentence"]);
}

#[test]
fn example_hedges_ranges_and_non_counts_follow_the_design_table() {
    let qs = example_quantities();

    let q = quantity(&qs, "more than three dozen");
    assert_eq!(
        (&q["kind"], &q["qualifier"], &q["stated"]),
        (&"count".into(), &"more_than".into(), &36.into())
    );
    assert_eq!(
        q["value"],
        serde_json::json!({"lo": 36, "hi": null, "lo_open": true, "hi_open": false})
    );

    let q = quantity(&qs, "As many as 40");
    assert_eq!(q["qualifier"], "up_to");
    assert_eq!(
        q["value"],
        serde_json::json!({"lo": 0, "hi": 40, "lo_open": false, "hi_open": false})
    );

    let q = quantity(&qs, "between 200 and 250");
    assert_eq!(q["qualifier"], "range");
    assert_eq!(
        (&q["value"]["lo"], &q["value"]["hi"]),
        (&200.into(), &250.into())
    );

    // A plural scale word is vague: "hundreds" runs from 200 to 999, as the design table has it.
    let q = quantity(&qs, "hundreds");
    assert_eq!(q["qualifier"], "vague");
    assert_eq!(
        (&q["value"]["lo"], &q["value"]["hi"]),
        (&200.into(), &999.into())
    );

    let q = quantity(&qs, "an estimated $3.5m");
    assert_eq!(
        (&q["kind"], &q["currency"], &q["stated"]),
        (&"money".into(), &"USD".into(), &3_500_000.into())
    );
    assert_eq!(q["qualifier"], "approx");

    let q = quantity(&qs, "9");
    assert_eq!(
        (&q["counts"], &q["event"]),
        (&"person".into(), &"kill".into())
    );

    let q = quantity(&qs, "12%");
    assert_eq!((&q["kind"], &q["stated"]), (&"percent".into(), &12.into()));

    // Figures that checks must not add up are classified as such.
    assert_eq!(quantity(&qs, "2019")["kind"], "year");
    assert_eq!(quantity(&qs, "4")["kind"], "date");
    assert_eq!(quantity(&qs, "A second")["kind"], "ordinal");
}

#[test]
fn example_human_table_names_file_line_and_column() {
    let r = run(figcheck().args(["extract", "examples/arrests.txt"]));
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    let header = r.stdout.lines().next().unwrap();
    for col in [
        "where", "text", "kind", "reading", "counts", "event", "context",
    ] {
        assert!(header.contains(col), "header {header:?} lacks {col}");
    }
    let row = r
        .stdout
        .lines()
        .find(|l| l.starts_with("examples/arrests.txt:3:26 "))
        .unwrap_or_else(|| panic!("no row for \"15\":\n{}", r.stdout));
    assert!(
        row.contains("15") && row.contains("arrest") && row.contains("in Lyon"),
        "{row}"
    );
    let hedge = r
        .stdout
        .lines()
        .find(|l| l.contains("more than three dozen"))
        .unwrap();
    assert!(hedge.contains("(36, ∞) more_than"), "{hedge}");
}

#[test]
fn invalid_utf8_is_reported_with_line_and_column_and_the_run_goes_on() {
    let bad = TempFile::new("bad.txt", b"ok\nab\xffcd 17 cars\n");
    let good = TempFile::new("good.txt", b"Police made 17 arrests.\n");
    let r = run(figcheck()
        .args(["extract", "--format", "json"])
        .arg(bad.path())
        .arg(good.path()));
    assert_eq!(r.code, 2, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    let msg = r
        .stderr
        .lines()
        .find(|l| l.contains(&bad.name()))
        .unwrap_or_else(|| panic!("stderr does not name {}: {}", bad.name(), r.stderr));
    assert!(
        msg.contains(&format!("{}: 2:3: invalid UTF-8", bad.name())),
        "{msg}"
    );
    // The valid file given in the same run is still extracted.
    let v = json(&r.stdout);
    let docs = v["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 1, "{v}");
    assert_eq!(docs[0]["source"], good.name());
    let q = quantity(docs[0]["quantities"].as_array().unwrap(), "17");
    assert_eq!((&q["stated"], &q["counts"]), (&17.into(), &"arrest".into()));
}

#[test]
fn binary_file_is_refused() {
    let bin = TempFile::new("blob.dat", b"PK\x03\x04\x00\x00 12 people");
    let r = run(figcheck().arg("extract").arg(bin.path()));
    assert_eq!(r.code, 2, "stderr: {}", r.stderr);
    assert!(
        r.stderr.contains(&bin.name()) && r.stderr.contains("binary"),
        "{}",
        r.stderr
    );
    assert!(
        !r.stdout.contains("12"),
        "a binary file yields no figures: {}",
        r.stdout
    );
}

#[test]
fn empty_file_warns_and_has_no_figures() {
    let empty = TempFile::new("empty.txt", b"");
    let r = run(figcheck().arg("extract").arg(empty.path()));
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    assert_eq!(r.stdout.trim(), format!("{}: no figures", empty.name()));
    assert!(
        r.stderr.contains(&empty.name()) && r.stderr.contains("empty"),
        "{}",
        r.stderr
    );

    let r = run(figcheck()
        .args(["extract", "--format", "json"])
        .arg(empty.path()));
    assert_eq!(r.code, 0);
    let v = json(&r.stdout);
    assert_eq!(v["documents"][0]["quantities"], serde_json::json!([]));
}

#[test]
fn jsonl_bad_lines_get_an_error_line_each_in_order() {
    let input = concat!(
        r#"{"id": "a", "text": "Police made 17 arrests."}"#,
        "\n",
        "this is not JSON\n",
        r#"{"id": "c", "body": "no text field"}"#,
        "\n",
        "\n",
    );
    let r = run(figcheck().args(["extract", "--jsonl"]).write_stdin(input));
    assert_eq!(r.code, 2, "stderr: {}", r.stderr);
    let lines: Vec<Value> = r.stdout.lines().map(json).collect();
    assert_eq!(
        lines.len(),
        4,
        "one output line per input line:\n{}",
        r.stdout
    );

    assert_eq!(lines[0]["id"], "a");
    assert!(lines[0].get("error").is_none(), "{}", lines[0]);
    let q = quantity(lines[0]["quantities"].as_array().unwrap(), "17");
    assert_eq!((&q["stated"], &q["counts"]), (&17.into(), &"arrest".into()));

    // No id to repeat: the line number stands in.
    assert_eq!(lines[1]["line"], 2, "{}", lines[1]);
    assert!(lines[1].get("id").is_none(), "{}", lines[1]);
    assert!(
        lines[1]["error"].as_str().unwrap().contains("not JSON"),
        "{}",
        lines[1]
    );

    // An id is kept when the line has one.
    assert_eq!(lines[2]["id"], "c", "{}", lines[2]);
    assert!(
        lines[2]["error"].as_str().unwrap().contains("text"),
        "{}",
        lines[2]
    );

    assert_eq!(lines[3]["line"], 4, "{}", lines[3]);
    assert!(
        lines[3]["error"].as_str().unwrap().contains("empty"),
        "{}",
        lines[3]
    );

    for l in &lines[1..] {
        assert!(l.get("quantities").is_none(), "{l}");
    }
    assert!(
        r.stderr.contains("line 2"),
        "errors are also reported on stderr: {}",
        r.stderr
    );
}

#[test]
fn jsonl_with_valid_lines_only_exits_zero_and_keeps_order() {
    let mut input = String::new();
    for k in 0..20 {
        input.push_str(&serde_json::json!({"id": format!("doc{k}"), "text": format!("Officers made {k} arrests.")}).to_string());
        input.push('\n');
    }
    let file = TempFile::new("batch.jsonl", input.as_bytes());
    let r = run(figcheck().args(["extract", "--jsonl"]).arg(file.path()));
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    let lines: Vec<Value> = r.stdout.lines().map(json).collect();
    assert_eq!(lines.len(), 20);
    for (k, l) in lines.iter().enumerate() {
        assert_eq!(l["id"], format!("doc{k}"));
        let q = &l["quantities"][0];
        assert_eq!(
            (&q["stated"], &q["counts"]),
            (&k.into(), &"arrest".into()),
            "{l}"
        );
    }

    // Standard input works the same way, and a missing "format" defaults to text.
    let r = run(figcheck()
        .args(["extract", "--jsonl", "-"])
        .write_stdin("{\"id\": 7, \"text\": \"four people died\", \"format\": \"text\"}\n"));
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    let v = json(r.stdout.trim());
    assert_eq!(v["id"], 7);
    assert_eq!(v["quantities"][0]["event"], "die");
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let r = run(figcheck().args(["extract", "--no-such-flag", "examples/arrests.txt"]));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--no-such-flag"), "{}", r.stderr);
    assert!(r.stdout.is_empty(), "{}", r.stdout);
}

#[test]
fn missing_file_is_named_and_exits_two() {
    let missing = std::env::temp_dir().join(format!(
        "figcheck-cli-{}-does-not-exist.txt",
        std::process::id()
    ));
    let r = run(figcheck()
        .arg("extract")
        .arg(&missing)
        .arg("examples/arrests.txt"));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&missing.display().to_string()),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("no such file"), "{}", r.stderr);
    // The file that exists is still read.
    assert!(
        r.stdout.contains("examples/arrests.txt:3:13"),
        "{}",
        r.stdout
    );
}
