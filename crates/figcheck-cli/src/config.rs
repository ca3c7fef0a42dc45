//! `figcheck config [PATH]`: the configuration in force for a document or folder, and where
//! each part of it came from.

use super::ExitStatus;
use super::check::checkers;
use super::rules::{Packs, stderr_style};
use figcheck::checker::sidecar;
use figcheck::lexicon::LEXICON;
use figcheck::report::findings::render_load_error;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct Args {
    /// A document or folder (default: the working folder).
    path: Option<PathBuf>,
    #[command(flatten)]
    packs: Packs,
}

pub fn run(args: Args) -> ExitStatus {
    let style = stderr_style();
    let path = args.path.unwrap_or_else(|| PathBuf::from("."));
    let (mut checkers, packs_ok) = checkers(&args.packs, false, style);
    // A folder's own configuration is found from a file inside it.
    let probe = if path.is_dir() {
        path.join("-")
    } else {
        path.clone()
    };
    let checker = checkers.for_document(&probe);
    let mut ok = packs_ok;
    for e in checker.errors() {
        eprint!("{}", render_load_error(e, style));
        ok = false;
    }
    let cfg = checker.config();
    match &cfg.path {
        Some(p) => println!("config: {}", p.display()),
        None => println!("config: none (no figcheck.yaml here or above; defaults apply)"),
    }
    println!("\npacks, in load order:");
    let default = !args.packs.no_default_rules && cfg.default_rules();
    if default {
        println!("  rules/news.yaml (built in)");
    } else if args.packs.no_default_rules {
        println!("  (default pack left out: --no-default-rules)");
    } else {
        println!(
            "  (default pack left out: default-rules: false, {})",
            cfg.origin_of("default-rules")
        );
    }
    for p in cfg.packs() {
        println!("  {}  ({})", p.display(), cfg.origin_of("packs"));
    }
    for p in &args.packs.rules {
        println!("  {}  (--rules)", p.display());
    }
    if let Some(side) = path.is_file().then(|| sidecar(&path)).flatten() {
        println!("  {}  (sidecar of {})", side.display(), path.display());
    }
    println!("\nrules:");
    for r in checker.rules().rules() {
        let tuned = if cfg.spec.rules.contains_key(&r.id) {
            format!("; set in {}", cfg.origin_of(&format!("{}:", r.id)))
        } else {
            String::new()
        };
        println!(
            "  {:<20} {:<8} {:<4} ({}:{}{tuned})",
            r.id,
            r.severity.name(),
            if r.enabled { "on" } else { "off" },
            r.origin.file,
            r.origin.line
        );
    }
    println!("\nignore:");
    if cfg.spec.ignore.is_empty() {
        println!("  (nothing)");
    }
    for g in &cfg.spec.ignore {
        println!("  {g}  ({})", cfg.origin_of(g));
    }
    println!("\nhedge widths (units of the last significant digit):");
    let w = cfg.widths().unwrap_or(LEXICON.widths);
    let h = cfg.spec.hedges.unwrap_or_default();
    for (name, v, set) in [
        ("approx", w.approx, h.approx.is_some()),
        ("nearly", w.nearly, h.nearly.is_some()),
        ("rounded", w.rounded, h.rounded.is_some()),
    ] {
        let from = if set {
            cfg.origin_of(&format!("{name}:"))
        } else {
            "data/intervals.txt".to_string()
        };
        println!("  {name:<8} {v}  ({from})");
    }
    let fail_on = cfg.fail_on().map_or_else(
        || "error  (default)".to_string(),
        |s| format!("{}  ({})", s.name(), cfg.origin_of("fail-on")),
    );
    println!("\nfail-on: {fail_on}");
    if ok {
        ExitStatus::Clean
    } else {
        ExitStatus::Error
    }
}
