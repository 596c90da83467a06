"""Record golden printing output from the REAL frameworks for ferrograd's
pure-Python formatters (python/ferrograd/_fmt/*).

Run with the interpreter of a throwaway venv that has the real framework:

    /work/venvs/torch/bin/python tests/golden/make_fmt_goldens.py torch
    /work/venvs/ms/bin/python    tests/golden/make_fmt_goldens.py ms
    TF_CPP_MIN_LOG_LEVEL=3 /work/venvs/tf/bin/python tests/golden/make_fmt_goldens.py tf

Each writes tests/golden/fmt_<framework>.json:
    {"framework": ..., "versions": {...},
     "arrays": {id: {"dtype": str, "shape": [...], "b64": raw little-endian bytes}},
     "cases":  [{"fn": formatter function, "array": id or null, "args": [...],
                 "kwargs": {...}, "options": {...}, "expected": str}, ...]}
ferrograd's tests replay the cases through the formatters; they never need
the real frameworks.
"""

import base64
import io
import json
import os
import sys
import tempfile

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


# ------------------------------------------------------------------ inputs


RECIPES = {}


def build_recipe(r):
    """Large regular arrays are stored as a recipe instead of raw bytes:
    ((arange(n) + offset) * scale) [% mod == 0], cast to dtype, reshaped.
    All recipes used here are exact in float64."""
    x = (np.arange(r["n"], dtype=np.float64) + r["offset"]) * r["scale"]
    if r.get("mod"):
        x = (np.arange(r["n"]) % r["mod"]) == 0
    return x.astype(r["dtype"]).reshape(r["shape"])


def make_arrays():
    rs = np.random.RandomState(20240607)
    f32, f64 = np.float32, np.float64
    A = {}

    def add(name, arr):
        A[name] = np.asarray(arr)

    def add_recipe(name, n, dtype, offset=0, scale=1, shape=None, mod=None):
        r = {"n": n, "dtype": dtype, "offset": offset, "scale": scale,
             "shape": list(shape) if shape else [n], "mod": mod}
        RECIPES[name] = r
        A[name] = build_recipe(r)

    # 0-d
    for v, tag in [(2.0, "two"), (-2.0, "mtwo"), (0.0, "zero"), (-0.0, "negzero"),
                   (0.1, "tenth"), (1e-5, "tiny"), (1e10, "huge"), (123456.789, "mid"),
                   (np.nan, "nan"), (np.inf, "inf"), (-np.inf, "minf"),
                   (3.14159265, "pi"), (0.999998569, "almost1"), (16.0, "sixteen"),
                   (4.045061, "loss"), (-1.509958e-07, "sin"), (1024.0, "k")]:
        add("s_f32_" + tag, f32(v))
    for v, tag in [(2.0, "two"), (0.1, "tenth"), (1e-5, "tiny"), (1e300, "vhuge"),
                   (np.nan, "nan"), (2.0 / 3.0, "third"), (-0.0, "negzero")]:
        add("s_f64_" + tag, f64(v))
    add("s_i64_5", np.int64(5))
    add("s_i64_m7", np.int64(-7))
    add("s_i32_3", np.int32(3))
    add("s_bool_t", np.bool_(True))
    add("s_bool_f", np.bool_(False))
    add("s_f16_pi", np.float16(3.14159))
    add("s_f16_2048", np.float16(2048))
    add("s_f32_2p5e6", f32(2.5e6))
    add("s_f32_1e12", f32(1e12))
    add("s_f32_1e17", f32(1e17))
    add("s_u8", np.uint8(200))
    add("s_i8", np.int8(-65))

    # 1-D
    add("v_arange4", np.arange(4.0, dtype=f32))
    add("v_grad", np.array([0, 4, 8, 12], f32))
    add("v_randn5", rs.randn(5).astype(f32))
    add("v_randn5_f64", rs.randn(5))
    add("v_small", (rs.randn(5) * 1e-5).astype(f32))
    add("v_mixed", np.array([1e-3, 1.0, 1e3, 1e5], f32))
    add("v_intbig", np.array([1.0, 1e9], f32))
    add("v_int_sci", np.array([1.0, 2000.0], f32))
    add("v_int_1000", np.array([1.0, 1000.0, -7.0], f32))
    add("v_big_frac", np.array([0.5, 2e8], f32))
    add("v_nonfinite", np.array([1.5, np.nan, np.inf, -np.inf, 0.0], f32))
    add("v_nonfinite_int", np.array([2.0, np.nan, -np.inf], f32))
    add("v_zeros", np.zeros(3, f32))
    add("v_negzero", np.array([-0.0, 0.0, 1.0], f32))
    add("v_allnan", np.array([np.nan, np.nan], f32))
    add("v_i64", np.array([1, -20, 300, 4000], np.int64))
    add("v_i64_big", np.array([10 ** 12, -3], np.int64))
    add("v_i32", np.array([7, 8, -9], np.int32))
    add("v_bool", np.array([True, False, True]))
    add("v_u8", np.array([0, 7, 255], np.uint8))
    add("v_i8", np.array([-128, 0, 127], np.int8))
    add("v_f16", np.array([0.5, 1.25, -3.0, 0.1], np.float16))
    add("v_f64_third", np.array([1 / 3, 2 / 3, 1.0]))
    add("v_precise", np.array([0.999998569, 1.0000001, 123.456789, -0.3333333], f32))
    add("v_randn30", rs.randn(30).astype(f32))
    add("v_randn100_f64", rs.randn(100))
    add("v_int50", np.arange(50, dtype=np.int64) * 37 - 900)
    add("v_f12", np.arange(12, dtype=f32) * 0.5)
    add("v_f13", np.arange(13, dtype=f32) * 1.5 - 4)
    add("v_i24", np.arange(24, dtype=np.int32))
    add("v_i25", np.arange(25, dtype=np.int32) - 12)
    add("v_b13", (np.arange(13) % 3 == 0))
    add("v_sci_wide", (rs.randn(20) * 1e-6).astype(f32))
    add("v_one", np.array([3.0], f32))
    add("v_f32_1e7", np.array([1e7, 2.5e6, 3.0], f32))
    add("v_f32_1e6_only", np.array([1e6, 2e6], f32))
    add("v_f16_1500", np.array([1500, 2.5], np.float16))
    add("v_f32_shortest", np.array([4.045061, 3.8694198, 0.1, 1e-7, 1e7], f32))

    # 2-D
    add("m_2x2", np.array([[1, 2], [3, 4]], f32))
    add("m_2x2_i64", np.array([[1, 2], [3, 40]], np.int64))
    add("m_5x3", rs.randn(5, 3).astype(f32))
    add("m_5x5_f64", rs.randn(5, 5))
    add("m_5x30", rs.randn(5, 30).astype(f32))
    add("m_3x7", rs.randn(3, 7).astype(f32))
    add("m_8x3", rs.randn(8, 3).astype(f32))
    add("m_10x10_i", np.arange(100, dtype=np.int64).reshape(10, 10) - 50)
    add("m_4x3_bool", rs.rand(4, 3) > 0.5)
    add("m_sci", (rs.randn(3, 4) * 1e5).astype(f32))
    add("m_16x1", rs.randn(16, 1).astype(f32))
    add("m_1x12", rs.randn(1, 12).astype(f32))

    # 3-D / 4-D
    add("t_2x2x2", np.arange(8, dtype=f32).reshape(2, 2, 2))
    add("t_2x3x4", rs.randn(2, 3, 4).astype(f32))
    add("t_4x8x8_i", np.arange(256, dtype=np.int32).reshape(4, 8, 8))
    add("t_2x2x2x2", np.arange(16, dtype=np.int64).reshape(2, 2, 2, 2))
    add("t_7x2x2", rs.randn(7, 2, 2).astype(f32))

    # > 1000 elements
    add_recipe("big_arange2000", 2000, "float32")
    add("big_1001", rs.randn(1001).astype(f32))
    add_recipe("big_i1001", 1001, "int32", offset=-500)
    add("big_40x40", rs.randn(40, 40).astype(f32))
    add_recipe("big_2x10x100", 2000, "float32", scale=0.25, shape=(2, 10, 100))
    add_recipe("big_i1500", 1500, "int64", offset=-700)
    add_recipe("big_b1200", 1200, "bool", mod=7)
    add_recipe("big_f64_1100", 1100, "float64", offset=-550, scale=1.0 / 512)

    # empty
    add("e_0", np.zeros((0,), f32))
    add("e_0x3", np.zeros((0, 3), f32))
    add("e_2x0", np.zeros((2, 0), f32))
    add("e_0_i64", np.zeros((0,), np.int64))
    add("e_0_bool", np.zeros((0,), bool))
    add("e_0_f64", np.zeros((0,), f64))
    return A


def encode(arr, name=None):
    if name in RECIPES:
        return {"recipe": RECIPES[name]}
    a = np.array(arr, order="C")  # (ascontiguousarray would make 0-d arrays 1-d)
    return {
        "dtype": a.dtype.name,
        "shape": list(a.shape),
        "b64": base64.b64encode(a.astype(a.dtype.newbyteorder("<")).tobytes()).decode("ascii"),
    }


# ------------------------------------------------------------------ torch


def record_torch(A):
    import torch

    cases = []

    def t_of(a):
        return torch.from_numpy(np.array(a, copy=True))

    def add(fn, arr_id, expected, args=(), kwargs=None, options=None):
        cases.append({"fn": fn, "array": arr_id, "args": list(args),
                      "kwargs": kwargs or {}, "options": options or {},
                      "expected": expected})

    def dname(t):
        return str(t.dtype)[len("torch."):]

    for k, a in A.items():
        t = t_of(a)
        add("tensor_str", k, repr(t), [dname(t)])
        if t.dtype.is_floating_point:
            x = t.clone().requires_grad_(True)
            add("tensor_str", k, repr(x), [dname(t)], {"requires_grad": True})
            y = x.clone()
            add("tensor_str", k, repr(y), [dname(t)], {"grad_fn": type(y.grad_fn).__name__})

    # long grad_fn names / suffix wrapping
    for k in ["v_randn30", "m_5x30", "v_randn5_f64", "s_f32_two", "m_5x3", "v_i64"]:
        t = t_of(A[k]).to(torch.float64)
        x = t.requires_grad_(True)
        add("tensor_str", k, repr(x), ["float64"], {"requires_grad": True})
        add("tensor_str", k, repr(x.clone()), ["float64"], {"grad_fn": "CloneBackward0"})
    # other grad_fn names (MulBackward0, LinalgVectorNormBackward0)
    for k in ["v_randn30", "m_5x3", "v_arange4"]:
        t = t_of(A[k]).to(torch.float32)
        y = (t.clone().requires_grad_(True) * 1.0)
        add("tensor_str", k, repr(y), ["float32"], {"grad_fn": type(y.grad_fn).__name__})
        z = torch.linalg.vector_norm(t.clone().requires_grad_(True))
        A["norm_" + k] = z.detach().numpy().copy()
        add("tensor_str", "norm_" + k, repr(z), [dname(z)], {"grad_fn": type(z.grad_fn).__name__})

    # print options
    option_sets = [
        {"precision": 2},
        {"precision": 8},
        {"sci_mode": True},
        {"sci_mode": False},
        {"linewidth": 40},
        {"linewidth": 200},
        {"threshold": 5},
        {"threshold": 5, "edgeitems": 1},
        {"threshold": 5, "edgeitems": 0},
        {"profile": "short"},
        {"profile": "full"},
        {"precision": 0},
        {"threshold": 10000},
        {"precision": 6, "sci_mode": False, "linewidth": 120},
    ]
    opt_keys = ["v_randn5", "v_mixed", "v_randn30", "m_5x3", "m_5x30", "v_int50",
                "big_2x10x100", "v_grad", "s_f32_tenth", "v_small",
                "t_2x3x4", "v_zeros", "v_nonfinite", "m_10x10_i", "v_bool"]
    for opts in option_sets:
        torch.set_printoptions(**opts)
        try:
            for k in opt_keys:
                no_summary = opts.get("profile") == "full" or opts.get("threshold", 0) > 1000
                if no_summary and A[k].size > 1000:
                    continue  # keep the golden file small
                t = t_of(A[k])
                add("tensor_str", k, repr(t), [dname(t)], options=opts)
        finally:
            torch.set_printoptions(profile="default")
            torch.set_printoptions(sci_mode=None)
    torch.set_printoptions(profile="full")
    add("tensor_str", "big_i1001", repr(t_of(A["big_i1001"])), ["int32"], options={"profile": "full"})
    torch.set_printoptions(profile="default")
    # float64 as default dtype
    torch.set_default_dtype(torch.float64)
    try:
        for k in ["v_randn5", "v_randn5_f64", "e_0", "e_0_f64", "s_f32_two", "m_5x5_f64"]:
            t = t_of(A[k])
            add("tensor_str", k, repr(t), [dname(t)], options={"default_dtype": "float64"})
    finally:
        torch.set_default_dtype(torch.float32)

    # torch.Size
    for shape in [(), (3,), (2, 3), (0, 3), (1, 1, 1, 1)]:
        add("size_repr", None, repr(torch.Size(shape)), [list(shape)])
    # Parameter
    for k in ["v_randn5", "m_5x3", "s_f32_two"]:
        p = torch.nn.Parameter(t_of(A[k]))
        add("parameter_repr", k, repr(p), [dname(p)])
        p2 = torch.nn.Parameter(t_of(A[k]), requires_grad=False)
        add("parameter_repr", k, repr(p2), [dname(p2)], {"requires_grad": False})
    # __format__
    for k in ["s_f32_two", "s_f32_tenth", "s_i64_5", "s_bool_t", "s_f64_third"]:
        t = t_of(A[k])
        for spec in ["", ".2f", "8.3e"]:
            if t.dtype == torch.bool and spec:
                continue
            add("format_tensor", k, format(t, spec), [dname(t), spec])
    t = t_of(A["v_randn5"])
    add("format_tensor", "v_randn5", format(t, ""), ["float32", ""])
    add("get_printoptions", None, json.dumps(torch._tensor_str.get_printoptions()))
    return cases, {"torch": torch.__version__, "numpy": np.__version__}


# ------------------------------------------------------------------ mindspore


def record_ms(A):
    import mindspore as ms
    from mindspore import Tensor, Parameter

    cases = []

    def add(fn, arr_id, expected, args=(), kwargs=None):
        cases.append({"fn": fn, "array": arr_id, "args": list(args),
                      "kwargs": kwargs or {}, "options": {}, "expected": expected})

    for k, a in A.items():
        t = Tensor(np.array(a, copy=True))
        dn = a.dtype.name
        add("tensor_str", k, str(t), [dn])
        add("tensor_f_string", k, f"{t}", [dn])
        add("tensor_repr", k, repr(t), [dn])
        add("dtype_name", None, str(t.dtype), [dn])
        add("shape_str", None, str(t.shape), [list(a.shape)])
    # complex (repr only is MindSpore's own code; str is numpy's)
    A["c_c64"] = np.array([0j, 1.5 - 0j, 1e-7j, 123456789 + 1j, complex(np.nan, np.inf),
                           -1 - 1j, complex(0, -0.0)], np.complex64)
    A["c_c128_2x2"] = np.array([[0j, 1 / 3 + 2 / 3j], [2.5, -1j]], np.complex128)
    A["c_c64_s"] = np.array(1 + 2j, np.complex64)
    for k in ["c_c64", "c_c128_2x2", "c_c64_s"]:
        t = Tensor(A[k].copy())
        add("tensor_repr", k, repr(t), [A[k].dtype.name])
        add("tensor_str", k, str(t), [A[k].dtype.name])
    for k, name, rg in [("m_5x5_f64", "w", True), ("v_randn5", "b", True), ("m_5x3", "weight", False),
                        ("s_f32_two", "z", True), ("t_2x3x4", "conv.weight", True)]:
        p = Parameter(Tensor(np.array(A[k], copy=True).astype(np.float32)), name=name, requires_grad=rg)
        add("parameter_repr", k, str(p), [name, list(A[k].shape), "float32", rg])
        add("parameter_repr", k, repr(p), [name, list(A[k].shape), "float32", rg])
    return cases, {"mindspore": ms.__version__, "numpy": np.__version__}


# ------------------------------------------------------------------ tensorflow


def record_tf(A):
    import tensorflow as tf

    cases = []

    def add(fn, arr_id, expected, args=(), kwargs=None):
        cases.append({"fn": fn, "array": arr_id, "args": list(args),
                      "kwargs": kwargs or {}, "options": {}, "expected": expected})

    tmpdir = tempfile.mkdtemp()
    counter = [0]

    def tf_print(*inputs, **kw):
        counter[0] += 1
        path = os.path.join(tmpdir, "p%d.txt" % counter[0])
        tf.print(*inputs, output_stream="file://" + path, **kw)
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        assert text.endswith("\n"), repr(text)
        return text[:-1]

    supported = []
    for k, a in A.items():
        try:
            t = tf.constant(np.array(a, copy=True))
        except Exception:  # pragma: no cover
            continue
        supported.append(k)
        dn = t.dtype.name
        add("tensor_str", k, str(t), [dn])
        add("tensor_repr", k, repr(t), [dn])
        add("print_value", k, tf_print(t), [])
        if a.size > 6:
            add("print_value", k, tf_print(t, summarize=2), [], {"summarize": 2})
        if a.size <= 200:
            add("print_value", k, tf_print(t, summarize=-1), [], {"summarize": -1})
    for k in ["s_f32_zero", "s_f32_almost1", "v_randn5", "m_2x2", "s_f64_third", "v_i64",
              "v_bool", "big_40x40", "s_i32_3"]:
        v = tf.Variable(np.array(A[k], copy=True), name="x")
        add("variable_repr", k, repr(v), [v.name, v.dtype.name])
        add("variable_repr", k, str(v), [v.name, v.dtype.name])
        add("print_value", k, tf_print(v), [])
    add("variable_repr", "s_f32_two", repr(tf.Variable(2.0, name="weights")), ["weights", "float32"])

    # print_args: structures, python objects, separators
    def T(k):
        return tf.constant(np.array(A[k], copy=True))

    def ref(k):
        return {"__array__": k}

    combos = [
        (("y =", ref("s_f32_zero"), "; x =", ref("s_f32_almost1")), {}),
        (([ref("s_f32_mtwo"), ref("s_f32_two")],), {}),
        (({"__tuple__": [ref("s_f32_mtwo"), ref("s_i32_3")]},), {}),
        (({"b": ref("v_i64"), "a": ref("s_f32_two")},), {}),
        (("loss:", 1.5, 3, True, None, ref("v_randn5")), {}),
        (([1, "a", ref("s_f32_pi")],), {}),
        (("a", ref("v_grad"), "b"), {"sep": ", "}),
        (("val", ref("big_arange2000")), {"summarize": -1}),
        (("val", ref("m_5x30")), {"summarize": 2}),
        (([ref("s_f32_two")] * 30,), {}),
        (("braces {} here", ref("s_f32_two")), {}),
        (("{}", ref("s_f32_two"), "{}0"), {}),
        (({"__tuple__": ["x", ref("t_2x2x2")]},), {}),
        (("nested", [[ref("s_i64_5"), {"k": ref("s_f32_tenth")}], "s"]), {}),
        (("just text",), {}),
        ((42,), {}),
        ((), {}),
    ]

    def build(o):
        if isinstance(o, dict) and "__array__" in o:
            return T(o["__array__"])
        if isinstance(o, dict) and "__tuple__" in o:
            return tuple(build(e) for e in o["__tuple__"])
        if isinstance(o, dict):
            return {kk: build(vv) for kk, vv in o.items()}
        if isinstance(o, list):
            return [build(e) for e in o]
        return o

    for objs, kw in combos:
        real = [build(o) for o in objs]
        add("print_args", None, tf_print(*real, **kw), [list(objs)], kw)
    return cases, {"tensorflow": tf.__version__, "numpy": np.__version__}


def main():
    which = sys.argv[1] if len(sys.argv) > 1 else None
    if which not in ("torch", "ms", "tf"):
        sys.exit("usage: make_fmt_goldens.py torch|ms|tf")
    A = make_arrays()
    rec = {"torch": record_torch, "ms": record_ms, "tf": record_tf}[which]
    cases, versions = rec(A)
    used = {c["array"] for c in cases if c["array"] is not None}
    used |= set(_refs(cases))
    out = {
        "framework": which,
        "versions": versions,
        "arrays": {k: encode(A[k], k) for k in A if k in used},
        "cases": cases,
    }
    path = os.path.join(HERE, "fmt_%s.json" % which)
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=None, separators=(",", ":"), ensure_ascii=False)
        fh.write("\n")
    print("wrote %s: %d cases, %d bytes" % (path, len(cases), os.path.getsize(path)))


def _refs(cases):
    def walk(o):
        if isinstance(o, dict):
            if "__array__" in o:
                yield o["__array__"]
            for v in o.values():
                yield from walk(v)
        elif isinstance(o, list):
            for e in o:
                yield from walk(e)

    for c in cases:
        yield from walk(c["args"])


if __name__ == "__main__":
    main()
