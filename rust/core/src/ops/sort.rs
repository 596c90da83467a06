//! Sorting along one dimension: stable argsort in torch's order (NaN above every number, so
//! last ascending and first descending). sort/topk/kthvalue/msort take their values with a
//! differentiable gather of these indices.
use crate::dtype::DType;
use crate::error::Result;
use crate::layout::wrap_dim;
use crate::storage::Elem;
use crate::tensor::Tensor;
use std::cmp::Ordering;

/// Stable argsort of each length-`n` line (stride `inner`) of the contiguous `x` viewed as
/// [outer, n, inner]; `cmp` orders two values ascending.
fn argsort_lines<T: Elem>(x: &[T], n: usize, inner: usize, descending: bool, cmp: impl Fn(&T, &T) -> Ordering) -> Vec<i64> {
    let mut out = vec![0i64; x.len()];
    let mut idx: Vec<usize> = Vec::with_capacity(n);
    for (xo, oo) in x.chunks_exact(n * inner).zip(out.chunks_exact_mut(n * inner)) {
        for i in 0..inner {
            idx.clear();
            idx.extend(0..n);
            let at = |j: usize| &xo[j * inner + i];
            if descending {
                idx.sort_by(|&a, &b| cmp(at(b), at(a)));
            } else {
                idx.sort_by(|&a, &b| cmp(at(a), at(b)));
            }
            for (j, &k) in idx.iter().enumerate() {
                oo[j * inner + i] = k as i64;
            }
        }
    }
    out
}

/// Ascending order with NaN above everything (torch's sort and topk).
fn float_cmp(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ => a.partial_cmp(&b).unwrap(),
    }
}

impl Tensor {
    /// Indices (int64, no grad) that sort `self` along `dim`, stable (ties keep their order).
    pub fn argsort_stable(&self, dim: isize, descending: bool) -> Result<Tensor> {
        let nd = self.ndim();
        let d = wrap_dim(dim, nd)?;
        let shape = self.shape().to_vec();
        if nd == 0 || self.numel() == 0 {
            return Ok(Tensor::from_vec(vec![0i64; self.numel()], &shape));
        }
        let (n, inner) = (shape[d], shape[d + 1..].iter().product());
        let out = match self.dtype() {
            DType::I64 => argsort_lines(&self.to_vec::<i64>(), n, inner, descending, |a, b| a.cmp(b)),
            DType::I32 => argsort_lines(&self.to_vec::<i32>(), n, inner, descending, |a, b| a.cmp(b)),
            DType::Bool => argsort_lines(&self.to_vec::<bool>(), n, inner, descending, |a, b| a.cmp(b)),
            DType::F32 => argsort_lines(&self.to_vec::<f32>(), n, inner, descending, |a, b| float_cmp(*a as f64, *b as f64)),
            _ => argsort_lines(&self.to_f64_vec(), n, inner, descending, |a, b| float_cmp(*a, *b)),
        };
        Ok(Tensor::from_vec(out, &shape))
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
    }
}
