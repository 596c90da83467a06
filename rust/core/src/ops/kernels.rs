//! Generic strided map kernels shared by all elementwise ops: a contiguous fast path, a
//! scalar-operand fast path and a strided fallback; parallel (`crate::par`) only above `PAR_MIN` elements.
use crate::layout::{walk2, walk3};
use crate::storage::Elem;
use crate::tensor::Tensor;
use std::mem::MaybeUninit;

/// Below this many elements a kernel stays on the calling thread (spawning costs microseconds).
pub const PAR_MIN: usize = 1 << 17;
pub const CHUNK: usize = 1 << 14;

/// An output buffer of `n` elements, each written once by `fill(start, chunk)` (the chunk holds
/// elements `start..start + chunk.len()`, a whole number of `row`s): no zero-fill pass, large
/// buffers come from the buffer cache (no page faults), and above `PAR_MIN` the chunks run in
/// parallel (`crate::par`).
#[inline]
fn fill_out_rows<O: Elem>(n: usize, row: usize, fill: impl Fn(usize, &mut [MaybeUninit<O>]) + Sync + Send) -> Vec<O> {
    let mut out = crate::bufcache::vec_with_capacity::<O>(n);
    let spare = &mut out.spare_capacity_mut()[..n];
    // one copy of each kernel loop: the serial path calls the same closure body the parallel
    // chunks run (inlined here as well, every elementwise loop was compiled twice)
    let fill: &(dyn Fn(usize, &mut [MaybeUninit<O>]) + Sync) = std::hint::black_box(&fill);
    if n >= PAR_MIN {
        // one contiguous run per thread (as OpenMP's static schedule): each thread streams its
        // own half, +5% on a 1e6-element a*b + c against 64 KiB chunks taken in turn
        let unit = if row == 1 { 64 } else { row };
        let size = n.div_ceil(crate::par::usable_threads()).next_multiple_of(unit).max(CHUNK.next_multiple_of(unit));
        crate::par::chunks_mut(spare, size, fill);
    } else {
        fill(0, spare);
    }
    // Safety: `fill` wrote every element of `spare` (each kernel below writes its whole chunk).
    unsafe { out.set_len(n) };
    out
}

/// `fill_out_rows` with rows of one element.
#[inline]
pub fn fill_out<O: Elem>(n: usize, fill: impl Fn(usize, &mut [MaybeUninit<O>]) + Sync + Send) -> Vec<O> {
    fill_out_rows(n, 1, fill)
}

/// The elements of `t` broadcast to `shape`, in order: strided and broadcast operands are copied
/// by this (generic in the element type only), so an op's own code is just its contiguous loops.
fn dense<T: Elem>(t: &Tensor, shape: &[usize]) -> Vec<T> {
    let l = t.layout();
    if l.shape == shape && l.is_contiguous() {
        return t.to_vec();
    }
    let st = l.broadcast_strides(shape);
    let s = t.read();
    let d = T::slice(&s);
    let mut out = crate::bufcache::vec_with_capacity(crate::layout::numel(shape));
    walk2(shape, &st, l.offset, &st, l.offset, |i, _| out.push(d[i]));
    out
}

/// `f` over every element of `t`.
pub fn map1<T: Elem, O: Elem>(t: &Tensor, f: impl Fn(T) -> O + Sync + Send) -> Tensor {
    map1_loop(t, &|x: &[T], o: &mut [MaybeUninit<O>]| {
        for (o, &x) in o.iter_mut().zip(x) {
            o.write(f(x));
        }
    })
}

/// `map1`'s driver, generic in the element types only: the op's own code is the one loop
/// (an op-generic driver had been copied into every op, a quarter of the extension).
#[inline(never)]
fn map1_loop<T: Elem, O: Elem>(t: &Tensor, run: &(dyn Fn(&[T], &mut [MaybeUninit<O>]) + Sync)) -> Tensor {
    let l = t.layout();
    let n = l.numel();
    // an empty view may carry an offset past its (empty) buffer, as in torch: nothing to read
    if n == 0 {
        return Tensor::from_vec(Vec::<O>::new(), &l.shape);
    }
    let (s, strided);
    let src: &[T] = if l.is_contiguous() {
        s = t.read();
        &T::slice(&s)[l.offset..l.offset + n]
    } else {
        strided = dense::<T>(t, &l.shape);
        &strided
    };
    let out = fill_out(n, |st, o| run(&src[st..st + o.len()], o));
    Tensor::from_vec(out, &l.shape)
}

type Out<O> = [MaybeUninit<O>];

/// `f(a, b)` over the broadcast `shape` of two tensors of element types `A`, `B`. The op's code
/// is three loops over one run (both operands contiguous, or one of them a single value);
/// broadcasting runs them row by row over the output's coalesced last dimensions.
pub fn map2<A: Elem, B: Elem, O: Elem>(a: &Tensor, b: &Tensor, shape: &[usize], f: impl Fn(A, B) -> O + Sync + Send) -> Tensor {
    let cc = |xa: &[A], xb: &[B], o: &mut Out<O>| {
        for ((o, &x), &y) in o.iter_mut().zip(xa).zip(xb) {
            o.write(f(x, y));
        }
    };
    // integer and bool kernels keep one loop (they are rare in hot paths): their broadcast
    // operands are copied out first
    if !(A::DTYPE.is_float() || B::DTYPE.is_float()) {
        return map2_loops(a, b, shape, &cc, None);
    }
    let cs = |xa: &[A], y: B, o: &mut Out<O>| {
        for (o, &x) in o.iter_mut().zip(xa) {
            o.write(f(x, y));
        }
    };
    let sc = |x: A, xb: &[B], o: &mut Out<O>| {
        for (o, &y) in o.iter_mut().zip(xb) {
            o.write(f(x, y));
        }
    };
    map2_loops(a, b, shape, &cc, Some((&cs, &sc)))
}

type CS<'a, A, B, O> = &'a (dyn Fn(&[A], B, &mut Out<O>) + Sync);
type SC<'a, A, B, O> = &'a (dyn Fn(A, &[B], &mut Out<O>) + Sync);

/// `map2`'s driver, generic in the element types only (see `map1_loop`).
#[inline(never)]
fn map2_loops<A: Elem, B: Elem, O: Elem>(
    a: &Tensor,
    b: &Tensor,
    shape: &[usize],
    cc: &(dyn Fn(&[A], &[B], &mut Out<O>) + Sync),
    scalar: Option<(CS<A, B, O>, SC<A, B, O>)>,
) -> Tensor {
    let n = crate::layout::numel(shape);
    if n == 0 {
        return Tensor::from_vec(Vec::<O>::new(), shape);
    }
    let (la, lb) = (a.layout(), b.layout());
    let same_a = la.shape == shape && la.is_contiguous();
    let same_b = lb.shape == shape && lb.is_contiguous();
    let (sa, sb) = (a.read(), b.read());
    let (da, db) = (&A::slice(&sa)[la.offset..], &B::slice(&sb)[lb.offset..]);
    let dense_both = || {
        let (xa, xb) = (dense::<A>(a, shape), dense::<B>(b, shape));
        fill_out(n, |st, o| cc(&xa[st..st + o.len()], &xb[st..st + o.len()], o))
    };
    let out: Vec<O> = match scalar {
        _ if same_a && same_b => fill_out(n, |st, o| cc(&da[st..st + o.len()], &db[st..st + o.len()], o)),
        None => dense_both(),
        Some((cs, _)) if same_a && lb.numel() == 1 => fill_out(n, |st, o| cs(&da[st..st + o.len()], db[0], o)),
        Some((_, sc)) if same_b && la.numel() == 1 => fill_out(n, |st, o| sc(da[0], &db[st..st + o.len()], o)),
        Some((cs, sc)) => broadcast_rows(shape, la, lb, n, da, db, cc, cs, sc).unwrap_or_else(dense_both),
    };
    drop(sa);
    drop(sb);
    Tensor::from_vec(out, shape)
}

/// The broadcast case of `map2`: the output's last dimensions are merged while each operand
/// stays contiguous (stride 1) or constant (stride 0) along them; each output row then runs one
/// of the op's loops. Short rows (< 16) or other strides: None (the caller copies the operands out).
#[allow(clippy::too_many_arguments)]
fn broadcast_rows<A: Elem, B: Elem, O: Elem>(
    shape: &[usize],
    la: &crate::layout::Layout,
    lb: &crate::layout::Layout,
    n: usize,
    da: &[A],
    db: &[B],
    cc: &(dyn Fn(&[A], &[B], &mut Out<O>) + Sync),
    cs: CS<A, B, O>,
    sc: SC<A, B, O>,
) -> Option<Vec<O>> {
    let (ta, tb) = (la.broadcast_strides(shape), lb.broadcast_strides(shape));
    let nd = shape.len();
    let (ia, ib) = (ta[nd - 1], tb[nd - 1]);
    // merge trailing dimensions into the row while both operands keep their row stride
    let mut k = nd - 1;
    let mut inner = shape[nd - 1];
    let fits = |t: &[isize], i: isize, d: usize, inner: usize| if i == 0 { t[d] == 0 } else { t[d] == inner as isize };
    while k > 0 && fits(&ta, ia, k - 1, inner) && fits(&tb, ib, k - 1, inner) {
        k -= 1;
        inner *= shape[k];
    }
    let row_kind = matches!((ia, ib), (1, 1) | (1, 0) | (0, 1));
    if !row_kind || inner < 16 {
        return None;
    }
    let outer = &shape[..k];
    Some(fill_out_rows(n, inner, |st, o| {
        for (j, o) in o.chunks_mut(inner).enumerate() {
            // offsets of row r in each operand
            let (mut r, mut pa, mut pb) = (st / inner + j, 0isize, 0isize);
            for d in (0..outer.len()).rev() {
                let i = (r % outer[d]) as isize;
                r /= outer[d];
                pa += i * ta[d];
                pb += i * tb[d];
            }
            let (pa, pb) = (pa as usize, pb as usize);
            match (ia, ib) {
                (1, 1) => cc(&da[pa..pa + inner], &db[pb..pb + inner], o),
                (1, _) => cs(&da[pa..pa + inner], db[pb], o),
                _ => sc(da[pa], &db[pb..pb + inner], o),
            }
        }
    }))
}

/// `f(c, a, b)` over the broadcast `shape` of three tensors.
pub fn map3<C: Elem, A: Elem, B: Elem, O: Elem>(
    c: &Tensor,
    a: &Tensor,
    b: &Tensor,
    shape: &[usize],
    f: impl Fn(C, A, B) -> O,
) -> Tensor {
    let n = crate::layout::numel(shape);
    if n == 0 {
        return Tensor::from_vec(Vec::<O>::new(), shape);
    }
    let (lc, la, lb) = (c.layout(), a.layout(), b.layout());
    let (sc, sa, sb) = (c.read(), a.read(), b.read());
    let (dc, da, db) = (C::slice(&sc), A::slice(&sa), B::slice(&sb));
    // fast path: every operand is either contiguous in the output's shape or a single element
    let flat = |l: &crate::layout::Layout| (l.shape == shape && l.is_contiguous()) || l.numel() == 1;
    if flat(lc) && flat(la) && flat(lb) {
        let step = |l: &crate::layout::Layout| usize::from(l.numel() != 1 || n == 1);
        let (kc, ka, kb) = (step(lc), step(la), step(lb));
        let mut out: Vec<O> = crate::bufcache::vec_with_capacity(n);
        out.extend((0..n).map(|i| f(dc[lc.offset + i * kc], da[la.offset + i * ka], db[lb.offset + i * kb])));
        drop((sc, sa, sb));
        return Tensor::from_vec(out, shape);
    }
    let mut out = crate::bufcache::vec_with_capacity(n);
    let (tc, ta, tb) = (lc.broadcast_strides(shape), la.broadcast_strides(shape), lb.broadcast_strides(shape));
    walk3(shape, [&tc, &ta, &tb], [lc.offset, la.offset, lb.offset], |i, j, k| out.push(f(dc[i], da[j], db[k])));
    drop((sc, sa, sb));
    Tensor::from_vec(out, shape)
}

/// In place: `dst[i] = f(dst[i], src[i])` with `src` broadcast to dst's shape. A contiguous
/// `dst` with a same-shaped contiguous or single-value `src` runs the op's loop over slices (in
/// parallel above `PAR_MIN`); other layouts walk the elements.
pub fn update2<T: Elem, S: Elem>(dst: &Tensor, src: &Tensor, f: impl Fn(T, S) -> T + Sync + Send) {
    // only float32/float64 get the slice loops (the in-place ops of optimizers and gradient
    // accumulation); other types walk, which keeps their code small
    if !matches!(T::DTYPE, crate::dtype::DType::F32 | crate::dtype::DType::F64) {
        return update2_loops(dst, src, None, &f);
    }
    let cc = |d: &mut [T], s: &[S]| {
        for (d, &s) in d.iter_mut().zip(s) {
            *d = f(*d, s);
        }
    };
    let cs = |d: &mut [T], s: S| {
        for d in d.iter_mut() {
            *d = f(*d, s);
        }
    };
    update2_loops(dst, src, Some((&cc, &cs)), &f)
}

type UpdCC<'a, T, S> = &'a (dyn Fn(&mut [T], &[S]) + Sync);
type UpdCS<'a, T, S> = &'a (dyn Fn(&mut [T], S) + Sync);

/// `update2`'s driver, generic in the element types only (see `map1_loop`).
#[inline(never)]
fn update2_loops<T: Elem, S: Elem>(
    dst: &Tensor,
    src: &Tensor,
    loops: Option<(UpdCC<T, S>, UpdCS<T, S>)>,
    one: &dyn Fn(T, S) -> T,
) {
    let src = if src.same_storage(dst) { src.contiguous_copy() } else { src.clone() };
    let (ld, ls) = (dst.layout(), src.layout());
    let n = ld.numel();
    if n == 0 {
        return;
    }
    let ss = src.read();
    let ds = S::slice(&ss);
    let mut sd = dst.write();
    let dd = T::slice_mut(&mut sd);
    let flat = ld.is_contiguous() && ((ls.shape == ld.shape && ls.is_contiguous()) || ls.numel() == 1);
    if let (true, Some((cc, cs))) = (flat, loops) {
        let d = &mut dd[ld.offset..ld.offset + n];
        let run = |st: usize, d: &mut [T]| {
            if ls.numel() == 1 && n > 1 {
                cs(d, ds[ls.offset])
            } else {
                cc(d, &ds[ls.offset + st..ls.offset + st + d.len()])
            }
        };
        if n >= PAR_MIN {
            // one contiguous run per thread, as `fill_out_rows`
            let size = n.div_ceil(crate::par::usable_threads()).next_multiple_of(64).max(CHUNK);
            crate::par::chunks_mut(d, size, &run);
        } else {
            run(0, d);
        }
        return;
    }
    let ts = ls.broadcast_strides(&ld.shape);
    walk2(&ld.shape, &ld.strides, ld.offset, &ts, ls.offset, |i, j| dd[i] = one(dd[i], ds[j]));
}

#[cfg(test)]
mod tests {
    use crate::tensor::Tensor;

    /// Element `idx` (row-major in `shape`) of `t` broadcast to `shape`, read through its strides.
    fn at(t: &Tensor, shape: &[usize], idx: usize) -> f64 {
        let l = t.layout();
        let st = l.broadcast_strides(shape);
        let (mut r, mut p) = (idx, l.offset as isize);
        for d in (0..shape.len()).rev() {
            p += (r % shape[d]) as isize * st[d];
            r /= shape[d];
        }
        let s = t.read();
        f64::from(<f32 as crate::storage::Elem>::slice(&s)[p as usize])
    }

    /// update2's slice loops (contiguous dst with a same-shaped or single-value src, serial and
    /// parallel) and its walk (strided dst, broadcast src, integers, aliasing) against map2.
    #[test]
    fn update2_paths_match_the_out_of_place_op() {
        let seq = |shape: &[usize], k: f32| {
            let n: usize = shape.iter().product();
            Tensor::from_vec((0..n).map(|i| (i % 97) as f32 * 0.25 + k).collect::<Vec<f32>>(), shape)
        };
        let big = [400, 512]; // above PAR_MIN
        let cases: Vec<(Tensor, Tensor)> = vec![
            (seq(&[3, 5], 1.0), seq(&[3, 5], 2.0)),
            (seq(&big, 1.0), seq(&big, 2.0)),
            (seq(&big, 1.0), seq(&[], 3.0)),
            (seq(&[3, 5], 1.0), seq(&[1], 3.0)),
            (seq(&[3, 5], 1.0), seq(&[5], 3.0)),
            (seq(&[5, 3], 1.0).t().unwrap(), seq(&[3, 5], 2.0)),
            (seq(&[3, 5], 1.0), seq(&[5, 3], 2.0).t().unwrap()),
        ];
        for (a, b) in cases {
            let want = a.mul(&b).unwrap().to_vec::<f32>();
            // a fresh contiguous copy, or a transposed view (the walk)
            let d = if a.is_contiguous() { a.contiguous_copy() } else { a.detach() };
            super::update2(&d, &b, |x: f32, y: f32| x * y);
            assert_eq!(d.to_vec::<f32>(), want);
        }
        // aliasing: x *= x
        let x = seq(&big, 0.5);
        let want = x.mul(&x).unwrap().to_vec::<f32>();
        super::update2(&x, &x, |p: f32, q: f32| p * q);
        assert_eq!(x.to_vec::<f32>(), want);
        // integers take the walk
        let i = Tensor::from_vec(vec![1i64, 2, 3, 4], &[2, 2]);
        super::update2(&i, &Tensor::from_vec(vec![10i64, 20], &[2]), |p: i64, q: i64| p + q);
        assert_eq!(i.to_vec::<i64>(), vec![11, 22, 13, 24]);
    }

    /// Every map2 path (same shapes, scalar operands, broadcast rows merged over several
    /// dimensions, short rows, transposed and sliced operands, integers) against a direct read.
    #[test]
    fn map2_paths_match_a_direct_read() {
        let seq = |shape: &[usize], k: f64| {
            let n: usize = shape.iter().product();
            Tensor::from_vec((0..n).map(|i| (i as f32) * 0.5 + k as f32).collect::<Vec<f32>>(), shape)
        };
        let big = seq(&[3, 40, 20], 1.0);
        let cases: Vec<(Tensor, Tensor)> = vec![
            (big.clone(), seq(&[3, 40, 20], 2.0)),
            (big.clone(), seq(&[], 3.0)),
            (seq(&[1], 3.0), big.clone()),
            (big.clone(), seq(&[20], 1.0)),
            (big.clone(), seq(&[40, 20], 1.0)),
            (big.clone(), seq(&[40, 1], 1.0)),
            (big.clone(), seq(&[3, 1, 1], 1.0)),
            (seq(&[3, 1, 20], 1.0), seq(&[40, 1], 2.0)),
            (seq(&[3, 40, 2], 1.0), seq(&[2], 2.0)),
            (big.permute(&[0, 2, 1]).unwrap(), seq(&[40], 1.0)),
            (big.narrow(2, 3, 17).unwrap(), seq(&[3, 40, 1], 1.0)),
            (big.transpose(0, 2).unwrap(), big.transpose(0, 2).unwrap().contiguous_copy()),
            // above PAR_MIN: rows split between threads
            (seq(&[300, 512], 0.0), seq(&[512], 1.0)),
            (seq(&[300, 1], 0.0), seq(&[300, 512], 1.0)),
        ];
        for (a, b) in cases {
            let shape = crate::layout::broadcast_shapes(a.shape(), b.shape()).unwrap();
            let n: usize = shape.iter().product();
            let sub = a.sub(&b).unwrap();
            let lt = a.compare(&b, crate::ops::binary::CmpOp::Lt).unwrap();
            let (ai, bi) = (a.to_dtype_nograd(crate::dtype::DType::I64), b.to_dtype_nograd(crate::dtype::DType::I64));
            let isub = ai.sub(&bi).unwrap();
            let (s, l, is) = (sub.to_f64_vec(), lt.to_f64_vec(), isub.to_f64_vec());
            for i in 0..n {
                let (x, y) = (at(&a, &shape, i), at(&b, &shape, i));
                assert_eq!(s[i], x - y, "sub {:?} {:?} at {i}", a.shape(), b.shape());
                assert_eq!(l[i], f64::from(u8::from(x < y)), "lt at {i}");
                assert_eq!(is[i], (x.trunc() - y.trunc()), "int sub at {i}");
            }
        }
    }
}
