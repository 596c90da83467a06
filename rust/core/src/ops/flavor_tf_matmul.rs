//! TensorFlow's CPU float32 MatMul arithmetic (TF 2.21 wheel: Eigen built for AVX without FMA
//! contraction, oneDNN 3.7 sgemm). TF runs MatMul as a BatchMatMul of one matrix:
//! - one output row or column (m == 1 or n == 1): Eigen's dense product of row-major maps
//!   (`SequentialMatMulKernel`, or `SingleBatchParallelMatMulKernel` above 128*128 multiply-adds,
//!   which splits the output into blocks): the coefficient-based lazy product when
//!   k + rows + cols < 20, else Eigen's GEMV (row-major: 8-lane packets per row, rows in groups of
//!   8/4/2 and a single last row that also takes a 4-lane half packet; column-major: running sums
//!   over blocks of 16 columns once k >= 128) or, for a 1x1 result, Eigen's inner product;
//! - otherwise: Eigen's tensor contraction, whose kernel calls `dnnl_sgemm('N', 'N')` per block on
//!   the (materialised) operands with one thread; when the whole problem is one block this is
//!   oneDNN's sgemm of op(a) by op(b) (`flavor_ms_matmul::onednn_sgemm_kernel`, TF flavour).
//!
//! Not modelled: Eigen's contraction blocking and threading for large problems (several blocks
//! along k, m or n, or sharding by k), which add the blocks' partial sums in their own order;
//! those shapes get the single-block arithmetic and may differ in the last bits.
//! The gradient is TF's `_MatMulGrad`, written with `tf_matmul` itself (so higher orders work).
use super::flavor_ms_matmul::{ms_threads, onednn_sgemm_kernel, GemmFlavor};
use crate::autograd::{Backward, Ctx};
use crate::error::Result;
use crate::tensor::Tensor;

// ---------------------------------------------------------------- Eigen (no FMA) dot products

#[inline(always)]
fn tree8(p: &[f32; 8]) -> f32 {
    let w = [p[0] + p[4], p[1] + p[5], p[2] + p[6], p[3] + p[7]];
    (w[0] + w[2]) + (w[1] + w[3])
}

#[inline(always)]
fn tree4(p: &[f32; 4]) -> f32 {
    (p[0] + p[2]) + (p[1] + p[3])
}

/// A running sum of products starting from the first product (Eigen's scalar redux / lazy
/// product packets / non-vectorised inner product).
fn seq_first(a: &[f32], b: &[f32]) -> f32 {
    let mut r = a[0] * b[0];
    for i in 1..a.len() {
        r += a[i] * b[i];
    }
    r
}

/// Eigen's vectorised redux of a product expression (`(a .* b).sum()`): two 8-lane
/// accumulators over pairs of packets, combined, one more packet, the tree sum, the scalar tail.
fn redux2(a: &[f32], b: &[f32]) -> f32 {
    let k = a.len();
    if k < 8 {
        return seq_first(a, b);
    }
    let prod = |i: usize| -> [f32; 8] { std::array::from_fn(|l| a[i + l] * b[i + l]) };
    let add = |p: &mut [f32; 8], q: [f32; 8]| {
        for l in 0..8 {
            p[l] += q[l];
        }
    };
    let (ae2, ae) = (k / 16 * 16, k / 8 * 8);
    let mut p0 = prod(0);
    if ae > 8 {
        let mut p1 = prod(8);
        let mut i = 16;
        while i < ae2 {
            add(&mut p0, prod(i));
            add(&mut p1, prod(i + 8));
            i += 16;
        }
        add(&mut p0, p1);
        if ae > ae2 {
            add(&mut p0, prod(ae2));
        }
    }
    let mut r = tree8(&p0);
    for i in ae..k {
        r += a[i] * b[i];
    }
    r
}

/// Eigen's vectorised inner product (`dot`): four 8-lane accumulators over quads of packets, the
/// leftover packets, the accumulators added pairwise, the tree sum, the scalar tail.
fn dot4(a: &[f32], b: &[f32]) -> f32 {
    let k = a.len();
    if k < 8 {
        return seq_first(a, b);
    }
    let prod = |i: usize| -> [f32; 8] { std::array::from_fn(|l| a[i + l] * b[i + l]) };
    let mad = |p: &mut [f32; 8], i: usize| {
        for l in 0..8 {
            p[l] += a[i + l] * b[i + l];
        }
    };
    let add = |p: &mut [f32; 8], q: &[f32; 8]| {
        for l in 0..8 {
            p[l] += q[l];
        }
    };
    let (pe, qe, npk) = (k / 8 * 8, k / 32 * 32, k / 8);
    let nrem = (pe - qe) / 8;
    let mut p0 = prod(0);
    let mut p1 = if npk >= 2 { prod(8) } else { [0.0; 8] };
    let mut p2 = if npk >= 3 { prod(16) } else { [0.0; 8] };
    if npk >= 4 {
        let mut p3 = prod(24);
        let mut i = 32;
        while i < qe {
            mad(&mut p0, i);
            mad(&mut p1, i + 8);
            mad(&mut p2, i + 16);
            mad(&mut p3, i + 24);
            i += 32;
        }
        if nrem >= 1 {
            mad(&mut p0, qe);
        }
        if nrem >= 2 {
            mad(&mut p1, qe + 8);
        }
        if nrem == 3 {
            mad(&mut p2, qe + 16);
        }
        add(&mut p2, &p3);
    }
    if npk >= 3 {
        add(&mut p1, &p2);
    }
    if npk >= 2 {
        add(&mut p0, &p1);
    }
    let mut r = tree8(&p0);
    for i in pe..k {
        r += a[i] * b[i];
    }
    r
}

/// One row of Eigen's row-major GEMV: 8-lane packets, tree sum, (for the single last row) a
/// 4-lane half packet, then the scalar tail.
fn rowgemv_dot(a: &[f32], x: &[f32], single: bool) -> f32 {
    let k = a.len();
    let (fe, he) = (k / 8 * 8, k / 4 * 4);
    let mut c = [0f32; 8];
    let mut j = 0;
    while j < fe {
        for l in 0..8 {
            c[l] += a[j + l] * x[j + l];
        }
        j += 8;
    }
    let mut cc = tree8(&c);
    let mut start = fe;
    if single {
        let mut h = [0f32; 4];
        let mut j = fe;
        while j < he {
            for l in 0..4 {
                h[l] += a[j + l] * x[j + l];
            }
            j += 4;
        }
        cc += tree4(&h);
        start = he;
    }
    for j in start..k {
        cc += a[j] * x[j];
    }
    cc
}

/// One row of Eigen's column-major GEMV: running sums over blocks of `bc` columns, each added
/// to the result.
fn colgemv_dot(a: &[f32], x: &[f32], bc: usize) -> f32 {
    let mut res = 0f32;
    for (ab, xb) in a.chunks(bc).zip(x.chunks(bc)) {
        let mut c = 0f32;
        for (p, q) in ab.iter().zip(xb) {
            c += p * q;
        }
        res += c;
    }
    res
}

/// SingleBatchParallelMatMulKernel's output blocks (row, col, nrows, ncols).
fn out_blocks(m: usize, k: usize, n: usize, nthr: usize) -> Vec<(usize, usize, usize, usize)> {
    const KMAX: usize = 128 * 128;
    const BMIN: usize = 64;
    let cost = m * k * n;
    if cost <= KMAX {
        return vec![(0, 0, m, n)];
    }
    let limit = (cost / nthr.max(1)).max(KMAX);
    fn rec(row: usize, col: usize, mut nr: usize, mut nc: usize, k: usize, limit: usize, out: &mut Vec<(usize, usize, usize, usize)>) {
        let mut work = nr * k * nc;
        while work > limit && (nr > BMIN || nc > BMIN) {
            if nr > nc {
                let half = (nr / 2).div_ceil(BMIN) * BMIN;
                rec(row + half, col, nr - half, nc, k, limit, out);
                nr = half;
            } else {
                let half = (nc / 2).div_ceil(BMIN) * BMIN;
                rec(row, col + half, nr, nc - half, k, limit, out);
                nc = half;
            }
            work = nr * k * nc;
        }
        if nr > 0 && nc > 0 {
            out.push((row, col, nr, nc));
        }
    }
    let mut out = Vec::new();
    rec(0, 0, m, n, k, limit, &mut out);
    out
}

/// Rows of a row-major GEMV of `r` rows with lhs stride `stride` that are processed alone (with
/// the half packet): the rows left after the groups of 8, 4 and 2.
fn rowgemv_single_from(r: usize, stride: usize) -> usize {
    let r = r as isize;
    let n8 = if stride * 4 > 32000 { 0 } else { r - 7 };
    let mut i = 0isize;
    while i < n8 {
        i += 8;
    }
    while i < r - 3 {
        i += 4;
    }
    while i < r - 1 {
        i += 2;
    }
    i as usize
}

/// TF's MatMul of X (m, k) by Y (k, n), both row-major op(a), op(b), when m == 1 or n == 1;
/// `ta`/`tb` are the original transpose flags (they decide Eigen's storage orders).
fn eigen_vector_matmul(xo: &[f32], yt: &[f32], m: usize, k: usize, n: usize, ta: bool, tb: bool, nthr: usize) -> Vec<f32> {
    // xo: rows of op(a) (m x k); yt: columns of op(b) as rows (n x k)
    let mut out = vec![0f32; m * n];
    let vec_red = !ta && tb;
    for (r0, c0, nr, nc) in out_blocks(m, k, n, nthr) {
        for i in r0..r0 + nr {
            for j in c0..c0 + nc {
                let (u, v) = (&xo[i * k..(i + 1) * k], &yt[j * k..(j + 1) * k]);
                let val = if k + nr + nc < 20 {
                    if vec_red {
                        redux2(u, v)
                    } else {
                        seq_first(u, v)
                    }
                } else if nc == 1 && nr == 1 {
                    0.0 + if vec_red { dot4(u, v) } else { seq_first(u, v) }
                } else if nc == 1 {
                    // lhs * rhs.col(0): rows of op(a) against the vector
                    if !ta {
                        0.0 + rowgemv_dot(u, v, i - r0 >= rowgemv_single_from(nr, k))
                    } else {
                        let bc = if k < 128 { k } else if m * 4 < 32000 { 16 } else { 4 };
                        colgemv_dot(u, v, bc)
                    }
                } else {
                    // lhs.row(0) * rhs: columns of op(b) against the vector
                    if tb {
                        0.0 + rowgemv_dot(v, u, j - c0 >= rowgemv_single_from(nc, k))
                    } else {
                        let bc = if k < 128 { k } else if n * 4 < 32000 { 16 } else { 4 };
                        colgemv_dot(v, u, bc)
                    }
                };
                out[i * n + j] = val;
            }
        }
    }
    out
}

/// TensorFlow's CPU MatMul(transpose_a, transpose_b) of row-major float32 matrices: `x` is
/// (m, k) or, with `ta`, (k, m); `w` is (k, n) or, with `tb`, (n, k). Returns the (m, n) result.
/// `contraction`: always take the Eigen contraction (oneDNN sgemm) path, as `_FusedMatMul` (the
/// MatMul + BiasAdd that grappler fuses inside tf.function graphs) does even for one row or column.
#[allow(clippy::too_many_arguments)]
pub fn tf_matmul_kernel(x: &[f32], w: &[f32], m: usize, k: usize, n: usize, ta: bool, tb: bool, nthr: usize, contraction: bool) -> Vec<f32> {
    if m == 0 || n == 0 {
        return Vec::new();
    }
    if k == 0 {
        return vec![0f32; m * n];
    }
    // op(a) as (m, k) rows
    let xo: Vec<f32> = if ta {
        let mut v = vec![0f32; m * k];
        for c in 0..k {
            for r in 0..m {
                v[r * k + c] = x[c * m + r];
            }
        }
        v
    } else {
        x.to_vec()
    };
    if (m == 1 || n == 1) && !contraction {
        // columns of op(b) as (n, k) rows
        let yt: Vec<f32> = if tb {
            w.to_vec()
        } else {
            let mut v = vec![0f32; n * k];
            for r in 0..k {
                for c in 0..n {
                    v[c * k + r] = w[r * n + c];
                }
            }
            v
        };
        return eigen_vector_matmul(&xo, &yt, m, k, n, ta, tb, nthr);
    }
    let wo: Vec<f32> = if tb {
        let mut v = vec![0f32; k * n];
        for c in 0..k {
            for r in 0..n {
                v[c * n + r] = w[r * k + c];
            }
        }
        v
    } else {
        w.to_vec()
    };
    onednn_sgemm_kernel(&xo, &wo, m, k, n, false, false, 1, GemmFlavor::Tf)
}

struct TfMatMulRule {
    a: Tensor,
    b: Tensor,
    ta: bool,
    tb: bool,
}

impl Backward for TfMatMulRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        // TF's math_grad._MatMulGrad
        let (a, b, ta, tb) = (&self.a, &self.b, self.ta, self.tb);
        let (ga, gb) = match (ta, tb) {
            (false, false) => ((g, b, false, true), (a, g, true, false)),
            (false, true) => ((g, b, false, false), (g, a, true, false)),
            (true, false) => ((b, g, false, true), (a, g, false, false)),
            (true, true) => ((b, g, true, true), (g, a, true, true)),
        };
        let da = if cx.needs[0] { Some(ga.0.tf_matmul(ga.1, ga.2, ga.3)?) } else { None };
        let db = if cx.needs[1] { Some(gb.0.tf_matmul(gb.1, gb.2, gb.3)?) } else { None };
        Ok(vec![da, db])
    }
}

impl Tensor {
    /// TensorFlow's MatMul(transpose_a=ta, transpose_b=tb) of two 2-D tensors with its CPU float32
    /// arithmetic (other dtypes: the standard matmul); gradient: TF's `_MatMulGrad`.
    pub fn tf_matmul(&self, other: &Tensor, ta: bool, tb: bool) -> Result<Tensor> {
        self.tf_matmul_with(other, ta, tb, false)
    }

    /// `tf_matmul`, optionally (`contraction`) with `_FusedMatMul`'s forward arithmetic (see
    /// `tf_matmul_kernel`); the gradient is MatMul's either way.
    pub fn tf_matmul_with(&self, other: &Tensor, ta: bool, tb: bool, contraction: bool) -> Result<Tensor> {
        self.flavored_mm2d(
            other,
            ta,
            tb,
            |a, b| format!("MatMul: In[0] and In[1] must be matrices, got {} and {} dimensions", a, b),
            |xs, ws, _, _| format!("Matrix size-incompatible: In[0]: [{},{}], In[1]: [{},{}]", xs[0], xs[1], ws[0], ws[1]),
            |x, w, m, k, n| tf_matmul_kernel(x, w, m, k, n, ta, tb, ms_threads(), contraction),
            || Box::new(TfMatMulRule { a: self.clone(), b: other.clone(), ta, tb }),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn tf_matmul_is_close_to_exact() {
        for &(m, k, n) in &[(1usize, 7usize, 3usize), (5, 9, 1), (1, 300, 1), (1, 40, 200), (130, 150, 1), (3, 4, 5), (17, 33, 13)] {
            for ta in [false, true] {
                for tb in [false, true] {
                    let x: Vec<f32> = (0..m * k).map(|i| ((i * 37 % 101) as f32 - 50.0) / 25.0).collect();
                    let w: Vec<f32> = (0..k * n).map(|i| ((i * 53 % 97) as f32 - 48.0) / 31.0).collect();
                    let got = tf_matmul_kernel(&x, &w, m, k, n, ta, tb, 2, m * n % 2 == 1);
                    for i in 0..m {
                        for j in 0..n {
                            let mut s = 0f64;
                            for q in 0..k {
                                let xv = if ta { x[q * m + i] } else { x[i * k + q] };
                                let wv = if tb { w[j * k + q] } else { w[q * n + j] };
                                s += xv as f64 * wv as f64;
                            }
                            assert!((got[i * n + j] as f64 - s).abs() <= 1e-4 * (1.0 + s.abs()));
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn eigen_reductions_orders() {
        // 9 products of 1.0 except a huge first one: the order decides what survives
        let a: Vec<f32> = (0..20).map(|i| if i == 0 { 1e8 } else { 1.0 }).collect();
        let b = vec![1f32; 20];
        assert_eq!(seq_first(&a, &b), 1e8);
        assert_eq!(rowgemv_single_from(3, 10), 2);
        assert_eq!(rowgemv_single_from(8, 10), 8);
        assert_eq!(out_blocks(300, 100, 1, 2).len(), 3);
    }
}
