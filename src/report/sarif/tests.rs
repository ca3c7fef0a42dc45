use super::*;
use crate::rules::{Related, check};
use serde_json::{Value, json};

const STORY: &str = "Intro.\nPolice made 17 arrests — 13 in Belgium and five in France.\n";

fn sarif(items: &[Checked], rules: &RuleSet) -> Value {
    serde_json::from_str(&render(items, rules, "0.1.0")).expect("SARIF is JSON")
}

#[test]
fn a_breakdown_error_is_a_result_with_region_and_related_locations() {
    let doc = Document::from_text("drafts\\story.txt", STORY);
    let rules = RuleSet::default_pack();
    let findings = check(&doc, &crate::extract(&doc), &rules);
    let log = sarif(
        &[Checked {
            doc: &doc,
            figures: 3,
            findings: &findings,
        }],
        &rules,
    );
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(log["runs"].as_array().unwrap().len(), 1);
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let driver = &run["tool"]["driver"];
    assert_eq!(driver["name"], "figcheck");
    assert_eq!(driver["version"], "0.1.0");
    assert_eq!(driver["informationUri"], INFORMATION_URI);
    assert_eq!(
        run["artifacts"],
        json!([{"location": {"uri": "drafts/story.txt"}, "properties": {"figures": 3}}])
    );

    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 1);
    let r = &results[0];
    assert_eq!(r["ruleId"], "breakdown-sum");
    let index = r["ruleIndex"].as_u64().unwrap() as usize;
    assert_eq!(driver["rules"][index]["id"], "breakdown-sum");
    assert_eq!(r["level"], "error");
    assert_eq!(
        r["message"]["text"],
        "parts add up to 18 (13 + 5), but the total is 17"
    );
    let loc = &r["locations"][0]["physicalLocation"];
    assert_eq!(
        loc["artifactLocation"],
        json!({"uri": "drafts/story.txt", "index": 0})
    );
    // "17" on line 2; the em dash before the parts is one code point (three bytes).
    assert_eq!(
        loc["region"],
        json!({"startLine": 2, "startColumn": 13, "endLine": 2, "endColumn": 15,
               "charOffset": 19, "charLength": 2, "snippet": {"text": "17"}})
    );
    assert_eq!(r["locations"][0]["message"]["text"], "total");
    let related = r["relatedLocations"].as_array().unwrap();
    assert_eq!(related.len(), 2);
    assert_eq!(related[0]["id"], 0);
    assert_eq!(related[0]["message"]["text"], "part");
    assert_eq!(
        related[0]["physicalLocation"]["region"],
        json!({"startLine": 2, "startColumn": 26, "endLine": 2, "endColumn": 28,
               "charOffset": 32, "charLength": 2, "snippet": {"text": "13"}})
    );
    assert_eq!(related[1]["id"], 1);
    assert_eq!(
        related[1]["physicalLocation"]["region"]["snippet"]["text"],
        "five"
    );
}

#[test]
fn every_rule_of_the_set_is_described() {
    let rules = RuleSet::default_pack();
    let log = sarif(&[], &rules);
    let described = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let ids: Vec<&str> = described
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    let expected: Vec<&str> = rules.rules().iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, expected);
    let sum = &described[0];
    assert_eq!(sum["id"], "breakdown-sum");
    assert_eq!(
        sum["shortDescription"]["text"],
        "A total and its parts in one sentence: \"17 arrests — 13 in Belgium and four in \
             France\" must add up."
    );
    let full = sum["fullDescription"]["text"].as_str().unwrap();
    assert!(full.starts_with("A total and its parts"), "{full}");
    assert!(full.ends_with("never more."), "{full}");
    let help = sum["help"]["text"].as_str().unwrap();
    assert!(help.starts_with(full), "{help}");
    assert!(
        help.ends_with("Run `figcheck explain breakdown-sum` for details."),
        "{help}"
    );
    assert_eq!(sum["defaultConfiguration"], json!({"level": "error"}));
    assert_eq!(sum["properties"]["kind"], "sum");
    let repeated = described
        .iter()
        .find(|d| d["id"] == "repeated-figure")
        .unwrap();
    assert_eq!(repeated["defaultConfiguration"]["level"], "warning");
    assert_eq!(log["runs"][0]["results"], json!([]));
    assert_eq!(log["runs"][0]["artifacts"], json!([]));
}

#[test]
fn a_rule_without_description_and_a_rule_outside_the_set() {
    let mut rules = RuleSet::new();
    let errors = rules.add_pack(
        "p.yaml",
        "rules:\n  - {id: quiet, kind: same, severity: info, of: [{text: \"x\"}]}\n",
    );
    assert!(errors.is_empty(), "{errors:?}");
    let doc = Document::from_text("s.txt", "Up 12 and 13.\n");
    let findings = [
        Finding {
            rule: "sidecar-rule".into(),
            severity: Severity::Warning,
            message: "m1".into(),
            span: Span::new(3, 5),
            label: String::new(),
            related: vec![],
        },
        Finding {
            rule: "sidecar-rule".into(),
            severity: Severity::Error,
            message: "m2".into(),
            span: Span::new(10, 12),
            label: String::new(),
            related: vec![],
        },
    ];
    let log = sarif(
        &[Checked {
            doc: &doc,
            figures: 2,
            findings: &findings,
        }],
        &rules,
    );
    let described = &log["runs"][0]["tool"]["driver"]["rules"];
    assert_eq!(described[0]["id"], "quiet");
    assert_eq!(described[0]["shortDescription"]["text"], "`same` rule");
    assert_eq!(
        described[0]["help"]["text"],
        "Run `figcheck explain quiet` for details."
    );
    assert_eq!(described[0]["defaultConfiguration"]["level"], "note");
    assert_eq!(described[1]["id"], "sidecar-rule");
    assert_eq!(described[1]["defaultConfiguration"]["level"], "error");
    assert_eq!(described.as_array().unwrap().len(), 2);
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results[0]["ruleIndex"], 1);
    assert_eq!(results[0]["level"], "warning");
    assert_eq!(results[1]["ruleIndex"], 1);
    assert_eq!(results[1]["level"], "error");
    // No label: no message on the location.
    assert!(results[0]["locations"][0].get("message").is_none());
}

#[test]
fn a_whole_document_finding_has_a_location_without_region() {
    let doc = Document::from_text("s.txt", "Nothing.\n");
    let findings = [Finding {
        rule: "stale".into(),
        severity: Severity::Info,
        message: "matches no figure".into(),
        span: Span::new(0, 0),
        label: String::new(),
        related: vec![],
    }];
    let log = sarif(
        &[Checked {
            doc: &doc,
            figures: 0,
            findings: &findings,
        }],
        &RuleSet::new(),
    );
    let r = &log["runs"][0]["results"][0];
    assert_eq!(r["level"], "note");
    assert_eq!(
        r["locations"],
        json!([{"physicalLocation": {"artifactLocation": {"uri": "s.txt", "index": 0}}}])
    );
    assert!(r.get("relatedLocations").is_none());
}

#[test]
fn columns_and_offsets_count_code_points() {
    let text = "“Quoted” — 13 in Liège and five in Nancy 𝟙 12.";
    let doc = Document::from_text("q.txt", text);
    let at = text.find("12").unwrap();
    let findings = [Finding {
        rule: "r".into(),
        severity: Severity::Error,
        message: "m".into(),
        span: Span::new(at, at + 2),
        label: "x".into(),
        related: vec![Related {
            span: Span::new(text.find("13").unwrap(), text.find("13").unwrap() + 2),
            label: "y".into(),
        }],
    }];
    let log = sarif(
        &[Checked {
            doc: &doc,
            figures: 3,
            findings: &findings,
        }],
        &RuleSet::new(),
    );
    let r = &log["runs"][0]["results"][0];
    let column = text[..at].chars().count() + 1;
    let region = &r["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startColumn"], column);
    assert_eq!(region["endColumn"], column + 2);
    assert_eq!(region["charOffset"], column - 1);
    assert_eq!(region["charLength"], 2);
    let related = &r["relatedLocations"][0]["physicalLocation"]["region"];
    assert_eq!(related["startColumn"], 12);
    assert_eq!(related["charOffset"], 11);
}

#[test]
fn documents_are_artifacts_once_each_in_order() {
    let a = Document::from_text("b.txt", "x");
    let b = Document::from_text("a.txt", "y");
    let items = [
        Checked {
            doc: &a,
            figures: 0,
            findings: &[],
        },
        Checked {
            doc: &b,
            figures: 0,
            findings: &[],
        },
        Checked {
            doc: &a,
            figures: 0,
            findings: &[],
        },
    ];
    let log = sarif(&items, &RuleSet::new());
    let uris: Vec<&str> = log["runs"][0]["artifacts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["location"]["uri"].as_str().unwrap())
        .collect();
    assert_eq!(uris, ["b.txt", "a.txt"]);
}

#[test]
fn output_is_deterministic_and_pretty() {
    let doc = Document::from_text("story.txt", STORY);
    let rules = RuleSet::default_pack();
    let findings = check(&doc, &crate::extract(&doc), &rules);
    let items = [Checked {
        doc: &doc,
        figures: 3,
        findings: &findings,
    }];
    let once = render(&items, &rules, "1.2.3");
    assert_eq!(once, render(&items, &rules, "1.2.3"));
    assert!(once.starts_with("{\n  \"$schema\": "), "{once}");
    assert!(once.ends_with("}\n"));
}

#[test]
fn sources_become_uri_references() {
    assert_eq!(uri("story.txt"), "story.txt");
    assert_eq!(uri("drafts\\2024\\story.md"), "drafts/2024/story.md");
    assert_eq!(uri("/home/desk/story.txt"), "/home/desk/story.txt");
    assert_eq!(uri("C:\\desk\\story.txt"), "file:///C:/desk/story.txt");
    assert_eq!(uri("my story #2.txt"), "my%20story%20%232.txt");
    assert_eq!(uri("Liège.txt"), "Li%C3%A8ge.txt");
    assert_eq!(uri("50%.txt"), "50%25.txt");
    assert_eq!(uri("a:b.txt"), "./a:b.txt");
    assert_eq!(uri("-"), "-");
}

#[test]
fn first_sentences() {
    assert_eq!(first_sentence("One. Two."), "One.");
    assert_eq!(first_sentence("Just one"), "Just one");
    assert_eq!(first_sentence("Up 2.5 points. Then"), "Up 2.5 points.");
    assert_eq!(
        first_sentence("It said \"stop.\" Then it went."),
        "It said \"stop.\""
    );
    assert_eq!(first_sentence("  Trailing.  "), "Trailing.");
}
