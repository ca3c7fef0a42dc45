//! Direction: whether a figure states a change ("rose 6.5%", "a 4.2 percent drop", "cut by $2m",
//! "down 5pc", "+0.3%") rather than a level ("rose to 164p", "from $200m", "at 1,478 points").
//!
//! The words come from `data/changes.txt`. A change word must stand right against the figure, or
//! with only "by" or a determiner between ("fell by 3%", "a further 2%", "an increase of 5%"):
//! "to", "from" and "at" between a change word and a figure make the figure a level.

use super::figure::Figure;
use super::token::Toks;
use super::{Direction, Kind, Quantity};
use crate::lexicon::{ChangeRole, ChangeWord, Group, LEXICON};

/// Words that may stand between a change word and its figure: "rose by 5%", "a further 2%",
/// "a record 85% dive", "an increase of 5%" (`of` only after a noun).
fn filler(w: &str) -> bool {
    matches!(
        w,
        "by" | "a"
            | "an"
            | "of"
            | "further"
            | "another"
            | "additional"
            | "extra"
            | "just"
            | "only"
            | "record"
            | "sharp"
            | "steep"
            | "modest"
            | "slight"
            | "whopping"
            | "massive"
            | "huge"
            | "big"
            | "small"
            | "mere"
            | "solid"
            | "strong"
    )
}

/// Nouns that a count of a change is counted in ("fell 357 points", "climbed three places"):
/// with these a count states a change; with any other noun it counts things ("cut 1,200 jobs").
fn change_unit(noun: &str) -> bool {
    matches!(
        noun,
        "point"
            | "basis point"
            | "percentage point"
            | "pip"
            | "notch"
            | "place"
            | "spot"
            | "position"
    )
}

/// How far back (in tokens) "by" looks for the verb whose object stands between them: "cut its
/// forecast for the year by 2%", "cutting first-quarter North American production by".
const VERB_BEFORE_BY: usize = 8;

/// The most tokens of the phrase between "an increase of" and the "of" of its figure.
const MAX_CHANGED_PHRASE: usize = 12;

/// The direction of the figure `f` (already bound, as `q`); `earlier` are the sentence's figures
/// before it with their directions, for "Tesla rose 5%, Apple by 3%".
pub fn direction(
    t: &Toks,
    f: &Figure,
    q: &Quantity,
    earlier: &[(usize, Kind, Option<Direction>)],
) -> Option<Direction> {
    if !q.kind.is_quantity() {
        return None;
    }
    // A count of things ("cut 1,200 jobs") states no change unless "by" says so ("cut by 1,200
    // jobs") or it counts points ("fell 357 points").
    let counts_things = q.kind == Kind::Count
        && q.counts.as_deref().is_some_and(|c| !change_unit(c))
        && q.noun.is_some();
    // "lost 1.1%": a verb of losing states a change only of shares and points ("lost $2m" is a
    // loss, a level).
    let share_like = q.kind == Kind::Percent
        || (q.kind == Kind::Count && q.counts.as_deref().is_some_and(change_unit));

    // "a 40 basis point improvement": the noun phrase names the change, in points.
    if q.kind == Kind::Count
        && let (Some(n), Some(c)) = (q.noun, q.counts.as_deref().and_then(|c| LEXICON.change(c)))
        && c.has(ChangeRole::Noun)
        && (f.end..t.len())
            .take_while(|&i| t.toks[i].end <= n.start)
            .any(|i| matches!(t.lower(i), "point" | "points"))
    {
        return Some(dir(c));
    }

    // "+0.3%": a plus sign glued to the digits.
    if f.first > 0 && t.is_punct(f.first - 1, "+") && t.attached(f.first) {
        return Some(Direction::Up);
    }

    // Before the figure: a change word, with fillers between.
    let mut k = f.first;
    let mut by = false;
    let mut of = false;
    let mut steps = 0;
    while k > 0 && steps < 3 && t.is_word(k - 1) && filler(t.lower(k - 1)) {
        // "added a 30 degree homer": an article right before the figure makes it a thing
        // counted or measured, not an amount of change ("rose a further 2%" has its adjective).
        if steps == 0 && matches!(t.lower(k - 1), "a" | "an") {
            break;
        }
        by |= t.lower(k - 1) == "by";
        of |= t.lower(k - 1) == "of";
        k -= 1;
        steps += 1;
    }
    // "gave up 193 points": a fall, whatever "up" says alone; "gave up 517 rushing yards"
    // counts what was conceded.
    if k > 1
        && !counts_things
        && t.lower(k - 1) == "up"
        && matches!(
            t.lower(k - 2),
            "gave" | "give" | "gives" | "giving" | "given"
        )
    {
        return Some(Direction::Down);
    }
    // "made up 35% of the trains", "add up to": "up" of a verb of making up or totalling is
    // no rise.
    if k > 1
        && t.lower(k - 1) == "up"
        && (matches!(t.lower(k - 2), "make" | "makes" | "made" | "making")
            || LEXICON.in_group(crate::lexicon::Group::UpToVerb, t.lower(k - 2)))
    {
        return None;
    }
    if k > 0
        && t.is_word(k - 1)
        && let Some(c) = LEXICON.change(t.lower(k - 1))
    {
        let fits = if of {
            // "an increase of 5%", "a fall of 3 points".
            c.has(ChangeRole::Noun)
        } else {
            c.has(ChangeRole::Verb)
                || c.has(ChangeRole::Adverb)
                || (c.has(ChangeRole::Change) && share_like)
        };
        if fits && (!counts_things || by) {
            return Some(dir(c));
        }
    }

    // A change noun, its phrase, then "of" and the figure.
    if !counts_things && let Some(d) = change_noun_of(t, f) {
        return Some(d);
    }

    // "96 fewer than a year earlier", "$5m more than last year", "two fewer seats than in
    // 2019": a difference from a level named after "than".
    // Not a multiple: "10 times more powerful than".
    if let Some(d) = difference_than(t, f, q) {
        return Some(d);
    }

    // After the figure (and its unit or points): "a 4.2 percent drop", "5% higher".
    if !counts_things && let Some(d) = change_after(t, f, q) {
        return Some(d);
    }

    change_by(t, f, q, earlier)
}

/// A change stated with "by" before the figure: the verb before its object ("cut costs by
/// $2m", "revised upward by 40 billion"), or the direction of the figure before when "by"
/// goes on from it ("Shares of A were down 2.3%, B by 2.6%").
fn change_by(
    t: &Toks,
    f: &Figure,
    q: &Quantity,
    earlier: &[(usize, Kind, Option<Direction>)],
) -> Option<Direction> {
    if f.first > 0 && t.lower(f.first - 1) == "by" {
        // "cut costs by $2m", "revised upward by 40 billion": the verb before its object.
        if let Some(k) = change_before_by(t, f.first - 1, |c, w| {
            c.has(ChangeRole::Verb) || (c.has(ChangeRole::Adverb) && w != "up")
        }) {
            return LEXICON.change(t.lower(k)).map(dir);
        }
        // "Shares of A were down 2.3%, B by 2.6%": "by" goes on from the figure before.
        if let Some(&(end, kind, Some(d))) = earlier.last()
            && kind == q.kind
            && end < f.first
            && f.first - 1 - end <= 8
            && (end..f.first - 1).any(|i| t.is_punct(i, ",") || t.lower(i) == "and")
        {
            return Some(d);
        }
    }
    None
}

/// A difference from a level named after "than": "96 fewer than a year earlier", "$5m more
/// than last year"; not a multiple ("10 times more powerful than").
fn difference_than(t: &Toks, f: &Figure, q: &Quantity) -> Option<Direction> {
    if t.is_word(f.end)
        && matches!(t.lower(f.end), "more" | "fewer" | "less")
        && !matches!(q.unit, Some("times" | "fold"))
    {
        let than = (f.end + 1..t.len().min(f.end + 4))
            .take_while(|&i| t.is_word(i))
            .find(|&i| t.lower(i) == "than");
        if than.is_some() {
            return Some(if t.lower(f.end) == "more" {
                Direction::Up
            } else {
                Direction::Down
            });
        }
    }
    None
}

/// A change word after the figure, past its unit or points: "a 4.2 percent drop", "5%
/// higher", "a 60 basis point improvement".
fn change_after(t: &Toks, f: &Figure, q: &Quantity) -> Option<Direction> {
    let mut a = f.end;
    if q.kind == Kind::Count
        && let Some(n) = q.noun
    {
        // Past the points the figure counts in: "a 60 basis point improvement".
        while a < t.len() && t.toks[a].start < n.end {
            a += 1;
        }
    }
    if t.is_punct(a, "-") && t.attached(a) {
        a += 1;
    }
    if t.is_word(a)
        && let Some(c) = LEXICON.change(t.lower(a))
        && (c.has(ChangeRole::Noun) || (c.has(ChangeRole::Adverb) && q.kind != Kind::Count))
        // "5% up to": a hedge of the next figure, not a direction.
        && !(c.has(ChangeRole::Adverb) && t.lower(a + 1) == "to")
        // "311 square miles off Morro Bay", "two years off", "two miles down the road": after
        // a measure, a word of `measure-away`, or a change adverb before a place or a noun
        // phrase, says where.
        && !(q.kind == Kind::Measure
            && (LEXICON.in_group(Group::MeasureAway, t.lower(a))
                || (c.has(ChangeRole::Adverb) && place_after(t, a + 1))))
    {
        return Some(dir(c));
    }
    None
}

/// True when a place's name or a determined noun phrase starts at `k` ("Morro Bay", "the
/// road"): what a word of place before it locates.
fn place_after(t: &Toks, k: usize) -> bool {
    t.is_word(k) && (t.capitalized(k) || LEXICON.in_group(Group::Determiner, t.lower(k)))
}

/// A change noun before the figure, with its phrase and "of" between: "an increase in the
/// average rate of 15 per cent", "a drop in sales of 5%" (an "in" phrase), "an increase of
/// revenue for the first year under the tariff of 1846 of more than $8,500,000" (an "of"
/// phrase of words alone).
fn change_noun_of(t: &Toks, f: &Figure) -> Option<Direction> {
    // "an increase in the average rate of 15 per cent", "a drop in sales of 5%": a change
    // noun, its "in" phrase, then "of" and the figure.
    if f.first >= 3 && t.is_word(f.first - 1) && t.lower(f.first - 1) == "of" {
        let mut m = f.first - 1;
        let mut words = 0;
        while m > 1 && words < 4 && t.is_word(m - 1) && t.lower(m - 1) != "in" {
            m -= 1;
            words += 1;
        }
        // "an increase in seven years of 63%": a time, not the thing changed.
        let timed = (m..f.first - 1).any(|x| {
            super::numeral::read(t, x).is_some()
                || matches!(
                    t.lower(x),
                    "year"
                        | "years"
                        | "month"
                        | "months"
                        | "week"
                        | "weeks"
                        | "day"
                        | "days"
                        | "decade"
                        | "decades"
                        | "quarter"
                        | "quarters"
                        | "period"
                )
        });
        if words > 0
            && !timed
            && m > 1
            && t.is_word(m - 1)
            && t.lower(m - 1) == "in"
            && t.is_word(m - 2)
            && let Some(c) = LEXICON.change(t.lower(m - 2))
            && c.has(ChangeRole::Noun)
        {
            return Some(dir(c));
        }
    }

    // "an increase of revenue for the first year under the tariff of 1846 of more than
    // $8,500,000": a change noun, its "of" phrase of words alone (a year may name it), then
    // "of" and the figure.
    // Not a level left with its "from" dropped: "an increase of net cash of $207,756,100,
    // November 1, 1897, to $300,238,275".
    let level_after = || {
        (f.end..t.len().min(f.end + MAX_CHANGED_PHRASE))
            .any(|i| t.is_word(i) && t.lower(i) == "to" && (t.is_num(i + 1) || t.is_num(i + 2)))
    };
    if f.first >= 3 && t.is_word(f.first - 1) && t.lower(f.first - 1) == "of" && !level_after() {
        let mut m = f.first - 1;
        while m > 1 && f.first - 1 - m < MAX_CHANGED_PHRASE && (t.is_word(m - 1) || t.is_num(m - 1))
        {
            let w = t.lower(m - 1);
            if w == "of"
                && t.is_word(m.saturating_sub(2))
                && LEXICON
                    .change(t.lower(m - 2))
                    .is_some_and(|c| c.has(ChangeRole::Noun))
                && m < f.first - 1
            {
                let c = LEXICON.change(t.lower(m - 2))?;
                return Some(dir(c));
            }
            // "the reduction of postage to the rate of 2 cents": a level after "to".
            if crate::extract::syntax::verb_at(t, m - 1).is_some()
                || matches!(
                    w,
                    "and" | "or" | "but" | "than" | "which" | "that" | "to" | "from" | "at"
                )
            {
                break;
            }
            m -= 1;
        }
    }
    None
}

/// The token of the change word before the "by" at token `by`, its object between: "cut costs
/// by", "cutting first-quarter North American production by". Only words (and hyphens inside
/// them) stand between, not "to", "from", "at" or a conjunction; `fits` says which change
/// words count.
pub(super) fn change_before_by(
    t: &Toks,
    by: usize,
    fits: impl Fn(ChangeWord, &str) -> bool,
) -> Option<usize> {
    (by.saturating_sub(VERB_BEFORE_BY)..by)
        .rev()
        .take_while(|&k| {
            (t.is_word(k) && !matches!(t.lower(k), "to" | "from" | "at" | "and" | "or" | "but"))
                || t.is_punct(k, "-")
        })
        .find(|&k| {
            LEXICON
                .change(t.lower(k))
                .is_some_and(|c| fits(c, t.lower(k)))
        })
}

fn dir(c: ChangeWord) -> Direction {
    if c.up { Direction::Up } else { Direction::Down }
}
