//! Helpers shared by the integration tests that run the binary. Each test crate uses some of
//! them, so the rest are dead code there.
#![allow(dead_code)]

use assert_cmd::Command;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// The built binary, run from the repository root, without colour.
pub fn figcheck() -> Command {
    let mut cmd = Command::cargo_bin("figcheck").expect("the figcheck binary is built");
    cmd.current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    cmd.env("NO_COLOR", "1");
    cmd
}

/// A path under the system temporary directory that no other test (or test process) uses.
pub fn unique(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    std::env::temp_dir().join(format!("figcheck-test-{}-{n}-{name}", std::process::id()))
}

/// A file under the system temporary directory, removed when dropped.
pub struct TempFile(PathBuf);

impl TempFile {
    pub fn new(name: &str, bytes: impl AsRef<[u8]>) -> TempFile {
        let path = unique(name);
        std::fs::write(&path, bytes).expect("write a temporary file");
        TempFile(path)
    }
    pub fn path(&self) -> &Path {
        &self.0
    }
    pub fn name(&self) -> String {
        self.0.display().to_string()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}
