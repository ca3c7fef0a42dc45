//! `figcheck check`: run the rules over documents and report what does not add up.
//!
//! The pipeline: find the documents (files as given, folders walked with the `ignore` crate),
//! resolve each one's `figcheck.yaml` and rule set, check them in parallel (rayon), then report
//! in the order the documents were listed, so the output is the same on every run.

use super::ExitStatus;
use super::input::{
    JsonlItem, for_each_jsonl, guarded, id_string, read_document, write_jsonl_error,
};
use super::rules::{Packs, load_rules, stderr_style};
use clap::ValueEnum;
use figcheck::checker::{Checked, Checker, Checkers, Input, RuleError, sidecar};
use figcheck::report::findings::{Style, render_finding, render_load_error, summary};
use figcheck::report::{self, concise, github, json, junit, sarif};
use figcheck::rules::{RuleSet, Severity};
use figcheck::source::Format as InputKind;
use rayon::prelude::*;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckOutput {
    /// Each finding with its source lines and carets under the figures, then a summary.
    Human,
    /// One line per finding: `path:line:col: severity[rule] message`.
    Concise,
    /// One JSON object for all documents (`figcheck.check/1`).
    Json,
    /// One JSON line per document: `{"source", "findings"}`.
    Jsonl,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// GitHub Actions workflow commands (annotations on the pull request).
    Github,
    /// JUnit XML: one test case per document.
    Junit,
    /// The figure ledger of each document: every figure, every check with its arithmetic and
    /// verdict, every finding (`figcheck ledger` keeps them under snapshot tests).
    Ledger,
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

/// Options shared by `check` and `ledger`: which documents, how to read them, which rules.
#[derive(clap::Args, Clone, Debug)]
pub struct Inputs {
    /// Documents or folders to check; `-` reads standard input (the default when none is
    /// given). Folders are walked, skipping what .gitignore and hidden names skip, for .txt,
    /// .md and .html files. A rule file NAME.figcheck.yaml beside NAME.txt (or .md, .html) is
    /// loaded for that document; the nearest figcheck.yaml above a document configures it.
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub packs: Packs,
    /// How to read the documents; by default by extension (.md Markdown, .html HTML, else
    /// text).
    #[arg(long, value_enum)]
    pub input_format: Option<super::InputFormat>,
    /// In folders, check only files matching this glob (may be repeated).
    #[arg(long, value_name = "GLOB")]
    pub include: Vec<String>,
    /// In folders, skip files matching this glob (may be repeated).
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Ignore figcheck.yaml files.
    #[arg(long)]
    pub no_config: bool,
    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub threads: Option<usize>,
}

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: Inputs,
    /// Exit 1 when a finding at or above this severity is reported (default: error, or the
    /// `fail-on` of figcheck.yaml).
    #[arg(long, value_enum)]
    fail_on: Option<FailOn>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckOutput::Human)]
    format: CheckOutput,
    /// Batch mode: read JSON Lines `{"id", "text", "format"}` from FILE or standard input and
    /// write one `{"id", "findings"}` line per input line, in order.
    #[arg(long, conflicts_with = "format")]
    jsonl: bool,
    /// Print findings only: no closing summary, no notes.
    #[arg(long, short)]
    quiet: bool,
}

/// The checkers for the documents of a run: the `--rules` packs are loaded now, once (a
/// mistake in one is printed before any document), and go into every folder's checker.
/// False in the second place when a pack could not be read or had a mistake.
pub fn checkers(packs: &Packs, no_config: bool, style: Style) -> (Checkers, bool) {
    let mut extra = RuleSet::new();
    let mut ok = true;
    for p in &packs.rules {
        ok &= load_rules(p, &mut extra, style);
    }
    (
        Checkers::new(extra, !packs.no_default_rules, !no_config),
        ok,
    )
}

/// Lists the documents to check, in a stable order: files as given, then each folder's files
/// sorted. A walk error or an empty folder is printed; `ok` turns false.
pub fn documents(inputs: &Inputs, checkers: &mut Checkers, ok: &mut bool) -> Vec<PathBuf> {
    if inputs.paths.is_empty() {
        return vec![PathBuf::from("-")];
    }
    let mut out = Vec::new();
    for p in &inputs.paths {
        if !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        let mut found = Vec::new();
        let mut overrides = ignore::overrides::OverrideBuilder::new(p);
        for g in &inputs.include {
            if let Err(e) = overrides.add(g) {
                eprintln!("figcheck: --include {g:?}: {e}");
                *ok = false;
            }
        }
        for g in &inputs.exclude {
            if let Err(e) = overrides.add(&format!("!{g}")) {
                eprintln!("figcheck: --exclude {g:?}: {e}");
                *ok = false;
            }
        }
        let mut walk = ignore::WalkBuilder::new(p);
        walk.require_git(false);
        if let Ok(o) = overrides.build() {
            walk.overrides(o);
        }
        for entry in walk.build() {
            match entry {
                Ok(e) if e.file_type().is_some_and(|t| t.is_file()) => {
                    // "./articles/a.md" is named "articles/a.md": annotations and ledgers name
                    // files by their path from the root.
                    let path = e.into_path();
                    let path = path
                        .strip_prefix(".")
                        .map_or(path.clone(), Path::to_path_buf);
                    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
                    let wanted = !name.ends_with(".figcheck.yaml")
                        && (!inputs.include.is_empty()
                            || matches!(
                                path.extension().and_then(|x| x.to_str()),
                                Some("txt" | "text" | "md" | "markdown" | "html" | "htm")
                            ));
                    if wanted && !checkers.for_document(&path).config().ignores(&path) {
                        found.push(path);
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    eprintln!("figcheck: {}: {e}", p.display());
                    *ok = false;
                }
            }
        }
        found.sort();
        if found.is_empty() {
            eprintln!(
                "figcheck: {}: no documents (.txt, .md, .html) to check in this folder",
                p.display()
            );
            *ok = false;
        }
        out.extend(found);
    }
    out
}

/// What checking one document gave: the result, and the messages for stderr (kept with the
/// document so that they print in document order).
pub struct FileReport {
    pub checked: Option<Checked>,
    /// The severity at or above which a finding fails the run, for this document.
    pub fail_on: Severity,
    pub messages: Vec<String>,
    pub failed: bool,
    /// Why the document could not be checked.
    pub error: Option<String>,
}

impl FileReport {
    /// A document that could not be read or checked.
    fn failed(name: &str, error: String) -> FileReport {
        FileReport {
            checked: None,
            fail_on: Severity::Error,
            messages: vec![format!("figcheck: {name}: {error}\n")],
            failed: true,
            error: Some(error),
        }
    }

    /// True when the document has a finding at or above its `fail_on`.
    pub fn fails(&self) -> bool {
        self.checked
            .as_ref()
            .is_some_and(|c| c.findings.iter().any(|f| f.severity >= self.fail_on))
    }
}

/// How to check one document.
#[derive(Clone, Copy)]
pub struct CheckOptions {
    pub fail_on: Option<Severity>,
    pub style: Style,
    /// Record every judged relation (for the ledger).
    pub traced: bool,
}

/// Checks one document with its checker, guarded: a bug that panics on one document is
/// reported for that document, and the run goes on with the others.
pub fn check_one(input: Input, checker: &Checker, mode: CheckOptions) -> FileReport {
    let name = input.name.clone();
    let input = Input {
        traced: mode.traced,
        ..input
    };
    match guarded("checking", || checker.check(input)) {
        Ok(checked) => {
            let messages: Vec<String> = checked
                .rule_errors
                .iter()
                .map(|e| match e {
                    RuleError::Load { error, .. } => render_load_error(error, mode.style),
                    RuleError::Unreadable { path, message } => format!(
                        "figcheck: {}: cannot read rules: {message}\n",
                        path.display()
                    ),
                })
                .collect();
            FileReport {
                checked: Some(checked),
                fail_on: mode.fail_on.unwrap_or_else(|| checker.fail_on()),
                failed: !messages.is_empty(),
                messages,
                error: None,
            }
        }
        Err(e) => FileReport::failed(&name, e),
    }
}

/// Reads, decodes and checks every listed document, in parallel; outcomes in list order.
pub fn check_all(
    inputs: &Inputs,
    checkers: &mut Checkers,
    ok: bool,
    mode: CheckOptions,
) -> (Vec<FileReport>, bool) {
    let style = mode.style;
    let mut ok = ok;
    let paths = documents(inputs, checkers, &mut ok);
    // Checkers are built in order (their mistakes print once, before any finding).
    let mut printed: Vec<*const Checker> = Vec::new();
    let jobs: Vec<(PathBuf, Arc<Checker>)> = paths
        .into_iter()
        .map(|p| {
            let c = checkers.for_document(&p);
            if !printed.contains(&Arc::as_ptr(&c)) {
                printed.push(Arc::as_ptr(&c));
                for e in c.errors() {
                    eprint!("{}", render_load_error(e, style));
                    ok = false;
                }
            }
            (p, c)
        })
        .collect();
    let run = |(path, checker): &(PathBuf, Arc<Checker>)| {
        let name = path.display().to_string();
        match read_document(path) {
            Ok(text) => {
                let mut note = Vec::new();
                if text.trim().is_empty() {
                    note.push(format!("figcheck: {name}: empty document\n"));
                }
                let format = inputs
                    .input_format
                    .map_or_else(|| InputKind::from_path(path), Into::into);
                let input = Input {
                    sidecar: sidecar(path),
                    ..Input::new(name, text, format)
                };
                let mut out = check_one(input, checker, mode);
                note.append(&mut out.messages);
                out.messages = note;
                out
            }
            Err(e) => FileReport::failed(&name, e.to_string()),
        }
    };
    let outcomes: Vec<FileReport> = map_jobs(&jobs, inputs.threads, run);
    (outcomes, ok)
}

/// `run` over every job, in order: on `threads` threads (all cores when `None`), or on this one
/// for a single job or `-j 1`, where starting a thread pool would cost more than it saves (one
/// article, from an editor, should take a few milliseconds).
pub(super) fn map_jobs<T: Sync, R: Send>(
    jobs: &[T],
    threads: Option<usize>,
    run: impl Fn(&T) -> R + Sync + Send,
) -> Vec<R> {
    if jobs.len() <= 1 || threads == Some(1) {
        return jobs.iter().map(run).collect();
    }
    match threads {
        Some(n) => match rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build()
        {
            Ok(pool) => pool.install(|| jobs.par_iter().map(run).collect()),
            Err(_) => jobs.iter().map(run).collect(),
        },
        None => jobs.par_iter().map(run).collect(),
    }
}

pub fn run(args: Args) -> ExitStatus {
    let style = stderr_style();
    let out_style = Style {
        color: std::io::IsTerminal::is_terminal(&std::io::stdout())
            && std::env::var_os("NO_COLOR").is_none(),
    };
    // Every rule file is read before any document, so a mistake shows first.
    let (mut checkers, packs_ok) = checkers(&args.inputs.packs, args.inputs.no_config, style);
    let fail_on = args.fail_on.map(FailOn::severity);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if args.jsonl {
        run_jsonl(&args, &mut checkers, packs_ok, fail_on, style, &mut out)
    } else {
        run_files(
            &args,
            &mut checkers,
            packs_ok,
            fail_on,
            style,
            out_style,
            &mut out,
        )
    };
    match (result, out.flush()) {
        (Ok(status), Ok(())) => status,
        (Err(e), _) | (_, Err(e)) => {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("figcheck: {e}");
            }
            ExitStatus::Error
        }
    }
}

fn status_of(ok: bool, outcomes: &[FileReport]) -> ExitStatus {
    if !ok {
        ExitStatus::Error
    } else if outcomes.iter().any(FileReport::fails) {
        ExitStatus::Findings
    } else {
        ExitStatus::Clean
    }
}

fn run_files(
    args: &Args,
    checkers: &mut Checkers,
    packs_ok: bool,
    fail_on: Option<Severity>,
    style: Style,
    out_style: Style,
    out: &mut impl Write,
) -> std::io::Result<ExitStatus> {
    let mode = CheckOptions {
        fail_on,
        style,
        traced: args.format == CheckOutput::Ledger,
    };
    let (outcomes, mut ok) = check_all(&args.inputs, checkers, packs_ok, mode);
    for o in &outcomes {
        for m in &o.messages {
            if !(args.quiet && m.ends_with(": empty document\n")) {
                eprint!("{m}");
            }
        }
        ok &= !o.failed;
    }
    let done: Vec<&Checked> = outcomes.iter().filter_map(|o| o.checked.as_ref()).collect();
    let items: Vec<report::Checked> = done
        .iter()
        .map(|d| report::Checked {
            doc: &d.doc,
            figures: d.quantities.len(),
            findings: &d.findings,
        })
        .collect();
    match args.format {
        CheckOutput::Human => {
            let mut all = Vec::new();
            let mut figures = 0;
            for d in &done {
                for f in &d.findings {
                    out.write_all(render_finding(&d.doc, f, out_style).as_bytes())?;
                    writeln!(out)?;
                }
                figures += d.quantities.len();
                all.extend(d.findings.iter().cloned());
            }
            if !args.quiet {
                writeln!(out, "{}", summary(done.len(), figures, &all))?;
            }
        }
        CheckOutput::Concise => out.write_all(concise::render(&items).as_bytes())?,
        CheckOutput::Ledger => {
            for (k, d) in done.iter().enumerate() {
                if k > 0 {
                    writeln!(out)?;
                }
                let text = figcheck::report::ledger::render(
                    &d.doc,
                    &d.quantities,
                    &d.records,
                    &d.findings,
                );
                out.write_all(text.as_bytes())?;
            }
        }
        CheckOutput::Github => out.write_all(github::render(&items).as_bytes())?,
        CheckOutput::Junit => out.write_all(junit::render(&items).as_bytes())?,
        CheckOutput::Sarif => {
            // The rules named are those in force for the first document's folder.
            let rules = done
                .first()
                .map(|d| checkers.for_document(Path::new(&d.doc.source)))
                .map_or_else(RuleSet::default_pack, |c| c.rules().clone());
            out.write_all(sarif::render(&items, &rules, env!("CARGO_PKG_VERSION")).as_bytes())?;
            writeln!(out)?;
        }
        CheckOutput::Json => {
            let report = json::CheckReport {
                schema: json::CHECK_SCHEMA,
                documents: done
                    .iter()
                    .map(|d| json::CheckDocument {
                        source: &d.doc.source,
                        findings: json::findings(&d.doc, &d.findings),
                    })
                    .collect(),
            };
            serde_json::to_writer(&mut *out, &report)?;
            writeln!(out)?;
        }
        CheckOutput::Jsonl => {
            for d in &done {
                serde_json::to_writer(
                    &mut *out,
                    &json::CheckDocument {
                        source: &d.doc.source,
                        findings: json::findings(&d.doc, &d.findings),
                    },
                )?;
                writeln!(out)?;
            }
        }
    }
    Ok(status_of(ok, &outcomes))
}

fn run_jsonl(
    args: &Args,
    checkers: &mut Checkers,
    packs_ok: bool,
    fail_on: Option<Severity>,
    style: Style,
    out: &mut impl Write,
) -> std::io::Result<ExitStatus> {
    let mut ok = packs_ok;
    let checker = checkers.for_document(Path::new("-"));
    for e in checker.errors() {
        eprint!("{}", render_load_error(e, style));
        ok = false;
    }
    let inputs = if args.inputs.paths.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.inputs.paths.clone()
    };
    let mut findings_status = false;
    for path in inputs {
        let name = path.display().to_string();
        let reader = match super::input::open_jsonl(&path) {
            Ok(reader) => reader,
            Err(message) => {
                eprintln!("{message}");
                ok = false;
                continue;
            }
        };
        for_each_jsonl(reader, |item| {
            match item {
                JsonlItem::Doc { id, text, format } => {
                    let format = args.inputs.input_format.map_or(format, Into::into);
                    let mode = CheckOptions {
                        fail_on,
                        style,
                        traced: false,
                    };
                    let o = check_one(Input::new(id_string(&id), text, format), &checker, mode);
                    for m in &o.messages {
                        eprint!("{m}");
                    }
                    ok &= !o.failed;
                    findings_status |= o.fails();
                    match o.checked {
                        Some(d) => {
                            serde_json::to_writer(
                                &mut *out,
                                &JsonlOut {
                                    id: &id,
                                    findings: json::findings(&d.doc, &d.findings),
                                },
                            )?;
                        }
                        None => {
                            let message = o.error.unwrap_or_default();
                            serde_json::to_writer(
                                &mut *out,
                                &serde_json::json!({"id": id, "error": message}),
                            )?;
                        }
                    }
                }
                JsonlItem::Error { id, line, message } => {
                    ok = false;
                    eprintln!("figcheck: {name}: {message}");
                    write_jsonl_error(&mut *out, id.as_ref(), line, &message)?;
                }
            }
            out.write_all(b"\n")
        })?;
    }
    Ok(if !ok {
        ExitStatus::Error
    } else if findings_status {
        ExitStatus::Findings
    } else {
        ExitStatus::Clean
    })
}

#[derive(serde::Serialize)]
struct JsonlOut<'a> {
    id: &'a serde_json::Value,
    findings: Vec<json::FindingJson<'a>>,
}
