//! The code paths the fuzz targets drive, with the invariants each run must keep.
//!
//! One function per target (`numeral`, `extract`, `markdown`, `html`, `rules`), each taking the
//! fuzzer's bytes. The targets in `fuzz_targets/` call them, and `tests/fuzz_regressions.rs`
//! includes this file (`#[path]`) and runs every saved input through the same functions in plain
//! `cargo test`, so a crash found here stays fixed.
//!
//! Beyond "no panic", every run checks that spans are byte ranges inside the text on character
//! boundaries (of the prose and of the source as read), that the prose of a marked-up document
//! has the source's length, that sentences lie in their paragraphs, that quantities lie in their
//! sentences and have sane intervals, that findings are sorted and their spans are in bounds,
//! that line and column can be computed for every span, and that findings and rule-file errors
//! render.

use figcheck::checker::{Checker, Input, RuleError};
use figcheck::extract::numeral::{self, Form};
use figcheck::extract::token::{self, TokKind, Toks};
use figcheck::report::findings::{Style, render_finding, render_load_error};
use figcheck::rules::suppress::UNUSED;
use figcheck::rules::{Finding, LoadError, RuleSet, check, testing};
use figcheck::source::markup::Extras;
use figcheck::source::{self, Format};
use figcheck::{Document, Interval, Quantity, Span};
use std::sync::LazyLock;

/// The default pack, loaded once.
static DEFAULT: LazyLock<RuleSet> = LazyLock::new(RuleSet::default_pack);

/// The default checker, built once: the targets check documents as every front door does.
static CHECKER: LazyLock<Checker> = LazyLock::new(Checker::new);

/// The document the `rules` target checks its packs against: figures of every kind, a breakdown,
/// a share, a change, a list and a repeated figure.
pub const FIXED_DOCUMENT: &str = "Police made 17 arrests — 13 in Belgium and four in France.\n\n\
Of the 120 students, 30, or 25%, passed. Sales rose from $4.2m to $5.1m, an increase of 21%.\n\n\
The plan has three priorities: jobs, homes and schools. About 300 people fled on 5 May 2015.\n\n\
Police said 13 people were arrested in Belgium. Later 14 people were arrested in Belgium.\n";

/// `numeral`: the bytes as a (lossy) string, tokenized, and a numeral read at every token.
pub fn numeral(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let text: &str = &text;
    let lower = text.to_ascii_lowercase();
    let mut toks = Vec::new();
    token::tokenize(text, 0, text.len(), &mut toks);
    let mut prev_end = 0;
    for (k, tok) in toks.iter().enumerate() {
        assert!(
            prev_end <= tok.start && tok.start < tok.end && tok.end <= text.len(),
            "token {k} {}..{} out of order or bounds (previous ended at {prev_end}, text {} bytes)",
            tok.start,
            tok.end,
            text.len()
        );
        assert_boundaries(text, tok.start, tok.end, "token");
        let s = &text[tok.start..tok.end];
        match tok.kind {
            TokKind::Num => assert!(s.bytes().all(|b| b.is_ascii_digit()), "Num token {s:?}"),
            TokKind::Punct => assert_eq!(s.chars().count(), 1, "Punct token {s:?}"),
            TokKind::Word => {}
        }
        prev_end = tok.end;
    }
    let t = Toks {
        text,
        lower: &lower,
        toks: &toks,
    };
    for i in 0..toks.len() {
        if let Some(n) = numeral::read(&t, i) {
            numeral_ok(&t, i, &n);
        }
        if let Some(n) = numeral::read_denominator(&t, i) {
            numeral_ok(&t, i, &n);
            assert_eq!(n.form, Form::Ordinal, "read_denominator gave {n:?}");
        }
    }
}

fn numeral_ok(t: &Toks, i: usize, n: &numeral::Numeral) {
    assert!(
        n.first == i && n.first < n.end && n.end <= t.len(),
        "numeral at token {i} covers tokens {}..{} of {}",
        n.first,
        n.end,
        t.len()
    );
    let words = &t.text[t.toks[n.first].start..t.toks[n.end - 1].end];
    // An infinite value prints as an unbounded interval (null) and is NaN after any sum.
    for (what, v) in [("value", n.value), ("unit", n.unit), ("scale", n.scale)] {
        assert!(v.is_finite(), "{what} of {words:?} is not finite: {n:?}");
    }
    assert!(n.value >= 0.0, "negative value for {words:?}: {n:?}");
}

/// `extract`: the bytes decoded as a document file is, read as plain text, extracted and checked
/// with the default pack.
pub fn extract(data: &[u8]) {
    let Ok(text) = figcheck::error::decode(data.to_vec()) else {
        return;
    };
    let got = CHECKER.check(Input::new("fuzz.txt", text, Format::Text));
    document_ok(&got.doc);
    quantities_ok(&got.doc, &got.quantities);
    findings_ok(&got.doc, &got.findings);
}

/// `markdown`: the bytes (lossy) read as Markdown, extracted, checked with the default pack and
/// the document's front matter pack, and suppressed.
pub fn markdown(data: &[u8]) {
    marked_up(data, Format::Markdown);
}

/// `html`: as `markdown`, read as HTML.
pub fn html(data: &[u8]) {
    marked_up(data, Format::Html);
}

fn marked_up(data: &[u8], format: Format) {
    let text = String::from_utf8_lossy(data).into_owned();
    // The reader alone first: its document and its extras (front matter, suppressions).
    let (doc, extras) = source::read("fuzz".into(), text.clone(), format);
    assert_eq!(doc.source_text(), text, "source_text() is not the source");
    document_ok(&doc);
    extras_ok(&doc, &extras);

    // Then the whole check, as the front doors run it.
    let got = CHECKER.check(Input::new("fuzz", text, format));
    assert_eq!(
        got.doc.text, doc.text,
        "the checker read the document otherwise"
    );
    quantities_ok(&got.doc, &got.quantities);
    findings_ok(&got.doc, &got.findings);
    let lines = doc.source_text().split('\n').count();
    for e in &got.rule_errors {
        match e {
            RuleError::Load { error, .. } => load_error_ok(error, "fuzz", lines),
            RuleError::Unreadable { .. } => panic!("no sidecar was given: {e:?}"),
        }
    }

    // Suppression only takes findings away (and adds unused-suppression ones): the findings
    // of the same rules before it are a superset of the rest. The oracle reads the stages
    // apart (rules::check without suppress), which the Checker never exposes.
    let mut own = None;
    if let Some((yaml, line)) = &extras.front_matter {
        let set = own.get_or_insert_with(|| DEFAULT.clone());
        let _ = set.add_front_matter("fuzz", doc.source_text(), yaml, *line);
    }
    let rules = own.as_ref().unwrap_or(&DEFAULT);
    let before = check(&doc, &got.quantities, rules);
    findings_ok(&doc, &before);
    for f in &got.findings {
        if f.rule == UNUSED {
            assert!(
                extras.suppressions.iter().any(|s| s.span == f.span),
                "unused-suppression finding at {:?} is no suppression's span",
                f.span
            );
        } else {
            assert!(
                before.contains(f),
                "suppress::apply made up a finding: {f:?}"
            );
        }
    }
}

/// `rules`: the bytes (lossy) loaded as a rule pack; when some rule loads, the set checks a fixed
/// document and runs its own `tests:` cases.
pub fn rules(data: &[u8]) {
    let yaml = String::from_utf8_lossy(data);
    let mut set = RuleSet::new();
    let lines = yaml.split('\n').count();
    for e in set.add_pack("fuzz.yaml", &yaml) {
        load_error_ok(&e, "fuzz.yaml", lines);
        assert_eq!(e.source, yaml, "a load error carries another text");
    }
    if set.is_empty() {
        return;
    }
    let got = Checker::with_rules(set.clone()).check(Input::new(
        "fixed.txt",
        FIXED_DOCUMENT,
        Format::Text,
    ));
    findings_ok(&got.doc, &got.findings);
    for r in testing::run(&set) {
        for line in r.expected.iter().chain(&r.actual).chain(&r.problems) {
            assert!(!line.is_empty(), "empty line in a test case result: {r:?}");
        }
    }
}

fn assert_boundaries(text: &str, start: usize, end: usize, what: &str) {
    assert!(
        start <= end && end <= text.len(),
        "{what} {start}..{end} out of bounds (text {} bytes)",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} splits a character: {:?}",
        &text[text.floor_char_boundary(start)..text.ceil_char_boundary(end)]
    );
}

/// A span is a byte range of the prose and of the source, on character boundaries of both, and
/// line and column can be computed for both its ends.
fn span_ok(doc: &Document, span: Span, what: &str) {
    assert_boundaries(&doc.text, span.start, span.end, what);
    assert_boundaries(doc.source_text(), span.start, span.end, what);
    let _ = doc.slice(span);
    let _ = doc.source_slice(span);
    let _ = doc.words(span);
    let source = doc.source_text();
    let starts = line_starts(source);
    let (l0, c0) = doc.line_col(span.start);
    let (l1, c1) = doc.line_col(span.end);
    assert!(
        1 <= l0 && l0 <= l1 && l1 <= starts.len() && c0 >= 1 && c1 >= 1,
        "{what} {span:?}: line/col {l0}:{c0}..{l1}:{c1} of {} lines",
        starts.len()
    );
    let line = starts.partition_point(|&s| s <= span.start);
    assert_eq!(l0, line, "{what} {span:?}: line");
    // A span that starts in a line ending ("\r" of "\r\n") is at the line's end.
    let line_start = starts[line - 1];
    let content = &source[line_start..span.start];
    let content = content.trim_end_matches(['\r', '\n']);
    assert_eq!(c0 - 1, content.chars().count(), "{what} {span:?}: column");
}

/// Where each line starts, the reference for `Document::line_col`: a line ends at "\n",
/// "\r\n" or a lone "\r".
fn line_starts(text: &str) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = vec![0];
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            starts.push(i + 1);
        }
    }
    starts
}

fn document_ok(doc: &Document) {
    assert_eq!(
        doc.text.len(),
        doc.source_text().len(),
        "prose and source differ in length"
    );
    let mut prev = 0;
    for (k, p) in doc.paragraphs.iter().enumerate() {
        assert!(
            prev <= p.start,
            "paragraph {k} {p:?} overlaps the one before"
        );
        span_ok(doc, *p, "paragraph");
        prev = p.end;
    }
    assert_eq!(doc.sentences.len(), doc.sentence_paragraph.len());
    let mut prev = 0;
    for (k, (s, &p)) in doc
        .sentences
        .iter()
        .zip(&doc.sentence_paragraph)
        .enumerate()
    {
        assert!(
            prev <= s.start,
            "sentence {k} {s:?} overlaps the one before"
        );
        span_ok(doc, *s, "sentence");
        let para = doc.paragraphs.get(p).copied();
        assert!(
            para.is_some_and(|para| para.start <= s.start && s.end <= para.end),
            "sentence {k} {s:?} is not inside its paragraph {p} {para:?}"
        );
        prev = s.end;
    }
}

fn extras_ok(doc: &Document, extras: &Extras) {
    for s in &extras.suppressions {
        span_ok(doc, s.span, "suppression");
        assert!(!s.span.is_empty(), "empty suppression span");
    }
    if let Some((_, line)) = &extras.front_matter {
        let lines = doc.source_text().split('\n').count();
        assert!(
            (1..=lines).contains(line),
            "front matter at line {line} of {lines}"
        );
    }
}

/// Bounds are finite (`None` is the unbounded side: JSON prints an infinite or NaN bound as
/// `null`, which reads as unbounded) and in order.
fn interval_ok(v: &Interval, what: &str) {
    for b in [v.lo, v.hi].into_iter().flatten() {
        assert!(b.is_finite(), "{what}: bound not finite in {v:?}");
    }
    if let (Some(lo), Some(hi)) = (v.lo, v.hi) {
        assert!(lo <= hi, "{what}: empty interval {v:?}");
    }
}

fn quantities_ok(doc: &Document, qs: &[Quantity]) {
    let mut prev: Option<Span> = None;
    for q in qs {
        let what = format!("quantity {:?} {:?}", doc.slice(q.span), q.span);
        span_ok(doc, q.span, &what);
        assert!(!q.span.is_empty(), "{what}: empty span");
        let sentence = doc.sentences.get(q.sentence);
        assert!(
            sentence.is_some_and(|s| s.start <= q.span.start && q.span.end <= s.end),
            "{what}: not inside its sentence {} {sentence:?}",
            q.sentence
        );
        if let Some(p) = prev {
            assert!(
                p.end <= q.span.start,
                "{what}: overlaps or precedes the quantity before, {p:?}"
            );
        }
        prev = Some(q.span);
        if let Some(n) = q.noun {
            span_ok(doc, n, "counted noun");
        }
        for c in &q.context {
            span_ok(doc, *c, "context phrase");
        }
        interval_ok(&q.value, &what);
        assert!(
            q.stated.is_finite(),
            "{what}: stated value {} not finite",
            q.stated
        );
        assert!(!q.precision.is_nan(), "{what}: precision is NaN");
        if q.kind.is_quantity() {
            let v = q.value;
            let holds = v.contains(q.stated)
                || v.lo.is_some_and(|lo| lo == q.stated)
                || v.hi.is_some_and(|hi| hi == q.stated)
                || !matches!(q.qualifier, figcheck::Qualifier::Exact);
            assert!(holds, "{what}: exact figure {} outside {v:?}", q.stated);
        }
    }
}

fn findings_ok(doc: &Document, findings: &[Finding]) {
    for f in findings {
        let what = format!("finding {} {:?}", f.rule, f.span);
        assert!(!f.rule.is_empty(), "{what}: no rule");
        assert!(!f.message.is_empty(), "{what}: no message");
        span_ok(doc, f.span, &what);
        for r in &f.related {
            span_ok(doc, r.span, &format!("{what}: related"));
        }
        let out = render_finding(doc, f, Style::default());
        assert!(
            out.contains(&f.rule),
            "{what}: rendered without its rule id"
        );
    }
    for w in findings.windows(2) {
        assert!(
            w[0].span <= w[1].span,
            "findings out of order: {:?} before {:?}",
            w[0].span,
            w[1].span
        );
    }
}

fn load_error_ok(e: &LoadError, file: &str, lines: usize) {
    assert_eq!(e.file, file);
    assert!(!e.message.is_empty(), "load error without a message: {e:?}");
    assert!(
        e.line <= lines,
        "load error at line {} of a {lines}-line file: {}",
        e.line,
        e.message
    );
    if e.line > 0 {
        assert!(e.column >= 1, "load error at column 0: {e}");
    }
    let _ = e.to_string();
    let out = render_load_error(e, Style::default());
    assert!(!out.is_empty(), "load error renders empty: {e:?}");
}
