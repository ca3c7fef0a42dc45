//! `figcheck extract`: list every figure with its reading and binding.

use super::ExitStatus;
use super::input::{JsonlItem, for_each_jsonl, id_string, read_document, write_jsonl_error};
use clap::ValueEnum;
use figcheck::report::{human, json};
use figcheck::{Document, extract};
use std::io::{BufWriter, Write};
use std::path::PathBuf;

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum ExtractOutput {
    /// A readable table per document.
    Human,
    /// One JSON object for all documents (`figcheck.extract/1`).
    Json,
}

#[derive(clap::Args)]
pub struct Args {
    /// Documents to read; `-` reads standard input (the default when none is given).
    files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractOutput::Human)]
    format: ExtractOutput,
    /// How to read the documents; by default by extension (.md Markdown, .html HTML, else
    /// text).
    #[arg(long, value_enum)]
    input_format: Option<super::InputFormat>,
    /// Batch mode: read JSON Lines `{"id", "text"}` from FILE or standard input and write one
    /// `{"id", "quantities"}` line per input line, in order (JSON Lines is its own format).
    #[arg(long, conflicts_with = "format")]
    jsonl: bool,
    /// Ignore figcheck.yaml (whose `hedges:` widths otherwise apply, as in `check`).
    #[arg(long)]
    no_config: bool,
}

/// The interval widths of the figcheck.yaml nearest a document (its folder, or the working
/// folder for standard input), remembered per folder; `None` for the defaults. A configuration
/// that does not load is `check`'s business: here the defaults apply.
struct Widths {
    off: bool,
    by_dir: std::collections::HashMap<PathBuf, Option<figcheck::interval::Widths>>,
}

impl Widths {
    fn for_path(&mut self, path: &std::path::Path) -> Option<figcheck::interval::Widths> {
        if self.off {
            return None;
        }
        let dir = if path.as_os_str() == "-" {
            PathBuf::from(".")
        } else {
            path.parent()
                .map_or_else(|| PathBuf::from("."), std::path::Path::to_path_buf)
        };
        *self.by_dir.entry(dir).or_insert_with_key(|dir| {
            figcheck::config::find(dir)
                .and_then(|p| figcheck::config::Config::load(&p).ok())
                .and_then(|c| c.widths())
        })
    }
}

pub fn run(args: Args) -> ExitStatus {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result = if args.jsonl {
        run_jsonl(&args, &mut out)
    } else {
        run_files(&args, &mut out)
    };
    let flushed = out.flush();
    match (result, flushed) {
        (Ok(status), Ok(())) => status,
        (Err(e), _) | (_, Err(e)) => {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("figcheck: {e}");
            }
            ExitStatus::Error
        }
    }
}

/// Extracts with a safety net: a bug that panics on one document is reported for that
/// document, and the run goes on with the others.
fn extract_guarded(
    source: String,
    text: String,
    format: figcheck::source::Format,
    widths: Option<figcheck::interval::Widths>,
) -> Result<(Document, Vec<figcheck::Quantity>), String> {
    super::input::guarded("extracting", move || {
        let (doc, _) = figcheck::source::read(source, text, format);
        let qs = match widths {
            Some(w) => figcheck::extract::extract_with(&doc, &w),
            None => extract(&doc),
        };
        (doc, qs)
    })
}

fn inputs(args: &Args) -> Vec<PathBuf> {
    if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    }
}

fn run_files(args: &Args, out: &mut impl Write) -> std::io::Result<ExitStatus> {
    let mut status = ExitStatus::Clean;
    let mut docs = Vec::new();
    let mut widths = Widths {
        off: args.no_config,
        by_dir: Default::default(),
    };
    for path in inputs(args) {
        let name = path.display().to_string();
        match read_document(&path) {
            Ok(text) => {
                if text.trim().is_empty() {
                    eprintln!("figcheck: {name}: empty document");
                }
                let format = args
                    .input_format
                    .map_or_else(|| figcheck::source::Format::from_path(&path), Into::into);
                match extract_guarded(name.clone(), text, format, widths.for_path(&path)) {
                    Ok(pair) => docs.push(pair),
                    Err(e) => {
                        eprintln!("figcheck: {name}: {e}");
                        status = ExitStatus::Error;
                    }
                }
            }
            Err(e) => {
                eprintln!("figcheck: {name}: {e}");
                status = ExitStatus::Error;
            }
        }
    }
    match args.format {
        ExtractOutput::Human => {
            for (k, (doc, qs)) in docs.iter().enumerate() {
                if k > 0 {
                    writeln!(out)?;
                }
                if qs.is_empty() {
                    writeln!(out, "{}: no figures", doc.source)?;
                } else {
                    out.write_all(human::extract_table(doc, qs).as_bytes())?;
                }
            }
        }
        ExtractOutput::Json => {
            let report = json::ExtractReport {
                schema: json::EXTRACT_SCHEMA,
                documents: docs
                    .iter()
                    .map(|(doc, qs)| json::ExtractDocument {
                        source: &doc.source,
                        quantities: json::quantities(doc, qs),
                    })
                    .collect(),
            };
            serde_json::to_writer(&mut *out, &report)?;
            writeln!(out)?;
        }
    }
    Ok(status)
}

fn run_jsonl(args: &Args, out: &mut impl Write) -> std::io::Result<ExitStatus> {
    let mut status = ExitStatus::Clean;
    let mut widths = Widths {
        off: args.no_config,
        by_dir: Default::default(),
    };
    let mut line = Vec::new();
    for path in inputs(args) {
        let name = path.display().to_string();
        let w = widths.for_path(&path);
        let reader = match super::input::open_jsonl(&path) {
            Ok(reader) => reader,
            Err(message) => {
                eprintln!("{message}");
                status = ExitStatus::Error;
                continue;
            }
        };
        for_each_jsonl(reader, |item| {
            match item {
                JsonlItem::Doc { id, text, format } => {
                    match extract_guarded(id_string(&id), text, format, w) {
                        Ok((doc, qs)) => {
                            // One line built in memory, then written at once (serde_json's
                            // many small writes cost less into a Vec than into a BufWriter).
                            line.clear();
                            line.extend_from_slice(b"{\"id\":");
                            serde_json::to_writer(&mut line, &id)?;
                            line.extend_from_slice(b",\"quantities\":");
                            json::write_quantities(&mut line, &json::quantities(&doc, &qs))?;
                            line.push(b'}');
                            out.write_all(&line)?;
                        }
                        Err(message) => {
                            status = ExitStatus::Error;
                            eprintln!("figcheck: {name}: {}: {message}", id_string(&id));
                            serde_json::to_writer(
                                &mut *out,
                                &serde_json::json!({"id": id, "error": message}),
                            )?;
                        }
                    }
                }
                JsonlItem::Error { id, line, message } => {
                    status = ExitStatus::Error;
                    eprintln!("figcheck: {name}: {message}");
                    write_jsonl_error(&mut *out, id.as_ref(), line, &message)?;
                }
            }
            out.write_all(b"\n")
        })?;
    }
    Ok(status)
}
