//! Ages told by the words around a bare number, not by "-year-old" or "aged".

use super::kinds::assert_kinds;
use super::*;

/// A bare whole number that completes "is" or "was" after a person is an age; after a thing,
/// before a unit, in a list or in a title-case headline it is not.
#[test]
fn ages_that_complete_is_or_was() {
    let cases = [
        ("One of the victims was 34, police said.", "34", Kind::Age),
        ("The man, who was 45, died at the scene.", "45", Kind::Age),
        ("She moved to Leeds when she was 12.", "12", Kind::Age),
        (
            "Police said the driver is 62 and lives nearby.",
            "62",
            Kind::Age,
        ),
        ("Officers said Maria Lopez was 19.", "19", Kind::Age),
        ("The final score was 34.", "34", Kind::Count),
        ("The tower is 90 metres tall.", "90 metres", Kind::Measure),
        ("The crowd is 25, 30, 40 feet away.", "25", Kind::Count),
        ("Tests showed Smith's IQ is 67.", "67", Kind::Count),
        ("Van Shooting Is 14", "14", Kind::Count),
    ];
    assert_kinds(&cases);
}

/// A bare whole number after "turn" is the age reached; a hedged one, a measure, or one
/// before its counted noun is not.
#[test]
fn ages_reached_after_turn() {
    let cases = [
        (
            "The boy would have turned 8 at the end of the month.",
            "8",
            Kind::Age,
        ),
        ("Her son, who turns 4 on Friday, is awake.", "4", Kind::Age),
        ("She turned 16 yesterday.", "16", Kind::Age),
        ("The actor turns 50 today.", "50", Kind::Age),
        (
            "Forty bands turned up to one gig.",
            "up to one",
            Kind::Count,
        ),
        (
            "The firm turns 300 acres into farms.",
            "300 acres",
            Kind::Measure,
        ),
        ("The team turned 12 players away.", "12", Kind::Count),
    ];
    assert_kinds(&cases);
}

/// An age between a count and its noun describes the noun: "two 15-year-old males" count
/// males; "one 90-year-old has died" counts no noun after the age.
#[test]
fn an_age_between_a_count_and_its_noun() {
    let q = find(
        "Two 15-year-old males were arrested and charged with manslaughter.",
        "Two",
    );
    assert_eq!(q.counts.as_deref(), Some("male"));
    assert_eq!(q.event, Some("arrest"));
    let q = find("Police said three 20-year-old women were shot.", "three");
    assert_eq!(q.counts.as_deref(), Some("woman"));
    assert_eq!(q.event, Some("shoot"));
    let q = find(
        "At least one 90-year-old has died of heat stroke.",
        "At least one",
    );
    assert_ne!(q.counts.as_deref(), Some("has"));
}
