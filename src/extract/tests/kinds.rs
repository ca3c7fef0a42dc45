//! What kind a figure is: ordinals, fractions, years, dates, times, ages, scores, identifiers,
//! names and codes that are no counts; negatives, word numbers, lists and pairs.

use super::*;

/// Each case's figure, found in its text, is of its kind.
pub(super) fn assert_kinds(cases: &[(&str, &str, Kind)]) {
    for &(text, figure, kind) in cases {
        assert_eq!(find(text, figure).kind, kind, "{text}");
    }
}

#[test]
fn ordinals_and_fractions() {
    assert_eq!(
        find("A second suspect was held.", "A second").kind,
        Kind::Ordinal
    );
    assert_eq!(
        find("A fourth suspect was held.", "A fourth").kind,
        Kind::Ordinal
    );
    let q = find("A quarter of voters stayed home.", "A quarter");
    assert_eq!((q.kind, q.stated), (Kind::Fraction, 0.25));
    let q = find("Two-thirds of members agreed.", "Two-thirds");
    assert_eq!(q.kind, Kind::Fraction);
    assert!((q.stated - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(find("She finished 21st.", "21st").kind, Kind::Ordinal);
    let q = find("One in five adults smoke.", "One in five");
    assert_eq!((q.kind, q.stated), (Kind::Fraction, 0.2));
    // "every" before the whole: "two out of every three".
    let q = find(
        "Two out of every three victims are women.",
        "Two out of every three",
    );
    assert_eq!(q.kind, Kind::Fraction);
    assert!((q.stated - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(q.counts.as_deref(), Some("victim"));
    let q = find("One in every five adults smokes.", "One in every five");
    assert_eq!((q.kind, q.stated), (Kind::Fraction, 0.2));
}

#[test]
fn years_dates_times_ages_scores_and_identifiers_are_not_counts() {
    let cases = [
        ("The law passed in 2019.", "2019", Kind::Year),
        ("Prices peaked in the 1990s.", "1990s", Kind::Year),
        ("They met on March 4.", "4", Kind::Date),
        ("They met on 4 March.", "4", Kind::Date),
        ("It opened at 3pm.", "3pm", Kind::Time),
        ("It opened at 10:30 on Monday.", "10:30", Kind::Time),
        // "o'clock" makes a time of a number in words too; "am" does not ("one am").
        ("They met at four o'clock.", "four", Kind::Time),
        ("They met at 5 o’clock.", "5", Kind::Time),
        ("A 34-year-old man was held.", "34-year-old", Kind::Age),
        ("The driver, aged 61, died.", "61", Kind::Age),
        ("John Smith, 45, was charged.", "45", Kind::Age),
        (
            "The storm killed five children, the oldest one 12.",
            "12",
            Kind::Age,
        ),
        (
            "Three pupils were hurt; the youngest, 9, is in hospital.",
            "9",
            Kind::Age,
        ),
        ("The oldest 15 members left the club.", "15", Kind::Count),
        ("The actor died at 85 on Monday.", "85", Kind::Age),
        ("All but one of the boys died.", "one", Kind::Other),
        ("Film Pioneer Dead at 100", "100", Kind::Age),
        ("The Lions won 24-18 at home.", "24-18", Kind::Score),
        ("Traffic on Route 66 slowed.", "66", Kind::Identifier),
        ("The UK triggered Article 50.", "50", Kind::Identifier),
        ("Leaders of the G8 met.", "8", Kind::Identifier),
        ("Call 555-1234 now.", "555-1234", Kind::Identifier),
        ("She is one of the best.", "one", Kind::Other),
        ("He appeared on the One Show.", "One", Kind::Identifier),
        // A possessive names the index "Poor's 500"; digits grouped in thousands after one are
        // the owner's count.
        (
            "The Standard & Poor's 500 index fell.",
            "500",
            Kind::Identifier,
        ),
        (
            "Clinton received 65,844,610 votes to Trump's 62,979,636.",
            "62,979,636",
            Kind::Count,
        ),
        ("The 2015-16 season ended.", "2015-16", Kind::Year),
        // A model's name after three or four digits; not "More", nor a people's name, nor
        // after a title-case headline's verb, nor "Aboard".
        (
            "Boeing unveiled the 787 Dreamliner.",
            "787",
            Kind::Identifier,
        ),
        ("Chain Closing 200 More US Stores", "200", Kind::Count),
        (
            "The ship carried 499 Chinese gold miners.",
            "499",
            Kind::Count,
        ),
        ("Wild Leopard Ate 15 Women, Children", "15", Kind::Count),
        // A preposition after the digits names nothing.
        ("Jet Shot Down, 298 Aboard", "298", Kind::Count),
    ];
    assert_kinds(&cases);
}

/// A year-like number before a plural it dates is a year: a word of `year-noun`, or an event's
/// noun after a determiner or a possessive. Before other plurals, and before an event's noun
/// with no determiner, it counts.
#[test]
fn years_before_the_plurals_they_date() {
    let cases = [
        ("He quit before the 2007 elections.", "2007", Kind::Year),
        (
            "The firm will give its 2004 results in March.",
            "2004",
            Kind::Year,
        ),
        ("Stocks remain down on 2004 levels.", "2004", Kind::Year),
        ("The film is about the 1972 killings.", "1972", Kind::Year),
        (
            "The party's 2020 debates were cancelled.",
            "2020",
            Kind::Year,
        ),
        (
            "He was tried for the gunman's 2018 shootings.",
            "2018",
            Kind::Year,
        ),
        ("Police made 2015 arrests last year.", "2015", Kind::Count),
        (
            "The firm and its 2000 employees moved.",
            "2000",
            Kind::Count,
        ),
    ];
    assert_kinds(&cases);
}

/// "-plus" after a figure is a lower bound, and the unit after it is the figure's: "70-plus
/// miles" is at least 70 miles.
#[test]
fn plus_after_a_figure_is_a_lower_bound() {
    let q = find("She drives 70-plus miles each day.", "70-plus miles");
    assert_eq!(
        (q.kind, q.qualifier, q.unit),
        (Kind::Measure, Qualifier::AtLeast, Some("mile"))
    );
    assert_eq!((q.value.lo, q.value.hi), (Some(70.0), None));
    let banks = find("The firm owes 200-plus banks.", "200-plus");
    assert_eq!(
        (banks.kind, banks.qualifier),
        (Kind::Count, Qualifier::AtLeast)
    );
}

/// Police shorthand for ages ("47-yo", "9-yr-old") reads as an age, and one capital letter
/// glued behind the digits names a code ("3-D", "a 10-K filing").
#[test]
fn age_shorthand_and_letter_codes() {
    let cases = [
        ("Also hit was 47-yo Demetrius Williams.", "47-yo", Kind::Age),
        ("A 9-yr-old boy was shot.", "9-yr-old", Kind::Age),
        (
            "Plans for 3-D printed guns were posted.",
            "3",
            Kind::Identifier,
        ),
        (
            "The firm filed its 10-K report late.",
            "10",
            Kind::Identifier,
        ),
    ];
    assert_kinds(&cases);
}

/// A small number before a word of `model-after` is part of a model's name; not when a plural
/// noun follows the model's words (what the figure counts), nor before a prefix.
#[test]
fn model_words_after_small_numbers() {
    let cases = [
        (
            "Apple showed the iPhone 11 Pro and the 12 Pro Max.",
            "12",
            Kind::Identifier,
        ),
        ("He drove a BMW 1 Series to work.", "1", Kind::Identifier),
        ("Photo: 21 Pro Video", "21", Kind::Identifier),
        ("The airline had 14 Max jets in service.", "14", Kind::Count),
        ("Frisbee League Lost 3 Pro Players", "3", Kind::Count),
        ("Police held 2 Pro-Russian rebels.", "2", Kind::Count),
    ];
    assert_kinds(&cases);
}

#[test]
fn weekdays_and_relative_times_are_not_figures() {
    assert!(
        texts("Two suspects died on Thursday, officials said last week.")
            .iter()
            .all(|t| t == "Two")
    );
    assert!(
        texts("Which one do you prefer?").is_empty()
            || find("Which one do you prefer?", "one").kind == Kind::Other
    );
}

#[test]
fn negatives_and_word_numbers() {
    assert_eq!(find("It fell to -5 overnight.", "-5").stated, -5.0);
    assert_eq!(find("The answer is minus four.", "minus four").stated, -4.0);
    assert_eq!(
        find(
            "It held one hundred and five people.",
            "one hundred and five"
        )
        .stated,
        105.0
    );
    assert_eq!(
        find("Twenty-three people came.", "Twenty-three").stated,
        23.0
    );
    assert_eq!(
        find("Half a million people marched.", "Half a million").stated,
        5e5
    );
    assert_eq!(find("A crowd of 1,200 gathered.", "1,200").stated, 1200.0);
}

#[test]
fn spans_line_and_sentence() {
    let text = "Headline\n\nPolice said 13 people were arrested. Later, 4 more were held.";
    let (doc, qs) = quantities(text);
    assert_eq!(qs.len(), 2);
    assert_eq!(doc.slice(qs[0].span), "13");
    assert_eq!(doc.line_col(qs[0].span.start), (3, 13));
    assert_eq!((qs[0].sentence, qs[1].sentence), (1, 2));
}

#[test]
fn lists_of_ages_and_grouped_numbers() {
    let text = "The victims, ages 14, 16 and 18, were treated.";
    for figure in ["14", "16", "18"] {
        assert_eq!(find(text, figure).kind, Kind::Age, "{figure}");
    }
    // The run goes on to a verb, and ends at a figure with a noun of its own.
    let text = "Four boys ages 5, 6, 7, and 11 were killed.";
    assert_eq!(find(text, "11").kind, Kind::Age);
    let text = "They named three males, ages 4 and 13, two females, ages 6 and 9.";
    let q = find(text, "two");
    assert_eq!((q.kind, q.counts.as_deref()), (Kind::Count, Some("female")));
    // With no "ages": whole numbers joined by commas and "and" after a plural of people.
    let text = "Two men, 25 and 30, were shot; three brothers, 14, 16 and 17, were hurt.";
    for figure in ["25", "30", "14", "16", "17"] {
        assert_eq!(find(text, figure).kind, Kind::Age, "{figure}");
    }
    let q = find(text, "Two");
    assert_eq!((q.counts.as_deref(), q.event), (Some("man"), Some("shoot")));
    assert_eq!(find(text, "three").event, Some("hurt"));
    // Not after a plural of things, nor a lone number after one: "12 stores, 30 and 40".
    let text = "It closed 12 stores, 30 and 40 miles apart, last year.";
    assert_ne!(find(text, "30").kind, Kind::Age);
    // A range of ages is a range.
    let q = find("Four men, ages 19-23, were shot.", "19-23");
    assert_eq!((q.kind, q.qualifier), (Kind::Age, Qualifier::Range));
    assert_eq!((q.value.lo, q.value.hi), (Some(19.0), Some(23.0)));
    // "number 10" names a thing; "this number 244" counts.
    assert_eq!(find("He lives at number 10.", "10").kind, Kind::Identifier);
    assert_eq!(
        find("Of this number 244 were removed.", "244").kind,
        Kind::Count
    );
    let q = find("Call 252-972-1411 with tips.", "252-972-1411");
    assert_eq!(q.kind, Kind::Identifier);
    // A participle is no counted noun: "two interacting" counts nothing of its own.
    assert_eq!(find("He saw two interacting.", "two").counts, None);
}

#[test]
fn decades_ranks_and_suspended_percentages() {
    assert_eq!(
        find("Cars hit it six times since the early '90s.", "90s").kind,
        Kind::Year
    );
    assert_eq!(find("Music of the 1960s.", "1960s").kind, Kind::Year);
    // A decade of someone's life is an age, not a count of the people or a year.
    for (text, fig) in [
        ("A man in his 20s was shot.", "20s"),
        ("Two women in their early 30s were hurt.", "30s"),
        ("She is in her mid-40s.", "40s"),
        ("A driver in his late 70s died.", "70s"),
    ] {
        assert_eq!(find(text, fig).kind, Kind::Age, "{text}");
    }
    // Without an owner it stays what it was: a decade of the calendar, or a count.
    assert_eq!(
        find("Fashion of the late 70s returned.", "70s").kind,
        Kind::Year
    );
    assert_eq!(find("Prices in the 20s were low.", "20s").kind, Kind::Year);
    assert_eq!(find("It was her top five hit.", "five").kind, Kind::Other);
    assert_eq!(
        find("They slipped into the bottom three during May.", "three").kind,
        Kind::Other
    );
    assert_eq!(
        find("He used the same one across all his accounts.", "one").kind,
        Kind::Other
    );
    assert_eq!(
        find("The top five teams went through.", "five").kind,
        Kind::Count
    );
    assert_eq!(find("Bonds at 5 and 6 per cent.", "5").kind, Kind::Percent);
    // The year of a date written with a comma.
    assert_eq!(
        find("Under the act of June 27, 1890 they were paid.", "1890").kind,
        Kind::Year
    );
    assert_eq!(
        find("On the 1st day of July, 1884, there were 9,788.", "1884").kind,
        Kind::Year
    );
}

#[test]
fn pairs_that_are_not_ranges() {
    let q = find("They won 3-5 on Sunday.", "3-5");
    assert_eq!(
        (q.kind, q.stated, q.qualifier),
        (Kind::Score, 3.0, Qualifier::Exact)
    );
    let q = find("Call 555-1234 now.", "555-1234");
    assert_eq!((q.kind, q.stated), (Kind::Identifier, 555.0));
    assert_eq!(find("In 1990-1995 it rose.", "1990-1995").kind, Kind::Year);
    assert_eq!(find("A 24/7 service opened.", "24/7").kind, Kind::Other);
}

#[test]
fn a_lone_spaced_minus_is_a_sign() {
    assert_eq!(find("- 10 k", "- 10 k").stated, -10000.0);
}

#[test]
fn identifier_abbreviations_need_their_dot() {
    assert_eq!(find("He lives at No. 10 now.", "10").kind, Kind::Identifier);
    assert_eq!(find("Take the number 17 bus.", "17").kind, Kind::Identifier);
    assert_eq!(find("There were no 5 people left.", "5").kind, Kind::Count);
    // A figure with a scale names no item: "number" is a verb here.
    assert_eq!(find("Its net users number 100m.", "100m").kind, Kind::Count);
}

#[test]
fn names_codes_and_addresses_are_no_counts() {
    for (text, figure) in [
        ("The iPhone 13 sold well.", "13"),
        ("Four people were shot in the 4100 block of Elm.", "4100"),
        ("He lives at 11 Maple Street now.", "11"),
        ("No 10 said so.", "10"),
        ("Homes in the 10021 ZIP code cost more.", "10021"),
        ("It flies the 767 Freighter.", "767"),
        ("The 5G rollout began.", "5G"),
        ("Police went to 6727 S. Lois Ave. at noon.", "6727"),
    ] {
        assert_eq!(find(text, figure).kind, Kind::Identifier, "{text}");
    }
    // A unit of its own makes a measure after a name: "Tylenol 500mg".
    assert_eq!(find("Advil 200mg tablets.", "200mg").kind, Kind::Measure);
    // Initials that lead to no street name leave a count.
    assert_eq!(find("He won 3 U.S. Open titles.", "3").kind, Kind::Count);
    // A plural after the digits is counted: "300 Britons".
    assert_eq!(find("It flew 300 Britons home.", "300").kind, Kind::Count);
    // Two years make a span of years.
    assert_eq!(
        find("Between 1820 and 1850 it grew.", "Between 1820 and 1850").kind,
        Kind::Year
    );
    assert_eq!(
        find("Sea levels may rise by 2150.", "2150").kind,
        Kind::Year
    );
}

#[test]
fn gallery_and_page_counters_are_identifiers() {
    // "Image 7 of 32" places a caption in a gallery; neither number counts what the caption
    // tells of ("Seven people were shot").
    let text = "Image 7 of 32 Officers surround the suspect's car. Seven people were shot.";
    let (doc, qs) = quantities(text);
    let kinds: Vec<(&str, Kind)> = qs.iter().map(|q| (doc.slice(q.span), q.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            ("7", Kind::Identifier),
            ("32", Kind::Identifier),
            ("Seven", Kind::Count)
        ]
    );
    assert_eq!(
        find("Page 3 of 10 of the report.", "10").kind,
        Kind::Identifier
    );
    // A part of a whole is no sequence: "3 of 10 photos" counts photos.
    let q = find("He kept 3 of 10 photos.", "3");
    assert_eq!((q.kind, q.counts.as_deref()), (Kind::Count, Some("photo")));
}

#[test]
fn cents_after_a_hyphen_in_old_print() {
    // A grouped sum of money and two digits glued to it by a hyphen: its cents.
    let q = find(
        "Expenses amounted to $654,137,907-89 last year.",
        "$654,137,907-89",
    );
    assert_eq!((q.kind, q.stated), (Kind::Money, 654_137_907.89));
    // A range of money stays a range; an ungrouped pair is no sum with cents.
    let q = find("Rooms cost $5-10 a night.", "$5-10");
    assert_eq!(bounds(&q), (Some(5.0), Some(10.0)));
    let q = find("Prices ran $1,000-$2,000 a night.", "$1,000-$2,000");
    assert_eq!(bounds(&q), (Some(1000.0), Some(2000.0)));
}

#[test]
fn pounds_weigh_unless_money_is_said() {
    let weight = |text: &str, figure: &str| {
        let q = find(text, figure);
        assert_eq!(
            (q.kind, q.unit, q.currency),
            (Kind::Measure, Some("pound"), None),
            "{text}"
        );
    };
    let money = |text: &str, figure: &str| {
        let q = find(text, figure);
        assert_eq!((q.kind, q.currency), (Kind::Money, Some("GBP")), "{text}");
    };
    weight(
        "The suspect is 6 feet tall and weighs 185 pounds.",
        "185 pounds",
    );
    weight(
        "Deputies seized 48 pounds of marijuana worth $300,000.",
        "48 pounds",
    );
    weight(
        "The reserve now stands at 46 million pounds.",
        "46 million pounds",
    );
    weight("He dropped from 208 pounds to 193.", "208 pounds");
    weight("A 400-pound bear wandered into the yard.", "400-pound");
    // A word of money before the figure speaks for it only within its clause.
    weight(
        "He ran up debts and gained up to 50 pounds.",
        "up to 50 pounds",
    );
    money(
        "The club paid 50 million pounds for the striker.",
        "50 million pounds",
    );
    money("Britain paid the sum of 15,000 pounds.", "15,000 pounds");
    money("Fans must pay five pounds for a ticket.", "five pounds");
    money(
        "The thieves took 20,000 pounds worth of jewellery.",
        "20,000 pounds",
    );
    money(
        "It spent 2 million pounds of taxpayers' money.",
        "2 million pounds",
    );
    money("Littering brings a 100-pound fine.", "100-pound");
    // British copy that writes "£" means money by "pounds" as well.
    money(
        "The car costs £80,000. Rivals sell for 60,000 pounds.",
        "60,000 pounds",
    );
}

#[test]
fn vague_amounts_of_money_and_units() {
    let q = find("The fraud cost millions of dollars.", "millions of dollars");
    assert_eq!((q.kind, q.currency), (Kind::Money, Some("USD")));
    assert_eq!(q.qualifier, Qualifier::Vague);
    let q = find("The storm was hundreds of miles wide.", "hundreds of miles");
    assert_eq!((q.kind, q.unit), (Kind::Measure, Some("mile")));
    let q = find("It took a couple of hours.", "a couple of hours");
    assert_eq!((q.kind, q.unit), (Kind::Measure, Some("hour")));
    // "pounds of marijuana" weighs, as after a number.
    let q = find(
        "They seized hundreds of pounds of marijuana.",
        "hundreds of pounds",
    );
    assert_eq!((q.kind, q.unit), (Kind::Measure, Some("pound")));
    // A scale after "several hundred" multiplies it again.
    let q = find(
        "Several hundred million dollars were saved.",
        "Several hundred million dollars",
    );
    assert_eq!((q.kind, q.stated), (Kind::Money, 3e8));
    let q = find(
        "A few hundred thousand people came.",
        "A few hundred thousand",
    );
    assert_eq!((q.stated, q.counts.as_deref()), (3e5, Some("person")));
    // Things counted stay counts.
    let q = find("Thousands of people marched.", "Thousands");
    assert_eq!((q.kind, q.counts.as_deref()), (Kind::Count, Some("person")));
}

#[test]
fn units_of_two_words() {
    for (text, figure, unit) in [
        (
            "The park covers 41 square miles.",
            "41 square miles",
            "square_mile",
        ),
        (
            "The ship was 280 nautical miles out.",
            "280 nautical miles",
            "nautical_mile",
        ),
        (
            "They rushed out of the 4,500-square-foot venue.",
            "4,500-square-foot",
            "square_foot",
        ),
        (
            "It exported 3 million metric tons.",
            "3 million metric tons",
            "tonne",
        ),
    ] {
        let q = find(text, figure);
        assert_eq!((q.kind, q.unit), (Kind::Measure, Some(unit)), "{text}");
    }
    // "square" before no unit is no unit: "three square meals" counts meals.
    let q = find("He ate three square meals.", "three");
    assert_eq!((q.kind, q.counts.as_deref()), (Kind::Count, Some("meal")));
}

#[test]
fn rates_and_bores_are_measures() {
    for (text, figure, unit) in [
        (
            "It flew at 800 miles per hour.",
            "800 miles per hour",
            "mile_per_hour",
        ),
        (
            "He drove 30 miles an hour.",
            "30 miles an hour",
            "mile_per_hour",
        ),
        (
            "Police found a .40-caliber handgun.",
            ".40-caliber",
            "caliber",
        ),
        ("He fired a 12-gauge shotgun.", "12-gauge", "gauge"),
    ] {
        let q = find(text, figure);
        assert_eq!((q.kind, q.unit), (Kind::Measure, Some(unit)), "{text}");
    }
    // A unit per a period with no rate of that name stays the unit.
    assert_eq!(find("She ran 5 miles a day.", "5 miles").unit, Some("mile"));
}
