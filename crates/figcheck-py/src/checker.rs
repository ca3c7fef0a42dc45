//! `extract`, `check` and `Checker`: the library's `Checker` with the GIL released.

use crate::packs::{self, Mistake, rule_error};
use crate::{to_python, type_name};
use figcheck::checker::{Checked, Checker as Core, Input};
use figcheck::error::guarded;
use figcheck::report::json;
use figcheck::rules::RuleSet;
use figcheck::source::{Format, read};
use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};

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

    /// Checks many documents and returns their findings, one list per document, in order.
    ///
    /// `texts` is any iterable of `str` (a list, a pandas Series); `format` and `rules` apply to
    /// every document. The GIL is released once for the whole batch, and with `threads` above 1
    /// the documents are checked on that many threads (0: one per core). A mistake in a
    /// document's own rules raises `RuleError` naming it `<text N>`, N its index.
    #[pyo3(signature = (texts, format = "text", rules = None, threads = 1))]
    fn check_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        format: &str,
        rules: Option<&Bound<'py, PyAny>>,
        threads: usize,
    ) -> PyResult<Bound<'py, PyList>> {
        let format = format_of(format)?;
        let core = with_rules(py, &self.core, rules)?;
        let inputs: Vec<Input> = texts_of(texts)?
            .into_iter()
            .enumerate()
            .map(|(k, text)| Input::new(format!("<text {k}>"), text, format))
            .collect();
        let threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        };
        let results = py.detach(move || check_all(&core, inputs, threads));
        let list = PyList::empty(py);
        for result in results {
            let checked = result.map_err(PyRuntimeError::new_err)?;
            list.append(findings_of(py, &checked)?)?;
        }
        Ok(list)
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
    let core = with_rules(py, base, rules)?;
    let input = Input::new(name, text, format);
    let checked = py
        .detach(move || guarded("checking", move || core.check(input)))
        .map_err(PyRuntimeError::new_err)?;
    findings_of(py, &checked)
}

/// `base`, or a clone of it with the packs of a call's `rules` added.
fn with_rules(
    py: Python<'_>,
    base: &Arc<Core>,
    rules: Option<&Bound<'_, PyAny>>,
) -> PyResult<Arc<Core>> {
    let Some(rules) = rules.filter(|r| !r.is_none()) else {
        return Ok(Arc::clone(base));
    };
    let (extra, mistakes) = packs::load(Some(rules))?;
    if !mistakes.is_empty() {
        return Err(rule_error(py, &mistakes));
    }
    let mut core = (**base).clone();
    core.add_rules(&extra);
    Ok(Arc::new(core))
}

/// A checked document's findings as dicts; a mistake in its own rules raises.
fn findings_of<'py>(py: Python<'py>, checked: &Checked) -> PyResult<Bound<'py, PyAny>> {
    if !checked.rule_errors.is_empty() {
        let mistakes: Vec<Mistake> = checked
            .rule_errors
            .iter()
            .map(Mistake::of_document)
            .collect();
        return Err(rule_error(py, &mistakes));
    }
    to_python(py, &json::findings(&checked.doc, &checked.findings))
}

/// The texts of a `texts` argument: any iterable of `str`, but not a `str` itself.
fn texts_of(texts: &Bound<'_, PyAny>) -> PyResult<Vec<String>> {
    if texts.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err(
            "texts: expected an iterable of texts, not a str (for one text, use check)",
        ));
    }
    let mut out = Vec::new();
    for (k, item) in texts.try_iter()?.enumerate() {
        let item = item?;
        let text = item.cast::<PyString>().map_err(|_| {
            PyTypeError::new_err(format!(
                "texts[{k}]: expected a str, not {}",
                type_name(&item)
            ))
        })?;
        out.push(text.extract()?);
    }
    Ok(out)
}

/// Checks every input on up to `threads` threads, each taking the next document not yet
/// taken (articles differ in length, so fixed shares would leave threads idle); the results
/// come back in input order.
fn check_all(core: &Core, inputs: Vec<Input>, threads: usize) -> Vec<Result<Checked, String>> {
    let check = |input: Input| guarded("checking", || core.check(input));
    if threads <= 1 || inputs.len() <= 1 {
        return inputs.into_iter().map(check).collect();
    }
    let count = inputs.len();
    let slots: Vec<Mutex<Option<Input>>> =
        inputs.into_iter().map(|i| Mutex::new(Some(i))).collect();
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<Result<Checked, String>>> = (0..count).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads.min(count))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some(slot) = slots.get(k) else { break };
                        let input = slot.lock().ok().and_then(|mut s| s.take());
                        if let Some(input) = input {
                            done.push((k, check(input)));
                        }
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            for (k, result) in worker.join().unwrap_or_default() {
                results[k] = Some(result);
            }
        }
    });
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err("internal error while checking (please report)".into())))
        .collect()
}
