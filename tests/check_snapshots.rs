//! Snapshots of `figcheck check` output on the faulty fixture story (`tests/fixtures/check/`),
//! written for the project. A changed finding, message or rendering shows up as a diff in
//! review (`cargo insta review`).

use assert_cmd::Command;

const FAULTY: &str = "tests/fixtures/check/mill-fire.txt";

fn settings() -> insta::Settings {
    let mut s = insta::Settings::clone_current();
    s.set_snapshot_path("../snapshots");
    s.set_prepend_module_to_snapshot(false);
    s
}

/// Runs figcheck and returns stdout; the faulty story has errors, so the exit status is 1.
fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("figcheck")
        .unwrap()
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .env("NO_COLOR", "1")
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn human_report() {
    let out = run(&["check", FAULTY]);
    settings().bind(|| insta::assert_snapshot!("check_human_faulty", out));
}

#[test]
fn json_report() {
    let out = run(&["check", "--format", "json", FAULTY]);
    let value: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(value["schema"], "figcheck.check/1");
    settings().bind(|| insta::assert_json_snapshot!("check_json_faulty", value));
}
