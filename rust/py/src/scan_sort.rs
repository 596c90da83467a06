//! Module functions for the scan, sort, triangle and one-hot kernels (rust/core/src/ops/{scan,sort,tri,one_hot}.rs); the
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

/// `cum_ext_indices(x, dim, max)`: the indices of cummax (max True) / cummin.
#[pyfunction]
fn cum_ext_indices(x: PyRef<'_, PyTensor>, dim: isize, max: bool) -> PyResult<PyTensor> {
    let r = x.t.cum_ext_indices(dim, max).py()?;
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

/// `one_hot(x, num_classes)`: torch.nn.functional.one_hot (int64, torch's errors).
#[pyfunction]
fn one_hot(x: PyRef<'_, PyTensor>, num_classes: i64) -> PyResult<PyTensor> {
    let r = x.t.one_hot(num_classes).py()?;
    Ok(x.wrap(r))
}

/// `one_hot_mask(indices, depth)`: bool one-hot of integer indices, out-of-range rows false.
#[pyfunction]
fn one_hot_mask(x: PyRef<'_, PyTensor>, depth: usize) -> PyResult<PyTensor> {
    let r = x.t.one_hot_mask(depth).py()?;
    Ok(x.wrap(r))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(cumsum, m)?)?;
    m.add_function(wrap_pyfunction!(argsort, m)?)?;
    m.add_function(wrap_pyfunction!(cum_ext_indices, m)?)?;
    m.add_function(wrap_pyfunction!(tri, m)?)?;
    m.add_function(wrap_pyfunction!(one_hot, m)?)?;
    m.add_function(wrap_pyfunction!(one_hot_mask, m)?)?;
    Ok(())
}
