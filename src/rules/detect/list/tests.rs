use crate::rules::detect::acceptance::default_findings as run;

#[test]
fn people_identified_by_name_and_age() {
    let sound = "Two men were fatally shot inside the shop. The coroner's office identified them as Ian C. Moss, 28, and Sam Hale, 32, of the 9400-block of Ada Street.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("Two men", "Three men"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("warning list-count “Three men” are announced, but the list that follows names 2 (Ian C. Moss, 28; Sam Hale, 32)"),
        "{got:?}"
    );
    // The count in the object, and names with a place between them.
    let got = run(
        "Police identified the three men as Ian Moss, 31, of Southeast D.C. and Sam Hale, 18, of Southeast D.C.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    for quiet in [
        // "them" after a sentence of two counts: which set is named is a guess.
        "Three men were shot and two women were hurt. Police identified them as Ian Moss, 28, and Sam Hale, 32.",
        // Some of a set: a partitive object.
        "Police identified two of the five victims as Ian Moss, 28, and Sam Hale, 32, and Ann Roe, 40.",
        // Not names: a lower-case word between the ages.
        "Police identified the three men as Ian Moss, 28, who lived nearby, and Sam Hale, 32.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}

#[test]
fn people_named_in_apposition() {
    for sound in [
        "Two other men, Dillon and Raheam Jackson, ran from the restaurant.",
        "Police charged three suspects, John Reed, 27, Sam Hale, 31, and Ian C. Moss, 19, on Friday.",
    ] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
    }
    let got = run("Three other men, Dillon and Raheam Jackson, ran from the restaurant.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].contains("names 2"), "{got:?}");
    assert_eq!(
        run("Police charged four suspects, John Reed, 27, Sam Hale, 31, and Ian C. Moss, 19, on Friday.").len(),
        1
    );
    // Not a list of names: a clause, a single name, things that are not people.
    for quiet in [
        "He scored three goals, Smith said, and left.",
        "Police arrested three men, Smith among them, on Friday.",
        "The firm closed three plants, Leeds and York among them.",
        "Officers stopped two cars, Ford and Honda, on the bridge.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}

#[test]
fn a_list_of_actions() {
    let text = |n: &str| {
        format!(
            "She said the party could help in {n} ways: lend support to the government, help draw up its programme, or have up to three ministers in a coalition."
        )
    };
    assert!(run(&text("three")).is_empty(), "{:?}", run(&text("three")));
    let got = run(&text("four"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("“four ways” are announced, but the list that follows names 3"),
        "{got:?}"
    );
    // The last action joined by "and" alone.
    let got = run("The board set two goals: trim costs, raise prices and sell the old plant.");
    assert_eq!(got.len(), 1, "{got:?}");
    for quiet in [
        "The board set three goals: trim costs, raise prices and sell the old plant.",
        // A statement after the colon, not actions.
        "The board made two points: costs rose, he said, and prices fell.",
        // Items that are things, not actions, keep the list's own reading.
        "The board named three goals: lower costs, higher prices and a new plant.",
        // "and" before a new clause still ends the list.
        "The board had two goals: help for farmers and schools, and the minister resigned.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}

#[test]
fn a_list_shorter_or_longer_than_announced() {
    let got = run("The minister named four priorities: jobs, health and schools.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(
            "error list-count “four priorities” are announced, but the list that follows names 3"
        ),
        "{got:?}"
    );
    assert_eq!(
        run("The minister named two priorities: jobs, health, roads and schools.").len(),
        1
    );
    assert!(run("The minister named three priorities: jobs, health and schools.").is_empty());
    assert_eq!(
        run("The minister named three priorities: jobs, health, roads and schools.").len(),
        1
    );
    assert!(
        run("The minister named three priorities: law and order, jobs and schools.").is_empty()
    );
    // A colon that opens a clause, not a list.
    assert!(
        run("He had two words for them: the game is over and they should all go home now.")
            .is_empty()
    );
    // Items with figures are a breakdown, not a list.
    assert!(
        run("The storm killed 12 people: five in Leeds, four in York and others elsewhere.")
            .is_empty()
    );
}

#[test]
fn lists_in_the_shapes_news_writes() {
    for (sound, wrong) in [
        (
            "The group sold its three brands - Alpha, Beta and Gamma - last year.",
            "The group sold its four brands - Alpha, Beta and Gamma - last year.",
        ),
        (
            "The five biggest lenders (Avon, Barr, Cole, Dane and Eyre) cut rates.",
            "The five biggest lenders (Avon, Barr, Cole and Dane) cut rates.",
        ),
        (
            "He said the four mills were Arden Mill, Bow Mill, Crag Mill and Dale Mill.",
            "He said the five mills were Arden Mill, Bow Mill, Crag Mill and Dale Mill.",
        ),
        (
            "Three people — a 20-year-old man, a 31-year-old man and a 44-year-old woman — were treated.",
            "Four people — a 20-year-old man, a 31-year-old man and a 44-year-old woman — were treated.",
        ),
        (
            "Police named three boys, ages 6, 9 and 14.",
            "Police named two boys, ages 6, 9 and 14.",
        ),
        (
            "He shot three women — 18, 22 and 30 — at the party.",
            "He shot four women — 18, 22 and 30 — at the party.",
        ),
        (
            "All four — two 19-year-olds and a 22- and 25-year-old — were treated.",
            "All five — two 19-year-olds and a 22- and 25-year-old — were treated.",
        ),
        (
            "The recall covers four models: the Aster X1, Aster X2, Brio 5 and Brio 7.",
            "The recall covers five models: the Aster X1, Aster X2, Brio 5 and Brio 7.",
        ),
        (
            "The coach made three changes, with Tom Reed, the veteran Sam Hale and Ian Moss coming in.",
            "The coach made two changes, with Tom Reed, the veteran Sam Hale and Ian Moss coming in.",
        ),
    ] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
        assert_eq!(run(wrong).len(), 1, "{wrong}: {:?}", run(wrong));
    }
    // Look-alikes: a list of places after "in" says where, not how many.
    assert!(run("Five people in Leeds, York and Hull were hurt.").is_empty());
}

#[test]
fn ages_lists_read_as_news_writes_them() {
    for (sound, wrong) in [
        (
            "Three boys, ages 12, 13 and 15, were hurt.",
            "Two boys, ages 12, 13 and 15, were hurt.",
        ),
        (
            "Four men, ages 20, 23, 27 and another in his 40s, were hurt.",
            "Five men, ages 20, 23, 27 and another in his 40s, were hurt.",
        ),
        (
            "He shot two men — ages 30 and 34 — and three women — 22, 25 and 41, police said.",
            "He shot two men — ages 30 and 34 — and four women — 22, 25 and 41, police said.",
        ),
        (
            "The five victims — three men, ages 21, 21 and 20, and two women, ages 51 and 21 — were shot.",
            "The six victims — three men, ages 21, 21 and 20, and two women, ages 51 and 21 — were shot.",
        ),
        (
            "Two men, ages 20 and 21, and a girl, 16, were shot.",
            "Two men, ages 20, 21 and 22, and a girl, 16, were shot.",
        ),
        (
            "The five victims -- ages 14, 18, 29, and two 19-year-olds -- were treated.",
            "The six victims -- ages 14, 18, 29, and two 19-year-olds -- were treated.",
        ),
        (
            "The other two victims — Juan Ortiz, 27 and Jose Ruiz, 29 — were treated.",
            "The other three victims — Juan Ortiz, 27 and Jose Ruiz, 29 — were treated.",
        ),
        (
            "The couple's three children — two girls ages 2 and 6, and a son, 10 — slept.",
            "The couple's four children — two girls ages 2 and 6, and a son, 10 — slept.",
        ),
    ] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
        assert_eq!(run(wrong).len(), 1, "{wrong}: {:?}", run(wrong));
    }
    // Ages given once may be shared: fewer ages than members is only doubtful; a
    // repeated age lists one per member.
    let got = run("Three boys, ages 12 and 13, were hurt.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("warning list-count"), "{got:?}");
    let got = run("Three boys, ages 12, 12 and 13, were hurt.");
    assert!(got.is_empty(), "{got:?}");
    let got = run("Four boys, ages 12, 12 and 13, were hurt.");
    assert!(got[0].starts_with("error list-count"), "{got:?}");
    // A range of ages says nothing of how many.
    for sound in [
        "Four men, ages 19 to 24, were shot.",
        "Four men, ages 19-24, were shot.",
        "Ten victims aged between 20 and 37 were shot.",
        // Nor does a bound.
        "He left behind four children ages 7 and younger.",
        "Three children ages 12 and under have been killed this year.",
    ] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
    }
}

#[test]
fn what_looks_like_a_list_but_is_not() {
    for sound in [
        // A headline and its site's name.
        "Police investigate four shootings - KSLA News 12 Shreveport, Louisiana News Weather & Sports",
        // Occasions divided, not listed.
        "He was shot three times -- twice in the torso and once in the head.",
        // The whole of a part.
        "Services were held for two of the four men killed: Ann Bell, 57, of Leeds and Tom Cole, 68.",
        // Groups of members.
        "Five other people -- men and women -- had been shot, too.",
        // A statement about the set, not its members.
        "The other four victims were apparently shot by accident, police said.",
        "All six victims were students at the University of Utah, Salt Lake City.",
        // An aside, not an item.
        "Three other children — between ages 8 and 11, and from his first marriage — were unharmed.",
        "He is survived by three children — that we know of, the obituary reads — and a dog.",
        // An attribution after the list.
        "The bank will focus on three regions: the US, UK and Africa, the Journal reports.",
        // Some of the set.
        "He was shortlisted for 10 Grammys - including nominations for artist and album of the year - last year.",
        // A choice.
        "One of the four banks - Alpha Bank or Beta Bank - will be sold first.",
        // Names with "and" in them.
        "The plan is set out in two bills—The Work and Training Act and The Welfare Reform Act.",
        // Part of a set.
        "Rounding out the six companies are Acme, Bolt, Crux and Dyna.",
        // ", with" and no names, or no participle after them.
        "The fund holds 40 loans, with big lenders like Avon and Barr brokering them.",
        "Storms hit two towns, with Leeds and York in the dark for hours.",
    ] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
    }
}

#[test]
fn things_counted_in_a_list_of_places_are_one_to_a_place_at_least() {
    let text = |n: &str| {
        format!("{n} other winners in Ohio, Texas, New Mexico and Virginia matched five numbers.")
    };
    for sound in ["Four", "Nine"] {
        assert!(run(&text(sound)).is_empty(), "{:?}", run(&text(sound)));
    }
    let got = run(&text("Three"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("warning list-count “Three other winners” are counted in 4 places (Ohio; Texas; New Mexico; Virginia)"),
        "{got:?}"
    );
    // So many to each place, alternatives, and things that are no places.
    for quiet in [
        "Four were from Lebanon, and one apiece from Italy, Greece, and Britain.",
        "Two winners in Ohio, Texas or Virginia matched five numbers.",
        "Two teams in the League, the Cup and the Shield lost.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}

#[test]
fn a_set_counted_after_the_sentence_that_names_it() {
    let family = "(May 2, 2021) A woman and her son and nephew were found dead in a flat, with a fourth man found injured outside. The three relatives were found in the kitchen.";
    let hospital = "She was taken to St Mary's Hospital along with a 50-year-old man hit in the arm, a 19-year-old struck in the hip and the knee and a 33-year-old who was grazed, police said. All four were expected to recover.";
    let count =
        "Two women and a boy were pulled from the river. The three victims were taken to hospital.";
    for sound in [family, hospital, count] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
    }
    for (text, from, to) in [
        (family, "three relatives", "four relatives"),
        (hospital, "All four", "All five"),
        (count, "The three victims", "The four victims"),
    ] {
        let got = run(&text.replace(from, to));
        assert_eq!(got.len(), 1, "{to}: {got:?}");
        assert!(
            got[0].starts_with("warning list-count")
                && got[0].contains("are counted, but the sentence before names"),
            "{got:?}"
        );
    }
    assert!(run(&family.replace("with a fourth man", "with a fifth man")).is_empty());
    for quiet in [
        // Some of the set: others counted besides, or added to one named before.
        "A woman and her son were found dead, and another man was hurt. The three victims knew each other.",
        "Two more women have sued the actor. All three women say he lied.",
        // A subject that is a clause, not a list of people.
        "Two attempted to drive themselves to a hospital. All three are expected to survive.",
        "Officer Dale Reed confirms two men and a woman were inside. All four people were hit.",
        // Another paragraph.
        "A man and his son were found dead.\n\nThe three victims were shot.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}
