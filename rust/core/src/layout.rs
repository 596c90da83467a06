//! Shape, strides (in elements, may be 0 for broadcast) and offset: views only touch this.
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
    pub offset: usize,
}

pub fn contiguous_strides(shape: &[usize]) -> Vec<isize> {
    let mut s = vec![0isize; shape.len()];
    let mut acc = 1isize;
    for i in (0..shape.len()).rev() {
        s[i] = acc;
        acc *= shape[i].max(1) as isize;
    }
    s
}

pub fn numel(shape: &[usize]) -> usize {
    shape.iter().product()
}

pub fn fmt_shape(shape: &[usize]) -> String {
    let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    format!("[{}]", parts.join(", "))
}

/// torch's broadcasting of two shapes, with its error message.
pub fn broadcast_shapes(a: &[usize], b: &[usize]) -> Result<Vec<usize>> {
    let n = a.len().max(b.len());
    let mut out = vec![0; n];
    // from the last dim, as torch's infer_size: the error names the last mismatching dim
    for i in (0..n).rev() {
        let da = if i + a.len() >= n { a[i + a.len() - n] } else { 1 };
        let db = if i + b.len() >= n { b[i + b.len() - n] } else { 1 };
        out[i] = if da == db || db == 1 {
            da
        } else if da == 1 {
            db
        } else {
            return Err(Error::runtime(format!(
                "The size of tensor a ({}) must match the size of tensor b ({}) at non-singleton dimension {}",
                da, db, i
            )));
        };
    }
    Ok(out)
}

/// Normalises a possibly negative dim, with torch's IndexError message.
pub fn wrap_dim(dim: isize, ndim: usize) -> Result<usize> {
    let n = ndim.max(1) as isize;
    if dim < -n || dim >= n {
        return Err(Error::index(format!(
            "Dimension out of range (expected to be in range of [{}, {}], but got {})",
            -n,
            n - 1,
            dim
        )));
    }
    Ok(if dim < 0 { (dim + n) as usize } else { dim as usize })
}

/// `wrap_dim` for ops that index a dim of the tensor itself (size, stride, unbind): a 0-dim
/// tensor has none, with torch's IndexError.
pub fn wrap_dim_of(dim: isize, ndim: usize) -> Result<usize> {
    if ndim == 0 {
        return Err(Error::index(format!("Dimension specified as {} but tensor has no dimensions", dim)));
    }
    wrap_dim(dim, ndim)
}

impl Layout {
    pub fn contiguous(shape: &[usize]) -> Layout {
        Layout { shape: shape.to_vec(), strides: contiguous_strides(shape), offset: 0 }
    }
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }
    pub fn numel(&self) -> usize {
        numel(&self.shape)
    }
    pub fn is_contiguous(&self) -> bool {
        let mut acc = 1isize;
        for i in (0..self.shape.len()).rev() {
            if self.shape[i] != 1 && self.strides[i] != acc {
                return false;
            }
            acc *= self.shape[i] as isize;
        }
        true
    }
    /// Strides of this layout seen as `shape` (a broadcast of it): 0 on new or expanded dims.
    pub fn broadcast_strides(&self, shape: &[usize]) -> Vec<isize> {
        let n = shape.len();
        let k = self.shape.len();
        let mut s = vec![0isize; n];
        for i in 0..k {
            let j = n - k + i;
            if self.shape[i] == shape[j] {
                s[j] = self.strides[i];
            }
        }
        s
    }
    /// Strides for viewing this layout as `new_shape` without a copy, if possible
    /// (torch's `computeStride`).
    pub fn view_strides(&self, new_shape: &[usize]) -> Option<Vec<isize>> {
        if self.is_contiguous() {
            return Some(contiguous_strides(new_shape));
        }
        let old_shape = &self.shape;
        let old_strides = &self.strides;
        let numel = numel(old_shape);
        if numel == 0 {
            return Some(contiguous_strides(new_shape));
        }
        let mut new_strides = vec![0isize; new_shape.len()];
        let mut view_d = new_shape.len() as isize - 1;
        let mut chunk_base_stride = *old_strides.last().unwrap_or(&1);
        let mut tensor_numel: usize = 1;
        let mut view_numel: usize = 1;
        for tensor_d in (0..old_shape.len()).rev() {
            tensor_numel *= old_shape[tensor_d];
            if tensor_d == 0
                || (old_shape[tensor_d - 1] != 1
                    && old_strides[tensor_d - 1] != tensor_numel as isize * chunk_base_stride)
            {
                while view_d >= 0 && (view_numel < tensor_numel || new_shape[view_d as usize] == 1) {
                    new_strides[view_d as usize] = view_numel as isize * chunk_base_stride;
                    view_numel *= new_shape[view_d as usize];
                    view_d -= 1;
                }
                if view_numel != tensor_numel {
                    return None;
                }
                if tensor_d > 0 {
                    chunk_base_stride = old_strides[tensor_d - 1];
                    tensor_numel = 1;
                    view_numel = 1;
                }
            }
        }
        if view_d != -1 {
            return None;
        }
        Some(new_strides)
    }
}

/// Calls `f(offset_a, offset_b)` for every index of `shape`, walking the two strided operands.
/// The innermost dimension is a tight loop; outer dimensions use an index counter.
#[inline]
pub fn walk2(shape: &[usize], sa: &[isize], oa: usize, sb: &[isize], ob: usize, mut f: impl FnMut(usize, usize)) {
    let nd = shape.len();
    if nd == 0 {
        f(oa, ob);
        return;
    }
    if shape.iter().any(|&d| d == 0) {
        return;
    }
    let inner = shape[nd - 1];
    let (ia, ib) = (sa[nd - 1], sb[nd - 1]);
    let mut idx = vec![0usize; nd - 1];
    let (mut pa, mut pb) = (oa as isize, ob as isize);
    loop {
        let (mut xa, mut xb) = (pa, pb);
        for _ in 0..inner {
            f(xa as usize, xb as usize);
            xa += ia;
            xb += ib;
        }
        // advance the outer counter
        let mut d = nd - 1;
        loop {
            if d == 0 {
                return;
            }
            d -= 1;
            idx[d] += 1;
            pa += sa[d];
            pb += sb[d];
            if idx[d] < shape[d] {
                break;
            }
            pa -= sa[d] * shape[d] as isize;
            pb -= sb[d] * shape[d] as isize;
            idx[d] = 0;
        }
    }
}

/// Like `walk2` for three operands.
#[inline]
pub fn walk3(
    shape: &[usize],
    s: [&[isize]; 3],
    o: [usize; 3],
    mut f: impl FnMut(usize, usize, usize),
) {
    let nd = shape.len();
    if nd == 0 {
        f(o[0], o[1], o[2]);
        return;
    }
    if shape.iter().any(|&d| d == 0) {
        return;
    }
    let inner = shape[nd - 1];
    let mut idx = vec![0usize; nd - 1];
    let mut p = [o[0] as isize, o[1] as isize, o[2] as isize];
    loop {
        let mut x = p;
        for _ in 0..inner {
            f(x[0] as usize, x[1] as usize, x[2] as usize);
            for k in 0..3 {
                x[k] += s[k][nd - 1];
            }
        }
        let mut d = nd - 1;
        loop {
            if d == 0 {
                return;
            }
            d -= 1;
            idx[d] += 1;
            for k in 0..3 {
                p[k] += s[k][d];
            }
            if idx[d] < shape[d] {
                break;
            }
            for k in 0..3 {
                p[k] -= s[k][d] * shape[d] as isize;
            }
            idx[d] = 0;
        }
    }
}

/// Calls `f(offset)` for every element of a strided layout, in row-major order.
#[inline]
pub fn walk1(shape: &[usize], st: &[isize], off: usize, mut f: impl FnMut(usize)) {
    walk2(shape, st, off, st, off, |a, _| f(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn broadcast_rules() {
        assert_eq!(broadcast_shapes(&[3, 1], &[4]).unwrap(), vec![3, 4]);
        assert_eq!(broadcast_shapes(&[], &[2, 2]).unwrap(), vec![2, 2]);
        let e = broadcast_shapes(&[3], &[4]).unwrap_err();
        assert!(e.msg.contains("size of tensor a (3) must match the size of tensor b (4)"));
    }

    #[test]
    fn view_strides_of_transposed() {
        let l = Layout { shape: vec![3, 2], strides: vec![1, 3], offset: 0 };
        assert!(l.view_strides(&[6]).is_none());
        assert_eq!(l.view_strides(&[3, 2, 1]).unwrap()[..2], [1, 3]);
    }

    #[test]
    fn walk_visits_row_major() {
        let mut seen = vec![];
        walk1(&[2, 3], &[1, 2], 0, |o| seen.push(o));
        assert_eq!(seen, vec![0, 2, 4, 1, 3, 5]);
    }
}
