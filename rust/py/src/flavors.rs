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
