"""ferrograd._fmt.ms_fmt against golden strings recorded from real MindSpore
(tests/golden/fmt_ms.json, made by tests/golden/make_fmt_goldens.py).

Only numpy + pytest are needed: the formatter module is loaded straight from
its file so that ferrograd/__init__.py (and the compiled _core) is not imported.
"""

import base64
import importlib.util
import json
import os

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLDEN = os.path.join(ROOT, "tests", "golden", "fmt_ms.json")


def _load(name):
    path = os.path.join(ROOT, "python", "ferrograd", "_fmt", name + ".py")
    spec = importlib.util.spec_from_file_location("_ferrograd_fmt_test_" + name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


M = _load("ms_fmt")


def _decode(e):
    if "recipe" in e:
        r = e["recipe"]
        x = (np.arange(r["n"], dtype=np.float64) + r["offset"]) * r["scale"]
        if r.get("mod"):
            x = (np.arange(r["n"]) % r["mod"]) == 0
        return x.astype(r["dtype"]).reshape(tuple(r["shape"]))
    dt = np.dtype(e["dtype"]).newbyteorder("<")
    a = np.frombuffer(base64.b64decode(e["b64"]), dtype=dt).reshape(tuple(e["shape"]))
    return a.astype(a.dtype.newbyteorder("="))


with open(GOLDEN, encoding="utf-8") as _fh:
    _DATA = json.load(_fh)
_ARRAYS = {k: _decode(v) for k, v in _DATA["arrays"].items()}
_CASES = _DATA["cases"]


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
    import sys

    assert "ferrograd._core" not in sys.modules
