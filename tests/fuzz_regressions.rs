//! The fuzz targets' inputs worth keeping, run in plain `cargo test`.
//!
//! Every file under `tests/fuzz_regressions/<target>/` goes through the code path of fuzz target
//! `<target>` with the same invariants, and so does every seed of `fuzz/corpus/<target>/`: the
//! functions are those of `fuzz/src/lib.rs`, which the targets in `fuzz/fuzz_targets/` call. The
//! folders hold the inputs that once crashed a target or broke an invariant, named after the bug.
//! See `fuzz/README.md`.

#[path = "../fuzz/src/lib.rs"]
mod harness;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

/// Runs the inputs of one fuzz target through `run`: every file of
/// `tests/fuzz_regressions/<target>/` (inputs that once crashed it, or broke an invariant) and
/// the seeds of `fuzz/corpus/<target>/` (`seed-*`, committed), so every path runs even where
/// nothing was found. Fails naming each file that panicked.
fn run_folder(target: &str, run: fn(&[u8])) {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for (dir, prefix) in [
        (root.join("tests/fuzz_regressions").join(target), ""),
        (root.join("fuzz/corpus").join(target), "seed-"),
    ] {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        files.extend(
            entries
                .map(|entry| entry.expect("a readable folder entry").path())
                .filter(|p| p.is_file())
                .filter(|p| {
                    p.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with(prefix))
                }),
        );
    }
    files.sort();
    assert!(!files.is_empty(), "fuzz target `{target}`: no inputs");
    let failed: Vec<String> = files
        .iter()
        .filter(|path| {
            let data = std::fs::read(path).expect("a readable input");
            catch_unwind(AssertUnwindSafe(|| run(&data))).is_err()
        })
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        failed.is_empty(),
        "fuzz path `{target}` fails on (panic messages above):\n{}",
        failed.join("\n")
    );
}

#[test]
fn numeral() {
    run_folder("numeral", harness::numeral);
}

#[test]
fn extract() {
    run_folder("extract", harness::extract);
}

#[test]
fn markdown() {
    run_folder("markdown", harness::markdown);
}

#[test]
fn html() {
    run_folder("html", harness::html);
}

#[test]
fn rules() {
    run_folder("rules", harness::rules);
}
