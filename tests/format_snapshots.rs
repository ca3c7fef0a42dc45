//! Every output format of `figcheck check`, snapshotted on the same two documents (a Markdown
//! story with front matter rules and an HTML page), so a change to any renderer shows up in
//! review (`cargo insta review`).

use assert_cmd::Command;

const DOCS: [&str; 2] = [
    "tests/fixtures/markup/raid.md",
    "tests/fixtures/markup/fund.html",
];

fn run(format: &str) -> String {
    let out = Command::cargo_bin("figcheck")
        .unwrap()
        .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .env("NO_COLOR", "1")
        .args(["check", "--format", format])
        .args(DOCS)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn every_format_on_the_same_documents() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for format in [
            "human", "concise", "json", "jsonl", "sarif", "github", "junit", "ledger",
        ] {
            insta::assert_snapshot!(format!("format_{format}"), run(format));
        }
    });
}
