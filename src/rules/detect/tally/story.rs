//! The tally of a story: each headline toll held against what the body says of it (the
//! lede, the figures added up, the set counted again), in a `Story` built once per document.

use super::*;

mod split;

/// A document's headline tolls and what its body can say of them.
pub(super) struct Story<'c, 'a> {
    ctx: &'c Ctx<'a>,
    st: &'c Structure,
    /// The headline's figures (they come first).
    heads: Vec<usize>,
    /// The headline's paragraph.
    head: usize,
    /// For each figure, the rest of a tally it tells as "others" beside a toll of one of its
    /// parts.
    rest: Vec<Option<Tally>>,
    /// The byte spans of the body that print the headline again ("PHOTOS: 2 dead, 5 hurt in
    /// …", a page title before the lede): its figures again, no word of the body on them.
    repeats: Vec<(usize, usize)>,
}

impl<'c, 'a> Story<'c, 'a> {
    /// The story of a document with headline tolls; `None` without, or for "Husband Kills 3,
    /// Then Self" (the body's toll counts the killer too).
    pub(super) fn new(ctx: &'c Ctx<'a>) -> Option<Story<'c, 'a>> {
        let (doc, qs) = (ctx.doc, ctx.qs);
        let heads: Vec<usize> = (0..headline_figures(ctx)).collect();
        if heads.is_empty() {
            return None;
        }
        let head = doc.sentence_paragraph[qs[0].sentence];
        // "Husband Kills 3, Then Self": the body's toll counts the killer too.
        let st = ctx.structure();
        if doc
            .paragraphs
            .get(head)
            .is_some_and(|p| reflexive(&st.lower()[p.start..p.end]))
        {
            return None;
        }
        // "Two men were reported dead, while seven others were shot": others of a tally beside a
        // toll of one of its parts are the rest of it (the shot other than the dead are the
        // injured), a whole toll of that rest.
        let rest: Vec<Option<Tally>> = (0..qs.len())
            .map(|b| {
                let t = tally(&qs[b])?;
                if !st.phrases[b].other {
                    return None;
                }
                let s = qs[b].sentence;
                let part = (0..b)
                    .rev()
                    .take_while(|&k| qs[k].sentence == s)
                    .find_map(|k| tally(&qs[k]))?;
                (part != t && LEXICON.tally_holds(t, part))
                    .then(|| LEXICON.tally_rest(t, part))
                    .flatten()
            })
            .collect();
        // Byte spans of the body where the headline is printed again: found from the body's
        // figures written as a headline figure is, the text around each compared with the
        // headline (a search of the whole text costs more).
        let mut repeats: Vec<(usize, usize)> = Vec::new();
        if let Some(p) = doc.paragraphs.get(head) {
            let raw = &doc.text[p.start..p.end];
            let line = raw.trim();
            let from = p.start + (raw.len() - raw.trim_start().len());
            let bytes = doc.text.as_bytes();
            for q in &qs[heads.len()..] {
                for &h in &heads {
                    let hq = &qs[h];
                    if doc.slice(q.span) != doc.slice(hq.span) {
                        continue;
                    }
                    let Some(a) = q.span.start.checked_sub(hq.span.start - from) else {
                        continue;
                    };
                    let b = a + line.len();
                    if bytes.get(a..b) == Some(line.as_bytes()) && !repeats.contains(&(a, b)) {
                        repeats.push((a, b));
                    }
                }
            }
        }
        Some(Story {
            ctx,
            st,
            heads,
            head,
            rest,
            repeats,
        })
    }

    /// The headline figures, in order.
    pub(super) fn heads(&self) -> &[usize] {
        &self.heads
    }

    fn paragraph(&self, q: &Quantity) -> Option<usize> {
        self.ctx.doc.sentence_paragraph.get(q.sentence).copied()
    }

    /// True when body figure `q` stands in the headline printed again.
    fn repeated(&self, q: &Quantity) -> bool {
        self.in_repeat(q.span.start)
    }

    /// True when byte `at` of the body stands in the headline printed again.
    fn in_repeat(&self, at: usize) -> bool {
        self.repeats.iter().any(|&(a, b)| a <= at && at < b)
    }

    /// True when the body tells toll `t` before the sentence of figure `b`, in words without
    /// a figure ("A man was shot on Sunday. … a gunman who injured five people a week
    /// before"): a toll of one told so, and the figure is of something else. Nouns in "-ing"
    /// ("a shooting") name the incident, not its toll.
    fn told_before(&self, t: Tally, b: usize) -> bool {
        let (doc, st) = (self.ctx.doc, self.st);
        let (Some(head), Some(lede)) = (
            doc.paragraphs.get(self.head),
            doc.sentences.get(self.ctx.qs[b].sentence),
        ) else {
            return false;
        };
        let lower = st.lower();
        let Some(body) = lower.get(head.end..lede.start) else {
            return false;
        };
        body.split(|c: char| !c.is_alphabetic()).any(|w| {
            // The word's byte offset in the document (`w` is a slice of `body`).
            let at = head.end + (w.as_ptr() as usize - body.as_ptr() as usize);
            !w.ends_with("ing")
                && !self.in_repeat(at)
                && LEXICON
                    .event(w)
                    .and_then(|e| LEXICON.tally(e.lemma))
                    .is_some_and(|u| related(t, u))
        })
    }

    /// The tally a body figure tells: its own, or the rest of one it tells as "others".
    fn toll(&self, b: usize) -> Option<Tally> {
        self.rest[b].or_else(|| tally(&self.ctx.qs[b]))
    }

    /// "left a man dead and six others with gunshot wounds": others than someone named
    /// without a figure, whose act is of a toll unrelated to `t`, are the whole of their own
    /// too (and "and" joins the two tolls, not parts of one).
    fn besides_named(&self, b: usize, t: Tally) -> bool {
        let (doc, qs, st) = (self.ctx.doc, self.ctx.qs, self.st);
        let heads = &self.heads;
        let p = &st.phrases[b];
        p.other
                && !(heads.len()..b)
                    .any(|k| qs[k].sentence == qs[b].sentence && tally(&qs[k]).is_some())
                // The nearest act of a toll before them ("a suspect who shot a man, and three
                // others were wounded" are others of the shot).
                && st.toks(doc, qs[b].sentence).is_some_and(|tk| {
                    (0..p.first)
                        .rev()
                        .filter(|&i| tk.is_word(i))
                        .find_map(|i| {
                            let e = LEXICON.event(tk.lower(i))?;
                            // "was fatally shot", "shot dead": a harm that killed.
                            let lemma = if syntax::killed(&tk, i) { "kill" } else { e.lemma };
                            LEXICON.tally(lemma)
                        })
                        .is_some_and(|u| !related(t, u))
                })
    }

    /// The body's statements of the toll `t` as a whole: not "six others", "another four",
    /// "two of them", "two of the four".
    fn whole(&self, b: usize, t: Tally) -> bool {
        let (qs, st) = (self.ctx.qs, self.st);
        let heads = &self.heads;
        // "34 of 42 passengers were injured" tells the toll whole, of a set it names.
        let p = &st.phrases[b];
        // "Two were killed and four others were wounded": others than the victims of
        // an unrelated toll are the whole of their own (not others than the hospitalized
        // among the injured).
        let besides_another = p.other
            && (heads.len()..b)
                .rev()
                .find_map(|k| tally(&qs[k]).map(|u| (k, u)))
                .is_some_and(|(k, u)| qs[b].sentence - qs[k].sentence <= 1 && !related(t, u));
        (!p.other || besides_another || self.besides_named(b, t) || self.rest[b].is_some())
            && !p.more
            && matches!(p.partitive, Partitive::None | Partitive::Whole(_))
    }

    /// The figures of sentence `s` graded by an adverb ("two mortally").
    fn graded(&self, s: usize) -> impl Iterator<Item = usize> + '_ {
        let (qs, st) = (self.ctx.qs, self.st);
        let n_heads = self.heads.len();
        let from = qs.partition_point(|q| q.sentence < s);
        (from..qs.len())
            .take_while(move |&k| qs[k].sentence == s)
            .filter(move |&k| k >= n_heads && st.phrases[k].adverb)
    }

    /// The lede of headline figure `h`'s toll `t`: the body's first statement of the toll as a
    /// whole, in its first paragraphs, with no other figure of the toll in its sentence ("One
    /// adult and two children are dead" is parts; "shot four people, killing one" is a whole
    /// and another toll).
    fn is_lede(&self, b: usize, t: Tally, h: usize, body: &[usize]) -> bool {
        let (doc, qs, st) = (self.ctx.doc, self.ctx.qs, self.st);
        let heads = &self.heads;
        let head = self.head;
        let body_start = qs[h].sentence + 1;
        let near = self
            .paragraph(&qs[b])
            .is_some_and(|p| p <= head + LEDE_PARAGRAPHS)
            && qs[b].sentence <= body_start + LEDE_SENTENCES;
        // Asked first: a lede is near the top, and what follows reads its sentence only, so a
        // long body costs no more per figure.
        if !near {
            return false;
        }
        // The figures of b's sentence (they come in document order).
        let s = qs[b].sentence;
        let sentence =
            qs.partition_point(|q| q.sentence < s)..qs.partition_point(|q| q.sentence <= s);
        // Nor a figure that adds to it ("1,000 were killed in the city, and another 200 in
        // the province"; "seven others were shot" adds to another toll).
        // A subset of it is no part ("Four men, including three bystanders, were hurt").
        // Nor is a part in degree ("six people wounded -- two mortally").
        let subset = |k: usize| {
            k > b
                && (st.phrases[k].lead.any(Marks::INCLUDING | Marks::AMONG) || st.phrases[k].adverb)
        };
        let alone = body
            .iter()
            .all(|&k| k == b || qs[k].sentence != qs[b].sentence || subset(k))
            && sentence.clone().all(|k| {
                k == b
                    || qs[k].kind != Kind::Count
                    || !(st.phrases[k].more || st.phrases[k].other)
                    || qs[k].event.is_some_and(|_| tally(&qs[k]) != Some(t))
            });
        // Nor one told after the toll in other terms ("Two men were killed and four were
        // wounded" before "they found two men who had been shot").
        // A statement with its auxiliary, not a caption ("two men and three women hurt").
        let told_before = (heads.len()..b).any(|k| {
            tally(&qs[k]).is_some_and(|u| u != t && related(t, u))
                && st
                    .toks(doc, qs[k].sentence)
                    .is_some_and(|tk| finite_after(&tk, st.phrases[k].head_end))
        });
        let Some(toks) = st.toks(doc, qs[b].sentence) else {
            return false;
        };
        let first = st.phrases[b].first;
        // "an attack that killed dozens": a vague figure states no toll to hold against.
        alone
                && !told_before
                && qs[b].qualifier != Qualifier::Vague
                && self.whole(b, t)
                // "two men and a teenager" are parts; "killing 18 people and wounding 40"
                // joins two clauses.
                && !(matches!(toks.lower(st.phrases[b].head_end), "and" | "or" | "plus")
                    && syntax::verb_at(&toks, st.phrases[b].head_end + 1).is_none())
                // Unless the figure is the subject of a clause of its own ("…, and four
                // others were wounded").
                && (!(first > 0
                    && matches!(toks.lower(first - 1), "and" | "or" | "plus")
                    && !finite_after(&toks, st.phrases[b].head_end))
                    || self.besides_named(b, t))
                && {
                    let ends: Vec<usize> = self.graded(qs[b].sentence)
                        .map(|g| st.phrases[g].head_end)
                        .collect();
                    // Words of the headline printed again are none of the statement's.
                    single_statement(&toks, t, &|k| {
                        ends.contains(&(k + 1)) || self.in_repeat(toks.toks[k].start)
                    })
                }
                && !st.phrases[b].adverb
    }

    /// With no single lede, figures joined by "and" as objects of one verb of the tally state
    /// the toll together: "a firefight that killed one marine and a dozen gunmen".
    fn joined(&self, t: Tally, h: usize, body: &[usize]) -> Option<Vec<usize>> {
        let (doc, qs, st) = (self.ctx.doc, self.ctx.qs, self.st);
        let heads = &self.heads;
        let head = self.head;
        let body_start = qs[h].sentence + 1;
        let b = *body.first()?;
        let s = qs[b].sentence;
        // Coordinated objects of one verb are one toll whatever they count (a gang's
        // name may read as a thing).
        let members: Vec<usize> = (heads.len()..qs.len())
            .filter(|&k| qs[k].sentence == s && tally(&qs[k]) == Some(t))
            .collect();
        let toks = st.toks(doc, s)?;
        let near = self
            .paragraph(&qs[b])
            .is_some_and(|p| p <= head + LEDE_PARAGRAPHS)
            && s <= body_start + LEDE_SENTENCES;
        let plain = |k: usize| {
            qs[k].qualifier == Qualifier::Exact
                && self.whole(k, t)
                && !st.phrases[k].adverb
                && !st.phrases[k].more
                && !st.phrases[k].other
        };
        // Each after the first joined to the one before by "and" alone, or a comma.
        let chained = members.windows(2).all(|w| {
            let lead = st.phrases[w[1]].lead;
            lead.any(Marks::AND | Marks::COMMA)
                && lead.only(Marks::AND | Marks::COMMA | Marks::WORD)
                && st.phrases[w[1]].lead_words <= 2
        });
        // No other count of the sentence beside them, and one verb of the tally.
        let others = (0..qs.len())
            .any(|k| qs[k].sentence == s && qs[k].kind == Kind::Count && !members.contains(&k));
        (near
            && members.len() >= 2
            && members.iter().all(|&k| plain(k))
            && chained
            && !others
            && single_statement(&toks, t, &|_| false))
        .then_some(members)
    }

    /// The headline's figure anywhere in the body as a count of the same things, whatever
    /// event the reader bound it to: the body likely gives it ("Four others, including two
    /// women, were wounded"). An ordinal that reaches it tells it too: "five were arrested … a
    /// sixth person was arrested later".
    fn given(&self, h: usize, t: Tally) -> bool {
        let qs = self.ctx.qs;
        let body_start = qs[h].sentence + 1;
        qs[self.heads.len()..].iter().any(|b| {
            !self.repeated(b)
                // "one of whom", "one of the victims": a one of no toll gives no toll of one.
                && (qs[h].stated >= 2.0 || tally(b).is_some_and(|u| related(t, u)))
                && ((b.kind == Kind::Count
                && !counts_else(&qs[h], b)
                // A toll of an unrelated tally gives it only near the lede ("Execute 152" …
                // "152 guards have been sentenced"), not far down ("Seven people were
                // wounded" in a story of eight dead).
                && (b.sentence <= body_start + LEDE_SENTENCES + PARTS_SENTENCES
                    || tally(b).is_none_or(|u| related(t, u)))
                // Nor one that tells another headline toll ("2 Killed, 2 Hurt" … "Two people
                // were killed and three were hurt": the two killed are the first toll's).
                && !self.heads.iter().any(|&k| {
                    k != h
                        && tally(&qs[k]).is_some_and(|u| !related(t, u) && tally(b) == Some(u))
                        && qs[k].value.overlaps(&b.value)
                })
                && b.qualifier != Qualifier::Vague
                // An open bound gives no figure: "at least 11 others" does not tell "12".
                && (b.stated == qs[h].stated
                    || !matches!(b.qualifier, Qualifier::AtLeast | Qualifier::MoreThan))
                && b.value.contains(qs[h].stated))
                    || (b.kind == Kind::Ordinal && b.stated == qs[h].stated && adds_to_set(self.ctx.doc, b)))
        })
    }

    /// Whether the body's parts of the toll add up to headline figure `h` (`None`), else
    /// whether the figures after the lede add up to it in a sentence of theirs (`Some`). Parts:
    /// figures told together in one sentence ("Four boys … were killed, along with three
    /// girls"), figures added to another ("34 were killed in Baghdad. Another four died in
    /// Diyala."), and the lede with the figures of the next sentences ("a bomber killed 18 …
    /// An earlier attack killed six"); others of a tally the headline's holds add to it too
    /// ("shot six people" … "Eight other people were wounded" make "14 shot").
    fn misses(
        &self,
        (h, t): (usize, Tally),
        body: &[usize],
        (lede, lede_parts): (usize, &[usize]),
        lede_value: Interval,
    ) -> Option<bool> {
        let (qs, st) = (self.ctx.qs, self.st);
        let heads = &self.heads;
        let held: Vec<usize> = (heads.len()..qs.len())
            .filter(|&b| {
                body.binary_search(&b).is_ok()
                    || tally(&qs[b]).is_some_and(|u| {
                        u != t
                            && LEXICON.tally_holds(t, u)
                            && (st.phrases[b].more || st.phrases[b].other)
                            && same_toll(&qs[h], &qs[b]) != Some(false)
                    })
            })
            .collect();
        let added: Vec<usize> = held
            .iter()
            .copied()
            .filter(|&b| st.phrases[b].more || st.phrases[b].other)
            .collect();
        let values = |keep: &dyn Fn(usize) -> bool| -> Vec<Interval> {
            held.iter()
                .copied()
                .filter(|&k| keep(k))
                .map(|k| qs[k].value)
                .collect()
        };
        // A reading takes a figure of the sentence: "at least 11 others" told later does not
        // alone make "Fifteen people were shot" read as "12 Shot". Asked once per sentence of
        // the body; `held` is in document order, so a sentence's figures are side by side, and
        // a sum reads no more than its first MAX_SUMMANDS terms.
        let mut sentences: Vec<usize> = body.iter().map(|&b| qs[b].sentence).collect();
        sentences.dedup();
        let reading: Vec<usize> = sentences
            .into_iter()
            .filter(|&s| {
                let from = held.partition_point(|&k| qs[k].sentence < s);
                let to = held.partition_point(|&k| qs[k].sentence <= s);
                // (A sentence of more figures of the toll than two sums' worth is read in
                // part: its first ones.)
                let own: Vec<Interval> = held[from..to]
                    .iter()
                    .take(2 * MAX_SUMMANDS)
                    .map(|&k| qs[k].value)
                    .collect();
                let more: Vec<Interval> = added
                    .iter()
                    .filter(|&&k| qs[k].sentence != s)
                    .take(MAX_SUMMANDS)
                    .map(|&k| qs[k].value)
                    .collect();
                own.iter().enumerate().any(|(i, first)| {
                    let rest: Vec<Interval> = own[i + 1..]
                        .iter()
                        .chain(&more)
                        .take(MAX_SUMMANDS)
                        .copied()
                        .collect();
                    first.overlaps(&qs[h].value)
                        || some_sum_reads_as(&qs[h].value.sub(first), &rest)
                })
            })
            .collect();
        let in_sentence = !reading.is_empty();
        let with_lede = {
            let s = qs[lede].sentence;
            let parts = values(&|k| {
                !lede_parts.contains(&k)
                    && ((s..=s + PARTS_SENTENCES).contains(&qs[k].sentence)
                        || added.binary_search(&k).is_ok())
            });
            let n = parts.len().min(MAX_SUMMANDS);
            (1u32..1 << n).any(|mask| {
                let mut sum = lede_value;
                for (k, p) in parts[..n].iter().enumerate() {
                    if mask & (1 << k) != 0 {
                        sum = sum.add(p);
                    }
                }
                sum.overlaps(&qs[h].value)
            })
        };
        // Parts that add up to the headline do not save a lede that states the whole toll
        // otherwise ("At least 25 people died" … "eight … and another seven"): the lede
        // contradicts them, when they follow it closely and the headline is exact.
        let s = qs[lede].sentence;
        let contradicted = matches!(
            qs[lede].qualifier,
            Qualifier::Exact | Qualifier::AtLeast | Qualifier::MoreThan
        ) && qs[h].qualifier == Qualifier::Exact
            && !lede_value.overlaps(&qs[h].value)
            && reading.iter().all(|&r| r > s && r <= s + PARTS_SENTENCES);
        // "2 dead, 4 wounded" for "six people wounded -- two mortally": the headline may
        // count the lede less its part in degree.
        let less_graded = self
            .graded(qs[lede].sentence)
            .any(|g| g > lede && lede_value.sub(&qs[g].value).overlaps(&qs[h].value));
        let adds_up = lede_value.overlaps(&qs[h].value)
            || with_lede
            || less_graded
            || (in_sentence && !contradicted);
        (!adds_up).then_some(in_sentence)
    }

    /// Checks headline figure `h` against the body.
    pub(super) fn check(&self, rule: &Rule, h: usize, out: &mut Vec<Finding>) {
        let (ctx, qs, st) = (self.ctx, self.ctx.qs, self.st);
        let heads = &self.heads;
        let Some(t) = tally(&qs[h]) else {
            return;
        };
        // A headline part ("2 critically wounded", "3 Men, 1 Woman Injured") is no toll, but
        // others beside someone of another toll are ("Girl dead, 5 others injured").
        let p = &st.phrases[h];
        if qs[h].stated < 1.0
            || p.adverb
            || (p.other && !self.besides_named(h, t))
            || p.more
            || p.partitive != Partitive::None
            // Another toll of the tally beside it makes both parts, and so does a toll of a
            // tally it holds told before it ("2 killed, 2 shot": the shot who lived; yet
            // "Shot 5, Killing 1" kills one of the five); a part in degree ("10 shot, 1
            // fatally") leaves it whole.
            || heads.iter().any(|&k| {
                k != h
                    && tally(&qs[k]).is_some_and(|u| u == t || (k < h && LEXICON.tally_holds(t, u)))
                    && !st.phrases[k].adverb
            })
        {
            return;
        }
        // "4 Women, Man Shot": the toll is the count and the people listed bare beside it.
        if listed_beside(ctx, st, h) > 0 {
            return;
        }
        // A toll of one is often told without a figure ("a man was shot", "left one dead and
        // two others in critical condition"): only a lede of its own speaks for it, not parts.
        let one = qs[h].stated < 2.0;
        if !one
            && (caption_toll(rule, ctx, heads.len(), h, t, out)
                || parts_exceed(rule, ctx, heads.len(), h, t, out))
        {
            return;
        }
        let body: Vec<usize> = (heads.len()..qs.len())
            .filter(|&b| {
                self.toll(b) == Some(t)
                    && same_toll(&qs[h], &qs[b]) != Some(false)
                    && !self.repeated(&qs[b])
            })
            .collect();
        let (lede, lede_parts) = match body.iter().copied().find(|&b| self.is_lede(b, t, h, &body))
        {
            Some(l) if one && self.told_before(t, l) => return,
            Some(l) => (l, vec![l]),
            None if one => return,
            None => match self.joined(t, h, &body) {
                Some(parts) => (parts[0], parts),
                None => return,
            },
        };
        let lede_value = lede_parts
            .iter()
            .skip(1)
            .fold(qs[lede].value, |sum, &k| sum.add(&qs[k].value));
        if self.given(h, t) {
            set_counted_again(rule, ctx, (h, lede, &lede_parts), t, out);
            whole_told_otherwise(rule, ctx, (h, lede, &lede_parts), t, out);
            return;
        }
        // A headline rounds a hedged toll to its figure: "50 Die" for "more than 50".
        if body.iter().any(|&b| qs[b].stated == qs[h].stated) {
            return;
        }
        let Some(in_sentence) = self.misses((h, t), &body, (lede, &lede_parts), lede_value) else {
            return;
        };
        let (a, b) = (ctx.operand(h), ctx.operand(lede));
        let rest = if in_sentence {
            format!("though the figures after it add up to {}", describe(&a))
        } else {
            format!("and no figures of the body add up to {}", describe(&a))
        };
        let told = if lede_parts.len() > 1 {
            let terms: Vec<String> = lede_parts
                .iter()
                .map(|&k| describe(&ctx.operand(k)))
                .collect();
            format!("{} ({})", b.describe(&lede_value), terms.join(" + "))
        } else {
            describe(&b)
        };
        let message = format!(
            "the headline reports {} {}, but the body reports {told} (at {}), {rest}",
            describe(&a),
            LEXICON.tally_name(t),
            ctx.place(b.span),
        );
        // The body's figures of the toll, and the parts the lede was read from ("one marine
        // and two dozen Zetas" count what the headline's toll counts only together).
        let mut shown: Vec<usize> = body.iter().chain(&lede_parts).copied().collect();
        shown.sort_unstable();
        shown.dedup();
        let related: Vec<(usize, &str)> = shown.iter().map(|&k| (k, "body")).collect();
        report(rule, ctx, (&a, "headline"), &b, &related, message, out);
    }
}

#[cfg(test)]
mod tests;
