//! Python face of the graph: grad_fn nodes, hooks, custom autograd Functions, and the
//! backward/grad entry points shared by all dialects.
use crate::tensor::PyTensor;
use ferrograd_core::autograd::{Backward, Ctx, Edge, Hook, Node};
use ferrograd_core::{run_backward, Error, Result as CoreResult, Tensor};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::{PyList, PyTuple};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

pub enum NodeRef {
    Node(Arc<Node>, u8),
    Leaf(Tensor, u8),
}

#[pyclass(name = "Node", module = "torch.autograd.graph", frozen, subclass)]
pub struct PyNode(pub NodeRef);

impl NodeRef {
    fn dup(&self) -> NodeRef {
        match self {
            NodeRef::Node(n, t) => NodeRef::Node(n.clone(), *t),
            NodeRef::Leaf(x, t) => NodeRef::Leaf(x.clone(), *t),
        }
    }
}

/// The Python object for a node: an instance of the class attached to it (a custom Function's
/// `<Name>Backward` class, a subclass of Node), else a plain Node.
/// One Python object per node while it lives, as in torch (`b.grad_fn.next_functions[0][0] is a.grad_fn`).
pub fn node_object(py: Python<'_>, n: &Arc<Node>, tag: u8) -> PyResult<Py<PyAny>> {
    cached_object(py, (Arc::as_ptr(n) as usize, tag), false, |_| true, || {
        let plain = Py::new(py, PyNode(NodeRef::Node(n.clone(), tag)))?;
        match n.extra.get().and_then(|b| b.downcast_ref::<Py<PyAny>>()) {
            Some(cls) => cls.bind(py).call1((plain,)),
            None => named_class(py, &n.name)?.call1((plain,)),
        }
    })
}

/// One Python object per key while it lives, held weakly: nodes (node address, tag), AccumulateGrad nodes
/// (leaf id, 8 + tag), gradients (tensor id, 255). A hit must pass `valid`; `replace` skips the lookup.
pub fn cached_object<'py>(
    py: Python<'py>,
    key: (usize, u8),
    replace: bool,
    valid: impl Fn(&Bound<'py, PyAny>) -> bool,
    make: impl FnOnce() -> PyResult<Bound<'py, PyAny>>,
) -> PyResult<Py<PyAny>> {
    use pyo3::types::{PyWeakrefMethods, PyWeakrefReference};
    thread_local!(static LIVE: std::cell::RefCell<(std::collections::HashMap<(usize, u8), Py<PyWeakrefReference>>, usize)> = Default::default());
    if !replace {
        if let Some(o) = LIVE.with(|m| m.borrow().0.get(&key).and_then(|w| w.bind(py).upgrade())).filter(|o| valid(o)) {
            return Ok(o.unbind());
        }
    }
    let obj = make()?;
    if let Ok(w) = PyWeakrefReference::new(&obj) {
        LIVE.with(|m| {
            let (m, cap) = &mut *m.borrow_mut();
            if m.len() >= (*cap).max(1024) {
                m.retain(|_, w| w.bind(py).upgrade().is_some());
                *cap = 2 * m.len(); // amortised: a scan only after the live set doubles
            }
            m.insert(key, w.unbind());
        });
    }
    Ok(obj.unbind())
}

/// torch's node classes: one Node subclass per name (`type(y.grad_fn).__name__ == "MulBackward0"`).
fn named_class<'py>(py: Python<'py>, name: &str) -> PyResult<Bound<'py, PyAny>> {
    thread_local!(static CLASSES: std::cell::RefCell<std::collections::HashMap<String, Py<PyAny>>> = Default::default());
    if let Some(c) = CLASSES.with(|c| c.borrow().get(name).map(|c| c.clone_ref(py))) {
        return Ok(c.into_bound(py));
    }
    let ns = pyo3::types::PyDict::new(py);
    ns.set_item("__module__", "builtins")?;
    let cls = py.get_type::<pyo3::types::PyType>().call1((name, (py.get_type::<PyNode>(),), ns))?;
    CLASSES.with(|c| c.borrow_mut().insert(name.to_string(), cls.clone().unbind()));
    Ok(cls)
}

#[pymethods]
impl PyNode {
    /// A subclass instance sharing `src`'s node (how custom Function node classes are built).
    #[new]
    fn py_new(src: PyRef<'_, PyNode>) -> PyNode {
        PyNode(src.0.dup())
    }
    /// Node.register_prehook(fn): fn(grad_outputs) -> None or new grad_outputs, before the node runs.
    fn register_prehook(&self, py: Python<'_>, hook: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let adapt = py.import("ferrograd.torch.autograd")?.getattr("_prehook_adapter")?.call1((hook,))?;
        let tag = match &self.0 {
            NodeRef::Node(_, t) | NodeRef::Leaf(_, t) => *t,
        };
        let (h, handle) = make_hook(py, adapt, tag)?;
        match &self.0 {
            NodeRef::Node(n, _) => n.pre_hooks.lock().unwrap().push(h),
            NodeRef::Leaf(x, _) => x.register_hook(h), // AccumulateGrad's prehooks are the leaf's hooks
        }
        Ok(handle)
    }
    /// Node.register_hook(fn): fn(grad_inputs, grad_outputs) after the node ran; may return new grad_inputs.
    fn register_hook(&self, py: Python<'_>, hook: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let NodeRef::Node(n, tag) = &self.0 else {
            return Err(PyRuntimeError::new_err("ferrograd: post hooks on AccumulateGrad nodes are not supported"));
        };
        let alive = Arc::new(AtomicBool::new(true));
        let mut slot = n.rule.lock().unwrap();
        if let Some(inner) = slot.take() {
            *slot = Some(Box::new(PostHooked { inner, hook: hook.unbind(), alive: alive.clone(), tag: *tag }));
        }
        Ok(Py::new(py, HookHandle { alive })?.into_any())
    }
    fn name(&self) -> String {
        match &self.0 {
            NodeRef::Node(n, _) => n.name.to_string(),
            NodeRef::Leaf(..) => "torch::autograd::AccumulateGrad".into(),
        }
    }
    #[getter]
    fn next_functions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        let mut items = vec![];
        if let NodeRef::Node(n, tag) = &self.0 {
            for e in &n.next {
                let node: Py<PyAny> = match e {
                    Some(Edge::Node(m)) => node_object(py, m, *tag)?,
                    Some(Edge::Leaf(t)) => cached_object(py, (t.id() as usize, 8 + *tag), false, |_| true, || {
                        named_class(py, "AccumulateGrad")?.call1((Py::new(py, PyNode(NodeRef::Leaf(t.clone(), *tag)))?,))
                    })?,
                    None => py.None(),
                };
                items.push(PyTuple::new(py, [node, 0i64.into_pyobject(py)?.into_any().unbind()])?);
            }
        }
        PyTuple::new(py, items)
    }
    #[getter]
    fn variable(&self) -> PyResult<PyTensor> {
        match &self.0 {
            NodeRef::Leaf(t, tag) => Ok(PyTensor { t: t.clone(), tag: *tag }),
            _ => Err(PyRuntimeError::new_err("only AccumulateGrad nodes have a variable")),
        }
    }
    fn __repr__(slf: &Bound<'_, Self>) -> String {
        let name = match &slf.get().0 {
            NodeRef::Node(n, _) => n.name.to_string(),
            NodeRef::Leaf(..) => "AccumulateGrad".into(),
        };
        format!("<{} object at {:#x}>", name, slf.as_ptr() as usize)
    }
    fn __eq__(&self, other: &Self) -> bool {
        match (&self.0, &other.0) {
            (NodeRef::Node(a, _), NodeRef::Node(b, _)) => Arc::ptr_eq(a, b),
            (NodeRef::Leaf(a, _), NodeRef::Leaf(b, _)) => a.id() == b.id(),
            _ => false,
        }
    }
    fn __hash__(&self) -> isize {
        match &self.0 {
            NodeRef::Node(a, _) => Arc::as_ptr(a) as isize,
            NodeRef::Leaf(a, _) => a.id() as isize,
        }
    }
}

/// A removable hook: the handle's `remove()` turns the closure into a no-op.
#[pyclass(name = "RemovableHandle", module = "torch.utils.hooks", frozen)]
pub struct HookHandle {
    alive: Arc<AtomicBool>,
}
#[pymethods]
impl HookHandle {
    fn remove(&self) {
        self.alive.store(false, Ordering::Relaxed);
    }
}

thread_local!(static PENDING: std::cell::RefCell<Option<PyErr>> = const { std::cell::RefCell::new(None) });

fn py_err(e: PyErr) -> Error {
    Python::attach(|py| {
        // the engine carries the text; `backward_err` gives Python the exception itself back
        let msg = e.value(py).to_string();
        PENDING.with(|p| *p.borrow_mut() = Some(e));
        Error::runtime(msg)
    })
}

/// A backward error for Python: the exception a Python hook or backward raised (its own type), else the core's.
pub fn backward_err(e: Error) -> PyErr {
    let p = PENDING.with(|p| p.borrow_mut().take());
    match p {
        Some(p) if Python::attach(|py| p.value(py).to_string() == e.msg) => p,
        _ => crate::errors::to_py(e),
    }
}

pub fn make_hook(py: Python<'_>, f: Bound<'_, PyAny>, tag: u8) -> PyResult<(Hook, Py<PyAny>)> {
    let alive = Arc::new(AtomicBool::new(true));
    let a2 = alive.clone();
    let f: Py<PyAny> = f.unbind();
    let hook: Hook = Arc::new(move |g: &Tensor| -> CoreResult<Option<Tensor>> {
        if !a2.load(Ordering::Relaxed) {
            return Ok(None);
        }
        Python::attach(|py| {
            let r = f.bind(py).call1((PyTensor { t: g.clone(), tag },)).map_err(py_err)?;
            if r.is_none() {
                return Ok(None);
            }
            let t = r.cast::<PyTensor>().map_err(|_| Error::runtime("hook must return None or a Tensor"))?;
            if t.get().t.shape() != g.shape() {
                let name = f.bind(py).getattr("__name__").map_or_else(|_| "hook".to_string(), |n| n.to_string());
                return Err(Error::runtime(format!("hook '{name}' has changed the size of value")));
            }
            Ok(Some(t.get().t.clone()))
        })
    });
    let handle = Py::new(py, HookHandle { alive })?.into_any();
    Ok((hook, handle))
}

/// The rule of a custom autograd.Function: calls back into Python with the output gradient.
struct PyFunctionRule {
    backward: Py<PyAny>,
    tag: u8,
}
impl Backward for PyFunctionRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> CoreResult<Vec<Option<Tensor>>> {
        Python::attach(|py| {
            let r = self.backward.bind(py).call1((PyTensor { t: g.clone(), tag: self.tag },)).map_err(py_err)?;
            let items: Vec<Bound<'_, PyAny>> = r.extract().map_err(py_err)?;
            items
                .into_iter()
                .map(|it| {
                    if it.is_none() {
                        Ok(None)
                    } else {
                        it.cast::<PyTensor>()
                            .map(|t| Some(t.get().t.clone()))
                            .map_err(|_| Error::runtime("backward must return Tensors or None"))
                    }
                })
                .collect()
        })
    }
}

/// A node's rule with a post hook `hook(grad_inputs, grad_outputs)` (torch's Node.register_hook).
struct PostHooked {
    inner: Box<dyn Backward>,
    hook: Py<PyAny>,
    alive: Arc<AtomicBool>,
    tag: u8,
}
impl Backward for PostHooked {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> CoreResult<Vec<Option<Tensor>>> {
        let out = self.inner.apply(g, cx)?;
        if !self.alive.load(Ordering::Relaxed) {
            return Ok(out);
        }
        let tag = self.tag;
        let wrap = |py: Python<'_>, t: &Option<Tensor>| -> Py<PyAny> {
            t.as_ref().and_then(|t| Py::new(py, PyTensor { t: t.clone(), tag }).ok()).map_or_else(|| py.None(), |p| p.into_any())
        };
        Python::attach(|py| {
            let gi = PyTuple::new(py, out.iter().map(|t| wrap(py, t))).map_err(py_err)?;
            let go = PyTuple::new(py, [wrap(py, &Some(g.clone()))]).map_err(py_err)?;
            let r = self.hook.bind(py).call1((gi, go)).map_err(py_err)?;
            if r.is_none() {
                return Ok(out);
            }
            opt_tensors(&r).map_err(py_err)
        })
    }
    fn saves_tensors(&self) -> bool {
        self.inner.saves_tensors()
    }
    fn saves_input(&self, i: usize) -> bool {
        self.inner.saves_input(i)
    }
    fn saves_output(&self) -> bool {
        self.inner.saves_output()
    }
}

/// Attaches a node named `name` to `output` whose rule is the Python `backward(grad)` returning
/// one gradient (or None) per input.
#[pyfunction]
#[pyo3(signature = (name, inputs, output, backward, node_class=None))]
pub fn custom_node(name: String, inputs: Vec<PyRef<'_, PyTensor>>, output: PyRef<'_, PyTensor>, backward: Bound<'_, PyAny>, node_class: Option<Bound<'_, PyAny>>) -> PyResult<PyTensor> {
    let ins: Vec<Tensor> = inputs.iter().map(|t| t.t.clone()).collect();
    let refs: Vec<&Tensor> = ins.iter().collect();
    let out = output.t.detach();
    if !ferrograd_core::autograd::needs_grad(&refs) {
        return Ok(PyTensor { t: out, tag: output.tag });
    }
    let rule = PyFunctionRule { backward: backward.unbind(), tag: output.tag };
    let node = Node::new(name.into(), Box::new(rule), &refs);
    if let Some(cls) = node_class {
        let _ = node.extra.set(Box::new(cls.unbind()));
    }
    Ok(PyTensor { t: out.with_grad_fn(node), tag: output.tag })
}

fn opt_tensors(list: &Bound<'_, PyAny>) -> PyResult<Vec<Option<Tensor>>> {
    let mut out = vec![];
    for it in list.try_iter()? {
        let it = it?;
        out.push(if it.is_none() { None } else { Some(it.cast::<PyTensor>()?.get().t.clone()) });
    }
    Ok(out)
}

/// backward(tensors, grad_tensors, retain_graph, create_graph, inputs=None): accumulate into leaves.
#[pyfunction]
#[pyo3(signature = (tensors, grad_tensors, retain_graph, create_graph, inputs=None))]
pub fn backward(
    tensors: Vec<PyRef<'_, PyTensor>>,
    grad_tensors: &Bound<'_, PyAny>,
    retain_graph: bool,
    create_graph: bool,
    inputs: Option<Vec<PyRef<'_, PyTensor>>>,
) -> PyResult<()> {
    let roots: Vec<Tensor> = tensors.iter().map(|t| t.t.clone()).collect();
    let ins = inputs.map(|v| v.iter().map(|t| t.t.clone()).collect());
    backward_into(&roots, opt_tensors(grad_tensors)?, ins, retain_graph, create_graph)
}

/// Anomaly mode with its NaN check on (set by torch.autograd.anomaly_mode): a flag, because every
/// backward reads it (asking the Python module cost 2 us per backward).
static ANOMALY_NAN: AtomicBool = AtomicBool::new(false);

#[pyfunction]
pub fn set_anomaly_nan_check(on: bool) {
    ANOMALY_NAN.store(on, Ordering::Relaxed);
}

/// torch's anomaly mode (torch.autograd.detect_anomaly / set_detect_anomaly) with its NaN check: every node
/// reachable from `roots` checks its gradients (wrapped once, by node sequence number).
fn arm_anomaly(roots: &[Tensor]) {
    if !ANOMALY_NAN.load(Ordering::Relaxed) {
        return;
    }
    thread_local!(static ARMED: std::cell::RefCell<std::collections::HashSet<u64>> = Default::default());
    let mut stack: Vec<Arc<Node>> = roots.iter().filter_map(|t| t.grad_fn()).collect();
    while let Some(n) = stack.pop() {
        if !ARMED.with(|a| a.borrow_mut().insert(n.seq)) {
            continue;
        }
        {
            let mut slot = n.rule.lock().unwrap();
            if let Some(inner) = slot.take() {
                *slot = Some(Box::new(NanCheck(inner)));
            }
        }
        stack.extend(n.next.iter().filter_map(|e| if let Some(Edge::Node(m)) = e { Some(m.clone()) } else { None }));
    }
}

struct NanCheck(Box<dyn Backward>);
impl Backward for NanCheck {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> CoreResult<Vec<Option<Tensor>>> {
        let out = self.0.apply(g, cx)?;
        for (i, t) in out.iter().enumerate() {
            if let Some(t) = t.as_ref().filter(|t| t.dtype().is_float()) {
                if t.to_f64_vec().iter().any(|v| v.is_nan()) {
                    return Err(Error::runtime(format!("Function '{}' returned nan values in its {}th output.", cx.node.name, i)));
                }
            }
        }
        Ok(out)
    }
    fn saves_tensors(&self) -> bool {
        self.0.saves_tensors()
    }
    fn saves_input(&self, i: usize) -> bool {
        self.0.saves_input(i)
    }
    fn saves_output(&self) -> bool {
        self.0.saves_output()
    }
}

/// Tensor.backward / autograd.backward: into every leaf's .grad, or with `inputs` only into theirs.
pub fn backward_into(roots: &[Tensor], grads: Vec<Option<Tensor>>, inputs: Option<Vec<Tensor>>, retain: bool, create: bool) -> PyResult<()> {
    arm_anomaly(roots);
    let Some(ins) = inputs else {
        run_backward(roots, grads, &[], retain, create, true, true).map_err(backward_err)?;
        return Ok(());
    };
    if ins.is_empty() {
        return Err(PyRuntimeError::new_err("`inputs` argument to `backward()` cannot be empty."));
    }
    let r = run_backward(roots, grads, &ins, retain, create, true, false).map_err(backward_err)?;
    for (t, g) in ins.iter().zip(r) {
        let Some(g) = g else { continue };
        let new = match t.grad() {
            None if create => g,
            None => g.detach().contiguous_copy(),
            Some(o) => o.add(&g).map_err(crate::errors::to_py)?,
        };
        t.set_grad(Some(new));
    }
    Ok(())
}

/// grad(outputs, inputs, grad_outputs, retain_graph, create_graph, allow_unused) -> list of
/// Tensor or None, never touching `.grad`.
#[pyfunction]
pub fn grad<'py>(
    py: Python<'py>,
    outputs: Vec<PyRef<'py, PyTensor>>,
    inputs: Vec<PyRef<'py, PyTensor>>,
    grad_outputs: &Bound<'py, PyAny>,
    retain_graph: bool,
    create_graph: bool,
    allow_unused: bool,
) -> PyResult<Bound<'py, PyList>> {
    let roots: Vec<Tensor> = outputs.iter().map(|t| t.t.clone()).collect();
    let ins: Vec<Tensor> = inputs.iter().map(|t| t.t.clone()).collect();
    let grads = opt_tensors(grad_outputs)?;
    arm_anomaly(&roots);
    let r = run_backward(&roots, grads, &ins, retain_graph, create_graph, allow_unused, false).map_err(backward_err)?;
    let list = PyList::empty(py);
    for (g, inp) in r.into_iter().zip(inputs.iter()) {
        match g {
            Some(g) => list.append(PyTensor { t: g, tag: inp.tag })?,
            None => list.append(py.None())?,
        }
    }
    Ok(list)
}
