//! The event a count measures: verb lemmas, coordinated subjects, participles, asides, modals.

use super::*;

#[test]
fn events_are_verb_lemmas() {
    let q = find("Officials said 9 people were killed in the blast.", "9");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("person"), Some("kill"))
    );
    let q = find("Gunmen stormed the office, killing 7 people.", "7");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("person"), Some("kill"))
    );
    // After an article the word before a figure is a noun, not its verb: "a record".
    assert_eq!(
        find("It ended a record 49-match unbeaten run.", "49").event,
        None
    );
    assert_eq!(
        find("The clinic recorded 49 cases.", "49").event,
        Some("record")
    );
    // A level reached by a verb of change counts the act its subject names.
    let q = find(
        "Sales across the industry fell to 1.25 million vehicles.",
        "1.25 million",
    );
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("vehicle"), Some("sell"))
    );
    // A relative "who" after a longer modifier; a passive's agent a few words after it.
    let q = find(
        "The agency mourns two members of its elite rescue team who were killed.",
        "two",
    );
    assert_eq!(q.event, Some("kill"));
    // A relative clause that tells what the things do, not what befell them, is no event.
    let q = find("It speaks for 30 firms who are seeking new rules.", "30");
    assert_eq!(q.event, None);
    let q = find("There is one lesson that has come home to me.", "one");
    assert_eq!(q.event, None);
    let q = find(
        "Commissioners were appointed under that article by the two governments in 1815.",
        "two",
    );
    assert_eq!(q.event, Some("appoint"));
    // An "-s" verb right before a figure; the dash closing the figure's aside before a verb.
    let q = find("The mother now faces one count of endangerment.", "one");
    assert_eq!(q.event, Some("face"));
    let q = find(
        "More workers—some 4.79 million people—are working part-time.",
        "some 4.79 million",
    );
    assert_eq!(q.event, Some("work"));
    // A word read first as a verb right before a figure, after a comma.
    let q = find(
        "He sidestepped the first, beat two players and scored.",
        "two",
    );
    assert_eq!(q.event, Some("beat"));
    // A verb of a particle before the figure, in its base form after "to".
    let q = find(
        "The chain plans to lay off about 700 employees.",
        "about 700",
    );
    assert_eq!(q.event, Some("lay"));
    let q = find("The storm wiped out 3,000 homes.", "3,000");
    assert_eq!(q.event, Some("wipe"));
    // A modal between a subject and its verb; after an object the verb is the clause's.
    let q = find("His four children will help him decide.", "four");
    assert_eq!(q.event, Some("help"));
    let q = find("Even the four musicians didn't even play on it.", "four");
    assert_eq!(q.event, Some("play"));
    let q = find("Plans to shed 7,000 jobs will prove costly.", "7,000");
    assert_eq!(q.event, Some("shed"));
    // A bare count after one in its sentence shares what it counts and its event.
    let text = "The army had 9,000 men in France. Since then it has sent 40,000, an average of 5,000 each month.";
    let q = find(text, "5,000");
    assert_eq!((q.counts.as_deref(), q.event), (Some("man"), Some("send")));
    // Not across sentences: "Two were hurt" tells its own event, or none.
    let q = find("Police sent 40 officers. Then 12 more.", "12");
    assert_eq!(q.event, None);
    // A figure that names nothing counts people when its event happens to people.
    let q = find("Fighting left 6 killed and 11 injured.", "6");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("person"), Some("kill"))
    );
    let q = find("The gunman killed three more hostages.", "three");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("hostage"), Some("kill"))
    );
    let q = find("Police made 40 arrests.", "40");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("arrest"), Some("arrest"))
    );
    let q = find("Four people died on Sunday.", "Four");
    assert_eq!(q.event, Some("die"));
    let q = find(
        "It followed the arrests of more than three dozen people.",
        "more than three dozen",
    );
    assert_eq!(q.event, Some("arrest"));
}

#[test]
fn events_of_coordinated_subjects_and_participles() {
    let q = find("Four women and one man were shot on Friday.", "Four");
    assert_eq!(q.event, Some("shoot"));
    let q = find("Two injured officers are thankful.", "Two");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("officer"), Some("injure"))
    );
    // A list's word after the phrase names no event; the verb before it does.
    let q = find("A gunman shot six people including a boy.", "six");
    assert_eq!(q.event, Some("shoot"));
    // The verb of a coordinated object, a verb and its preposition, a figure in a modifier,
    // a second subject with its determiner.
    let q = find("He killed his wife and four children.", "four");
    assert_eq!(q.event, Some("kill"));
    let q = find(
        "They are suspected of killing their parents and three siblings.",
        "three",
    );
    assert_eq!(q.event, Some("kill"));
    let q = find("Some 2,000 people have had to be relocated.", "Some 2,000");
    assert_eq!(q.event, Some("relocate"));
    let q = find("He fired on 40 people outside the hall.", "40");
    assert_eq!(q.event, Some("fire"));
    let q = find("About 900 people in 12 towns were evacuated.", "About 900");
    assert_eq!(q.event, Some("evacuate"));
    let q = find("Police said all 4 boys and the driver died.", "4");
    assert_eq!(q.event, Some("die"));
    // Not past a compound, nor into the next clause.
    let q = find("He won five record-breaking titles and two cups.", "two");
    assert_ne!(q.event, Some("break"));
    let q = find("A crowd of 40 people and shots rang out.", "40");
    assert_eq!(q.event, None);
    // The whole of a partitive counts the set, not the event of its part; a participle of
    // its own noun is its own.
    let text = "Twenty of 35 pupils were hurt when the roof fell.";
    assert_eq!(find(text, "Twenty").event, Some("hurt"));
    assert_eq!(find(text, "35").event, None);
    // A determiner or "next" between a verb and its object; a verb of thinking that is
    // the verb itself; a time phrase between subject and verb.
    let q = find("The court agreed to free the four within a week.", "four");
    assert_eq!(q.event, Some("free"));
    let q = find("She went on to win the next three sets easily.", "three");
    assert_eq!(q.event, Some("win"));
    let q = find(
        "The agency spoke, estimating that 300 people now have the virus.",
        "300",
    );
    assert_ne!(q.event, Some("estimate"));
    let q = find("Voters in 12 states believed the tax was fair.", "12");
    assert_eq!(q.event, Some("believe"));
    let q = find("Four men were believed killed.", "Four");
    assert_eq!(q.event, Some("kill"));
    let q = find(
        "About 5,000 tourists a year visit the caves.",
        "About 5,000",
    );
    assert_eq!(q.event, Some("visit"));
}

/// What a count counts when its noun is elsewhere: the size of "the number of X", an
/// "including" list, a fronted partitive; and the event past clauses, asides and participles.
#[test]
fn counted_things_named_elsewhere_and_events_past_asides() {
    // "such" stands inside a noun phrase, never as its head.
    let q = find("The dam is one of 30 such large-scale projects.", "30");
    assert_eq!(q.counts.as_deref(), Some("project"));
    // A noun glued to the figure before the noun they modify is a measure, no act: "a
    // six-try victory" counts tries, and no trying happened; "six tries" alone is an act.
    let q = find("It won with a six-try victory in Rome.", "six");
    assert_eq!((q.counts.as_deref(), q.event), (Some("try"), None));
    // A bare figure that gives the size of "the number of X" counts X, for the clause's verb.
    let q = find(
        "The number of nurses in Wales fell to 31,000 last year.",
        "31,000",
    );
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("nurse"), Some("fall"))
    );
    let q = find(
        "The fair raised the town's visitor count to 9,000.",
        "9,000",
    );
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("visitor"), Some("raise"))
    );
    let q = find("He vowed to cut prison numbers by 4,000.", "4,000");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("prison"), Some("cut"))
    );
    // A count whose "including" list names its members takes no noun from the sentence
    // before.
    let q = find(
        "The zoo made eight correct predictions. Four, including a pig and two otters, were right.",
        "Four",
    );
    assert_eq!(q.counts, None);
    // A fronted partitive names what a bare count counts.
    let q = find(
        "Of the remaining ships, six (a tug and five barges) sank.",
        "six",
    );
    assert_eq!(q.counts.as_deref(), Some("ship"));
    let q = find("Of those banks, 12 failed in May.", "12");
    assert_eq!(q.counts.as_deref(), Some("bank"));
    // Not across a clause, nor for a figure with a noun of its own.
    let q = find("The number of cases is unknown, but it rose to 12.", "12");
    assert_eq!(q.counts, None);
    // A clause whose object the counted things are, with a pronoun for subject; not a
    // verb of saying.
    let q = find(
        "It will shut 300 shops, on top of the 500 shops it began closing in May.",
        "500",
    );
    assert_eq!(q.event, Some("close"));
    let q = find(
        "Of the 40 people they said were hurt, most were treated.",
        "40",
    );
    assert_ne!(q.event, Some("say"));
    let q = find(
        "They praised the 300 new homes our builders have finished.",
        "300",
    );
    assert_eq!(q.event, Some("finish"));
    // Past "believed to", "expected to".
    let q = find(
        "About 900 cases are believed to have occurred.",
        "About 900",
    );
    assert_eq!(q.event, Some("occur"));
    // A participle of the event set off by a comma; an aside set off by dashes.
    let q = find(
        "The three victims, stabbed in the arm, were treated.",
        "three",
    );
    assert_eq!(q.event, Some("stab"));
    let q = find(
        "About 400 workers — most of them nurses — were laid off.",
        "About 400",
    );
    assert_eq!(q.event, Some("lay"));
    // A verb's base form before "of" is a noun: "one count of fraud".
    let q = find("She faces one count of fraud.", "one");
    assert_eq!(q.counts.as_deref(), Some("count"));
    // A participle of any verb before "on": "wanted on four counts".
    let q = find("He was also wanted on four counts of fraud.", "four");
    assert_eq!(q.event, Some("want"));
    // A light verb's event noun past a hyphenated compound.
    let q = find(
        "Three of the guests suffered non-life-threatening injuries.",
        "Three",
    );
    assert_eq!(q.event, Some("injure"));
    // Ages set off by commas, then a second subject; "found dead" tells that they died.
    let q = find(
        "Two boys, ages 4 and 6, and their father were found dead.",
        "Two",
    );
    assert_eq!(q.event, Some("die"));
    // A subset set off by commas stands between the subject and its verb.
    let q = find("Five guards, including two women, were hurt.", "Five");
    assert_eq!(q.event, Some("hurt"));
    let q = find("Half of the 900 voters polled backed him.", "900");
    assert_eq!(q.event, Some("poll"));
}

#[test]
fn people_counted_with_a_hurt_are_the_injured() {
    for (text, figure) in [
        (
            "The shooting left a man dead and six others with gunshot wounds.",
            "six",
        ),
        ("Crews found two men with serious burns.", "two"),
        ("Medics treated 14 people with minor injuries.", "14"),
    ] {
        let q = find(text, figure);
        assert_eq!(q.event, Some("injure"), "{text}");
        assert!(
            q.counts.as_deref().is_some_and(crate::wordnet::is_person),
            "{text}: {:?}",
            q.counts
        );
    }
    // "with" and a thing that is no hurt says nothing of the kind.
    assert_ne!(
        find(
            "The shooting left a man dead and six others with questions.",
            "six"
        )
        .event,
        Some("injure")
    );
}

#[test]
fn the_verb_of_a_subject_past_its_modifier_and_a_modal() {
    for (text, figure, event) in [
        // A modal ends a modifier as an auxiliary does.
        (
            "It said 37 offices across the UK would close.",
            "37",
            "close",
        ),
        // "said" opens the clause it reports: the figure is its subject.
        (
            "The union said 40 branches will shut next year.",
            "40",
            "shut",
        ),
        // After "said", a figure whose noun no verb follows is the speaker.
        (
            "\"It was chaos,\" said one former employee who accused him.",
            "one",
            "say",
        ),
        ("\"We are safe,\" said two officials.", "two", "say"),
        // Not the subject of a clause reported, coordinated or with an aside.
        (
            "Police say one man and one woman have been found dead.",
            "one",
            "die",
        ),
        (
            "An official said eight people, including two officers, were killed.",
            "eight",
            "kill",
        ),
        // A second subject with a modifier of its own.
        (
            "The plan says 37 offices and jobcentres across the region would close.",
            "37",
            "close",
        ),
        (
            "Four women and one man in the crowd were shot.",
            "Four",
            "shoot",
        ),
        // A reduced relative clause before the verb: its participle is no event of the
        // subject's, unless it names one of the lexicon (a toll).
        (
            "One of the two men pulled from the lake has been identified.",
            "One",
            "identify",
        ),
        (
            "Two people killed in the crash were buried on Monday.",
            "Two",
            "kill",
        ),
        // A past tense with its object is the verb itself.
        (
            "Voters in 13 regions believed things were going well.",
            "13",
            "believe",
        ),
    ] {
        assert_eq!(find(text, figure).event, Some(event), "{text}");
    }
    // A verb of saying with an object keeps it: "told 37 people".
    assert_eq!(
        find("Officials told 37 people to leave.", "37").event,
        Some("tell")
    );
}

#[test]
fn counts_on_which_someone_was_charged_are_of_the_charging_act() {
    for (text, event) in [
        (
            "Police arrested Tom Reed, 23, the man they say shot four people, on five counts of battery.",
            "arrest",
        ),
        (
            "He was sentenced to 15 years for robbery and 15 years on each of three counts of assault.",
            "sentence",
        ),
    ] {
        let q = find(text, if event == "arrest" { "five" } else { "three" });
        assert_eq!(q.event, Some(event), "{text}");
    }
    // Counts of something else after "on" are no charges.
    assert_ne!(
        find("Police arrested him on two occasions.", "two").event,
        Some("arrest")
    );
}

#[test]
fn figures_after_with_take_part_in_the_act_before_it() {
    for (text, figure, event) in [
        (
            "The visitors did reply with one late in the game.",
            "one",
            "reply",
        ),
        (
            "Both men are charged with two counts of robbery.",
            "two",
            "charge",
        ),
        (
            "He was killed with seven others at the market.",
            "seven",
            "kill",
        ),
        // A noun derived from a verb names its act.
        (
            "The treaty brought an adjustment with one of the nations.",
            "one",
            "adjust",
        ),
    ] {
        assert_eq!(find(text, figure).event, Some(event), "{text}");
    }
    // A comparison or a companion names no act; nor does a noun that is its verb's own form.
    for (text, figure) in [
        (
            "Profit rose to 12 million pounds, compared with 9 million a year earlier.",
            "9 million",
        ),
        ("The mayor arrived along with three aides.", "three"),
        ("A man with two children was at home.", "two"),
    ] {
        assert_eq!(find(text, figure).event, None, "{text}");
    }
}

#[test]
fn things_counted_between_for_and_to_are_the_subject_of_its_verb() {
    assert_eq!(
        find(
            "It took 15 years for hundreds of volunteers to build the trail.",
            "hundreds"
        )
        .event,
        Some("build")
    );
    assert_eq!(
        find("Commuters waited for 40 buses to arrive.", "40").event,
        Some("arrive")
    );
}

#[test]
fn a_headline_verb_in_s_whose_singular_is_no_noun() {
    // "Dies" would be the plural of no noun ("dy"): the verb.
    let q = find("Family of 5 Dies Mysteriously in Utah Home", "5");
    assert_eq!(q.event, Some("die"));
    assert_ne!(q.counts.as_deref(), Some("dy"));
    // A plural of a noun stays the noun: "5 Attacks".
    assert_eq!(
        find("Police Report 5 Attacks Near School", "5")
            .counts
            .as_deref(),
        Some("attack")
    );
}

#[test]
fn people_found_dead_died() {
    for (text, figure, event) in [
        (
            "Three of their kids were found dead in the home.",
            "Three",
            "die",
        ),
        ("Two men were found shot in a car.", "Two", "shoot"),
        // Found guilty, found at home: the finding is the act.
        ("Two men were found guilty of fraud.", "Two", "find"),
    ] {
        assert_eq!(find(text, figure).event, Some(event), "{text}");
    }
}

#[test]
fn the_verb_after_an_aside_between_dashes() {
    // The word after the closing dash is the subject's verb, whatever its noun reading.
    let q = find(
        "And, the department says, 1.8 million—more than half of them women—work two part-time jobs.",
        "1.8 million",
    );
    assert_eq!(q.event, Some("work"));
    // A hyphen inside a word closes no aside ("part-time" is no "time").
    let q = find(
        "Some 16% more workers—some 4.79 million people—are working part-time jobs.",
        "some 4.79 million",
    );
    assert_eq!(q.event, Some("work"));
    // A nominal before the figure names its event first.
    let q = find(
        "Examinations of the first 16 bodies—all recovered whole—show no signs of fire.",
        "16",
    );
    assert_eq!(q.event, Some("examine"));
}

#[test]
fn the_verb_of_an_object_before_a_noun_derived_from_a_verb() {
    // WordNet derives "song" from "sing": the verb whose object the figure is names the act.
    let q = find("The composer is writing two new songs for the show.", "two");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("song"), Some("write"))
    );
    let q = find(
        "The fly-half added four conversions in the second half.",
        "four",
    );
    assert_eq!(q.event, Some("add"));
    // With no verb before it the noun still names its act; a light verb leaves it the act.
    let q = find("The actor won 11 nominations this year.", "11");
    assert_eq!(q.event, Some("win"));
    let q = find("She received 11 nominations this year.", "11");
    assert_eq!(q.event, Some("nominate"));
    let q = find("Eleven nominations went to the film.", "Eleven");
    assert_eq!(q.event, Some("nominate"));
    // The subject's verb names the act, past an aside.
    let q = find(
        "These two causes, however, have involved us in a foreign war.",
        "two",
    );
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("cause"), Some("involve"))
    );
}

#[test]
fn events_past_asides_and_be_to() {
    // An adverb or a place set off by commas before an auxiliary.
    let q = find(
        "Two great elements of prosperity, therefore, have not been denied.",
        "Two",
    );
    assert_eq!(q.event, Some("deny"));
    let q = find(
        "Today 130 million Americans, in forty-eight States, have forgotten old quarrels.",
        "130 million",
    );
    assert_eq!(q.event, Some("forget"));
    // Without an auxiliary after the closing comma there is no verb to take.
    let q = find("Two great elements, therefore, matter.", "Two");
    assert_eq!(q.event, None);
    // "are to be": "be" before "to".
    let q = find(
        "These two classes of citizens are to be benefited by it.",
        "two",
    );
    assert_eq!(q.event, Some("benefit"));
    // An inflected verb before "in"; a noun before it names no act.
    let q = find(
        "We had even engaged in two wars with European nations.",
        "two",
    );
    assert_eq!(q.event, Some("engage"));
    let q = find("It was his second win in six matches.", "six");
    assert_eq!(q.event, None);
    // The act a noun before "of" names comes before the clause's verb.
    let q = find("The arrests of 24 people were announced on Monday.", "24");
    assert_eq!(q.event, Some("arrest"));
    // A poll or survey is the act of the people it asks.
    let q = find(
        "The poll of 2,000 adults was carried out by phone.",
        "2,000",
    );
    assert_eq!(q.event, Some("poll"));
    assert_eq!(
        find("The firm polled 900 voters.", "900").event,
        Some("poll")
    );
}
