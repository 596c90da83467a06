//! The x86 RCPPS / RSQRTPS estimates that TF's Eigen fast-math reciprocal and rsqrt start from
//! (Eigen `preciprocal` / `prsqrt` on AVX: the estimate plus one Newton step, done in Python by
//! the TF dialect). Exact values off x86-64.
use pyo3::prelude::*;
use pyo3::types::PyBytes;

/// `x86_estimate(data, kind)`: float32 little-endian bytes in, the per-element estimates out
/// (`kind` 0: 1/x as RCPPS gives it, 1: 1/sqrt(x) as RSQRTPS gives it).
#[pyfunction]
pub fn x86_estimate<'py>(py: Python<'py>, data: &[u8], kind: u8) -> PyResult<Bound<'py, PyBytes>> {
    let n = data.len() / 4;
    let mut out = vec![0u8; n * 4];
    for i in 0..n {
        let v = f32::from_le_bytes([data[4 * i], data[4 * i + 1], data[4 * i + 2], data[4 * i + 3]]);
        out[4 * i..4 * i + 4].copy_from_slice(&estimate(v, kind).to_le_bytes());
    }
    Ok(PyBytes::new(py, &out))
}

#[cfg(target_arch = "x86_64")]
fn estimate(v: f32, kind: u8) -> f32 {
    use std::arch::x86_64::{_mm_cvtss_f32, _mm_rcp_ps, _mm_rsqrt_ps, _mm_set1_ps};
    // SAFETY: SSE is part of the x86-64 baseline.
    unsafe {
        let x = _mm_set1_ps(v);
        _mm_cvtss_f32(if kind == 0 { _mm_rcp_ps(x) } else { _mm_rsqrt_ps(x) })
    }
}

#[cfg(not(target_arch = "x86_64"))]
fn estimate(v: f32, kind: u8) -> f32 {
    if kind == 0 { 1.0 / v } else { 1.0 / v.sqrt() }
}
