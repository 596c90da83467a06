//! `_core.tf_random`: TensorFlow's seeded Philox sampling (see ferrograd_core::philox).
use crate::tensor::PyTensor;
use ferrograd_core::philox::{tf_fill, TfDist};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

/// tf_random(kind, seed, seed2, offset, shape, lo=0, range=1, tag=2): kind is one of
/// "uniform_f32", "normal_f32", "uniform_f64", "normal_f64", "int32", "int64".
#[pyfunction]
#[pyo3(signature = (kind, seed, seed2, offset, shape, lo=0, range=1, tag=2))]
pub fn tf_random(kind: &str, seed: u64, seed2: u64, offset: u64, shape: Vec<usize>, lo: i64, range: u64, tag: u8) -> PyResult<PyTensor> {
    let dist = match kind {
        "uniform_f32" => TfDist::UniformF32,
        "normal_f32" => TfDist::NormalF32,
        "uniform_f64" => TfDist::UniformF64,
        "normal_f64" => TfDist::NormalF64,
        "truncnormal_f32" => TfDist::TruncNormalF32,
        "truncnormal_f64" => TfDist::TruncNormalF64,
        "int32" | "int64" if range == 0 => return Err(PyValueError::new_err("tf_random: empty integer range")),
        "int32" => TfDist::IntI32 { lo, range },
        "int64" => TfDist::IntI64 { lo, range },
        _ => return Err(PyValueError::new_err(format!("tf_random: unknown kind {kind}"))),
    };
    let n = shape.iter().product();
    Ok(PyTensor { t: tf_fill(dist, seed, seed2, offset, n, &shape), tag })
}

/// ms_init_random(kind, seed, shape, a=0, b=1, mean=0, sigma=1, tag=1): MindSpore's initializer
/// generator (`_random_uniform` / `_random_normal` / `_truncated_normal`), kind "uniform", "normal"
/// or "truncated_normal"; float32 result.
#[pyfunction]
#[pyo3(signature = (kind, seed, shape, a=0.0, b=1.0, mean=0.0, sigma=1.0, tag=1))]
pub fn ms_init_random(kind: &str, seed: u64, shape: Vec<usize>, a: f32, b: f32, mean: f32, sigma: f32, tag: u8) -> PyResult<PyTensor> {
    use ferrograd_core::philox::ms_init::{fill, MsInit};
    let dist = match kind {
        "uniform" => MsInit::Uniform { a, b },
        "normal" => MsInit::Normal { mean, sigma },
        "truncated_normal" if !(sigma > 0.0) => {
            return Err(PyValueError::new_err(format!("TruncatedNormal: invalid sigma {sigma}.")))
        }
        "truncated_normal" => MsInit::TruncNormal { a, b, mean, sigma },
        _ => return Err(PyValueError::new_err(format!("ms_init_random: unknown kind {kind}"))),
    };
    let n = shape.iter().product();
    Ok(PyTensor { t: ferrograd_core::tensor::Tensor::from_vec(fill(dist, seed, n), &shape), tag })
}
