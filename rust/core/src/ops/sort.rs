//! Sorting along one dimension: stable argsort in torch's order (NaN above every number, so
//! last ascending and first descending). sort/topk/kthvalue/msort take their values with a
//! differentiable gather of these indices.
use crate::dtype::DType;
use crate::error::Result;
use crate::layout::wrap_dim;
use crate::tensor::Tensor;

/// Stable argsort of each length-`n` line (stride `inner`) of [outer, n, inner] keys: one sort
/// instance for every dtype (each sort instance is ~20 KB of code).
fn argsort_lines(keys: &[u64], n: usize, inner: usize) -> Vec<i64> {
    let mut out = vec![0i64; keys.len()];
    let mut idx: Vec<(u64, usize)> = Vec::with_capacity(n);
    for (ko, oo) in keys.chunks_exact(n * inner).zip(out.chunks_exact_mut(n * inner)) {
        for i in 0..inner {
            idx.clear();
            idx.extend((0..n).map(|j| (ko[j * inner + i], j)));
            sort_pairs(&mut idx);
            for (j, &(_, k)) in idx.iter().enumerate() {
                oo[j * inner + i] = k as i64;
            }
        }
    }
    out
}

/// (key, position) pairs in order: ties keep their positions' order (stable). The one sort
/// instance of these kernels.
pub(crate) fn sort_pairs(v: &mut [(u64, usize)]) {
    v.sort_unstable();
}

/// Sort keys whose unsigned order is torch's ascending order: NaN above everything, -0 == 0.
fn float_key(v: f64) -> u64 {
    if v.is_nan() {
        return u64::MAX;
    }
    let b = (v + 0.0).to_bits(); // -0.0 + 0.0 = +0.0
    if b >> 63 == 1 { !b } else { b | 1 << 63 }
}

pub(crate) fn int_key(v: i64) -> u64 {
    (v as u64) ^ 1 << 63
}

/// An int64 index tensor of `t`'s shape computed line by line along `dim`: `f(n, inner)` for
/// the contiguous [outer, n, inner] view (0-d and empty tensors give zeros without calling it).
pub(crate) fn index_lines(t: &Tensor, dim: isize, f: impl FnOnce(usize, usize) -> Vec<i64>) -> Result<Tensor> {
    let nd = t.ndim();
    let d = wrap_dim(dim, nd)?;
    let shape = t.shape();
    if nd == 0 || t.numel() == 0 {
        return Ok(Tensor::from_vec(vec![0i64; t.numel()], shape));
    }
    Ok(Tensor::from_vec(f(shape[d], shape[d + 1..].iter().product()), shape))
}

impl Tensor {
    /// Indices (int64, no grad) that sort `self` along `dim`, stable (ties keep their order).
    pub fn argsort_stable(&self, dim: isize, descending: bool) -> Result<Tensor> {
        index_lines(self, dim, |n, inner| {
            let mut keys: Vec<u64> = match self.dtype() {
                DType::I64 => self.to_vec::<i64>().into_iter().map(int_key).collect(),
                DType::I32 | DType::Bool => self.to_f64_vec().into_iter().map(|v| int_key(v as i64)).collect(),
                _ => self.to_f64_vec().into_iter().map(float_key).collect(),
            };
            if descending {
                // reversed keys: the stable sort keeps ties in their original order, NaN first
                keys.iter_mut().for_each(|k| *k = !*k);
            }
            argsort_lines(&keys, n, inner)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::tensor::Tensor;

    #[test]
    fn argsort_is_stable_puts_nan_above_numbers_and_sorts_any_dim() {
        let x = Tensor::from_vec(vec![3f32, f32::NAN, 1., 3., -2.], &[5]);
        assert_eq!(x.argsort_stable(0, false).unwrap().to_f64_vec(), vec![4., 2., 0., 3., 1.]);
        assert_eq!(x.argsort_stable(0, true).unwrap().to_f64_vec(), vec![1., 0., 3., 2., 4.]);
        let m = Tensor::from_vec(vec![5i64, 1, 4, 2, 6, 0], &[2, 3]);
        assert_eq!(m.argsort_stable(1, false).unwrap().to_f64_vec(), vec![1., 2., 0., 2., 0., 1.]);
        assert_eq!(m.argsort_stable(0, false).unwrap().to_f64_vec(), vec![1., 0., 1., 0., 1., 0.]);
        let b = Tensor::from_vec(vec![true, false, true, false], &[4]);
        assert_eq!(b.argsort_stable(-1, true).unwrap().to_f64_vec(), vec![0., 2., 1., 3.]);
        assert!(m.argsort_stable(2, false).is_err());
        let z = Tensor::from_vec(vec![0.0f64, -0.0, -1.0, f64::INFINITY, f64::NEG_INFINITY], &[5]);
        assert_eq!(z.argsort_stable(0, false).unwrap().to_f64_vec(), vec![4., 2., 0., 1., 3.]);
        let e = Tensor::from_vec(vec![i64::MAX, i64::MIN, 0, i64::MAX - 1], &[4]);
        assert_eq!(e.argsort_stable(0, true).unwrap().to_f64_vec(), vec![0., 3., 2., 1.]);
    }
}
