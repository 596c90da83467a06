//! Fast path of MindSpore's `value_and_grad`/`grad` for the common case (outermost call,
//! gradients w.r.t. float tensor positions only, no weights/aux/sens): differentiate `fn(*args)`
//! with respect to fresh leaves made from `args[positions]`, in one crossing.
use crate::errors::IntoPyResult;
use crate::tensor::PyTensor;
use ferrograd_core::{run_backward, Tensor};
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple, PyType};

fn collect_targets(obj: &Bound<'_, PyAny>, out: &mut Vec<Tensor>) {
    if let Ok(t) = obj.cast::<PyTensor>() {
        let t = &t.get().t;
        if t.requires_grad() {
            out.push(t.clone());
        }
    } else if let Ok(tu) = obj.cast::<PyTuple>() {
        for e in tu.iter() {
            collect_targets(&e, out);
        }
    } else if let Ok(l) = obj.cast::<PyList>() {
        for e in l.iter() {
            collect_targets(&e, out);
        }
    }
}

/// MindSpore's detach of the outputs (Parameters are returned as they are).
fn detach_all<'py>(obj: &Bound<'py, PyAny>, param: &Bound<'py, PyType>) -> PyResult<Bound<'py, PyAny>> {
    let py = obj.py();
    if let Ok(t) = obj.cast::<PyTensor>() {
        let pt = t.get();
        if pt.t.requires_grad() && !obj.get_type().is_subclass(param)? {
            return Ok(Bound::new(py, PyTensor { t: pt.t.detach(), tag: pt.tag })?.into_any());
        }
        return Ok(obj.clone());
    }
    if let Ok(tu) = obj.cast::<PyTuple>() {
        let items: Vec<Bound<'py, PyAny>> = tu.iter().map(|e| detach_all(&e, param)).collect::<PyResult<_>>()?;
        return Ok(PyTuple::new(py, items)?.into_any());
    }
    if let Ok(l) = obj.cast::<PyList>() {
        let items: Vec<Bound<'py, PyAny>> = l.iter().map(|e| detach_all(&e, param)).collect::<PyResult<_>>()?;
        return Ok(PyList::new(py, items)?.into_any());
    }
    Ok(obj.clone())
}

/// Set once a MindSpore input-tensor hook exists anywhere (`ms_input_hooks_used`): only then
/// does the fast path look for `_ms_hooks` on its arguments (a lookup per call otherwise).
static MS_INPUT_HOOKS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

#[pyfunction]
pub fn ms_input_hooks_used() {
    MS_INPUT_HOOKS.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Cases MindSpore differentiates w.r.t. the tensor objects (the Python path does): a position's
/// tensor passed again elsewhere (its gradient is the total), or an argument with input hooks.
fn by_object(items: &[Bound<'_, PyAny>], positions: &[usize]) -> bool {
    let repeated = positions.iter().any(|&p| {
        items.get(p).is_some_and(|a| a.is_instance_of::<PyTensor>() && items.iter().enumerate().any(|(i, b)| i != p && b.is(a)))
    });
    repeated
        || (MS_INPUT_HOOKS.load(std::sync::atomic::Ordering::Relaxed)
            && items.iter().any(|a| a.getattr("_ms_hooks").is_ok_and(|h| h.is_truthy().unwrap_or(false))))
}

/// -> None (not the simple case: nothing was run) or (detached outputs, [gradient per position]);
/// the backward pass sums broadcast gradients in MindSpore's order (`set_ms_backward`).
#[pyfunction]
pub fn ms_value_and_grad<'py>(
    func: &Bound<'py, PyAny>,
    args: &Bound<'py, PyTuple>,
    positions: Vec<usize>,
    tag: u8,
    param: &Bound<'py, PyType>,
) -> PyResult<Option<Bound<'py, PyTuple>>> {
    let py = func.py();
    let mut items: Vec<Bound<'py, PyAny>> = args.iter().collect();
    if by_object(&items, &positions) {
        return Ok(None);
    }
    let mut leaves: Vec<Tensor> = Vec::with_capacity(positions.len());
    for &p in &positions {
        let Some(a) = items.get(p) else { return Ok(None) };
        let Ok(t) = a.cast::<PyTensor>() else { return Ok(None) };
        let t = t.get();
        if t.tag != tag || !t.t.dtype().is_float() {
            return Ok(None);
        }
        let d = t.t.detach();
        d.set_requires_grad(true).py()?;
        leaves.push(d.clone());
        items[p] = Bound::new(py, PyTensor { t: d, tag })?.into_any();
    }
    let call_args = PyTuple::new(py, items)?;
    let prev = ferrograd_core::set_grad_enabled(true);
    let out = func.call1(call_args);
    ferrograd_core::set_grad_enabled(prev);
    let out = out?;
    let mut targets = Vec::new();
    collect_targets(&out, &mut targets);
    let grads: Vec<Option<Tensor>> = if targets.is_empty() {
        vec![None; leaves.len()]
    } else {
        let seeds = targets.iter().map(|t| Some(Tensor::full(t.shape(), 1.0, t.dtype()))).collect();
        // broadcast gradients summed in MindSpore's order during this backward pass
        let prev_ms = ferrograd_core::ops::flavor_ms_matmul::set_ms_backward(true);
        let r = run_backward(&targets, seeds, &leaves, false, false, true, false);
        ferrograd_core::ops::flavor_ms_matmul::set_ms_backward(prev_ms);
        r.map_err(crate::graph::backward_err)? // a Python bprop's exception keeps its type
    };
    let glist = PyList::empty(py);
    for (g, leaf) in grads.into_iter().zip(leaves.iter()) {
        let g = g.unwrap_or_else(|| Tensor::full(leaf.shape(), 0.0, leaf.dtype()));
        glist.append(PyTensor { t: g, tag })?;
    }
    let out = detach_all(&out, param)?;
    Ok(Some(PyTuple::new(py, [out, glist.into_any()])?))
}

/// The function `mindspore.value_and_grad`/`grad` return in the common case (positions only):
/// a call runs `ms_value_and_grad` without a Python frame of ours, and anything else (a nested
/// call, missing positions, non-float inputs) goes to `slow`, the general Python function.
#[pyclass(module = "builtins", name = "function", frozen)]
pub struct MsGradFn {
    func: Py<PyAny>,
    positions: Vec<usize>,
    single: bool,
    with_value: bool,
    tag: u8,
    param: Py<PyType>,
    /// the Python side's `_depth` list: [nesting depth of grad calls]
    depth: Py<PyList>,
    slow: Py<PyAny>,
}

#[pymethods]
impl MsGradFn {
    #[new]
    #[allow(clippy::too_many_arguments)]
    fn new(func: Py<PyAny>, positions: Vec<usize>, single: bool, with_value: bool, tag: u8, param: Py<PyType>, depth: Py<PyList>, slow: Py<PyAny>) -> Self {
        MsGradFn { func, positions, single, with_value, tag, param, depth, slow }
    }

    #[pyo3(signature = (*args, **kwargs))]
    fn __call__<'py>(&self, py: Python<'py>, args: &Bound<'py, PyTuple>, kwargs: Option<&Bound<'py, pyo3::types::PyDict>>) -> PyResult<Bound<'py, PyAny>> {
        let depth = self.depth.bind(py);
        let outer = kwargs.is_none_or(|k| k.is_empty())
            && depth.get_item(0)?.extract::<i64>()? == 0
            && self.positions.iter().all(|&p| p < args.len());
        if outer {
            depth.set_item(0, 1)?;
            let r = ms_value_and_grad(self.func.bind(py), args, self.positions.clone(), self.tag, self.param.bind(py));
            depth.set_item(0, 0)?;
            if let Some(r) = r? {
                let (out, gl) = (r.get_item(0)?, r.get_item(1)?);
                let gl = gl.cast::<PyList>()?;
                let grads = if self.single { gl.get_item(0)? } else { PyTuple::new(py, gl.iter())?.into_any() };
                return if self.with_value { Ok(PyTuple::new(py, [out, grads])?.into_any()) } else { Ok(grads) };
            }
        }
        self.slow.bind(py).call(args, kwargs)
    }

    #[getter]
    fn __wrapped__(&self, py: Python<'_>) -> Py<PyAny> {
        self.func.clone_ref(py)
    }
}
