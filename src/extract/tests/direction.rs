//! A figure that states a change (`direction`) and the level it reached.

use super::*;

/// The direction of a figure in `text` whose text is `figure`.
fn direction_of(text: &str, figure: &str) -> Option<Direction> {
    find(text, figure).direction
}

#[test]
fn a_change_and_the_level_it_reached_are_two_figures() {
    for (text, change, level) in [
        ("Shares in the chain rose 4.5% to 212p.", "4.5%", "212p"),
        (
            "The index gained 0.9 percent to 7,104.30.",
            "0.9 percent",
            "7,104.30",
        ),
        (
            "The benchmark fell 0.6 per cent to 15,220.",
            "0.6 per cent",
            "15,220",
        ),
        (
            "Its deficit widened after it increased by $3.2 billion to $88.1 billion.",
            "$3.2 billion",
            "$88.1 billion",
        ),
        ("Costs rose by 2% to 5%.", "2%", "5%"),
    ] {
        let c = find(text, change);
        let l = find(text, level);
        assert_ne!(c.qualifier, Qualifier::Range, "{text}");
        assert!(c.direction.is_some() && l.direction.is_none(), "{text}");
    }
    // A year and a figure: "rose in 2021 to 4.1 million" has no range in it.
    let q = find("Visitors rose in 2021 to 4.1 million.", "2021");
    assert_eq!(q.kind, Kind::Year);
    // Ends of one kind still make ranges, after a change word too.
    let q = find("Temperatures fell by 2 to 2.5 degrees.", "2 to 2.5 degrees");
    assert_eq!(
        (q.qualifier, bounds(&q)),
        (Qualifier::Range, (Some(2.0), Some(2.5)))
    );
    assert_eq!(q.direction, Some(Direction::Down));
    let q = find(
        "Fees range from 2 per cent to 2.5 per cent.",
        "2 per cent to 2.5 per cent",
    );
    assert_eq!(q.qualifier, Qualifier::Range);
    let q = find(
        "It cut its outlook from 4 to 6 per cent to 2 to 3 per cent.",
        "4 to 6 per cent",
    );
    assert_eq!(q.qualifier, Qualifier::Range);
    // "from A to B" alone is a change's two ends.
    assert_eq!(texts("Output rose from 310 to 345."), ["310", "345"]);
}

#[test]
fn direction_says_a_figure_states_a_change() {
    use Direction::{Down, Up};
    for (text, figure, d) in [
        ("The shares jumped 12% on Monday.", "12%", Some(Up)),
        ("Sales were up 3pc in March.", "3pc", Some(Up)),
        (
            "Profits were down 8.1 per cent.",
            "8.1 per cent",
            Some(Down),
        ),
        (
            "It reported a 4.4 percent drop in orders.",
            "4.4 percent",
            Some(Down),
        ),
        (
            "There was a 40 basis point improvement in margins.",
            "40",
            Some(Up),
        ),
        ("The index lost 1.2% on the day.", "1.2%", Some(Down)),
        (
            "The index fell more than 300 points.",
            "more than 300",
            Some(Down),
        ),
        ("Grants were cut by $4m this year.", "$4m", Some(Down)),
        (
            "The council hopes to grow its reserves by 15 per cent.",
            "15 per cent",
            Some(Up),
        ),
        ("There was an increase of 7% in claims.", "7%", Some(Up)),
        // The thing changed in an "of" phrase between the noun and the figure.
        (
            "There was an increase of receipts over the year 1890 of $516,080.",
            "$516,080",
            Some(Up),
        ),
        (
            "They voted a reduction of the postal rate to the level of 2 cents.",
            "2 cents",
            None,
        ),
        (
            "They saw an increase of cash of $207,100, in May, to $300,200.",
            "$207,100",
            None,
        ),
        ("On the day: Dow +0.4%, Nasdaq +1.1%.", "0.4%", Some(Up)),
        ("Shares closed 6% higher.", "6%", Some(Up)),
        (
            "Shares in A were down 1.5%, B by 2.5% and C by 0.5%.",
            "2.5%",
            Some(Down),
        ),
        // A difference from a level named after "than".
        (
            "By June 800 shootings had been reported, 96 fewer than a year earlier.",
            "96",
            Some(Down),
        ),
        (
            "Receipts were $764,465.91 more than in the preceding year.",
            "$764,465.91",
            Some(Up),
        ),
        // A multiple is no difference; "five more bodies" are more things.
        (
            "The chip is up to 10 times more powerful than its rival.",
            "up to 10 times",
            None,
        ),
        ("Divers found five more bodies on Friday.", "five", None),
        // Levels.
        ("Inflation rose to 3.1% in May.", "3.1%", None),
        ("Unemployment stood at 4.2%.", "4.2%", None),
        ("It was up to 20% cheaper.", "up to 20%", None),
        // Things counted, not a change: "cut 900 jobs", "lost 2 games", "added a 30 yard run".
        ("The firm cut 900 jobs last year.", "900", None),
        ("The team lost 2 games in a row.", "2", None),
        ("He added a 30 yard run.", "30 yard", None),
        // "lost $2m" is a loss, a level.
        ("The club lost $2m last season.", "$2m", None),
        // "gave up" points is a fall; "gave up" yards counts what was conceded.
        ("The Dow gave up 193 points.", "193", Some(Down)),
        ("The defence gave up 517 rushing yards.", "517", None),
        // After a measure, a change adverb before a place says where.
        (
            "It named 311 square miles off Morro Bay.",
            "311 square miles",
            None,
        ),
        (
            "The car stopped two miles down the road.",
            "two miles",
            None,
        ),
        ("The hut sits 300 metres up the hill.", "300 metres", None),
        // Before no place the adverb is the change.
        (
            "The river stood 3 feet higher on Monday.",
            "3 feet",
            Some(Up),
        ),
        (
            "The tide came in 2 metres up on last year.",
            "2 metres",
            Some(Up),
        ),
        ("Prices were 5% off on Friday.", "5%", Some(Down)),
    ] {
        assert_eq!(direction_of(text, figure), d, "{text}");
    }
}

#[test]
fn the_ends_of_a_change_share_what_one_writes() {
    // The low end takes the high end's scale and currency, or its unit.
    for (text, low, stated, kind) in [
        (
            "Revenue rose from 1.2 to 1.5 billion euros.",
            "1.2",
            1.2e9,
            Kind::Money,
        ),
        (
            "Revenue rose from $1.2 to $1.5 billion.",
            "$1.2",
            1.2e9,
            Kind::Money,
        ),
        (
            "Its value will grow from 24.2 to 33-35 billion euros.",
            "24.2",
            24.2e9,
            Kind::Money,
        ),
        (
            "Output rose from 2 to 3 million tons.",
            "2",
            2e6,
            Kind::Measure,
        ),
        // The high end takes the low end's unit when no noun of its own follows.
        (
            "He dropped from 208 kg to 193 by dieting.",
            "193",
            193.0,
            Kind::Measure,
        ),
    ] {
        let q = find(text, low);
        assert_eq!((q.stated, q.kind), (stated, kind), "{text}");
    }
    let q = find("Revenue rose from 1.2 to 1.5 billion euros.", "1.2");
    assert_eq!(q.currency, Some("EUR"));
    // Ends of unlike size keep their own scale; a noun after the high end is its own.
    assert_eq!(
        find("Users grew from 800 to 1.2 million.", "800").stated,
        800.0
    );
    let q = find("Fares went from $5 to 7 tickets a day.", "7");
    assert_eq!(q.kind, Kind::Count);
    // A fraction borrows no percent sign.
    assert_eq!(
        find("Its share fell from 40 percent to one-third.", "one-third").kind,
        Kind::Fraction
    );
    // Years stay years.
    assert_eq!(
        find("Sales rose from 2019 to 2021.", "2019").kind,
        Kind::Year
    );
}

#[test]
fn a_percent_glued_by_a_hyphen_is_a_change() {
    let q = find("He asked for a 3-percent increase.", "3-percent");
    assert_eq!((q.kind, q.direction), (Kind::Percent, Some(Direction::Up)));
    let q = find(
        "Rates posted a 2-percentage-point drop.",
        "2-percentage-point",
    );
    assert_eq!(
        (q.unit, q.direction),
        (Some("percentage_point"), Some(Direction::Down))
    );
}
