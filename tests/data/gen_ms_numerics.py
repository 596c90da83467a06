"""Records the goldens of tests/test_ms_numerics.py from REAL MindSpore (CPU, PyNative).

Run with the MindSpore venv (never with ferrograd):
    /work/venvs/ms/bin/python tests/data/gen_ms_numerics.py
It writes tests/data/ms_numerics.npz: random inputs and MindSpore's float32 results for MatMul
(all transpose flags, shapes not multiple of the kernels' blocks, the gemv / brgemm shapes),
nn.Dense forward and gradients, ops.matmul gradients, the cross-entropy loss and its gradient,
tanh and ReduceSum. The goldens depend on the CPU (AVX2 + FMA, no AVX-512) and on the core
count (oneDNN's thread partition picks the register tiles; recorded with 2 cores).
"""
import os

import numpy as np
import mindspore as ms
from mindspore import Tensor, nn, ops

ms.set_context(mode=ms.PYNATIVE_MODE, device_target="CPU")
rng = np.random.RandomState(2026)
f32 = np.float32
out = {}

MM_SHAPES = [(3, 4, 5), (7, 13, 9), (17, 33, 23), (1, 21, 6), (9, 17, 1), (1, 40, 1), (24, 300, 10),
             (5, 600, 3), (40, 5, 130), (2, 1100, 1), (20, 100, 70)]
for i, (m, k, n) in enumerate(MM_SHAPES):
    for ta in (False, True):
        for tb in (False, True):
            x = rng.uniform(-1, 1, (k, m) if ta else (m, k)).astype(f32)
            w = rng.uniform(-1, 1, (n, k) if tb else (k, n)).astype(f32)
            key = f"mm{i}_{int(ta)}{int(tb)}"
            out[key + "_x"], out[key + "_w"] = x, w
            out[key + "_y"] = ops.MatMul(ta, tb)(Tensor(x), Tensor(w)).asnumpy()

# nn.Dense forward and gradients (input, weight, bias) of sum(dense(x) * c)
for i, (b, cin, cout) in enumerate([(4, 5, 3), (16, 37, 11), (64, 20, 1), (1, 30, 7)]):
    d = nn.Dense(cin, cout)
    wv = rng.uniform(-1, 1, (cout, cin)).astype(f32)
    bv = rng.uniform(-1, 1, (cout,)).astype(f32)
    d.weight.set_data(Tensor(wv))
    d.bias.set_data(Tensor(bv))
    x = rng.uniform(-1, 1, (b, cin)).astype(f32)
    c = rng.uniform(-1, 1, (b, cout)).astype(f32)
    fn = lambda x_: (d(x_) * Tensor(c)).sum()
    gx, (gw, gb) = ms.grad(fn, 0, d.trainable_params())(Tensor(x))
    key = f"dense{i}"
    out.update({key + "_x": x, key + "_w": wv, key + "_b": bv, key + "_c": c, key + "_y": d(Tensor(x)).asnumpy(),
                key + "_gx": gx.asnumpy(), key + "_gw": gw.asnumpy(), key + "_gb": gb.asnumpy()})

# ops.matmul (MatMulExt) plus a broadcast bias: gradients
for i, (m, k, n) in enumerate([(10, 2, 1), (6, 9, 4), (12, 30, 5)]):
    x = rng.uniform(-1, 1, (m, k)).astype(f32)
    w = rng.uniform(-1, 1, (k, n)).astype(f32)
    b = rng.uniform(-1, 1, (n,)).astype(f32)
    c = rng.uniform(-1, 1, (m, n)).astype(f32)
    fn = lambda x_, w_, b_: ((ops.matmul(x_, w_) + b_) * Tensor(c)).sum()
    gx, gw, gb = ms.grad(fn, (0, 1, 2))(Tensor(x), Tensor(w), Tensor(b))
    key = f"omm{i}"
    out.update({key + "_x": x, key + "_w": w, key + "_b": b, key + "_c": c,
                key + "_gx": gx.asnumpy(), key + "_gw": gw.asnumpy(), key + "_gb": gb.asnumpy()})

# cross entropy (class indices and probabilities) and its gradient
for i, (b, ncls) in enumerate([(3, 3), (8, 10), (5, 13)]):
    logits = (rng.randn(b, ncls) * 2).astype(f32)
    t = rng.randint(0, ncls, (b,)).astype(np.int32)
    loss, g = ms.value_and_grad(lambda z: nn.CrossEntropyLoss()(z, Tensor(t)))(Tensor(logits))
    p = rng.uniform(0, 1, (b, ncls)).astype(f32)
    p = (p / p.sum(1, keepdims=True)).astype(f32)
    key = f"ce{i}"
    out.update({key + "_x": logits, key + "_t": t, key + "_loss": loss.asnumpy(), key + "_g": g.asnumpy(),
                key + "_p": p, key + "_lossp": nn.CrossEntropyLoss()(Tensor(logits), Tensor(p)).asnumpy(),
                key + "_none": nn.CrossEntropyLoss(reduction="none")(Tensor(logits), Tensor(t)).asnumpy()})

# tanh (lengths not multiple of 8) and ReduceSum orders
x = rng.uniform(-6, 6, (1003,)).astype(f32)
out["tanh_x"], out["tanh_y"] = x, ops.tanh(Tensor(x)).asnumpy()
for i, (shape, axis) in enumerate([((7, 37), 1), ((5, 8), 1), ((41, 6), 0), ((3, 100), -1)]):
    x = (rng.uniform(-1, 1, shape) * rng.choice([1, 100, 0.01], shape)).astype(f32)
    out[f"sum{i}_x"], out[f"sum{i}_y"] = x, ops.sum(Tensor(x), axis).asnumpy()
    out[f"sum{i}_axis"] = np.array(axis)

np.savez_compressed(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ms_numerics.npz"), **out)
print(len(out), "arrays written")
