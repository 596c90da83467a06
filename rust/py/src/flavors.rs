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

/// TensorFlow's CPU MatMul(transpose_a, transpose_b) float32 arithmetic and `_MatMulGrad`
/// (ferrograd-core `ops::flavor_tf_matmul`): `_core.tf_matmul(x, w, ta, tb)`;
/// `contraction=True`: `_FusedMatMul`'s forward (Eigen contraction even for one row/column).
#[pyfunction]
#[pyo3(signature = (x, w, transpose_a=false, transpose_b=false, contraction=false))]
pub fn tf_matmul(x: PyRef<'_, PyTensor>, w: PyRef<'_, PyTensor>, transpose_a: bool, transpose_b: bool, contraction: bool) -> PyResult<PyTensor> {
    Ok(x.wrap(x.t.tf_matmul_with(&w.t, transpose_a, transpose_b, contraction).py()?))
}

/// MindSpore's fused softmax cross-entropy CPU kernels (ferrograd-core `ops::flavor_ms_nn`):
/// `ms_sparse_sce(logits, labels, is_grad)` (SparseSoftmaxCrossEntropyWithLogits) and
/// `ms_sce(logits, labels) -> (loss, backprop)` (SoftmaxCrossEntropyWithLogits).
#[pyfunction]
#[pyo3(signature = (logits, labels, is_grad=false))]
pub fn ms_sparse_sce(logits: PyRef<'_, PyTensor>, labels: PyRef<'_, PyTensor>, is_grad: bool) -> PyResult<PyTensor> {
    let l: Vec<i64> = labels.t.to_dtype_nograd(ferrograd_core::DType::I64).to_vec();
    let t = if is_grad { logits.t.ms_sparse_sce_grad_op(&l) } else { logits.t.ms_sparse_sce(&l) };
    Ok(logits.wrap(t.py()?))
}

#[pyfunction]
pub fn ms_sce(logits: PyRef<'_, PyTensor>, labels: PyRef<'_, PyTensor>) -> PyResult<(PyTensor, PyTensor)> {
    let (loss, back) = logits.t.ms_dense_sce(&labels.t).py()?;
    Ok((logits.wrap(loss), logits.wrap(back)))
}

/// Forgets the launch history of MindSpore's CPU Log kernel (its thread split search), as in a
/// fresh MindSpore process.
#[pyfunction]
pub fn ms_log_reset() {
    ferrograd_core::ops::flavors::ms_log_reset()
}
