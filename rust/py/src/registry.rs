//! Per-dialect Python objects the tensor needs: dtype objects, the shape type, printers and
//! the extra (Python-level) methods a dialect adds. Registered once at dialect import.
use ferrograd_core::DType;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, RwLock};

pub const TORCH: u8 = 0;
pub const MINDSPORE: u8 = 1;
// the tag ferrograd.tensorflow registers; no Rust code branches on it yet
#[allow(dead_code)]
pub const TENSORFLOW: u8 = 2;

pub struct Dialect {
    /// extra methods and properties, looked up when normal attribute lookup fails
    pub ext: Py<PyDict>,
    /// dtype objects indexed by `dtype_index`
    pub dtypes: Vec<Py<PyAny>>,
    pub shape_type: Py<PyAny>,
    pub repr: Py<PyAny>,
    pub str: Py<PyAny>,
}

static DIALECTS: RwLock<Vec<Option<Arc<Dialect>>>> = RwLock::new(Vec::new());
static DEFAULT_FLOAT: AtomicU8 = AtomicU8::new(0);

pub fn dtype_index(dt: DType) -> usize {
    match dt {
        DType::F32 => 0,
        DType::F64 => 1,
        DType::I64 => 2,
        DType::I32 => 3,
        DType::Bool => 4,
        DType::F16 => 5,
        DType::BF16 => 6,
    }
}

pub fn get(tag: u8) -> Option<Arc<Dialect>> {
    DIALECTS.read().unwrap().get(tag as usize).cloned().flatten()
}

/// register_dialect(tag, ext, dtypes=(float32, float64, int64, int32, bool), shape_type, repr, str)
#[pyfunction]
pub fn register_dialect(
    tag: u8,
    ext: Bound<'_, PyDict>,
    dtypes: Vec<Bound<'_, PyAny>>,
    shape_type: Bound<'_, PyAny>,
    repr: Bound<'_, PyAny>,
    str: Bound<'_, PyAny>,
) -> PyResult<()> {
    let d = Dialect {
        ext: ext.unbind(),
        dtypes: dtypes.into_iter().map(|d| d.unbind()).collect(),
        shape_type: shape_type.unbind(),
        repr: repr.unbind(),
        str: str.unbind(),
    };
    let mut g = DIALECTS.write().unwrap();
    while g.len() <= tag as usize {
        g.push(None);
    }
    g[tag as usize] = Some(Arc::new(d));
    Ok(())
}

pub fn default_float() -> DType {
    if DEFAULT_FLOAT.load(Ordering::Relaxed) == 1 {
        DType::F64
    } else {
        DType::F32
    }
}

#[pyfunction]
pub fn set_default_float(name: &str) -> PyResult<()> {
    DEFAULT_FLOAT.store(if name == "float64" { 1 } else { 0 }, Ordering::Relaxed);
    Ok(())
}
