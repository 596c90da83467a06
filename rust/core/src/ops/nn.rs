//! Numerically stable softmax and log_softmax along a dim, with rules in differentiable ops.
use crate::autograd::{Backward, Ctx};
use crate::error::Result;
use crate::layout::wrap_dim;
use crate::storage::{Elem, Float, Num};
use crate::tensor::Tensor;
use crate::{with_compute_float_dtype, with_float_dtype};

impl Tensor {
    fn softmax_impl(&self, dim: isize, log: bool) -> Result<Tensor> {
        let nd = self.ndim();
        let d = wrap_dim(dim, nd)?;
        // half types compute in float32 and round the result once
        let x = self.to_dtype_nograd(self.dtype().to_float().compute());
        // move `dim` last, compute row-wise, move back
        let (xt, back) = if nd == 0 || d == nd - 1 {
            (x.clone(), None)
        } else {
            let mut perm: Vec<usize> = (0..nd).filter(|&i| i != d).collect();
            perm.push(d);
            let mut inv = vec![0; nd];
            for (i, &p) in perm.iter().enumerate() {
                inv[p] = i;
            }
            (x.detach().permute(&perm)?, Some(inv))
        };
        let r = if nd == 0 { 1 } else { self.shape()[d] };
        let out = with_float_dtype!(x.dtype(), T, xt.with_contiguous(|v: &[T]| {
            let out = softmax_rows(v.len(), r, &|st, o| {
                for (row, o) in v[st..st + o.len()].chunks(r).zip(o.chunks_mut(r)) {
                    softmax_row(row, o, log);
                }
            });
            Tensor::from_vec(out, xt.shape())
        }));
        let out = match back {
            Some(inv) => out.permute(&inv)?.contiguous_copy(),
            None => out,
        };
        let out = out.to_dtype_nograd(self.dtype().to_float());
        let name = if log { "LogSoftmaxBackward0" } else { "SoftmaxBackward0" };
        Ok(Tensor::record(out, name, &[self], |o| Box::new(SoftmaxRule { dim: d, log, out: o.clone() })))
    }
    pub fn softmax(&self, dim: isize) -> Result<Tensor> {
        self.softmax_impl(dim, false)
    }
    pub fn log_softmax(&self, dim: isize) -> Result<Tensor> {
        self.softmax_impl(dim, true)
    }
}

/// Softmax work above this many elements is split between threads (exp costs ~20x an add).
const SOFTMAX_PAR_MIN: usize = 1 << 14;
const SOFTMAX_CHUNK: usize = 1 << 12;

/// An output of `n` elements in rows of `r`, written by `f(start, chunk)` over chunks of whole
/// rows: split between threads from fewer elements than memory-bound kernels (exp dominates).
fn softmax_rows<T: Elem>(n: usize, r: usize, f: &(dyn Fn(usize, &mut [T]) + Sync)) -> Vec<T> {
    let mut out = crate::bufcache::vec_with_capacity::<T>(n);
    if r == 0 {
        return out;
    }
    // Safety: the chunks cover all n elements and `f` writes every element of its chunk.
    unsafe { out.set_len(n) };
    if n >= SOFTMAX_PAR_MIN && n > r {
        crate::par::chunks_mut(&mut out, (SOFTMAX_CHUNK / r).max(1) * r, f);
    } else {
        f(0, &mut out);
    }
    out
}

/// One row of (log_)softmax: shifted by the row's max (0 when the max is infinite).
fn softmax_row<T: Float>(row: &[T], o: &mut [T], log: bool) {
    let m = row.iter().copied().fold(T::from_f64(f64::NEG_INFINITY), |a, b| if b > a { b } else { a });
    let m = if m.to_f64().is_infinite() { T::ZERO } else { m };
    let mut s = T::ZERO;
    for (o, &x) in o.iter_mut().zip(row) {
        let e = (x - m).exp();
        *o = e;
        s = s + e;
    }
    if log {
        let ls = s.ln();
        for (o, &x) in o.iter_mut().zip(row) {
            *o = x - m - ls;
        }
    } else {
        for o in o.iter_mut() {
            *o = *o / s;
        }
    }
}

struct SoftmaxRule {
    dim: usize,
    log: bool,
    out: Tensor,
}
impl Backward for SoftmaxRule {
    fn saves_input(&self, _i: usize) -> bool {
        false
    }
    fn saves_output(&self) -> bool {
        true
    }
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        if let Some(gi) = softmax_backward_fused(g, &self.out, self.dim, self.log, cx.create_graph) {
            return Ok(vec![Some(gi)]);
        }
        let out = cx.output(&self.out);
        let d = [self.dim as isize];
        let dims = if out.ndim() == 0 { None } else { Some(&d[..]) };
        let gi = if self.log {
            // g - exp(out) * sum(g)
            g.sub(&out.exp()?.mul(&g.sum(dims, true)?)?)?
        } else {
            // out * (g - sum(g * out))
            out.mul(&g.sub(&g.mul(&out)?.sum(dims, true)?)?)?
        };
        Ok(vec![Some(gi)])
    }
}

/// The first-order (log_)softmax gradient over the last dim in one pass per row, with the
/// composite rule's operations in its order (bit-identical to it). None where the composite
/// runs: create_graph (it must record), 1-D inputs, other dims or dtypes, mismatched shapes.
fn softmax_backward_fused(g: &Tensor, out: &Tensor, dim: usize, log: bool, create_graph: bool) -> Option<Tensor> {
    let dt = out.dtype();
    let nd = out.ndim();
    if create_graph || nd < 2 || dim != nd - 1 || g.dtype() != dt || g.shape() != out.shape()
        || !matches!(dt, DType::F32 | DType::F64) {
        return None;
    }
    let r = out.shape()[dim];
    let t = with_compute_float_dtype!(dt, T, g.with_contiguous(|gv: &[T]| out.with_contiguous(|ov: &[T]| {
        let res = softmax_rows(gv.len(), r, &|st, o| {
            let mut q: Vec<T> = Vec::new();
            for ((gr, or), o) in gv[st..st + o.len()].chunks(r).zip(ov[st..].chunks(r)).zip(o.chunks_mut(r)) {
                if log {
                    // g - exp(out) * sum(g)
                    let s = T::from_f64(super::reduce::sum_slice(gr));
                    for ((o, &g), &y) in o.iter_mut().zip(gr).zip(or) {
                        *o = g - y.exp() * s;
                    }
                } else {
                    // out * (g - sum(g * out))
                    q.clear();
                    q.extend(gr.iter().zip(or).map(|(&g, &y)| g * y));
                    let s = T::from_f64(super::reduce::sum_slice(&q));
                    for ((o, &g), &y) in o.iter_mut().zip(gr).zip(or) {
                        *o = y * (g - s);
                    }
                }
            }
        });
        Tensor::from_vec(res, out.shape())
    })));
    Some(t)
}

// ---------------------------------------------------------------- fused training kernels
// ReLU's backward from the saved output, NLL loss as one node and the optimizer's in-place
// `p += alpha * g`: one pass each instead of chains of small elementwise ops. Derivative rules
// stay in differentiable ops so that create_graph works through them.

use crate::autograd::GradModeGuard;
use crate::dtype::DType;
use super::kernels::{map2, CHUNK, PAR_MIN};

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn axpy_f32_fma(d: &mut [f32], s: &[f32], a: f32) {
    for (x, &y) in d.iter_mut().zip(s) {
        *x = y.mul_add(a, *x);
    }
}
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
unsafe fn axpy_f64_fma(d: &mut [f64], s: &[f64], a: f64) {
    for (x, &y) in d.iter_mut().zip(s) {
        *x = y.mul_add(a, *x);
    }
}
/// `d += a * s` with one rounding per element (torch's vectorised add-with-alpha is an fmadd).
fn axpy_f32(d: &mut [f32], s: &[f32], a: f32) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("fma") && std::arch::is_x86_feature_detected!("avx2") {
            return unsafe { axpy_f32_fma(d, s, a) };
        }
    }
    for (x, &y) in d.iter_mut().zip(s) {
        *x = y.mul_add(a, *x);
    }
}
fn axpy_f64(d: &mut [f64], s: &[f64], a: f64) {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("fma") && std::arch::is_x86_feature_detected!("avx2") {
            return unsafe { axpy_f64_fma(d, s, a) };
        }
    }
    for (x, &y) in d.iter_mut().zip(s) {
        *x = y.mul_add(a, *x);
    }
}

impl Tensor {
    /// In place `self += alpha * src` with a fused multiply-add, ignoring autograd (optimizer
    /// updates). float32 rounds `alpha` to float32 first, as torch's kernel does. Returns false
    /// (nothing done) unless both are contiguous float32/float64 of one dtype and shape in
    /// different storages; the caller then takes its general path.
    pub fn axpy_(&self, src: &Tensor, alpha: f64) -> bool {
        let dt = self.dtype();
        if !(dt == DType::F32 || dt == DType::F64)
            || src.dtype() != dt
            || self.shape() != src.shape()
            || !self.is_contiguous()
            || !src.is_contiguous()
            || self.same_storage(src)
        {
            return false;
        }
        let n = self.numel();
        let (od, os) = (self.layout().offset, src.layout().offset);
        let ss = src.read();
        let mut sd = self.write();
        macro_rules! run {
            ($T:ty, $f:ident, $a:expr) => {{
                let s = &<$T as Elem>::slice(&ss)[os..os + n];
                let d = &mut <$T as Elem>::slice_mut(&mut sd)[od..od + n];
                if n >= PAR_MIN {
                    crate::par::chunks_mut(d, CHUNK, &|st, d| $f(d, &s[st..st + d.len()], $a));
                } else {
                    $f(d, s, $a);
                }
            }};
        }
        if dt == DType::F32 {
            run!(f32, axpy_f32, alpha as f32)
        } else {
            run!(f64, axpy_f64, alpha)
        }
        true
    }

    /// ReLU's gradient from its saved output: `g` where `out > 0`, else 0 (torch's
    /// `threshold_backward(grad, result, 0)`, node ThresholdBackwardBackward0).
    pub fn relu_backward(g: &Tensor, out: &Tensor) -> Result<Tensor> {
        let dt = g.dtype();
        let r = if dt.is_float() && !dt.is_half() && out.dtype() == dt && g.shape() == out.shape() {
            crate::with_compute_float_dtype!(dt, T, map2(g, out, g.shape(), |x: T, o: T| if o > T::ZERO { x } else { T::ZERO }))
        } else {
            let _ng = GradModeGuard::new(false);
            let mask = out.compare(&Tensor::scalar(0.0, out.dtype()), super::binary::CmpOp::Gt)?;
            g.where_(&mask, &Tensor::scalar(0.0, dt))?
        };
        Ok(Tensor::record(r, "ThresholdBackwardBackward0", &[g], |_| {
            Box::new(ReluBackwardRule { out: out.detach() })
        }))
    }

}

struct ReluBackwardRule {
    out: Tensor,
}
impl Backward for ReluBackwardRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        // linear in the incoming gradient; the mask is piecewise constant (zero derivative)
        Ok(vec![Some(Tensor::relu_backward(g, &self.out)?)])
    }
    fn saves_input(&self, _i: usize) -> bool {
        false
    }
}

