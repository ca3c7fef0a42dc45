use crate::rules::detect::acceptance::default_findings as run;

#[test]
fn a_change_right_after_a_share_is_the_shares() {
    // "up 2%" is a change of the 39% share, not of the next sentence's levels.
    let text = "Though millionaires make up just 0.9% of the population, they hold 39% of its wealth, up 2% since 2009. Their wealth has risen from $41.8 trillion to $47.4 trillion.";
    assert!(run(text).is_empty(), "{:?}", run(text));
}

#[test]
fn a_change_told_over_two_sentences() {
    // The level left in the sentence before, the level reached said of it by a pronoun.
    let got = run(
        "Tonnage in 1880 was 40,000. In 1890 it amounted to 50,000, an increase of 35 per cent.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("warning stated-change"), "{got:?}");
    assert!(got[0].contains("(over two sentences)"), "{got:?}");
    assert!(
        run(
            "Tonnage in 1880 was 40,000. In 1890 it amounted to 50,000, an increase of 25 per cent."
        )
        .is_empty()
    );
    // The change alone before, its levels after.
    assert_eq!(
        run("Waiting has fallen by 19.8%. Figures showed a decline from 800 to 720.").len(),
        1
    );
    assert!(run("Waiting has fallen by 10%. Figures showed a decline from 800 to 720.").is_empty());
    // Another thing, or another span of time, is another change.
    assert!(run("Profit was $7.6 billion, up 62%. Revenue rose 11% to $105 billion.").is_empty());
    assert!(run("The program has grown by 900 percent in the last 15 years. Costs have increased from 11 billion to 60 billion in just 10 years.").is_empty());
    // "it was" says a level of the thing named before as "amounted to" does.
    assert_eq!(
        run("The length of canals in 1850 was 3,000. In 1880 it was 4,500, an increase of 60 per cent.").len(),
        1
    );
    assert!(run("The length of canals in 1850 was 3,000. In 1880 it was 4,500, an increase of 50 per cent.").is_empty());
    // One sentence between, when both name one subject with a verb of change.
    let text = "Acme said its profit rose 12% in the quarter. The firm thanked its staff. Acme's profit climbed to $1.12 billion from $1 billion a year earlier.";
    assert!(run(text).is_empty(), "{:?}", run(text));
    assert_eq!(
        run(&text.replace("from $1 billion", "from $900 million")).len(),
        1
    );
    // A noun of change names no subject: "a gain for the proportion" may be another
    // measure's than "the number … rose to".
    assert!(run("This was a 4.5% gain for the proportion of local films. The number of local films rose to 310 from 287.").is_empty());
}

#[test]
fn a_level_stated_by_a_copula_before_its_change() {
    let sound = "The number of letters carried was 24,362,500, an increase of 4,066,502, or 20 per cent, over the number in 1871.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("or 20 per cent", "or 25 per cent"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("24,362,500 less the change of 4,066,502 leaves 20,295,998"),
        "{got:?}"
    );
    // A level with no change right after its comma is no level reached.
    assert!(
        run("The number carried was 24,362,500, and in 1871 it rose by 4,066,502, or 25 per cent.")
            .is_empty()
    );
}

#[test]
fn a_change_after_two_levels_of_their_own_years() {
    let sound = "The customs revenue for the year 1846 was $22,971,403.10, and for the year 1847 was about $31,500,000, being an increase of revenue for the first year under the new act of more than $8,500,000.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("$8,500,000", "$9,500,000"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("warning stated-change"), "{got:?}");
    assert!(
        got[0].contains("from $22,971,403.10 to about $31,500,000 is an increase"),
        "{got:?}"
    );
    // One year for both, or a third level of the measure, leaves the pairing open.
    assert!(run("In 1846 exports were $22,971,403 and imports were $31,500,000, an increase of $9,500,000.").is_empty());
    assert!(run("Revenue for 1846 was $22,971,403, for 1847 was $31,500,000 and for 1848 was $30,000,000, an increase of $9,500,000.").is_empty());
}

#[test]
fn shares_and_asides_are_no_changes() {
    // ", or P% of the workforce" is a share of the level, not the change again.
    assert!(
        run("Unemployment rose 7,000 in November to 4.464 million, or 10.8% of the workforce.")
            .is_empty()
    );
    // "drop from 3 to 5 percent" is a range of the drop.
    assert!(run("Food prices would drop from 3 to 5 percent in six months.").is_empty());
    // "including … from A to B" is another change.
    assert!(run("I proposed a tax cut of $10 billion, including raising the exemption from $750 to $1,000.").is_empty());
    // "an increase in seven years of 63%": over another span than the levels'.
    assert!(
        run("This raised the level from $1,969 to $2,092, making an increase in seven years of over 63 per cent.")
            .is_empty()
    );
}

#[test]
fn stated_changes_must_follow_from_their_ends() {
    assert_eq!(
        run("Sales rose from 120 to 150, an increase of 40."),
        [
            "error stated-change from 120 to 150 is an increase of 30, but the change is stated as 40 [40, 120, 150]"
        ]
    );
    assert!(run("Sales rose from 120 to 150, an increase of 30.").is_empty());
    assert!(run("Sales rose from 120 to 150, up 25%.").is_empty());
    assert_eq!(run("Sales rose from 120 to 150, up 20%.").len(), 1);
    assert!(run("Sales rose 25% from 120 to 150.").is_empty());
    assert_eq!(run("Sales rose 30% from 120 to 150.").len(), 1);
}

#[test]
fn percent_and_percentage_points() {
    assert_eq!(
        run("Turnout rose from 6% to 7%, a 1% increase."),
        [
            "warning stated-change from 6% to 7% is a rise of 1 percentage point, an increase of 16.7%: “1%” matches the percentage points, not the percent change [1%, 6%, 7%]"
        ]
    );
    assert!(run("Turnout rose from 6% to 7%, up 1 percentage point.").is_empty());
}

#[test]
fn the_direction_word_must_fit() {
    assert_eq!(
        run("Membership rose from 150 to 120 last year."),
        [
            "error stated-change from 150 to 120 is a fall, but it is reported as an increase [120, 150]"
        ]
    );
    assert!(run("Membership fell from 150 to 120 last year.").is_empty());
    assert!(run("The shop is open from 9 to 5 on weekdays.").is_empty());
}

#[test]
fn changes_in_the_shapes_news_uses() {
    for (sound, wrong) in [
        (
            "Revenue increased 21% to $3.4bn, from $2.8bn a year before.",
            "Revenue increased 12% to $3.4bn, from $2.8bn a year before.",
        ),
        (
            "Profits fell 25% to $57m, against $76m a year earlier.",
            "Profits fell 15% to $57m, against $76m a year earlier.",
        ),
        (
            "Net profit surged 90% to 2.28bn rupees, compared with 1.2bn rupees last year.",
            "Net profit surged 60% to 2.28bn rupees, compared with 1.2bn rupees last year.",
        ),
        (
            "Sales fell by 23% from 36,100 in 2003 to 27,800 in 2004.",
            "Sales fell by 33% from 36,100 in 2003 to 27,800 in 2004.",
        ),
        (
            "Waiting lists fell from 7,600 to 6,600, or 13.2%.",
            "Waiting lists fell from 7,600 to 6,600, or 31.2%.",
        ),
        (
            "Contributions rose from £5.0bn to £7.5bn, a rise of 50%.",
            "Contributions rose from £5.0bn to £7.5bn, a rise of 40%.",
        ),
        (
            "The index rose 12 points, or 0.4%, to 3,012.",
            "The index rose 12 points, or 1.4%, to 3,012.",
        ),
        (
            "Exports grew from $40,000,000 to $50,000,000, an increase of $10,000,000, or 25 per cent.",
            "Exports grew from $40,000,000 to $50,000,000, an increase of $10,000,000, or 52 per cent.",
        ),
        (
            "Earnings took a 60% dive to $40 billion from $100 billion.",
            "Earnings took a 70% dive to $40 billion from $100 billion.",
        ),
        (
            "Pay shows an increase per head from $400 in 1880 to $500 in 1890, or 25 per cent.",
            "Pay shows an increase per head from $400 in 1880 to $500 in 1890, or 35 per cent.",
        ),
        (
            "The fee rose from $80 in 1872 to $100 in 1875, an increase in the average fee of 25 per cent.",
            "The fee rose from $80 in 1872 to $100 in 1875, an increase in the average fee of 35 per cent.",
        ),
        (
            "The composite slipped 30 points, 1.5%, to 1,970 on Friday.",
            "The composite slipped 30 points, 2.5%, to 1,970 on Friday.",
        ),
        (
            "Imports of wool rose from 40,000 tons in 1880 to 50,000 tons in 1890 or 25 per cent.",
            "Imports of wool rose from 40,000 tons in 1880 to 50,000 tons in 1890 or 35 per cent.",
        ),
    ] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
        assert_eq!(run(wrong).len(), 1, "{wrong}: {:?}", run(wrong));
    }
    // Two changes in one sentence, each with its own levels.
    assert!(run("The Dow fell 300 points, or 1.2%, to 24,700; the Nasdaq rose 20 points, or 0.3%, to 7,020.").is_empty());
    assert_eq!(
        run("The Dow fell 300 points, or 1.2%, to 24,700; the Nasdaq rose 20 points, or 2.3%, to 7,020.").len(),
        1
    );
}

#[test]
fn a_change_named_then_counts_dated_by_years() {
    let text = |p: &str| {
        format!(
            "The city has seen a {p} percent drop in burglaries this spring, police said. April 2022 saw 80 burglaries, while April 2023 recorded 60."
        )
    };
    assert!(run(&text("25")).is_empty(), "{:?}", run(&text("25")));
    let got = run(&text("35"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("from 80 to 60 is a decrease of 25%, but the change is stated as 35 percent (over two sentences)"),
        "{got:?}"
    );
    // Counts of other things, or a year shared by both, link nothing.
    for quiet in [
        "The city has seen a 35 percent drop in burglaries, police said. April 2022 saw 80 arrests, while April 2023 recorded 60 arrests.",
        "The city has seen a 35 percent drop in burglaries, police said. In 2023, April saw 80 burglaries, while May recorded 60.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}

#[test]
fn a_change_named_then_a_level_and_its_change() {
    let text = |d: &str| {
        format!(
            "The city has seen a nearly 11% drop in shootings this year, police said. As of Thursday, 800 shootings had been reported — {d} fewer than a year earlier."
        )
    };
    assert!(run(&text("96")).is_empty(), "{:?}", run(&text("96")));
    let got = run(&text("196"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("800 less the change of 196 leaves 996; from 996 to 800 is a decrease of 19.7%, but the change is stated as nearly 11% (over two sentences)"),
        "{got:?}"
    );
}

#[test]
fn an_index_change_in_points_told_twice() {
    let text = |n: &str| {
        format!(
            "The FTSE fell more than 80 points as traders sold banks. At one point, the FTSE was down more than 200 points. By the close, the FTSE dropped {n} points."
        )
    };
    assert!(run(&text("84")).is_empty(), "{:?}", run(&text("84")));
    let got = run(&text("74"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("warning stated-change the change of “ftse” is reported as more than 80 here and as 74 at 1:"),
        "{got:?}"
    );
    // Two indexes are two changes.
    let quiet = "The Standard & Poor's 500 index climbed 25 points, or 1%. The Nasdaq composite index added 59 points, or 1.2%.";
    assert!(run(quiet).is_empty(), "{:?}", run(quiet));
}

#[test]
fn an_amount_and_its_percentage_whose_levels_were_told_before() {
    let text = |percent: &str| {
        format!(
            "Exports last year were worth $2,412,885,330. The yearly average of the decade before was $1,930,308,264. So exports beat that average by $482,577,066, an increase of {percent} per cent."
        )
    };
    // 482,577,066 / 1,930,308,264 = 25.0%.
    assert!(run(&text("25.0")).is_empty(), "{:?}", run(&text("25.0")));
    let got = run(&text("35.0"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("warning stated-change"), "{got:?}");
    assert!(
        got[0].contains("whose difference is the amount $482,577,066"),
        "{got:?}"
    );
    // A level in the sentence itself makes it a change told whole; no pair of levels
    // differing by the amount, or two pairs, name none.
    for quiet in [
        "Exports were $2,412,885,330. Imports were $1,930,308,264. Exports rose to $900,000,000 by $482,577,066, an increase of 35.0 per cent.",
        "Exports were $2,412,885,330. Imports were $1,930,308,264. Exports beat imports by $382,577,066, an increase of 35.0 per cent.",
        "Sales were $300 in 2001, $200 in 2002 and $100 in 2003. Then sales fell by $100, a drop of 75 per cent.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
    // A fall: its level left is the higher.
    let fall = |p: &str| {
        format!(
            "Sales were $300 in 2001 and $200 in 2002. That was a fall of $100, a drop of {p} per cent."
        )
    };
    assert!(run(&fall("33")).is_empty(), "{:?}", run(&fall("33")));
    assert_eq!(run(&fall("75")).len(), 1, "{:?}", run(&fall("75")));
}

#[test]
fn a_bound_met_exactly_by_rounded_levels_holds() {
    // "more than 60 percent" from 10 to 16 cents: the levels are rounded, so the change may
    // be just over 60%.
    let text = |p: &str| {
        format!(
            "In the decade the share of income spent by the state rose by more than {p} percent, from 10 cents out of every dollar to 16 cents."
        )
    };
    assert!(run(&text("60")).is_empty(), "{:?}", run(&text("60")));
    let got = run(&text("70"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("error stated-change"), "{got:?}");
}
