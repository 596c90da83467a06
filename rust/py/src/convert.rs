//! Python values to core tensors and back: nested lists, numpy arrays, scalars, dtypes.
use crate::errors::IntoPyResult;
use crate::tensor::PyTensor;
use ferrograd_core::{DType, Tensor};
use numpy::{PyArrayDyn, PyArrayMethods, PyUntypedArrayMethods};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyFloat, PyInt, PyList, PyString, PyTuple};

/// A dtype given as a name, a dialect dtype object (with `_fg` naming it), a Python type
/// or a numpy dtype.
pub fn parse_dtype(obj: &Bound<'_, PyAny>) -> PyResult<DType> {
    if let Ok(s) = obj.cast::<PyString>() {
        let s: String = s.extract()?;
        let s = s.as_str();
        return DType::from_name(s).ok_or_else(|| PyTypeError::new_err(format!("unsupported dtype {}", s)));
    }
    if let Ok(n) = obj.getattr("_fg") {
        return parse_dtype(&n);
    }
    let py = obj.py();
    if obj.is(py.get_type::<PyFloat>()) {
        return Ok(DType::F64);
    }
    if obj.is(py.get_type::<PyBool>()) {
        return Ok(DType::Bool);
    }
    if obj.is(py.get_type::<PyInt>()) {
        return Ok(DType::I64);
    }
    // numpy dtype or type (np.float32)
    let name = if let Ok(n) = obj.getattr("name") { n } else { obj.getattr("__name__")? };
    let name: String = name.extract()?;
    let dt = match name.as_str() {
        "float32" | "single" => DType::F32,
        "float64" | "double" => DType::F64,
        "float16" | "half" => DType::F16,
        "bfloat16" => DType::BF16,
        "int64" | "long" => DType::I64,
        "int32" | "intc" => DType::I32,
        "bool" | "bool_" => DType::Bool,
        _ => return Err(PyTypeError::new_err(format!("unsupported dtype {}", name))),
    };
    Ok(dt)
}

/// Scalar kinds found while walking nested Python data.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Bool,
    Int,
    Float,
}

fn walk(obj: &Bound<'_, PyAny>, depth: usize, shape: &mut Vec<usize>, out: &mut Vec<f64>, kind: &mut Option<Kind>) -> PyResult<()> {
    if let Ok(t) = obj.cast::<PyTensor>() {
        let t = &t.get().t;
        if depth == shape.len() && t.ndim() > 0 {
            shape.extend_from_slice(t.shape());
        }
        let k = if t.dtype().is_float() { Kind::Float } else if t.dtype() == DType::Bool { Kind::Bool } else { Kind::Int };
        *kind = Some(kind.map_or(k, |o| o.max(k)));
        out.extend(t.to_f64_vec());
        return Ok(());
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        let n = obj.len()?;
        if depth == shape.len() {
            shape.push(n);
        } else if shape[depth] != n {
            return Err(PyValueError::new_err(format!(
                "expected sequence of length {} at dim {} (got {})",
                shape[depth], depth, n
            )));
        }
        for item in obj.try_iter()? {
            walk(&item?, depth + 1, shape, out, kind)?;
        }
        return Ok(());
    }
    if obj.is_instance_of::<PyBool>() {
        *kind = Some(kind.map_or(Kind::Bool, |o| o.max(Kind::Bool)));
        out.push(if obj.extract::<bool>()? { 1.0 } else { 0.0 });
        return Ok(());
    }
    if obj.is_instance_of::<PyInt>() {
        *kind = Some(kind.map_or(Kind::Int, |o| o.max(Kind::Int)));
        out.push(obj.extract::<i64>()? as f64);
        return Ok(());
    }
    if let Ok(v) = obj.extract::<f64>() {
        // floats and numpy scalars
        let is_int = obj.getattr("dtype").and_then(|d| d.getattr("kind")).map(|k| k.to_string()).ok();
        let k = match is_int.as_deref() {
            Some("i") | Some("u") => Kind::Int,
            Some("b") => Kind::Bool,
            _ => Kind::Float,
        };
        *kind = Some(kind.map_or(k, |o| o.max(k)));
        out.push(v);
        return Ok(());
    }
    if obj.get_type().name()?.to_string() == "range" {
        // Python ranges are sequences for torch.tensor / indexing
        let lst = obj.py().get_type::<PyList>().call1((obj,))?;
        return walk(&lst, depth, shape, out, kind);
    }
    Err(PyTypeError::new_err(format!(
        "new(): invalid data type '{}'",
        obj.get_type().name()?
    )))
}

/// Copies a numpy array (any layout) into a new tensor of its own dtype.
pub fn from_numpy(arr: &Bound<'_, PyAny>) -> PyResult<Tensor> {
    let py = arr.py();
    macro_rules! try_ty {
        ($t:ty) => {
            if let Ok(a) = arr.cast::<PyArrayDyn<$t>>() {
                let shape = a.shape().to_vec();
                let ro = a.readonly();
                // as_slice also takes Fortran-ordered arrays (memory order): only C order is row-major
                let v: Vec<$t> = match ro.as_slice() {
                    Ok(s) if a.is_c_contiguous() => s.to_vec(),
                    _ => ro.as_array().iter().copied().collect(),
                };
                return Ok(Tensor::from_vec(v, &shape));
            }
        };
    }
    try_ty!(f32);
    try_ty!(f64);
    try_ty!(i64);
    try_ty!(i32);
    try_ty!(bool);
    if arr.getattr("dtype")?.getattr("name")?.extract::<String>()? == "float16" {
        // numpy float16: read the bits (the same IEEE binary16 layout as half::f16)
        let bits = arr.call_method1("view", ("uint16",))?;
        if let Ok(a) = bits.cast::<PyArrayDyn<u16>>() {
            let shape = a.shape().to_vec();
            let ro = a.readonly();
            let v: Vec<ferrograd_core::storage::f16> =
                ro.as_array().iter().map(|&b| ferrograd_core::storage::f16::from_bits(b)).collect();
            return Ok(Tensor::from_vec(v, &shape));
        }
    }
    // other numpy dtypes: convert through numpy to the nearest supported one
    let kind: String = arr.getattr("dtype")?.getattr("kind")?.extract()?;
    let target = match kind.as_str() {
        "f" => "float32",
        "i" | "u" => "int64",
        "b" => "bool",
        _ => return Err(PyTypeError::new_err(format!(
            "can't convert np.ndarray of type {}. The only supported types are: float64, float32, int64, int32 and bool.",
            arr.getattr("dtype")?.str()?
        ))),
    };
    let conv = arr.call_method1("astype", (target,))?;
    let _ = py;
    from_numpy(&conv)
}

pub fn is_ndarray(obj: &Bound<'_, PyAny>) -> bool {
    obj.get_type().name().map(|n| n.to_string() == "ndarray").unwrap_or(false)
        && obj.hasattr("__array_interface__").unwrap_or(false)
}

/// Builds a tensor from Python data. Python floats take `float_dtype`, ints `int_dtype`;
/// numpy arrays keep their dtype unless `dtype` is given.
pub fn tensor_from_data(
    data: &Bound<'_, PyAny>,
    dtype: Option<DType>,
    float_dtype: DType,
    int_dtype: DType,
) -> PyResult<Tensor> {
    let t = if let Ok(t) = data.cast::<PyTensor>() {
        t.get().t.detach().contiguous_copy()
    } else if is_ndarray(data) {
        from_numpy(data)?
    } else if data.hasattr("__array_interface__")? && !data.is_instance_of::<PyFloat>() && !data.is_instance_of::<PyInt>() {
        // numpy scalar (np.float32(1.0)) keeps its dtype
        let np = data.py().import("numpy")?;
        let arr = np.call_method1("asarray", (data,))?;
        from_numpy(&arr)?
    } else {
        let mut shape = vec![];
        let mut out = vec![];
        let mut kind = None;
        walk(data, 0, &mut shape, &mut out, &mut kind)?;
        // an explicit dtype converts straight from the f64 values (no rounding through f32)
        let dt = match (dtype, kind) {
            (Some(d), _) => d,
            (None, Some(Kind::Float)) | (None, None) => float_dtype,
            (None, Some(Kind::Int)) => int_dtype,
            (None, Some(Kind::Bool)) => DType::Bool,
        };
        Tensor::from_vec(out, &shape).to_dtype_nograd(dt)
    };
    Ok(match dtype {
        Some(d) => t.to_dtype_nograd(d),
        None => t,
    })
}

/// The other operand of a binary op: a tensor, or a Python number made into a 0-d tensor with
/// torch's wrapped-number promotion (the number never widens a tensor's dtype within a category).
pub fn operand(py: Python<'_>, me: &Tensor, other: &Bound<'_, PyAny>) -> PyResult<Tensor> {
    if let Ok(t) = other.cast::<PyTensor>() {
        return Ok(t.get().t.clone());
    }
    let dt = me.dtype();
    if other.is_instance_of::<PyBool>() {
        let v = if other.extract::<bool>()? { 1.0 } else { 0.0 };
        return Ok(Tensor::scalar(v, dt));
    }
    if other.is_instance_of::<PyInt>() {
        let v: f64 = other.extract()?;
        let t = if dt == DType::Bool { DType::I64 } else { dt };
        return Ok(Tensor::scalar(v, t));
    }
    if other.is_instance_of::<PyFloat>() {
        let v: f64 = other.extract()?;
        return Ok(Tensor::scalar(v, if dt.is_float() { dt } else { crate::registry::default_float() }));
    }
    if is_ndarray(other) {
        return from_numpy(other);
    }
    if let Ok(v) = other.extract::<f64>() {
        // numpy scalars behave like Python numbers here
        let is_float = other.getattr("dtype").and_then(|d| d.getattr("kind")).map(|k| k.to_string() == "f").unwrap_or(true);
        let t = if is_float { if dt.is_float() { dt } else { DType::F32 } } else if dt == DType::Bool { DType::I64 } else { dt };
        return Ok(Tensor::scalar(v, t));
    }
    if other.is_instance_of::<PyList>() || other.is_instance_of::<PyTuple>() {
        return tensor_from_data(other, None, DType::F32, DType::I64);
    }
    let _ = py;
    Err(PyTypeError::new_err(format!(
        "unsupported operand type(s): 'Tensor' and '{}'",
        other.get_type().name()?
    )))
}

/// Element list as Python objects: floats, ints or bools by dtype.
pub fn scalar_to_py<'py>(py: Python<'py>, v: f64, dt: DType) -> PyResult<Bound<'py, PyAny>> {
    Ok(match dt {
        DType::Bool => PyBool::new(py, v != 0.0).to_owned().into_any(),
        DType::I32 | DType::I64 => (v as i64).into_pyobject(py)?.into_any(),
        _ => v.into_pyobject(py)?.into_any(),
    })
}

pub fn shape_arg(args: &Bound<'_, PyTuple>) -> PyResult<Vec<isize>> {
    // f(2, 3) or f((2, 3)) or f([2, 3]) or f(torch.Size)
    if args.len() == 1 {
        let a = args.get_item(0)?;
        if let Ok(v) = a.extract::<Vec<isize>>() {
            return Ok(v);
        }
        if let Ok(t) = a.cast::<PyTensor>() {
            return Ok(vec![t.get().t.item().py()? as isize]);
        }
    }
    let mut v = vec![];
    for a in args.iter() {
        v.push(a.extract::<isize>()?);
    }
    Ok(v)
}

/// `torch.from_numpy`: a tensor sharing the array's memory when the array is C-contiguous,
/// aligned, writeable, in native byte order and of a numeric dtype the core has; else a copy.
#[pyfunction]
#[pyo3(signature = (arr, tag=0))]
pub fn from_numpy_shared(arr: &Bound<'_, PyAny>, tag: u8) -> PyResult<PyTensor> {
    use ferrograd_core::storage::{Buf, Storage};
    let flags = arr.getattr("flags")?;
    let shareable = is_ndarray(arr)
        && flags.getattr("c_contiguous")?.extract::<bool>()?
        && flags.getattr("aligned")?.extract::<bool>()?
        && flags.getattr("writeable")?.extract::<bool>()?
        && arr.getattr("dtype")?.getattr("isnative")?.extract::<bool>()?
        && arr.getattr("size")?.extract::<usize>()? > 0;
    macro_rules! share {
        ($t:ty, $var:ident) => {
            if let Ok(a) = arr.cast::<PyArrayDyn<$t>>() {
                let shape = a.shape().to_vec();
                let len = a.len();
                let ptr = a.data();
                let owner: Box<dyn std::any::Any + Send + Sync> = Box::new(arr.clone().unbind());
                // Safety: checked C-contiguous, aligned and non-empty above; `owner` keeps the
                // array (and so its buffer, which numpy will not resize while referenced) alive.
                let buf = unsafe { Buf::external(ptr, len, owner) };
                let t = Tensor::from_storage(Storage::$var(buf), &shape);
                return Ok(PyTensor { t, tag });
            }
        };
    }
    if shareable {
        share!(f32, F32);
        share!(f64, F64);
        share!(i64, I64);
        share!(i32, I32);
    }
    Ok(PyTensor { t: from_numpy(arr)?, tag })
}
