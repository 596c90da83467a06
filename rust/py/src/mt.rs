//! `_core.MT19937`: torch's CPU mt19937 engine (ferrograd_core::mt19937), the same words and
//! state layout as numpy's `MT19937` bit generator, plus in-place fills (uniform_ here; normal_,
//! bernoulli_, random_ and randperm in ferrograd_core::torch_normal).
use crate::tensor::PyTensor;
use ferrograd_core::mt19937::{self, Mt19937, N};
use ferrograd_core::torch_normal as tn;
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
    /// normal_(mean, std) in place of a contiguous float32/float64 tensor (torch's transformation);
    /// returns (done, the generator's cached double normal); draws nothing for other tensors.
    #[pyo3(signature = (t, mean, std, cache=None))]
    fn normal_(&self, t: &Bound<'_, PyTensor>, mean: f64, std: f64, mut cache: Option<f64>) -> (bool, Option<f64>) {
        (tn::normal_(&mut self.g(), &t.get().t, mean, std, &mut cache), cache)
    }
    /// n values of normal_(mean, std) as a float32/float64 array, and the new cached normal.
    #[pyo3(signature = (n, mean, std, is_double, cache=None))]
    fn normal<'py>(&self, py: Python<'py>, n: usize, mean: f64, std: f64, is_double: bool, mut cache: Option<f64>)
        -> (Bound<'py, PyAny>, Option<f64>) {
        let mut g = self.g();
        let a = if is_double {
            let mut v = vec![0f64; n];
            tn::normal_f64(&mut g, &mut v, mean, std, &mut cache);
            v.into_pyarray(py).into_any()
        } else {
            let mut v = vec![0f32; n];
            tn::normal_f32(&mut g, &mut v, mean, std, &mut cache);
            v.into_pyarray(py).into_any()
        };
        (a, cache)
    }
    /// bernoulli_(p) in place of a contiguous tensor; False (nothing drawn) otherwise.
    fn bernoulli_(&self, t: &Bound<'_, PyTensor>, p: f64) -> bool {
        tn::bernoulli_(&mut self.g(), &t.get().t, p)
    }
    /// bernoulli(p_tensor) into a contiguous tensor t of p's size: 1 done, 0 not handled, -1 p outside [0, 1].
    fn bernoulli_p(&self, t: &Bound<'_, PyTensor>, p: &Bound<'_, PyTensor>) -> i32 {
        tn::bernoulli_p(&mut self.g(), &t.get().t, &p.get().t)
    }
    /// random_(low, high) in place of a contiguous int64/int32/float32/float64 tensor; False otherwise.
    fn randint_(&self, t: &Bound<'_, PyTensor>, low: i64, high: i64) -> bool {
        tn::randint_(&mut self.g(), &t.get().t, low, high)
    }
    /// torch.randperm(n) as int64 values.
    fn randperm<'py>(&self, py: Python<'py>, n: usize) -> Bound<'py, PyArray1<i64>> {
        tn::randperm(&mut self.g(), n).into_pyarray(py)
    }
}
