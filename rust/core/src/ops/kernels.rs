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
/// elements `start..start + chunk.len()`): no zero-fill pass, large buffers come from the buffer
/// cache (no page faults), and above `PAR_MIN` the chunks run in parallel (`crate::par`).
#[inline]
pub fn fill_out<O: Elem>(n: usize, fill: impl Fn(usize, &mut [MaybeUninit<O>]) + Sync + Send) -> Vec<O> {
    let mut out = crate::bufcache::vec_with_capacity::<O>(n);
    let spare = &mut out.spare_capacity_mut()[..n];
    // one copy of each kernel loop: the serial path calls the same closure body the parallel
    // chunks run (inlined here as well, every elementwise loop was compiled twice)
    let fill: &(dyn Fn(usize, &mut [MaybeUninit<O>]) + Sync) = std::hint::black_box(&fill);
    if n >= PAR_MIN {
        // one contiguous run per thread (as OpenMP's static schedule): each thread streams its
        // own half, +5% on a 1e6-element a*b + c against 64 KiB chunks taken in turn
        let size = n.div_ceil(crate::par::usable_threads()).next_multiple_of(64).max(CHUNK);
        crate::par::chunks_mut(spare, size, fill);
    } else {
        fill(0, spare);
    }
    // Safety: `fill` wrote every element of `spare` (each kernel below writes its whole chunk).
    unsafe { out.set_len(n) };
    out
}

pub fn map1<T: Elem, O: Elem>(t: &Tensor, f: impl Fn(T) -> O + Sync + Send) -> Tensor {
    let l = t.layout();
    let n = l.numel();
    // an empty view may carry an offset past its (empty) buffer, as in torch: nothing to read
    if n == 0 {
        return Tensor::from_vec(Vec::<O>::new(), &l.shape);
    }
    let s = t.read();
    let data = T::slice(&s);
    let out: Vec<O> = if l.is_contiguous() {
        let src = &data[l.offset..l.offset + n];
        fill_out(n, |st, o| {
            let m = o.len();
            for (o, &x) in o.iter_mut().zip(&src[st..st + m]) {
                o.write(f(x));
            }
        })
    } else {
        let mut out = crate::bufcache::vec_with_capacity(n);
        walk2(&l.shape, &l.strides, l.offset, &l.strides, l.offset, |a, _| out.push(f(data[a])));
        out
    };
    drop(s);
    Tensor::from_vec(out, &l.shape)
}

/// `f(a, b)` over the broadcast `shape` of two tensors of element types `A`, `B`.
pub fn map2<A: Elem, B: Elem, O: Elem>(a: &Tensor, b: &Tensor, shape: &[usize], f: impl Fn(A, B) -> O + Sync + Send) -> Tensor {
    let n = crate::layout::numel(shape);
    if n == 0 {
        return Tensor::from_vec(Vec::<O>::new(), shape);
    }
    let (la, lb) = (a.layout(), b.layout());
    let sa = a.read();
    // Reading the same storage twice through one RwLock is fine (two read guards).
    let sb = b.read();
    let (da, db) = (A::slice(&sa), B::slice(&sb));
    let same_a = la.shape == shape && la.is_contiguous();
    let same_b = lb.shape == shape && lb.is_contiguous();
    // integer and bool kernels skip the scalar-operand loops (the strided walk serves them):
    // they are rare in hot paths and were a third of the elementwise code
    let scalar_paths = A::DTYPE.is_float() || B::DTYPE.is_float();
    let out: Vec<O> = if same_a && same_b {
        let (xa, xb) = (&da[la.offset..la.offset + n], &db[lb.offset..lb.offset + n]);
        fill_out(n, |st, o| {
            let m = o.len();
            for ((o, &x), &y) in o.iter_mut().zip(&xa[st..st + m]).zip(&xb[st..st + m]) {
                o.write(f(x, y));
            }
        })
    } else if scalar_paths && same_a && lb.numel() == 1 {
        let (xa, y) = (&da[la.offset..la.offset + n], db[lb.offset]);
        fill_out(n, |st, o| {
            let m = o.len();
            for (o, &x) in o.iter_mut().zip(&xa[st..st + m]) {
                o.write(f(x, y));
            }
        })
    } else if scalar_paths && same_b && la.numel() == 1 {
        let (x, xb) = (da[la.offset], &db[lb.offset..lb.offset + n]);
        fill_out(n, |st, o| {
            let m = o.len();
            for (o, &y) in o.iter_mut().zip(&xb[st..st + m]) {
                o.write(f(x, y));
            }
        })
    } else {
        let mut out = crate::bufcache::vec_with_capacity(n);
        let (ta, tb) = (la.broadcast_strides(shape), lb.broadcast_strides(shape));
        walk2(shape, &ta, la.offset, &tb, lb.offset, |i, j| out.push(f(da[i], db[j])));
        out
    };
    drop(sa);
    drop(sb);
    Tensor::from_vec(out, shape)
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

/// In place: `dst[i] = f(dst[i], src[i])` with `src` broadcast to dst's shape.
pub fn update2<T: Elem, S: Elem>(dst: &Tensor, src: &Tensor, f: impl Fn(T, S) -> T) {
    let src = if src.same_storage(dst) { src.contiguous_copy() } else { src.clone() };
    let ld = dst.layout();
    let ls = src.layout();
    let ss = src.read();
    let ds = S::slice(&ss);
    let mut sd = dst.write();
    let dd = T::slice_mut(&mut sd);
    let ts = ls.broadcast_strides(&ld.shape);
    walk2(&ld.shape, &ld.strides, ld.offset, &ts, ls.offset, |i, j| dd[i] = f(dd[i], ds[j]));
}
