use super::plain_singular;

#[test]
fn plain_plurals_are_read_without_pluralizer() {
    for (plural, singular) in [
        ("arrests", "arrest"),
        ("days", "day"),
        ("deaths", "death"),
        ("names", "name"),
        ("people", "person"),
        ("churches", "church"),
        ("mailboxes", "mailbox"),
        ("news", "news"),
    ] {
        assert_eq!(
            plain_singular(plural).as_deref(),
            Some(singular),
            "{plural}"
        );
    }
    // Left to pluralizer, whose rules know them.
    for w in ["cities", "wolves", "crises", "heroes", "axes", "gases"] {
        assert_eq!(plain_singular(w), None, "{w}");
    }
}
