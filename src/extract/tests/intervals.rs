//! Hedges, rounding and bounds read as intervals; money, percentages and measures.

use super::*;

#[test]
fn hedges_read_in_context() {
    let q = find(
        "The arrests of more than three dozen people.",
        "more than three dozen",
    );
    assert_eq!((bounds(&q), q.value.lo_open), ((Some(36.0), None), true));
    assert_eq!(q.qualifier, Qualifier::MoreThan);
    // "made up 35%" constitutes; it is no rise.
    let q = find("Late trains made up 35% of the total.", "35%");
    assert_eq!(q.direction, None);
    // "adds up to" reaches a total; "up to" alone is a ceiling.
    let q = find("The claims add up to 1,800 cases in all.", "1,800");
    assert_eq!(
        (q.qualifier, bounds(&q)),
        (Qualifier::Exact, (Some(1800.0), Some(1800.0)))
    );
    let q = find("The hall seats up to 1,800 people.", "up to 1,800");
    assert_eq!(q.qualifier, Qualifier::UpTo);
    // "back up to" returns to a level, with no direction of its own; "rise up to" may still
    // be a ceiling.
    let q = find("Inflation rose back up to 5% in May.", "5%");
    assert_eq!(
        (q.qualifier, bounds(&q), q.direction),
        (Qualifier::Exact, (Some(5.0), Some(5.0)), None)
    );
    let q = find("Sea levels could rise up to 2 metres.", "up to 2 metres");
    assert_eq!(q.qualifier, Qualifier::UpTo);
    let q = find("As many as 30 sleeper cells could act.", "As many as 30");
    assert_eq!(
        (q.qualifier, bounds(&q)),
        (Qualifier::UpTo, (Some(0.0), Some(30.0)))
    );
    let q = find(
        "They hold between 150 and 200 people.",
        "between 150 and 200",
    );
    assert_eq!(
        (q.qualifier, bounds(&q)),
        (Qualifier::Range, (Some(150.0), Some(200.0)))
    );
}

/// Each case: the text, the figure's words, its qualifier and its bounds.
type Reading = (
    &'static str,
    &'static str,
    Qualifier,
    (Option<f64>, Option<f64>),
);

fn assert_readings(cases: &[Reading]) {
    for &(text, figure, qualifier, b) in cases {
        let q = find(text, figure);
        assert_eq!((q.qualifier, bounds(&q)), (qualifier, b), "{text}");
    }
}

#[test]
fn bounds_become_half_open_intervals() {
    assert_readings(&[
        (
            "over 40 people",
            "over 40",
            Qualifier::MoreThan,
            (Some(40.0), None),
        ),
        (
            "at least 5 people",
            "at least 5",
            Qualifier::AtLeast,
            (Some(5.0), None),
        ),
        (
            "fewer than 5 people",
            "fewer than 5",
            Qualifier::FewerThan,
            (Some(0.0), Some(5.0)),
        ),
        (
            "less than 5 people",
            "less than 5",
            Qualifier::FewerThan,
            (Some(0.0), Some(5.0)),
        ),
        (
            "under 5 people",
            "under 5",
            Qualifier::FewerThan,
            (Some(0.0), Some(5.0)),
        ),
        (
            "at most 5 people",
            "at most 5",
            Qualifier::AtMost,
            (Some(0.0), Some(5.0)),
        ),
        (
            "no more than 5 people",
            "no more than 5",
            Qualifier::AtMost,
            (Some(0.0), Some(5.0)),
        ),
        (
            "nearly 200 people",
            "nearly 200",
            Qualifier::Nearly,
            // Half its last significant digit: not a whole hundred (data/intervals.txt).
            (Some(150.0), Some(200.0)),
        ),
        (
            "almost 17 people",
            "almost 17",
            Qualifier::Nearly,
            (Some(16.0), Some(17.0)),
        ),
    ]);
}

#[test]
fn approximations_ranges_and_vague_words_become_intervals() {
    assert_readings(&[
        (
            "about 300 people",
            "about 300",
            Qualifier::Approx,
            // "about 300" is no 100 to 500: a tenth either side, but never less than the
            // rounding of its last significant digit (data/intervals.txt).
            (Some(250.0), Some(350.0)),
        ),
        (
            "around 17 people",
            "around 17",
            Qualifier::Approx,
            (Some(15.3), Some(18.7)),
        ),
        (
            "roughly 40 people",
            "roughly 40",
            Qualifier::Approx,
            (Some(35.0), Some(45.0)),
        ),
        (
            "some 25 people",
            "some 25",
            Qualifier::Approx,
            (Some(23.0), Some(27.0)),
        ),
        (
            "approximately 8 people",
            "approximately 8",
            Qualifier::Approx,
            (Some(7.0), Some(9.0)),
        ),
        (
            "120 to 180 people",
            "120 to 180",
            Qualifier::Range,
            (Some(120.0), Some(180.0)),
        ),
        (
            "120-180 people",
            "120-180",
            Qualifier::Range,
            (Some(120.0), Some(180.0)),
        ),
        (
            "between 2 and 3 million people",
            "between 2 and 3 million",
            Qualifier::Range,
            (Some(2e6), Some(3e6)),
        ),
        // A plural scale word is vague, with the design table's interval: at least two of
        // the unit and fewer than the next unit up.
        (
            "dozens of people",
            "dozens",
            Qualifier::Vague,
            (Some(24.0), Some(143.0)),
        ),
        (
            "hundreds of people",
            "hundreds",
            Qualifier::Vague,
            (Some(200.0), Some(999.0)),
        ),
        (
            "thousands of people",
            "thousands",
            Qualifier::Vague,
            (Some(2000.0), Some(999999.0)),
        ),
        (
            "tens of thousands of people",
            "tens of thousands",
            Qualifier::Vague,
            (Some(20000.0), Some(99999.0)),
        ),
        (
            "scores of people",
            "scores",
            Qualifier::Vague,
            (Some(40.0), Some(199.0)),
        ),
        (
            "a few hundred people",
            "a few hundred",
            Qualifier::Vague,
            (Some(200.0), Some(500.0)),
        ),
        (
            "debt on several dozen properties",
            "several dozen",
            Qualifier::Vague,
            (Some(36.0), Some(108.0)),
        ),
    ]);
}

#[test]
fn rounded_figures_span_half_a_unit() {
    let q = find("It cost $4.2bn last year.", "$4.2bn");
    assert_eq!(
        (q.kind, q.currency, q.stated),
        (Kind::Money, Some("USD"), 4.2e9)
    );
    assert_eq!(bounds(&q), (Some(4.15e9), Some(4.25e9)));
    let q = find("A crowd of 1.2 million people.", "1.2 million");
    assert_eq!(bounds(&q), (Some(1.15e6), Some(1.25e6)));
    let q = find("Exactly 17 arrests.", "17");
    assert!(q.value.is_exact());
}

#[test]
fn money_percent_and_measures() {
    let q = find("The club paid £10m for him.", "£10m");
    assert_eq!(
        (q.kind, q.currency, q.stated),
        (Kind::Money, Some("GBP"), 1e7)
    );
    let q = find("It raised 2bn euros.", "2bn euros");
    assert_eq!(
        (q.kind, q.currency, q.stated),
        (Kind::Money, Some("EUR"), 2e9)
    );
    for (text, figure) in [
        ("Sales rose 12%.", "12%"),
        ("Sales rose 12 per cent.", "12 per cent"),
        ("Sales rose 12 percent.", "12 percent"),
    ] {
        let q = find(text, figure);
        assert_eq!(
            (q.kind, q.stated, q.unit),
            (Kind::Percent, 12.0, None),
            "{text}"
        );
    }
    let q = find("Turnout fell 3 percentage points.", "3 percentage points");
    assert_eq!((q.kind, q.unit), (Kind::Percent, Some("percentage_point")));
    // Money in a minor unit says so.
    let q = find("Duties fell to about 49 cents a barrel.", "about 49 cents");
    assert_eq!(
        (q.kind, q.currency, q.unit),
        (Kind::Money, Some("USD"), Some("cent"))
    );
    // A change and its end are two figures, not a range.
    let q = find(
        "The rate fell by 2 percentage points to 5%.",
        "2 percentage points",
    );
    assert_eq!(
        (q.qualifier, q.unit),
        (Qualifier::Exact, Some("percentage_point"))
    );
    assert_eq!(
        find("Costs rose by 2% to 5%.", "2%").qualifier,
        Qualifier::Exact
    );
    assert_eq!(
        find("It fell from 6% to 7%.", "6%").qualifier,
        Qualifier::Exact
    );
    let q = find("The storm covered 40km in an hour.", "40km");
    assert_eq!((q.kind, q.unit), (Kind::Measure, Some("kilometre")));
}

#[test]
fn currency_codes_after_a_figure_and_bullets_are_no_minus() {
    let q = find("The fine was 500 EUR.", "500 EUR");
    assert_eq!((q.kind, q.currency), (Kind::Money, Some("EUR")));
    // A list bullet is no minus sign.
    assert_eq!(find("- 5 people died", "5").stated, 5.0);
    let q = find("It took 2½ hours.", "2½ hours");
    assert_eq!((q.kind, q.stated), (Kind::Measure, 2.5));
    // A currency named in words of two or three: money, not a count of crowns.
    let q = find(
        "Savers with 7.5 million Danish crowns pay the fee.",
        "7.5 million Danish crowns",
    );
    assert_eq!((q.kind, q.currency), (Kind::Money, Some("DKK")));
    let q = find(
        "The bridge cost 2 billion Hong Kong dollars.",
        "2 billion Hong Kong dollars",
    );
    assert_eq!((q.kind, q.currency), (Kind::Money, Some("HKD")));
    // A word that only starts a phrase is no currency: "Danish" alone counts Danish things.
    let q = find("The 40 Danish troops left.", "40");
    assert_eq!((q.kind, q.currency), (Kind::Count, None));
}

#[test]
fn abbreviated_hedges_and_currencies_keep_their_dot() {
    let q = find("The hall seats approx. 200 people.", "approx. 200");
    assert_eq!(q.qualifier, Qualifier::Approx);
    let q = find("A ticket costs Rs. 500 now.", "Rs. 500");
    assert_eq!((q.kind, q.currency), (Kind::Money, Some("INR")));
    // "c" without its dot is no hedge.
    assert_eq!(find("Grade c 20 pupils.", "20").qualifier, Qualifier::Exact);
}

#[test]
fn money_and_measures_in_the_forms_news_writes_them() {
    for (text, figure, kind, currency_or_unit, stated) in [
        ("Profit rose 24pc.", "24pc", Kind::Percent, None, 24.0),
        (
            "It closed at 163p.",
            "163p",
            Kind::Money,
            Some("GBP"),
            163.0,
        ),
        (
            "It fell 53 p at 910 p.",
            "53 p",
            Kind::Money,
            Some("GBP"),
            53.0,
        ),
        (
            "A deal worth $US12,500,000 was signed.",
            "$US12,500,000",
            Kind::Money,
            Some("USD"),
            12_500_000.0,
        ),
        (
            "It paid $A9,000 for it.",
            "$A9,000",
            Kind::Money,
            Some("AUD"),
            9000.0,
        ),
        (
            "Oil was at US $61.10 a barrel.",
            "US $61.10",
            Kind::Money,
            Some("USD"),
            61.1,
        ),
        (
            "The stock rose to RM4.20.",
            "RM4.20",
            Kind::Money,
            Some("MYR"),
            4.2,
        ),
        (
            "A 6 billion shekels budget.",
            "6 billion shekels",
            Kind::Money,
            Some("ILS"),
            6e9,
        ),
        (
            "The flat has 48m2 of floor.",
            "48m2",
            Kind::Measure,
            Some("square_metre"),
            48.0,
        ),
        (
            "A 25m (82ft) mast.",
            "25m",
            Kind::Measure,
            Some("metre"),
            25.0,
        ),
        (
            "The fall was minus-4 yards.",
            "minus-4 yards",
            Kind::Measure,
            Some("yard"),
            -4.0,
        ),
        (
            "A 400bhp engine.",
            "400bhp",
            Kind::Measure,
            Some("horsepower"),
            400.0,
        ),
        (
            "It took 9 seconds.",
            "9 seconds",
            Kind::Measure,
            Some("second"),
            9.0,
        ),
        (
            "Prices rose fivefold.",
            "fivefold",
            Kind::Measure,
            Some("times"),
            5.0,
        ),
        (
            "It trades at 8.5 times earnings.",
            "8.5 times",
            Kind::Measure,
            Some("times"),
            8.5,
        ),
    ] {
        let q = find(text, figure);
        assert_eq!(q.kind, kind, "{text}");
        assert_eq!(q.currency.or(q.unit), currency_or_unit, "{text}");
        assert_eq!(q.stated, stated, "{text}");
    }
    // Pence are money in the minor unit.
    assert_eq!(find("It closed at 163p.", "163p").unit, Some("cent"));
    // "100m people" stays millions; "shot three times in the leg" counts occasions.
    assert_eq!(find("Some 100m people use it.", "Some 100m").stated, 1e8);
    assert_eq!(
        find("He was shot three times in the leg.", "three").kind,
        Kind::Count
    );
    // A transliterated £ glued to the digits only: "PS 118" is a school.
    assert_ne!(find("Pupils at PS 118 met.", "118").kind, Kind::Money);
    assert_eq!(find("A PS5.1bn deal.", "PS5.1bn").currency, Some("GBP"));
}

#[test]
fn bounds_in_every_form() {
    for (text, figure, qualifier, b) in [
        (
            "Fabs make sub-7 nanometer chips.",
            "sub-7 nanometer",
            Qualifier::FewerThan,
            (Some(0.0), Some(7.0)),
        ),
        (
            "Shops sell sub-$100 phones.",
            "sub-$100",
            Qualifier::FewerThan,
            (Some(0.0), Some(100.0)),
        ),
        // Conversions in parentheses read with the figure's bound, each of a list.
        (
            "It makes just under 296 hp (224 kW / 300 PS) at peak.",
            "224 kW",
            Qualifier::FewerThan,
            (Some(0.0), Some(224.0)),
        ),
        (
            "It makes just under 296 hp (224 kW / 300 PS) at peak.",
            "300 PS",
            Qualifier::FewerThan,
            (Some(0.0), Some(300.0)),
        ),
        (
            "Savers with more than 7.5 million Danish crowns (US $1.1 million) pay.",
            "US $1.1 million",
            Qualifier::MoreThan,
            (Some(1_100_000.0), None),
        ),
        (
            "It held greater than 40 seats.",
            "greater than 40",
            Qualifier::MoreThan,
            (Some(40.0), None),
        ),
        (
            "It held fewer than 40 seats.",
            "fewer than 40",
            Qualifier::FewerThan,
            (Some(0.0), Some(40.0)),
        ),
        (
            "Households of 5 or more people.",
            "5 or more",
            Qualifier::AtLeast,
            (Some(5.0), None),
        ),
        (
            "A fee of 2% or less applies.",
            "2% or less",
            Qualifier::AtMost,
            (Some(0.0), Some(2.0)),
        ),
        (
            "Firms with 50 and over staff.",
            "50 and over",
            Qualifier::AtLeast,
            (Some(50.0), None),
        ),
        (
            "Between at least 20 and at most 60 people.",
            "at least 20 and at most 60",
            Qualifier::Range,
            (Some(20.0), Some(60.0)),
        ),
        (
            "It took two or three days.",
            "two or three days",
            Qualifier::Range,
            (Some(2.0), Some(3.0)),
        ),
        (
            "It weighs ~4kg.",
            "~4kg",
            Qualifier::Approx,
            (Some(3.0), Some(5.0)),
        ),
    ] {
        let q = find(text, figure);
        assert_eq!((q.qualifier, bounds(&q)), (qualifier, b), "{text}");
    }
    // "1 or 100" are two figures, not a range.
    assert_eq!(texts("Pick 1 or 100 of them."), ["1", "100"]);
    // A restatement in parentheses shares the bound: "more than 9m crowns (US$1.4m)".
    let q = find(
        "Savers with more than 9 million kroner (US $1.4 million) pay.",
        "US $1.4 million",
    );
    assert_eq!(q.qualifier, Qualifier::MoreThan);
    // Outside parentheses a slash joins two figures of their own.
    let q = find("It makes just under 296 hp, 224 kW / 300 PS.", "300 PS");
    assert_eq!(q.qualifier, Qualifier::Exact);
}
