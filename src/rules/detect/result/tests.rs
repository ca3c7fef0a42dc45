use super::misprint;
use crate::rules::detect::acceptance::default_findings as run;

#[test]
fn misprints_are_one_or_two_digits_off() {
    assert!(misprint(34_544_885.26, 34_544_585.26, 2));
    assert!(misprint(5097.0, 5907.0, 0));
    assert!(misprint(12_726_520.0, 12_725_457.0, 0)); // a ten-thousandth off
    assert!(!misprint(1_234_567.0, 7_654_321.0, 0));
    // A leading digit changed makes another figure.
    assert!(!misprint(73_075_620.0, 33_075_620.0, 0));
    assert!(!misprint(6182.0, 3187.0, 0));
    assert!(misprint(105_417.25, 150_417.25, 2));
    assert_eq!(super::significant("$74,000,000"), 2);
    assert_eq!(super::significant("$1,291,744.50"), 9);
    assert_eq!(super::significant("0.0250"), 3);
}

#[test]
fn a_difference_further_back_explains_the_result() {
    // The receipts are misprinted ($300 off their two terms) and the excess of receipts
    // follows the misprint. The excess of expenditures is expenditures less ordinary
    // revenues (two sentences back), not a misprint of the appropriation less the other
    // excess that stand nearer: only the total is reported.
    let text = "Ordinary revenues were $27,531,585.26. The further sum of $7,013,000 came from appropriations, making receipts of $34,544,885.26. Expenditures were $33,486,322.44, leaving an excess of receipts of $1,058,562.82, and an excess of expenditures over ordinary revenues of $5,954,737.18.";
    let got = run(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("but the total is stated as $34,544,885.26"),
        "{got:?}"
    );
}

#[test]
fn sums_and_differences_stated_as_results() {
    // Sound: the reading holds.
    for text in [
        "Receipts were $16,219,197.70, which, with a balance of $1,198,461.21, make the aggregate sum of $17,417,658.91.",
        "Revenues were $269,000,586.62 and expenditures $238,660,008.93, leaving a surplus of $30,340,577.69.",
        "He won with 20,645 votes, against 14,738 for his rival, a majority of 5,907.",
        "In the year 11,557 names were added and 12,977 were dropped, a net decrease of 1,420.",
    ] {
        assert!(run(text).is_empty(), "{text}: {:?}", run(text));
    }
    // A misprint of the reading.
    let got = run(
        "Revenues were $269,000,586.62 and expenditures $238,660,008.93, leaving a surplus of $30,340,757.69.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with("warning stated-result $269,000,586.62 − $238,660,008.93 = $30,340,577.69, but the difference is stated as $30,340,757.69"),
        "{got:?}"
    );
    let got = run("He won with 20,645 votes, against 14,738 for his rival, a majority of 5,097.");
    assert_eq!(got.len(), 1, "{got:?}");
    // Far from every reading: about something else.
    assert!(run("Revenues were $269,000,586.62 and costs $238,660,008.93, leaving a surplus of $1,234,567.89.").is_empty());
    // Small figures are no misprints.
    assert!(run("Three were added and five dropped, a net decrease of 3.").is_empty());
}

#[test]
fn a_term_misprinted_and_a_year_between() {
    // A term with two digits swapped: the result is right for the figure meant.
    let got = run(
        "Receipts from customs were $11,434,084.10 and from excise $4,470,210.94, making a gain of $15,841,295.04.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(run("Receipts from customs were $11,434,084.10 and from excise $4,407,210.94, making a gain of $15,841,295.04.").is_empty());
    // A year between the terms and the result does not hide the marker.
    let text = "Revenues are put at $29,034,098.28 and expenditures at $36,427,771, leaving a deficiency for the year 1879 of $7,393,762.72.";
    assert_eq!(run(text).len(), 1, "{:?}", run(text));
    // Both markers: "leaving a balance … amounting to".
    assert!(run("Exports were $658,637,457 and imports $492,097,540, leaving a balance amounting to $166,539,917.").is_empty());
    assert_eq!(run("Exports were $658,637,457 and imports $492,097,540, leaving a balance amounting to $166,593,917.").len(), 1);
    // "affording … the sum of", with a long aside between the marker and the result.
    let text = "The balance was $12,345,678; the receipts for the year amount to $50,123,456; thus affording, as the resources available for the current fiscal year, the sum of $62,469,134.";
    assert!(run(text).is_empty(), "{:?}", run(text));
    assert_eq!(run(&text.replace("$62,469,134", "$62,469,734")).len(), 1);
    // "showing … to have been", twenty words before the result.
    let text = "The sum drawn from July 1 to November 1 is $4,250,000.50, of which there is estimated to be yet available $1,100,000.25, showing the amount of actual outlay during the first four months of the present fiscal year to have been $3,150,000.25.";
    assert!(run(text).is_empty(), "{:?}", run(text));
    assert_eq!(
        run(&text.replace("$3,150,000.25.", "$3,105,000.25.")).len(),
        1
    );
}

#[test]
fn leaving_a_count_of_the_same_things_is_their_difference() {
    let text = |reported: &str| {
        format!(
            "Officials count 2.6 million claims, but only {reported} million claims have been paid, leaving around 700,000 unpaid claims."
        )
    };
    let sound = text("1.9");
    assert!(run(&sound).is_empty(), "{:?}", run(&sound));
    let got = run(&text("1.2"));
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("2.6 million − 1.2 million = 1.4 million, but the difference is stated as around 700,000 (all three count the same things)"),
        "{got:?}"
    );
    // A set the event leaves in a state is no remainder.
    let quiet = "A bus carrying 30 people hit a bridge, killing two people and leaving three others injured.";
    assert!(run(quiet).is_empty(), "{:?}", run(quiet));
}

#[test]
fn cents_set_after_a_hyphen_are_read() {
    let text = "Receipts amounted to $701,372,374.99 and disbursements to $654,137,907-89, leaving a surplus of $47,234,377.10.";
    let got = run(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("= $47,234,467.10, but the difference is stated as $47,234,377.10"),
        "{got:?}"
    );
    let sound = text.replace("$47,234,377.10", "$47,234,467.10");
    assert!(run(&sound).is_empty(), "{:?}", run(&sound));
}
