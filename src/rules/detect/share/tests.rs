use crate::rules::detect::acceptance::default_findings as run;

#[test]
fn a_share_after_a_verb_of_making_up() {
    let sound = "There were 89 removals, which constitute 8 per cent of the 1,118 appointments.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("8 per cent", "7.8 per cent"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("89/1118 is 7.96%, but the share is stated as 7.8 per cent"),
        "{got:?}"
    );
    // After a pronoun that points back at the part, the verb is still one.
    let pronoun =
        "Net users number 100m, but this represents 7.7% of the nation's 1.3 billion people.";
    assert!(run(pronoun).is_empty(), "{:?}", run(pronoun));
    let got = run(&pronoun.replace("7.7%", "less than 5%"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("100m/1.3 billion is 7.4% to 8%, but the share is stated as less than 5%"),
        "{got:?}"
    );
    // The whole in parentheses after its noun.
    let paren = "The 12 late trains made up 30% of all the trains run (40) that week.";
    assert!(run(paren).is_empty(), "{:?}", run(paren));
    assert_eq!(run(&paren.replace("30%", "35%")).len(), 1);
    // A figure of another measure between the part and its verb leaves the part unread;
    // a share with no whole after "of" is another statement.
    for quiet in [
        "The 89 removals in fourteen months constitute 7.8 per cent of the 1,118 appointments.",
        "The 89 removals constitute 7.8 per cent of all appointments.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}

#[test]
fn a_stated_share_of_two_stated_figures() {
    assert_eq!(
        run("Of the members, 12 of 17, or 70%, voted yes."),
        [
            "warning stated-share 12/17 is 70.6%, which rounds to 71%, not 70% (only truncation gives 70%) [70%, 12, 17]"
        ]
    );
    assert!(run("Of the members, 12 of 17, or 71%, voted yes.").is_empty());
    assert_eq!(run("In all 12 out of 17 members (80%) voted yes.").len(), 1);
    // A percentage that is not the share of the two figures' words.
    assert!(run("Some 12 of 17 seats went to the party, which won 40% of the vote.").is_empty());
    // The noun after the whole, and a phrase after it, before the share.
    let pilots = "He said 262 of 860 commercial pilots in the country, or 30%, had no experience.";
    assert!(run(pilots).is_empty(), "{:?}", run(pilots));
    let got = run(&pilots.replace("30%", "40%"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("262/860 is 30.5%, but the share is stated as 40%"),
        "{got:?}"
    );
    // A ratio of a handful rounds the share it states.
    let handful = "Three of four patients—73%—were in remission within two years.";
    assert!(run(handful).is_empty(), "{:?}", run(handful));
}

#[test]
fn a_share_after_its_part() {
    for (sound, wrong) in [
        (
            "The site released 2,628 cables, or a meager 1% of the 251,287 in its possession.",
            "The site released 2,628 cables, or a meager 10% of the 251,287 in its possession.",
        ),
        (
            "The state owes $3.6 million—nearly 7% of its estimated $54 million deficit—for the drug.",
            "The state owes $3.6 million—nearly 17% of its estimated $54 million deficit—for the drug.",
        ),
        (
            "Some 250,000 jobs could be created—less than 4% of the 8.4 million jobs lost.",
            "Some 250,000 jobs could be created—less than 2% of the 8.4 million jobs lost.",
        ),
    ] {
        assert!(run(sound).is_empty(), "{sound}: {:?}", run(sound));
        let got = run(wrong);
        assert_eq!(got.len(), 1, "{wrong}: {got:?}");
        assert!(got[0].starts_with("error stated-share"), "{got:?}");
    }
    // The whole read as the figure before the part: a warning.
    assert!(run("With 480 appointments, there were 48 removals, or 10 per cent.").is_empty());
    let got = run("With 480 appointments, there were 48 removals, or 15 per cent.");
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("warning stated-share"), "{got:?}");
    // Look-alikes: a change, and a share of something the sentence does not give.
    assert!(run("Sales rose to 500 units from 400, or 25%.").is_empty());
    assert!(run("The bank holds $41bn, or 40% of the total debt.").is_empty());
}

#[test]
fn a_share_of_a_set_restated_as_part_of_whole() {
    let sound = "More than 40% of licensed dentists in the region work alone, the survey found. It said 410 of 950 licensed dentists in the region had no partner.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("410 of", "210 of"));
    assert_eq!(got.len(), 1, "{got:?}");
    // The set may end at a mark: "licensed dentists, the survey found, …".
    let marked = "More than 40% of licensed dentists, the survey found, work alone. It said 210 of 950 licensed dentists in the region had no partner.";
    assert_eq!(run(marked).len(), 1, "{:?}", run(marked));
    assert!(
        got[0].starts_with("warning stated-share 210/950 is 22.1%"),
        "{got:?}"
    );
    for quiet in [
        // Another set: the words that name it differ.
        "More than 40% of licensed dentists work alone. It said 210 of 950 rural licensed dentists had no partner.",
        // A set named by one word names different sets from clause to clause.
        "More than 40% of dentists work alone. It said 210 of 950 dentists had no partner.",
        // A mark after the set ends it; the set must still be the same words.
        "More than 40% of licensed dentists, the survey found, work alone. It said 210 of 950 rural licensed dentists had no partner.",
        // Another paragraph.
        "More than 40% of licensed dentists work alone.\n\nIt said 210 of 950 licensed dentists had no partner.",
    ] {
        assert!(run(quiet).is_empty(), "{quiet}: {:?}", run(quiet));
    }
}

#[test]
fn a_rate_of_two_figures_before_it() {
    let sound = "She paid $2.35 million in taxes on income of $18.6 million, for an effective tax rate of 12.6%.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("12.6%", "21.6%"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("warning stated-share"), "{got:?}");
    // Two figures compared, or joined, are no part and whole of a rate.
    assert!(run("Costs rose from $2 million to $3 million, a growth rate of 80%.").is_empty());
    assert!(run("The firm earned $2 million and $5 million, at a rate of 90%.").is_empty());
}

#[test]
fn a_share_of_the_figure_of_the_sentence_before() {
    // "Of this number N, or P%": the whole is the last figure of the sentence before.
    let sound = "The whole number of permits issued was 1,200. Of this number 300, or 25 per cent, were revoked.";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("25 per cent", "35 per cent"));
    assert_eq!(got.len(), 1, "{got:?}");
    // Without the words that point back, no whole is read.
    assert!(
        run(
            "The whole number of permits issued was 1,200. Then 300, or 35 per cent, were revoked."
        )
        .is_empty()
    );
}

#[test]
fn a_rate_with_its_count_in_parentheses() {
    // The count names the rate's own noun; the whole is the larger count before.
    let sound = "The court heard 80 cases, with a conviction rate of 75 percent (60 convictions).";
    assert!(run(sound).is_empty(), "{:?}", run(sound));
    let got = run(&sound.replace("75 percent", "85 percent"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(got[0].starts_with("warning stated-share"), "{got:?}");
    // A count of another thing in parentheses is no part of the rate.
    assert!(
        run("The court heard 80 cases, with a conviction rate of 85 percent (60 judges).")
            .is_empty()
    );
}

#[test]
fn hedged_fractions_are_not_computations() {
    assert!(run("Nearly half of all residents - some 47% - live below the line.").is_empty());
    assert!(run("More than half (55%) of those asked were worried.").is_empty());
    assert!(run("In 2003/2004, 12.5% of searches were of one group.").is_empty());
}

#[test]
fn part_and_whole_in_parentheses_after_their_nouns() {
    let text = |p: &str| {
        format!(
            "The same number of dismissals (45) took place in the ten months since, but they make up only {p} per cent of the hires (600) in that period."
        )
    };
    assert!(run(&text("7.5")).is_empty(), "{:?}", run(&text("7.5")));
    let got = run(&text("9.5"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(
            "warning stated-share 45/600 is 7.50%, but the share is stated as 9.5 per cent"
        ),
        "{got:?}"
    );
    // Without the parentheses the part past a figure of another measure is a guess.
    let quiet = "The same number of dismissals, 45, took place in the ten months since, but they make up only 9.5 per cent of the hires (600) in that period.";
    assert!(run(quiet).is_empty(), "{:?}", run(quiet));
}

#[test]
fn a_share_then_its_whole_and_part_by_name() {
    let text = |p: &str| {
        format!(
            "Manufactured goods constituted {p} per cent of our exports for the year, the total exports being $800,000,000 and the value of the manufactured goods $200,000,000."
        )
    };
    assert!(run(&text("25")).is_empty(), "{:?}", run(&text("25")));
    let got = run(&text("35"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("warning stated-share $200 million/$800 million is 25%, but the share is stated as 35 per cent"),
        "{got:?}"
    );
    // No figure named "total" with the whole's words: nothing to divide by.
    let quiet = "Manufactured goods constituted 35 per cent of our exports for the year, the imports being $800,000,000 and the value of the manufactured goods $200,000,000.";
    assert!(run(quiet).is_empty(), "{:?}", run(quiet));
}
