//! The fuzz targets' inputs worth keeping, run in plain `cargo test`.
//!
//! Every file under `tests/fuzz_regressions/<target>/` goes through the code path of fuzz target
//! `<target>` with the same invariants: the functions are those of `fuzz/src/lib.rs`, which the
//! targets in `fuzz/fuzz_targets/` call. The folders hold the inputs that once crashed a target
//! or broke an invariant (named after the bug) and the seed inputs of `fuzz/corpus/`, so every
//! path runs even where nothing was found. See `fuzz/README.md`.

#[path = "../fuzz/src/lib.rs"]
mod harness;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

/// Runs every file of one folder (under `tests/fuzz_regressions/`) through `run`, and fails
/// naming each file that panicked.
fn run_folder(folder: &str, run: fn(&[u8])) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz_regressions")
        .join(folder);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.expect("a readable folder entry").path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{}: no inputs", dir.display());
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
        "fuzz path `{folder}` fails on (panic messages above):\n{}",
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
