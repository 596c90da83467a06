"""ferrograd._fmt.ms_fmt against golden strings recorded from real MindSpore
(tests/golden/fmt_ms.json, made by tests/golden/make_fmt_goldens.py).

Only numpy + pytest are needed: the formatter module is loaded straight from
its file so that ferrograd/__init__.py (and the compiled _core) is not imported.
"""

import numpy as np
import pytest

from fmt_golden import imports_core, load_formatter, load_golden

M = load_formatter("ms_fmt")
_DATA, _ARRAYS, _CASES = load_golden("ms")


def _case_id(i, c):
    return "%03d-%s-%s" % (i, c["fn"], c["array"] if c["array"] is not None else c["args"][0])


def _run(c):
    arr = _ARRAYS[c["array"]] if c["array"] is not None else None
    fn, args, kw = c["fn"], c["args"], c["kwargs"]
    if fn in ("tensor_str", "tensor_f_string"):
        return M.tensor_str(arr, *args, **kw)
    if fn == "tensor_repr":
        return M.tensor_repr(arr, *args, **kw)
    if fn == "dtype_name":
        return M.dtype_name(*args)
    if fn == "shape_str":
        return M.shape_str(*args)
    if fn == "parameter_repr":
        return M.parameter_repr(*args, **kw)
    raise AssertionError("unknown fn " + fn)


@pytest.mark.parametrize("case", _CASES, ids=[_case_id(i, c) for i, c in enumerate(_CASES)])
def test_golden(case):
    assert _run(case) == case["expected"]


def test_golden_file_is_from_real_mindspore():
    assert _DATA["framework"] == "ms"
    assert "mindspore" in _DATA["versions"]
    assert len(_CASES) > 300


# --- lines from /work/shared/compat/cases/ms

def test_shared_case_lines():
    f32 = np.float32
    g = np.array([0.332178921, 0.318940341, 0.240877137], f32)
    assert M.tensor_repr(g, "float32") == \
        "Tensor(shape=[3], dtype=Float32, value= [ 3.32178921e-01,  3.18940341e-01,  2.40877137e-01])"
    assert M.tensor_repr(np.tile(g, (2, 1)), "float32") == (
        "Tensor(shape=[2, 3], dtype=Float32, value=\n"
        "[[ 3.32178921e-01,  3.18940341e-01,  2.40877137e-01],\n"
        " [ 3.32178921e-01,  3.18940341e-01,  2.40877137e-01]])")
    assert M.tensor_repr(np.array([30.0], f32), "float32") == \
        "Tensor(shape=[1], dtype=Float32, value= [ 3.00000000e+01])"
    assert M.tensor_str(f32(16.0), "float32") == "16.0"
    assert M.tensor_str(f32(4.045061), "float32") == "4.045061"
    assert M.tensor_str(f32(-123.20699), "Float32") == "-123.20699"
    assert M.tensor_str(np.array([1, 2, 3, 4, 5], f32), "float32") == "[1. 2. 3. 4. 5.]"
    assert M.tensor_str(np.array([-1.509958e-07], f32), "float32") == "[-1.509958e-07]"
    assert M.parameter_repr("w", (5, 5), "float32", True) == \
        "Parameter (name=w, shape=(5, 5), dtype=Float32, requires_grad=True)"
    assert M.parameter_repr("b", (3,), "mindspore.float32") == \
        "Parameter (name=b, shape=(3,), dtype=Float32, requires_grad=True)"


def test_dtype_names():
    assert [M.dtype_name(d) for d in ("float32", "float64", "int32", "int64", "bool")] == \
        ["Float32", "Float64", "Int32", "Int64", "Bool"]
    assert M.dtype_name("Float16") == "Float16"
    assert M.dtype_name(np.dtype("uint8")) == "UInt8"


def test_nan_sign_in_repr():
    neg_nan = -np.array([np.nan], np.float32)
    assert np.signbit(neg_nan[0])
    assert M.tensor_repr(neg_nan, "float32") == "Tensor(shape=[1], dtype=Float32, value= [           -nan])"
    assert M.tensor_str(neg_nan, "float32") == "[nan]"


def test_no_core_import():
    assert not imports_core("ms_fmt")
