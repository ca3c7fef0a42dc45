//! figcheck from Python: the `figcheck` module, built by maturin into abi3 wheels.
//!
//! A thin layer over the library's [`figcheck::Checker`]: arguments in, the library's own JSON
//! shapes (`report::json`, as `figcheck extract|check --format json` print them) out as
//! Python dicts. The work runs with the GIL released, so Python threads check in parallel.

use pyo3::prelude::*;

mod checker;
mod packs;

/// figcheck: finds the figures in news copy that do not add up.
///
/// `extract(text)` lists every figure with what it counts; `check(text)` and
/// `Checker(...).check(text)` list the findings of the rules (the default pack unless told
/// otherwise). Results are lists of dicts with the fields of `figcheck extract|check
/// --format json`.
#[pymodule(name = "figcheck")]
mod figcheck_module {
    use pyo3::prelude::*;

    #[pymodule_export]
    use crate::checker::{Checker, check, extract};

    #[pymodule_export]
    use crate::packs::RuleError;

    #[pymodule_init]
    fn init(m: &Bound<'_, PyModule>) -> PyResult<()> {
        m.add("__version__", env!("CARGO_PKG_VERSION"))?;
        m.add("EXTRACT_SCHEMA", figcheck::report::json::EXTRACT_SCHEMA)?;
        m.add("CHECK_SCHEMA", figcheck::report::json::CHECK_SCHEMA)?;
        Ok(())
    }
}

/// The library's JSON shape as Python objects (dicts, lists, str, int, float, None).
fn to_python<'py, T: serde::Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, value).map_err(PyErr::from)
}

/// The name of a value's type, for messages ("not int").
fn type_name(value: &Bound<'_, PyAny>) -> String {
    value
        .get_type()
        .name()
        .map_or_else(|_| "?".into(), |n| n.to_string())
}
