//! The 32-bit mt19937 engine of torch's CPU generator, word for word numpy's `MT19937` bit
//! generator (same legacy seeding, same state layout `key[624]` + `pos`), so the torch dialect's
//! random numbers can be drawn without importing numpy.random, and `uniform_` can fill a tensor
//! in place without temporaries.
use crate::storage::Elem;
use crate::tensor::Tensor;

pub const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER: u32 = 0x8000_0000;
const LOWER: u32 = 0x7fff_ffff;

#[derive(Clone)]
pub struct Mt19937 {
    pub key: [u32; N],
    /// index of the next word of `key`; N means "regenerate before the next draw"
    pub pos: usize,
}

impl Mt19937 {
    /// numpy's `_legacy_seeding(seed)` / mt19937's init_genrand.
    pub fn new(seed: u32) -> Mt19937 {
        let mut key = [0u32; N];
        let mut s = seed;
        for (i, k) in key.iter_mut().enumerate() {
            *k = s;
            s = 1_812_433_253u32.wrapping_mul(s ^ (s >> 30)).wrapping_add(i as u32 + 1);
        }
        Mt19937 { key, pos: N }
    }

    fn twist(&mut self) {
        let k = &mut self.key;
        let mix = |a: u32, b: u32, c: u32| {
            let y = (a & UPPER) | (b & LOWER);
            c ^ (y >> 1) ^ (0u32.wrapping_sub(y & 1) & MATRIX_A)
        };
        for i in 0..N - M {
            k[i] = mix(k[i], k[i + 1], k[i + M]);
        }
        for i in N - M..N - 1 {
            k[i] = mix(k[i], k[i + 1], k[i + M - N]);
        }
        k[N - 1] = mix(k[N - 1], k[0], k[M - 1]);
        self.pos = 0;
    }

    #[inline]
    pub fn next_u32(&mut self) -> u32 {
        if self.pos >= N {
            self.twist();
        }
        let mut y = self.key[self.pos];
        self.pos += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// torch's uniform_real_distribution<float>: 24 random bits, then `x * (hi - lo) + lo`
    /// computed as one float32 fma (the float64 product of two floats is exact).
    pub fn uniform_f32(&mut self, lo: f64, hi: f64) -> impl FnMut() -> f32 + '_ {
        let (lo, hi) = (lo as f32, hi as f32);
        let range = (hi - lo) as f64;
        move || {
            let x = (self.next_u32() & 0xff_ffff) as f32 * (1.0 / (1u32 << 24) as f32);
            (x as f64 * range + lo as f64) as f32
        }
    }

    /// uniform_real_distribution<double>: 53 bits of two words (the first is the high half).
    pub fn uniform_f64(&mut self, lo: f64, hi: f64) -> impl FnMut() -> f64 + '_ {
        let range = hi - lo;
        move || {
            let w = ((self.next_u32() as u64) << 32) | self.next_u32() as u64;
            let x = (w & ((1u64 << 53) - 1)) as f64 * (1.0 / (1u64 << 53) as f64);
            x * range + lo
        }
    }
}

fn fill_with<T: Elem>(t: &Tensor, mut next: impl FnMut() -> T) {
    let (off, n) = (t.layout().offset, t.numel());
    let mut s = t.write(); // counts as a modification (version bump)
    for v in &mut T::slice_mut(&mut s)[off..off + n] {
        *v = next();
    }
}

/// `uniform_(lo, hi)` of a contiguous float32/float64 tensor, in place and in element order.
/// Returns false (and draws nothing) for other tensors.
pub fn uniform_(g: &mut Mt19937, t: &Tensor, lo: f64, hi: f64) -> bool {
    if !t.is_contiguous() {
        return false;
    }
    match t.dtype() {
        crate::DType::F32 => fill_with(t, g.uniform_f32(lo, hi)),
        crate::DType::F64 => fill_with(t, g.uniform_f64(lo, hi)),
        _ => return false,
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_outputs() {
        // mt19937 with init_genrand(5489): the C++ standard's 10000th output is 4123659995
        let mut g = Mt19937::new(5489);
        let first = g.next_u32();
        assert_eq!(first, 3_499_211_612);
        for _ in 1..9999 {
            g.next_u32();
        }
        assert_eq!(g.next_u32(), 4_123_659_995);
    }
}
