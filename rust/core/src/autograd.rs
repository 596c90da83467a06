//! The graph (nodes created by ops) and the engine that walks it backwards.
//!
//! Rules are written with differentiable tensor ops; when `create_graph` is set the engine runs
//! them with grad mode on, so their own graph is recorded and higher-order gradients come free.
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::tensor::{Tensor, TensorImpl};
use std::borrow::Cow;
use std::cell::Cell;
use std::collections::{BinaryHeap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

/// The engine's maps are keyed by node addresses and tensor ids, which need no protection from
/// crafted keys: one multiply-and-fold instead of SipHash (4% of a small graph's backward).
#[derive(Default)]
struct IdHasher(u64);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        // fold the well-mixed high bits down: hashbrown indexes buckets by the low bits
        self.0 ^ (self.0 >> 32)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(self.0 ^ b as u64);
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_usize(&mut self, v: usize) {
        self.write_u64(v as u64);
    }
}
type IdMap<K, V> = HashMap<K, V, BuildHasherDefault<IdHasher>>;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, Weak};

thread_local! {
    static GRAD_ENABLED: Cell<bool> = const { Cell::new(true) };
}
static NEXT_SEQ: AtomicU64 = AtomicU64::new(1);

/// The sequence number the next node will get (a tape notes it when it starts and stops).
pub fn current_seq() -> u64 {
    NEXT_SEQ.load(Ordering::Relaxed)
}

thread_local! {
    /// Recording periods `[start, end)` of node sequence numbers, set around one backward pass
    /// (`with_seq_windows`): nodes made outside them were not recorded (a TF GradientTape only
    /// differentiates what ran while it recorded), so gradients do not flow through them.
    static SEQ_WINDOWS: std::cell::RefCell<Option<Vec<(u64, u64)>>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` (a backward pass) seeing only nodes made inside `windows`.
pub fn with_seq_windows<R>(windows: Vec<(u64, u64)>, f: impl FnOnce() -> R) -> R {
    let prev = SEQ_WINDOWS.with(|w| w.replace(Some(windows)));
    let r = f();
    SEQ_WINDOWS.with(|w| *w.borrow_mut() = prev);
    r
}

pub fn is_grad_enabled() -> bool {
    GRAD_ENABLED.with(|g| g.get())
}
pub fn set_grad_enabled(on: bool) -> bool {
    GRAD_ENABLED.with(|g| g.replace(on))
}
/// Restores the previous grad mode when dropped.
pub struct GradModeGuard(bool);
impl GradModeGuard {
    pub fn new(on: bool) -> Self {
        GradModeGuard(set_grad_enabled(on))
    }
}
impl Drop for GradModeGuard {
    fn drop(&mut self) {
        set_grad_enabled(self.0);
    }
}

pub fn needs_grad(inputs: &[&Tensor]) -> bool {
    is_grad_enabled() && inputs.iter().any(|t| t.requires_grad())
}

pub type Hook = Arc<dyn Fn(&Tensor) -> Result<Option<Tensor>> + Send + Sync>;

/// What a rule sees while it runs.
pub struct Ctx<'a> {
    pub node: &'a Arc<Node>,
    /// needs[i]: input i wants a gradient.
    pub needs: Vec<bool>,
    pub create_graph: bool,
}

impl<'a> Ctx<'a> {
    /// The op's own output, reconnected to this node so that a rule using it is differentiable.
    pub fn output(&self, saved: &Tensor) -> Tensor {
        if self.create_graph {
            saved.with_grad_fn(self.node.clone())
        } else {
            saved.clone()
        }
    }
}

/// The derivative rule of one op: maps the output gradient to one gradient per input.
pub trait Backward: Send + Sync {
    fn apply(&self, grad: &Tensor, cx: &Ctx) -> Result<Vec<Option<Tensor>>>;
    /// Whether the rule holds saved tensors (freed after a backward without retain_graph).
    fn saves_tensors(&self) -> bool {
        true
    }
    /// Whether the rule reads input `i` in backward (its in-place modification is an error).
    fn saves_input(&self, _i: usize) -> bool {
        self.saves_tensors()
    }
    /// Whether input `i` is read by the gradients that will be computed (`next[j]` is Some when
    /// input j gets one): torch saves only those, so the others may change in place.
    fn reads_input(&self, i: usize, _next: &[Option<Edge>]) -> bool {
        self.saves_input(i)
    }
    /// Whether the rule reads its own output in backward.
    fn saves_output(&self) -> bool {
        false
    }
}

pub enum Edge {
    Node(Arc<Node>),
    Leaf(Tensor),
}

/// A shape kept inline up to 4 dims (a node records one per input: no allocation for those).
#[derive(Clone, Debug)]
pub enum Dims {
    Inline(u8, [usize; 4]),
    Heap(Vec<usize>),
}

impl Dims {
    pub fn new(s: &[usize]) -> Dims {
        if s.len() <= 4 {
            let mut a = [0usize; 4];
            a[..s.len()].copy_from_slice(s);
            Dims::Inline(s.len() as u8, a)
        } else {
            Dims::Heap(s.to_vec())
        }
    }
    pub fn as_slice(&self) -> &[usize] {
        match self {
            Dims::Inline(n, a) => &a[..*n as usize],
            Dims::Heap(v) => v,
        }
    }
}

impl std::ops::Deref for Dims {
    type Target = [usize];
    fn deref(&self) -> &[usize] {
        self.as_slice()
    }
}

pub struct Node {
    pub name: Cow<'static, str>,
    pub seq: u64,
    pub rule: Mutex<Option<Box<dyn Backward>>>,
    pub next: Vec<Option<Edge>>,
    /// Shape and dtype of each input: gradients are summed and cast back to them.
    pub inputs: Vec<(Dims, DType)>,
    pub pre_hooks: Mutex<Vec<Hook>>,
    pub retained: Mutex<Option<Weak<TensorImpl>>>,
    pub freed: AtomicBool,
    /// Front-end data attached to the node (the binding keeps a custom Function's node class).
    pub extra: std::sync::OnceLock<Box<dyn std::any::Any + Send + Sync>>,
    /// Storages the rule reads, with their versions when the node was made.
    pub saved: Mutex<Vec<(Arc<crate::storage::StorageCell>, u64)>>,
}

impl Node {
    pub fn new(name: Cow<'static, str>, rule: Box<dyn Backward>, inputs: &[&Tensor]) -> Arc<Node> {
        let next: Vec<Option<Edge>> = inputs
            .iter()
            .map(|t| {
                if let Some(n) = t.grad_fn() {
                    Some(Edge::Node(n.clone()))
                } else if t.leaf_requires_grad() {
                    Some(Edge::Leaf((*t).clone()))
                } else {
                    None
                }
            })
            .collect();
        let saved = inputs
            .iter()
            .enumerate()
            .filter(|(i, _)| rule.reads_input(*i, &next))
            .map(|(_, t)| (t.0.storage.clone(), t.0.storage.version()))
            .collect();
        Arc::new(Node {
            name,
            seq: NEXT_SEQ.fetch_add(1, Ordering::Relaxed),
            rule: Mutex::new(Some(rule)),
            next,
            inputs: inputs.iter().map(|t| (Dims::new(t.shape()), t.dtype())).collect(),
            pre_hooks: Mutex::new(Vec::new()),
            retained: Mutex::new(None),
            freed: AtomicBool::new(false),
            extra: std::sync::OnceLock::new(),
            saved: Mutex::new(saved),
        })
    }
    fn key(self: &Arc<Self>) -> usize {
        Arc::as_ptr(self) as usize
    }
}

fn add_grads(a: Option<Tensor>, b: Tensor) -> Result<Tensor> {
    match a {
        None => Ok(b),
        Some(a) => a.add(&b),
    }
}

fn run_hooks(hooks: &[Hook], mut g: Tensor) -> Result<Tensor> {
    for h in hooks {
        if let Some(new) = h(&g)? {
            g = new;
        }
    }
    Ok(g)
}

/// torch's AccumulateGrad: first gradient is stored (copied unless we hold the only reference),
/// later ones are added in place, or out of place when building a higher-order graph.
fn accumulate_grad(leaf: &Tensor, g: Tensor, create_graph: bool) -> Result<()> {
    let g = if leaf.meta().hooks.is_empty() {
        g
    } else {
        let hooks = leaf.meta().hooks.clone();
        run_hooks(&hooks, g)?
    };
    let old = leaf.grad();
    let new = match old {
        None => {
            if create_graph {
                // torch copies into a fresh grad tensor (`new_empty_strided(..).copy_(g)`)
                g.alias_named("CopyBackwards".to_string())
            } else if Arc::strong_count(&g.0) == 1 && Arc::strong_count(&g.0.storage) == 1 && g.is_contiguous() {
                g.detach()
            } else {
                g.detach().contiguous_copy()
            }
        }
        Some(old) => {
            if create_graph || is_grad_enabled() {
                old.add(&g)?
            } else {
                old.add_assign_(&g)?;
                return Ok(());
            }
        }
    };
    leaf.set_grad(Some(new));
    Ok(())
}

/// Gradients on their way to leaves: summed until every edge into the leaf has delivered (or
/// given None), then accumulated once, as torch's AccumulateGrad node does: a leaf's hooks see
/// the total gradient once, and `.grad += (g1 + g2)` rounds as torch's does.
#[derive(Default)]
struct LeafBufs {
    deps: IdMap<u64, usize>,
    sums: IdMap<u64, Tensor>,
    order: Vec<Tensor>,
}

impl LeafBufs {
    /// One edge into `t` delivered `g`: Some((leaf, total)) once it was the last one.
    fn arrive(&mut self, t: &Tensor, g: Option<Tensor>) -> Result<Option<(Tensor, Tensor)>> {
        let id = t.id();
        if let Some(g) = g {
            match self.sums.remove(&id) {
                None => {
                    if !self.order.iter().any(|o| o.id() == id) {
                        self.order.push(t.clone());
                    }
                    self.sums.insert(id, g);
                }
                Some(prev) => {
                    self.sums.insert(id, prev.add(&g)?);
                }
            }
        }
        let d = self.deps.entry(id).or_insert(1);
        *d = d.saturating_sub(1);
        if *d == 0 {
            return Ok(self.sums.remove(&id).map(|g| (t.clone(), g)));
        }
        Ok(None)
    }
    /// Leaves whose sums are still held (edges that never ran), in order of first arrival.
    fn rest(&mut self) -> Vec<(Tensor, Tensor)> {
        let order = std::mem::take(&mut self.order);
        order.into_iter().filter_map(|t| self.sums.remove(&t.id()).map(|g| (t, g))).collect()
    }
}

pub const FREED_MSG: &str = "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.";

/// One engine for `Tensor.backward`, `torch.autograd.grad`, MindSpore's grad and TF's tape.
/// With `inputs` non-empty, gradients are returned for them and leaves are left untouched
/// (unless `accumulate`); otherwise gradients accumulate into every leaf's `.grad`.
pub fn run_backward(
    roots: &[Tensor],
    grad_roots: Vec<Option<Tensor>>,
    inputs: &[Tensor],
    retain_graph: bool,
    create_graph: bool,
    allow_unused: bool,
    accumulate: bool,
) -> Result<Vec<Option<Tensor>>> {
    let _mode = GradModeGuard::new(create_graph);
    // Seeds.
    let mut seeds: Vec<(Edge, Tensor)> = Vec::new();
    for (i, (r, g)) in roots.iter().zip(grad_roots.into_iter()).enumerate() {
        if !r.requires_grad() {
            return Err(Error::runtime(format!(
                "element {} of tensors does not require grad and does not have a grad_fn",
                i
            )));
        }
        let g = match g {
            Some(g) => {
                if g.shape() != r.shape() {
                    return Err(Error::runtime(format!(
                        "Mismatch in shape: grad_output[{}] has a shape of torch.Size({}) and output[{}] has a shape of torch.Size({}).",
                        i,
                        crate::layout::fmt_shape(g.shape()),
                        i,
                        crate::layout::fmt_shape(r.shape())
                    )));
                }
                g
            }
            None => {
                if r.numel() != 1 {
                    return Err(Error::runtime("grad can be implicitly created only for scalar outputs"));
                }
                r.ones_like()
            }
        };
        let edge = match r.grad_fn() {
            Some(n) => Edge::Node(n.clone()),
            None => Edge::Leaf(r.clone()),
        };
        seeds.push((edge, g));
    }
    // Capture targets for autograd.grad.
    let mut cap_leaf: IdMap<u64, usize> = IdMap::default();
    let mut cap_node: IdMap<usize, usize> = IdMap::default();
    for (i, t) in inputs.iter().enumerate() {
        if !t.requires_grad() {
            return Err(Error::runtime("One of the differentiated Tensors does not require grad"));
        }
        match t.grad_fn() {
            Some(n) => cap_node.insert(n.key(), i),
            None => cap_leaf.insert(t.id(), i),
        };
    }
    let capturing = !inputs.is_empty();
    let mut captured: Vec<Option<Tensor>> = vec![None; inputs.len()];
    // a nested backward (inside a rule) does not inherit the caller's recording windows
    let windows = SEQ_WINDOWS.with(|w| w.borrow_mut().take());
    let inside = |n: &Arc<Node>| match &windows {
        None => true,
        Some(ws) => ws.iter().any(|&(a, b)| n.seq >= a && n.seq < b) || cap_node.contains_key(&n.key()),
    };
    seeds.retain(|(e, _)| match e {
        Edge::Node(n) => inside(n),
        Edge::Leaf(_) => true,
    });

    // Dependency counts over the reachable graph.
    let mut deps: IdMap<usize, usize> = IdMap::default();
    let mut nodes: IdMap<usize, Arc<Node>> = IdMap::default();
    let mut stack: Vec<Arc<Node>> = Vec::new();
    for (e, _) in &seeds {
        if let Edge::Node(n) = e {
            if !nodes.contains_key(&n.key()) {
                nodes.insert(n.key(), n.clone());
                stack.push(n.clone());
            }
        }
    }
    let mut leaves = LeafBufs::default();
    for (e, _) in &seeds {
        if let Edge::Leaf(t) = e {
            *leaves.deps.entry(t.id()).or_insert(0) += 1;
        }
    }
    while let Some(n) = stack.pop() {
        for e in n.next.iter().flatten() {
            if let Edge::Leaf(t) = e {
                *leaves.deps.entry(t.id()).or_insert(0) += 1;
            }
            if let Edge::Node(m) = e {
                if !inside(m) {
                    continue;
                }
                *deps.entry(m.key()).or_insert(0) += 1;
                if !nodes.contains_key(&m.key()) {
                    nodes.insert(m.key(), m.clone());
                    stack.push(m.clone());
                }
            }
        }
    }

    // autograd.grad / backward(inputs=): only nodes with a path to a requested input run (torch's
    // exec_info); the others neither run nor fire hooks. Edges point to older nodes, so walking
    // by ascending sequence number sees every node's successors first.
    // (no hashing: the nodes sorted by (seq, address) and one flag each, found by binary search)
    // Every edge ends at a leaf that requires grad, so when every leaf the graph reaches is a
    // requested input, every node leads to one: no pruning (the common case of grad(f)(w, b)).
    let prune = capturing
        && nodes.values().any(|n| n.next.iter().flatten().any(|e| matches!(e, Edge::Leaf(t) if !cap_leaf.contains_key(&t.id()))));
    let useful: Option<(Vec<(u64, usize)>, Vec<bool>)> = prune.then(|| {
        let mut order: Vec<(u64, usize)> = nodes.values().map(|n| (n.seq, n.key())).collect();
        order.sort_unstable();
        let mut flags = vec![false; order.len()];
        for j in 0..order.len() {
            flags[j] = nodes[&order[j].1].next.iter().flatten().any(|e| match e {
                Edge::Leaf(t) => cap_leaf.contains_key(&t.id()),
                Edge::Node(m) => {
                    cap_node.contains_key(&m.key())
                        || order.binary_search(&(m.seq, m.key())).is_ok_and(|i| flags[i])
                }
            });
        }
        (order, flags)
    });

    let mut buffers: IdMap<usize, Tensor> = IdMap::default();
    let deliver_leaf = |t: &Tensor, g: Tensor, captured: &mut Vec<Option<Tensor>>| -> Result<()> {
        if let Some(&i) = cap_leaf.get(&t.id()) {
            let g = if t.meta().hooks.is_empty() { g } else { run_hooks(&t.meta().hooks.clone(), g)? };
            captured[i] = Some(add_grads(captured[i].take(), g)?);
            return Ok(());
        }
        if capturing && !accumulate {
            return Ok(());
        }
        accumulate_grad(t, g, create_graph)
    };
    for (e, g) in seeds {
        match e {
            Edge::Node(n) => {
                let k = n.key();
                let prev = buffers.remove(&k);
                buffers.insert(k, add_grads(prev, g)?);
            }
            Edge::Leaf(t) => {
                if let Some((t, g)) = leaves.arrive(&t, Some(g))? {
                    deliver_leaf(&t, g, &mut captured)?;
                }
            }
        }
    }
    let mut ready: BinaryHeap<(u64, usize)> = BinaryHeap::new();
    // A node whose rule does not run: its leaves get "no gradient" from it, its successors one
    // dependency less.
    macro_rules! pass_none {
        ($node:expr) => {
            for e in $node.next.iter().flatten() {
                if let Edge::Leaf(t) = e {
                    if let Some((t, g)) = leaves.arrive(t, None)? {
                        deliver_leaf(&t, g, &mut captured)?;
                    }
                }
            }
            release(&$node, &mut deps, &nodes, &mut ready);
        };
    }
    for (k, n) in &nodes {
        if deps.get(k).copied().unwrap_or(0) == 0 {
            ready.push((n.seq, *k));
        }
    }
    while let Some((seq, k)) = ready.pop() {
        let node = nodes[&k].clone();
        let skip = useful.as_ref().is_some_and(|(o, f)| o.binary_search(&(seq, k)).is_ok_and(|i| !f[i]));
        let grad = buffers.remove(&k).filter(|_| !skip || cap_node.contains_key(&k));
        let Some(mut grad) = grad else {
            // No gradient reached this node; still release its dependents (leaves included).
            pass_none!(node);
            continue;
        };
        {
            let hooks = node.pre_hooks.lock().unwrap().clone();
            grad = run_hooks(&hooks, grad)?;
        }
        if let Some(w) = node.retained.lock().unwrap().as_ref().and_then(|w| w.upgrade()) {
            let t = Tensor(w);
            let g = if create_graph { grad.clone() } else { grad.detach() };
            let old = t.grad();
            t.set_grad(Some(match old {
                None => g.contiguous_copy(),
                Some(o) => o.add(&g)?,
            }));
        }
        if let Some(&i) = cap_node.get(&k) {
            captured[i] = Some(add_grads(captured[i].take(), grad.clone())?);
            if skip {
                // captured here and leading to no other input: its rule does not run
                pass_none!(node);
                continue;
            }
        }
        let needs: Vec<bool> = node.next.iter().map(|e| e.is_some()).collect();
        let grads = {
            let mut rule_slot = node.rule.lock().unwrap();
            let Some(rule) = rule_slot.as_ref() else {
                return Err(Error::runtime(FREED_MSG));
            };
            for (cell, v) in node.saved.lock().unwrap().iter() {
                if cell.version() != *v {
                    return Err(Error::runtime(format!(
                        "one of the variables needed for gradient computation has been modified by an inplace operation: it is an input or output of {}, is at version {}; expected version {} instead. Hint: the backtrace further above shows the operation that failed to compute its gradient.",
                        node.name, cell.version(), v
                    )));
                }
            }
            let cx = Ctx { node: &node, needs, create_graph };
            let out = rule.apply(&grad, &cx)?;
            if !retain_graph && rule.saves_tensors() {
                *rule_slot = None;
                node.freed.store(true, Ordering::Relaxed);
            }
            out
        };
        drop(grad);
        for (i, (edge, g)) in node.next.iter().zip(grads.into_iter()).enumerate() {
            let Some(edge) = edge else { continue };
            let Some(mut g) = g else {
                if let Edge::Leaf(t) = edge {
                    if let Some((t, g)) = leaves.arrive(t, None)? {
                        deliver_leaf(&t, g, &mut captured)?;
                    }
                }
                continue;
            };
            let (shape, dtype) = &node.inputs[i];
            if g.shape() != shape.as_slice() {
                g = if crate::ops::flavor_ms_matmul::ms_backward() { g.sum_to_ms(shape)? } else { g.sum_to(shape)? };
            }
            if g.dtype() != *dtype {
                g = g.to_dtype(*dtype)?;
            }
            match edge {
                Edge::Node(m) if !inside(m) => {}
                Edge::Node(m) => {
                    let mk = m.key();
                    let prev = buffers.remove(&mk);
                    buffers.insert(mk, add_grads(prev, g)?);
                }
                Edge::Leaf(t) => {
                    if let Some((t, g)) = leaves.arrive(t, Some(g))? {
                        deliver_leaf(&t, g, &mut captured)?;
                    }
                }
            }
        }
        release(&node, &mut deps, &nodes, &mut ready);
    }
    for (t, g) in leaves.rest() {
        deliver_leaf(&t, g, &mut captured)?;
    }
    if capturing && !allow_unused {
        if captured.iter().any(|c| c.is_none()) {
            return Err(Error::runtime(
                "One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.",
            ));
        }
    }
    Ok(captured)
}

fn release(
    node: &Arc<Node>,
    deps: &mut IdMap<usize, usize>,
    nodes: &IdMap<usize, Arc<Node>>,
    ready: &mut BinaryHeap<(u64, usize)>,
) {
    for e in node.next.iter().flatten() {
        if let Edge::Node(m) = e {
            // no count: a node outside the recording windows, cut from this pass
            let Some(d) = deps.get_mut(&m.key()) else { continue };
            *d -= 1;
            if *d == 0 {
                ready.push((nodes[&m.key()].seq, m.key()));
            }
        }
    }
}
