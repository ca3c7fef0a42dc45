//! Markdown and HTML sources: their prose, blocks, suppression comments and front matter.
//!
//! The prose of a marked-up source is the source itself with every byte that is not prose
//! blanked to a space (newlines kept) and entities decoded in place, padded with spaces to the
//! entity's length. So it has the source's byte length, and a span of the prose is the span of
//! the same words in the source: nothing needs an offset map, and line and column come from the
//! source. "**17** arrests" reads "  17   arrests"; "$4.2&nbsp;million" reads "$4.2\u{a0}    million".

use super::{Document, Span};

/// A `figcheck-disable` comment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    pub kind: SuppressionKind,
    /// The rule ids it names; empty for every rule.
    pub rules: Vec<String>,
    /// The comment in the source.
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SuppressionKind {
    /// `figcheck-disable RULE`: from here to the matching `figcheck-enable` (or the end).
    Disable,
    /// `figcheck-enable RULE`.
    Enable,
    /// `figcheck-disable-next-line RULE`: the line after the comment.
    NextLine,
}

/// What reading a marked-up source gives besides its [`Document`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extras {
    pub suppressions: Vec<Suppression>,
    /// The YAML of a Markdown front matter block and the 1-based line it starts on.
    pub front_matter: Option<(String, usize)>,
}

/// The prose being built: the source with every byte blanked until kept.
struct Prose<'a> {
    src: &'a str,
    buf: Vec<u8>,
}

impl<'a> Prose<'a> {
    fn new(src: &'a str) -> Prose<'a> {
        let buf = src
            .bytes()
            .map(|b| if b == b'\n' { b'\n' } else { b' ' })
            .collect();
        Prose { src, buf }
    }

    /// Keeps a range of the source as prose, decoding HTML entities when `entities` is set.
    fn keep(&mut self, r: std::ops::Range<usize>, entities: bool) {
        let r = r.start.min(self.src.len())..r.end.min(self.src.len());
        let text = &self.src[r.clone()];
        if !entities || !text.contains('&') {
            self.buf[r].copy_from_slice(text.as_bytes());
            return;
        }
        let mut i = 0;
        while i < text.len() {
            let rest = &text[i..];
            if rest.starts_with('&')
                && let Some(semi) = rest[1..].find(';').filter(|&k| k <= 32)
            {
                let entity = &rest[..semi + 2];
                let decoded = html_escape::decode_html_entities(entity);
                if decoded != entity && decoded.len() <= entity.len() {
                    let at = r.start + i;
                    self.buf[at..at + decoded.len()].copy_from_slice(decoded.as_bytes());
                    for b in &mut self.buf[at + decoded.len()..at + entity.len()] {
                        *b = b' ';
                    }
                    i += entity.len();
                    continue;
                }
            }
            let c = rest.chars().next().map_or(1, char::len_utf8);
            let at = r.start + i;
            self.buf[at..at + c].copy_from_slice(&rest.as_bytes()[..c]);
            i += c;
        }
    }

    /// Writes `text` (no longer than the range) at the start of a range, the rest blank.
    fn write(&mut self, r: std::ops::Range<usize>, text: &str) {
        if text.len() > r.len() {
            self.keep(r, false);
            return;
        }
        self.buf[r.start..r.start + text.len()].copy_from_slice(text.as_bytes());
    }

    fn finish(self) -> String {
        // Every kept range holds whole characters and the rest is ASCII.
        String::from_utf8(self.buf).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into())
    }
}

/// Reads the suppressions of one comment's text ("figcheck-disable rule-a rule-b").
fn suppression(comment: &str, span: Span) -> Option<Suppression> {
    let body = comment
        .trim()
        .trim_start_matches("<!--")
        .trim_end_matches("-->")
        .trim();
    let (kind, rest) = if let Some(r) = body.strip_prefix("figcheck-disable-next-line") {
        (SuppressionKind::NextLine, r)
    } else if let Some(r) = body.strip_prefix("figcheck-disable") {
        (SuppressionKind::Disable, r)
    } else if let Some(r) = body.strip_prefix("figcheck-enable") {
        (SuppressionKind::Enable, r)
    } else {
        return None;
    };
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let rules = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    Some(Suppression { kind, rules, span })
}

/// Every HTML comment inside a stretch of raw HTML, as suppressions.
fn comments_in(src: &str, r: std::ops::Range<usize>, out: &mut Vec<Suppression>) {
    let mut at = r.start;
    while let Some(open) = src[at..r.end].find("<!--") {
        let start = at + open;
        let Some(close) = src[start..r.end].find("-->") else {
            break;
        };
        let end = start + close + 3;
        out.extend(suppression(&src[start..end], Span::new(start, end)));
        at = end;
    }
}

/// Paragraph spans from block ranges: each trimmed to its prose, empty ones dropped, sorted,
/// and cut where they overlap.
fn blocks_to_paragraphs(prose: &str, mut blocks: Vec<Span>) -> Vec<Span> {
    blocks.sort();
    let mut out: Vec<Span> = Vec::new();
    for b in blocks {
        let start = out.last().map_or(b.start, |l: &Span| b.start.max(l.end));
        if start >= b.end {
            continue;
        }
        let s = &prose[start..b.end];
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead + trail < s.len() {
            out.push(Span::new(start + lead, b.end - trail));
        }
    }
    out
}

/// Reads a Markdown source (CommonMark with tables, footnotes, strikethrough and YAML front
/// matter). Code blocks, inline code, raw HTML, link targets, images and front matter are not
/// prose; headings, list items and table cells are blocks of their own.
pub fn markdown(source: String, text: String) -> (Document, Extras) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut prose = Prose::new(&text);
    let mut extras = Extras::default();
    // Open blocks: where each one's prose starts and ends so far.
    let mut stack: Vec<Option<Span>> = Vec::new();
    let mut blocks: Vec<Span> = Vec::new();
    let mut skip = 0usize; // inside a code block, an image or front matter
    let mut in_front_matter = false;
    for (event, range) in Parser::new_ext(&text, opts).into_offset_iter() {
        match event {
            Event::Start(tag) => match tag {
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::Item
                | Tag::TableCell
                | Tag::BlockQuote(_)
                | Tag::FootnoteDefinition(_)
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition => stack.push(None),
                Tag::CodeBlock(_) | Tag::Image { .. } => skip += 1,
                Tag::MetadataBlock(_) => {
                    skip += 1;
                    in_front_matter = true;
                }
                Tag::HtmlBlock => {}
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableCell
                | TagEnd::BlockQuote(_)
                | TagEnd::FootnoteDefinition
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition => {
                    if let Some(Some(span)) = stack.pop() {
                        blocks.push(span);
                    }
                }
                TagEnd::CodeBlock | TagEnd::Image => skip = skip.saturating_sub(1),
                TagEnd::MetadataBlock(_) => {
                    skip = skip.saturating_sub(1);
                    in_front_matter = false;
                }
                _ => {}
            },
            Event::Text(t) => {
                if in_front_matter {
                    let line = text[..range.start].matches('\n').count() + 1;
                    extras.front_matter = Some((t.to_string(), line));
                    continue;
                }
                if skip > 0 {
                    continue;
                }
                if text.get(range.clone()) == Some(&*t) {
                    prose.keep(range.clone(), false);
                } else {
                    // An entity or an escape: its decoded text in its place.
                    prose.write(range.clone(), &t);
                }
                if let Some(top) = stack.last_mut() {
                    let span = Span::new(range.start, range.end);
                    *top = Some(match *top {
                        Some(s) => Span::new(s.start.min(span.start), s.end.max(span.end)),
                        None => span,
                    });
                } else {
                    blocks.push(Span::new(range.start, range.end));
                }
            }
            Event::Html(_) | Event::InlineHtml(_) => {
                comments_in(&text, range, &mut extras.suppressions);
            }
            _ => {}
        }
    }
    let prose = prose.finish();
    let paragraphs = blocks_to_paragraphs(&prose, blocks);
    (
        Document::from_prose(source, text, prose, paragraphs),
        extras,
    )
}

/// Elements that start and end a block of prose.
#[cfg(feature = "html")]
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "td"
            | "th"
            | "tr"
            | "dt"
            | "dd"
            | "blockquote"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "aside"
            | "nav"
            | "main"
            | "figure"
            | "figcaption"
            | "caption"
            | "table"
            | "ul"
            | "ol"
            | "dl"
            | "br"
            | "hr"
            | "address"
            | "title"
            | "body"
            | "head"
            | "html"
    )
}

/// Without the `html` feature (the web checker's build), HTML is read as plain text: the
/// figures of the prose are found, tags and all.
#[cfg(not(feature = "html"))]
pub fn html(source: String, text: String) -> (Document, Extras) {
    (Document::from_text(source, text), Extras::default())
}

/// Reads an HTML source with lol_html. Text in `script`, `style`, `code` and `pre` is not
/// prose; block elements (paragraphs, headings, list items, table cells, `br`, …) end blocks.
#[cfg(feature = "html")]
pub fn html(source: String, text: String) -> (Document, Extras) {
    use lol_html::html_content::TextType;
    use lol_html::{RewriteStrSettings, doc_comments, doc_text, element, rewrite_str};
    use std::cell::RefCell;
    use std::rc::Rc;

    struct State {
        breaks: Vec<usize>,
        kept: Vec<std::ops::Range<usize>>,
        code_depth: usize,
        suppressions: Vec<Suppression>,
    }
    // Shared with the end-tag handlers, which lol_html wants 'static.
    let state = Rc::new(RefCell::new(State {
        breaks: vec![0, text.len()],
        kept: Vec::new(),
        code_depth: 0,
        suppressions: Vec::new(),
    }));
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("*", |el| {
            let name = el.tag_name();
            let loc = el.source_location().bytes();
            let code = matches!(name.as_str(), "code" | "pre" | "kbd" | "samp");
            {
                let mut s = state.borrow_mut();
                if is_block(&name) {
                    s.breaks.push(loc.start);
                    s.breaks.push(loc.end);
                }
                if code {
                    s.code_depth += 1;
                }
            }
            if el.can_have_content() && (is_block(&name) || code) {
                let state = Rc::clone(&state);
                el.on_end_tag(lol_html::end_tag!(move |end| {
                    let loc = end.source_location().bytes();
                    let mut s = state.borrow_mut();
                    if is_block(&end.name()) {
                        s.breaks.push(loc.start);
                        s.breaks.push(loc.end);
                    }
                    if matches!(end.name().as_str(), "code" | "pre" | "kbd" | "samp") {
                        s.code_depth = s.code_depth.saturating_sub(1);
                    }
                    Ok(())
                }))?;
            }
            Ok(())
        }))
        .append_document_content_handler(doc_text!(|t| {
            let mut s = state.borrow_mut();
            if t.text_type() == TextType::Data && s.code_depth == 0 {
                s.kept.push(t.source_location().bytes());
            }
            Ok(())
        }))
        .append_document_content_handler(doc_comments!(|c| {
            let loc = c.source_location().bytes();
            let span = Span::new(loc.start, loc.end);
            let found = suppression(&format!("<!--{}-->", c.text()), span);
            state.borrow_mut().suppressions.extend(found);
            Ok(())
        }));
    // A document lol_html cannot parse (it is lenient: this is a memory limit) reads as no
    // prose rather than failing the run.
    let parsed = rewrite_str(&text, settings).is_ok();
    let State {
        mut breaks,
        kept,
        suppressions,
        ..
    } = Rc::try_unwrap(state).map_or_else(
        |rc| {
            let s = rc.borrow();
            State {
                breaks: s.breaks.clone(),
                kept: s.kept.clone(),
                code_depth: 0,
                suppressions: s.suppressions.clone(),
            }
        },
        RefCell::into_inner,
    );
    let mut prose = Prose::new(&text);
    if parsed {
        for r in kept {
            prose.keep(r, true);
        }
    }
    let prose = prose.finish();
    breaks.sort_unstable();
    breaks.dedup();
    let blocks = breaks.windows(2).map(|w| Span::new(w[0], w[1])).collect();
    let paragraphs = blocks_to_paragraphs(&prose, blocks);
    (
        Document::from_prose(source, text, prose, paragraphs),
        Extras {
            suppressions,
            front_matter: None,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn figures(doc: &Document) -> Vec<(String, (usize, usize), String)> {
        extract(doc)
            .iter()
            .map(|q| {
                (
                    doc.source_slice(q.span).to_string(),
                    doc.line_col(q.span.start),
                    q.counts.clone().unwrap_or_default(),
                )
            })
            .collect()
    }

    #[test]
    fn markdown_prose_keeps_source_offsets() {
        let md = "---\ntitle: A story\n---\n\n# 12 arrests in one night\n\n**17** arrests — 13 in *Belgium* and five in France.\n\n```\nlet x = 42 + 99;\n```\n\nSee `code 77` and [4 sites](http://example.com/5).\n";
        let (doc, extras) = markdown("s.md".into(), md.into());
        assert_eq!(doc.text.len(), md.len());
        let got = figures(&doc);
        let texts: Vec<&str> = got.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["12", "one", "17", "13", "five", "4"], "{got:?}");
        assert_eq!(got[2].1, (7, 3), "line and column in the source");
        assert_eq!(got[3].2, "arrest");
        assert_eq!(extras.front_matter, Some(("title: A story\n".into(), 2)));
        // The heading is a block of its own: its sentence does not run into the next.
        assert!(doc.sentences.len() >= 3);
    }

    #[test]
    fn markdown_tables_are_prose_and_entities_decode() {
        let md =
            "| Region | Arrests |\n|---|---|\n| Belgium | 13 |\n\nCosts were $4.2&nbsp;million.\n";
        let (doc, _) = markdown("t.md".into(), md.into());
        let got = figures(&doc);
        assert_eq!(got[0].0, "13");
        assert_eq!(got[0].1, (3, 13));
        assert_eq!(got[1].0, "$4.2&nbsp;million", "{got:?}");
    }

    #[test]
    fn html_prose_skips_code_and_decodes_entities() {
        let page = "<html><head><title>x</title><style>p{width:40px}</style></head><body>\n<h1>Raid</h1><p>Police made <b>17</b> arrests &mdash; 13 in Belgium and five in France.</p>\n<p>It cost $4.2&nbsp;million.</p><pre>99 bottles</pre><script>var n = 12;</script><!-- figcheck-disable-next-line breakdown-sum --></body></html>";
        let (doc, extras) = html("s.html".into(), page.into());
        assert_eq!(doc.text.len(), page.len());
        let got = figures(&doc);
        let texts: Vec<&str> = got.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["17", "13", "five", "$4.2&nbsp;million"], "{got:?}");
        assert_eq!(got[0].1, (2, 32));
        assert!(
            doc.text.contains("17     arrests —"),
            "the entity decodes in place"
        );
        assert_eq!(extras.suppressions.len(), 1);
        assert_eq!(extras.suppressions[0].kind, SuppressionKind::NextLine);
        assert_eq!(extras.suppressions[0].rules, ["breakdown-sum"]);
    }

    #[test]
    fn suppression_comments() {
        let s = |c: &str| suppression(c, Span::new(0, c.len()));
        assert_eq!(
            s("<!-- figcheck-disable -->").unwrap().kind,
            SuppressionKind::Disable
        );
        assert_eq!(
            s("<!-- figcheck-enable a, b -->").unwrap().rules,
            ["a", "b"]
        );
        assert!(s("<!-- figcheck-disabled -->").is_none());
        assert!(s("<!-- a comment -->").is_none());
    }
}
