//! MindSpore's CPU MatMul float32 arithmetic. MindSpore 2.x runs MatMul (and so nn.Dense and
//! the matmuls of their gradients) through oneDNN's `gemm:jit:f32` matmul, which on an AVX2
//! machine calls oneDNN's sgemm: the "no-copy" JIT kernel (16x6 register tiles, k unrolled by 8
//! with even/odd accumulators in the narrow tiles), the JIT gemv kernels when one side is a
//! vector, and fixed k blocks (96 or 256) whose partial results are added to C. Which kernel
//! variant computes an output element depends on where it falls in the (thread-partitioned)
//! tiling, so the emulation reproduces that partition. The gradient of `ms_matmul` is
//! MindSpore's MatMul bprop, written with `ms_matmul` itself (so higher orders work).
//!
//! Also MindSpore's float32 summation orders for the reductions the dialect needs (ReduceSum
//! over the last axis: 8 vector lanes then a sequential tail; over leading axes: one running sum
//! per output), used for `sum_flavor(.., "ms")` and, during MindSpore backward passes, for the
//! gradients of broadcast operands.
use crate::autograd::{Backward, Ctx};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::storage::Elem;
use crate::tensor::Tensor;
use std::cell::Cell;

// ---------------------------------------------------------------- oneDNN sgemm model

/// Per-output kernel variant of the no-copy sgemm.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// one FMA accumulator running over k (16-row tiles with 4..6 columns)
    Seq,
    /// FMA into even-k and odd-k accumulators, added, then the last odd k FMA'd in
    Lane2Fma,
    /// the same with separate multiply and add (1- and 2-column tiles)
    Lane2Mul,
}

fn kind(um: usize, un: usize) -> Kind {
    if un <= 2 {
        Kind::Lane2Mul
    } else if um == 16 && un >= 4 {
        Kind::Seq
    } else {
        Kind::Lane2Fma
    }
}

/// oneDNN's L2 size per core used by its thread heuristics (`platform::get_per_core_cache_size(2)`).
fn l2_per_core() -> usize {
    static L2: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *L2.get_or_init(|| {
        let read = |p: &str| std::fs::read_to_string(p).ok();
        if let Some(s) = read("/sys/devices/system/cpu/cpu0/cache/index2/size") {
            let s = s.trim();
            let (num, mul) = if let Some(v) = s.strip_suffix('K') {
                (v, 1024)
            } else if let Some(v) = s.strip_suffix('M') {
                (v, 1024 * 1024)
            } else {
                (s, 1)
            };
            if let Ok(v) = num.parse::<usize>() {
                let shared = read("/sys/devices/system/cpu/cpu0/cache/index2/shared_cpu_list")
                    .map(|l| {
                        l.trim()
                            .split(',')
                            .map(|r| match r.split_once('-') {
                                Some((a, b)) => b.parse::<usize>().unwrap_or(0) - a.parse::<usize>().unwrap_or(0) + 1,
                                None => 1,
                            })
                            .sum::<usize>()
                    })
                    .unwrap_or(1)
                    .max(1);
                return (v * mul / shared).max(1);
            }
        }
        512 * 1024
    })
}

/// The number of threads of MindSpore's oneDNN thread pool (one per core).
pub fn ms_threads() -> usize {
    crate::par::cores()
}

fn div_up(a: usize, b: usize) -> usize {
    a.div_ceil(b.max(1))
}

/// gemm_driver's adjust_thread_count (threadpool runtime, AVX2 without AVX-512).
fn adjust_threads(m: usize, n: usize, k: usize, nthr: usize) -> usize {
    if n > 50 && m <= 3 {
        return nthr;
    }
    let mut nthr = nthr;
    if m > 10 * n && n < nthr && m / nthr < 24 {
        nthr = (m / 8 / 3).max(1);
    }
    let footprint = (m * n + m * k + n * k) * 4;
    nthr.min(div_up(footprint, l2_per_core()).max(1))
}

fn nocopy_ok(nthr: usize, transb: bool, m: usize, n: usize, k: usize) -> bool {
    if 1.0 / m as f64 + 1.0 / n as f64 >= 0.0038 {
        return true;
    }
    const LIMIT: usize = 378;
    if m <= LIMIT && n <= LIMIT && k >= nthr * LIMIT {
        return false;
    }
    if m >= nthr * LIMIT && k >= nthr * LIMIT {
        return false;
    }
    if !transb {
        (m <= 128 && n <= 128) || n <= nthr * 16 || k <= nthr * 2 || (m <= 64 && n >= nthr * 16)
    } else {
        (m <= 128 && n <= 128) || n <= nthr || k <= nthr
    }
}

/// calc_nthr_nocopy_avx (non-syncable runtime: no k partition): (nthr_m, nthr_n, MB, NB).
fn calc_nthr(m: usize, n: usize, nthr: usize) -> (usize, usize, usize, usize) {
    if nthr == 1 {
        return (1, 1, m, n);
    }
    let mut nm = div_up(m, 64);
    let mut nn = div_up(n, 48);
    if nm == 1 {
        nn = nthr;
    }
    if nn == 1 {
        nm = nthr;
    }
    while nm * nn > nthr {
        if nm > nn {
            nm -= 1;
        } else {
            nn -= 1;
        }
    }
    while nm * nn < nthr {
        if nm < nn {
            nm += 1;
        } else {
            nn += 1;
        }
    }
    if nm * nn > nthr && nm > 1 && nn > 1 {
        if nm <= nn {
            nm = ((nthr as f64).sqrt() as usize).min(div_up(m, 16)).max(1);
            nn = nthr / nm;
            while nm > 1 && nm * nn != nthr {
                nm -= 1;
                nn = nthr / nm;
            }
        } else {
            nn = ((nthr as f64).sqrt() as usize).min(n).max(1);
            nm = nthr / nn;
            while nn > 1 && nm * nn != nthr {
                nn -= 1;
                nm = nthr / nn;
            }
        }
    }
    let mut mb = div_up(m, nm) + 15;
    mb -= mb % 16;
    let nb = div_up(n, nn);
    if mb * nm > m {
        nm = div_up(m, mb);
    }
    if nb * nn > n {
        nn = div_up(n, nb);
    }
    (nm, nn, mb, nb)
}

/// sgemm_nocopy_driver's block split of one dimension.
fn blocks(total: usize, b: usize, halve: impl Fn(usize) -> bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut s = 0;
    while s < total {
        let mut sz = total - s;
        if sz >= 2 * b {
            sz = b;
        } else if halve(sz) {
            sz = sz.div_ceil(2);
        }
        out.push((s, sz));
        s += sz;
    }
    out
}

/// The register-tile size covering each index of one dimension (rows: 16 or 8; columns: 1..6).
fn tile_map(total: usize, thr_block: usize, drv_block: usize, rows: bool) -> Vec<u8> {
    let mut out = vec![0u8; total];
    let mut t0 = 0;
    while t0 < total {
        let tz = thr_block.min(total - t0);
        for (b0, bz) in blocks(tz, drv_block, |s| s > drv_block + drv_block / 2) {
            let start = t0 + b0;
            let unroll = if rows { 16 } else { 6 };
            let full = bz / unroll * unroll;
            for v in &mut out[start..start + full] {
                *v = unroll as u8;
            }
            let r = bz - full;
            let rem = if rows { if r > 8 { 16 } else { 8 } } else { r };
            for v in &mut out[start + full..start + bz] {
                *v = rem as u8;
            }
        }
        t0 += tz;
    }
    out
}

// ---------------------------------------------------------------- dot products

#[inline(always)]
fn fma(a: f32, b: f32, c: f32) -> f32 {
    a.mul_add(b, c)
}

/// `G` dot products of each of the `R` rows `a[r]` (one k block) with the columns `j..j + G` of
/// `bt`, all with the arithmetic `kind`. B is stored k x n row-major (block rows from `k0`): the
/// G products of one k step sit side by side, so each row's G chains are one vector FMA per
/// step, and the R rows' chains are independent (the FMA latency is not the bound).
#[inline(always)]
fn dots_rm<const G: usize, const R: usize>(a: [&[f32]; R], bt: &[f32], n: usize, j: usize, k0: usize, kind: Kind) -> [[f32; G]; R] {
    let k = a[0].len();
    let row = |kk: usize| -> &[f32; G] { bt[(k0 + kk) * n + j..][..G].try_into().unwrap() };
    match kind {
        Kind::Seq => {
            let mut acc = [[0f32; G]; R];
            for kk in 0..k {
                let w = row(kk);
                for r in 0..R {
                    let av = a[r][kk];
                    for g in 0..G {
                        acc[r][g] = fma(av, w[g], acc[r][g]);
                    }
                }
            }
            acc
        }
        Kind::Lane2Fma | Kind::Lane2Mul => {
            let use_fma = kind == Kind::Lane2Fma;
            let (mut e, mut o) = ([[0f32; G]; R], [[0f32; G]; R]);
            for kk in (0..k & !1).step_by(2) {
                let (w0, w1) = (row(kk), row(kk + 1));
                for r in 0..R {
                    let (a0, a1) = (a[r][kk], a[r][kk + 1]);
                    for g in 0..G {
                        if use_fma {
                            e[r][g] = fma(a0, w0[g], e[r][g]);
                            o[r][g] = fma(a1, w1[g], o[r][g]);
                        } else {
                            e[r][g] += a0 * w0[g];
                            o[r][g] += a1 * w1[g];
                        }
                    }
                }
            }
            let mut s = [[0f32; G]; R];
            for r in 0..R {
                for g in 0..G {
                    s[r][g] = e[r][g] + o[r][g];
                    if k & 1 == 1 {
                        let (al, bl) = (a[r][k - 1], row(k - 1)[g]);
                        s[r][g] = if use_fma { fma(al, bl, s[r][g]) } else { s[r][g] + al * bl };
                    }
                }
            }
            s
        }
    }
}

/// `dots_rm` compiled with FMA instructions when the CPU has them. The row closures run on the
/// thread pool as plain functions: they do not inherit `matmul_fma`'s target feature, and
/// `mul_add` without it is a call to libm's `fmaf` per product (a 512^3 product took 200 ms).
#[inline(always)]
fn dots_fast<const G: usize, const R: usize>(a: [&[f32]; R], bt: &[f32], n: usize, j: usize, k0: usize, kind: Kind) -> [[f32; G]; R] {
    #[cfg(target_arch = "x86_64")]
    {
        #[target_feature(enable = "fma,avx2")]
        unsafe fn with_fma<const G: usize, const R: usize>(a: [&[f32]; R], bt: &[f32], n: usize, j: usize, k0: usize, kind: Kind) -> [[f32; G]; R] {
            dots_rm::<G, R>(a, bt, n, j, k0, kind)
        }
        if std::arch::is_x86_feature_detected!("fma") && std::arch::is_x86_feature_detected!("avx2") {
            // Safety: the CPU has FMA and AVX2.
            return unsafe { with_fma::<G, R>(a, bt, n, j, k0, kind) };
        }
    }
    dots_rm::<G, R>(a, bt, n, j, k0, kind)
}

/// Output rows (gemm rows, i.e. C^T rows) for the `R` rows `a` that share the tile height
/// `um` (so the same column grouping): oneDNN's per-element order, k block by k block.
fn rows_block<const R: usize>(a: [&[f32]; R], um: usize, kblocks: &[(usize, usize)], cols: &[u8], brm: &[f32], n: usize) -> [Vec<f32>; R] {
    let mut res: [Vec<f32>; R] = std::array::from_fn(|_| vec![0f32; n]);
    for (bi, &(k0, kz)) in kblocks.iter().enumerate() {
        let ab: [&[f32]; R] = std::array::from_fn(|r| &a[r][k0..k0 + kz]);
        let mut j = 0;
        while j < n {
            let kd = kind(um, cols[j] as usize);
            // group up to 8 consecutive columns of the same kind
            let mut g = 1;
            while g < 8 && j + g < n && kind(um, cols[j + g] as usize) == kd {
                g += 1;
            }
            let mut vals = [[0f32; 8]; R];
            if g == 8 {
                vals = dots_fast::<8, R>(ab, brm, n, j, k0, kd);
            } else if g >= 4 {
                let v = dots_fast::<4, R>(ab, brm, n, j, k0, kd);
                for r in 0..R {
                    vals[r][..4].copy_from_slice(&v[r]);
                }
                g = 4;
            } else {
                let v = dots_fast::<1, R>(ab, brm, n, j, k0, kd);
                for r in 0..R {
                    vals[r][0] = v[r][0];
                }
                g = 1;
            }
            for r in 0..R {
                for t in 0..g {
                    res[r][j + t] = if bi == 0 { vals[r][t] } else { res[r][j + t] + vals[r][t] };
                }
            }
            j += g;
        }
    }
    res
}

/// The horizontal sum of the gemv_t kernel (vhaddps, vperm2f128, vaddps, vhaddps).
#[inline(always)]
fn hsum(v: &[f32; 8]) -> f32 {
    ((v[0] + v[1]) + (v[4] + v[5])) + ((v[2] + v[3]) + (v[6] + v[7]))
}

/// oneDNN's AVX2 gemv_t kernel for one output: 8 FMA lanes over blocks of 16, horizontal sum,
/// then the 8/4/2/1 remainders, each summed horizontally and added.
#[inline(always)]
fn gemv_t_dot(a: &[f32], x: &[f32]) -> f32 {
    let k = a.len();
    let k16 = k / 16 * 16;
    let mut y = 0f32;
    if k16 > 0 {
        let mut acc = [0f32; 8];
        let mut b = 0;
        while b < k16 {
            for l in 0..8 {
                acc[l] = fma(x[b + l], a[b + l], acc[l]);
            }
            for l in 0..8 {
                acc[l] = fma(x[b + 8 + l], a[b + 8 + l], acc[l]);
            }
            b += 16;
        }
        y += hsum(&acc);
    }
    let mut pos = k16;
    for ux in [8usize, 4, 2, 1] {
        if (k - k16) & ux != 0 {
            let mut acc = [0f32; 8];
            for l in 0..ux {
                acc[l] = x[pos + l] * a[pos + l];
            }
            y += hsum(&acc);
            pos += ux;
        }
    }
    y
}

/// oneDNN's brgemm matmul (chosen for a single output column with row-major source rows), per
/// block of 1024 k: FMA
/// into eight lanes by k mod 8 (two 4-wide accumulators), the two halves added lane-wise, then
/// the four lanes added pairwise.
#[inline(always)]
fn brgemm_n1_dot(a: &[f32], x: &[f32]) -> f32 {
    let mut acc = [0f32; 8];
    for (kk, (&av, &xv)) in a.iter().zip(x).enumerate() {
        acc[kk % 8] = fma(av, xv, acc[kk % 8]);
    }
    let v = [acc[0] + acc[4], acc[1] + acc[5], acc[2] + acc[6], acc[3] + acc[7]];
    (v[0] + v[1]) + (v[2] + v[3])
}

/// gemv_n: a running FMA over k per output; the threading driver splits k over threads for
/// short, wide problems and adds the partial results in thread order.
fn gemv_n_dot(a: &[f32], x: &[f32], parts: &[(usize, usize)]) -> f32 {
    let mut y = 0f32;
    for (i, &(off, len)) in parts.iter().enumerate() {
        let mut p = 0f32;
        for kk in off..off + len {
            p = fma(x[kk], a[kk], p);
        }
        y = if i == 0 { p } else { y + p };
    }
    y
}

/// gemv_threading_driver's k split for the non-transposed kernel (m outputs, n = k): the
/// thread count of thread_checker (f32, AVX2, threadpool runtime), then, for short and wide
/// problems, one k range per thread (part_1d).
fn gemv_n_parts(m: usize, n: usize, nthr_max: usize) -> Vec<(usize, usize)> {
    let checker = || -> usize {
        let nthr = nthr_max;
        if m * n + 288 * n < 41700 {
            return 1;
        }
        if m >= 20000 && n <= 200 {
            return nthr;
        }
        let bandt = n / nthr;
        if nthr <= 12 && bandt < 32 {
            if m * bandt < 2048 {
                return 1;
            }
        } else if nthr <= 12 && m * bandt < 2 * 2048 {
            return 1;
        } else if nthr > 12 && bandt * m < 2 * 2048 {
            if bandt == 0 {
                return 1;
            }
            return (n * m / (2 * 1536)).clamp(1, nthr);
        }
        nthr.min(div_up(m * n * 4, l2_per_core()).max(1))
    };
    let nthr = checker();
    if nthr <= 1 || !(m <= nthr * 500 && n >= nthr * 128) {
        return vec![(0, n)];
    }
    let xthr = n % nthr;
    let width = n / nthr;
    (0..nthr)
        .map(|i| if i < xthr { (i * (width + 1), width + 1) } else { (n - (nthr - i) * width, width) })
        .filter(|p| p.1 > 0)
        .collect()
}

/// Which framework's way into oneDNN's sgemm is modelled (the arithmetic of the sgemm itself is
/// shared).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GemmFlavor {
    /// MindSpore: oneDNN's matmul primitive, which takes its brgemm kernel for one output column
    /// with contiguous source rows, and sgemm otherwise.
    Ms,
    /// TensorFlow: `dnnl_sgemm` called directly on each block of its Eigen contraction (no
    /// brgemm path; one output row or column goes to sgemm's gemv kernels).
    Tf,
}

#[inline(always)]
#[allow(clippy::too_many_arguments)]
fn matmul_body(x: &[f32], w: &[f32], mm: usize, kk: usize, nn: usize, ta: bool, tb: bool, nthr_max: usize, fl: GemmFlavor) -> Vec<f32> {
    // gemm view (column-major): C (m x n) = A (m x k) * B (k x n) with m = N, n = M;
    // A is the weight (transa = tb), B the source (transb = ta); C^T is the row-major dst.
    let (m, n, k) = (nn, mm, kk);
    let mut out = vec![0f32; mm * nn];
    if m == 0 || n == 0 || k == 0 {
        return out;
    }
    // rows of A and columns of B as contiguous k-vectors
    let arows: Vec<f32> = if tb {
        w.to_vec()
    } else {
        let mut v = vec![0f32; m * k];
        for c in 0..k {
            for r in 0..m {
                v[r * k + c] = w[c * nn + r];
            }
        }
        v
    };
    let bcols: Vec<f32> = if !ta {
        x.to_vec()
    } else {
        let mut v = vec![0f32; n * k];
        for c in 0..k {
            for r in 0..n {
                v[r * k + c] = x[c * mm + r];
            }
        }
        v
    };
    let arow = |i: usize| &arows[i * k..(i + 1) * k];
    let bcol = |j: usize| &bcols[j * k..(j + 1) * k];
    let (transa, transb) = (tb, ta);
    // oneDNN picks its brgemm matmul for one output column when the source rows are contiguous
    if fl == GemmFlavor::Ms && nn == 1 && (!ta || mm == 1 || kk == 1) {
        // k blocks of 1024, each block's dot added to the result
        for j in 0..n {
            let (b, a) = (bcol(j), arow(0));
            let mut y = 0f32;
            for k0 in (0..k).step_by(1024) {
                let k1 = (k0 + 1024).min(k);
                let d = brgemm_n1_dot(&b[k0..k1], &a[k0..k1]);
                y = if k0 == 0 { d } else { y + d };
            }
            out[j] = y;
        }
        return out;
    }
    if n == 1 && transa {
        for i in 0..m {
            out[i] = gemv_t_dot(arow(i), bcol(0));
        }
        return out;
    }
    if n == 1 {
        let parts = gemv_n_parts(m, k, nthr_max);
        for i in 0..m {
            out[i] = gemv_n_dot(arow(i), bcol(0), &parts);
        }
        return out;
    }
    if m == 1 && !transb {
        for j in 0..n {
            out[j] = gemv_t_dot(bcol(j), arow(0));
        }
        return out;
    }
    if m == 1 {
        let parts = gemv_n_parts(n, k, nthr_max);
        for j in 0..n {
            out[j] = gemv_n_dot(bcol(j), arow(0), &parts);
        }
        return out;
    }
    let nthr = adjust_threads(m, n, k, nthr_max);
    // outside the no-copy kernel's range (both sides large) oneDNN packs both operands; that
    // path is modelled by the single running FMA of the wide tiles
    let (rows, cols) = if nocopy_ok(nthr, transb, m, n, k) {
        let (_, _, mb, nb) = calc_nthr(m, n, nthr.min(nthr_max));
        (tile_map(m, mb, 4032, true), tile_map(n, nb, if transa { 96 } else { 48 }, false))
    } else {
        (vec![16u8; m], vec![6u8; n])
    };
    let kblocks = blocks(k, if transb { 96 } else { 256 }, |s| s > if transb { 96 } else { 256 });
    // B (k x n) row-major for dots_rm
    let mut brm = vec![0f32; k * n];
    for j in 0..n {
        for (kk, &v) in bcol(j).iter().enumerate() {
            brm[kk * n + j] = v;
        }
    }
    // C^T rows (one per source row), four at a time when they share a tile height, in parallel
    const RB: usize = 4;
    let compute_block = |bidx: usize| -> Vec<Vec<f32>> {
        let (i0, i1) = (bidx * RB, (bidx * RB + RB).min(m));
        if i1 - i0 == RB && rows[i0..i1].iter().all(|&u| u == rows[i0]) {
            let a: [&[f32]; RB] = std::array::from_fn(|r| arow(i0 + r));
            return rows_block::<RB>(a, rows[i0] as usize, &kblocks, &cols, &brm, n).into();
        }
        (i0..i1).map(|i| { let [r] = rows_block::<1>([arow(i)], rows[i] as usize, &kblocks, &cols, &brm, n); r }).collect()
    };
    let nb = m.div_ceil(RB);
    let blocks_out: Vec<Vec<Vec<f32>>> = if m * n * k >= 1 << 16 {
        crate::par::map_collect(nb, &compute_block)
    } else {
        (0..nb).map(compute_block).collect()
    };
    let rows_out = blocks_out.into_iter().flatten();
    for (i, r) in rows_out.enumerate() {
        for j in 0..n {
            out[j * nn + i] = r[j];
        }
    }
    out
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "fma")]
#[allow(clippy::too_many_arguments)]
unsafe fn matmul_fma(x: &[f32], w: &[f32], m: usize, k: usize, n: usize, ta: bool, tb: bool, t: usize, fl: GemmFlavor) -> Vec<f32> {
    matmul_body(x, w, m, k, n, ta, tb, t, fl)
}

/// MindSpore's CPU MatMul(transpose_a, transpose_b) of row-major float32 matrices: `x` is
/// (m, k) or, with `ta`, (k, m); `w` is (k, n) or, with `tb`, (n, k). Returns the (m, n) result.
pub fn ms_matmul_kernel(x: &[f32], w: &[f32], m: usize, k: usize, n: usize, ta: bool, tb: bool, nthr: usize) -> Vec<f32> {
    onednn_sgemm_kernel(x, w, m, k, n, ta, tb, nthr, GemmFlavor::Ms)
}

/// oneDNN's (v3.7-v3.10, AVX2) sgemm of row-major float32 matrices as reached from framework
/// `fl` with at most `nthr` threads; operands as in `ms_matmul_kernel`.
#[allow(clippy::too_many_arguments)]
pub fn onednn_sgemm_kernel(x: &[f32], w: &[f32], m: usize, k: usize, n: usize, ta: bool, tb: bool, nthr: usize, fl: GemmFlavor) -> Vec<f32> {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("fma") {
            return unsafe { matmul_fma(x, w, m, k, n, ta, tb, nthr, fl) };
        }
    }
    matmul_body(x, w, m, k, n, ta, tb, nthr, fl)
}

struct MsMatMulRule {
    x: Tensor,
    w: Tensor,
    ta: bool,
    tb: bool,
}

impl Backward for MsMatMulRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        // MindSpore's MatMul bprop
        let (x, w, ta, tb) = (&self.x, &self.w, self.ta, self.tb);
        let dx = if !cx.needs[0] {
            None
        } else if ta {
            Some(w.ms_matmul(g, tb, true)?)
        } else {
            Some(g.ms_matmul(w, false, !tb)?)
        };
        let dw = if !cx.needs[1] {
            None
        } else if tb {
            Some(g.ms_matmul(x, true, ta)?)
        } else {
            Some(x.ms_matmul(g, !ta, false)?)
        };
        Ok(vec![dx, dw])
    }
}

impl Tensor {
    /// MindSpore's MatMul(transpose_a=ta, transpose_b=tb) of two 2-D tensors with its CPU float32
    /// arithmetic (other dtypes: the standard matmul).
    pub fn ms_matmul(&self, other: &Tensor, ta: bool, tb: bool) -> Result<Tensor> {
        self.flavored_mm2d(
            other,
            ta,
            tb,
            |a, b| format!("For 'MatMul', the input dimensions must be 2, but got x1: {}, x2: {}.", a, b),
            |_, _, kx, kw| {
                format!("For 'MatMul' the input dimensions must be equal, but got 'x1_col': {} and 'x2_row': {}.", kx, kw)
            },
            |x, w, m, k, n| ms_matmul_kernel(x, w, m, k, n, ta, tb, ms_threads()),
            || Box::new(MsMatMulRule { x: self.clone(), w: other.clone(), ta, tb }),
        )
    }

    /// The frame shared by the framework-exact 2-D matmuls (MindSpore's, TF's): rank and inner-dim
    /// checks with the framework's messages (`rank_err(ndim_a, ndim_b)`,
    /// `inner_err(shape_a, shape_b, k_a, k_b)`), the standard matmul for non-float32 operands,
    /// otherwise `kernel(x, w, m, k, n)` on contiguous data recorded with `rule()` as
    /// "MatMulBackward0".
    pub(crate) fn flavored_mm2d(
        &self,
        other: &Tensor,
        ta: bool,
        tb: bool,
        rank_err: impl Fn(usize, usize) -> String,
        inner_err: impl Fn(&[usize], &[usize], usize, usize) -> String,
        kernel: impl Fn(&[f32], &[f32], usize, usize, usize) -> Vec<f32>,
        rule: impl FnOnce() -> Box<dyn Backward>,
    ) -> Result<Tensor> {
        if self.ndim() != 2 || other.ndim() != 2 {
            return Err(Error::value(rank_err(self.ndim(), other.ndim())));
        }
        let (xs, ws) = (self.shape(), other.shape());
        let (m, kx) = if ta { (xs[1], xs[0]) } else { (xs[0], xs[1]) };
        let (kw, n) = if tb { (ws[1], ws[0]) } else { (ws[0], ws[1]) };
        if kx != kw {
            return Err(Error::value(inner_err(xs, ws, kx, kw)));
        }
        if self.dtype() != DType::F32 || other.dtype() != DType::F32 {
            let a = if ta { self.t()? } else { self.clone() };
            let b = if tb { other.t()? } else { other.clone() };
            return a.matmul(&b);
        }
        let v = self.with_contiguous(|x: &[f32]| other.with_contiguous(|w: &[f32]| kernel(x, w, m, kx, n)));
        let out = Tensor::from_vec(v, &[m, n]);
        Ok(Tensor::record(out, "MatMulBackward0", &[self, other], |_| rule()))
    }
}

struct MsMatMulExtRule {
    x: Tensor,
    w: Tensor,
}

impl Backward for MsMatMulExtRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        // MatMulExt's bprop: matmuls with materialised transposes (row-major operands)
        let dx = if cx.needs[0] { Some(g.ms_matmul_ext(&self.w.t()?)?) } else { None };
        let dw = if cx.needs[1] { Some(self.x.t()?.ms_matmul_ext(g)?) } else { None };
        Ok(vec![dx, dw])
    }
}

impl Tensor {
    /// `ops.matmul` (MatMulExt) of two 2-D tensors: MatMul's forward arithmetic, with the
    /// gradient matmuls taken on transposed copies as MatMulExt's bprop does.
    pub fn ms_matmul_ext(&self, other: &Tensor) -> Result<Tensor> {
        let out = self.ms_matmul(other, false, false)?.detach();
        if self.dtype() != DType::F32 || other.dtype() != DType::F32 {
            return self.matmul(other);
        }
        Ok(Tensor::record(out, "MatMulExtBackward0", &[self, other], |_| {
            Box::new(MsMatMulExtRule { x: self.clone(), w: other.clone() })
        }))
    }
}

/// MindSpore's float32 tanh (nnacl, AVX2 + FMA): a [7/6] rational function evaluated with
/// fused multiply-adds, clamped to +-1 beyond |x| > 5.
#[inline(always)]
fn tanh_ms1(x: f32) -> f32 {
    if x > 5.0 {
        return 1.0;
    }
    if x < -5.0 {
        return -1.0;
    }
    let sq = x * x;
    let a = fma(fma(sq + 378.0, sq, 17325.0), sq, 135135.0) * x;
    let b = fma(fma(fma(28.0, sq, 3150.0), sq, 62370.0), sq, 135135.0);
    a / b
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "fma")]
unsafe fn tanh_ms_fma(x: &[f32]) -> Vec<f32> {
    x.iter().map(|&v| tanh_ms1(v)).collect()
}

/// MindSpore's float32 tanh over a slice (see `tanh_ms1`).
pub fn tanh_ms(x: &[f32]) -> Vec<f32> {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("fma") {
            return unsafe { tanh_ms_fma(x) };
        }
    }
    x.iter().map(|&v| tanh_ms1(v)).collect()
}

// ---------------------------------------------------------------- summation orders

/// MindSpore's float32 sum of `x` (contiguous, viewed as (outer, red, inner)) over the middle
/// axis: ReduceSumDim2Axis1 when the reduced axes are the last ones (8 vector lanes, lanes added
/// in order, then the tail); one running sum per output otherwise (leading-axis reductions,
/// ReduceSumDim2Axis0 / BiasAddGrad).
fn ms_sum_kernel(x: &[f32], outer: usize, red: usize, inner: usize, last: bool) -> Vec<f32> {
    let mut out = vec![0f32; outer * inner];
    for o in 0..outer {
        let base = o * red * inner;
        if last {
            let row = &x[base..base + red];
            let nv = red / 8 * 8;
            let mut s = 0f32;
            if nv > 0 {
                let mut acc = [0f32; 8];
                for c in row[..nv].chunks_exact(8) {
                    for l in 0..8 {
                        acc[l] += c[l];
                    }
                }
                for v in acc {
                    s += v;
                }
            }
            for &v in &row[nv..] {
                s += v;
            }
            out[o] = s;
        } else {
            let dst = &mut out[o * inner..(o + 1) * inner];
            for r in 0..red {
                let src = &x[base + r * inner..base + (r + 1) * inner];
                for (d, s) in dst.iter_mut().zip(src) {
                    *d += *s;
                }
            }
        }
    }
    out
}

impl Tensor {
    /// Sum over `dims` with MindSpore's float32 order where it is known (a block of consecutive
    /// axes that is either the last axes or the leading ones); elsewhere the core's sum.
    /// Gradient: sum's.
    pub fn sum_ms(&self, dims: Option<&[isize]>, keepdim: bool) -> Result<Tensor> {
        let r = self.sum(dims, keepdim)?;
        if self.dtype() != DType::F32 || self.ndim() == 0 || self.numel() == 0 {
            return Ok(r);
        }
        let nd = self.ndim();
        let mut axes = super::reduce::norm_dims(dims, nd)?;
        axes.sort_unstable();
        if axes.is_empty() || axes.windows(2).any(|p| p[1] != p[0] + 1) {
            return Ok(r);
        }
        let (a0, a1) = (axes[0], *axes.last().unwrap() + 1);
        if a0 != 0 && a1 != nd {
            return Ok(r);
        }
        let sh = self.shape();
        let outer: usize = sh[..a0].iter().product();
        let red: usize = sh[a0..a1].iter().product();
        let inner: usize = sh[a1..].iter().product();
        if red <= 1 {
            return Ok(r);
        }
        // trailing axes: the lane kernel; leading axes (even before size-1 axes): running sums
        let last = a1 == nd;
        let vals = self.with_contiguous(|x: &[f32]| ms_sum_kernel(x, outer, red, inner, last));
        if !r.is_contiguous() || r.numel() != vals.len() {
            return Ok(r);
        }
        let off = r.layout().offset;
        {
            let mut s = r.write();
            let d = f32::slice_mut(&mut s);
            d[off..off + vals.len()].copy_from_slice(&vals);
        }
        Ok(r)
    }

    /// `sum_to` (the gradient of a broadcast operand) with MindSpore's summation order.
    pub fn sum_to_ms(&self, shape: &[usize]) -> Result<Tensor> {
        let nd = self.ndim();
        if self.dtype() != DType::F32 || shape.len() > nd {
            return self.sum_to(shape);
        }
        let lead = nd - shape.len();
        let mut dims: Vec<isize> = (0..lead as isize).collect();
        for (i, &s) in shape.iter().enumerate() {
            if s == 1 && self.shape()[lead + i] != 1 {
                dims.push((lead + i) as isize);
            }
        }
        let mut r = if dims.is_empty() { self.clone() } else { self.sum_ms(Some(&dims), true)? };
        if r.shape() != shape {
            r = r.reshape(shape)?;
        }
        Ok(r)
    }
}

thread_local! {
    static MS_BACKWARD: Cell<bool> = const { Cell::new(false) };
}

/// Turns MindSpore's summation order for broadcast gradients on or off for this thread (the
/// MindSpore dialect sets it around its backward passes); returns the previous setting.
pub fn set_ms_backward(on: bool) -> bool {
    MS_BACKWARD.with(|c| c.replace(on))
}

/// Whether broadcast gradients are being summed in MindSpore's order (see `set_ms_backward`).
pub fn ms_backward() -> bool {
    MS_BACKWARD.with(|c| c.get())
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn ms_matmul_is_close_to_exact() {
        for &(m, k, n) in &[(3usize, 4usize, 5usize), (1, 7, 3), (5, 9, 1), (17, 33, 13), (64, 300, 10)] {
            for ta in [false, true] {
                for tb in [false, true] {
                    let x: Vec<f32> = (0..m * k).map(|i| ((i * 37 % 101) as f32 - 50.0) / 25.0).collect();
                    let w: Vec<f32> = (0..k * n).map(|i| ((i * 53 % 97) as f32 - 48.0) / 31.0).collect();
                    let got = ms_matmul_kernel(&x, &w, m, k, n, ta, tb, 2);
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
        let x: Vec<f32> = (0..20).map(|i| i as f32 * 0.1).collect();
        assert_eq!(ms_sum_kernel(&x, 1, 20, 1, true).len(), 1);
    }
}
