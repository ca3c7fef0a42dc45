//! Tests of the story's headline tolls against its body.

use crate::rules::detect::acceptance::default_findings as run;

#[test]
fn a_body_figure_of_another_headline_toll_gives_no_other() {
    let text = |n: &str| {
        format!(
            "2 Killed, 2 Hurt in Crash\n\nTwo people were killed and {n} were hurt on Sunday when a car hit a wall."
        )
    };
    assert!(run(&text("two")).is_empty(), "{:?}", run(&text("two")));
    let got = run(&text("three"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(
            "warning event-tally the headline reports 2 injured, but the body reports 3"
        ),
        "{got:?}"
    );
}

#[test]
fn members_counted_in_turn_give_no_toll() {
    let text = |n: &str| {
        format!(
            "2 teenage boys shot in Roseland\n\n{n} teenage boys were shot Friday evening in Roseland.\n\nThe first boy was shot in the back, and the second was shot in a leg."
        )
    };
    assert!(run(&text("Two")).is_empty(), "{:?}", run(&text("Two")));
    let got = run(&text("Three"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0]
            .starts_with("warning event-tally the headline reports 2 shot, but the body reports 3"),
        "{got:?}"
    );
}

#[test]
fn a_headline_printed_again_gives_no_figure_of_the_body() {
    let text = |n: &str| {
        format!(
            "3 dead in house fire on Elm Street\n\nPHOTOS: 3 dead in house fire on Elm Street\n\n{n} people died when a fire swept through a house on Elm Street on Sunday."
        )
    };
    assert!(run(&text("Three")).is_empty(), "{:?}", run(&text("Three")));
    let got = run(&text("Four"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0]
            .starts_with("warning event-tally the headline reports 3 dead, but the body reports 4"),
        "{got:?}"
    );
    // A headline that lists a person bare beside its count counts them too.
    let text = "4 Women, Man Shot at Vigil\n\n4 Women, Man Shot at Vigil\n\nFive people were shot at a vigil on Monday.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_headline_toll_of_one_is_held_to_a_lede_of_its_own() {
    let text = |n: &str| {
        format!(
            "Shooting at house party leaves 1 man dead, 6 people wounded\n\n{n} killed and others were wounded in a shooting at a house party early Sunday.\n\nTwo of the wounded are in critical condition, one of whom is a 15-year-old girl."
        )
    };
    assert!(
        run(&text("One person was")).is_empty(),
        "{:?}",
        run(&text("One person was"))
    );
    // A one of no toll ("one of whom") does not give the headline's one.
    let got = run(&text("Two people were"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0]
            .starts_with("warning event-tally the headline reports 1 dead, but the body reports 2"),
        "{got:?}"
    );
}

#[test]
fn a_headline_toll_of_one_takes_no_parts() {
    // The two others are not among the dead, nor "injures 4" among the shot of "shoots 1".
    for text in [
        "Four shot in Long Beach, one dead\n\nAn early morning shooting left one dead and two others in critical condition, police said.",
        "Man fatally shoots 1, injures 4 at motel\n\nOne person has died and four others including a police officer were injured when a suspect fired shots at a motel.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn the_set_named_by_the_noun_of_headline_and_lede_is_counted_again() {
    let text = |n: &str| {
        format!(
            "Four teenagers shot at birthday party\n\n{n} teenagers were shot at a birthday party on Saturday night, deputies said.\n\nAbout 25 guests were at the hall when gunfire broke out.\n\nDeputies said the four teenagers were taken to a hospital."
        )
    };
    assert!(run(&text("Four")).is_empty(), "{:?}", run(&text("Four")));
    let got = run(&text("Five"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains(
            "the lede reports 5 shot, but the headline reports 4 and the body counts the whole set as 4"
        ),
        "{got:?}"
    );
    // A set of another noun is no count of the whole.
    let other = "Four teenagers shot at birthday party\n\nFive teenagers were shot at a birthday party on Saturday night.\n\nDeputies said the four boys were taken to a hospital.";
    assert!(run(other).is_empty(), "{:?}", run(other));
}

#[test]
fn an_ordinal_that_adds_counts_the_set_again() {
    let text = |n: &str| {
        format!(
            "Four shot on west side, minor injuries\n\nPolice say {n} people were shot on the west side early Saturday.\n\nOfficers said three people were taken to a hospital by ambulance. A fourth later showed up at the hospital with a gunshot wound."
        )
    };
    assert!(run(&text("four")).is_empty(), "{:?}", run(&text("four")));
    let got = run(&text("five"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains(
            "the lede reports 5 shot, but the headline reports 4 and the body counts the whole set as 4"
        ),
        "{got:?}"
    );
    // A lede of fewer is a part the ordinal adds to; a later ordinal counts on.
    for quiet in [
        "3 adults charged in shooting\n\nTwo people were charged Monday with endangerment.\n\nA third person is accused of selling the gun.",
        "Four shot on west side\n\nPolice say five people were shot early Saturday.\n\nThree were taken to a hospital. A fourth later showed up, and a fifth was found nearby.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}

#[test]
fn a_lede_with_an_of_phrase_states_the_toll() {
    let text = |n: &str| {
        format!(
            "Five Family Members Shot Outside Diner\n\n{n} members of a family were shot outside a diner on Saturday.\n\nThe five family members were taken to hospitals nearby."
        )
    };
    assert!(run(&text("Five")).is_empty(), "{:?}", run(&text("Five")));
    let got = run(&text("Six"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains(
            "the lede reports 6 shot, but the headline reports 5 and the body counts the whole set as 5"
        ),
        "{got:?}"
    );
    // A participle before the noun may name a part.
    let part = "Five Family Members Shot Outside Diner\n\nSix members of a family were shot outside a diner on Saturday.\n\nThe five wounded family members were taken to hospitals nearby.";
    assert!(run(part).is_empty(), "{:?}", run(part));
}

#[test]
fn a_whole_told_in_all_against_headline_and_lede() {
    let text = |n: &str| {
        format!(
            "Police: 6 Shot At Speakeasy\n\nPolice are investigating after a half-dozen people were shot overnight inside a speakeasy.\n\nA fight broke out, and then the gunfire rang out. In all, {n} people were shot, and patrons scattered."
        )
    };
    assert!(run(&text("six")).is_empty(), "{:?}", run(&text("six")));
    let got = run(&text("seven"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the body counts 7 shot in all, but the headline reports 6 and the lede 6"),
        "{got:?}"
    );
    // A wider toll, of its own place and time.
    let wider = "3 shot in Englewood\n\nThree people were shot in Englewood on Sunday night.\n\nIn all, 15 people were shot across the city over the weekend.";
    assert!(run(wider).is_empty(), "{:?}", run(wider));
}

#[test]
fn a_toll_noun_as_subject_states_the_toll_again() {
    let text = |n: &str| {
        format!(
            "Crash of Small Plane Kills 4\n\n{n} people were killed Wednesday in the crash of a small plane at an airfield, police said.\n\nFirefighters found the plane burning in brush. Four deaths were confirmed, the fire department said."
        )
    };
    assert!(run(&text("Four")).is_empty(), "{:?}", run(&text("Four")));
    let got = run(&text("Five"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains(
            "the lede reports 5 dead, but the headline reports 4 and the body counts the whole set as 4"
        ),
        "{got:?}"
    );
}

#[test]
fn a_lede_that_is_the_object_of_a_perfect_states_the_toll() {
    let text = |n: &str| {
        format!(
            "2 teenagers arrested in fatal shooting of girl\n\nPolice have arrested {n} teenagers in connection with the fatal shooting of a 15-year-old girl.\n\nShe died Saturday morning.\n\nTwo 15-year-old males were arrested and charged with manslaughter."
        )
    };
    assert!(run(&text("two")).is_empty(), "{:?}", run(&text("two")));
    let got = run(&text("three"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains(
            "the lede reports 3 arrested, but the headline reports 2 and the body counts the whole set as 2"
        ),
        "{got:?}"
    );
}

#[test]
fn a_killing_told_fatally_is_no_grade_of_the_toll() {
    let text = |n: &str| {
        format!(
            "Lounge Shooting Leaves One Dead, Three Injured\n\nA 30-year-old man was fatally shot and {n} others were injured during a drive-by shooting at a lounge early Sunday."
        )
    };
    assert!(run(&text("three")).is_empty(), "{:?}", run(&text("three")));
    let got = run(&text("four"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(
            "warning event-tally the headline reports 3 injured, but the body reports 4"
        ),
        "{got:?}"
    );
    // A killing by shooting is a shooting too: the lede tells two shootings.
    let two = "Four shot in Lansdowne area over weekend\n\nTwo people were shot Sunday in Lansdowne, a day after a man was fatally shot and another injured nearby.";
    assert!(run(two).is_empty(), "{:?}", run(two));
}
