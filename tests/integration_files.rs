//! The files that put figcheck into other people's pipelines — the GitHub Action (`action.yml`),
//! the pre-commit hook (`.pre-commit-hooks.yaml`), the example workflow
//! (`docs/examples/figcheck-workflow.yml`) and the YAML of `docs/ci.md` — parse, and say what
//! docs/ci.md says they do. Offline: the files are read at compile time, nothing is run.

use serde_json::Value;

const ACTION: &str = include_str!("../action.yml");
const HOOKS: &str = include_str!("../.pre-commit-hooks.yaml");
const WORKFLOW: &str = include_str!("../docs/examples/figcheck-workflow.yml");
const CI_DOC: &str = include_str!("../docs/ci.md");

fn yaml(name: &str, text: &str) -> Value {
    serde_saphyr::from_str(text).unwrap_or_else(|e| panic!("{name} is not valid YAML: {e}"))
}

/// `value[key]` as a string, or a panic naming what is missing.
fn str_at<'a>(value: &'a Value, key: &str, what: &str) -> &'a str {
    value[key]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: `{key}` is not a string: {}", value[key]))
}

fn action_steps(action: &Value) -> &Vec<Value> {
    action["runs"]["steps"]
        .as_array()
        .expect("action.yml: runs.steps is a list")
}

/// The fenced ```yaml blocks of a Markdown text, with the line of each opening fence.
fn yaml_blocks(md: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut lines = md.lines().enumerate();
    while let Some((n, line)) = lines.next() {
        if line.trim_end() != "```yaml" {
            continue;
        }
        let mut body = String::new();
        for (_, l) in lines.by_ref() {
            if l.starts_with("```") {
                break;
            }
            body.push_str(l);
            body.push('\n');
        }
        out.push((body, n + 1));
    }
    out
}

/// Every `uses:` of a workflow or a composite action, wherever it sits.
fn uses_of(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "uses" {
                    if let Some(s) = v.as_str() {
                        out.push(s.to_string());
                    }
                } else {
                    uses_of(v, out);
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|v| uses_of(v, out)),
        _ => {}
    }
}

#[test]
fn action_is_a_composite_action_with_branding() {
    let action = yaml("action.yml", ACTION);
    assert_eq!(str_at(&action, "name", "action.yml"), "figcheck");
    assert!(!str_at(&action, "description", "action.yml").is_empty());
    assert_eq!(action["runs"]["using"], "composite");
    assert!(!action_steps(&action).is_empty());
    let branding = &action["branding"];
    assert!(!str_at(branding, "icon", "action.yml branding").is_empty());
    assert!(
        [
            "white",
            "black",
            "yellow",
            "blue",
            "green",
            "orange",
            "red",
            "purple",
            "gray-dark"
        ]
        .contains(&str_at(branding, "color", "action.yml branding"))
    );
}

#[test]
fn action_inputs_have_the_documented_defaults() {
    let action = yaml("action.yml", ACTION);
    let inputs = action["inputs"]
        .as_object()
        .expect("action.yml: inputs is a map");
    let mut names: Vec<&str> = inputs.keys().map(String::as_str).collect();
    names.sort_unstable();
    assert_eq!(names, ["args", "fail-on", "paths", "rules"]);
    for (name, input) in inputs {
        assert!(
            !str_at(input, "description", name).is_empty(),
            "input {name} has a description"
        );
    }
    assert_eq!(inputs["paths"]["required"], true);
    assert_eq!(inputs["paths"]["default"], ".");
    assert_eq!(inputs["fail-on"]["default"], "");
    for optional in ["fail-on", "rules", "args"] {
        assert_eq!(
            inputs[optional]["required"], false,
            "{optional} is optional"
        );
    }
    assert_eq!(inputs["rules"]["default"], "");
    assert_eq!(inputs["args"]["default"], "");
}

#[test]
fn action_scripts_take_inputs_from_env_only() {
    let action = yaml("action.yml", ACTION);
    let mut runs = 0;
    for step in action_steps(&action) {
        let Some(script) = step["run"].as_str() else {
            continue;
        };
        runs += 1;
        let name = str_at(step, "name", "an action step");
        assert_eq!(step["shell"], "bash", "step {name:?} runs in bash");
        // No expression may be interpolated into a script: an input (or any context value) would
        // be pasted into the shell code before bash reads it.
        assert!(
            !script.contains("${{"),
            "step {name:?} interpolates an expression into run:; pass it through env:"
        );
    }
    assert!(runs >= 2, "an install step and a check step");

    // Every input reaches the check step through its environment.
    let check = action_steps(&action)
        .iter()
        .find(|s| {
            s["run"]
                .as_str()
                .is_some_and(|r| r.contains("figcheck\" check"))
        })
        .expect("a step runs figcheck check");
    let env = &check["env"];
    assert_eq!(env["PATHS"], "${{ inputs.paths }}");
    assert_eq!(env["FAIL_ON"], "${{ inputs.fail-on }}");
    assert_eq!(env["RULES"], "${{ inputs.rules }}");
    assert_eq!(env["ARGS"], "${{ inputs.args }}");
    let script = check["run"].as_str().unwrap();
    assert!(
        script.contains(r#"check --format github "${fail[@]}""#)
            && script.contains(r#"fail=(--fail-on "$FAIL_ON")"#),
        "{script}"
    );
    assert!(script.contains("--rules"), "{script}");
    assert!(
        script.contains("$PATHS") && script.contains("$ARGS"),
        "{script}"
    );

    // An input used anywhere is declared.
    let inputs = action["inputs"].as_object().unwrap();
    for (n, _) in ACTION.match_indices("inputs.") {
        let name: String = ACTION[n + "inputs.".len()..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        assert!(
            inputs.contains_key(&name),
            "inputs.{name} is used but not declared"
        );
    }
}

#[test]
fn action_builds_its_own_checkout_and_caches_the_binary() {
    let action = yaml("action.yml", ACTION);
    let steps = action_steps(&action);
    let install = steps
        .iter()
        .filter_map(|s| s["run"].as_str())
        .find(|r| r.contains("cargo install"))
        .expect("a step installs figcheck with cargo");
    assert!(install.contains("--locked"), "{install}");
    assert!(
        install.contains(r#"--path "$GITHUB_ACTION_PATH/crates/figcheck-cli""#),
        "{install}"
    );

    let cache: Vec<&Value> = steps
        .iter()
        .filter(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/cache"))
        })
        .collect();
    assert!(!cache.is_empty(), "the binary is cached with actions/cache");
    for step in &cache {
        let path = str_at(&step["with"], "path", "the cache step");
        assert!(path.contains("~/.cargo/bin/figcheck"), "{path}");
        let key = str_at(&step["with"], "key", "the cache step");
        assert!(key.contains("${{"), "the cache key is computed: {key}");
    }
    // The key carries the action's ref, read through env: (the runner does not promise
    // github.action_ref inside run: of a composite action).
    assert!(
        steps
            .iter()
            .any(|s| s["env"]["ACTION_REF"] == "${{ github.action_ref }}"),
        "the cache key is made from github.action_ref"
    );
}

#[test]
fn pre_commit_hook_runs_figcheck_check_on_copy() {
    let hooks = yaml(".pre-commit-hooks.yaml", HOOKS);
    let hooks = hooks.as_array().expect("a list of hooks");
    assert_eq!(hooks.len(), 1);
    let hook = &hooks[0];
    let what = ".pre-commit-hooks.yaml";
    assert_eq!(str_at(hook, "id", what), "figcheck");
    assert_eq!(str_at(hook, "name", what), "figcheck");
    // pre-commit's `language: rust` installs the top-level package, which is the library: the
    // hook is a script that builds the CLI crate once and runs it.
    assert_eq!(
        str_at(hook, "entry", what),
        "tools/pre-commit-hook.sh check"
    );
    assert_eq!(str_at(hook, "language", what), "script");
    let script = include_str!("../tools/pre-commit-hook.sh");
    assert!(
        script.starts_with("#!/usr/bin/env bash"),
        "the hook script is a bash script"
    );
    assert!(
        script.contains("-p figcheck-cli") && script.contains("exec \"$bin\" \"$@\""),
        "the hook script builds the CLI crate and runs it with the hook's arguments"
    );
    assert!(!str_at(hook, "description", what).is_empty());
    assert_eq!(hook["pass_filenames"], true);
    assert_eq!(hook["require_serial"], false);
    assert_eq!(hook["minimum_pre_commit_version"], "3.0.0");

    // pre-commit matches with Python's re.search; the regex crate's is_match searches too.
    let files = regex::Regex::new(str_at(hook, "files", what)).expect("files is a regex");
    let exclude = regex::Regex::new(str_at(hook, "exclude", what)).expect("exclude is a regex");
    let checked = |f: &str| files.is_match(f) && !exclude.is_match(f);
    for f in [
        "story.txt",
        "articles/2024/story.md",
        "a.markdown",
        "page.html",
        "page.htm",
    ] {
        assert!(checked(f), "{f} is checked");
    }
    for f in [
        "articles/story.figcheck.yaml",
        "rules/desk.yaml",
        "src/main.rs",
        "story.txt.orig",
        "notes.mdx",
    ] {
        assert!(!checked(f), "{f} is not checked");
    }
}

#[test]
fn example_workflow_uses_the_action() {
    let workflow = yaml("docs/examples/figcheck-workflow.yml", WORKFLOW);
    assert!(
        workflow.get("on").is_some(),
        "the workflow has triggers: {workflow}"
    );
    let jobs = workflow["jobs"].as_object().expect("jobs is a map");
    assert_eq!(jobs.len(), 1);
    let steps = jobs.values().next().unwrap()["steps"]
        .as_array()
        .expect("steps is a list");
    let checkout = steps
        .iter()
        .position(|s| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("actions/checkout@"))
        })
        .expect("the workflow checks the repository out");
    let (at, figcheck) = steps
        .iter()
        .enumerate()
        .find(|(_, s)| {
            s["uses"]
                .as_str()
                .is_some_and(|u| u.starts_with("OWNER/figcheck@"))
        })
        .expect("the workflow uses the action");
    assert!(checkout < at, "checkout comes before figcheck");
    assert_eq!(figcheck["uses"], "OWNER/figcheck@v0.1");
    assert_eq!(figcheck["with"]["paths"], "articles/");
    assert_eq!(figcheck["with"]["fail-on"], "warning");

    // Every input the workflow gives is one the action declares.
    let action = yaml("action.yml", ACTION);
    for key in figcheck["with"].as_object().unwrap().keys() {
        assert!(action["inputs"].get(key).is_some(), "unknown input {key}");
    }
}

#[test]
fn ci_doc_shows_the_example_workflow_and_parses() {
    let blocks = yaml_blocks(CI_DOC);
    assert!(blocks.len() >= 5, "found only {} yaml blocks", blocks.len());
    // Each block is YAML; the indented ones are excerpts of a steps: list and parse as such too.
    for (body, line) in &blocks {
        yaml(&format!("docs/ci.md:{line}"), body);
    }
    assert!(
        blocks.iter().any(|(body, _)| body == WORKFLOW),
        "docs/ci.md shows docs/examples/figcheck-workflow.yml verbatim"
    );

    // The pre-commit configuration names the hook that .pre-commit-hooks.yaml defines.
    let hooks = yaml(".pre-commit-hooks.yaml", HOOKS);
    let id = hooks[0]["id"].as_str().unwrap();
    let config = blocks
        .iter()
        .map(|(body, line)| yaml(&format!("docs/ci.md:{line}"), body))
        .find(|v| v.get("repos").is_some())
        .expect("docs/ci.md has a .pre-commit-config.yaml");
    let repo = &config["repos"][0];
    assert_eq!(repo["repo"], "https://github.com/OWNER/figcheck");
    assert_eq!(repo["rev"], "v0.1.0");
    assert_eq!(repo["hooks"][0]["id"], id);

    // Every action used in the docs and the action is pinned to a version.
    let mut uses = Vec::new();
    uses_of(&yaml("action.yml", ACTION), &mut uses);
    for (body, line) in &blocks {
        uses_of(&yaml(&format!("docs/ci.md:{line}"), body), &mut uses);
    }
    assert!(uses.len() >= 5);
    for u in &uses {
        let (_, version) = u
            .split_once('@')
            .unwrap_or_else(|| panic!("{u} has no @version"));
        assert!(!version.is_empty(), "{u} has no version");
    }
}
