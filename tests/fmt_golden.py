"""Shared loading for the printer golden tests: the formatter modules are loaded straight from
their files (no compiled _core needed), and the goldens from tests/golden/fmt_*.json."""
import base64
import importlib.util
import json
import os
import subprocess
import sys

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_formatter(name):
    path = os.path.join(ROOT, "python", "ferrograd", "_fmt", name + ".py")
    spec = importlib.util.spec_from_file_location("_ferrograd_fmt_test_" + name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


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


def load_golden(framework):
    """(data, arrays by name, cases) of tests/golden/fmt_<framework>.json."""
    with open(os.path.join(ROOT, "tests", "golden", f"fmt_{framework}.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return data, {k: _decode(v) for k, v in data["arrays"].items()}, data["cases"]


def imports_core(name):
    """Whether loading the formatter `name` pulls in the compiled core (checked in a fresh process)."""
    code = (f"import sys; sys.path.insert(0, {os.path.dirname(os.path.abspath(__file__))!r}); "
            f"import fmt_golden; fmt_golden.load_formatter({name!r}); "
            "print('ferrograd._core' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip() == "True"
