//! Link the Linux binary at a fixed address (not position-independent). A PIE figcheck spends a
//! third of its start-up applying 26,000 relocations and faulting in the pages they touch; a
//! one-article check is mostly start-up (docs/speed.md).
fn main() {
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    println!("cargo:rerun-if-changed=build.rs");
}
