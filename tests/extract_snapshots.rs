//! Snapshots of `figcheck extract` output on a fixture article written for the project.
//! A changed reading shows up as a diff in review (`cargo insta review`).

use assert_cmd::Command;

const FIXTURE: &str = "tests/fixtures/flood-report.txt";

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("figcheck")
        .unwrap()
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .args(args)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn human_table() {
    let out = run(&["extract", FIXTURE]);
    settings().bind(|| insta::assert_snapshot!("extract_human", out));
}

#[test]
fn json_report() {
    let out = run(&["extract", "--format", "json", FIXTURE]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["schema"], "figcheck.extract/1");
    settings().bind(|| insta::assert_json_snapshot!("extract_json", value));
}
