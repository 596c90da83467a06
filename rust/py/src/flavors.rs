//! Framework-specific float32 kernel flavours (TensorFlow's Eigen, MindSpore's nnacl) for the
//! dialects: `_core.unary_flavor(t, "sigmoid_eigen")`, `_core.sum_flavor(t, dims, keepdim, "eigen")`.
use crate::errors::IntoPyResult;
use crate::tensor::{dims_arg, PyTensor};
use pyo3::prelude::*;

#[pyfunction]
pub fn unary_flavor(t: PyRef<'_, PyTensor>, name: &str) -> PyResult<PyTensor> {
    Ok(t.wrap(t.t.unary_flavor(name).py()?))
}

#[pyfunction]
#[pyo3(signature = (t, dims, keepdim, flavor))]
pub fn sum_flavor(t: PyRef<'_, PyTensor>, dims: Option<&Bound<'_, PyAny>>, keepdim: bool, flavor: &str) -> PyResult<PyTensor> {
    let dims = dims_arg(dims)?;
    Ok(t.wrap(t.t.sum_flavor(dims.as_deref(), keepdim, flavor).py()?))
}

#[pyfunction]
pub fn softmax_flavor(t: PyRef<'_, PyTensor>, axis: isize, flavor: &str) -> PyResult<PyTensor> {
    Ok(t.wrap(t.t.softmax_flavor(axis, flavor).py()?))
}

/// MindSpore's CPU MatMul(transpose_a, transpose_b) float32 arithmetic (ferrograd-core
/// `ops::flavor_ms_matmul`): `_core.ms_matmul(x, w, ta, tb)`.
#[pyfunction]
#[pyo3(signature = (x, w, transpose_a=false, transpose_b=false))]
pub fn ms_matmul(x: PyRef<'_, PyTensor>, w: PyRef<'_, PyTensor>, transpose_a: bool, transpose_b: bool) -> PyResult<PyTensor> {
    Ok(x.wrap(x.t.ms_matmul(&w.t, transpose_a, transpose_b).py()?))
}

/// Sums broadcast gradients in MindSpore's float32 order on this thread while `on` (the
/// MindSpore dialect sets it around its backward passes); returns the previous setting.
#[pyfunction]
pub fn set_ms_backward(on: bool) -> bool {
    ferrograd_core::ops::flavor_ms_matmul::set_ms_backward(on)
}

/// `ops.matmul` (MatMulExt) of 2-D float32 tensors with MindSpore's CPU arithmetic and bprop.
#[pyfunction]
pub fn ms_matmul_ext(x: PyRef<'_, PyTensor>, w: PyRef<'_, PyTensor>) -> PyResult<PyTensor> {
    Ok(x.wrap(x.t.ms_matmul_ext(&w.t).py()?))
}
