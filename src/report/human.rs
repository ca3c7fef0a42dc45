//! The human table of `figcheck extract`: one row per figure.

use crate::extract::{Interval, Quantity};
use crate::report::json::tidy;
use crate::source::Document;
use std::fmt::Write;

/// A number as a reader writes it: 17, 0.5, 4200000000.
pub fn fmt_number(v: f64) -> String {
    let v = tidy(v);
    if v.fract() == 0.0 && v.abs() < 9.0e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

/// An interval in mathematical notation: "17", "[120, 180]", "(24, ∞)".
pub fn fmt_interval(i: &Interval) -> String {
    if i.is_exact() {
        return fmt_number(i.lo.unwrap_or_default());
    }
    let lo = i.lo.map_or("-∞".to_string(), fmt_number);
    let hi = i.hi.map_or("∞".to_string(), fmt_number);
    let open = if i.lo_open || i.lo.is_none() {
        '('
    } else {
        '['
    };
    let close = if i.hi_open || i.hi.is_none() {
        ')'
    } else {
        ']'
    };
    format!("{open}{lo}, {hi}{close}")
}

/// Renders the quantities of one document as an aligned table.
pub fn extract_table(doc: &Document, qs: &[Quantity]) -> String {
    let header = [
        "where", "text", "kind", "reading", "counts", "event", "context",
    ];
    let mut rows: Vec<[String; 7]> = Vec::with_capacity(qs.len());
    for q in qs {
        let (line, col) = doc.line_col(q.span.start);
        let mut reading = fmt_interval(&q.value);
        if q.qualifier != crate::Qualifier::Exact {
            let _ = write!(reading, " {}", q.qualifier.name());
        }
        if let Some(u) = q.unit.or(q.currency) {
            let _ = write!(reading, " {u}");
        }
        if let Some(d) = q.direction {
            let _ = write!(reading, " {}", d.name());
        }
        rows.push([
            format!("{}:{line}:{col}", doc.source),
            doc.source_slice(q.span).replace('\n', " "),
            q.kind.name().to_string(),
            reading,
            q.counts.clone().unwrap_or_else(|| "-".into()),
            q.event.unwrap_or("-").to_string(),
            if q.context.is_empty() {
                "-".into()
            } else {
                q.context
                    .iter()
                    .map(|s| doc.slice(*s).replace('\n', " "))
                    .collect::<Vec<_>>()
                    .join("; ")
            },
        ]);
    }
    let mut widths = header.map(|h| h.chars().count());
    for r in &rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[&str]| {
        let mut s = String::new();
        for (k, (c, w)) in cells.iter().zip(widths).enumerate() {
            if k + 1 == cells.len() {
                s.push_str(c);
            } else {
                let _ = write!(s, "{c}{}  ", " ".repeat(w - c.chars().count()));
            }
        }
        out.push_str(s.trim_end());
        out.push('\n');
    };
    line(&header);
    for r in &rows {
        line(&r.iter().map(String::as_str).collect::<Vec<_>>());
    }
    out
}
