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
