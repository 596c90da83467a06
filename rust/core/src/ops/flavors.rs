//! Framework-specific float32 kernel flavours: the exact arithmetic (operation order, packet
//! split, FMA use) of the CPU kernels behind TensorFlow (Eigen, AVX without FMA contraction) and
//! MindSpore (nnacl, AVX2 + FMA), so the dialects print the frameworks' digits. Each flavour is
//! a forward kernel; its derivative rule is an ordinary differentiable formula (the one the
//! framework's gradient uses), so higher-order gradients work.
use crate::autograd::{Backward, Ctx};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::storage::Elem;
use crate::tensor::Tensor;

/// A float32 constant as numpy's `np.float32(python_float)` gives it (decimal -> f64 -> f32).
const fn c(v: f64) -> f32 {
    v as f32
}

/// Eigen's AVX float packet width.
const PACKET: usize = 8;

#[inline]
fn madd(a: f32, b: f32, c: f32) -> f32 {
    a * b + c
}
/// np.minimum / np.maximum semantics (NaN propagates from either side).
#[inline]
fn np_min(a: f32, b: f32) -> f32 {
    if a.is_nan() || b.is_nan() {
        f32::NAN
    } else if b < a {
        b
    } else {
        a
    }
}
#[inline]
fn np_max(a: f32, b: f32) -> f32 {
    if a.is_nan() || b.is_nan() {
        f32::NAN
    } else if b > a {
        b
    } else {
        a
    }
}
/// float -> int32 as x86 converts it (NaN and out-of-range give i32::MIN), like numpy's astype.
#[inline]
fn to_i32(v: f32) -> i32 {
    if v.is_nan() || v >= 2147483648.0 || v < -2147483648.0 {
        i32::MIN
    } else {
        v as i32
    }
}
/// ldexpf: y * 2**e rounded once to float32 (the f64 product is exact).
#[inline(always)]
fn ldexp(y: f32, e: i32) -> f32 {
    if !(-1022..=1023).contains(&e) {
        return ldexp_far(y, e);
    }
    ((y as f64) * f64::from_bits(((e + 1023) as u64) << 52)) as f32
}
#[cold]
#[inline(never)]
fn ldexp_far(y: f32, e: i32) -> f32 {
    ((y as f64) * 2f64.powi(e.clamp(-2000, 2000))) as f32
}
#[cold]
#[inline(never)]
fn sincos_ref(v: f32, sine: bool) -> f32 {
    let v = v as f64;
    (if sine { v.sin() } else { v.cos() }) as f32
}
/// floorf without a libm call (exact for every float32).
#[inline(always)]
fn floor(v: f32) -> f32 {
    if !(v.abs() < 8388608.0) {
        return v; // NaN, infinities and values that are already integers
    }
    let t = (v as i32) as f32;
    let r = if t > v { t - 1.0 } else { t };
    if r == 0.0 && v.is_sign_negative() { -0.0 } else { r }
}
/// rintf (round half to even in the default rounding mode) without a libm call.
#[inline(always)]
fn rint(v: f32) -> f32 {
    if !(v.abs() < 8388608.0) {
        return v;
    }
    let c = 8388608.0f32.copysign(v);
    let r = (v + c) - c;
    if r == 0.0 { 0.0f32.copysign(v) } else { r }
}
/// frexpf: (m, e) with v = m * 2**e, |m| in [0.5, 1) (subnormals normalised).
#[inline]
fn frexp(v: f32) -> (f32, i32) {
    if v == 0.0 || !v.is_finite() {
        return (v, 0);
    }
    let (v, adj) = if v.abs() < f32::MIN_POSITIVE { (v * 33554432.0, -25) } else { (v, 0) };
    let bits = v.to_bits();
    let ex = ((bits >> 23) & 0xff) as i32;
    let m = f32::from_bits((bits & 0x807f_ffff) | (126 << 23));
    (m, ex - 126 + adj)
}
#[inline]
fn expf_ref(v: f32) -> f32 {
    (v as f64).exp() as f32
}
#[inline]
fn logf_ref(v: f32) -> f32 {
    (v as f64).ln() as f32
}

// ---------------------------------------------------------------- Eigen (TensorFlow)

fn pexp_eigen(x: f32) -> f32 {
    let zero = x < -104.0;
    let xc = np_min(x, c(88.723));
    let m = floor(madd(xc, c(1.44269504088896341), 0.5));
    let mut r = madd(m, -0.693359375, xc);
    r = madd(m, c(2.12194440e-4), r);
    let r2 = r * r;
    let mut p_even = madd(r2, c(1.37449637986719608306884765625e-3), c(4.166965186595916748046875e-2));
    let p_odd = madd(r2, c(8.36894474923610687255859375e-3), c(0.16666518151760101318359375));
    p_even = madd(r2, p_even, c(0.49999988079071044921875));
    let p_low = r + 1.0;
    let mut y = madd(r, p_odd, p_even);
    y = madd(r2, y, p_low);
    let mi = if m.is_nan() { 0 } else { to_i32(m) };
    let e = np_max(ldexp(y, mi), x);
    if zero {
        0.0
    } else {
        e
    }
}

fn logistic_packet(x: f32) -> f32 {
    let zero = x < -104.0;
    let x = np_min(x, c(16.6355324)) * 0.5;
    let m = floor(madd(x, c(1.44269504088896341), 0.5));
    let mut r = madd(m, -0.693359375, x);
    r = madd(m, c(2.12194440e-4), r);
    let r2 = r * r;
    let p_even = madd(r2, c(4.1898667812347412109375e-2), c(0.49999141693115234375));
    let p_odd = madd(r2, c(8.33471305668354034423828125e-3), c(0.16666877269744873046875));
    let p_low = r + 1.0;
    let mut p = madd(r, p_odd, p_even);
    p = madd(r2, p, p_low);
    let mi = if m.is_nan() { 0 } else { to_i32(m) };
    let mut e = ldexp(p, mi);
    e = e * e;
    if zero {
        0.0
    } else {
        e / (1.0 + e)
    }
}

fn logistic_scalar(x: f32) -> f32 {
    let e = expf_ref(np_min(x, c(16.6355324)));
    e / (1.0 + e)
}

fn polevl(x: f32, coeffs: &[f64]) -> f32 {
    let mut p = c(coeffs[0]);
    for &k in &coeffs[1..] {
        p = madd(p, x, k as f32);
    }
    p
}

fn tanh_rational(x: f32) -> f32 {
    let lim = c(7.90738964080810547);
    let x = if x < -lim { -lim } else if x > lim { lim } else { x };
    let x2 = x * x;
    let x3 = x2 * x;
    let p = polevl(x2, &[1.394553628e-8, 2.102733560e-5, 3.520756727e-3, 1.340216100e-1]);
    let q = polevl(x2, &[8.015776984e-7, 3.326951409e-4, 2.597254514e-2, 4.673548340e-1, 1.0]);
    madd(x3, p, x) / q
}

fn plog(x0: f32) -> f32 {
    let (mant, ex) = frexp(x0);
    let mut x = mant;
    let mut e = ex as f32;
    let mask = x < c(0.707106781186547524);
    let tmp = if mask { x } else { 0.0 };
    x -= 1.0;
    e -= if mask { 1.0 } else { 0.0 };
    x += tmp;
    let mut p = madd(x, c(0.18256296349849254), c(1.0000000190281063));
    p = madd(x, p, c(1.0000000190281136));
    p *= x;
    let mut q = madd(x, c(0.049616247954120038), c(0.59923249590823520));
    q = madd(x, q, c(1.4999999999999927));
    q = madd(x, q, 1.0);
    x = p / q;
    x = madd(e, c(0.693147180559945309417), x);
    if x0 == f32::INFINITY {
        x = f32::INFINITY;
    }
    if x0 < 0.0 || x0.is_nan() {
        x = f32::NAN;
    }
    if x0 == 0.0 {
        x = f32::NEG_INFINITY;
    }
    x
}

fn psincos(xin: f32, sine: bool) -> f32 {
    let mut x = xin.abs();
    let mut y = x * c(0.636619746685028076171875);
    let y_round = y + 12582912.0;
    let y_int = y_round.to_bits() as i32;
    y = y_round - 12582912.0;
    x = madd(y, -1.5703125, x);
    x = madd(y, c(-0.000483989715576171875), x);
    x = madd(y, c(1.62865035235881805419921875e-07), x);
    x = madd(y, c(5.5644315544167710640977020375430583953857421875e-11), x);
    let huge = xin.abs() >= if sine { 25966.0 } else { 18838.0 };
    let sign_bit = if sine {
        (xin.to_bits() ^ ((y_int as u32) << 30)) & 0x8000_0000
    } else {
        ((y_int.wrapping_add(1) as u32) << 30) & 0x8000_0000
    };
    let poly_mask = (y_int & 1) == 0;
    let x2 = x * x;
    let mut y1 = c(2.4372266125283204019069671630859375e-05);
    y1 = madd(y1, x2, c(-0.00138865201734006404876708984375));
    y1 = madd(y1, x2, c(0.041666619479656219482421875));
    y1 = madd(y1, x2, -0.5);
    y1 = madd(y1, x2, 1.0);
    let mut y2 = c(-0.0001959234114083702898469196984621021329076029360294342041015625);
    y2 = madd(y2, x2, c(0.0083326873655616851693794799871284340042620897293090820312500000));
    y2 = madd(y2, x2, c(-0.1666666203982298255503735617821803316473960876464843750000000000));
    y2 *= x2;
    y2 = madd(y2, x, x);
    let r = if sine == poly_mask { y2 } else { y1 };
    let r = f32::from_bits(r.to_bits() ^ sign_bit);
    if huge {
        return sincos_ref(xin, sine);
    }
    r
}

/// Eigen's generic_log1p: x * (log(1 + x) / ((1 + x) - 1)), x itself where 1 + x rounds to 1
/// or to infinity.
fn plog1p(x: f32) -> f32 {
    let xp1 = x + 1.0;
    let log1 = plog(xp1);
    if xp1 == 1.0 || xp1 == log1 {
        return x;
    }
    x * (log1 / (xp1 - 1.0))
}

/// Eigen's executor: whole packets through the packet path, the tail through the scalar one.
fn by_packets(x: &[f32], packet: impl Fn(f32) -> f32, scalar: impl Fn(f32) -> f32) -> Vec<f32> {
    let k = (x.len() / PACKET) * PACKET;
    let mut out = Vec::with_capacity(x.len());
    out.extend(x[..k].iter().map(|&v| packet(v)));
    out.extend(x[k..].iter().map(|&v| scalar(v)));
    out
}

// ---------------------------------------------------------------- MindSpore (nnacl)

#[inline(always)]
fn fma(a: f32, b: f32, c: f32) -> f32 {
    a.mul_add(b, c)
}

#[inline(always)]
fn exp_ms(x: f32) -> f32 {
    let p0 = c(0.693147);
    let (p1, p2, p3, p4, p5) = (1.0f32 / 120.0, 1.0f32 / 24.0, 1.0f32 / 6.0, 0.5f32, 1.0f32);
    let x = if x < -88.0 { -88.0 } else if x > 88.0 { 88.0 } else { x };
    let integer = to_i32(rint(x / p0));
    let d = fma(-(integer as f32), p0, x);
    let x1 = fma(d, p1, p2);
    let s1 = fma(d, x1, p3);
    let x2 = fma(d, s1, p4);
    let s2 = fma(d, x2, p5);
    let de = fma(d, s2, p5);
    let ie = f32::from_bits((integer.wrapping_add(127).wrapping_shl(23)) as u32);
    de * ie
}

/// nnacl's MS256_LOG_F32 / MS128_LOG_F32 (intrinsics/ms_simd_{avx,sse}_instructions.h) on one
/// lane: exponent field minus 127 (no subnormal handling), mantissa y in [1, 2),
/// z = (y-1)/(y+1), ln y = 2 z (1 + s/3 + s^2/5 + ... + s^5/11) with s = z*z, evaluated in
/// nnacl's nesting; MindSpore's build contracts the multiply-adds into FMAs (checked bitwise
/// against MindSpore 2.10 on 400k values: the 8-lane AVX and the 4-lane SSE bodies agree).
#[inline(always)]
fn log_lane_ms(v: f32) -> f32 {
    if v.abs() < f32::MIN_POSITIVE {
        return f32::NEG_INFINITY;
    }
    if v == f32::INFINITY {
        return f32::INFINITY;
    }
    if v < 0.0 || v.is_nan() {
        return f32::NAN;
    }
    let bits = v.to_bits();
    let e = (((bits >> 23) & 0xff) as i32 - 127) as f32;
    let y = f32::from_bits((bits & !0x7f80_0000) | (127 << 23));
    let div = (y - 1.0) / (y + 1.0);
    let s = div * div;
    let a = s.mul_add(1.0f32 / 11.0, 1.0f32 / 9.0);
    let b = s.mul_add(a, 1.0f32 / 7.0);
    let tmp = b.mul_add(s, 0.2f32);
    let cc = s.mul_add(tmp, 1.0f32 / 3.0);
    let t1p1 = s.mul_add(cc, 1.0);
    let q = div * t1p1;
    0.693147f32 * e + q * 2.0
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "fma")]
unsafe fn log_body_fma(x: &[f32], out: &mut Vec<f32>) {
    out.extend(x.iter().map(|&v| log_lane_ms(v)));
}

/// nnacl ElementLog on one thread's range: 8-lane AVX blocks, then one 4-lane SSE block when at
/// least 4 elements remain, then glibc `logf` (Rust's `f32::ln` calls the platform libm) on the
/// last 0..3 elements. Denormal inputs count as zero (MindSpore runs its kernels with DAZ).
fn element_log_ms(x: &[f32], out: &mut Vec<f32>) {
    let n = x.len();
    let mut nv = (n / 8) * 8;
    if n - nv >= 4 {
        nv += 4;
    }
    let daz = |v: f32| if v != 0.0 && v.abs() < f32::MIN_POSITIVE { 0.0f32.copysign(v) } else { v };
    let start = out.len();
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("fma") {
            unsafe { log_body_fma(&x[..nv], out) };
        }
    }
    if out.len() == start {
        out.extend(x[..nv].iter().map(|&v| log_lane_ms(v)));
    }
    out.extend(x[nv..].iter().map(|&v| daz(v).ln()));
}

/// MindSpore's `ParallelSearchInfo` + `ParallelLaunchAutoSearch` (cpu_kernel.cc) for its one
/// CPU Log kernel object per process: launches 0-4 run on one thread (block = count), then
/// blocks of count/2, count/4, ... are tried five launches each; the fastest average wins and
/// later launches reuse its absolute block size. MindSpore measures wall time; here a cost
/// model stands in (one thread: count; t threads: ceil(count/t) + a fixed wake-up cost worth
/// 250000 elements), which reproduces MindSpore 2.10 on a 2-core machine for small tensors
/// (single thread wins, search stops after launch 15) and for tensors above ~1e6 elements.
struct AutoSearch {
    count: usize,
    tmp_sum: f64,
    min_cost: f64,
    best_block: f32,
    best_pow: usize,
}

const AUTO_SEARCH_INIT: AutoSearch =
    AutoSearch { count: 0, tmp_sum: 0.0, min_cost: f64::MAX, best_block: 0.0, best_pow: 0 };
static LOG_SEARCH: std::sync::Mutex<AutoSearch> = std::sync::Mutex::new(AUTO_SEARCH_INIT);

/// Forget the Log kernel's launch history (a fresh MindSpore process).
pub fn ms_log_reset() {
    *LOG_SEARCH.lock().unwrap_or_else(|e| e.into_inner()) = AUTO_SEARCH_INIT;
}

/// ParallelLaunch's split of `count` items with `block` per task over `nthr` kernel threads:
/// the per-task range length.
fn launch_chunk(count: usize, block: f32, nthr: usize) -> usize {
    let thread_num = if (count as f32) < block * nthr as f32 {
        ((count as f32 / block).ceil() as usize).max(1)
    } else {
        nthr
    };
    (count + thread_num - 1) / thread_num
}

impl AutoSearch {
    fn cost(count: usize, chunk: usize) -> f64 {
        if chunk >= count {
            count as f64
        } else {
            chunk as f64 + 250000.0
        }
    }

    /// The per-task range length of this launch (and the search bookkeeping).
    fn launch(&mut self, count: usize, nthr: usize) -> usize {
        const AVG: usize = 5;
        let mut max_pow = 6usize - 1;
        while 2f32.powi(max_pow as i32) <= nthr as f32 {
            max_pow += 1;
        }
        let max_pow = max_pow + 1;
        let pow = self.count / AVG;
        if pow >= max_pow {
            return launch_chunk(count, self.best_block, nthr);
        }
        if self.count % AVG == 0 {
            self.tmp_sum = 0.0;
        }
        let block = count as f32 / 2f32.powi(pow as i32);
        let chunk = launch_chunk(count, block, nthr);
        self.tmp_sum += Self::cost(count, chunk);
        self.count += 1;
        if self.count % AVG == 0 {
            let avg = self.tmp_sum / AVG as f64;
            if self.min_cost > avg {
                self.min_cost = avg;
                self.best_block = block;
                self.best_pow = pow;
            } else if pow - self.best_pow >= 2 {
                self.count = AVG * max_pow;
            }
        }
        chunk
    }
}

/// MindSpore's CPU Log (float32) over a contiguous tensor, as one launch of its kernel object:
/// the thread split of this launch decides which elements take the vector polynomial and which
/// take glibc's `logf` (each thread's range runs ElementLog on its own).
fn log_ms(x: &[f32]) -> Vec<f32> {
    let n = x.len();
    let mut out = Vec::with_capacity(n);
    if n == 0 {
        return out;
    }
    let nthr = super::flavor_ms_matmul::ms_threads();
    let chunk = LOG_SEARCH.lock().unwrap_or_else(|e| e.into_inner()).launch(n, nthr).max(1);
    for part in x.chunks(chunk) {
        element_log_ms(part, &mut out);
    }
    out
}

/// The MindSpore exp-based kernels over a slice, compiled with hardware FMA when the CPU has it
/// (f32::mul_add otherwise goes through a libm call; the results are the same).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "fma")]
unsafe fn map_fma(x: &[f32], sig: bool) -> Vec<f32> {
    if sig {
        x.iter().map(|&v| 1.0 / (1.0 + exp_ms(-v))).collect()
    } else {
        x.iter().map(|&v| exp_ms(v)).collect()
    }
}

fn map_ms(x: &[f32], sig: bool) -> Vec<f32> {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("fma") {
            return unsafe { map_fma(x, sig) };
        }
    }
    if sig {
        x.iter().map(|&v| 1.0 / (1.0 + exp_ms(-v))).collect()
    } else {
        x.iter().map(|&v| exp_ms(v)).collect()
    }
}

// ---------------------------------------------------------------- dispatch

/// The float32 kernel of flavour `name` over a contiguous slice (None: unknown name).
pub fn flavor_kernel(name: &str, x: &[f32]) -> Option<Vec<f32>> {
    Some(match name {
        "exp_eigen" => by_packets(x, pexp_eigen, expf_ref),
        "log_eigen" => by_packets(x, plog, logf_ref),
        "sin_eigen" => by_packets(x, |v| psincos(v, true), |v| (v as f64).sin() as f32),
        "cos_eigen" => by_packets(x, |v| psincos(v, false), |v| (v as f64).cos() as f32),
        "sigmoid_eigen" => by_packets(x, logistic_packet, logistic_scalar),
        "log1p_eigen" => by_packets(x, plog1p, |v| v.ln_1p()),
        "tanh_eigen" => x.iter().map(|&v| tanh_rational(v)).collect(),
        "exp_ms" => map_ms(x, false),
        "log_ms" => log_ms(x),
        "sigmoid_ms" => map_ms(x, true),
        "tanh_ms" => super::flavor_ms_matmul::tanh_ms(x),
        _ => return super::flavor_torch::kernel(name, x),
    })
}

fn grad_name(name: &str) -> &'static str {
    match name {
        "exp_eigen" | "exp_ms" => "ExpBackward0",
        "log_eigen" | "log_ms" => "LogBackward0",
        "log1p_eigen" => "Log1PBackward0",
        "sin_eigen" => "SinBackward0",
        "cos_eigen" => "CosBackward0",
        "sigmoid_eigen" | "sigmoid_ms" | "sigmoid_torch" => "SigmoidBackward0",
        _ => "TanhBackward0",
    }
}

struct FlavorRule {
    name: &'static str,
    x: Tensor,
    out: Tensor,
}

const NAMES: [&str; 13] = [
    "exp_eigen", "log_eigen", "sin_eigen", "cos_eigen", "sigmoid_eigen", "tanh_eigen", "exp_ms", "log_ms", "sigmoid_ms",
    "log1p_eigen", "tanh_ms", "sigmoid_torch", "tanh_torch",
];

impl Backward for FlavorRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let one = || Tensor::scalar(1.0, g.dtype());
        let gi = match self.name {
            // the formulas (and operation order) of the frameworks' gradient functions
            "exp_eigen" | "exp_ms" => g.mul(&cx.output(&self.out))?,
            "log_eigen" => g.mul(&self.x.unary(super::unary::UnaryOp::Reciprocal)?)?,
            "log_ms" => g.div(&self.x)?,
            // TF's _Log1pGrad: grad * reciprocal(1 + x)
            "log1p_eigen" => g.mul(&one().add(&self.x)?.unary(super::unary::UnaryOp::Reciprocal)?)?,
            "sin_eigen" => g.mul(&self.x.unary_flavor("cos_eigen")?)?,
            "cos_eigen" => g.neg()?.mul(&self.x.unary_flavor("sin_eigen")?)?,
            "sigmoid_eigen" => {
                let y = cx.output(&self.out);
                if !crate::autograd::is_grad_enabled() && g.dtype() == DType::F32 && y.dtype() == DType::F32
                    && g.shape() == y.shape()
                {
                    // not recorded: the same three float32 roundings, (g*y)*(1-y), in one pass
                    let yv = y.with_contiguous(|a: &[f32]| a.to_vec());
                    let v: Vec<f32> = g.with_contiguous(|a: &[f32]| {
                        a.iter().zip(&yv).map(|(&gi, &yi)| (gi * yi) * (1.0 - yi)).collect()
                    });
                    Tensor::from_vec(v, g.shape())
                } else {
                    g.mul(&y)?.mul(&one().sub(&y)?)?
                }
            }
            "sigmoid_ms" => {
                let y = cx.output(&self.out);
                g.mul(&y.mul(&one().sub(&y)?)?)?
            }
            "sigmoid_torch" => super::flavor_torch::sigmoid_backward(g, &cx.output(&self.out))?,
            "tanh_torch" => super::flavor_torch::tanh_backward(g, &cx.output(&self.out))?,
            "tanh_ms" => {
                let y = cx.output(&self.out);
                if !crate::autograd::is_grad_enabled() && g.dtype() == DType::F32 && y.dtype() == DType::F32
                    && g.shape() == y.shape()
                {
                    // not recorded: MindSpore's TanhGrad, dy * fma(-y, y, 1) (1 - y*y rounded once)
                    let yv = y.with_contiguous(|a: &[f32]| a.to_vec());
                    let v: Vec<f32> = g.with_contiguous(|a: &[f32]| {
                        a.iter().zip(&yv).map(|(&gi, &yi)| gi * fma(-yi, yi, 1.0)).collect()
                    });
                    Tensor::from_vec(v, g.shape())
                } else {
                    g.mul(&one().sub(&y.mul(&y)?)?)?
                }
            }
            _ => {
                let y = cx.output(&self.out);
                g.mul(&one().sub(&y.mul(&y)?)?)?
            }
        };
        Ok(vec![Some(gi)])
    }
}

impl Tensor {
    /// The float32 kernel flavour `name` (e.g. "sigmoid_eigen", "exp_ms"): forward with the
    /// framework's arithmetic, gradient by the framework's differentiable formula. Tensors of
    /// other dtypes use the standard op.
    pub fn unary_flavor(&self, name: &str) -> Result<Tensor> {
        let name: &'static str = NAMES
            .iter()
            .find(|n| **n == name)
            .ok_or_else(|| Error::value(format!("unknown kernel flavour '{}'", name)))?;
        if self.dtype() != DType::F32 {
            use super::unary::UnaryOp as U;
            let op = match name.split('_').next().unwrap() {
                "exp" => U::Exp,
                "log" => U::Log,
                "sin" => U::Sin,
                "cos" => U::Cos,
                "sigmoid" => U::Sigmoid,
                "log1p" => U::Log1p,
                _ => U::Tanh,
            };
            return self.unary(op);
        }
        let v = if name.ends_with("_torch") {
            super::flavor_torch::values(self, name)
        } else {
            self.with_contiguous(|x: &[f32]| flavor_kernel(name, x).unwrap())
        };
        let out = Tensor::from_vec(v, self.shape());
        Ok(Tensor::record(out, grad_name(name), &[self], |o| {
            Box::new(FlavorRule { name, x: self.clone(), out: o.clone() })
        }))
    }

    /// Sum whose values follow a framework's summation order ("eigen": TensorFlow's vectorised
    /// inner-most reducer) where that order applies (float sums over trailing axes with at most
    /// 8192 values per row, 65536 for a full reduction); elsewhere the core's sum. Gradient: sum's.
    pub fn sum_flavor(&self, dims: Option<&[isize]>, keepdim: bool, flavor: &str) -> Result<Tensor> {
        if flavor == "ms" {
            return self.sum_ms(dims, keepdim);
        }
        if flavor == "f64" {
            return self.sum_all_f64(keepdim);
        }
        let r = self.sum(dims, keepdim)?;
        if flavor != "eigen" {
            return Err(Error::value(format!("unknown sum flavour '{}'", flavor)));
        }
        let dt = self.dtype();
        if !dt.is_float() {
            return Ok(r);
        }
        let nd = self.ndim();
        let mut axes: Vec<usize> = match dims {
            None => (0..nd).collect(),
            Some(d) => d.iter().map(|&a| a.rem_euclid(nd.max(1) as isize) as usize).collect(),
        };
        if nd == 0 {
            return Ok(r);
        }
        axes.sort_unstable();
        axes.dedup();
        let k = axes.len();
        if k == 0 || axes != (nd - k..nd).collect::<Vec<_>>() {
            return Ok(r);
        }
        let inner: usize = self.shape()[nd - k..].iter().product();
        let full = k == nd;
        if inner <= 1 || inner > if full { 65536 } else { 8192 } {
            return Ok(r);
        }
        match dt {
            DType::F32 => eigen_fill::<f32>(self, &r, inner, full),
            DType::F64 => eigen_fill::<f64>(self, &r, inner, full),
            _ => false, // half types: the core's sum
        };
        Ok(r)
    }
}

impl Tensor {
    /// Full sum of a float32 tensor accumulated in float64 and rounded once (MindSpore's CPU
    /// ReduceSum of a whole tensor); other dtypes: the core's sum. Gradient: sum's.
    fn sum_all_f64(&self, keepdim: bool) -> Result<Tensor> {
        let r = self.sum(None, keepdim)?;
        if self.dtype() == DType::F32 && self.numel() > 0 {
            let v = self.with_contiguous(|a: &[f32]| super::reduce::sum_slice(a)) as f32;
            let off = r.layout().offset;
            f32::slice_mut(&mut r.write())[off] = v;
        }
        Ok(r)
    }
}

/// The exp sum of nnacl's SoftmaxLastAxis: blocks of 8 accumulated lane-wise (the lanes then
/// added in order 0..7 from zero and the result added to the sum), then one 4-lane block when at
/// least 4 values remain (the same), then the remaining values one by one.
fn ms_lane_sum(e: &[f32]) -> f32 {
    let n = e.len();
    let mut s = 0.0f32;
    let mut i = 0;
    for l in [8usize, 4] {
        if i + l <= n {
            let mut acc = [0.0f32; 8];
            while i + l <= n {
                for j in 0..l {
                    acc[j] += e[i + j];
                }
                i += l;
            }
            let mut h = 0.0f32;
            for &v in &acc[..l] {
                h += v;
            }
            s += h;
        }
    }
    for &v in &e[i..] {
        s += v;
    }
    s
}

/// MindSpore's CPU softmax over `axis` of a float32 tensor: the max-shifted exponentials (the
/// vectorised polynomial exp on the last axis, the C library's expf on other axes), their
/// float32 sum (last axis: nnacl's lane order, see ms_lane_sum; else sequential), then the division
/// (last axis: times the reciprocal).
fn softmax_ms_kernel(x: &[f32], shape: &[usize], axis: usize) -> Vec<f32> {
    let n = shape[axis];
    let inner: usize = shape[axis + 1..].iter().product();
    let outer: usize = shape[..axis].iter().product();
    let last = axis + 1 == shape.len();
    let mut out = vec![0.0f32; x.len()];
    let mut e = vec![0.0f32; n];
    for o in 0..outer {
        for i in 0..inner {
            let at = |k: usize| o * n * inner + k * inner + i;
            let mut m = x[at(0)];
            for k in 1..n {
                let v = x[at(k)];
                if m.is_nan() || v.is_nan() {
                    m = f32::NAN;
                } else if v > m {
                    m = v;
                }
            }
            for k in 0..n {
                e[k] = x[at(k)] - m;
            }
            let ex = if last { map_ms(&e, false) } else { e.iter().map(|&v| v.exp()).collect() }; // f32::exp: libm expf
            if last {
                // nnacl SoftmaxLastAxis: 8-lane then one 4-lane block sum (lanes added in order),
                // scalar tail, then each value times the reciprocal of the sum
                let s = ms_lane_sum(&ex);
                let r = 1.0f32 / s;
                for k in 0..n {
                    out[at(k)] = ex[k] * r;
                }
                continue;
            }
            let mut s = 0.0f32;
            for &v in &ex {
                s += v;
            }
            for k in 0..n {
                out[at(k)] = ex[k] / s;
            }
        }
    }
    out
}

struct SoftmaxFlavorRule {
    axis: isize,
    out: Tensor,
}

impl Backward for SoftmaxFlavorRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        // MindSpore's SoftmaxGrad: (g - sum(g * y, axis)) * y
        let y = cx.output(&self.out);
        let s = g.mul(&y)?.sum(Some(&[self.axis]), true)?;
        Ok(vec![Some(g.sub(&s)?.mul(&y)?)])
    }
}

impl Tensor {
    /// Softmax over `axis` with a framework's kernel arithmetic ("ms": MindSpore's CPU kernel) for
    /// float32 tensors of rank >= 1 (others: the standard softmax).
    pub fn softmax_flavor(&self, axis: isize, flavor: &str) -> Result<Tensor> {
        if flavor != "ms" {
            return Err(Error::value(format!("unknown softmax flavour '{}'", flavor)));
        }
        let nd = self.ndim() as isize;
        if nd == 0 || self.dtype() != DType::F32 {
            return self.softmax(axis);
        }
        if axis < -nd || axis >= nd {
            return Err(Error::index(format!(
                "Dimension out of range (expected to be in range of [{}, {}], but got {})", -nd, nd - 1, axis)));
        }
        let ax = axis.rem_euclid(nd) as usize;
        let shape = self.shape().to_vec();
        let v = self.with_contiguous(|x: &[f32]| softmax_ms_kernel(x, &shape, ax));
        let out = Tensor::from_vec(v, &shape);
        Ok(Tensor::record(out, "SoftmaxBackward0", &[self], |o| {
            Box::new(SoftmaxFlavorRule { axis: ax as isize, out: o.clone() })
        }))
    }
}

pub trait EigenNum: Elem + std::ops::Add<Output = Self> {
    const P: usize;
    fn zero() -> Self;
    fn finite(self) -> bool;
}
impl EigenNum for f32 {
    const P: usize = PACKET;
    fn zero() -> Self {
        0.0
    }
    fn finite(self) -> bool {
        self.is_finite()
    }
}
impl EigenNum for f64 {
    const P: usize = PACKET / 2;
    fn zero() -> Self {
        0.0
    }
    fn finite(self) -> bool {
        self.is_finite()
    }
}

/// Eigen's InnerMostDimReducer over one row: four packet accumulators over blocks of 4 packets
/// (combined in order), the leftover whole packets, the scalar tail, then a tree reduction.
pub fn eigen_sum_row<T: EigenNum>(a: &[T]) -> T {
    let p = T::P;
    let n = a.len();
    let mut accs = vec![T::zero(); 4 * p];
    let un = (n / (4 * p)) * 4 * p;
    let vec = (n / p) * p;
    let mut j = 0;
    while j < un {
        for k in 0..4 {
            for i in 0..p {
                accs[k * p + i] = accs[k * p + i] + a[j + k * p + i];
            }
        }
        j += 4 * p;
    }
    let mut pk: Vec<T> = (0..p).map(|i| ((accs[i] + accs[p + i]) + accs[2 * p + i]) + accs[3 * p + i]).collect();
    let mut j = un;
    while j < vec {
        for i in 0..p {
            pk[i] = pk[i] + a[j + i];
        }
        j += p;
    }
    let mut acc = T::zero();
    for &v in &a[vec..] {
        acc = acc + v;
    }
    let mut len = p;
    while len > 1 {
        let h = len / 2;
        for i in 0..h {
            pk[i] = pk[i] + pk[h + i];
        }
        len = h;
    }
    acc + pk[0]
}

/// TF's full float reduce_sum (single-threaded sizes): the reducer, split in packet-aligned
/// halves above 1024 packets.
pub fn eigen_sum_all<T: EigenNum>(a: &[T], first: usize) -> T {
    let p = T::P;
    let n = a.len();
    if n > p * 1024 {
        let divup = |x: usize, y: usize| x.div_ceil(y);
        let split = p * divup(first + divup(n, 2), p);
        let nl = (split - first).min(n);
        let mut acc = T::zero() + eigen_sum_all(&a[..nl], first);
        if nl < n {
            acc = acc + eigen_sum_all(&a[nl..], split);
        }
        return acc;
    }
    eigen_sum_row(a)
}


fn eigen_fill<T: EigenNum>(x: &Tensor, r: &Tensor, inner: usize, full: bool) -> bool {
    let vals: Vec<T> = x.with_contiguous(|a: &[T]| {
        if full {
            vec![eigen_sum_all(a, 0)]
        } else {
            a.chunks(inner).map(eigen_sum_row).collect()
        }
    });
    if !vals.iter().all(|v| v.finite()) || !r.is_contiguous() || r.numel() != vals.len() {
        return false;
    }
    let off = r.layout().offset;
    let mut s = r.write();
    let d = T::slice_mut(&mut s);
    d[off..off + vals.len()].copy_from_slice(&vals);
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    #[test]
    fn ms_softmax_last_axis_block_sum() {
        // 8-lane block (2^24 + seven 1s: each 1 lost in the lane sum), one 4-lane block (4), tail (1)
        let mut e = vec![1.0f32; 13];
        e[0] = 16777216.0;
        assert_eq!(ms_lane_sum(&e), 16777220.0);
        assert_eq!(ms_lane_sum(&[1.0, 2.0, 3.0]), 6.0);
    }
    #[test]
    fn flavours_are_close_to_libm() {
        let xs: Vec<f32> = (0..200).map(|i| (i as f32 - 100.0) * 0.05).collect();
        for (name, f) in [("exp_eigen", f64::exp as fn(f64) -> f64), ("exp_ms", f64::exp), ("sin_eigen", f64::sin),
            ("cos_eigen", f64::cos), ("tanh_eigen", f64::tanh)] {
            let y = flavor_kernel(name, &xs).unwrap();
            for (a, b) in xs.iter().zip(&y) {
                let want = f(*a as f64);
                assert!(((*b as f64) - want).abs() <= 1e-5 * want.abs().max(1.0), "{} {} {} {}", name, a, b, want);
            }
        }
        let pos: Vec<f32> = (1..200).map(|i| i as f32 * 0.37).collect();
        for name in ["log_eigen", "log_ms"] {
            let y = flavor_kernel(name, &pos).unwrap();
            for (a, b) in pos.iter().zip(&y) {
                assert!(((*b as f64) - (*a as f64).ln()).abs() <= 1e-5 * (*a as f64).ln().abs().max(1.0), "{} {}", name, a);
            }
        }
        assert_eq!(eigen_sum_all(&[1.0f32; 100], 0), 100.0);
    }

    #[test]
    fn ms_log_launch_search() {
        // MindSpore 2.10 on 2 cores: five single-thread launches, ten split in two, then the
        // single thread wins for small tensors and its block size (6) decides later splits
        let mut s = AUTO_SEARCH_INIT;
        let c: Vec<usize> = (0..20).map(|_| s.launch(6, 2)).collect();
        assert_eq!(c, [vec![6; 5], vec![3; 10], vec![6; 5]].concat());
        assert_eq!(s.launch(100, 2), 50);
        let mut s = AUTO_SEARCH_INIT;
        let c: Vec<usize> = (0..40).map(|_| s.launch(2_000_001, 2)).collect();
        assert_eq!((c[0], c[5], c[39]), (2_000_001, 1_000_001, 1_000_001));
        // each thread's range: AVX blocks, one SSE block, glibc tail
        let x = [3.0f32; 7];
        let mut out = Vec::new();
        element_log_ms(&x, &mut out);
        assert_eq!(out[6], 3.0f32.ln());
        assert_eq!(out[0], log_lane_ms(3.0));
    }
}
