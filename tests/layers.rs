//! The library's modules point only down: each top-level module of `src/` may use the modules
//! of the layers below its own, never one beside or above it, so there is no circle of imports.
//! Read from the source (`crate::…` paths outside test code), so that a new arrow up fails here
//! with the file that draws it. ARCHITECTURE.md draws the same layers.

use std::path::{Path, PathBuf};

/// Bottom first. A module may use the modules of any lower layer.
const LAYERS: &[&[&str]] = &[
    &["error", "number"],
    &["interval"],
    &["lexicon", "wordnet"],
    &["source"],
    &["extract"],
    &["rules"],
    &["config", "report"],
    &["checker"],
];

/// The crate root's re-exports, by the module they come from.
const REEXPORTS: &[(&str, &str)] = &[
    ("Checked", "checker"),
    ("Checker", "checker"),
    ("Input", "checker"),
    ("InputError", "error"),
    ("Direction", "extract"),
    ("Kind", "extract"),
    ("Quantity", "extract"),
    ("Interval", "interval"),
    ("Qualifier", "interval"),
    ("Document", "source"),
    ("Span", "source"),
];

fn layer(module: &str) -> Option<usize> {
    LAYERS.iter().position(|l| l.contains(&module))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// The source without its test modules (`#[cfg(test)] mod …` and all after it: they come last).
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod ").map_or(text, |i| &text[..i])
}

/// The modules a source text names with `crate::` paths, single or grouped (`crate::{a, b}`).
fn used_modules(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let names: Vec<&str> = if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            group[..end]
                .split(',')
                .map(|n| n.trim().split("::").next().unwrap_or("").trim())
                .collect()
        } else {
            vec![
                rest.split(|c: char| !(c.is_alphanumeric() || c == '_'))
                    .next()
                    .unwrap_or(""),
            ]
        };
        for n in names.into_iter().filter(|n| !n.is_empty()) {
            let module = REEXPORTS
                .iter()
                .find(|(name, _)| *name == n)
                .map_or(n, |(_, m)| *m);
            out.push(module.to_string());
        }
    }
    out
}

#[test]
fn modules_only_point_down() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut wrong = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).expect("under src");
        let top = rel
            .components()
            .next()
            .and_then(|c| c.as_os_str().to_str())
            .map(|c| c.trim_end_matches(".rs"))
            .expect("a module name");
        if top == "lib" {
            continue;
        }
        let own = layer(top).unwrap_or_else(|| panic!("src/{top} is in no layer of LAYERS"));
        let text = std::fs::read_to_string(file).expect("read a source file");
        for used in used_modules(without_tests(&text)) {
            if used == top || used == "self" {
                continue;
            }
            match layer(&used) {
                Some(l) if l < own => {}
                _ => wrong.push(format!("src/{}: {top} uses {used}", rel.display())),
            }
        }
    }
    wrong.sort();
    wrong.dedup();
    assert!(
        wrong.is_empty(),
        "arrows that do not point down:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_reader_sees_paths_and_groups() {
    let text = "use crate::extract::{Kind, Quantity};\nuse crate::{Document, Interval};\nlet x = crate::rules::check(a);";
    assert_eq!(
        used_modules(text),
        ["extract", "source", "interval", "rules"].map(String::from)
    );
    assert_eq!(without_tests("a\n#[cfg(test)]\nmod tests {}\n"), "a\n");
}
