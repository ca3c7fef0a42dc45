use super::*;
use crate::extract::token::with_toks;

/// Figures that `find_all` finds in a sentence.
fn count(text: &str) -> usize {
    with_toks(text, |t| {
        let mut out = Vec::new();
        find_all(t, &mut out);
        out.len()
    })
}

#[test]
fn pre_scan_never_skips_a_figure() {
    for s in [
        "It cost 5 pounds.",
        "Half a loaf.",
        "A dozen eggs.",
        "A few came.",
        "Dozens came.",
        "The first day.",
        "Two-thirds voted.",
        "Twentyfifth place.",
        "Several thousand.",
        "½ cup.",
        "Add ¾ of it.",
        "It is a.",
        "A\u{a0}few came.",
        "A https://x.org few",
        "A hundred",
        "Point five",
        "Fifteenths",
    ] {
        assert!(may_hold_figure(&s.to_ascii_lowercase(), 0, s.len()), "{s}");
    }
    for s in [
        "The cat sat on the mat.",
        "A man walked in, said nothing and left.",
        "Zürich is “far” — isn’t it?",
        "An apple at the point of sale.",
    ] {
        assert!(!may_hold_figure(&s.to_ascii_lowercase(), 0, s.len()), "{s}");
        assert_eq!(count(s), 0, "{s}");
    }
}
