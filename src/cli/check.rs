//! `figcheck check`: run the rules over documents and report what does not add up.
//!
//! The pipeline: find the documents (files as given, folders walked with the `ignore` crate),
//! resolve each one's `figcheck.yaml` and rule set, check them in parallel (rayon), then report
//! in the order the documents were listed, so the output is the same on every run.

use super::ExitStatus;
use super::input::{JsonlItem, for_each_jsonl, guarded, id_string, io_message, read_document};
use super::rules::{Packs, load_rules, stderr_style};
use clap::ValueEnum;
use figcheck::config::{self, Config};
use figcheck::report::findings::{Style, render_finding, render_load_error, summary};
use figcheck::report::{Checked, concise, github, json, junit, sarif};
use figcheck::rules::{
    CheckRecord, Finding, LoadError, RuleSet, Severity, check, check_traced, suppress,
};
use figcheck::source::{Format as InputKind, read};
use figcheck::{Document, Quantity, extract};
use rayon::prelude::*;
use std::collections::HashMap;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
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
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Batch mode: read JSON Lines `{"id", "text", "format"}` from FILE or standard input and
    /// write one `{"id", "findings"}` line per input line, in order.
    #[arg(long, conflicts_with = "format")]
    jsonl: bool,
    /// Print findings only: no closing summary, no notes.
    #[arg(long, short)]
    quiet: bool,
}

/// The rules and settings in force for the documents under one `figcheck.yaml`.
pub struct Setup {
    pub config: Config,
    pub rules: RuleSet,
    /// The rule-file mistakes met while building it (printed once).
    pub errors: Vec<LoadError>,
}

/// Builds setups, one per configuration file, and remembers them.
pub struct Setups {
    cli: RuleSet,
    cli_ok: bool,
    packs: Packs,
    no_config: bool,
    by_dir: HashMap<PathBuf, Option<PathBuf>>,
    by_config: HashMap<Option<PathBuf>, Arc<Setup>>,
}

impl Setups {
    /// Loads the `--rules` packs once; a mistake in one is printed now, before any document.
    pub fn new(packs: &Packs, no_config: bool, style: Style) -> Setups {
        let mut cli = RuleSet::new();
        let mut cli_ok = true;
        for p in &packs.rules {
            cli_ok &= load_rules(p, &mut cli, style);
        }
        Setups {
            cli,
            cli_ok,
            packs: packs.clone(),
            no_config,
            by_dir: HashMap::new(),
            by_config: HashMap::new(),
        }
    }

    /// False when a `--rules` pack could not be read or had a mistake.
    pub fn cli_ok(&self) -> bool {
        self.cli_ok
    }

    /// The setup for a document (or for `-`, the working folder's).
    pub fn for_document(&mut self, path: &Path) -> Arc<Setup> {
        let dir = if path.as_os_str() == "-" {
            PathBuf::from(".")
        } else {
            path.parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
        };
        let cfg_path = if self.no_config {
            None
        } else {
            self.by_dir
                .entry(dir.clone())
                .or_insert_with(|| config::find(&dir))
                .clone()
        };
        if let Some(s) = self.by_config.get(&cfg_path) {
            return Arc::clone(s);
        }
        let setup = Arc::new(self.build(cfg_path.as_deref()));
        self.by_config.insert(cfg_path, Arc::clone(&setup));
        setup
    }

    fn build(&self, cfg_path: Option<&Path>) -> Setup {
        let mut errors = Vec::new();
        let config = match cfg_path.map(Config::load) {
            Some(Ok(c)) => c,
            Some(Err(e)) => {
                errors.extend(e);
                Config::default()
            }
            None => Config::default(),
        };
        let mut rules = RuleSet::new();
        if !self.packs.no_default_rules && config.default_rules() {
            rules.extend(&RuleSet::default_pack());
        }
        for pack in config.packs() {
            match std::fs::read_to_string(&pack) {
                Ok(text) => errors.extend(rules.add_pack(&pack.display().to_string(), &text)),
                Err(e) => errors.push(LoadError {
                    file: pack.display().to_string(),
                    line: 0,
                    column: 0,
                    message: format!(
                        "cannot read the pack named in figcheck.yaml: {}",
                        io_message(&e)
                    ),
                    source: String::new(),
                }),
            }
        }
        rules.extend(&self.cli);
        errors.extend(config.apply(&mut rules));
        Setup {
            config,
            rules,
            errors,
        }
    }
}

/// Lists the documents to check, in a stable order: files as given, then each folder's files
/// sorted. A walk error or an empty folder is printed; `ok` turns false.
pub fn documents(inputs: &Inputs, setups: &mut Setups, ok: &mut bool) -> Vec<PathBuf> {
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
                    if wanted && !setups.for_document(&path).config.ignores(&path) {
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

/// `NAME.figcheck.yaml` beside `NAME.txt`.
pub fn sidecar(path: &Path) -> Option<PathBuf> {
    if path.as_os_str() == "-" {
        return None;
    }
    let stem = path.file_stem()?.to_str()?;
    let p = path.with_file_name(format!("{stem}.figcheck.yaml"));
    p.is_file().then_some(p)
}

/// One document, checked.
pub struct Done {
    pub doc: Document,
    pub qs: Vec<Quantity>,
    pub findings: Vec<Finding>,
    /// Every relation judged, when traced (for the ledger).
    pub records: Vec<CheckRecord>,
    pub fail_on: Severity,
}

/// What checking one document gave: the result, and the messages for stderr (kept with the
/// document so that they print in document order).
pub struct Outcome {
    pub done: Option<Done>,
    pub messages: Vec<String>,
    pub failed: bool,
    /// Why the document could not be checked.
    pub error: Option<String>,
}

/// How to check one document.
#[derive(Clone, Copy)]
pub struct Mode {
    pub fail_on: Option<Severity>,
    pub style: Style,
    /// Record every judged relation (for the ledger).
    pub traced: bool,
}

/// A mistake in a document's own rules: its sidecar, or the `figcheck:` block of its front
/// matter.
pub enum OwnRulesError {
    /// A mistake at its place; `front_matter` when the place is in the document itself.
    Load {
        error: LoadError,
        front_matter: bool,
    },
    /// The sidecar could not be read.
    Unreadable { path: PathBuf, message: String },
}

/// Reads and checks one document with its setup, its sidecar and its front matter: the core
/// that `check`, `ledger` and `lsp` share, so an editor sees exactly what `check` reports. The
/// rules of a sidecar or front matter with a mistake still run, less the rule in error. A
/// panic is the caller's to catch.
pub fn check_document(
    name: String,
    text: String,
    format: InputKind,
    setup: &Setup,
    side: Option<&Path>,
    traced: bool,
) -> (Done, Vec<OwnRulesError>) {
    let mut errors = Vec::new();
    let (doc, extras) = read(name.clone(), text, format);
    // The document's own rules, on top of the packs.
    let mut own: Option<RuleSet> = None;
    if let Some(side) = side {
        let mut set = setup.rules.clone();
        match std::fs::read_to_string(side) {
            Ok(yaml) => errors.extend(
                set.add_pack(&side.display().to_string(), &yaml)
                    .into_iter()
                    .map(|error| OwnRulesError::Load {
                        error,
                        front_matter: false,
                    }),
            ),
            Err(e) => errors.push(OwnRulesError::Unreadable {
                path: side.to_path_buf(),
                message: io_message(&e),
            }),
        }
        own = Some(set);
    }
    if let Some((yaml, line)) = &extras.front_matter {
        let set = own.get_or_insert_with(|| setup.rules.clone());
        errors.extend(
            set.add_front_matter(&name, doc.source_text(), yaml, *line)
                .into_iter()
                .map(|error| OwnRulesError::Load {
                    error,
                    front_matter: true,
                }),
        );
    }
    let rules = own.as_ref().unwrap_or(&setup.rules);
    let mut qs = extract(&doc);
    if let Some(w) = setup.config.widths() {
        for q in &mut qs {
            q.retune(&w);
        }
    }
    let (findings, records) = if traced {
        check_traced(&doc, &qs, rules)
    } else {
        (check(&doc, &qs, rules), Vec::new())
    };
    let known: Vec<&str> = rules.rules().iter().map(|r| r.id.as_str()).collect();
    let findings = suppress::apply(&doc, &extras.suppressions, findings, &known);
    let done = Done {
        doc,
        qs,
        findings,
        records,
        fail_on: setup.config.fail_on().unwrap_or(Severity::Error),
    };
    (done, errors)
}

/// Reads and checks one document with its setup, its sidecar and its front matter.
pub fn check_one(
    name: String,
    text: String,
    format: InputKind,
    setup: &Setup,
    side: Option<&Path>,
    mode: Mode,
) -> Outcome {
    let Mode {
        fail_on,
        style,
        traced,
    } = mode;
    let result = guarded("checking", || {
        check_document(name.clone(), text, format, setup, side, traced)
    });
    match result {
        Ok((mut done, errors)) => {
            if let Some(f) = fail_on {
                done.fail_on = f;
            }
            let messages: Vec<String> = errors
                .iter()
                .map(|e| match e {
                    OwnRulesError::Load { error, .. } => render_load_error(error, style),
                    OwnRulesError::Unreadable { path, message } => format!(
                        "figcheck: {}: cannot read rules: {message}\n",
                        path.display()
                    ),
                })
                .collect();
            Outcome {
                done: Some(done),
                failed: !messages.is_empty(),
                messages,
                error: None,
            }
        }
        Err(e) => Outcome {
            done: None,
            messages: vec![format!("figcheck: {name}: {e}\n")],
            failed: true,
            error: Some(e),
        },
    }
}

/// Reads, decodes and checks every listed document, in parallel; outcomes in list order.
pub fn check_all(inputs: &Inputs, setups: &mut Setups, mode: Mode) -> (Vec<Outcome>, bool) {
    let style = mode.style;
    let mut ok = setups.cli_ok();
    let paths = documents(inputs, setups, &mut ok);
    // Setups are built in order (their mistakes print once, before any finding).
    let mut printed: Vec<*const Setup> = Vec::new();
    let jobs: Vec<(PathBuf, Arc<Setup>)> = paths
        .into_iter()
        .map(|p| {
            let s = setups.for_document(&p);
            if !printed.contains(&Arc::as_ptr(&s)) {
                printed.push(Arc::as_ptr(&s));
                for e in &s.errors {
                    eprint!("{}", render_load_error(e, style));
                    ok = false;
                }
            }
            (p, s)
        })
        .collect();
    let run = |(path, setup): &(PathBuf, Arc<Setup>)| {
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
                let mut out = check_one(name, text, format, setup, sidecar(path).as_deref(), mode);
                note.append(&mut out.messages);
                out.messages = note;
                out
            }
            Err(e) => Outcome {
                done: None,
                messages: vec![format!("figcheck: {name}: {e}\n")],
                failed: true,
                error: Some(e.to_string()),
            },
        }
    };
    let outcomes: Vec<Outcome> = map_jobs(&jobs, inputs.threads, run);
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
    let mut setups = Setups::new(&args.inputs.packs, args.inputs.no_config, style);
    let fail_on = args.fail_on.map(FailOn::severity);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if args.jsonl {
        run_jsonl(&args, &mut setups, fail_on, style, &mut out)
    } else {
        run_files(&args, &mut setups, fail_on, style, out_style, &mut out)
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

fn status_of(ok: bool, done: &[&Done]) -> ExitStatus {
    if !ok {
        ExitStatus::Error
    } else if done
        .iter()
        .any(|d| d.findings.iter().any(|f| f.severity >= d.fail_on))
    {
        ExitStatus::Findings
    } else {
        ExitStatus::Clean
    }
}

fn run_files(
    args: &Args,
    setups: &mut Setups,
    fail_on: Option<Severity>,
    style: Style,
    out_style: Style,
    out: &mut impl Write,
) -> std::io::Result<ExitStatus> {
    let mode = Mode {
        fail_on,
        style,
        traced: args.format == Format::Ledger,
    };
    let (outcomes, mut ok) = check_all(&args.inputs, setups, mode);
    for o in &outcomes {
        for m in &o.messages {
            if !(args.quiet && m.ends_with(": empty document\n")) {
                eprint!("{m}");
            }
        }
        ok &= !o.failed;
    }
    let done: Vec<&Done> = outcomes.iter().filter_map(|o| o.done.as_ref()).collect();
    let items: Vec<Checked> = done
        .iter()
        .map(|d| Checked {
            doc: &d.doc,
            figures: d.qs.len(),
            findings: &d.findings,
        })
        .collect();
    match args.format {
        Format::Human => {
            let mut all = Vec::new();
            let mut figures = 0;
            for d in &done {
                for f in &d.findings {
                    out.write_all(render_finding(&d.doc, f, out_style).as_bytes())?;
                    writeln!(out)?;
                }
                figures += d.qs.len();
                all.extend(d.findings.iter().cloned());
            }
            if !args.quiet {
                writeln!(out, "{}", summary(done.len(), figures, &all))?;
            }
        }
        Format::Concise => out.write_all(concise::render(&items).as_bytes())?,
        Format::Ledger => {
            for (k, d) in done.iter().enumerate() {
                if k > 0 {
                    writeln!(out)?;
                }
                let text = figcheck::report::ledger::render(&d.doc, &d.qs, &d.records, &d.findings);
                out.write_all(text.as_bytes())?;
            }
        }
        Format::Github => out.write_all(github::render(&items).as_bytes())?,
        Format::Junit => out.write_all(junit::render(&items).as_bytes())?,
        Format::Sarif => {
            // The rules named are those in force for the first document's folder.
            let rules = done
                .first()
                .map(|d| setups.for_document(Path::new(&d.doc.source)))
                .map_or_else(RuleSet::default_pack, |s| s.rules.clone());
            out.write_all(sarif::render(&items, &rules, env!("CARGO_PKG_VERSION")).as_bytes())?;
            writeln!(out)?;
        }
        Format::Json => {
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
        Format::Jsonl => {
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
    Ok(status_of(ok, &done))
}

fn run_jsonl(
    args: &Args,
    setups: &mut Setups,
    fail_on: Option<Severity>,
    style: Style,
    out: &mut impl Write,
) -> std::io::Result<ExitStatus> {
    let mut ok = setups.cli_ok();
    let setup = setups.for_document(Path::new("-"));
    for e in &setup.errors {
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
                    let mode = Mode {
                        fail_on,
                        style,
                        traced: false,
                    };
                    let o = check_one(id_string(&id), text, format, &setup, None, mode);
                    for m in &o.messages {
                        eprint!("{m}");
                    }
                    ok &= !o.failed;
                    match o.done {
                        Some(d) => {
                            findings_status |= d.findings.iter().any(|f| f.severity >= d.fail_on);
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
