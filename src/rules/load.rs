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
            if let Some(first) = seen.get(r.value.id.value.as_str()) {
                let msg = format!(
                    "duplicate rule id `{}` (first defined at line {})",
                    r.value.id.value,
                    first.line()
                );
                loader.at(&r.value.id.referenced, msg);
                continue;
            }
            seen.insert(&r.value.id.value, r.value.id.referenced);
            if let Some(rule) = loader.rule(r) {
                rules.push(rule);
            }
        }
        for f in &pack.facts {
            if let Some(first) = seen.get(f.value.id.value.as_str()) {
                let msg = format!(
                    "duplicate rule id `{}` (first defined at line {})",
                    f.value.id.value,
                    first.line()
                );
                loader.at(&f.value.id.referenced, msg);
                continue;
            }
            seen.insert(&f.value.id.value, f.value.id.referenced);
            if let Some(rule) = loader.fact(f) {
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

struct Loader<'a> {
    file: &'a str,
    /// The file's text, for snippets.
    yaml: &'a str,
    /// The YAML text the parser read (the front matter alone, for front matter).
    parsed: &'a str,
    /// Whether `parsed` breaks a line at a lone carriage return (looked up once, not per place).
    lone_cr: bool,
    /// [`yaml_lines`] of `parsed`, made at the first place asked for when `lone_cr`.
    lines: std::cell::OnceCell<Vec<(usize, usize, usize)>>,
    errors: Vec<LoadError>,
    /// Lines before the YAML in its file (front matter starts on line 2).
    line_offset: usize,
}

fn has_lone_cr(text: &str) -> bool {
    memchr::memchr_iter(b'\r', text.as_bytes()).any(|k| text.as_bytes().get(k + 1) != Some(&b'\n'))
}

/// The parser's line starts in figcheck's terms. YAML also breaks lines at a lone carriage
/// return, figcheck (like the documents' line index) only at a line feed: in a file with lone
/// carriage returns the parser's line 54 may be figcheck's line 16. For each parser line: its
/// byte offset, figcheck's line there and the offset where that line starts.
fn yaml_lines(parsed: &str) -> Vec<(usize, usize, usize)> {
    let bytes = parsed.as_bytes();
    let mut out = vec![(0, 1, 0)];
    let (mut line, mut line_start) = (1, 0);
    for (k, &b) in bytes.iter().enumerate() {
        if b == b'\n' {
            line += 1;
            line_start = k + 1;
            out.push((k + 1, line, line_start));
        } else if b == b'\r' && bytes.get(k + 1) != Some(&b'\n') {
            out.push((k + 1, line, line_start));
        }
    }
    out
}

/// The parser's (line, column) in figcheck's terms, given [`yaml_lines`].
fn place_in(
    parsed: &str,
    lines: &[(usize, usize, usize)],
    line: usize,
    column: usize,
) -> (usize, usize) {
    match line.checked_sub(1).and_then(|k| lines.get(k)) {
        Some(&(start, our_line, our_start)) => {
            let before = parsed
                .get(our_start..start)
                .map_or(0, |s| s.chars().count());
            (our_line, before + column)
        }
        None => (line, column),
    }
}

impl Loader<'_> {
    fn serde_error(&mut self, e: &serde_saphyr::Error) {
        let (line, column) = e
            .location()
            .map_or((0, 0), |l| (l.line() as usize, l.column() as usize));
        let mut message = yaml_message(e);
        // serde-saphyr stops a document past its budget (250,000 nodes by default) to bound
        // the memory a hostile file can take; say what to do about it.
        if message.starts_with("budget breached") {
            message = format!(
                "the pack is too large to load ({message}): a pack may hold at most 250,000 YAML \
                 nodes (about 15,000 rules); split it into several files and pass each with \
                 --rules, or name them under `packs:` in figcheck.yaml"
            );
        }
        self.error(line, column, message);
    }

    fn place(&self, line: usize, column: usize) -> (usize, usize) {
        if self.lone_cr && line > 0 {
            let lines = self.lines.get_or_init(|| yaml_lines(self.parsed));
            place_in(self.parsed, lines, line, column)
        } else {
            (line, column)
        }
    }

    fn error(&mut self, line: usize, column: usize, message: String) {
        let (line, column) = self.place(line, column);
        self.errors.push(LoadError {
            file: self.file.to_string(),
            line: if line == 0 {
                0
            } else {
                line + self.line_offset
            },
            column,
            message,
            source: self.yaml.to_string(),
        });
    }

    fn at(&mut self, loc: &Location, message: String) {
        self.error(loc.line() as usize, loc.column() as usize, message);
    }

    fn origin(&self, loc: &Location) -> Origin {
        let (line, column) = self.place(loc.line() as usize, loc.column() as usize);
        Origin {
            file: self.file.to_string(),
            line: line + self.line_offset,
            column,
        }
    }

    fn rule(&mut self, spanned: &Spanned<RuleSpec>) -> Option<Rule> {
        let r = &spanned.value;
        let errors_before = self.errors.len();
        let id = r.id.value.clone();
        self.check_id(&r.id);
        let kind = r.kind.value;

        // Which fields were given, with their places, to check them against the kind.
        let given: Vec<(&str, Location)> = [
            ("total", r.total.as_ref().map(|s| s.referenced)),
            ("parts", r.parts.as_ref().map(|s| s.referenced)),
            ("complete", r.complete.as_ref().map(|s| s.referenced)),
            ("of", r.of.as_ref().map(|s| s.referenced)),
            ("left", r.left.as_ref().map(|s| s.referenced)),
            ("op", r.op.as_ref().map(|s| s.referenced)),
            ("right", r.right.as_ref().map(|s| s.referenced)),
            ("part", r.part.as_ref().map(|s| s.referenced)),
            ("whole", r.whole.as_ref().map(|s| s.referenced)),
            ("share", r.share.as_ref().map(|s| s.referenced)),
            ("from", r.from.as_ref().map(|s| s.referenced)),
            ("to", r.to.as_ref().map(|s| s.referenced)),
            ("by", r.by.as_ref().map(|s| s.referenced)),
            ("direction", r.direction.as_ref().map(|s| s.referenced)),
            ("count", r.count.as_ref().map(|s| s.referenced)),
            ("value", r.value.as_ref().map(|s| s.referenced)),
        ]
        .into_iter()
        .filter_map(|(n, l)| l.map(|l| (n, l)))
        .collect();

        if let Some(detect) = &r.detect {
            if detect.value.kind() != kind {
                self.at(
                    &detect.referenced,
                    format!(
                        "detector `{}` works with kind `{}`, not `{}`",
                        detect.value.name(),
                        detect.value.kind().name(),
                        kind.name()
                    ),
                );
            }
            for (name, loc) in &given {
                self.at(
                    loc,
                    format!(
                        "`{name}` cannot be used with `detect`: a detector finds its own figures"
                    ),
                );
            }
        } else {
            for (name, loc) in &given {
                if !super::kinds::doc(kind).takes.contains(name) {
                    self.at(
                        loc,
                        format!(
                            "a `{}` rule has no field `{name}` (it takes: {})",
                            kind.name(),
                            super::kinds::doc(kind).takes.join(", ")
                        ),
                    );
                }
            }
        }
        let message = self.template(&r.message);
        let tolerance = self.tolerance(r.tolerance, &spanned.referenced);
        let rule_loc = spanned.referenced;

        let body = if let Some(d) = &r.detect {
            Some(Body::Detect(d.value))
        } else {
            self.body(r, &rule_loc)
        };
        let tests = self.cases(&id, r.tests.as_deref());
        if self.errors.len() > errors_before {
            return None;
        }
        Some(Rule {
            id,
            kind,
            severity: severity(r.severity),
            message,
            description: r.description.clone(),
            tolerance,
            body: body?,
            origin: self.origin(&rule_loc),
            enabled: r.enabled.unwrap_or(true),
            tests,
        })
    }

    fn body(&mut self, r: &RuleSpec, loc: &Location) -> Option<Body> {
        let mut fields = Fields {
            loader: self,
            spec: r,
            loc,
        };
        super::kinds::load(r.kind.value, &mut fields)
    }

    fn fact(&mut self, spanned: &Spanned<FactSpec>) -> Option<Rule> {
        let f = &spanned.value;
        let before = self.errors.len();
        self.check_id(&f.id);
        let message = self.template(&f.message);
        let tolerance = self.tolerance(f.tolerance, &spanned.referenced);
        let value = self.value(&f.value);
        let of = self.selectors(&f.of);
        let tests = self.cases(&f.id.value, f.tests.as_deref());
        if self.errors.len() > before {
            return None;
        }
        Some(Rule {
            id: f.id.value.clone(),
            kind: KindName::Fact,
            severity: severity(f.severity),
            message,
            description: f.description.clone(),
            tolerance,
            body: Body::Fact {
                value: value?,
                of: of?,
                source: f.source.clone(),
            },
            origin: self.origin(&spanned.referenced),
            enabled: f.enabled.unwrap_or(true),
            tests,
        })
    }

    fn cases(&mut self, id: &str, cases: Option<&[Spanned<CaseSpec>]>) -> Vec<Case> {
        let mut out = Vec::new();
        for c in cases.unwrap_or_default() {
            let spec = &c.value;
            if spec.quiet != spec.expect.is_empty() {
                self.at(
                    &c.referenced,
                    "a test case needs `expect:` (the findings) or `quiet: true`, and not both"
                        .into(),
                );
                continue;
            }
            let mut expect = Vec::new();
            for e in &spec.expect {
                let at = match e.at.as_deref().map(parse_at) {
                    Some(None) => {
                        self.at(
                            &c.referenced,
                            format!(
                                "`at: {:?}` is not LINE:COLUMN (e.g. \"1:13\")",
                                e.at.as_deref().unwrap_or("")
                            ),
                        );
                        continue;
                    }
                    Some(Some(at)) => Some(at),
                    None => None,
                };
                expect.push(Expect {
                    rule: e.rule.clone().unwrap_or_else(|| id.to_string()),
                    at,
                    severity: e.severity.map(|s| severity(Some(s))),
                    message: e.message.clone(),
                });
            }
            out.push(Case {
                text: spec.text.clone(),
                expect,
                line: c.referenced.line() as usize + self.line_offset,
            });
        }
        out
    }

    fn check_id(&mut self, id: &Spanned<String>) {
        let ok = !id.value.is_empty()
            && id
                .value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | '/'));
        if !ok {
            self.at(
                &id.referenced,
                format!(
                    "rule id {:?} must be letters, digits, '-', '_', '.' or '/'",
                    id.value
                ),
            );
        }
    }

    fn template(&mut self, message: &Option<Spanned<String>>) -> Option<String> {
        let m = message.as_ref()?;
        let mut rest = m.value.as_str();
        while let Some(open) = rest.find('{') {
            let after = &rest[open + 1..];
            let Some(close) = after.find('}') else {
                self.at(&m.referenced, "message has a `{` without its `}`".into());
                return None;
            };
            let name = &after[..close];
            if !matches!(name, "arithmetic" | "rule") {
                self.at(
                    &m.referenced,
                    format!("message has an unknown placeholder `{{{name}}}` (known: {{arithmetic}}, {{rule}})"),
                );
                return None;
            }
            rest = &after[close + 1..];
        }
        Some(m.value.clone())
    }

    fn tolerance(&mut self, t: Option<ToleranceSpec>, loc: &Location) -> Tolerance {
        let t = t.unwrap_or_default();
        let absolute = t.absolute.unwrap_or(0.0);
        let relative = t.relative.unwrap_or(0.0);
        if !(absolute >= 0.0 && relative >= 0.0 && absolute.is_finite() && relative.is_finite()) {
            self.at(
                loc,
                "tolerance `absolute` and `relative` must be finite and not negative".into(),
            );
        }
        Tolerance { absolute, relative }
    }

    fn value(&mut self, v: &Spanned<ValueSpec>) -> Option<Interval> {
        match v.value {
            ValueSpec::Exact(x) if x.is_finite() => Some(Interval::exact(x)),
            ValueSpec::Range([lo, hi]) if lo.is_finite() && hi.is_finite() && lo <= hi => {
                Some(Interval::closed(lo, hi))
            }
            _ => {
                self.at(
                    &v.referenced,
                    "`value` must be a number or [low, high] with low <= high".into(),
                );
                None
            }
        }
    }

    fn selectors(&mut self, list: &Spanned<Vec<Spanned<SelectorSpec>>>) -> Option<Vec<Selector>> {
        if list.value.is_empty() {
            self.at(&list.referenced, "the list of selectors is empty".into());
            return None;
        }
        let out: Vec<Option<Selector>> = list.value.iter().map(|s| self.selector(s)).collect();
        out.into_iter().collect()
    }

    fn selector(&mut self, s: &Spanned<SelectorSpec>) -> Option<Selector> {
        let spec = &s.value;
        let before = self.errors.len();
        if spec.text.is_some() && spec.pattern.is_some() {
            self.at(
                &s.referenced,
                "a selector takes `text` or `pattern`, not both".into(),
            );
        }
        if spec.text.is_none()
            && spec.pattern.is_none()
            && spec.counts.is_none()
            && spec.event.is_none()
            && spec.context.is_none()
            && spec.kind.is_none()
        {
            self.at(
                &s.referenced,
                "a selector needs `text`, `pattern` or an attribute (`counts`, `event`, \
                 `context`, `kind`)"
                    .into(),
            );
        }
        if spec.text.as_deref() == Some("") {
            self.at(&s.referenced, "`text` is empty".into());
        }
        let pattern = spec.pattern.as_ref().and_then(|p| {
            match regex::RegexBuilder::new(&p.value)
                .size_limit(1 << 20)
                .build()
            {
                Ok(re) if re.capture_names().any(|n| n == Some("n")) => Some(re),
                Ok(_) => {
                    self.at(
                        &p.referenced,
                        "the pattern has no group named `n` to read the figure from; write it \
                         as (?P<n>...)"
                            .into(),
                    );
                    None
                }
                Err(e) => {
                    let detail = e.to_string();
                    let last = detail.lines().last().unwrap_or("").trim();
                    let last = last.strip_prefix("error: ").unwrap_or(last).to_string();
                    self.at(
                        &p.referenced,
                        format!("the pattern does not compile: {last}"),
                    );
                    None
                }
            }
        });
        let kind = spec.kind.as_ref().and_then(|k| match kind_of(&k.value) {
            Some(kind) => Some(kind),
            None => {
                self.at(
                    &k.referenced,
                    format!(
                        "unknown figure kind `{}` (expected one of count, percent, money, \
                         measure, ordinal, fraction, year, date, time, age, score, identifier, \
                         other)",
                        k.value
                    ),
                );
                None
            }
        });
        if self.errors.len() > before {
            return None;
        }
        Some(Selector {
            text: spec.text.clone(),
            pattern,
            counts: spec.counts.as_deref().map(counted_lemma),
            event: spec.event.as_deref().map(event_lemma),
            context: spec.context.as_deref().map(str::to_lowercase),
            kind,
            scope: match spec.scope {
                Some(ScopeName::Sentence) => Scope::Sentence,
                Some(ScopeName::Paragraph) => Scope::Paragraph,
                Some(ScopeName::Document) | None => Scope::Document,
            },
        })
    }
}

/// What a kind's `load` (in `kinds/`) reads a rule's fields through: the rule's spec, and the
/// loader, which places each mistake at its line and column and collects it.
pub(in crate::rules) struct Fields<'l, 'a> {
    loader: &'l mut Loader<'a>,
    /// The rule as written.
    pub spec: &'l RuleSpec,
    /// Where the rule starts.
    loc: &'l Location,
}

impl Fields<'_, '_> {
    /// "a `sum` rule needs `parts`", at the rule.
    pub fn missing(&mut self, field: &str) {
        let kind = self.spec.kind.value.name();
        self.loader
            .at(self.loc, format!("a `{kind}` rule needs `{field}`"));
    }

    /// A mistake at the rule's place.
    pub fn error(&mut self, message: String) {
        self.loader.at(self.loc, message);
    }

    /// A mistake at a field's place.
    pub fn error_at(&mut self, loc: &Location, message: String) {
        self.loader.at(loc, message);
    }

    /// A selector the kind needs: `None` when it is missing (reported) or faulty.
    pub fn selector(
        &mut self,
        field: &Option<Spanned<SelectorSpec>>,
        name: &str,
    ) -> Option<Selector> {
        match field {
            Some(s) => self.loader.selector(s),
            None => {
                self.missing(name);
                None
            }
        }
    }

    /// A selector the kind may take: `Some(None)` when absent, `None` when faulty.
    pub fn optional_selector(
        &mut self,
        field: &Option<Spanned<SelectorSpec>>,
    ) -> Option<Option<Selector>> {
        match field {
            Some(s) => self.loader.selector(s).map(Some),
            None => Some(None),
        }
    }

    /// A list of selectors the kind needs: `None` when missing (reported), empty or faulty.
    pub fn selectors(
        &mut self,
        field: &Option<Spanned<Vec<Spanned<SelectorSpec>>>>,
        name: &str,
    ) -> Option<Vec<Selector>> {
        match field {
            Some(list) => self.loader.selectors(list),
            None => {
                self.missing(name);
                None
            }
        }
    }

    /// A `value` (a number, or [low, high]) the kind needs.
    pub fn value(&mut self, field: &Option<Spanned<ValueSpec>>, name: &str) -> Option<Interval> {
        match field {
            Some(v) => self.loader.value(v),
            None => {
                self.missing(name);
                None
            }
        }
    }
}

fn parse_at(s: &str) -> Option<(usize, usize)> {
    let (l, c) = s.trim().split_once(':')?;
    let (l, c) = (l.trim().parse().ok()?, c.trim().parse().ok()?);
    (l > 0 && c > 0).then_some((l, c))
}

/// A severity by name ("error", "warning", "info").
pub fn severity_of(name: &str) -> Option<Severity> {
    match name {
        "error" => Some(Severity::Error),
        "warning" => Some(Severity::Warning),
        "info" => Some(Severity::Info),
        _ => None,
    }
}

fn severity(s: Option<SeverityName>) -> Severity {
    match s {
        Some(SeverityName::Info) => Severity::Info,
        Some(SeverityName::Warning) => Severity::Warning,
        Some(SeverityName::Error) | None => Severity::Error,
    }
}

pub(in crate::rules) fn op_of(op: OpName) -> Op {
    match op {
        OpName::Lt => Op::Lt,
        OpName::Le => Op::Le,
        OpName::Gt => Op::Gt,
        OpName::Ge => Op::Ge,
        OpName::Eq => Op::Eq,
        OpName::Ne => Op::Ne,
    }
}

fn kind_of(name: &str) -> Option<Kind> {
    [
        Kind::Count,
        Kind::Percent,
        Kind::Money,
        Kind::Measure,
        Kind::Ordinal,
        Kind::Fraction,
        Kind::Year,
        Kind::Date,
        Kind::Time,
        Kind::Age,
        Kind::Score,
        Kind::Identifier,
        Kind::Other,
    ]
    .into_iter()
    .find(|k| k.name() == name)
}

/// "Arrests" in a rule means what the extractor writes as "arrest".
fn counted_lemma(word: &str) -> String {
    let lower = word.trim().to_lowercase();
    pluralizer::pluralize(&lower, 1, false)
}

/// "killed" in a rule means the event "kill".
fn event_lemma(word: &str) -> String {
    let lower = word.trim().to_lowercase();
    crate::lexicon::LEXICON
        .event(&lower)
        .map_or(lower, |e| e.lemma.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn errors(yaml: &str) -> Vec<String> {
        RuleSet::new()
            .add_pack("r.yaml", yaml)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn places_count_line_feeds_as_figcheck_does() {
        // YAML breaks at a lone carriage return; figcheck's lines do not.
        let yaml = "rules:\r  - {id: a, kind: summ}\n";
        let e = &RuleSet::new().add_pack("r.yaml", yaml)[0];
        assert_eq!((e.line, e.column), (1, 26), "{e}");
        let place = |text: &str, line, column| {
            super::place_in(text, &super::yaml_lines(text), line, column)
        };
        assert_eq!(place("a\r\nb\n", 2, 1), (2, 1));
        assert_eq!(place("a\rb\rc\nd", 3, 1), (1, 5));
        assert_eq!(place("a\rb\rc\nd", 4, 1), (2, 1));
    }

    #[test]
    fn the_default_pack_loads() {
        let set = RuleSet::default_pack();
        assert!(set.rules().iter().any(|r| r.id == "breakdown-sum"));
    }

    #[test]
    fn the_design_example_loads() {
        let yaml = r#"
rules:
  - id: belgium-arrests
    kind: sum
    total: { text: "17 arrests" }
    parts: [ { text: "13 in Belgium" }, { text: "four at two locations in France" } ]
  - id: paris-toll
    kind: sum
    total: { text: "17 people were killed" }
    parts:
      - { text: "killing 12 people" }
      - { pattern: 'shot (?P<n>a) policewoman' }
      - { text: "killed four more people" }
  - id: belgium-arrests-repeated
    kind: same
    of: [ { text: "13 in Belgium" }, { pattern: '(?P<n>\w+) people were arrested' } ]
"#;
        let mut set = RuleSet::new();
        assert_eq!(set.add_pack("r.yaml", yaml), []);
        assert_eq!(set.rules().len(), 3);
        assert_eq!(set.rules()[1].origin.line, 7);
    }

    #[test]
    fn mistakes_are_reported_at_their_place() {
        assert_eq!(
            errors("rules:\n  - id: a\n    kind: summ\n"),
            [
                "r.yaml:3:11: unknown variant `summ`, expected one of sum, same, compare, ratio, change, count-list, fact"
            ]
        );
        let e = errors("rules:\n  - id: a\n    kind: sum\n    totl: {text: x}\n");
        assert!(
            e[0].starts_with("r.yaml:4:5: unknown field `totl`"),
            "{e:?}"
        );
        let e = errors("rules: [\n");
        assert!(e[0].starts_with("r.yaml:1:8:"), "{e:?}");
        let e = errors(
            "rules:\n  - id: a\n    kind: same\n    of: [{pattern: '(?P<n>\\d+'}, {pattern: 'x'}]\n",
        );
        assert_eq!(e.len(), 2, "{e:?}");
        assert!(
            e[0].starts_with("r.yaml:4:20: the pattern does not compile"),
            "{e:?}"
        );
        assert!(
            e[1].starts_with("r.yaml:4:44: the pattern has no group named `n`"),
            "{e:?}"
        );
        let e = errors(
            "rules:\n  - id: a\n    kind: sum\n    total: {text: x}\n    parts: [{text: y}]\n",
        );
        assert_eq!(
            e,
            ["r.yaml:5:12: a `sum` needs at least two parts; this one has 1"]
        );
        let e = errors("rules:\n  - id: a\n    kind: same\n    total: {text: x}\n");
        assert!(
            e[0].starts_with("r.yaml:4:12: a `same` rule has no field `total`"),
            "{e:?}"
        );
        assert!(
            e[1].starts_with("r.yaml:2:5: a `same` rule needs `of`"),
            "{e:?}"
        );
        let e = errors("rules:\n  - id: a\n    kind: same\n    of: [{kind: cats}]\n");
        assert!(e[0].contains("unknown figure kind `cats`"), "{e:?}");
        let e = errors(
            "rules:\n  - id: a\n    kind: same\n    message: 'x {total}'\n    of: [{text: x}]\n",
        );
        assert!(e[0].contains("unknown placeholder `{total}`"), "{e:?}");
        let e = errors(
            "rules:\n  - {id: a, kind: same, of: [{text: x}]}\n  - {id: a, kind: same, of: [{text: y}]}\n",
        );
        assert!(e[0].contains("duplicate rule id `a`"), "{e:?}");
        let e = errors("rules:\n  - {id: a, kind: change, from: {text: x}, to: {text: y}}\n");
        assert!(
            e[0].contains("needs `by` (the stated change) or `direction`"),
            "{e:?}"
        );
        let e = errors("facts:\n  - {id: a, value: seventeen, of: [{text: x}]}\n");
        assert!(e[0].contains("a number, or [low, high]"), "{e:?}");
        let e = errors("rules:\n  - {id: a, kind: same, detect: breakdown}\n");
        assert!(
            e[0].contains("detector `breakdown` works with kind `sum`"),
            "{e:?}"
        );
    }

    #[test]
    fn good_rules_load_beside_bad_ones() {
        let mut set = RuleSet::new();
        let e = set.add_pack(
            "r.yaml",
            "rules:\n  - {id: good, kind: same, of: [{text: x}]}\n  - {id: bad, kind: same, of: [{pattern: 'x'}]}\n",
        );
        assert_eq!(e.len(), 1);
        assert_eq!(set.rules().len(), 1);
        assert_eq!(set.rules()[0].id, "good");
    }

    #[test]
    fn selectors_normalise_lemmas_and_comments_only_is_empty() {
        let mut set = RuleSet::new();
        assert!(set.add_pack("r.yaml", "# nothing yet\n\n").is_empty());
        assert!(set.is_empty());
        let e = set.add_pack(
            "r.yaml",
            "rules:\n  - {id: a, kind: same, of: [{counts: Arrests, event: killed}, {text: x}]}\n",
        );
        assert!(e.is_empty(), "{e:?}");
        let Body::Same { of } = &set.rules()[0].body else {
            panic!()
        };
        assert_eq!(of[0].counts.as_deref(), Some("arrest"));
        assert_eq!(of[0].event.as_deref(), Some("kill"));
    }

    #[test]
    fn front_matter_carries_a_pack_and_errors_point_into_the_file() {
        let doc = "---\ntitle: Raid\nfigcheck:\n  rules:\n    - {id: a, kind: same, of: [{text: x}]}\n  disable: [list-count]\n---\nBody.\n";
        let yaml = "title: Raid\nfigcheck:\n  rules:\n    - {id: a, kind: same, of: [{text: x}]}\n  disable: [list-count]\n";
        let mut set = RuleSet::default_pack();
        assert_eq!(set.add_front_matter("s.md", doc, yaml, 2), []);
        assert!(
            set.rules()
                .iter()
                .any(|r| r.id == "a" && r.origin.line == 5)
        );
        assert!(
            !set.rules()
                .iter()
                .find(|r| r.id == "list-count")
                .unwrap()
                .enabled
        );
        // No figcheck block: nothing to load.
        assert_eq!(
            RuleSet::new().add_front_matter("s.md", "", "title: x\n", 2),
            []
        );
        let bad = "title: Raid\nfigcheck:\n  rules:\n    - {id: a, kind: sam}\n";
        let e = RuleSet::new().add_front_matter("s.md", doc, bad, 2);
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].line, e[0].column), (5, 21), "{e:?}");
        let e = RuleSet::new().add_pack("r.yaml", "disable: [nope]\n");
        assert!(e[0].to_string().contains("`disable` names `nope`"), "{e:?}");
    }

    #[test]
    fn facts_are_rules() {
        let mut set = RuleSet::new();
        let e = set.add_pack(
            "r.yaml",
            "facts:\n  - id: toll\n    value: 17\n    of: [{counts: person, event: kill}]\n    source: prosecutor\n",
        );
        assert!(e.is_empty(), "{e:?}");
        assert_eq!(set.rules()[0].kind, KindName::Fact);
        let e = RuleSet::new().add_pack(
            "r.yaml",
            "facts:\n  - id: toll\n    value: [5, 2]\n    of: [{text: x}]\n",
        );
        assert!(
            e[0].to_string().starts_with("r.yaml:3:12: `value` must be"),
            "{e:?}"
        );
    }
}
