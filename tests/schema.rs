//! The JSON Schema of rule files: the committed copy matches the types, and it accepts every
//! shipped pack and rejects what the loader rejects.

use serde_json::Value;

const COMMITTED: &str = include_str!("../docs/figcheck-rules.schema.json");

fn schema() -> Value {
    serde_json::from_str(COMMITTED).expect("the committed schema is JSON")
}

/// A YAML pack as the JSON value a schema validator sees.
fn yaml(text: &str) -> Value {
    serde_saphyr::from_str(text).expect("valid YAML")
}

#[test]
fn the_committed_schema_matches_the_types() {
    assert_eq!(
        COMMITTED.trim_end(),
        figcheck::rules::schema_json().trim_end(),
        "docs/figcheck-rules.schema.json is stale: run `cargo run -- schema > docs/figcheck-rules.schema.json`"
    );
}

#[test]
fn every_shipped_pack_is_valid() {
    let validator = jsonschema::validator_for(&schema()).expect("a valid schema");
    let mut packs = 0;
    for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/rules")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "yaml") {
            let value = yaml(&std::fs::read_to_string(&path).unwrap());
            let errors: Vec<String> = validator
                .iter_errors(&value)
                .map(|e| e.to_string())
                .collect();
            assert!(errors.is_empty(), "{}: {errors:?}", path.display());
            packs += 1;
        }
    }
    assert!(packs >= 1);
}

#[test]
fn the_schema_rejects_what_the_loader_rejects() {
    let validator = jsonschema::validator_for(&schema()).expect("a valid schema");
    for bad in [
        "rules:\n  - {id: a, kind: summ}\n",
        "rules:\n  - {id: a, kind: sum, totl: {text: x}}\n",
        "rules:\n  - {id: a, kind: same, of: [{txt: x}]}\n",
        "rules:\n  - {kind: same, of: [{text: x}]}\n",
        "rules:\n  - {id: a, kind: same, severity: fatal, of: [{text: x}]}\n",
        "extra: 1\n",
    ] {
        assert!(!validator.is_valid(&yaml(bad)), "accepted: {bad}");
    }
    let good = "rules:\n  - {id: a, kind: same, of: [{text: x}], tests: [{text: 'x', quiet: true}]}\nfacts:\n  - {id: f, value: [1, 2], of: [{counts: person}]}\n";
    assert!(validator.is_valid(&yaml(good)));
}
