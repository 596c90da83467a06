//! Numerically stable softmax and log_softmax along a dim, with rules in differentiable ops.
use crate::autograd::{Backward, Ctx};
use crate::error::Result;
use crate::layout::wrap_dim;
use crate::storage::{Elem, Num};
use crate::tensor::Tensor;
use crate::with_float_dtype;

impl Tensor {
    fn softmax_impl(&self, dim: isize, log: bool) -> Result<Tensor> {
        let nd = self.ndim();
        let d = wrap_dim(dim, nd)?;
        let x = self.to_dtype_nograd(self.dtype().to_float());
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
        let out = with_float_dtype!(x.dtype(), T, {
            let v = xt.to_vec::<T>();
            let mut out = vec![T::ZERO; v.len()];
            if r > 0 {
                for (row, o) in v.chunks(r).zip(out.chunks_mut(r)) {
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
            }
            Tensor::from_vec(out, xt.shape())
        });
        let out = match back {
            Some(inv) => out.permute(&inv)?.contiguous_copy(),
            None => out,
        };
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
