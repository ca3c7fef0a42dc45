//! The human table of `figcheck extract`: one row per figure.

use crate::extract::Quantity;
use crate::source::Document;
use std::fmt::Write;

/// Renders the quantities of one document as an aligned table.
pub fn extract_table(doc: &Document, qs: &[Quantity]) -> String {
    let header = [
        "where", "text", "kind", "reading", "counts", "event", "context",
    ];
    let mut rows: Vec<[String; 7]> = Vec::with_capacity(qs.len());
    for q in qs {
        let (line, col) = doc.line_col(q.span.start);
        let mut reading = q.value.to_string();
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
