//! `_core.MT19937`: torch's CPU mt19937 engine (ferrograd_core::mt19937), the same words and
//! state layout as numpy's `MT19937` bit generator, plus an in-place `uniform_` fill.
use crate::tensor::PyTensor;
use ferrograd_core::mt19937::{self, Mt19937, N};
use numpy::{IntoPyArray, PyArray1, PyReadonlyArray1};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use std::sync::Mutex;

#[pyclass(name = "MT19937", module = "ferrograd._core", frozen)]
pub struct PyMt(Mutex<Mt19937>);

impl PyMt {
    fn g(&self) -> std::sync::MutexGuard<'_, Mt19937> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[pymethods]
impl PyMt {
    /// MT19937(seed): numpy's `_legacy_seeding(seed)` for a 32-bit seed.
    #[new]
    fn new(seed: u32) -> Self {
        PyMt(Mutex::new(Mt19937::new(seed)))
    }
    /// The next n tempered 32-bit words as uint64 (numpy's `random_raw(n)`).
    fn random_raw<'py>(&self, py: Python<'py>, n: usize) -> Bound<'py, PyArray1<u64>> {
        let mut g = self.g();
        let v: Vec<u64> = (0..n).map(|_| g.next_u32() as u64).collect();
        v.into_pyarray(py)
    }
    /// (key as uint32[624], pos)
    fn get_state<'py>(&self, py: Python<'py>) -> (Bound<'py, PyArray1<u32>>, usize) {
        let g = self.g();
        (g.key.to_vec().into_pyarray(py), g.pos)
    }
    fn set_state(&self, key: PyReadonlyArray1<'_, u32>, pos: usize) -> PyResult<()> {
        let k = key.as_slice()?;
        if k.len() != N || pos > N {
            return Err(PyValueError::new_err("MT19937.set_state: key must have 624 words and pos <= 624"));
        }
        let mut g = self.g();
        g.key.copy_from_slice(k);
        g.pos = pos;
        Ok(())
    }
    /// Fills a contiguous float32/float64 tensor in place with uniform_(lo, hi) (torch's
    /// transformation); returns False, drawing nothing, for any other tensor.
    fn uniform_(&self, t: &Bound<'_, PyTensor>, lo: f64, hi: f64) -> bool {
        mt19937::uniform_(&mut self.g(), &t.get().t, lo, hi)
    }
}
