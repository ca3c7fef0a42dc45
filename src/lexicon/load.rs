//! Reading the data files under `data/` into the [`Lexicon`]: one loader per file, run once
//! (the first use of `LEXICON`). A malformed line panics with the file's name; the
//! `every_data_file_parses` test catches it before a release does.

use super::*;

/// The data lines of a lexicon file: comments and blank lines skipped, fields split on tabs.
fn rows(data: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn num(s: &str, file: &str) -> f64 {
    s.parse()
        .unwrap_or_else(|_| panic!("data/{file}: {s:?} is not a number"))
}

/// Number words (`data/numbers.txt`).
fn load_numbers() -> FxHashMap<&'static str, NumWord> {
    let mut numbers = FxHashMap::default();
    for r in rows(include_str!("../../data/numbers.txt")) {
        let v = num(r[2], "numbers.txt");
        let plural = r[0].ends_with('s');
        let w = match r[1] {
            "unit" => NumWord::Unit(v),
            "teen" => NumWord::Teen(v),
            "tens" => NumWord::Tens(v),
            "hundred" => NumWord::Hundred,
            "scale" => NumWord::Scale(v, plural),
            "dozen" => NumWord::Dozen(plural),
            "ordinal" => NumWord::Ordinal(v),
            "fraction-plural" => NumWord::FractionPlural(v),
            "half" => NumWord::Half,
            "quarter" => NumWord::Quarter,
            other => panic!("data/numbers.txt: unknown class {other}"),
        };
        numbers.insert(r[0], w);
    }
    numbers
}

/// Hedges keyed by their last word, longest first (`data/hedges.txt`).
fn load_hedges() -> FxHashMap<&'static str, Vec<Hedge>> {
    let mut hedges: FxHashMap<&'static str, Vec<Hedge>> = FxHashMap::default();
    for r in rows(include_str!("../../data/hedges.txt")) {
        let dot = r[0].ends_with('.');
        let words: Vec<&str> = r[0].trim_end_matches('.').split(' ').collect();
        let qualifier = Qualifier::from_name(r[1])
            .unwrap_or_else(|| panic!("data/hedges.txt: unknown qualifier {}", r[1]));
        hedges
            .entry(*words.last().unwrap())
            .or_default()
            .push(Hedge {
                words,
                qualifier,
                dot,
            });
    }
    for list in hedges.values_mut() {
        list.sort_by_key(|h| std::cmp::Reverse(h.words.len()));
    }
    hedges
}

/// Vague phrases keyed by their first word, longest first (`data/vague.txt`).
fn load_vague() -> FxHashMap<&'static str, Vec<Vague>> {
    let mut vague: FxHashMap<&'static str, Vec<Vague>> = FxHashMap::default();
    for r in rows(include_str!("../../data/vague.txt")) {
        let words: Vec<&str> = r[0].split(' ').collect();
        let v = Vague {
            lo: num(r[1], "vague.txt"),
            hi: num(r[2], "vague.txt"),
            stated: num(r[3], "vague.txt"),
            needs_of: r.get(4) == Some(&"yes"),
            range: r.get(5) == Some(&"range"),
            words,
        };
        vague.entry(v.words[0]).or_default().push(v);
    }
    for list in vague.values_mut() {
        list.sort_by_key(|v| std::cmp::Reverse(v.words.len()));
    }
    vague
}

/// Currency words before and after a figure (`data/currencies.txt`); the words after it
/// keyed by their first word, each with the words that must follow it (longest first).
type Currencies = (
    FxHashMap<&'static str, &'static str>,
    FxHashMap<String, Vec<CurrencyAfter>>,
);

fn load_currencies() -> Currencies {
    let mut currency_before = FxHashMap::default();
    let mut currency_after: FxHashMap<String, Vec<CurrencyAfter>> = FxHashMap::default();
    for r in rows(include_str!("../../data/currencies.txt")) {
        if matches!(r[1], "before" | "both") {
            currency_before.insert(r[0], r[2]);
        }
        if matches!(r[1], "after" | "both") {
            // Looked up in lower case, like every word after a figure ("5 EUR", "5 euros",
            // "7.5 million Danish crowns").
            let mut words = r[0].split(' ').map(str::to_ascii_lowercase);
            let first = words.next().unwrap_or_default();
            currency_after
                .entry(first)
                .or_default()
                .push(CurrencyAfter {
                    rest: words.collect(),
                    code: r[2],
                });
        }
    }
    for phrases in currency_after.values_mut() {
        phrases.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
    }
    (currency_before, currency_after)
}

/// Every form of every event verb and noun, to its lemma (`data/events.txt`).
fn load_events() -> FxHashMap<String, EventForm> {
    let mut events = FxHashMap::default();
    for r in rows(include_str!("../../data/events.txt")) {
        let lemma = r[0];
        let irregular: Vec<&str> = r
            .get(1)
            .map(|s| s.split(',').filter(|s| !s.is_empty()).collect())
            .unwrap_or_default();
        let verb = EventForm { lemma, noun: false };
        for form in regular_forms(lemma) {
            events.entry(form).or_insert(verb);
        }
        for form in irregular {
            events.insert(form.to_string(), verb);
        }
        events.insert(lemma.to_string(), verb);
        if let Some(nouns) = r.iter().find_map(|f| f.strip_prefix("noun:")) {
            for n in nouns.split(',').filter(|s| !s.is_empty()) {
                events.insert(n.to_string(), EventForm { lemma, noun: true });
            }
        }
    }
    events
}

/// Change words with their direction and roles (`data/changes.txt`).
fn load_changes() -> FxHashMap<&'static str, ChangeWord> {
    let mut changes: FxHashMap<&'static str, ChangeWord> = FxHashMap::default();
    for r in rows(include_str!("../../data/changes.txt")) {
        let up = match r[1] {
            "up" => true,
            "down" => false,
            other => panic!("data/changes.txt: {other:?} is neither up nor down"),
        };
        let role = match r[2] {
            "verb" => ChangeRole::Verb,
            "adverb" => ChangeRole::Adverb,
            "noun" => ChangeRole::Noun,
            "change" => ChangeRole::Change,
            other => panic!("data/changes.txt: unknown role {other}"),
        };
        let w = changes.entry(r[0]).or_insert(ChangeWord { up, roles: 0 });
        assert_eq!(w.up, up, "data/changes.txt: {} is both up and down", r[0]);
        w.roles |= role.bit();
    }
    changes
}

/// The tallies of `data/tallies.txt`: their names, the tally of each event lemma, and which
/// tally holds which.
struct Tallies {
    names: Vec<&'static str>,
    of_event: FxHashMap<&'static str, Tally>,
    contains: Vec<(Tally, Tally)>,
}

fn load_tallies() -> Tallies {
    let mut names: Vec<&'static str> = Vec::new();
    let mut of_event = FxHashMap::default();
    let mut contains = Vec::new();
    let tally_of = |names: &mut Vec<&'static str>, name: &'static str| {
        Tally(names.iter().position(|n| *n == name).unwrap_or_else(|| {
            names.push(name);
            names.len() - 1
        }) as u8)
    };
    for r in rows(include_str!("../../data/tallies.txt")) {
        if r[0] == "contains" {
            let outer = tally_of(&mut names, r[1]);
            for inner in r[2].split(' ').filter(|w| !w.is_empty()) {
                let inner = tally_of(&mut names, inner);
                contains.push((outer, inner));
            }
            continue;
        }
        let tally = tally_of(&mut names, r[0]);
        for e in r[1].split(' ').filter(|w| !w.is_empty()) {
            of_event.insert(e, tally);
        }
    }
    Tallies {
        names,
        of_event,
        contains,
    }
}

/// Closed-class word groups (a bit per group) and irregular singulars (`data/grammar.txt`).
type Grammar = (
    FxHashMap<&'static str, u64>,
    FxHashMap<&'static str, &'static str>,
);

fn load_grammar() -> Grammar {
    let mut groups: FxHashMap<&'static str, u64> = FxHashMap::default();
    let mut singulars = FxHashMap::default();
    for r in rows(include_str!("../../data/grammar.txt")) {
        if r[0] == "singular" {
            singulars.extend(r[1].split(' ').filter_map(|pair| pair.split_once(':')));
            continue;
        }
        let Some(group) = Group::ALL.into_iter().find(|g| g.name() == r[0]) else {
            panic!("data/grammar.txt: unknown group {}", r[0]);
        };
        for w in r[1].split(' ').filter(|w| !w.is_empty()) {
            *groups.entry(w).or_default() |= group.bit();
        }
    }
    (groups, singulars)
}

/// The hedge and rounding widths (`data/intervals.txt`).
fn load_widths() -> Widths {
    let mut widths = Widths {
        approx: 2.0,
        nearly: 1.0,
        rounded: 0.5,
        approx_share: f64::INFINITY,
        nearly_share: f64::INFINITY,
        scaled_zeros: false,
    };
    for r in rows(include_str!("../../data/intervals.txt")) {
        let v = num(r[1], "intervals.txt");
        match r[0] {
            "approx" => widths.approx = v,
            "nearly" => widths.nearly = v,
            "rounded" => widths.rounded = v,
            "approx-share" => widths.approx_share = v,
            "nearly-share" => widths.nearly_share = v,
            "scaled-zeros" => widths.scaled_zeros = v != 0.0,
            other => panic!("data/intervals.txt: unknown width {other}"),
        }
    }
    widths
}

/// The pre-scan's indexes of figure words, built from the number words and vague phrases.
struct FigureWords {
    number_starts: Starts,
    shortest_compound: usize,
    tens: Vec<&'static str>,
    figure_word_starts: Starts,
    article_seconds: FxHashSet<&'static str>,
    after_article: Box<[u64; 256]>,
}

fn figure_words(
    numbers: &FxHashMap<&'static str, NumWord>,
    vague: &FxHashMap<&'static str, Vec<Vague>>,
) -> FigureWords {
    // The second words of the vague phrases that open with "a", "an" or "point".
    let article_seconds: FxHashSet<&'static str> = (vague.iter())
        .filter(|(first, _)| matches!(**first, "a" | "an" | "point"))
        .flat_map(|(_, phrases)| phrases.iter().filter_map(|v| v.words.get(1).copied()))
        .collect();
    let mut after_article = Box::new([0u64; 256]);
    for w in numbers.keys().chain(&article_seconds).copied() {
        if let Some(k) = pair_index(w) {
            after_article[k / 64] |= 1 << (k % 64);
        }
    }
    let tens: Vec<&'static str> = (numbers.iter())
        .filter(|(_, n)| matches!(n, NumWord::Tens(_)))
        .map(|(w, _)| *w)
        .collect();
    // The figure words' first three letters, without spelling the words out: number words,
    // with "s" and "ths", after a tens word, the first words of vague phrases, and "a", "an"
    // and "point", which open figures with the right word after them.
    let mut figure_word_starts = Starts::new();
    let mut mark = |head: &str, tail: &str| {
        let mut three = [0u8; 3];
        let n = head
            .bytes()
            .chain(tail.bytes())
            .take(3)
            .zip(&mut three)
            .map(|(b, t)| *t = b)
            .count();
        assert!(
            figure_word_starts.insert(&three[..n]),
            "figure words are lower-case ASCII letters: {head}{tail}"
        );
    };
    for &w in numbers.keys() {
        for tail in ["", "s", "ths"] {
            mark(w, tail);
        }
        for t in &tens {
            mark(t, w);
        }
    }
    for w in vague.keys().copied().chain(["a", "an", "point"]) {
        mark(w, "");
    }
    let shortest = |words: &mut dyn Iterator<Item = &&str>| words.map(|w| w.len()).min();
    let shortest_compound =
        shortest(&mut tens.iter()).unwrap_or(0) + shortest(&mut numbers.keys()).unwrap_or(0);
    let number_starts = Starts::of(numbers.keys().copied());
    FigureWords {
        number_starts,
        shortest_compound,
        tens,
        figure_word_starts,
        article_seconds,
        after_article,
    }
}

impl Lexicon {
    pub(super) fn load() -> Lexicon {
        let numbers = load_numbers();
        let vague = load_vague();
        let (currency_before, currency_after) = load_currencies();
        let tallies = load_tallies();
        let (groups, singulars) = load_grammar();
        let set =
            |data: &'static str| -> FxHashSet<&'static str> { rows(data).map(|r| r[0]).collect() };
        let FigureWords {
            number_starts,
            shortest_compound,
            tens,
            figure_word_starts,
            article_seconds,
            after_article,
        } = figure_words(&numbers, &vague);
        Lexicon {
            number_starts,
            shortest_compound,
            tens,
            figure_word_starts,
            article_seconds,
            after_article,
            numbers,
            hedges: load_hedges(),
            vague,
            scales: rows(include_str!("../../data/scales.txt"))
                .map(|r| (r[0], (num(r[1], "scales.txt"), r.get(2) == Some(&"yes"))))
                .collect(),
            currency_before,
            currency_after,
            units: rows(include_str!("../../data/units.txt"))
                .map(|r| (r[0], r[1]))
                .collect(),
            events: load_events(),
            changes: load_changes(),
            tally_names: tallies.names,
            tallies: tallies.of_event,
            tally_contains: tallies.contains,
            abbreviations: set(include_str!("../../data/abbreviations.txt")),
            months: set(include_str!("../../data/months.txt")),
            identifiers: rows(include_str!("../../data/identifiers.txt"))
                .map(|r| (r[0].trim_end_matches('.'), r[0].ends_with('.')))
                .collect(),
            singulars,
            groups,
            widths: load_widths(),
        }
    }
}

/// The regular inflections of a verb: -s, -ed, -ing, with e-drop and y→i.
fn regular_forms(lemma: &str) -> Vec<String> {
    let mut out = Vec::with_capacity(3);
    if let Some(stem) = lemma.strip_suffix('e') {
        out.push([lemma, "s"].concat());
        out.push([lemma, "d"].concat());
        out.push([stem, "ing"].concat());
    } else if let Some(stem) = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']))
    {
        out.push([stem, "ies"].concat());
        out.push([stem, "ied"].concat());
        out.push([lemma, "ing"].concat());
    } else if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("ch") || lemma.ends_with("sh") {
        out.push([lemma, "es"].concat());
        out.push([lemma, "ed"].concat());
        out.push([lemma, "ing"].concat());
    } else {
        out.push([lemma, "s"].concat());
        out.push([lemma, "ed"].concat());
        out.push([lemma, "ing"].concat());
    }
    out
}
