//! dot / mv / mm / bmm / matmul with batch broadcasting, on the `gemm` crate for floats.
//! Strided operands (transposed views) go to gemm as they are: no copies.
use crate::autograd::{Backward, Ctx};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::layout::{broadcast_shapes, fmt_shape, numel};
use crate::storage::{Elem, Num};
use crate::par::SendPtr;
use crate::tensor::Tensor;

/// Below this m*n*k a plain loop beats gemm's setup cost.
const SMALL: usize = 4096;
/// Above this m*n*k gemm may use all rayon threads.
const PARALLEL: usize = 96 * 96 * 96;

/// C[m,n] = A[m,k] B[k,n] for one matrix, strided operands, contiguous output slice.
fn gemm_one<T: Num>(
    m: usize, n: usize, k: usize,
    a: &[T], a_off: usize, a_rs: isize, a_cs: isize,
    b: &[T], b_off: usize, b_rs: isize, b_cs: isize,
    c: *mut T,
) {
    // `c` points at m*n elements that may be uninitialised: every path below writes each of
    // them exactly once without reading (gemm with read_dst = false never reads dst).
    if m * n * k < SMALL || !T::DTYPE.is_float() {
        for i in 0..m {
            for j in 0..n {
                let mut acc = T::ZERO;
                for p in 0..k {
                    let x = a[(a_off as isize + i as isize * a_rs + p as isize * a_cs) as usize];
                    let y = b[(b_off as isize + p as isize * b_rs + j as isize * b_cs) as usize];
                    acc = acc + x * y;
                }
                unsafe { c.add(i * n + j).write(acc) };
            }
        }
        return;
    }
    let (a, b) = (SendPtr(unsafe { a.as_ptr().add(a_off) } as *mut T), SendPtr(unsafe { b.as_ptr().add(b_off) } as *mut T));
    let c = SendPtr(c);
    // One gemm call per block of C: rows [r0, r0+mr) x columns [c0, c0+nc).
    let block = move |r0: usize, mr: usize, c0: usize, nc: usize, par: gemm::Parallelism| {
        let (a, b, c) = (a, b, c);
        // gemm computes dst := alpha*dst + beta*lhs*rhs; read_dst=false ignores alpha.
        unsafe {
            gemm::gemm::<T>(
                mr, nc, k,
                c.0.add(r0 * n + c0), 1, n as isize,
                false,
                a.0.offset(r0 as isize * a_rs), a_cs, a_rs,
                b.0.offset(c0 as isize * b_cs), b_cs, b_rs,
                T::ZERO, T::ONE,
                false, false, false,
                par,
            );
        }
    };
    let threads = crate::par::usable_threads();
    // Large products: gemm's own threading, which packs the shared operand once for all threads
    // (+2% at n = 1024, +7% on a 512 forward+backward against one sequential call per thread;
    // an MLP's weight gradient [256, 512] x [512, 784]: 1250 -> 1160 us, its forward [512, 784] x
    // [784, 256] unchanged). It splits only rows and columns, never k, so C is still
    // bit-identical for every thread count.
    if threads > 1 && m.min(n).min(k) >= 256 && m.max(n).max(k) >= 512 {
        return block(0, m, 0, n, gemm::Parallelism::Rayon(threads));
    }
    match split_plan(m, n, k, threads) {
        None => block(0, m, 0, n, gemm::Parallelism::None),
        Some((rows, step)) => {
            let total = if rows { m } else { n };
            let chunks = total.div_ceil(step);
            crate::par::for_each(chunks, &|i| {
                let s0 = i * step;
                let len = step.min(total - s0);
                if rows { block(s0, len, 0, n, gemm::Parallelism::None) } else { block(0, m, s0, len, gemm::Parallelism::None) }
            });
        }
    }
}


/// How to cut C[m,n] into one block per thread: `(split the rows?, rows or columns per block)`,
/// or None for one sequential call. Every block is a sequential gemm call whose results are
/// bit-identical to the whole product's (gemm sums each element over k in the same kc blocks:
/// they depend on k alone, except in gemm's path for m <= 64 && n <= 64, which blocks k by 512;
/// blocks are never cut into that path unless the whole product is in it), so C does not
/// depend on the thread count. Rows are split (each thread packs its own part of A) unless C
/// has few rows; then the columns.
fn split_plan(m: usize, n: usize, k: usize, threads: usize) -> Option<(bool, usize)> {
    // m or n of 1 (gemm's matrix-vector paths) or k <= 2 (its outer-product path): no split
    if threads < 2 || m * n * k < PARALLEL || m < 2 || n < 2 || k <= 2 {
        return None;
    }
    let rows = m >= 128 || m >= n;
    // Rows of a row-major C are gemm's 6-wide (NR) direction, columns its 16-tall (MR) one:
    // blocks cut at those multiples and as even as possible (a 144/112 cut of 256 rows left one
    // thread idle for an eighth of a weight-gradient GEMM).
    let (total, align) = if rows { (m, 6) } else { (n, 16) };
    for parts in (2..=threads).rev() {
        let step = total.div_ceil(parts).next_multiple_of(align);
        if step >= total {
            continue;
        }
        // the first block and the last (possibly shorter) one, as (rows, columns); a block of
        // one row or column would take gemm's matrix-vector path (another summation order)
        let last = total - (total.div_ceil(step) - 1) * step;
        if last < 2 {
            continue;
        }
        let (first, last) = if rows { ((step, n), (last, n)) } else { ((m, step), (m, last)) };
        let small = |(bm, bn): (usize, usize)| bm <= 64 && bn <= 64;
        // gemm's dot-product kernels take products of at most 16x16 (another order too)
        let tiny = |(bm, bn): (usize, usize)| bm * bn <= 16 * 16;
        if tiny(first) || tiny(last) {
            continue;
        }
        if k > 512 && !small((m, n)) && (small(first) || small(last)) {
            continue;
        }
        return Some((rows, step));
    }
    None
}

/// Batched matmul of a[..., m, k] and b[..., k, n] (both >= 2-D), batch dims broadcast.
fn matmul_nd(a: &Tensor, b: &Tensor) -> Result<Tensor> {
    let (ra, rb) = (a.ndim(), b.ndim());
    let (m, k) = (a.shape()[ra - 2], a.shape()[ra - 1]);
    let (k2, n) = (b.shape()[rb - 2], b.shape()[rb - 1]);
    if k != k2 {
        return Err(Error::runtime(format!(
            "mat1 and mat2 shapes cannot be multiplied ({}x{} and {}x{})",
            m, k, k2, n
        )));
    }
    let batch = broadcast_shapes(&a.shape()[..ra - 2], &b.shape()[..rb - 2])?;
    let nb = numel(&batch);
    let dt = DType::promote(a.dtype(), b.dtype());
    let dt = if dt == DType::Bool { DType::I64 } else { dt };
    // half types: float32 GEMM, result rounded once
    let (a, b) = (a.to_dtype_nograd(dt.compute()), b.to_dtype_nograd(dt.compute()));
    let mut oshape = batch.clone();
    oshape.push(m);
    oshape.push(n);
    let (la, lb) = (a.layout().clone(), b.layout().clone());
    // batch strides of each operand, broadcast to `batch`
    let bs = |l: &crate::layout::Layout| {
        let r = l.ndim();
        let sub = crate::layout::Layout { shape: l.shape[..r - 2].to_vec(), strides: l.strides[..r - 2].to_vec(), offset: 0 };
        sub.broadcast_strides(&batch)
    };
    let (sa, sb) = (bs(&la), bs(&lb));
    let out = crate::with_compute_dtype!(dt.compute(), T, {
        // large outputs reuse a cached buffer (no page faults); gemm_one fills every element
        let total = nb * m * n;
        let mut out: Vec<T> = crate::bufcache::vec_with_capacity(total);
        let ga = a.read();
        let gb = b.read();
        let (da, db) = (T::slice(&ga), T::slice(&gb));
        let mut idx = vec![0usize; batch.len()];
        for bi in 0..nb {
            let (mut oa, mut ob) = (la.offset as isize, lb.offset as isize);
            for d in 0..batch.len() {
                oa += idx[d] as isize * sa[d];
                ob += idx[d] as isize * sb[d];
            }
            gemm_one::<T>(
                m, n, k,
                da, oa as usize, la.strides[ra - 2], la.strides[ra - 1],
                db, ob as usize, lb.strides[rb - 2], lb.strides[rb - 1],
                unsafe { out.as_mut_ptr().add(bi * m * n) },
            );
            for d in (0..batch.len()).rev() {
                idx[d] += 1;
                if idx[d] < batch[d] {
                    break;
                }
                idx[d] = 0;
            }
        }
        // Safety: the loop above wrote all `total` elements (nb batches of m*n)
        unsafe { out.set_len(total) };
        Tensor::from_vec(out, &oshape)
    });
    Ok(out.to_dtype_nograd(dt))
}

impl Tensor {
    /// Transpose of the last two dims (a view).
    pub fn mt(&self) -> Result<Tensor> {
        let nd = self.ndim();
        if nd < 2 {
            return Ok(self.clone());
        }
        self.transpose(-2, -1)
    }

    /// torch.matmul semantics for every rank combination.
    pub fn matmul(&self, other: &Tensor) -> Result<Tensor> {
        let (ra, rb) = (self.ndim(), other.ndim());
        if ra == 0 || rb == 0 {
            return Err(Error::runtime(format!(
                "both arguments to matmul need to be at least 1D, but they are {}D and {}D",
                ra, rb
            )));
        }
        if ra == 1 && rb == 1 && self.shape()[0] != other.shape()[0] {
            return Err(Error::runtime(format!(
                "inconsistent tensor size, expected tensor [{}] and src [{}] to have the same number of elements, but got {} and {} elements respectively",
                self.shape()[0], other.shape()[0], self.shape()[0], other.shape()[0]
            )));
        }
        if ra == 2 && rb == 1 && self.shape()[1] != other.shape()[0] {
            return Err(Error::runtime(format!(
                "size mismatch, got input ({}), mat ({}x{}), vec ({})",
                self.shape()[0], self.shape()[0], self.shape()[1], other.shape()[0]
            )));
        }
        let a2 = if ra == 1 { self.detach().unsqueeze_nograd(0) } else { self.detach() };
        let b2 = if rb == 1 { other.detach().unsqueeze_nograd(1) } else { other.detach() };
        let out = matmul_nd(&a2, &b2)?;
        // drop the dims that 1-D operands added
        let mut shape = out.shape().to_vec();
        let nd = shape.len();
        if rb == 1 {
            shape.remove(nd - 1);
        }
        if ra == 1 {
            shape.remove(shape.len() - if rb == 1 { 1 } else { 2 });
        }
        let out = out.view_with(crate::layout::Layout::contiguous(&shape));
        let name = match (ra, rb) {
            (1, 1) => "DotBackward0",
            (2, 1) => "MvBackward0",
            (2, 2) => "MmBackward0",
            (1, 2) => "SqueezeBackward4",
            _ => "UnsafeViewBackward0",
        };
        Ok(Tensor::record(out, name, &[self, other], |_| {
            Box::new(MatmulRule { a: self.clone(), b: other.clone() })
        }))
    }
    /// Strict 2-D product with torch's messages.
    pub fn mm(&self, other: &Tensor) -> Result<Tensor> {
        if self.ndim() != 2 {
            return Err(Error::runtime(format!("self must be a matrix")));
        }
        if other.ndim() != 2 {
            return Err(Error::runtime(format!("mat2 must be a matrix")));
        }
        self.matmul(other)
    }
    pub fn bmm(&self, other: &Tensor) -> Result<Tensor> {
        if self.ndim() != 3 || other.ndim() != 3 {
            return Err(Error::runtime(format!(
                "batch1 must be a 3D tensor"
            )));
        }
        if self.shape()[0] != other.shape()[0] || self.shape()[2] != other.shape()[1] {
            return Err(Error::runtime(format!(
                "Expected size for first two dimensions of batch2 tensor to be: [{}, {}] but got: [{}, {}].",
                self.shape()[0], self.shape()[2], other.shape()[0], other.shape()[1]
            )));
        }
        let out = matmul_nd(&self.detach(), &other.detach())?;
        Ok(Tensor::record(out, "BmmBackward0", &[self, other], |_| {
            Box::new(MatmulRule { a: self.clone(), b: other.clone() })
        }))
    }
    pub fn dot(&self, other: &Tensor) -> Result<Tensor> {
        if self.ndim() != 1 || other.ndim() != 1 {
            return Err(Error::runtime(format!(
                "1D tensors expected, but got {}D and {}D tensors",
                self.ndim(),
                other.ndim()
            )));
        }
        if self.dtype() != other.dtype() {
            return Err(Error::runtime(format!(
                "dot : expected both vectors to have same dtype, but found {} and {}",
                crate::dtype_display_cap(self.dtype()),
                crate::dtype_display_cap(other.dtype())
            )));
        }
        self.matmul(other)
    }
    fn unsqueeze_nograd(&self, d: usize) -> Tensor {
        let l = self.layout();
        let mut shape = l.shape.clone();
        let mut strides = l.strides.clone();
        let st = if d < shape.len() { strides[d] * shape[d] as isize } else { 1 };
        shape.insert(d, 1);
        strides.insert(d, st);
        self.view_with(crate::layout::Layout { shape, strides, offset: l.offset })
    }
}

pub fn mm_shape_error(a: &[usize], b: &[usize]) -> Error {
    Error::runtime(format!("mat1 and mat2 shapes cannot be multiplied ({} and {})", fmt_shape(a), fmt_shape(b)))
}

struct MatmulRule {
    a: Tensor,
    b: Tensor,
}

/// A 2-D tensor stored column by column (a transposed view of a contiguous matrix).
fn is_colmajor(t: &Tensor) -> bool {
    let (s, st) = (t.shape(), t.strides());
    s.len() == 2 && s[0] > 1 && s[1] > 1 && st[0] == 1 && st[1] == s[0] as isize
}

/// d(a @ b)/da = g @ b^T for 2-D operands. Like torch's mm_mat1_backward, a column-major `a`
/// (e.g. `w.t()`) gets its gradient as `(b @ g^T)^T`, a view with a's own layout, so the
/// transpose node above it hands a contiguous gradient on (no copy when it is accumulated).
fn mm_grad_a(g: &Tensor, a: &Tensor, b: &Tensor) -> Result<Tensor> {
    if is_colmajor(a) {
        b.matmul(&g.mt()?)?.mt()
    } else {
        g.matmul(&b.mt()?)
    }
}

/// d(a @ b)/db = a^T @ g for 2-D operands; `(g^T @ a)^T` for a column-major `b` (torch's
/// mm_mat2_backward), which makes `linear`'s weight gradient contiguous after `t()`.
fn mm_grad_b(g: &Tensor, a: &Tensor, b: &Tensor) -> Result<Tensor> {
    if is_colmajor(b) {
        g.mt()?.matmul(a)?.mt()
    } else {
        a.mt()?.matmul(g)
    }
}

impl Tensor {
    /// torch.addmm(bias, m1, m2) with beta = alpha = 1 (what `F.linear` runs for 2-D input):
    /// one AddmmBackward0 node with edges (bias, m1, m2). The product is computed first and the
    /// bias added to it, so the values equal `bias + m1 @ m2`. Operands of different dtypes,
    /// half dtypes or a bias that does not broadcast take the composite path.
    pub fn addmm(bias: &Tensor, m1: &Tensor, m2: &Tensor) -> Result<Tensor> {
        if m1.ndim() != 2 || m2.ndim() != 2 {
            return Err(Error::runtime(format!(
                "addmm: expected 2-D matrices, got {}D and {}D", m1.ndim(), m2.ndim()
            )));
        }
        if m1.shape()[1] != m2.shape()[0] {
            return Err(mm_shape_error(m1.shape(), m2.shape()));
        }
        let (m, n) = (m1.shape()[0], m2.shape()[1]);
        let dt = m1.dtype();
        let fast = (dt == DType::F32 || dt == DType::F64)
            && m2.dtype() == dt
            && bias.dtype() == dt
            && bias.ndim() <= 2
            && broadcast_shapes(bias.shape(), &[m, n]).map(|s| s == [m, n]).unwrap_or(false);
        if dt.is_half() && m2.dtype() == dt && bias.dtype() == dt {
            // torch on CPU: the float32 product plus the bias, rounded to the half type once
            let c = dt.compute();
            let (b32, a32, m32) = (bias.to_dtype_nograd(c), m1.to_dtype_nograd(c), m2.to_dtype_nograd(c));
            let out = Tensor::addmm(&b32.detach(), &a32.detach(), &m32.detach())?.to_dtype_nograd(dt);
            return Ok(Tensor::record(out, "AddmmBackward0", &[bias, m1, m2], |_| {
                Box::new(AddmmRule { m1: m1.clone(), m2: m2.clone() })
            }));
        }
        if !fast {
            let prod = m1.matmul(m2)?;
            return Ok(bias.add(&prod)?.renamed_grad_fn("AddmmBackward0".to_string()));
        }
        let out = matmul_nd(&m1.detach(), &m2.detach())?;
        {
            // out is fresh and contiguous [m, n]; add the broadcast bias in place
            let lb = bias.layout().clone();
            let bst = lb.broadcast_strides(&[m, n]);
            let sb = bias.read();
            let mut so = out.write();
            crate::with_compute_float_dtype!(dt, T, {
                let (db, dout) = (T::slice(&sb), T::slice_mut(&mut so));
                for i in 0..m {
                    let row = &mut dout[i * n..(i + 1) * n];
                    let base = lb.offset as isize + i as isize * bst[0];
                    if bst[1] == 1 {
                        let b = &db[base as usize..base as usize + n];
                        for (o, &bv) in row.iter_mut().zip(b) {
                            *o = bv + *o;
                        }
                    } else {
                        for (j, o) in row.iter_mut().enumerate() {
                            *o = db[(base + j as isize * bst[1]) as usize] + *o;
                        }
                    }
                }
            });
        }
        Ok(Tensor::record(out, "AddmmBackward0", &[bias, m1, m2], |_| {
            Box::new(AddmmRule { m1: m1.clone(), m2: m2.clone() })
        }))
    }
}

struct AddmmRule {
    m1: Tensor,
    m2: Tensor,
}
impl Backward for AddmmRule {
    fn saves_input(&self, i: usize) -> bool {
        i != 0
    }
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        // the bias gradient is g itself; the engine sums it back to the bias shape
        Ok(vec![
            if cx.needs[0] { Some(g.clone()) } else { None },
            if cx.needs[1] { Some(mm_grad_a(g, &self.m1, &self.m2)?) } else { None },
            if cx.needs[2] { Some(mm_grad_b(g, &self.m1, &self.m2)?) } else { None },
        ])
    }
}

impl Backward for MatmulRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let (a, b) = (&self.a, &self.b);
        let (ra, rb) = (a.ndim(), b.ndim());
        if ra == 2 && rb == 2 && g.ndim() == 2 {
            return Ok(vec![
                if cx.needs[0] { Some(mm_grad_a(g, a, b)?) } else { None },
                if cx.needs[1] { Some(mm_grad_b(g, a, b)?) } else { None },
            ]);
        }
        let a2 = if ra == 1 { a.unsqueeze(0)? } else { a.clone() };
        let b2 = if rb == 1 { b.unsqueeze(1)? } else { b.clone() };
        // g with the dims 1-D operands dropped put back: [..., m, n]
        let mut g2 = g.clone();
        if ra == 1 {
            g2 = g2.unsqueeze(if rb == 1 { 0 } else { -2 })?;
        }
        if rb == 1 {
            g2 = g2.unsqueeze(-1)?;
        }
        let ga = if cx.needs[0] {
            let r = g2.matmul(&b2.mt()?)?.sum_to(a2.shape())?;
            Some(r.reshape(a.shape())?)
        } else {
            None
        };
        let gb = if cx.needs[1] {
            let r = a2.mt()?.matmul(&g2)?.sum_to(b2.shape())?;
            Some(r.reshape(b.shape())?)
        } else {
            None
        };
        Ok(vec![ga, gb])
    }
}

#[cfg(test)]
mod split_tests {
    use super::*;

    fn run(threads: usize, t: &Tensor, u: &Tensor) -> Vec<u32> {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        let c = pool.install(|| t.matmul(u).unwrap());
        c.to_vec::<f32>().iter().map(|x| x.to_bits()).collect()
    }

    #[test]
    fn split_products_do_not_depend_on_the_thread_count() {
        let shapes = [
            (64, 256, 784), (256, 784, 64), (128, 64, 784), (64, 128, 784), (40, 128, 600),
            (130, 70, 900), (300, 33, 700), (33, 300, 700), (97, 97, 97), (256, 256, 256),
            (200, 513, 130), (256, 512, 784), (512, 256, 300), (97, 50, 33), (49, 300, 40), (1, 512, 2048), (512, 1, 2048), (2, 700, 700), (700, 2, 700), (3, 300, 1000), (300, 3, 1000),
        ];
        for &(m, n, k) in &shapes {
            for &(ta, tb) in &[(false, false), (true, false), (false, true)] {
                let mk = |r: usize, c: usize, tr: bool, seed: usize| {
                    let v: Vec<f32> = (0..r * c).map(|i| (((i + seed) * 7919 % 1013) as f32 - 506.0) / 317.0).collect();
                    if tr {
                        Tensor::from_vec(v, &[c, r]).transpose(0, 1).unwrap()
                    } else {
                        Tensor::from_vec(v, &[r, c])
                    }
                };
                let (a, b) = (mk(m, k, ta, 1), mk(k, n, tb, 5));
                let one = run(1, &a, &b);
                for th in [2, 3, 4] {
                    assert!(one == run(th, &a, &b), "{m}x{n}x{k} ta={ta} tb={tb} threads={th}");
                }
            }
        }
    }
}
