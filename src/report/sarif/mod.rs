//! SARIF 2.1.0: the static-analysis log that GitHub code scanning, VS Code's SARIF viewer and
//! most CI dashboards read.
//!
//! One run: `tool.driver` describes figcheck and its rules (every rule of the rule set, and a
//! plain entry for any rule that reported but is not in it, such as a sidecar pack's), each
//! document is an artifact, each finding a result with its span as the region and the other
//! figures as related locations. Columns are counted in Unicode code points, as figcheck counts
//! them, and `run.columnKind` says so (SARIF's default is UTF-16 code units).
//!
//! The output is deterministic: the same input gives the same bytes.

use super::{Checked, whole_document};
use crate::rules::{Finding, Rule, RuleSet, Severity};
use crate::source::{Document, Span};
use serde::Serialize;

pub const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";
pub const INFORMATION_URI: &str = "https://github.com/figcheck/figcheck";

/// The SARIF log of a check, as pretty JSON (with a final newline).
pub fn render(items: &[Checked], rules: &RuleSet, tool_version: &str) -> String {
    let descriptors = Descriptors::new(items, rules);
    let mut artifacts: Vec<Artifact> = Vec::new();
    let mut results = Vec::new();
    for item in items {
        let uri = uri(&item.doc.source);
        let index = match artifacts.iter().position(|a| a.location.uri == uri) {
            Some(i) => i,
            None => {
                artifacts.push(Artifact {
                    location: ArtifactLocation {
                        uri: uri.clone(),
                        index: None,
                    },
                    properties: Some(ArtifactProperties {
                        figures: item.figures,
                    }),
                });
                artifacts.len() - 1
            }
        };
        let artifact = ArtifactLocation {
            uri,
            index: Some(index),
        };
        for f in item.findings {
            results.push(result(item.doc, f, &artifact, &descriptors));
        }
    }
    let log = Log {
        schema: SCHEMA_URI,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "figcheck",
                    version: tool_version,
                    information_uri: INFORMATION_URI,
                    rules: descriptors.list,
                },
            },
            column_kind: "unicodeCodePoints",
            artifacts,
            results,
        }],
    };
    let mut out = serde_json::to_string_pretty(&log).expect("a SARIF log serialises");
    out.push('\n');
    out
}

/// SARIF's level for a severity.
pub fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A document's source as a SARIF URI reference: backslashes become slashes, a relative path
/// stays relative, a Windows drive path becomes a `file:` URI, and every byte that a URI
/// reference may not hold (spaces, `%`, `#`, `?`, non-ASCII) is percent-encoded.
pub fn uri(source: &str) -> String {
    let path = source.replace('\\', "/");
    let bytes = path.as_bytes();
    let drive =
        bytes.len() >= 3 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && bytes[2] == b'/';
    let mut out = String::new();
    if drive {
        out.push_str("file:///");
    } else if path
        .split('/')
        .next()
        .is_some_and(|first| first.contains(':'))
    {
        // "a:b.txt" would read as the scheme "a".
        out.push_str("./");
    }
    for (i, &b) in bytes.iter().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b'/'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
                    | b'@'
            )
            || (b == b':' && (!drive || i == 1));
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The first sentence of a description: up to the first `.`, `!` or `?` (and any closing
/// quote or bracket after it) that is followed by a space or the end.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '.' | '!' | '?') {
            let mut end = i + c.len_utf8();
            while let Some(&(j, q)) = chars.peek() {
                if matches!(q, '"' | '\'' | ')' | ']' | '”' | '’') {
                    end = j + q.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            match chars.peek() {
                None => return text,
                Some(&(_, next)) if next.is_whitespace() => return &text[..end],
                _ => {}
            }
        }
    }
    text
}

/// The rules of the run, and where each id is in the list.
struct Descriptors {
    list: Vec<Descriptor>,
}

impl Descriptors {
    fn new(items: &[Checked], rules: &RuleSet) -> Descriptors {
        let mut list: Vec<Descriptor> = Vec::new();
        for rule in rules.rules() {
            if !list.iter().any(|d| d.id == rule.id) {
                list.push(Descriptor::of_rule(rule));
            }
        }
        // Rules that reported but are not in the set (a sidecar pack's): one entry each, at the
        // level of their most severe finding.
        let mut extra: Vec<(String, Severity)> = Vec::new();
        for f in items.iter().flat_map(|i| i.findings) {
            if list.iter().any(|d| d.id == f.rule) {
                continue;
            }
            match extra.iter_mut().find(|(id, _)| *id == f.rule) {
                Some((_, s)) => *s = (*s).max(f.severity),
                None => extra.push((f.rule.clone(), f.severity)),
            }
        }
        list.extend(
            extra
                .into_iter()
                .map(|(id, severity)| Descriptor::synthetic(id, severity)),
        );
        Descriptors { list }
    }

    fn index(&self, id: &str) -> usize {
        self.list
            .iter()
            .position(|d| d.id == id)
            .expect("every rule that reported has a descriptor")
    }
}

fn result(
    doc: &Document,
    f: &Finding,
    artifact: &ArtifactLocation,
    rules: &Descriptors,
) -> SarifResult {
    let primary = if whole_document(f) {
        Location {
            id: None,
            physical_location: PhysicalLocation {
                artifact_location: artifact.clone(),
                region: None,
            },
            message: None,
        }
    } else {
        Location {
            id: None,
            physical_location: PhysicalLocation {
                artifact_location: artifact.clone(),
                region: Some(region(doc, f.span)),
            },
            message: message(&f.label),
        }
    };
    SarifResult {
        rule_id: f.rule.clone(),
        rule_index: rules.index(&f.rule),
        level: level(f.severity),
        message: Message {
            text: f.message.clone(),
        },
        locations: vec![primary],
        related_locations: f
            .related
            .iter()
            .enumerate()
            .map(|(i, r)| Location {
                id: Some(i),
                physical_location: PhysicalLocation {
                    artifact_location: artifact.clone(),
                    region: Some(region(doc, r.span)),
                },
                message: message(&r.label),
            })
            .collect(),
    }
}

fn message(label: &str) -> Option<Message> {
    (!label.is_empty()).then(|| Message {
        text: label.to_string(),
    })
}

/// A span as a SARIF region: 1-based lines and columns in code points, `endColumn` the column
/// after the last character, and the offset and length in code points.
fn region(doc: &Document, span: Span) -> Region {
    let source = doc.source_text();
    let (start_line, start_column) = doc.line_col(span.start);
    let (end_line, end_column) = doc.line_col(span.end);
    let start = span.start.min(source.len());
    let end = span.end.clamp(start, source.len());
    let chars = |s: Option<&str>| s.map_or(0, |s| s.chars().count());
    let snippet = source.get(start..end).unwrap_or_default();
    Region {
        start_line,
        start_column,
        end_line,
        end_column,
        char_offset: chars(source.get(..start)),
        char_length: chars(source.get(start..end)),
        snippet: (!snippet.is_empty()).then(|| Snippet {
            text: snippet.to_string(),
        }),
    }
}

// The SARIF objects, in the order of their fields in the output.

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool<'a>,
    column_kind: &'static str,
    artifacts: Vec<Artifact>,
    results: Vec<SarifResult>,
}

#[derive(Serialize)]
struct Tool<'a> {
    driver: Driver<'a>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver<'a> {
    name: &'static str,
    version: &'a str,
    information_uri: &'static str,
    rules: Vec<Descriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: String,
    short_description: Text,
    full_description: Text,
    help: Text,
    default_configuration: Configuration,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<DescriptorProperties>,
}

impl Descriptor {
    fn of_rule(rule: &Rule) -> Descriptor {
        let description = rule
            .description
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty());
        let explain = format!("Run `figcheck explain {}` for details.", rule.id);
        let (short, full, help) = match description {
            Some(d) => (
                first_sentence(d).to_string(),
                d.to_string(),
                format!("{d}\n\n{explain}"),
            ),
            None => {
                let short = format!("`{}` rule", rule.kind.name());
                (short.clone(), short, explain)
            }
        };
        Descriptor {
            id: rule.id.clone(),
            short_description: Text { text: short },
            full_description: Text { text: full },
            help: Text { text: help },
            default_configuration: Configuration {
                enabled: (!rule.enabled).then_some(false),
                level: level(rule.severity),
            },
            properties: Some(DescriptorProperties {
                kind: Some(rule.kind.name()),
            }),
        }
    }

    fn synthetic(id: String, severity: Severity) -> Descriptor {
        let text = format!("`{id}` rule (not in the rule set of this run)");
        Descriptor {
            short_description: Text { text: text.clone() },
            full_description: Text { text },
            help: Text {
                text: format!(
                    "The rule `{id}` was loaded for a single document (a sidecar rule file) or \
                     is otherwise not in the rule set of this run. Run `figcheck explain {id}` \
                     with its rule file for details."
                ),
            },
            default_configuration: Configuration {
                enabled: None,
                level: level(severity),
            },
            properties: None,
            id,
        }
    }
}

#[derive(Serialize)]
struct DescriptorProperties {
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<&'static str>,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Configuration {
    #[serde(skip_serializing_if = "Option::is_none")]
    enabled: Option<bool>,
    level: &'static str,
}

#[derive(Serialize)]
struct Artifact {
    location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<ArtifactProperties>,
}

#[derive(Serialize)]
struct ArtifactProperties {
    /// How many figures figcheck read in the document.
    figures: usize,
}

#[derive(Serialize, Clone)]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    index: Option<usize>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    rule_index: usize,
    level: &'static str,
    message: Message,
    locations: Vec<Location>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related_locations: Vec<Location>,
}

#[derive(Serialize)]
struct Message {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<usize>,
    physical_location: PhysicalLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    message: Option<Message>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<Region>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    start_column: usize,
    end_line: usize,
    end_column: usize,
    char_offset: usize,
    char_length: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    snippet: Option<Snippet>,
}

#[derive(Serialize)]
struct Snippet {
    text: String,
}

#[cfg(test)]
mod tests;
