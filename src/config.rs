//! `figcheck.yaml`: a newsroom's settings, found by walking up from each checked file (as Vale
//! finds `.vale.ini` and ruff its `pyproject.toml`); the nearest one applies.
//!
//! ```yaml
//! packs: [rules/desk.yaml]          # relative to this file; loaded after the default pack
//! default-rules: true               # false: leave out rules/news.yaml
//! rules:                            # per rule id: off, on, or {severity, enabled}
//!   list-count: off
//!   repeated-figure: {severity: error}
//! ignore: ["drafts/**"]             # globs relative to this file's folder
//! hedges: {approx: 2, nearly: 1, rounded: 0.5}   # interval widths (data/intervals.txt)
//! fail-on: warning
//! ```

use crate::interval::Widths;
use crate::lexicon::LEXICON;
use crate::rules::spec::SeverityName;
use crate::rules::{LoadError, RuleSet, Severity};
use globset::{Glob, GlobSet, GlobSetBuilder};
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The name of the configuration file.
pub const FILE_NAME: &str = "figcheck.yaml";

/// A rule's setting: `off`, `on`, or details.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq)]
#[serde(untagged, expecting = "off, on, or {severity, enabled}")]
pub enum RuleSetting {
    /// YAML 1.1 reads `off` and `on` as booleans.
    Flag(bool),
    Switch(Switch),
    Detail(RuleDetail),
}

/// `{severity, enabled}`: a key of neither kind is a mistake, not silently ignored.
#[derive(Clone, Debug, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RuleDetail {
    severity: Option<SeverityName>,
    enabled: Option<bool>,
}

#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum Switch {
    On,
    Off,
}

/// Interval widths, in units of a figure's last significant digit.
#[derive(Clone, Copy, Debug, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct HedgeSpec {
    /// "about n": n ± approx units.
    pub approx: Option<f64>,
    /// "nearly n": [n − nearly units, n).
    pub nearly: Option<f64>,
    /// a rounded figure: n ± rounded units.
    pub rounded: Option<f64>,
    /// the most "about n" spreads, as a share of n.
    pub approx_share: Option<f64>,
    /// the most "nearly n" spreads, as a share of n.
    pub nearly_share: Option<f64>,
    /// whether the zeros ending a figure with a scale word are significant ("$200m" to the
    /// million).
    pub scaled_zeros: Option<bool>,
}

/// `figcheck.yaml` as written.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ConfigSpec {
    #[serde(default)]
    pub packs: Vec<String>,
    pub default_rules: Option<bool>,
    #[serde(default)]
    pub rules: BTreeMap<String, RuleSetting>,
    #[serde(default)]
    pub ignore: Vec<String>,
    pub hedges: Option<HedgeSpec>,
    pub fail_on: Option<SeverityName>,
}

/// A loaded configuration.
#[derive(Clone, Debug)]
pub struct Config {
    /// The file, or `None` for the defaults (no `figcheck.yaml` above the document).
    pub path: Option<PathBuf>,
    pub spec: ConfigSpec,
    text: String,
    ignore: GlobSet,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            path: None,
            spec: ConfigSpec::default(),
            text: String::new(),
            ignore: GlobSet::empty(),
        }
    }
}

/// The nearest `figcheck.yaml` in `start` (a folder) or a folder above it.
pub fn find(start: &Path) -> Option<PathBuf> {
    let start = if start.as_os_str().is_empty() {
        Path::new(".")
    } else {
        start
    };
    let abs = std::path::absolute(start).ok()?;
    abs.ancestors()
        .map(|d| d.join(FILE_NAME))
        .find(|p| p.is_file())
}

/// 1-based line and column of the first `needle` in `text`, for a message.
fn locate(text: &str, needle: &str) -> (usize, usize) {
    match text.find(needle) {
        Some(k) => {
            let line = text[..k].matches('\n').count() + 1;
            let col = text[..k]
                .rsplit('\n')
                .next()
                .map_or(0, |s| s.chars().count())
                + 1;
            (line, col)
        }
        None => (0, 0),
    }
}

impl Config {
    /// Reads a `figcheck.yaml`.
    pub fn load(path: &Path) -> Result<Config, Vec<LoadError>> {
        let file = path.display().to_string();
        let err = |line, column, message| LoadError {
            file: file.clone(),
            line,
            column,
            message,
            source: String::new(),
        };
        let text = std::fs::read_to_string(path)
            .map_err(|e| vec![err(0, 0, format!("cannot read: {e}"))])?;
        let with_source = |mut e: LoadError| {
            e.source = text.clone();
            e
        };
        let spec: ConfigSpec = if text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            ConfigSpec::default()
        } else {
            serde_saphyr::from_str(&text).map_err(|e| {
                let (line, column) = e
                    .location()
                    .map_or((0, 0), |l| (l.line() as usize, l.column() as usize));
                let msg = e.without_snippet().to_string();
                let msg = msg
                    .strip_prefix("error: ")
                    .unwrap_or(&msg)
                    .split_once(": ")
                    .filter(|(p, _)| p.starts_with("line "))
                    .map_or(msg.as_str(), |(_, m)| m)
                    .lines()
                    .next()
                    .unwrap_or("")
                    .to_string();
                let msg = match msg.rfind(" at line ") {
                    Some(k) => msg[..k].to_string(),
                    None => msg,
                };
                vec![with_source(err(line, column, msg))]
            })?
        };
        let mut errors = Vec::new();
        let mut globs = GlobSetBuilder::new();
        for g in &spec.ignore {
            match Glob::new(g) {
                Ok(g) => {
                    globs.add(g);
                }
                Err(e) => {
                    let (l, c) = locate(&text, g);
                    errors.push(with_source(err(l, c, format!("bad ignore glob: {e}"))));
                }
            }
        }
        if let Some(h) = &spec.hedges {
            for (name, v) in [
                ("approx", h.approx),
                ("nearly", h.nearly),
                ("rounded", h.rounded),
                ("approx-share", h.approx_share),
                ("nearly-share", h.nearly_share),
            ] {
                if v.is_some_and(|v| !(v.is_finite() && v >= 0.0)) {
                    let (l, c) = locate(&text, name);
                    errors.push(with_source(err(
                        l,
                        c,
                        format!("hedges.{name} must be a number of 0 or more"),
                    )));
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Config {
            path: Some(path.to_path_buf()),
            spec,
            ignore: globs.build().unwrap_or_else(|_| GlobSet::empty()),
            text,
        })
    }

    /// The folder the configuration's relative paths start from.
    pub fn dir(&self) -> PathBuf {
        self.path
            .as_deref()
            .and_then(Path::parent)
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    }

    /// True when `file` matches an `ignore` glob (relative to the configuration's folder).
    pub fn ignores(&self, file: &Path) -> bool {
        if self.ignore.is_empty() {
            return false;
        }
        let (Ok(file), Ok(dir)) = (std::path::absolute(file), std::path::absolute(self.dir()))
        else {
            return false;
        };
        file.strip_prefix(&dir)
            .is_ok_and(|rel| self.ignore.is_match(rel))
    }

    /// The interval widths, when the configuration changes them.
    pub fn widths(&self) -> Option<Widths> {
        let h = self.spec.hedges?;
        let d = LEXICON.widths;
        Some(Widths {
            approx: h.approx.unwrap_or(d.approx),
            nearly: h.nearly.unwrap_or(d.nearly),
            rounded: h.rounded.unwrap_or(d.rounded),
            approx_share: h.approx_share.unwrap_or(d.approx_share),
            nearly_share: h.nearly_share.unwrap_or(d.nearly_share),
            scaled_zeros: h.scaled_zeros.unwrap_or(d.scaled_zeros),
        })
    }

    pub fn fail_on(&self) -> Option<Severity> {
        self.spec.fail_on.map(|s| match s {
            SeverityName::Info => Severity::Info,
            SeverityName::Warning => Severity::Warning,
            SeverityName::Error => Severity::Error,
        })
    }

    /// Whether the default pack is loaded.
    pub fn default_rules(&self) -> bool {
        self.spec.default_rules.unwrap_or(true)
    }

    /// The packs to load, as paths.
    pub fn packs(&self) -> Vec<PathBuf> {
        self.spec.packs.iter().map(|p| self.dir().join(p)).collect()
    }

    /// Applies the per-rule settings to a loaded set; a setting for a rule no pack has is an
    /// error (a stale setting must not pass silently).
    pub fn apply(&self, set: &mut RuleSet) -> Vec<LoadError> {
        let mut errors = Vec::new();
        let file = self
            .path
            .as_deref()
            .map_or_else(|| FILE_NAME.to_string(), |p| p.display().to_string());
        for (id, setting) in &self.spec.rules {
            let Some(rule) = set.rule_mut(id) else {
                let (line, column) = locate(&self.text, &format!("{id}:"));
                errors.push(LoadError {
                    file: file.clone(),
                    line,
                    column,
                    message: format!("`rules` sets `{id}`, which no loaded rule has"),
                    source: self.text.clone(),
                });
                continue;
            };
            match setting {
                RuleSetting::Switch(Switch::On) | RuleSetting::Flag(true) => rule.enabled = true,
                RuleSetting::Switch(Switch::Off) | RuleSetting::Flag(false) => rule.enabled = false,
                RuleSetting::Detail(RuleDetail { severity, enabled }) => {
                    if let Some(s) = severity {
                        rule.severity = match s {
                            SeverityName::Info => Severity::Info,
                            SeverityName::Warning => Severity::Warning,
                            SeverityName::Error => Severity::Error,
                        };
                    }
                    if let Some(e) = enabled {
                        rule.enabled = *e;
                    }
                }
            }
        }
        errors
    }

    /// Where a setting came from: `figcheck.yaml:LINE` or `default`.
    pub fn origin_of(&self, key: &str) -> String {
        match &self.path {
            Some(p) => {
                let (line, _) = locate(&self.text, key);
                if line == 0 {
                    "default".into()
                } else {
                    format!("{}:{line}", p.display())
                }
            }
            None => "default".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str, text: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("figcheck-config-{}-{name}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub/drafts")).unwrap();
        std::fs::write(dir.join(FILE_NAME), text).unwrap();
        dir
    }

    #[test]
    fn the_nearest_file_is_found_and_applied() {
        let dir = temp(
            "apply",
            "rules:\n  list-count: off\n  repeated-figure: {severity: error}\nignore: [\"sub/drafts/**\"]\nhedges: {approx: 1}\nfail-on: warning\n",
        );
        let found = find(&dir.join("sub/drafts")).unwrap();
        assert_eq!(found, std::path::absolute(dir.join(FILE_NAME)).unwrap());
        let cfg = Config::load(&found).unwrap();
        let mut set = RuleSet::default_pack();
        assert!(cfg.apply(&mut set).is_empty());
        let rule = |id: &str| set.rules().iter().find(|r| r.id == id).unwrap().clone();
        assert!(!rule("list-count").enabled);
        assert_eq!(rule("repeated-figure").severity, Severity::Error);
        assert!(cfg.ignores(&dir.join("sub/drafts/a.md")));
        assert!(!cfg.ignores(&dir.join("sub/a.md")));
        assert_eq!(cfg.widths().unwrap().approx, 1.0);
        assert_eq!(cfg.fail_on(), Some(Severity::Warning));
    }

    #[test]
    fn mistakes_are_reported_with_their_place() {
        let dir = temp("bad", "rules:\n  lst-count: off\n");
        let cfg = Config::load(&dir.join(FILE_NAME)).unwrap();
        let e = cfg.apply(&mut RuleSet::default_pack());
        assert_eq!((e[0].line, e[0].column), (2, 3));
        assert!(e[0].message.contains("`lst-count`"));
        let dir = temp("typo", "hedgs: {approx: 1}\n");
        let e = Config::load(&dir.join(FILE_NAME)).unwrap_err();
        assert_eq!((e[0].line, e[0].column), (1, 1), "{e:?}");
        assert!(e[0].message.contains("unknown field `hedgs`"), "{e:?}");
        // A rule's details take `severity` and `enabled`, nothing else.
        let dir = temp("detail", "rules:\n  list-count: {severty: warning}\n");
        let e = Config::load(&dir.join(FILE_NAME)).unwrap_err();
        assert_eq!((e[0].line, e[0].column), (2, 15), "{e:?}");
        assert!(e[0].message.contains("{severity, enabled}"), "{e:?}");
    }
}
