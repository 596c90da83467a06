//! Module functions for the scan, sort and triangle kernels (rust/core/src/ops/{scan,sort,tri}.rs); the
//! dialects add their argument conventions.
use crate::errors::IntoPyResult;
use crate::tensor::PyTensor;
use pyo3::prelude::*;

/// `cumsum(x, dim, reverse=False)`: torch's accumulation types, CumsumBackward0.
#[pyfunction]
#[pyo3(signature = (x, dim, reverse=false))]
fn cumsum(x: PyRef<'_, PyTensor>, dim: isize, reverse: bool) -> PyResult<PyTensor> {
    let r = x.t.cumsum(dim, reverse).py()?;
    Ok(x.wrap(r))
}

/// `argsort(x, dim, descending)`: stable int64 indices, NaN above every number.
#[pyfunction]
fn argsort(x: PyRef<'_, PyTensor>, dim: isize, descending: bool) -> PyResult<PyTensor> {
    let r = x.t.argsort_stable(dim, descending).py()?;
    Ok(x.wrap(r))
}

/// `tri(x, k, upper)`: torch.tril (upper False) / torch.triu, TrilBackward0 / TriuBackward0.
#[pyfunction]
fn tri(x: PyRef<'_, PyTensor>, k: i64, upper: bool) -> PyResult<PyTensor> {
    let r = x.t.tri(k, upper).py()?;
    Ok(x.wrap(r))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(cumsum, m)?)?;
    m.add_function(wrap_pyfunction!(argsort, m)?)?;
    m.add_function(wrap_pyfunction!(tri, m)?)?;
    Ok(())
}
