//! `figcheck ledger`: the figure ledger of documents (every figure, every check that ran with
//! its arithmetic and verdict, every finding), printed, stored under a snapshot directory
//! (`--update`) or compared with what is stored there (`--check`), so that a changed figure
//! shows up in review as a diff.
//!
//! Documents are found, configured and read as `check` finds, configures and reads them
//! (`check::Inputs`, `Checkers`, `documents`): the same rules run, and the findings are those
//! `check` reports.

use super::ExitStatus;
use super::check::{CheckOptions, Inputs, check_one, checkers, documents};
use super::input::{io_message, read_document};
use super::rules::stderr_style;
use figcheck::checker::{Checker, Checkers, Input, sidecar};
use figcheck::report::findings::{Style, render_load_error};
use figcheck::report::ledger;
use figcheck::source::Format as InputKind;
use similar::TextDiff;
use std::io::{BufWriter, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    inputs: Inputs,
    /// The folder that holds the stored ledgers: the ledger of `stories/fire.txt` is
    /// `DIR/stories/fire.txt.ledger`. Give documents by relative path.
    #[arg(long, value_name = "DIR")]
    snapshot_dir: Option<PathBuf>,
    /// Compare each ledger with the stored one and print the differences as unified diffs;
    /// exit 1 when one differs or is missing.
    #[arg(long, requires = "snapshot_dir", conflicts_with = "update")]
    check: bool,
    /// Write each ledger to the snapshot folder (only those that changed are rewritten).
    #[arg(long, requires = "snapshot_dir")]
    update: bool,
}

enum Action<'a> {
    Print,
    Check(&'a Path),
    Update(&'a Path),
}

/// What happened to the ledgers of a run.
#[derive(Default)]
struct Tally {
    error: bool,
    same: usize,
    differ: usize,
    missing: usize,
    written: usize,
}

/// One document's ledger, or why there is none, with the messages for stderr.
struct Made {
    name: String,
    ledger: Option<String>,
    messages: Vec<String>,
}

pub fn run(args: Args) -> ExitStatus {
    let mode = match (&args.snapshot_dir, args.check, args.update) {
        (Some(dir), true, _) => Action::Check(dir),
        (Some(dir), _, true) => Action::Update(dir),
        _ => Action::Print,
    };
    if args.inputs.paths.is_empty() && !matches!(mode, Action::Print) {
        eprintln!("figcheck: ledger --check and --update need the documents' paths");
        return ExitStatus::Error;
    }
    // A ledger made with some rules missing would be wrong: a mistake in a `--rules` pack stops
    // the run before any ledger is compared or written.
    let style = stderr_style();
    let (mut checkers, packs_ok) = checkers(&args.inputs.packs, args.inputs.no_config, style);
    if !packs_ok {
        return ExitStatus::Error;
    }
    let mut tally = Tally::default();
    let made = make_all(&args.inputs, &mode, &mut checkers, style, &mut tally);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let result =
        report(&made, &mode, &mut tally, &mut out).and_then(|()| summary(&mode, &tally, &mut out));
    match (result, out.flush()) {
        (Ok(()), Ok(())) => {}
        (Err(e), _) | (_, Err(e)) => {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("figcheck: {e}");
            }
            return ExitStatus::Error;
        }
    }
    if tally.error {
        ExitStatus::Error
    } else if tally.differ + tally.missing > 0 {
        ExitStatus::Findings
    } else {
        ExitStatus::Clean
    }
}

/// Builds the ledger of every listed document, in parallel; results in list order. A document
/// whose rules could not all be loaded (a mistake in its figcheck.yaml, a pack it names, its
/// sidecar or its front matter) gets no ledger.
fn make_all(
    inputs: &Inputs,
    mode: &Action,
    checkers: &mut Checkers,
    style: Style,
    tally: &mut Tally,
) -> Vec<Made> {
    let mut ok = true;
    let paths = documents(inputs, checkers, &mut ok);
    tally.error |= !ok;
    let mut printed: Vec<*const Checker> = Vec::new();
    let mut jobs: Vec<(PathBuf, String, Arc<Checker>)> = Vec::new();
    for path in paths {
        let shown = path.display().to_string();
        let name = match (ledger_name(&path), mode) {
            (Ok(name), _) => name,
            (Err(_), Action::Print) => shown,
            (Err(e), _) => {
                eprintln!("figcheck: {shown}: {e}");
                tally.error = true;
                continue;
            }
        };
        let checker = checkers.for_document(&path);
        if !printed.contains(&Arc::as_ptr(&checker)) {
            printed.push(Arc::as_ptr(&checker));
            for e in checker.errors() {
                eprint!("{}", render_load_error(e, style));
            }
        }
        if !checker.errors().is_empty() {
            tally.error = true;
            continue;
        }
        jobs.push((path, name, checker));
    }
    let run = |(path, name, checker): &(PathBuf, String, Arc<Checker>)| match read_document(path) {
        Ok(text) => {
            let format = inputs
                .input_format
                .map_or_else(|| InputKind::from_path(path), Into::into);
            let input = Input {
                sidecar: sidecar(path),
                ..Input::new(name.clone(), text, format)
            };
            make_one(input, checker, style)
        }
        Err(e) => Made {
            name: name.clone(),
            ledger: None,
            messages: vec![format!("figcheck: {}: {e}\n", path.display())],
        },
    };
    super::check::map_jobs(&jobs, inputs.threads, run)
}

/// Builds one document's ledger, with the rules `check` runs on it (its folder's checker, its
/// sidecar, its front matter) and the findings `check` reports (suppressions applied): the
/// same `check::check_one`, traced.
fn make_one(input: Input, checker: &Checker, style: Style) -> Made {
    let name = input.name.clone();
    let mode = CheckOptions {
        fail_on: None,
        style,
        traced: true,
    };
    let outcome = check_one(input, checker, mode);
    let ledger = match (&outcome.checked, outcome.failed) {
        (Some(d), false) => Some(ledger::render(
            &d.doc,
            &d.quantities,
            &d.records,
            &d.findings,
        )),
        _ => None,
    };
    Made {
        name,
        ledger,
        messages: outcome.messages,
    }
}

/// Prints, compares or writes the ledgers, in list order.
fn report(
    made: &[Made],
    mode: &Action,
    tally: &mut Tally,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let mut first = true;
    for m in made {
        for msg in &m.messages {
            eprint!("{msg}");
        }
        let Some(now) = &m.ledger else {
            tally.error = true;
            continue;
        };
        match mode {
            Action::Print => {
                if !first {
                    writeln!(out)?;
                }
                out.write_all(now.as_bytes())?;
                first = false;
            }
            Action::Check(dir) => compare_one(dir, &m.name, now, tally, out)?,
            Action::Update(dir) => update_one(dir, &m.name, now, tally, out)?,
        }
    }
    Ok(())
}

/// The name of a document in its ledger and under the snapshot directory: its path as given,
/// relative, with `/` between components and no `.` components. An absolute path inside the
/// working directory is taken relative to it; a path that climbs out (`..`) or an absolute one
/// elsewhere has no place under the snapshot directory.
fn ledger_name(path: &Path) -> Result<String, String> {
    if path.as_os_str() == "-" {
        return Err("standard input has no stored ledger; give the document's path".into());
    }
    let relative;
    let path = if path.is_absolute() {
        let cwd = std::env::current_dir().map_err(|e| io_message(&e))?;
        relative = path
            .strip_prefix(&cwd)
            .map_err(|_| {
                "an absolute path outside the working directory has no place under the snapshot \
                 directory; give it relative to the working directory"
                    .to_string()
            })?
            .to_path_buf();
        relative.as_path()
    } else {
        path
    };
    let mut parts: Vec<&str> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::Normal(s) => parts.push(s.to_str().ok_or("the path is not UTF-8")?),
            _ => {
                return Err(
                    "a path with `..` would put its ledger outside the snapshot directory; run \
                     from a directory above the document"
                        .into(),
                );
            }
        }
    }
    if parts.is_empty() {
        return Err("not a document path".into());
    }
    Ok(parts.join("/"))
}

/// `DIR/<name>.ledger`.
fn stored_path(dir: &Path, name: &str) -> PathBuf {
    dir.join(format!("{name}.ledger"))
}

fn compare_one(
    dir: &Path,
    name: &str,
    now: &str,
    tally: &mut Tally,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let stored_at = stored_path(dir, name);
    let shown = stored_at.display().to_string();
    let stored = match std::fs::read(&stored_at) {
        Ok(bytes) => match String::from_utf8(bytes) {
            // A checkout may have turned line ends into CRLF.
            Ok(s) => s.replace("\r\n", "\n"),
            Err(_) => {
                eprintln!("figcheck: {shown}: not UTF-8 text");
                tally.error = true;
                return Ok(());
            }
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            tally.missing += 1;
            writeln!(
                out,
                "{name}: no stored ledger at {shown} (run `figcheck ledger --update`)"
            )?;
            let diff = TextDiff::from_lines("", now);
            write!(
                out,
                "{}",
                diff.unified_diff()
                    .header("/dev/null", &format!("{shown} (now)"))
            )?;
            return Ok(());
        }
        Err(e) => {
            eprintln!("figcheck: {shown}: {}", io_message(&e));
            tally.error = true;
            return Ok(());
        }
    };
    if stored == now {
        tally.same += 1;
        return Ok(());
    }
    tally.differ += 1;
    writeln!(out, "{name}: the ledger differs from {shown}")?;
    let diff = TextDiff::from_lines(stored.as_str(), now);
    write!(
        out,
        "{}",
        diff.unified_diff()
            .header(&shown, &format!("{shown} (now)"))
    )?;
    Ok(())
}

fn update_one(
    dir: &Path,
    name: &str,
    now: &str,
    tally: &mut Tally,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let stored_at = stored_path(dir, name);
    let shown = stored_at.display().to_string();
    if std::fs::read(&stored_at).is_ok_and(|old| old == now.as_bytes()) {
        tally.same += 1;
        return Ok(());
    }
    let written = stored_at
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::write(&stored_at, now));
    match written {
        Ok(()) => {
            tally.written += 1;
            writeln!(out, "wrote {shown}")?;
        }
        Err(e) => {
            eprintln!("figcheck: {shown}: {}", io_message(&e));
            tally.error = true;
        }
    }
    Ok(())
}

fn summary(mode: &Action, tally: &Tally, out: &mut impl Write) -> std::io::Result<()> {
    match mode {
        Action::Print => Ok(()),
        Action::Check(_) => writeln!(
            out,
            "ledgers: {} matching, {} differing, {} missing",
            tally.same, tally.differ, tally.missing
        ),
        Action::Update(_) => writeln!(
            out,
            "ledgers: {} written, {} unchanged",
            tally.written, tally.same
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ledger_names_are_relative_paths() {
        assert_eq!(ledger_name(Path::new("a.txt")).unwrap(), "a.txt");
        assert_eq!(
            ledger_name(Path::new("./stories/./a.txt")).unwrap(),
            "stories/a.txt"
        );
        assert!(ledger_name(Path::new("../a.txt")).is_err());
        assert!(ledger_name(Path::new("-")).is_err());
        let inside = std::env::current_dir().unwrap().join("x").join("a.txt");
        assert_eq!(ledger_name(&inside).unwrap(), "x/a.txt");
        assert_eq!(
            stored_path(Path::new("ledgers"), "x/a.txt"),
            Path::new("ledgers/x/a.txt.ledger")
        );
    }
}
