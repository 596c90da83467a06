//! MindSpore 2.10's fused softmax cross-entropy CPU kernels on float32, bit for bit:
//! `SparseSoftmaxCrossEntropyWithLogits` (forward: the batch mean; `is_grad`: its gradient) and
//! `SoftmaxCrossEntropyWithLogits` (per-row loss and backprop). The sparse kernel takes nnacl's
//! `SoftmaxLastAxis` (AVX / SSE blocks with the polynomial exp, lane sums, scalar tail), then
//! glibc `logf`; the dense kernel is plain C++ (double `exp`, `logf`, sequential sums). Checked
//! against MindSpore on this machine element by element (tests/test_ms_numerics.py).
//! Derivative rules: MindSpore's bprops (grad kernel * dout; backprop * dout[..., None]); their
//! own derivatives are the softmax Jacobian written with differentiable ops.
use crate::autograd::{Backward, Ctx};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::tensor::Tensor;

/// nnacl's simd_exp{256,128,32}_f32 on one lane (MindSpore's build contracts every
/// multiply-add into an FMA): clamp, n = floor(x*log2e + 0.5), r = x - n*0.693147, a degree-5
/// Horner polynomial, times 2 * 2^(n-1).
#[inline(always)]
fn exp_lane(x: f32) -> f32 {
    let x = (-87.336_547_851_562_5f32).max(x.min(88.722_839_355_468_75f32));
    let integer = x.mul_add(1.442_695_040_888_963_41f32, 0.5).floor() as i32;
    let dec = (-(integer as f32)).mul_add(0.693147f32, x);
    let t = dec.mul_add(dec.mul_add(1.0f32 / 120.0, 1.0f32 / 24.0), 1.0f32 / 6.0);
    let t = dec.mul_add(dec.mul_add(t, 0.5), 1.0);
    let de = dec.mul_add(t, 1.0);
    let ie = f32::from_bits((integer.wrapping_add(126) as u32) << 23);
    2.0 * (de * ie)
}

/// nnacl SoftmaxLastAxis on one row: max, then exp(x - max) summed as 8-lane AVX partial sums
/// (added lane by lane into the total), one 4-lane SSE block, then the scalar tail; then one
/// reciprocal and a multiply per element.
fn softmax_row(src: &[f32], dst: &mut [f32]) {
    let c = src.len();
    let mut max = -f32::MAX;
    for &v in src {
        if v > max {
            max = v;
        }
    }
    let mut sum = 0.0f32;
    let mut i = 0;
    let mut lanes = [0.0f32; 8];
    while i + 8 <= c {
        for l in 0..8 {
            let e = exp_lane(src[i + l] - max);
            dst[i + l] = e;
            lanes[l] += e;
        }
        i += 8;
    }
    let mut h = lanes[0];
    for &l in &lanes[1..] {
        h += l;
    }
    sum += h;
    if c - i >= 4 {
        let mut h = 0.0f32;
        for l in 0..4 {
            let e = exp_lane(src[i + l] - max);
            dst[i + l] = e;
            h = if l == 0 { e } else { h + e };
        }
        sum += h;
        i += 4;
    }
    while i < c {
        let e = exp_lane(src[i] - max);
        sum += e;
        dst[i] = e;
        i += 1;
    }
    let inv = 1.0f32 / sum;
    for v in dst.iter_mut() {
        *v *= inv;
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "fma")]
unsafe fn softmax_rows_fma(x: &[f32], c: usize, out: &mut [f32]) {
    for (s, d) in x.chunks(c).zip(out.chunks_mut(c)) {
        softmax_row(s, d);
    }
}

/// nnacl SoftmaxLastAxis over the rows of a row-major [n, c] buffer.
pub fn softmax_last_axis(x: &[f32], c: usize) -> Vec<f32> {
    let mut out = vec![0.0f32; x.len()];
    if c == 0 {
        return out;
    }
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("fma") {
            unsafe { softmax_rows_fma(x, c, &mut out) };
            return out;
        }
    }
    for (s, d) in x.chunks(c).zip(out.chunks_mut(c)) {
        softmax_row(s, d);
    }
    out
}

/// SparseSoftmaxCrossEntropyWithLogits forward: -sum(logf(softmax[i, label_i])) in row order,
/// divided by the batch size (float32 division).
pub fn sparse_sce_loss(sm: &[f32], labels: &[usize], c: usize) -> f32 {
    let mut total = 0.0f32;
    for (i, &l) in labels.iter().enumerate() {
        total -= sm[i * c + l].ln();
    }
    total / labels.len() as f32
}

/// SparseSoftmaxCrossEntropyWithLogits(is_grad=True): (1/batch as float) * softmax, minus that
/// factor at each label.
pub fn sparse_sce_grad(sm: &[f32], labels: &[usize], c: usize) -> Vec<f32> {
    let b = (1.0f64 / labels.len() as f64) as f32;
    let mut out: Vec<f32> = sm.iter().map(|&v| b * v).collect();
    for (i, &l) in labels.iter().enumerate() {
        out[i * c + l] -= b;
    }
    out
}

/// SoftmaxCrossEntropyWithLogitsCpuKernelMod on one [n, c] batch: per row, the max, the double
/// `exp` of the shifted logits rounded to float and summed in order, `logf` of the sum, the loss
/// -sum(label * (shifted - logsum)) in order, and backprop = exp / sum - label.
pub fn dense_sce(x: &[f32], y: &[f32], c: usize) -> (Vec<f32>, Vec<f32>) {
    let n = if c == 0 { 0 } else { x.len() / c };
    let mut loss = vec![0.0f32; n];
    let mut back = vec![0.0f32; x.len()];
    let mut work = vec![0.0f32; c];
    for r in 0..n {
        let lg = &x[r * c..(r + 1) * c];
        let lb = &y[r * c..(r + 1) * c];
        let bp = &mut back[r * c..(r + 1) * c];
        let mut maxv = lg[0];
        for &v in lg {
            maxv = if maxv > v { maxv } else { v };
        }
        let mut sum = 0.0f32;
        for i in 0..c {
            bp[i] = lg[i] - maxv;
            work[i] = (bp[i] as f64).exp() as f32;
            sum += work[i];
        }
        let logit = sum.ln();
        let mut l = 0.0f32;
        for i in 0..c {
            l += lb[i] * (bp[i] - logit);
            let w = work[i] / sum;
            bp[i] = w - lb[i];
        }
        loss[r] = -l;
    }
    (loss, back)
}

fn check_2d(logits: &Tensor, op: &str) -> Result<(usize, usize)> {
    if logits.dtype() != DType::F32 {
        return Err(Error::type_(format!("For '{}', the type of 'logits' must be float32, but got {:?}.", op, logits.dtype())));
    }
    let s = logits.shape();
    if s.len() < 2 {
        return Err(Error::value(format!("For '{}', the dimension of 'logits' must be at least 2, but got {}.", op, s.len())));
    }
    let c = s[s.len() - 1];
    Ok((logits.numel() / c.max(1), c))
}

/// Derivative of `b * softmax(x)` (rows over the last axis) applied to `g`:
/// b * s * (g - sum(g * s, -1)), with s the differentiable softmax of `x`.
fn softmax_vjp(x: &Tensor, g: &Tensor, b: f64) -> Result<Tensor> {
    let s = x.softmax(-1)?;
    let gs = g.mul(&s)?;
    let t = gs.sum(Some(&[-1]), true)?;
    let r = gs.sub(&s.mul(&t)?)?;
    if b == 1.0 {
        Ok(r)
    } else {
        r.mul_scalar(b)
    }
}

struct SparseGradRule {
    x: Tensor,
    b: f64,
}

impl Backward for SparseGradRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        Ok(vec![Some(softmax_vjp(&self.x, g, self.b)?)])
    }
}

struct SparseLossRule {
    x: Tensor,
    labels: Vec<usize>,
}

impl Backward for SparseLossRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        // bprop: grad_op(logits, labels) * dout
        let grad = self.x.ms_sparse_sce_grad(&self.labels)?;
        Ok(vec![Some(grad.mul(g)?)])
    }
}

struct DenseBackpropRule {
    x: Tensor,
}

impl Backward for DenseBackpropRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let gx = if cx.needs[0] { Some(softmax_vjp(&self.x, g, 1.0)?) } else { None };
        let gy = if cx.needs.get(1).copied().unwrap_or(false) { Some(g.neg()?) } else { None };
        Ok(vec![gx, gy])
    }
}

struct DenseLossRule {
    back: Tensor,
}

impl Backward for DenseLossRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        // bprop: out[1] * expand_dims(dout[0], -1); labels get zeros
        Ok(vec![Some(self.back.mul(&g.unsqueeze(-1)?)?), None])
    }
}

impl Tensor {
    fn sparse_labels(&self, labels: &[i64], op: &str) -> Result<(usize, usize, Vec<usize>)> {
        let (n, c) = check_2d(self, op)?;
        if labels.len() != n {
            return Err(Error::value(format!(
                "For '{}', the shape of 'labels' must equal the shape of 'logits' except its last dimension, \
                 but got {} labels for logits of shape {:?}.", op, labels.len(), self.shape())));
        }
        let mut out = Vec::with_capacity(n);
        for (i, &l) in labels.iter().enumerate() {
            if l < 0 || l as usize >= c {
                return Err(Error::runtime(format!(
                    "For '{}' got error label! label[index] must be in [0, {}), but got index = {} label[index] = {}",
                    op, c, i, l)));
            }
            out.push(l as usize);
        }
        Ok((n, c, out))
    }

    /// `ops.SparseSoftmaxCrossEntropyWithLogits()(logits, labels)`: the scalar batch mean.
    pub fn ms_sparse_sce(&self, labels: &[i64]) -> Result<Tensor> {
        let (_, c, labels) = self.sparse_labels(labels, "SparseSoftmaxCrossEntropyWithLogits")?;
        let sm = self.with_contiguous(|x: &[f32]| softmax_last_axis(x, c));
        let out = Tensor::from_vec(vec![sparse_sce_loss(&sm, &labels, c)], &[]);
        Ok(Tensor::record(out, "SparseSoftmaxCrossEntropyWithLogits", &[self], |_| {
            Box::new(SparseLossRule { x: self.clone(), labels })
        }))
    }

    fn ms_sparse_sce_grad(&self, labels: &[usize]) -> Result<Tensor> {
        let c = *self.shape().last().unwrap_or(&1);
        let sm = self.with_contiguous(|x: &[f32]| softmax_last_axis(x, c));
        let out = Tensor::from_vec(sparse_sce_grad(&sm, labels, c), self.shape());
        let b = 1.0 / labels.len() as f64;
        Ok(Tensor::record(out, "SparseSoftmaxCrossEntropyWithLogitsGrad", &[self], |_| {
            Box::new(SparseGradRule { x: self.clone(), b })
        }))
    }

    /// `ops.SparseSoftmaxCrossEntropyWithLogits(is_grad=True)(logits, labels)`.
    pub fn ms_sparse_sce_grad_op(&self, labels: &[i64]) -> Result<Tensor> {
        let (_, _, labels) = self.sparse_labels(labels, "SparseSoftmaxCrossEntropyWithLogits")?;
        self.ms_sparse_sce_grad(&labels)
    }

    /// `ops.SoftmaxCrossEntropyWithLogits()(logits, labels)`: (loss [n], backprop [n, c]); the
    /// backprop output is returned detached (MindSpore's bprop ignores its gradient).
    pub fn ms_dense_sce(&self, labels: &Tensor) -> Result<(Tensor, Tensor)> {
        let op = "SoftmaxCrossEntropyWithLogits";
        let (n, c) = check_2d(self, op)?;
        if self.ndim() != 2 || labels.shape() != self.shape() {
            return Err(Error::value(format!(
                "For '{}', 'logits' and 'labels' must be 2-D with the same shape, but got {:?} and {:?}.",
                op, self.shape(), labels.shape())));
        }
        let y = labels.to_dtype_nograd(DType::F32);
        let yv = y.with_contiguous(|a: &[f32]| a.to_vec());
        let (loss, back) = self.with_contiguous(|x: &[f32]| dense_sce(x, &yv, c));
        let back = Tensor::from_vec(back, &[n, c]);
        let shown = back.clone();
        let back = Tensor::record(back, "SoftmaxCrossEntropyWithLogitsBackprop", &[self, labels], |_| {
            Box::new(DenseBackpropRule { x: self.clone() })
        });
        let loss = Tensor::from_vec(loss, &[n]);
        let loss = Tensor::record(loss, "SoftmaxCrossEntropyWithLogits", &[self, labels], |_| {
            Box::new(DenseLossRule { back })
        });
        Ok((loss, shown))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ms_sce_matches_reference_formulas() {
        let x: Vec<f32> = (0..30).map(|i| ((i * 7 % 11) as f32 - 5.0) * 0.37).collect();
        for c in [1usize, 3, 5, 10] {
            let n = x.len() / c;
            let sm = softmax_last_axis(&x[..n * c], c);
            for r in 0..n {
                let row = &x[r * c..(r + 1) * c];
                let m = row.iter().cloned().fold(f32::MIN, f32::max) as f64;
                let s: f64 = row.iter().map(|&v| (v as f64 - m).exp()).sum();
                for k in 0..c {
                    let want = (row[k] as f64 - m).exp() / s;
                    assert!((sm[r * c + k] as f64 - want).abs() < 1e-6, "{} {} {}", c, r, k);
                }
            }
            let labels: Vec<usize> = (0..n).map(|r| r % c).collect();
            let g = sparse_sce_grad(&sm, &labels, c);
            let b = 1.0 / n as f32;
            assert!((g[labels[0]] - (sm[labels[0]] * b - b)).abs() < 1e-7);
            let l = sparse_sce_loss(&sm, &labels, c);
            let want: f32 = labels.iter().enumerate().map(|(i, &k)| -sm[i * c + k].ln()).sum::<f32>() / n as f32;
            assert!((l - want).abs() < 1e-5);
            let y: Vec<f32> = (0..n * c).map(|i| if i % c == labels[i / c] { 1.0 } else { 0.0 }).collect();
            let (dl, db) = dense_sce(&x[..n * c], &y, c);
            for r in 0..n {
                assert!((dl[r] + sm[r * c + labels[r]].ln()).abs() < 1e-5);
                for k in 0..c {
                    assert!((db[r * c + k] - (sm[r * c + k] - y[r * c + k])).abs() < 1e-6);
                }
            }
        }
    }

    #[test]
    fn ms_sparse_sce_gradient_is_the_grad_kernel() {
        let x = Tensor::from_vec(vec![2.0f32, 1.0, 0.1, 0.5, 2.5, 0.3, 1.2, 0.2, 3.1], &[3, 3]);
        x.set_requires_grad(true).unwrap();
        let loss = x.ms_sparse_sce(&[0, 1, 1]).unwrap();
        let g = crate::autograd::run_backward(&[loss], vec![None], &[x.clone()], false, false, false, false).unwrap();
        let want = x.detach().ms_sparse_sce_grad_op(&[0, 1, 1]).unwrap().to_vec::<f32>();
        assert_eq!(g[0].as_ref().unwrap().to_vec::<f32>(), want);
        assert!(x.ms_sparse_sce(&[0, 3, 1]).is_err());
    }
}
