//! ferrograd._core: the PyO3 binding over ferrograd-core. Creation functions and graph entry
//! points live here; the Tensor class in `tensor.rs`.
mod convert;
mod errors;
mod fastgrad;
mod flavors;
mod graph;
mod inplace;
mod nnfast;
mod random_tf;
mod mt;
mod registry;
mod scan_sort;
mod tensor;
mod tfdialect;
mod x86approx;

use convert::{parse_dtype, shape_arg, tensor_from_data};
use errors::IntoPyResult;
use ferrograd_core::{random, DType, Tensor};
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use tensor::PyTensor;

/// torch's nll_loss over 2-D log-probabilities (ATen's cascade sums, class weights,
/// ignore_index); None where it does not apply.
#[pyfunction]
fn nll_loss_torch(input: PyRef<'_, PyTensor>, target: PyRef<'_, PyTensor>, weight: Option<PyRef<'_, PyTensor>>,
                  reduction: u8, ignore_index: i64) -> PyResult<Option<PyTensor>> {
    let r = input.t.nll_loss_torch(&target.t, weight.as_ref().map(|w| &w.t), reduction, ignore_index).py()?;
    Ok(r.map(|t| input.wrap(t)))
}

fn dt_or(dtype: Option<&Bound<'_, PyAny>>, default: DType) -> PyResult<DType> {
    match dtype {
        Some(d) if !d.is_none() => parse_dtype(d),
        _ => Ok(default),
    }
}

fn finish(t: Tensor, requires_grad: bool, tag: u8) -> PyResult<PyTensor> {
    if requires_grad {
        t.set_requires_grad(true).py()?;
    }
    Ok(PyTensor { t, tag })
}

fn shape_of(args: &Bound<'_, PyTuple>) -> PyResult<Vec<usize>> {
    let s = shape_arg(args)?;
    s.into_iter()
        .map(|d| {
            if d < 0 {
                Err(pyo3::exceptions::PyRuntimeError::new_err(format!(
                    "Trying to create tensor with negative dimension {}: [{}]",
                    d, d
                )))
            } else {
                Ok(d as usize)
            }
        })
        .collect()
}

/// tensor(data, dtype=None, requires_grad=False, tag=0, int_dtype='int64')
#[pyfunction]
#[pyo3(name = "tensor", signature = (data, dtype=None, requires_grad=false, tag=0, int_dtype=None))]
fn make_tensor(data: &Bound<'_, PyAny>, dtype: Option<&Bound<'_, PyAny>>, requires_grad: bool, tag: u8, int_dtype: Option<&Bound<'_, PyAny>>) -> PyResult<PyTensor> {
    let dt = match dtype {
        Some(d) if !d.is_none() => Some(parse_dtype(d)?),
        _ => None,
    };
    let it = dt_or(int_dtype, DType::I64)?;
    let t = tensor_from_data(data, dt, registry::default_float(), it)?;
    if requires_grad && !t.dtype().is_float() {
        return Err(pyo3::exceptions::PyRuntimeError::new_err(
            "Only Tensors of floating point and complex dtype can require gradients",
        ));
    }
    finish(t, requires_grad, tag)
}

#[pyfunction]
#[pyo3(signature = (*size, dtype=None, requires_grad=false, tag=0))]
fn zeros(size: &Bound<'_, PyTuple>, dtype: Option<&Bound<'_, PyAny>>, requires_grad: bool, tag: u8) -> PyResult<PyTensor> {
    finish(Tensor::zeros(&shape_of(size)?, dt_or(dtype, registry::default_float())?), requires_grad, tag)
}
#[pyfunction]
#[pyo3(signature = (*size, dtype=None, requires_grad=false, tag=0))]
fn ones(size: &Bound<'_, PyTuple>, dtype: Option<&Bound<'_, PyAny>>, requires_grad: bool, tag: u8) -> PyResult<PyTensor> {
    finish(Tensor::full(&shape_of(size)?, 1.0, dt_or(dtype, registry::default_float())?), requires_grad, tag)
}
#[pyfunction]
#[pyo3(signature = (size, fill_value, dtype=None, requires_grad=false, tag=0))]
fn full(size: &Bound<'_, PyAny>, fill_value: &Bound<'_, PyAny>, dtype: Option<&Bound<'_, PyAny>>, requires_grad: bool, tag: u8) -> PyResult<PyTensor> {
    let shape: Vec<usize> = size.extract()?;
    let default = if fill_value.is_instance_of::<pyo3::types::PyBool>() {
        DType::Bool
    } else if fill_value.is_instance_of::<pyo3::types::PyInt>() {
        DType::I64
    } else {
        registry::default_float()
    };
    let v: f64 = fill_value.extract()?;
    finish(Tensor::full(&shape, v, dt_or(dtype, default)?), requires_grad, tag)
}
/// arange(start, end, step, dtype): values start + i*step computed in f64.
#[pyfunction]
#[pyo3(signature = (start, end, step, dtype, requires_grad=false, tag=0))]
fn arange(start: f64, end: f64, step: f64, dtype: &Bound<'_, PyAny>, requires_grad: bool, tag: u8) -> PyResult<PyTensor> {
    if step == 0.0 {
        return Err(pyo3::exceptions::PyRuntimeError::new_err("step must be nonzero"));
    }
    let n = ((end - start) / step).ceil().max(0.0) as usize;
    let v: Vec<f64> = (0..n).map(|i| start + i as f64 * step).collect();
    finish(Tensor::from_vec(v, &[n]).to_dtype_nograd(parse_dtype(dtype)?), requires_grad, tag)
}
#[pyfunction]
#[pyo3(signature = (start, end, steps, dtype, requires_grad=false, tag=0))]
fn linspace(start: f64, end: f64, steps: usize, dtype: &Bound<'_, PyAny>, requires_grad: bool, tag: u8) -> PyResult<PyTensor> {
    let step = if steps > 1 { (end - start) / (steps - 1) as f64 } else { 0.0 };
    // torch fills the second half from the end so the last value is exact
    let half = steps / 2;
    let v: Vec<f64> = (0..steps)
        .map(|i| if i < half { start + step * i as f64 } else { end - step * (steps - 1 - i) as f64 })
        .collect();
    finish(Tensor::from_vec(v, &[steps]).to_dtype_nograd(parse_dtype(dtype)?), requires_grad, tag)
}
#[pyfunction]
#[pyo3(signature = (n, m=None, dtype=None, requires_grad=false, tag=0))]
fn eye(n: usize, m: Option<usize>, dtype: Option<&Bound<'_, PyAny>>, requires_grad: bool, tag: u8) -> PyResult<PyTensor> {
    let m = m.unwrap_or(n);
    let mut v = vec![0.0f64; n * m];
    for i in 0..n.min(m) {
        v[i * m + i] = 1.0;
    }
    finish(Tensor::from_vec(v, &[n, m]).to_dtype_nograd(dt_or(dtype, registry::default_float())?), requires_grad, tag)
}
#[pyfunction]
#[pyo3(signature = (shape, low=0.0, high=1.0, dtype=None, requires_grad=false, tag=0))]
fn rand(shape: Vec<usize>, low: f64, high: f64, dtype: Option<&Bound<'_, PyAny>>, requires_grad: bool, tag: u8) -> PyResult<PyTensor> {
    finish(random::uniform(&shape, low, high, dt_or(dtype, registry::default_float())?), requires_grad, tag)
}
#[pyfunction]
#[pyo3(signature = (shape, mean=0.0, std=1.0, dtype=None, requires_grad=false, tag=0))]
fn randn(shape: Vec<usize>, mean: f64, std: f64, dtype: Option<&Bound<'_, PyAny>>, requires_grad: bool, tag: u8) -> PyResult<PyTensor> {
    finish(random::normal(&shape, mean, std, dt_or(dtype, registry::default_float())?), requires_grad, tag)
}
#[pyfunction]
#[pyo3(signature = (low, high, shape, dtype=None, tag=0))]
fn randint(low: i64, high: i64, shape: Vec<usize>, dtype: Option<&Bound<'_, PyAny>>, tag: u8) -> PyResult<PyTensor> {
    finish(random::randint(&shape, low, high, dt_or(dtype, DType::I64)?), false, tag)
}
#[pyfunction]
fn manual_seed(seed: u64) {
    random::manual_seed(seed);
}
#[pyfunction]
fn set_grad_enabled(mode: bool) -> bool {
    ferrograd_core::set_grad_enabled(mode)
}
#[pyfunction]
fn is_grad_enabled() -> bool {
    ferrograd_core::is_grad_enabled()
}
#[pyfunction]
#[pyo3(signature = (tensors, dim=0))]
fn cat(tensors: Vec<PyRef<'_, PyTensor>>, dim: isize) -> PyResult<PyTensor> {
    let tag = tensors.first().map(|t| t.tag).unwrap_or(0);
    let ts: Vec<Tensor> = tensors.iter().map(|t| t.t.clone()).collect();
    Ok(PyTensor { t: Tensor::cat(&ts, dim).py()?, tag })
}
#[pyfunction]
#[pyo3(signature = (tensors, dim=0))]
fn stack(tensors: Vec<PyRef<'_, PyTensor>>, dim: isize) -> PyResult<PyTensor> {
    let tag = tensors.first().map(|t| t.tag).unwrap_or(0);
    let ts: Vec<Tensor> = tensors.iter().map(|t| t.t.clone()).collect();
    Ok(PyTensor { t: Tensor::stack(&ts, dim).py()?, tag })
}
/// where(cond, x, y) with x/y tensors or numbers.
#[pyfunction]
#[pyo3(name = "where_")]
fn where_fn(py: Python<'_>, cond: PyRef<'_, PyTensor>, x: &Bound<'_, PyAny>, y: &Bound<'_, PyAny>) -> PyResult<PyTensor> {
    let tag = cond.tag;
    let (xt, yt) = match (x.cast::<PyTensor>(), y.cast::<PyTensor>()) {
        (Ok(a), _) => {
            let a = a.get().t.clone();
            let b = convert::operand(py, &a, y)?;
            (a, b)
        }
        (_, Ok(b)) => {
            let b = b.get().t.clone();
            let a = convert::operand(py, &b, x)?;
            (a, b)
        }
        _ => {
            let a = tensor_from_data(x, None, registry::default_float(), DType::I64)?;
            let b = tensor_from_data(y, None, registry::default_float(), DType::I64)?;
            (a, b)
        }
    };
    Ok(PyTensor { t: xt.where_(&cond.t, &yt).py()?, tag })
}
/// zeros/ones/full shaped like `t` (same dtype unless given).
#[pyfunction]
#[pyo3(signature = (t, value, dtype=None, requires_grad=false))]
fn full_like(t: PyRef<'_, PyTensor>, value: f64, dtype: Option<&Bound<'_, PyAny>>, requires_grad: bool) -> PyResult<PyTensor> {
    let dt = dt_or(dtype, t.t.dtype())?;
    finish(Tensor::full(t.t.shape(), value, dt), requires_grad, t.tag)
}
#[pyfunction]
#[pyo3(signature = (n=None))]
fn num_threads(n: Option<i64>) -> PyResult<usize> {
    if let Some(n) = n {
        if n < 1 {
            return Err(pyo3::exceptions::PyRuntimeError::new_err("set_num_threads expects a positive integer"));
        }
        ferrograd_core::par::set_threads(n as usize);
    }
    Ok(ferrograd_core::par::threads())
}
/// Threads in the kernel pool (the cores, or RAYON_NUM_THREADS).
#[pyfunction]
fn cpu_count() -> usize {
    rayon::current_num_threads()
}

#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<PyTensor>()?;
    m.add_class::<graph::PyNode>()?;
    m.add_class::<graph::HookHandle>()?;
    m.add_function(wrap_pyfunction!(make_tensor, m)?)?;
    m.add_function(wrap_pyfunction!(nll_loss_torch, m)?)?;
    m.add_function(wrap_pyfunction!(convert::from_numpy_shared, m)?)?;
    m.add_function(wrap_pyfunction!(zeros, m)?)?;
    m.add_function(wrap_pyfunction!(ones, m)?)?;
    m.add_function(wrap_pyfunction!(full, m)?)?;
    m.add_function(wrap_pyfunction!(full_like, m)?)?;
    m.add_function(wrap_pyfunction!(arange, m)?)?;
    m.add_function(wrap_pyfunction!(linspace, m)?)?;
    m.add_function(wrap_pyfunction!(eye, m)?)?;
    m.add_function(wrap_pyfunction!(rand, m)?)?;
    m.add_function(wrap_pyfunction!(randn, m)?)?;
    m.add_function(wrap_pyfunction!(random_tf::tf_random, m)?)?;
    m.add_function(wrap_pyfunction!(x86approx::x86_estimate, m)?)?;
    m.add_class::<mt::PyMt>()?;
    m.add_function(wrap_pyfunction!(random_tf::ms_init_random, m)?)?;
    m.add_function(wrap_pyfunction!(randint, m)?)?;
    m.add_function(wrap_pyfunction!(manual_seed, m)?)?;
    m.add_function(wrap_pyfunction!(set_grad_enabled, m)?)?;
    m.add_function(wrap_pyfunction!(is_grad_enabled, m)?)?;
    m.add_function(wrap_pyfunction!(cat, m)?)?;
    m.add_function(wrap_pyfunction!(stack, m)?)?;
    m.add_function(wrap_pyfunction!(where_fn, m)?)?;
    m.add_function(wrap_pyfunction!(num_threads, m)?)?;
    m.add_function(wrap_pyfunction!(cpu_count, m)?)?;
    m.add_function(wrap_pyfunction!(registry::register_dialect, m)?)?;
    m.add_function(wrap_pyfunction!(registry::set_default_float, m)?)?;
    m.add_function(wrap_pyfunction!(graph::backward, m)?)?;
    m.add_function(wrap_pyfunction!(graph::grad, m)?)?;
    m.add_function(wrap_pyfunction!(graph::custom_node, m)?)?;
    m.add_function(wrap_pyfunction!(flavors::unary_flavor, m)?)?;
    m.add_function(wrap_pyfunction!(flavors::sum_flavor, m)?)?;
    m.add_function(wrap_pyfunction!(flavors::softmax_flavor, m)?)?;
    m.add_function(wrap_pyfunction!(flavors::ms_matmul, m)?)?;
    m.add_function(wrap_pyfunction!(flavors::ms_matmul_ext, m)?)?;
    m.add_function(wrap_pyfunction!(flavors::tf_matmul, m)?)?;
    m.add_function(wrap_pyfunction!(flavors::set_ms_backward, m)?)?;
    m.add_function(wrap_pyfunction!(flavors::ms_sparse_sce, m)?)?;
    m.add_function(wrap_pyfunction!(flavors::ms_sce, m)?)?;
    m.add_function(wrap_pyfunction!(flavors::ms_log_reset, m)?)?;
    m.add_function(wrap_pyfunction!(fastgrad::ms_value_and_grad, m)?)?;
    m.add_function(wrap_pyfunction!(fastgrad::ms_input_hooks_used, m)?)?;
    m.add_function(wrap_pyfunction!(graph::set_anomaly_nan_check, m)?)?;
    // registered under its Rust name: its Python name is `function`, as type() shows in MindSpore
    m.add("MsGradFn", m.py().get_type::<fastgrad::MsGradFn>())?;
    tfdialect::register(m)?;
    nnfast::register(m)?;
    scan_sort::register(m)?;
    Ok(())
}
