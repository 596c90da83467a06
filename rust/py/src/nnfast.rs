//! Fused training paths for `torch.nn.functional` and `torch.optim` (issue 6): `linear` as one
//! addmm node and the optimizer's in-place fused multiply-add (nll_loss: lib.rs, ops/torch_nll.rs). Each
//! returns None when its fast path does not apply; the Python caller then takes the general one.
use crate::errors::IntoPyResult;
use crate::tensor::PyTensor;
use ferrograd_core::Tensor;
use pyo3::prelude::*;

/// `F.linear(input, weight, bias)` for a 2-D input and a bias: addmm(bias, input, weight.t()).
#[pyfunction]
fn linear_addmm(input: PyRef<'_, PyTensor>, weight: PyRef<'_, PyTensor>, bias: PyRef<'_, PyTensor>) -> PyResult<Option<PyTensor>> {
    let (x, w, b) = (&input.t, &weight.t, &bias.t);
    if x.ndim() != 2 || w.ndim() != 2 || x.dtype() != w.dtype() || b.dtype() != w.dtype() || x.shape()[1] != w.shape()[1] {
        return Ok(None);
    }
    let wt = w.t().py()?;
    let out = Tensor::addmm(b, x, &wt).py()?;
    Ok(Some(input.wrap(out)))
}

/// `dst += alpha * src` in place with one rounding (optimizers); False when not applicable.
#[pyfunction]
fn axpy_(dst: PyRef<'_, PyTensor>, src: PyRef<'_, PyTensor>, alpha: f64) -> bool {
    dst.t.axpy_(&src.t, alpha)
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(linear_addmm, m)?)?;
    m.add_function(wrap_pyfunction!(axpy_, m)?)?;
    Ok(())
}
