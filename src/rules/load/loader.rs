//! The `Loader`: turns the specs serde read into rules, checking what serde cannot (fields each
//! kind takes, ids, templates, tolerances, selectors, regexes), and places every mistake at its
//! line and column in the file.

use super::*;

pub(super) struct Loader<'a> {
    pub(super) file: &'a str,
    /// The file's text, for snippets.
    pub(super) yaml: &'a str,
    /// The YAML text the parser read (the front matter alone, for front matter).
    pub(super) parsed: &'a str,
    /// Whether `parsed` breaks a line at a lone carriage return (looked up once, not per place).
    pub(super) lone_cr: bool,
    /// [`yaml_lines`] of `parsed`, made at the first place asked for when `lone_cr`.
    pub(super) lines: std::cell::OnceCell<Vec<(usize, usize, usize)>>,
    pub(super) errors: Vec<LoadError>,
    /// Lines before the YAML in its file (front matter starts on line 2).
    pub(super) line_offset: usize,
}

pub(super) fn has_lone_cr(text: &str) -> bool {
    memchr::memchr_iter(b'\r', text.as_bytes()).any(|k| text.as_bytes().get(k + 1) != Some(&b'\n'))
}

/// The parser's line starts in figcheck's terms. YAML also breaks lines at a lone carriage
/// return, figcheck (like the documents' line index) only at a line feed: in a file with lone
/// carriage returns the parser's line 54 may be figcheck's line 16. For each parser line: its
/// byte offset, figcheck's line there and the offset where that line starts.
pub(super) fn yaml_lines(parsed: &str) -> Vec<(usize, usize, usize)> {
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
pub(super) fn place_in(
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
    pub(super) fn serde_error(&mut self, e: &serde_saphyr::Error) {
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

    pub(super) fn place(&self, line: usize, column: usize) -> (usize, usize) {
        if self.lone_cr && line > 0 {
            let lines = self.lines.get_or_init(|| yaml_lines(self.parsed));
            place_in(self.parsed, lines, line, column)
        } else {
            (line, column)
        }
    }

    pub(super) fn error(&mut self, line: usize, column: usize, message: String) {
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

    pub(super) fn at(&mut self, loc: &Location, message: String) {
        self.error(loc.line() as usize, loc.column() as usize, message);
    }

    pub(super) fn origin(&self, loc: &Location) -> Origin {
        let (line, column) = self.place(loc.line() as usize, loc.column() as usize);
        Origin {
            file: self.file.to_string(),
            line: line + self.line_offset,
            column,
        }
    }

    pub(super) fn rule(&mut self, spanned: &Spanned<RuleSpec>) -> Option<Rule> {
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
                if !crate::rules::kinds::doc(kind).takes.contains(name) {
                    self.at(
                        loc,
                        format!(
                            "a `{}` rule has no field `{name}` (it takes: {})",
                            kind.name(),
                            crate::rules::kinds::doc(kind).takes.join(", ")
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

    pub(super) fn body(&mut self, r: &RuleSpec, loc: &Location) -> Option<Body> {
        let mut fields = Fields {
            loader: self,
            spec: r,
            loc,
        };
        crate::rules::kinds::load(r.kind.value, &mut fields)
    }

    pub(super) fn fact(&mut self, spanned: &Spanned<FactSpec>) -> Option<Rule> {
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

    pub(super) fn cases(&mut self, id: &str, cases: Option<&[Spanned<CaseSpec>]>) -> Vec<Case> {
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

    pub(super) fn check_id(&mut self, id: &Spanned<String>) {
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

    pub(super) fn template(&mut self, message: &Option<Spanned<String>>) -> Option<String> {
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

    pub(super) fn tolerance(&mut self, t: Option<ToleranceSpec>, loc: &Location) -> Tolerance {
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

    pub(super) fn value(&mut self, v: &Spanned<ValueSpec>) -> Option<Interval> {
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

    pub(super) fn selectors(
        &mut self,
        list: &Spanned<Vec<Spanned<SelectorSpec>>>,
    ) -> Option<Vec<Selector>> {
        if list.value.is_empty() {
            self.at(&list.referenced, "the list of selectors is empty".into());
            return None;
        }
        let out: Vec<Option<Selector>> = list.value.iter().map(|s| self.selector(s)).collect();
        out.into_iter().collect()
    }

    pub(super) fn selector(&mut self, s: &Spanned<SelectorSpec>) -> Option<Selector> {
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

pub(super) fn parse_at(s: &str) -> Option<(usize, usize)> {
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

pub(super) fn severity(s: Option<SeverityName>) -> Severity {
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

pub(super) fn kind_of(name: &str) -> Option<Kind> {
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
pub(super) fn counted_lemma(word: &str) -> String {
    let lower = word.trim().to_lowercase();
    pluralizer::pluralize(&lower, 1, false)
}

/// "killed" in a rule means the event "kill".
pub(super) fn event_lemma(word: &str) -> String {
    let lower = word.trim().to_lowercase();
    crate::lexicon::LEXICON
        .event(&lower)
        .map_or(lower, |e| e.lemma.to_string())
}
