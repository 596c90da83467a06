//! Flat, typed buffers. Views share one `Storage` through an `Arc<RwLock<..>>` held by the tensor.
use crate::dtype::DType;
pub use half::{bf16, f16};

#[derive(Debug, Clone)]
pub enum Storage {
    Bool(Buf<bool>),
    I32(Buf<i32>),
    I64(Buf<i64>),
    F16(Buf<half::f16>),
    BF16(Buf<half::bf16>),
    F32(Buf<f32>),
    F64(Buf<f64>),
}

/// A flat buffer: owned, or memory owned by someone else (a numpy array shared by
/// `torch.from_numpy`) kept alive by `owner`. Derefs to a slice; it never reallocates.
pub enum Buf<T> {
    Owned(Vec<T>),
    External { ptr: *mut T, len: usize, owner: Box<dyn std::any::Any + Send + Sync> },
}

// Safety: external memory is only reached through the storage's RwLock, like owned memory.
unsafe impl<T: Send> Send for Buf<T> {}
unsafe impl<T: Sync> Sync for Buf<T> {}

impl<T> Buf<T> {
    /// Wraps `len` elements at `ptr`, valid (and not resized) for as long as `owner` lives.
    ///
    /// # Safety
    /// `ptr` must be aligned, point to `len` initialised elements, and stay valid while `owner`
    /// is alive.
    pub unsafe fn external(ptr: *mut T, len: usize, owner: Box<dyn std::any::Any + Send + Sync>) -> Buf<T> {
        Buf::External { ptr, len, owner }
    }
}

impl<T> std::ops::Deref for Buf<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        match self {
            Buf::Owned(v) => v,
            Buf::External { ptr, len, .. } => unsafe { std::slice::from_raw_parts(*ptr, *len) },
        }
    }
}

impl<T> std::ops::DerefMut for Buf<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        match self {
            Buf::Owned(v) => v,
            Buf::External { ptr, len, .. } => unsafe { std::slice::from_raw_parts_mut(*ptr, *len) },
        }
    }
}

/// Large owned buffers go back to the buffer cache for reuse instead of the system allocator.
impl<T> Drop for Buf<T> {
    fn drop(&mut self) {
        if let Buf::Owned(v) = self {
            crate::bufcache::release(std::mem::take(v));
        }
    }
}

impl<T: Clone> Clone for Buf<T> {
    fn clone(&self) -> Self {
        Buf::Owned(self.to_vec())
    }
}

impl<T: std::fmt::Debug> std::fmt::Debug for Buf<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        (**self).fmt(f)
    }
}

impl<T> From<Vec<T>> for Buf<T> {
    fn from(v: Vec<T>) -> Self {
        Buf::Owned(v)
    }
}

/// Scalar element types with conversions; every kernel is written once over `T: Elem`.
pub trait Elem: Copy + Send + Sync + PartialOrd + PartialEq + Default + std::fmt::Debug + 'static {
    const DTYPE: DType;
    fn to_f64(self) -> f64;
    fn from_f64(v: f64) -> Self;
    fn slice(s: &Storage) -> &[Self];
    fn slice_mut(s: &mut Storage) -> &mut [Self];
    fn wrap(v: Vec<Self>) -> Storage;
}

macro_rules! impl_elem {
    ($t:ty, $var:ident, $dt:expr, $to:expr, $from:expr) => {
        impl Elem for $t {
            const DTYPE: DType = $dt;
            #[inline(always)]
            fn to_f64(self) -> f64 {
                let f: fn($t) -> f64 = $to;
                f(self)
            }
            #[inline(always)]
            fn from_f64(v: f64) -> Self {
                let f: fn(f64) -> $t = $from;
                f(v)
            }
            fn slice(s: &Storage) -> &[Self] {
                match s {
                    Storage::$var(v) => v,
                    _ => panic!("storage dtype mismatch: expected {:?}", $dt),
                }
            }
            fn slice_mut(s: &mut Storage) -> &mut [Self] {
                match s {
                    Storage::$var(v) => v,
                    _ => panic!("storage dtype mismatch: expected {:?}", $dt),
                }
            }
            fn wrap(v: Vec<Self>) -> Storage {
                Storage::$var(Buf::Owned(v))
            }
        }
    };
}
impl_elem!(bool, Bool, DType::Bool, |x| if x { 1.0 } else { 0.0 }, |v| v != 0.0);
impl_elem!(i32, I32, DType::I32, |x| x as f64, |v| v as i32);
impl_elem!(i64, I64, DType::I64, |x| x as f64, |v| v as i64);
impl_elem!(f32, F32, DType::F32, |x| x as f64, |v| v as f32);
impl_elem!(f64, F64, DType::F64, |x| x, |v| v);
// torch converts a double to half through float (c10::Half(float)); the half crate rounds to
// nearest even like the hardware conversion.
impl_elem!(half::f16, F16, DType::F16, |x| x.to_f32() as f64, |v| half::f16::from_f32(v as f32));
impl_elem!(half::bf16, BF16, DType::BF16, |x| x.to_f32() as f64, |v| half::bf16::from_f32(v as f32));

/// Numeric (non-bool) element types.
pub trait Num:
    Elem
    + std::ops::Add<Output = Self>
    + std::ops::Sub<Output = Self>
    + std::ops::Mul<Output = Self>
    + std::ops::Div<Output = Self>
    + std::ops::Neg<Output = Self>
    + std::iter::Sum
{
    const ZERO: Self;
    const ONE: Self;
    fn abs_(self) -> Self;
    fn pow_(self, e: Self) -> Self;
}

macro_rules! impl_num_int {
    ($t:ty) => {
        impl Num for $t {
            const ZERO: Self = 0;
            const ONE: Self = 1;
            fn abs_(self) -> Self {
                self.wrapping_abs()
            }
            fn pow_(self, e: Self) -> Self {
                if e < 0 {
                    if self == 1 { 1 } else if self == -1 { if e % 2 == 0 { 1 } else { -1 } } else { 0 }
                } else {
                    self.wrapping_pow(e as u32)
                }
            }
        }
    };
}
impl_num_int!(i32);
impl_num_int!(i64);

/// Floating element types: the transcendental kernels.
pub trait Float: Num {
    fn exp(self) -> Self;
    fn ln(self) -> Self;
    fn sqrt(self) -> Self;
    fn sin(self) -> Self;
    fn cos(self) -> Self;
    fn tanh(self) -> Self;
    fn powf(self, e: Self) -> Self;
    fn is_nan(self) -> bool;
    fn log1p(self) -> Self;
    fn exp_m1(self) -> Self;
}

macro_rules! impl_float {
    ($t:ty) => {
        impl Num for $t {
            const ZERO: Self = 0.0;
            const ONE: Self = 1.0;
            #[inline(always)]
            fn abs_(self) -> Self {
                self.abs()
            }
            #[inline(always)]
            fn pow_(self, e: Self) -> Self {
                self.powf(e)
            }
        }
        impl Float for $t {
            #[inline(always)]
            fn exp(self) -> Self { <$t>::exp(self) }
            #[inline(always)]
            fn ln(self) -> Self { <$t>::ln(self) }
            #[inline(always)]
            fn sqrt(self) -> Self { <$t>::sqrt(self) }
            #[inline(always)]
            fn sin(self) -> Self { <$t>::sin(self) }
            #[inline(always)]
            fn cos(self) -> Self { <$t>::cos(self) }
            #[inline(always)]
            fn tanh(self) -> Self { <$t>::tanh(self) }
            #[inline(always)]
            fn powf(self, e: Self) -> Self { <$t>::powf(self, e) }
            #[inline(always)]
            fn is_nan(self) -> bool { <$t>::is_nan(self) }
            #[inline(always)]
            fn log1p(self) -> Self { <$t>::ln_1p(self) }
            #[inline(always)]
            fn exp_m1(self) -> Self { <$t>::exp_m1(self) }
        }
    };
}
impl_float!(f32);
impl_float!(f64);

/// The half types: every operation converts to f32, computes, and rounds once (torch on CPU).
/// Kernels that chain several operations per element go through float32 tensors instead
/// (`DType::compute`), so the result is rounded once per op, not once per step.
macro_rules! impl_half {
    ($t:ty) => {
        impl Num for $t {
            const ZERO: Self = <$t>::ZERO;
            const ONE: Self = <$t>::ONE;
            #[inline(always)]
            fn abs_(self) -> Self {
                <$t>::from_f32(self.to_f32().abs())
            }
            #[inline(always)]
            fn pow_(self, e: Self) -> Self {
                <$t>::from_f32(self.to_f32().powf(e.to_f32()))
            }
        }
        impl Float for $t {
            #[inline(always)]
            fn exp(self) -> Self { <$t>::from_f32(self.to_f32().exp()) }
            #[inline(always)]
            fn ln(self) -> Self { <$t>::from_f32(self.to_f32().ln()) }
            #[inline(always)]
            fn sqrt(self) -> Self { <$t>::from_f32(self.to_f32().sqrt()) }
            #[inline(always)]
            fn sin(self) -> Self { <$t>::from_f32(self.to_f32().sin()) }
            #[inline(always)]
            fn cos(self) -> Self { <$t>::from_f32(self.to_f32().cos()) }
            #[inline(always)]
            fn tanh(self) -> Self { <$t>::from_f32(self.to_f32().tanh()) }
            #[inline(always)]
            fn powf(self, e: Self) -> Self { <$t>::from_f32(self.to_f32().powf(e.to_f32())) }
            #[inline(always)]
            fn is_nan(self) -> bool { <$t>::is_nan(self) }
            #[inline(always)]
            fn log1p(self) -> Self { <$t>::from_f32(self.to_f32().ln_1p()) }
            #[inline(always)]
            fn exp_m1(self) -> Self { <$t>::from_f32(self.to_f32().exp_m1()) }
        }
    };
}
impl_half!(half::f16);
impl_half!(half::bf16);

impl Storage {
    pub fn dtype(&self) -> DType {
        match self {
            Storage::Bool(_) => DType::Bool,
            Storage::I32(_) => DType::I32,
            Storage::I64(_) => DType::I64,
            Storage::F16(_) => DType::F16,
            Storage::BF16(_) => DType::BF16,
            Storage::F32(_) => DType::F32,
            Storage::F64(_) => DType::F64,
        }
    }
    pub fn len(&self) -> usize {
        match self {
            Storage::Bool(v) => v.len(),
            Storage::I32(v) => v.len(),
            Storage::I64(v) => v.len(),
            Storage::F16(v) => v.len(),
            Storage::BF16(v) => v.len(),
            Storage::F32(v) => v.len(),
            Storage::F64(v) => v.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn zeros(dtype: DType, n: usize) -> Storage {
        Storage::full(dtype, n, 0.0)
    }
    /// `n` copies of `v`; large buffers come from the buffer cache (huge pages when fresh, as
    /// for kernel outputs: a sum over a 400 MB tensor streams 3-4% faster).
    pub fn full(dtype: DType, n: usize, v: f64) -> Storage {
        crate::with_dtype!(dtype, T, {
            let mut b = crate::bufcache::vec_with_capacity::<T>(n);
            b.resize(n, T::from_f64(v));
            T::wrap(b)
        })
    }
}

/// Runs `$body` with `$T` bound to the element type of `$dt` (all dtypes).
#[macro_export]
macro_rules! with_dtype {
    ($dt:expr, $T:ident, $body:expr) => {
        match $dt {
            $crate::dtype::DType::Bool => { type $T = bool; $body }
            $crate::dtype::DType::I32 => { type $T = i32; $body }
            $crate::dtype::DType::I64 => { type $T = i64; $body }
            $crate::dtype::DType::F16 => { type $T = $crate::storage::f16; $body }
            $crate::dtype::DType::BF16 => { type $T = $crate::storage::bf16; $body }
            $crate::dtype::DType::F32 => { type $T = f32; $body }
            $crate::dtype::DType::F64 => { type $T = f64; $body }
        }
    };
}

/// Runs `$body` with `$T` bound to the element type of `$dt`, for the listed dtypes only (any
/// other dtype is a bug of the caller: `$what` names the kernel family in the panic).
#[macro_export]
macro_rules! with_dtype_in {
    ($dt:expr, $T:ident, $body:expr, $what:literal, $($v:ident => $ty:ty),+) => {
        match $dt {
            $($crate::dtype::DType::$v => { type $T = $ty; $body })+
            #[allow(unreachable_patterns)]
            d => unreachable!("{d:?} reached {}", $what),
        }
    };
}

/// Runs `$body` with `$T` bound to a numeric type; bool must have been promoted before.
#[macro_export]
macro_rules! with_num_dtype {
    ($dt:expr, $T:ident, $body:expr) => {
        $crate::with_dtype_in!($dt, $T, $body, "a numeric kernel", I32 => i32, I64 => i64,
            F16 => $crate::storage::f16, BF16 => $crate::storage::bf16, F32 => f32, F64 => f64)
    };
}

/// Runs `$body` with `$T` bound to a float type; integers must have been cast before.
#[macro_export]
macro_rules! with_float_dtype {
    ($dt:expr, $T:ident, $body:expr) => {
        $crate::with_dtype_in!($dt, $T, $body, "a float kernel",
            F16 => $crate::storage::f16, BF16 => $crate::storage::bf16, F32 => f32, F64 => f64)
    };
}

/// Runs `$body` with `$T` bound to a type kernels compute in: half types are widened to float32
/// before (`DType::compute`) and bool promoted, so their instances would be dead code (the
/// binary and unary kernels were a quarter of the extension with them).
#[macro_export]
macro_rules! with_compute_dtype {
    ($dt:expr, $T:ident, $body:expr) => {
        $crate::with_dtype_in!($dt, $T, $body, "a compute kernel", I32 => i32, I64 => i64, F32 => f32, F64 => f64)
    };
}

/// `with_compute_dtype!` for the float compute types.
#[macro_export]
macro_rules! with_compute_float_dtype {
    ($dt:expr, $T:ident, $body:expr) => {
        $crate::with_dtype_in!($dt, $T, $body, "a float compute kernel", F32 => f32, F64 => f64)
    };
}

/// `with_compute_dtype!` for the integer types.
#[macro_export]
macro_rules! with_int_dtype {
    ($dt:expr, $T:ident, $body:expr) => {
        $crate::with_dtype_in!($dt, $T, $body, "an integer kernel", I32 => i32, I64 => i64)
    };
}

/// The buffer behind a tensor and all its views, with the version counter that in-place writes
/// bump, so a rule can tell that a tensor it saved was modified before backward (torch's check).
pub struct StorageCell {
    lock: std::sync::RwLock<Storage>,
    version: std::sync::atomic::AtomicU64,
}

impl StorageCell {
    pub fn new(s: Storage) -> StorageCell {
        StorageCell { lock: std::sync::RwLock::new(s), version: std::sync::atomic::AtomicU64::new(0) }
    }
    pub fn read(&self) -> std::sync::LockResult<std::sync::RwLockReadGuard<'_, Storage>> {
        self.lock.read()
    }
    /// Write access counts as a modification.
    pub fn write(&self) -> std::sync::LockResult<std::sync::RwLockWriteGuard<'_, Storage>> {
        self.version.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        self.lock.write()
    }
    pub fn version(&self) -> u64 {
        self.version.load(std::sync::atomic::Ordering::Relaxed)
    }
}
