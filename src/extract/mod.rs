//! Extraction: numerals → figures with intervals → classification → binding.
//!
//! [`extract`] turns a [`Document`] into [`Quantity`]s, in source order. Each quantity keeps the
//! byte span of its words; nothing downstream searches the text again.

mod bind;
pub(crate) use bind::lemma;
mod classify;
mod direction;
mod figure;
pub mod numeral;
pub(crate) mod singular;
pub mod structure;
pub mod syntax;
pub mod token;

pub use crate::interval::{Interval, Qualifier};

use crate::interval::Widths;
use crate::source::{Document, Span};
use serde::Serialize;
use token::Toks;

/// What a figure is (contract.md's `kind`). Only counts, percentages, money and measures are
/// quantities that checks add up; the rest are classified so that checks skip them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Count,
    Percent,
    Money,
    Measure,
    Ordinal,
    Fraction,
    Year,
    Date,
    Time,
    Age,
    Score,
    Identifier,
    Other,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Count => "count",
            Kind::Percent => "percent",
            Kind::Money => "money",
            Kind::Measure => "measure",
            Kind::Ordinal => "ordinal",
            Kind::Fraction => "fraction",
            Kind::Year => "year",
            Kind::Date => "date",
            Kind::Time => "time",
            Kind::Age => "age",
            Kind::Score => "score",
            Kind::Identifier => "identifier",
            Kind::Other => "other",
        }
    }
    /// True for the kinds that checks add up and compare.
    pub fn is_quantity(self) -> bool {
        matches!(
            self,
            Kind::Count | Kind::Percent | Kind::Money | Kind::Measure
        )
    }
}

/// Whether a figure states a change rather than a level ("rose 6.5%", "a 4.2 percent drop",
/// "cut by $2m", "down 5pc"): contract.md's `direction`. The figure's `stated` stays positive;
/// the direction carries the sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Up,
    Down,
}

impl Direction {
    pub fn name(self) -> &'static str {
        match self {
            Direction::Up => "up",
            Direction::Down => "down",
        }
    }
}

/// A figure and what it means.
#[derive(Clone, Debug, PartialEq)]
pub struct Quantity {
    /// The figure's words with qualifier and scale, without the counted noun.
    pub span: Span,
    pub kind: Kind,
    /// The values the words allow.
    pub value: Interval,
    /// The figure as written, scale applied.
    pub stated: f64,
    pub qualifier: Qualifier,
    /// Singular lemma of what is counted.
    pub counts: Option<String>,
    /// Base form of the verb of the event measured.
    pub event: Option<&'static str>,
    /// Qualifying phrases ("in Belgium").
    pub context: Vec<Span>,
    pub unit: Option<&'static str>,
    pub currency: Option<&'static str>,
    /// 0-based sentence index.
    pub sentence: usize,
    /// The span of the counted noun, when there is one.
    pub noun: Option<Span>,
    /// The value of one unit of the last significant digit as written (300 → 100, 2.5 → 0.1):
    /// what hedge and rounding widths are multiples of.
    pub precision: f64,
    /// `Some` when the figure states a change ("rose 6.5%"), `None` on a level.
    pub direction: Option<Direction>,
    /// One unit of the last digit as written, zeros counted ("$200m": a million): the least an
    /// "about" spreads, and what a rounded figure is rounded to when the data says so.
    pub written: f64,
}

/// Extracts every figure of a document, in source order, with the hedge and rounding widths
/// of `data/intervals.txt`.
pub fn extract(doc: &Document) -> Vec<Quantity> {
    extract_with(doc, &crate::lexicon::LEXICON.widths)
}

/// Extracts every figure of a document, reading "about", "nearly" and rounded figures with
/// the given widths (a newsroom's `figcheck.yaml` may set its own).
pub fn extract_with(doc: &Document, widths: &Widths) -> Vec<Quantity> {
    extract_read(doc, widths).0
}

/// As [`extract_with`], and also returns the tokens of the sentences with figures, which the
/// checks' [`structure::Structure`] reads again otherwise.
pub fn extract_read(doc: &Document, widths: &Widths) -> (Vec<Quantity>, token::Read) {
    // Sized for a news article's sentences with figures, so that the tokens rarely regrow.
    let mut read = token::Read::new(&doc.text, 1024);
    let mut figures = Vec::with_capacity(16);
    let mut out = Vec::with_capacity(doc.text.len() / 256 + 1);
    // The last count that named what it counts, by paragraph: "Six men attacked him. Two of
    // them held him" — the two count men.
    // … with its event and sentence: a bare count in the same sentence shares the event too
    // ("we have sent 1,950,513, an average of 162,542 each month").
    let mut antecedent: Option<Antecedent> = None;
    for (s, sent) in doc.sentences.iter().enumerate() {
        // Many sentences hold no digit, number word or vague word at all: skip them unread.
        let skip = !figure::may_hold_figure(&read.lower, sent.start, sent.end);
        if skip && !cfg!(debug_assertions) {
            continue;
        }
        let from = read.tokens.len();
        token::tokenize(&doc.text, sent.start, sent.end, &mut read.tokens);
        let t = Toks {
            text: &doc.text,
            lower: &read.lower,
            toks: &read.tokens[from..],
        };
        figures.clear();
        figure::find_all(&t, &mut figures);
        // Debug builds (the tests) read skipped sentences too, to prove the pre-scan exact.
        debug_assert!(
            !skip || figures.is_empty(),
            "pre-scan skipped a figure in {:?}",
            &doc.text[sent.start..sent.end]
        );
        if figures.is_empty() {
            read.tokens.truncate(from);
            continue;
        }
        let first = out.len();
        quantities_of(&t, &figures, s, widths, &mut out);
        bind::bind(&t, &figures, &mut out[first..]);
        directions(&t, &figures, &mut out[first..], widths);
        ellipsis(doc, &t, &figures, s, &mut out[first..], &mut antecedent);
        read.sentences.push((s, from, read.tokens.len()));
    }
    (out, read)
}

/// The sentence's figures as quantities, each of its kind: a list that starts as ages goes on
/// as ages, a figure joined to an age or a percentage after it is one too.
fn quantities_of(
    t: &Toks,
    figures: &[figure::Figure],
    s: usize,
    widths: &Widths,
    out: &mut Vec<Quantity>,
) {
    let first = out.len();
    for (k, f) in figures.iter().enumerate() {
        let mut kind = classify::kind(t, f);
        // "ages 13, 17 and 19": a list that starts as ages goes on as ages.
        if kind == Kind::Count
            && k > 0
            && out.last().is_some_and(|q: &Quantity| q.kind == Kind::Age)
        {
            let prev = &figures[k - 1];
            let between = prev.end..f.first;
            // Not "ages 4 and 13, two females": a figure with a noun of its own.
            let next = t.lower(f.end);
            let bare = !t.is_num(f.end)
                && (!t.is_word(f.end)
                    || matches!(next, "and" | "or")
                    || syntax::is(next, syntax::Class::Aux)
                    || !singular::noun_at(t, f.end));
            if bare
                && !between.is_empty()
                && between
                    .clone()
                    .all(|i| t.is_punct(i, ",") || t.lower(i) == "and")
            {
                kind = Kind::Age;
            }
        }
        out.push(f.to_quantity(t, kind, s, widths));
    }
    // "6 and 12-years-old", "a 12- and 16-year-old": a figure joined to an age that
    // follows it is an age too.
    for k in (0..figures.len().saturating_sub(1)).rev() {
        let (a, b) = (&figures[k], &figures[k + 1]);
        if out[first + k].kind == Kind::Count
            && out[first + k + 1].kind == Kind::Age
            && b.end > b.first
            && (a.end..b.first).all(|i| {
                t.is_punct(i, ",") || t.is_punct(i, "-") || matches!(t.lower(i), "and" | "a" | "an")
            })
            && b.first > a.end
        {
            let q = &mut out[first + k];
            q.kind = Kind::Age;
            q.value = Interval::exact(q.stated);
            q.qualifier = Qualifier::Exact;
        }
    }
    // "5 and 6 per cent", "3 or 4%": a figure joined to a percentage after it is one.
    for k in (0..figures.len().saturating_sub(1)).rev() {
        let (a, b) = (&figures[k], &figures[k + 1]);
        if out[first + k].kind == Kind::Count
            && out[first + k + 1].kind == Kind::Percent
            && b.first > a.end
            && (a.end..b.first).all(|i| matches!(t.lower(i), "and" | "or" | "to"))
        {
            let unit = out[first + k + 1].unit;
            let q = &mut out[first + k];
            q.kind = Kind::Percent;
            q.unit = unit;
        }
    }
}

/// Which of the sentence's quantities state a change (`direction`); a figure restated in
/// parentheses says what the figure before it says.
fn directions(t: &Toks, figures: &[figure::Figure], qs: &mut [Quantity], widths: &Widths) {
    let mut earlier = Vec::with_capacity(figures.len());
    // Whether the figure before is a restatement in parentheses, which the next may go on.
    let mut inside = false;
    for (k, f) in figures.iter().enumerate() {
        let q = &qs[k];
        let mut d = direction::direction(t, f, q, &earlier);
        // "fell 4% (2.7 degrees)", "more than 7.5 million crowns (US$1.1 million)", "just
        // under 296 hp (224 kW / 300 PS)": a figure restated in parentheses says what the
        // figure before it says.
        let restated = k > 0 && restates(t, &figures[k - 1], f, inside);
        inside = restated;
        if restated {
            let prev = qs[k - 1].clone();
            d = d.or(prev.direction);
            let q = &mut qs[k];
            if q.kind == prev.kind && q.qualifier == Qualifier::Exact && prev.qualifier.is_bound() {
                q.qualifier = prev.qualifier;
                q.value = prev
                    .qualifier
                    .interval_written(q.stated, q.precision, q.written, widths);
            }
        }
        qs[k].direction = d;
        earlier.push((f.end, qs[k].kind, d));
    }
}

/// Counts that name nothing after the sentence's own ellipsis: what the paragraph named
/// before, or people when the event happens to people ("4 shot", "12 killed").
fn ellipsis(
    doc: &Document,
    t: &Toks,
    figures: &[figure::Figure],
    s: usize,
    qs: &mut [Quantity],
    antecedent: &mut Option<Antecedent>,
) {
    let paragraph = doc.sentence_paragraph.get(s).copied().unwrap_or(0);
    for (k, f) in figures.iter().enumerate() {
        // "1,512 yards (1,165 rushing …)": money or a measure before a bare count ends the
        // ellipsis.
        if k > 0
            && qs[k - 1].kind.is_quantity()
            && qs[k - 1].kind != Kind::Count
            && !bind::share_aside(t, &figures[k - 1], qs[k - 1].kind)
        {
            *antecedent = None;
        }
        let q = &mut qs[k];
        if q.kind != Kind::Count {
            continue;
        }
        if q.counts.is_none() {
            // Across sentences, a subject with a verb of its own refers back only as a
            // subset ("Three men were hurt. One was shot in the leg"); "Hunters may take two
            // deer. Thousands are expected to attend" counts no deer. An object or a
            // partitive refers back ("we have sent 1,950,513").
            let subject = t.is_word(f.end)
                && (syntax::verb_at(t, f.end).is_some()
                    || crate::lexicon::LEXICON
                        .in_group(crate::lexicon::Group::Aux, t.lower(f.end)));
            // "Four, including a pig and two otters, …": the list after the figure says
            // what it counts.
            let e = f.end;
            let lists = t.is_punct(e, ",") && matches!(t.lower(e + 1), "including" | "among");
            if let Some(a) = antecedent.as_ref().filter(|a| {
                a.paragraph == paragraph && (!subject || q.stated <= a.stated) && !lists
            }) && bind::elliptic(t, f)
            {
                q.counts = Some(bind::elliptic_counts(t, f, &a.counts));
                // Not to the subject of a clause of its own ("… and two others are in
                // hospital").
                if a.sentence == s && q.event.is_none() && !bind::own_clause(t, f) {
                    q.event = a.event;
                }
            } else if bind::counts_people(q.event) {
                q.counts = Some("person".to_string());
            }
        }
        if let Some(c) = &q.counts {
            *antecedent = Some(Antecedent {
                paragraph,
                counts: c.clone(),
                stated: q.stated,
                event: q.event,
                sentence: s,
            });
        }
    }
}

/// The last count of a paragraph that named what it counts, for the bare counts after it.
struct Antecedent {
    paragraph: usize,
    counts: String,
    stated: f64,
    event: Option<&'static str>,
    sentence: usize,
}

/// The most tokens a list of restatements in parentheses runs on after one of them ("/ 300
/// PS)").
const MAX_RESTATEMENT_TAIL: usize = 8;

/// True when `f` stands in parentheses right after `prev` and its words: "$5m (£4m)", "4% (2.7
/// degrees)", "7.5 million Danish crowns (US $1.1 million)", "296 hp (224 kW / 300 PS)";
/// `inside` when `prev` is itself such a restatement, which `f` may follow in the same
/// parentheses after a slash or comma ("/ 300 PS").
fn restates(t: &Toks, prev: &figure::Figure, f: &figure::Figure, inside: bool) -> bool {
    // The parentheses close right after it, or after more restatements joined by a slash.
    let closes = t.is_punct(f.end, ")")
        || (t.is_punct(f.end, "/")
            && (f.end..t.len())
                .take(MAX_RESTATEMENT_TAIL)
                .find(|&i| t.is_punct(i, ")") || t.is_punct(i, "("))
                .is_some_and(|i| t.is_punct(i, ")")));
    if !closes {
        return false;
    }
    if inside && f.first == prev.end + 1 && (t.is_punct(prev.end, "/") || t.is_punct(prev.end, ","))
    {
        return true;
    }
    let Some(open) = (prev.end..f.first).find(|&i| t.is_punct(i, "(")) else {
        return false;
    };
    open - prev.end <= 3
        && (prev.end..open).all(|i| t.is_word(i))
        && f.first - open <= 2
        && (open + 1..f.first).all(|i| t.is_word(i))
}

#[cfg(test)]
mod tests;
