"""Workload definitions (issue 6, workloads a-j), all float32.

Every timed workload is written once against the PyTorch API (``api="torch"``)
and receives the module to use as ``torch``: real ``torch`` under
``--framework torch``, ``ferrograd.torch`` by default.  Workload b is also
written against ``mindspore.value_and_grad`` and ``tf.GradientTape``; some
figures also have a NumPy reference.  A setup function returns the statement
to time and the names it uses; the statement is timed as user code, so
attribute look-ups such as ``torch.dot`` are part of the figure.

This module must not import numpy at top level: a real-framework venv may not
have it.
"""

import importlib


class Figure:
    def __init__(self, fid, workload, label, unit, better, convert=None,
                 dialect="torch", kind="timed", target=None, note=None):
        self.id = fid
        self.workload = workload        # letter a-j
        self.label = label
        self.unit = unit
        self.better = better            # "lower" | "higher"
        self.convert = convert          # per-statement seconds -> value in unit
        self.dialect = dialect          # which real framework it compares with
        self.kind = kind                # timed | memory | import | size | wheel
        self.target = target            # see report.py
        self.note = note
        self.impl = {}                  # api -> setup(mod, np) -> dict

    def meta(self):
        return {"workload": self.workload, "label": self.label, "unit": self.unit,
                "better": self.better, "dialect": self.dialect, "kind": self.kind,
                "note": self.note}


FIGURES = []


def fig(*args, **kw):
    f = Figure(*args, **kw)
    FIGURES.append(f)
    return f


def us(t):
    return t * 1e6


def gflops(flops):
    return lambda t: flops / t / 1e9


def gbps(nbytes):
    return lambda t: nbytes / t / 1e9


def rate(t):
    return 1.0 / t


def _rng(np):
    return np.random.default_rng(0)


def _np_normal(np, *shape):
    return _rng(np).standard_normal(shape, dtype=np.float32)


def _np_uniform(np, *shape):
    return _rng(np).random(shape, dtype=np.float32)


def _need_np(np):
    if np is None:
        raise RuntimeError("numpy is not installed in this interpreter")
    return np


def _seed(torch):
    try:
        torch.manual_seed(0)
    except Exception:  # seeding is a nicety, not part of the workload
        pass


# ---------------------------------------------------------------- a. per-op overhead
for _n in (1, 16):
    for _grad in (False, True):
        f = fig(f"a.add.n{_n}.{'grad' if _grad else 'nograd'}", "a",
                f"a. `c = a + b`, {_n} element{'s' if _n > 1 else ''}, "
                f"{'with' if _grad else 'without'} grad recording",
                "µs/op", "lower", us,
                target=("real", "<=", 0.25))

        def _a_torch(torch, np, n=_n, grad=_grad):
            a = torch.randn(n, requires_grad=grad)
            b = torch.randn(n, requires_grad=grad)
            return dict(stmt="c = a + b", ns={"a": a, "b": b}, unroll=10)
        f.impl["torch"] = _a_torch

        if not _grad:
            def _a_numpy(_mod, np, n=_n):
                a = _np_normal(np, n)
                b = _np_normal(np, n)
                return dict(stmt="c = a + b", ns={"a": a, "b": b}, unroll=10)
            f.impl["numpy"] = _a_numpy


# ---------------------------------------------------------------- b. small graph, 3 dialects
_B_LABEL = "b. `(w*x + b).sigmoid().sum()` fwd+bwd, 16 elements"

f = fig("b.graph.torch", "b", _B_LABEL + " (torch: `.backward()`)", "µs/iter", "lower", us,
        dialect="torch", target=("real", "<=", 0.1))


def _b_torch(torch, np):
    x = torch.randn(16)
    w = torch.randn(16, requires_grad=True)
    b = torch.randn(16, requires_grad=True)
    return dict(stmt="""
        loss = (w * x + b).sigmoid().sum()
        loss.backward()
    """, ns={"x": x, "w": w, "b": b})


f.impl["torch"] = _b_torch

f = fig("b.graph.mindspore", "b", _B_LABEL + " (MindSpore: `value_and_grad`)", "µs/iter",
        "lower", us, dialect="mindspore",
        target=("subject_fig", "b.graph.torch", "<=", 1.5))


def _b_mindspore(ms, np):
    np = _need_np(np)
    ops = getattr(ms, "ops", None) or importlib.import_module(ms.__name__ + ".ops")
    x = ms.Tensor(_np_normal(np, 16))
    w = ms.Tensor(_np_normal(np, 16) + 1)
    b = ms.Tensor(_np_normal(np, 16) + 2)

    def forward(w, b):
        return ops.sigmoid(w * x + b).sum()

    grad_fn = ms.value_and_grad(forward, grad_position=(0, 1))
    # PyNative may run asynchronously: materialize the last loss once per trial
    return dict(stmt="loss, grads = grad_fn(w, b)", ns={"grad_fn": grad_fn, "w": w, "b": b},
                sync="loss.asnumpy()")


f.impl["mindspore"] = _b_mindspore

f = fig("b.graph.tensorflow", "b", _B_LABEL + " (TensorFlow: `GradientTape`)", "µs/iter",
        "lower", us, dialect="tensorflow",
        target=("subject_fig", "b.graph.torch", "<=", 1.5))


def _b_tensorflow(tf, np):
    np = _need_np(np)
    x = tf.constant(_np_normal(np, 16))
    w = tf.Variable(_np_normal(np, 16) + 1)
    b = tf.Variable(_np_normal(np, 16) + 2)
    return dict(stmt="""
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum(tf.math.sigmoid(w * x + b))
        grads = tape.gradient(loss, [w, b])
    """, ns={"tf": tf, "x": x, "w": w, "b": b})


f.impl["tensorflow"] = _b_tensorflow


# ---------------------------------------------------------------- c. tutorial example
f = fig("c.tutorial", "c", "c. `y = 2*dot(x,x); y.backward(); x.grad.zero_()`, 4 elements",
        "µs/iter", "lower", us, target=("real", "<=", 0.1))


def _c_torch(torch, np):
    x = torch.arange(4.0, requires_grad=True)
    y = 2 * torch.dot(x, x)
    y.backward()            # so that x.grad exists before the first zero_()
    return dict(stmt="""
        y = 2 * torch.dot(x, x)
        y.backward()
        x.grad.zero_()
    """, ns={"torch": torch, "x": x})


f.impl["torch"] = _c_torch


# ---------------------------------------------------------------- d. matmul
for _n in (64, 256, 512, 1024, 2048):
    f = fig(f"d.matmul.n{_n}", "d", f"d. matmul `a @ b` forward, n = {_n}", "GFLOP/s",
            "higher", gflops(2.0 * _n ** 3),
            target=("numpy", ">=", 0.95) if _n >= 256 else None)

    def _d_torch(torch, np, n=_n):
        return dict(stmt="c = a @ b", ns={"a": torch.randn(n, n), "b": torch.randn(n, n)})

    def _d_numpy(_mod, np, n=_n):
        return dict(stmt="c = a @ b", ns={"a": _np_normal(np, n, n), "b": _np_normal(np, n, n)})

    f.impl["torch"] = _d_torch
    f.impl["numpy"] = _d_numpy

f = fig("d.matmul_fwdbwd.n512", "d", "d. matmul forward+backward (3 GEMMs), n = 512",
        "GFLOP/s", "higher", gflops(6.0 * 512 ** 3),
        target=("numpy_fig", "d.matmul.n512", ">=", 0.9),
        note="NumPy column: the same three GEMMs written by hand")


def _dfb_torch(torch, np, n=512):
    a = torch.randn(n, n, requires_grad=True)
    b = torch.randn(n, n, requires_grad=True)
    g = torch.ones(n, n)
    return dict(stmt="""
        a.grad = None
        b.grad = None
        c = a @ b
        c.backward(g)
    """, ns={"a": a, "b": b, "g": g})


def _dfb_numpy(_mod, np, n=512):
    return dict(stmt="""
        c = a @ b
        ga = g @ b.T
        gb = a.T @ g
    """, ns={"a": _np_normal(np, n, n), "b": _np_normal(np, n, n),
             "g": np.ones((n, n), dtype=np.float32)})


f.impl["torch"] = _dfb_torch
f.impl["numpy"] = _dfb_numpy


# ---------------------------------------------------------------- e. a*b + c
for _n, _tag, _tgt in ((10 ** 6, "1e6", ("real", ">=", 1.0)),
                       (10 ** 7, "1e7", ("stream", ">=", 0.6))):
    f = fig(f"e.fma.{_tag}", "e", f"e. `a*b + c`, {_tag} elements (16 B/element)", "GB/s",
            "higher", gbps(16.0 * _n), target=_tgt)

    def _e_torch(torch, np, n=_n):
        return dict(stmt="d = a * b + c",
                    ns={"a": torch.rand(n), "b": torch.rand(n), "c": torch.rand(n)})

    def _e_numpy(_mod, np, n=_n):
        return dict(stmt="d = a * b + c",
                    ns={"a": _np_uniform(np, n), "b": _np_uniform(np, n), "c": _np_uniform(np, n)})

    f.impl["torch"] = _e_torch
    f.impl["numpy"] = _e_numpy


# ---------------------------------------------------------------- f. sum
for _n, _tag in ((10 ** 7, "1e7"), (10 ** 8, "1e8")):
    f = fig(f"f.sum.{_tag}", "f", f"f. `a.sum()`, {_tag} elements (4 B/element)", "GB/s",
            "higher", gbps(4.0 * _n), target=("real", ">=", 0.9))

    def _f_torch(torch, np, n=_n):
        return dict(stmt="s = a.sum()", ns={"a": torch.rand(n)})

    def _f_numpy(_mod, np, n=_n):
        return dict(stmt="s = a.sum()", ns={"a": _np_uniform(np, n)})

    f.impl["torch"] = _f_torch
    f.impl["numpy"] = _f_numpy


# ---------------------------------------------------------------- g. MLP training step
for _bs, _k in ((64, 1.4), (512, 1.15)):
    f = fig(f"g.mlp.b{_bs}", "g",
            f"g. MLP 784-256-10 ReLU, cross entropy, SGD lr 0.1: one step, batch {_bs}",
            "steps/s", "higher", rate, target=("real", ">=", _k))

    def _g_torch(torch, np, bs=_bs):
        _seed(torch)
        nn = torch.nn
        model = nn.Sequential(nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
        loss_fn = nn.CrossEntropyLoss()
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        X = torch.randn(bs, 784)
        y = torch.randint(0, 10, (bs,))
        return dict(stmt="""
            opt.zero_grad()
            loss = loss_fn(model(X), y)
            loss.backward()
            opt.step()
        """, ns={"opt": opt, "loss_fn": loss_fn, "model": model, "X": X, "y": y})

    f.impl["torch"] = _g_torch


# ---------------------------------------------------------------- h. second derivative
f = fig("h.d2.autograd", "h",
        "h. d²/dx² of `x**3` at a scalar: `torch.autograd.grad(..., create_graph=True)` twice",
        "µs/call", "lower", us, target=("real", "<=", 0.15))


def _h_torch(torch, np):
    x = torch.tensor(2.0, requires_grad=True)
    return dict(stmt="""
        y = x ** 3
        g, = torch.autograd.grad(y, x, create_graph=True)
        g2, = torch.autograd.grad(g, x)
    """, ns={"torch": torch, "x": x})


f.impl["torch"] = _h_torch

f = fig("h.d2.func", "h",
        "h. d²/dx² of `x**3` at a scalar: `torch.func.grad(torch.func.grad(f))(x)`",
        "µs/call", "lower", us, target=("real", "<=", 0.15))


def _h_func(torch, np):
    x = torch.tensor(2.0)
    d2 = torch.func.grad(torch.func.grad(lambda t: t ** 3))
    return dict(stmt="g2 = d2(x)", ns={"d2": d2, "x": x})


f.impl["torch"] = _h_func


# ---------------------------------------------------------------- i. peak memory (fresh process)
fig("i.peakmem", "i",
    "i. peak memory, fwd+bwd through 10 × (Linear(1024,1024) + ReLU), batch 256",
    "MiB", "lower", kind="memory", target=("real", "<=", 1.0),
    note="fresh process; peak RSS (VmHWM) over the RSS after `import` (+ numpy)")


def memory_workload(torch):
    """Run in a fresh child process after the baseline is taken."""
    nn = torch.nn
    layers = []
    for _ in range(10):
        layers += [nn.Linear(1024, 1024), nn.ReLU()]
    model = nn.Sequential(*layers)
    x = torch.randn(256, 1024)
    loss = model(x).sum()
    loss.backward()
    return model, x, loss


# ---------------------------------------------------------------- j. import time and size
for _d in ("torch", "mindspore", "tensorflow"):
    fig(f"j.import.{_d}", "j", f"j. `import` in a fresh interpreter ({_d} dialect)", "ms",
        "lower", dialect=_d, kind="import", target=("abs", "<=", 150.0))

fig("j.size.installed", "j", "j. installed package directory size", "MB", "lower",
    kind="size", target=("abs", "<=", 10.0),
    note="ferrograd: the whole `ferrograd` package (all dialects) as a wheel installs it, with pip's "
         "compiled bytecode (the developer tree if no wheel is found); real: the framework's package")
fig("j.size.wheel", "j", "j. wheel file size", "MB", "lower", kind="wheel",
    target=("abs", "<=", 10.0))

FIGURE_BY_ID = {f.id: f for f in FIGURES}
