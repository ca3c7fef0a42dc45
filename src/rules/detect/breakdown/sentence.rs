//! One sentence's breakdown: a total, its opener and its parts, judged as a sum.

use super::*;

/// Checks the breakdown of the total `i`, if it has one; returns its figure parts.
pub(super) fn breakdown(
    rule: &Rule,
    ctx: &Ctx,
    t: &Toks,
    i: usize,
    end: usize,
    is_part: bool,
    out: &mut Vec<Finding>,
) -> Option<Vec<usize>> {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let total = &qs[i];
    if !may_be_total(ctx, i) {
        return None;
    }
    let bare = total.kind == Kind::Count && total.counts.is_none();
    // The first part: the next figure of the same measure in the same clause.
    let j = (i + 1..end).find(|&j| qs[j].kind.is_quantity())?;
    if !part_measure(&qs[j], total)
        || ph[j].clause != ph[i].clause && !ph[j].lead.has(Marks::OF_WHOM)
    {
        return None;
    }
    let (opener, of_whom_first) = list_opener(t, ph, i, j)?;
    if bare && !matches!(opener, Opener::Delimited | Opener::Subset) {
        return None;
    }
    if compared(t, ph[j].first) {
        return None;
    }
    if other_tally(&qs[j], total) {
        return None;
    }
    if matches!(opener, Opener::Apposition | Opener::With)
        && !apposition_holds(ctx, t, (i, j), opener, is_part)
    {
        return None;
    }
    // A verb after the mark opens a statement, not a list ("12 died, police said 10 were …").
    if opener == Opener::Apposition && ph[j].lead_words > 0 && last_mark_then_verb(t, ph, i, j) {
        return None;
    }
    // "with four other students": others besides the total, not a part of it.
    if !(fits(ctx.doc, &qs[j], total) || borrowed_noun(ph, total, j, opener))
        || ph[j].other
        || (ph[j].partitive == Partitive::Pronoun && !of_whom_first)
    {
        return None;
    }
    if opener == Opener::Apposition && parallel_places(ctx, i, j) {
        return None;
    }
    if not_a_total(ctx, i) {
        return None;
    }
    // A list opened by its first part, or the list of a part of a total above ("…; 200 were
    // sailors, of whom 140 …"), ends at a semicolon: the next part of the total above.
    let end = if of_whom_first
        || (opener == Opener::OfWhom && (is_part || ph[i].lead.has(Marks::SEMICOLON)))
    {
        (j + 1..end)
            .find(|&k| ph[k].lead.has(Marks::SEMICOLON))
            .unwrap_or(end)
    } else {
        end
    };
    let parts = read_parts(ctx, t, i, j, end, opener);
    let n = parts.figures.len() + parts.ones.len();
    // "Six naval vessels, three revenue cutters, and one vessel …": a comma before the last
    // "and" makes the total the first item of a list, not the whole of the items after it;
    // so does a first "part" larger than the "total" ("two Nations, four States and one
    // Province").
    if opener == Opener::Apposition && first_of_a_list(ctx, t, (i, j), &parts) {
        return None;
    }
    // One figure after a colon or a dash is a field and its value ("incidents: 4"), unless it
    // says how many of the total ("six wounded — two mortally").
    if opener == Opener::Delimited && n == 1 && !parts.adverbial {
        return None;
    }
    let complete = is_complete(&parts, n, opener, total);
    // "two boys — 8 and 12": one figure for each member is a description, not a sum.
    if complete
        && total.value.is_exact()
        && total.stated == parts.figures.len() as f64
        && parts.ones.is_empty()
    {
        return None;
    }
    let total_op = ctx.operand(i);
    let mut part_ops: Vec<Operand> = parts.figures.iter().map(|&k| ctx.operand(k)).collect();
    part_ops.extend(parts.ones.iter().cloned());
    part_ops.sort_by_key(|o| o.span);
    let refs: Vec<&Operand> = part_ops.iter().collect();
    if complete && !covers_enough(&refs, &total_op) {
        return None;
    }
    let dwarfed = || dwarfs(&refs, &total_op);
    // The parts may belong to an earlier figure ("28 banks in 15 States, of which 12 … 6 …
    // and 10"): if one fits them, stay quiet.
    let fits_other = || dwarfed() || fit_earlier(rule, ctx, i, (&parts.figures, &refs), complete);
    let before = out.len();
    out.extend(sum::finding_unless(
        rule, ctx, &total_op, &refs, complete, fits_other,
    ));
    // Parts that miss their total by a digit or two: a misprint, reported as a warning.
    if let Some(found) = out.get_mut(before) {
        note_misprint(ctx, &total_op, &refs, found);
    }
    if out.len() == before && !dwarfed() {
        out.extend(stale_bound(rule, ctx, &total_op, &refs, complete));
    }
    Some(parts.figures)
}

/// Whether parts read as all of the total cover at least [`MIN_COVERED`] of it (else the
/// reading is doubtful and stays quiet).
fn covers_enough(refs: &[&Operand], total_op: &Operand) -> bool {
    let covered = refs
        .iter()
        .map(|p| bounds(&p.reading(Reading::Loose)).1)
        .sum::<f64>();
    covered >= MIN_COVERED * bounds(&total_op.reading(Reading::Loose)).0
}

/// Parts that dwarf their total were misread: "three winters — 148 in the first" gives
/// figures of each winter, not parts of three.
fn dwarfs(refs: &[&Operand], total_op: &Operand) -> bool {
    let sum: f64 = refs
        .iter()
        .map(|p| bounds(&p.reading(Reading::Strict)).0)
        .sum();
    sum > MAX_OVERSHOOT * bounds(&total_op.reading(Reading::Loose)).1
}

/// True when the parts (`figures`, read as `refs`) fit an earlier figure of total `i`'s
/// sentence that counts what it counts ("28 banks in 15 States, of which 12 … 6 … and 10"): not
/// one with no noun the parts could fit ("54 of these cases"), nor one with parts of its own
/// ("four (an alpaca, two ferrets and a goat)").
fn fit_earlier(
    rule: &Rule,
    ctx: &Ctx,
    i: usize,
    (figures, refs): (&[usize], &[&Operand]),
    complete: bool,
) -> bool {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let total = &qs[i];
    let sentence_start = (0..i)
        .rev()
        .take_while(|&k| qs[k].sentence == total.sentence)
        .last()
        .unwrap_or(i);
    (sentence_start..i).rev().any(|k| {
        same_measure(&qs[k], total)
            && qs[k].counts.is_some()
            && !ph[k].tail.any(Marks::OPEN | Marks::DASH | Marks::COLON)
            && figures.iter().all(|&p| fits(ctx.doc, &qs[p], &qs[k]))
            && sum::judge_sum(ctx.doc, &ctx.operand(k), refs, complete, &rule.tolerance).0
                == Verdict::Holds
    })
}

/// Marks a finding whose exact parts miss their total by a digit or two as a misprint.
fn note_misprint(ctx: &Ctx, total_op: &Operand, refs: &[&Operand], found: &mut Finding) {
    let stated_sum: f64 = refs.iter().map(|p| p.stated).sum();
    if refs.iter().all(|p| p.qualifier == Qualifier::Exact)
        && crate::rules::detect::result::is_misprint(ctx, total_op, stated_sum)
    {
        crate::rules::detect::result::misprint_note(found);
    }
}

/// Whether figure `i` may be a total: a count, an amount of money or a measure, neither a
/// partitive nor graded; nor the second item of a list ("seven women and five men, including
/// nine"). A count that names nothing ("The five — a woman and five men") may still be, in a
/// list that says what it counts.
fn may_be_total(ctx: &Ctx, i: usize) -> bool {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let total = &qs[i];
    let countable = match total.kind {
        Kind::Count => true,
        Kind::Money => total.currency.is_some(),
        Kind::Measure => total.unit.is_some(),
        _ => false,
    };
    if !countable || ph[i].partitive != Partitive::None || ph[i].adverb {
        return false;
    }
    // "seven women and five men, including nine": the second item of a list is no total.
    if i > 0
        && qs[i - 1].sentence == total.sentence
        && same_measure(&qs[i - 1], total)
        && ph[i].lead.any(Marks::AND | Marks::COMMA)
        && ph[i].lead.only(Marks::AND | Marks::COMMA | Marks::WORD)
        && ph[i].lead_words <= 2
    {
        return false;
    }
    true
}

/// How the list after total `i` opens at its first part `j`, and whether that part says it
/// is of the total ("100 pensioners, 60 of whom were survivors and 40 widows", "700 were
/// pensioners, 450 being invalids and 250 widows"): then it opens its list. A total in
/// parentheses is broken down after its closing one; items may come before the first figure
/// ("four (an alpaca, two ferrets and a goat)").
fn list_opener(t: &Toks, ph: &[Phrase], i: usize, j: usize) -> Option<(Opener, bool)> {
    // "100 pensioners, 60 of whom were survivors and 40 widows", "700 were pensioners, 450
    // being invalids and 250 widows": a first part that says it is of the total opens its
    // list.
    let of_whom_first = ph[j].lead_last.has(Marks::COMMA)
        && ph[j].lead.only(Marks::COMMA | Marks::WORD | Marks::VERB)
        && ((ph[j].partitive == Partitive::Pronoun
            && t.lower(ph[j].last) == "of"
            && matches!(t.lower(ph[j].last + 1), "whom" | "which"))
            || (t.is_word(ph[j].last) && t.lower(ph[j].last) == "being"));
    // "a conviction rate of 81 percent (44 convictions), including 37 …": a total in
    // parentheses is broken down after its closing one.
    let enclosed = ph[i].lead_last.has(Marks::OPEN) && ph[i].tail.has(Marks::CLOSE);
    let first_part = if enclosed {
        Phrase {
            lead: ph[j].lead.without(Marks::CLOSE),
            ..ph[j].clone()
        }
    } else {
        ph[j].clone()
    };
    // "four (an alpaca, two ferrets and a goat)": items before the first figure, after the
    // mark that opens them; the comma before the figure is the list's own.
    let items_first = first_part
        .lead
        .any(Marks::DASH | Marks::COLON | Marks::OPEN)
        && !first_part
            .lead_last
            .any(Marks::DASH | Marks::COLON | Marks::OPEN);
    let opener = if of_whom_first {
        Opener::OfWhom
    } else if items_first && let Some(o) = opener_before_items(t, ph, i, j) {
        o
    } else {
        opener(&first_part).or_else(|| opener_before_items(t, ph, i, j))?
    };
    Some((opener, of_whom_first))
}

/// "Six naval vessels, three revenue cutters, and one vessel …": a comma before the last "and"
/// makes the total the first item of a list, not the whole of the items after it; so does a
/// first "part" larger than the "total" ("two Nations, four States and one Province").
fn first_of_a_list(ctx: &Ctx, t: &Toks, (i, j): (usize, usize), parts: &Parts) -> bool {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let total = &qs[i];
    if qs[j]
        .value
        .lo
        .zip(total.value.hi)
        .is_some_and(|(lo, hi)| lo > hi)
    {
        return true;
    }
    let last = parts.figures.last().map_or(ph[j].end, |&k| ph[k].end);
    let last = parts
        .ones
        .iter()
        .map(|o| o.span.end)
        .fold(last, |e, b| e.max(t.toks.partition_point(|x| x.start < b)));
    (ph[j].first..last.min(t.len()))
        .any(|k| t.is_word(k) && t.lower(k) == "and" && k > 0 && t.is_punct(k - 1, ","))
}

/// Whether the parts read are all of the total: two or more, no open tail or degree, and
/// joined as the opener requires ("revenues of $379m, of which $219m from customs and $124m
/// from excise": money "of which" names the main sources, not always all, unless its last
/// part is the rest).
fn is_complete(parts: &Parts, n: usize, opener: Opener, total: &Quantity) -> bool {
    !parts.open_tail
        && !parts.adverbial
        && n >= 2
        && match opener {
            Opener::Delimited | Opener::Apposition => parts.joined || !parts.ones.is_empty(),
            // "revenues of $379m, of which $219m from customs and $124m from excise": money
            // "of which" names the main sources, not always all, unless its last part is
            // the rest ("… and from miscellaneous sources $3m").
            Opener::OfWhom => parts.joined && (total.kind != Kind::Money || parts.remainder_last),
            Opener::With => parts.joined && parts.others_last,
            Opener::Subset => false,
        }
}

/// "killing at least 10, including 8 soldiers and five farmers": parts named that already pass
/// a lower bound make the bound stale (the writer knew of more than it says); a warning. One
/// part past a bound is an instance, not a count ("more than 1,000 cases daily, including
/// 1,500 on Wednesday").
fn stale_bound(
    rule: &Rule,
    ctx: &Ctx,
    total_op: &Operand,
    refs: &[&Operand],
    complete: bool,
) -> Option<Finding> {
    let total = &ctx.qs[total_op.quantity?];
    // "killing at least 10, including 8 soldiers and five farmers": the parts named already
    // pass the bound, so the bound is stale; the writer knew of more than it says.
    // One part past a bound is an instance, not a count ("more than 1,000 cases daily,
    // including 1,500 on Wednesday").
    if refs.len() >= 2
        && matches!(total.qualifier, Qualifier::AtLeast | Qualifier::MoreThan)
        && refs.iter().all(|p| p.qualifier == Qualifier::Exact)
    {
        let named: f64 = refs.iter().map(|p| p.stated).sum();
        let past = match total.qualifier {
            Qualifier::AtLeast => named > total.stated,
            _ => named > total.stated + 1.0,
        };
        if past {
            let terms: Vec<String> = refs.iter().map(|p| p.show(ctx.doc)).collect();
            let message = format!(
                "the parts listed add up to {} ({}), more than “{}”: the figure understates what the sentence itself counts",
                total_op.number(named),
                terms.join(" + "),
                ctx.doc.words(total.span)
            );
            return crate::rules::kinds::judged(
                rule,
                ctx,
                Verdict::Soft,
                message,
                (total_op.span, "total"),
                crate::rules::kinds::related(refs, "part"),
                || sum::arithmetic(ctx.doc, total_op, refs, complete),
            );
        }
    }
    None
}

/// Whether a comma apposition or a "with" list reads as a breakdown: "Police arrested 14
/// people, 13 in Madrid and 2 in Barcelona". The total names what it counts, the part follows
/// the comma at once, counts the same thing or a kind of it, and names no event of its own
/// other than the total's; neither is an item of a list, and the total has no phrase of its
/// own like its parts' (parallel items).
fn apposition_holds(
    ctx: &Ctx,
    t: &Toks,
    (i, j): (usize, usize),
    opener: Opener,
    is_part: bool,
) -> bool {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let total = &qs[i];
    // A comma apposition: "Police arrested 14 people, 13 in Madrid and 2 in Barcelona".
    // The total names what it counts, the part follows the comma at once, counts the same
    // thing or a kind of it, and names no event of its own other than the total's: "2 dead,
    // 4 wounded" are two figures side by side, and so are the items of "17, 19 and 20".
    let own_event = |q: &Quantity| q.event.filter(|_| q.noun.is_some() || q.counts.is_some());
    // A part with a noun of its own names a kind of the total ("14 people, 13 Pakistanis
    // and …"); the same noun again is the next item of a list ("two counts of murder,
    // three counts of assault").
    let strict_fit = match (noun_word(ctx.doc, &qs[j]), noun_word(ctx.doc, total)) {
        (Some(p), Some(c)) => {
            qs[j].noun.is_none() || (!p.eq_ignore_ascii_case(&c) && wordnet::kind_of(&p, &c))
        }
        _ => true,
    };
    // The total must not itself be an item of a list ("his wife, three children, two
    // stepchildren and …"; "items: seven manuscripts, dozens of books"), nor the part a
    // statement of its own ("two suffered burns, four had less serious burns").
    let apposition = opener == Opener::Apposition;
    if is_part
        || (apposition && total.noun.is_none() && !ph[i].other)
        || (apposition && !t.is_punct(ph[j].first.wrapping_sub(1), ","))
        || (apposition
            && ph[i]
                .lead_last
                .any(Marks::COMMA | Marks::COLON | Marks::DASH | Marks::OPEN))
        || !strict_fit
        || own_predicate(t, &ph[j])
        || matches!((own_event(total), own_event(&qs[j])), (Some(a), Some(b)) if a != b && apposition)
    {
        return false;
    }
    // "eight calls on Friday, five on Saturday", "$600 for an individual, with $1,200 for
    // couples": the total has a phrase of its own like its "parts'" — parallel items.
    if let Some(prep) = preposition_after(t, &qs[j], &ph[j]) {
        // "The rebate for an individual will be $600, with $1,200 for couples": with
        // "with", the total's own phrase may come before it.
        let from = if opener == Opener::With {
            0
        } else {
            ph[i].first
        };
        let to = ph[j].first;
        if (from..to).any(|k| t.is_word(k) && t.lower(k) == prep) {
            return false;
        }
    }
    true
}

/// "12 opened in the east, 6 in the west and 10 in the south", "eight calls for medical
/// services on Friday, five on Saturday": the total has a place or time of its own, like its
/// "parts": the first of parallel items, no total of the others.
fn parallel_places(ctx: &Ctx, i: usize, j: usize) -> bool {
    let qs = ctx.qs;
    let ph = &ctx.structure().phrases;
    let total = &qs[i];
    let first_word = |q: &Quantity| {
        q.context.first().map(|c| {
            ctx.doc
                .slice(*c)
                .split_whitespace()
                .next()
                .unwrap_or("")
                .to_ascii_lowercase()
        })
    };
    // "eight calls for medical services on Friday, five on Saturday": the total has a place or
    // time of its own, like its "parts".
    let total_words =
        ctx.doc.text[total.span.start..ph[i].end_byte.max(total.span.end)].to_ascii_lowercase();
    first_word(&qs[j]).is_some_and(|b| {
        first_word(total).is_some_and(|a| a == b) || total_words.split_whitespace().any(|w| w == b)
    })
}

/// True when the word before token `k` makes the figure there a term of comparison, not a
/// part: "fell to $92.9, from a $103.05 end", "up from 12", "against 9 a year earlier".
pub(super) fn compared(t: &Toks, k: usize) -> bool {
    let mut b = k;
    while b > 0 && t.is_word(b - 1) && matches!(t.lower(b - 1), "a" | "an" | "the") {
        b -= 1;
    }
    if b == 0 || !t.is_word(b - 1) {
        return false;
    }
    let w = t.lower(b - 1);
    matches!(
        w,
        "from"
            | "to"
            | "than"
            | "against"
            | "versus"
            | "vs"
            | "compared"
            | "over"
            | "since"
            | "per"
            | "by"
    ) || (matches!(w, "with" | "to")
        && b >= 2
        && matches!(
            t.lower(b - 2),
            "compared" | "comparison" | "contrast" | "up" | "down"
        ))
}

/// True when a figure has a verb of its own right after its phrase ("four had less serious
/// burns"): a clause of its own, one of parallel statements, not a part in a list.
pub(super) fn own_predicate(t: &Toks, p: &Phrase) -> bool {
    let k = p.end;
    t.is_word(k)
        && (crate::extract::syntax::verb_at(t, k).is_some()
            || crate::extract::syntax::is(t.lower(k), crate::extract::syntax::Class::Aux))
        && !t.lower(k).ends_with("ing")
}

/// The preposition that opens a figure's own phrase after it ("five on Saturday", "$1,200 for
/// couples"), if any.
pub(super) fn preposition_after(t: &Toks, q: &Quantity, p: &Phrase) -> Option<String> {
    let mut k = p.last;
    if let Some(n) = q.noun {
        while k < t.len() && t.toks[k].start < n.end {
            k += 1;
        }
    }
    (t.is_word(k) && crate::extract::syntax::is(t.lower(k), crate::extract::syntax::Class::Prep))
        .then(|| t.lower(k).to_string())
}

/// True when every verb between tokens `from` and `to` is an infinitive after "to": the purpose
/// of a part in a delimited list ("up to $700m: $425m to compensate victims, $175m to the
/// states"), not a clause of its own.
pub(super) fn infinitives_only(t: &Toks, from: usize, to: usize) -> bool {
    (from..to).all(|x| {
        !t.is_word(x)
            || syntax::verb_at(t, x).is_none()
            || (x > 0 && t.is_word(x - 1) && t.lower(x - 1) == "to")
    })
}

/// True when, after the last mark between the total and the part, a verb comes before the part
/// ("12 died, police said 10 …").
pub(super) fn last_mark_then_verb(t: &Toks, ph: &[Phrase], i: usize, j: usize) -> bool {
    let mut k = ph[j].first;
    while k > ph[i].end {
        k -= 1;
        if !t.is_word(k) {
            return false;
        }
        if crate::extract::syntax::verb_at(t, k).is_some() {
            return true;
        }
    }
    false
}
