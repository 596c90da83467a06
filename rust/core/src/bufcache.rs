//! A small caching allocator for large tensor buffers.
//!
//! glibc gives a buffer of a few MiB a fresh `mmap` (above its mmap threshold) or, once the
//! threshold has grown, heap memory that `free` trims back to the OS; either way an op that
//! produces one pays page faults (a 1e6-element float32 `a * b + c` took 25 per call at 4 MiB
//! and above the cache's bound), which cost more than the op's arithmetic. Owned storage buffers of that size are therefore not freed
//! when their tensor dies: `Buf`'s drop hands them to this cache, and kernels take their output
//! buffers from it (`vec_with_capacity`). A cached buffer is only ever one whose last owner has
//! dropped it, so no live tensor's memory can be handed out again.
//!
//! Sizes are rounded up to a size class (a multiple of `CLASS` bytes) so that buffers of nearly
//! equal sizes share a class; a request takes a cached buffer of exactly its class. The cache
//! holds at most `MAX_BYTES` in total (the oldest entries are freed first when it overflows).
use std::alloc::Layout;
use std::sync::Mutex;

/// Buffers smaller than this are left to the system allocator (it reuses them well; 1 MiB
/// activations of a batch-256 MLP stay there, so the cache does not raise its peak memory).
pub const CACHE_MIN: usize = 256 << 10;
/// Size-class granularity for cached buffers.
pub const CLASS: usize = 1 << 20;
/// Size-class granularity below 4 MiB.
pub const SMALL_CLASS: usize = 64 << 10;
/// The most memory the cache keeps for reuse.
pub const MAX_BYTES: usize = 512 << 20;

struct Entry {
    ptr: usize,
    bytes: usize,
    align: usize,
}

struct Cache {
    entries: Vec<Entry>,
    total: usize,
}

static CACHE: Mutex<Cache> = Mutex::new(Cache { entries: Vec::new(), total: 0 });

fn lock() -> std::sync::MutexGuard<'static, Cache> {
    CACHE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Bytes of the size class of a request of `bytes`: multiples of `CLASS`, of `SMALL_CLASS`
/// below `CLASS * 4` (a 512 KiB activation must not take a 1 MiB buffer).
fn class_bytes(bytes: usize) -> usize {
    let c = if bytes < 4 * CLASS { SMALL_CLASS } else { CLASS };
    bytes.div_ceil(c) * c
}

/// An empty `Vec<T>` with capacity for at least `n` elements; large ones come from the cache
/// when a buffer of their class is there. The contents are uninitialised (len 0).
pub fn vec_with_capacity<T>(n: usize) -> Vec<T> {
    let size = std::mem::size_of::<T>();
    let bytes = n.saturating_mul(size);
    if size == 0 || bytes < CACHE_MIN {
        return Vec::with_capacity(n);
    }
    let cb = class_bytes(bytes);
    let align = std::mem::align_of::<T>();
    if cb % size == 0 {
        let hit = {
            let mut c = lock();
            match c.entries.iter().rposition(|e| e.bytes == cb && e.align == align) {
                Some(i) => {
                    let e = c.entries.remove(i);
                    c.total -= e.bytes;
                    Some(e)
                }
                None => None,
            }
        };
        if let Some(e) = hit {
            // Safety: the entry came from a Vec<U> with align_of::<U>() == align and a capacity of
            // exactly `cb` bytes, i.e. the same allocation layout as Vec<T> with this capacity.
            return unsafe { Vec::from_raw_parts(e.ptr as *mut T, 0, cb / size) };
        }
        return huge_pages(Vec::with_capacity(cb / size));
    }
    huge_pages(Vec::with_capacity(n))
}

/// Asks Linux to back a fresh large buffer with transparent huge pages (as NumPy does for
/// arrays of 4 MiB or more): a 2 MiB page is one TLB entry and one page fault instead of 512,
/// which streaming kernels and GEMM packing feel. Only advice: nothing changes if THP is off.
fn huge_pages<T>(mut v: Vec<T>) -> Vec<T> {
    #[cfg(target_os = "linux")]
    {
        extern "C" {
            fn madvise(addr: *mut std::ffi::c_void, len: usize, advice: i32) -> i32;
        }
        const MADV_HUGEPAGE: i32 = 14;
        const PAGE: usize = 4096;
        let (p, bytes) = (v.as_mut_ptr() as usize, v.capacity() * std::mem::size_of::<T>());
        if bytes < 4 << 20 {
            return v;
        }
        let start = p.next_multiple_of(PAGE);
        if bytes > start - p + PAGE {
            // Safety: the range lies inside this Vec's allocation; madvise only sets a hint.
            unsafe { madvise(start as *mut std::ffi::c_void, (bytes - (start - p)) / PAGE * PAGE, MADV_HUGEPAGE) };
        }
    }
    v
}

/// Takes ownership of a buffer whose owner has gone: keeps it for reuse when it is large and of
/// an exact size class, else frees it.
pub fn release<T>(v: Vec<T>) {
    let size = std::mem::size_of::<T>();
    let bytes = v.capacity().saturating_mul(size);
    if size == 0 || bytes < CACHE_MIN || bytes != class_bytes(bytes) || bytes > MAX_BYTES || std::mem::needs_drop::<T>() {
        drop(v);
        return;
    }
    let mut v = std::mem::ManuallyDrop::new(v);
    let e = Entry { ptr: v.as_mut_ptr() as usize, bytes, align: std::mem::align_of::<T>() };
    let mut evicted = Vec::new();
    {
        let mut c = lock();
        c.total += e.bytes;
        c.entries.push(e);
        while c.total > MAX_BYTES {
            let old = c.entries.remove(0);
            c.total -= old.bytes;
            evicted.push(old);
        }
    }
    for old in evicted {
        free(old);
    }
}

fn free(e: Entry) {
    // Safety: the entry owns an allocation of exactly this layout, made by the global allocator.
    unsafe { std::alloc::dealloc(e.ptr as *mut u8, Layout::from_size_align_unchecked(e.bytes, e.align)) }
}

/// Frees every cached buffer (returns the bytes released).
pub fn empty_cache() -> usize {
    let entries = std::mem::take(&mut lock().entries);
    let mut n = 0;
    for e in entries {
        n += e.bytes;
        free(e);
    }
    lock().total -= n;
    n
}

/// (number of cached buffers, cached bytes).
pub fn stats() -> (usize, usize) {
    let c = lock();
    (c.entries.len(), c.total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tensor::Tensor;

    // Sizes unique to each test: the cache is process-wide and tests run in parallel.

    #[test]
    fn reuses_a_released_buffer_of_the_same_class() {
        let n = (37 << 20) / 4; // 37 MiB of f32
        let v: Vec<f32> = vec_with_capacity(n);
        assert!(v.capacity() >= n);
        let p = v.as_ptr() as usize;
        release(v);
        let w: Vec<f32> = vec_with_capacity(n - 100); // same 1 MiB class
        assert_eq!(w.as_ptr() as usize, p, "the cached buffer is handed out again");
        assert_eq!(w.len(), 0);
        // other element types of the same alignment and byte class reuse it too
        release(w);
        let u: Vec<i32> = vec_with_capacity(n);
        assert_eq!(u.as_ptr() as usize, p);
        release(u);
    }

    #[test]
    fn small_buffers_have_fine_classes() {
        assert_eq!(class_bytes(300 << 10), 320 << 10);
        assert_eq!(class_bytes((3 << 20) + 1), (3 << 20) + (64 << 10));
        assert_eq!(class_bytes((5 << 20) + 1), 6 << 20);
        let n = (453 << 10) / 4; // 453 KiB of f32: the 512 KiB class... no: 64 KiB steps, 460 KiB
        let v: Vec<f32> = vec_with_capacity(n);
        assert_eq!(v.capacity() * 4, 512 << 10);
        let p = v.as_ptr() as usize;
        release(v);
        let w: Vec<f32> = vec_with_capacity(n - 1000);
        assert_eq!(w.as_ptr() as usize, p, "a request of the same class reuses it");
        release(w);
    }

    #[test]
    fn live_buffers_are_never_shared() {
        let n = (41 << 20) / 4;
        let mut a: Vec<f32> = vec_with_capacity(n);
        let mut b: Vec<f32> = vec_with_capacity(n);
        assert_ne!(a.as_ptr(), b.as_ptr());
        a.resize(n, 1.0);
        b.resize(n, 2.0);
        release(a);
        let mut c: Vec<f32> = vec_with_capacity(n); // may reuse a's memory, never b's
        assert_ne!(c.as_ptr(), b.as_ptr());
        c.resize(n, 3.0);
        assert!(b.iter().all(|&x| x == 2.0));
        assert!(c.iter().all(|&x| x == 3.0));
    }

    #[test]
    fn tensor_results_reuse_freed_storage_without_aliasing() {
        let n = 3_000_000; // 12 MB of f32
        let a = Tensor::from_vec((0..n).map(|i| (i % 97) as f32).collect::<Vec<f32>>(), &[n]);
        let b = Tensor::from_vec(vec![1.0f32; n], &[n]);
        let mut keep = Vec::new();
        for k in 0..4 {
            let c = a.add(&b).unwrap();
            let d = c.mul(&b).unwrap(); // c's buffer is live here: d must not use it
            drop(c);
            keep.push(d);
            let e = a.mul(&Tensor::scalar(k as f64, crate::dtype::DType::F32)).unwrap();
            let v = e.to_vec::<f32>();
            assert!(v.iter().enumerate().all(|(i, &x)| x == (i % 97) as f32 * k as f32));
        }
        for d in &keep {
            let v = d.to_vec::<f32>();
            assert!(v.iter().enumerate().all(|(i, &x)| x == (i % 97) as f32 + 1.0));
        }
        let va = a.to_vec::<f32>();
        assert!(va.iter().enumerate().all(|(i, &x)| x == (i % 97) as f32));
    }

    #[test]
    fn the_cache_is_bounded() {
        let n = (43 << 20) / 8;
        let vs: Vec<Vec<f64>> = (0..(MAX_BYTES / (43 << 20)) + 4).map(|_| vec_with_capacity(n)).collect();
        for v in vs {
            release(v);
            assert!(stats().1 <= MAX_BYTES);
        }
        assert!(stats().1 <= MAX_BYTES);
        empty_cache();
    }
}
