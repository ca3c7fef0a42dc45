//! Repeated figures: two figures in different sentences that count the same thing for the same
//! event in the same place ("13 arrested in Belgium" … "14 arrested in Belgium") must agree; so
//! must two precise amounts that differ only in their last digits ("$1,030,278,148" …
//! "$1,030,278,030"), or whose digits are one figure's with two swapped (`transposed`).

use crate::extract::syntax::{self, Class};
use crate::extract::{Kind, Qualifier, Quantity};
use crate::rules::kinds::same;
use crate::rules::operand::Operand;
use crate::rules::operand::Reading;
use crate::rules::{Ctx, Finding, Rule};
use rustc_hash::FxHashMap;

mod agent;
mod condition;
mod transposed;

/// What makes two figures the same figure: kind, what is counted, the event, where, and the
/// unit or currency. Figures without a noun, an event or a context are never grouped: without
/// all three the match is a guess.
fn key(q: &Quantity) -> Option<String> {
    if !q.kind.is_quantity() || q.context.is_empty() {
        return None;
    }
    let counts = q.counts.as_deref()?;
    let event = q.event?;
    Some(format!(
        "{}|{counts}|{event}|{}|{}",
        q.kind.name(),
        q.unit.unwrap_or(""),
        q.currency.unwrap_or("")
    ))
}

/// A figure's context phrases as one lower-case string of words.
fn context(ctx: &Ctx, q: &Quantity) -> String {
    let words: Vec<String> = q
        .context
        .iter()
        .map(|c| ctx.doc.words(*c).to_lowercase())
        .collect();
    words.join(" ")
}

/// The fewest words a context must have to match a longer one it ends ("across the city
/// overnight" and "in shootings across the city overnight"): a short one ("in Texas") names
/// too little.
const MIN_SUFFIX_WORDS: usize = 3;

/// True when two contexts name one place and time: the same words, or the longer adds words
/// before all of the shorter's.
fn same_context(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    short == long
        || (short.split(' ').count() >= MIN_SUFFIX_WORDS
            && long.ends_with(short)
            && long[..long.len() - short.len()].ends_with(' '))
}

/// How many paragraphs apart two mentions of one figure may stand and still be one story's.
const MAX_PARAGRAPHS_APART: usize = 15;

pub fn run(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let mut keyed: FxHashMap<String, Vec<usize>> = FxHashMap::default();
    for (i, q) in ctx.qs.iter().enumerate() {
        if let Some(k) = key(q) {
            keyed.entry(k).or_default().push(i);
        }
    }
    // Within a key, figures join the group of the first earlier figure whose context is the
    // same as theirs.
    let mut groups: Vec<Vec<usize>> = Vec::new();
    for members in keyed.into_values().filter(|g| g.len() > 1) {
        let contexts: Vec<String> = members.iter().map(|&i| context(ctx, &ctx.qs[i])).collect();
        let mut of: Vec<usize> = Vec::with_capacity(members.len());
        let mut local: Vec<Vec<usize>> = Vec::new();
        for (n, &i) in members.iter().enumerate() {
            match (0..n).find(|&m| same_context(&contexts[m], &contexts[n])) {
                Some(m) => {
                    let g = of[m];
                    local[g].push(i);
                    of.push(g);
                }
                None => {
                    of.push(local.len());
                    local.push(vec![i]);
                }
            }
        }
        groups.extend(local.into_iter().filter(|g| g.len() > 1));
    }
    groups.sort();
    // A page of many stories (a press office's feed, a list of briefs) repeats its places and
    // events from story to story: mentions far apart are read as separate stories.
    let groups: Vec<Vec<usize>> = groups
        .into_iter()
        .flat_map(|g| {
            let mut runs: Vec<Vec<usize>> = Vec::new();
            for i in g {
                let p = ctx.paragraph(ctx.qs[i].sentence);
                match runs.last_mut() {
                    Some(run)
                        if p <= ctx.paragraph(ctx.qs[*run.last().unwrap_or(&i)].sentence)
                            + MAX_PARAGRAPHS_APART =>
                    {
                        run.push(i)
                    }
                    _ => runs.push(vec![i]),
                }
            }
            runs
        })
        .filter(|g| g.len() > 1)
        .collect();
    for g in groups {
        // Figures in one sentence are a list or a comparison, not a repetition.
        let mut mentions: Vec<Operand> = Vec::new();
        // The group is in document order, so a sentence's figures are next to each other.
        for &i in &g {
            if mentions
                .last()
                .is_none_or(|m| m.sentence != ctx.qs[i].sentence)
            {
                mentions.push(ctx.operand(i));
            }
        }
        // Values ten times apart count over different periods or wholes ("133m messages on New
        // Year's Eve", "30bn messages in 2005"), not one figure misreported.
        let (lo, hi) = mentions.iter().fold((f64::INFINITY, 0f64), |(lo, hi), m| {
            (lo.min(m.stated.abs()), hi.max(m.stated.abs()))
        });
        if lo > 0.0 && hi / lo >= 10.0 {
            continue;
        }
        if mentions.len() > 1 {
            same::findings(rule, ctx, &mentions, out);
        }
    }
    near_repeats(rule, ctx, out);
    transposed::run(rule, ctx, out);
    agent::run(rule, ctx, out);
    condition::run(rule, ctx, out);
    restated_with_those(rule, ctx, out);
    restated_with_that(rule, ctx, out);
    spelled_and_in_digits(rule, ctx, out);
}

/// "located five (5) gunshot victims": a figure in words with its digits in parentheses
/// right after it is written twice, and the two must agree.
fn spelled_and_in_digits(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    for k in 1..qs.len() {
        let (a, b) = (&qs[k - 1], &qs[k]);
        if a.sentence != b.sentence || a.kind != Kind::Count || b.kind != Kind::Count {
            continue;
        }
        let words = doc.slice(a.span);
        let digits = doc.slice(b.span);
        let between = doc.text.get(a.span.end..b.span.start).unwrap_or("");
        let closes = doc
            .text
            .get(b.span.end..)
            .is_some_and(|rest| rest.trim_start().starts_with(')'));
        if between.trim() != "("
            || !closes
            || !words
                .chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == ' ')
            || !digits.chars().all(|c| c.is_ascii_digit() || c == ',')
        {
            continue;
        }
        same::findings(rule, ctx, &[ctx.operand(k - 1), ctx.operand(k)], out);
    }
}

/// How many sentences back "those 5,000 switches" may point.
const THOSE_SENTENCES: usize = 2;

/// How many figures of those sentences, the nearest first, a figure after "those" or "that"
/// is read against: sentences of hundreds of figures are a table, not prose.
const MAX_POINTED_BACK: usize = 16;

/// "But 5,000 of the switches were used to fix newer cars. GM does not know which cars got
/// those 5,000 switches": a count after "these" or "those" restates a count of the same
/// things a few sentences before in its paragraph, and must be one of them.
fn restated_with_those(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    let st = ctx.structure();
    // A plain count with its noun after it: not "an 838-page report".
    let plain = |q: &Quantity| {
        q.kind == Kind::Count
            && q.qualifier == Qualifier::Exact
            && q.direction.is_none()
            && q.noun
                .is_some_and(|n| !doc.text[q.span.end.min(n.start)..n.start].contains(['-', '‑']))
    };
    for b in 0..qs.len() {
        let q = &qs[b];
        let (Some(noun), Some(_)) = (q.counts.as_deref(), q.noun) else {
            continue;
        };
        let first = st.phrases[b].first;
        let those = st.toks(doc, q.sentence).is_some_and(|t| {
            first > 0 && t.is_word(first - 1) && matches!(t.lower(first - 1), "these" | "those")
        });
        if !those || !plain(q) {
            continue;
        }
        let s = q.sentence;
        // The counts of the same things before, whatever their hedge ("Some 43 of our 50
        // States … those 43 States"): from the sentence before back (a long sentence's own
        // figures are not read), the nearest few.
        let earlier: Vec<usize> = (0..qs.partition_point(|q| q.sentence < s))
            .rev()
            .take_while(|&a| qs[a].sentence + THOSE_SENTENCES >= s)
            .take(MAX_POINTED_BACK)
            .filter(|&a| {
                qs[a].sentence < s
                    && ctx.paragraph(qs[a].sentence) == ctx.paragraph(s)
                    && qs[a].kind == Kind::Count
                    && qs[a].counts.as_deref() == Some(noun)
            })
            .collect();
        // Counts added to members told without one ("two more parks … these three parks")
        // leave the set uncounted.
        if earlier
            .iter()
            .any(|&a| st.phrases[a].more || st.phrases[a].other)
        {
            continue;
        }
        let Some(&last) = earlier.iter().find(|&&a| plain(&qs[a])) else {
            continue;
        };
        // "down payments for the other five sales … these six deals": the set may be the sum
        // of counts before.
        let values: Vec<_> = earlier.iter().map(|&a| qs[a].value).collect();
        if super::some_sum_reads_as(&q.value, &values) {
            continue;
        }
        same::findings(rule, ctx, &[ctx.operand(last), ctx.operand(b)], out);
    }
}

/// "He puts it at 2%. That 2% includes bishops": an amount or a share after a demonstrative
/// ("that", "this", "these", "those") points back to one told in the sentences just before,
/// and must be one of them. "That" opens the sentence or follows a preposition ("for that
/// $200"): after a verb it opens a clause ("said that 2% of …"); after "of" the word is a
/// pronoun ("of these $401,504,900 were continued" tells a part). An amount that names its
/// thing ("this $156 million contract") points at one that names the same. Only when the
/// sentences before give amounts (or shares) at all, none of them reads as it and no sum of
/// them does: the figure pointed at may be told in words.
fn restated_with_that(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let (doc, qs) = (ctx.doc, ctx.qs);
    let st = ctx.structure();
    let heads = super::tally::headline_figures(ctx);
    let alike = |a: &Quantity, b: &Quantity| {
        a.kind == b.kind && a.currency == b.currency && a.direction.is_none()
    };
    for b in heads..qs.len() {
        let q = &qs[b];
        if !matches!(q.kind, Kind::Money | Kind::Percent)
            || q.qualifier != Qualifier::Exact
            || q.direction.is_some()
        {
            continue;
        }
        let first = st.phrases[b].first;
        let pointed = st.toks(doc, q.sentence).is_some_and(|t| {
            first > 0
                && t.is_word(first - 1)
                // "of these $401,504,900 were continued": after "of" the word is a pronoun,
                // and the figure a part of what it names.
                && !(first > 1 && t.lower(first - 2) == "of")
                && match t.lower(first - 1) {
                    "this" | "these" | "those" => true,
                    "that" => {
                        first == 1 || (first > 1 && syntax::is(t.lower(first - 2), Class::Prep))
                    }
                    _ => false,
                }
        });
        if !pointed {
            continue;
        }
        let s = q.sentence;
        // "this $156 million contract" points at a contract, not at "a $70 million settlement".
        let noun = |k: usize| {
            if qs[k].kind != Kind::Money {
                return None;
            }
            let t = st.toks(doc, qs[k].sentence)?;
            super::headline::amount_noun(&t, st.phrases[k].last)
                .and_then(|n| n.rsplit(' ').next().map(str::to_owned))
        };
        let own = noun(b);
        let earlier: Vec<usize> = (heads..qs.partition_point(|q| q.sentence < s).max(heads))
            .rev()
            .take_while(|&a| qs[a].sentence + THOSE_SENTENCES >= s)
            .take(MAX_POINTED_BACK)
            .filter(|&a| {
                qs[a].sentence < s && alike(&qs[a], q) && (own.is_none() || noun(a) == own)
            })
            .collect();
        let Some(&last) = earlier.first() else {
            continue;
        };
        let values: Vec<_> = earlier.iter().map(|&a| qs[a].value).collect();
        if super::some_sum_reads_as(&q.value, &values) {
            continue;
        }
        same::findings(rule, ctx, &[ctx.operand(last), ctx.operand(b)], out);
    }
}

/// The fewest significant digits before the decimal point of an amount precise enough that
/// another amount this close to it is the same one misprinted.
const MIN_PRECISE_DIGITS: usize = 7;

/// How close two precise amounts must be, relative to the larger, to be one amount.
const NEAR: f64 = 1e-4;

/// Precise amounts written twice with other digits: "exports … amounting to $1,030,278,148" …
/// "the total exports being $1,030,278,030". Two amounts of seven digits or more that agree
/// to within a ten-thousandth are one figure: different amounts so close are rarer than a
/// misprint. Only when no reading (rounding, cents dropped) reconciles them.
fn near_repeats(rule: &Rule, ctx: &Ctx, out: &mut Vec<Finding>) {
    let qs = ctx.qs;
    let precise: Vec<usize> = (0..qs.len())
        .filter(|&i| {
            let q = &qs[i];
            q.kind == Kind::Money
                && q.qualifier == Qualifier::Exact
                && q.direction.is_none()
                && ctx
                    .doc
                    .slice(q.span)
                    .split('.')
                    .next()
                    .is_some_and(|whole| {
                        // Significant digits: "$4,000,100" has five.
                        let digits = || whole.bytes().filter(u8::is_ascii_digit);
                        let leading = digits().take_while(|&d| d == b'0').count();
                        let trailing = digits().rev().take_while(|&d| d == b'0').count();
                        let significant = digits().count().saturating_sub(leading + trailing);
                        whole.contains(',') && significant >= MIN_PRECISE_DIGITS
                    })
        })
        .collect();
    // The amounts by currency and value, each value once with its figures in document order
    // (the sort is stable): an amount's near values are its neighbours there, so a document of
    // thousands of amounts (or of one amount thousands of times) costs no more than its sort.
    let mut sorted = precise;
    sorted.sort_by(|&x, &y| {
        qs[x]
            .currency
            .cmp(&qs[y].currency)
            .then(qs[x].stated.total_cmp(&qs[y].stated))
    });
    let values: Vec<&[usize]> = sorted
        .chunk_by(|&x, &y| qs[x].currency == qs[y].currency && qs[x].stated == qs[y].stated)
        .collect();
    for (g, value) in values.iter().enumerate() {
        let b = &qs[value[0]];
        let near = |v: &&&[usize]| {
            let a = &qs[v[0]];
            a.currency == b.currency
                && (a.stated - b.stated).abs() <= NEAR * a.stated.abs().max(b.stated.abs())
        };
        // "$64,751,223" for "$64,751,223.75": the cents dropped, not a misprint.
        let neighbours: Vec<&[usize]> = values[..g]
            .iter()
            .rev()
            .take_while(near)
            .chain(values[g + 1..].iter().take_while(near))
            .filter(|v| (qs[v[0]].stated - b.stated).abs() >= 1.0)
            .copied()
            .collect();
        for &j in value.iter().filter(|_| !neighbours.is_empty()) {
            // The first figure before it, in document order, of a near value whose reading
            // differs.
            let first = neighbours
                .iter()
                .filter_map(|v| {
                    v.iter().copied().take_while(|&i| i < j).find(|&i| {
                        qs[i].sentence != qs[j].sentence
                            && !ctx
                                .operand(i)
                                .reading(Reading::Loose)
                                .overlaps(&ctx.operand(j).reading(Reading::Loose))
                    })
                })
                .min();
            if let Some(i) = first {
                same::findings(rule, ctx, &[ctx.operand(i), ctx.operand(j)], out);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::detect::acceptance::default_findings as run;

    #[test]
    fn a_figure_in_words_and_in_digits() {
        let sound = "Officers located five (5) gunshot victims and twenty-two (22) shell casings.";
        assert!(run(sound).is_empty(), "{:?}", run(sound));
        let got = run(&sound.replace("(5)", "(6)"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].starts_with("warning repeated-figure"), "{got:?}");
        // A number in parentheses after a word figure that is no restatement.
        let other = "Five officers (2 of them off duty) answered the call.";
        assert!(run(other).is_empty(), "{:?}", run(other));
    }

    #[test]
    fn a_count_restated_with_those() {
        let text = |n: &str| {
            format!(
                "GM sold 95,000 switches to dealers. But 5,000 of the switches went into newer cars. GM does not know which cars got those {n} switches."
            )
        };
        assert!(run(&text("5,000")).is_empty(), "{:?}", run(&text("5,000")));
        let got = run(&text("6,000"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning repeated-figure the same figure is reported as 6000 here and as 5000"
            ),
            "{got:?}"
        );
        for text in [
            // The set is the sum of counts before.
            "One sale was made in 2018. Payments for two sales came in May and for three sales in June. These six sales were stopped.",
            // Counts added to members told without one.
            "Congress provided for two more parks. The cost of these three parks is $900,000.",
            // A hedged count before gives it.
            "Some 43 of our 50 States have the line-item veto. California is one of those 43 States.",
            // A compound adjective counts no things.
            "The panel wrote an 838-page report. The White House kept those 28 pages secret.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn an_amount_or_a_share_restated_with_that() {
        let share = |n: &str| {
            format!(
                "The bishop puts the share at 2%, from his aides' figures. That {n}% includes priests."
            )
        };
        assert!(run(&share("2")).is_empty(), "{:?}", run(&share("2")));
        let got = run(&share("4"));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning repeated-figure the same figure is reported as 4% here and as 2%"
            ),
            "{got:?}"
        );
        let amount = |n: &str| {
            format!(
                "Rents could reach $200 a month by 2030. For that ${n} a family gets two rooms."
            )
        };
        assert!(run(&amount("200")).is_empty(), "{:?}", run(&amount("200")));
        assert_eq!(run(&amount("300")).len(), 1, "{:?}", run(&amount("300")));
        for text in [
            // "that" after a verb opens a clause.
            "Sales rose 5% last year. The firm said that 7% of its shops closed.",
            // After "of" the demonstrative is a pronoun and the figure a part.
            "The bonds came to $439,841,350. Of these $401,504,900 were continued.",
            // The contract pointed at is told too far back; the amounts between are others.
            "The agency gave a firm a $156 million contract. It paid $255,000 for meals. She wants a $70 million settlement. Nobody thought it could fill this $156 million contract.",
            // No amount before: the one pointed at was told in words.
            "The bill was paid in full. That $200 covered the repairs.",
        ] {
            assert!(run(text).is_empty(), "{text}: {:?}", run(text));
        }
    }

    #[test]
    fn a_context_that_ends_the_other() {
        // "across the city overnight" and "in shootings across the city overnight" are one.
        let text = |n: &str| {
            format!(
                "Eight other people were wounded across the city overnight.\n\nThe party was loud.\n\n{n} others were wounded in shootings across the city overnight."
            )
        };
        assert_eq!(run(&text("Nine")).len(), 1, "{:?}", run(&text("Nine")));
        assert!(run(&text("Eight")).is_empty());
        // A short context names too little: "in Texas" is not "in shootings in Texas".
        assert!(
            run("Eight people were wounded in Texas.\n\nNine people were wounded in shootings in Texas.")
                .is_empty()
        );
        // Other places before the same words.
        assert!(
            run("Eight people were wounded in Leeds across the city overnight.\n\nNine people were wounded in York across the city overnight.")
                .is_empty()
        );
    }

    #[test]
    fn a_figure_repeated_with_another_value() {
        let got = run(
            "Police said 13 people were arrested in Belgium. Later it emerged that 14 people were arrested in Belgium.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with(
                "warning repeated-figure the same figure is reported as 14 here and as 13 at 1:13"
            ),
            "{got:?}"
        );
        assert!(run("Police said 13 people were arrested in Belgium. Later it emerged that 13 people were arrested in Belgium.").is_empty());
    }

    #[test]
    fn precise_amounts_that_differ_in_their_last_digits() {
        let text = "Exports reached $1,030,278,148 in the year. Later the report gives the total exports as $1,030,278,030.";
        let got = run(text);
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].starts_with("warning repeated-figure the same figure is reported as $1,030,278,030 here and as $1,030,278,148"),
            "{got:?}"
        );
        // The same amount with its cents dropped, and two amounts far enough apart to be two.
        assert!(
            run(
                "The claim brought $64,751,223 in all. The report gives the sum of $64,751,223.75."
            )
            .is_empty()
        );
        assert!(
            run("Exports reached $1,030,278,148 in 1892. In 1891 they were $1,029,912,004.")
                .is_empty()
        );
        // Round amounts are no precise ones.
        assert!(run("The fund held $4,000,000 in May. It held $4,000,100 in June.").is_empty());
    }

    #[test]
    fn different_places_events_or_sentences_are_not_repetitions() {
        assert!(run("Police said 13 people were arrested in Belgium. Later 4 people were arrested in France.").is_empty());
        assert!(run("Police said 13 people were arrested in Belgium. Later 4 people were killed in Belgium.").is_empty());
        assert!(run("In 2014, 13 people were arrested in Belgium and 20 people were arrested in Belgium in 2015.").is_empty());
        // Stories far apart on one page.
        let far = format!(
            "Police said 13 people were arrested in Belgium.\n\n{}Police said 14 people were arrested in Belgium.",
            "Another story.\n\n".repeat(20)
        );
        assert!(run(&far).is_empty());
    }
}
