//! TensorFlow dialect (tag 2) fast paths, so that common TF ops cross into Rust once:
//! - results are created directly as the dialect's `EagerTensor` class (no Python re-labelling);
//! - `+ - *` check TF's no-promotion rule here for two TF tensors of one dtype (or a float tensor
//!   and a Python number); anything else goes to the dialect's Python fallback, which raises
//!   TF's errors (InvalidArgumentError, TypeError) exactly;
//! - an access log that `tf.GradientTape` reads: the variables used and the grad-requiring
//!   results produced while a tape records (what TF's tape watches / can differentiate).
use crate::errors::IntoPyResult;
use crate::tensor::PyTensor;
use ferrograd_core::{run_backward, BinOp, DType, Tensor};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyFloat, PyInt, PyList, PyTuple, PyType};
use pyo3::{ffi, PyClassInitializer, PyTypeInfo};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;

pub const TAG: u8 = 2;

struct Classes {
    _result: Py<PyType>,
    _var: Py<PyType>,
    fallback: Py<PyAny>,
}

static CLASSES: Mutex<Option<Classes>> = Mutex::new(None);
/// type objects (kept alive by CLASSES) of EagerTensor and ResourceVariable; 0 = not registered
static RESULT_TY: AtomicUsize = AtomicUsize::new(0);
static VAR_TY: AtomicUsize = AtomicUsize::new(0);
static RECORDING: AtomicBool = AtomicBool::new(false);
static LOG_VARS: Mutex<Vec<Py<PyAny>>> = Mutex::new(Vec::new());
static LOG_OUTS: Mutex<Vec<Py<PyAny>>> = Mutex::new(Vec::new());

/// tf_register(result_type, variable_type, fallback): fallback(a, b, op, reflected) computes
/// `a op b` (op 0 add, 1 sub, 2 mul) with the dialect's Python rules.
#[pyfunction]
fn tf_register(result: Bound<'_, PyType>, var: Bound<'_, PyType>, fallback: Bound<'_, PyAny>) {
    RESULT_TY.store(result.as_type_ptr() as usize, Ordering::Relaxed);
    VAR_TY.store(var.as_type_ptr() as usize, Ordering::Relaxed);
    *CLASSES.lock().unwrap() = Some(Classes { _result: result.unbind(), _var: var.unbind(), fallback: fallback.unbind() });
}

/// A dialect result as a Python object: TF-tagged results become EagerTensors (logged for the
/// recording tapes when they require grad); other dialects get the plain class.
pub fn out(py: Python<'_>, pt: PyTensor) -> PyResult<Py<PyAny>> {
    let ty = RESULT_TY.load(Ordering::Relaxed);
    if pt.tag != TAG || ty == 0 {
        return Ok(Bound::new(py, pt)?.into_any().unbind());
    }
    let rg = pt.t.requires_grad();
    // Safety: `ty` is the registered EagerTensor type, a Python subclass of Tensor adding no
    // instance fields, kept alive by CLASSES.
    let obj = unsafe {
        let p = pyo3::impl_::pymethods::tp_new_impl(py, PyClassInitializer::from(pt), ty as *mut ffi::PyTypeObject)?;
        Bound::from_owned_ptr(py, p)
    };
    if rg && RECORDING.load(Ordering::Relaxed) {
        LOG_OUTS.lock().unwrap().push(obj.clone().unbind());
    }
    Ok(obj.unbind())
}

/// 0: not a fast-path TF object, 1: EagerTensor or plain Tensor, 2: ResourceVariable
fn kind(obj: &Bound<'_, PyAny>) -> u8 {
    let t = obj.get_type().as_type_ptr() as usize;
    if t == RESULT_TY.load(Ordering::Relaxed) || t == PyTensor::type_object_raw(obj.py()) as usize {
        1
    } else if t == VAR_TY.load(Ordering::Relaxed) {
        2
    } else {
        0
    }
}

fn log_var(obj: &Bound<'_, PyAny>) {
    LOG_VARS.lock().unwrap().push(obj.clone().unbind());
}

fn op_code(op: BinOp) -> u8 {
    match op {
        BinOp::Add => 0,
        BinOp::Sub => 1,
        _ => 2,
    }
}

fn op_of(code: u8) -> BinOp {
    match code {
        0 => BinOp::Add,
        1 => BinOp::Sub,
        _ => BinOp::Mul,
    }
}

/// `slf op o` (reflected: `o op slf`) for the Tensor class's operators.
pub fn binop(slf: &Bound<'_, PyTensor>, o: &Bound<'_, PyAny>, op: BinOp, reflect: bool) -> PyResult<Py<PyAny>> {
    let py = slf.py();
    let me = slf.get();
    if me.tag != TAG || RESULT_TY.load(Ordering::Relaxed) == 0 {
        return Ok(Bound::new(py, me.bin(py, o, op, reflect)?)?.into_any().unbind());
    }
    let ks = kind(slf.as_any());
    if ks != 0 {
        let mut ko = 3u8; // 3: a Python number usable as it is
        let fast = if let Ok(ot) = o.cast::<PyTensor>() {
            ko = kind(o);
            let ot = ot.get();
            ko != 0 && ot.tag == TAG && ot.t.dtype() == me.t.dtype()
        } else {
            // float32/float64 only: TF rounds a Python number to a half tensor's dtype first
            matches!(me.t.dtype(), DType::F32 | DType::F64)
                && (o.is_exact_instance_of::<PyFloat>() || o.is_exact_instance_of::<PyInt>())
        };
        if fast {
            if let Ok(r) = me.bin(py, o, op, reflect) {
                if RECORDING.load(Ordering::Relaxed) {
                    if ks == 2 {
                        log_var(slf.as_any());
                    }
                    if ko == 2 {
                        log_var(o);
                    }
                }
                return out(py, r);
            }
        }
    }
    let f = match CLASSES.lock().unwrap().as_ref() {
        Some(c) => c.fallback.clone_ref(py),
        None => return Ok(Bound::new(py, me.bin(py, o, op, reflect)?)?.into_any().unbind()),
    };
    Ok(f.bind(py).call1((slf, o, op_code(op), reflect))?.unbind())
}

/// The core operator without TF's rules (the Python fallback's arithmetic): a plain Tensor.
#[pyfunction]
fn tf_raw_bin(py: Python<'_>, a: PyRef<'_, PyTensor>, b: &Bound<'_, PyAny>, op: u8, reflect: bool) -> PyResult<PyTensor> {
    a.bin(py, b, op_of(op), reflect)
}

/// The value of a core tensor as the dialect's result object (what `_wrap` does, in one step).
#[pyfunction]
fn tf_out(py: Python<'_>, t: PyRef<'_, PyTensor>) -> PyResult<Py<PyAny>> {
    let pt = PyTensor { t: t.t.clone(), tag: TAG };
    out(py, pt)
}

/// Float32 Eigen-flavour unary op on an EagerTensor/Variable; None: not that case.
#[pyfunction]
fn tf_unary_flavor(py: Python<'_>, x: &Bound<'_, PyAny>, name: &str) -> PyResult<Option<Py<PyAny>>> {
    let k = kind(x);
    let Ok(t) = x.cast::<PyTensor>() else { return Ok(None) };
    let me = t.get();
    if k == 0 || me.tag != TAG || me.t.dtype() != DType::F32 {
        return Ok(None);
    }
    let r = me.t.unary_flavor(name).py()?;
    if k == 2 && RECORDING.load(Ordering::Relaxed) {
        log_var(x);
    }
    Ok(Some(out(py, me.wrap(r))?))
}

/// Full Eigen-flavour sum of a float EagerTensor/Variable; None: not that case.
#[pyfunction]
fn tf_sum_all(py: Python<'_>, x: &Bound<'_, PyAny>, keepdims: bool) -> PyResult<Option<Py<PyAny>>> {
    let k = kind(x);
    let Ok(t) = x.cast::<PyTensor>() else { return Ok(None) };
    let me = t.get();
    if k == 0 || me.tag != TAG || !matches!(me.t.dtype(), DType::F32 | DType::F64) {
        return Ok(None);
    }
    let r = me.t.sum_flavor(None, keepdims, "eigen").py()?;
    if k == 2 && RECORDING.load(Ordering::Relaxed) {
        log_var(x);
    }
    Ok(Some(out(py, me.wrap(r))?))
}

/// tf_record(on) -> (variables logged, results logged) so far; the log is emptied when
/// recording stops.
#[pyfunction]
fn tf_record(on: bool) -> (usize, usize) {
    RECORDING.store(on, Ordering::Relaxed);
    let n = (LOG_VARS.lock().unwrap().len(), LOG_OUTS.lock().unwrap().len());
    if !on {
        LOG_VARS.lock().unwrap().clear();
        LOG_OUTS.lock().unwrap().clear();
        return (0, 0);
    }
    n
}

/// Entries logged since (v0, o0): (distinct variables requiring grad, results), and the new ends.
#[pyfunction]
fn tf_log<'py>(py: Python<'py>, v0: usize, o0: usize) -> PyResult<Bound<'py, PyTuple>> {
    let vs = LOG_VARS.lock().unwrap();
    let os = LOG_OUTS.lock().unwrap();
    let mut seen: Vec<*mut ffi::PyObject> = Vec::new();
    for v in vs.get(v0..).unwrap_or(&[]) {
        let p = v.as_ptr();
        if !seen.contains(&p) && v.bind(py).cast::<PyTensor>().map(|t| t.get().t.requires_grad()).unwrap_or(false) {
            seen.push(p);
        }
    }
    let lv = PyList::new(py, seen.iter().map(|&p| unsafe { Bound::from_borrowed_ptr(py, p) }))?;
    let lo = PyList::new(py, os.get(o0..).unwrap_or(&[]).iter().map(|o| o.clone_ref(py)))?;
    PyTuple::new(py, [lv.into_any(), lo.into_any(), vs.len().into_pyobject(py)?.into_any(), os.len().into_pyobject(py)?.into_any()])
}

/// A tape starts recording: grad mode on; -> (previous grad mode, log ends).
#[pyfunction]
fn tf_enter() -> (bool, usize, usize) {
    let prev = ferrograd_core::set_grad_enabled(true);
    RECORDING.store(true, Ordering::Relaxed);
    (prev, LOG_VARS.lock().unwrap().len(), LOG_OUTS.lock().unwrap().len())
}

/// A tape stops recording: its entries since (v0, o0) as in `tf_log`; `last` (no tape records
/// any more) empties the log; grad mode goes back to `prev` when given.
#[pyfunction]
#[pyo3(signature = (v0, o0, last, prev=None))]
fn tf_exit<'py>(py: Python<'py>, v0: usize, o0: usize, last: bool, prev: Option<bool>) -> PyResult<(Bound<'py, PyAny>, Bound<'py, PyAny>)> {
    let r = tf_log(py, v0, o0)?;
    if last {
        RECORDING.store(false, Ordering::Relaxed);
        LOG_VARS.lock().unwrap().clear();
        LOG_OUTS.lock().unwrap().clear();
    }
    if let Some(p) = prev {
        ferrograd_core::set_grad_enabled(p);
    }
    Ok((r.get_item(0)?, r.get_item(1)?))
}

/// For Python code paths (variable reads, wrapped results): log while recording.
#[pyfunction]
fn tf_log_var(v: &Bound<'_, PyAny>) {
    if RECORDING.load(Ordering::Relaxed) {
        log_var(v);
    }
}

/// For Python-made results (`_wrap`): log while recording when it requires grad.
#[pyfunction]
fn tf_log_out(t: &Bound<'_, PyTensor>) {
    if RECORDING.load(Ordering::Relaxed) && t.get().t.requires_grad() {
        LOG_OUTS.lock().unwrap().push(t.clone().into_any().unbind());
    }
}

/// gradient of one computed target w.r.t. sources (GradientTape.gradient's common case):
/// EagerTensor results (or None), detached unless `create` (an outer tape records).
#[pyfunction]
fn tf_grad<'py>(py: Python<'py>, target: PyRef<'py, PyTensor>, sources: Vec<PyRef<'py, PyTensor>>, create: bool) -> PyResult<Bound<'py, PyList>> {
    let ins: Vec<Tensor> = sources.iter().map(|t| t.t.clone()).collect();
    let seed = if target.t.numel() == 1 { None } else { Some(Tensor::full(target.t.shape(), 1.0, target.t.dtype())) };
    let prev = ferrograd_core::set_grad_enabled(create);
    let r = run_backward(&[target.t.clone()], vec![seed], &ins, true, create, true, false);
    ferrograd_core::set_grad_enabled(prev);
    let r = r.py()?;
    let list = PyList::empty(py);
    for g in r {
        match g {
            None => list.append(py.None())?,
            Some(g) => {
                let g = if !create && g.requires_grad() { g.detach() } else { g };
                list.append(out(py, PyTensor { t: g, tag: TAG })?)?
            }
        }
    }
    Ok(list)
}

/// GradientTape.gradient's common case in one crossing: one computed EagerTensor target and a
/// list/tuple of distinct sources all in `watched` (the tape's id -> tensor dict), the target not
/// among them. -> gradients as `tf_grad` (list or tuple like `sources`), or None: not that case.
#[pyfunction]
fn tf_gradient<'py>(py: Python<'py>, watched: &Bound<'py, PyDict>, target: &Bound<'py, PyAny>, sources: &Bound<'py, PyAny>, create: bool) -> PyResult<Option<Bound<'py, PyAny>>> {
    if target.get_type().as_type_ptr() as usize != RESULT_TY.load(Ordering::Relaxed) {
        return Ok(None);
    }
    let tt = target.cast::<PyTensor>()?;
    if !tt.get().t.requires_grad() || tt.get().t.is_leaf() {
        return Ok(None);
    }
    let is_list = sources.is_exact_instance_of::<PyList>();
    if !is_list && !sources.is_exact_instance_of::<PyTuple>() {
        return Ok(None);
    }
    let items: Vec<Bound<'py, PyAny>> = sources.try_iter()?.collect::<PyResult<_>>()?;
    let in_watched = |o: &Bound<'py, PyAny>| -> PyResult<bool> {
        Ok(match watched.get_item(o.as_ptr() as usize)? {
            Some(v) => v.is(o),
            None => false,
        })
    };
    if in_watched(target)? {
        return Ok(None);
    }
    let mut srcs: Vec<PyRef<'py, PyTensor>> = Vec::with_capacity(items.len());
    for (i, it) in items.iter().enumerate() {
        if !in_watched(it)? || items[..i].iter().any(|p| p.is(it)) {
            return Ok(None);
        }
        let Ok(t) = it.cast::<PyTensor>() else { return Ok(None) };
        srcs.push(t.borrow());
    }
    let l = tf_grad(py, tt.borrow(), srcs, create)?;
    Ok(Some(if is_list { l.into_any() } else { l.to_tuple().into_any() }))
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(tf_register, m)?)?;
    m.add_function(wrap_pyfunction!(tf_raw_bin, m)?)?;
    m.add_function(wrap_pyfunction!(tf_out, m)?)?;
    m.add_function(wrap_pyfunction!(tf_unary_flavor, m)?)?;
    m.add_function(wrap_pyfunction!(tf_sum_all, m)?)?;
    m.add_function(wrap_pyfunction!(tf_record, m)?)?;
    m.add_function(wrap_pyfunction!(tf_log, m)?)?;
    m.add_function(wrap_pyfunction!(tf_log_var, m)?)?;
    m.add_function(wrap_pyfunction!(tf_grad, m)?)?;
    m.add_function(wrap_pyfunction!(tf_log_out, m)?)?;
    m.add_function(wrap_pyfunction!(tf_enter, m)?)?;
    m.add_function(wrap_pyfunction!(tf_exit, m)?)?;
    m.add_function(wrap_pyfunction!(tf_gradient, m)?)?;
    Ok(())
}
