//! Scans along one dimension: cumsum (forward kernel and derivative rule) in torch's CPU
//! accumulation types (float32/float64 accumulate in float64, the half types in float32,
//! integers and bool in int64), and the indices of cummax/cummin.
use crate::autograd::{Backward, Ctx};
use crate::dtype::DType;
use crate::error::Result;
use crate::layout::wrap_dim;
use crate::storage::{bf16, f16};
use crate::tensor::Tensor;

/// Cumulative sums of the contiguous `x` viewed as [outer, n, inner], along n (from the end when
/// `reverse`), accumulated in `A` from `zero`: `add` is one step, `get` the stored value.
fn scan<T: Copy, A: Copy>(x: &[T], n: usize, inner: usize, reverse: bool, zero: A, add: impl Fn(A, T) -> A, get: impl Fn(A) -> T) -> Vec<T> {
    let mut out = x.to_vec();
    let mut acc = vec![zero; inner];
    for (xo, oo) in x.chunks_exact(n * inner).zip(out.chunks_exact_mut(n * inner)) {
        acc.fill(zero);
        for j in 0..n {
            let j = if reverse { n - 1 - j } else { j };
            let (xr, or) = (&xo[j * inner..(j + 1) * inner], &mut oo[j * inner..(j + 1) * inner]);
            for ((a, &v), o) in acc.iter_mut().zip(xr).zip(or) {
                *a = add(*a, v);
                *o = get(*a);
            }
        }
    }
    out
}

impl Tensor {
    /// `torch.cumsum(self, dim)` (from the end when `reverse`, the derivative's direction):
    /// floating results keep the dtype, integers and bool give int64. CumsumBackward0.
    pub fn cumsum(&self, dim: isize, reverse: bool) -> Result<Tensor> {
        let nd = self.ndim();
        let d = wrap_dim(dim, nd)?;
        let dt = if self.dtype().is_float() { self.dtype() } else { DType::I64 };
        let x = self.to_dtype_nograd(dt);
        let shape = self.shape().to_vec();
        let (n, inner) = if nd == 0 { (1, 1) } else { (shape[d], shape[d + 1..].iter().product()) };
        let out = if x.numel() == 0 {
            x.contiguous_copy()
        } else {
                        match dt {
                DType::F32 => Tensor::from_vec(scan(&x.to_vec::<f32>(), n, inner, reverse, 0f64, |a, y| a + y as f64, |a| a as f32), &shape),
                DType::F64 => Tensor::from_vec(scan(&x.to_vec::<f64>(), n, inner, reverse, 0f64, |a, y| a + y, |a| a), &shape),
                DType::F16 => Tensor::from_vec(scan(&x.to_vec::<f16>(), n, inner, reverse, 0f32, |a, y| a + y.to_f32(), f16::from_f32), &shape),
                DType::BF16 => Tensor::from_vec(scan(&x.to_vec::<bf16>(), n, inner, reverse, 0f32, |a, y| a + y.to_f32(), bf16::from_f32), &shape),
                _ => Tensor::from_vec(scan(&x.to_vec::<i64>(), n, inner, reverse, 0i64, i64::wrapping_add, |a| a), &shape),
            }
        };
        Ok(Tensor::record(out, "CumsumBackward0", &[self], |_| Box::new(CumsumRule { dim: d as isize, reverse })))
    }
}

/// Indices of the running max (or min) along n of the contiguous `x` viewed as [outer, n, inner],
/// torch's rule: a NaN always takes over, ties move to the later index.
fn cum_ext_lines(x: &[f64], n: usize, inner: usize, max: bool) -> Vec<i64> {
    let mut out = vec![0i64; x.len()];
    for (xo, oo) in x.chunks_exact(n * inner).zip(out.chunks_exact_mut(n * inner)) {
        for i in 0..inner {
            let (mut best, mut at) = (xo[i], 0i64);
            for j in 0..n {
                let v = xo[j * inner + i];
                if v.is_nan() || (!best.is_nan() && if max { v >= best } else { v <= best }) {
                    best = v;
                    at = j as i64;
                }
                oo[j * inner + i] = at;
            }
        }
    }
    out
}

impl Tensor {
    /// The index part of `cummax` / `cummin` along `dim` (int64, no grad; the values are a
    /// differentiable gather of them).
    pub fn cum_ext_indices(&self, dim: isize, max: bool) -> Result<Tensor> {
        super::sort::index_lines(self, dim, |n, inner| {
            // int64 beyond 2^53 would round in float64: compare their ranks instead
            let v: Vec<f64> = if self.dtype() == DType::I64 {
                let mut rank: Vec<(u64, usize)> =
                    self.to_vec::<i64>().into_iter().map(super::sort::int_key).zip(0..).collect();
                super::sort::sort_pairs(&mut rank);
                let mut r = vec![0f64; rank.len()];
                let mut level = 0f64;
                for (j, &(key, k)) in rank.iter().enumerate() {
                    if j > 0 && key != rank[j - 1].0 {
                        level += 1.0;
                    }
                    r[k] = level;
                }
                r
            } else {
                self.to_f64_vec()
            };
            cum_ext_lines(&v, n, inner, max)
        })
    }
}

struct CumsumRule {
    dim: isize,
    reverse: bool,
}
impl Backward for CumsumRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        Ok(vec![Some(g.cumsum(self.dim, !self.reverse)?)])
    }
    fn saves_tensors(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::tensor::Tensor;

    #[test]
    fn cumsum_values_dims_and_gradient() {
        let x = Tensor::from_vec(vec![1f32, 2., 3., 4., 5., 6.], &[2, 3]);
        assert_eq!(x.cumsum(1, false).unwrap().to_f64_vec(), vec![1., 3., 6., 4., 9., 15.]);
        assert_eq!(x.cumsum(0, false).unwrap().to_f64_vec(), vec![1., 2., 3., 5., 7., 9.]);
        assert_eq!(x.cumsum(-1, true).unwrap().to_f64_vec(), vec![6., 5., 3., 15., 11., 6.]);
        // float32 accumulates in float64 (torch's acc_type on CPU): 1e8 + 1 + 1 stays exact
        let big = Tensor::from_vec(vec![1e8f32, 1., 1., -1e8], &[4]);
        assert_eq!(big.cumsum(0, false).unwrap().to_f64_vec(), vec![1e8, 1e8, 100000000., 2.]);
        let i = Tensor::from_vec(vec![true, false, true], &[3]);
        let c = i.cumsum(0, false).unwrap();
        assert_eq!((c.dtype(), c.to_f64_vec()), (crate::dtype::DType::I64, vec![1., 1., 2.]));
        assert!(x.cumsum(2, false).is_err());
        // d/dx sum(w * cumsum(x)) = reverse cumsum of w
        let xg = crate::tests::t64(&[1., 2., 3.], &[3]);
        let w = Tensor::from_vec(vec![1f64, 10., 100.], &[3]);
        let y = xg.cumsum(0, false).unwrap().mul(&w).unwrap().sum_all().unwrap();
        let g = crate::autograd::run_backward(&[y], vec![None], &[xg.clone()], false, false, true, false).unwrap();
        assert_eq!(g[0].as_ref().unwrap().to_f64_vec(), vec![111., 110., 100.]);
    }

    #[test]
    fn cummax_cummin_indices_follow_torch_ties_and_nan() {
        let x = Tensor::from_vec(vec![1f32, 3., 3., f32::NAN, 2., f32::NAN], &[6]);
        assert_eq!(x.cum_ext_indices(0, true).unwrap().to_f64_vec(), vec![0., 1., 2., 3., 3., 5.]);
        assert_eq!(x.cum_ext_indices(0, false).unwrap().to_f64_vec(), vec![0., 0., 0., 3., 3., 5.]);
        let m = Tensor::from_vec(vec![i64::MAX, i64::MAX - 1, 5, 9], &[2, 2]);
        assert_eq!(m.cum_ext_indices(0, false).unwrap().to_f64_vec(), vec![0., 0., 1., 1.]);
        assert_eq!(m.cum_ext_indices(1, true).unwrap().to_f64_vec(), vec![0., 0., 0., 1.]);
    }
}
