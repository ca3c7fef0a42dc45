//! Loading rule packs: YAML → [`Rule`]s, with every mistake reported at its line and column.
//!
//! Syntax errors, unknown fields and unknown kinds stop the whole pack (serde cannot go on past
//! them). Mistakes inside a well-formed rule (a regex that does not compile, a field its kind
//! does not take, a `sum` with one part) are all collected, the faulty rules are left out, and
//! the pack's other rules still load.

use super::kinds::compare::Op;
use super::selector::{Scope, Selector};
use super::spec::CaseSpec;
use super::spec::{
    FactSpec, KindName, OpName, PackSpec, RuleSpec, ScopeName, SelectorSpec, SeverityName,
    ToleranceSpec, ValueSpec,
};
use super::{
    Body, Case, DEFAULT_PACK, DEFAULT_PACK_NAME, Expect, Origin, Rule, Severity, Tolerance,
};
use crate::extract::{Interval, Kind};
use rustc_hash::FxHashMap;
use serde_saphyr::{Location, Spanned};
use std::fmt;

mod fields;
mod files;
mod loader;

pub(in crate::rules) use fields::Fields;
pub use files::PackError;
pub(in crate::rules) use loader::op_of;
pub use loader::severity_of;
use loader::*;

/// A mistake in a rule file, at its place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub file: String,
    /// 1-based; 0 when the place is unknown.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
    /// The rule file's text, for a snippet.
    pub source: String,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(
                f,
                "{}:{}:{}: {}",
                self.file, self.line, self.column, self.message
            )
        }
    }
}

impl std::error::Error for LoadError {}

/// The rules in force for a check: packs loaded in order, a later rule replacing an earlier
/// one with the same id (so a newsroom pack can retune `breakdown-sum`).
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    rules: Vec<Rule>,
    /// Where the first rule with each id is in `rules`: a pack of 10,000 rules loads in linear
    /// time, not quadratic.
    by_id: FxHashMap<String, usize>,
}

impl RuleSet {
    pub fn new() -> RuleSet {
        RuleSet::default()
    }

    /// The default pack, `rules/news.yaml`, as built into the binary.
    pub fn default_pack() -> RuleSet {
        let mut set = RuleSet::new();
        let errors = set.add_pack(DEFAULT_PACK_NAME, DEFAULT_PACK);
        assert!(
            errors.is_empty(),
            "the built-in pack is invalid: {errors:?}"
        );
        set
    }

    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Adds the rules of every set in `other`, replacing rules with the same id.
    pub fn extend(&mut self, other: &RuleSet) {
        for r in &other.rules {
            self.insert(r.clone());
        }
    }

    /// The rule with this id, to change its settings.
    pub fn rule_mut(&mut self, id: &str) -> Option<&mut Rule> {
        let k = *self.by_id.get(id)?;
        self.rules.get_mut(k)
    }

    /// Adds one rule after the others, even when its id is taken (`figcheck test` runs the
    /// cases of two packs that both define a rule).
    pub fn push_unique(&mut self, rule: Rule) {
        self.by_id
            .entry(rule.id.clone())
            .or_insert(self.rules.len());
        self.rules.push(rule);
    }

    /// Adds one rule, replacing a rule with the same id.
    pub fn push(&mut self, rule: Rule) {
        self.insert(rule);
    }

    fn insert(&mut self, rule: Rule) {
        match self.by_id.get(&rule.id) {
            Some(&k) => self.rules[k] = rule,
            None => {
                self.by_id.insert(rule.id.clone(), self.rules.len());
                self.rules.push(rule);
            }
        }
    }

    /// Loads a pack from its YAML text. Returns every mistake found; the rules without one are
    /// added all the same.
    pub fn add_pack(&mut self, file: &str, yaml: &str) -> Vec<LoadError> {
        let mut loader = Loader {
            file,
            yaml,
            parsed: yaml,
            lone_cr: has_lone_cr(yaml),
            lines: Default::default(),
            errors: Vec::new(),
            line_offset: 0,
        };
        // A file of nothing but comments is an empty pack, not an error.
        if yaml
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            return Vec::new();
        }
        let pack: PackSpec = match serde_saphyr::from_str(yaml) {
            Ok(p) => p,
            Err(e) => {
                loader.serde_error(&e);
                return loader.errors;
            }
        };
        self.add_spec(&mut loader, &pack);
        loader.errors
    }

    /// Loads the `figcheck:` block of a Markdown document's front matter: a pack (`rules:`,
    /// `facts:`, `disable:`) for that document. `yaml` is the front matter, which starts on
    /// line `first_line` of `document` (the whole file, for snippets); other keys are the
    /// document's own and are ignored.
    pub fn add_front_matter(
        &mut self,
        file: &str,
        document: &str,
        yaml: &str,
        first_line: usize,
    ) -> Vec<LoadError> {
        #[derive(serde::Deserialize)]
        struct FrontMatter {
            figcheck: Option<PackSpec>,
        }
        let mut loader = Loader {
            file,
            yaml: document,
            parsed: yaml,
            lone_cr: has_lone_cr(yaml),
            lines: Default::default(),
            errors: Vec::new(),
            line_offset: first_line.saturating_sub(1),
        };
        match serde_saphyr::from_str::<FrontMatter>(yaml) {
            Ok(FrontMatter {
                figcheck: Some(pack),
            }) => self.add_spec(&mut loader, &pack),
            Ok(_) => {}
            Err(e) => loader.serde_error(&e),
        }
        loader.errors
    }

    fn add_spec(&mut self, loader: &mut Loader, pack: &PackSpec) {
        let mut seen: FxHashMap<&str, Location> = FxHashMap::default();
        let mut rules = Vec::new();
        for r in &pack.rules {
            if first_time(&mut seen, loader, &r.value.id)
                && let Some(rule) = loader.rule(r)
            {
                rules.push(rule);
            }
        }
        for f in &pack.facts {
            if first_time(&mut seen, loader, &f.value.id)
                && let Some(rule) = loader.fact(f)
            {
                rules.push(rule);
            }
        }
        for r in rules {
            self.insert(r);
        }
        // `disable:` turns rules off by id, whichever pack they came from.
        for id in &pack.disable {
            match self.rule_mut(&id.value) {
                Some(r) => r.enabled = false,
                None => loader.at(
                    &id.referenced,
                    format!("`disable` names `{}`, which no loaded rule has", id.value),
                ),
            }
        }
    }
}

/// True for a rule id met first in its pack; a repeated one is reported at its place.
fn first_time<'p>(
    seen: &mut FxHashMap<&'p str, Location>,
    loader: &mut Loader,
    id: &'p Spanned<String>,
) -> bool {
    if let Some(first) = seen.get(id.value.as_str()) {
        let msg = format!(
            "duplicate rule id `{}` (first defined at line {})",
            id.value,
            first.line()
        );
        loader.at(&id.referenced, msg);
        return false;
    }
    seen.insert(&id.value, id.referenced);
    true
}

/// serde-saphyr's message without its own "line L column C:" prefix and snippet.
fn yaml_message(e: &serde_saphyr::Error) -> String {
    let s = e.without_snippet().to_string();
    let s = s.strip_prefix("error: ").unwrap_or(&s);
    let s = match s.strip_prefix("line ") {
        Some(rest) => rest.split_once(": ").map_or(rest, |(_, m)| m),
        None => s,
    };
    let s = s.lines().next().unwrap_or("").trim();
    // Some messages repeat the place at the end: " at line 3, column 11".
    match s.rfind(" at line ") {
        Some(k) if s[k..].contains(", column ") => s[..k].to_string(),
        _ => s.to_string(),
    }
}

#[cfg(test)]
mod tests;
