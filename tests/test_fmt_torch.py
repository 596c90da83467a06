"""ferrograd._fmt.torch_fmt against golden strings recorded from real PyTorch
(tests/golden/fmt_torch.json, made by tests/golden/make_fmt_goldens.py).

Only numpy + pytest are needed: the formatter module is loaded straight from
its file so that ferrograd/__init__.py (and the compiled _core) is not imported.
"""

import json

import numpy as np
import pytest

from fmt_golden import imports_core, load_formatter, load_golden

T = load_formatter("torch_fmt")
_DATA, _ARRAYS, _CASES = load_golden("torch")


def _case_id(i, c):
    opts = ",".join("%s=%s" % kv for kv in sorted(c["options"].items()))
    kw = ",".join("%s=%s" % kv for kv in sorted(c["kwargs"].items()))
    return "%03d-%s-%s-%s-%s" % (i, c["fn"], c["array"], kw, opts)


@pytest.fixture(autouse=True)
def _reset_options():
    T.set_printoptions(profile="default")
    T.set_printoptions(sci_mode=None)
    T.set_default_dtype("float32")
    yield
    T.set_printoptions(profile="default")
    T.set_printoptions(sci_mode=None)
    T.set_default_dtype("float32")


def _run(c):
    opts = dict(c["options"])
    if "default_dtype" in opts:
        T.set_default_dtype(opts.pop("default_dtype"))
    if opts:
        T.set_printoptions(**opts)
    arr = _ARRAYS[c["array"]] if c["array"] is not None else None
    fn, args, kw = c["fn"], c["args"], c["kwargs"]
    if fn == "tensor_str":
        return T.tensor_str(arr, *args, **kw)
    if fn == "parameter_repr":
        return T.parameter_repr(arr, *args, **kw)
    if fn == "format_tensor":
        return T.format_tensor(arr, *args, **kw)
    if fn == "size_repr":
        return T.size_repr(*args)
    if fn == "get_printoptions":
        return json.dumps(T.get_printoptions())
    raise AssertionError("unknown fn " + fn)


@pytest.mark.parametrize("case", _CASES, ids=[_case_id(i, c) for i, c in enumerate(_CASES)])
def test_golden(case):
    assert _run(case) == case["expected"]


def test_golden_file_is_from_real_torch():
    assert _DATA["framework"] == "torch"
    assert "torch" in _DATA["versions"]
    assert len(_CASES) > 300


# --- lines from /work/shared/compat/cases/torch (d2l autograd tutorial)

def test_d2l_lines():
    f32 = np.float32
    assert T.tensor_str(np.arange(4, dtype=f32), "float32", requires_grad=True) == \
        "tensor([0., 1., 2., 3.], requires_grad=True)"
    assert T.tensor_str(f32(28), "float32", grad_fn="MulBackward0") == \
        "tensor(28., grad_fn=<MulBackward0>)"
    assert T.tensor_str(np.array([0, 4, 8, 12], f32), "float32") == "tensor([ 0.,  4.,  8., 12.])"
    assert T.tensor_str(np.ones(4, bool), "bool") == "tensor([True, True, True, True])"
    assert T.tensor_str(f32(6), "float32", grad_fn="SumBackward0") == \
        "tensor(6., grad_fn=<SumBackward0>)"
    assert T.tensor_str(f32(4), "torch.float32", grad_fn="<LinalgVectorNormBackward0>") == \
        "tensor(4., grad_fn=<LinalgVectorNormBackward0>)"
    assert T.tensor_str(f32(2), "float32") == "tensor(2.)"
    assert T.tensor_str(f32(512), "float32") == "tensor(512.)"


def test_dtype_suffixes_and_empty():
    assert T.tensor_str(np.array([1, 2], np.int64), "int64") == "tensor([1, 2])"
    assert T.tensor_str(np.array([1, 2], np.int32), "int32") == "tensor([1, 2], dtype=torch.int32)"
    assert T.tensor_str(np.zeros((0, 3), np.float32), "float32") == "tensor([], size=(0, 3))"
    assert T.tensor_str(np.zeros((0,), np.int64), "int64") == "tensor([], dtype=torch.int64)"
    assert T.tensor_str(np.zeros((0,), np.float32), "float32") == "tensor([])"


def test_size_and_dtype_repr():
    assert T.size_repr((2, 3)) == "torch.Size([2, 3])"
    assert T.size_repr(()) == "torch.Size([])"
    assert T.dtype_repr("double") == "torch.float64"


def test_set_printoptions_resets_sci_mode():
    T.set_printoptions(sci_mode=True)
    assert T.get_printoptions()["sci_mode"] is True
    T.set_printoptions(precision=3)  # torch overwrites sci_mode with None
    assert T.get_printoptions()["sci_mode"] is None
    with T.printoptions(precision=1):
        assert T.tensor_str(np.array([1.25, 2.5], np.float32), "float32") == "tensor([1.2, 2.5])"
    assert T.get_printoptions()["precision"] == 3


def test_no_core_import():
    assert not imports_core("torch_fmt")
