//! Events of harm: a harm that killed, others with an act of their own, asides that hold a
//! figure of their own.

use super::*;

#[test]
fn a_harm_that_killed_is_a_killing() {
    for (text, figure) in [
        ("2 shot dead, 3 hurt in park", "2"),
        ("Two men were shot dead on Friday.", "Two"),
        ("Three people were stabbed to death in the flat.", "Three"),
        ("Four hikers were crushed to death by the slide.", "Four"),
        ("2 men fatally shot at vigil", "2"),
    ] {
        assert_eq!(find(text, figure).event, Some("kill"), "{text}");
    }
    // The harm alone, or a word of death elsewhere in the clause, is no killing.
    for (text, figure, event) in [
        ("Two men were shot on Friday.", "Two", "shoot"),
        (
            "Three people were stabbed near the dead end.",
            "Three",
            "stab",
        ),
        ("2 shot dead, 3 hurt in park", "3", "hurt"),
    ] {
        assert_eq!(find(text, figure).event, Some(event), "{text}");
    }
}

#[test]
fn others_with_a_clause_of_their_own_keep_their_own_act() {
    // "four others were in hospital" tells where they are, not that they were killed.
    let q = find(
        "Two people were killed and four others were in the hospital.",
        "four",
    );
    assert_eq!(q.event, None);
    assert_eq!(q.counts.as_deref(), Some("person"));
    let q = find(
        "Two were pronounced dead at the scene and two others are in serious condition.",
        "two",
    );
    assert_eq!(q.event, None);
    // Any verb of their own after "others", not only "be" or "have".
    for text in [
        "Two people have died while three others remain in hospital.",
        "Two people were killed, and three others remain hospitalized.",
    ] {
        assert_eq!(find(text, "three").event, None, "{text}");
    }
    assert_eq!(
        find(
            "Two people died and three others suffered injuries.",
            "three"
        )
        .event,
        Some("injure")
    );
    // A bare count's verb that no noun reads as: "three remain missing" were not killed.
    assert_eq!(
        find("Two people were killed and three remain missing.", "three").event,
        None
    );
    // Yet a word after "more" or "others" that modifies a noun, or names a time, is no verb
    // of theirs: the act before is theirs.
    for (text, figure, event) in [
        (
            "Police arrested three more suspects on Friday.",
            "three",
            "arrest",
        ),
        (
            "The agency dispatched 14 more refrigerated trucks.",
            "14",
            "dispatch",
        ),
        (
            "The gunman killed two teens and wounded four others last summer.",
            "four",
            "wound",
        ),
    ] {
        assert_eq!(find(text, figure).event, Some(event), "{text}");
    }
    // Others with no verb of their own share the act before them.
    assert_eq!(
        find("Gunmen killed three people and two others.", "two").event,
        Some("kill")
    );
    assert_eq!(
        find("Two people were killed and four others wounded.", "four").event,
        Some("wound")
    );
}

#[test]
fn an_aside_with_a_hyphenated_figure_still_closes() {
    // The hyphens of "14-year-old" are no dash: the aside closes at its comma.
    for text in [
        "Two men were killed and eight others, including a 14-year-old girl, have been wounded.",
        "Eight others, including a 14-year-old girl, were wounded.",
    ] {
        let figure = if text.starts_with("Two") {
            "eight"
        } else {
            "Eight"
        };
        assert_eq!(find(text, figure).event, Some("wound"), "{text}");
    }
    // A dash glued to its words still closes an aside opened by one.
    assert_eq!(
        find(
            "Examinations of the first 16 bodies—all recovered whole—show no burns.",
            "16"
        )
        .event,
        Some("examine")
    );
}

#[test]
fn cases_that_proved_fatal_are_deaths() {
    // "fatal" after a copula or "proved" names the death, past an aside set off by commas.
    for (text, figure) in [
        ("Of the 90 cases, 20 proved fatal.", "20"),
        ("Of the 90 cases, 20 were fatal.", "20"),
        (
            "About 100,000 cases occurred, of which about 20,000, according to estimates, \
             proved fatal.",
            "about 20,000",
        ),
    ] {
        let q = find(text, figure);
        assert_eq!(
            (q.counts.as_deref(), q.event),
            (Some("case"), Some("die")),
            "{text}"
        );
    }
    // A plea names its verb as an arrest does.
    let q = find("The sentence was based on her two guilty pleas.", "two");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("plea"), Some("plead"))
    );
}

#[test]
fn an_adverb_after_an_aside_between_dashes() {
    let q = find(
        "Only one of these — the long war in the south — ever threatened the union.",
        "one",
    );
    assert_eq!(q.event, Some("threaten"));
}

#[test]
fn a_second_subject_set_off_by_commas_shares_the_verb() {
    for (text, figure, event) in [
        (
            "Four women, and a man who drove them, were arrested at the border.",
            "Four",
            "arrest",
        ),
        (
            "About 1,800 tents, and rations worth about $25,000, were sent to the towns.",
            "About 1,800",
            "send",
        ),
    ] {
        assert_eq!(find(text, figure).event, Some(event), "{text}");
    }
    // Only a finite "be" or "have" closes it: "later" opens no verb group of the figure's.
    let q = find(
        "They filled bags with as many as 1,000 documents, and fled, later meeting at a farm.",
        "as many as 1,000",
    );
    assert_ne!(q.event, Some("meet"));
}

#[test]
fn those_behind_an_act_did_it() {
    for (text, figure, event) in [
        (
            "At most two leopards are behind the attacks.",
            "At most two",
            "attack",
        ),
        (
            "Three men responsible for the shooting fled.",
            "Three",
            "shoot",
        ),
    ] {
        assert_eq!(find(text, figure).event, Some(event), "{text}");
    }
}

#[test]
fn reported_to_a_noun_is_a_report() {
    // "reported to police": "police" is read first as a noun, so no infinitive follows.
    let q = find(
        "Three men reported to police that they were robbed.",
        "Three",
    );
    assert_eq!(q.event, Some("report"));
    let q = find("Two men were reported to have died.", "Two");
    assert_eq!(q.event, Some("die"));
}
