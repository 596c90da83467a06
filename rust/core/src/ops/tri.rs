//! tril / triu over the last two dimensions: forward kernel and derivative rule (the gradient
//! keeps the same triangle).
use crate::autograd::{Backward, Ctx};
use crate::error::{Error, Result};
use crate::storage::Elem;
use crate::tensor::Tensor;
use crate::with_dtype;

fn tri_vec<T: Elem>(mut v: Vec<T>, r: usize, c: usize, k: i64, upper: bool) -> Vec<T> {
    let zero = T::from_f64(0.0);
    for (p, e) in v.iter_mut().enumerate() {
        let (i, j) = (((p / c) % r) as i64, (p % c) as i64);
        if (upper && j - i < k) || (!upper && j - i > k) {
            *e = zero;
        }
    }
    v
}

impl Tensor {
    /// `tril(self, k)` (or `triu` when `upper`): elements outside the triangle set to zero.
    pub fn tri(&self, k: i64, upper: bool) -> Result<Tensor> {
        let name = if upper { "triu" } else { "tril" };
        if self.ndim() < 2 {
            return Err(Error::runtime(format!("{name}: input tensor must have at least 2 dimensions")));
        }
        let shape = self.shape().to_vec();
        let (r, c) = (shape[shape.len() - 2], shape[shape.len() - 1]);
        let out = if self.numel() == 0 {
            self.contiguous_copy()
        } else {
            with_dtype!(self.dtype(), T, Tensor::from_vec(tri_vec(self.to_vec::<T>(), r, c, k, upper), &shape))
        };
        let node = if upper { "TriuBackward0" } else { "TrilBackward0" };
        Ok(Tensor::record(out, node, &[self], |_| Box::new(TriRule { k, upper })))
    }
}

struct TriRule {
    k: i64,
    upper: bool,
}
impl Backward for TriRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        Ok(vec![Some(g.tri(self.k, self.upper)?)])
    }
    fn saves_tensors(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use crate::tensor::Tensor;

    #[test]
    fn tril_triu_values_batches_and_gradient() {
        let x = Tensor::from_vec((1..=6).map(|v| v as f32).collect::<Vec<_>>(), &[2, 3]);
        assert_eq!(x.tri(0, false).unwrap().to_f64_vec(), vec![1., 0., 0., 4., 5., 0.]);
        assert_eq!(x.tri(1, true).unwrap().to_f64_vec(), vec![0., 2., 3., 0., 0., 6.]);
        assert_eq!(x.tri(-1, true).unwrap().to_f64_vec(), vec![1., 2., 3., 4., 5., 6.]);
        let b = Tensor::from_vec(vec![1i64; 8], &[2, 2, 2]);
        assert_eq!(b.tri(0, true).unwrap().to_f64_vec(), vec![1., 1., 0., 1., 1., 1., 0., 1.]);
        assert_eq!(Tensor::from_vec(vec![1f32; 3], &[3]).tri(0, false).unwrap_err().msg,
            "tril: input tensor must have at least 2 dimensions");
        let xg = crate::tests::t64(&[1., 2., 3., 4.], &[2, 2]);
        let y = xg.tri(0, false).unwrap().sum_all().unwrap();
        let g = crate::autograd::run_backward(&[y], vec![None], &[xg.clone()], false, false, true, false).unwrap();
        assert_eq!(g[0].as_ref().unwrap().to_f64_vec(), vec![1., 0., 1., 1.]);
    }
}
