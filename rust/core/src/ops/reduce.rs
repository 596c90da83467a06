//! Reductions over all or some dims. Sums are pairwise in f64 for float32 (accurate) and split
//! into fixed blocks before any parallelism, so results never depend on the thread count.
use super::binary::CmpOp;
use super::kernels::PAR_MIN;
use crate::autograd::{Backward, Ctx};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::layout::{numel, wrap_dim};
use crate::storage::Elem;
use crate::tensor::Tensor;
use crate::with_dtype;

const BLOCK: usize = 1 << 15;

/// Pairwise sum of f64 values converted from `T`: halves recursively, leaves of at most 64
/// values, each summed in four f64 accumulators over its chunks of 4 values and then its
/// remainder in order.
fn pairwise<T: Elem>(x: &[T]) -> f64 {
    #[cfg(target_arch = "x86_64")]
    {
        if T::DTYPE == DType::F32 && std::is_x86_feature_detected!("avx") {
            // Safety: T is f32 (same layout), and the CPU has AVX.
            return unsafe { pairwise_f32_avx(&*(x as *const [T] as *const [f32])) };
        }
    }
    pairwise_plain(x)
}

fn pairwise_plain<T: Elem>(x: &[T]) -> f64 {
    if x.len() <= 64 {
        let mut acc = [0f64; 4];
        let chunks = x.chunks_exact(4);
        let rem = chunks.remainder();
        for c in chunks {
            acc[0] += c[0].to_f64();
            acc[1] += c[1].to_f64();
            acc[2] += c[2].to_f64();
            acc[3] += c[3].to_f64();
        }
        let mut s = (acc[0] + acc[1]) + (acc[2] + acc[3]);
        for v in rem {
            s += v.to_f64();
        }
        return s;
    }
    let mid = x.len() / 2;
    pairwise_plain(&x[..mid]) + pairwise_plain(&x[mid..])
}

/// Leaves of `pairwise` for float32 summed side by side with AVX: a leaf's four accumulators
/// are one vector, and several leaves are independent dependency chains (a leaf alone is bound
/// by the add latency). Each leaf's own operations and their order are `pairwise_plain`'s.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
unsafe fn leaves_f32_avx<const N: usize>(x: [&[f32]; N]) -> [f64; N] {
    use std::arch::x86_64::*;
    let mut acc = [_mm256_setzero_pd(); N];
    let common = x.iter().map(|l| l.len() / 4).min().unwrap_or(0);
    for c in 0..common {
        for l in 0..N {
            acc[l] = _mm256_add_pd(acc[l], _mm256_cvtps_pd(_mm_loadu_ps(x[l].as_ptr().add(c * 4))));
        }
    }
    let mut out = [0f64; N];
    for l in 0..N {
        let xs = x[l];
        let full = xs.len() / 4;
        for c in common..full {
            acc[l] = _mm256_add_pd(acc[l], _mm256_cvtps_pd(_mm_loadu_ps(xs.as_ptr().add(c * 4))));
        }
        let mut a = [0f64; 4];
        _mm256_storeu_pd(a.as_mut_ptr(), acc[l]);
        let mut s = (a[0] + a[1]) + (a[2] + a[3]);
        for &v in &xs[full * 4..] {
            s += v as f64;
        }
        out[l] = s;
    }
    out
}

/// `pairwise_plain` for float32 with AVX: nodes of up to 256 values sum their 2 or 4 leaves
/// side by side (the same tree, so the same bits).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx")]
unsafe fn pairwise_f32_avx(x: &[f32]) -> f64 {
    let n = x.len();
    if n <= 64 {
        return leaves_f32_avx([x])[0];
    }
    let (a, b) = x.split_at(n / 2);
    if n <= 128 {
        let s = leaves_f32_avx([a, b]);
        return s[0] + s[1];
    }
    if n <= 256 && a.len() > 64 {
        // four leaves (b is at least as long as a)
        let (a0, a1) = a.split_at(a.len() / 2);
        let (b0, b1) = b.split_at(b.len() / 2);
        let s = leaves_f32_avx([a0, a1, b0, b1]);
        return (s[0] + s[1]) + (s[2] + s[3]);
    }
    pairwise_f32_avx(a) + pairwise_f32_avx(b)
}

/// Deterministic sum of a contiguous slice: fixed blocks, summed in order.
pub fn sum_slice<T: Elem>(x: &[T]) -> f64 {
    if x.len() < PAR_MIN {
        return pairwise(x);
    }
    let parts: Vec<f64> = crate::par::map_collect(x.len().div_ceil(BLOCK), &|i| pairwise(&x[i * BLOCK..x.len().min((i + 1) * BLOCK)]));
    pairwise(&parts)
}

/// Column sums in float64 of a row-major float32 matrix with `cols` columns (a bias gradient),
/// each column summed in row order. Threads take disjoint column ranges, so the sums do not
/// depend on the thread count.
fn col_sums_f32(x: &[f32], cols: usize) -> Vec<f64> {
    fn block(x: &[f32], cols: usize, c0: usize, acc: &mut [f64]) {
        #[cfg(target_arch = "x86_64")]
        #[target_feature(enable = "avx2")]
        unsafe fn avx2(x: &[f32], cols: usize, c0: usize, acc: &mut [f64]) {
            generic(x, cols, c0, acc)
        }
        #[inline(always)]
        fn generic(x: &[f32], cols: usize, c0: usize, acc: &mut [f64]) {
            let n = acc.len();
            for row in x.chunks_exact(cols) {
                for (a, &v) in acc.iter_mut().zip(&row[c0..c0 + n]) {
                    *a += v as f64;
                }
            }
        }
        #[cfg(target_arch = "x86_64")]
        {
            if std::is_x86_feature_detected!("avx2") {
                // Safety: the CPU has AVX2.
                return unsafe { avx2(x, cols, c0, acc) };
            }
        }
        generic(x, cols, c0, acc)
    }
    let mut acc = vec![0f64; cols];
    // column blocks of whole cache lines of the f64 accumulators
    const COLS: usize = 64;
    if x.len() >= PAR_MIN / 2 && cols >= 2 * COLS {
        let per = cols.div_ceil(crate::par::usable_threads().max(1)).next_multiple_of(COLS);
        crate::par::chunks_mut(&mut acc, per, &|c0, a| block(x, cols, c0, a));
    } else {
        block(x, cols, 0, &mut acc);
    }
    acc
}

/// float32 lanes of the leaf sums (independent accumulators the compiler keeps in SIMD registers).
const F32_LANES: usize = 32;
/// Leaf of the float32 pairwise sum: F32_LANES accumulators of LEAF / F32_LANES values each.
const F32_LEAF: usize = 512;

#[inline(always)]
fn f32_leaf(x: &[f32]) -> f32 {
    let mut acc = [0f32; F32_LANES];
    let chunks = x.chunks_exact(F32_LANES);
    let rem = chunks.remainder();
    for c in chunks {
        for j in 0..F32_LANES {
            acc[j] += c[j];
        }
    }
    // pairwise over the lanes
    let mut w = F32_LANES;
    while w > 1 {
        w /= 2;
        for j in 0..w {
            acc[j] += acc[j + w];
        }
    }
    let mut s = acc[0];
    for &v in rem {
        s += v;
    }
    s
}

#[inline(always)]
fn f32_pairwise_inner(x: &[f32]) -> f32 {
    if x.len() <= F32_LEAF {
        return f32_leaf(x);
    }
    // split on a leaf boundary so the leaves (and so the result) depend only on the length
    let mid = (x.len() / 2).div_ceil(F32_LEAF) * F32_LEAF;
    f32_pairwise_inner(&x[..mid]) + f32_pairwise_inner(&x[mid..])
}

/// A full leaf with AVX2: lanes 0-31 as four 8-float vectors, each lane summing its 16 values
/// in order, then the same lane tree (w = 16, 8, 4, 2, 1) as `f32_leaf`: bit-identical to it.
/// (Written out because the generic code, reached through recursion, did not stay in
/// registers: 3x slower than memory bandwidth needs.)
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
unsafe fn f32_leaf512_avx2(p: *const f32) -> f32 {
    use std::arch::x86_64::*;
    let (mut a0, mut a1, mut a2, mut a3) = (_mm256_setzero_ps(), _mm256_setzero_ps(), _mm256_setzero_ps(), _mm256_setzero_ps());
    let mut i = 0;
    while i < F32_LEAF {
        a0 = _mm256_add_ps(a0, _mm256_loadu_ps(p.add(i)));
        a1 = _mm256_add_ps(a1, _mm256_loadu_ps(p.add(i + 8)));
        a2 = _mm256_add_ps(a2, _mm256_loadu_ps(p.add(i + 16)));
        a3 = _mm256_add_ps(a3, _mm256_loadu_ps(p.add(i + 24)));
        i += F32_LANES;
    }
    let c = _mm256_add_ps(_mm256_add_ps(a0, a2), _mm256_add_ps(a1, a3)); // w = 16, 8
    let d = _mm_add_ps(_mm256_castps256_ps128(c), _mm256_extractf128_ps(c, 1)); // w = 4
    let e = _mm_add_ps(d, _mm_movehl_ps(d, d)); // w = 2
    _mm_cvtss_f32(_mm_add_ss(e, _mm_shuffle_ps(e, e, 1))) // w = 1
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn f32_pairwise_avx2(x: &[f32]) -> f32 {
    let leaves = x.len() / F32_LEAF;
    if x.len() % F32_LEAF == 0 && leaves.is_power_of_two() && leaves > 1 && leaves <= BLOCK / F32_LEAF {
        // a perfect tree over whole leaves (every full block): the leaves in one flat loop (an
        // unbroken stream of loads), then combined level by level as the recursion pairs them
        let mut s = [0f32; BLOCK / F32_LEAF];
        for (i, v) in s[..leaves].iter_mut().enumerate() {
            *v = f32_leaf512_avx2(x.as_ptr().add(i * F32_LEAF));
        }
        let mut w = leaves;
        while w > 1 {
            w /= 2;
            for i in 0..w {
                s[i] = s[2 * i] + s[2 * i + 1];
            }
        }
        return s[0];
    }
    if x.len() <= F32_LEAF {
        if x.len() == F32_LEAF {
            return f32_leaf512_avx2(x.as_ptr());
        }
        return f32_leaf(x);
    }
    // the same split as f32_pairwise_inner
    let mid = (x.len() / 2).div_ceil(F32_LEAF) * F32_LEAF;
    f32_pairwise_avx2(&x[..mid]) + f32_pairwise_avx2(&x[mid..])
}

/// Pairwise float32 sum with SIMD accumulators (numpy's and torch's scheme). The same
/// operations run in the same order with or without AVX2 (no FMA is involved), so the result
/// does not depend on the CPU.
pub fn f32_pairwise(x: &[f32]) -> f32 {
    #[cfg(target_arch = "x86_64")]
    {
        if std::is_x86_feature_detected!("avx2") {
            // Safety: the CPU has AVX2.
            return unsafe { f32_pairwise_avx2(x) };
        }
    }
    f32_pairwise_inner(x)
}

/// Sum of a contiguous float32 slice: fixed blocks of BLOCK elements summed pairwise in
/// float32 lanes, the block sums combined pairwise in float64 in block order, so the result
/// depends neither on the thread count nor on how rayon splits the work.
pub fn sum_f32(x: &[f32]) -> f64 {
    if x.len() <= BLOCK {
        return f32_pairwise(x) as f64;
    }
    let parts: Vec<f64> = if x.len() >= PAR_MIN {
        crate::par::map_collect(x.len().div_ceil(BLOCK), &|i| f32_pairwise(&x[i * BLOCK..x.len().min((i + 1) * BLOCK)]) as f64)
    } else {
        x.chunks(BLOCK).map(|c| f32_pairwise(c) as f64).collect()
    };
    pairwise(&parts)
}

/// Resolves `dims` (None = all) into a sorted, deduplicated list.
pub fn norm_dims(dims: Option<&[isize]>, nd: usize) -> Result<Vec<usize>> {
    let mut v: Vec<usize> = match dims {
        None => (0..nd).collect(),
        Some(ds) => ds.iter().map(|&d| wrap_dim(d, nd)).collect::<Result<_>>()?,
    };
    if nd == 0 {
        v.clear();
    }
    v.sort();
    v.dedup();
    Ok(v)
}

/// Permutes reduced dims to the back and returns (contiguous data as `T`, kept shape, reduced count).
fn gather_for_reduce<T: Elem>(t: &Tensor, dims: &[usize]) -> (Vec<T>, Vec<usize>, usize) {
    let nd = t.ndim();
    let kept: Vec<usize> = (0..nd).filter(|d| !dims.contains(d)).collect();
    let mut perm = kept.clone();
    perm.extend_from_slice(dims);
    let l = t.layout();
    let r: usize = dims.iter().map(|&d| l.shape[d]).product();
    let kept_shape: Vec<usize> = kept.iter().map(|&d| l.shape[d]).collect();
    let pl = crate::layout::Layout {
        shape: perm.iter().map(|&p| l.shape[p]).collect(),
        strides: perm.iter().map(|&p| l.strides[p]).collect(),
        offset: l.offset,
    };
    let v = t.view_with(pl).to_vec::<T>();
    (v, kept_shape, r)
}

fn out_shape(shape: &[usize], dims: &[usize], keepdim: bool) -> Vec<usize> {
    let mut s = vec![];
    for (i, &d) in shape.iter().enumerate() {
        if dims.contains(&i) {
            if keepdim {
                s.push(1);
            }
        } else {
            s.push(d);
        }
    }
    s
}

/// Rows of length `r`, each reduced by `f` (in parallel when large).
fn reduce_rows<T: Elem, O: Send>(data: &[T], r: usize, rows: usize, f: impl Fn(&[T]) -> O + Sync + Send) -> Vec<O> {
    if r == 0 {
        return (0..rows).map(|_| f(&[])).collect();
    }
    if data.len() >= PAR_MIN && rows > 1 {
        crate::par::map_collect(rows, &|i| f(&data[i * r..(i + 1) * r]))
    } else {
        data.chunks(r).map(f).collect()
    }
}

impl Tensor {
    /// Sum over `dims` (None: all) with keepdim; integers and bools sum to int64.
    pub fn sum(&self, dims: Option<&[isize]>, keepdim: bool) -> Result<Tensor> {
        let dl = norm_dims(dims, self.ndim())?;
        let dt = if self.dtype().is_float() { self.dtype() } else { DType::I64 };
        let oshape = out_shape(self.shape(), &dl, keepdim);
        let lead = !dl.is_empty() && dl.len() < self.ndim() && dl.iter().enumerate().all(|(i, &d)| i == d);
        let out = if dl.len() == self.ndim() && self.is_contiguous() {
            let s = if self.dtype() == DType::F32 && self.numel() >= PAR_MIN {
                // large float32 sums: float32 SIMD lanes (torch's speed), fixed blocks (deterministic)
                self.with_contiguous(|x: &[f32]| sum_f32(x))
            } else {
                with_dtype!(self.dtype(), T, self.with_contiguous(|x: &[T]| sum_slice(x)))
            };
            Tensor::full(&oshape, s, dt)
        } else if lead && self.is_contiguous() {
            // leading dims (a bias gradient): walk rows in memory order, one f64 sum per column
            let cols: usize = self.shape()[dl.len()..].iter().product();
            let acc = if self.dtype() == DType::F32 && cols > 0 {
                self.with_contiguous(|x: &[f32]| col_sums_f32(x, cols))
            } else {
                with_dtype!(self.dtype(), T, self.with_contiguous(|x: &[T]| {
                    let mut acc = vec![0f64; cols];
                    if cols > 0 {
                        for row in x.chunks_exact(cols) {
                            for (a, v) in acc.iter_mut().zip(row) {
                                *a += v.to_f64();
                            }
                        }
                    }
                    acc
                }))
            };
            Tensor::from_storage(crate::storage::Storage::F64(acc.into()), &oshape).to_dtype_nograd(dt)
        } else {
            with_dtype!(self.dtype(), T, {
                let (v, kept, r) = gather_for_reduce::<T>(self, &dl);
                let rows = numel(&kept);
                let sums = reduce_rows(&v, r, rows, |row| sum_slice(row));
                let st = crate::storage::Storage::F64(sums.into());
                Tensor::from_storage(st, &oshape).to_dtype_nograd(dt)
            })
        };
        let name = if dims.is_none() { "SumBackward0" } else { "SumBackward1" };
        let in_shape = self.shape().to_vec();
        Ok(Tensor::record(out, name, &[self], |_| {
            Box::new(ReduceRule { kind: RKind::Sum, dims: dl, keepdim, in_shape, x: None, out: None, count: 1.0 })
        }))
    }
    pub fn sum_all(&self) -> Result<Tensor> {
        self.sum(None, false)
    }
    pub fn mean(&self, dims: Option<&[isize]>, keepdim: bool) -> Result<Tensor> {
        if !self.dtype().is_float() {
            return Err(Error::runtime(format!(
                "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: {}",
                crate::dtype_display_cap(self.dtype())
            )));
        }
        let dl = norm_dims(dims, self.ndim())?;
        let count: usize = dl.iter().map(|&d| self.shape()[d]).product();
        let oshape = out_shape(self.shape(), &dl, keepdim);
        let out = with_dtype!(self.dtype(), T, {
            let (v, kept, r) = gather_for_reduce::<T>(self, &dl);
            let rows = numel(&kept);
            let m = reduce_rows(&v, r, rows, |row| T::from_f64(sum_slice(row) / count as f64));
            Tensor::from_vec(m, &oshape)
        });
        let name = if dims.is_none() { "MeanBackward0" } else { "MeanBackward1" };
        let in_shape = self.shape().to_vec();
        Ok(Tensor::record(out, name, &[self], |_| {
            Box::new(ReduceRule { kind: RKind::Sum, dims: dl, keepdim, in_shape, x: None, out: None, count: count as f64 })
        }))
    }
    pub fn prod(&self, dims: Option<&[isize]>, keepdim: bool) -> Result<Tensor> {
        let dl = norm_dims(dims, self.ndim())?;
        let dt = if self.dtype().is_float() { self.dtype() } else { DType::I64 };
        let x = self.to_dtype_nograd(dt);
        let oshape = out_shape(self.shape(), &dl, keepdim);
        let out = with_dtype!(dt, T, {
            let (v, kept, r) = gather_for_reduce::<T>(&x, &dl);
            let rows = numel(&kept);
            let m = reduce_rows(&v, r, rows, |row| T::from_f64(row.iter().fold(1.0, |a, b| a * b.to_f64())));
            Tensor::from_vec(m, &oshape)
        });
        let name = if dims.is_none() { "ProdBackward0" } else { "ProdBackward1" };
        let in_shape = self.shape().to_vec();
        Ok(Tensor::record(out, name, &[self], |o| {
            Box::new(ReduceRule { kind: RKind::Prod, dims: dl, keepdim, in_shape, x: Some(self.clone()), out: Some(o.clone()), count: 1.0 })
        }))
    }
    /// max or min over everything (MaxBackward1 / MinBackward1); NaN wins.
    pub fn max_all(&self, is_max: bool) -> Result<Tensor> {
        if self.numel() == 0 {
            return Err(Error::runtime(
                "max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.",
            ));
        }
        let out = with_dtype!(self.dtype(), T, {
            let v = self.to_vec::<T>();
            let m = v.iter().copied().fold(v[0], |a, b| pick(a, b, is_max));
            Tensor::from_vec(vec![m], &[])
        });
        let name = if is_max { "MaxBackward1" } else { "MinBackward1" };
        let in_shape = self.shape().to_vec();
        Ok(Tensor::record(out, name, &[self], |o| {
            Box::new(ReduceRule { kind: RKind::Extreme, dims: (0..self.ndim()).collect(), keepdim: false, in_shape, x: Some(self.clone()), out: Some(o.clone()), count: 1.0 })
        }))
    }
    /// (values, indices) of max/min along `dim` (MaxBackward0 / MinBackward0).
    pub fn max_dim(&self, dim: isize, keepdim: bool, is_max: bool) -> Result<(Tensor, Tensor)> {
        let nd = self.ndim();
        let d = wrap_dim(dim, nd)?;
        let dl: Vec<usize> = if nd == 0 { vec![] } else { vec![d] };
        if nd > 0 && self.shape()[d] == 0 {
            return Err(Error::index(format!(
                "{}(): Expected reduction dim {} to have non-zero size.",
                if is_max { "max" } else { "min" },
                d
            )));
        }
        let oshape = out_shape(self.shape(), &dl, keepdim);
        let (vals, idx) = with_dtype!(self.dtype(), T, {
            let (v, kept, r) = gather_for_reduce::<T>(self, &dl);
            let rows = numel(&kept);
            let r = r.max(1);
            let pairs: Vec<(T, i64)> = reduce_rows(&v, r, rows, |row| {
                let mut best = (row[0], 0i64);
                for (i, &x) in row.iter().enumerate().skip(1) {
                    if best.0 != best.0 {
                        break;
                    }
                    let better = if is_max { x > best.0 } else { x < best.0 };
                    if better || x != x {
                        best = (x, i as i64);
                    }
                }
                best
            });
            let (a, b): (Vec<T>, Vec<i64>) = pairs.into_iter().unzip();
            (Tensor::from_vec(a, &oshape), Tensor::from_vec(b, &oshape))
        });
        let name = if is_max { "MaxBackward0" } else { "MinBackward0" };
        let in_shape = self.shape().to_vec();
        let ix = idx.clone();
        let vals = Tensor::record(vals, name, &[self], move |_| {
            Box::new(IndexPickRule { dim: d, keepdim, in_shape, idx: ix })
        });
        Ok((vals, idx))
    }
    pub fn argmax(&self, dim: Option<isize>, keepdim: bool, is_max: bool) -> Result<Tensor> {
        match dim {
            Some(d) => Ok(self.max_dim(d, keepdim, is_max)?.1),
            None => {
                let flat = self.detach().reshape(&[self.numel()])?;
                let (_, i) = flat.max_dim(0, false, is_max)?;
                if keepdim {
                    return i.reshape(&vec![1; self.ndim()]);
                }
                Ok(i)
            }
        }
    }
    /// p-norm over `dims` (LinalgVectorNormBackward0); p = 2 by default.
    pub fn norm(&self, p: f64, dims: Option<&[isize]>, keepdim: bool) -> Result<Tensor> {
        if !self.dtype().is_float() {
            return Err(Error::runtime(format!(
                "linalg.vector_norm: Expected a floating point or complex tensor as input. Got {}",
                crate::dtype_display_cap(self.dtype())
            )));
        }
        let dl = norm_dims(dims, self.ndim())?;
        let oshape = out_shape(self.shape(), &dl, keepdim);
        let out = with_dtype!(self.dtype(), T, {
            let (v, kept, r) = gather_for_reduce::<T>(self, &dl);
            let rows = numel(&kept);
            let m = reduce_rows(&v, r, rows, |row| {
                let f = if p == 2.0 {
                    let sq: Vec<f64> = row.iter().map(|x| x.to_f64() * x.to_f64()).collect();
                    sum_slice(&sq).sqrt()
                } else if p == 1.0 {
                    row.iter().map(|x| x.to_f64().abs()).sum()
                } else if p.is_infinite() && p > 0.0 {
                    row.iter().map(|x| x.to_f64().abs()).fold(0.0, f64::max)
                } else if p.is_infinite() {
                    row.iter().map(|x| x.to_f64().abs()).fold(f64::INFINITY, f64::min)
                } else if p == 0.0 {
                    row.iter().filter(|x| x.to_f64() != 0.0).count() as f64
                } else {
                    row.iter().map(|x| x.to_f64().abs().powf(p)).sum::<f64>().powf(1.0 / p)
                };
                T::from_f64(f)
            });
            Tensor::from_vec(m, &oshape)
        });
        let in_shape = self.shape().to_vec();
        Ok(Tensor::record(out, "LinalgVectorNormBackward0", &[self], |o| {
            Box::new(ReduceRule { kind: RKind::Norm(p), dims: dl, keepdim, in_shape, x: Some(self.clone()), out: Some(o.clone()), count: 1.0 })
        }))
    }

    /// Sums a broadcast gradient back to `shape` (the inverse of broadcasting).
    pub fn sum_to(&self, shape: &[usize]) -> Result<Tensor> {
        let nd = self.ndim();
        // a gradient must be `shape` broadcast out (a custom backward may return anything)
        let expandable = nd >= shape.len()
            && shape.iter().zip(&self.shape()[nd - shape.len()..]).all(|(&s, &g)| s == g || s == 1);
        if !expandable {
            return Err(Error::runtime(format!(
                "invalid gradient - got {} but expected shape compatible with {}",
                crate::layout::fmt_shape(self.shape()),
                crate::layout::fmt_shape(shape)
            )));
        }
        let lead = nd - shape.len();
        let mut dims: Vec<isize> = (0..lead as isize).collect();
        for (i, &s) in shape.iter().enumerate() {
            if s == 1 && self.shape()[lead + i] != 1 {
                dims.push((lead + i) as isize);
            }
        }
        let mut r = if dims.is_empty() { self.clone() } else { self.sum(Some(&dims), true)? };
        if r.shape() != shape {
            r = r.reshape(shape)?;
        }
        Ok(r)
    }

    /// Expands a reduced gradient back over `dims` of `in_shape`.
    pub fn unreduce(&self, dims: &[usize], keepdim: bool, in_shape: &[usize]) -> Result<Tensor> {
        let mut g = self.clone();
        if !keepdim {
            for &d in dims {
                g = g.unsqueeze(d as isize)?;
            }
        }
        g.broadcast_to(in_shape)
    }
}

#[inline]
fn pick<T: Elem>(a: T, b: T, is_max: bool) -> T {
    if a != a {
        return a;
    }
    if b != b {
        return b;
    }
    if is_max {
        if b > a { b } else { a }
    } else if b < a {
        b
    } else {
        a
    }
}

enum RKind {
    Sum,
    Prod,
    Extreme,
    Norm(f64),
}

struct ReduceRule {
    kind: RKind,
    dims: Vec<usize>,
    keepdim: bool,
    in_shape: Vec<usize>,
    x: Option<Tensor>,
    out: Option<Tensor>,
    count: f64,
}

impl Backward for ReduceRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let up = |t: &Tensor| t.unreduce(&self.dims, self.keepdim, &self.in_shape);
        let gi = match self.kind {
            RKind::Sum => {
                let g = if self.count != 1.0 { g.div(&Tensor::scalar(self.count, g.dtype()))? } else { g.clone() };
                up(&g)?
            }
            RKind::Prod => {
                let x = self.x.as_ref().unwrap();
                let out = cx.output(self.out.as_ref().unwrap());
                up(&g.mul(&out)?)?.div(x)?
            }
            RKind::Extreme => {
                let x = self.x.as_ref().unwrap();
                let out = self.out.as_ref().unwrap();
                let mask = x.compare(&up(out)?, CmpOp::Eq)?.to_dtype_nograd(g.dtype());
                let cnt = mask.sum(None, false)?;
                up(&g.div(&cnt)?)?.mul(&mask)?
            }
            RKind::Norm(p) => {
                let x = self.x.as_ref().unwrap();
                let out = cx.output(self.out.as_ref().unwrap());
                if p == 2.0 {
                    // g * x / ||x||, with 0 where the norm is 0
                    let zero = Tensor::scalar(0.0, out.dtype());
                    let nz = out.compare(&zero, CmpOp::Ne)?;
                    let safe = out.where_(&nz, &Tensor::scalar(1.0, out.dtype()))?;
                    let scale = g.div(&safe)?.where_(&nz, &zero)?;
                    x.mul(&up(&scale)?)?
                } else if p == 1.0 {
                    x.sign()?.mul(&up(g)?)?
                } else {
                    // g * |x|^(p-1) sign(x) / norm^(p-1)
                    let ax = x.abs()?.pow_scalar(p - 1.0)?.mul(&x.sign()?)?;
                    ax.mul(&up(&g.div(&out.pow_scalar(p - 1.0)?)?)?)?
                }
            }
        };
        Ok(vec![Some(gi)])
    }
    fn saves_tensors(&self) -> bool {
        !matches!(self.kind, RKind::Sum)
    }
    fn saves_output(&self) -> bool {
        self.saves_tensors()
    }
}

/// Gradient of max/min along a dim: the gradient goes to the picked index.
struct IndexPickRule {
    dim: usize,
    keepdim: bool,
    in_shape: Vec<usize>,
    idx: Tensor,
}
impl Backward for IndexPickRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        if self.in_shape.is_empty() {
            return Ok(vec![Some(g.clone())]);
        }
        let idx = if self.keepdim { self.idx.clone() } else { self.idx.unsqueeze(self.dim as isize)? };
        let g = if self.keepdim { g.clone() } else { g.unsqueeze(self.dim as isize)? };
        Ok(vec![Some(g.scatter_into(self.dim, &idx, &self.in_shape)?)])
    }
}

#[cfg(test)]
mod sum_tests {
    use super::*;

    fn exact(x: &[f32]) -> f64 {
        // compensated f64 sum: exact enough as a reference for 1e7 float32 values
        let (mut s, mut c) = (0f64, 0f64);
        for &v in x {
            let y = v as f64 - c;
            let t = s + y;
            c = (t - s) - y;
            s = t;
        }
        s
    }

    fn inputs() -> Vec<(&'static str, Vec<f32>, f64)> {
        let n = 10_000_000usize;
        // torch 2.15's absolute errors on the same inputs (2 threads): 0.45, 527.7, 0.23
        vec![
            ("tenth", vec![0.1f32; n], 0.452),
            (
                "mixed",
                (0..n)
                    .map(|i| {
                        let mag = 10f64.powi((i % 7) as i32 - 3);
                        let sign = if i % 3 == 0 { -1.0 } else { 1.0 };
                        (((i * 7919) % 1000) as f64 * mag * sign) as f32
                    })
                    .collect(),
                527.8,
            ),
            ("ramp", (0..n).map(|i| (i % 1000) as f32 * 1e-3f32 + 1.0).collect(), 0.231),
        ]
    }

    #[test]
    fn f32_sum_is_as_accurate_as_torch() {
        for (name, x, torch_err) in inputs() {
            let r = exact(&x);
            let s = sum_f32(&x) as f32 as f64;
            let ulp = (r as f32).abs() as f64 * f32::EPSILON as f64;
            assert!((s - r).abs() <= torch_err.max(ulp), "{name}: {s} vs {r}");
        }
    }

    #[test]
    fn f32_sum_does_not_depend_on_thread_count() {
        for (name, x, _) in inputs() {
            let run = |t: usize| {
                let pool = rayon::ThreadPoolBuilder::new().num_threads(t).build().unwrap();
                pool.install(|| sum_f32(&x))
            };
            let (one, two) = (run(1), run(2));
            assert_eq!(one.to_bits(), two.to_bits(), "{name}");
            assert_eq!(one.to_bits(), run(3).to_bits(), "{name}");
            // the scalar and AVX2 paths agree too
            assert_eq!((f32_pairwise_inner(&x[..100_000]) as f64).to_bits(), (f32_pairwise(&x[..100_000]) as f64).to_bits());
        }
    }

    #[test]
    fn f32_avx2_leaves_match_the_generic_order_bit_for_bit() {
        let mut st = 12345u64;
        let x: Vec<f32> = (0..70_000)
            .map(|_| {
                st = st.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                ((st >> 33) as f32 / 2147483648.0 - 0.3) * 1e3
            })
            .collect();
        for n in [0usize, 1, 31, 32, 33, 511, 512, 513, 1000, 1024, 1537, 2048, 4096, 8192, 16384, 32767, 32768, 32769, 65536, 70_000] {
            for off in [0usize, 1, 3] {
                let v = &x[off..(off + n).min(x.len())];
                assert_eq!(f32_pairwise_inner(v).to_bits(), f32_pairwise(v).to_bits(), "n = {n}, off = {off}");
            }
        }
    }

    #[test]
    fn pairwise_with_side_by_side_leaves_keeps_the_recursions_bits() {
        let x: Vec<f32> = (0..5000u32).map(|i| ((i.wrapping_mul(2654435761) >> 7) as f32 * 1e-3).sin() * 1e3).collect();
        for n in (0..700).chain([1000, 1023, 1024, 1025, 4095, 5000]) {
            assert_eq!(pairwise(&x[..n]).to_bits(), pairwise_plain(&x[..n]).to_bits(), "n = {n}");
        }
    }

    #[test]
    fn f32_sum_of_small_and_odd_lengths() {
        for n in [0usize, 1, 5, 31, 32, 33, 511, 512, 513, 1025, 40_000, 131_073] {
            let x: Vec<f32> = (0..n).map(|i| (i % 13) as f32 - 6.0).collect();
            assert_eq!(sum_f32(&x), exact(&x), "n = {n}");
        }
    }
}
