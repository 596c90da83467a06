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

/// The Python implementations of `tf.math.sigmoid` and `tf.reduce_sum`, for the calls the
/// entry points below do not take themselves.
static SLOW: Mutex<Option<(Py<PyAny>, Py<PyAny>)>> = Mutex::new(None);

#[pyfunction]
fn tf_fast_fallbacks(sigmoid: Py<PyAny>, reduce_sum: Py<PyAny>) {
    *SLOW.lock().unwrap() = Some((sigmoid, reduce_sum));
}

fn slow(py: Python<'_>, which: usize) -> PyResult<Py<PyAny>> {
    match SLOW.lock().unwrap().as_ref() {
        Some((a, b)) => Ok(if which == 0 { a } else { b }.clone_ref(py)),
        None => Err(pyo3::exceptions::PyRuntimeError::new_err("tf_fast_fallbacks was not called")),
    }
}

/// `tf.math.sigmoid`: a float32 EagerTensor/Variable in one call (no Python frame: the
/// GradientTape benchmark's forward is three ops); anything else goes to the Python version.
#[pyfunction(name = "sigmoid")]
#[pyo3(signature = (x, name=None))]
fn fast_sigmoid(py: Python<'_>, x: &Bound<'_, PyAny>, name: Option<&Bound<'_, PyAny>>) -> PyResult<Py<PyAny>> {
    match tf_unary_flavor(py, x, "sigmoid_eigen")? {
        Some(r) => Ok(r),
        None => slow(py, 0)?.call1(py, (x, name)),
    }
}

/// `tf.reduce_sum`: the full sum of a float EagerTensor/Variable in one call, else Python's.
#[pyfunction(name = "reduce_sum")]
#[pyo3(signature = (input_tensor, axis=None, keepdims=None, name=None), text_signature = "(input_tensor, axis=None, keepdims=False, name=None)")]
fn fast_reduce_sum(
    py: Python<'_>,
    input_tensor: &Bound<'_, PyAny>,
    axis: Option<&Bound<'_, PyAny>>,
    keepdims: Option<&Bound<'_, PyAny>>,
    name: Option<&Bound<'_, PyAny>>,
) -> PyResult<Py<PyAny>> {
    // TF: `keepdims = False if keepdims is None else bool(keepdims)`
    let kd = match keepdims {
        Some(k) if !k.is_none() => k.is_truthy()?,
        _ => false,
    };
    if axis.is_none_or(|a| a.is_none()) {
        if let Some(r) = tf_sum_all(py, input_tensor, kd)? {
            return Ok(r);
        }
    }
    slow(py, 1)?.call1(py, (input_tensor, axis, kd, name))
}

/// Entries logged since (v0, o0): distinct variables requiring grad, results; and the new ends.
fn take_log(py: Python<'_>, v0: usize, o0: usize) -> (Vec<Py<PyAny>>, Vec<Py<PyAny>>, usize, usize) {
    let vs = LOG_VARS.lock().unwrap();
    let os = LOG_OUTS.lock().unwrap();
    let mut seen: Vec<Py<PyAny>> = Vec::new();
    for v in vs.get(v0..).unwrap_or(&[]) {
        if !seen.iter().any(|s| s.as_ptr() == v.as_ptr()) && v.bind(py).cast::<PyTensor>().map(|t| t.get().t.requires_grad()).unwrap_or(false) {
            seen.push(v.clone_ref(py));
        }
    }
    let outs = os.get(o0..).unwrap_or(&[]).iter().map(|o| o.clone_ref(py)).collect();
    (seen, outs, vs.len(), os.len())
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
    // an exception raised by Python code in the pass (a custom gradient) keeps its type
    let r = r.map_err(crate::graph::backward_err)?;
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

fn gradient_common<'py>(
    py: Python<'py>,
    in_watched: impl Fn(&Bound<'py, PyAny>) -> PyResult<bool>,
    target: &Bound<'py, PyAny>,
    sources: &Bound<'py, PyAny>,
    create: bool,
) -> PyResult<Option<Bound<'py, PyAny>>> {
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

/// The recording tapes list (`_tensor._tapes`, innermost last).
static TAPES: Mutex<Option<Py<PyList>>> = Mutex::new(None);

#[pyfunction]
fn tf_register_tapes(l: Bound<'_, PyList>) {
    *TAPES.lock().unwrap() = Some(l.unbind());
}

fn tapes(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    match TAPES.lock().unwrap().as_ref() {
        Some(l) => Ok(l.bind(py).clone()),
        None => Err(pyo3::exceptions::PyRuntimeError::new_err("tf_register_tapes was not called")),
    }
}

/// The state and hot methods of `tf.GradientTape` (the Python subclass adds the rest): entering
/// and leaving (grad mode, the access log), taking the log, and `gradient`'s common case, each
/// in one crossing.
#[pyclass(name = "_TapeBase", module = "ferrograd._core", subclass, weakref)]
pub struct TapeBase {
    #[pyo3(get, set)]
    _persistent: bool,
    #[pyo3(get, set)]
    _watch_accessed: bool,
    /// watched tensors, distinct, in watch order (Python sees `_watched`, an id -> tensor dict)
    watched: Vec<Py<PyAny>>,
    /// grad-requiring results computed while recording
    outs: Vec<Py<PyAny>>,
    #[pyo3(get, set)]
    _recording: bool,
    #[pyo3(get, set)]
    _used: bool,
    #[pyo3(get, set)]
    _prev: Option<bool>,
    /// where this tape's entries start in the access log
    #[pyo3(get, set)]
    _v0: usize,
    #[pyo3(get, set)]
    _o0: usize,
    /// node sequence numbers of the recording periods, `[start, end)` (end MAX while recording)
    windows: Vec<(u64, u64)>,
}

impl TapeBase {
    fn is_watched(&self, o: &Bound<'_, PyAny>) -> bool {
        self.watched.iter().any(|w| w.as_ptr() == o.as_ptr())
    }
}

/// Adds log entries to the tape: trainable variables are watched (when it watches accessed
/// variables), results remembered.
fn tape_absorb(slf: &Bound<'_, TapeBase>, vs: Vec<Py<PyAny>>, outs: Vec<Py<PyAny>>) -> PyResult<()> {
    let py = slf.py();
    if !vs.is_empty() && slf.borrow()._watch_accessed {
        for v in vs {
            if v.bind(py).getattr(pyo3::intern!(py, "_trainable"))?.is_truthy()? {
                let mut me = slf.borrow_mut();
                if !me.is_watched(v.bind(py)) {
                    me.watched.push(v);
                }
            }
        }
    }
    if !outs.is_empty() {
        slf.borrow_mut().outs.extend(outs);
    }
    Ok(())
}

#[pymethods]
impl TapeBase {
    #[new]
    #[pyo3(signature = (persistent=None, watch_accessed_variables=None))]
    fn new(persistent: Option<&Bound<'_, PyAny>>, watch_accessed_variables: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
        Ok(TapeBase {
            _persistent: match persistent {
                Some(p) => p.is_truthy()?,
                None => false,
            },
            _watch_accessed: match watch_accessed_variables {
                Some(w) => w.is_truthy()?,
                None => true,
            },
            watched: Vec::new(),
            outs: Vec::new(),
            _recording: false,
            windows: Vec::new(),
            _used: false,
            _prev: None,
            _v0: 0,
            _o0: 0,
        })
    }

    /// id -> tensor, in watch order (a new dict: change it with `_watch_add` or by assigning)
    #[getter(_watched)]
    fn get_watched<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for w in &self.watched {
            d.set_item(w.as_ptr() as usize, w.bind(py))?;
        }
        Ok(d)
    }
    #[setter(_watched)]
    fn set_watched(&mut self, d: &Bound<'_, PyDict>) {
        self.watched = d.values().iter().map(|v| v.unbind()).collect();
    }
    fn _is_watched(&self, t: &Bound<'_, PyAny>) -> bool {
        self.is_watched(t)
    }
    /// Watches `t` (once).
    fn _watch_add(&mut self, t: &Bound<'_, PyAny>) {
        if !self.is_watched(t) {
            self.watched.push(t.clone().unbind());
        }
    }
    #[getter(_outs)]
    fn get_outs<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.outs.iter().map(|o| o.clone_ref(py)))
    }
    #[setter(_outs)]
    fn set_outs(&mut self, l: &Bound<'_, PyAny>) -> PyResult<()> {
        self.outs = l.try_iter()?.map(|o| o.map(|o| o.unbind())).collect::<PyResult<_>>()?;
        Ok(())
    }

    /// Starts recording: innermost tape, grad mode on.
    fn _push(slf: &Bound<'_, Self>) -> PyResult<()> {
        tapes(slf.py())?.append(slf)?;
        let prev = ferrograd_core::set_grad_enabled(true);
        RECORDING.store(true, Ordering::Relaxed);
        let mut me = slf.borrow_mut();
        me._recording = true;
        me._prev = Some(prev);
        me.windows.push((ferrograd_core::autograd::current_seq(), u64::MAX));
        me._v0 = LOG_VARS.lock().unwrap().len();
        me._o0 = LOG_OUTS.lock().unwrap().len();
        Ok(())
    }

    /// Stops recording: takes this tape's log entries; the last recording tape empties the log;
    /// grad mode goes back to what it was.
    fn _pop(slf: &Bound<'_, Self>) -> PyResult<()> {
        let py = slf.py();
        let tl = tapes(py)?;
        let n = tl.len();
        if n > 0 && tl.get_item(n - 1)?.is(slf) {
            tl.del_item(n - 1)?;
        } else {
            for i in 0..n {
                if tl.get_item(i)?.is(slf) {
                    tl.del_item(i)?;
                    break;
                }
            }
        }
        let (v0, o0, prev) = {
            let me = slf.borrow();
            (me._v0, me._o0, me._prev)
        };
        let (vs, outs, _, _) = take_log(py, v0, o0);
        if tl.is_empty() {
            RECORDING.store(false, Ordering::Relaxed);
            let old_v = std::mem::take(&mut *LOG_VARS.lock().unwrap());
            let old_o = std::mem::take(&mut *LOG_OUTS.lock().unwrap());
            drop((old_v, old_o)); // after the locks are released
        }
        if let Some(p) = prev {
            ferrograd_core::set_grad_enabled(p);
        }
        {
            let mut me = slf.borrow_mut();
            me._recording = false;
            me._prev = None;
            if let Some(w) = me.windows.last_mut() {
                w.1 = ferrograd_core::autograd::current_seq();
            }
        }
        tape_absorb(slf, vs, outs)
    }

    /// Takes the log entries made since the last sync (while recording).
    fn _sync(slf: &Bound<'_, Self>) -> PyResult<()> {
        let (rec, v0, o0) = {
            let me = slf.borrow();
            (me._recording, me._v0, me._o0)
        };
        if !rec {
            return Ok(());
        }
        let (vs, outs, v1, o1) = take_log(slf.py(), v0, o0);
        {
            let mut me = slf.borrow_mut();
            me._v0 = v1;
            me._o0 = o1;
        }
        tape_absorb(slf, vs, outs)
    }

    /// `reset()`: forget what was recorded; a recording tape records anew from here.
    fn _restart_windows(slf: &Bound<'_, Self>) {
        let mut me = slf.borrow_mut();
        me.windows.clear();
        if me._recording {
            me.windows.push((ferrograd_core::autograd::current_seq(), u64::MAX));
        }
    }

    /// `fn(*args)` (a backward pass from Python) seeing only what this tape recorded.
    #[pyo3(signature = (f, *args))]
    fn _in_windows<'py>(slf: &Bound<'py, Self>, f: &Bound<'py, PyAny>, args: &Bound<'py, PyTuple>) -> PyResult<Bound<'py, PyAny>> {
        let windows = slf.borrow().windows.clone();
        ferrograd_core::autograd::with_seq_windows(windows, || f.call1(args))
    }

    fn __enter__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, Self>> {
        if slf.borrow()._recording {
            return Err(pyo3::exceptions::PyValueError::new_err(
                "Tape is still recording, This can happen if you try to re-enter an already-active tape.",
            ));
        }
        Self::_push(slf)?;
        Ok(slf.clone())
    }

    fn __exit__(slf: &Bound<'_, Self>, _typ: &Bound<'_, PyAny>, _value: &Bound<'_, PyAny>, _tb: &Bound<'_, PyAny>) -> PyResult<bool> {
        if slf.borrow()._recording {
            Self::_pop(slf)?;
        }
        Ok(false)
    }

    /// The common case (one computed target, a list/tuple of distinct watched tensors, default
    /// output gradients and unconnected handling) here; the rest in `_gradient_slow`.
    #[pyo3(signature = (target, sources, output_gradients=None, unconnected_gradients=None))]
    fn gradient<'py>(
        slf: &Bound<'py, Self>,
        target: &Bound<'py, PyAny>,
        sources: &Bound<'py, PyAny>,
        output_gradients: Option<&Bound<'py, PyAny>>,
        unconnected_gradients: Option<&Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let (used, persistent, rec) = {
            let me = slf.borrow();
            (me._used, me._persistent, me._recording)
        };
        if used && !persistent {
            return Err(pyo3::exceptions::PyRuntimeError::new_err(
                "A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)",
            ));
        }
        if output_gradients.is_none_or(|o| o.is_none()) && unconnected_gradients.is_none() {
            // as TF: a non-persistent tape stops recording when asked for its gradient; a
            // persistent one inside its context records the gradient computation (higher order)
            if rec && !persistent {
                Self::_pop(slf)?;
            } else if rec {
                Self::_sync(slf)?;
            }
            let tl = tapes(py)?;
            let create = persistent && rec || tl.iter().any(|tp| !tp.is(slf));
            let windows = slf.borrow().windows.clone();
            let r = ferrograd_core::autograd::with_seq_windows(windows, || {
                gradient_common(py, |o| Ok(slf.borrow().is_watched(o)), target, sources, create)
            })?;
            if let Some(r) = r {
                slf.borrow_mut()._used = true;
                return Ok(r);
            }
        }
        slf.call_method1(pyo3::intern!(py, "_gradient_slow"), (target, sources, output_gradients, unconnected_gradients))
    }
}

pub fn register(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(tf_register, m)?)?;
    m.add_function(wrap_pyfunction!(tf_raw_bin, m)?)?;
    m.add_function(wrap_pyfunction!(tf_unary_flavor, m)?)?;
    m.add_function(wrap_pyfunction!(tf_sum_all, m)?)?;
    m.add_function(wrap_pyfunction!(tf_log_var, m)?)?;
    m.add_function(wrap_pyfunction!(tf_grad, m)?)?;
    m.add_function(wrap_pyfunction!(tf_log_out, m)?)?;
    m.add_function(wrap_pyfunction!(tf_register_tapes, m)?)?;
    m.add_class::<TapeBase>()?;
    m.add_function(wrap_pyfunction!(tf_fast_fallbacks, m)?)?;
    let fast = PyModule::new(m.py(), "tf_fast")?;
    fast.add_function(wrap_pyfunction!(fast_sigmoid, &fast)?)?;
    fast.add_function(wrap_pyfunction!(fast_reduce_sum, &fast)?)?;
    m.add_submodule(&fast)?;
    Ok(())
}
