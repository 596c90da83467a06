//! Integer-index ops: index_select / index_add, gather / scatter, flat takes and puts.
//! Each forward's rule is its partner op, so second derivatives work; index tensors never
//! carry gradients.
use crate::autograd::{Backward, Ctx};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::layout::{walk1, wrap_dim};
use crate::storage::{Elem, Num};
use crate::tensor::Tensor;
use crate::{with_dtype, with_num_dtype};

fn index_vec(idx: &Tensor) -> Result<Vec<i64>> {
    match idx.dtype() {
        DType::I64 | DType::I32 => Ok(idx.to_dtype_nograd(DType::I64).to_vec::<i64>()),
        d => Err(Error::index(format!(
            "tensors used as indices must be long, int, byte or bool tensors (got {})",
            d.name()
        ))),
    }
}

fn check_index(i: i64, size: usize, dim: usize) -> Result<usize> {
    let s = size as i64;
    if i < -s || i >= s {
        return Err(Error::index(format!("index {} is out of bounds for dimension {} with size {}", i, dim, size)));
    }
    Ok(if i < 0 { (i + s) as usize } else { i as usize })
}

/// Splits a contiguous shape around `dim` into (outer, size, inner).
fn split(shape: &[usize], dim: usize) -> (usize, usize, usize) {
    let outer: usize = shape[..dim].iter().product();
    let inner: usize = shape[dim + 1..].iter().product();
    (outer, shape[dim], inner)
}

/// `[2, 3]`, as torch prints shapes in index errors.
fn fmt_dims(s: &[usize]) -> String {
    format!("[{}]", s.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "))
}

impl Tensor {
    /// `index_select(dim, idx)` with a 1-D index (IndexSelectBackward0, or `name`).
    pub fn index_select_named(&self, dim: isize, idx: &Tensor, name: &'static str) -> Result<Tensor> {
        let nd = self.ndim().max(1);
        let d = wrap_dim(dim, nd)?;
        let shape: Vec<usize> = if self.ndim() == 0 { vec![1] } else { self.shape().to_vec() };
        let iv = index_vec(idx)?;
        let ids: Vec<usize> = iv.iter().map(|&i| check_index(i, shape[d], d)).collect::<Result<_>>()?;
        let (outer, size, inner) = split(&shape, d);
        let mut oshape = shape.clone();
        oshape[d] = ids.len();
        let out = with_dtype!(self.dtype(), T, {
            let src = self.to_vec::<T>();
            let mut out = Vec::with_capacity(outer * ids.len() * inner);
            for o in 0..outer {
                for &i in &ids {
                    let base = (o * size + i) * inner;
                    out.extend_from_slice(&src[base..base + inner]);
                }
            }
            Tensor::from_vec(out, &oshape)
        });
        let out = if self.ndim() == 0 && idx.ndim() == 0 { out.reshape(&[])? } else { out };
        let in_shape = self.shape().to_vec();
        let ix = idx.clone();
        Ok(Tensor::record(out, name, &[self], move |_| Box::new(IndexSelectRule { dim: d, idx: ix, in_shape })))
    }
    pub fn index_select(&self, dim: isize, idx: &Tensor) -> Result<Tensor> {
        self.index_select_named(dim, idx, "IndexSelectBackward0")
    }
    /// Zeros of `shape` plus self's slices added at `idx` along `dim` (IndexAddBackward0).
    pub fn index_add_into(&self, dim: usize, idx: &Tensor, shape: &[usize]) -> Result<Tensor> {
        let ids: Vec<usize> = index_vec(idx)?
            .iter()
            .map(|&i| check_index(i, shape.get(dim).copied().unwrap_or(1), dim))
            .collect::<Result<_>>()?;
        let full: Vec<usize> = if shape.is_empty() { vec![1] } else { shape.to_vec() };
        let mut want = full.clone();
        want[dim] = ids.len();
        let got: Vec<usize> = if self.ndim() == 0 { vec![1] } else { self.shape().to_vec() };
        if got.len() != want.len() || (0..want.len()).any(|k| k != dim && got[k] != want[k]) {
            return Err(Error::runtime(format!(
                "source tensor shape must match self tensor shape, excluding the specified dimension. Got self.shape = {} source.shape = {}",
                fmt_dims(shape), fmt_dims(self.shape()))));
        }
        if got[dim] != ids.len() {
            return Err(Error::runtime(format!(
                "index_add_(): Number of indices ({}) should be equal to source.size(dim): ({}), for dim: {}",
                ids.len(), got[dim], dim)));
        }
        let (outer, size, inner) = split(&full, dim);
        let dt = if self.dtype() == DType::Bool { DType::I64 } else { self.dtype() };
        let out = with_num_dtype!(dt, T, {
            let src = self.to_dtype_nograd(dt).to_vec::<T>();
            let mut out = vec![T::ZERO; outer * size * inner];
            let n = ids.len();
            for o in 0..outer {
                for (k, &i) in ids.iter().enumerate() {
                    let sb = (o * n + k) * inner;
                    let db = (o * size + i) * inner;
                    for j in 0..inner {
                        out[db + j] = out[db + j] + src[sb + j];
                    }
                }
            }
            Tensor::from_vec(out, shape)
        });
        let ix = idx.clone();
        Ok(Tensor::record(out, "IndexAddBackward0", &[self], move |_| Box::new(IndexAddRule { dim, idx: ix })))
    }

    /// torch.gather(self, dim, idx) (GatherBackward0).
    pub fn gather(&self, dim: isize, idx: &Tensor) -> Result<Tensor> {
        let nd = self.ndim();
        if (nd == 0) != (idx.ndim() == 0) && nd.max(1) == idx.ndim().max(1) || nd == 0 && idx.ndim() == 0 {
            // torch counts a 0-d tensor as 1-d here (ensure_nonempty_dim)
            wrap_dim(dim, 1)?;
            let r = self.reshape(&[self.numel()])?.gather(0, &idx.reshape(&[idx.numel()])?)?;
            return Ok(r.reshape(idx.shape())?.renamed_grad_fn("GatherBackward0".to_string()));
        }
        let d = wrap_dim(dim, nd)?;
        if idx.ndim() != nd {
            return Err(Error::runtime("Index tensor must have the same number of dimensions as input tensor"));
        }
        let iv = index_vec(idx)?;
        let ishape = idx.shape().to_vec();
        let src_shape = self.shape().to_vec();
        let cs = crate::layout::contiguous_strides(&src_shape);
        let out = with_dtype!(self.dtype(), T, {
            let src = self.to_vec::<T>();
            let mut out = Vec::with_capacity(iv.len());
            let mut pos = vec![0usize; nd];
            for &i in iv.iter() {
                let j = check_index(i, src_shape[d], d)?;
                let mut off = 0isize;
                for k in 0..nd {
                    off += cs[k] * (if k == d { j } else { pos[k] }) as isize;
                }
                out.push(src[off as usize]);
                // advance the row-major position over the index shape
                for k in (0..nd).rev() {
                    pos[k] += 1;
                    if pos[k] < ishape[k] {
                        break;
                    }
                    pos[k] = 0;
                }
            }
            Tensor::from_vec(out, &ishape)
        });
        let ix = idx.clone();
        Ok(Tensor::record(out, "GatherBackward0", &[self], move |_| Box::new(GatherRule { dim: d, idx: ix, in_shape: src_shape })))
    }
    /// Zeros of `shape` with self's values added at `idx` along `dim` (scatter_add, ScatterAddBackward0).
    pub fn scatter_into(&self, dim: usize, idx: &Tensor, shape: &[usize]) -> Result<Tensor> {
        let nd = shape.len();
        let iv = index_vec(idx)?;
        let ishape = idx.shape().to_vec();
        if ishape.len() != nd || (0..nd).any(|k| k != dim && ishape[k] > shape[k]) {
            return Err(Error::runtime(format!(
                "Expected index {} to be no larger than self {} apart from dimension {}",
                fmt_dims(&ishape), fmt_dims(shape), dim)));
        }
        let cs = crate::layout::contiguous_strides(shape);
        let dt = if self.dtype() == DType::Bool { DType::I64 } else { self.dtype() };
        let out = with_num_dtype!(dt, T, {
            let src = self.to_dtype_nograd(dt).broadcast_to(&ishape)?.to_vec::<T>();
            let mut out = vec![T::ZERO; crate::layout::numel(shape)];
            let mut pos = vec![0usize; nd];
            for (n, &i) in iv.iter().enumerate() {
                let j = check_index(i, shape[dim], dim)?;
                let mut off = 0isize;
                for k in 0..nd {
                    off += cs[k] * (if k == dim { j } else { pos[k] }) as isize;
                }
                out[off as usize] = out[off as usize] + src[n];
                for k in (0..nd).rev() {
                    pos[k] += 1;
                    if pos[k] < ishape[k] {
                        break;
                    }
                    pos[k] = 0;
                }
            }
            Tensor::from_vec(out, shape)
        });
        let ix = idx.clone();
        Ok(Tensor::record(out, "ScatterAddBackward0", &[self], move |_| Box::new(ScatterRule { dim, idx: ix })))
    }

    /// Flat (row-major) element indices where a bool mask of self's shape is true.
    pub fn mask_indices(&self, mask: &Tensor) -> Result<Tensor> {
        if mask.dtype() != DType::Bool {
            return Err(Error::index("mask must be a bool tensor"));
        }
        let m = mask.broadcast_to(self.shape()).map_err(|_| {
            Error::index(format!(
                "The shape of the mask {} at index 0 does not match the shape of the indexed tensor {}",
                crate::layout::fmt_shape(mask.shape()),
                crate::layout::fmt_shape(self.shape())
            ))
        })?;
        let v = m.to_vec::<bool>();
        let idx: Vec<i64> = v.iter().enumerate().filter(|(_, &b)| b).map(|(i, _)| i as i64).collect();
        let n = idx.len();
        Ok(Tensor::from_vec(idx, &[n]))
    }

    /// Writes `values` (broadcast) at flat row-major element indices of self, in place.
    pub fn put_flat_(&self, flat: &[usize], values: &Tensor) -> Result<()> {
        let n = flat.len();
        let vals = values.to_dtype_nograd(self.dtype());
        let vals = vals.broadcast_to(&[n]).map_err(|_| {
            Error::runtime(format!(
                "shape mismatch: value tensor of shape {} cannot be broadcast to indexing result of shape [{}]",
                crate::layout::fmt_shape(values.shape()),
                n
            ))
        })?;
        let l = self.layout().clone();
        let mut offsets = Vec::with_capacity(self.numel());
        walk1(&l.shape, &l.strides, l.offset, |o| offsets.push(o));
        with_dtype!(self.dtype(), T, {
            let v = vals.to_vec::<T>();
            let mut s = self.write();
            let d = T::slice_mut(&mut s);
            for (k, &i) in flat.iter().enumerate() {
                d[offsets[i]] = v[k];
            }
        });
        Ok(())
    }
}

/// Index rules: the gradient reads only the index. `$saves` says whether torch still saves the
/// input (gather, index_add's source: their in-place change is an error); index_select / indexing
/// and scatter do not, so the indexed tensor may change in place before backward.
macro_rules! index_rule {
    ($t:ident { $($f:ident: $ty:ty),* }, saves: $saves:expr, |$s:ident, $g:ident| $body:expr) => {
        struct $t {
            $($f: $ty),*
        }
        impl Backward for $t {
            fn apply(&self, $g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
                let $s = self;
                Ok(vec![Some($body)])
            }
            fn saves_input(&self, _i: usize) -> bool {
                $saves
            }
        }
    };
}
index_rule!(IndexSelectRule { dim: usize, idx: Tensor, in_shape: Vec<usize> }, saves: false, |r, g| {
    let g = if r.in_shape.is_empty() { g.reshape(&[g.numel()])? } else { g.clone() };
    let full = if r.in_shape.is_empty() { vec![1] } else { r.in_shape.clone() };
    g.index_add_into(r.dim, &r.idx, &full)?.reshape(&r.in_shape)?
});
index_rule!(IndexAddRule { dim: usize, idx: Tensor }, saves: true, |r, g| g.index_select(r.dim as isize, &r.idx)?);
index_rule!(GatherRule { dim: usize, idx: Tensor, in_shape: Vec<usize> }, saves: true, |r, g| {
    g.scatter_into(r.dim, &r.idx, &r.in_shape)?
});
index_rule!(ScatterRule { dim: usize, idx: Tensor }, saves: false, |r, g| g.gather(r.dim as isize, &r.idx)?);
