use super::*;

fn fits(part: &str, total: &str) {
    assert!(
        kind_of(part, total),
        "{part:?} should be a kind of {total:?}"
    );
}

fn misfits(part: &str, total: &str) {
    assert!(
        !kind_of(part, total),
        "{part:?} should not be a kind of {total:?}"
    );
}

fn has(lemma: &str, class: NounClass) {
    assert!(
        classes(lemma).contains(class),
        "{lemma:?} is {:?}, not {class:?}",
        classes(lemma)
    );
}

fn lacks(lemma: &str, class: NounClass) {
    assert!(
        !classes(lemma).contains(class),
        "{lemma:?} should not be {class:?}"
    );
}

#[test]
fn people_are_persons() {
    for part in [
        "pakistani",
        "indian",
        "belgian",
        "briton",
        "iraqi",
        "officer",
        "police officer",
        "civilian",
        "hostage",
        "child",
        "woman",
        "man",
        "passenger",
        "soldier",
        "marine",
        "inmate",
        "student",
        "victim",
        "protester",
        "migrant",
        "journalist",
        "casualty",
    ] {
        fits(part, "person");
        has(part, NounClass::Person);
    }
    fits("boy", "child");
    fits("hostage", "prisoner");
    fits("police officer", "officer");
}

#[test]
fn demonyms_wordnet_has_only_as_adjectives_are_persons() {
    // "Bosnian", "Ghanaian", "Swiss": adjectives pertaining to a named place, made nouns
    for part in [
        "bosnian",
        "ghanaian",
        "swiss",
        "ukrainian",
        "french",
        "british",
        "Polish",
    ] {
        fits(part, "person");
    }
    // a word with a common-noun sense keeps it unless capitalised: "polish" is a shine
    misfits("polish", "person");
}

#[test]
fn vehicles_buildings_weapons() {
    for part in [
        "lorry",
        "car",
        "truck",
        "tank",
        "helicopter",
        "ship",
        "boat",
        "aircraft",
    ] {
        fits(part, "vehicle");
    }
    // public transport, which WordNet keeps apart, is in the vehicle class
    fits("bus", "vehicle");
    fits("train", "vehicle");
    fits("lorry", "truck");
    fits("tank", "military vehicle");
    fits("house", "building");
    fits("hospital", "building");
    fits("home", "building");
    fits("factory", "building");
    fits("rifle", "weapon");
    fits("bomb", "weapon");
    fits("grenade", "weapon");
    fits("missile", "weapon");
}

#[test]
fn places_and_named_individuals() {
    // instance hypernyms: named places and organizations are kept
    fits("france", "country");
    fits("paris", "city");
    fits("london", "city");
    fits("nato", "organization");
    fits("city", "location");
    has("pakistan", NounClass::Place);
    has("island", NounClass::Place);
    has("europe", NounClass::Place);
    // famous people are not: Lincoln is only a city
    assert!(!is_noun("shakespeare"));
    fits("Lincoln", "city");
    misfits("Lincoln", "person");
}

#[test]
fn collectives_count_their_members() {
    fits("pakistani", "people");
    fits("people", "person");
    fits("officer", "police");
    fits("child", "family");
    has("people", NounClass::Person);
    // the police is a force: an organization, not persons
    misfits("police", "person");
    has("police", NounClass::Organization);
    lacks("police", NounClass::Person);
    misfits("organization", "person");
}

#[test]
fn non_fits() {
    misfits("factory", "job");
    misfits("person", "man");
    misfits("dollar", "person");
    misfits("car", "person");
    misfits("job", "person");
    misfits("vehicle", "lorry");
    misfits("man", "boy");
    misfits("woman", "man");
    misfits("corpse", "person");
    misfits("truck", "lorry");
    misfits("rifle", "vehicle");
    misfits("lorry", "weapon");
    misfits("house", "vehicle");
    misfits("kilometre", "money");
    misfits("unknownword", "person");
    misfits("person", "unknownword");
    misfits("", "person");
}

#[test]
fn the_tops_fit_nothing() {
    for top in [
        "entity",
        "physical entity",
        "object",
        "thing",
        "whole",
        "abstraction",
    ] {
        for part in ["car", "person", "dog", "house", "attack", "dollar"] {
            misfits(part, top);
        }
    }
    misfits("dollar", "abstraction");
    misfits("people", "group");
    // one step below them is fair
    fits("car", "artifact");
    fits("person", "organism");
}

#[test]
fn a_word_is_a_kind_of_itself() {
    fits("lorry", "lorry");
    fits("thing", "thing");
    fits("Lorry", "lorry");
    fits("unknownword", "unknownword");
    misfits("", "");
}

#[test]
fn capitals_open_proper_noun_senses() {
    misfits("job", "person");
    fits("Job", "person"); // WordNet's "Job", a long-suffering person
    misfits("pole", "person");
    fits("Pole", "person");
    misfits("turkey", "country");
    fits("Turkey", "country");
    fits("turkey", "bird");
    misfits("china", "country");
    fits("China", "country");
    // with no common-noun sense, the proper ones serve lower case too
    fits("pakistani", "person");
    fits("india", "country");
}

#[test]
fn noun_classes() {
    use NounClass::*;
    has("pakistani", Person);
    has("lorry", Vehicle);
    lacks("dollar", Person);
    has("dollar", Money);
    has("dollar", Unit);
    has("euro", Money);
    has("banknote", Money);
    has("year", Time);
    has("hour", Time);
    has("decade", Time);
    has("kilometre", Unit);
    has("tonne", Unit);
    lacks("kilometre", Money);
    has("attack", Event);
    has("arrest", Event);
    has("election", Event);
    has("city", Place);
    has("village", Place);
    has("house", Building);
    has("dog", Animal);
    has("company", Organization);
    has("corpse", Body);
    has("body", Body);
    lacks("person", Body);
    has("rifle", Weapon);
    lacks("car", Person);
    lacks("lorry", Person);
    lacks("job", Person);
    assert_eq!(classes("unknownword"), NounClasses::EMPTY);
    assert!(classes("medal").is_empty());
    assert_eq!(format!("{:?}", classes("lorry")), r#"{"vehicle"}"#);
    assert_eq!(classes("lorry").iter().collect::<Vec<_>>(), [Vehicle]);
}

/// Counted nouns that are persons in their common reading: "7 victims: 4 men and 3 women".
#[test]
fn primary_senses_of_persons() {
    for lemma in [
        "man",
        "woman",
        "child",
        "boy",
        "girl",
        "officer",
        "police officer",
        "soldier",
        "victim",
        "suspect",
        "passenger",
        "civilian",
        "hostage",
        "student",
        "resident",
        "worker",
        "employee",
        "member",
        "inmate",
        "pakistani",
        "indian",
        "belgian",
        "briton",
        "american",
        "Pakistani",
        "American",
        "people", // by its members, as in `classes`
        "adult",
        "teen",
        "teenager",
        "juvenile",
        "Man",
        "bosnian", // a demonym derived from the adjective
    ] {
        let primary = primary_classes(lemma);
        assert!(
            primary.contains(NounClass::Person),
            "{lemma:?} is {primary:?} in its primary senses"
        );
    }
}

/// Nouns that are persons only in a rare sense: "count" the nobleman, "dog" and "pig" in
/// slang, "gun" the gunman, "plant" the planted actor, "charge" the ward.
#[test]
fn rare_senses_make_no_persons() {
    use NounClass::*;
    for (lemma, primary) in [
        ("count", &[Event][..]),
        ("dog", &[Animal]),
        ("cow", &[Animal]),
        ("pig", &[Animal]),
        ("gun", &[Weapon]),
        ("second", &[Time]),
        ("match", &[]),
        ("company", &[Organization]),
        ("game", &[Event]),
        ("party", &[Organization]),
        ("unit", &[Unit, Organization]), // a social unit (9) beside the measure (14)
        ("plant", &[Building]),
        ("call", &[]),
        ("charge", &[Event]),
    ] {
        let expected = primary
            .iter()
            .copied()
            .fold(NounClasses::EMPTY, NounClasses::with);
        assert_eq!(primary_classes(lemma), expected, "{lemma:?}");
        assert!(!primary_classes(lemma).contains(Person), "{lemma:?}");
    }
    // all but "call", "game" and "unit" are persons in some sense
    for lemma in [
        "count", "dog", "cow", "pig", "gun", "second", "match", "company", "party", "plant",
        "charge",
    ] {
        has(lemma, Person);
    }
}

#[test]
fn primary_senses_and_case() {
    use NounClass::*;
    // several senses as frequent as the first are all primary: "victim" (8, 4)
    assert_eq!(primary_classes("victim"), classes("victim"));
    // a capital opens the primary proper-noun senses, ranked apart from the common ones
    assert!(!primary_classes("pole").contains(Person));
    assert!(primary_classes("Pole").contains(Person));
    assert!(!primary_classes("turkey").contains(Place));
    assert!(primary_classes("Turkey").contains(Place));
    assert!(primary_classes("Turkey").contains(Animal));
    assert!(primary_classes("China").contains(Place));
    assert!(!primary_classes("china").contains(Place));
    // famous people, which the data drops, do not outrank a place
    assert_eq!(primary_classes("Lincoln"), NounClasses::EMPTY.with(Place));
    // the primary are among all senses
    for lemma in [
        "man", "police", "people", "drone", "Turkey", "dollar", "count",
    ] {
        let (all, primary) = (classes(lemma), primary_classes(lemma));
        assert_eq!(all.union(primary), all, "{lemma:?}");
    }
    assert_eq!(primary_classes("unknownword"), NounClasses::EMPTY);
    assert_eq!(primary_classes(""), NounClasses::EMPTY);
}

#[test]
fn is_noun_knows_the_kept_lemmas() {
    assert!(is_noun("lorry"));
    assert!(is_noun("police officer"));
    assert!(is_noun("Lorry"));
    assert!(is_noun("pakistani"));
    assert!(!is_noun("xyzzy"));
    assert!(!is_noun("café"));
    assert!(!is_noun(&"a".repeat(200)));
}

#[test]
fn verb_forms() {
    assert_eq!(verb_lemma("closed"), Some("close"));
    assert_eq!(verb_lemma("fled"), Some("flee"));
    assert_eq!(verb_lemma("arrested"), Some("arrest"));
    assert_eq!(verb_lemma("shot"), Some("shoot"));
    assert_eq!(verb_lemma("stopped"), Some("stop"));
    assert_eq!(verb_lemma("dying"), Some("die"));
    assert_eq!(verb_lemma("lorry"), None);
    assert_eq!(verb_lemma("people"), None);
    // regular forms, undone in code
    for (form, lemma) in [
        ("closes", "close"),
        ("closing", "close"),
        ("attacks", "attack"),
        ("attacked", "attack"),
        ("killing", "kill"),
        ("died", "die"),
        ("carried", "carry"),
        ("carries", "carry"),
        ("hoped", "hope"),
        ("hopped", "hop"),
        ("hoping", "hope"),
        ("planned", "plan"),
        ("fined", "fine"),
        ("visited", "visit"),
        ("passes", "pass"),
        ("freed", "free"),
        ("fleeing", "flee"),
        ("policed", "police"),
        ("Fled", "flee"),
    ] {
        assert_eq!(verb_lemma(form), Some(lemma), "{form}");
    }
    // irregular forms, from verb.exc
    for (form, lemma) in [
        ("was", "be"),
        ("found", "find"),
        ("went", "go"),
        ("told", "tell"),
    ] {
        assert_eq!(verb_lemma(form), Some(lemma), "{form}");
    }
    // a noun first in base or -s form; no verb at all
    for word in [
        "police", "fire", "fires", "man", "men", "car", "cars", "officer", "xyzzy", "",
    ] {
        assert_eq!(verb_lemma(word), None, "{word}");
    }
}

#[test]
fn verb_noun_ambiguity() {
    assert_eq!(verb_noun("flee"), Some(VerbNoun::VerbOnly));
    assert_eq!(verb_noun("attack"), Some(VerbNoun::VerbFirst));
    assert_eq!(verb_noun("people"), Some(VerbNoun::NounFirst));
    assert_eq!(verb_noun("lorry"), None);
    assert!(is_verb_and_noun("attack"));
    assert!(is_verb_and_noun("arrest"));
    assert!(!is_verb_and_noun("flee"));
    assert!(!is_verb_and_noun("close") || verb_lemma("closed") == Some("close"));
    assert!(!is_verb_and_noun("lorry"));
    // "be" is a noun only as "Be", beryllium
    assert_eq!(verb_noun("be"), Some(VerbNoun::VerbOnly));
}

#[test]
fn event_nouns_give_the_verb_they_nominalize() {
    for (noun, verb) in [
        ("arrest", "arrest"),
        ("death", "die"),
        ("injury", "injure"),
        ("killing", "kill"),
        ("shooting", "shoot"),
        ("sale", "sell"), // added by hand: WordNet 3.0 links no sense of "sale"
        ("nomination", "nominate"),
        ("survey", "survey"),
        ("conviction", "convict"), // the judgment, not the belief, which links no verb
        ("evacuation", "evacuate"),
        ("election", "elect"),
        ("attack", "attack"),
        ("foul", "foul"),
        ("execution", "execute"),
        ("rescue", "rescue"),
        ("Arrest", "arrest"),
    ] {
        assert_eq!(nominal_verb(noun), Some(verb), "{noun}");
    }
}

#[test]
fn persons_things_and_groups_nominalize_nothing() {
    for noun in [
        "killer", "victim", "employee", "person", "car", "job", "paper", "year", "dollar",
    ] {
        assert_eq!(nominal_verb(noun), None, "{noun}");
    }
    // a structure before the act of building; a political party before a celebration
    assert_eq!(nominal_verb("building"), None);
    assert_eq!(nominal_verb("party"), None);
    // dropped by hand: "vacation" links only its rare sense, the act of vacating
    assert_eq!(nominal_verb("vacation"), None);
    // a plural, a verb, no word
    for word in ["deaths", "die", "xyzzy", "", "café"] {
        assert_eq!(nominal_verb(word), None, "{word}");
    }
}

#[test]
fn nominal_data_is_well_formed() {
    let nominals = &*NOMINALS;
    let verbs = &*VERBS;
    let lines: Vec<&str> = NOMINALS_TXT
        .lines()
        .filter(|l| !l.starts_with('#'))
        .collect();
    assert_eq!(lines.len(), nominals.len(), "a noun twice");
    assert!(lines.is_sorted(), "nominals.txt is not sorted");
    assert!(
        (2000..10000).contains(&lines.len()),
        "{} nouns",
        lines.len()
    );
    for (&noun, &verb) in nominals {
        assert!(verbs.lemmas.contains_key(verb), "{noun} → {verb}: no verb");
        assert!(noun.len() < MAX_WORD, "{noun}");
        for word in [noun, verb] {
            assert!(
                word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{word}"
            );
        }
    }
}

/// The data as the generator promises it, checked line by line with the standard parsers.
#[test]
fn noun_data_is_well_formed() {
    let nouns = &*NOUNS;
    let lines: Vec<&str> = NOUNS_TXT.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(lines.len(), nouns.classes.len());
    for (id, line) in lines.iter().enumerate() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert!(fields.len() >= 2, "{line:?}");
        for p in fields[0].split(',').filter(|p| !p.is_empty()) {
            assert!(p.parse::<usize>().unwrap() < id, "{line:?}");
        }
        for lemma in fields[1].split('|') {
            let lemma = lemma.strip_prefix('~').unwrap_or(lemma);
            let lemma = lemma.strip_prefix('^').unwrap_or(lemma);
            assert!(!lemma.is_empty() && lemma.len() < MAX_WORD, "{line:?}");
            assert!(
                !lemma
                    .bytes()
                    .any(|b| b.is_ascii_uppercase() || !b.is_ascii() || b"~^".contains(&b)),
                "{line:?}"
            );
            assert!(lemma.split(' ').count() <= 2, "{line:?}");
        }
    }
    for class in NounClass::ALL {
        assert_ne!(
            nouns.named[class as usize], END,
            "{class:?} has no named root"
        );
    }
    assert!(nouns.members.is_sorted());
    assert!(
        nouns
            .members
            .iter()
            .all(|&(_, m)| (m as usize) < lines.len())
    );
    let most = nouns
        .lemmas
        .values()
        .map(|&first| nouns.list(first).count())
        .max();
    assert!(most.unwrap() * 2 <= MAX_SENSES, "{most:?} senses");
}

#[test]
fn verb_data_is_well_formed() {
    let verbs = &*VERBS;
    assert!(verbs.lemmas.len() > 8000);
    for (&form, &lemma) in &verbs.irregular {
        assert!(verbs.lemmas.contains_key(lemma), "{form} → {lemma}");
        assert!(form.len() < MAX_WORD && form.is_ascii());
    }
    assert!(
        verbs
            .lemmas
            .keys()
            .all(|l| l.len() < MAX_WORD && !l.contains(' '))
    );
}

/// The lazy parse, timed: `cargo test --release --lib wordnet -- --ignored --nocapture`.
#[test]
#[ignore]
fn parse_time() {
    let start = std::time::Instant::now();
    let nouns = Nouns::parse();
    let noun_time = start.elapsed();
    let start = std::time::Instant::now();
    let verbs = Verbs::parse(VERBS_TXT);
    let verb_time = start.elapsed();
    let start = std::time::Instant::now();
    let nominals = parse_nominals(NOMINALS_TXT);
    let nominal_time = start.elapsed();
    println!(
        "nouns.txt: {} lemmas in {noun_time:?}; verbs.txt: {} lemmas in {verb_time:?}; \
             nominals.txt: {} nouns in {nominal_time:?}",
        nouns.lemmas.len(),
        verbs.lemmas.len(),
        nominals.len()
    );
}
