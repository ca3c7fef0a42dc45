//! Numbers as figcheck writes them, in JSON, in messages and in tables: whole numbers as
//! integers, the rest without floating-point noise. Below every stage, so that extraction,
//! rules and reports print a figure the same way.

use serde::Serializer;

/// A number as printed: whole numbers as integers, the rest with floating-point noise removed
/// (4.2 × 10⁹ prints as 4200000000, not 4200000000.000001).
pub fn tidy(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 || has_short_form(v) {
        return v;
    }
    format!("{v:.12e}").parse().unwrap_or(v)
}

/// True when `v` already reads back from 13 significant digits or fewer, so that rounding it to
/// 13 (what `tidy` does) gives `v` again: most figures ("17", "2.5", "16.7"). Decided on the
/// shortest form that reads back as `v` (`Display`), written on the stack: the exact 13-digit
/// formatting `tidy` needs otherwise cost a third of `extract --jsonl`.
fn has_short_form(v: f64) -> bool {
    // Whole numbers below 10¹³ have at most 13 digits, all exact.
    if v.fract() == 0.0 && v.abs() < 1e13 {
        return true;
    }
    /// Up to 32 bytes of formatted text; more is an error (and a long form anyway).
    struct Digits {
        bytes: [u8; 32],
        len: usize,
    }
    impl std::fmt::Write for Digits {
        fn write_str(&mut self, s: &str) -> std::fmt::Result {
            let end = self.len + s.len();
            self.bytes
                .get_mut(self.len..end)
                .ok_or(std::fmt::Error)?
                .copy_from_slice(s.as_bytes());
            self.len = end;
            Ok(())
        }
    }
    let mut out = Digits {
        bytes: [0; 32],
        len: 0,
    };
    if std::fmt::Write::write_fmt(&mut out, format_args!("{v}")).is_err() {
        return false;
    }
    // Significant digits: from the first non-zero digit to the last non-zero one.
    let text = &out.bytes[..out.len];
    let first = text.iter().position(|b| matches!(b, b'1'..=b'9'));
    let last = text.iter().rposition(|b| matches!(b, b'1'..=b'9'));
    let (Some(first), Some(last)) = (first, last) else {
        return true;
    };
    let points = usize::from(text[first..=last].contains(&b'.'));
    last + 1 - first - points <= 13
}

/// Serializes a number as `tidy` prints it: an integer when whole.
pub fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    let v = tidy(*v);
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        s.serialize_i64(v as i64)
    } else {
        s.serialize_f64(v)
    }
}

/// [`number`] for a bound that may be absent (`null`).
pub fn number_opt<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

/// A number as a reader writes it: 17, 0.5, 4200000000.
pub fn fmt_number(v: f64) -> String {
    let v = tidy(v);
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// `tidy` with its short-form shortcut rounds as the 13-digit formatting alone does, on
        /// any finite number and on the sums and products of short decimals that reports print.
        #[test]
        fn tidy_rounds_as_thirteen_digits_do(
            v in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL,
            n in -1_000_000_000i64..1_000_000_000,
            k in 0i32..6,
            m in 1i64..1000,
        ) {
            let slow = |v: f64| format!("{v:.12e}").parse::<f64>().unwrap();
            let short = n as f64 / 10f64.powi(k);
            for x in [v, short, short * m as f64, short + 1.0 / m as f64, short / 3.0] {
                if x.is_finite() && x != 0.0 {
                    proptest::prop_assert_eq!(tidy(x).to_bits(), slow(x).to_bits(), "{}", x);
                }
            }
        }
    }

    #[test]
    fn numbers_print_as_integers_when_whole() {
        let v = serde_json::to_string(&crate::interval::Interval::closed(4.2 * 1e9, 0.5)).unwrap();
        assert_eq!(
            v,
            r#"{"lo":4200000000,"hi":0.5,"lo_open":false,"hi_open":false}"#
        );
        assert_eq!(tidy(0.1 + 0.2), 0.3);
        // The short form is taken only where rounding to 13 digits would give the same number.
        for v in [
            17.0,
            2.5,
            16.7,
            -0.25,
            1.2e15,
            4.2e9,
            4.2e9 + 1e-6,
            1e-7,
            123.456789012345,
            9.999999999999e12,
            1e300,
            5e-324,
            1.0 / 3.0,
            100.5,
            0.1 + 0.7,
        ] {
            assert_eq!(
                tidy(v).to_bits(),
                format!("{v:.12e}").parse::<f64>().unwrap().to_bits(),
                "{v}"
            );
        }
    }
}
