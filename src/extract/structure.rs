//! The shallow structure of the sentences that hold figures, read once per document and shared
//! by every detector: the tokens of each such sentence, and for each figure its [`Phrase`]: where
//! its words end ("13 in Madrid", "1,165 rushing", "two mortally"), what marks lead to it from the
//! figure before ("—", ", including", ": ", ", with"), what follows it (a closing dash or
//! parenthesis), which clause it stands in, and the words that tie it to a set named elsewhere
//! ("the other two", "all four", "two of them", "34 of 42").
//!
//! Detectors ask these questions of the structure instead of re-reading the raw text between
//! figures against word lists.

use super::Quantity;
use super::syntax::{self, Class};
use super::token::{self, Token, Toks};
use crate::source::{Document, Span};

/// Marks and words that stand between two figures of a sentence, as a set of bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Marks(u32);

impl Marks {
    /// "—", "–", "--", or a spaced "-".
    pub const DASH: Marks = Marks(1);
    pub const COLON: Marks = Marks(1 << 1);
    pub const OPEN: Marks = Marks(1 << 2);
    pub const CLOSE: Marks = Marks(1 << 3);
    pub const COMMA: Marks = Marks(1 << 4);
    pub const SEMICOLON: Marks = Marks(1 << 5);
    pub const AND: Marks = Marks(1 << 6);
    pub const OR: Marks = Marks(1 << 7);
    /// "including", "include(s)", "such as".
    pub const INCLUDING: Marks = Marks(1 << 8);
    /// "among them", "among whom".
    pub const AMONG: Marks = Marks(1 << 9);
    /// "of whom", "of which", "of them", "of those".
    pub const OF_WHOM: Marks = Marks(1 << 10);
    pub const WITH: Marks = Marks(1 << 11);
    /// A verb form ("were hurt", "leaving").
    pub const VERB: Marks = Marks(1 << 12);
    /// A new clause begins ("and closed", "while", "who", ";").
    pub const CLAUSE: Marks = Marks(1 << 13);
    /// Any other word.
    pub const WORD: Marks = Marks(1 << 14);
    /// The sentence ends.
    pub const END: Marks = Marks(1 << 15);
    /// "others", "elsewhere", "etc", "among others", "the rest": a list that is not the whole.
    pub const OPEN_TAIL: Marks = Marks(1 << 16);
    /// "plus", "as well as", "in addition to": an item added to a total, not a part of it.
    pub const PLUS: Marks = Marks(1 << 17);

    pub fn has(self, m: Marks) -> bool {
        self.0 & m.0 != 0
    }
    pub fn any(self, m: Marks) -> bool {
        self.has(m)
    }
    /// True when every mark is among `allowed`.
    pub fn only(self, allowed: Marks) -> bool {
        self.0 & !allowed.0 == 0
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// These marks with `m`'s taken out.
    pub fn without(self, m: Marks) -> Marks {
        Marks(self.0 & !m.0)
    }
}

impl std::ops::BitOr for Marks {
    type Output = Marks;
    fn bitor(self, o: Marks) -> Marks {
        Marks(self.0 | o.0)
    }
}

impl std::ops::BitOrAssign for Marks {
    fn bitor_assign(&mut self, o: Marks) {
        self.0 |= o.0;
    }
}

/// How a figure names a subset of a set named with it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Partitive {
    #[default]
    None,
    /// "two of them", "one of whom".
    Pronoun,
    /// "three of the victims": a subset of a set named, not counted.
    Noun,
    /// "34 of 42 passengers": the quantity (its index) of the whole.
    Whole(usize),
}

/// What the structure knows of one figure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Phrase {
    /// Token range of the figure's own words in its sentence's tokens.
    pub first: usize,
    pub last: usize,
    /// The first token after the figure's phrase (its counted noun, a partitive "of them", an
    /// adverb or participle after a bare figure, a context phrase).
    pub end: usize,
    /// The first token after the figure's noun phrase alone: `end` before a context phrase
    /// ("Forty people were killed in clashes between police and protesters" ends at "were").
    pub head_end: usize,
    /// Byte offset where the phrase ends.
    pub end_byte: usize,
    /// Marks from the previous figure's phrase in the sentence (or the sentence start) to this
    /// figure, modifiers of the figure itself ("the other", "all") left out.
    pub lead: Marks,
    /// Words in the lead that are no marks.
    pub lead_words: usize,
    /// The mark of the last word or sign of the lead, right before the figure (its modifiers
    /// aside): what opens a breakdown stands there ("…, with 16", "including 13", "— two").
    /// A plain word there is [`Marks::WORD`], verb or not: no detector asks which.
    pub lead_last: Marks,
    /// Marks right after the phrase, up to the next word that is no mark.
    pub tail: Marks,
    /// The clause of the sentence the figure stands in, from 0.
    pub clause: usize,
    /// "other(s)", "another", "more", "remaining": a set besides one named before.
    pub other: bool,
    /// "another", "more", "further", "additional": added to a set named before.
    pub more: bool,
    /// "the", "these", "those", a possessive: a set named before.
    pub definite: bool,
    /// "all four", "all 28".
    pub all: bool,
    /// "two mortally", "six critically": a manner or degree word after a bare figure.
    pub adverb: bool,
    pub partitive: Partitive,
}

/// The structure of a document's sentences with figures.
pub struct Structure {
    read: token::Read,
    /// One per quantity, in the quantities' order.
    pub phrases: Vec<Phrase>,
}

impl Structure {
    /// Reads the structure, tokenizing the sentences with figures.
    pub fn new(doc: &Document, qs: &[Quantity]) -> Structure {
        let mut read = token::Read::new(&doc.text, qs.len() * 24);
        // Sorted, as `Read` looks sentences up by binary search (extraction gives quantities
        // in order, a caller's own list may not).
        let mut sentences: Vec<usize> = qs.iter().map(|q| q.sentence).collect();
        sentences.sort_unstable();
        sentences.dedup();
        for sent in sentences {
            if let Some(span) = doc.sentences.get(sent) {
                let from = read.tokens.len();
                token::tokenize(&doc.text, span.start, span.end, &mut read.tokens);
                read.sentences.push((sent, from, read.tokens.len()));
            }
        }
        Structure::from_read(doc, qs, read)
    }

    /// Reads the structure from the tokens extraction kept ([`super::extract_read`]).
    pub fn from_read(doc: &Document, qs: &[Quantity], read: token::Read) -> Structure {
        let mut phrases = vec![Phrase::default(); qs.len()];
        let mut i = 0;
        while i < qs.len() {
            let sent = qs[i].sentence;
            let end = i + qs[i..].iter().take_while(|q| q.sentence == sent).count();
            if let Some(toks) = read.toks(&doc.text, sent) {
                read_sentence(&toks, qs, i..end, &mut phrases);
            }
            i = end;
        }
        Structure { read, phrases }
    }

    /// The document in ASCII lower case.
    pub fn lower(&self) -> &str {
        &self.read.lower
    }

    /// The tokens of a sentence that holds a figure.
    pub fn toks<'a>(&'a self, doc: &'a Document, sentence: usize) -> Option<Toks<'a>> {
        self.read.toks(&doc.text, sentence)
    }
}

/// The first token of `toks` that starts at or after byte `at`.
fn token_at(toks: &[Token], at: usize) -> usize {
    toks.partition_point(|t| t.start < at)
}

fn read_sentence(t: &Toks, qs: &[Quantity], range: std::ops::Range<usize>, out: &mut [Phrase]) {
    let mut prev_end = 0;
    let mut clause = 0;
    for i in range.clone() {
        let q = &qs[i];
        let first = token_at(t.toks, q.span.start);
        let last = token_at(t.toks, q.span.end).max(first + 1);
        let mut p = Phrase {
            first,
            last,
            ..Phrase::default()
        };
        let m = modifiers_before(t, prev_end, first, &mut p);
        // What leads here from the figure before (or the sentence start).
        let (lead, words) = marks(t, prev_end, m);
        p.lead = lead;
        p.lead_words = words;
        p.lead_last = last_mark(t, prev_end, m);
        if lead.has(Marks::CLAUSE) || lead.has(Marks::SEMICOLON) {
            clause += 1;
        }
        p.clause = clause;
        // "three other people", "two more victims": the modifier stands between the figure
        // and its noun.
        if let Some(n) = q.noun {
            for k in last..token_at(t.toks, n.start) {
                match t.lower(k) {
                    "other" | "remaining" => p.other = true,
                    "more" | "additional" | "further" | "extra" => {
                        p.other = true;
                        p.more = true;
                    }
                    _ => {}
                }
            }
        }
        let mut e = head_end(t, qs, i, range.end, last, &mut p);
        p.head_end = e.min(t.len());
        for c in &q.context {
            e = e.max(token_at(t.toks, c.end));
        }
        p.end = e.min(t.len());
        p.end_byte = if p.end > 0 {
            t.toks[p.end - 1].end
        } else {
            q.span.end
        };
        p.end_byte = p.end_byte.max(q.span.end);
        // What follows: up to the next word that is no mark, or the next figure.
        let next = qs[i + 1..range.end]
            .first()
            .map_or(t.len(), |n| token_at(t.toks, n.span.start));
        let mut k = p.end;
        while k < next && !t.is_word(k) && !t.is_num(k) {
            k += 1;
        }
        let (tail, _) = marks(t, p.end, k.min(next));
        p.tail = tail;
        if k >= t.len() {
            p.tail |= Marks::END;
        } else if t.is_word(k) && syntax::clause_starts(t, k) {
            p.tail |= Marks::CLAUSE;
        }
        prev_end = p.end.max(last);
        out[i] = p;
    }
}

/// Reads the modifiers right before a figure ("the other two", "all four", "another seven")
/// into its phrase; returns the token the phrase starts at.
fn modifiers_before(t: &Toks, prev_end: usize, first: usize, p: &mut Phrase) -> usize {
    let mut m = first;
    while m > prev_end && m + 3 > first && t.is_word(m - 1) {
        match t.lower(m - 1) {
            "other" | "remaining" => p.other = true,
            "another" | "further" | "additional" | "extra" => {
                p.other = true;
                p.more = true
            }
            "the" | "these" | "those" | "its" | "their" | "his" | "her" | "our" => {
                p.definite = true
            }
            "all" => p.all = true,
            "only" | "just" | "some" | "a" | "an" => {}
            _ => break,
        }
        m -= 1;
    }
    m
}

/// Where a figure's head phrase ends: past its noun, "others" or "more", a partitive ("of
/// them", "of the victims"; "34 of 42" ends before the whole) and a word of manner after a
/// bare figure ("two mortally"). Marks the phrase's partitive, "other" and adverb.
fn head_end(
    t: &Toks,
    qs: &[Quantity],
    i: usize,
    range_end: usize,
    last: usize,
    p: &mut Phrase,
) -> usize {
    let q = &qs[i];
    let mut e = last;
    // "34 of 42 passengers", "four of its 10 offices": the figure after "of" is the whole,
    // and the phrase ends before it.
    let whole = (t.lower(last) == "of" && t.is_word(last))
        .then(|| qs[i + 1..range_end].first())
        .flatten()
        .filter(|n| token_at(t.toks, n.span.start) <= last + 2);
    if whole.is_some() {
        p.partitive = Partitive::Whole(i + 1);
    } else if let Some(n) = q.noun {
        e = e.max(token_at(t.toks, n.end));
    }
    // "four others", "two more".
    if t.is_word(e) && matches!(t.lower(e), "others" | "other" | "more") {
        p.other = true;
        p.more |= t.lower(e) == "more";
        e += 1;
    }
    if whole.is_none() && t.lower(e) == "of" && t.is_word(e) {
        match t.lower(e + 1) {
            "them" | "whom" | "which" | "those" | "these" | "us" => {
                p.partitive = Partitive::Pronoun;
                e += 2;
            }
            // "three of the victims", not "100 pensioners of the War".
            "the" | "its" | "their" | "his" | "her" | "our"
                if q.noun.is_none_or(|n| token_at(t.toks, n.start) >= e)
                    && qs[i + 1..range_end]
                        .first()
                        .is_none_or(|n| token_at(t.toks, n.span.start) > e + 2) =>
            {
                p.partitive = Partitive::Noun;
            }
            _ => {}
        }
    }
    // "two mortally", "1,165 rushing": a word of manner after a bare figure.
    if q.noun.is_none() && p.partitive == Partitive::None && t.is_word(e) {
        if syntax::is_adverb(t, e) && t.lower(e).ends_with("ly") {
            p.adverb = true;
            e += 1;
        } else if t.lower(e).ends_with("ing") && syntax::verb_at(t, e).is_some() {
            e += 1;
        }
    }
    e
}

/// The mark of the last token of `[from, to)`, read with the words that make it one ("of
/// whom", "among them", "such as").
fn last_mark(t: &Toks, from: usize, to: usize) -> Marks {
    if to <= from {
        return Marks::default();
    }
    let k = to - 1;
    let start = if k > from
        && t.is_word(k)
        && (matches!(t.lower(k), "whom" | "which" | "them" | "those")
            || (t.lower(k) == "as" && t.lower(k - 1) == "such"))
    {
        k - 1
    } else {
        k
    };
    // The last token alone: a word no mark is read as a word, not looked up for a verb (a
    // tenth of the structure's time went to that).
    marks_of(t, start, to, false).0
}

/// The most words a span may have for [`marks`] to tell its verbs from its other words:
/// the detectors ask only of spans of at most five words (`MAX_GAP_WORDS` of
/// `rules::detect::breakdown`), and reading every word of a long lead for a verb was a fifth
/// of the time `check` took.
const VERB_WORDS: usize = 5;

/// The marks of tokens `[from, to)`, and the number of words that are no marks. A span of more
/// than [`VERB_WORDS`] words is marked [`Marks::WORD`], verbs or not.
fn marks(t: &Toks, from: usize, to: usize) -> (Marks, usize) {
    marks_of(t, from, to, true)
}

/// [`marks`], telling verbs from other words only when `verbs` asks it.
fn marks_of(t: &Toks, from: usize, to: usize, verbs: bool) -> (Marks, usize) {
    let mut m = Marks::default();
    let mut words = 0;
    // The plain words' tokens (`usize::MAX` for a number), read for a verb at the end.
    let mut plain = [usize::MAX; VERB_WORDS];
    let mut k = from;
    while k < to {
        if t.is_word(k) {
            let w = t.lower(k);
            let next = if k + 1 < to { t.lower(k + 1) } else { "" };
            match w {
                "including" | "include" | "includes" | "included" => m |= Marks::INCLUDING,
                "such" if next == "as" => {
                    m |= Marks::INCLUDING;
                    k += 1;
                }
                // "among them", "among whom"; "were among six people shot" says the reverse.
                "among" | "amongst" if matches!(next, "them" | "whom" | "those" | "which") => {
                    m |= Marks::AMONG;
                    k += 1;
                }
                "of" if matches!(next, "whom" | "which" | "them" | "those") => {
                    m |= Marks::OF_WHOM;
                    k += 1;
                }
                "with" => m |= Marks::WITH,
                // "148 in the first, then 92": a sequence, not a list.
                "then" | "thereafter" | "later" => m |= Marks::CLAUSE,
                "and" | "or" if syntax::clause_starts(t, k) => m |= Marks::CLAUSE,
                "and" => m |= Marks::AND,
                "or" => m |= Marks::OR,
                "plus" => m |= Marks::PLUS,
                "as" if next == "well" => {
                    m |= Marks::PLUS;
                    k += 2;
                }
                "others" | "elsewhere" | "etc" | "rest" => m |= Marks::OPEN_TAIL,
                _ if syntax::clause_starts(t, k) => m |= Marks::CLAUSE,
                _ => {
                    if let Some(slot) = plain.get_mut(words) {
                        *slot = k;
                    }
                    words += 1;
                }
            }
        } else if t.is_num(k) {
            m |= Marks::WORD;
            if let Some(slot) = plain.get_mut(words) {
                *slot = usize::MAX;
            }
            words += 1;
        } else {
            match t.exact(k) {
                "—" | "–" | "―" => m |= Marks::DASH,
                // "--": either of its two hyphens (the second read alone as the last mark).
                "-" if t.toks[k].space_before
                    || (k + 1 < t.len() && t.is_punct(k + 1, "-"))
                    || (k > 0 && t.is_punct(k - 1, "-")) =>
                {
                    m |= Marks::DASH
                }
                ":" => m |= Marks::COLON,
                "(" | "[" => m |= Marks::OPEN,
                ")" | "]" => m |= Marks::CLOSE,
                "," => {
                    m |= Marks::COMMA;
                    // ", Stephen Fry rising nine places": a new subject and its verb.
                    if k + 1 < to
                        && t.is_word(k + 1)
                        && t.capitalized(k + 1)
                        && syntax::subject_then_verb(t, k + 1)
                    {
                        m |= Marks::CLAUSE;
                    }
                }
                ";" => m |= Marks::SEMICOLON,
                _ => {}
            }
        }
        k += 1;
    }
    if words > VERB_WORDS || (!verbs && words > 0) {
        m |= Marks::WORD;
    } else {
        for &k in &plain[..words] {
            if k != usize::MAX && syntax::verb_at(t, k).is_some() {
                m |= Marks::VERB;
            } else {
                m |= Marks::WORD;
            }
        }
    }
    (m, words)
}

/// The byte span of tokens `[a, b)`.
pub fn span_of(t: &Toks, a: usize, b: usize) -> Span {
    if a >= b || b > t.len() {
        return Span::default();
    }
    Span::new(t.toks[a].start, t.toks[b - 1].end)
}

/// True when the word at `k` is an article or "one" before a noun that is no figure: "a woman",
/// "an elephant", "a paramilitary soldier" — an item of a list counted as one.
pub fn one_item_at(t: &Toks, k: usize) -> Option<usize> {
    if !t.is_word(k) || !matches!(t.lower(k), "a" | "an" | "one" | "the" | "his" | "her") {
        return None;
    }
    let definite = !matches!(t.lower(k), "a" | "an" | "one");
    // The item's head: up to three words, none a function word or a figure.
    let mut j = k + 1;
    let mut head = None;
    while j < t.len() && j <= k + 4 {
        if t.is_punct(j, "-") && t.attached(j) {
            j += 1;
            continue;
        }
        if t.is_num(j) {
            // "a 23-year-old man": an age inside the item is no figure of its own.
            j += 1;
            continue;
        }
        if !t.is_word(j) {
            break;
        }
        let w = t.lower(j);
        if syntax::is(w, Class::Prep)
            || syntax::is(w, Class::Conj)
            || syntax::is(w, Class::Aux)
            || syntax::is(w, Class::Sub)
        {
            break;
        }
        head = Some(j);
        j += 1;
    }
    // "the pilot", "his daughter": one, when singular; "the pilots" are not.
    if definite && head.is_some_and(|h| t.lower(h).ends_with('s')) {
        return None;
    }
    head
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::extract;

    fn phrases(text: &str) -> Vec<(String, Phrase)> {
        let doc = Document::from_text("t", text);
        let qs = extract(&doc);
        let s = Structure::new(&doc, &qs);
        qs.iter()
            .zip(s.phrases)
            .map(|(q, p)| (doc.slice(q.span).to_string(), p))
            .collect()
    }

    fn phrase<'a>(got: &'a [(String, Phrase)], figure: &str) -> &'a Phrase {
        &got.iter().find(|(t, _)| t == figure).unwrap().1
    }

    #[test]
    fn leads_and_ends_of_a_breakdown() {
        let got = phrases(
            "Police arrested 14 people — 13 in Madrid and 2 in Barcelona — and closed four of its 10 offices.",
        );
        let p13 = phrase(&got, "13");
        assert!(p13.lead.has(Marks::DASH));
        let p2 = phrase(&got, "2");
        assert!(p2.lead.has(Marks::AND) && !p2.lead.has(Marks::DASH));
        assert!(p2.tail.has(Marks::DASH));
        let four = phrase(&got, "four");
        assert!(four.lead.has(Marks::CLAUSE), "{four:?}");
        assert!(four.clause > p2.clause);
        assert_eq!(four.partitive, Partitive::Whole(4));
    }

    #[test]
    fn words_that_tie_a_figure_to_a_set() {
        let got =
            phrases("Six were shot; two died and the other four were hurt, two of them badly.");
        assert!(phrase(&got, "four").other && phrase(&got, "four").definite);
        assert_eq!(phrase(&got, "two").partitive, Partitive::None);
        let got = phrases("Four men, including three bystanders, were wounded, two critically.");
        assert!(phrase(&got, "three").lead.has(Marks::INCLUDING));
        assert!(phrase(&got, "two").adverb);
        let got = phrases("Thirty-four of 42 passengers were hurt.");
        assert_eq!(phrase(&got, "Thirty-four").partitive, Partitive::Whole(1));
    }

    #[test]
    fn the_tokens_extraction_kept_read_as_tokenizing_again() {
        let text = "Fire hit 40 homes. It was cold.\n\nPolice arrested 14 people — 13 in \
                    Madrid and 2 in Barcelona. Nobody else came. Of the 14, two were freed.";
        let doc = Document::from_text("t", text);
        let (qs, read) = crate::extract::extract_read(&doc, &crate::lexicon::LEXICON.widths);
        assert_eq!(read.sentences.len(), 3, "the three sentences with figures");
        let kept = Structure::from_read(&doc, &qs, read);
        let again = Structure::new(&doc, &qs);
        assert_eq!(kept.phrases, again.phrases);
        for s in [0, 2, 4] {
            let (a, b) = (kept.toks(&doc, s).unwrap(), again.toks(&doc, s).unwrap());
            assert_eq!((a.len(), a.exact(0)), (b.len(), b.exact(0)));
        }
        assert!(kept.toks(&doc, 1).is_none() && kept.toks(&doc, 3).is_none());
    }
}
