//! What a count counts: the noun past its modifiers, partitives, tolls, ellipsis.

use super::*;

/// Each case's figure, found in its text, counts its noun (or none).
fn assert_counts(cases: &[(&str, &str, Option<&str>)]) {
    for &(text, figure, counts) in cases {
        assert_eq!(find(text, figure).counts.as_deref(), counts, "{text}");
    }
}

#[test]
fn breakdown_parts_count_what_the_total_counts() {
    let total = find(BREAKDOWN, "23");
    assert_eq!((total.kind, total.stated), (Kind::Count, 23.0));
    assert_eq!(total.counts.as_deref(), Some("arrest"));
    let lyon = find(BREAKDOWN, "15");
    assert_eq!(lyon.counts.as_deref(), Some("arrest"));
    let (doc, _) = quantities(BREAKDOWN);
    assert_eq!(doc.slice(lyon.context[0]), "in Lyon");
    let eight = find(BREAKDOWN, "eight");
    assert_eq!(
        (eight.stated, eight.counts.as_deref()),
        (8.0, Some("arrest"))
    );
    assert!(doc.slice(eight.context[0]).contains("Marseille"));
    let three = find(BREAKDOWN, "three");
    assert_eq!(three.counts.as_deref(), Some("address"));
}

#[test]
fn counted_nouns_skip_modifiers_and_are_singular() {
    let cases = [
        ("Troops killed 17 suspected militants.", "17", "militant"),
        ("There were 13 people inside.", "13", "person"),
        ("Four children were rescued.", "Four", "child"),
        ("Up to 30 sleeper cells remain.", "Up to 30", "cell"),
        (
            "They carried out a dozen ensuing anti-terror raids.",
            "a dozen",
            "raid",
        ),
        ("Two gunmen fled.", "Two", "gunman"),
        ("Police held 25 Hamas members.", "25", "member"),
        ("Of the dead, five were children.", "five", "child"),
        ("He spoke to one Western diplomat.", "one", "diplomat"),
        ("Four of the victims were named.", "Four", "victim"),
        (
            "There are thousands of potential foreign recruits.",
            "thousands",
            "recruit",
        ),
    ];
    for (text, figure, noun) in cases {
        assert_eq!(find(text, figure).counts.as_deref(), Some(noun), "{text}");
    }
    // A comparative after a figure is no noun: "96 fewer than a year earlier".
    let text = "By June 800 shootings had been reported, 96 fewer than a year earlier.";
    assert_eq!(find(text, "96").counts, None);
}

#[test]
fn ellipsis_before_a_verb() {
    let q = find("Four people were killed and 12 injured.", "12");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("person"), Some("injure"))
    );
}

#[test]
fn a_toll_counts_what_it_tolls() {
    // A toll's size, after its verb, "at", "to" or "of", counts the people who died; a bare
    // toll is the death toll, as news uses the word; an injury toll counts the injured.
    for (text, figure) in [
        ("The death toll from the storm rose to 23 on Sunday.", "23"),
        ("The death toll now stands at 23.", "23"),
        ("Toll at 23 in Harbour Fire", "23"),
        ("Death Toll Hits 23", "23"),
        ("The flood has a death toll of 23.", "23"),
        ("By nightfall the toll had climbed to 23.", "23"),
    ] {
        let q = find(text, figure);
        assert_eq!(
            (q.counts.as_deref(), q.event),
            (Some("person"), Some("die")),
            "{text}"
        );
    }
    let q = find("The injury toll reached 40.", "40");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("person"), Some("injure"))
    );
    // A figure that counts tolls themselves is no toll's size.
    let q = find("The bridge has 3 tolls.", "3");
    assert_eq!(q.counts.as_deref(), Some("toll"));
    // "of" gives a size only to a toll: "the number of 40 victims" counts victims.
    let q = find("The number of 40 victims was cited.", "40");
    assert_eq!(q.counts.as_deref(), Some("victim"));
}

#[test]
fn descriptions_have_no_event_and_changes_count_their_things() {
    // A verb that says what a set is made of or amounts to names no happening.
    for (text, figure) in [
        (
            "The department comprised 1,289 employees in the capital.",
            "1,289",
        ),
        (
            "The show has averaged 2.9 million viewers an episode.",
            "2.9 million",
        ),
        ("The island is flanked by two reefs.", "two"),
        // A state, not a happening.
        ("At least two others remain missing.", "At least two"),
        ("The two opposition parties are worried.", "two"),
    ] {
        assert_eq!(find(text, figure).event, None, "{text}");
    }
    // "by" after a verb of change and its object: the things added or taken away.
    let q = find(
        "The carmaker is cutting first-quarter North American output by another 12,000 vehicles.",
        "12,000",
    );
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("vehicle"), Some("cut"))
    );
    // A passive agent keeps its participle; a rate of change gets no event of its verb.
    let q = find("The guards were attacked by three men.", "three");
    assert_eq!(q.event, Some("attack"));
    assert_eq!(
        find("The brains grow by 64% in three months.", "64%").event,
        None
    );
}

#[test]
fn title_case_participles_and_joined_adjectives_modify_the_noun() {
    // A title-case headline capitalises the noun after a participle too.
    let q = find("Families of 3 Jailed Climbers Fly to Tehran", "3");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("climber"), Some("jail"))
    );
    // A headline's participle with no plural noun after it is the verb.
    let q = find("5 Killed Saturday in Crash", "5");
    assert_eq!(q.event, Some("kill"));
    // Adjectives joined by "and" before one plural noun.
    let q = find("We mourn the loss of two loyal and devoted nurses.", "two");
    assert_eq!(q.counts.as_deref(), Some("nurse"));
    // Nouns joined by "and" stay apart.
    let q = find("One man and two women died.", "One");
    assert_eq!(q.counts.as_deref(), Some("man"));
    let q = find("Three officers and civilians fled.", "Three");
    assert_eq!(q.counts.as_deref(), Some("officer"));
}

#[test]
fn shares_in_figures_and_numbers_joined_by_or_count_the_noun_after() {
    // "nine out of 10 club members": the fraction is a share of members, and the subject of
    // the verb after them.
    let q = find("Nine out of 10 club members have voted.", "Nine out of 10");
    assert_eq!(
        (q.kind, q.counts.as_deref(), q.event),
        (Kind::Fraction, Some("member"), Some("vote"))
    );
    // A share in words before "of" counts the noun after it, with or without a determiner.
    let q = find("Half of the nurses voted.", "Half");
    assert_eq!(
        (q.kind, q.counts.as_deref(), q.event),
        (Kind::Fraction, Some("nurse"), Some("vote"))
    );
    let q = find("Two-thirds of voters backed the plan.", "Two-thirds");
    assert_eq!(q.counts.as_deref(), Some("voter"));
    // "one in four": no noun, yet the subject of the verb after it.
    let q = find("Only one in four will succeed.", "one in four");
    assert_eq!((q.counts, q.event), (None, Some("succeed")));
    // Before a figure the noun is the figure's: "half of the 40 victims".
    let q = find("Half of the 40 victims died.", "Half");
    assert_eq!((q.counts, q.event), (None, None));
    // "several hundred or thousand machines": the noun after the second number is the first's.
    let q = find(
        "Attacks use several hundred or thousand hijacked machines.",
        "several hundred",
    );
    assert_eq!(q.counts.as_deref(), Some("machine"));
}

#[test]
fn a_bare_count_of_acts_only_people_do_counts_people() {
    // "thousands are expected to attend": no noun, but only people attend, vote or march.
    for (text, figure) in [
        (
            "Organisers said thousands are expected to attend.",
            "thousands",
        ),
        ("In the county, 41,000 voted early.", "41,000"),
        ("Police said 300 marched to the square.", "300"),
    ] {
        assert_eq!(
            find(text, figure).counts.as_deref(),
            Some("person"),
            "{text}"
        );
    }
    // A verb things do as well leaves the count bare.
    assert_eq!(
        find("Officials said 300 arrived on Monday.", "300").counts,
        None
    );
}

#[test]
fn partitives_of_a_possessive_and_of_the_next_few() {
    // A name's possessive determines the set as "the" does; a superlative stays an idiom.
    let q = find("One of Camden's charges was also changed.", "One");
    assert_eq!((q.kind, q.counts.as_deref()), (Kind::Count, Some("charge")));
    assert_eq!(q.event, Some("change"));
    let q = find("One of America's greatest writers died.", "One");
    assert_eq!(q.kind, Kind::Other);
    // An order word before the whole's figure: the part counts the whole's noun.
    let q = find("The team won only three of their next 10 games.", "three");
    assert_eq!((q.counts.as_deref(), q.event), (Some("game"), Some("win")));
}

#[test]
fn more_after_a_bare_figure_leaves_its_verb_the_event() {
    // "four more are injured": the added set's own verb, not the toll's before it.
    let q = find("Three people are dead and four more are injured.", "four");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("person"), Some("injure"))
    );
    let q = find("Two men died and three more were hurt.", "three");
    assert_eq!(q.event, Some("hurt"));
}

#[test]
fn headline_partitives_and_clauses_an_object_opens() {
    // A headline drops the article before a plural set; one among those killed was killed.
    let q = find("One of attackers among men killed in harbour raid", "One");
    assert_eq!(
        (q.kind, q.counts.as_deref()),
        (Kind::Count, Some("attacker"))
    );
    assert_eq!(q.event, Some("kill"));
    // In prose "one of" a bare plural is no count.
    let q = find("She is one of friends who went to the match.", "one");
    assert_eq!(q.kind, Kind::Other);
    // "heard 5 or 6 shots go off": the verb before governs the clause after its object.
    let q = find(
        "A neighbour said he heard 5 shots go off during the fight.",
        "5",
    );
    assert_eq!((q.counts.as_deref(), q.event), (Some("shot"), Some("hear")));
    // An inflected verb after an object stays the event: "left three people injured".
    let q = find("The blast left three people injured.", "three");
    assert_eq!(q.event, Some("injure"));
}

#[test]
fn agents_of_a_nominal_and_objects_after_with() {
    // The agent of the act a noun before "of" names.
    let q = find(
        "In case of the seizure of the harbour of a city by one man, the duty is plain.",
        "one",
    );
    assert_eq!((q.counts.as_deref(), q.event), (Some("man"), Some("seize")));
    // "answered the invasion with 12 resolutions": the verb before the object "with" follows
    // names the act before the noun's own verb.
    let q = find(
        "The council answered the invasion with 12 resolutions in a month.",
        "12",
    );
    assert_eq!(q.event, Some("answer"));
}

#[test]
fn a_verb_that_no_noun_reads_as_is_no_counted_noun() {
    // A bare figure's verb: "remain", "vie", "flee" are verbs and never nouns.
    for (text, figure) in [
        ("Two people were killed and three remain missing.", "three"),
        ("Hundreds vie for the prize each year.", "Hundreds"),
        ("Officers said two flee the scene on foot.", "two"),
    ] {
        let q = find(text, figure);
        assert_ne!(q.counts.as_deref(), Some("remain"), "{text}");
        assert_ne!(q.counts.as_deref(), Some("vie"), "{text}");
        assert_ne!(q.counts.as_deref(), Some("flee"), "{text}");
    }
    // The same words modifying a noun after them: "long" is a verb too.
    for (text, figure, noun) in [
        ("Police recovered one long gun from the car.", "one", "gun"),
        ("The war lasted two long years.", "two", "year"),
    ] {
        assert_eq!(find(text, figure).counts.as_deref(), Some(noun), "{text}");
    }
}

#[test]
fn partitives_of_irregular_plurals_and_demonstratives() {
    // "one of the men" counts one man, as "one of the suspects" does: a plural need not end
    // in "s".
    for (text, noun, event) in [
        ("One of the men was arrested.", "man", "arrest"),
        ("Police said one of the children died.", "child", "die"),
        (
            "Two of these crises threatened the union.",
            "crisis",
            "threaten",
        ),
    ] {
        let figure = text
            .split(' ')
            .find(|w| matches!(*w, "One" | "one" | "Two"));
        let q = find(text, figure.unwrap());
        assert_eq!(q.kind, Kind::Count, "{text}");
        assert_eq!(
            (q.counts.as_deref(), q.event),
            (Some(noun), Some(event)),
            "{text}"
        );
    }
    // A demonstrative before a participle or a verb is a pronoun: the count takes what was
    // named before it.
    let q = find(
        "Four men were detained. Two of those held were later released.",
        "Two",
    );
    assert_eq!(q.counts.as_deref(), Some("man"));
}

#[test]
fn others_than_a_tolls_act_are_people() {
    // "deaths" and "fatalities" count acts; those "others" and "those" refer to are people.
    let text = "Eight people have died since March, though one of those fatalities was a \
                heart attack. Two others remain missing. One of those pulled from the river \
                has been identified.";
    assert_eq!(find(text, "one").counts.as_deref(), Some("fatality"));
    assert_eq!(find(text, "Two").counts.as_deref(), Some("person"));
    assert_eq!(find(text, "One").counts.as_deref(), Some("person"));
    // A bare part of a toll's act keeps it, as do some of them by a pronoun.
    let q = find(
        "Police made 17 arrests: 13 in Belgium and four in France.",
        "13",
    );
    assert_eq!(q.counts.as_deref(), Some("arrest"));
    let q = find("Officials counted 31 injuries, six of them severe.", "six");
    assert_eq!(q.counts.as_deref(), Some("injury"));
}

#[test]
fn a_share_in_parentheses_keeps_the_ellipsis() {
    // "(48.2%)" is the share of the count before it: the count after it takes the same noun.
    let text = "Clinton received 65,844,610 votes (48.2%) to Trump's 62,979,636 (46.1%).";
    assert_eq!(find(text, "62,979,636").counts.as_deref(), Some("vote"));
    // A measure between ends it: "1,512 yards (1,165 rushing …)" counts no yards after it.
    let text = "The team sold 400 tickets, raised $2,000 and then 30 more.";
    assert_ne!(find(text, "30").counts.as_deref(), Some("ticket"));
}

#[test]
fn a_count_of_one_has_a_singular_noun() {
    // After "one" a word in "-s" that follows a singular noun is its verb.
    for (text, noun) in [
        (
            "One music industry expert tells the paper sales will fall.",
            "expert",
        ),
        ("One patient remains in hospital.", "patient"),
        (
            "As one political consultant puts it, the plan worked.",
            "consultant",
        ),
    ] {
        let q = find(text, if text.starts_with("As") { "one" } else { "One" });
        assert_eq!(q.counts.as_deref(), Some(noun), "{text}");
    }
    // A partitive's plural, and plurals after a larger count, stay the head.
    let q = find("One of the alleged thieves ran off.", "One");
    assert_eq!(q.counts.as_deref(), Some("thief"));
    let q = find("Two car bombs exploded.", "Two");
    assert_eq!(q.counts.as_deref(), Some("bomb"));
}

#[test]
fn possessors_particles_and_out_of() {
    let cases = [
        // A singular possessor determines the noun after it; a plural one, or one after a
        // count of one, is what is counted.
        (
            "Three sheriff's deputies were hurt.",
            "Three",
            Some("deputy"),
        ),
        (
            "It is one of the world's biggest iron ore suppliers.",
            "one",
            Some("supplier"),
        ),
        ("The two men's lawyers spoke.", "two", Some("man")),
        (
            "One suspect's first name may be Jay.",
            "One",
            Some("suspect"),
        ),
        // A verb's particle is no noun: "came out", "pulled … out of the water".
        (
            "One girl came out wrapped in a blanket.",
            "One",
            Some("girl"),
        ),
        ("One man pulling out a gun fled.", "One", Some("man")),
        ("Divers pulled three out of the water.", "three", None),
        // "off-duty" is a compound, not a particle.
        (
            "Three off-duty officers were working.",
            "Three",
            Some("officer"),
        ),
        // "out of" before the whole's figure is a partitive.
        (
            "Jobs grew in 61 out of the past 62 months.",
            "61",
            Some("month"),
        ),
        (
            "They won four out of their six games.",
            "four",
            Some("game"),
        ),
    ];
    assert_counts(&cases);
    assert_eq!(
        find("One girl came out wrapped in a blanket.", "One").event,
        Some("come")
    );
}

/// A count never counts a pronoun, an adverb (not even one a title-case headline capitalises)
/// or a month's name before a day, and an event's verb before "of" is the verb ("three died of
/// their wounds"). "US" in capitals is a name, not the pronoun.
#[test]
fn pronouns_adverbs_and_verbs_are_counted_by_no_figure() {
    let cases = [
        (
            "It fights two lawsuits, one accusing it of bias.",
            "one",
            Some("lawsuit"),
        ),
        ("All three died of their wounds.", "three", Some("person")),
        ("4 Dead, 2 Critically Hurt", "2", Some("person")),
        ("5 People Shot, 1 Fatally", "1", Some("person")),
        ("The firm will add 10,000 US jobs.", "10,000", Some("job")),
        // "-strong" sizes the group named after it.
        (
            "Its 130,000-strong workforce grew.",
            "130,000",
            Some("workforce"),
        ),
        ("The firm owes 200-plus banks.", "200-plus", Some("bank")),
        // A month before a day is a date's; before a noun it modifies the noun.
        ("One was made Jan. 28, the other two March 14.", "two", None),
        (
            "He led England in the three November Tests.",
            "three",
            Some("test"),
        ),
    ];
    assert_counts(&cases);
    let died = find("All three died of their wounds.", "three");
    assert_eq!(died.event, Some("die"));
    let hurt = find("4 Dead, 2 Critically Hurt", "2");
    assert_eq!(hurt.event, Some("hurt"));
}

/// A name with a number glued on ("K-9", "F-16", "Covid-19") is a kind of the noun after it,
/// which the figure counts; with no noun after it the figure counts nothing it could name. A
/// word with a contracted verb ("who've", "I'm") is a pronoun and its verb, never counted.
#[test]
fn coded_names_and_contractions_in_a_noun_phrase() {
    let cases = [
        (
            "Police sent two K-9 units to the park.",
            "two",
            Some("unit"),
        ),
        ("Three F-16 jets flew over.", "Three", Some("jet")),
        ("It logged 40 Covid-19 deaths.", "40", Some("death")),
        ("It pays 900 GS-13-15 managers.", "900", Some("manager")),
        ("He sold four AR-15s last year.", "four", None),
        (
            "Nearly one-quarter of those who've voted agree.",
            "Nearly one-quarter",
            None,
        ),
        ("It is the biggest one I've seen.", "one", None),
        ("Only one new star isn't worried.", "one", Some("star")),
        ("The two didn't agree.", "two", None),
        // A hyphen between words still joins a compound.
        ("Two anti-terror raids began.", "Two", Some("raid")),
    ];
    assert_counts(&cases);
}
