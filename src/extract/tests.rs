//! Extraction read as a specification: a sentence in, a reading out.
//! The cases mirror the seed story's figures in other words and other numbers.

use super::*;
use crate::source::Document;

fn quantities(text: &str) -> (Document, Vec<Quantity>) {
    let doc = Document::from_text("test", text);
    let qs = extract(&doc);
    (doc, qs)
}

/// The quantity whose text is exactly `figure`.
fn find(text: &str, figure: &str) -> Quantity {
    let (doc, qs) = quantities(text);
    qs.iter()
        .find(|q| doc.slice(q.span) == figure)
        .cloned()
        .unwrap_or_else(|| {
            let got: Vec<_> = qs.iter().map(|q| doc.slice(q.span)).collect();
            panic!("no figure {figure:?} in {text:?}; got {got:?}")
        })
}

fn texts(text: &str) -> Vec<String> {
    let (doc, qs) = quantities(text);
    qs.iter().map(|q| doc.slice(q.span).to_string()).collect()
}

fn bounds(q: &Quantity) -> (Option<f64>, Option<f64>) {
    (q.value.lo, q.value.hi)
}

const BREAKDOWN: &str = "Officers made 23 arrests tied to the plot — 15 in Lyon and eight at three addresses in Marseille.";

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
fn hedges_become_intervals() {
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
    let cases = [
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
    ];
    for (text, figure, qualifier, b) in cases {
        let q = find(text, figure);
        assert_eq!((q.qualifier, bounds(&q)), (qualifier, b), "{text}");
    }
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
        ("The 2015-16 season ended.", "2015-16", Kind::Year),
        // A model's name after three or four digits; not "More", nor a people's name, nor
        // after a title-case headline's verb.
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
    ];
    for (text, figure, kind) in cases {
        assert_eq!(find(text, figure).kind, kind, "{text}");
    }
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
fn decades_ranks_and_suspended_percentages() {
    assert_eq!(
        find("Cars hit it six times since the early '90s.", "90s").kind,
        Kind::Year
    );
    assert_eq!(find("Music of the 1960s.", "1960s").kind, Kind::Year);
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
fn ellipsis_before_a_verb() {
    let q = find("Four people were killed and 12 injured.", "12");
    assert_eq!(
        (q.counts.as_deref(), q.event),
        (Some("person"), Some("injure"))
    );
}

#[test]
fn currency_codes_after_a_figure_and_bullets_are_no_minus() {
    let q = find("The fine was 500 EUR.", "500 EUR");
    assert_eq!((q.kind, q.currency), (Kind::Money, Some("EUR")));
    // A list bullet is no minus sign.
    assert_eq!(find("- 5 people died", "5").stated, 5.0);
    let q = find("It took 2½ hours.", "2½ hours");
    assert_eq!((q.kind, q.stated), (Kind::Measure, 2.5));
}

#[test]
fn a_lone_spaced_minus_is_a_sign() {
    assert_eq!(find("- 10 k", "- 10 k").stated, -10000.0);
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
fn identifier_abbreviations_need_their_dot() {
    assert_eq!(find("He lives at No. 10 now.", "10").kind, Kind::Identifier);
    assert_eq!(find("Take the number 17 bus.", "17").kind, Kind::Identifier);
    assert_eq!(find("There were no 5 people left.", "5").kind, Kind::Count);
}

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
    ] {
        assert_eq!(direction_of(text, figure), d, "{text}");
    }
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
    ] {
        assert_eq!(find(text, figure).kind, Kind::Identifier, "{text}");
    }
    // A unit of its own makes a measure after a name: "Tylenol 500mg".
    assert_eq!(find("Advil 200mg tablets.", "200mg").kind, Kind::Measure);
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
    // "nine out of 10 club members": the fraction is a share of members.
    let q = find("Nine out of 10 club members have voted.", "Nine out of 10");
    assert_eq!(
        (q.kind, q.counts.as_deref()),
        (Kind::Fraction, Some("member"))
    );
    // A fraction in words is left alone.
    let q = find("Half of the nurses voted.", "Half");
    assert_eq!((q.kind, q.counts), (Kind::Fraction, None));
    // "several hundred or thousand machines": the noun after the second number is the first's.
    let q = find(
        "Attacks use several hundred or thousand hijacked machines.",
        "several hundred",
    );
    assert_eq!(q.counts.as_deref(), Some("machine"));
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
