//! Pathological inputs: very large, very long, very deep or very repetitive documents and rule
//! packs must finish, with sane output. The sizes here are small enough for a debug build (each
//! test well under two seconds); `docs/limits.md` has the measurements at full size in release,
//! and how to repeat them.

mod common;

use common::{TempFile, figcheck};
use figcheck::rules::{RuleSet, check};
use figcheck::source::{Format, read};
use figcheck::{Document, extract};
use serde_json::Value;
use std::path::Path;

const STORY: &str = include_str!("fixtures/flood-report.txt");

/// `unit` repeated to exactly `len` bytes (`unit` is ASCII).
fn repeat_to(unit: &str, len: usize) -> String {
    assert!(unit.is_ascii());
    unit.repeat(len / unit.len() + 1)[..len].to_string()
}

/// Runs the binary; it must exit 0 or 1 (ran, with or without findings) and print one JSON
/// document on stdout, which is returned.
fn run_json(args: &[&str], file: &Path) -> Value {
    let out = figcheck()
        .args(args)
        .arg(file)
        .output()
        .expect("figcheck runs");
    let code = out.status.code();
    assert!(
        matches!(code, Some(0 | 1)),
        "exit {code:?}; stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

fn quantity_count(report: &Value) -> usize {
    report["documents"][0]["quantities"]
        .as_array()
        .expect("a quantities array")
        .len()
}

fn finding_count(report: &Value) -> usize {
    report["documents"][0]["findings"]
        .as_array()
        .expect("a findings array")
        .len()
}

/// The texts of a document's quantities, read in `format`.
fn figures(text: &str, format: Format) -> Vec<String> {
    let (doc, _) = read("p".into(), text.to_string(), format);
    extract(&doc)
        .iter()
        .map(|q| doc.source_text()[q.span.range()].to_string())
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Size
// ---------------------------------------------------------------------------------------------

/// A story repeated: each copy reads the same, so the figures are the copies times the story's.
#[test]
fn a_large_file_of_repeated_news() {
    let copy = format!("{STORY}\n\n");
    let one = figures(&copy, Format::Text).len();
    assert!(one > 10, "the story has figures");
    let copies = 100; // 66 KB
    let file = TempFile::new("news.txt", copy.repeat(copies));
    let report = run_json(&["extract", "--format", "json"], file.path());
    assert_eq!(quantity_count(&report), one * copies);
    // Every copy repeats the same figures with the same values: nothing to report.
    let report = run_json(&["check", "--no-config", "--format", "json"], file.path());
    assert_eq!(finding_count(&report), 0, "{report}");
}

/// Runs `figcheck ARGS FILE`, which must exit 0 or 1; its time in seconds and its output.
fn timed(args: &[&str], file: &Path) -> (f64, Vec<u8>) {
    let start = std::time::Instant::now();
    let out = figcheck()
        .args(args)
        .arg(file)
        .output()
        .expect("figcheck runs");
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (start.elapsed().as_secs_f64(), out.stdout)
}

/// What [`paragraph_and_articles`] measured.
struct Timed {
    paragraph: TempFile,
    articles_time: f64,
    paragraph_time: f64,
    report: Value,
    copies: usize,
}

/// The same bytes as one paragraph and as separate articles, one story repeated to `size`
/// bytes, timed: `check --jsonl` on the articles (one line out for each), `check --format
/// json` on the paragraph.
fn paragraph_and_articles(story: &str, size: usize) -> Timed {
    let copies = size / (story.len() + 1);
    let paragraph = vec![story; copies].join(" ");
    let articles: String = (0..copies)
        .map(|k| {
            format!(
                "{}\n",
                serde_json::json!({"id": k.to_string(), "text": story})
            )
        })
        .collect();
    let one = TempFile::new("one-paragraph.txt", &paragraph);
    let many = TempFile::new("articles.jsonl", &articles);
    let (articles_time, out) = timed(&["check", "--jsonl"], many.path());
    assert_eq!(out.iter().filter(|&&b| b == b'\n').count(), copies);
    let (paragraph_time, out) = timed(&["check", "--format", "json"], one.path());
    let report = serde_json::from_slice(&out).expect("one JSON document");
    Timed {
        paragraph: one,
        articles_time,
        paragraph_time,
        report,
        copies,
    }
}

/// The cost tests' bound: the one paragraph checks within three times the time of the same
/// bytes as articles (and half a second for start-up).
fn within_three_times_its_articles(run: &Timed) {
    assert!(
        run.paragraph_time <= 3.0 * run.articles_time + 0.5,
        "one paragraph took {:.2}s, the same bytes as articles {:.2}s",
        run.paragraph_time,
        run.articles_time
    );
}

/// The size of the documents of the cost tests: 10 MB in release (`.ci/run`), 1 MB in a debug
/// build.
fn cost_test_size() -> usize {
    if cfg!(debug_assertions) {
        1_000_000
    } else {
        10_000_000
    }
}

/// Precise amounts repeated through one paragraph: the checks that compare amounts across a
/// document (a misprinted repeat, a change whose levels were told before) look at neighbours,
/// not at every pair: 10 MB of them as one paragraph (1 MB in a debug build) cost what the
/// same bytes as articles cost. Comparing every pair took 4 minutes at 10 MB.
#[test]
fn a_paragraph_of_precise_amounts_costs_what_its_articles_cost() {
    let size = cost_test_size();
    let story = "Exports were worth $2,412,885,330 last year. The average before was \
                 $1,930,308,264. So exports beat that average by $482,577,066, an increase of \
                 35.0 per cent.";
    let run = paragraph_and_articles(story, size);
    assert!(
        finding_count(&run.report) >= run.copies,
        "every copy's change is checked"
    );
    within_three_times_its_articles(&run);
}

/// Craft after craft in one paragraph, each with passengers and crew that miss the people it
/// carries: each pair is read against the counts of people aboard around it (and the
/// headline's), not every such count of the document, so the check costs what the same bytes
/// cost as articles (reading every count took 14 s for 1 MB and 6 minutes for 4 MB).
#[test]
fn passengers_and_crew_through_one_paragraph_cost_what_their_articles_cost() {
    let story = "A jet carrying 200 people landed. Its 150 passengers and 40 crew waited.";
    let run = paragraph_and_articles(story, cost_test_size());
    assert!(
        finding_count(&run.report) >= run.copies,
        "every copy's passengers and crew are checked"
    );
    within_three_times_its_articles(&run);
}

/// "that $300", "those 5 rooms" again and again in one sentence without end: a figure after a
/// demonstrative is read against a few figures of the sentences before it, never against every
/// figure of its own sentence (which took 7 s for 2 MB).
#[test]
fn demonstratives_through_one_sentence_cost_what_their_articles_cost() {
    let story = "rents reach $200 a month, and for that $300 a family gets two rooms, and those \
                 5 rooms hold these 6 beds,";
    let run = paragraph_and_articles(story, cost_test_size());
    within_three_times_its_articles(&run);
}

/// Cost grows with the document, not with its square: a 10 MB document written as one
/// paragraph (no line break at all) checks within three times the time of the same bytes as
/// separate articles, in JSON and in the human format, whose snippets show a long line around
/// each finding only. Timed as a ratio of runs of one build; a debug build (`cargo test`)
/// reads 2 MB, a release build (`cargo test --release`, which `.ci/run` runs) the full 10 MB.
#[test]
fn one_ten_megabyte_paragraph_costs_what_its_articles_cost() {
    let size = if cfg!(debug_assertions) {
        2_000_000
    } else {
        10_000_000
    };
    let story = format!(
        "{} Police made 17 arrests — 13 in Leeds and five in York.",
        STORY.replace('\n', " ")
    );
    let Timed {
        paragraph: one,
        articles_time,
        paragraph_time: json_time,
        report,
        copies,
    } = paragraph_and_articles(&story, size);
    assert!(
        finding_count(&report) >= copies,
        "every copy's breakdown is checked"
    );
    let (human_time, out) = timed(&["check"], one.path());
    let human = String::from_utf8_lossy(&out);
    // The snippet header keeps the line's own column, though the line is shown in part.
    let first = &report["documents"][0]["findings"][0];
    let header = format!(":{}:{}\n", first["line"], first["column"]);
    assert!(human.contains(&header), "no {header:?} in the human output");
    for (what, t) in [("json", json_time), ("human", human_time)] {
        assert!(
            t <= 3.0 * articles_time + 0.5,
            "one paragraph ({what}) took {t:.2}s, the same bytes as articles {articles_time:.2}s"
        );
    }
}

/// A line with no sentence break: one paragraph, one sentence, every figure still read.
#[test]
fn one_long_line_without_sentence_breaks() {
    let unit =
        "police said that the 17 people and 13 in Belgium and four in France were held while ";
    let reps = 1200; // 100 KB
    let text = unit.repeat(reps);
    let doc = Document::from_text("line", text.as_str());
    assert_eq!(doc.sentences.len(), 1);
    assert_eq!(extract(&doc).len(), 3 * reps);
    // Line and column of every figure: each was counted from the start of the line, time
    // quadratic in a long line; now from the nearest mark of the line index.
    let file = TempFile::new("line.txt", &text);
    let report = run_json(&["extract", "--format", "json"], file.path());
    let last = &report["documents"][0]["quantities"][3 * reps - 1];
    assert_eq!(last["line"], 1);
    assert_eq!(last["column"], text.rfind("four").unwrap() + 1);
    // Checked whole: the detectors read a window around each figure, not the sentence up to
    // it, so this finishes in a blink instead of minutes (see docs/limits.md).
    let report = run_json(&["check", "--no-config", "--format", "json"], file.path());
    assert!(finding_count(&report) < 3 * reps, "{report}");
}

/// Breakdowns run together without a full stop: each total would take every later figure of
/// the line as a part, and the findings would grow with the square of the line.
#[test]
fn breakdowns_run_together_on_one_line() {
    let unit = "17 arrests — 13 in Belgium and four in France, ";
    let reps = 1400; // 64 KB
    let doc = Document::from_text("line", unit.repeat(reps).as_str());
    assert_eq!(doc.sentences.len(), 1);
    let qs = extract(&doc);
    assert_eq!(qs.len(), 3 * reps);
    let findings = check(&doc, &qs, &RuleSet::default_pack());
    let related: usize = findings.iter().map(|f| f.related.len()).sum();
    assert!(
        related < 4 * reps,
        "{related} related spans for {reps} breakdowns"
    );
}

// ---------------------------------------------------------------------------------------------
// Digits
// ---------------------------------------------------------------------------------------------

/// One run of digits far beyond a float is no figure.
#[test]
fn a_document_of_nothing_but_digits() {
    let text = repeat_to("1234567890", 200_000);
    assert!(figures(&text, Format::Text).is_empty());
    let file = TempFile::new("digits.txt", &text);
    let report = run_json(&["check", "--no-config", "--format", "json"], file.path());
    assert_eq!(finding_count(&report), 0);
}

/// "1,234,234,…": every group once started the reading of all the groups after it (time
/// quadratic in the run); past 309 digits the reading now stops.
#[test]
fn a_run_of_thousands_groups_is_read_in_linear_time() {
    let text = format!("1{}", ",234".repeat(10_000)); // 40 KB
    let got = figures(&text, Format::Text);
    assert!(got.len() <= 1, "{} figures", got.len());
    for f in &got {
        assert!(
            f.len() <= 412,
            "at most 309 digits and their commas: {} bytes",
            f.len()
        );
    }
    let spaced = format!("1{}", " 234".repeat(10_000));
    let got = figures(&spaced, Format::Text);
    assert!(got.iter().all(|f| f.len() <= 412));
}

/// Single digits between spaces: a figure each, in one sentence.
#[test]
fn digits_separated_by_spaces() {
    let text = repeat_to("1 2 3 4 5 6 7 8 9 0 ", 20_000);
    assert_eq!(figures(&text, Format::Text).len(), 10_000);
    // The binary, smaller: the change detector is quadratic in a sentence's figures.
    let file = TempFile::new(
        "digits-spaced.txt",
        repeat_to("1 2 3 4 5 6 7 8 9 0 ", 1_000),
    );
    let report = run_json(&["extract", "--format", "json"], file.path());
    assert_eq!(quantity_count(&report), 500);
    run_json(&["check", "--no-config", "--format", "json"], file.path());
}

// ---------------------------------------------------------------------------------------------
// Punctuation
// ---------------------------------------------------------------------------------------------

#[test]
fn long_lines_of_punctuation() {
    for unit in [",", "-", "—", ", ", "%", "$", ".", "- ", "–"] {
        let text = unit.repeat(50_000);
        let (doc, _) = read("p".into(), text, Format::Text);
        let qs = extract(&doc);
        assert!(qs.is_empty(), "{unit:?}");
        assert!(check(&doc, &qs, &RuleSet::default_pack()).is_empty());
    }
    let file = TempFile::new("commas.txt", ",".repeat(100_000));
    let report = run_json(&["check", "--no-config", "--format", "json"], file.path());
    assert_eq!(finding_count(&report), 0);
}

// ---------------------------------------------------------------------------------------------
// Number words
// ---------------------------------------------------------------------------------------------

/// "one hundred and one hundred and …": the part after each "and" was read by a nested call,
/// one level per "and": a stack overflow at about 16,000 repetitions in release (fewer in a
/// debug test thread), and quadratic time before that.
#[test]
fn a_chain_of_number_words_joined_by_and() {
    let text = "one hundred and ".repeat(5_000);
    let got = figures(&text, Format::Text);
    assert_eq!(got.len(), 5_000, "each \"one hundred\" is a figure");
    // One numeral whose every "and" read the rest of the chain (and so on, twice nested).
    let text = "one billion and ".repeat(1_000);
    let got = figures(&text, Format::Text);
    assert_eq!(got.len(), 1);
    for unit in [
        "one thousand and one thousand and ",
        "two million and a ",
        "one hundred and a twenty-",
        "a hundred and ",
        "three and ",
        "one hundred and three quarters and ",
    ] {
        figures(&unit.repeat(1_000), Format::Text);
    }
}

/// The readings that the bound on nested numerals must keep.
#[test]
fn nested_numerals_still_read() {
    for (text, value) in [
        ("one hundred and three quarters", 100.75),
        ("one and a half", 1.5),
        ("two million and three fifths", 2_600_000.0),
        ("one billion and a half million", 1_000_500_000.0),
        ("one billion and three quarters million", 1_000_750_000.0),
        (
            "one billion and a hundred and fifty million",
            1_150_000_000.0,
        ),
        ("a twenty-fifth", 0.04),
    ] {
        let doc = Document::from_text("n", format!("They counted {text} of them."));
        let qs = extract(&doc);
        assert_eq!(qs.len(), 1, "{text}: {qs:?}");
        assert!(
            (qs[0].stated - value).abs() < 1e-6,
            "{text}: {}",
            qs[0].stated
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Deep markup
// ---------------------------------------------------------------------------------------------

const SENTENCE: &str = "Police made 17 arrests — 13 in Belgium and five in France.";

#[test]
fn html_nested_ten_thousand_divs_deep() {
    let n = 10_000;
    let page = format!("{}{SENTENCE}{}", "<div>".repeat(n), "</div>".repeat(n));
    assert_eq!(figures(&page, Format::Html), ["17", "13", "five"]);
    let file = TempFile::new("deep.html", &page);
    let report = run_json(&["check", "--no-config", "--format", "json"], file.path());
    assert_eq!(finding_count(&report), 1, "17 is not 13 + 5: {report}");
}

#[test]
fn html_nested_twenty_thousand_bold_tags_deep() {
    let n = 20_000;
    let page = format!("<p>{}{SENTENCE}{}</p>", "<b>".repeat(n), "</b>".repeat(n));
    assert_eq!(figures(&page, Format::Html), ["17", "13", "five"]);
    // Unclosed, too.
    let page = format!("<p>{}{SENTENCE}", "<b>".repeat(n));
    assert_eq!(figures(&page, Format::Html), ["17", "13", "five"]);
}

#[test]
fn markdown_nested_ten_thousand_blockquotes_deep() {
    let text = format!("{}{SENTENCE}\n", "> ".repeat(10_000));
    let got = figures(&text, Format::Markdown);
    assert!(got.len() <= 3, "{got:?}");
    let file = TempFile::new("deep.md", &text);
    run_json(&["check", "--no-config", "--format", "json"], file.path());
}

#[test]
fn markdown_nested_ten_thousand_list_levels_deep() {
    // On one line: "- - - - … 17 arrests".
    let text = format!("{}{SENTENCE}\n", "- ".repeat(10_000));
    let got = figures(&text, Format::Markdown);
    assert!(got.len() <= 3, "{got:?}");
    // Indented, one level a line (the file grows with the square of the depth).
    let text: String = (0..300)
        .map(|i| format!("{}- 12 people\n", "  ".repeat(i)))
        .collect();
    let got = figures(&text, Format::Markdown);
    assert!(!got.is_empty() && got.len() <= 300);
}

#[test]
fn markdown_with_ten_thousand_open_emphasis_and_brackets() {
    for text in [
        format!("{}17 arrests{}\n", "*".repeat(10_000), "*".repeat(10_000)),
        format!(
            "{}17 arrests{}\n",
            "[".repeat(10_000),
            "](x)".repeat(10_000)
        ),
        format!("{}17 arrests\n", "_".repeat(10_000)),
    ] {
        let got = figures(&text, Format::Markdown);
        assert!(got.len() <= 1, "{got:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Many rules
// ---------------------------------------------------------------------------------------------

/// A pack of `n` `same` rules, each with text selectors: "17 arrests" and "13 people" differ.
fn many_rules(n: usize) -> String {
    let mut yaml = String::from("rules:\n");
    for i in 0..n {
        yaml.push_str(&format!(
            "  - id: same-{i}\n    kind: same\n    of:\n      - {{ text: \"17 arrests\" }}\n      - {{ text: \"13 people\" }}\n"
        ));
    }
    yaml
}

const SHORT: &str = "Police made 17 arrests on Monday. Police said 13 people were arrested.\n";

#[test]
fn a_thousand_rules_on_a_short_document() {
    let n = 1_000;
    let mut rules = RuleSet::new();
    let errors = rules.add_pack("many.yaml", &many_rules(n));
    assert!(errors.is_empty(), "{:?}", errors.first());
    assert_eq!(rules.rules().len(), n);
    let doc = Document::from_text("short", SHORT);
    let qs = extract(&doc);
    let findings = check(&doc, &qs, &rules);
    assert_eq!(findings.len(), n, "each rule finds 17 ≠ 13");
}

/// 10,000 rules through the binary: loading is linear (a scan per rule, of the ids or of the
/// file's line breaks, made this take minutes).
#[test]
fn a_pack_of_many_rules_through_the_binary() {
    let pack = TempFile::new("many.yaml", many_rules(10_000));
    let doc = TempFile::new("short.txt", SHORT);
    let out = figcheck()
        .args([
            "check",
            "--no-config",
            "--no-default-rules",
            "--format",
            "json",
            "--rules",
        ])
        .arg(pack.path())
        .arg(doc.path())
        .output()
        .expect("figcheck runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(finding_count(&report), 10_000);
}

/// A pack past the YAML node budget stops with a message that says what to do, at its place.
#[test]
fn a_pack_past_the_node_budget_says_to_split_it() {
    let yaml = format!("disable: [{}]\n", vec!["a"; 260_000].join(", "));
    let mut rules = RuleSet::new();
    let errors = rules.add_pack("huge.yaml", &yaml);
    assert_eq!(errors.len(), 1, "{errors:?}");
    let message = errors[0].to_string();
    assert!(message.contains("huge.yaml:1:"), "{message}");
    assert!(
        message.contains("too large") && message.contains("split it"),
        "{message}"
    );
}

/// A headline over `units` as one paragraph, and over each unit as an article of its own,
/// timed: (the paragraph's time, the articles' time, the paragraph's JSON report).
fn headline_over(headline: &str, units: &[String]) -> (f64, f64, Value) {
    let one = TempFile::new("headline.txt", format!("{headline}\n\n{}", units.join(" ")));
    let articles: String = units
        .iter()
        .enumerate()
        .map(|(k, u)| {
            let text = format!("{headline}\n\n{u}");
            format!(
                "{}\n",
                serde_json::json!({"id": k.to_string(), "text": text})
            )
        })
        .collect();
    let many = TempFile::new("headline.jsonl", &articles);
    let (articles_time, _) = timed(&["check", "--jsonl"], many.path());
    let (paragraph_time, out) = timed(&["check", "--format", "json"], one.path());
    let report = serde_json::from_slice(&out).expect("one JSON document");
    (paragraph_time, articles_time, report)
}

/// A headline toll over one paragraph that names the victims' set again and again, each time
/// as a size no other figure gives: the whole-set check reads the first few sets, each against
/// every figure, so the cost stays what the same bytes cost as articles.
#[test]
fn sets_named_again_under_a_headline_cost_what_their_articles_cost() {
    let unit = |k: usize| {
        format!(
            "Five people were shot. All {} victims were taken to a hospital.",
            1_000_000 + k
        )
    };
    let copies = cost_test_size() / (unit(0).len() + 1);
    let units: Vec<String> = (0..copies).map(unit).collect();
    let (paragraph_time, articles_time, report) = headline_over("5 shot at party", &units);
    assert!(finding_count(&report) >= 1, "the set is reported");
    assert!(
        paragraph_time <= 3.0 * articles_time + 0.5,
        "one paragraph took {paragraph_time:.2}s, the same bytes as articles {articles_time:.2}s"
    );
}

/// A headline toll over a long story of tolls told as one paragraph: the lede is looked for
/// near the top and in its own sentence, a caption among runs of a paragraph's figures, and
/// the body's sums are read once per sentence, so the tally checks cost what the same bytes
/// cost as articles (each figure once read against every other took 31 s for 4 MB).
#[test]
fn a_story_of_tolls_under_a_headline_costs_what_its_articles_cost() {
    let unit = format!(
        "{} Six people were killed and four others were injured. Another two died later. \
         Five people were wounded near the park. Two of them were taken to hospital, \
         including one child.",
        STORY.replace('\n', " ")
    );
    let units = vec![unit.clone(); cost_test_size() / (unit.len() + 1)];
    let (paragraph_time, articles_time, _) = headline_over("6 killed, 4 hurt in flood", &units);
    assert!(
        paragraph_time <= 3.0 * articles_time + 0.5,
        "one paragraph took {paragraph_time:.2}s, the same bytes as articles {articles_time:.2}s"
    );
}
