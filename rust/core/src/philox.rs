//! Philox4x32-10 counter-based generator and TensorFlow's CPU sampling on top of it
//! (`random_distributions.h`: Uint32ToFloat, Box-Muller, the uniform integer modulo), so that
//! seeded `tf.random.*` calls give TensorFlow's numbers. Transcendentals go through the
//! system libm (`logf`, `sinf`, `cosf`) as TensorFlow's kernels do.
use crate::storage::Elem;
use crate::tensor::Tensor;

const M_A: u32 = 0xD251_1F53;
const M_B: u32 = 0xCD9E_8D57;
const W_A: u32 = 0x9E37_79B9;
const W_B: u32 = 0xBB67_AE85;

/// Ten Philox rounds on one 128-bit counter.
pub fn philox4x32_10(mut c: [u32; 4], mut k: [u32; 2]) -> [u32; 4] {
    for _ in 0..10 {
        let p0 = (M_A as u64) * (c[0] as u64);
        let p1 = (M_B as u64) * (c[2] as u64);
        c = [((p1 >> 32) as u32) ^ c[1] ^ k[0], p1 as u32, ((p0 >> 32) as u32) ^ c[3] ^ k[1], p0 as u32];
        k = [k[0].wrapping_add(W_A), k[1].wrapping_add(W_B)];
    }
    c
}

/// The counter after skipping `n` 128-bit samples (TF's PhiloxRandom::Skip).
fn skip(c: [u32; 4], n: u64) -> [u32; 4] {
    let lo = (c[0] as u64) | ((c[1] as u64) << 32);
    let (sum, carry) = lo.overflowing_add(n);
    let mut hi = (c[2] as u64) | ((c[3] as u64) << 32);
    if carry {
        hi = hi.wrapping_add(1);
    }
    [sum as u32, (sum >> 32) as u32, hi as u32, (hi >> 32) as u32]
}

fn u32_to_f32(x: u32) -> f32 {
    f32::from_bits((127 << 23) | (x & 0x7f_ffff)) - 1.0
}

fn u64_to_f64(x0: u32, x1: u32) -> f64 {
    let man = (((x0 & 0xf_ffff) as u64) << 32) | x1 as u64;
    f64::from_bits((1023u64 << 52) | man) - 1.0
}

fn box_muller_f32(x0: u32, x1: u32) -> (f32, f32) {
    let u1 = u32_to_f32(x0).max(1.0e-7);
    // 2.0f * M_PI is a double product; the float sample is widened and the result narrowed
    let v1 = (2.0 * std::f64::consts::PI * u32_to_f32(x1) as f64) as f32;
    let u2 = (-2.0f32 * u1.ln()).sqrt();
    (v1.sin() * u2, v1.cos() * u2)
}

fn box_muller_f64(x: [u32; 4]) -> (f64, f64) {
    let u1 = u64_to_f64(x[0], x[1]).max(1.0e-7);
    let v1 = 2.0 * std::f64::consts::PI * u64_to_f64(x[2], x[3]);
    let u2 = (-2.0 * u1.ln()).sqrt();
    (v1.sin() * u2, v1.cos() * u2)
}

/// What TF's `FillPhiloxRandom` draws.
#[derive(Clone, Copy, Debug)]
pub enum TfDist {
    UniformF32,
    NormalF32,
    UniformF64,
    NormalF64,
    /// lo + (sample % range) on 32-bit samples
    IntI32 { lo: i64, range: u64 },
    /// lo + (64-bit sample % range)
    IntI64 { lo: i64, range: u64 },
    /// normal samples with |x| < 2 kept (rejection on single samples)
    TruncNormalF32,
    TruncNormalF64,
}

/// TF's SingleSampleAdapter: hands out the four words of each Philox block one at a time.
struct Single {
    ctr: [u32; 4],
    key: [u32; 2],
    buf: [u32; 4],
    used: usize,
}

impl Single {
    fn next(&mut self) -> u32 {
        if self.used == 4 {
            self.buf = philox4x32_10(self.ctr, self.key);
            self.ctr = skip(self.ctr, 1);
            self.used = 0;
        }
        self.used += 1;
        self.buf[self.used - 1]
    }
}

/// TF's TruncatedNormalDistribution: each output group starts at its own reserved counter
/// region (256 samples per output) so results do not depend on how work is split.
fn trunc_normal(base: [u32; 4], key: [u32; 2], n: usize, double: bool) -> Vec<f64> {
    let group = if double { 2 } else { 4 };
    let per_group_skip = (group * 256 / 4) as u64;
    let mut out = Vec::with_capacity(n + group);
    let mut g = 0u64;
    while out.len() < n {
        let mut s = Single { ctr: skip(base, g * per_group_skip), key, buf: [0; 4], used: 4 };
        let mut got = 0;
        while got < group {
            let pair: [f64; 2] = if double {
                let (a, b) = box_muller_f64([s.next(), s.next(), s.next(), s.next()]);
                [a, b]
            } else {
                let (a, b) = box_muller_f32(s.next(), s.next());
                [a as f64, b as f64]
            };
            for v in pair {
                if v.abs() < 2.0 && got < group {
                    out.push(v);
                    got += 1;
                }
            }
        }
        g += 1;
    }
    out.truncate(n);
    out
}

/// TF's FillPhiloxRandom: group g of outputs comes from the Philox block at counter `base + g`;
/// `out` turns one block into that group's values. Stops after `n` values.
fn by_groups<T: Elem>(n: usize, shape: &[usize], mut draw: impl FnMut(usize) -> [u32; 4],
                      out: impl Fn([u32; 4], &mut Vec<T>)) -> Tensor {
    let mut v = Vec::with_capacity(n + 4);
    let mut g = 0;
    while v.len() < n {
        out(draw(g), &mut v);
        g += 1;
    }
    v.truncate(n);
    Tensor::from_vec(v, shape)
}

/// `n` samples from the generator seeded (seed, seed2) whose counter was advanced by `offset`
/// 128-bit samples: group g of `kResultElementCount` outputs uses counter offset + g.
pub fn tf_fill(dist: TfDist, seed: u64, seed2: u64, offset: u64, n: usize, shape: &[usize]) -> Tensor {
    let key = [seed as u32, (seed >> 32) as u32];
    let base = skip([0, 0, seed2 as u32, (seed2 >> 32) as u32], offset);
    let draw = |g: usize| philox4x32_10(skip(base, g as u64), key);
    match dist {
        TfDist::UniformF32 => by_groups(n, shape, draw, |s, v: &mut Vec<f32>| v.extend(s.map(u32_to_f32))),
        TfDist::NormalF32 => by_groups(n, shape, draw, |s, v: &mut Vec<f32>| {
            let (a, b) = box_muller_f32(s[0], s[1]);
            let (c, d) = box_muller_f32(s[2], s[3]);
            v.extend([a, b, c, d]);
        }),
        TfDist::UniformF64 => by_groups(n, shape, draw, |s, v: &mut Vec<f64>| {
            v.extend([u64_to_f64(s[0], s[1]), u64_to_f64(s[2], s[3])])
        }),
        TfDist::NormalF64 => by_groups(n, shape, draw, |s, v: &mut Vec<f64>| {
            let (a, b) = box_muller_f64(s);
            v.extend([a, b]);
        }),
        TfDist::TruncNormalF32 => {
            let v: Vec<f32> = trunc_normal(base, key, n, false).into_iter().map(|x| x as f32).collect();
            Tensor::from_vec(v, shape)
        }
        TfDist::TruncNormalF64 => Tensor::from_vec(trunc_normal(base, key, n, true), shape),
        TfDist::IntI32 { lo, range } => by_groups(n, shape, draw, |s, v: &mut Vec<i32>| {
            v.extend(s.map(|x| (lo as i32).wrapping_add(((x as u64) % range) as i32)))
        }),
        TfDist::IntI64 { lo, range } => by_groups(n, shape, draw, |s, v: &mut Vec<i64>| {
            for (a, b) in [(s[0], s[1]), (s[2], s[3])] {
                let bits = (a as u64) | ((b as u64) << 32);
                v.push(lo.wrapping_add((bits % range) as i64));
            }
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tf_normal_matches_tensorflow() {
        // tf.random.set_seed(42); tf.random.normal([2, 3]) in TensorFlow 2.21 (op seed 478163327)
        let t = tf_fill(TfDist::NormalF32, 42, 478163327, 0, 6, &[2, 3]);
        let v: Vec<f32> = t.to_vec::<f32>();
        assert_eq!(v, vec![0.3274685, -0.8426258, 0.3194337, -1.4075519, -2.3880599, -1.0392479]);
    }

    #[test]
    fn tf_uniform_matches_tensorflow() {
        // tf.random.set_seed(42); tf.random.uniform([3], seed=1)
        let t = tf_fill(TfDist::UniformF32, 42, 1, 0, 3, &[3]);
        let v: Vec<f32> = t.to_vec::<f32>();
        assert_eq!(v, vec![0.15012848, 0.63992536, 0.81787777]);
    }

    #[test]
    fn skip_carries_into_the_high_words() {
        assert_eq!(skip([u32::MAX, u32::MAX, 7, 0], 1), [0, 0, 8, 0]);
    }
}

/// MindSpore's initializer sampling (`include/common/random.h`: a Philox stream read one 32-bit word at
/// a time, double-precision distributions, results narrowed to float32). Splitting the buffer across
/// threads skips whole words, so the sequential stream below is what every thread count produces.
pub mod ms_init {
    use super::{philox4x32_10, skip, u32_to_f32};

    extern "C" {
        fn erfc(x: f64) -> f64;
    }

    /// Which distribution `fill` draws.
    #[derive(Clone, Copy, Debug)]
    pub enum MsInit {
        /// uniform on [a, b)
        Uniform { a: f32, b: f32 },
        /// Box-Muller normal (cos sample first, then sin)
        Normal { mean: f32, sigma: f32 },
        /// inverse-CDF normal truncated to [a, b]
        TruncNormal { a: f32, b: f32, mean: f32, sigma: f32 },
    }

    struct Words {
        ctr: [u32; 4],
        key: [u32; 2],
        buf: [u32; 4],
        used: usize,
    }

    impl Words {
        fn new(seed: u64) -> Self {
            Words { ctr: [0, 0, seed as u32, (seed >> 32) as u32], key: [seed as u32, (seed >> 32) as u32], buf: [0; 4], used: 4 }
        }
        fn next(&mut self) -> u32 {
            if self.used == 4 {
                self.buf = philox4x32_10(self.ctr, self.key);
                self.ctr = skip(self.ctr, 1);
                self.used = 0;
            }
            self.used += 1;
            self.buf[self.used - 1]
        }
        fn uniform01(&mut self) -> f64 {
            // word / 2^32 is exact in double; never 1
            self.next() as f64 / 4294967296.0
        }
    }

    fn poly(c: &[f64], x: f64) -> f64 {
        let mut s = c[c.len() - 1];
        for &v in c[..c.len() - 1].iter().rev() {
            s = s * x + v;
        }
        s
    }

    fn ratio(p: &[f64], q: &[f64], x: f64) -> f64 {
        poly(p, x) / poly(q, x)
    }

    /// Boost's rational approximations of erf^-1 (as used by MindSpore), in double.
    fn erf_inv(p: f64, q: f64) -> f64 {
        if p <= 0.5 {
            let y = 0.0891314744949340820313f32 as f64;
            let g = p * (p + 10.0);
            let r = ratio(
                &[-0.000508781949658280665617, -0.00836874819741736770379, 0.0334806625409744615033, -0.0126926147662974029034,
                  -0.0365637971411762664006, 0.0219878681111168899165, 0.00822687874676915743155, -0.00538772965071242932965],
                &[1.0, -0.970005043303290640362, -1.56574558234175846809, 1.56221558398423026363, 0.662328840472002992063,
                  -0.71228902341542847553, -0.0527396382340099713954, 0.0795283687341571680018, -0.00233393759374190016776,
                  0.000886216390456424707504],
                p,
            );
            return g * y + g * r;
        }
        if q >= 0.25 {
            let y = 2.249481201171875f32 as f64;
            let g = (-2.0 * q.ln()).sqrt();
            let r = ratio(
                &[-0.202433508355938759655, 0.105264680699391713268, 8.37050328343119927838, 17.6447298408374015486,
                  -18.8510648058714251895, -44.6382324441786960818, 17.445385985570866523, 21.1294655448340526258,
                  -3.67192254707729348546],
                &[1.0, 6.24264124854247537712, 3.9713437953343869095, -28.6608180499800029974, -20.1432634680485188801,
                  48.5609213108739935468, 10.8268667355460159008, -22.6436933413139721736, 1.72114765761200282724],
                q - 0.25,
            );
            return g / (y + r);
        }
        let x = (-q.ln()).sqrt();
        let (y, shift, p, qq): (f32, f64, &[f64], &[f64]) = if x < 3.0 {
            (0.807220458984375, 1.125,
             &[-0.131102781679951906451, -0.163794047193317060787, 0.117030156341995252019, 0.387079738972604337464,
               0.337785538912035898924, 0.142869534408157156766, 0.0290157910005329060432, 0.00214558995388805277169,
               -0.679465575181126350155e-6, 0.285225331782217055858e-7, -0.681149956853776992068e-9],
             &[1.0, 3.46625407242567245975, 5.38168345707006855425, 4.77846592945843778382, 2.59301921623620271374,
               0.848854343457902036425, 0.152264338295331783612, 0.01105924229346489121])
        } else if x < 6.0 {
            (0.93995571136474609375, 3.0,
             &[-0.0350353787183177984712, -0.00222426529213447927281, 0.0185573306514231072324, 0.00950804701325919603619,
               0.00187123492819559223345, 0.000157544617424960554631, 0.460469890584317994083e-5,
               -0.230404776911882601748e-9, 0.266339227425782031962e-11],
             &[1.0, 1.3653349817554063097, 0.762059164553623404043, 0.220091105764131249824, 0.0341589143670947727934,
               0.00263861676657015992959, 0.764675292302794483503e-4])
        } else if x < 18.0 {
            (0.98362827301025390625, 6.0,
             &[-0.0167431005076633737133, -0.00112951438745580278863, 0.00105628862152492910091, 0.000209386317487588078668,
               0.149624783758342370182e-4, 0.449696789927706453732e-6, 0.462596163522878599135e-8,
               -0.281128735628831791805e-13, 0.99055709973310326855e-16],
             &[1.0, 0.591429344886417493481, 0.138151865749083321638, 0.0160746087093676504695, 0.000964011807005165528527,
               0.275335474764726041141e-4, 0.282243172016108031869e-6])
        } else if x < 44.0 {
            (0.99714565277099609375, 18.0,
             &[-0.0024978212791898131227, -0.779190719229053954292e-5, 0.254723037413027451751e-4, 0.162397777342510920873e-5,
               0.396341011304801168516e-7, 0.411632831190944208473e-9, 0.145596286718675035587e-11,
               -0.116765012397184275695e-17],
             &[1.0, 0.207123112214422517181, 0.0169410838120975906478, 0.000690538265622684595676, 0.145007359818232637924e-4,
               0.144437756628144157666e-6, 0.509761276599778486139e-9])
        } else {
            (0.99941349029541015625, 44.0,
             &[-0.000539042911019078575891, -0.28398759004727721098e-6, 0.899465114892291446442e-6, 0.229345859265920864296e-7,
               0.225561444863500149219e-9, 0.947846627503022684216e-12, 0.135880130108924861008e-14,
               -0.348890393399948882918e-21],
             &[1.0, 0.0845746234001899436914, 0.00282092984726264681981, 0.468292921940894236786e-4,
               0.399968812193862100054e-6, 0.161809290887904476097e-8, 0.231558608310259605225e-11])
        };
        let r = ratio(p, qq, x - shift);
        y as f64 * x + r * x
    }

    fn erfc_inv(mut z: f64) -> f64 {
        if z <= 0.0 {
            z = f32::from_bits(1) as f64;
        } else if z >= 2.0 {
            z = f32::from_bits(2.0f32.to_bits() - 1) as f64;
        }
        let (p, q, s) = if z > 1.0 { let q = 2.0 - z; (1.0 - q, q, -1.0) } else { (1.0 - z, z, 1.0) };
        s * erf_inv(p, q)
    }

    const ROOT2: f64 = 1.4142135f32 as f64;

    fn cdf(x: f64) -> f64 {
        unsafe { erfc(-(x / ROOT2)) / 2.0 }
    }

    /// `n` float32 samples from MindSpore's initializer generator seeded with `seed`.
    pub fn fill(dist: MsInit, seed: u64, n: usize) -> Vec<f32> {
        let mut w = Words::new(seed);
        let mut out = Vec::with_capacity(n + 1);
        match dist {
            MsInit::Uniform { a, b } => {
                let (a, b) = (a as f64, b as f64);
                while out.len() < n {
                    out.push(((b - a) * w.uniform01() + a) as f32);
                }
            }
            MsInit::Normal { mean, sigma } => {
                let (mean, sigma) = (mean as f64, sigma as f64);
                let pi = 3.1415926f32 as f64;
                while out.len() < n {
                    let u1 = (u32_to_f32(w.next()) as f64).max(1.0e-7f32 as f64);
                    let u2 = (u32_to_f32(w.next()) as f64).max(1.0e-7f32 as f64);
                    let x = (-2.0 * u1.ln()).sqrt() * sigma;
                    let y = 2.0 * pi * u2;
                    out.push((mean + x * y.cos()) as f32);
                    out.push((mean + x * y.sin()) as f32);
                }
            }
            MsInit::TruncNormal { a, b, mean, sigma } => {
                let (mean, sigma) = (mean as f64, sigma as f64);
                let alpha = (a as f64 - mean) / sigma;
                let beta = (b as f64 - mean) / sigma;
                while out.len() < n {
                    let u = w.uniform01();
                    let (ca, cb) = (cdf(alpha), cdf(beta));
                    let p = ca + u * (cb - ca);
                    let x = -erfc_inv(2.0 * p) * ROOT2;
                    out.push((mean + x * sigma) as f32);
                }
            }
        }
        out.truncate(n);
        out
    }
}
