//! Figures that name rather than count: identifiers, model numbers, names after a figure,
//! idioms ("one of a kind"), headline plurals.

use super::*;

/// "Route 66", "Article 50", "G8", "Windows 10", "No. 10", "the One Show".
pub(super) fn is_identifier(t: &Toks, f: &Figure) -> bool {
    let n = &f.num;
    if f.unknown_suffix {
        return true;
    }
    // One capital letter glued behind by a hyphen: "3-D printed guns", "a 10-K filing".
    if !n.words
        && t.joins(f.end)
        && t.is_word(f.end + 1)
        && matches!(t.exact(f.end + 1).as_bytes(), [c] if c.is_ascii_uppercase())
    {
        return true;
    }
    let Some(b) = f.first.checked_sub(1) else {
        return false;
    };
    // Letters glued to the front of the digits: "G8", "F-16", "COVID-19", "A4".
    if !n.words && t.attached(f.first) {
        if t.is_word(b) {
            return true;
        }
        if t.is_punct(b, "-") && b > 0 && t.is_word(b - 1) && t.attached(b) && t.capitalized(b - 1)
        {
            return true;
        }
        if t.is_punct(b, "#") || t.is_punct(b, "+") {
            return true;
        }
    }
    // "Image 7 of 32", "Page 3 of 10": the length of the sequence a named item is placed in.
    if !n.words
        && b >= 2
        && t.is_word(b)
        && t.lower(b) == "of"
        && t.is_num(b - 1)
        && t.is_word(b - 2)
        && LEXICON.is_identifier_word(t.lower(b - 2), false)
    {
        return true;
    }
    // "No. 10": the abbreviation's dot stands between.
    let dot = t.is_punct(b, ".") && b > 0;
    let w = if dot { b - 1 } else { b };
    if !t.is_word(w) {
        return false;
    }
    let lower = t.lower(w);
    // Not "Of this number 244": a determiner that points back makes "number" a quantity's.
    let pointing = !dot
        && w > 0
        && t.is_word(w - 1)
        && matches!(
            t.lower(w - 1),
            "this" | "that" | "which" | "whole" | "total"
        );
    // Nor a figure with a scale: "net users number 100m" (no item is named "100m").
    if LEXICON.is_identifier_word(lower, dot)
        && f.qualifier == crate::extract::Qualifier::Exact
        && !n.words
        && !pointing
        && n.scale <= 1.0
    {
        return true;
    }
    // A capitalised word right before a number names it: "Route 66", "Apollo 11", "BBC One",
    // "iPhone 11"; not when the number has a unit of its own ("Tylenol 500mg", "MacBook Pro 16
    // inch"). "No 10" is "No." without its dot.
    let sentence_initial = w == 0 || (w == 1 && !t.is_word(0));
    if t.exact(w) == "No" && !dot && !n.words {
        return true;
    }
    // "Trump's 62,979,636": digits grouped in thousands after a possessive are its owner's
    // quantity, not a name ("Standard & Poor's 500" is one).
    let owned = (lower.ends_with("'s") || lower.ends_with("’s"))
        && !n.words
        && (n.first..n.end).any(|k| t.is_punct(k, ","));
    let named = (t.capitalized(w) || inner_capital(t.exact(w))) && !owned;
    if named
        && (!sentence_initial || inner_capital(t.exact(w)))
        && f.qualifier == crate::extract::Qualifier::Exact
        && f.currency.is_none()
        && f.unit.is_none()
        && f.percent.is_none()
        && !LEXICON.is_month(lower)
        && !LEXICON.in_group(Group::Stop, lower)
        && lower != "i"
        // Last: it asks WordNet.
        && !crate::extract::syntax::title_case_verb(lower)
    {
        return true;
    }
    // "One" with a capital in mid-sentence is a name ("the One Show").
    n.words
        && n.end == n.first + 1
        && t.lower(n.first) == "one"
        && t.capitalized(n.first)
        && !sentence_start(t, f.first)
}

/// "iPhone", "eBay": a capital after the first letter names a product or a company.
pub(super) fn inner_capital(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_lowercase) && chars.any(char::is_uppercase)
}

/// What stands after a number that makes it part of an address or a model name: "the 5200
/// block", "10 Downing Street", "9 E 71st St", "the 90049 ZIP code", "the 787 Dreamliner".
pub(super) fn names_after(t: &Toks, f: &Figure) -> bool {
    let n = &f.num;
    if n.words || f.unit.is_some() || f.currency.is_some() || f.percent.is_some() {
        return false;
    }
    let mut j = f.end;
    // Up to three capitalised words, initials or ordinals before the street word.
    for _ in 0..4 {
        if !t.is_word(j) && !t.is_num(j) {
            return false;
        }
        let w = t.lower(j);
        if t.is_word(j)
            && LEXICON.in_group(Group::IdentifierAfter, w)
            && (t.capitalized(j) || matches!(w, "block" | "zip" | "postcode"))
            // "block" names an address only in the singular and lower case: "two blocks".
            && (w != "block" || j == f.end)
        {
            return true;
        }
        let namelike = (t.is_word(j) && t.capitalized(j)) || (t.is_num(j) && t.attached(j + 1));
        if !namelike {
            return false;
        }
        j += 1;
        if t.is_word(j) && t.attached(j) && t.is_num(j - 1) {
            j += 1; // "71st"
        } else if t.is_punct(j, ".") && t.attached(j) && t.exact(j - 1).len() == 1 {
            j += 1; // "6727 S. Lois Ave.": an initial's dot
        }
    }
    false
}

/// "the 787 Dreamliner", "two new 737 Max jets": three or four digits with a capitalised word
/// after them in mid-sentence that is no plural ("500 Americans" counts Americans); or fewer
/// digits before a word of `model-after` ("11 Pro Max", "the BMW 1 Series").
pub(super) fn model_number(t: &Toks, f: &Figure) -> bool {
    let n = &f.num;
    // One bare group of digits before a capitalised word: most figures stop here, before the
    // lexicon is asked anything.
    if n.words
        || n.end != n.first + 1
        || t.exact(n.first).len() > 4
        || f.qualifier != crate::extract::Qualifier::Exact
        || f.unit.is_some()
        || f.currency.is_some()
        || f.percent.is_some()
        || !(t.is_word(f.end) && t.capitalized(f.end))
    {
        return false;
    }
    let after = t.lower(f.end);
    let model_word = LEXICON.in_group(Group::ModelAfter, after) && {
        // Not "2 Pro-Russian rebels" (a prefix glued to a word), nor "14 Max jets", "3 Pro
        // Players": a plural noun after the model's words is what the figure counts.
        let mut j = f.end;
        while t.is_word(j) && LEXICON.in_group(Group::ModelAfter, t.lower(j)) {
            j += 1;
        }
        !(plural_noun(t, j) || (t.is_punct(f.end + 1, "-") && t.attached(f.end + 1)))
    };
    (model_word || (t.exact(n.first).len() >= 3 && !after.ends_with('s')))
        && !LEXICON.is_month(after)
        // "Closing 200 More US Stores": a headline's "More" or "Other" is no model's name.
        && !LEXICON.in_group(Group::Skip, after)
        && !LEXICON.in_group(Group::Stop, after)
        // "Jet Shot Down, 298 Aboard": a preposition names nothing.
        && !crate::extract::syntax::is(after, crate::extract::syntax::Class::Prep)
        && !sentence_start(t, f.first)
        // "499 Chinese gold miners": a people's name counts its people (but "Pro" of "11 Pro
        // Max" names the model). Last: it asks WordNet.
        && (model_word
            || !crate::wordnet::classes(after).contains(crate::wordnet::NounClass::Person))
}

/// True when token `j` is a plural noun ("jets", "Players").
fn plural_noun(t: &Toks, j: usize) -> bool {
    let w = t.lower(j);
    t.is_word(j)
        && w.ends_with('s')
        && crate::extract::singular::singular(w)
            .is_some_and(|s| s != w && crate::wordnet::is_noun(&s))
}

pub(super) fn sentence_start(t: &Toks, i: usize) -> bool {
    (0..i).all(|k| !t.is_word(k) && !t.is_num(k))
}

/// "one of the best", "one another", "no one", "someone", "the one who".
pub(super) fn is_idiom(t: &Toks, f: &Figure) -> bool {
    let n = &f.num;
    if !(n.words && n.end == n.first + 1 && t.lower(n.first) == "one") {
        return false;
    }
    if f.qualifier != crate::extract::Qualifier::Exact {
        return false;
    }
    let next = t.lower(f.end);
    let prev = f.first.checked_sub(1).map_or("", |b| t.lower(b));
    // "one of the six", "one of them", "one of its two members" count one of a set; "one of the
    // best", "one of the world's largest" are idioms.
    if next == "of" && partitive_of_a_set(t, f.end + 1) {
        return matches!(prev, "no" | "any" | "every" | "each");
    }
    LEXICON.in_group(Group::IdiomAfter, next)
        || matches!(
            prev,
            "no" | "the" | "any" | "every" | "each" | "this" | "that" | "which" | "same"
        )
        || (t.is_punct(f.end, "-") && t.attached(f.end))
        || t.kind(f.end)
            .is_none_or(|k| k != crate::extract::token::TokKind::Word)
}

/// True when token `k` is a plain plural noun in a headline's words, all capitalised or set in
/// title case, where "the" is dropped: "One of Shooters", "One of shooters among men killed".
pub(super) fn headline_plural(t: &Toks, k: usize) -> bool {
    let w = t.lower(k);
    let title = (0..t.len())
        .filter(|&j| t.is_word(j) && t.lower(j).len() > 3)
        .all(|j| t.capitalized(j));
    // A headline has no full stop; a line of prose names its set with an article.
    let unstopped = !(0..t.len()).any(|j| t.is_punct(j, "."));
    (title || unstopped && t.len() <= 12)
        && t.is_word(k)
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && crate::wordnet::is_noun(&w[..w.len() - 1])
        && !matches!(
            w,
            "those" | "these" | "its" | "his" | "hers" | "ours" | "yours" | "theirs"
        )
}
