"""ferrograd._fmt.tf_fmt against golden strings recorded from real TensorFlow
(tests/golden/fmt_tf.json, made by tests/golden/make_fmt_goldens.py).

Only numpy + pytest are needed: the formatter module is loaded straight from
its file so that ferrograd/__init__.py (and the compiled _core) is not imported.
"""

import numpy as np
import pytest

from fmt_golden import imports_core, load_formatter, load_golden

F = load_formatter("tf_fmt")
_DATA, _ARRAYS, _CASES = load_golden("tf")


def _case_id(i, c):
    kw = ",".join("%s=%s" % kv for kv in sorted(c["kwargs"].items()))
    return "%03d-%s-%s-%s" % (i, c["fn"], c["array"], kw)


def _build(o):
    """Rebuild a tf.print argument: {"__array__": id} is a tensor (numpy
    array here), {"__tuple__": [...]} a tuple."""
    if isinstance(o, dict) and "__array__" in o:
        return _ARRAYS[o["__array__"]]
    if isinstance(o, dict) and "__tuple__" in o:
        return tuple(_build(e) for e in o["__tuple__"])
    if isinstance(o, dict):
        return {k: _build(v) for k, v in o.items()}
    if isinstance(o, list):
        return [_build(e) for e in o]
    return o


def _run(c):
    arr = _ARRAYS[c["array"]] if c["array"] is not None else None
    fn, args, kw = c["fn"], c["args"], c["kwargs"]
    if fn == "tensor_str":
        return F.tensor_str(arr, *args, **kw)
    if fn == "tensor_repr":
        return F.tensor_repr(arr, *args, **kw)
    if fn == "variable_repr":
        return F.variable_repr(arr, *args, **kw)
    if fn == "print_value":
        return F.print_value(arr, **kw)
    if fn == "print_args":
        return F.print_args(*[_build(o) for o in args[0]], **kw)
    raise AssertionError("unknown fn " + fn)


@pytest.mark.parametrize("case", _CASES, ids=[_case_id(i, c) for i, c in enumerate(_CASES)])
def test_golden(case):
    assert _run(case) == case["expected"]


def test_golden_file_is_from_real_tensorflow():
    assert _DATA["framework"] == "tf"
    assert "tensorflow" in _DATA["versions"]
    assert len(_CASES) > 300


# --- lines from /work/shared/compat/cases/tf

def test_shared_case_lines():
    f32 = np.float32
    assert F.tensor_str(np.array(-2.0, f32), "float32") == "tf.Tensor(-2.0, shape=(), dtype=float32)"
    assert F.tensor_str(np.array(1.0, f32)) == "tf.Tensor(1.0, shape=(), dtype=float32)"
    assert F.tensor_str(np.array([[1, 2], [3, 4]], f32)) == \
        "tf.Tensor(\n[[1. 2.]\n [3. 4.]], shape=(2, 2), dtype=float32)"
    assert F.tensor_repr(np.array(-2.0, f32)) == "<tf.Tensor: shape=(), dtype=float32, numpy=-2.0>"
    assert F.variable_repr(np.array(0.0, f32), "x:0", "float32") == \
        "<tf.Variable 'x:0' shape=() dtype=float32, numpy=0.0>"
    assert F.variable_repr(np.array(0.0, f32), "x") == \
        "<tf.Variable 'x:0' shape=() dtype=float32, numpy=0.0>"
    x = np.array(0.999998569, f32)
    y = np.array(0.0, f32)
    assert F.print_value(x) == "0.999998569"
    assert F.print_value(y) == "0"
    assert F.print_args("y =", y, "; x =", x) == "y = 0 ; x = 0.999998569"
    assert F.print_args((np.array(-2.0, f32), np.array(1.0, f32))) == "(-2, 1)"
    assert F.print_args((np.array(0.0, f32), np.array(0.0, f32))) == "(0, 0)"


def test_print_value_layout():
    assert F.print_value(np.arange(3)) == "[0 1 2]"
    assert F.print_value(np.arange(10)) == "[0 1 2 ... 7 8 9]"
    assert F.print_value(np.arange(10), summarize=-1) == "[0 1 2 3 4 5 6 7 8 9]"
    assert F.print_value(np.array([True, False])) == "[1 0]"
    assert F.print_value(np.arange(4).reshape(2, 2)) == "[[0 1]\n [2 3]]"


def test_float_digits():
    assert F.format_float32(0.1) == "0.1"
    assert F.format_float32(np.float32(1) / np.float32(3)) == "0.333333343"
    assert F.format_float64(1 / 3) == "0.33333333333333331"
    assert F.format_float64(0.1) == "0.1"
    assert F.format_float32(-np.array(np.nan, np.float32)) == "-nan"


def test_custom_tensor_predicate():
    class Box:
        def __init__(self, v):
            self.v = v

    out = F.print_args("v:", [Box(np.array(1.5, np.float32)), 2],
                       is_tensor=lambda o: isinstance(o, Box), to_array=lambda b: b.v)
    assert out == "v: [1.5, 2]"


def test_no_core_import():
    assert not imports_core("tf_fmt")
