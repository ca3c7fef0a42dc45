//! Reading inputs: files, standard input, and JSON Lines batches.

use figcheck::InputError;
use figcheck::error::decode;
pub use figcheck::error::{guarded, io_message};
use serde::Deserialize;
use std::io::{BufRead, Read};
use std::path::Path;

/// Reads one document: a path, or `-` for standard input.
pub fn read_document(path: &Path) -> Result<String, InputError> {
    let bytes = if path.as_os_str() == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut buf)
            .map_err(|e| InputError::Io(e.to_string()))?;
        buf
    } else {
        std::fs::read(path).map_err(|e| InputError::Io(io_message(&e)))?
    };
    decode(bytes)
}

/// A JSONL id as a message names it: strings bare, anything else as JSON.
pub fn id_string(id: &serde_json::Value) -> String {
    match id {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// The output line for a JSONL input line that gave no result: `{"id", "error"}`, or
/// `{"line", "error"}` when it has no id (contract.md).
pub fn write_jsonl_error(
    out: &mut impl std::io::Write,
    id: Option<&serde_json::Value>,
    line: usize,
    message: &str,
) -> std::io::Result<()> {
    let v = match id {
        Some(id) => serde_json::json!({"id": id, "error": message}),
        None => serde_json::json!({"line": line, "error": message}),
    };
    serde_json::to_writer(out, &v).map_err(std::io::Error::from)
}

/// One input line of `--jsonl`: `{"id", "text", "format"}`.
#[derive(Deserialize)]
struct JsonlLine {
    id: Option<serde_json::Value>,
    text: Option<String>,
    format: Option<String>,
}

/// A document read from a JSONL line, or why it could not be read.
pub enum JsonlItem {
    Doc {
        id: serde_json::Value,
        text: String,
        format: figcheck::source::Format,
    },
    Error {
        id: Option<serde_json::Value>,
        line: usize,
        message: String,
    },
}

/// Opens a JSON Lines input: standard input for `-`, else the file, buffered. On failure the
/// message for people ("figcheck: NAME: …") is the error.
pub fn open_jsonl(path: &std::path::Path) -> Result<Box<dyn BufRead>, String> {
    let name = path.display().to_string();
    if name == "-" {
        return Ok(Box::new(std::io::stdin().lock()));
    }
    std::fs::File::open(path)
        .map(|f| Box::new(std::io::BufReader::with_capacity(1 << 16, f)) as Box<dyn BufRead>)
        .map_err(|e| format!("figcheck: {name}: {}", io_message(&e)))
}

/// Streams JSONL documents from `reader`, calling `each` once per input line, in order.
/// Memory stays bounded by the longest line.
pub fn for_each_jsonl(
    mut reader: impl BufRead,
    mut each: impl FnMut(JsonlItem) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let mut buf = Vec::new();
    let mut line_no = 0;
    loop {
        buf.clear();
        if reader.read_until(b'\n', &mut buf)? == 0 {
            return Ok(());
        }
        line_no += 1;
        while buf.last().is_some_and(|b| matches!(b, b'\n' | b'\r')) {
            buf.pop();
        }
        each(parse_jsonl_line(&buf, line_no))?;
    }
}

fn parse_jsonl_line(buf: &[u8], line: usize) -> JsonlItem {
    let err = |id, message: String| JsonlItem::Error { id, line, message };
    if buf.iter().all(u8::is_ascii_whitespace) {
        return err(None, format!("line {line}: empty line"));
    }
    // serde would fill a struct from an array by position; a document is an object.
    let first = buf.iter().find(|b| !b.is_ascii_whitespace());
    if first.is_some_and(|&b| b != b'{') && serde_json::from_slice::<serde_json::Value>(buf).is_ok()
    {
        return err(
            None,
            format!("line {line}: not a document object: expected {{\"id\", \"text\"}}"),
        );
    }
    let parsed: JsonlLine = match serde_json::from_slice(buf) {
        Ok(p) => p,
        Err(e) if e.classify() == serde_json::error::Category::Data => {
            // Valid JSON of the wrong shape: keep its id if it has one.
            let id = serde_json::from_slice::<serde_json::Value>(buf)
                .ok()
                .and_then(|v| v.get("id").cloned());
            return err(id, format!("line {line}: not a document object: {e}"));
        }
        Err(e) => return err(None, format!("line {line}: not JSON: {e}")),
    };
    let id = parsed.id.filter(|v| !v.is_null());
    let Some(text) = parsed.text else {
        return err(id, format!("line {line}: no \"text\" field"));
    };
    let format = match parsed.format.as_deref() {
        None => figcheck::source::Format::Text,
        Some(name) => match figcheck::source::Format::from_name(name) {
            Some(f) => f,
            None => {
                return err(
                    id,
                    format!(
                        "line {line}: unknown format {name:?} (expected text, markdown or html)"
                    ),
                );
            }
        },
    };
    JsonlItem::Doc {
        id: id.unwrap_or(serde_json::Value::from(line)),
        text,
        format,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(input: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_jsonl(input.as_bytes(), |item| {
            out.push(match item {
                JsonlItem::Doc { id, text, .. } => format!("doc {id} {text}"),
                JsonlItem::Error { id, line, message } => format!("err {id:?} {line} {message}"),
            });
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn every_line_gives_one_item() {
        let got = items(
            "{\"id\":\"a\",\"text\":\"17 arrests\"}\nnot json\n\n{\"id\":\"b\"}\n{\"id\":3,\"text\":\"x\",\"format\":\"pdf\"}\n[1]\n",
        );
        assert_eq!(got.len(), 6);
        assert_eq!(got[0], "doc \"a\" 17 arrests");
        assert!(
            got[1].starts_with("err None 2 line 2: not JSON"),
            "{}",
            got[1]
        );
        assert!(got[2].contains("empty line"));
        assert!(got[3].contains("Some(String(\"b\"))") && got[3].contains("no \"text\""));
        assert!(got[4].contains("unknown format \"pdf\""));
        assert!(got[5].contains("not a document object"));
    }
}
