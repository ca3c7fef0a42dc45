//! The library's error type: callers match on it; the binary turns it into messages and exit codes.

use thiserror::Error;

/// Why an input could not be read as a document.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum InputError {
    #[error("{line}:{column}: invalid UTF-8 (byte 0x{byte:02x} at offset {offset})")]
    InvalidUtf8 {
        offset: usize,
        line: usize,
        column: usize,
        byte: u8,
    },
    #[error("binary file (NUL byte at offset {offset}): not checked")]
    Binary { offset: usize },
    #[error("{0}")]
    Io(String),
}

/// How far into a file to look for a NUL byte, as git and ripgrep do.
const BINARY_SNIFF: usize = 8192;

/// Decodes the bytes of a document: UTF-8 (a BOM is dropped), no NUL in the first 8 KiB.
pub fn decode(bytes: Vec<u8>) -> Result<String, InputError> {
    if let Some(offset) = bytes.iter().take(BINARY_SNIFF).position(|&b| b == 0) {
        return Err(InputError::Binary { offset });
    }
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            Ok(s)
        }
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let bytes = e.as_bytes();
            let good = std::str::from_utf8(&bytes[..offset]).unwrap_or_default();
            let line = good.matches('\n').count() + 1;
            let column = good.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            Err(InputError::InvalidUtf8 {
                offset,
                line,
                column,
                byte: bytes[offset],
            })
        }
    }
}

/// An I/O error in a few plain words ("no such file"), for messages that already name the file.
pub fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        std::io::ErrorKind::IsADirectory => "is a directory".into(),
        _ => e.to_string(),
    }
}

/// Runs `f` with a safety net: a bug that panics on one document is reported for that document
/// (as "internal error while {what}"), and the run goes on with the others.
pub fn guarded<T>(what: &str, f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|p| {
        let detail = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("internal error while {what} (please report): {detail}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_line_and_column() {
        let err = decode(b"ok\nab\xffcd".to_vec()).unwrap_err();
        assert_eq!(
            err,
            InputError::InvalidUtf8 {
                offset: 5,
                line: 2,
                column: 3,
                byte: 0xff
            }
        );
        assert_eq!(
            err.to_string(),
            "2:3: invalid UTF-8 (byte 0xff at offset 5)"
        );
    }

    #[test]
    fn binary_and_bom() {
        assert_eq!(
            decode(b"PK\x03\x04\x00\x00".to_vec()),
            Err(InputError::Binary { offset: 4 })
        );
        assert_eq!(
            decode("\u{feff}17 arrests".as_bytes().to_vec()).unwrap(),
            "17 arrests"
        );
        assert_eq!(decode(Vec::new()).unwrap(), "");
    }
}
