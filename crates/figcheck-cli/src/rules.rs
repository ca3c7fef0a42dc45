//! The rule-authoring commands: `figcheck test`, `figcheck rules`, `figcheck explain` and
//! `figcheck schema`, and the pack loading `check` shares with them.

use super::ExitStatus;
use super::input::read_document;
use figcheck::report::findings::{Style, render_load_error};
use figcheck::rules::{Body, PackError, Rule, RuleSet, testing};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Colour on stderr only on a terminal, never with `NO_COLOR`.
pub fn stderr_style() -> Style {
    Style {
        color: std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    }
}

/// The packs to load: the default one unless told otherwise, then `--rules` in order.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct Packs {
    /// A rule pack (YAML), a directory of packs, or - for a pack on standard input; may be
    /// repeated. Loaded after the default pack, whose rules a pack may replace by id.
    #[arg(long = "rules", value_name = "FILE|DIR")]
    pub rules: Vec<PathBuf>,
    /// Do not load the default pack (rules/news.yaml, built in).
    #[arg(long)]
    pub no_default_rules: bool,
}

impl Packs {
    /// Loads the packs into `set`; false when a file could not be read or has a mistake (each
    /// mistake is printed with its place and a snippet; the other rules still load).
    pub fn load(&self, set: &mut RuleSet, style: Style) -> bool {
        if !self.no_default_rules {
            set.extend(&RuleSet::default_pack());
        }
        let mut ok = true;
        for p in &self.rules {
            ok &= load_rules(p, set, style);
        }
        ok
    }
}

/// Loads a pack, or every `.yaml`/`.yml` file of a directory in name order; false when one
/// could not be read or has a mistake (each printed with its place, the rest still load).
pub fn load_rules(path: &Path, rules: &mut RuleSet, style: Style) -> bool {
    // `-` is a pack on standard input.
    let errors = if path.as_os_str() == "-" {
        match read_document(path) {
            Ok(yaml) => rules
                .add_pack("-", &yaml)
                .into_iter()
                .map(PackError::Load)
                .collect(),
            Err(e) => vec![PackError::Unreadable {
                path: "-".into(),
                message: format!("cannot read rules: {e}"),
            }],
        }
    } else {
        rules.add_packs_at(path)
    };
    for e in &errors {
        match e {
            PackError::Load(e) => eprint!("{}", render_load_error(e, style)),
            PackError::Unreadable { path, message } => eprintln!("figcheck: {path}: {message}"),
        }
    }
    errors.is_empty()
}

#[derive(clap::Args)]
pub struct TestArgs {
    /// Rule packs, directories of packs, or sidecar files whose `tests:` to run; without any,
    /// the default pack's.
    paths: Vec<PathBuf>,
}

/// `figcheck test`: runs the cases written in rule files.
pub fn test(args: TestArgs) -> ExitStatus {
    let style = stderr_style();
    let mut set = RuleSet::new();
    let mut ok = true;
    if args.paths.is_empty() {
        set = RuleSet::default_pack();
    } else {
        // Each file on its own, so a rule id reused in two packs runs both rules' cases.
        for p in &args.paths {
            let mut one = RuleSet::new();
            ok &= load_rules(p, &mut one, style);
            for r in one.rules() {
                set.push_unique(r.clone());
            }
        }
    }
    let results = testing::run(&set);
    let (mut passed, mut failed) = (0, 0);
    let untested: Vec<&Rule> = set.rules().iter().filter(|r| r.tests.is_empty()).collect();
    for r in &results {
        if r.passed() {
            passed += 1;
            continue;
        }
        failed += 1;
        println!(
            "FAIL {}:{}: rule `{}`, case {}",
            r.file, r.line, r.rule, r.number
        );
        println!("  text:     {}", r.text);
        for (k, e) in r.expected.iter().enumerate() {
            println!("  {} {e}", if k == 0 { "expected:" } else { "         " });
        }
        for (k, a) in r.actual.iter().enumerate() {
            println!("  {} {a}", if k == 0 { "actual:  " } else { "         " });
        }
        for p in &r.problems {
            println!("  - {p}");
        }
        println!();
    }
    for r in &untested {
        println!(
            "note: rule `{}` ({}:{}) has no tests",
            r.id, r.origin.file, r.origin.line
        );
    }
    println!("{passed} passed, {failed} failed");
    if !ok {
        ExitStatus::Error
    } else if failed > 0 {
        ExitStatus::Findings
    } else {
        ExitStatus::Clean
    }
}

#[derive(clap::Args)]
pub struct RulesArgs {
    #[command(flatten)]
    packs: Packs,
    /// A document whose sidecar rules (NAME.figcheck.yaml) to list as well.
    document: Option<PathBuf>,
}

fn kind_name(r: &Rule) -> String {
    match &r.body {
        Body::Detect(d) => format!("{} (detect: {})", r.kind.name(), d.name()),
        _ => r.kind.name().to_string(),
    }
}

/// `figcheck rules`: the rules in force, one a line.
pub fn rules(args: RulesArgs) -> ExitStatus {
    let mut set = RuleSet::new();
    let mut ok = args.packs.load(&mut set, stderr_style());
    if let Some(side) = args
        .document
        .as_deref()
        .and_then(figcheck::checker::sidecar)
    {
        ok &= load_rules(&side, &mut set, stderr_style());
    }
    let rows: Vec<[String; 5]> = set
        .rules()
        .iter()
        .map(|r| {
            [
                format!("{}:{}", r.origin.file, r.origin.line),
                r.id.clone(),
                kind_name(r),
                r.severity.name().to_string(),
                if r.enabled { "on" } else { "off" }.to_string(),
            ]
        })
        .collect();
    let header = ["pack", "id", "kind", "severity", "state"].map(String::from);
    let mut widths = [0; 5];
    for row in std::iter::once(&header).chain(&rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let line: Vec<String> = row
            .iter()
            .zip(widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        println!("{}", line.join("  ").trim_end());
    }
    if ok {
        ExitStatus::Clean
    } else {
        ExitStatus::Error
    }
}

#[derive(clap::Args)]
pub struct ExplainArgs {
    /// The id of a rule (`figcheck rules` lists them).
    rule: String,
    #[command(flatten)]
    packs: Packs,
}

/// `figcheck explain RULE`: what a rule checks, its fields and an example.
pub fn explain(args: ExplainArgs) -> ExitStatus {
    let mut set = RuleSet::new();
    let ok = args.packs.load(&mut set, stderr_style());
    let Some(rule) = set.rules().iter().find(|r| r.id == args.rule) else {
        let ids: Vec<&str> = set.rules().iter().map(|r| r.id.as_str()).collect();
        eprintln!(
            "figcheck: no rule `{}` is loaded (loaded: {})",
            args.rule,
            ids.join(", ")
        );
        return ExitStatus::Error;
    };
    print!("{}", figcheck::rules::explain::explain(rule));
    if ok {
        ExitStatus::Clean
    } else {
        ExitStatus::Error
    }
}

/// `figcheck schema`: the JSON Schema of rule files.
pub fn schema() -> ExitStatus {
    println!("{}", figcheck::rules::schema_json());
    ExitStatus::Clean
}
