//! A headline that splits a toll the body states whole: "One dead, five hurt in Old Town
//! shooting" over "Seven people were shot". The shot are the dead and the injured
//! (`data/tallies.txt`), so the headline's two parts must add up to the body's whole.

use super::*;

impl Story<'_, '_> {
    /// The headline's two tolls that split one tally ("1 dead, 5 hurt" split the shot): each
    /// figure with its tally, and the tally they make, when the headline has no other toll.
    fn split_toll(&self) -> Option<([(usize, Tally); 2], Tally)> {
        let (qs, st) = (self.ctx.qs, self.st);
        let tolls: Vec<usize> = self
            .heads
            .iter()
            .copied()
            .filter(|&k| tally(&qs[k]).is_some())
            .collect();
        let [a, b] = tolls[..] else {
            return None;
        };
        let (ta, tb) = (tally(&qs[a])?, tally(&qs[b])?);
        let plain = |k: usize| {
            let p = &st.phrases[k];
            qs[k].qualifier == Qualifier::Exact
                && !(p.adverb || p.other || p.more || p.partitive != Partitive::None)
        };
        if ta == tb || !plain(a) || !plain(b) {
            return None;
        }
        let outer = LEXICON.tally_whole(ta, tb)?;
        Some(([(a, ta), (b, tb)], outer))
    }

    /// Reports the headline's parts when they add up to fewer than the body's whole toll
    /// (more may be right: the injured may have been hurt otherwise than shot, the body's
    /// whole may tell one scene of several). Returns true when it reports one.
    pub(in crate::rules::detect::tally) fn check_split(
        &self,
        rule: &Rule,
        out: &mut Vec<Finding>,
    ) -> bool {
        let Some(([(a, ta), (b, tb)], outer)) = self.split_toll() else {
            return false;
        };
        let (ctx, qs) = (self.ctx, self.ctx.qs);
        let body: Vec<usize> = (self.heads.len()..qs.len())
            .filter(|&k| tally(&qs[k]) == Some(outer) && same_toll(&qs[a], &qs[k]) != Some(false))
            .collect();
        let Some(lede) = body
            .iter()
            .copied()
            .find(|&k| self.is_lede(k, outer, a, &body))
            .filter(|&k| qs[k].qualifier == Qualifier::Exact)
        else {
            return false;
        };
        // "Two Cops Wounded" may be some of the wounded: a part that counts a kind of what the
        // whole counts is no whole part.
        let narrower = |k: usize| {
            qs[k]
                .counts
                .as_deref()
                .zip(qs[lede].counts.as_deref())
                .is_some_and(|(x, y)| x != y && crate::wordnet::kind_of(x, y))
        };
        // "four separate shootings that left 10 people shot": a toll of several incidents.
        let s = qs[lede].sentence;
        let sentence =
            qs.partition_point(|q| q.sentence < s)..qs.partition_point(|q| q.sentence <= s);
        let incidents = qs[sentence].iter().any(|q| {
            q.kind == Kind::Count
                && q.stated >= 2.0
                && q.counts
                    .as_deref()
                    .is_some_and(|n| LEXICON.event(n).is_some_and(|e| e.noun))
        });
        if narrower(a) || narrower(b) || incidents {
            return false;
        }
        let parts = qs[a].value.add(&qs[b].value);
        // More parts than the whole may tell victims the whole leaves out (another scene, the
        // hurt who were not shot); fewer leave some of the shot neither dead nor hurt.
        if parts.hi.zip(qs[lede].value.lo).is_none_or(|(p, w)| p >= w) {
            return false;
        }
        let (pa, pb, whole) = (ctx.operand(a), ctx.operand(b), ctx.operand(lede));
        let message = format!(
            "the headline reports {} {} and {} {}, {} in all, but the body reports {} {} (at {})",
            describe(&pa),
            LEXICON.tally_name(ta),
            describe(&pb),
            LEXICON.tally_name(tb),
            pa.describe(&parts),
            describe(&whole),
            LEXICON.tally_name(outer),
            ctx.place(whole.span),
        );
        let related = [(b, "headline"), (lede, "body")];
        report(rule, ctx, (&pa, "headline"), &whole, &related, message, out)
    }
}
