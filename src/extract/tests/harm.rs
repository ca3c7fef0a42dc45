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
