//! The global generator behind rand/randn/randint/dropout/initialisers (xoshiro256++).
use crate::dtype::DType;
use crate::tensor::Tensor;
use std::sync::Mutex;

pub struct Rng {
    s: [u64; 4],
}

fn splitmix(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E3779B97F4A7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
    z ^ (z >> 31)
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let mut x = seed;
        Rng { s: [splitmix(&mut x), splitmix(&mut x), splitmix(&mut x), splitmix(&mut x)] }
    }
    pub fn next_u64(&mut self) -> u64 {
        let r = (self.s[0].wrapping_add(self.s[3])).rotate_left(23).wrapping_add(self.s[0]);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        r
    }
    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
    pub fn normal(&mut self) -> f64 {
        // Box-Muller
        let u1 = 1.0 - self.uniform();
        let u2 = self.uniform();
        (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
    }
}

static RNG: Mutex<Option<Rng>> = Mutex::new(None);

pub fn manual_seed(seed: u64) {
    *RNG.lock().unwrap() = Some(Rng::new(seed));
}

pub fn with_rng<R>(f: impl FnOnce(&mut Rng) -> R) -> R {
    let mut g = RNG.lock().unwrap_or_else(|e| e.into_inner());
    let r = g.get_or_insert_with(|| Rng::new(0x5EED));
    f(r)
}

/// Uniform [lo, hi) samples.
pub fn uniform(shape: &[usize], lo: f64, hi: f64, dtype: DType) -> Tensor {
    let n = crate::layout::numel(shape);
    let v: Vec<f64> = with_rng(|r| (0..n).map(|_| lo + (hi - lo) * r.uniform()).collect());
    Tensor::from_vec(v, shape).to_dtype_nograd(dtype)
}
pub fn normal(shape: &[usize], mean: f64, std: f64, dtype: DType) -> Tensor {
    let n = crate::layout::numel(shape);
    let v: Vec<f64> = with_rng(|r| (0..n).map(|_| mean + std * r.normal()).collect());
    Tensor::from_vec(v, shape).to_dtype_nograd(dtype)
}
/// Integers in [lo, hi).
pub fn randint(shape: &[usize], lo: i64, hi: i64, dtype: DType) -> Tensor {
    let n = crate::layout::numel(shape);
    let span = (hi - lo).max(1) as u64;
    let v: Vec<i64> = with_rng(|r| (0..n).map(|_| lo + (r.next_u64() % span) as i64).collect());
    Tensor::from_vec(v, shape).to_dtype_nograd(dtype)
}
