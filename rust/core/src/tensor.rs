//! The tensor: shared storage + layout + autograd metadata. Cloning is an `Arc` clone.
use crate::autograd::{Backward, Hook, Node};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::layout::{walk2, Layout};
use crate::storage::{Elem, Storage, StorageCell};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

/// Mutable per-tensor autograd state (only touched by grad accumulation and the user).
#[derive(Default)]
pub struct GradMeta {
    pub grad: Option<Tensor>,
    pub hooks: Vec<Hook>,
    pub retains_grad: bool,
}

pub struct TensorImpl {
    pub id: u64,
    pub storage: Arc<StorageCell>,
    pub layout: Layout,
    pub dtype: DType,
    /// History; swapped only by in-place ops on tensors in a graph (`rebase_history`).
    pub grad_fn: RwLock<Option<Arc<Node>>>,
    /// Leaf flag: set by `requires_grad_`. Non-leaves require grad through `grad_fn`.
    pub leaf_requires_grad: AtomicBool,
    pub meta: Mutex<GradMeta>,
    /// A view's base: the tensor whose storage it shows (never itself a view, as torch's `_base`).
    pub base: Option<Tensor>,
    /// The view was made with grad mode off (torch's CreationMeta::NO_GRAD_MODE).
    pub view_no_grad: bool,
}

#[derive(Clone)]
pub struct Tensor(pub Arc<TensorImpl>);

impl std::fmt::Debug for Tensor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Tensor(shape={:?}, dtype={:?}, data={:?})", self.shape(), self.dtype(), self.to_f64_vec())
    }
}

impl Tensor {
    pub fn from_parts(storage: Arc<StorageCell>, mut layout: Layout, dtype: DType, grad_fn: Option<Arc<Node>>) -> Tensor {
        // An empty view reads nothing: offset 0 keeps every kernel's `data[offset..offset + 0]`
        // inside its buffer (a view like `empty(2, 0, 3)[1]` would point past the empty one).
        if layout.offset != 0 && layout.shape.contains(&0) {
            layout.offset = 0;
        }
        Tensor(Arc::new(TensorImpl {
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            storage,
            layout,
            dtype,
            grad_fn: RwLock::new(grad_fn),
            leaf_requires_grad: AtomicBool::new(false),
            meta: Mutex::new(GradMeta::default()),
            base: None,
            view_no_grad: false,
        }))
    }
    pub fn from_storage(s: Storage, shape: &[usize]) -> Tensor {
        debug_assert_eq!(s.len(), crate::layout::numel(shape));
        let dt = s.dtype();
        Tensor::from_parts(Arc::new(StorageCell::new(s)), Layout::contiguous(shape), dt, None)
    }
    pub fn from_vec<T: Elem>(v: Vec<T>, shape: &[usize]) -> Tensor {
        Tensor::from_storage(T::wrap(v), shape)
    }
    pub fn zeros(shape: &[usize], dtype: DType) -> Tensor {
        Tensor::from_storage(Storage::zeros(dtype, crate::layout::numel(shape)), shape)
    }
    pub fn full(shape: &[usize], v: f64, dtype: DType) -> Tensor {
        Tensor::from_storage(Storage::full(dtype, crate::layout::numel(shape), v), shape)
    }
    pub fn scalar(v: f64, dtype: DType) -> Tensor {
        Tensor::full(&[], v, dtype)
    }
    pub fn ones_like(&self) -> Tensor {
        Tensor::full(self.shape(), 1.0, self.dtype())
    }
    pub fn zeros_like(&self) -> Tensor {
        Tensor::zeros(self.shape(), self.dtype())
    }

    pub fn id(&self) -> u64 {
        self.0.id
    }
    pub fn shape(&self) -> &[usize] {
        &self.0.layout.shape
    }
    pub fn layout(&self) -> &Layout {
        &self.0.layout
    }
    pub fn strides(&self) -> &[isize] {
        &self.0.layout.strides
    }
    pub fn dtype(&self) -> DType {
        self.0.dtype
    }
    pub fn ndim(&self) -> usize {
        self.0.layout.shape.len()
    }
    pub fn numel(&self) -> usize {
        self.0.layout.numel()
    }
    pub fn is_contiguous(&self) -> bool {
        self.0.layout.is_contiguous()
    }
    pub fn read(&self) -> RwLockReadGuard<'_, Storage> {
        self.0.storage.read().unwrap_or_else(|e| e.into_inner())
    }
    pub fn write(&self) -> RwLockWriteGuard<'_, Storage> {
        self.0.storage.write().unwrap_or_else(|e| e.into_inner())
    }
    pub fn same_storage(&self, other: &Tensor) -> bool {
        Arc::ptr_eq(&self.0.storage, &other.0.storage)
    }

    // ---- autograd metadata ----
    pub fn grad_fn(&self) -> Option<Arc<Node>> {
        self.0.grad_fn.read().unwrap_or_else(|e| e.into_inner()).clone()
    }
    pub fn is_leaf(&self) -> bool {
        self.0.grad_fn.read().unwrap_or_else(|e| e.into_inner()).is_none()
    }
    /// torch's requires_grad: a view without history (made in no_grad mode, or before its base
    /// required grad) follows its base, though no gradient flows through it.
    pub fn requires_grad(&self) -> bool {
        !self.is_leaf() || self.leaf_requires_grad() || self.0.base.as_ref().is_some_and(|b| b.requires_grad())
    }
    /// The leaf's own flag (`requires_grad_`): gradients accumulate into its `.grad`.
    pub fn leaf_requires_grad(&self) -> bool {
        self.0.leaf_requires_grad.load(Ordering::Relaxed)
    }
    /// In-place ops on a tensor in a graph: the tensor's data was overwritten by the result of
    /// `node`, which becomes its history (torch's rebase_history). The old history stays
    /// reachable through the edges `node` took when it was created.
    pub fn rebase_history(&self, node: Arc<Node>) {
        *self.0.grad_fn.write().unwrap_or_else(|e| e.into_inner()) = Some(node);
    }
    pub fn set_requires_grad(&self, flag: bool) -> Result<()> {
        if !self.is_leaf() {
            if flag {
                return Ok(());
            }
            return Err(Error::runtime(
                "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().",
            ));
        }
        if flag && !self.dtype().is_float() {
            return Err(Error::runtime("only Tensors of floating point dtype can require gradients"));
        }
        self.0.leaf_requires_grad.store(flag, Ordering::Relaxed);
        Ok(())
    }
    pub fn meta(&self) -> std::sync::MutexGuard<'_, GradMeta> {
        self.0.meta.lock().unwrap_or_else(|e| e.into_inner())
    }
    pub fn grad(&self) -> Option<Tensor> {
        self.meta().grad.clone()
    }
    pub fn set_grad(&self, g: Option<Tensor>) {
        self.meta().grad = g;
    }
    pub fn register_hook(&self, h: Hook) {
        match &self.grad_fn() {
            Some(node) => node.pre_hooks.lock().unwrap().push(h),
            None => self.meta().hooks.push(h),
        }
    }
    pub fn retain_grad(&self) {
        if let Some(node) = &self.grad_fn() {
            *node.retained.lock().unwrap() = Some(Arc::downgrade(&self.0));
        }
        self.meta().retains_grad = true;
    }

    /// Same data and layout, no history.
    pub fn detach(&self) -> Tensor {
        Tensor::from_parts(self.0.storage.clone(), self.0.layout.clone(), self.0.dtype, None)
    }
    /// Same data and layout, with the given history (for rules that use their own output).
    pub fn with_grad_fn(&self, node: Arc<Node>) -> Tensor {
        let t = Tensor::from_parts(self.0.storage.clone(), self.0.layout.clone(), self.0.dtype, Some(node));
        match &self.0.base {
            None => t,
            Some(b) => t.into_view_of(b, self.0.view_no_grad),
        }
    }
    /// A user-visible view of self (torch's `_base` link): same storage, another layout, no history.
    pub fn view_of(&self, layout: Layout) -> Tensor {
        let base = self.0.base.as_ref().unwrap_or(self);
        self.view_with(layout).into_view_of(base, !crate::autograd::is_grad_enabled())
    }
    fn into_view_of(mut self, base: &Tensor, no_grad: bool) -> Tensor {
        let imp = Arc::get_mut(&mut self.0).expect("a fresh tensor");
        imp.base = Some(base.clone());
        imp.view_no_grad = no_grad;
        self
    }
    /// torch's `_base`: the tensor a view shows, None for other tensors.
    pub fn base(&self) -> Option<&Tensor> {
        self.0.base.as_ref()
    }
    /// torch's check_inplace for views: the error an in-place op on self would raise with grad mode
    /// on because of its base (a view of a leaf that requires grad, or a view made in no_grad mode
    /// of a tensor that requires grad).
    pub fn view_inplace_error(&self) -> Option<&'static str> {
        let base = self.0.base.as_ref().filter(|b| b.requires_grad())?;
        if self.0.view_no_grad {
            Some("A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).")
        } else if base.is_leaf() {
            Some("a view of a leaf Variable that requires grad is being used in an in-place operation.")
        } else {
            None
        }
    }
    /// A view: same storage, another layout, no history (the caller records it).
    pub fn view_with(&self, layout: Layout) -> Tensor {
        Tensor::from_parts(self.0.storage.clone(), layout, self.0.dtype, None)
    }

    /// Records `name` on `out` if grad mode is on and some input requires grad.
    /// `rule` gets the detached output so rules that need it (exp, tanh, ...) can save it.
    pub fn record(
        out: Tensor,
        name: &'static str,
        inputs: &[&Tensor],
        rule: impl FnOnce(&Tensor) -> Box<dyn Backward>,
    ) -> Tensor {
        if !crate::autograd::needs_grad(inputs) {
            return out;
        }
        let rule = rule(&out);
        let saves_out = rule.saves_output();
        let node = Node::new(name.into(), rule, inputs);
        if saves_out {
            node.saved.lock().unwrap().push((out.0.storage.clone(), out.0.storage.version()));
        }
        if Arc::strong_count(&out.0) == 1 && Arc::weak_count(&out.0) == 0 {
            // nobody else (the rule included) holds the fresh output: give it the history in
            // place instead of allocating a second tensor (no cycle: the node cannot reach it)
            *out.0.grad_fn.write().unwrap_or_else(|e| e.into_inner()) = Some(node);
            return out;
        }
        out.with_grad_fn(node)
    }

    // ---- data access ----
    /// Row-major copy of the elements as `T` (the tensor must have dtype `T`).
    pub fn to_vec<T: Elem>(&self) -> Vec<T> {
        let s = self.read();
        let data = T::slice(&s);
        let l = &self.0.layout;
        let n = l.numel();
        if l.is_contiguous() {
            return data[l.offset..l.offset + n].to_vec();
        }
        let mut out = Vec::with_capacity(n);
        walk2(&l.shape, &l.strides, l.offset, &l.strides, l.offset, |a, _| out.push(data[a]));
        out
    }
    pub fn to_f64_vec(&self) -> Vec<f64> {
        crate::with_dtype!(self.dtype(), T, self.to_vec::<T>().into_iter().map(|v| v.to_f64()).collect())
    }
    /// Value of a one-element tensor.
    pub fn item(&self) -> Result<f64> {
        if self.numel() != 1 {
            return Err(Error::runtime(format!(
                "a Tensor with {} elements cannot be converted to Scalar",
                self.numel()
            )));
        }
        Ok(self.to_f64_vec()[0])
    }
    /// Runs `f` on the contiguous data slice, copying only when the layout is strided.
    pub fn with_contiguous<T: Elem, R>(&self, f: impl FnOnce(&[T]) -> R) -> R {
        let l = &self.0.layout;
        if l.is_contiguous() {
            let s = self.read();
            let data = T::slice(&s);
            f(&data[l.offset..l.offset + l.numel()])
        } else {
            let v = self.to_vec::<T>();
            f(&v)
        }
    }
}
