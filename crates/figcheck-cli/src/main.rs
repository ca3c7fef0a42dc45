//! The `figcheck` binary: a thin CLI over the library (command-line parsing and dispatch).
//! Exit codes follow contract.md: 0 ran clean, 1 findings at or above `--fail-on`, 2 could
//! not run as asked.

mod check;
mod config;
mod extract;
mod input;
mod ledger;
mod rules;

use clap::{Parser, Subcommand};

/// Exit status of every subcommand (contract.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// Ran, and found nothing at or above `--fail-on`.
    Clean = 0,
    /// Ran, and found something at or above `--fail-on` (`check`; `extract` has no findings).
    Findings = 1,
    /// Could not run as asked: bad arguments, unreadable input, an invalid rule file.
    Error = 2,
}

/// `--input-format`: how to read a document.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum InputFormat {
    Text,
    Markdown,
    Html,
}

impl From<InputFormat> for figcheck::source::Format {
    fn from(f: InputFormat) -> Self {
        match f {
            InputFormat::Text => figcheck::source::Format::Text,
            InputFormat::Markdown => figcheck::source::Format::Markdown,
            InputFormat::Html => figcheck::source::Format::Html,
        }
    }
}

#[derive(Parser)]
#[command(
    name = "figcheck",
    version,
    about = "Checks that the figures in a piece of writing agree with each other.",
    long_about = "Checks that the figures in a piece of writing agree with each other.\n\n\
                  figcheck reads prose, finds every figure (\"17 arrests\", \"more than two dozen \
                  people\", \"between 120 and 180\"), reads each as an interval of values, and \
                  binds it to what it counts, the event it measures and where.\n\n\
                  `figcheck check` then runs YAML rules over them: parts must add up to their \
                  total, a figure repeated must agree, stated shares and changes must follow \
                  from the figures beside them.\n\n\
                  Exit status: 0 ran clean, 1 findings at or above --fail-on, 2 could not run \
                  as asked (bad arguments, unreadable input, an invalid rule file)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// List every figure of the given documents with its reading and binding.
    Extract(extract::Args),
    /// Check that the figures agree: sums, repeated figures, shares, changes, counted lists,
    /// and the rules of your own packs.
    Check(check::Args),
    /// Run the test cases written in rule files (`tests:`); exit 1 when one fails.
    Test(rules::TestArgs),
    /// List the rules in force: pack, id, kind, severity, on or off.
    Rules(rules::RulesArgs),
    /// Explain what a rule checks, with its fields and an example.
    Explain(rules::ExplainArgs),
    /// Print the configuration in force for a document or folder, and where each part came
    /// from (figcheck.yaml, packs, defaults).
    Config(config::Args),
    /// Print the JSON Schema of rule files (for editors: `# yaml-language-server: $schema=…`).
    Schema,
    /// Print each document's figure ledger (every figure, every check with its arithmetic and
    /// verdict, every finding), or keep ledgers under a snapshot folder: `--update` writes
    /// them, `--check` diffs against them and exits 1 on any difference.
    Ledger(ledger::Args),
    /// Run a Language Server over standard input and output, for editors.
    #[command(
        long_about = "Run a Language Server (LSP) over standard input and output, for \
        editors.\n\n\
        Open Markdown, HTML and plain-text documents are checked as you type, exactly as \
        `figcheck check` checks a file: the nearest figcheck.yaml above the document, the \
        packs it names, a NAME.figcheck.yaml sidecar, front matter and suppression comments \
        all apply (an unsaved, untitled document gets the defaults). Findings are published \
        as diagnostics with their arithmetic and the other figures as related locations; \
        hover on a figure shows its reading and every check it takes part in; a quick fix \
        inserts `<!-- figcheck-disable-next-line RULE -->` in Markdown and HTML.\n\n\
        Start it from your editor's LSP client with the command `figcheck lsp`; see \
        docs/lsp.md for VS Code, Neovim and Helix. It reads and writes only JSON-RPC on \
        standard input and output; messages for people go to standard error."
    )]
    Lsp(LspArgs),
}

#[derive(clap::Args)]
struct LspArgs {
    /// Accepted and ignored: clients such as vscode-languageclient pass it, and standard
    /// input and output are the only transport.
    #[arg(long)]
    stdio: bool,
}

fn main() {
    std::process::exit(run());
}

fn run() -> i32 {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() {
                ExitStatus::Error as i32
            } else {
                0
            };
            let _ = e.print();
            return code;
        }
    };
    let status = match cli.command {
        Command::Extract(args) => extract::run(args),
        Command::Check(args) => check::run(args),
        Command::Test(args) => rules::test(args),
        Command::Rules(args) => rules::rules(args),
        Command::Explain(args) => rules::explain(args),
        Command::Schema => rules::schema(),
        Command::Config(args) => config::run(args),
        Command::Ledger(args) => ledger::run(args),
        Command::Lsp(args) => {
            let _ = args.stdio;
            match figcheck_lsp::serve_stdio() {
                figcheck_lsp::Ended::Shutdown => ExitStatus::Clean,
                figcheck_lsp::Ended::ExitWithoutShutdown => ExitStatus::Findings,
                figcheck_lsp::Ended::Failed => ExitStatus::Error,
            }
        }
    };
    status as i32
}
