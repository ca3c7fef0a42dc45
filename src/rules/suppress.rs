//! Suppression comments in Markdown and HTML: `<!-- figcheck-disable RULE -->` …
//! `<!-- figcheck-enable RULE -->`, and `<!-- figcheck-disable-next-line RULE -->`; without a
//! rule id they cover every rule. A suppression that suppresses nothing is reported as `info`,
//! so stale ones do not pile up.

use super::{Finding, Severity};
use crate::source::markup::{Suppression, SuppressionKind};
use crate::source::{Document, Span};

/// The rule id of the `info` finding for a suppression that suppresses nothing.
pub const UNUSED: &str = "unused-suppression";

/// A stretch of the document where some rules are off.
struct Region {
    start: usize,
    end: usize,
    /// `None`: every rule but `except`.
    rules: Option<Vec<String>>,
    except: Vec<String>,
    /// The comment that opened it.
    origin: usize,
}

impl Region {
    fn covers(&self, f: &Finding) -> bool {
        (self.start..self.end).contains(&f.span.start)
            && match &self.rules {
                Some(r) => r.contains(&f.rule),
                None => !self.except.contains(&f.rule),
            }
    }
}

fn regions(doc: &Document, sups: &[Suppression]) -> Vec<Region> {
    let end_of_doc = doc.text.len();
    let mut open: Vec<Region> = Vec::new();
    let mut out = Vec::new();
    let mut order: Vec<usize> = (0..sups.len()).collect();
    order.sort_by_key(|&k| sups[k].span.start);
    for k in order {
        let s = &sups[k];
        match s.kind {
            SuppressionKind::NextLine => {
                let (line, _) = doc.line_col(s.span.end.saturating_sub(1));
                let (start, end) = line_range(doc.source_text(), line + 1);
                out.push(Region {
                    start,
                    end,
                    rules: (!s.rules.is_empty()).then(|| s.rules.clone()),
                    except: Vec::new(),
                    origin: k,
                });
            }
            SuppressionKind::Disable => open.push(Region {
                start: s.span.end,
                end: end_of_doc,
                rules: (!s.rules.is_empty()).then(|| s.rules.clone()),
                except: Vec::new(),
                origin: k,
            }),
            SuppressionKind::Enable => {
                let here = s.span.start;
                let mut still = Vec::new();
                for mut r in open.drain(..) {
                    if s.rules.is_empty() {
                        r.end = here;
                        out.push(r);
                        continue;
                    }
                    match &r.rules {
                        Some(rules) => {
                            let (closed, kept): (Vec<String>, Vec<String>) =
                                rules.iter().cloned().partition(|x| s.rules.contains(x));
                            if !closed.is_empty() {
                                out.push(Region {
                                    start: r.start,
                                    end: here,
                                    rules: Some(closed),
                                    except: Vec::new(),
                                    origin: r.origin,
                                });
                            }
                            if !kept.is_empty() {
                                r.rules = Some(kept);
                                still.push(r);
                            }
                        }
                        None => {
                            // "Disable everything", then "enable these": the rest stays off.
                            out.push(Region {
                                start: r.start,
                                end: here,
                                rules: None,
                                except: r.except.clone(),
                                origin: r.origin,
                            });
                            let mut except = r.except.clone();
                            except.extend(s.rules.iter().cloned());
                            still.push(Region {
                                start: here,
                                end: end_of_doc,
                                rules: None,
                                except,
                                origin: r.origin,
                            });
                        }
                    }
                }
                open = still;
            }
        }
    }
    out.extend(open);
    out
}

/// Byte range of a 1-based line of `text` (empty past the end).
fn line_range(text: &str, line: usize) -> (usize, usize) {
    let mut start = 0;
    for _ in 1..line {
        match text[start..].find('\n') {
            Some(k) => start += k + 1,
            None => return (text.len(), text.len()),
        }
    }
    let end = text[start..].find('\n').map_or(text.len(), |k| start + k);
    (start, end)
}

/// Drops the findings a suppression covers and reports each `disable` or `disable-next-line`
/// comment that covered none. `known` are the loaded rule ids, to name a misspelled one.
pub fn apply(
    doc: &Document,
    sups: &[Suppression],
    findings: Vec<Finding>,
    known: &[&str],
) -> Vec<Finding> {
    if sups.is_empty() {
        return findings;
    }
    let regions = regions(doc, sups);
    let mut used = vec![false; sups.len()];
    let mut out: Vec<Finding> = findings
        .into_iter()
        .filter(|f| match regions.iter().find(|r| r.covers(f)) {
            Some(r) => {
                used[r.origin] = true;
                false
            }
            None => true,
        })
        .collect();
    for (k, s) in sups.iter().enumerate() {
        if used[k] || s.kind == SuppressionKind::Enable {
            continue;
        }
        let what = match s.kind {
            SuppressionKind::NextLine => "figcheck-disable-next-line",
            _ => "figcheck-disable",
        };
        let mut message = if s.rules.is_empty() {
            format!("`{what}` suppresses nothing")
        } else {
            format!("`{what} {}` suppresses nothing", s.rules.join(" "))
        };
        let unknown: Vec<&str> = s
            .rules
            .iter()
            .map(String::as_str)
            .filter(|r| !known.contains(r))
            .collect();
        if !unknown.is_empty() {
            message.push_str(&format!(
                "; no loaded rule is named {}",
                unknown
                    .iter()
                    .map(|r| format!("`{r}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
        }
        out.push(Finding {
            rule: UNUSED.into(),
            severity: Severity::Info,
            message,
            span: Span::new(s.span.start, s.span.end),
            label: "suppression".into(),
            related: Vec::new(),
        });
    }
    super::sort(&mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::rules::{RuleSet, check};
    use crate::source::{Format, read};

    fn run(md: &str) -> Vec<String> {
        let (doc, extras) = read("s.md".into(), md.into(), Format::Markdown);
        let set = RuleSet::default_pack();
        let findings = check(&doc, &extract(&doc), &set);
        let known: Vec<&str> = set.rules().iter().map(|r| r.id.as_str()).collect();
        apply(&doc, &extras.suppressions, findings, &known)
            .iter()
            .map(|f| {
                let (l, c) = doc.line_col(f.span.start);
                format!("{} {} {l}:{c}", f.severity.name(), f.rule)
            })
            .collect()
    }

    const BAD: &str = "Police made 17 arrests — 13 in Belgium and five in France.";

    #[test]
    fn without_suppression_the_finding_stands() {
        assert_eq!(run(&format!("{BAD}\n")), ["error breakdown-sum 1:13"]);
    }

    #[test]
    fn next_line_suppresses_the_line_after_the_comment() {
        let md = format!("<!-- figcheck-disable-next-line breakdown-sum -->\n{BAD}\n");
        assert!(run(&md).is_empty(), "{:?}", run(&md));
        let md = format!("<!-- figcheck-disable-next-line -->\n{BAD}\n");
        assert!(run(&md).is_empty());
        // Another rule's suppression leaves it, and is itself reported as unused.
        let md = format!("<!-- figcheck-disable-next-line list-count -->\n{BAD}\n");
        assert_eq!(
            run(&md),
            ["info unused-suppression 1:1", "error breakdown-sum 2:13"]
        );
    }

    #[test]
    fn disable_until_enable() {
        let md = format!(
            "<!-- figcheck-disable breakdown-sum -->\n\n{BAD}\n\n<!-- figcheck-enable breakdown-sum -->\n\n{BAD}\n"
        );
        assert_eq!(run(&md), ["error breakdown-sum 7:13"]);
        // Disable everything, enable one rule: that rule is back, the others stay off.
        let md = format!(
            "<!-- figcheck-disable -->\n\n{BAD}\n\n<!-- figcheck-enable breakdown-sum -->\n\n{BAD}\n"
        );
        assert_eq!(run(&md), ["error breakdown-sum 7:13"]);
        // No enable: to the end of the document.
        let md = format!("<!-- figcheck-disable -->\n\n{BAD}\n\n{BAD}\n");
        assert!(run(&md).is_empty());
    }

    #[test]
    fn an_unused_suppression_is_info_and_names_unknown_rules() {
        let md = "<!-- figcheck-disable brekdown-sum -->\n\nNothing to see.\n";
        let (doc, extras) = read("s.md".into(), md.into(), Format::Markdown);
        let out = apply(&doc, &extras.suppressions, Vec::new(), &["breakdown-sum"]);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Info);
        assert_eq!(
            out[0].message,
            "`figcheck-disable brekdown-sum` suppresses nothing; no loaded rule is named `brekdown-sum`"
        );
    }
}
