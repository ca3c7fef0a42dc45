//! The `rules` arguments: packs given as paths or as YAML text, and the `RuleError` their
//! mistakes raise.

use figcheck::checker::RuleError as DocumentRuleError;
use figcheck::rules::{LoadError, PackError, RuleSet};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use std::path::PathBuf;

pyo3::create_exception!(
    figcheck,
    RuleError,
    PyValueError,
    "A mistake in rules: a pack that cannot be read, invalid YAML, an unknown rule kind, a \
     regex that does not compile. `file`, `line`, `column` and `detail` place the first \
     mistake (`line` and `column` are None when the place is unknown); `errors` lists every \
     mistake as a dict with the same keys."
);

/// One place a mistake was found.
pub struct Mistake {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub detail: String,
}

impl Mistake {
    pub fn of_load(e: &LoadError) -> Mistake {
        let place = (e.line > 0).then_some((e.line, e.column));
        Mistake {
            file: e.file.clone(),
            line: place.map(|p| p.0),
            column: place.map(|p| p.1),
            detail: e.message.clone(),
        }
    }

    pub fn of_pack(e: &PackError) -> Mistake {
        match e {
            PackError::Load(e) => Mistake::of_load(e),
            PackError::Unreadable { path, message } => Mistake {
                file: path.clone(),
                line: None,
                column: None,
                detail: message.clone(),
            },
        }
    }

    /// A mistake in a document's own rules (its front matter).
    pub fn of_document(e: &DocumentRuleError) -> Mistake {
        match e {
            DocumentRuleError::Load { error, .. } => Mistake::of_load(error),
            DocumentRuleError::Unreadable { path, message } => Mistake {
                file: path.display().to_string(),
                line: None,
                column: None,
                detail: message.clone(),
            },
        }
    }

    fn place(&self) -> String {
        match (self.line, self.column) {
            (Some(l), Some(c)) => format!("{}:{l}:{c}: {}", self.file, self.detail),
            _ => format!("{}: {}", self.file, self.detail),
        }
    }
}

/// A `RuleError` for these mistakes (at least one).
pub fn rule_error(py: Python<'_>, mistakes: &[Mistake]) -> PyErr {
    let message = match mistakes {
        [one] => one.place(),
        many => {
            let lines: Vec<String> = many.iter().map(|m| format!("  {}", m.place())).collect();
            format!(
                "{} mistakes in the rules:\n{}",
                many.len(),
                lines.join("\n")
            )
        }
    };
    let err = RuleError::new_err(message);
    // Attributes for programs; a failure to set them still leaves the message.
    let _ = set_places(py, &err, mistakes);
    err
}

fn set_places(py: Python<'_>, err: &PyErr, mistakes: &[Mistake]) -> PyResult<()> {
    let value = err.value(py);
    let list = PyList::empty(py);
    for m in mistakes {
        let d = PyDict::new(py);
        d.set_item("file", &m.file)?;
        d.set_item("line", m.line)?;
        d.set_item("column", m.column)?;
        d.set_item("detail", &m.detail)?;
        list.append(d)?;
    }
    if let Some(first) = mistakes.first() {
        value.setattr("file", &first.file)?;
        value.setattr("line", first.line)?;
        value.setattr("column", first.column)?;
        value.setattr("detail", &first.detail)?;
    }
    value.setattr("errors", list)?;
    Ok(())
}

/// A pack as the caller gave it.
enum Pack {
    /// A file or a folder of `.yaml`/`.yml` files.
    Path(PathBuf),
    /// A pack's YAML text, named `<rules N>` in messages (N counts from 1).
    Yaml(String),
}

/// Reads `rules`: one pack or an iterable of them. A `str` with a line break is a pack's
/// YAML text; any other `str`, or an `os.PathLike`, is a path.
fn packs(rules: &Bound<'_, PyAny>) -> PyResult<Vec<Pack>> {
    if is_one_pack(rules) {
        return Ok(vec![pack(rules)?]);
    }
    let mut out = Vec::new();
    for item in rules.try_iter().map_err(|_| not_a_pack(rules))? {
        let item = item?;
        if !is_one_pack(&item) {
            return Err(not_a_pack(&item));
        }
        out.push(pack(&item)?);
    }
    Ok(out)
}

fn is_one_pack(value: &Bound<'_, PyAny>) -> bool {
    value.is_instance_of::<PyString>() || value.hasattr("__fspath__").unwrap_or(false)
}

fn pack(value: &Bound<'_, PyAny>) -> PyResult<Pack> {
    if let Ok(s) = value.cast::<PyString>() {
        let s: String = s.extract()?;
        return Ok(if s.contains('\n') {
            Pack::Yaml(s)
        } else {
            Pack::Path(PathBuf::from(s))
        });
    }
    Ok(Pack::Path(value.extract()?))
}

fn not_a_pack(value: &Bound<'_, PyAny>) -> PyErr {
    pyo3::exceptions::PyTypeError::new_err(format!(
        "rules: expected a path, a pack's YAML text or a list of them, not {}",
        crate::type_name(value)
    ))
}

/// Loads the packs of a `rules` argument, in order, into a new set; every mistake found is
/// returned, and the rules without one still load.
pub fn load(rules: Option<&Bound<'_, PyAny>>) -> PyResult<(RuleSet, Vec<Mistake>)> {
    let mut set = RuleSet::new();
    let mut mistakes = Vec::new();
    let Some(rules) = rules.filter(|r| !r.is_none()) else {
        return Ok((set, mistakes));
    };
    for (k, pack) in packs(rules)?.into_iter().enumerate() {
        match pack {
            Pack::Path(path) => {
                let errors = set.add_packs_at(&path);
                mistakes.extend(errors.iter().map(Mistake::of_pack));
            }
            Pack::Yaml(yaml) => {
                let errors = set.add_pack(&format!("<rules {}>", k + 1), &yaml);
                mistakes.extend(errors.iter().map(Mistake::of_load));
            }
        }
    }
    Ok((set, mistakes))
}
