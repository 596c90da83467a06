//! Views (reshape, permute, expand, slice, select, squeeze...) and cat/stack.
//! Views share storage and change only the layout; their rules map the gradient back.
use super::kernels::update2;
use super::unary::IdentityRule;
use crate::autograd::{Backward, Ctx};
use crate::dtype::DType;
use crate::error::{Error, Result};
use crate::layout::{contiguous_strides, fmt_shape, numel, wrap_dim, Layout};
use crate::tensor::Tensor;
use crate::with_dtype;

/// A strided view expressed in the index space of a contiguous tensor of the input's shape.
#[derive(Debug, Clone)]
pub struct StridedSpec {
    pub shape: Vec<usize>,
    pub strides: Vec<isize>,
    pub offset: usize,
}

enum ViewKind {
    Reshape(Vec<usize>),
    Permute(Vec<usize>),
    Expand,
    Strided(Vec<usize>, StridedSpec),
}

struct ViewRule(ViewKind);
impl Backward for ViewRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let gi = match &self.0 {
            ViewKind::Reshape(shape) => g.reshape(shape)?,
            ViewKind::Permute(perm) => {
                let mut inv = vec![0; perm.len()];
                for (i, &p) in perm.iter().enumerate() {
                    inv[p] = i;
                }
                g.permute(&inv)?
            }
            ViewKind::Expand => g.clone(),
            ViewKind::Strided(shape, spec) => g.strided_scatter(shape, spec)?,
        };
        Ok(vec![Some(gi)])
    }
    fn saves_tensors(&self) -> bool {
        false
    }
}

impl Tensor {
    fn record_view(&self, layout: Layout, name: &'static str, kind: impl FnOnce() -> ViewKind) -> Tensor {
        let out = self.view_of(layout);
        Tensor::record(out, name, &[self], |_| Box::new(ViewRule(kind())))
    }

    /// Resolves one -1 in a requested shape, with torch's error messages.
    pub fn infer_shape(&self, shape: &[isize]) -> Result<Vec<usize>> {
        let n = self.numel();
        let mut infer = None;
        let mut known = 1usize;
        for (i, &d) in shape.iter().enumerate() {
            if d == -1 {
                if infer.is_some() {
                    return Err(Error::runtime("only one dimension can be inferred"));
                }
                infer = Some(i);
            } else if d < 0 {
                return Err(Error::runtime(format!("invalid shape dimension {}", d)));
            } else {
                known *= d as usize;
            }
        }
        let mut out: Vec<usize> = shape.iter().map(|&d| d.max(0) as usize).collect();
        let desc = format!("[{}]", shape.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "));
        if let Some(i) = infer {
            if known == 0 || n % known != 0 {
                return Err(Error::runtime(format!("shape '{}' is invalid for input of size {}", desc, n)));
            }
            out[i] = n / known;
        } else if known != n {
            return Err(Error::runtime(format!("shape '{}' is invalid for input of size {}", desc, n)));
        }
        Ok(out)
    }

    /// reshape: a view when the strides allow it, else a copy (torch's semantics).
    pub fn reshape(&self, shape: &[usize]) -> Result<Tensor> {
        if numel(shape) != self.numel() {
            return Err(Error::runtime(format!(
                "shape '{}' is invalid for input of size {}",
                fmt_shape(shape),
                self.numel()
            )));
        }
        if shape == self.shape() {
            return Ok(self.clone());
        }
        let in_shape = self.shape().to_vec();
        match self.layout().view_strides(shape) {
            Some(strides) => {
                let l = Layout { shape: shape.to_vec(), strides, offset: self.layout().offset };
                Ok(self.record_view(l, "ViewBackward0", || ViewKind::Reshape(in_shape)))
            }
            None => {
                let c = self.contiguous_copy();
                let out = c.view_with(Layout::contiguous(shape));
                Ok(Tensor::record(out, "UnsafeViewBackward0", &[self], |_| {
                    Box::new(ViewRule(ViewKind::Reshape(in_shape)))
                }))
            }
        }
    }
    /// view: like reshape but never copies (torch's error otherwise).
    pub fn view(&self, shape: &[usize]) -> Result<Tensor> {
        if numel(shape) == self.numel() && self.layout().view_strides(shape).is_none() {
            return Err(Error::runtime(
                "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.",
            ));
        }
        self.reshape(shape)
    }

    pub fn permute_named(&self, perm: &[usize], name: &'static str) -> Result<Tensor> {
        let nd = self.ndim();
        let mut seen = vec![false; nd];
        if perm.len() != nd {
            return Err(Error::runtime(format!(
                "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = {} is not equal to len(dims) = {}",
                nd,
                perm.len()
            )));
        }
        for &p in perm {
            if p >= nd || seen[p] {
                return Err(Error::runtime("permute(): duplicate dims are not allowed."));
            }
            seen[p] = true;
        }
        let l = self.layout();
        let layout = Layout {
            shape: perm.iter().map(|&p| l.shape[p]).collect(),
            strides: perm.iter().map(|&p| l.strides[p]).collect(),
            offset: l.offset,
        };
        let perm = perm.to_vec();
        Ok(self.record_view(layout, name, || ViewKind::Permute(perm)))
    }
    pub fn permute(&self, perm: &[usize]) -> Result<Tensor> {
        self.permute_named(perm, "PermuteBackward0")
    }
    pub fn transpose(&self, d0: isize, d1: isize) -> Result<Tensor> {
        let nd = self.ndim();
        let (a, b) = (wrap_dim(d0, nd)?, wrap_dim(d1, nd)?);
        let mut perm: Vec<usize> = (0..nd).collect();
        if nd > 0 {
            perm.swap(a, b);
        }
        self.permute_named(&perm, "TransposeBackward0")
    }
    /// 2-D transpose (TBackward0); 0-D and 1-D are returned as they are.
    pub fn t(&self) -> Result<Tensor> {
        match self.ndim() {
            0 | 1 => Ok(self.clone()),
            2 => self.permute_named(&[1, 0], "TBackward0"),
            n => Err(Error::runtime(format!("t() expects a tensor with <= 2 dimensions, but self is {}D", n))),
        }
    }

    pub fn unsqueeze(&self, dim: isize) -> Result<Tensor> {
        let nd = self.ndim();
        let d = wrap_dim(dim, nd + 1)?;
        let l = self.layout();
        let mut shape = l.shape.clone();
        let mut strides = l.strides.clone();
        let st = if d < nd { strides[d] * shape[d] as isize } else { 1 };
        shape.insert(d, 1);
        strides.insert(d, st);
        let in_shape = l.shape.clone();
        Ok(self.record_view(Layout { shape, strides, offset: l.offset }, "UnsqueezeBackward0", || {
            ViewKind::Reshape(in_shape)
        }))
    }
    /// squeeze(None): all size-1 dims; squeeze(Some(d)): that dim if it has size 1.
    pub fn squeeze(&self, dims: Option<&[isize]>) -> Result<Tensor> {
        let l = self.layout();
        let nd = l.ndim();
        let drop: Vec<bool> = match dims {
            None => l.shape.iter().map(|&s| s == 1).collect(),
            Some(ds) => {
                let mut v = vec![false; nd];
                for &d in ds {
                    let d = wrap_dim(d, nd)?;
                    if nd > 0 && l.shape[d] == 1 {
                        v[d] = true;
                    }
                }
                v
            }
        };
        let mut shape = vec![];
        let mut strides = vec![];
        for i in 0..nd {
            if !drop[i] {
                shape.push(l.shape[i]);
                strides.push(l.strides[i]);
            }
        }
        let in_shape = l.shape.clone();
        let name = if dims.is_none() { "SqueezeBackward0" } else { "SqueezeBackward1" };
        Ok(self.record_view(Layout { shape, strides, offset: l.offset }, name, || ViewKind::Reshape(in_shape)))
    }

    /// expand to `shape` (-1 keeps a dim), stride 0 on broadcast dims.
    pub fn expand(&self, shape: &[isize]) -> Result<Tensor> {
        let l = self.layout();
        let n = shape.len();
        if n < l.ndim() {
            return Err(Error::runtime(format!(
                "expand(torch.FloatTensor{{{}}}, size=[{}]): the number of sizes provided ({}) must be greater or equal to the number of dimensions in the tensor ({})",
                l.shape.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "),
                shape.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "),
                n,
                l.ndim()
            )));
        }
        let mut out_shape = vec![0usize; n];
        let mut strides = vec![0isize; n];
        for i in 0..n {
            let j = i as isize - (n - l.ndim()) as isize;
            let want = shape[i];
            if j < 0 {
                if want < 0 {
                    return Err(Error::runtime("The expanded size of the tensor (-1) isn't allowed in a leading, non-existing dimension"));
                }
                out_shape[i] = want as usize;
                strides[i] = 0;
            } else {
                let (have, st) = (l.shape[j as usize], l.strides[j as usize]);
                let want = if want == -1 { have } else { want as usize };
                if have == want {
                    out_shape[i] = have;
                    strides[i] = st;
                } else if have == 1 {
                    out_shape[i] = want;
                    strides[i] = 0;
                } else {
                    return Err(Error::runtime(format!(
                        "The expanded size of the tensor ({}) must match the existing size ({}) at non-singleton dimension {}.  Target sizes: [{}].  Tensor sizes: [{}]",
                        want, have, i,
                        shape.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", "),
                        l.shape.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(", ")
                    )));
                }
            }
        }
        if out_shape == l.shape {
            return Ok(self.clone());
        }
        Ok(self.record_view(Layout { shape: out_shape, strides, offset: l.offset }, "ExpandBackward0", || ViewKind::Expand))
    }
    pub fn broadcast_to(&self, shape: &[usize]) -> Result<Tensor> {
        let s: Vec<isize> = shape.iter().map(|&d| d as isize).collect();
        self.expand(&s)
    }

    /// `self[start:end:step]` along `dim` (indices already clamped by the caller).
    pub fn slice(&self, dim: usize, start: usize, end: usize, step: usize) -> Result<Tensor> {
        let l = self.layout();
        let len = if end > start { (end - start).div_ceil(step) } else { 0 };
        let mut shape = l.shape.clone();
        let mut strides = l.strides.clone();
        shape[dim] = len;
        strides[dim] *= step as isize;
        let offset = (l.offset as isize + start as isize * l.strides[dim]) as usize;
        let in_shape = l.shape.clone();
        let cs = contiguous_strides(&in_shape);
        let mut spec_strides = cs.clone();
        spec_strides[dim] *= step as isize;
        let spec = StridedSpec { shape: shape.clone(), strides: spec_strides, offset: start * cs[dim] as usize };
        Ok(self.record_view(Layout { shape, strides, offset }, "SliceBackward0", || ViewKind::Strided(in_shape, spec)))
    }
    pub fn narrow(&self, dim: usize, start: usize, len: usize) -> Result<Tensor> {
        let size = self.shape().get(dim).copied().unwrap_or(0);
        if start + len > size {
            return Err(Error::runtime(format!(
                "start ({}) + length ({}) exceeds dimension size ({}).", start, len, size)));
        }
        self.slice(dim, start, start + len, 1)
    }
    /// `self[..., index, ...]` along `dim`, removing the dim.
    pub fn select(&self, dim: isize, index: isize) -> Result<Tensor> {
        let l = self.layout();
        let d = wrap_dim(dim, l.ndim())?;
        if l.ndim() == 0 {
            return Err(Error::index("select() cannot be applied to a 0-dim tensor."));
        }
        let size = l.shape[d] as isize;
        if index < -size || index >= size {
            return Err(Error::index(format!(
                "index {} is out of bounds for dimension {} with size {}",
                index, d, size
            )));
        }
        let i = if index < 0 { index + size } else { index } as usize;
        let mut shape = l.shape.clone();
        let mut strides = l.strides.clone();
        shape.remove(d);
        strides.remove(d);
        let offset = (l.offset as isize + i as isize * l.strides[d]) as usize;
        let in_shape = l.shape.clone();
        let cs = contiguous_strides(&in_shape);
        let mut sst = cs.clone();
        sst.remove(d);
        let spec = StridedSpec { shape: shape.clone(), strides: sst, offset: i * cs[d] as usize };
        Ok(self.record_view(Layout { shape, strides, offset }, "SelectBackward0", || ViewKind::Strided(in_shape, spec)))
    }

    /// Zeros of `shape` with `self` written into the strided view `spec` (the backward of views).
    pub fn strided_scatter(&self, shape: &[usize], spec: &StridedSpec) -> Result<Tensor> {
        let out = Tensor::zeros(shape, self.dtype());
        let view = out.view_with(Layout { shape: spec.shape.clone(), strides: spec.strides.clone(), offset: spec.offset });
        with_dtype!(self.dtype(), T, update2(&view, self, |_: T, y: T| y));
        let spec2 = spec.clone();
        Ok(Tensor::record(out, "AsStridedScatterBackward0", &[self], |_| Box::new(StridedGatherRule(spec2))))
    }
    /// The strided view `spec` of a contiguous copy of self (the backward of strided_scatter).
    pub fn strided_gather(&self, spec: &StridedSpec) -> Result<Tensor> {
        let c = self.contiguous()?;
        let out = c.view_with(Layout {
            shape: spec.shape.clone(),
            strides: spec.strides.clone(),
            offset: c.layout().offset + spec.offset,
        });
        let (shape, spec2) = (self.shape().to_vec(), spec.clone());
        Ok(Tensor::record(out, "AsStridedBackward0", &[&c], |_| Box::new(ViewRule(ViewKind::Strided(shape, spec2)))))
    }

    pub fn cat_named(tensors: &[Tensor], dim: isize, name: &'static str) -> Result<Tensor> {
        if tensors.is_empty() {
            return Err(Error::runtime("torch.cat(): expected a non-empty list of Tensors"));
        }
        // torch skips legacy empty 1-D tensors
        let parts: Vec<&Tensor> = tensors.iter().filter(|t| !(t.ndim() == 1 && t.numel() == 0)).collect();
        let parts: Vec<&Tensor> = if parts.is_empty() { vec![&tensors[0]] } else { parts };
        let first = parts[0];
        let nd = first.ndim();
        if nd == 0 {
            return Err(Error::runtime("zero-dimensional tensor (at position 0) cannot be concatenated"));
        }
        let d = wrap_dim(dim, nd)?;
        let mut dt = first.dtype();
        let mut total = 0;
        for (i, t) in parts.iter().enumerate() {
            if t.ndim() != nd {
                return Err(Error::runtime(format!(
                    "Tensors must have same number of dimensions: got {} and {}",
                    nd,
                    t.ndim()
                )));
            }
            for k in 0..nd {
                if k != d && t.shape()[k] != first.shape()[k] {
                    return Err(Error::runtime(format!(
                        "Sizes of tensors must match except in dimension {}. Expected size {} but got size {} for tensor number {} in the list.",
                        d, first.shape()[k], t.shape()[k], i
                    )));
                }
            }
            dt = DType::promote(dt, t.dtype());
            total += t.shape()[d];
        }
        let mut shape = first.shape().to_vec();
        shape[d] = total;
        let out = Tensor::zeros(&shape, dt);
        let mut off = 0;
        let mut sizes = vec![];
        for t in &parts {
            let len = t.shape()[d];
            let dst = out.narrow_nograd(d, off, len);
            dst.copy_from_(t)?;
            sizes.push(len);
            off += len;
        }
        let inputs: Vec<&Tensor> = parts.clone();
        Ok(Tensor::record(out, name, &inputs, |_| Box::new(CatRule { dim: d, sizes })))
    }
    pub fn cat(tensors: &[Tensor], dim: isize) -> Result<Tensor> {
        Tensor::cat_named(tensors, dim, "CatBackward0")
    }
    pub fn stack(tensors: &[Tensor], dim: isize) -> Result<Tensor> {
        if tensors.is_empty() {
            return Err(Error::runtime("stack expects a non-empty TensorList"));
        }
        let nd = tensors[0].ndim();
        for (i, t) in tensors.iter().enumerate() {
            if t.shape() != tensors[0].shape() {
                return Err(Error::runtime(format!(
                    "stack expects each tensor to be equal size, but got {} at entry 0 and {} at entry {}",
                    fmt_shape(tensors[0].shape()),
                    fmt_shape(t.shape()),
                    i
                )));
            }
        }
        let d = wrap_dim(dim, nd + 1)? as isize;
        let _g = crate::autograd::GradModeGuard::new(false);
        let ups: Vec<Tensor> = tensors.iter().map(|t| t.detach().unsqueeze(d)).collect::<Result<_>>()?;
        drop(_g);
        let out = Tensor::cat_named(&ups, d, "StackBackward0")?;
        let refs: Vec<&Tensor> = tensors.iter().collect();
        let sizes = vec![1; tensors.len()];
        Ok(Tensor::record(out, "StackBackward0", &refs, |_| Box::new(StackRule { dim: d as usize, n: sizes.len() })))
    }
    /// Slice view without recording (kernels writing into part of an output).
    pub fn narrow_nograd(&self, dim: usize, start: usize, len: usize) -> Tensor {
        let l = self.layout();
        let mut shape = l.shape.clone();
        shape[dim] = len;
        let offset = (l.offset as isize + start as isize * l.strides[dim]) as usize;
        self.view_with(Layout { shape, strides: l.strides.clone(), offset })
    }
    /// Identity node with a chosen name: composite ops (losses) show the framework's grad_fn.
    pub fn alias_named(&self, name: String) -> Tensor {
        if !crate::autograd::needs_grad(&[self]) {
            return self.clone();
        }
        let node = crate::autograd::Node::new(name.into(), Box::new(IdentityRule), &[self]);
        self.detach().with_grad_fn(node)
    }
    /// torch's clone() (preserve_format): the copy keeps self's order of dimensions in memory,
    /// so a non-overlapping dense tensor keeps its strides (a transpose stays transposed) and
    /// others get dense strides in the same order (CloneBackward0).
    pub fn clone_preserve(&self) -> Result<Tensor> {
        if self.is_contiguous() {
            return self.clone_tensor();
        }
        let (shape, st) = (self.shape(), self.strides());
        let mut order: Vec<usize> = (0..shape.len()).collect();
        order.sort_by_key(|&d| std::cmp::Reverse(st[d].unsigned_abs())); // stable: ties keep order
        let mut strides = vec![0isize; shape.len()];
        let mut acc = 1;
        let mut dense = true; // each dim (size 1 aside) steps over exactly the dims inside it
        for &d in order.iter().rev() {
            dense &= shape[d] == 1 || st[d] == acc as isize;
            strides[d] = acc as isize;
            acc *= shape[d].max(1);
        }
        if dense {
            strides = st.to_vec();
        }
        let out = Tensor::zeros(&[self.numel()], self.dtype()).view_with(Layout { shape: shape.to_vec(), strides, offset: 0 });
        out.copy_from_(self)?;
        Ok(Tensor::record(out, "CloneBackward0", &[self], |_| Box::new(IdentityRule)))
    }
    /// Alias with a new identity (an op in the graph that passes gradients through).
    pub fn alias(&self) -> Tensor {
        let out = self.detach();
        Tensor::record(out, "AliasBackward0", &[self], |_| Box::new(IdentityRule))
    }
}

struct StridedGatherRule(StridedSpec);
impl Backward for StridedGatherRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        Ok(vec![Some(g.strided_gather(&self.0)?)])
    }
    fn saves_tensors(&self) -> bool {
        false
    }
}

struct CatRule {
    dim: usize,
    sizes: Vec<usize>,
}
impl Backward for CatRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        let mut off = 0;
        let mut out = vec![];
        for &s in &self.sizes {
            out.push(Some(g.narrow(self.dim, off, s)?));
            off += s;
        }
        Ok(out)
    }
    fn saves_tensors(&self) -> bool {
        false
    }
}

struct StackRule {
    dim: usize,
    n: usize,
}
impl Backward for StackRule {
    fn apply(&self, g: &Tensor, _cx: &Ctx) -> Result<Vec<Option<Tensor>>> {
        (0..self.n).map(|i| g.select(self.dim as isize, i as isize).map(Some)).collect()
    }
    fn saves_tensors(&self) -> bool {
        false
    }
}

impl Tensor {
    /// User-facing reshape/view: torch records a ViewBackward0 node even when the shape is unchanged
    /// (so `x.view(x.shape)` of a leaf is a non-leaf view); internal callers keep `reshape`'s shortcut.
    pub fn reshape_user(&self, shape: &[usize]) -> Result<Tensor> {
        if shape == self.shape() {
            let in_shape = self.shape().to_vec();
            return Ok(self.record_view(self.layout().clone(), "ViewBackward0", || ViewKind::Reshape(in_shape)));
        }
        self.reshape(shape)
    }

    /// User-facing view (see `reshape_user`).
    pub fn view_user(&self, shape: &[usize]) -> Result<Tensor> {
        if shape == self.shape() {
            return self.reshape_user(shape);
        }
        self.view(shape)
    }
}

impl Tensor {
    /// The same op under another grad_fn name, keeping its edges (torch's fused kernels such as
    /// AddmmBackward0 list their inputs directly, where `alias_named` would add a wrapper node).
    /// Moves the backward rule out of the current top node, so call it only on a fresh temporary.
    pub fn renamed_grad_fn(&self, name: String) -> Tensor {
        let Some(old) = self.grad_fn() else { return self.clone() };
        let Some(rule) = old.rule.lock().unwrap().take() else { return self.alias_named(name) };
        let next = old
            .next
            .iter()
            .map(|e| match e {
                Some(crate::autograd::Edge::Node(n)) => Some(crate::autograd::Edge::Node(n.clone())),
                Some(crate::autograd::Edge::Leaf(t)) => Some(crate::autograd::Edge::Leaf(t.clone())),
                None => None,
            })
            .collect();
        let node = std::sync::Arc::new(crate::autograd::Node {
            name: name.into(),
            seq: old.seq,
            rule: std::sync::Mutex::new(Some(rule)),
            next,
            inputs: old.inputs.clone(),
            pre_hooks: std::sync::Mutex::new(Vec::new()),
            retained: std::sync::Mutex::new(None),
            freed: std::sync::atomic::AtomicBool::new(false),
            extra: std::sync::OnceLock::new(),
            saved: std::sync::Mutex::new(old.saved.lock().unwrap().clone()),
        });
        self.detach().with_grad_fn(node)
    }
}

impl Tensor {
    /// torch's detach_(): drops the grad_fn in place and makes the tensor a leaf that needs no grad.
    pub fn detach_inplace(&self) {
        *self.0.grad_fn.write().unwrap() = None;
        self.0.leaf_requires_grad.store(false, std::sync::atomic::Ordering::Relaxed);
    }
}

#[cfg(test)]
mod view_tests {
    use crate::autograd::run_backward;
    use crate::tensor::Tensor;

    #[test]
    fn views_share_the_root_base_and_clone_keeps_the_layout() {
        let x = Tensor::from_vec((0..12).map(|v| v as f64).collect::<Vec<_>>(), &[3, 4]);
        let t = x.transpose(0, 1).unwrap();
        let tt = t.narrow(0, 1, 2).unwrap();
        assert_eq!(t.base().unwrap().id(), x.id());
        assert_eq!(tt.base().unwrap().id(), x.id());
        assert!(x.base().is_none() && x.detach().base().is_none());
        let c = t.clone_preserve().unwrap();
        assert!(c.base().is_none() && !c.same_storage(&t));
        assert_eq!((c.strides(), c.to_f64_vec()), (t.strides(), t.to_f64_vec()));
        let s = x.narrow(1, 0, 2).unwrap().transpose(0, 1).unwrap().clone_preserve().unwrap();
        assert_eq!(s.strides(), &[1, 2]);
    }

    #[test]
    fn mul_by_a_constant_does_not_check_the_other_input() {
        let x = Tensor::from_vec(vec![1.0f64, 2.0], &[2]);
        x.set_requires_grad(true).unwrap();
        let y = x.mul_scalar(1.0).unwrap();
        let z = y.mul(&Tensor::from_vec(vec![3.0f64, 4.0], &[2])).unwrap().sum_all().unwrap();
        drop(y.write()); // an in-place write bumps y's version: z's rule does not read y
        let g = run_backward(&[z], vec![None], &[x.clone()], false, false, false, false).unwrap();
        assert_eq!(g[0].as_ref().unwrap().to_f64_vec(), vec![3.0, 4.0]);
    }
}
