use crate::rules::detect::acceptance::default_findings as run;

#[test]
fn a_part_and_the_others_make_the_set_named_with_all() {
    let text = |n: &str| {
        format!(
            "Medics rushed two people to hospital while the other {n} victims walked in. All four were listed in stable condition."
        )
    };
    assert!(run(&text("two")).is_empty(), "{:?}", run(&text("two")));
    let got = run(&text("three"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("error breakdown-sum parts add up to 5 (2 + 3), but the total is 4"),
        "{got:?}"
    );
    for text in [
        // The set named before, too.
        "All four were listed in stable condition. Medics rushed two people to hospital while the other two victims walked in.",
        // A set of other things.
        "Police arrested two men while the other two suspects fled. All five houses were searched.",
        // No "all": "the four" may be another set.
        "Medics rushed two people to hospital while the other three victims walked in. The four officers stayed.",
        // Another paragraph.
        "Medics rushed two people to hospital while the other three victims walked in.\n\nAll four were stable.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn a_part_with_its_purpose_in_a_colon_list() {
    // "to breach victims" reads as an infinitive; in a delimited list it is the part's
    // purpose, not a clause that ends the list.
    let text = |a: &str| {
        format!(
            "The firm will pay $700 million: $425 million directly to breach victims, ${a} million to the states, and $100 million in civil penalties."
        )
    };
    assert!(run(&text("175")).is_empty(), "{:?}", run(&text("175")));
    let got = run(&text("195"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("error breakdown-sum parts add up to $718.5 million to $721.5 million"),
        "{got:?}"
    );
    // A verb of its own after a comma still opens a statement.
    assert!(
        run("The firm will pay $700 million: $425 million to victims, and regulators said $400 million went to the states.")
            .is_empty()
    );
}

#[test]
fn a_list_in_parentheses_says_what_a_borrowed_total_counts() {
    // "another three" borrows "predictions" from the clause before; its list says it
    // counts animals, and the "four" before has a list of its own.
    let text = |a: &str| {
        format!(
            "Of the remaining animals, four (an alpaca, two ferrets, and a goat) got two of the three predictions right, while another three ({a} tortoises and a cow) got none."
        )
    };
    assert!(run(&text("two")).is_empty(), "{:?}", run(&text("two")));
    let got = run(&text("three"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("error breakdown-sum parts add up to 4 (3 + 1), but the total is 3"),
        "{got:?}"
    );
}

#[test]
fn elliptical_parts_and_asides_in_parentheses() {
    // "7 misdemeanors" are misdemeanor convictions, named by a modifier of the part
    // before; "(79 percent conviction rate)" is an aside; "54 of these cases" names no
    // noun the parts could belong to instead.
    let text = |a: &str| {
        format!(
            "The city has closed out 54 of these cases with a conviction rate of 81 percent (44 convictions), including {a} gross misdemeanor convictions (79 percent conviction rate) and 7 misdemeanors (100 percent conviction rate)."
        )
    };
    assert!(run(&text("37")).is_empty(), "{:?}", run(&text("37")));
    let got = run(&text("39"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(
            "error breakdown-sum the parts listed add up to 46 (39 + 7), more than the total of 44"
        ),
        "{got:?}"
    );
    // A noun that is no modifier of the part before is another thing.
    assert!(
        run("The city closed 54 cases (44 convictions), including 39 felony convictions and 7 appeals.")
            .is_empty()
    );
}

#[test]
fn a_toll_told_again_in_parts_in_the_next_sentence() {
    let text = |n: &str| {
        format!(
            "At least 15 people died in clashes with police on Sunday. An official said eight people were killed just outside the capital, and another {n} died in the city itself."
        )
    };
    assert!(run(&text("seven")).is_empty(), "{:?}", run(&text("seven")));
    let got = run(&text("four"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("error breakdown-sum"), "{got:?}");
    for text in [
        // No "another": the next sentence may tell of other deaths.
        "At least 15 people died in clashes on Sunday. Eight people were killed in May and four died in June.",
        // The whole restated with its own parts, and a clause apart.
        "Eleven deaths were reported. Of the 11 deaths, seven were from drowning and four from accidents; two additional deaths took place in the north.",
        // Another paragraph.
        "At least 15 people died on Sunday.\n\nEight people were killed in the north and another four died in the south.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn parts_told_apart_after_a_toll_are_at_most_it() {
    let text = |n: &str| {
        format!(
            "Prosecutors charged nine people on Monday after raids in three cities. A court in Ghent charged 7 over a plot against a stadium. {n} were charged with helping recruits travel abroad."
        )
    };
    assert!(run(&text("Two")).is_empty(), "{:?}", run(&text("Two")));
    let got = run(&text("Four"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("warning breakdown-sum") && got[0].contains("11 (7 + 4)"),
        "{got:?}"
    );
    for text in [
        // The whole told again, or in part, is no part of it.
        "Prosecutors charged nine people on Monday. A court charged 7 over a plot. All nine were charged with conspiracy.",
        "Prosecutors charged nine people on Monday. A court charged 7 over a plot. The nine were charged in Ghent.",
        // A toll reached since is no part of the first.
        "Nine people died in the fire on Monday. Seven died at the scene. By Tuesday 12 had died.",
        // Parts in degree are some of the others.
        "Nine people were injured in the crash. Seven were injured on the bus. Four were seriously injured.",
        // Another paragraph.
        "Prosecutors charged nine people on Monday. A court charged 7 over a plot.\n\nFour were charged with recruiting.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn members_told_one_by_one_then_the_others() {
    let text = |n: &str| {
        format!(
            "Among the seven injured is a 9-year-old boy who was awake and talking, the chief said. Another of the injured is a woman. The other {n} were men."
        )
    };
    assert!(run(&text("five")).is_empty(), "{:?}", run(&text("five")));
    let got = run(&text("four"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0]
            .starts_with("warning breakdown-sum parts add up to 6 (1 + 1 + 4), but the total is 7"),
        "{got:?}"
    );
    for text in [
        // Two members joined in the first sentence.
        "Among the seven injured is a boy and his mother. Another of the injured is a woman. The other four were men.",
        // No "another": the others may be others than the boy alone.
        "Among the seven injured is a boy. The other six were men.",
        // Another paragraph.
        "Among the seven injured is a boy. Another is a woman.\n\nThe other four were men.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn of_this_amount_breaks_down_the_sentence_before() {
    let wrong = "The city's receipts for the year were $3,360,000. Of this amount $1,920,000 came from rates and $1,560,000 from fees.";
    let got = run(wrong);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("error breakdown-sum the parts listed add up to $3.48 million"),
        "{got:?}"
    );
    // Some of it: parts below the whole are sound, with or without a comma.
    assert!(
        run("The bonds issued came to $41,900. Of this issue, $6,100 were in coupon form and $35,800 in registered form.")
            .is_empty()
    );
    assert_eq!(
        run("The bonds issued came to $41,900. Of this issue, $6,120 were in coupon form and $35,870 in registered form.")
            .len(),
        1
    );
}

#[test]
fn of_them_and_of_the_n_name_the_whole() {
    for (text, total) in [
        (
            "Police arrested 40 people. Of them, 30 were men and 15 were women.",
            "40",
        ),
        (
            "GM sold 95,000 switches to dealers. Of those, 90,000 went into older cars and 15,000 into newer ones.",
            "95,000",
        ),
        (
            "Of the 11 deaths, seven were from drowning and five from road accidents.",
            "11",
        ),
        // The set of the sentence before named again by its noun.
        (
            "The carmaker added 97,000 cars to the recall. Of the cars being added to the recall, 99,000 were sold at home.",
            "97,000",
        ),
    ] {
        let got = run(text);
        assert_eq!(got.len(), 1, "{text}: {got:?}");
        assert!(
            got[0].contains(&format!("more than the total of {total}")),
            "{got:?}"
        );
    }
    // Parts within the whole are sound.
    assert!(
        run("Of the 11 deaths, seven were from drowning and four from road accidents.").is_empty()
    );
    assert!(run("Police arrested 40 people. Of them, 30 were men.").is_empty());
    // A partitive restates its whole: "15 of 20" is no part of "the 20 shops" twice.
    assert!(run("Of the 20 shops on the front, 15 of 20 reported flood damage.").is_empty());
}

#[test]
fn of_this_look_alikes_stay_quiet() {
    for text in [
        // A time, not a referent.
        "The council spent $2,000,000 last year. Of this year's budget, $3,000,000 goes to roads.",
        // Two figures before: which one "this" means is a guess.
        "Sales were $5,000,000, up from $4,000,000. Of this, $4,500,000 came from exports.",
        // A figure set aside is no referent.
        "Excluding $25,000,000 for land, the plan runs five years. Of this sum $27,400,000 was spent by June.",
        // A new clause after the part: the total of a fund is no part.
        "Receipts were $11,000,000. Of this sum, $8,400,000 will go to the fund, making the fund $16,100,000.",
        // The whole restated: a partitive.
        "Police arrested 158 people. Of those 158, 35 were under age.",
        // Another paragraph.
        "Receipts were $1,000,000.\n\nOf this amount, $2,000,000 was spent.",
        // "Of the …" that names another set than the figure before counts.
        "The carmaker recalled 97,000 cars. Of the trucks built that year, 99,000 were sold at home.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn a_total_and_its_parts_after_a_dash_colon_or_parenthesis() {
    for text in [
        "Police made 17 arrests — 13 in Belgium and five in France.",
        "Police made 17 arrests: 13 in Belgium and five in France.",
        "Police made 17 arrests (13 in Belgium and five in France).",
    ] {
        let got = run(text);
        assert_eq!(
            got,
            ["error breakdown-sum parts add up to 18 (13 + 5), but the total is 17 [17, 13, five]"],
            "{text}"
        );
    }
    assert!(run("Police made 17 arrests — 13 in Belgium and four in France.").is_empty());
}

#[test]
fn including_means_parts_at_most_the_total() {
    assert_eq!(
        run("Police made 17 arrests, including 13 in Belgium and six in France."),
        [
            "error breakdown-sum the parts listed add up to 19 (13 + 6), more than the total of 17 [17, 13, six]"
        ]
    );
    assert!(run("Police made 17 arrests, including 13 in Belgium.").is_empty());
    assert!(run("Police made 17 arrests, among them 13 in Belgium and two in France.").is_empty());
}

#[test]
fn hedged_totals_and_unrelated_figures_stay_quiet() {
    assert!(
        run("About 300 people, nearly 200 of them in the north and 100 in the south, fled.")
            .is_empty()
    );
    assert!(
        run("About 300 people fled — nearly 200 in the north and 100 in the south.").is_empty()
    );
    // Figures that count something else are not parts.
    assert!(
        run("Police made 17 arrests — at two locations in France and 3 sites in Belgium.")
            .is_empty()
    );
    // A list that says it is not the whole.
    assert!(
        run("The storm killed 12 people: five in Leeds, four in York and others elsewhere.")
            .is_empty()
    );
    // Money adds up like counts, and "$5m" is rounded: $3m and $3m may make $5m.
    assert!(run("The fund raised $5m: $3m from donors and $3m from the state.").is_empty());
    assert_eq!(
        run("The fund raised $5m: $4m from donors and $3m from the state.").len(),
        1
    );
}

/// Shapes from real copy that read like breakdowns and are not (each rewritten in our own
/// words).
#[test]
fn look_alikes_stay_quiet() {
    for text in [
        // One figure per member: ages, not parts.
        "She raises two daughters (8 and 13) on her own.",
        "The charity counted three earlier winters — 148 in the first, then 92 and 110.",
        // A rate is not a whole.
        "He made an average of 73 calls per day, including 100 on the day she went to court.",
        // The second item of a list is not a total.
        "A panel of seven women and five men, including nine from the town, heard the case.",
        // A hyphen inside a word is no dash.
        "He sank two holes-in-one in a single round on par-3s.",
        // The parts fit another figure the binder did not pick.
        "The year saw 28 new branches in 15 counties, of which 12 opened in the east, 6 in the west and 10 in the south.",
        // Ages after a breakdown part.
        "Of 1,004 people charged, 996 of them between the ages of 15 and 24 were charged.",
        // A first step of a larger sum, not all of it.
        "It is a five-year, $10 billion plan: $1.8 billion for research next year and $216 million for training.",
        // What is left is named after the parts.
        "Receipts came to $42,900, of which $31,000 came from customs and $3,500 from land sales, together with the balance.",
        // Table fields and citations: a bare number before a colon is no total.
        "Property crime incidents: 4 Violent crime incidents: 6 35. Shavano Park",
        // A part that opens its own breakdown.
        "The rolls held 234,821 persons, of whom 210,363 were army pensioners, 105,478 being invalids and 104,885 widows.",
        // Two figures per member, told in two clauses.
        "It rested on two boys — 8 and 12 when they spoke, 3 and 7 when it happened.",
        // A vague total.
        "There are a few reasons: 7 is lucky, and it is the sum of two and five.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn of_which_with_the_parts_named_before_their_figures() {
    // "of which there were derived from customs $A, from lands $B, and from other sources
    // $C": the parts of a money total may name main sources only, but never pass it.
    let sound = "The receipts were $30,000,000.00, of which there were derived from customs $27,000,000.00 and from sales of land $2,000,000.00.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("$2,000,000.00", "$3,000,010.00"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("more than the total"), "{got:?}");
    // Main sources only: falling short of the total is no contradiction.
    let short = sound.replace("$2,000,000.00", "$1,000,000.00");
    assert!(run(&short).is_empty(), "{:?}", run(&short));
}

#[test]
fn of_which_ending_with_the_rest_is_the_whole() {
    // "… and from other sources $C": the last part is all the rest, so the parts are all
    // of the total and must add up to it.
    let sound = "The receipts were $30,000,000.00, of which there were derived from customs $27,000,000.00, from sales of land $2,000,000.00, and from miscellaneous sources $1,000,000.00.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("$2,000,000.00", "$1,500,000.00"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("parts add up to"), "{got:?}");
    let other = "Revenues were $379.3 million, of which $219.1 million came from customs, $124.3 million from excise and $35.9 million from other sources.";
    assert!(run(other).is_empty(), "{:?}", run(other));
    assert_eq!(run(&other.replace("$35.9", "$25.9")).len(), 1);
}

#[test]
fn a_set_named_again_and_broken_down() {
    let sound = "A shootout broke out in a flat, and four police officers were injured. The suspect was shot. All of the injured officers (three shot in the leg and one in the face) are in good condition.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("three shot", "two shot"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("warning breakdown-sum parts add up to 3 (2 + 1), but the total is 4"),
        "{got:?}"
    );
    for quiet in [
        // Two counts of the noun before: which set is meant the words do not say.
        "Four officers were injured and two officers were unhurt. The injured officers (three shot in the leg and two in the face) recovered.",
        // The count is one of a list; a part stands for several.
        "They held nine foreigners and one local man. The men (four Nigerians, two Australians and one each from Brazil and France) were moved.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}

#[test]
fn items_before_the_first_figure_after_a_parenthesis() {
    // A bare total whose list opens with items before its first figure.
    let sound = "Of the remaining vessels, six (a tug, four barges, and a ferry) sank.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    one_error(&sound.replace("four barges", "five barges"));
}

#[test]
fn a_total_in_parentheses_and_its_subset() {
    // The total in parentheses is broken down after its closing one; the parts count
    // convictions, so they are not of the "54 cases" before it.
    let sound = "The court closed 60 cases (48 convictions), including 40 felony convictions and 8 misdemeanor convictions.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    one_error(&sound.replace("40 felony", "44 felony"));
}

#[test]
fn a_real_inconsistency_in_large_figures() {
    // The shape of an 1894 Treasury report: the parts miss the total by $630,000.
    let got = run(
        "The stock of money came to $1,251,640,958, of which $627,923,201 was gold and $624,347,757 was silver.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    // The parts miss by two digits: a likely misprint, a warning.
    // Money "of which" may name only some sources; these already pass the total.
    assert!(got[0].starts_with("warning breakdown-sum the parts listed add up to $1,252,270,958 ($627,923,201 + $624,347,757), more than the total of $1,251,640,958"), "{got:?}");
}

#[test]
fn nested_breakdowns_in_report_prose() {
    // A total broken down after "of whom", each part with its own breakdown up to the
    // next semicolon: every level is checked, and sound copy stays quiet.
    let sound = "There were 900 veterans on the rolls, of whom 600 were soldiers, 350 being invalids and 250 widows; 200 were sailors, of whom 120 were invalids and 80 widows; 100 were scouts, 70 of whom were survivors and 30 were widows.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    one_error(&sound.replace("350 being", "380 being"));
    one_error(&sound.replace("120 were invalids", "140 were invalids"));
    one_error(&sound.replace("30 were widows", "40 were widows"));
    let got = run(&sound.replace("100 were scouts", "130 were scouts"));
    assert!(
        got.iter()
            .any(|f| f.contains("add up to 930 (600 + 200 + 130), more than the total of 900")),
        "{got:?}"
    );
    // A count after "were" names what it counts: "700 were army pensioners".
    one_error("In all, 200 were navy pensioners, of whom 150 were invalids and 70 widows.");
}

/// One error, from breakdown-sum, for each sentence.
fn one_error(text: &str) -> String {
    let got = run(text);
    assert_eq!(got.len(), 1, "{text}: {got:?}");
    assert!(got[0].starts_with("error breakdown-sum"), "{text}: {got:?}");
    got[0].clone()
}

#[test]
fn breakdowns_in_the_shapes_wire_copy_writes() {
    // Comma apposition.
    one_error("Officers detained 15 people, 11 in Leeds and 3 in York.");
    // Parts that are kinds of the total: demonyms, roles.
    one_error("Border police stopped 16 people — 12 Afghans and 3 Syrians — at the port.");
    // A bound the named parts already pass: a warning.
    let got = run("The blast killed at least 10, including 8 soldiers and five farmers.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(
            "warning breakdown-sum the parts listed add up to 13 (8 + 5), more than “at least 10”"
        ),
        "{got:?}"
    );
    one_error("Two aid workers died, including three nurses.");
    // "with … and the others": all of the total.
    one_error("30 were treated, with 25 suffering smoke inhalation and seven others minor burns.");
    // Articles count one.
    one_error("The six — a boy and six girls — were rescued.");
    one_error("Five, including a horse, a donkey and four goats, were saved.");
    // A measure and its bare parts.
    one_error("He ran for 1,210 yards (860 rushing and 450 receiving) that season.");
    // A part of a whole.
    one_error("Twenty-six of 24 members voted.");
    // Degree words after the total: some of it.
    one_error("In all 64 people were hurt, four critically and 65 slightly.");
    // A dash typed as two hyphens.
    one_error("The blast left six people wounded -- eight mortally.");
}

#[test]
fn lists_and_instances_that_look_like_breakdowns() {
    for sound in [
        // The total is the first item of a list.
        "Six naval vessels, three revenue cutters, and one vessel from the survey were sent.",
        "It is governed by two Nations, four States and one Province.",
        // Money "of which" names the main sources.
        "Revenues were $379.3 million, of which $219.1 million came from customs and $124.3 million from excise.",
        // Parallel amounts, the total's own phrase before it.
        "The rebate for an individual will be $600, with $1,200 for couples.",
        // One instance past a bound.
        "More than 1,000 new cases are reported daily, including 1,500 on Wednesday.",
    ] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
    }
    // A person "of whom" list is all of it.
    assert_eq!(
        run("There were 234 pensioners, of whom 200 were invalids and 30 were widows.").len(),
        1
    );
}

#[test]
fn a_part_and_the_others_are_the_whole() {
    for (sound, wrong) in [
        (
            "One of the three officers was fired; the other two are still employed.",
            "One of the three officers was fired; the other three are still employed.",
        ),
        (
            "Two of the five men were freed. The remaining three are in custody.",
            "Two of the five men were freed. The remaining two are in custody.",
        ),
        (
            "Four others were arrested, three in Amsterdam and one in Aachen.",
            "Four others were arrested, two in Amsterdam and one in Aachen.",
        ),
    ] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
        assert_eq!(run(wrong).len(), 1, "{wrong}: {:?}", run(wrong));
    }
    // "Two other men", indefinite, are besides the set, not the rest of it.
    assert!(run("Two of the five men were freed. Two other men were held.").is_empty());
}

#[test]
fn sound_breakdowns_and_their_look_alikes() {
    for text in [
        "Officers detained 14 people, 11 in Leeds and 3 in York.",
        "The six — a boy and five girls — were rescued.",
        "The crash killed five people: two of her brothers, a cousin, an aunt and the driver.",
        // The list closes at the dash; the new clause counts something else.
        "The firm cut 900 jobs — 600 in Ohio and 300 in Texas — and closed three of its 12 plants.",
        // A part of a part: "1,000 of them".
        "Floods cut power to 30,000 homes: 18,000 in Devon and 12,000 in Dorset, 1,000 of them for a week.",
        // Items of a list, each with its own noun: no total among them.
        "He faces two counts of murder, three counts of assault and one count of arson.",
        "The family includes his wife, three sons, two stepdaughters and several grandchildren.",
        // Parallel items, each with its own day or purpose.
        "Crews answered nine calls on Monday, five on Tuesday and seven on Wednesday.",
        "The grant is $500 for a single parent, with $900 for couples.",
        // Two tallies side by side.
        "The toll is 31 dead, with 80 injured.",
        "2 dead, 5 wounded in a bar fight",
        // Ages, not parts.
        "She has two sons, 6 and 9 years old.",
        "Three people, including a 14- and a 16-year-old, were hurt.",
        "Police named the three victims: Ann Lee, 9; Joe Lee, 5; and Sam Lee, 2.",
        // A term of comparison.
        "Sales reached £17.9bn, compared with £21.8bn a year ago.",
        // Company, not a part.
        "The two were at home with four other friends.",
        // Parallel statements, each with its verb.
        "Two people suffered burns, four had cuts, and 30 were unhurt.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
}

#[test]
fn two_acts_that_split_a_whole_are_all_of_it() {
    let text = |lost: &str| {
        format!(
            "The hulls were valued at $4,200,000 and their cargoes at $1,800,000, making the total value imperiled $6,000,000. Of this amount $5,100,000 was saved and {lost} was lost."
        )
    };
    let sound = text("$900,000");
    assert!(run(&sound).is_empty(), "{:?}", run(&sound));
    let got = run(&text("$800,000"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("warning breakdown-sum parts add up to $5.9 million ($5.1 million + $800,000), but the total is $6 million"),
        "{got:?}"
    );
    // Parts of other acts are some of it.
    let some = "The hulls were valued at $4,200,000 and their cargoes at $1,800,000, making the total value imperiled $6,000,000. Of this amount $5,100,000 was insured and $800,000 was lost.";
    assert!(run(some).is_empty(), "{:?}", run(some));
}
