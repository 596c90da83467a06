//! torch's CPU nll_loss over 2-D log-probabilities (ATen LossNLL.cpp, nll_loss_out_frame): the loss
//! and weight sums accumulate in the input's dtype through its 8-level cascade, so the mean/sum
//! values equal torch's bit for bit; class weights and ignore_index as torch applies them.
use crate::autograd::{Backward, Ctx};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::storage::{Float, Num};
use crate::with_compute_float_dtype;
use crate::tensor::Tensor;

const LEVELS: usize = 8;

fn ceil_log2(x: usize) -> usize {
    if x <= 2 {
        1
    } else {
        (usize::BITS - (x - 1).leading_zeros()) as usize
    }
}

/// (loss sum, weight sum) of `-x * w` over the (batch index, x, w) rows that are not ignored, in
/// torch's cascade order (an ignored row skips its cascade step); `n` is the batch size.
fn cascade<T: Num>(vals: &[(usize, T, Option<T>)], n: usize) -> (T, T) {
    let lp = 4.max(ceil_log2(n) / LEVELS);
    let mask0 = (1usize << lp) - 1;
    let (mut ls, mut ws) = ([T::ZERO; LEVELS], [T::ZERO; LEVELS]);
    for &(b, x, w) in vals {
        match w {
            Some(w) => {
                ls[0] = ls[0] - x * w;
                ws[0] = ws[0] + w;
            }
            None => ls[0] = ls[0] - x,
        }
        for j in 0..LEVELS - 1 {
            if b & (mask0 << (j * lp)) != 0 {
                break;
            }
            ws[j + 1] = ws[j + 1] + ws[j];
            ls[j + 1] = ls[j + 1] + ls[j];
            ws[j] = T::ZERO;
            ls[j] = T::ZERO;
        }
    }
    let (mut l, mut w) = (T::ZERO, T::ZERO);
    for j in 0..LEVELS {
        l = l + ls[j];
        w = w + ws[j];
    }
    (l, w)
}

impl Tensor {
    /// nll_loss of `self` [N, C] (log-probabilities) and class indices `target` [N], optional
    /// class `weight` [C]; `reduction` 0 none, 1 mean, 2 sum. Ok(None) where it does not apply
    /// (half types, other shapes or dtypes: the caller's general path handles those).
    pub fn nll_loss_torch(&self, target: &Tensor, weight: Option<&Tensor>, reduction: u8, ignore_index: i64)
        -> Result<Option<Tensor>> {
        let dt = self.dtype();
        if self.ndim() != 2 || !matches!(dt, DType::F32 | DType::F64) || target.ndim() != 1
            || !matches!(target.dtype(), DType::I64 | DType::I32) || target.shape()[0] != self.shape()[0]
            || reduction > 2 || weight.is_some_and(|w| w.dtype() != dt || w.shape() != [self.shape()[1]])
        {
            return Ok(None);
        }
        let c = self.shape()[1];
        let t: Vec<i64> = if target.dtype() == DType::I64 {
            target.to_vec::<i64>()
        } else {
            target.to_vec::<i32>().into_iter().map(|v| v as i64).collect()
        };
        if let Some(&bad) = t.iter().find(|&&v| v != ignore_index && (v < 0 || v >= c as i64)) {
            return Err(Error::index(format!("Target {} is out of bounds.", bad)));
        }
        let (out, total) = match dt {
            DType::F32 => self.nll_values::<f32>(&t, weight, reduction, ignore_index),
            _ => self.nll_values::<f64>(&t, weight, reduction, ignore_index),
        };
        let rule = NllRule { classes: c, target: t, ignore_index, weight: weight.map(|w| w.detach()), total, reduction };
        Ok(Some(Tensor::record(out, "NllLossBackward0", &[self], |_| Box::new(rule))))
    }

    fn nll_values<T: Num>(&self, t: &[i64], weight: Option<&Tensor>, reduction: u8, ignore: i64) -> (Tensor, f64) {
        let x = self.to_vec::<T>();
        let c = self.shape()[1];
        let w = weight.map(|w| w.to_vec::<T>());
        let rows: Vec<(usize, T, Option<T>)> = t.iter().enumerate().filter(|(_, &k)| k != ignore)
            .map(|(i, &k)| (i, x[i * c + k as usize], w.as_ref().map(|w| w[k as usize]))).collect();
        if reduction == 0 {
            let mut it = rows.iter();
            let v: Vec<T> = t.iter().map(|&k| if k == ignore { T::ZERO } else {
                let &(_, x, w) = it.next().unwrap();
                match w { Some(w) => -x * w, None => -x }
            }).collect();
            return (Tensor::from_vec(v, &[t.len()]), 1.0);
        }
        let (l, w) = cascade(&rows, t.len());
        let total = if weight.is_some() { w } else { T::from_f64(rows.len() as f64) };
        let out = if reduction == 1 { l / total } else { l };
        (Tensor::from_vec(vec![out], &[]), total.to_f64())
    }
}

impl NllRule {
    /// The first-order gradient written directly: zeros with each row's target entry set to
    /// the composite rule's value (the same operations in the same order, so the same bits).
    fn grad_direct<T: Float>(&self, g: &Tensor) -> Tensor {
        let (n, c) = (self.target.len(), self.classes);
        let gv = g.to_vec::<T>();
        let w = self.weight.as_ref().map(|w| w.to_vec::<T>());
        let total = T::from_f64(self.total);
        let mut out = vec![T::ZERO; n * c];
        for (i, &k) in self.target.iter().enumerate() {
            if k == self.ignore_index {
                continue;
            }
            let v = match self.reduction {
                1 => -(gv[0] / total),
                0 => -gv[i],
                _ => -gv[0],
            };
            out[i * c + k as usize] = match &w {
                Some(w) => v * w[k as usize],
                None => v,
            };
        }
        Tensor::from_vec(out, &[n, c])
    }
}

/// torch's nll_loss_backward: grad_input[i][t_i] = -w[t_i] * (mean ? g / total_weight : g), zeros
/// elsewhere (ignored rows included); linear in g, so double backward works.
struct NllRule {
    classes: usize,
    target: Vec<i64>,
    ignore_index: i64,
    weight: Option<Tensor>,
    total: f64,
    reduction: u8,
}
impl Backward for NllRule {
    fn saves_input(&self, _i: usize) -> bool {
        false
    }
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let dt = g.dtype();
        if !cx.create_graph && matches!(dt, DType::F32 | DType::F64) {
            return Ok(vec![Some(with_compute_float_dtype!(dt, T, self.grad_direct::<T>(g)))]);
        }
        let mut gs = match self.reduction {
            1 => g.div(&Tensor::scalar(self.total, dt))?.neg()?,
            0 => g.neg()?.unsqueeze(1)?,
            _ => g.neg()?,
        };
        if let Some(w) = &self.weight {
            gs = gs.mul(&w.unsqueeze(0)?)?;
        }
        // each row's target entry (none for ignored rows)
        let c = self.classes;
        let mut mask = vec![false; self.target.len() * c];
        for (i, &k) in self.target.iter().enumerate() {
            if k != self.ignore_index {
                mask[i * c + k as usize] = true;
            }
        }
        let mask = Tensor::from_vec(mask, &[self.target.len(), c]);
        Ok(vec![Some(gs.where_(&mask, &Tensor::scalar(0.0, dt))?)])
    }
}
