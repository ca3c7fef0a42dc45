//! Selectors: which figures of a document a rule talks about.
//!
//! A selector is a literal phrase (`text`), a regex with a named group `n` (`pattern`), or
//! attributes (`counts`, `event`, `context`, `kind`, `scope`); every field given must hold. A
//! selector that matches several places selects each of them.

use super::Ctx;
use super::operand::Operand;
use crate::extract::Kind;
use crate::source::{Document, Span};
use regex::Regex;

/// Where a selector looks, relative to the rule's first figure (its anchor).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Scope {
    Sentence,
    Paragraph,
    #[default]
    Document,
}

/// A compiled selector.
#[derive(Clone, Debug, Default)]
pub struct Selector {
    pub text: Option<String>,
    pub pattern: Option<Regex>,
    pub counts: Option<String>,
    pub event: Option<String>,
    /// Lower case.
    pub context: Option<String>,
    pub kind: Option<Kind>,
    pub scope: Scope,
}

impl Selector {
    /// The selector as a message names it: `{text: "17 arrests"}`.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(t) = &self.text {
            parts.push(format!("text: {t:?}"));
        }
        if let Some(p) = &self.pattern {
            parts.push(format!("pattern: {:?}", p.as_str()));
        }
        for (name, v) in [
            ("counts", &self.counts),
            ("event", &self.event),
            ("context", &self.context),
        ] {
            if let Some(v) = v {
                parts.push(format!("{name}: {v}"));
            }
        }
        if let Some(k) = self.kind {
            parts.push(format!("kind: {}", k.name()));
        }
        match self.scope {
            Scope::Sentence => parts.push("scope: sentence".into()),
            Scope::Paragraph => parts.push("scope: paragraph".into()),
            Scope::Document => {}
        }
        format!("{{{}}}", parts.join(", "))
    }

    fn has_attributes(&self) -> bool {
        self.counts.is_some() || self.event.is_some() || self.context.is_some()
    }

    /// Every figure the selector picks, in source order. `anchor` is the rule's first figure,
    /// which `scope` is relative to.
    pub fn select(&self, ctx: &Ctx, anchor: Option<&Operand>) -> Vec<Operand> {
        let mut out = Vec::new();
        if let Some(text) = &self.text {
            for (start, end) in find_all(&ctx.doc.text, text) {
                if let Some(i) = ctx
                    .qs
                    .iter()
                    .position(|q| q.span.start >= start && q.span.start < end)
                {
                    out.push(ctx.operand(i));
                }
            }
        } else if let Some(re) = &self.pattern {
            for caps in re.captures_iter(&ctx.doc.text) {
                let Some(n) = caps.name("n") else { continue };
                let span = Span::new(n.start(), n.end());
                out.extend(figure_at(ctx, span));
            }
        } else {
            out.extend(
                ctx.qs
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| match self.kind {
                        Some(k) => q.kind == k,
                        None => q.kind.is_quantity(),
                    })
                    .map(|(i, _)| ctx.operand(i)),
            );
        }
        out.retain(|o| self.keeps(ctx, o, anchor));
        out.sort_by_key(|o| o.span);
        out.dedup_by_key(|o| o.span);
        out
    }

    fn keeps(&self, ctx: &Ctx, o: &Operand, anchor: Option<&Operand>) -> bool {
        if let Some(k) = self.kind
            && o.kind != k
        {
            return false;
        }
        if self.has_attributes() {
            let Some(q) = o.quantity.map(|i| &ctx.qs[i]) else {
                return false;
            };
            if self
                .counts
                .as_deref()
                .is_some_and(|c| q.counts.as_deref() != Some(c))
                || self.event.as_deref().is_some_and(|e| q.event != Some(e))
            {
                return false;
            }
            if let Some(c) = &self.context
                && !q
                    .context
                    .iter()
                    .any(|s| ctx.doc.words(*s).to_lowercase().contains(c.as_str()))
            {
                return false;
            }
        }
        match (self.scope, anchor) {
            (Scope::Sentence, Some(a)) => a.sentence == o.sentence,
            (Scope::Paragraph, Some(a)) => ctx.paragraph(a.sentence) == ctx.paragraph(o.sentence),
            _ => true,
        }
    }
}

/// Every occurrence of `needle` as (start, end): its words in order with any white space
/// between them (a line wrap or blanked markup in a Markdown source matches a space), matched
/// case-sensitively first, and ignoring ASCII case when the exact phrase is nowhere (a rule
/// written "Killing 12 people" still finds "killing 12 people").
fn find_all(hay: &str, needle: &str) -> Vec<(usize, usize)> {
    let words: Vec<&str> = needle.split_whitespace().collect();
    if words.is_empty() {
        return Vec::new();
    }
    let exact = find_words(hay, &words);
    if !exact.is_empty() {
        return exact;
    }
    let lower_hay = hay.to_ascii_lowercase();
    let lower: Vec<String> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    find_words(&lower_hay, &lower)
}

fn find_words(hay: &str, words: &[&str]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = hay[from..].find(words[0]) {
        let start = from + k;
        let mut pos = start + words[0].len();
        let mut ok = true;
        for w in &words[1..] {
            let rest = &hay[pos..];
            let gap = rest.len() - rest.trim_start().len();
            if gap == 0 || !rest[gap..].starts_with(w) {
                ok = false;
                break;
            }
            pos += gap + w.len();
        }
        if ok {
            out.push((start, pos));
            from = pos;
        } else {
            from = start + words[0].len();
        }
    }
    out
}

/// The figure a pattern's group `n` names: the extracted quantity there, or the group's words
/// read as a number ("a" and "an" read as 1).
fn figure_at(ctx: &Ctx, span: Span) -> Option<Operand> {
    if let Some(i) = ctx
        .qs
        .iter()
        .position(|q| q.span.start < span.end.max(span.start + 1) && span.start < q.span.end)
    {
        return Some(ctx.operand(i));
    }
    let words = ctx.doc.slice(span).trim();
    let sentence = sentence_of(ctx.doc, span.start);
    if matches!(words.to_ascii_lowercase().as_str(), "a" | "an") {
        return Some(Operand::exact(span, 1.0, sentence));
    }
    // Anything else the grammar reads: "one", "a dozen", "1,200".
    let doc = Document::from_text("", words.to_string());
    let q = crate::extract::extract(&doc).into_iter().next()?;
    if q.span.len() != words.len() {
        return None;
    }
    Some(Operand {
        span,
        sentence,
        quantity: None,
        ..Operand::from_quantity(0, &q)
    })
}

fn sentence_of(doc: &Document, offset: usize) -> usize {
    doc.sentences
        .partition_point(|s| s.end <= offset)
        .min(doc.sentences.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn pick(text: &str, sel: Selector) -> Vec<String> {
        let doc = Document::from_text("t", text);
        let qs = extract(&doc);
        let ctx = Ctx::new(&doc, &qs);
        sel.select(&ctx, None)
            .iter()
            .map(|o| format!("{}={}", doc.words(o.span), o.stated))
            .collect()
    }

    const STORY: &str = "Police made 17 arrests — 13 in Belgium and four in France. \
                         Later 13 people were arrested in Belgium. A gunman shot a policewoman.";

    #[test]
    fn text_takes_the_first_figure_inside_the_phrase() {
        let sel = Selector {
            text: Some("four in France".into()),
            ..Default::default()
        };
        assert_eq!(pick(STORY, sel), ["four=4"]);
        let sel = Selector {
            text: Some("13".into()),
            ..Default::default()
        };
        assert_eq!(
            pick(STORY, sel),
            ["13=13", "13=13"],
            "each place is selected"
        );
        let sel = Selector {
            text: Some("POLICE MADE 17".into()),
            ..Default::default()
        };
        assert_eq!(pick(STORY, sel), ["17=17"], "case-insensitive fallback");
        let sel = Selector {
            text: Some("nowhere".into()),
            ..Default::default()
        };
        assert!(pick(STORY, sel).is_empty());
    }

    #[test]
    fn text_matches_across_any_white_space() {
        assert_eq!(find_all("17   arrests\nmade", "17 arrests made"), [(0, 17)]);
        assert_eq!(find_all("a 17 arrests", "17  Arrests"), [(2, 12)]);
        assert!(find_all("17arrests", "17 arrests").is_empty());
    }

    #[test]
    fn pattern_reads_group_n_and_a_as_one() {
        let sel = Selector {
            pattern: Some(Regex::new(r"shot (?P<n>a) policewoman").unwrap()),
            ..Default::default()
        };
        assert_eq!(pick(STORY, sel), ["a=1"]);
        let sel = Selector {
            pattern: Some(Regex::new(r"(?P<n>\w+) people were arrested").unwrap()),
            ..Default::default()
        };
        assert_eq!(pick(STORY, sel), ["13=13"]);
    }

    #[test]
    fn attributes_combine() {
        let sel = Selector {
            counts: Some("arrest".into()),
            context: Some("belgium".into()),
            ..Default::default()
        };
        assert_eq!(pick(STORY, sel), ["13=13"]);
        let sel = Selector {
            event: Some("arrest".into()),
            ..Default::default()
        };
        assert_eq!(pick(STORY, sel), ["17=17", "13=13", "four=4", "13=13"]);
        let sel = Selector {
            kind: Some(Kind::Percent),
            ..Default::default()
        };
        assert!(pick(STORY, sel).is_empty());
    }

    #[test]
    fn scope_is_relative_to_the_anchor() {
        let doc = Document::from_text("t", STORY);
        let qs = extract(&doc);
        let ctx = Ctx::new(&doc, &qs);
        let anchor = ctx.operand(0);
        let sel = Selector {
            counts: Some("arrest".into()),
            scope: Scope::Sentence,
            ..Default::default()
        };
        let got: Vec<f64> = sel
            .select(&ctx, Some(&anchor))
            .iter()
            .map(|o| o.stated)
            .collect();
        assert_eq!(got, [17.0, 13.0, 4.0]);
    }
}
