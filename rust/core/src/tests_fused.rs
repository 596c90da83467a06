//! The fused training kernels of issue 6 (addmm, ReLU backward from the output, nll_loss,
//! the optimizer's axpy and the layout-aware mm backward): values against the composite ops
//! and finite-difference gradient checks, first and second order.
use crate::autograd::run_backward;
use crate::dtype::DType;
use crate::error::{ErrorKind, Result};
use crate::tensor::Tensor;
use crate::tests::{gradcheck, t64};

fn vals(n: usize, seed: f64) -> Vec<f64> {
    (0..n).map(|i| (i as f64 * 0.37 + seed).sin() * 1.3).collect()
}

/// Second order through f(x)^2, so that the first derivative still depends on x even for a
/// linear f: the gradient of (first-order grad * w) against finite differences of it.
fn gradgradcheck_sq(f: &dyn Fn(&Tensor) -> Result<Tensor>, x: &[f64], shape: &[usize]) {
    let first = |xv: &Tensor| -> Result<Tensor> {
        let fx = f(xv)?;
        let y = fx.mul(&fx)?.sum_all()?;
        let g = run_backward(&[y], vec![None], &[xv.clone()], true, true, true, false)?;
        Ok(g[0].clone().unwrap_or_else(|| xv.zeros_like()))
    };
    gradcheck(&first, x, shape);
}

fn close(a: &Tensor, b: &Tensor, tol: f64) {
    assert_eq!(a.shape(), b.shape());
    for (x, y) in a.to_f64_vec().iter().zip(b.to_f64_vec()) {
        assert!((x - y).abs() <= tol * (1.0 + y.abs()), "{} vs {}", x, y);
    }
}

#[test]
fn addmm_matches_composite_and_differentiates() {
    let (m, k, n) = (3, 4, 5);
    let x = Tensor::from_vec(vals(m * k, 0.1), &[m, k]);
    let w = Tensor::from_vec(vals(n * k, 0.7), &[n, k]); // weight [out, in]; used as w.t()
    let b = Tensor::from_vec(vals(n, 1.9), &[n]);
    let out = Tensor::addmm(&b, &x, &w.t().unwrap()).unwrap();
    close(&out, &b.add(&x.matmul(&w.t().unwrap()).unwrap()).unwrap(), 1e-12);
    // float32 values are those of `bias + x @ w.t()` exactly
    let (x32, w32, b32) = (x.to_dtype(DType::F32).unwrap(), w.to_dtype(DType::F32).unwrap(), b.to_dtype(DType::F32).unwrap());
    let o32 = Tensor::addmm(&b32, &x32, &w32.t().unwrap()).unwrap();
    assert_eq!(o32.to_f64_vec(), b32.add(&x32.matmul(&w32.t().unwrap()).unwrap()).unwrap().to_f64_vec());
    // bias of shape [m, 1], [1, n] and 0-d broadcast too
    for bs in [vec![m, 1], vec![1, n], vec![]] {
        let bb = Tensor::from_vec(vals(bs.iter().product(), 0.3), &bs);
        close(&Tensor::addmm(&bb, &x, &w.t().unwrap()).unwrap(), &bb.add(&x.matmul(&w.t().unwrap()).unwrap()).unwrap(), 1e-12);
    }
    let wt = w.t().unwrap();
    let f_b = |bv: &Tensor| Tensor::addmm(bv, &x, &wt);
    gradcheck(&f_b, &b.to_f64_vec(), &[n]);
    let f_x = |xv: &Tensor| Tensor::addmm(&b, xv, &wt);
    gradcheck(&f_x, &x.to_f64_vec(), &[m, k]);
    gradgradcheck_sq(&f_x, &x.to_f64_vec(), &[m, k]);
    // the weight through t(): the column-major operand path of the backward
    let f_w = |wv: &Tensor| Tensor::addmm(&b, &x, &wv.t()?);
    gradcheck(&f_w, &w.to_f64_vec(), &[n, k]);
    gradgradcheck_sq(&f_w, &w.to_f64_vec(), &[n, k]);
    // a row-major second operand
    let wc = wt.contiguous_copy();
    let f_wc = |wv: &Tensor| Tensor::addmm(&b, &x, wv);
    gradcheck(&f_wc, &wc.to_f64_vec(), &[k, n]);
    // an input that is itself a transposed view (column-major mat1)
    let f_xt = |xv: &Tensor| Tensor::addmm(&b, &xv.t()?, &wt);
    gradcheck(&f_xt, &x.t().unwrap().contiguous_copy().to_f64_vec(), &[k, m]);
    gradgradcheck_sq(&f_xt, &x.t().unwrap().contiguous_copy().to_f64_vec(), &[k, m]);
}

#[test]
fn addmm_graph_and_weight_grad_layout() {
    let x = Tensor::from_vec(vals(6, 0.2), &[2, 3]).to_dtype(DType::F32).unwrap();
    let w = Tensor::from_vec(vals(12, 0.5), &[4, 3]).to_dtype(DType::F32).unwrap();
    let b = Tensor::from_vec(vals(4, 0.9), &[4]).to_dtype(DType::F32).unwrap();
    w.set_requires_grad(true).unwrap();
    b.set_requires_grad(true).unwrap();
    let out = Tensor::addmm(&b, &x, &w.t().unwrap()).unwrap();
    assert_eq!(out.grad_fn().unwrap().name, "AddmmBackward0");
    let loss = out.sum_all().unwrap();
    run_backward(&[loss], vec![None], &[], false, false, false, false).unwrap();
    let gw = w.grad().unwrap();
    assert!(gw.is_contiguous(), "weight grad through t() should come out contiguous");
    assert_eq!(gw.shape(), &[4, 3]);
    // d sum / dW[o, i] = sum_b x[b, i]
    let xs = x.to_f64_vec();
    for o in 0..4 {
        for i in 0..3 {
            let want = xs[i] + xs[3 + i];
            assert!((gw.to_f64_vec()[o * 3 + i] - want).abs() < 1e-6);
        }
    }
    assert_eq!(b.grad().unwrap().to_f64_vec(), vec![2.0; 4]);
}

#[test]
fn mm_with_transposed_operands_differentiates() {
    let a = vals(12, 0.4);
    let c = Tensor::from_vec(vals(15, 1.1), &[5, 3]);
    // a [4,3] used as given and through t()
    let f1 = |x: &Tensor| x.matmul(&c.t()?);
    gradcheck(&f1, &a, &[4, 3]);
    gradgradcheck_sq(&f1, &a, &[4, 3]);
    let f2 = |x: &Tensor| c.matmul(&x.t()?);
    gradcheck(&f2, &a, &[4, 3]);
    gradgradcheck_sq(&f2, &a, &[4, 3]);
    let d = Tensor::from_vec(vals(20, 0.8), &[5, 4]);
    let f3 = |x: &Tensor| x.t()?.matmul(&d.t()?);
    gradcheck(&f3, &a, &[4, 3]);
    gradgradcheck_sq(&f3, &a, &[4, 3]);
}

#[test]
fn relu_backward_uses_the_output() {
    let x = [0.3, -1.2, 0.7, 1.5, -0.4, 2.1];
    let f = |t: &Tensor| t.relu();
    gradcheck(&f, &x, &[2, 3]);
    gradgradcheck_sq(&f, &x, &[2, 3]);
    let f2 = |t: &Tensor| t.mul(t)?.relu()?.mul(t);
    gradcheck(&f2, &x, &[6]);
    gradgradcheck_sq(&f2, &x, &[6]);
    let g = Tensor::from_vec(vec![1.0f32, 2.0, 3.0], &[3]);
    let o = Tensor::from_vec(vec![0.0f32, 0.5, -0.0], &[3]);
    assert_eq!(Tensor::relu_backward(&g, &o).unwrap().to_f64_vec(), vec![0.0, 2.0, 0.0]);
}

#[test]
fn nll_loss_torch_matches_composite_and_differentiates() {
    let (n, c) = (4, 3);
    let x = vals(n * c, 0.6);
    let tgt = Tensor::from_vec(vec![2i64, 0, 1, 2], &[n]);
    for red in 0u8..3 {
        let f = |xv: &Tensor| -> Result<Tensor> {
            Ok(xv.log_softmax(1)?.nll_loss_torch(&tgt, None, red, -100)?.unwrap())
        };
        gradcheck(&f, &x, &[n, c]);
        gradgradcheck_sq(&f, &x, &[n, c]);
        // value: -sum(picked) (/ n for mean)
        let lp = Tensor::from_vec(x.clone(), &[n, c]).log_softmax(1).unwrap();
        let picked = lp.gather(1, &tgt.unsqueeze(1).unwrap()).unwrap().squeeze(Some(&[1])).unwrap().neg().unwrap();
        let want = match red {
            0 => picked,
            1 => picked.sum_all().unwrap().div(&Tensor::scalar(n as f64, DType::F64)).unwrap(),
            _ => picked.sum_all().unwrap(),
        };
        close(&lp.nll_loss_torch(&tgt, None, red, -100).unwrap().unwrap(), &want, 1e-14);
    }
    let lp = Tensor::from_vec(x.clone(), &[n, c]);
    // int32 targets give the same loss; ignored rows do not count; bad targets are IndexError
    let t32 = Tensor::from_vec(vec![2i32, 0, 1, 2], &[n]);
    let mean = |t: &Tensor, ig: i64| lp.nll_loss_torch(t, None, 1, ig).unwrap().unwrap().to_f64_vec()[0];
    assert_eq!(mean(&t32, -100), mean(&tgt, -100));
    let xs = lp.to_f64_vec();
    let want = -(xs[1 * c] + xs[2 * c + 1]) / 2.0;
    assert!((mean(&tgt, 2) - want).abs() < 1e-6, "ignore_index 2: {} vs {want}", mean(&tgt, 2));
    let bad = Tensor::from_vec(vec![2i64, 3, 1, 2], &[n]);
    let e = lp.nll_loss_torch(&bad, None, 1, -100).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Index);
    assert_eq!(e.msg, "Target 3 is out of bounds.");
    // the gradient of the mean is -1/n at the targets and +0 elsewhere
    let l = t64(&x, &[n, c]);
    let loss = l.nll_loss_torch(&tgt, None, 1, -100).unwrap().unwrap();
    assert_eq!(loss.grad_fn().unwrap().name, "NllLossBackward0");
    let g = run_backward(&[loss], vec![None], &[l.clone()], false, false, true, false).unwrap();
    let gv = g[0].as_ref().unwrap().to_f64_vec();
    for i in 0..n {
        for j in 0..c {
            let want = if [2, 0, 1, 2][i] == j { -0.25 } else { 0.0 };
            assert_eq!(gv[i * c + j], want);
            assert!(gv[i * c + j].is_sign_negative() == (want < 0.0));
        }
    }
}

#[test]
fn axpy_is_a_fused_multiply_add() {
    let n = 300_000; // above the parallel threshold
    let d: Vec<f32> = (0..n).map(|i| (i as f32 * 0.001).sin()).collect();
    let s: Vec<f32> = (0..n).map(|i| (i as f32 * 0.003).cos()).collect();
    let dt = Tensor::from_vec(d.clone(), &[n]);
    let st = Tensor::from_vec(s.clone(), &[n]);
    assert!(dt.axpy_(&st, -0.1));
    let a = -0.1f64 as f32;
    let got = dt.to_vec::<f32>();
    for i in 0..n {
        assert_eq!(got[i], s[i].mul_add(a, d[i]), "at {}", i);
    }
    let d64 = Tensor::from_vec(vec![1.0f64, 2.0, 3.0], &[3]);
    assert!(d64.axpy_(&Tensor::from_vec(vec![1.0f64, 1.0, 1.0], &[3]), 0.5));
    assert_eq!(d64.to_f64_vec(), vec![1.5, 2.5, 3.5]);
    // not applicable: dtype mismatch, non-contiguous, same storage
    let m = Tensor::from_vec(vec![1.0f32; 6], &[2, 3]);
    assert!(!m.axpy_(&Tensor::from_vec(vec![1.0f64; 6], &[2, 3]), 1.0));
    assert!(!m.t().unwrap().axpy_(&Tensor::from_vec(vec![1.0f32; 6], &[3, 2]), 1.0));
    assert!(!m.axpy_(&m, 1.0));
}
