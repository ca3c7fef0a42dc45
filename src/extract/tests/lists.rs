//! Counts of people listed or given their ages before their verb: what each counts and the
//! event it shares.

use super::*;

/// The ages after a counted noun ("ages 3 to 10", "aged 80 or over") are no noun of the
/// phrase, and the verb after them is the count's.
#[test]
fn ages_after_the_noun_stand_between_it_and_its_verb() {
    for (text, figure, counts, event) in [
        (
            "Six children ages 3 to 10 died in the fire.",
            "Six",
            "child",
            Some("die"),
        ),
        (
            "Six grandchildren ages 3 months to 10 years old died.",
            "Six",
            "grandchild",
            Some("die"),
        ),
        (
            "Three boys aged 4 to 9 were hurt.",
            "Three",
            "boy",
            Some("hurt"),
        ),
        (
            "A total of 3,028 adults aged 18 or over were interviewed.",
            "3,028",
            "adult",
            Some("interview"),
        ),
        (
            "Four boys ages 5, 6, 7, and 11 were killed.",
            "Four",
            "boy",
            Some("kill"),
        ),
        // A joiner after the ages that opens no bound is the coordination's.
        (
            "Two brothers ages 5 and 7 and their mother were found dead.",
            "Two",
            "brother",
            Some("die"),
        ),
        // No verb after the ages: none is read from them.
        (
            "The wounded included six men aged 21 to 36.",
            "six",
            "man",
            None,
        ),
    ] {
        let q = find(text, figure);
        assert_eq!(
            (q.counts.as_deref(), q.event),
            (Some(counts), event),
            "{text}"
        );
    }
}

/// Counts of people listed with commas before one predicate share its event, at the head of
/// a clause; a count in a phrase of time, an object of a verb before it, or things that are
/// no people do not.
#[test]
fn counts_of_people_listed_share_their_predicate() {
    for (text, figure, event) in [
        ("3 adults, six children dead in shootings", "3", Some("die")),
        (
            "Two men, three women arrested after brawl",
            "Two",
            Some("arrest"),
        ),
        (
            "Police: 4 adults, 1 child shot in Evanston",
            "4",
            Some("shoot"),
        ),
        (
            "Six people, three men and three women, were wounded.",
            "Six",
            Some("wound"),
        ),
        // People listed bare, as a headline lists them.
        ("2 children, woman shot near park", "2", Some("shoot")),
        (
            "4 women, man, unborn child slain in ambush",
            "4",
            Some("slay"),
        ),
        ("2 Robbers, Hostage Killed in Chase", "2", Some("kill")),
        (
            "Pickup Kills 3 Girl Scouts, Adult Picking Up Trash",
            "3",
            Some("kill"),
        ),
        (
            "A father of four boys, Wheeler joined the Army in 1995.",
            "four",
            None,
        ),
        (
            // An aside of saying is no listed person's verb.
            "Three men, Smith said, were arrested.",
            "Three",
            None,
        ),
        ("In one case, two men were arrested.", "one", None),
        (
            "The dead included at least six guards, six attackers and four civilians, the agency reports.",
            "at least six",
            None,
        ),
        (
            "There were 25 lead changes among 13 drivers, 10 cautions and a fire.",
            "13",
            None,
        ),
    ] {
        assert_eq!(find(text, figure).event, event, "{text}");
    }
}

/// "eight of the dead lived nearby": the participle after "the" stands for the people, and
/// the verb after it is theirs, not a modifier of the word after that.
#[test]
fn the_dead_and_the_wounded_are_people() {
    for (text, figure, event) in [
        (
            "Police said eight of the dead lived nearby.",
            "eight",
            "die",
        ),
        ("Four of the wounded walked home.", "Four", "wound"),
        (
            "Three of the injured remain in hospital.",
            "Three",
            "injure",
        ),
    ] {
        let q = find(text, figure);
        assert_eq!(
            (q.counts.as_deref(), q.event),
            (Some("person"), Some(event)),
            "{text}"
        );
    }
}
