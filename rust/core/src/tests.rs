//! Finite-difference gradient checks (first and second order), broadcasting and layouts.
use crate::autograd::run_backward;
use crate::dtype::DType;
use crate::error::Result;
use crate::tensor::Tensor;

pub(crate) fn t64(v: &[f64], shape: &[usize]) -> Tensor {
    let t = Tensor::from_vec(v.to_vec(), shape);
    t.set_requires_grad(true).unwrap();
    t
}

/// Compares autograd's gradient of sum(f(x) * w) with central differences, in float64.
pub(crate) fn gradcheck(f: &dyn Fn(&Tensor) -> Result<Tensor>, x: &[f64], shape: &[usize]) {
    let xt = t64(x, shape);
    let y = f(&xt).unwrap();
    let w: Vec<f64> = (0..y.numel()).map(|i| 0.3 + 0.1 * i as f64).collect();
    let wt = Tensor::from_vec(w.clone(), y.shape());
    let loss = y.mul(&wt).unwrap().sum_all().unwrap();
    // a function whose result does not depend on x (e.g. the derivative of a linear op) has grad 0
    let g = if loss.requires_grad() {
        let g = run_backward(&[loss], vec![None], &[xt.clone()], false, false, true, false).unwrap();
        g[0].as_ref().map(|g| g.to_f64_vec()).unwrap_or(vec![0.0; x.len()])
    } else {
        vec![0.0; x.len()]
    };
    let eps = 1e-6;
    for i in 0..x.len() {
        let mut xp = x.to_vec();
        xp[i] += eps;
        let mut xm = x.to_vec();
        xm[i] -= eps;
        let (xp, xm) = (t64(&xp, shape), t64(&xm, shape));
        let fp = f(&xp).unwrap().mul(&wt).unwrap().sum_all().unwrap().item().unwrap();
        let fm = f(&xm).unwrap().mul(&wt).unwrap().sum_all().unwrap().item().unwrap();
        let num = (fp - fm) / (2.0 * eps);
        assert!((num - g[i]).abs() < 1e-5 * (1.0 + num.abs()), "grad mismatch at {}: fd {} vs {}", i, num, g[i]);
    }
}

/// Second order: the gradient of (sum of first-order grad * v) against finite differences of it.
pub(crate) fn gradgradcheck(f: &dyn Fn(&Tensor) -> Result<Tensor>, x: &[f64], shape: &[usize]) {
    let first = |xv: &Tensor| -> Result<Tensor> {
        let y = f(xv)?.sum_all()?;
        let g = run_backward(&[y], vec![None], &[xv.clone()], true, true, true, false)?;
        Ok(g[0].clone().unwrap_or_else(|| xv.zeros_like()))
    };
    gradcheck(&first, x, shape);
}

const X: [f64; 6] = [0.3, -1.2, 0.7, 1.5, -0.4, 2.1];
const XP: [f64; 6] = [0.3, 1.2, 0.7, 1.5, 0.4, 2.1];

#[test]
fn unary_grads() {
    for f in [
        (|x: &Tensor| x.exp()) as fn(&Tensor) -> Result<Tensor>,
        |x| x.sin(),
        |x| x.cos(),
        |x| x.tanh(),
        |x| x.sigmoid(),
        |x| x.neg(),
        |x| x.abs(),
        |x| x.relu(),
        |x| x.pow_scalar(3.0),
        |x| x.clamp(Some(-0.5), Some(1.0)),
    ] {
        gradcheck(&f, &X, &[2, 3]);
        gradgradcheck(&f, &X, &[2, 3]);
    }
    for f in [(|x: &Tensor| x.log()) as fn(&Tensor) -> Result<Tensor>, |x| x.sqrt(), |x| x.unary(crate::UnaryOp::Rsqrt)] {
        gradcheck(&f, &XP, &[6]);
        gradgradcheck(&f, &XP, &[6]);
    }
}

#[test]
fn binary_grads_with_broadcasting() {
    let c = Tensor::from_vec(vec![0.5f64, -2.0, 1.5], &[3]);
    for f in [
        (|x: &Tensor, c: &Tensor| x.add(c)) as fn(&Tensor, &Tensor) -> Result<Tensor>,
        |x, c| x.sub(c),
        |x, c| x.mul(c),
        |x, c| x.div(c),
        |x, c| c.div(x),
        |x, c| x.maximum(c),
        |x, c| x.mul(x)?.mul(c),
    ] {
        let g = |x: &Tensor| f(x, &c);
        gradcheck(&g, &X, &[2, 3]);
        gradgradcheck(&g, &X, &[2, 3]);
        // gradient with respect to the broadcast operand goes through sum_to
        let xs = Tensor::from_vec(X.to_vec(), &[2, 3]);
        let h = |c: &Tensor| f(&xs, c);
        gradcheck(&h, &[0.5, -2.0, 1.5], &[3]);
    }
    let g = |x: &Tensor| x.pow(&Tensor::from_vec(vec![2.0f64, 0.5, 3.0], &[3]));
    gradcheck(&g, &XP, &[2, 3]);
}

#[test]
fn reduction_grads() {
    for f in [
        (|x: &Tensor| x.sum(Some(&[1]), false)) as fn(&Tensor) -> Result<Tensor>,
        |x| x.mean(Some(&[0]), true),
        |x| x.mean(None, false),
        |x| x.prod(Some(&[1]), false),
        |x| x.norm(2.0, None, false),
        |x| x.norm(2.0, Some(&[1]), true),
        |x| x.max_all(true),
        |x| Ok(x.max_dim(1, false, true)?.0),
        |x| x.softmax(1),
        |x| x.log_softmax(0),
    ] {
        gradcheck(&f, &X, &[2, 3]);
        gradgradcheck(&f, &X, &[2, 3]);
    }
}

#[test]
fn matmul_and_view_grads() {
    let w = Tensor::from_vec(vec![0.1f64, 0.2, -0.3, 0.4, 0.5, -0.6], &[3, 2]);
    let v = Tensor::from_vec(vec![1.0f64, -1.0, 2.0], &[3]);
    let fs: Vec<Box<dyn Fn(&Tensor) -> Result<Tensor>>> = vec![
        Box::new(|x: &Tensor| x.matmul(&w)),
        Box::new(|x: &Tensor| x.matmul(&v)),
        Box::new(|x: &Tensor| x.t()?.matmul(&x.t()?.t()?)),
        Box::new(|x: &Tensor| x.reshape(&[3, 2])?.permute(&[1, 0])?.mul(x)),
        Box::new(|x: &Tensor| x.slice(1, 0, 3, 2)),
        Box::new(|x: &Tensor| x.select(0, 1)),
        Box::new(|x: &Tensor| x.unsqueeze(1)?.expand(&[2, 4, 3])),
        Box::new(|x: &Tensor| Tensor::cat(&[x.clone(), x.mul(x)?], 0)),
        Box::new(|x: &Tensor| Tensor::stack(&[x.clone(), x.exp()?], 1)),
        Box::new(|x: &Tensor| x.index_select(1, &Tensor::from_vec(vec![2i64, 0, 2], &[3]))),
        Box::new(|x: &Tensor| x.gather(1, &Tensor::from_vec(vec![2i64, 0, 1, 1], &[2, 2]))),
    ];
    for f in &fs {
        gradcheck(f.as_ref(), &X, &[2, 3]);
        gradgradcheck(&|x: &Tensor| f(x)?.mul(&f(x)?), &X, &[2, 3]);
    }
    let xv = |x: &Tensor| x.dot(&v);
    gradcheck(&xv, &[0.5, 0.2, -0.1], &[3]);
}

#[test]
fn batched_matmul_broadcasts() {
    let a = Tensor::from_vec((0..24).map(|i| i as f32).collect(), &[2, 3, 4]);
    let b = Tensor::from_vec((0..8).map(|i| i as f32 * 0.5).collect(), &[4, 2]);
    let c = a.matmul(&b).unwrap();
    assert_eq!(c.shape(), &[2, 3, 2]);
    let v = c.to_vec::<f32>();
    // row [0,1,2,3] @ b[:,0] = (0*0 + 1*1 + 2*2 + 3*3) = 14
    assert_eq!(v[0], 14.0);
    // big gemm matches the naive loop
    let n = 70;
    let x = Tensor::from_vec((0..n * n).map(|i| ((i % 7) as f32) - 3.0).collect(), &[n, n]);
    let y = x.matmul(&x.t().unwrap()).unwrap().to_vec::<f32>();
    let xv = x.to_vec::<f32>();
    let mut want = 0.0f32;
    for k in 0..n {
        want += xv[5 * n + k] * xv[9 * n + k];
    }
    assert_eq!(y[5 * n + 9], want);
}

#[test]
fn views_share_storage_and_reshape_copies_when_needed() {
    let x = Tensor::from_vec((0..6).map(|i| i as f32).collect(), &[2, 3]);
    let t = x.t().unwrap();
    assert!(t.same_storage(&x));
    assert!(!t.is_contiguous());
    assert_eq!(t.to_vec::<f32>(), vec![0., 3., 1., 4., 2., 5.]);
    let r = t.reshape(&[6]).unwrap();
    assert!(!r.same_storage(&x));
    assert_eq!(r.to_vec::<f32>(), vec![0., 3., 1., 4., 2., 5.]);
    let s = x.slice(1, 1, 3, 1).unwrap();
    assert!(s.same_storage(&x));
    s.fill_(9.0);
    assert_eq!(x.to_vec::<f32>(), vec![0., 9., 9., 3., 9., 9.]);
}

#[test]
fn sums_are_accurate_and_deterministic() {
    let n = 1_000_003;
    let v: Vec<f32> = (0..n).map(|i| 0.1f32 + (i % 3) as f32 * 1e-3).collect();
    let t = Tensor::from_vec(v.clone(), &[n]);
    let s = t.sum_all().unwrap().item().unwrap();
    let exact: f64 = v.iter().map(|&x| x as f64).sum();
    assert!((s - exact).abs() / exact < 1e-6);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(1).build().unwrap();
    let s1 = pool.install(|| t.sum_all().unwrap().item().unwrap());
    assert_eq!(s, s1);
}

#[test]
fn freed_graph_errors_and_retain_graph_works() {
    let x = t64(&[1.0, 2.0], &[2]);
    let y = x.mul(&x).unwrap().sum_all().unwrap();
    run_backward(&[y.clone()], vec![None], &[], true, false, false, true).unwrap();
    run_backward(&[y.clone()], vec![None], &[], false, false, false, true).unwrap();
    assert_eq!(x.grad().unwrap().to_f64_vec(), vec![4.0, 8.0]);
    let e = run_backward(&[y], vec![None], &[], false, false, false, true).unwrap_err();
    assert!(e.msg.starts_with("Trying to backward through the graph a second time"));
}

#[test]
fn non_scalar_backward_needs_gradient() {
    let x = t64(&[1.0, 2.0], &[2]);
    let y = x.mul_scalar(2.0).unwrap();
    let e = run_backward(&[y], vec![None], &[], false, false, false, true).unwrap_err();
    assert_eq!(e.msg, "grad can be implicitly created only for scalar outputs");
}

#[test]
fn promotion_follows_torch() {
    let i = Tensor::from_vec(vec![1i64, 2], &[2]);
    let f = Tensor::scalar(1.5, DType::F64);
    assert_eq!(i.add(&f).unwrap().dtype(), DType::F64);
    let f32t = Tensor::from_vec(vec![1.0f32], &[1]);
    assert_eq!(f32t.add(&f).unwrap().dtype(), DType::F32);
    assert_eq!(i.div(&i).unwrap().dtype(), DType::F32);
}

#[test]
fn inplace_change_of_a_saved_tensor_is_an_error() {
    let x = t64(&[1.0, 2.0], &[2]);
    let w = Tensor::from_vec(vec![3.0f64, 4.0], &[2]);
    let y = x.mul(&w).unwrap().sum_all().unwrap();
    w.fill_(0.0);
    let e = run_backward(&[y], vec![None], &[], false, false, false, true).unwrap_err();
    assert!(e.msg.starts_with("one of the variables needed for gradient computation has been modified by an inplace operation"));
    // exp saves only its output: changing the input afterwards is fine
    let a = Tensor::from_vec(vec![0.5f64], &[1]);
    let z = t64(&[0.0], &[1]).add(&a).unwrap();
    let e2 = z.exp().unwrap().sum_all().unwrap();
    let ok = run_backward(&[e2], vec![None], &[], false, false, false, true);
    assert!(ok.is_ok());
}

#[test]
fn seq_windows_cut_nodes_made_outside_them() {
    use crate::autograd::{current_seq, with_seq_windows};
    let x = t64(&[3.0], &[1]);
    let before = x.mul(&x).unwrap(); // made before the window: a constant for the pass
    let lo = current_seq();
    let inside = before.mul(&x).unwrap(); // x^2 * x, only the last product recorded
    let hi = current_seq();
    let after = inside.mul(&x).unwrap(); // made after the window: not a recorded target
    let g = |root: &Tensor| with_seq_windows(vec![(lo, hi)], || run_backward(&[root.sum_all().unwrap()], vec![None], &[x.clone()], true, false, true, false)).unwrap();
    // the sums are made outside the window too, so seed the recorded node directly
    let g_in = with_seq_windows(vec![(lo, hi)], || run_backward(&[inside.clone()], vec![Some(t64(&[1.0], &[1]))], &[x.clone()], true, false, true, false)).unwrap();
    assert_eq!(g_in[0].as_ref().unwrap().to_vec::<f64>(), vec![9.0]); // d(c*x)/dx with c = x^2 held constant
    let g_after = with_seq_windows(vec![(lo, hi)], || run_backward(&[after.clone()], vec![Some(t64(&[1.0], &[1]))], &[x.clone()], true, false, true, false)).unwrap();
    assert!(g_after[0].is_none());
    assert!(g(&inside)[0].is_none()); // the seed's own sum node is outside: nothing recorded reaches x
    // without windows the whole history counts: d(x^4)/dx = 4 x^3
    let full = run_backward(&[after.clone()], vec![Some(t64(&[1.0], &[1]))], &[x.clone()], true, false, true, false).unwrap();
    assert_eq!(full[0].as_ref().unwrap().to_vec::<f64>(), vec![108.0]);
}

/// A leaf used twice: its hook sees the total gradient once (torch's AccumulateGrad), and an
/// existing .grad gets the sum of this pass's gradients added in one step.
#[test]
fn leaf_hook_runs_once_on_the_total_gradient() {
    use std::sync::{Arc, Mutex};
    let x = t64(&[1., 2.], &[2]);
    let seen: Arc<Mutex<Vec<Vec<f64>>>> = Arc::default();
    let s2 = seen.clone();
    x.register_hook(Arc::new(move |g: &Tensor| {
        s2.lock().unwrap().push(g.to_f64_vec());
        Ok(Some(g.mul(&Tensor::scalar(10.0, DType::F64))?))
    }));
    let y = x.mul(&x).unwrap().add(&x.mul(&Tensor::scalar(3.0, DType::F64)).unwrap()).unwrap().sum_all().unwrap();
    run_backward(&[y], vec![None], &[], false, false, false, false).unwrap();
    assert_eq!(*seen.lock().unwrap(), vec![vec![5., 7.]]);
    assert_eq!(x.grad().unwrap().to_f64_vec(), vec![50., 70.]);
    // autograd.grad on the leaf: the same single call
    let y = x.mul(&x).unwrap().sum_all().unwrap();
    let g = run_backward(&[y], vec![None], &[x.clone()], false, false, false, false).unwrap();
    assert_eq!(seen.lock().unwrap().len(), 2);
    assert_eq!(g[0].as_ref().unwrap().to_f64_vec(), vec![20., 40.]);
}

/// gather with a 0-d index or a 0-d source counts the 0-d side as 1-d, as torch does (it panicked).
#[test]
fn gather_with_zero_dim_operands() {
    let x = Tensor::from_vec(vec![1.0f32, 2.0], &[2]);
    let r = x.gather(0, &Tensor::scalar(1.0, DType::I64)).unwrap();
    assert_eq!((r.shape().to_vec(), r.to_f64_vec()), (vec![], vec![2.0]));
    let s = Tensor::scalar(5.0, DType::F32);
    assert_eq!(s.gather(0, &Tensor::scalar(0.0, DType::I64)).unwrap().to_f64_vec(), vec![5.0]);
    assert_eq!(s.gather(-1, &Tensor::from_vec(vec![0i64, 0], &[2])).unwrap().to_f64_vec(), vec![5.0, 5.0]);
    assert!(x.gather(0, &Tensor::scalar(2.0, DType::I64)).is_err());
    assert!(x.gather(1, &Tensor::scalar(0.0, DType::I64)).is_err());
}
