//! JUnit XML, which CI systems (GitLab, Jenkins, Azure Pipelines, CircleCI) show as a test
//! report: one test suite `figcheck`, one test case per document.
//!
//! A document with a finding at `error` severity fails; the failure's message counts its
//! findings and its text lists them in concise form (`PATH:LINE:COL: SEVERITY[RULE] MESSAGE`).
//! A document with only warnings and infos passes, with its findings listed in `system-out`.
//! No timestamps or durations are written, so the same check gives the same bytes.

use super::{Checked, concise};
use crate::rules::Severity;
use quick_junit::{NonSuccessKind, Property, Report, TestCase, TestCaseStatus, TestSuite};

pub const SUITE: &str = "figcheck";
pub const CLASSNAME: &str = "figcheck.check";

/// The JUnit XML report of a check.
pub fn render(items: &[Checked]) -> String {
    let mut suite = TestSuite::new(SUITE);
    for item in items {
        let listing = concise::render(std::slice::from_ref(item));
        let failed = item.findings.iter().any(|f| f.severity == Severity::Error);
        let status = if failed {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status
                .set_message(count(item.findings.len()))
                .set_type("figcheck")
                .set_description(listing.trim_end());
            status
        } else {
            TestCaseStatus::success()
        };
        let mut case = TestCase::new(item.doc.source.as_str(), status);
        case.set_classname(CLASSNAME);
        case.add_property(Property::new("figures", item.figures.to_string()));
        if !failed && !listing.is_empty() {
            case.set_system_out(listing);
        }
        suite.add_test_case(case);
    }
    let mut report = Report::new(SUITE);
    report.add_test_suite(suite);
    report.to_string().expect("a JUnit report serialises")
}

fn count(n: usize) -> String {
    if n == 1 {
        "1 finding".to_string()
    } else {
        format!("{n} findings")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::{Finding, RuleSet, check};
    use crate::source::{Document, Span};

    fn finding(severity: Severity, message: &str, span: Span) -> Finding {
        Finding {
            rule: "r".into(),
            severity,
            message: message.into(),
            span,
            label: String::new(),
            related: vec![],
        }
    }

    #[test]
    fn an_error_fails_its_document_and_the_others_pass() {
        let story = Document::from_text(
            "story.txt",
            "Police made 17 arrests — 13 in Belgium and five in France.\n",
        );
        let rules = RuleSet::default_pack();
        let story_findings = check(&story, &crate::extract(&story), &rules);
        let warned = Document::from_text("warned.txt", "Up 12 & 13.\n");
        let warnings = [
            finding(Severity::Warning, "a <warning>", Span::new(3, 5)),
            finding(Severity::Info, "an info", Span::new(8, 10)),
        ];
        let clean = Document::from_text("clean.txt", "Nothing.\n");
        let items = [
            Checked {
                doc: &story,
                figures: 3,
                findings: &story_findings,
            },
            Checked {
                doc: &warned,
                figures: 2,
                findings: &warnings,
            },
            Checked {
                doc: &clean,
                figures: 0,
                findings: &[],
            },
        ];
        let xml = render(&items);
        assert!(xml.starts_with("<?xml"), "{xml}");
        assert!(
            xml.contains(
                r#"<testsuites name="figcheck" tests="3" skipped="0" failures="1" errors="0">"#
            ),
            "{xml}"
        );
        assert!(
            xml.contains(
                r#"<testsuite name="figcheck" tests="3" skipped="0" errors="0" failures="1">"#
            ),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<testcase name="story.txt" classname="figcheck.check">"#),
            "{xml}"
        );
        assert!(
            xml.contains(
                r#"<failure message="1 finding" type="figcheck">story.txt:1:13: error[breakdown-sum] parts add up to 18 (13 + 5), but the total is 17</failure>"#
            ),
            "{xml}"
        );
        assert!(
            xml.contains(r#"<property name="figures" value="3"/>"#),
            "{xml}"
        );
        // Warnings only: the case passes and lists them, escaped, in system-out.
        assert!(
            xml.contains(r#"<testcase name="warned.txt" classname="figcheck.check">"#),
            "{xml}"
        );
        assert!(
            xml.contains(
                "<system-out>warned.txt:1:4: warning[r] a &lt;warning&gt;\nwarned.txt:1:9: info[r] an info\n</system-out>"
            ),
            "{xml}"
        );
        assert_eq!(xml.matches("<failure").count(), 1, "{xml}");
        assert_eq!(xml.matches("<system-out>").count(), 1, "{xml}");
        assert!(
            !xml.contains("timestamp") && !xml.contains("time="),
            "{xml}"
        );
        assert_eq!(xml, render(&items), "the same check gives the same bytes");
    }

    #[test]
    fn several_findings_are_counted_and_all_listed() {
        let doc = Document::from_text("d.txt", "12 and 13.\n");
        let findings = [
            finding(Severity::Error, "first", Span::new(0, 2)),
            finding(Severity::Warning, "second", Span::new(7, 9)),
        ];
        let xml = render(&[Checked {
            doc: &doc,
            figures: 2,
            findings: &findings,
        }]);
        assert!(
            xml.contains(
                "<failure message=\"2 findings\" type=\"figcheck\">d.txt:1:1: error[r] first\nd.txt:1:8: warning[r] second</failure>"
            ),
            "{xml}"
        );
    }

    #[test]
    fn no_documents_is_an_empty_suite() {
        let xml = render(&[]);
        assert!(xml.contains(r#"tests="0""#), "{xml}");
    }
}
