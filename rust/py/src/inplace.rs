//! In-place ops on tensors that take part in autograd, recorded as torch does: the op runs out of
//! place on a snapshot (old values, old history), the result is written into the tensor's
//! storage, and the result's node becomes the tensor's grad_fn (torch's rebase_history).
//! Index assignment records torch's `CopySlices` node.
use crate::errors::IntoPyResult;
use ferrograd_core::autograd::{Backward, Ctx, Node};
use ferrograd_core::{DType, GradModeGuard, Result as CoreResult, Tensor};
use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;

pub const LEAF_INPLACE: &str = "a leaf Variable that requires grad is being used in an in-place operation.";

/// Whether an in-place op on `t` (with operand `other`) must be recorded in the graph; errors
/// for a leaf that requires grad, as torch does.
pub fn tracked(t: &Tensor, other: Option<&Tensor>) -> PyResult<bool> {
    if !ferrograd_core::is_grad_enabled() {
        return Ok(false);
    }
    if let Some(msg) = t.view_inplace_error() {
        return Err(PyRuntimeError::new_err(msg));
    }
    if t.requires_grad() && t.is_leaf() {
        return Err(PyRuntimeError::new_err(LEAF_INPLACE));
    }
    let rec = t.requires_grad() || other.map_or(false, |o| o.requires_grad());
    if rec {
        // a part of a bigger tensor in a graph: its base's history could not be rebased
        let whole = t.layout().offset == 0 && t.is_contiguous() && t.numel() == t.read().len();
        if !whole {
            let of_leaf = t.grad_fn().is_some_and(|n| matches!(n.next.first(), Some(Some(ferrograd_core::autograd::Edge::Leaf(_)))));
            return Err(PyRuntimeError::new_err(if of_leaf {
                "a view of a leaf Variable that requires grad is being used in an in-place operation."
            } else {
                "ferrograd does not record in-place operations on views of tensors that are part of a graph; use the out-of-place op"
            }));
        }
    }
    Ok(rec)
}

/// Runs `f` on a snapshot of `t`, writes the result into `t` and rebases `t`'s history on it.
pub fn recorded(t: &Tensor, f: impl FnOnce(&Tensor) -> CoreResult<Tensor>) -> PyResult<()> {
    let mut snap = t.detach().contiguous_copy();
    if let Some(n) = t.grad_fn() {
        snap = snap.with_grad_fn(n);
    }
    let r = f(&snap).py()?;
    {
        let _g = GradModeGuard::new(false);
        t.copy_from_(&r.detach()).py()?;
    }
    if let Some(n) = r.grad_fn() {
        t.rebase_history(n);
    }
    Ok(())
}

/// `t` filled with `src` (broadcast, cast), the old values getting no gradient; named `name`.
pub fn replaced_by(s: &Tensor, src: &Tensor, name: &str) -> CoreResult<Tensor> {
    let never = Tensor::full(s.shape(), 0.0, DType::Bool);
    let src = src.to_dtype(s.dtype())?.broadcast_to(s.shape())?;
    Ok(s.where_(&never, &src)?.alias_named(name.to_string()))
}

struct CopySlicesRule {
    keep: Tensor,
    flat: Tensor,
    numel: usize,
    sel_shape: Vec<usize>,
    value_shape: Vec<usize>,
    value_dtype: DType,
}

impl Backward for CopySlicesRule {
    fn apply(&self, g: &Tensor, cx: &Ctx) -> CoreResult<Vec<Option<Tensor>>> {
        let gs = if cx.needs[0] { Some(g.where_(&self.keep, &Tensor::scalar(0.0, g.dtype()))?) } else { None };
        let gv = if cx.needs[1] {
            let sel = g.reshape(&[self.numel])?.index_select(0, &self.flat)?.reshape(&self.sel_shape)?;
            Some(sel.sum_to(&self.value_shape)?.to_dtype(self.value_dtype)?)
        } else {
            None
        };
        Ok(vec![gs, gv])
    }
    fn saves_tensors(&self) -> bool {
        false
    }
}

/// Writes `v` at the element numbers `flat` (row-major over the selection of shape `sel_shape`)
/// and records torch's CopySlices node as `t`'s history.
pub fn copy_slices(t: &Tensor, flat: Vec<usize>, sel_shape: Vec<usize>, v: &Tensor, name: &'static str) -> PyResult<()> {
    {
        let _g = GradModeGuard::new(false);
        let vv = v.detach().broadcast_to(&sel_shape).py()?.reshape(&[flat.len()]).py()?;
        t.put_flat_(&flat, &vv).py()?;
    }
    let n = t.numel();
    let mut keep = vec![true; n];
    for &i in &flat {
        keep[i] = false;
    }
    let rule = CopySlicesRule {
        keep: Tensor::from_vec(keep, t.shape()),
        flat: Tensor::from_vec(flat.iter().map(|&i| i as i64).collect::<Vec<_>>(), &[flat.len()]),
        numel: n,
        sel_shape,
        value_shape: v.shape().to_vec(),
        value_dtype: v.dtype(),
    };
    let node = Node::new(name.into(), Box::new(rule), &[t, v]);
    t.rebase_history(node);
    Ok(())
}
