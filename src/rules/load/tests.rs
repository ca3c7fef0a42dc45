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
    let place =
        |text: &str, line, column| super::place_in(text, &super::yaml_lines(text), line, column);
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
    let e =
        errors("rules:\n  - id: a\n    kind: sum\n    total: {text: x}\n    parts: [{text: y}]\n");
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
