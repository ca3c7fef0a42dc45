//! `extract`, `check` and `Checker`: the library's `Checker` with the GIL released.

use crate::packs::{self, Mistake, rule_error};
use crate::to_python;
use figcheck::checker::{Checker as Core, Input, RuleError as DocumentRuleError};
use figcheck::error::guarded;
use figcheck::report::json;
use figcheck::rules::RuleSet;
use figcheck::source::{Format, read};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

/// The default pack, loaded once for `check()` without rules of its own.
static DEFAULT: LazyLock<Arc<Core>> = LazyLock::new(|| Arc::new(Core::new()));

fn format_of(name: &str) -> PyResult<Format> {
    Format::from_name(name).ok_or_else(|| {
        PyValueError::new_err(format!(
            "unknown format {name:?} (expected \"text\", \"markdown\" or \"html\")"
        ))
    })
}

/// Every figure of a document, in source order.
///
/// `text` is the document (a `str`); `format` is "text", "markdown" or "html". Returns a list
/// of dicts with the fields of `figcheck extract --format json` (text, start, end, line,
/// column, kind, value, stated, qualifier, counts, event, context, unit, currency, sentence,
/// direction); `start` and `end` are UTF-8 byte offsets, `column` counts characters.
#[pyfunction]
#[pyo3(signature = (text, format = "text"))]
pub fn extract<'py>(py: Python<'py>, text: String, format: &str) -> PyResult<Bound<'py, PyAny>> {
    let format = format_of(format)?;
    let (doc, quantities) = py
        .detach(move || {
            guarded("extracting", move || {
                let (doc, _) = read("<text>".to_string(), text, format);
                let quantities = figcheck::extract(&doc);
                (doc, quantities)
            })
        })
        .map_err(PyRuntimeError::new_err)?;
    to_python(py, &json::quantities(&doc, &quantities))
}

/// Checks one document: the findings of the default rules (unless `default_rules` is False)
/// and of `rules`.
///
/// A shortcut for `Checker(rules, default_rules).check(text, format)`; without `rules` the
/// default pack is loaded once and kept. Raises `RuleError` for a mistake in the rules.
#[pyfunction]
#[pyo3(signature = (text, format = "text", rules = None, default_rules = true, name = "<text>"))]
pub fn check<'py>(
    py: Python<'py>,
    text: String,
    format: &str,
    rules: Option<&Bound<'py, PyAny>>,
    default_rules: bool,
    name: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let base = if default_rules {
        Arc::clone(&DEFAULT)
    } else {
        Arc::new(Core::with_rules(RuleSet::new()))
    };
    check_with(py, &base, text, format, rules, name)
}

/// The rules and settings for many documents, loaded once.
///
/// `rules`: a pack or a list of packs, each a path (a YAML file or a folder of them) or a
/// pack's YAML text (a `str` with a line break); they load after the default pack, whose
/// rules they may replace by id. `default_rules=False` leaves the default pack out.
/// `config`: a `figcheck.yaml` to apply (its packs, switches and widths). Raises `RuleError`,
/// placing each mistake, when any pack or the configuration has one.
///
/// A Checker is immutable and may be shared by threads: `check` releases the GIL.
#[pyclass(name = "Checker", module = "figcheck", frozen)]
pub struct Checker {
    core: Arc<Core>,
}

#[pymethods]
impl Checker {
    #[new]
    #[pyo3(signature = (rules = None, default_rules = true, config = None))]
    fn new(
        py: Python<'_>,
        rules: Option<&Bound<'_, PyAny>>,
        default_rules: bool,
        config: Option<PathBuf>,
    ) -> PyResult<Self> {
        let (extra, mut mistakes) = packs::load(rules)?;
        let core = py.detach(|| Core::from_config_file(config.as_deref(), default_rules, &extra));
        mistakes.extend(core.errors().iter().map(Mistake::of_load));
        if !mistakes.is_empty() {
            return Err(rule_error(py, &mistakes));
        }
        Ok(Checker {
            core: Arc::new(core),
        })
    }

    /// Checks one document and returns its findings, sorted by place.
    ///
    /// `format` is "text", "markdown" or "html"; `rules` adds packs for this document only
    /// (as the constructor reads them); `name` is the document's name in messages about its
    /// own rules (a Markdown front matter's `figcheck:` block). Each finding is a dict with the
    /// fields of `figcheck check --format json` (rule, severity, message, start, end, line,
    /// column, label, text, related). Raises `RuleError` for a mistake in `rules` or in the
    /// document's own rules.
    #[pyo3(signature = (text, format = "text", rules = None, name = "<text>"))]
    fn check<'py>(
        &self,
        py: Python<'py>,
        text: String,
        format: &str,
        rules: Option<&Bound<'py, PyAny>>,
        name: &str,
    ) -> PyResult<Bound<'py, PyAny>> {
        check_with(py, &self.core, text, format, rules, name)
    }

    /// The ids of the rules in force, in the order they run.
    #[getter]
    fn rule_ids(&self) -> Vec<String> {
        self.core
            .rules()
            .rules()
            .iter()
            .map(|r| r.id.clone())
            .collect()
    }

    fn __repr__(&self) -> String {
        format!(
            "<figcheck.Checker with {} rules>",
            self.core.rules().rules().len()
        )
    }
}

fn check_with<'py>(
    py: Python<'py>,
    base: &Arc<Core>,
    text: String,
    format: &str,
    rules: Option<&Bound<'py, PyAny>>,
    name: &str,
) -> PyResult<Bound<'py, PyAny>> {
    let format = format_of(format)?;
    let core = match rules.filter(|r| !r.is_none()) {
        None => Arc::clone(base),
        Some(rules) => {
            let (extra, mistakes) = packs::load(Some(rules))?;
            if !mistakes.is_empty() {
                return Err(rule_error(py, &mistakes));
            }
            let mut core = (**base).clone();
            core.add_rules(&extra);
            Arc::new(core)
        }
    };
    let input = Input::new(name, text, format);
    let checked = py
        .detach(move || guarded("checking", move || core.check(input)))
        .map_err(PyRuntimeError::new_err)?;
    if !checked.rule_errors.is_empty() {
        let mistakes: Vec<Mistake> = checked
            .rule_errors
            .iter()
            .map(|e| match e {
                DocumentRuleError::Load { error, .. } => Mistake::of_load(error),
                DocumentRuleError::Unreadable { path, message } => Mistake {
                    file: path.display().to_string(),
                    line: None,
                    column: None,
                    detail: message.clone(),
                },
            })
            .collect();
        return Err(rule_error(py, &mistakes));
    }
    to_python(py, &json::findings(&checked.doc, &checked.findings))
}
