//! Classification: is a figure a count, a percentage, money, a measure, or one of the figures
//! that checks must skip (years, dates, times, ages, scores, identifiers, idioms)?

use super::Kind;
use super::figure::{Figure, RangeSep};
use super::numeral::Form;
use super::token::Toks;
use crate::lexicon::{Group, LEXICON};

mod age;
mod identifiers;

use age::*;
use identifiers::*;

pub fn kind(t: &Toks, f: &Figure) -> Kind {
    let lx = &*LEXICON;
    let n = &f.num;
    let before = f.first.checked_sub(1);
    let prev = before.map_or("", |b| t.lower(b));

    if n.dotted || (n.leading_zero && f.percent.is_none()) {
        return Kind::Identifier;
    }
    if f.colon {
        return Kind::Time;
    }
    if let Some(kind) = decade_or_rank(t, f, prev) {
        return kind;
    }
    // "aged 34", "ages 5 to 16", "between the ages of 4 and 16", "5 years old".
    let age_of =
        prev == "of" && f.first >= 2 && lx.in_group(Group::AgeBefore, t.lower(f.first - 2));
    if f.year_old
        || lx.in_group(Group::AgeBefore, prev)
        || age_of
        || years_old_after(t, f)
        || after_age_superlative(t, f)
        || death_at_age(t, f)
    {
        return Kind::Age;
    }
    if f.slash {
        return slash_kind(f, LEXICON.in_group(Group::DateBefore, prev));
    }
    if let Some(kind) = range_kind(t, f) {
        return kind;
    }
    if f.percent.is_some() {
        return Kind::Percent;
    }
    if f.currency.is_some() {
        return Kind::Money;
    }
    match n.form {
        Form::Ordinal => {
            return if next_to_month(t, f) {
                Kind::Date
            } else {
                Kind::Ordinal
            };
        }
        Form::Fraction => return Kind::Fraction,
        Form::Cardinal => {}
    }
    if next_to_month(t, f)
        && !n.words
        && n.value >= 1.0
        && n.value <= 31.0
        && n.value.fract() == 0.0
    {
        return Kind::Date;
    }
    if next_is_time_word(t, f) {
        return Kind::Time;
    }
    if is_year_figure(t, f) {
        return Kind::Year;
    }
    if is_identifier(t, f) || names_after(t, f) || model_number(t, f) {
        return Kind::Identifier;
    }
    // "a 7-time winner", "a two-term senator": how often, as an adjective.
    if is_idiom(t, f)
        || (t.is_punct(f.end, "-")
            && t.attached(f.end)
            && matches!(t.lower(f.end + 1), "time" | "times" | "term" | "fold"))
    {
        return Kind::Other;
    }
    if is_age_apposition(t, f) || is_age_list(t, f) || is_age_complement(t, f) || age_reached(t, f)
    {
        return Kind::Age;
    }
    if f.unit.is_some() {
        return Kind::Measure;
    }
    Kind::Count
}

/// A figure that is no count by the words right before it: a decade ("the 1960s"), a rank's
/// class ("a top 10 finish", "the bottom three"), the exception of "all but one".
fn decade_or_rank(t: &Toks, f: &Figure, prev: &str) -> Option<Kind> {
    let n = &f.num;
    // "the '90s", "the 1960s": a decade.
    let plural_s = f.end > f.first
        && t.lower(f.end - 1) == "s"
        && t.attached(f.end - 1)
        && t.is_num(f.end - 2);
    let decade_before = matches!(prev, "'" | "’" | "the" | "early" | "late" | "mid")
        || (f.first > 0
            && t.is_punct(f.first - 1, "-")
            && t.lower(f.first.saturating_sub(2)) == "mid");
    // "a man in his 20s", "in their early 30s", "in her mid-40s": a decade of someone's life.
    let grade = if matches!(prev, "early" | "late" | "mid") {
        1
    } else if decade_before && prev == "-" {
        2
    } else {
        0
    };
    // The owner's lookup last: most figures are no plural of tens.
    let owner = || {
        f.first
            .checked_sub(1 + grade)
            .is_some_and(|o| t.is_word(o) && LEXICON.in_group(Group::LifeOwner, t.lower(o)))
    };
    if !n.words
        && f.hi.is_none()
        && plural_s
        && (10.0..=90.0).contains(&n.value)
        && n.value % 10.0 == 0.0
        && owner()
    {
        return Some(Kind::Age);
    }
    if !n.words && f.hi.is_none() && plural_s && n.value % 10.0 == 0.0 && decade_before {
        return Some(Kind::Year);
    }
    // "the top five hit", "a top 10 finish", "the bottom three": a rank's class, not a count of
    // the noun.
    if matches!(prev, "top" | "bottom")
        && t.is_word(f.end)
        && crate::extract::singular::singular(t.lower(f.end)).is_some_and(|w| w == t.lower(f.end))
        && crate::wordnet::is_noun(t.lower(f.end))
    {
        return Some(Kind::Other);
    }
    // "all but one of the boys died": the figure is the exception, not a count of what
    // happened.
    if f.first >= 2 && matches!(prev, "but" | "except") && t.lower(f.first - 2) == "all" {
        return Some(Kind::Other);
    }
    // "slipped into the bottom three", "finished in the top 10.": the rank's class, with no
    // noun counted after it.
    if matches!(prev, "top" | "bottom")
        && f.first >= 2
        && t.lower(f.first - 2) == "the"
        && !(t.is_word(f.end) && {
            let w = t.lower(f.end);
            crate::wordnet::is_noun(&super::lemma(w)) || crate::wordnet::is_noun(w)
        })
    {
        return Some(Kind::Other);
    }
    None
}

/// The kind of a pair of figures: years ("1990-95", "between 1600 and 1900"), a phone number,
/// a score ("24-18", or in a score's context).
fn range_kind(t: &Toks, f: &Figure) -> Option<Kind> {
    let n = &f.num;
    if let Some(hi) = &f.hi
        && f.sep == Some(RangeSep::Dash)
        && !n.words
        && !hi.words
    {
        let descending = n.value >= hi.value;
        let years = is_year(n.value) && (is_year(hi.value) || t.exact(hi.first).len() == 2);
        if years && !f.grouped && t.exact(n.first).len() == 4 {
            return Some(Kind::Year);
        }
        if is_phone(t, f) {
            return Some(Kind::Identifier);
        }
        if descending || score_context(t, f) {
            return Some(Kind::Score);
        }
    }
    if let Some(hi) = &f.hi
        && matches!(f.sep, Some(RangeSep::And | RangeSep::To))
        && is_year_range(t, f, hi)
    {
        // "between 1600 and 1900", "from 2014 to 2017".
        return Some(Kind::Year);
    }
    None
}

/// Two four-digit years joined by "and" or "to", with nothing they count after them
/// ("between 1990 and 2000 people" counts people).
fn is_year_range(t: &Toks, f: &Figure, hi: &super::numeral::Numeral) -> bool {
    let four = |n: &super::numeral::Numeral| {
        !n.words && n.end == n.first + 1 && t.exact(n.first).len() == 4 && is_year(n.value)
    };
    four(&f.num)
        && four(hi)
        && f.currency.is_none()
        && f.percent.is_none()
        && f.unit.is_none()
        && !plural_noun_at(t, f.end)
}

/// A lower-case plural noun at token `i` ("2015 people"), roughly: the word a year cannot have
/// after it.
fn plural_noun_at(t: &Toks, i: usize) -> bool {
    // "the 2010 Lexus" names a model year: a capitalised word is no counted noun.
    t.is_word(i) && !t.capitalized(i) && {
        let w = t.lower(i);
        (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !LEXICON.in_group(Group::Stop, w))
            || LEXICON.in_group(Group::Plural, w)
    }
}

fn is_year(v: f64) -> bool {
    v.fract() == 0.0 && (1000.0..=2100.0).contains(&v)
}

/// "5/10/2015", "on 3/15" are dates; "2/10", "3/4", "3/15" fractions; "24/7" neither.
fn slash_kind(f: &Figure, date_before: bool) -> Kind {
    let Some(hi) = &f.hi else { return Kind::Other };
    let (a, b) = (f.num.value, hi.value);
    let full_date = hi.end > hi.first + 1;
    // "9/11" is the date, not nine elevenths.
    let nine_eleven = a == 9.0 && b == 11.0;
    if a == 24.0 && b == 7.0 {
        return Kind::Other; // "24/7"
    }
    if a < b && !(full_date || date_before || nine_eleven) {
        return Kind::Fraction;
    }
    if (1.0..=31.0).contains(&a) && (1.0..=31.0).contains(&b) && (a <= 12.0 || b <= 12.0) {
        return Kind::Date;
    }
    Kind::Other
}

/// "555-1234", "020-7946-0000": digit groups of phone numbers.
fn is_phone(t: &Toks, f: &Figure) -> bool {
    let Some(hi) = &f.hi else { return false };
    let a = t.exact(f.num.first).len();
    let b = t.exact(hi.first).len();
    (a >= 3 && b >= 4 && hi.end == hi.first + 1) || f.grouped
}

/// Words such as "won", "beat", "victory" within a few tokens of "24-18".
fn score_context(t: &Toks, f: &Figure) -> bool {
    let lo = f.first.saturating_sub(4);
    let hi = (f.end + 3).min(t.len());
    (lo..hi)
        .any(|i| (i < f.first || i >= f.end) && LEXICON.in_group(Group::ScoreContext, t.lower(i)))
}

/// A month name right before or after the number ("Jan. 5", "5 January", "5th of May").
fn next_to_month(t: &Toks, f: &Figure) -> bool {
    let month_at = |i: usize| t.is_word(i) && t.capitalized(i) && LEXICON.is_month(t.lower(i));
    let mut b = f.first;
    if b > 0 && t.is_punct(b - 1, ".") {
        b -= 1;
    }
    (b > 0 && month_at(b - 1)) || month_at(f.end) || (t.lower(f.end) == "of" && month_at(f.end + 1))
}

fn next_is_time_word(t: &Toks, f: &Figure) -> bool {
    let w = t.lower(f.end);
    (!f.num.words || LEXICON.in_group(Group::ClockAfter, w))
        && LEXICON.in_group(Group::TimeAfter, w)
        && f.num.value <= 24.0
}

/// A four-digit number read as a year: "in 2015", "2015's", "the 1990s", a year at the end of a
/// clause. "2015 people" and "£2015" are not years.
fn is_year_figure(t: &Toks, f: &Figure) -> bool {
    let n = &f.num;
    // Four digits, nothing else ("1,999" has a separator, so it is no year). A year word before
    // it lets the year run to 2200 ("by 2120").
    let prev = f.first.checked_sub(1).map_or("", |b| t.lower(b));
    let far_year =
        LEXICON.in_group(Group::YearBefore, prev) && (2100.0..=2200.0).contains(&n.value);
    if n.words
        || n.end != n.first + 1
        || t.exact(n.first).len() != 4
        || !(is_year(n.value) || far_year)
    {
        return false;
    }
    if f.qualifier != super::Qualifier::Exact
        || f.currency.is_some()
        || f.percent.is_some()
        || f.unit.is_some()
    {
        return false;
    }
    if f.decade {
        return true; // the 1990s
    }
    let prev = f.first.checked_sub(1).map_or("", |b| t.lower(b));
    if LEXICON.in_group(Group::YearBefore, prev) || LEXICON.is_month(prev) {
        return true;
    }
    // "June 27, 1890", "the 1st day of July, 1884", "March, 1884": the year of a date.
    if prev == "," && f.first >= 2 {
        let b = f.first - 2;
        let month = |i: usize| t.is_word(i) && LEXICON.is_month(t.lower(i));
        if month(b) || (t.is_num(b) && b >= 1 && month(b - 1)) {
            return true;
        }
    }
    // Followed by a noun it counts ("2015 people"); otherwise a bare four-digit number between
    // 1900 and 2100 is a year, and so is one before a plural it dates ("the 2007 elections").
    (1900.0..=2100.0).contains(&n.value) && (!plural_noun_at(t, f.end) || dated_plural(t, f))
}

/// True when the plural after a year-like figure is one a year dates: a word of `year-noun`
/// ("its 2004 results"), or an event's noun after a determiner or a possessive ("the 1972
/// killings", "the party's 2020 debates"; not "police made 2015 arrests").
fn dated_plural(t: &Toks, f: &Figure) -> bool {
    let w = t.lower(f.end);
    if LEXICON.in_group(Group::YearNoun, w) {
        return true;
    }
    // A possessive "'s" glued to its word, or set apart, ends right before the figure.
    let possessive = |k: Option<usize>| k.is_some_and(|k| t.possessive_end(k) == Some(f.first));
    let determined = f
        .first
        .checked_sub(1)
        .is_some_and(|b| LEXICON.in_group(Group::Determiner, t.lower(b)))
        || possessive(f.first.checked_sub(1))
        || possessive(f.first.checked_sub(3));
    determined && LEXICON.event(w).is_some_and(|e| e.noun)
}

/// After "one of": a set counted or named ("the six", "them", "its two members", "the
/// victims"), not a superlative ("the best", "the most", "the world's largest", "many").
fn partitive_of_a_set(t: &Toks, k: usize) -> bool {
    if matches!(t.lower(k), "them" | "whom" | "those" | "these" | "us") {
        return true;
    }
    // "one of Camden's charges": a name's possessive determines as "the" does.
    let k = match t.possessive_end(k) {
        Some(j) if t.capitalized(k) => j - 1,
        _ if LEXICON.in_group(Group::Determiner, t.lower(k)) => k,
        // "One of shooters among men killed": a headline drops the article before a plural.
        _ if headline_plural(t, k) => return true,
        _ => return false,
    };
    let superlative = |w: &str| {
        (w.len() > 4
            && w.ends_with("est")
            && !matches!(
                w,
                "interest"
                    | "request"
                    | "protest"
                    | "contest"
                    | "suggest"
                    | "arrest"
                    | "forest"
                    | "guest"
                    | "west"
                    | "chest"
                    | "quest"
                    | "harvest"
                    | "inquest"
            ))
            || matches!(
                w,
                "most"
                    | "best"
                    | "worst"
                    | "least"
                    | "few"
                    | "many"
                    | "first"
                    | "last"
                    | "top"
                    | "only"
                    | "greatest"
                    | "biggest"
                    | "largest"
                    | "leading"
                    | "main"
                    | "key"
                    | "major"
            )
    };
    for j in k + 1..(k + 4).min(t.len()) {
        if t.is_num(j) || super::numeral::number_word(t, j).is_some() {
            return true;
        }
        if !t.is_word(j) {
            // "the world's largest": past a possessive.
            if t.is_punct(j, "'") || t.is_punct(j, "’") {
                continue;
            }
            return false;
        }
        let w = t.lower(j);
        if superlative(w) {
            return false;
        }
        if w.ends_with('s') && w.len() > 3 && !w.ends_with("ss") {
            return true; // "the victims"
        }
        // "one of the men", "one of the children": a plural of its own form.
        if !w.ends_with('s') && LEXICON.irregular_singular(w).is_some_and(|s| s != w) {
            return true;
        }
    }
    false
}
