//! The Python `Tensor`: a thin newtype over the core tensor plus the dialect tag that decides
//! printing and dtype/shape objects. Each method crosses into Rust once.
use crate::convert::{operand, parse_dtype, scalar_to_py, shape_arg, tensor_from_data};
use crate::errors::IntoPyResult;
use crate::graph::make_hook;
use crate::registry;
use ferrograd_core::{BinOp, CmpOp, DType, LogicOp, Tensor, UnaryOp};
use numpy::ndarray::{ArrayViewD, IxDyn, ShapeBuilder};
use numpy::PyArrayDyn;
use pyo3::basic::CompareOp;
use pyo3::exceptions::{PyAttributeError, PyIndexError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyEllipsis, PyInt, PyList, PySlice, PyTuple};

#[pyclass(name = "Tensor", module = "ferrograd._core", subclass, weakref, frozen)]
pub struct PyTensor {
    pub t: Tensor,
    pub tag: u8,
}

pub fn dims_arg(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<isize>>> {
    match obj {
        None => Ok(None),
        Some(o) if o.is_none() => Ok(None),
        Some(o) => {
            if let Ok(d) = o.extract::<isize>() {
                Ok(Some(vec![d]))
            } else {
                Ok(Some(o.extract::<Vec<isize>>()?))
            }
        }
    }
}

/// The Python object of a gradient: the same one while the gradient tensor lives (torch's `x.grad is x.grad`).
fn grad_object<'py>(py: Python<'py>, g: PyTensor, obj: Option<&Bound<'py, PyAny>>) -> PyResult<Py<PyAny>> {
    let id = g.t.id();
    let valid = |o: &Bound<'py, PyAny>| o.cast::<PyTensor>().is_ok_and(|t| t.get().t.id() == id);
    crate::graph::cached_object(py, (id as usize, 255), obj.is_some(), valid, || match obj {
        Some(o) => Ok(o.clone()),
        None => Ok(Py::new(py, g)?.into_bound(py).into_any()),
    })
}

/// A view's Python tensor. The base's Python object (`slf`) is remembered, weakly, so that
/// `view._base is x` as in torch (views of views share their base's).
#[inline(never)]
fn viewed(slf: &Bound<'_, PyTensor>, t: Tensor) -> PyTensor {
    let me = slf.get();
    let id = me.t.id();
    if t.base().is_some_and(|b| b.id() == id) {
        let _ = base_object(slf.py(), &me.t, me.tag, Some(slf));
    }
    me.wrap(t)
}

/// The one Python object of a tensor that views show (`_base`), made on first use if its own
/// object is gone.
#[inline(never)]
fn base_object<'py>(py: Python<'py>, b: &Tensor, tag: u8, obj: Option<&Bound<'py, PyTensor>>) -> PyResult<Py<PyAny>> {
    let id = b.id();
    let valid = |o: &Bound<'py, PyAny>| o.cast::<PyTensor>().is_ok_and(|t| t.get().t.id() == id);
    crate::graph::cached_object(py, (id as usize, 254), false, valid, || match obj {
        Some(o) => Ok(o.clone().into_any()),
        None => Ok(Py::new(py, PyTensor { t: b.clone(), tag })?.into_bound(py).into_any()),
    })
}

/// `dim`, or NumPy's `axis` (torch's argument parser takes both), else torch's missing-argument TypeError.
fn dim_or(dim: Option<isize>, axis: Option<isize>, op: &str) -> PyResult<isize> {
    dim.or(axis).ok_or_else(|| pyo3::exceptions::PyTypeError::new_err(format!("{op}() missing 1 required positional arguments: \"dim\"")))
}

fn req<T>(v: Option<T>, op: &str, name: &str) -> PyResult<T> {
    v.ok_or_else(|| pyo3::exceptions::PyTypeError::new_err(format!("{op}() missing 1 required positional arguments: \"{name}\"")))
}

const LEAF_INPLACE: &str = "a leaf Variable that requires grad is being used in an in-place operation.";

impl PyTensor {
    /// torch's float(t) / int(t) of a many-element tensor
    fn scalar_check(&self) -> PyResult<()> {
        if self.tag == registry::TORCH && self.t.numel() != 1 {
            return Err(PyValueError::new_err("only one element tensors can be converted to Python scalars"));
        }
        Ok(())
    }
    fn cast_opt(&self, dtype: Option<&Bound<'_, PyAny>>) -> PyResult<Tensor> {
        Ok(match dtype { Some(d) if !d.is_none() => self.t.to_dtype(parse_dtype(d)?).py()?, _ => self.t.clone() })
    }
    fn torch_norm(&self, p: Option<&Bound<'_, PyAny>>, dim: Option<&Bound<'_, PyAny>>, keepdim: bool) -> PyResult<PyTensor> {
        let p = match p {
            None => 2.0,
            Some(o) if o.is_none() => 2.0,
            Some(o) => {
                if let Ok(s) = o.extract::<String>() {
                    if s == "fro" { 2.0 } else { return Err(PyValueError::new_err(format!("unsupported norm type {}", s))); }
                } else {
                    o.extract::<f64>()?
                }
            }
        };
        let dims = dims_arg(dim)?;
        Ok(self.wrap(self.t.norm(p, dims.as_deref(), keepdim).py()?))
    }
    pub fn wrap(&self, t: Tensor) -> PyTensor {
        PyTensor { t, tag: self.tag }
    }
    fn operand(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<Tensor> {
        operand(py, &self.t, other)
    }
    /// `alpha * other` for add/sub in the result's type: an integer `other` with a float self is
    /// scaled as a float (alpha 0.5 was truncated to 0 in the integer type); torch refuses a
    /// fractional alpha when both operands are integral.
    fn alpha_scaled(&self, o: Tensor, alpha: Option<f64>) -> PyResult<Tensor> {
        let Some(a) = alpha.filter(|&a| a != 1.0) else { return Ok(o) };
        let (sf, of) = (self.t.dtype().is_float(), o.dtype().is_float());
        if !sf && !of && a.fract() != 0.0 && self.tag == registry::TORCH {
            return Err(PyRuntimeError::new_err("For integral input tensors, argument alpha must not be a floating point number."));
        }
        let o = if sf && !of { o.to_dtype_nograd(self.t.dtype()) } else { o };
        o.mul(&Tensor::scalar(a, o.dtype())).py()
    }
    /// torch refuses `-` with a bool tensor operand (NotImplementedError, a RuntimeError).
    fn torch_bool_sub(&self, o: &Tensor) -> PyResult<()> {
        if self.tag != registry::TORCH {
            return Ok(());
        }
        let msg = match (self.t.dtype() == DType::Bool, o.dtype() == DType::Bool) {
            (false, false) => return Ok(()),
            (true, true) => "Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.",
            _ => "Subtraction, the `-` operator, with a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.",
        };
        Err(pyo3::exceptions::PyNotImplementedError::new_err(msg))
    }
    pub(crate) fn bin(&self, py: Python<'_>, other: &Bound<'_, PyAny>, op: BinOp, reflect: bool) -> PyResult<PyTensor> {
        if !reflect {
            // a tensor operand is used in place (no reference-count round trip)
            if let Ok(t) = other.cast::<PyTensor>() {
                let t = &t.get().t;
                if op == BinOp::Sub {
                    self.torch_bool_sub(t)?;
                }
                return Ok(self.wrap(self.t.binary(t, op).py()?));
            }
        }
        let o = self.operand(py, other)?;
        if op == BinOp::Sub {
            self.torch_bool_sub(&o)?;
        }
        if reflect {
            // torch's reflected ops: number - t is rsub, number / t is reciprocal(t) * number,
            // number ** t is PowBackward2
            let r = match op {
                BinOp::Sub => o.binary(&self.t, op).map(|r| r.alias_named("RsubBackward1".to_string())),
                BinOp::Div if self.t.dtype().is_float() => self.t.unary(UnaryOp::Reciprocal).and_then(|r| r.mul(&o)),
                BinOp::Pow => o.binary(&self.t, op).map(|r| r.alias_named("PowBackward2".to_string())),
                _ => o.binary(&self.t, op),
            };
            return Ok(self.wrap(r.py()?));
        }
        Ok(self.wrap(self.t.binary(&o, op).py()?))
    }
    #[allow(dead_code)]
    fn check_inplace(&self) -> PyResult<()> {
        if ferrograd_core::is_grad_enabled() && self.t.requires_grad() {
            if self.t.is_leaf() {
                return Err(PyRuntimeError::new_err(LEAF_INPLACE));
            }
            return Err(PyRuntimeError::new_err(
                "ferrograd does not record in-place operations on tensors that are part of a graph; use the out-of-place op",
            ));
        }
        Ok(())
    }
    /// `a op= b`: in place when allowed, else (a non-leaf in a graph) the out-of-place result.
    fn iop(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>, op: BinOp) -> PyResult<()> {
        let me = slf.get();
        let o = me.operand(slf.py(), other)?;
        if op == BinOp::Sub {
            me.torch_bool_sub(&o)?;
        }
        if crate::inplace::tracked(&me.t, Some(&o))? {
            return crate::inplace::recorded(&me.t, |s| s.binary(&o, op));
        }
        me.t.binary_(&o, op).py()
    }
    fn unary(&self, op: UnaryOp) -> PyResult<PyTensor> {
        if op == UnaryOp::Neg && self.tag == registry::TORCH && self.t.dtype() == DType::Bool {
            return Err(pyo3::exceptions::PyNotImplementedError::new_err("Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead."));
        }
        // torch tensors: float32 sigmoid/tanh with ATen's CPU arithmetic (core ops::flavor_torch)
        if self.tag == 0 && matches!(op, UnaryOp::Sigmoid | UnaryOp::Tanh) && self.t.dtype() == DType::F32 {
            let name = if op == UnaryOp::Sigmoid { "sigmoid_torch" } else { "tanh_torch" };
            return Ok(self.wrap(self.t.unary_flavor(name).py()?));
        }
        Ok(self.wrap(self.t.unary(op).py()?))
    }
    pub fn numpy_view<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let me = slf.get();
        let t = &me.t;
        let l = t.layout();
        let elem = t.dtype().size();
        let shape = IxDyn(&l.shape);
        let strides: Vec<usize> = l.strides.iter().map(|&s| s as usize).collect();
        let guard = t.read();
        macro_rules! view {
            ($ty:ty, $v:expr) => {{
                let ptr = unsafe { $v.as_ptr().add(l.offset) };
                let _ = elem;
                // Safety: the storage buffer never reallocates and `slf` (the container) keeps it alive.
                let view = unsafe { ArrayViewD::<$ty>::from_shape_ptr(shape.strides(IxDyn(&strides)), ptr) };
                let arr = unsafe { PyArrayDyn::<$ty>::borrow_from_array(&view, slf.clone().into_any()) };
                arr.into_any()
            }};
        }
        let arr = match &*guard {
            ferrograd_core::storage::Storage::F32(v) => view!(f32, v),
            ferrograd_core::storage::Storage::F64(v) => view!(f64, v),
            ferrograd_core::storage::Storage::I64(v) => view!(i64, v),
            ferrograd_core::storage::Storage::I32(v) => view!(i32, v),
            ferrograd_core::storage::Storage::Bool(v) => view!(bool, v),
            ferrograd_core::storage::Storage::F16(v) => {
                // numpy's float16 has no Rust element type here: view the bits, then reinterpret
                let bits: &[u16] = unsafe { std::slice::from_raw_parts(v.as_ptr() as *const u16, v.len()) };
                view!(u16, bits).call_method1("view", ("float16",))?
            }
            ferrograd_core::storage::Storage::BF16(_) => {
                return Err(PyTypeError::new_err("Got unsupported ScalarType BFloat16"));
            }
        };
        Ok(arr)
    }
    /// A binary operator the dialect implements in Python (its ext dict), else NotImplemented.
    fn ext_binop(slf: &Bound<'_, Self>, name: &str, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let py = slf.py();
        match slf.get().dialect()?.ext.bind(py).get_item(name)? {
            Some(f) => Ok(f.call1((slf, o))?.unbind()),
            None => Ok(py.NotImplemented()),
        }
    }
    fn dialect(&self) -> PyResult<std::sync::Arc<registry::Dialect>> {
        registry::get(self.tag).ok_or_else(|| PyRuntimeError::new_err("dialect not registered"))
    }
    pub fn tolist_rec<'py>(py: Python<'py>, v: &[f64], shape: &[usize], dt: DType) -> PyResult<Bound<'py, PyAny>> {
        if shape.is_empty() {
            return scalar_to_py(py, v[0], dt);
        }
        let n = shape[0];
        let step: usize = shape[1..].iter().product();
        let list = PyList::empty(py);
        for i in 0..n {
            list.append(Self::tolist_rec(py, &v[i * step..(i + 1) * step], &shape[1..], dt)?)?;
        }
        Ok(list.into_any())
    }
}

/// Basic indexing steps, then at most one group of advanced indices.
enum Idx {
    Int(isize),
    Slice(isize, isize, isize, bool, bool),
    NewAxis,
    Ellipsis,
    Adv(Tensor),
}

fn parse_index(py: Python<'_>, key: &Bound<'_, PyAny>, tag: u8) -> PyResult<Vec<Idx>> {
    // torch's treatSequenceAsTuple: a short list holding a slice/None/Ellipsis/sequence/Tensor indexes like a tuple
    let seq_as_tuple = |l: &Bound<'_, PyList>| {
        l.len() < 32
            && l.iter().any(|i| {
                i.is_none() || i.is_instance_of::<PyEllipsis>() || i.is_instance_of::<PySlice>() || i.is_instance_of::<PyList>() || i.is_instance_of::<PyTuple>() || i.is_instance_of::<PyTensor>()
            })
    };
    let items: Vec<Bound<'_, PyAny>> = if let Ok(t) = key.cast::<PyTuple>() {
        t.iter().collect()
    } else if let Some(l) = key.cast::<PyList>().ok().filter(|l| tag == registry::TORCH && seq_as_tuple(l)) {
        let cat = py.get_type::<pyo3::exceptions::PyUserWarning>();
        PyErr::warn(py, &cat, c"Using a non-tuple sequence for multidimensional indexing is deprecated and will be changed in pytorch 2.9; use x[tuple(seq)] instead of x[seq]. In pytorch 2.9 this will be interpreted as tensor index, x[torch.tensor(seq)], which will result either in an error or a different result (Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/python_variable_indexing.cpp:375.)", 1)?;
        l.iter().collect()
    } else {
        vec![key.clone()]
    };
    let mut out = vec![];
    for it in items {
        if it.is_none() {
            out.push(Idx::NewAxis);
        } else if it.is_instance_of::<PyEllipsis>() {
            out.push(Idx::Ellipsis);
        } else if let Ok(s) = it.cast::<PySlice>() {
            let start: Option<isize> = s.getattr("start")?.extract()?;
            let stop: Option<isize> = s.getattr("stop")?.extract()?;
            let step: Option<isize> = s.getattr("step")?.extract()?;
            let step = step.unwrap_or(1);
            if step <= 0 {
                return Err(PyValueError::new_err("step must be greater than zero"));
            }
            out.push(Idx::Slice(start.unwrap_or(0), stop.unwrap_or(0), step, start.is_none(), stop.is_none()));
        } else if it.is_instance_of::<pyo3::types::PyBool>() {
            out.push(Idx::Adv(Tensor::from_vec(vec![it.extract::<bool>()?], &[])));
        } else if it.is_instance_of::<PyInt>() {
            out.push(Idx::Int(it.extract()?));
        } else if let Ok(t) = it.cast::<PyTensor>() {
            let t = &t.get().t;
            if t.ndim() == 0 && t.dtype().is_int() {
                out.push(Idx::Int(t.item().py()? as isize));
            } else {
                out.push(Idx::Adv(t.clone()));
            }
        } else if let Ok(i) = it.call_method0("__index__") {
            out.push(Idx::Int(i.extract()?));
        } else {
            let t = tensor_from_data(&it, None, DType::F32, DType::I64)?;
            if t.dtype().is_float() {
                return Err(PyIndexError::new_err(
                    "tensors used as indices must be long, int, byte or bool tensors",
                ));
            }
            out.push(Idx::Adv(t));
        }
    }
    let _ = py;
    Ok(out)
}

/// Applies an index to `t`; returns the result (views for basic indexing, recorded ops).
fn apply_index(t: &Tensor, idx: Vec<Idx>) -> PyResult<Tensor> {
    let consumed = idx.iter().filter(|i| matches!(i, Idx::Int(_) | Idx::Slice(..))).count()
        + idx.iter().map(|i| if let Idx::Adv(a) = i { if a.dtype() == DType::Bool { a.ndim() } else { 1 } } else { 0 }).sum::<usize>();
    if consumed > t.ndim() {
        return Err(PyIndexError::new_err(format!(
            "too many indices for tensor of dimension {}",
            t.ndim()
        )));
    }
    let mut cur = t.clone();
    let mut dim = 0usize;
    let mut adv: Vec<(usize, Tensor)> = vec![];
    let n_ell = idx.iter().filter(|i| matches!(i, Idx::Ellipsis)).count();
    if n_ell > 1 {
        return Err(PyIndexError::new_err("an index can only have a single ellipsis ('...')"));
    }
    for i in idx {
        match i {
            Idx::Int(k) => {
                cur = cur.select(dim as isize, k).py()?;
            }
            Idx::Slice(start, stop, step, sn, en) => {
                let size = cur.shape()[dim] as isize;
                let clampi = |v: isize| -> isize {
                    let v = if v < 0 { v + size } else { v };
                    v.clamp(0, size)
                };
                let s = if sn { 0 } else { clampi(start) };
                let e = if en { size } else { clampi(stop) };
                let e = e.max(s);
                cur = cur.slice(dim, s as usize, e as usize, step as usize).py()?;
                dim += 1;
            }
            Idx::NewAxis => {
                cur = cur.unsqueeze(dim as isize).py()?;
                dim += 1;
            }
            Idx::Ellipsis => {
                // the ellipsis stands for every dim the explicit indices leave over
                dim += t.ndim() - consumed;
            }
            Idx::Adv(a) => {
                let nd = if a.dtype() == DType::Bool { a.ndim().max(1) } else { 1 };
                adv.push((dim, a));
                dim += nd;
            }
        }
    }
    if adv.is_empty() {
        return Ok(cur);
    }
    // Advanced indexing: bool masks become integer indices; adjacent index tensors are
    // broadcast and turned into one linear index over the dims they cover.
    let first = adv[0].0;
    let mut ints: Vec<Tensor> = vec![];
    let mut covered = 0usize;
    for (d, a) in &adv {
        if *d != first + covered {
            return Err(PyIndexError::new_err("ferrograd supports only adjacent advanced indices"));
        }
        if a.dtype() == DType::Bool {
            let k = a.ndim();
            if k == 0 {
                // x[True] adds a dim of size 1; x[False] of size 0
                let n = if a.item().py()? != 0.0 { 1 } else { 0 };
                let z = cur.unsqueeze(first as isize).py()?;
                return z.slice(first, 0, n, 1).py();
            }
            let sub: Vec<usize> = cur.shape()[*d..*d + k].to_vec();
            if a.shape() != sub.as_slice() {
                return Err(PyIndexError::new_err(format!(
                    "The shape of the mask {} at index {} does not match the shape of the indexed tensor {} at index {}",
                    ferrograd_core::layout::fmt_shape(a.shape()),
                    0,
                    ferrograd_core::layout::fmt_shape(&sub),
                    d
                )));
            }
            let flat = Tensor::zeros(&sub, DType::F32).mask_indices(a).py()?;
            // unravel flat indices into k index tensors
            let fv = flat.to_vec::<i64>();
            let strides = ferrograd_core::layout::contiguous_strides(&sub);
            for j in 0..k {
                let v: Vec<i64> = fv.iter().map(|&f| (f / strides[j] as i64) % sub[j] as i64).collect();
                let n = v.len();
                ints.push(Tensor::from_vec(v, &[n]));
            }
            covered += k;
        } else {
            ints.push(a.to_dtype_nograd(DType::I64));
            covered += 1;
        }
    }
    let mut bshape: Vec<usize> = vec![];
    for it in &ints {
        bshape = ferrograd_core::layout::broadcast_shapes(&bshape, it.shape()).map_err(|_| {
            PyIndexError::new_err("shape mismatch: indexing tensors could not be broadcast together")
        })?;
    }
    let sizes: Vec<usize> = cur.shape()[first..first + covered].to_vec();
    let mut lin = vec![0i64; ferrograd_core::layout::numel(&bshape)];
    let mut mult = 1i64;
    for (j, it) in ints.iter().enumerate().rev() {
        let v = it.broadcast_to(&bshape).py()?.to_vec::<i64>();
        let size = sizes[j] as i64;
        for (l, &x) in lin.iter_mut().zip(&v) {
            if x < -size || x >= size {
                return Err(PyIndexError::new_err(format!(
                    "index {} is out of bounds for dimension {} with size {}",
                    x, first + j, size
                )));
            }
            *l += (if x < 0 { x + size } else { x }) * mult;
        }
        mult *= size;
    }
    // merge the covered dims, select, then split the index shape back in
    let mut mshape: Vec<usize> = cur.shape()[..first].to_vec();
    mshape.push(sizes.iter().product());
    mshape.extend_from_slice(&cur.shape()[first + covered..]);
    let merged = cur.reshape(&mshape).py()?;
    let n = lin.len();
    let sel = merged
        .index_select_named(first as isize, &Tensor::from_vec(lin, &[n]), "IndexBackward0")
        .py()?;
    let mut oshape: Vec<usize> = cur.shape()[..first].to_vec();
    oshape.extend_from_slice(&bshape);
    oshape.extend_from_slice(&cur.shape()[first + covered..]);
    sel.reshape(&oshape).py()
}

#[pymethods]
impl PyTensor {
    #[new]
    #[pyo3(signature = (*args, dtype=None, requires_grad=false, tag=0))]
    fn py_new(args: &Bound<'_, PyTuple>, dtype: Option<&Bound<'_, PyAny>>, requires_grad: bool, tag: u8) -> PyResult<Self> {
        let dt = match dtype {
            Some(d) if !d.is_none() => Some(parse_dtype(d)?),
            _ => None,
        };
        let t = if args.is_empty() {
            Tensor::zeros(&[0], dt.unwrap_or(registry::default_float()))
        } else if args.len() == 1 && !args.get_item(0)?.is_instance_of::<PyInt>()
            // torch.Tensor(torch.Size([2, 3])) is a shape (a Size is a tuple subclass)
            && !(tag == 0 && args.get_item(0)?.is_instance_of::<PyTuple>() && !args.get_item(0)?.is_exact_instance_of::<PyTuple>())
        {
            let a0 = args.get_item(0)?;
            // torch.Tensor(data) is the legacy constructor: always the default float dtype
            let legacy = if tag == 0 && !a0.is_instance_of::<PyTensor>() { Some(registry::default_float()) } else { None };
            tensor_from_data(&a0, dt.or(legacy), registry::default_float(), DType::I64)?
        } else {
            // torch.Tensor(2, 3): uninitialised → zeros
            let shape: Vec<usize> = shape_arg(args)?.into_iter().map(|d| d.max(0) as usize).collect();
            Tensor::zeros(&shape, dt.unwrap_or(registry::default_float()))
        };
        if requires_grad {
            t.set_requires_grad(true).py()?;
        }
        Ok(PyTensor { t, tag })
    }

    // ---------- metadata ----------
    #[getter]
    fn shape<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let tup = PyTuple::new(py, self.t.shape())?;
        match registry::get(self.tag) {
            Some(d) => d.shape_type.bind(py).call1((tup,)),
            None => Ok(tup.into_any()),
        }
    }
    #[getter]
    fn dtype<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        match registry::get(self.tag) {
            Some(d) => match d.dtypes.get(registry::dtype_index(self.t.dtype())) {
                Some(o) => Ok(o.bind(py).clone()),
                // a dialect that registered no object for this dtype: its name
                None => Ok(self.t.dtype().name().into_pyobject(py)?.into_any()),
            },
            None => Ok(self.t.dtype().name().into_pyobject(py)?.into_any()),
        }
    }
    #[getter]
    fn _dtype_name(&self) -> &'static str {
        self.t.dtype().name()
    }
    #[getter]
    fn _tag(&self) -> u8 {
        self.tag
    }
    /// Same data, another dialect (used by the dialects when they adopt a tensor).
    fn _retag(&self, tag: u8) -> PyTensor {
        PyTensor { t: self.t.clone(), tag }
    }
    #[getter]
    fn ndim(&self) -> usize {
        self.t.ndim()
    }
    fn dim(&self) -> usize {
        self.t.ndim()
    }
    fn ndimension(&self) -> usize {
        self.t.ndim()
    }
    fn numel(&self) -> usize {
        self.t.numel()
    }
    fn nelement(&self) -> usize {
        self.t.numel()
    }
    fn element_size(&self) -> usize {
        self.t.dtype().size()
    }
    /// (storage address, element offset of this view): torch's data_ptr / storage_offset in Python.
    fn _storage_ptr(&self) -> (usize, usize) {
        (std::sync::Arc::as_ptr(&self.t.0.storage) as *const u8 as usize, self.t.layout().offset)
    }
    /// In-place op written in Python: `f(snapshot)` runs out of place on a copy of self carrying self's
    /// history, the result is written into self and its node becomes self's grad_fn (torch's
    /// rebase_history, so `x.lgamma_()` shows LgammaBackward0). Leaf-requires-grad and view checks as in
    /// the Rust in-place ops.
    fn _inplace_apply(slf: &Bound<'_, Self>, f: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let me = slf.get();
        let grad_on = ferrograd_core::is_grad_enabled();
        if grad_on && me.t.requires_grad() && me.t.is_leaf() {
            return Err(PyRuntimeError::new_err(crate::inplace::LEAF_INPLACE));
        }
        let mut snap = me.t.detach().contiguous_copy();
        if grad_on {
            if let Some(n) = me.t.grad_fn() {
                snap = snap.with_grad_fn(n);
            }
        }
        let out = f.call1((PyTensor { t: snap, tag: me.tag },))?;
        let r = out.cast::<PyTensor>().map_err(|_| PyTypeError::new_err("_inplace_apply: fn must return a Tensor"))?.get().t.clone();
        let node = if grad_on { r.grad_fn() } else { None };
        if node.is_some() {
            let t = &me.t;
            let whole = t.layout().offset == 0 && t.is_contiguous() && t.numel() == t.read().len();
            if !whole {
                return Err(PyRuntimeError::new_err(
                    "ferrograd does not record in-place operations on views of tensors that are part of a graph; use the out-of-place op",
                ));
            }
        }
        {
            let _g = ferrograd_core::GradModeGuard::new(false);
            me.t.copy_from_(&r.detach()).py()?;
        }
        if let Some(n) = node {
            me.t.rebase_history(n);
        }
        Ok(slf.clone().into_any().unbind())
    }
    /// torch's version counter (in-place writes to the storage, shared by its views).
    #[getter]
    fn _version(&self) -> u64 {
        self.t.0.storage.version()
    }
    /// Number of elements in this tensor's whole storage (torch's storage().size()).
    fn _storage_numel(&self) -> usize {
        self.t.0.storage.read().map(|s| s.len()).unwrap_or_else(|e| e.into_inner().len())
    }
    /// A view of this tensor's storage with any sizes/strides/offset, no history (torch's
    /// as_strided and storage() in Python; the caller checks the bounds against _storage_numel).
    fn _strided_view(&self, size: Vec<usize>, stride: Vec<isize>, offset: usize) -> PyResult<PyTensor> {
        if size.len() != stride.len() {
            return Err(PyRuntimeError::new_err("mismatch in length of strides and shape"));
        }
        let n = self._storage_numel() as isize;
        if size.iter().all(|&s| s > 0) {
            let last: isize = offset as isize + size.iter().zip(&stride).map(|(&s, &st)| (s as isize - 1) * st).sum::<isize>();
            if stride.iter().any(|&st| st < 0) || last >= n {
                return Err(PyRuntimeError::new_err("as_strided: view out of bounds of the storage"));
            }
        }
        let layout = ferrograd_core::layout::Layout { shape: size, strides: stride, offset };
        Ok(self.wrap(self.t.view_with(layout)))
    }
    /// In-place metadata ops (t_, unsqueeze_, resize_, ...): this Python tensor takes `src`'s tensor
    /// (a view of its storage, or a resized copy), keeping its leaf state, and bumps the version.
    #[pyo3(signature = (src, bump=true))]
    fn _become(slf: &Bound<'_, Self>, src: PyRef<'_, PyTensor>, bump: bool) {
        thread_local!(static RETIRED: std::cell::RefCell<std::collections::VecDeque<Tensor>> = Default::default());
        let me = slf.get();
        let new = src.t.clone();
        if me.t.is_leaf() && new.is_leaf() {
            let _ = new.set_requires_grad(me.t.requires_grad());
            let g = me.t.meta().grad.take();
            new.set_grad(g);
        }
        if bump {
            drop(me.t.write());
        }
        // SAFETY: frozen pyclass, GIL held; the old tensor is kept alive for a while so borrows of it
        // taken by callers further up the stack stay valid.
        let old = unsafe { std::ptr::replace(&me.t as *const Tensor as *mut Tensor, new) };
        RETIRED.with(|r| {
            let mut r = r.borrow_mut();
            r.push_back(old);
            if r.len() > 16 {
                r.pop_front();
            }
        });
    }
    #[pyo3(signature = (memory_format=None))]
    fn is_contiguous(&self, memory_format: Option<Bound<'_, PyAny>>) -> bool {
        let _ = memory_format; // torch.contiguous_format / preserve_format: the only layout here
        self.t.is_contiguous()
    }
    fn is_floating_point(&self) -> bool {
        self.t.dtype().is_float()
    }
    #[pyo3(signature = (dim=None))]
    fn stride(&self, py: Python<'_>, dim: Option<isize>) -> PyResult<Py<PyAny>> {
        let s = self.t.strides();
        match dim {
            Some(d) => {
                let d = ferrograd_core::layout::wrap_dim_of(d, self.t.ndim()).py()?;
                Ok(s[d].into_pyobject(py)?.into_any().unbind())
            }
            // MindSpore's Tensor.stride() is a list
            None if self.tag == registry::MINDSPORE => Ok(pyo3::types::PyList::new(py, s)?.into_any().unbind()),
            None => Ok(PyTuple::new(py, s)?.into_any().unbind()),
        }
    }
    /// torch: size(dim=None) as a method; MindSpore: `size` is the element count.
    #[getter]
    fn size<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        if slf.get().tag == registry::MINDSPORE {
            return Ok(slf.get().t.numel().into_pyobject(slf.py())?.into_any());
        }
        slf.getattr("_size")
    }
    #[pyo3(signature = (dim=None))]
    fn _size<'py>(&self, py: Python<'py>, dim: Option<isize>) -> PyResult<Bound<'py, PyAny>> {
        match dim {
            Some(d) => {
                let d = ferrograd_core::layout::wrap_dim_of(d, self.t.ndim()).py()?;
                Ok(self.t.shape()[d].into_pyobject(py)?.into_any())
            }
            None => self.shape(py),
        }
    }
    fn __len__(&self) -> PyResult<usize> {
        if self.t.ndim() == 0 {
            return Err(PyTypeError::new_err("len() of a 0-d tensor"));
        }
        Ok(self.t.shape()[0])
    }
    fn __hash__(slf: &Bound<'_, Self>) -> isize {
        slf.as_ptr() as isize
    }

    // ---------- autograd ----------
    #[getter]
    fn requires_grad(&self) -> bool {
        self.t.requires_grad()
    }
    #[setter(requires_grad)]
    fn set_requires_grad_attr(&self, flag: bool) -> PyResult<()> {
        self.t.set_requires_grad(flag).py()
    }
    #[pyo3(signature = (requires_grad=true))]
    fn requires_grad_(slf: &Bound<'_, Self>, requires_grad: bool) -> PyResult<Py<PyAny>> {
        slf.get().t.set_requires_grad(requires_grad).py()?;
        Ok(slf.clone().into_any().unbind())
    }
    #[getter]
    fn is_leaf(&self) -> bool {
        self.t.is_leaf()
    }
    #[getter]
    fn grad(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let g = self.t.grad();
        if self.tag == registry::TORCH && !self.t.is_leaf() && !self.t.meta().retains_grad {
            let cat = py.get_type::<pyo3::exceptions::PyUserWarning>();
            PyErr::warn(py, &cat, c"The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information. (Triggered internally at /__w/pytorch/pytorch/build/aten/src/ATen/core/TensorBody.h:488.)", 1)?;
        }
        g.map(|g| grad_object(py, self.wrap(g), None)).transpose()
    }
    #[setter(grad)]
    fn set_grad_attr(&self, g: Option<Bound<'_, PyTensor>>) -> PyResult<()> {
        if let Some(g) = &g {
            grad_object(g.py(), g.get().wrap(g.get().t.clone()), Some(g.as_any()))?;
        }
        let g = g.as_ref().map(|g| g.get());
        if let Some(g) = &g {
            if g.t.shape() != self.t.shape() {
                return Err(PyRuntimeError::new_err(format!(
                    "assigned grad has data of a different size"
                )));
            }
        }
        self.t.set_grad(g.map(|g| g.t.clone()));
        Ok(())
    }
    #[getter]
    fn grad_fn(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.t.grad_fn().map(|n| crate::graph::node_object(py, &n, self.tag)).transpose()
    }
    #[getter]
    fn data(&self) -> PyTensor {
        self.wrap(self.t.detach())
    }
    #[setter(data)]
    fn set_data(&self, other: PyRef<'_, PyTensor>) -> PyResult<()> {
        if other.t.shape() != self.t.shape() {
            return Err(PyRuntimeError::new_err("ferrograd: .data can only be set to a tensor of the same shape"));
        }
        self.t.copy_from_(&other.t).py()
    }
    fn detach(&self) -> PyTensor {
        self.wrap(self.t.detach())
    }
    /// torch's `_base`: the tensor a view shows (the same object while it lives), else None.
    #[getter]
    fn _base(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.t.base().map(|b| base_object(py, b, self.tag, None)).transpose()
    }
    fn _is_view(&self) -> bool {
        self.t.base().is_some()
    }
    fn detach_(slf: &Bound<'_, Self>) -> PyResult<Py<PyAny>> {
        if slf.get().t.base().is_some() {
            return Err(PyRuntimeError::new_err("Can't detach views in-place. Use detach() instead. If you are using DistributedDataParallel (DDP) for training, and gradient_as_bucket_view is set as True, gradients are views of DDP buckets, and hence detach_() cannot be called on these gradients. To fix this error, please refer to the Optimizer.zero_grad() function in torch/optim/optimizer.py as the solution."));
        }
        slf.get().t.detach_inplace();
        Ok(slf.clone().into_any().unbind())
    }
    fn retain_grad(&self) -> PyResult<()> {
        if self.tag == registry::TORCH && !self.t.requires_grad() {
            return Err(PyRuntimeError::new_err("can't retain_grad on Tensor that has requires_grad=False"));
        }
        self.t.retain_grad();
        Ok(())
    }
    #[getter]
    fn retains_grad(&self) -> bool {
        !self.t.is_leaf() && self.t.meta().retains_grad
    }
    #[pyo3(signature = (gradient=None, retain_graph=None, create_graph=false, inputs=None))]
    fn backward(
        &self,
        gradient: Option<PyRef<'_, PyTensor>>,
        retain_graph: Option<bool>,
        create_graph: bool,
        inputs: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<()> {
        let g = gradient.map(|g| g.t.clone());
        let ins = match inputs {
            Some(i) if !i.is_none() => Some(match i.cast::<PyTensor>() {
                Ok(t) => vec![t.get().t.clone()],
                Err(_) => i.try_iter()?.map(|x| Ok(x?.cast::<PyTensor>()?.get().t.clone())).collect::<PyResult<Vec<_>>>()?,
            }),
            _ => None,
        };
        crate::graph::backward_into(&[self.t.clone()], vec![g], ins, retain_graph.unwrap_or(create_graph), create_graph)
    }
    fn register_hook(slf: &Bound<'_, Self>, hook: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let me = slf.get();
        if !me.t.requires_grad() {
            return Err(PyRuntimeError::new_err("cannot register a hook on a tensor that doesn't require gradient"));
        }
        let (h, handle) = make_hook(slf.py(), hook, me.tag)?;
        me.t.register_hook(h);
        Ok(handle)
    }

    // ---------- conversion ----------
    fn item<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        scalar_to_py(py, self.t.item().py()?, self.t.dtype())
    }
    fn tolist<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        PyTensor::tolist_rec(py, &self.t.to_f64_vec(), self.t.shape(), self.t.dtype())
    }
    #[pyo3(signature = (force=false))]
    fn numpy<'py>(slf: &Bound<'py, Self>, force: bool) -> PyResult<Bound<'py, PyAny>> {
        // torch refuses only while grad mode is on (under no_grad the values are plain data)
        if slf.get().t.requires_grad() && slf.get().tag == registry::TORCH && !force && ferrograd_core::autograd::is_grad_enabled() {
            return Err(PyRuntimeError::new_err(
                "Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.",
            ));
        }
        PyTensor::numpy_view(slf)
    }
    #[pyo3(signature = (dtype=None, copy=None))]
    fn __array__<'py>(slf: &Bound<'py, Self>, dtype: Option<&Bound<'py, PyAny>>, copy: Option<bool>) -> PyResult<Bound<'py, PyAny>> {
        let _ = copy;
        let arr = PyTensor::numpy(slf, slf.get().tag != registry::TORCH)?;
        match dtype {
            Some(d) if !d.is_none() => arr.call_method1("astype", (d,)),
            _ => Ok(arr),
        }
    }
    fn __bool__(&self) -> PyResult<bool> {
        if self.t.numel() != 1 {
            return Err(PyRuntimeError::new_err("Boolean value of Tensor with more than one value is ambiguous"));
        }
        Ok(self.t.item().py()? != 0.0)
    }
    fn __float__(&self, py: Python<'_>) -> PyResult<f64> {
        self.scalar_check()?;
        // torch warns once a process (TORCH_WARN_ONCE, grad mode on) at the caller's line
        static WARNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
        if self.tag == 0 && self.t.requires_grad() && ferrograd_core::is_grad_enabled()
            && !WARNED.swap(true, std::sync::atomic::Ordering::Relaxed)
        {
            let cat = py.import("builtins")?.getattr("UserWarning")?;
            py.import("warnings")?.call_method1("warn", ("Converting a tensor with requires_grad=True to a scalar may \
lead to unexpected behavior.\nConsider using tensor.detach() first. (Triggered internally at \
/__w/pytorch/pytorch/torch/csrc/autograd/generated/python_variable_methods.cpp:820.)", cat, 1))?;
        }
        self.t.item().py()
    }
    fn __int__(&self) -> PyResult<i64> {
        self.scalar_check()?;
        Ok(self.t.item().py()?.trunc() as i64)
    }
    fn __index__(&self) -> PyResult<i64> {
        if self.t.dtype().is_float() || self.t.numel() != 1 {
            return Err(PyTypeError::new_err("only integer tensors of a single element can be converted to an index"));
        }
        Ok(self.t.item().py()? as i64)
    }
    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let d = slf.get().dialect()?;
        d.repr.bind(slf.py()).call1((slf,))?.extract()
    }
    fn __str__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let d = slf.get().dialect()?;
        d.str.bind(slf.py()).call1((slf,))?.extract()
    }
    fn __format__(slf: &Bound<'_, Self>, spec: &str) -> PyResult<String> {
        let d = slf.get().dialect()?;
        let ext = d.ext.bind(slf.py());
        if let Some(f) = ext.get_item("__format__")? {
            return f.call1((slf, spec))?.extract();
        }
        PyTensor::__str__(slf)
    }
    /// pickle: the dialect's `__reduce_ex__` (object's default cannot see a Rust tensor's data).
    fn __reduce_ex__<'py>(slf: &Bound<'py, Self>, proto: &Bound<'py, PyAny>) -> PyResult<Bound<'py, PyAny>> {
        let d = slf.get().dialect()?;
        if let Some(f) = d.ext.bind(slf.py()).get_item("__reduce_ex__")? {
            return f.call1((slf, proto));
        }
        Err(PyTypeError::new_err("cannot pickle 'Tensor' object"))
    }
    fn __getattr__<'py>(slf: &Bound<'py, Self>, name: &str) -> PyResult<Bound<'py, PyAny>> {
        if let Some(d) = registry::get(slf.get().tag) {
            if let Some(v) = d.ext.bind(slf.py()).get_item(name)? {
                if v.hasattr("__get__")? {
                    return v.call_method1("__get__", (slf, slf.get_type()));
                }
                return Ok(v);
            }
        }
        Err(PyAttributeError::new_err(format!("'Tensor' object has no attribute '{}'", name)))
    }
    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        if self.t.ndim() == 0 {
            return Err(PyTypeError::new_err("iteration over a 0-d tensor"));
        }
        let list = PyList::empty(py);
        for i in 0..self.t.shape()[0] {
            list.append(self.wrap(self.t.select(0, i as isize).py()?))?;
        }
        list.try_iter().map(|i| i.into_any())
    }
    fn __getitem__(slf: &Bound<'_, Self>, py: Python<'_>, key: &Bound<'_, PyAny>) -> PyResult<PyTensor> {
        let me = slf.get();
        let idx = parse_index(py, key, me.tag)?;
        Ok(viewed(slf, apply_index(&me.t, idx)?))
    }
    fn __setitem__(&self, py: Python<'_>, key: &Bound<'_, PyAny>, value: &Bound<'_, PyAny>) -> PyResult<()> {
        let v = self.operand(py, value)?;
        let idx = parse_index(py, key, self.tag)?;
        if self.t.is_leaf() && self.t.requires_grad() && ferrograd_core::is_grad_enabled() {
            // torch indexes first: the in-place write lands on a view of the leaf
            return Err(PyRuntimeError::new_err("a view of a leaf Variable that requires grad is being used in an in-place operation."));
        }
        if crate::inplace::tracked(&self.t, Some(&v))? {
            // torch's node names: slices copy (CopySlices), a lone mask or index list with a
            // scalar fills (MaskedFill/IndexFill), other advanced indexing puts (IndexPut)
            let advs: Vec<&Tensor> = idx.iter().filter_map(|i| if let Idx::Adv(t) = i { Some(t) } else { None }).collect();
            let name = if advs.is_empty() {
                "CopySlices"
            } else if idx.len() == 1 && value.cast::<PyTensor>().is_err() {
                if advs[0].dtype() == DType::Bool { "MaskedFillBackward0" } else { "IndexFillBackward0" }
            } else {
                "IndexPutBackward0"
            };
            let n = self.t.numel();
            let ids = Tensor::from_vec((0..n as i64).collect::<Vec<_>>(), self.t.shape());
            let sel = apply_index(&ids, idx)?;
            let flat: Vec<usize> = sel.to_vec::<i64>().into_iter().map(|x| x as usize).collect();
            return crate::inplace::copy_slices(&self.t, flat, sel.shape().to_vec(), &v, name);
        }
        let basic = idx.iter().all(|i| !matches!(i, Idx::Adv(_)));
        let _g = ferrograd_core::GradModeGuard::new(false);
        if basic {
            let view = apply_index(&self.t, idx)?;
            view.copy_from_(&v).py()
        } else {
            // the same index applied to the element numbers gives the flat positions to write
            let n = self.t.numel();
            let ids = Tensor::from_vec((0..n as i64).collect::<Vec<_>>(), self.t.shape());
            let sel = apply_index(&ids, idx)?;
            let flat: Vec<usize> = sel.to_vec::<i64>().into_iter().map(|x| x as usize).collect();
            let vv = v.broadcast_to(sel.shape()).py()?.reshape(&[flat.len()]).py()?;
            self.t.put_flat_(&flat, &vv).py()
        }
    }

    // ---------- operators ----------
    fn __add__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> { crate::tfdialect::binop(slf, o, BinOp::Add, false) }
    fn __radd__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> { crate::tfdialect::binop(slf, o, BinOp::Add, true) }
    fn __sub__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> { crate::tfdialect::binop(slf, o, BinOp::Sub, false) }
    fn __rsub__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> { crate::tfdialect::binop(slf, o, BinOp::Sub, true) }
    fn __mul__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> { crate::tfdialect::binop(slf, o, BinOp::Mul, false) }
    fn __rmul__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> { crate::tfdialect::binop(slf, o, BinOp::Mul, true) }
    fn __truediv__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::Div, false) }
    fn __rtruediv__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::Div, true) }
    fn __floordiv__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::FloorDiv, false) }
    fn __rfloordiv__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::FloorDiv, true) }
    fn __mod__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::Rem, false) }
    fn __rmod__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::Rem, true) }
    fn __pow__(&self, py: Python<'_>, o: &Bound<'_, PyAny>, m: Option<&Bound<'_, PyAny>>) -> PyResult<PyTensor> {
        let _ = m;
        if !o.is_instance_of::<PyTensor>() {
            if let Ok(e) = o.extract::<f64>() {
                if o.is_instance_of::<pyo3::types::PyFloat>() || self.t.dtype().is_float() || e >= 0.0 {
                    let r = self.t.pow_scalar(e).py()?;
                    let r = if o.is_instance_of::<pyo3::types::PyFloat>() && !self.t.dtype().is_float() {
                        r.to_dtype(registry::default_float()).py()?
                    } else { r };
                    return Ok(self.wrap(r));
                }
            }
        }
        self.bin(py, o, BinOp::Pow, false)
    }
    fn __rpow__(&self, py: Python<'_>, o: &Bound<'_, PyAny>, m: Option<&Bound<'_, PyAny>>) -> PyResult<PyTensor> {
        let _ = m;
        self.bin(py, o, BinOp::Pow, true)
    }
    fn __matmul__(&self, py: Python<'_>, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { self.matmul(py, o) }
    fn __rmatmul__(&self, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { Ok(self.wrap(o.t.matmul(&self.t).py()?)) }
    fn __neg__(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Neg) }
    fn __pos__(&self) -> PyTensor { self.wrap(self.t.clone()) }
    fn __abs__(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Abs) }
    fn __invert__(&self) -> PyResult<PyTensor> {
        if self.t.dtype() == DType::Bool {
            let t = Tensor::scalar(1.0, DType::Bool);
            return Ok(self.wrap(self.t.logical(&t, LogicOp::Xor).py()?));
        }
        if self.t.dtype().is_int() {
            // bitwise not of an integer: x ^ -1 (all bits set)
            let t = Tensor::scalar(-1.0, self.t.dtype());
            return Ok(self.wrap(self.t.logical(&t, LogicOp::Xor).py()?));
        }
        Err(PyTypeError::new_err("~ (bitwise_not) is only supported for bool and integer tensors"))
    }
    fn __and__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.logical(&self.operand(py, o)?, LogicOp::And).py()?)) }
    fn __or__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.logical(&self.operand(py, o)?, LogicOp::Or).py()?)) }
    fn __xor__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.logical(&self.operand(py, o)?, LogicOp::Xor).py()?)) }
    fn __rand__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.__and__(py, o) }
    // `<<` / `>>`: the dialect's functions (ext entries of the same name), else NotImplemented
    fn __lshift__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> { PyTensor::ext_binop(slf, "__lshift__", o) }
    fn __rlshift__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> { PyTensor::ext_binop(slf, "__rlshift__", o) }
    fn __rshift__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> { PyTensor::ext_binop(slf, "__rshift__", o) }
    fn __rrshift__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> { PyTensor::ext_binop(slf, "__rrshift__", o) }
    fn __ror__(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.__or__(py, o) }
    fn __iadd__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<()> { PyTensor::iop(slf, o, BinOp::Add) }
    fn __isub__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<()> { PyTensor::iop(slf, o, BinOp::Sub) }
    fn __imul__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<()> { PyTensor::iop(slf, o, BinOp::Mul) }
    fn __itruediv__(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>) -> PyResult<()> { PyTensor::iop(slf, o, BinOp::Div) }
    fn __richcmp__(&self, py: Python<'_>, o: &Bound<'_, PyAny>, op: CompareOp) -> PyResult<Py<PyAny>> {
        let other = match self.operand(py, o) {
            Ok(t) => t,
            Err(_) => {
                return Ok(match op {
                    CompareOp::Eq => false.into_pyobject(py)?.to_owned().into_any().unbind(),
                    CompareOp::Ne => true.into_pyobject(py)?.to_owned().into_any().unbind(),
                    _ => py.NotImplemented(),
                })
            }
        };
        let c = match op {
            CompareOp::Eq => CmpOp::Eq,
            CompareOp::Ne => CmpOp::Ne,
            CompareOp::Lt => CmpOp::Lt,
            CompareOp::Le => CmpOp::Le,
            CompareOp::Gt => CmpOp::Gt,
            CompareOp::Ge => CmpOp::Ge,
        };
        Ok(self.wrap(self.t.compare(&other, c).py()?).into_pyobject(py)?.into_any().unbind())
    }

    // ---------- math methods (torch names) ----------
    #[pyo3(signature = (other, *, alpha=None))]
    fn add(&self, py: Python<'_>, other: &Bound<'_, PyAny>, alpha: Option<f64>) -> PyResult<PyTensor> {
        let o = self.alpha_scaled(self.operand(py, other)?, alpha)?;
        Ok(self.wrap(self.t.add(&o).py()?))
    }
    #[pyo3(signature = (other, *, alpha=None))]
    fn sub(&self, py: Python<'_>, other: &Bound<'_, PyAny>, alpha: Option<f64>) -> PyResult<PyTensor> {
        let o = self.operand(py, other)?;
        self.torch_bool_sub(&o)?;
        let o = self.alpha_scaled(o, alpha)?;
        Ok(self.wrap(self.t.sub(&o).py()?))
    }
    fn mul(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::Mul, false) }
    fn multiply(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::Mul, false) }
    #[pyo3(signature = (o, *, rounding_mode=None))]
    fn div(slf: &Bound<'_, Self>, o: &Bound<'_, PyAny>, rounding_mode: Option<&str>) -> PyResult<Py<PyAny>> {
        let (me, py) = (slf.get(), slf.py());
        let op = match rounding_mode {
            None => BinOp::Div,
            Some("floor") => BinOp::FloorDiv,
            Some("trunc") => return Ok(py.import("ferrograd.torch._math_ops")?.getattr("_div_trunc")?.call1((slf, o))?.unbind()),
            Some(m) => return Err(PyRuntimeError::new_err(format!("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '{m}'"))),
        };
        Ok(Py::new(py, me.bin(py, o, op, false)?)?.into_any())
    }
    fn divide(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::Div, false) }
    fn true_divide(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::Div, false) }
    fn pow(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.__pow__(py, o, None) }
    fn maximum(&self, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.maximum(&o.t).py()?)) }
    fn minimum(&self, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.minimum(&o.t).py()?)) }
    fn remainder(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::Rem, false) }
    fn floor_divide(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { self.bin(py, o, BinOp::FloorDiv, false) }
    fn eq(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.compare(&self.operand(py, o)?, CmpOp::Eq).py()?)) }
    fn ne(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.compare(&self.operand(py, o)?, CmpOp::Ne).py()?)) }
    fn lt(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.compare(&self.operand(py, o)?, CmpOp::Lt).py()?)) }
    fn le(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.compare(&self.operand(py, o)?, CmpOp::Le).py()?)) }
    fn gt(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.compare(&self.operand(py, o)?, CmpOp::Gt).py()?)) }
    fn ge(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.compare(&self.operand(py, o)?, CmpOp::Ge).py()?)) }
    fn logical_and(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> {
        let a = self.t.to_dtype_nograd(DType::Bool);
        Ok(self.wrap(a.logical(&self.operand(py, o)?.to_dtype_nograd(DType::Bool), LogicOp::And).py()?))
    }
    fn logical_or(&self, py: Python<'_>, o: &Bound<'_, PyAny>) -> PyResult<PyTensor> {
        let a = self.t.to_dtype_nograd(DType::Bool);
        Ok(self.wrap(a.logical(&self.operand(py, o)?.to_dtype_nograd(DType::Bool), LogicOp::Or).py()?))
    }
    fn logical_not(&self) -> PyResult<PyTensor> {
        let a = self.t.to_dtype_nograd(DType::Bool);
        Ok(self.wrap(a.logical(&Tensor::scalar(1.0, DType::Bool), LogicOp::Xor).py()?))
    }
    fn neg(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Neg) }
    fn negative(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Neg) }
    fn abs(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Abs) }
    fn exp(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Exp) }
    fn log(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Log) }
    fn sqrt(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Sqrt) }
    fn rsqrt(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Rsqrt) }
    fn sin(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Sin) }
    fn cos(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Cos) }
    fn tanh(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Tanh) }
    fn sigmoid(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Sigmoid) }
    fn relu(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Relu) }
    fn sign(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Sign) }
    fn floor(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Floor) }
    fn ceil(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Ceil) }
    fn reciprocal(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Reciprocal) }
    fn log1p(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Log1p) }
    fn expm1(&self) -> PyResult<PyTensor> { self.unary(UnaryOp::Expm1) }
    fn square(&self) -> PyResult<PyTensor> { Ok(self.wrap(self.t.pow_scalar(2.0).py()?)) }
    #[pyo3(signature = (decimals=0))]
    fn round(&self, decimals: i32) -> PyResult<PyTensor> {
        if decimals == 0 {
            return self.unary(UnaryOp::Round);
        }
        let s = 10f64.powi(decimals);
        let r = self.t.mul_scalar(s).py()?.unary(UnaryOp::Round).py()?.div(&Tensor::scalar(s, self.t.dtype())).py()?;
        Ok(self.wrap(r))
    }
    #[pyo3(signature = (min=None, max=None))]
    fn clamp(&self, min: Option<f64>, max: Option<f64>) -> PyResult<PyTensor> {
        if min.is_none() && max.is_none() {
            return Err(PyRuntimeError::new_err("torch.clamp: At least one of 'min' or 'max' must not be None"));
        }
        Ok(self.wrap(self.t.clamp(min, max).py()?))
    }
    #[pyo3(signature = (min=None, max=None))]
    fn clip(&self, min: Option<f64>, max: Option<f64>) -> PyResult<PyTensor> { self.clamp(min, max) }
    fn clamp_min(&self, min: f64) -> PyResult<PyTensor> { Ok(self.wrap(self.t.clamp(Some(min), None).py()?)) }
    fn clamp_max(&self, max: f64) -> PyResult<PyTensor> { Ok(self.wrap(self.t.clamp(None, Some(max)).py()?)) }
    fn matmul(&self, py: Python<'_>, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> {
        let (a, b) = (self.t.clone(), o.t.clone());
        // long products run without the GIL so other Python threads can go on
        let r = if a.numel().saturating_mul(b.numel()) > 1 << 22 { py.detach(|| a.matmul(&b)) } else { a.matmul(&b) };
        Ok(self.wrap(r.py()?))
    }
    fn mm(&self, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> {
        if self.t.ndim() == 2 && o.t.ndim() == 2 && self.t.shape()[1] != o.t.shape()[0] {
            return Err(PyRuntimeError::new_err(format!(
                "mat1 and mat2 shapes cannot be multiplied ({}x{} and {}x{})",
                self.t.shape()[0], self.t.shape()[1], o.t.shape()[0], o.t.shape()[1]
            )));
        }
        Ok(self.wrap(self.t.mm(&o.t).py()?))
    }
    fn bmm(&self, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.bmm(&o.t).py()?)) }
    fn dot(&self, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.dot(&o.t).py()?)) }
    fn mv(&self, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.matmul(&o.t).py()?)) }
    fn where_(&self, cond: PyRef<'_, PyTensor>, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<PyTensor> {
        let o = self.operand(py, other)?;
        Ok(self.wrap(self.t.where_(&cond.t, &o).py()?))
    }
    #[pyo3(signature = (dim=None, dtype=None, *, axis=None))]
    fn softmax(&self, dim: Option<isize>, dtype: Option<&Bound<'_, PyAny>>, axis: Option<isize>) -> PyResult<PyTensor> { Ok(self.wrap(self.cast_opt(dtype)?.softmax(dim_or(dim, axis, "softmax")?).py()?)) }
    #[pyo3(signature = (dim=None, dtype=None, *, axis=None))]
    fn log_softmax(&self, dim: Option<isize>, dtype: Option<&Bound<'_, PyAny>>, axis: Option<isize>) -> PyResult<PyTensor> { Ok(self.wrap(self.cast_opt(dtype)?.log_softmax(dim_or(dim, axis, "log_softmax")?).py()?)) }

    // ---------- reductions ----------
    #[pyo3(signature = (dim=None, keepdim=false, dtype=None, *, axis=None, keepdims=None, keep_dims=None))]
    fn sum(&self, dim: Option<&Bound<'_, PyAny>>, keepdim: bool, dtype: Option<&Bound<'_, PyAny>>, axis: Option<&Bound<'_, PyAny>>, keepdims: Option<bool>, keep_dims: Option<bool>) -> PyResult<PyTensor> {
        let dims = dims_arg(dim.or(axis))?;
        let x = match dtype { Some(d) if !d.is_none() => self.t.to_dtype(parse_dtype(d)?).py()?, _ => self.t.clone() };
        Ok(self.wrap(x.sum(dims.as_deref(), keepdim || keepdims.unwrap_or(false) || keep_dims.unwrap_or(false)).py()?))
    }
    #[pyo3(signature = (dim=None, keepdim=false, dtype=None, *, axis=None, keepdims=None, keep_dims=None))]
    fn mean(&self, dim: Option<&Bound<'_, PyAny>>, keepdim: bool, dtype: Option<&Bound<'_, PyAny>>, axis: Option<&Bound<'_, PyAny>>, keepdims: Option<bool>, keep_dims: Option<bool>) -> PyResult<PyTensor> {
        let dims = dims_arg(dim.or(axis))?;
        let x = match dtype { Some(d) if !d.is_none() => self.t.to_dtype(parse_dtype(d)?).py()?, _ => self.t.clone() };
        Ok(self.wrap(x.mean(dims.as_deref(), keepdim || keepdims.unwrap_or(false) || keep_dims.unwrap_or(false)).py()?))
    }
    #[pyo3(signature = (dim=None, keepdim=false, dtype=None, *, axis=None, keepdims=None))]
    fn prod(&self, dim: Option<&Bound<'_, PyAny>>, keepdim: bool, dtype: Option<&Bound<'_, PyAny>>, axis: Option<&Bound<'_, PyAny>>, keepdims: Option<bool>) -> PyResult<PyTensor> {
        let dims = dims_arg(dim.or(axis))?;
        Ok(self.wrap(self.cast_opt(dtype)?.prod(dims.as_deref(), keepdim || keepdims.unwrap_or(false)).py()?))
    }
    /// (values, indices) along `dim`, or the overall extreme.
    #[pyo3(signature = (dim=None, keepdim=false))]
    fn _max(&self, py: Python<'_>, dim: Option<&Bound<'_, PyAny>>, keepdim: bool) -> PyResult<Py<PyAny>> { self.extreme(py, dim, keepdim, true) }
    #[pyo3(signature = (dim=None, keepdim=false))]
    fn _min(&self, py: Python<'_>, dim: Option<&Bound<'_, PyAny>>, keepdim: bool) -> PyResult<Py<PyAny>> { self.extreme(py, dim, keepdim, false) }
    #[pyo3(signature = (dim=None, keepdim=false, *, axis=None, keepdims=None))]
    fn amax(&self, dim: Option<&Bound<'_, PyAny>>, keepdim: bool, axis: Option<&Bound<'_, PyAny>>, keepdims: Option<bool>) -> PyResult<PyTensor> { self.amaxmin(dim.or(axis), keepdim || keepdims.unwrap_or(false), true) }
    #[pyo3(signature = (dim=None, keepdim=false, *, axis=None, keepdims=None))]
    fn amin(&self, dim: Option<&Bound<'_, PyAny>>, keepdim: bool, axis: Option<&Bound<'_, PyAny>>, keepdims: Option<bool>) -> PyResult<PyTensor> { self.amaxmin(dim.or(axis), keepdim || keepdims.unwrap_or(false), false) }
    // `axis`/`keepdims`: the MindSpore and TensorFlow spellings
    #[pyo3(signature = (dim=None, keepdim=false, *, axis=None, keepdims=None))]
    fn argmax(&self, dim: Option<isize>, keepdim: bool, axis: Option<isize>, keepdims: Option<bool>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.argmax(dim.or(axis), keepdim || keepdims.unwrap_or(false), true).py()?)) }
    #[pyo3(signature = (dim=None, keepdim=false, *, axis=None, keepdims=None))]
    fn argmin(&self, dim: Option<isize>, keepdim: bool, axis: Option<isize>, keepdims: Option<bool>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.argmax(dim.or(axis), keepdim || keepdims.unwrap_or(false), false).py()?)) }
    /// torch's `norm`; a dialect with its own meaning (MindSpore: `ord`, matrix norms of 2-D
    /// tensors) supplies `norm` in its table and gets the call.
    #[pyo3(signature = (p=None, dim=None, keepdim=false, dtype=None, **kwargs))]
    fn norm<'py>(slf: &Bound<'py, Self>, p: Option<&Bound<'py, PyAny>>, dim: Option<&Bound<'py, PyAny>>, keepdim: bool, dtype: Option<&Bound<'py, PyAny>>, kwargs: Option<&Bound<'py, pyo3::types::PyDict>>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let me = slf.get();
        if me.tag != registry::TORCH {
            if let Some(f) = me.dialect()?.ext.bind(py).get_item("norm")? {
                let kw = pyo3::types::PyDict::new(py);
                if let Some(k) = kwargs {
                    kw.update(k.as_mapping())?;
                }
                let p = match (p, kw.get_item("ord")?) {
                    (None, Some(o)) => {
                        kw.del_item("ord")?;
                        o.into_any()
                    }
                    (p, _) => p.map(|o| o.clone()).unwrap_or_else(|| py.None().into_bound(py)),
                };
                let dim = dim.map(|o| o.clone()).unwrap_or_else(|| py.None().into_bound(py));
                if let Some(d) = dtype {
                    kw.set_item("dtype", d)?;
                }
                return f.call((slf, p, dim, keepdim), Some(&kw));
            }
        }
        if let Some(k) = kwargs {
            if let Some((name, _)) = k.iter().next() {
                return Err(PyTypeError::new_err(format!("Tensor.norm() got an unexpected keyword argument '{}'", name)));
            }
        }
        let nuc = p.is_some_and(|o| o.extract::<String>().is_ok_and(|s| s == "nuc"));
        if nuc || dtype.is_some_and(|d| !d.is_none()) {
            let f = py.import("ferrograd.torch._linalg_legacy")?.getattr("_norm_nuc_dtype")?;
            return f.call1((slf, p, dim, keepdim, dtype));
        }
        Ok(me.torch_norm(p, dim, keepdim)?.into_pyobject(py)?.into_any())
    }

    // ---------- shape ----------
    #[pyo3(signature = (*shape))]
    fn reshape(slf: &Bound<'_, Self>, shape: &Bound<'_, PyTuple>) -> PyResult<PyTensor> {
        let me = slf.get();
        let s = me.t.infer_shape(&shape_arg(shape)?).py()?;
        Ok(viewed(slf, me.t.reshape_user(&s).py()?))
    }
    #[pyo3(signature = (*shape))]
    fn view(slf: &Bound<'_, Self>, shape: &Bound<'_, PyTuple>) -> PyResult<PyTensor> {
        let me = slf.get();
        if shape.len() == 1 {
            let a = shape.get_item(0)?;
            if !a.is_instance_of::<PyInt>() && !a.is_instance_of::<PyTuple>() && !a.is_instance_of::<PyList>() && a.hasattr("_fg").unwrap_or(false) {
                return Err(PyRuntimeError::new_err("ferrograd: view(dtype) is not supported"));
            }
        }
        let s = me.t.infer_shape(&shape_arg(shape)?).py()?;
        Ok(viewed(slf, me.t.view_user(&s).py()?))
    }
    fn view_as(slf: &Bound<'_, Self>, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { let me = slf.get(); Ok(viewed(slf, me.t.view_user(o.t.shape()).py()?)) }
    fn reshape_as(slf: &Bound<'_, Self>, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { let me = slf.get(); Ok(viewed(slf, me.t.reshape_user(o.t.shape()).py()?)) }
    #[pyo3(signature = (*dims))]
    fn permute(slf: &Bound<'_, Self>, dims: &Bound<'_, PyTuple>) -> PyResult<PyTensor> {
        let me = slf.get();
        let d = shape_arg(dims)?;
        let nd = me.t.ndim();
        let d: Vec<usize> = d.iter().map(|&x| ferrograd_core::layout::wrap_dim(x, nd)).collect::<ferrograd_core::Result<_>>().py()?;
        Ok(viewed(slf, me.t.permute(&d).py()?))
    }
    #[pyo3(signature = (*dims))]
    fn transpose(slf: &Bound<'_, Self>, dims: &Bound<'_, PyTuple>) -> PyResult<Py<PyAny>> {
        let me = slf.get();
        if me.tag != registry::TORCH {
            let py = slf.py();
            // MindSpore 2.10: transpose(dim0, dim1) swaps two axes (also on 2-D, where the same
            // two ints read as a permutation would change nothing); other forms permute (all
            // axes reversed when none are given)
            if me.tag == registry::MINDSPORE && dims.len() == 2 && dims.iter().all(|d| d.is_instance_of::<PyInt>()) {
                let (a, b): (isize, isize) = (dims.get_item(0)?.extract()?, dims.get_item(1)?.extract()?);
                return Ok(viewed(slf, me.t.transpose(a, b).py()?).into_pyobject(py)?.into_any().unbind());
            }
            let nd = me.t.ndim();
            let perm: Vec<usize> = if dims.is_empty() {
                (0..nd).rev().collect()
            } else {
                let d = shape_arg(dims)?;
                d.iter().map(|&x| ferrograd_core::layout::wrap_dim(x, nd)).collect::<ferrograd_core::Result<_>>().py()?
            };
            return Ok(viewed(slf, me.t.permute(&perm).py()?).into_pyobject(py)?.into_any().unbind());
        }
        if dims.len() != 2 {
            return Err(PyTypeError::new_err("transpose() received an invalid combination of arguments"));
        }
        let (a, b): (isize, isize) = (dims.get_item(0)?.extract()?, dims.get_item(1)?.extract()?);
        Ok(viewed(slf, me.t.transpose(a, b).py()?).into_pyobject(slf.py())?.into_any().unbind())
    }
    fn swapaxes(slf: &Bound<'_, Self>, a: isize, b: isize) -> PyResult<PyTensor> { let me = slf.get(); Ok(viewed(slf, me.t.transpose(a, b).py()?)) }
    fn t(slf: &Bound<'_, Self>) -> PyResult<PyTensor> { let me = slf.get(); Ok(viewed(slf, me.t.t().py()?)) }
    #[getter(T)]
    fn big_t(slf: &Bound<'_, Self>, py: Python<'_>) -> PyResult<PyTensor> {
        let me = slf.get();
        let nd = me.t.ndim();
        let perm: Vec<usize> = (0..nd).rev().collect();
        if nd == 2 { return PyTensor::t(slf); }
        if me.tag == registry::TORCH {
            let cat = py.get_type::<pyo3::exceptions::PyUserWarning>();
            PyErr::warn(py, &cat, if nd == 0 { c"Tensor.T is deprecated on 0-D tensors. This function is the identity in these cases. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4313.)" } else { c"The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated and it will throw an error in a future release. Consider `x.mT` to transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` to reverse the dimensions of a tensor. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4306.)" }, 1)?;
        }
        Ok(viewed(slf, me.t.permute(&perm).py()?))
    }
    #[getter(mT)]
    fn m_t(slf: &Bound<'_, Self>) -> PyResult<PyTensor> { let me = slf.get(); Ok(viewed(slf, me.t.mt().py()?)) }
    #[pyo3(signature = (dim=None, *, axis=None))]
    fn squeeze(slf: &Bound<'_, Self>, dim: Option<&Bound<'_, PyAny>>, axis: Option<&Bound<'_, PyAny>>) -> PyResult<PyTensor> {
        let me = slf.get();
        let d = dims_arg(dim.or(axis))?;
        Ok(viewed(slf, me.t.squeeze(d.as_deref()).py()?))
    }
    #[pyo3(signature = (dim=None, *, axis=None))]
    fn unsqueeze(slf: &Bound<'_, Self>, dim: Option<isize>, axis: Option<isize>) -> PyResult<PyTensor> { let me = slf.get(); Ok(viewed(slf, me.t.unsqueeze(dim_or(dim, axis, "unsqueeze")?).py()?)) }
    #[pyo3(signature = (*sizes))]
    fn expand(slf: &Bound<'_, Self>, sizes: &Bound<'_, PyTuple>) -> PyResult<PyTensor> { let me = slf.get(); Ok(viewed(slf, me.t.expand(&shape_arg(sizes)?).py()?)) }
    fn expand_as(slf: &Bound<'_, Self>, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { let me = slf.get(); Ok(viewed(slf, me.t.broadcast_to(o.t.shape()).py()?)) }
    #[pyo3(signature = (start_dim=0, end_dim=-1))]
    fn flatten(slf: &Bound<'_, Self>, start_dim: isize, end_dim: isize) -> PyResult<PyTensor> {
        let me = slf.get();
        let nd = me.t.ndim();
        if nd == 0 {
            return Ok(viewed(slf, me.t.reshape(&[1]).py()?));
        }
        let s = ferrograd_core::layout::wrap_dim(start_dim, nd).py()?;
        let e = ferrograd_core::layout::wrap_dim(end_dim, nd).py()?;
        if s > e {
            return Err(PyRuntimeError::new_err("flatten() has invalid args: start_dim cannot come after end_dim"));
        }
        let sh = me.t.shape();
        let mut ns: Vec<usize> = sh[..s].to_vec();
        ns.push(sh[s..=e].iter().product());
        ns.extend_from_slice(&sh[e + 1..]);
        Ok(viewed(slf, me.t.reshape(&ns).py()?))
    }
    #[pyo3(signature = (memory_format=None))]
    fn contiguous(slf: &Bound<'_, Self>, memory_format: Option<Bound<'_, PyAny>>) -> PyResult<Py<PyAny>> {
        let _ = memory_format;
        let me = slf.get();
        if me.t.is_contiguous() {
            return Ok(slf.clone().into_any().unbind()); // torch returns self when already contiguous
        }
        Ok(Py::new(slf.py(), me.wrap(me.t.contiguous().py()?))?.into_any())
    }
    #[pyo3(signature = (*, memory_format=None))]
    fn clone(&self, memory_format: Option<Bound<'_, PyAny>>) -> PyResult<PyTensor> {
        // torch.preserve_format (the default) keeps the layout; the others give a contiguous copy
        let preserve = memory_format.is_none_or(|m| m.is_none() || m.getattr("_name").is_ok_and(|n| n.eq("preserve_format").unwrap_or(false)));
        Ok(self.wrap(if preserve { self.t.clone_preserve() } else { self.t.clone_tensor() }.py()?))
    }
    #[pyo3(signature = (dim=None, start=None, length=None, *, axis=None))]
    fn narrow(slf: &Bound<'_, Self>, dim: Option<isize>, start: Option<isize>, length: Option<usize>, axis: Option<isize>) -> PyResult<PyTensor> {
        let me = slf.get();
        let dim = dim_or(dim, axis, "narrow")?;
        let (start, length) = (req(start, "narrow", "start")?, req(length, "narrow", "length")?);
        if me.t.ndim() == 0 {
            return Err(PyRuntimeError::new_err("narrow() cannot be applied to a 0-dim tensor."));
        }
        let d = ferrograd_core::layout::wrap_dim(dim, me.t.ndim()).py()?;
        let size = me.t.shape()[d] as isize;
        let s = if start < 0 { start + size } else { start } as usize;
        if s + length > size as usize {
            return Err(PyRuntimeError::new_err(format!("start ({}) + length ({}) exceeds dimension size ({}).", s, length, size)));
        }
        Ok(viewed(slf, me.t.narrow(d, s, length).py()?))
    }
    #[pyo3(signature = (dim=None, index=None, *, axis=None))]
    fn select(slf: &Bound<'_, Self>, dim: Option<isize>, index: Option<isize>, axis: Option<isize>) -> PyResult<PyTensor> {
        let me = slf.get();
        Ok(viewed(slf, me.t.select(dim_or(dim, axis, "select")?, req(index, "select", "index")?).py()?))
    }
    #[pyo3(signature = (dim=None, index=None, *, axis=None))]
    fn index_select(&self, dim: Option<isize>, index: Option<PyRef<'_, PyTensor>>, axis: Option<isize>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.index_select(dim_or(dim, axis, "index_select")?, &req(index, "index_select", "index")?.t).py()?)) }
    #[pyo3(signature = (dim=None, index=None, *, sparse_grad=false, axis=None))]
    fn gather(&self, dim: Option<isize>, index: Option<PyRef<'_, PyTensor>>, sparse_grad: bool, axis: Option<isize>) -> PyResult<PyTensor> {
        let _ = sparse_grad; Ok(self.wrap(self.t.gather(dim_or(dim, axis, "gather")?, &req(index, "gather", "index")?.t).py()?)) }
    /// Zeros of `shape` with self's values (shaped like `index`) added at `index` along `dim`.
    fn _scatter_add_into(&self, dim: isize, index: PyRef<'_, PyTensor>, shape: Vec<usize>) -> PyResult<PyTensor> {
        let d = ferrograd_core::layout::wrap_dim(dim, shape.len().max(1)).py()?;
        Ok(self.wrap(self.t.scatter_into(d, &index.t, &shape).py()?))
    }
    /// Zeros of `shape` with self's slices added at the 1-D `index` along `dim`.
    fn _index_add_into(&self, dim: isize, index: PyRef<'_, PyTensor>, shape: Vec<usize>) -> PyResult<PyTensor> {
        let d = ferrograd_core::layout::wrap_dim(dim, shape.len().max(1)).py()?;
        Ok(self.wrap(self.t.index_add_into(d, &index.t, &shape).py()?))
    }
    fn masked_fill(&self, py: Python<'_>, mask: PyRef<'_, PyTensor>, value: &Bound<'_, PyAny>) -> PyResult<PyTensor> {
        let v = self.operand(py, value)?.to_dtype_nograd(self.t.dtype());
        Ok(self.wrap(v.where_(&mask.t, &self.t).py()?))
    }
    #[pyo3(signature = (split_size, dim=0, *, axis=None))]
    fn split(slf: &Bound<'_, Self>, py: Python<'_>, split_size: &Bound<'_, PyAny>, dim: isize, axis: Option<isize>) -> PyResult<Py<PyAny>> {
        let me = slf.get();
        let dim = axis.unwrap_or(dim);
        if me.t.ndim() == 0 {
            return Err(PyRuntimeError::new_err("split expects at least a 1-dimensional tensor"));
        }
        let d = ferrograd_core::layout::wrap_dim(dim, me.t.ndim()).py()?;
        let size = me.t.shape()[d];
        let sizes: Vec<usize> = if let Ok(s) = split_size.extract::<usize>() {
            let s = s.max(1);
            (0..size.div_ceil(s)).map(|i| s.min(size - i * s)).collect()
        } else {
            let sizes: Vec<usize> = split_size.extract()?;
            if sizes.iter().sum::<usize>() != size {
                return Err(PyRuntimeError::new_err(format!(
                    "split_with_sizes expects split_sizes to sum exactly to {} (input tensor's size at dimension {}), but got split_sizes={:?}",
                    size, d, sizes)));
            }
            sizes
        };
        let mut off = 0;
        let mut parts = vec![];
        for s in sizes {
            parts.push(viewed(slf, me.t.narrow(d, off, s).py()?));
            off += s;
        }
        Ok(PyTuple::new(py, parts)?.into_any().unbind())
    }
    #[pyo3(signature = (chunks, dim=0, *, axis=None))]
    fn chunk(slf: &Bound<'_, Self>, py: Python<'_>, chunks: usize, dim: isize, axis: Option<isize>) -> PyResult<Py<PyAny>> {
        let me = slf.get();
        let dim = axis.unwrap_or(dim);
        if me.t.ndim() == 0 {
            return Err(PyRuntimeError::new_err("chunk expects at least a 1-dimensional tensor"));
        }
        let d = ferrograd_core::layout::wrap_dim(dim, me.t.ndim()).py()?;
        let size = me.t.shape()[d];
        let s = size.div_ceil(chunks.max(1)).max(1);
        let n = s.into_pyobject(py)?;
        PyTensor::split(slf, py, &n.into_any(), dim, None)
    }
    #[pyo3(signature = (dim=0, *, axis=None))]
    fn unbind(slf: &Bound<'_, Self>, py: Python<'_>, dim: isize, axis: Option<isize>) -> PyResult<Py<PyAny>> {
        let me = slf.get();
        let dim = axis.unwrap_or(dim);
        let d = ferrograd_core::layout::wrap_dim_of(dim, me.t.ndim()).py()?;
        let parts: Vec<PyTensor> = (0..me.t.shape()[d]).map(|i| me.t.select(d as isize, i as isize).map(|t| viewed(slf, t))).collect::<ferrograd_core::Result<_>>().py()?;
        Ok(PyTuple::new(py, parts)?.into_any().unbind())
    }

    // ---------- dtype ----------
    #[pyo3(signature = (*args, **kwargs))]
    fn to(slf: &Bound<'_, Self>, args: &Bound<'_, PyTuple>, kwargs: Option<&Bound<'_, PyDict>>) -> PyResult<Py<PyAny>> {
        let me = slf.get();
        let mut dt = None;
        let mut bools = 0; // positional non_blocking, copy
        let mut copy = false;
        for a in args.iter() {
            if a.is_instance_of::<pyo3::types::PyBool>() {
                bools += 1;
                copy |= bools == 2 && a.extract::<bool>()?;
            } else if let Ok(t) = a.cast::<PyTensor>() {
                dt = Some(t.get().t.dtype());
            } else if a.is_instance_of::<pyo3::types::PyString>() || a.hasattr("type").unwrap_or(false) && !a.hasattr("_fg").unwrap_or(false) {
                // device: only the CPU exists
            } else {
                dt = Some(parse_dtype(&a)?);
            }
        }
        if let Some(k) = kwargs {
            if let Some(d) = k.get_item("dtype")? {
                dt = Some(parse_dtype(&d)?);
            }
            if let Some(c) = k.get_item("copy")? {
                copy |= c.extract::<bool>()?;
            }
        }
        // torch returns the tensor itself when nothing changes and no copy is asked for
        let out = match dt {
            Some(d) if d != me.t.dtype() => me.t.to_dtype(d).py()?,
            _ if copy => me.t.clone_tensor().py()?,
            _ => return Ok(slf.clone().into_any().unbind()),
        };
        Ok(Py::new(slf.py(), me.wrap(out))?.into_any())
    }
    fn _cast(&self, dtype: &Bound<'_, PyAny>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.to_dtype(parse_dtype(dtype)?).py()?)) }
    fn float(&self) -> PyResult<PyTensor> { Ok(self.wrap(self.t.to_dtype(DType::F32).py()?)) }
    fn double(&self) -> PyResult<PyTensor> { Ok(self.wrap(self.t.to_dtype(DType::F64).py()?)) }
    fn half(&self) -> PyResult<PyTensor> { Ok(self.wrap(self.t.to_dtype(DType::F16).py()?)) }
    fn bfloat16(&self) -> PyResult<PyTensor> { Ok(self.wrap(self.t.to_dtype(DType::BF16).py()?)) }
    fn long(&self) -> PyResult<PyTensor> { Ok(self.wrap(self.t.to_dtype(DType::I64).py()?)) }
    fn int(&self) -> PyResult<PyTensor> { Ok(self.wrap(self.t.to_dtype(DType::I32).py()?)) }
    fn bool(&self) -> PyResult<PyTensor> { Ok(self.wrap(self.t.to_dtype(DType::Bool).py()?)) }
    fn type_as(&self, o: PyRef<'_, PyTensor>) -> PyResult<PyTensor> { Ok(self.wrap(self.t.to_dtype(o.t.dtype()).py()?)) }

    // ---------- in place ----------
    fn zero_(slf: &Bound<'_, Self>) -> PyResult<Py<PyAny>> {
        if crate::inplace::tracked(&slf.get().t, None)? {
            crate::inplace::recorded(&slf.get().t, |s| crate::inplace::replaced_by(s, &Tensor::scalar(0.0, s.dtype()), "ZeroBackward0"))?;
            return Ok(slf.clone().into_any().unbind());
        }
        slf.get().t.fill_(0.0);
        Ok(slf.clone().into_any().unbind())
    }
    fn fill_(slf: &Bound<'_, Self>, value: f64) -> PyResult<Py<PyAny>> {
        if crate::inplace::tracked(&slf.get().t, None)? {
            crate::inplace::recorded(&slf.get().t, |s| crate::inplace::replaced_by(s, &Tensor::scalar(value, s.dtype()), "FillBackward2"))?;
            return Ok(slf.clone().into_any().unbind());
        }
        slf.get().t.fill_(value);
        Ok(slf.clone().into_any().unbind())
    }
    #[pyo3(signature = (src, non_blocking=false))]
    fn copy_(slf: &Bound<'_, Self>, src: &Bound<'_, PyAny>, non_blocking: bool) -> PyResult<Py<PyAny>> {
        let _ = non_blocking;
        let s = slf.get().operand(slf.py(), src)?;
        if crate::inplace::tracked(&slf.get().t, Some(&s))? {
            crate::inplace::recorded(&slf.get().t, |me| crate::inplace::replaced_by(me, &s, "CopyBackwards"))?;
            return Ok(slf.clone().into_any().unbind());
        }
        slf.get().t.copy_from_(&s).py()?;
        Ok(slf.clone().into_any().unbind())
    }
    #[pyo3(signature = (other, *, alpha=None))]
    fn add_(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>, alpha: Option<f64>) -> PyResult<Py<PyAny>> {
        let me = slf.get();
        let o = me.operand(slf.py(), other)?;
        let o = match alpha { Some(a) if a != 1.0 => o.mul(&Tensor::scalar(a, o.dtype().to_float())).py()?, _ => o };
        if crate::inplace::tracked(&me.t, Some(&o))? {
            crate::inplace::recorded(&me.t, |s| s.binary(&o, BinOp::Add))?;
            return Ok(slf.clone().into_any().unbind());
        }
        me.t.binary_(&o, BinOp::Add).py()?;
        Ok(slf.clone().into_any().unbind())
    }
    #[pyo3(signature = (other, *, alpha=None))]
    fn sub_(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>, alpha: Option<f64>) -> PyResult<Py<PyAny>> {
        let me = slf.get();
        let o = me.operand(slf.py(), other)?;
        me.torch_bool_sub(&o)?;
        let o = match alpha { Some(a) if a != 1.0 => o.mul(&Tensor::scalar(a, o.dtype().to_float())).py()?, _ => o };
        if crate::inplace::tracked(&me.t, Some(&o))? {
            crate::inplace::recorded(&me.t, |s| s.binary(&o, BinOp::Sub))?;
            return Ok(slf.clone().into_any().unbind());
        }
        me.t.binary_(&o, BinOp::Sub).py()?;
        Ok(slf.clone().into_any().unbind())
    }
    fn mul_(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let o = slf.get().operand(slf.py(), other)?;
        if crate::inplace::tracked(&slf.get().t, Some(&o))? {
            crate::inplace::recorded(&slf.get().t, |s| s.binary(&o, BinOp::Mul))?;
            return Ok(slf.clone().into_any().unbind());
        }
        slf.get().t.binary_(&o, BinOp::Mul).py()?;
        Ok(slf.clone().into_any().unbind())
    }
    fn div_(slf: &Bound<'_, Self>, other: &Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let o = slf.get().operand(slf.py(), other)?;
        if crate::inplace::tracked(&slf.get().t, Some(&o))? {
            crate::inplace::recorded(&slf.get().t, |s| s.binary(&o, BinOp::Div))?;
            return Ok(slf.clone().into_any().unbind());
        }
        slf.get().t.binary_(&o, BinOp::Div).py()?;
        Ok(slf.clone().into_any().unbind())
    }
    #[pyo3(signature = (min=None, max=None))]
    fn clamp_(slf: &Bound<'_, Self>, min: Option<f64>, max: Option<f64>) -> PyResult<Py<PyAny>> {
        if crate::inplace::tracked(&slf.get().t, None)? {
            crate::inplace::recorded(&slf.get().t, |s| Ok(s.clamp(min, max)?.alias_named("ClampBackward1".to_string())))?;
            return Ok(slf.clone().into_any().unbind());
        }
        let r = {
            let _g = ferrograd_core::GradModeGuard::new(false);
            slf.get().t.clamp(min, max).py()?
        };
        slf.get().t.copy_from_(&r).py()?;
        Ok(slf.clone().into_any().unbind())
    }
    /// The same values behind an identity node named `name` (composite ops show torch's names).
    fn _named(&self, name: String) -> PyTensor {
        self.wrap(self.t.alias_named(name))
    }
    /// Renames the top node in place of wrapping it (for a fresh temporary only; see renamed_grad_fn).
    fn _renamed(&self, name: String) -> PyTensor {
        self.wrap(self.t.renamed_grad_fn(name))
    }
    /// Writes `src` into self ignoring autograd (optimizer updates, Parameter.set_data).
    fn _assign(&self, src: PyRef<'_, PyTensor>) -> PyResult<()> {
        self.t.copy_from_(&src.t).py()
    }
    /// Adds `other * alpha` in place ignoring autograd (optimizers).
    #[pyo3(signature = (other, alpha=1.0))]
    fn _add_scaled(&self, other: PyRef<'_, PyTensor>, alpha: f64) -> PyResult<()> {
        let o = if alpha == 1.0 { other.t.clone() } else { other.t.detach().mul(&Tensor::scalar(alpha, other.t.dtype())).py()? };
        self.t.binary_(&o, BinOp::Add).py()
    }
}

impl PyTensor {
    fn extreme(&self, py: Python<'_>, dim: Option<&Bound<'_, PyAny>>, keepdim: bool, is_max: bool) -> PyResult<Py<PyAny>> {
        match dim {
            Some(d) if !d.is_none() => {
                let d: isize = d.extract()?;
                let (v, i) = self.t.max_dim(d, keepdim, is_max).py()?;
                Ok(PyTuple::new(py, [self.wrap(v), self.wrap(i)])?.into_any().unbind())
            }
            _ => Ok(self.wrap(self.t.max_all(is_max).py()?).into_pyobject(py)?.into_any().unbind()),
        }
    }
    fn amaxmin(&self, dim: Option<&Bound<'_, PyAny>>, keepdim: bool, is_max: bool) -> PyResult<PyTensor> {
        let dims = dims_arg(dim)?;
        match dims {
            None => Ok(self.wrap(self.t.max_all(is_max).py()?)),
            Some(ds) => {
                let mut sorted = ds.clone();
                let nd = self.t.ndim();
                sorted = sorted.iter().map(|&d| ferrograd_core::layout::wrap_dim(d, nd).map(|x| x as isize)).collect::<ferrograd_core::Result<_>>().py()?;
                sorted.sort();
                let mut cur = self.t.clone();
                for &d in sorted.iter().rev() {
                    cur = cur.max_dim(d, keepdim, is_max).py()?.0;
                }
                Ok(self.wrap(cur))
            }
        }
    }
}
