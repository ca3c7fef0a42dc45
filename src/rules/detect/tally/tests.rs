use crate::rules::detect::acceptance::default_findings as run;

#[test]
fn figures_joined_under_one_verb_state_the_toll_together() {
    let sound = "13 Killed in Lake Battle\n\nMarines stumbled on a camp, triggering a firefight that killed one marine and a dozen Zetas gunmen.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("a dozen", "two dozen"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the headline reports 13 dead, but the body reports 25 (1 + 24)"),
        "{got:?}"
    );
    // The finding points at both parts the body's toll was read from.
    assert!(got[0].ends_with("[13, one, two dozen]"), "{got:?}");
    // Another count in the sentence leaves the set open.
    let open = "13 Killed in Lake Battle\n\nA firefight with 40 gunmen killed one marine and two dozen Zetas.";
    assert!(run(open).is_empty(), "{:?}", run(open));
}

#[test]
fn a_lede_against_the_set_counted_again() {
    let text = |lede: &str| {
        format!(
            "4 shot at busy bowling alley\n\n{lede} around 11:30 p.m. at the lanes.\n\nCook was one of four people to be shot inside the alley.\n\nAll four of the shooting victims were treated and released."
        )
    };
    let sound = text("Four people were shot");
    assert!(run(&sound).is_empty(), "{:?}", run(&sound));
    let got = run(&text("Three people were shot"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains(
            "the lede reports 3 shot, but the headline reports 4 and the body counts the whole set as 4"
        ),
        "{got:?}"
    );
    for quiet in [
        // A part of the set, not the toll: coordinated, or a subset named as identified.
        text("A man and 3 women were shot"),
        text("Three victims shot in the lanes have been identified; they were shot"),
    ] {
        assert!(run(&quiet).is_empty(), "{quiet}: {:?}", run(&quiet));
    }
}

#[test]
fn a_photo_caption_restates_the_toll() {
    let text = |caption: &str| {
        format!(
            "Deputies: 4 wounded in gas station shooting\n\n{caption}\n\nA drive-by shooting at a gas station sent four people to the hospital, officials said."
        )
    };
    let sound =
        text("Four people were wounded early Saturday at the station. (Jane Roe, Daily Star / )");
    assert!(run(&sound).is_empty(), "{:?}", run(&sound));
    let wrong =
        text("Five people were wounded early Saturday at the station. (Jane Roe, Daily Star / )");
    let got = run(&wrong);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the headline reports 4 injured, but the photo caption reports 5"),
        "{got:?}"
    );
    for quiet in [
        // A file photo shows an earlier story.
        text("Five people were wounded at the station last year. (Photo: Daily Star file)"),
        // Coordinated parts are no toll.
        text("Three women and a man were wounded at the station. (Photo: WXYZ)"),
        // A paragraph without a credit is no caption (the body's four give the headline's).
        text("Five people were wounded early Saturday at the station."),
    ] {
        assert!(run(&quiet).is_empty(), "{quiet}: {:?}", run(&quiet));
    }
    // A caption far down the page, after a dozen paragraphs of quotes, shows the same scene.
    let quotes = "\"It was chaos,\" a neighbour said.\n\n".repeat(12);
    let late = |n: &str| {
        format!(
            "Deputies: 4 wounded in gas station shooting\n\nA drive-by shooting at a gas station sent four people to the hospital, officials said.\n\n{quotes}{n} people were wounded early Saturday at the station. (Jane Roe, Daily Star / )"
        )
    };
    assert!(run(&late("Four")).is_empty(), "{:?}", run(&late("Four")));
    let got = run(&late("Five"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("but the photo caption reports 5"),
        "{got:?}"
    );
}

#[test]
fn others_shot_beside_the_dead_are_the_injured() {
    let sound = "Two dead, six injured in harbour shooting\n\nOfficials confirmed two men have been reported dead, while six others were shot in the legs.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("six others", "seven others"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the headline reports 6 injured, but the body reports 7"),
        "{got:?}"
    );
    // Others shot beside no toll of a part are more of the shot, not the injured.
    let quiet = "Six injured in harbour shooting\n\nOfficials said a man was arrested, while seven others were shot.";
    assert!(run(quiet).is_empty(), "{:?}", run(quiet));
}

#[test]
fn others_beside_someone_named_of_another_toll_are_a_whole_toll() {
    let text = |headline: &str| {
        format!(
            "One dead, {headline} hurt in market shooting\n\nThe shooting left a 25-year-old man dead and six others with gunshot wounds."
        )
    };
    let sound = text("six");
    assert!(run(&sound).is_empty(), "{:?}", run(&sound));
    let got = run(&text("five"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the headline reports 5 injured, but the body reports 6"),
        "{got:?}"
    );
    // The headline may tell it so too: "Girl dead, 5 others injured".
    let headline = |n: &str| {
        format!(
            "Girl, 16, dead, 5 others injured in park shooting\n\nPolice said a 16-year-old girl is dead and {n} others are injured after a shooting in the park."
        )
    };
    assert!(
        run(&headline("five")).is_empty(),
        "{:?}",
        run(&headline("five"))
    );
    let got = run(&headline("four"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the headline reports 5 injured, but the body reports 4"),
        "{got:?}"
    );
    // Others beside someone hurt as they were are some of the hurt: "a man was wounded
    // and six others" may leave a seventh; the act nearest before them says whom they
    // are others than.
    let nearest = "Seven hurt in market shooting\n\nPolice arrested a man who shot a boy, and six others were wounded.";
    assert!(run(nearest).is_empty(), "{:?}", run(nearest));
    let part = "Seven hurt in market shooting\n\nThe shooting left a 25-year-old man wounded and six others with gunshot wounds.";
    assert!(run(part).is_empty(), "{:?}", run(part));
}

#[test]
fn a_toll_in_the_headline_is_the_body_toll_of_the_dead() {
    let sound = "Toll at 21 in Harbour Blast\n\nThe death toll from the harbour blast now stands at 21, including both crew members. The 19 dock workers killed include two foremen; 30 others were hurt.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("stands at 21", "stands at 23"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the headline reports 21 dead, but the body reports 23"),
        "{got:?}"
    );
}

#[test]
fn a_part_in_degree_beside_the_headline_toll_leaves_it_whole() {
    let got = run(
        "5 Shot, 1 Fatally, at Party\n\nPolice are investigating the shootings of four people at a party.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the headline reports 5 shot, but the body reports 4"),
        "{got:?}"
    );
    let sound = "5 Shot, 1 Fatally, at Party\n\nPolice are investigating the shootings of five people at a party.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
}

#[test]
fn others_told_later_do_not_make_the_lede_read_as_the_headline() {
    let sound = "12 Shot at Street Fair\n\nGunfire at a street fair killed one man and injured at least 11 others on Saturday. Police said 12 people were shot.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    // "at least 11 others" alone does not tell 12; the lede says 15.
    let got = run(&sound.replace("said 12 people", "said 15 people"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the headline reports 12 shot, but the body reports 15"),
        "{got:?}"
    );
}

#[test]
fn a_headline_toll_the_body_does_not_give() {
    let got = run("8 Kids Killed in House Fire\n\nA house fire killed seven children.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0]
            .starts_with("warning event-tally the headline reports 8 dead, but the body reports 7"),
        "{got:?}"
    );
    // The body gives it in words, or as a bound.
    assert!(run("7 Kids Killed in House Fire\n\nA house fire killed seven children.").is_empty());
    assert!(run("29 Die in Prison Riot\n\nAt least 29 inmates were killed.").is_empty());
    assert_eq!(
        run("35 Die in Prison Riot\n\nAt least 36 inmates were killed.").len(),
        1
    );
    // A body that names a wrong toll is caught the same way.
    assert_eq!(
        run("12 Hurt in Crash\n\nFourteen people were hurt on the A1.").len(),
        1
    );
}

#[test]
fn a_headline_toll_the_body_adds_up_to() {
    // The body's parts add up to the headline.
    assert!(
        run("38 Iraqis Killed\n\nA total of 34 people were killed in Baghdad. Another four died in Diyala.")
            .is_empty()
    );
    // Only parts in the body: "six others" is no statement of the whole.
    assert!(
        run("8 People Wounded\n\nTwo victims are in critical condition. The six others wounded are stable.")
            .is_empty()
    );
    // The body's toll is one part of several ("two men and a teenager").
    assert!(
        run("3 Men Killed in House\n\nPolice found the bodies of two men and a teenager.")
            .is_empty()
    );
    // Another toll, or another thing counted.
    assert!(run("3 Dead in Storm\n\nTwelve people were injured.").is_empty());
    assert!(run("3 Dead in Storm\n\nThe storm killed 400 cattle.").is_empty());
    // No headline: a first paragraph that is a sentence.
    assert!(run("Three died in the storm.\n\nFour people were killed.").is_empty());
    // Counts of charges count no one: three men each charged with one count make no three.
    assert_eq!(
        run("3 Charged in Robbery\n\nTwo people have been charged. Tom Reed, Ann Lee and Joe Kay are each charged with one count of robbery.")
            .len(),
        1
    );
}

#[test]
fn a_lede_with_a_part_in_degree() {
    // "six people wounded -- two mortally" is a whole toll with a part in degree; the
    // headline may count the rest of it.
    let story = |head: &str| {
        format!(
            "{head} in Shooting Outside Funeral\n\nA shootout erupted outside a funeral on Monday, leaving six people wounded -- two mortally, police said."
        )
    };
    assert!(run(&story("6 Wounded")).is_empty());
    assert!(
        run(&story("2 Dead, 4 Wounded")).is_empty(),
        "{:?}",
        run(&story("2 Dead, 4 Wounded"))
    );
    let got = run(&story("2 Dead, 5 Wounded"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the headline reports 5 injured, but the body reports 6"),
        "{got:?}"
    );
}

#[test]
fn each_other_and_far_tolls_of_other_tallies() {
    // "each other" names no degree, and seven wounded far down give no seven dead.
    let story = |n: &str| {
        format!(
            "7 Killed in 3 Shootings\n\n{n} people were murdered in three separate shootings within a mile of each other. \
                 Police have not said if the shootings are related. No one is in custody. \
                 The mayor spoke on Monday. He said more officers would patrol. Residents were afraid. \
                 Seven people were wounded in shootings elsewhere in the city."
        )
    };
    assert_eq!(run(&story("Eight")).len(), 1, "{:?}", run(&story("Eight")));
    assert!(run(&story("Seven")).is_empty());
    // Near the lede, a figure of another tally may give the headline's: the same people.
    assert!(
        run("China Executes 9 Over Riots\n\nNine people convicted of murder during the riots were executed today. The riots left 197 people dead.")
            .is_empty()
    );
}

#[test]
fn a_lede_that_its_own_parts_contradict() {
    // The lede says at least 25; the parts after it add up to the headline's 15.
    let story = |n: &str| {
        format!(
            "15 Killed in Riots\n\nAt least {n} people died in clashes with police, officials said. \
                 An official said eight people were killed just outside the capital, and another seven died in the city itself."
        )
    };
    // (The breakdown check reports the parts against the lede too.)
    let got: Vec<String> = run(&story("25"))
        .into_iter()
        .filter(|f| f.contains("event-tally"))
        .collect();
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains(
            "but the body reports at least 25 (at 3:1), though the figures after it add up to 15"
        ),
        "{got:?}"
    );
    assert!(run(&story("15")).is_empty(), "{:?}", run(&story("15")));
    // A vague headline is read loosely, and parts far from the lede are another account.
    assert!(
        run("Several Hurt in Riots\n\nOne person was hurt in clashes, officials said.\n\nEarlier this year, five people were hurt and another two were hurt in another town.")
            .is_empty()
    );
}

#[test]
fn others_of_a_held_tally_add_to_the_headline() {
    // The wounded are some of the shot: six shot at a party and eight others wounded
    // elsewhere make the headline's 14.
    let story = |n: &str| {
        format!(
            "{n} Shot Overnight Across the City\n\nGunmen shot six people at a party on Saturday. \
                 Police said at least one other person was found at the scene.\n\n\
                 Eight other people were wounded across the city overnight."
        )
    };
    assert!(run(&story("14")).is_empty(), "{:?}", run(&story("14")));
    // "at least one other" does not give the headline's figure: 15 is still caught.
    assert_eq!(run(&story("15")).len(), 1, "{:?}", run(&story("15")));
}

#[test]
fn parts_add_up_with_the_lede_or_within_a_sentence() {
    // The lede and the next sentences' toll add up to the headline; "and wounding 40"
    // joins a clause, not a part.
    assert!(
        run("Two Bombs Kill 24\n\nA bomber struck a market, killing 18 people and wounding 40 others. Hours earlier a car bomb killed six people.")
            .is_empty()
    );
    // Parts that add up to the headline without the lede leave the lede contradicting it.
    assert_eq!(
        run("Court Charges 9\n\nProsecutors charged eleven people on Monday. The court charged 7 with plotting an attack. Two were charged with recruiting.")
            .len(),
        1
    );
    // Figures far apart in a long story are no parts of one toll.
    assert_eq!(
        run("38 Killed in Clashes\n\nForty-one people have been killed in clashes today. Police fired tear gas. Crowds gathered. Shops closed. Officials met. Later, 32 died in the capital. Six were killed in the north.")
            .len(),
        1
    );
}

#[test]
fn the_lede_is_the_first_whole_statement() {
    // A title-case verb names no number; a caption's parts come before the lede.
    let got = run(
        "Gunman Who Shot 6 Still at Large\n\nThe two men and three women hurt, seen here.\n\nA gunman shot five people at a party on Friday.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    // Another toll in the lede's sentence leaves it whole.
    assert_eq!(
        run("Gunman Who Shot 6 Still at Large\n\nA gunman shot five people, killing one.").len(),
        1
    );
    // "alone", "each": one place of several, a share of each.
    assert!(
        run("1.2K Dead in Floods\n\nThe agency says 1,000 were killed in the capital alone.")
            .is_empty()
    );
    // A partitive's part is the whole toll of a set it names; coordination inside a
    // context phrase joins no parts.
    assert_eq!(
        run("31 Hurt in Ferry Crash\n\nTwenty-nine of 40 passengers were hurt at dawn.").len(),
        1
    );
    assert_eq!(
        run("12 Killed in Riots\n\nFifteen people died in clashes between police and strikers.")
            .len(),
        1
    );
    // The lede after two scene-setting paragraphs.
    assert_eq!(
        run("Four Dead in Bar Shooting\n\nOfficers were called to a bar on Main St.\n\nThey found several people hurt.\n\nA spokesman said two men have died, while five others were shot.")
            .len(),
        1
    );
    // The toll told first in other terms: the dead and the wounded are the shot.
    assert!(
        run("Six Shot in City\n\nTwo men were killed and three men and a boy were wounded in three shootings.\n\nIn the first, officers found two men who had been shot.")
            .is_empty()
    );
    // Others than the dead are the whole of the wounded; others than the hospitalized
    // are some of the injured.
    assert_eq!(
        run("2 Dead, 6 Wounded in Shooting\n\nTwo men were killed, and four others were wounded.")
            .len(),
        1
    );
    assert!(
        run("4 Injured in Shooting\n\nThe shooting left one man hospitalized. Three others were hurt.")
            .is_empty()
    );
    // A coordinated part with no clause of its own stays a part.
    assert!(
        run("17 Dead in Shootout\n\nThe battle left 15 gunmen and 2 soldiers dead.").is_empty()
    );
    // A subset in the lede leaves it whole.
    assert_eq!(
        run("Gunmen Wound 5\n\nFour men, including three bystanders, were wounded.").len(),
        1
    );
    // A vague figure states no toll to hold the headline against.
    assert!(
        run("9 Dead in Jail Riot\n\nA gang behind a bombing that killed dozens led the riot.")
            .is_empty()
    );
    // A headline's toll without its killer.
    assert!(
        run("Man Kills 3, Then Himself\n\nFour people are dead after a shooting on Monday.")
            .is_empty()
    );
    // Deaths are the dead; an ordinal reaching the headline gives it.
    assert!(run("6K Dead in March\n\nThere were more than 6,000 deaths in March.").is_empty());
    assert!(
        run("6 Arrested Over Plot\n\nPolice arrested five men on Monday. A sixth man was arrested later.")
            .is_empty()
    );
}

#[test]
fn parts_added_in_one_sentence_exceed_the_headline() {
    let text = |part: &str| {
        format!(
            "31 Villagers Killed in Mine Collapse\n\nAt least 20 people died when the shaft gave way at dawn. A total of 25 people were killed at the main pit and another {part} died at the vent, officials said."
        )
    };
    let sound = text("six");
    assert!(run(&sound).is_empty(), "{:?}", run(&sound));
    let got = run(&text("eight"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains(
            "the headline reports 31 dead, but the body's figures at 3:69 add up to 33 (25 + 8)"
        ),
        "{got:?}"
    );
    // A toll's level holds what it adds: "rose to 18 as officials confirmed three more".
    let level = "Fever Toll Hits 18\n\nThe toll rose to 18 as officials confirmed three more deaths yesterday.";
    assert!(run(level).is_empty(), "{:?}", run(level));
    // A headline of some of the body's: the officers among the people shot.
    let some = "Gunman Shoots 2 Officers\n\nPolice say he shot two officers. He killed two people and injured two more on Sunday.";
    assert!(run(some).is_empty(), "{:?}", run(some));
}

#[test]
fn all_of_the_set_named_again_must_be_a_toll_of_the_story() {
    let text = |set: &str| {
        format!(
            "3 shot outside diner\n\nThree people were shot outside a diner on Friday night, police said.\n\nThe gunman fled on foot.\n\n{set} were taken to a hospital."
        )
    };
    assert!(run(&text("All three victims")).is_empty());
    let got = run(&text("All four victims"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the story counts the whole set as 4, but the headline reports 3 shot"),
        "{got:?}"
    );
    for quiet in [
        // A part of the toll joined to another, and a set that is no toll's victims.
        text("All four passengers"),
        text("The driver and all four victims"),
        // A count of people the story gives elsewhere.
        text("Four people were questioned. All four witnesses"),
    ] {
        assert!(run(&quiet).is_empty(), "{quiet}: {:?}", run(&quiet));
    }
    // The set is the sum of the tolls, or a toll and someone named without a figure.
    for sound in [
        "2 dead, 3 hurt in shooting\n\nTwo men were killed and three were wounded in a shooting on Friday.\n\nAll five victims were known to police.",
        "2 children, woman shot at park\n\nTwo children and a woman were shot at a park on Sunday.\n\nAll three victims were treated at a hospital.",
        "Man killed, 4 hurt in shooting\n\nPolice named a man gunned down in a shooting that wounded four others.\n\nAll five victims were at a party.",
        "Shooting at party\n\nThree people were shot at a party.\n\nAll four victims were treated.",
        // A person listed bare beside the headline's toll.
        "4 Kids, Mom Stabbed to Death\n\nA mother and her four children were attacked at home.\n\nAll five victims died.",
    ] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
    }
}

#[test]
fn a_killer_counted_with_his_victims_leaves_the_toll_untold() {
    let body =
        "A man shot his wife and two sons on Sunday. Four people were found dead in the house.";
    assert_eq!(run(&format!("Husband Kills 3 in house\n\n{body}")).len(), 1);
    let reflexive = format!("Husband Kills 3, Then Self\n\n{body}");
    assert!(run(&reflexive).is_empty(), "{:?}", run(&reflexive));
    let sets =
        "A man shot two people at a park on Sunday.\n\nAll three victims were taken to a hospital.";
    assert_eq!(run(&format!("Man wounds 2 at park\n\n{sets}")).len(), 1);
    let himself = format!("Man wounds 2 before shooting himself\n\n{sets}");
    assert!(run(&himself).is_empty(), "{:?}", run(&himself));
}

#[test]
fn a_headline_that_splits_the_toll_the_body_states_whole() {
    let text = |head: &str, lede: &str| {
        format!(
            "{head} in market shooting\n\n{lede} people were shot at the market on Saturday, police said."
        )
    };
    let got = run(&text("One dead, four hurt", "Six"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains(
            "the headline reports 1 dead and 4 injured, 5 in all, but the body reports 6 shot"
        ),
        "{got:?}"
    );
    for (head, lede) in [
        ("One dead, four hurt", "Five"),
        // More parts than the shot: the hurt may have been hurt otherwise.
        ("One dead, four hurt", "Four"),
        // Two officers may be some of the wounded.
        ("One dead, two officers wounded", "Five"),
    ] {
        let quiet = text(head, lede);
        assert!(run(&quiet).is_empty(), "{quiet}: {:?}", run(&quiet));
    }
    // A whole of several incidents may hold more than the headline's scene.
    let weekend = "One dead, four hurt in market shooting\n\nPolice are investigating three shootings that left seven people shot on Saturday.";
    assert!(run(weekend).is_empty(), "{:?}", run(weekend));
}

#[test]
fn a_figure_added_in_a_claim_of_its_own_disputes_the_toll() {
    let told = "34 Iraqis Killed\n\nA total of 34 people were killed in Baghdad and another six died in Diyala.";
    let got = run(told);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("add up to 40 (34 + 6)"), "{got:?}");
    let claimed = told.replace(" and another", ", but activists said another");
    assert!(run(&claimed).is_empty(), "{:?}", run(&claimed));
}

#[test]
fn a_murder_suicide_headline_may_count_the_killer() {
    let text = |head: &str| {
        format!(
            "Four dead in {head}\n\nOfficers found three people dead inside the home, police said."
        )
    };
    let got = run(&text("house shooting"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("the headline reports 4 dead, but the body reports 3"),
        "{got:?}"
    );
    let quiet = text("apparent murder-suicide");
    assert!(run(&quiet).is_empty(), "{:?}", run(&quiet));
}

#[test]
fn others_added_to_a_toll_exceed_the_headline() {
    let text = |n: &str| {
        format!(
            "12 Shot at Park Festival\n\nGunfire at the festival killed {n} and injured at least 11 others late Saturday, police said."
        )
    };
    assert!(
        run(&text("one man")).is_empty(),
        "{:?}",
        run(&text("one man"))
    );
    let got = run(&text("three men"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("the headline reports 12 shot, but the body's figures at 3:32 add up to at least 14 (3 + at least 11)"), "{got:?}");
    for quiet in [
        // Others than the headline's nuns are none of them.
        "4 Nuns Killed in Raid\n\nFour nuns and 12 others were killed in the raid on the home, officials said.",
        // Parts set off after a part are parts of it.
        "Storms Kill 3 in West\n\nOne woman was killed in a flood, and two others—one in Oregon, one in Idaho—died under falling trees.",
        // A held toll before the headline's makes it the rest: the shot who lived.
        "2 killed, 2 shot at block party\n\nTwo people are dead and two others were wounded in a shooting at the party.",
        // Others with a verb of their own are none of the dead.
        "2 Killed, 3 Injured in Market Shooting\n\nTwo people have died while three others remain in hospital after a shooting at the market.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}
