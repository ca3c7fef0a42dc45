//! The one way a document is checked.
//!
//! A [`Checker`] holds what is in force for a set of documents: the default pack, the packs a
//! `figcheck.yaml` names, the caller's own packs, the configuration's switches and widths.
//! [`Checker::check`] reads one document, adds its own rules (a `NAME.figcheck.yaml` sidecar,
//! the `figcheck:` block of its front matter), extracts its figures with the configured
//! widths, runs the rules and applies its suppression comments. The CLI, the ledger, the
//! language server, the web checker and the fuzz targets all call it, so each sees exactly
//! what the others report.
//!
//! [`Checkers`] builds one checker per `figcheck.yaml` for documents spread over folders.

use crate::config::{self, Config};
use crate::error::io_message;
use crate::extract::{Quantity, extract_read};
use crate::interval::Widths;
use crate::lexicon::LEXICON;
use crate::rules::{CheckRecord, Finding, LoadError, RuleSet, Severity, check_read, suppress};
use crate::source::{Document, Format, read};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The rules and settings in force for some documents, loaded once.
#[derive(Clone)]
pub struct Checker {
    config: Config,
    rules: RuleSet,
    widths: Widths,
    /// The rule-file mistakes met while building it: the rules in error are left out, the
    /// others run.
    errors: Vec<LoadError>,
}

/// One document to check.
#[derive(Clone, Debug)]
pub struct Input {
    /// The name findings and messages give the document (a path, an id).
    pub name: String,
    pub text: String,
    pub format: Format,
    /// A rule file for this document alone (`NAME.figcheck.yaml` beside `NAME.txt`).
    pub sidecar: Option<PathBuf>,
    /// Record every relation judged, not only the findings (the ledger, an editor's hover).
    pub traced: bool,
}

impl Input {
    /// A document by name, text and format: no sidecar, not traced.
    pub fn new(name: impl Into<String>, text: impl Into<String>, format: Format) -> Input {
        Input {
            name: name.into(),
            text: text.into(),
            format,
            sidecar: None,
            traced: false,
        }
    }
}

/// One document, checked.
#[derive(Debug)]
pub struct Checked {
    pub doc: Document,
    /// Every figure of the document, in source order.
    pub quantities: Vec<Quantity>,
    /// The findings, sorted, with the document's suppression comments applied.
    pub findings: Vec<Finding>,
    /// Every relation judged, when the input asked to be traced.
    pub records: Vec<CheckRecord>,
    /// Mistakes in the document's own rules (its sidecar, its front matter); the rules in
    /// error were left out, the others ran.
    pub rule_errors: Vec<RuleError>,
}

/// A mistake in a document's own rules.
#[derive(Clone, Debug)]
pub enum RuleError {
    /// A mistake at its place; `front_matter` when the place is in the document itself.
    Load {
        error: LoadError,
        front_matter: bool,
    },
    /// The sidecar could not be read.
    Unreadable { path: PathBuf, message: String },
}

impl Default for Checker {
    fn default() -> Self {
        Checker::with_rules(RuleSet::default_pack())
    }
}

impl Checker {
    /// The default pack and the default settings.
    pub fn new() -> Checker {
        Checker::default()
    }

    /// These rules and the default settings.
    pub fn with_rules(rules: RuleSet) -> Checker {
        Checker {
            config: Config::default(),
            rules,
            widths: LEXICON.widths,
            errors: Vec::new(),
        }
    }

    /// The checker a `figcheck.yaml` asks for (the defaults when `path` is `None`): the
    /// default pack unless `default_rules` is false or the file turns it off, the packs the
    /// file names (read from disk), then `extra` (the caller's own packs, already loaded),
    /// then the file's rule settings. A mistake in the file or a pack is kept in
    /// [`Checker::errors`], and everything else still loads.
    pub fn from_config_file(path: Option<&Path>, default_rules: bool, extra: &RuleSet) -> Checker {
        let mut errors = Vec::new();
        let config = match path.map(Config::load) {
            Some(Ok(c)) => c,
            Some(Err(e)) => {
                errors.extend(e);
                Config::default()
            }
            None => Config::default(),
        };
        let mut rules = RuleSet::new();
        if default_rules && config.default_rules() {
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
        rules.extend(extra);
        errors.extend(config.apply(&mut rules));
        let widths = config.widths().unwrap_or(LEXICON.widths);
        Checker {
            config,
            rules,
            widths,
            errors,
        }
    }

    /// The default pack with one more pack given as YAML text (a page's own rules); its
    /// mistakes are kept in [`Checker::errors`] and its other rules still load.
    pub fn with_pack(name: &str, yaml: &str) -> Checker {
        let mut rules = RuleSet::default_pack();
        let errors = rules.add_pack(name, yaml);
        Checker {
            errors,
            ..Checker::with_rules(rules)
        }
    }

    /// Adds rules on top of those in force (a later rule replaces an earlier one with the same
    /// id): a caller's packs for some documents only, on a clone of a shared checker.
    pub fn add_rules(&mut self, extra: &RuleSet) {
        self.rules.extend(extra);
    }

    /// The configuration in force.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The rules in force (before a document adds its own).
    pub fn rules(&self) -> &RuleSet {
        &self.rules
    }

    /// The rule-file mistakes met while building this checker.
    pub fn errors(&self) -> &[LoadError] {
        &self.errors
    }

    /// The severity at or above which a finding fails a run: the configuration's `fail-on`,
    /// else errors.
    pub fn fail_on(&self) -> Severity {
        self.config.fail_on().unwrap_or(Severity::Error)
    }

    /// Reads and checks one document. The rules of a sidecar or front matter with a mistake
    /// still run, less the rule in error. Never panics on any input by design; a caller that
    /// must survive a bug catches the unwind.
    pub fn check(&self, input: Input) -> Checked {
        let Input {
            name,
            text,
            format,
            sidecar,
            traced,
        } = input;
        let mut rule_errors = Vec::new();
        let (doc, extras) = read(name.clone(), text, format);
        // The document's own rules, on top of the checker's.
        let mut own: Option<RuleSet> = None;
        if let Some(side) = &sidecar {
            let mut set = self.rules.clone();
            match std::fs::read_to_string(side) {
                Ok(yaml) => rule_errors.extend(
                    set.add_pack(&side.display().to_string(), &yaml)
                        .into_iter()
                        .map(|error| RuleError::Load {
                            error,
                            front_matter: false,
                        }),
                ),
                Err(e) => rule_errors.push(RuleError::Unreadable {
                    path: side.clone(),
                    message: io_message(&e),
                }),
            }
            own = Some(set);
        }
        if let Some((yaml, line)) = &extras.front_matter {
            let set = own.get_or_insert_with(|| self.rules.clone());
            rule_errors.extend(
                set.add_front_matter(&name, doc.source_text(), yaml, *line)
                    .into_iter()
                    .map(|error| RuleError::Load {
                        error,
                        front_matter: true,
                    }),
            );
        }
        let rules = own.as_ref().unwrap_or(&self.rules);
        let (quantities, read) = extract_read(&doc, &self.widths);
        let (findings, records) = check_read(&doc, &quantities, read, rules, traced);
        let known: Vec<&str> = rules.rules().iter().map(|r| r.id.as_str()).collect();
        let findings = suppress::apply(&doc, &extras.suppressions, findings, &known);
        Checked {
            doc,
            quantities,
            findings,
            records,
            rule_errors,
        }
    }
}

/// `NAME.figcheck.yaml` beside `NAME.txt`, when there is one (`-`, standard input, has none).
pub fn sidecar(path: &Path) -> Option<PathBuf> {
    if path.as_os_str() == "-" {
        return None;
    }
    let stem = path.file_stem()?.to_str()?;
    let p = path.with_file_name(format!("{stem}.figcheck.yaml"));
    p.is_file().then_some(p)
}

/// Checkers for documents spread over folders: one per `figcheck.yaml`, built when first
/// needed and kept (a folder's nearest configuration is looked up once).
pub struct Checkers {
    extra: RuleSet,
    default_rules: bool,
    use_config: bool,
    by_dir: HashMap<PathBuf, Option<PathBuf>>,
    by_config: HashMap<Option<PathBuf>, Arc<Checker>>,
}

impl Checkers {
    /// `extra`: the caller's packs, added to every checker; `default_rules`: whether the
    /// default pack loads; `use_config`: whether `figcheck.yaml` files are read.
    pub fn new(extra: RuleSet, default_rules: bool, use_config: bool) -> Checkers {
        Checkers {
            extra,
            default_rules,
            use_config,
            by_dir: HashMap::new(),
            by_config: HashMap::new(),
        }
    }

    /// The checker for a document (for `-`, the working folder's).
    pub fn for_document(&mut self, path: &Path) -> Arc<Checker> {
        let dir = if path.as_os_str() == "-" {
            PathBuf::from(".")
        } else {
            path.parent()
                .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
        };
        let cfg_path = if self.use_config {
            self.by_dir
                .entry(dir.clone())
                .or_insert_with(|| config::find(&dir))
                .clone()
        } else {
            None
        };
        if let Some(c) = self.by_config.get(&cfg_path) {
            return Arc::clone(c);
        }
        let checker = Arc::new(Checker::from_config_file(
            cfg_path.as_deref(),
            self.default_rules,
            &self.extra,
        ));
        self.by_config.insert(cfg_path, Arc::clone(&checker));
        checker
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parts that do not add up to their total (13 + 5 is not 17).
    const SEED: &str = "Police made 17 arrests: 13 in Belgium and five in France.";

    #[test]
    fn the_default_checker_finds_a_breakdown_that_does_not_add_up() {
        let checker = Checker::new();
        let got = checker.check(Input::new("story", SEED, Format::Text));
        assert_eq!(got.findings.len(), 1, "{:?}", got.findings);
        assert_eq!(got.findings[0].rule, "breakdown-sum");
        assert_eq!(got.quantities.len(), 3);
        assert!(got.records.is_empty(), "not traced");
        assert!(got.rule_errors.is_empty());
        let sound = checker.check(Input::new(
            "story",
            SEED.replace("five", "four"),
            Format::Text,
        ));
        assert!(sound.findings.is_empty(), "{:?}", sound.findings);
    }

    #[test]
    fn traced_checks_record_every_relation() {
        let input = Input {
            traced: true,
            ..Input::new("story", SEED, Format::Text)
        };
        let got = Checker::new().check(input);
        assert!(!got.records.is_empty());
    }

    #[test]
    fn front_matter_rules_and_suppressions_apply() {
        let text = format!("---\nfigcheck:\n  disable: [breakdown-sum]\n---\n\n{SEED}\n");
        let got = Checker::new().check(Input::new("story.md", text, Format::Markdown));
        assert!(got.findings.is_empty(), "{:?}", got.findings);
        let suppressed = format!("<!-- figcheck-disable-next-line breakdown-sum -->\n{SEED}\n");
        let got = Checker::new().check(Input::new("story.md", suppressed, Format::Markdown));
        assert!(got.findings.is_empty(), "{:?}", got.findings);
    }

    #[test]
    fn a_mistake_in_a_pack_keeps_the_rest() {
        let checker = Checker::with_pack("mine.yaml", "rules:\n  - id: x\n    kind: nonsense\n");
        assert_eq!(checker.errors().len(), 1, "{:?}", checker.errors());
        assert_eq!(checker.errors()[0].file, "mine.yaml");
        let got = checker.check(Input::new("story", SEED, Format::Text));
        assert_eq!(got.findings.len(), 1, "the default pack still runs");
    }

    #[test]
    fn an_unreadable_sidecar_is_a_rule_error() {
        let input = Input {
            sidecar: Some(PathBuf::from("/no/such/story.figcheck.yaml")),
            ..Input::new("story", SEED, Format::Text)
        };
        let got = Checker::new().check(input);
        assert!(
            matches!(&got.rule_errors[..], [RuleError::Unreadable { message, .. }] if message == "no such file"),
            "{:?}",
            got.rule_errors
        );
        assert_eq!(got.findings.len(), 1, "the checker's rules still run");
    }
}
