//! Stated shares: "12 of 17, or 70%", "12 out of 17 (71%)": the share must be part / whole.

use super::{end_with_noun, gap, sentences};
use crate::extract::syntax::{self, Class};
use crate::extract::{Interval, Kind, Qualifier, Quantity};
use crate::lexicon::{Group, LEXICON};
use crate::rules::kinds::ratio;
use crate::rules::operand::{Operand, Verdict};
use crate::rules::words::WORDS;
use crate::rules::{Ctx, Finding, Rule};

mod after_part;

use after_part::after_part;

/// True when the words after a whole open its share: ", or", "(", or a short phrase the binder
/// left unread and then one of those ("members (", "in Pakistan, or").
fn opens_share(gap: &str) -> bool {
    if WORDS.is("share-open", gap) {
        return true;
    }
    let words: Vec<&str> = gap.split(' ').collect();
    (1..=3).any(|k| {
        if k > words.len() {
            return false;
        }
        // A comma ends the phrase's last word: "pakistan," then "or".
        let (last, comma) = match words[k - 1].strip_suffix(',') {
            Some(w) => (w, true),
            None => (words[k - 1], false),
        };
        let rest = words[k..].join(" ");
        let rest = match (comma, rest.is_empty()) {
            (true, true) => ",".to_string(),
            (true, false) => format!(", {rest}"),
            (false, _) => rest,
        };
        !rest.is_empty()
            && words[..k - 1]
                .iter()
                .chain([&last])
                .all(|w| !w.is_empty() && w.chars().all(char::is_alphabetic))
            && WORDS.is("share-open", &rest)
    })
}

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    for range in sentences(qs) {
        // "12 out of 17 (71%)": the extractor reads "12 out of 17" as one fraction.
        for i in range.start..range.end.saturating_sub(1) {
            let (frac, share) = (&qs[i], &qs[i + 1]);
            if frac.kind == Kind::Fraction
                && share.kind == Kind::Percent
                && share.unit.is_none()
                // Only "12 of 17" and "12 out of 17": "nearly half" is a hedged word, not a
                // computation to check.
                && frac.qualifier == Qualifier::Exact
                && ctx.doc.words(frac.span).chars().any(|c| c.is_ascii_digit())
                && ctx.doc.words(frac.span).contains(" of ")
                && opens_share(&gap(ctx, end_with_noun(frac), share.span.start))
            {
                let value = Interval::exact(frac.stated * 100.0);
                let s = ctx.operand(i + 1);
                out.extend(ratio::finding_of_fraction(rule, ctx, frac.span, value, &s));
            }
        }
        for i in range.start..range.end.saturating_sub(2) {
            let (part, whole, share) = (&qs[i], &qs[i + 1], &qs[i + 2]);
            let countable = |k: Kind| matches!(k, Kind::Count | Kind::Money | Kind::Measure);
            if !(countable(part.kind)
                && part.kind == whole.kind
                && share.kind == Kind::Percent
                && share.unit.is_none()
                && whole.qualifier != Qualifier::Vague
                && part.qualifier != Qualifier::Vague)
            {
                continue;
            }
            // "12 of 17": nothing but "of" between the part and the whole (the part may have a
            // noun: "12 votes out of 17"; in "262 of 860 pilots" the noun it counts is the
            // whole's, after it).
            let part_end = Some(end_with_noun(part))
                .filter(|&e| e <= whole.span.start)
                .unwrap_or(part.span.end);
            if !WORDS.is("share-of", &gap(ctx, part_end, whole.span.start)) {
                continue;
            }
            if !opens_share(&gap(ctx, end_with_noun(whole), share.span.start)) {
                continue;
            }
            // "Three of four patients—73%—": a ratio said in words rounds the share it states.
            let in_words =
                |q: &Quantity| !ctx.doc.words(q.span).contains(|c: char| c.is_ascii_digit());
            if in_words(part) && in_words(whole) {
                continue;
            }
            let (p, w, s) = (ctx.operand(i), ctx.operand(i + 1), ctx.operand(i + 2));
            out.extend(ratio::finding(rule, ctx, &p, &w, &s));
        }
    }
    after_part(rule, ctx, out);
    share_restated(rule, ctx, out);
    named_after_share(rule, ctx, out);
}

/// How many words before a figure its name is read over ("the value of the agricultural
/// products $793,717,676").
const NAME_WORDS: usize = 6;

/// "Agricultural products constituted 78.1 per cent of our unprecedented exports for the fiscal
/// year …, the total exports being $1,030,278,030 and the value of the agricultural products
/// $793,717,676": a share stated first (its part named before a verb of making up, its whole
/// after "of"), then the whole and the part given by name later in the sentence: the one
/// figure named "total" with a word of the whole, and the one named with the part's last
/// word. A warning: only the names link them.
fn named_after_share(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (qs, st) = (ctx.qs, ctx.structure());
    for (i, share) in qs.iter().enumerate() {
        if share.kind != Kind::Percent || share.unit.is_some() || share.direction.is_some() {
            continue;
        }
        let Some(t) = st.toks(ctx.doc, share.sentence) else {
            continue;
        };
        let first = st.phrases[i].first;
        // The part: words right before a verb of making up, from the sentence's start.
        let Some(v) = (1..=2).find(|&n| {
            first >= n && {
                let words: Vec<&str> = (first - n..first).map(|x| t.lower(x)).collect();
                (first - n..first).all(|x| t.is_word(x)) && WORDS.is("share-verb", &words.join(" "))
            }
        }) else {
            continue;
        };
        let verb = first - v;
        if verb == 0 || !(0..verb).all(|x| t.is_word(x)) || (0..verb).any(|x| t.is_num(x)) {
            continue;
        }
        let part_word = t.lower(verb - 1);
        // The whole: "of" and its words up to a mark.
        let after = st.phrases[i].last;
        if !(t.is_word(after) && t.lower(after) == "of") {
            continue;
        }
        let whole_words: Vec<&str> = (after + 1..t.len())
            .take_while(|&x| t.is_word(x))
            .take(NAME_WORDS)
            .map(|x| t.lower(x))
            .filter(|w| !LEXICON.in_group(Group::Stop, w) && !syntax::is(w, Class::Det))
            .collect();
        // The figures after the share, each named by the words right before it.
        let name = |k: usize| -> Vec<&str> {
            let ft = t.toks.partition_point(|x| x.start < qs[k].span.start);
            (ft.saturating_sub(NAME_WORDS)..ft)
                .rev()
                .take_while(|&x| t.is_word(x))
                .map(|x| t.lower(x))
                .collect()
        };
        let later: Vec<usize> = (i + 1..qs.len())
            .take_while(|&k| qs[k].sentence == share.sentence)
            .filter(|&k| countable(&qs[k]))
            .collect();
        let wholes: Vec<usize> = later
            .iter()
            .copied()
            .filter(|&k| {
                let n = name(k);
                n.contains(&"total") && n.iter().any(|w| whole_words.contains(w))
            })
            .collect();
        let parts: Vec<usize> = later
            .iter()
            .copied()
            .filter(|&k| {
                let n = name(k);
                !n.contains(&"total") && n.contains(&part_word)
            })
            .collect();
        let ([w], [p]) = (&wholes[..], &parts[..]) else {
            continue;
        };
        if !alike(&qs[*p], &qs[*w]) || qs[*p].stated >= qs[*w].stated {
            continue;
        }
        let (po, wo, so) = (ctx.operand(*p), ctx.operand(*w), ctx.operand(i));
        out.extend(ratio::finding(rule, ctx, &po, &wo, &so).map(|mut f| {
            f.soften();
            f
        }));
    }
}

/// The set a figure is of, named right after it in lower-case words up to its plural noun:
/// "commercial pilots" after "262 of 860" or (with `of`) after "30% of". Two words at least: a
/// bare "people" or "voters" names sets that differ from clause to clause.
fn set_after(text: &str, end: usize, of: bool) -> Option<Vec<&str>> {
    let mut words = text.get(end..)?.split_whitespace();
    let mut next = words.next()?;
    if of {
        if next != "of" {
            return None;
        }
        next = words.next()?;
        if next == "all" || LEXICON.in_group(Group::Determiner, next) {
            next = words.next()?;
        }
    }
    let mut set = Vec::new();
    for word in std::iter::once(next).chain(words).take(MAX_SET_WORDS) {
        // "commercial pilots," ends the set at its mark.
        let w = word.trim_end_matches(|c: char| c.is_ascii_punctuation() && c != '-');
        if w.is_empty() || !w.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            return None;
        }
        set.push(w);
        if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
            return (set.len() >= 2).then_some(set);
        }
        if w.len() < word.len() {
            return None;
        }
    }
    None
}

/// The most words of a set named after a figure.
const MAX_SET_WORDS: usize = 4;

/// "More than 30% of commercial pilots in Pakistan are not qualified … 262 of 860 commercial
/// pilots in Pakistan have no flying experience": a share of a set, and in another sentence of
/// the paragraph a part of a whole of the set named in the same words. The share must be the
/// part over the whole; a warning, as only the set's name links them.
fn share_restated(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let text = &ctx.doc.text;
    let shares: Vec<(usize, Vec<&str>)> = qs
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            q.kind == Kind::Percent
                && q.unit.is_none()
                && q.direction.is_none()
                && q.qualifier != Qualifier::Vague
        })
        .filter_map(|(i, q)| set_after(text, q.span.end, true).map(|set| (i, set)))
        .collect();
    if shares.is_empty() {
        return;
    }
    for i in 0..qs.len().saturating_sub(1) {
        let (part, whole) = (&qs[i], &qs[i + 1]);
        let plain = |q: &Quantity| {
            q.kind == Kind::Count && q.qualifier == Qualifier::Exact && q.direction.is_none()
        };
        if !plain(part)
            || !plain(whole)
            || part.sentence != whole.sentence
            || whole.stated <= 0.0
            || part.stated > whole.stated
            // "262 of 860 commercial pilots": the part's noun is the whole's.
            || !WORDS.is("share-of", &gap(ctx, part.span.end, whole.span.start))
        {
            continue;
        }
        let Some(set) = set_after(text, whole.span.end, false) else {
            continue;
        };
        for (s, named) in &shares {
            let s_sentence = qs[*s].sentence;
            if s_sentence == part.sentence
                || ctx.paragraph(s_sentence) != ctx.paragraph(part.sentence)
                || *named != set
            {
                continue;
            }
            let (p, w, sh) = (ctx.operand(i), ctx.operand(i + 1), ctx.operand(*s));
            out.extend(ratio::finding(rule, ctx, &p, &w, &sh).map(|mut f| {
                f.soften();
                f
            }));
        }
    }
}

/// "paid $1.94 million in taxes on income of $13.7 million, for an effective tax rate of
/// 14.1%": a rate after exactly two figures of one measure, the smaller paid "on" or "of" the
/// larger, is the one over the other. A warning, as the words do not say which figures the
/// rate divides; returns true when the share was read so.
fn rate_of(
    rule: &Rule,
    ctx: &Ctx,
    t: &crate::extract::token::Toks,
    i: usize,
    first: usize,
    out: &mut Vec<Finding>,
) -> bool {
    let qs = ctx.qs;
    if first < 2 || t.lower(first - 1) != "of" || t.lower(first - 2) != "rate" {
        return false;
    }
    if rate_with_count(rule, ctx, t, i, first, out) {
        return true;
    }
    let before: Vec<usize> = (0..i)
        .rev()
        .take_while(|&k| qs[k].sentence == qs[i].sentence)
        .filter(|&k| qs[k].kind.is_quantity())
        .collect();
    let [b, a] = before[..] else {
        return false;
    };
    if !countable(&qs[a]) || !countable(&qs[b]) || !alike(&qs[a], &qs[b]) {
        return false;
    }
    if qs[a].stated >= qs[b].stated {
        return false;
    }
    let (at, bt) = (
        t.toks.partition_point(|x| x.start < qs[a].span.end),
        t.toks.partition_point(|x| x.start < qs[b].span.start),
    );
    let between = at..bt;
    let on = between
        .clone()
        .any(|x| t.is_word(x) && matches!(t.lower(x), "on" | "of"));
    let compared = between.clone().any(|x| {
        t.is_word(x)
            && (LEXICON.change(t.lower(x)).is_some()
                || matches!(t.lower(x), "from" | "to" | "than" | "and" | "or"))
    });
    if !on || compared || bt - at > 12 {
        return false;
    }
    let (p, w, s) = (ctx.operand(a), ctx.operand(b), ctx.operand(i));
    read_share(
        rule,
        ctx,
        (&p, &w, &s),
        "a rate read as the first figure over the second",
        out,
    );
    true
}

/// A share whose part or whole the words do not name, read as `note` says: only a share no
/// reading fits is worth a word, and only a warning.
fn read_share(
    rule: &Rule,
    ctx: &Ctx,
    (p, w, s): (&Operand, &Operand, &Operand),
    note: &str,
    out: &mut Vec<Finding>,
) {
    let hard = ratio::judge_ratio(ctx.doc, p, w, s, &rule.tolerance)
        .is_some_and(|(v, _)| v == Verdict::Hard);
    if hard && let Some(mut f) = ratio::finding(rule, ctx, p, w, s) {
        f.soften();
        f.message.push_str(&format!(" ({note})"));
        out.push(f);
    }
}

/// "closed 54 cases with a conviction rate of 81 percent (44 convictions)": the count in
/// parentheses right after a rate names what the rate's own noun counts ("conviction"), and
/// the rate is it over the nearest larger count of the sentence before the rate. A warning,
/// as the words do not name the whole; returns true when the share was read so.
fn rate_with_count(
    rule: &Rule,
    ctx: &Ctx,
    t: &crate::extract::token::Toks,
    i: usize,
    first: usize,
    out: &mut Vec<Finding>,
) -> bool {
    let qs = ctx.qs;
    let Some(part) = qs.get(i + 1).filter(|q| q.sentence == qs[i].sentence) else {
        return false;
    };
    let after = t.toks.partition_point(|x| x.start < qs[i].span.end);
    let at = t.toks.partition_point(|x| x.start < part.span.start);
    // The rate's noun: "conviction rate", "a 64% turnout rate" has none before "rate".
    let noun =
        (first >= 3 && t.is_word(first - 3)).then(|| crate::extract::lemma(t.lower(first - 3)));
    if !t.is_punct(after, "(")
        || at != after + 1
        || !countable(part)
        || part.kind != Kind::Count
        || noun.is_none()
        || part.counts.as_deref() != noun.as_deref()
    {
        return false;
    }
    let whole = (0..i)
        .rev()
        .take_while(|&k| qs[k].sentence == qs[i].sentence)
        .find(|&k| countable(&qs[k]) && qs[k].kind == Kind::Count && qs[k].stated > part.stated);
    let Some(w) = whole else {
        return false;
    };
    let (p, w, s) = (ctx.operand(i + 1), ctx.operand(w), ctx.operand(i));
    read_share(
        rule,
        ctx,
        (&p, &w, &s),
        "a rate read as its count over the count before it",
        out,
    );
    true
}

/// A figure a share may be of: a count, a sum of money or a measure, read plainly.
fn countable(q: &Quantity) -> bool {
    matches!(q.kind, Kind::Count | Kind::Money | Kind::Measure)
        && q.qualifier != Qualifier::Vague
        && q.direction.is_none()
        && q.stated > 0.0
}

/// Two figures a share may divide: of one kind, in one unit or currency.
fn alike(a: &Quantity, b: &Quantity) -> bool {
    a.kind == b.kind && a.unit == b.unit && a.currency == b.currency
}

#[cfg(test)]
mod tests;
