//! torch's CPU summation order (ATen SumKernel.cpp `cascade_sum`, AVX2 build: 8 float / 4 double
//! lanes, 4-way ILP, 4-level cascade; TensorIteratorReduce's two-pass split of a full reduction) for
//! float32/64 sums and means of a contiguous tensor over trailing axes (row sums), leading or middle
//! axes (column sums) or leading + trailing axes (batch-norm statistics).
//! `torch_fill` overwrites the values of a sum/mean the core computed (its graph node stays).
use crate::dtype::DType;
use crate::storage::Num;
use crate::tensor::Tensor;

fn ceil_log2(x: usize) -> usize {
    if x <= 2 {
        1
    } else {
        (usize::BITS - (x - 1).leading_zeros()) as usize
    }
}

#[inline(always)]
fn add<T: Num, const W: usize>(mut a: [T; W], b: [T; W]) -> [T; W] {
    for j in 0..W {
        a[j] = a[j] + b[j];
    }
    a
}

#[inline(always)]
fn load<T: Num, const W: usize>(x: &[T], at: usize) -> [T; W] {
    let mut r = [T::ZERO; W];
    r.copy_from_slice(&x[at..at + W]);
    r
}

/// ATen's multi_row_sum: 4 accumulators (`ld(row, k)`) over `size` rows, 4-level cascade.
fn multi_row_sum<T: Num, const W: usize>(size: usize, ld: impl Fn(usize, usize) -> [T; W]) -> [[T; W]; 4] {
    const LEVELS: usize = 4;
    let lp = 4.max(ceil_log2(size) / LEVELS);
    let mask = (1usize << lp) - 1;
    let mut acc = [[[T::ZERO; W]; 4]; LEVELS];
    let mut i = 0;
    while i + (1 << lp) <= size {
        for _ in 0..1 << lp {
            for k in 0..4 {
                acc[0][k] = add(acc[0][k], ld(i, k));
            }
            i += 1;
        }
        for j in 1..LEVELS {
            for k in 0..4 {
                acc[j][k] = add(acc[j][k], acc[j - 1][k]);
                acc[j - 1][k] = [T::ZERO; W];
            }
            if i & (mask << (j * lp)) != 0 {
                break;
            }
        }
    }
    for i in i..size {
        for k in 0..4 {
            acc[0][k] = add(acc[0][k], ld(i, k));
        }
    }
    for j in 1..LEVELS {
        for k in 0..4 {
            acc[0][k] = add(acc[0][k], acc[j][k]);
        }
    }
    acc[0]
}

/// ATen's row_sum over `size` items (4-way ILP over consecutive items, then the cascade).
fn row_sum<T: Num, const W: usize>(size: usize, item: impl Fn(usize) -> [T; W]) -> [T; W] {
    let ilp = size / 4;
    let mut ps = multi_row_sum::<T, W>(ilp, |i, k| item(i * 4 + k));
    for i in ilp * 4..size {
        ps[0] = add(ps[0], item(i));
    }
    for k in 1..4 {
        ps[0] = add(ps[0], ps[k]);
    }
    ps[0]
}

/// One reduced contiguous row as vectorized_inner_sum (W lanes) or, shorter than W, scalar_inner_sum.
pub fn torch_row_sum<T: Num, const W: usize>(row: &[T]) -> T {
    let n = row.len();
    if n < W {
        return row_sum::<T, 1>(n, |i| [row[i]])[0];
    }
    let v = n / W;
    let lanes = row_sum::<T, W>(v, |i| load(row, i * W));
    let mut s = T::ZERO;
    for &x in &row[v * W..] {
        s = s + x;
    }
    for l in lanes {
        s = s + l;
    }
    s
}

/// Column sums of a contiguous [n, c] block as vectorized_outer_sum (c >= W) or scalar_outer_sum.
fn torch_col_sums<T: Num, const W: usize>(a: &[T], n: usize, c: usize, out: &mut [T]) {
    let mut j = 0;
    if c >= W {
        while j + 4 * W <= c {
            let s = multi_row_sum::<T, W>(n, |i, k| load(a, i * c + j + k * W));
            for (k, v) in s.iter().enumerate() {
                out[j + k * W..j + k * W + W].copy_from_slice(v);
            }
            j += 4 * W;
        }
        while j + W <= c {
            out[j..j + W].copy_from_slice(&row_sum::<T, W>(n, |i| load(a, i * c + j)));
            j += W;
        }
    } else {
        while j + 3 < c {
            let s = multi_row_sum::<T, 1>(n, |i, k| [a[i * c + j + k]]);
            for k in 0..4 {
                out[j + k] = s[k][0];
            }
            j += 4;
        }
    }
    for j in j..c {
        out[j] = row_sum::<T, 1>(n, |i| [a[i * c + j]])[0];
    }
}

/// Sum of one contiguous run as the whole reduction: serial below ATen's grain (32768), else its
/// two-pass reduction (one chunk a thread, the per-thread sums then summed).
fn full_sum<T: Num, const W: usize>(a: &[T]) -> T {
    const GRAIN: usize = 32768;
    let t = crate::par::threads().max(1);
    if a.len() < GRAIN || t == 1 {
        return torch_row_sum::<T, W>(a);
    }
    let tasks = t.min(a.len().div_ceil(GRAIN));
    let mut parts: Vec<T> = a.chunks(a.len().div_ceil(tasks)).map(torch_row_sum::<T, W>).collect();
    parts.resize(t, T::ZERO);
    torch_row_sum::<T, W>(&parts)
}

/// The reduction as runs of non-size-1 axes: [kept a] reduced n [kept c] (rows or columns), or
/// reduced l, kept m, reduced i (batch-norm style: row sums over i accumulated over l).
enum Plan {
    Block(usize, usize, usize),
    Outer2(usize, usize, usize),
}

fn plan(sh: &[usize], axes: &[usize]) -> Option<Plan> {
    let mut runs: Vec<(bool, usize)> = Vec::new();
    for (a, &d) in sh.iter().enumerate() {
        if d == 1 {
            continue;
        }
        let red = axes.contains(&a);
        match runs.last_mut() {
            Some((r, p)) if *r == red => *p *= d,
            _ => runs.push((red, d)),
        }
    }
    match runs.as_slice() {
        [(true, n)] => Some(Plan::Block(1, *n, 1)),
        [(false, a), (true, n)] => Some(Plan::Block(*a, *n, 1)),
        [(true, n), (false, c)] => Some(Plan::Block(1, *n, *c)),
        [(false, a), (true, n), (false, c)] => Some(Plan::Block(*a, *n, *c)),
        [(true, l), (false, m), (true, i)] => Some(Plan::Outer2(*l, *m, *i)),
        _ => None,
    }
}

fn fill<T: Num, const W: usize>(x: &Tensor, r: &Tensor, plan: Plan, mean: bool) {
    let vals: Vec<T> = x.with_contiguous(|a: &[T]| {
        let (mut out, count) = match plan {
            Plan::Block(1, n, 1) => (vec![full_sum::<T, W>(a)], n),
            Plan::Block(rows, n, 1) => {
                let f = |i: usize| torch_row_sum::<T, W>(&a[i * n..(i + 1) * n]);
                (if a.len() >= 1 << 16 { crate::par::map_collect(rows, &f) } else { (0..rows).map(f).collect() }, n)
            }
            Plan::Block(blocks, n, c) => {
                let mut out = vec![T::ZERO; blocks * c];
                for (b, o) in out.chunks_mut(c).enumerate() {
                    torch_col_sums::<T, W>(&a[b * n * c..(b + 1) * n * c], n, c, o);
                }
                (out, n)
            }
            Plan::Outer2(l, m, i) => {
                let mut out = vec![T::ZERO; m];
                for li in 0..l {
                    for (mi, o) in out.iter_mut().enumerate() {
                        let at = (li * m + mi) * i;
                        *o = *o + torch_row_sum::<T, W>(&a[at..at + i]);
                    }
                }
                (out, l * i)
            }
        };
        if mean {
            let d = T::from_f64(count as f64);
            out.iter_mut().for_each(|v| *v = *v / d);
        }
        out
    });
    let off = r.layout().offset;
    let mut s = r.write();
    T::slice_mut(&mut s)[off..off + vals.len()].copy_from_slice(&vals);
}

/// Overwrites `r` = x.sum(dims) (or x.mean(dims)) with torch's values where its order is known;
/// returns whether it did.
pub fn torch_fill(x: &Tensor, r: &Tensor, dims: Option<&[isize]>, mean: bool) -> bool {
    let nd = x.ndim();
    if !matches!(x.dtype(), DType::F32 | DType::F64) || r.dtype() != x.dtype() || !x.is_contiguous()
        || !r.is_contiguous() || x.numel() == 0
    {
        return false;
    }
    let axes: Vec<usize> = match dims {
        None => (0..nd).collect(),
        Some(d) => d.iter().map(|&a| a.rem_euclid(nd.max(1) as isize) as usize).collect(),
    };
    let Some(p) = plan(x.shape(), &axes) else { return false };
    match x.dtype() {
        DType::F32 => fill::<f32, 8>(x, r, p, mean),
        _ => fill::<f64, 4>(x, r, p, mean),
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn cascade_orders() {
        assert_eq!(torch_row_sum::<f32, 8>(&[1.0, 2.0, 3.0]), 6.0);
        let w: Vec<f64> = (0..1000).map(|i| i as f64).collect();
        assert_eq!(torch_row_sum::<f64, 4>(&w), 499500.0);
    }
}
