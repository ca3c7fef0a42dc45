//! `figcheck check`: run the rules over documents and report what does not add up.

use super::ExitStatus;
use super::input::{JsonlItem, for_each_jsonl, guarded, id_string, io_message, read_document};
use clap::ValueEnum;
use figcheck::report::findings::{Style, render_finding, summary};
use figcheck::report::json;
use figcheck::rules::{Finding, RuleSet, Severity, check};
use figcheck::{Document, extract};
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum Format {
    /// Each finding with its sentence and carets under the figures, then a summary line.
    Human,
    /// One JSON object for all documents (`figcheck.check/1`).
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
pub enum FailOn {
    Info,
    Warning,
    Error,
}

impl FailOn {
    fn severity(self) -> Severity {
        match self {
            FailOn::Info => Severity::Info,
            FailOn::Warning => Severity::Warning,
            FailOn::Error => Severity::Error,
        }
    }
}

#[derive(clap::Args)]
pub struct Args {
    /// Documents or directories to check; `-` reads standard input (the default when none is
    /// given). A rule file NAME.figcheck.yaml beside NAME.txt (or .md, .html) is loaded for
    /// that document.
    paths: Vec<PathBuf>,
    #[command(flatten)]
    packs: super::rules::Packs,
    /// Exit 1 when a finding at or above this severity is reported.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Batch mode: read JSON Lines `{"id", "text"}` from FILE or standard input and write one
    /// `{"id", "findings"}` line per input line, in order.
    #[arg(long, conflicts_with = "format")]
    jsonl: bool,
}

pub fn run(args: Args) -> ExitStatus {
    // Rule-file errors go to stderr, findings to stdout: each is coloured only on a terminal.
    let style = super::rules::stderr_style();
    let out_style = Style {
        color: std::io::IsTerminal::is_terminal(&std::io::stdout())
            && std::env::var_os("NO_COLOR").is_none(),
    };
    let mut state = State {
        status: ExitStatus::Clean,
        style,
        out_style,
        fail_on: args.fail_on.severity(),
    };
    // Every rule file is read before any document, so a mistake shows first.
    let mut rules = RuleSet::new();
    if !args.packs.load(&mut rules, style) {
        state.failed();
    }
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if args.jsonl {
        run_jsonl(&args, &rules, &mut state, &mut out)
    } else {
        run_files(&args, &rules, &mut state, &mut out)
    };
    match (result, out.flush()) {
        (Ok(()), Ok(())) => state.status,
        (Err(e), _) | (_, Err(e)) => {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("figcheck: {e}");
            }
            ExitStatus::Error
        }
    }
}

struct State {
    status: ExitStatus,
    /// For stderr (rule-file errors).
    style: Style,
    /// For stdout (findings).
    out_style: Style,
    fail_on: Severity,
}

impl State {
    fn failed(&mut self) {
        self.status = ExitStatus::Error;
    }
    fn found(&mut self, findings: &[Finding]) {
        if self.status == ExitStatus::Clean && findings.iter().any(|f| f.severity >= self.fail_on) {
            self.status = ExitStatus::Findings;
        }
    }
}

/// Loads a pack or a directory of packs; a mistake is printed and makes the run exit 2.
fn load_rules(path: &Path, rules: &mut RuleSet, state: &mut State) {
    if !super::rules::load_rules(path, rules, state.style) {
        state.failed();
    }
}

/// The documents to check: files as given, directories walked (text, Markdown, HTML), in order.
fn documents(args: &Args, state: &mut State) -> Vec<PathBuf> {
    if args.paths.is_empty() {
        return vec![PathBuf::from("-")];
    }
    let mut out = Vec::new();
    for p in &args.paths {
        if p.is_dir() {
            let before = out.len();
            walk(p, &mut out);
            out[before..].sort();
            if out.len() == before {
                eprintln!(
                    "figcheck: {}: no documents (.txt, .md, .html) in this directory",
                    p.display()
                );
                state.failed();
            }
        } else {
            out.push(p.clone());
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name();
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|x| {
            matches!(
                x.to_str(),
                Some("txt" | "text" | "md" | "markdown" | "html" | "htm")
            )
        }) {
            out.push(p);
        }
    }
}

/// `NAME.figcheck.yaml` beside `NAME.txt`.
pub fn sidecar(path: &Path) -> Option<PathBuf> {
    if path.as_os_str() == "-" {
        return None;
    }
    let stem = path.file_stem()?.to_str()?;
    let p = path.with_file_name(format!("{stem}.figcheck.yaml"));
    p.is_file().then_some(p)
}

fn check_guarded(
    source: String,
    text: String,
    rules: &RuleSet,
) -> Result<(Document, usize, Vec<Finding>), String> {
    guarded("checking", move || {
        let doc = Document::from_text(source, text);
        let qs = extract(&doc);
        let findings = check(&doc, &qs, rules);
        (doc, qs.len(), findings)
    })
}

fn run_files(
    args: &Args,
    rules: &RuleSet,
    state: &mut State,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let mut checked: Vec<(Document, usize, Vec<Finding>)> = Vec::new();
    for path in documents(args, state) {
        let name = path.display().to_string();
        let text = match read_document(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("figcheck: {name}: {e}");
                state.failed();
                continue;
            }
        };
        if text.trim().is_empty() {
            eprintln!("figcheck: {name}: empty document");
        }
        // The document's own rules, on top of the packs.
        let own;
        let rules = match sidecar(&path) {
            Some(side) => {
                let mut set = rules.clone();
                load_rules(&side, &mut set, state);
                own = set;
                &own
            }
            None => rules,
        };
        match check_guarded(name.clone(), text, rules) {
            Ok(done) => {
                state.found(&done.2);
                checked.push(done);
            }
            Err(e) => {
                eprintln!("figcheck: {name}: {e}");
                state.failed();
            }
        }
    }
    match args.format {
        Format::Human => {
            let mut all = Vec::new();
            let mut figures = 0;
            for (doc, n, findings) in &checked {
                for f in findings {
                    out.write_all(render_finding(doc, f, state.out_style).as_bytes())?;
                    writeln!(out)?;
                }
                figures += n;
                all.extend(findings.iter().cloned());
            }
            writeln!(out, "{}", summary(checked.len(), figures, &all))?;
        }
        Format::Json => {
            let report = json::CheckReport {
                schema: json::CHECK_SCHEMA,
                documents: checked
                    .iter()
                    .map(|(doc, _, fs)| json::CheckDocument {
                        source: &doc.source,
                        findings: json::findings(doc, fs),
                    })
                    .collect(),
            };
            serde_json::to_writer(&mut *out, &report)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

fn run_jsonl(
    args: &Args,
    rules: &RuleSet,
    state: &mut State,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let inputs = if args.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.paths.clone()
    };
    for path in inputs {
        let name = path.display().to_string();
        let reader: Box<dyn std::io::BufRead> = if name == "-" {
            Box::new(std::io::stdin().lock())
        } else {
            match std::fs::File::open(&path) {
                Ok(f) => Box::new(std::io::BufReader::with_capacity(1 << 16, f)),
                Err(e) => {
                    eprintln!("figcheck: {name}: {}", io_message(&e));
                    state.failed();
                    continue;
                }
            }
        };
        for_each_jsonl(reader, |item| {
            match item {
                JsonlItem::Doc { id, text } => match check_guarded(id_string(&id), text, rules) {
                    Ok((doc, _, findings)) => {
                        state.found(&findings);
                        serde_json::to_writer(
                            &mut *out,
                            &JsonlOut {
                                id: &id,
                                findings: json::findings(&doc, &findings),
                            },
                        )?;
                    }
                    Err(message) => {
                        state.failed();
                        eprintln!("figcheck: {name}: {}: {message}", id_string(&id));
                        serde_json::to_writer(
                            &mut *out,
                            &serde_json::json!({"id": id, "error": message}),
                        )?;
                    }
                },
                JsonlItem::Error { id, line, message } => {
                    state.failed();
                    eprintln!("figcheck: {name}: {message}");
                    let v = match id {
                        Some(id) => serde_json::json!({"id": id, "error": message}),
                        None => serde_json::json!({"line": line, "error": message}),
                    };
                    serde_json::to_writer(&mut *out, &v)?;
                }
            }
            out.write_all(b"\n")
        })?;
    }
    Ok(())
}

#[derive(serde::Serialize)]
struct JsonlOut<'a> {
    id: &'a serde_json::Value,
    findings: Vec<json::FindingJson<'a>>,
}
