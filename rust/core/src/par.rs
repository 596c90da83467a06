//! The one place kernels go parallel. Work is a count of chunks run through a `&dyn Fn(usize)`,
//! so rayon's job machinery is instantiated once for the whole crate instead of once per kernel
//! closure and element type (that had made rayon's generics a third of the extension's size).
//! Chunk results are written by index, so every result is independent of the thread count.
use std::mem::MaybeUninit;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// The thread count set by `set_threads`; 0 = not set.
static THREADS: AtomicUsize = AtomicUsize::new(0);

/// The thread count kernels use: what `set_threads` set, else OMP_NUM_THREADS (as PyTorch and
/// OpenBLAS read it), else the size of the rayon pool in use (RAYON_NUM_THREADS or the cores).
pub fn threads() -> usize {
    static OMP: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();
    match THREADS.load(Ordering::Relaxed) {
        0 => OMP.get_or_init(|| std::env::var("OMP_NUM_THREADS").ok()?.trim().parse().ok().filter(|&n| n > 0))
            .unwrap_or_else(rayon::current_num_threads),
        n => n,
    }
}

/// Sets the thread count (at least 1) for every later kernel (torch.set_num_threads). Results
/// never depend on it.
pub fn set_threads(n: usize) {
    THREADS.store(n.max(1), Ordering::Relaxed);
}

/// The machine's cores as the OS grants them (cgroup quota included), asked once: the frameworks
/// whose thread splits are reproduced size their pools from it (`available_parallelism` reads
/// cgroup files on every call: 40 us).
pub fn cores() -> usize {
    static CORES: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1))
}

/// Threads a kernel may use: the setting, capped by the rayon pool in use.
pub fn usable_threads() -> usize {
    threads().min(rayon::current_num_threads())
}

/// Runs `f(0..chunks)`: the calling thread takes chunks in order and up to `threads - 1` rayon
/// workers help; a worker that starts late finds nothing left (no waiting on it).
pub fn for_each(chunks: usize, f: &(dyn Fn(usize) + Sync)) {
    struct Shared {
        next: AtomicUsize,
        done: AtomicUsize,
        chunks: usize,
        f: *const (dyn Fn(usize) + Sync + 'static),
    }
    // Safety: `f` is only called for a claimed chunk, and the caller does not return before
    // every claimed chunk is done, so `f` outlives every call.
    unsafe impl Send for Shared {}
    unsafe impl Sync for Shared {}
    fn work(s: &Shared) {
        loop {
            let i = s.next.fetch_add(1, Ordering::AcqRel);
            if i >= s.chunks {
                break;
            }
            unsafe { (*s.f)(i) };
            s.done.fetch_add(1, Ordering::Release);
        }
    }
    let helpers = usable_threads().min(chunks).saturating_sub(1);
    if helpers == 0 {
        (0..chunks).for_each(f);
        return;
    }
    let fp: *const (dyn Fn(usize) + Sync + '_) = f;
    // Safety: see `Shared`; only the lifetime is erased.
    let fp: *const (dyn Fn(usize) + Sync + 'static) = unsafe { std::mem::transmute(fp) };
    let sh = Arc::new(Shared { next: AtomicUsize::new(0), done: AtomicUsize::new(0), chunks, f: fp });
    for _ in 0..helpers {
        let s = sh.clone();
        rayon::spawn(move || work(&s));
    }
    work(&sh);
    let mut spins = 0u32;
    while sh.done.load(Ordering::Acquire) < chunks {
        if spins < 2000 {
            std::hint::spin_loop();
            spins += 1;
        } else {
            std::thread::yield_now();
        }
    }
}

/// A raw pointer handed to parallel chunks that write disjoint parts of one buffer.
pub(crate) struct SendPtr<T>(pub(crate) *mut T);
impl<T> Clone for SendPtr<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for SendPtr<T> {}
unsafe impl<T> Send for SendPtr<T> {}
unsafe impl<T> Sync for SendPtr<T> {}

/// `f(start, chunk)` over `out` cut into chunks of `size` (the last may be shorter), in parallel.
pub fn chunks_mut<T: Send>(out: &mut [T], size: usize, f: &(dyn Fn(usize, &mut [T]) + Sync)) {
    let (n, p) = (out.len(), SendPtr(out.as_mut_ptr()));
    for_each(n.div_ceil(size), &|i| {
        let p = p;
        let st = i * size;
        // Safety: chunk i covers [st, st + len) of `out`, disjoint from every other chunk.
        let c = unsafe { std::slice::from_raw_parts_mut(p.0.add(st), size.min(n - st)) };
        f(st, c)
    });
}

/// `f(i)` for `i in 0..n`, collected in order, in parallel.
pub fn map_collect<O: Send>(n: usize, f: &(dyn Fn(usize) -> O + Sync)) -> Vec<O> {
    let mut out: Vec<MaybeUninit<O>> = Vec::with_capacity(n);
    // Safety: MaybeUninit needs no initialisation; every slot is written below.
    unsafe { out.set_len(n) };
    chunks_mut(&mut out, 1, &|i, c| {
        c[0].write(f(i));
    });
    // Safety: all n slots were written (for_each returns after every chunk is done).
    let mut out = std::mem::ManuallyDrop::new(out);
    unsafe { Vec::from_raw_parts(out.as_mut_ptr() as *mut O, n, out.capacity()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn in_pool<R: Send>(threads: usize, f: impl FnOnce() -> R + Send) -> R {
        rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap().install(f)
    }

    #[test]
    fn chunks_cover_every_element_once_and_results_keep_their_order() {
        for threads in [1, 2, 3] {
            for n in [0usize, 1, 5, 16, 17, 1000] {
                let mut v = vec![0u32; n];
                in_pool(threads, || chunks_mut(&mut v, 4, &|st, c| {
                    for (j, x) in c.iter_mut().enumerate() {
                        *x += (st + j) as u32 + 1;
                    }
                }));
                assert_eq!(v, (1..=n as u32).collect::<Vec<_>>(), "threads {threads} n {n}");
                let m = in_pool(threads, || map_collect(n, &|i| format!("{i}")));
                assert_eq!(m, (0..n).map(|i| format!("{i}")).collect::<Vec<_>>());
            }
        }
    }
}
