//! `count-list`: "four priorities: A, B and C" announces four items and lists three.
//!
//! A list is read after the colon that follows the count, to the end of the sentence. Items are
//! split on semicolons when there are any, else on commas, and the last item on "and"/"or".
//! "And" inside an item ("law and order") makes the count uncertain, so a list is read as a
//! range of item counts: commas alone give the fewest, every "and" splitting gives the most.

use super::{KindDoc, describe_selectors};
use super::{judged, select_or_stale};
use crate::rules::Body;
use crate::rules::load::Fields;
use crate::rules::operand::{Operand, Verdict};
use crate::rules::{Ctx, Finding, Related, Rule, Selector};
use crate::source::{Document, Span};

/// What the kind checks and the fields it takes (`figcheck explain`; docs/rules.md is tested
/// against it).
pub const DOC: KindDoc = KindDoc {
    name: "count-list",
    takes: &["count"],
    what: "A count announces a list after a colon (\"four priorities: …\"); the list must \
           name that many items.",
    fields: &[("count", "selector: the announcing figure")],
    example_yaml: "rules:\n  - id: priorities\n    kind: count-list\n    count: {text: \"four priorities\"}\n",
    example_text: "The minister named four priorities: jobs, health and schools.",
};

/// Reads a `count-list` rule: the announcing count.
pub(in crate::rules) fn load(f: &mut Fields) -> Option<Body> {
    let count = f.selector(&f.spec.count, "count")?;
    Some(Body::CountList { count })
}

/// The rule's own fields, for `figcheck explain`.
pub(in crate::rules) fn describe(out: &mut String, count: &Selector) {
    describe_selectors(out, "count", &[count]);
}

/// The items of a list, as read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct List {
    /// The item spans under the usual reading (the last "and" splits, others do not).
    pub items: Vec<Span>,
    /// The fewest and the most items any reading gives.
    pub min: usize,
    pub max: usize,
    /// Members may share an item: "three boys, ages 12 and 13" names ages, not boys, and a
    /// count above `max` is only doubtful.
    pub shared: bool,
}

/// The longest item (in words) a list may have; longer and the colon opens a clause, not a
/// list.
pub const MAX_ITEM_WORDS: usize = 6;

/// Reads the list that starts at `start` (just after the colon) and ends at `end`.
pub fn read_list(text: &str, start: usize, end: usize, max_words: usize) -> Option<List> {
    let (mut segments, sep, last_had_conj) = split_segments(text, start, end)?;
    // Where the list ends before the sentence does: after an Oxford "…, and C" segment, or
    // before an attribution ("…, the Journal reports").
    if let Some(k) = segments.iter().position(|s| {
        let w = &text[s.range()];
        w.split_whitespace().any(|w| {
            matches!(
                w,
                "said" | "says" | "say" | "reports" | "reported" | "told" | "writes" | "wrote"
            )
        })
    }) {
        segments.truncate(k);
    }
    if let Some(k) = (0..segments.len().saturating_sub(1)).find(|&k| {
        let start = segments[k].start;
        let lead = text[..start].trim_end();
        lead.ends_with(" and") || lead.ends_with(" or")
    }) {
        segments.truncate(k + 1);
    }
    if segments.iter().any(|s| opens_an_aside(&text[s.range()])) {
        return None;
    }
    let last = *segments.last()?;
    // Each " and " / " or " inside a segment: its offset and length.
    let conjunctions = |span: Span| -> Vec<(usize, usize)> {
        let item = &text[span.range()];
        let mut at = Vec::new();
        for conj in [" and ", " or ", " & "] {
            at.extend(
                item.match_indices(conj)
                    .map(|(k, _)| (span.start + k, conj.len())),
            );
        }
        at.sort_unstable();
        at
    };
    let mut items = segments.clone();
    // The usual reading of a comma list: the last "and" of the last segment splits it. In a
    // semicolon list the items may hold lists of their own, so it does not; nor after an Oxford
    // comma, whose "and" already joined the last item.
    if sep == ','
        && !last_had_conj
        && let Some(&(k, len)) = conjunctions(last).last()
    {
        items.pop();
        items.push(Span::new(last.start, k));
        items.push(Span::new(k + len, last.end));
    }
    if items.len() < 2 {
        return None;
    }
    if items
        .iter()
        .any(|s| text[s.range()].split_whitespace().count() > max_words)
    {
        return None;
    }
    let all_conj: usize = segments.iter().map(|s| conjunctions(*s).len()).sum();
    // With two commas or more the list's shape is clear, and its last "and" joins two items
    // ("jobs, health, roads and schools" is four); with one comma, "health and schools" may
    // be one item.
    let min = if segments.len() >= 3 {
        items.len()
    } else {
        segments.len()
    };
    Some(List {
        shared: false,
        min,
        max: segments.len() + all_conj,
        items,
    })
}

/// The segments of a list between `start` and `end`: split at semicolons when there are any,
/// else at commas, up to a dash or a parenthesis; a conjunction that opens a segment is the
/// list's, not the item's, and a bare "and" or a lone adverb is no item. Also the separator,
/// and whether the last segment opened with its own conjunction ("…, or huge cuts").
fn split_segments(text: &str, start: usize, end: usize) -> Option<(Vec<Span>, char, bool)> {
    let mut body = text.get(start..end)?;
    // Stop at a dash or a closing parenthesis: the list ends there.
    for stop in [" — ", " – ", " - ", ")", "("] {
        if let Some(k) = body.find(stop) {
            body = &body[..k];
        }
    }
    let trimmed_end = body.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | '!' | '?' | '"' | '”' | '\'' | '’')
    });
    let body = &body[..trimmed_end.len()];
    let sep = if body.contains(';') { ';' } else { ',' };
    let mut segments: Vec<Span> = Vec::new();
    let mut pos = 0;
    // Whether the last segment opened with its own conjunction ("…, or huge and immediate cuts").
    let mut last_had_conj = false;
    for piece in body.split(sep) {
        let lead = piece.len() - piece.trim_start().len();
        let mut s = start + pos + lead;
        let e = start + pos + piece.trim_end().len();
        // "…, and C": the conjunction belongs to the list, not the item.
        let item = &text[s..e.max(s)];
        let mut had_conj = false;
        for conj in ["and ", "or "] {
            // Bytes, not a str slice: the item may open with a multi-byte character ("€80m").
            if item.len() > conj.len()
                && item.as_bytes()[..conj.len()].eq_ignore_ascii_case(conj.as_bytes())
            {
                s += conj.len();
                had_conj = true;
            }
        }
        // A bare "and" between commas ("…, and, simply, red") is no item.
        let bare = text[s..e.max(s)].trim();
        // Nor is a lone adverb ("…, and, simply, red").
        let adverb = !bare.contains(' ')
            && bare.ends_with("ly")
            && bare.starts_with(|c: char| c.is_lowercase());
        if e > s && !adverb && !matches!(bare.to_ascii_lowercase().as_str(), "and" | "or") {
            segments.push(Span::new(s, e));
            last_had_conj = had_conj;
        }
        pos += piece.len() + sep.len_utf8();
    }
    Some((segments, sep, last_had_conj))
}

/// Whether a segment opens with a relative word, an aside about the item before it ("Los
/// Santos, which is …", "Larry Jr., with ex-wife …"): then the items cannot be counted.
fn opens_an_aside(segment: &str) -> bool {
    let first = segment.split_whitespace().next().unwrap_or("");
    matches!(
        first.to_ascii_lowercase().as_str(),
        "which"
            | "who"
            | "whom"
            | "whose"
            | "where"
            | "when"
            | "aka"
            | "with"
            | "including"
            | "like"
            | "such"
            | "both"
            | "each"
            | "all"
            | "also"
            | "known"
            | "formerly"
    )
}

/// Judges an announced count against the list that follows.
pub fn judge_list(
    doc: &Document,
    count: &Operand,
    announced: &str,
    list: &List,
) -> (Verdict, String) {
    let n = count.stated;
    let verdict = if !count.value.is_exact() || n.fract() != 0.0 {
        Verdict::Holds
    } else if (n as usize) < list.min || ((n as usize) > list.max && !list.shared) {
        Verdict::Hard
    } else if (n as usize) > list.max {
        Verdict::Soft
    } else {
        Verdict::Holds
    };
    let names: Vec<String> = list
        .items
        .iter()
        .map(|s| doc.words(*s).into_owned())
        .collect();
    let message = if verdict == Verdict::Soft {
        format!(
            "“{announced}” are announced, but the ages that follow are {} ({}): unless some share an age, one is missing",
            list.items.len(),
            names.join("; ")
        )
    } else {
        format!(
            "“{announced}” are announced, but the list that follows names {} ({})",
            // The members when every reading agrees ("two 19-year-olds and a 22-year-old"
            // name 3), the items as usually read otherwise.
            if list.min == list.max {
                list.min
            } else {
                list.items.len()
            },
            names.join("; ")
        )
    };
    (verdict, message)
}

/// How many members a list names: "3", or "3 to 4" when "and" may join or split items.
fn members(list: &List) -> String {
    if list.min == list.max {
        list.min.to_string()
    } else {
        format!("{} to {}", list.min, list.max)
    }
}

/// The arithmetic of a counted list, whatever its verdict: "“four priorities” announced; 3
/// items named", with the range of readings when "and" makes the count uncertain.
pub fn arithmetic(announced: &str, list: &List) -> String {
    let n = list.items.len();
    let mut out = format!(
        "“{announced}” announced; {n} item{} named",
        if n == 1 { "" } else { "s" }
    );
    if list.min != list.max || list.min != n {
        out.push_str(&format!(" ({} members as read)", members(list)));
    }
    out
}

pub fn finding(rule: &Rule, ctx: &Ctx, count: &Operand, list: &List) -> Option<Finding> {
    // "four priorities", not just "four".
    let end = count
        .quantity
        .and_then(|i| ctx.qs[i].noun)
        .map_or(count.span.end, |n| n.end.max(count.span.end));
    let announced = &ctx.doc.text[count.span.start..end];
    let (verdict, message) = judge_list(ctx.doc, count, announced, list);
    let related = list
        .items
        .iter()
        .map(|s| Related {
            span: *s,
            label: "item".into(),
        })
        .collect();
    judged(
        rule,
        ctx,
        verdict,
        message,
        (count.span, "count"),
        related,
        || arithmetic(announced, list),
    )
}

/// The list after a count: from the first colon after the count in its sentence.
pub fn list_after_colon(ctx: &Ctx, count: &Operand, max_words: usize) -> Option<List> {
    let sentence = ctx.doc.sentences.get(count.sentence)?;
    let text = &ctx.doc.text;
    let colon = count.span.end + text.get(count.span.end..sentence.end)?.find(':')?;
    read_list(text, colon + 1, sentence.end, max_words)
}

pub fn run(rule: &Rule, ctx: &Ctx, count: &Selector, out: &mut Vec<Finding>) {
    for c in select_or_stale(rule, ctx, "count", count, None, out) {
        match list_after_colon(ctx, &c, 2 * MAX_ITEM_WORDS) {
            Some(list) => out.extend(finding(rule, ctx, &c, &list)),
            None => out.push(crate::rules::Finding {
                message: format!(
                    "rule `{}`: no list follows “{}” (expected a colon and items)",
                    rule.id,
                    ctx.doc.words(c.span)
                ),
                severity: crate::rules::Severity::Warning,
                rule: rule.id.clone(),
                span: c.span,
                label: "count".into(),
                related: Vec::new(),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;
    use crate::rules::{RuleSet, check};

    fn items(text: &str) -> Option<(Vec<&str>, usize, usize)> {
        let colon = text.find(':')?;
        let l = read_list(text, colon + 1, text.len(), MAX_ITEM_WORDS)?;
        Some((
            l.items.iter().map(|s| &text[s.range()]).collect(),
            l.min,
            l.max,
        ))
    }

    #[test]
    fn lists_are_read_with_their_uncertainty() {
        assert_eq!(
            items("four priorities: jobs, health and schools."),
            Some((vec!["jobs", "health", "schools"], 2, 3))
        );
        assert_eq!(
            items("three options: huge tax rises, huge deficits, or huge and sudden cuts."),
            Some((
                vec!["huge tax rises", "huge deficits", "huge and sudden cuts"],
                3,
                4
            ))
        );
        assert_eq!(
            items("three priorities: jobs, health, roads and schools."),
            Some((vec!["jobs", "health", "roads", "schools"], 4, 4))
        );
        assert_eq!(
            items("three aims: law and order, jobs, and health."),
            Some((vec!["law and order", "jobs", "health"], 3, 4))
        );
        assert_eq!(
            items("two goals: peace; jobs, homes and schools."),
            Some((vec!["peace", "jobs, homes and schools"], 2, 3))
        );
        assert_eq!(items("one word: go."), None);
        assert_eq!(
            items(
                "two reasons: the economy was weak and the minister had resigned in disgrace after the vote."
            ),
            None
        );
    }

    #[test]
    fn a_count_that_misses_its_list() {
        let yaml = "rules:\n  - {id: l, kind: count-list, count: {text: 'four priorities'}}\n";
        let mut set = RuleSet::new();
        assert!(set.add_pack("r.yaml", yaml).is_empty());
        let doc = Document::from_text("t", "He set out four priorities: jobs, health and schools.");
        let got = check(&doc, &extract(&doc), &set);
        assert_eq!(got.len(), 1);
        assert_eq!(
            got[0].message,
            "“four priorities” are announced, but the list that follows names 3 (jobs; health; schools)"
        );
        assert_eq!(got[0].related.len(), 3);
        let doc = Document::from_text(
            "t",
            "He set out four priorities: jobs, health, roads and schools.",
        );
        assert!(check(&doc, &extract(&doc), &set).is_empty());
    }
}
