//! Helpers for the detectors' tests: the default pack over one text, findings as one line each
//! ("severity rule message [primary, related...]").

use crate::extract::extract;
use crate::rules::{RuleSet, check};
use crate::source::Document;

pub fn default_findings(text: &str) -> Vec<String> {
    let doc = Document::from_text("t", text);
    let qs = extract(&doc);
    check(&doc, &qs, &RuleSet::default_pack())
        .iter()
        .map(|f| {
            let spans: Vec<_> = std::iter::once(doc.words(f.span))
                .chain(f.related.iter().map(|r| doc.words(r.span)))
                .collect();
            format!(
                "{} {} {} [{}]",
                f.severity.name(),
                f.rule,
                f.message,
                spans.join(", ")
            )
        })
        .collect()
}

/// The sentences issue 3 lists, with the default pack alone.
#[test]
fn issue_examples() {
    let one = |text: &str| {
        let got = default_findings(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        got[0].clone()
    };
    let f = one("Police made 17 arrests, including 13 in Belgium and six in France.");
    assert!(
        f.starts_with("error breakdown-sum") && f.contains("19 (13 + 6)"),
        "{f}"
    );
    assert!(default_findings("Police made 17 arrests, including 13 in Belgium.").is_empty());
    assert!(
        default_findings(
            "Officials counted about 300 people, nearly 200 of them in the north and 100 in the south."
        )
        .is_empty()
    );
    let f = one("The panel split 12 of 17, or 70%, in favour.");
    assert!(
        f.starts_with("warning stated-share 12/17 is 70.6%, which rounds to 71%"),
        "{f}"
    );
    assert!(default_findings("The panel split 12 of 17, or 71%, in favour.").is_empty());
    let f = one("Turnout rose from 6% to 7%, a 1% increase.");
    assert!(
        f.starts_with("warning stated-change")
            && f.contains("1 percentage point, an increase of 16.7%"),
        "{f}"
    );
}
