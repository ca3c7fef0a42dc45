//! The shape of the code, held: the library's modules point only down (each top-level module
//! of `src/` may use the modules of the layers below its own, never one beside or above it, so
//! there is no circle of imports), no source file of the workspace is over 600 lines and no
//! function over 120. Read from the source, so that a new arrow up, a file or a function that
//! grows past its limit fails here, naming the file. ARCHITECTURE.md draws the same layers.

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

/// The most lines a source file may have.
const MAX_FILE_LINES: usize = 600;

/// The most lines a function may have.
const MAX_FUNCTION_LINES: usize = 120;

/// Every Rust source file of the workspace's crates (the library and `crates/*`), with its
/// path from the workspace root.
fn workspace_sources() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    for entry in std::fs::read_dir(root.join("crates")).expect("read crates") {
        let src = entry.expect("a crate").path().join("src");
        if src.is_dir() {
            rust_files(&src, &mut files);
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let rel = f
                .strip_prefix(root)
                .expect("under the root")
                .display()
                .to_string();
            let text = std::fs::read_to_string(&f).expect("read a source file");
            (rel, text)
        })
        .collect()
}

/// The functions of a source text with their lengths in lines: from the line of `fn` to the
/// line that closes its body at the same indentation (rustfmt's layout).
fn functions(text: &str) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start();
        let indent = line.len() - trimmed.len();
        let after_vis = trimmed
            .strip_prefix("pub ")
            .or_else(|| {
                trimmed
                    .strip_prefix("pub(")
                    .and_then(|r| r.split_once(") ").map(|(_, r)| r))
            })
            .unwrap_or(trimmed);
        let after_const = after_vis.strip_prefix("const ").unwrap_or(after_vis);
        let Some(rest) = after_const.strip_prefix("fn ") else {
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let close = format!("{}}}", " ".repeat(indent));
        let Some(end) = (i..lines.len()).find(|&k| lines[k] == close) else {
            continue;
        };
        // A declaration without a body (in a trait) ends at its semicolon.
        if (i..end).any(|k| lines[k].trim_end().ends_with(';') && !lines[k].contains('{'))
            && !(i..end).any(|k| lines[k].trim_end().ends_with('{'))
        {
            continue;
        }
        out.push((name, end - i + 1));
    }
    out
}

#[test]
fn no_source_file_is_over_600_lines() {
    let long: Vec<String> = workspace_sources()
        .into_iter()
        .filter(|(_, text)| text.lines().count() > MAX_FILE_LINES)
        .map(|(path, text)| format!("{path}: {} lines", text.lines().count()))
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_FILE_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn no_function_is_over_120_lines() {
    let mut long = Vec::new();
    for (path, text) in workspace_sources() {
        for (name, len) in functions(&text) {
            if len > MAX_FUNCTION_LINES {
                long.push(format!("{path}: {name} has {len} lines"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FUNCTION_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_function_reader_measures_bodies() {
    let text = "fn a() {\n    x();\n}\n\nimpl T {\n    pub(crate) fn b(\n        y: u8,\n    ) -> u8 {\n        y\n    }\n}\n";
    assert_eq!(
        functions(text),
        [("a".to_string(), 3), ("b".to_string(), 5)]
    );
}
