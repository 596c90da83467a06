//! torch's CPU samplers on the mt19937 engine, bit for bit: `normal_` (ATen normal_kernel: the
//! AVX2 normal_fill_16 of cpu/avx_mathfun.h for float32 >= 16 values, the double normal_fill
//! for float64 >= 16 values, the serial at::normal_distribution<double> with the generator's
//! cached second value below 16), `randperm` and `bernoulli_(p)`.
//! The float32 fill is the 8-lane AVX2 code lane by lane with the same operation order; every
//! FMA that GCC contracts there is an `f32::mul_add` (correctly rounded, as vfmadd).
use crate::mt19937::Mt19937;
use crate::storage::Elem;
use crate::tensor::Tensor;
use crate::DType;
use std::f64::consts::PI;

/// C's `(float)` of a double literal (the `_ps256` constants).
const fn c(x: f64) -> f32 {
    x as f32
}
const LOG_P: [f32; 8] = [
    c(-1.1514610310e-1), c(1.1676998740e-1), c(-1.2420140846e-1), c(1.4249322787e-1),
    c(-1.6668057665e-1), c(2.0000714765e-1), c(-2.4999993993e-1), c(3.3333331174e-1),
];

/// log256_ps for x > 0.
#[inline(always)]
fn log_ps(x: f32) -> f32 {
    let bits = x.max(f32::from_bits(0x0080_0000)).to_bits();
    let mut e = ((bits >> 23) as i32 - 0x7f) as f32 + 1.0;
    let mut x = f32::from_bits((bits & 0x807f_ffff) | 0.5f32.to_bits());
    let mask = x < c(0.707106781186547524);
    let tmp = if mask { x } else { 0.0 };
    x -= 1.0;
    e -= if mask { 1.0 } else { 0.0 };
    x += tmp;
    let z = x * x;
    let mut y = c(7.0376836292e-2);
    for p in LOG_P {
        y = y.mul_add(x, p);
    }
    y *= x;
    y = y.mul_add(z, e * c(-2.12194440e-4));
    y -= z * 0.5;
    x += y;
    e.mul_add(c(0.693359375), x)
}

/// sincos256_ps: (sin x, cos x).
#[inline(always)]
fn sincos_ps(x: f32) -> (f32, f32) {
    let neg = x.is_sign_negative();
    let x = x.abs();
    // in range for the |x| <= 2 pi used here
    let j = (unsafe { (x * c(1.27323954473516)).to_int_unchecked::<i32>() } + 1) & !1;
    let y = j as f32;
    let x = y.mul_add(c(-0.78515625), x);
    let x = y.mul_add(c(-2.4187564849853515625e-4), x);
    let x = y.mul_add(c(-3.77489497744594108e-8), x);
    let sign_cos = (!(j.wrapping_sub(2))) & 4 != 0;
    let sign_sin = neg ^ (j & 4 != 0);
    let z = x * x;
    let mut c1 = c(2.443315711809948e-5).mul_add(z, c(-1.388731625493765e-3));
    c1 = c1.mul_add(z, c(4.166664568298827e-2)) * z;
    c1 = c1.mul_add(z, -(z * 0.5)) + 1.0;
    let mut s1 = c(-1.9515295891e-4).mul_add(z, c(8.3321608736e-3));
    s1 = s1.mul_add(z, c(-1.6666654611e-1)) * z;
    s1 = s1.mul_add(x, x);
    let (s, co) = if j & 2 == 0 { (s1, c1) } else { (c1, s1) };
    (if sign_sin { -s } else { s }, if sign_cos { -co } else { co })
}

/// normal_fill_16_AVX2 on each block of 16 uniforms of `d`.
#[inline(always)]
fn fill_f32(d: &mut [f32], mean: f32, std: f32) {
    for b in d.chunks_exact_mut(16) {
        let (lo, hi) = b.split_at_mut(8);
        for (a, u2) in lo.iter_mut().zip(hi.iter_mut()) {
            let r = (-2.0 * log_ps(1.0 - *a)).sqrt();
            let (s, co) = sincos_ps(c(2.0 * PI) * *u2);
            *a = (r * co).mul_add(std, mean);
            *u2 = (r * s).mul_add(std, mean);
        }
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,fma")]
fn fill_f32_fma(d: &mut [f32], mean: f32, std: f32) {
    fill_f32(d, mean, std)
}

fn fill16_f32(d: &mut [f32], mean: f32, std: f32) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("fma") && std::arch::is_x86_feature_detected!("avx2") {
        return unsafe { fill_f32_fma(d, mean, std) };
    }
    fill_f32(d, mean, std)
}

/// normal_fill_16<double> on each block of 16 uniforms of `d`.
fn fill16_f64(d: &mut [f64], mean: f64, std: f64) {
    for b in d.chunks_exact_mut(16) {
        let (lo, hi) = b.split_at_mut(8);
        for (a, u2) in lo.iter_mut().zip(hi.iter_mut()) {
            let r = (-2.0 * (1.0 - *a).ln()).sqrt();
            let th = 2.0 * PI * *u2;
            *a = r * th.cos() * std + mean;
            *u2 = r * th.sin() * std + mean;
        }
    }
}

/// uniform_real_distribution<float>(0, 1)
fn u24(g: &mut Mt19937) -> f32 {
    (g.next_u32() & 0xff_ffff) as f32 * (1.0 / (1u32 << 24) as f32)
}

/// uniform_real_distribution<double>(0, 1)
fn u53(g: &mut Mt19937) -> f64 {
    let w = ((g.next_u32() as u64) << 32) | g.next_u32() as u64;
    (w & ((1u64 << 53) - 1)) as f64 * (1.0 / (1u64 << 53) as f64)
}

/// ATen normal_fill: uniforms for all values, the 16-value transform per block, and for a
/// ragged end the last 16 values again from fresh uniforms.
fn blocks<T: Copy>(g: &mut Mt19937, out: &mut [T], uni: impl Fn(&mut Mt19937) -> T, f: impl Fn(&mut [T])) {
    let n = out.len();
    out.iter_mut().for_each(|v| *v = uni(g));
    f(out);
    if n % 16 != 0 {
        let t = &mut out[n - 16..];
        t.iter_mut().for_each(|v| *v = uni(g));
        f(t);
    }
}

/// at::normal_distribution<double> value by value (`cache`: the generator's next_double_normal).
fn serial(g: &mut Mt19937, n: usize, mean: f64, std: f64, cache: &mut Option<f64>, mut put: impl FnMut(usize, f64)) {
    for i in 0..n {
        let v = cache.take().unwrap_or_else(|| {
            let (u1, u2) = (u53(g), u53(g));
            let r = (-2.0 * (-u2).ln_1p()).sqrt();
            let th = 2.0 * PI * u1;
            *cache = Some(r * th.sin());
            r * th.cos()
        });
        put(i, v * std + mean);
    }
}

/// normal_(mean, std) of a contiguous float32 tensor's values.
pub fn normal_f32(g: &mut Mt19937, out: &mut [f32], mean: f64, std: f64, cache: &mut Option<f64>) {
    if out.len() < 16 {
        return serial(g, out.len(), mean, std, cache, |i, v| out[i] = v as f32);
    }
    blocks(g, out, u24, |d| fill16_f32(d, mean as f32, std as f32));
}

/// normal_(mean, std) of a contiguous float64 tensor's values.
pub fn normal_f64(g: &mut Mt19937, out: &mut [f64], mean: f64, std: f64, cache: &mut Option<f64>) {
    if out.len() < 16 {
        return serial(g, out.len(), mean, std, cache, |i, v| out[i] = v);
    }
    blocks(g, out, u53, |d| fill16_f64(d, mean, std));
}

fn with_slice<T: Elem>(t: &Tensor, f: impl FnOnce(&mut [T])) {
    let (off, n) = (t.layout().offset, t.numel());
    let mut s = t.write(); // counts as a modification (version bump)
    f(&mut T::slice_mut(&mut s)[off..off + n])
}

/// `normal_` of a contiguous float32/float64 tensor in place; false (nothing drawn) otherwise.
pub fn normal_(g: &mut Mt19937, t: &Tensor, mean: f64, std: f64, cache: &mut Option<f64>) -> bool {
    match (t.is_contiguous(), t.dtype()) {
        (true, DType::F32) => with_slice(t, |s| normal_f32(g, s, mean, std, cache)),
        (true, DType::F64) => with_slice(t, |s| normal_f64(g, s, mean, std, cache)),
        _ => return false,
    }
    true
}

/// Sets each value of a contiguous tensor to `draw() as 0/1`; false for other tensors.
fn fill01(t: &Tensor, mut draw: impl FnMut() -> bool) -> bool {
    if t.is_contiguous() {
        crate::with_dtype!(t.dtype(), T, with_slice(t, |s: &mut [T]| {
            s.iter_mut().for_each(|v| *v = T::from_f64(draw() as u8 as f64))
        }));
    }
    t.is_contiguous()
}

/// `bernoulli_(p)` with a float p (double uniforms < p) of a contiguous tensor in place.
pub fn bernoulli_(g: &mut Mt19937, t: &Tensor, p: f64) -> bool {
    fill01(t, || u53(g) < p)
}

/// `bernoulli(p)` with a float tensor p of t's size into a contiguous t: float64 p draws double
/// uniforms, other p float uniforms. 1 done, 0 not handled, -1 p outside [0, 1] (nothing drawn).
pub fn bernoulli_p(g: &mut Mt19937, t: &Tensor, p: &Tensor) -> i32 {
    if !p.dtype().is_float() || p.numel() != t.numel() || !t.is_contiguous() {
        return 0;
    }
    let (dbl, pv) = (p.dtype() == DType::F64, p.to_f64_vec());
    if pv.iter().any(|&v| v < 0.0 || v > 1.0) {
        return -1;
    }
    let mut it = pv.into_iter();
    fill01(t, || (if dbl { u53(g) } else { u24(g) as f64 }) < it.next().unwrap_or(0.0)) as i32
}

/// `random_(low, high)` / randint of a contiguous int64/int32/float tensor in place: `random() % range
/// + low`, with random64() for ranges of 2^32 and more.
pub fn randint_(g: &mut Mt19937, t: &Tensor, low: i64, high: i64) -> bool {
    let range = high.wrapping_sub(low) as u64;
    let mut next = move || {
        let hi = if range >= 1 << 32 { (g.next_u32() as u64) << 32 } else { 0 };
        (((hi | g.next_u32() as u64) % range) as i64).wrapping_add(low)
    };
    match (t.is_contiguous(), t.dtype()) {
        (true, DType::I64) => with_slice(t, |s: &mut [i64]| s.iter_mut().for_each(|v| *v = next())),
        (true, DType::I32) => with_slice(t, |s: &mut [i32]| s.iter_mut().for_each(|v| *v = next() as i32)),
        (true, DType::F32) => with_slice(t, |s: &mut [f32]| s.iter_mut().for_each(|v| *v = next() as f32)),
        (true, DType::F64) => with_slice(t, |s: &mut [f64]| s.iter_mut().for_each(|v| *v = next() as f64)),
        _ => return false,
    }
    true
}

/// randperm_cpu for n < 2^32 / 20: Fisher-Yates with `random() % (n - i)`.
pub fn randperm(g: &mut Mt19937, n: usize) -> Vec<i64> {
    let mut v: Vec<i64> = (0..n as i64).collect();
    for i in 0..n.saturating_sub(1) {
        let z = (g.next_u32() as u64 % (n - i) as u64) as usize;
        v.swap(i, i + z);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        // torch.manual_seed(0); torch.randn(n) for n = 17 (AVX2 fill + tail) and n = 3 (serial)
        let mut g = Mt19937::new(0);
        let mut v = vec![0f32; 17];
        normal_f32(&mut g, &mut v, 0.0, 1.0, &mut None);
        let want: [u32; 3] = [0xbf90_1b85, 0xbfd9_1446, 0x3f6e_8c30];
        assert_eq!([v[0].to_bits(), v[1].to_bits(), v[16].to_bits()], want, "{v:?}");
        let mut g = Mt19937::new(0);
        let mut v = vec![0f32; 3];
        normal_f32(&mut g, &mut v, 0.0, 1.0, &mut None);
        assert_eq!(v.iter().map(|x| x.to_bits()).collect::<Vec<_>>(), [0x3fc5_3f5c, 0xbe96_3c50, 0xc00b_7149]);
        let mut g = Mt19937::new(0);
        let mut d = vec![0f64; 17];
        normal_f64(&mut g, &mut d, 0.0, 1.0, &mut None);
        assert_eq!([d[0].to_bits(), d[16].to_bits()], [13835757040516096732, 4604253795908992664]);
        // torch.manual_seed(0); torch.randperm(5)
        assert_eq!(randperm(&mut Mt19937::new(0), 5), [4, 0, 1, 3, 2]);
        // torch.manual_seed(0); torch.randint(0, 10, (5,)); torch.randint(-5, 2**40, (2,))
        let mut g = Mt19937::new(0);
        let t = Tensor::zeros(&[5], DType::I64);
        assert!(randint_(&mut g, &t, 0, 10));
        let u = Tensor::zeros(&[2], DType::I64);
        assert!(randint_(&mut g, &u, -5, 1 << 40));
        let v: Vec<i64> = [&t, &u].iter().flat_map(|t| i64::slice(&t.read()).to_vec()).collect();
        assert_eq!(v, [4, 9, 3, 0, 3, 1080305077028, 444130142355]);
    }
}
