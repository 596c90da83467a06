//! float16 / bfloat16: casts, rounding (float32 compute, one rounding per op), promotion, autograd.
use crate::autograd::run_backward;
use crate::dtype::DType;
use crate::storage::{bf16, f16};
use crate::tensor::Tensor;

fn h(v: &[f32]) -> Tensor {
    Tensor::from_vec(v.to_vec(), &[v.len()]).to_dtype_nograd(DType::F16)
}

#[test]
fn casts_round_to_nearest_even() {
    let x = Tensor::from_vec(vec![0.1f32, 65504.0, 65520.0, 1e-8, 2049.0, 2051.0, -0.0], &[7]);
    let v = x.to_dtype_nograd(DType::F16).to_vec::<f16>();
    assert_eq!(v[0].to_bits(), 0x2e66); // 0.0999755859375
    assert_eq!(v[1].to_f32(), 65504.0);
    assert!(v[2].to_f32().is_infinite()); // halfway to 65536 rounds up to inf
    assert_eq!(v[3].to_f32(), 0.0);
    assert_eq!(v[4].to_f32(), 2048.0); // tie to even
    assert_eq!(v[5].to_f32(), 2052.0);
    assert!(v[6].is_sign_negative());
    let b = x.to_dtype_nograd(DType::BF16).to_vec::<bf16>();
    assert_eq!(b[0].to_f32(), 0.10009765625);
    assert_eq!(b[2].to_f32(), 65536.0);
    // back to every dtype
    let hx = h(&[1.5, -2.5, 0.0]);
    assert_eq!(hx.to_dtype_nograd(DType::F32).to_vec::<f32>(), vec![1.5, -2.5, 0.0]);
    assert_eq!(hx.to_dtype_nograd(DType::F64).to_vec::<f64>(), vec![1.5, -2.5, 0.0]);
    assert_eq!(hx.to_dtype_nograd(DType::I64).to_vec::<i64>(), vec![1, -2, 0]);
    assert_eq!(hx.to_dtype_nograd(DType::I32).to_vec::<i32>(), vec![1, -2, 0]);
    assert_eq!(hx.to_dtype_nograd(DType::Bool).to_vec::<bool>(), vec![true, true, false]);
    assert_eq!(hx.to_dtype_nograd(DType::BF16).to_vec::<bf16>()[1].to_f32(), -2.5);
}

#[test]
fn ops_compute_in_f32_and_round_once() {
    let a = h(&[0.1, 3.0, 1000.0]);
    let b = h(&[0.2, 7.0, 0.001]);
    let s = a.add(&b).unwrap();
    assert_eq!(s.dtype(), DType::F16);
    let want: Vec<f16> = a.to_vec::<f16>().iter().zip(b.to_vec::<f16>()).map(|(x, y)| f16::from_f32(x.to_f32() + y.to_f32())).collect();
    assert_eq!(s.to_vec::<f16>(), want);
    // sigmoid rounded once from float32 (not per step)
    let x = h(&[2.0]);
    let got = x.sigmoid().unwrap().to_vec::<f16>()[0];
    assert_eq!(got, f16::from_f32(1.0 / (1.0 + (-2.0f32).exp())));
    assert_eq!(got.to_f32(), 0.880859375);
}

#[test]
fn sums_accumulate_in_float() {
    let x = Tensor::full(&[1000], 0.1, DType::F16);
    let s = x.sum_all().unwrap();
    assert_eq!(s.dtype(), DType::F16);
    // f16(0.1) * 1000 = 99.9755859375, rounded once; an f16 accumulator would stall at 256 steps
    assert_eq!(s.item().unwrap(), f16::from_f32(99.975586).to_f32() as f64);
    let m = x.mean(None, false).unwrap();
    assert_eq!(m.to_vec::<f16>()[0], f16::from_f32(0.1));
}

#[test]
fn matmul_rounds_the_f32_product() {
    let a = Tensor::from_vec(vec![1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0], &[2, 3]).to_dtype_nograd(DType::F16);
    let b = Tensor::from_vec(vec![0.1f32, 0.2, 0.3, 0.4, 0.5, 0.6], &[3, 2]).to_dtype_nograd(DType::F16);
    let c = a.matmul(&b).unwrap();
    assert_eq!(c.dtype(), DType::F16);
    let bv: Vec<f32> = b.to_vec::<f16>().iter().map(|v| v.to_f32()).collect();
    let c00 = 1.0 * bv[0] + 2.0 * bv[2] + 3.0 * bv[4];
    assert_eq!(c.to_vec::<f16>()[0], f16::from_f32(c00));
}

#[test]
fn promotion_of_half_types() {
    let f16t = h(&[1.0]);
    let bf = f16t.to_dtype_nograd(DType::BF16);
    let f32t = Tensor::from_vec(vec![1.0f32], &[1]);
    let i = Tensor::from_vec(vec![1i64], &[1]);
    assert_eq!(f16t.add(&f32t).unwrap().dtype(), DType::F32);
    assert_eq!(f16t.add(&bf).unwrap().dtype(), DType::F32);
    assert_eq!(bf.add(&f16t).unwrap().dtype(), DType::F32);
    assert_eq!(i.add(&f16t).unwrap().dtype(), DType::F16);
    assert_eq!(bf.add(&Tensor::from_vec(vec![1.0f64], &[1])).unwrap().dtype(), DType::F64);
    // a 0-d float32 tensor (a wrapped Python float) does not widen a half tensor
    assert_eq!(f16t.add(&Tensor::scalar(0.5, DType::F32)).unwrap().dtype(), DType::F16);
    assert_eq!(i.div(&i).unwrap().dtype(), DType::F32);
    assert_eq!(DType::promote(DType::F16, DType::BF16), DType::F32);
    assert!(DType::F16.is_float() && DType::BF16.is_half() && DType::F16.size() == 2);
}

#[test]
fn grads_keep_the_half_dtype() {
    let p = h(&[1.0, 2.0, 3.0]);
    p.set_requires_grad(true).unwrap();
    let y = p.mul(&p).unwrap().sum_all().unwrap();
    run_backward(&[y], vec![None], &[], false, false, false, true).unwrap();
    let g = p.grad().unwrap();
    assert_eq!(g.dtype(), DType::F16);
    assert_eq!(g.to_f64_vec(), vec![2.0, 4.0, 6.0]);
    // through a cast: the float32 leaf gets a float32 gradient
    let w = Tensor::from_vec(vec![0.5f32, -1.5], &[2]);
    w.set_requires_grad(true).unwrap();
    let y = w.to_dtype(DType::BF16).unwrap().mul_scalar(3.0).unwrap().sum_all().unwrap();
    assert_eq!(y.dtype(), DType::BF16);
    run_backward(&[y], vec![None], &[], false, false, false, true).unwrap();
    let g = w.grad().unwrap();
    assert_eq!(g.dtype(), DType::F32);
    assert_eq!(g.to_vec::<f32>(), vec![3.0, 3.0]);
}
