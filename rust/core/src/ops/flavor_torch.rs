//! PyTorch's float32 CPU kernels (ATen, AVX2 build on an AVX2+FMA machine), for the torch dialect.
//!
//! What ATen does, checked bit for bit against torch 2.15 on this CPU:
//! - `sigmoid` is a `cpu_kernel_vec` loop: whole blocks of 2 x 8 floats through the vector lambda
//!   `(1 + exp(0 - x)).reciprocal()` with SLEEF's `expf` (u10, FMA build), the leftover
//!   elements of each thread's range through the scalar lambda `1 / (1 + std::exp(-x))`
//!   (the C library's expf). Ranges above `GRAIN` elements are split over the intra-op threads.
//! - `tanh`, `exp`, `log`, `sin`, `cos` go through `vml::v<op>`, which this build maps to MKL's
//!   VML (`vmsTanh` ... with VML_HA): MKL's own high-accuracy algorithms (< 0.8 ulp, not
//!   correctly rounded). Their code is not public, so `tanh` here is the correctly rounded value,
//!   which agrees with MKL on all but ~0.1% of inputs (the C library's tanhf differs on ~10%).
//! - `tanh_backward` is `g * (1 - y*y)` with the inner `1 - y*y` contracted to one FMA (both the
//!   vector and the scalar lambda); `sigmoid_backward` is `(g * (1 - y)) * y`.
use crate::autograd::is_grad_enabled;
use crate::dtype::DType;
use crate::error::Result;
use crate::tensor::Tensor;

/// ATen's `at::internal::GRAIN_SIZE`: element loops smaller than this run on one thread.
const GRAIN: usize = 32768;
/// Elements per `cpu_kernel_vec` step: two AVX2 float vectors.
const STEP: usize = 16;

const R_LN2F: f32 = 1.442695040888963407359924681001892137426645954152985934135449406931_f32;
const L2UF: f32 = 0.693145751953125_f32;
const L2LF: f32 = 1.428606765330187045e-06_f32;

/// cvtps2dq: round half to even; NaN and out-of-range values give i32::MIN.
#[inline(always)]
fn cvt_i32(v: f32) -> i32 {
    let r = v.round_ties_even();
    if r.is_nan() || r >= 2147483648.0 || r < -2147483648.0 {
        i32::MIN
    } else {
        r as i32
    }
}

/// 2**q built from the exponent bits, as SLEEF's vpow2i does (no range checks).
#[inline(always)]
fn pow2i(q: i32) -> f32 {
    f32::from_bits((q.wrapping_add(0x7f) as u32).wrapping_shl(23))
}

/// SLEEF's single-precision exp, 1.0-ulp variant, as compiled with FMA (each multiply-add is one
/// fused operation). Written from the published algorithm: Cody-Waite reduction by ln 2 in two
/// parts, a degree-6 polynomial, scaling by two half powers of two.
#[inline(always)]
pub fn sleef_expf_u10(d: f32) -> f32 {
    let q = cvt_i32(d * R_LN2F);
    let qf = q as f32;
    let s = qf.mul_add(-L2UF, d);
    let s = qf.mul_add(-L2LF, s);
    let mut u = 0.000198527617612853646278381_f64 as f32;
    u = u.mul_add(s, 0.00139304355252534151077271_f64 as f32);
    u = u.mul_add(s, 0.00833336077630519866943359_f64 as f32);
    u = u.mul_add(s, 0.0416664853692054748535156_f64 as f32);
    u = u.mul_add(s, 0.166666671633720397949219_f64 as f32);
    u = u.mul_add(s, 0.5);
    u = 1.0 + (s * s).mul_add(u, s);
    let h = q >> 1;
    u = (u * pow2i(h)) * pow2i(q.wrapping_sub(h));
    if d < -104.0 {
        u = 0.0;
    }
    if 100.0 < d {
        u = f32::INFINITY;
    }
    u
}

#[inline(always)]
fn sigmoid_vec(x: f32) -> f32 {
    1.0 / (1.0 + sleef_expf_u10(0.0 - x))
}

#[inline(always)]
fn sigmoid_scalar(x: f32) -> f32 {
    1.0 / (1.0 + (-x).exp())
}

/// The ranges `at::parallel_for(0, n, GRAIN, ...)` hands to the threads (OpenMP build).
fn thread_ranges(n: usize) -> Vec<(usize, usize)> {
    if n < GRAIN {
        return vec![(0, n)];
    }
    // torch's intra-op thread count (torch.set_num_threads)
    let threads = crate::par::threads();
    if threads <= 1 {
        return vec![(0, n)];
    }
    let nt = threads.min(n.div_ceil(GRAIN));
    let chunk = n.div_ceil(nt);
    (0..nt).map(|t| (t * chunk, ((t + 1) * chunk).min(n))).filter(|(b, e)| b < e).collect()
}

/// `cpu_kernel_vec` over a contiguous slice: per thread range, blocks of STEP through `vec`, the
/// rest through `scalar`.
fn kernel_vec(x: &[f32], vec: impl Fn(f32) -> f32, scalar: impl Fn(f32) -> f32) -> Vec<f32> {
    let mut out = Vec::with_capacity(x.len());
    for (b, e) in thread_ranges(x.len()) {
        let k = b + ((e - b) / STEP) * STEP;
        out.extend(x[b..k].iter().map(|&v| vec(v)));
        out.extend(x[k..e].iter().map(|&v| scalar(v)));
    }
    out
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "fma")]
unsafe fn sigmoid_fma(x: &[f32]) -> Vec<f32> {
    kernel_vec(x, sigmoid_vec, sigmoid_scalar)
}

fn sigmoid_torch(x: &[f32]) -> Vec<f32> {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("fma") {
            return unsafe { sigmoid_fma(x) };
        }
    }
    kernel_vec(x, sigmoid_vec, sigmoid_scalar)
}

/// tanh rounded once from double precision (see the module note on MKL).
fn tanh_torch(x: &[f32]) -> Vec<f32> {
    x.iter().map(|&v| (v as f64).tanh() as f32).collect()
}

/// The float32 torch kernel `name` ("sigmoid_torch", "tanh_torch") over a contiguous slice.
pub fn kernel(name: &str, x: &[f32]) -> Option<Vec<f32>> {
    Some(match name {
        "sigmoid_torch" => sigmoid_torch(x),
        "tanh_torch" => tanh_torch(x),
        _ => return None,
    })
}

/// The values of kernel `name` over `t` (float32) in row-major order, computed in the order
/// ATen's TensorIterator visits them: a dense tensor with permuted strides (a transposed view)
/// is walked in storage order, so the vector blocks and scalar tails fall where torch's do.
pub fn values(t: &Tensor, name: &str) -> Vec<f32> {
    let l = t.layout();
    if !t.is_contiguous() && t.numel() > 1 {
        let mut dims: Vec<usize> = (0..l.shape.len()).filter(|&d| l.shape[d] > 1).collect();
        dims.sort_by_key(|&d| std::cmp::Reverse(l.strides[d]));
        let mut expect = 1isize;
        let dense = dims.iter().rev().all(|&d| {
            let ok = l.strides[d] == expect;
            expect *= l.shape[d] as isize;
            ok
        });
        if dense {
            let n = t.numel();
            let res = {
                let g = t.read();
                match &*g {
                    crate::storage::Storage::F32(v) => kernel(name, &v[l.offset..l.offset + n]),
                    _ => None,
                }
            };
            if let Some(r) = res {
                let mut out = Vec::with_capacity(n);
                let nd = l.shape.len();
                let mut idx = vec![0usize; nd];
                for _ in 0..n {
                    let pos: isize = (0..nd).map(|d| idx[d] as isize * l.strides[d]).sum();
                    out.push(r[pos as usize]);
                    for d in (0..nd).rev() {
                        idx[d] += 1;
                        if idx[d] < l.shape[d] {
                            break;
                        }
                        idx[d] = 0;
                    }
                }
                return out;
            }
        }
    }
    t.with_contiguous(|x: &[f32]| kernel(name, x).unwrap())
}

/// torch's `tanh_backward(g, y)`: g * fma(-y, y, 1). Recorded (create_graph): the differentiable
/// g * (1 - y*y), whose inner product rounds separately.
pub fn tanh_backward(g: &Tensor, y: &Tensor) -> Result<Tensor> {
    if !is_grad_enabled() && g.dtype() == DType::F32 && y.dtype() == DType::F32 && g.shape() == y.shape() {
        let yv = y.with_contiguous(|a: &[f32]| a.to_vec());
        let v: Vec<f32> =
            g.with_contiguous(|a: &[f32]| a.iter().zip(&yv).map(|(&gi, &yi)| gi * (-yi).mul_add(yi, 1.0)).collect());
        return Ok(Tensor::from_vec(v, g.shape()));
    }
    let d = Tensor::scalar(1.0, y.dtype()).sub(&y.mul(y)?)?;
    if y.dtype() == DType::F32 {
        // differentiable 1 - y*y carrying the fused value: d + (fma(-y, y, 1) - d), the
        // correction exact (the two roundings of 1 - y*y are neighbours, Sterbenz)
        let fused = y.with_contiguous(|a: &[f32]| a.iter().map(|&yi| (-yi).mul_add(yi, 1.0)).collect::<Vec<f32>>());
        let fused = Tensor::from_vec(fused, y.shape());
        let d = d.add(&fused.sub(&d.detach())?)?;
        return g.mul(&d);
    }
    g.mul(&d)
}

/// torch's `sigmoid_backward(g, y)`: (g * (1 - y)) * y.
pub fn sigmoid_backward(g: &Tensor, y: &Tensor) -> Result<Tensor> {
    if !is_grad_enabled() && g.dtype() == DType::F32 && y.dtype() == DType::F32 && g.shape() == y.shape() {
        let yv = y.with_contiguous(|a: &[f32]| a.to_vec());
        let v: Vec<f32> =
            g.with_contiguous(|a: &[f32]| a.iter().zip(&yv).map(|(&gi, &yi)| (gi * (1.0 - yi)) * yi).collect());
        return Ok(Tensor::from_vec(v, g.shape()));
    }
    g.mul(&Tensor::scalar(1.0, y.dtype()).sub(y)?)?.mul(y)
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn sleef_exp_is_close() {
        for i in -2000..2000 {
            let x = i as f32 * 0.043;
            let e = sleef_expf_u10(x) as f64;
            let want = (x as f64).exp();
            assert!((e - want).abs() <= 2e-7 * want, "{} {} {}", x, e, want);
        }
        assert_eq!(sleef_expf_u10(-105.0), 0.0);
        assert_eq!(sleef_expf_u10(101.0), f32::INFINITY);
        assert!(sleef_expf_u10(f32::NAN).is_nan());
        assert_eq!(thread_ranges(10), vec![(0, 10)]);
    }
}
