"""Records the goldens of tests/test_ms_tanh_softmax.py from REAL MindSpore 2.10 (CPU, PyNative).

Run with the MindSpore venv (never with ferrograd):
    /work/venvs/ms/bin/python tests/data/gen_ms_tanh_softmax.py
It writes tests/data/ms_tanh_softmax.npz:
- `th_*`: ops.tanh forward and its vjp (TanhGrad: dy * fma(-y, y, 1)) on 4000 random values,
  and ms.grad of nn.Tanh()(x).sum();
- `sm*`: softmax over the last axis (nnacl SoftmaxLastAxis: 8-lane / 4-lane block sums, times the
  reciprocal) through ops.softmax, nn.Softmax and ops.Softmax for row lengths around the block
  edges and 3, 10, 100, 1000; plus non-last axes.
"""
import os

import numpy as np
import mindspore as ms
from mindspore import Tensor, nn, ops

ms.set_context(mode=ms.PYNATIVE_MODE, device_target="CPU")
rng = np.random.RandomState(2027)
f32 = np.float32
out = {}

x = rng.uniform(-3, 3, 4000).astype(f32)
dy = rng.uniform(-2, 2, 4000).astype(f32)
y, vjp = ms.vjp(ops.tanh, Tensor(x))
out["th_x"], out["th_dy"] = x, dy
out["th_y"] = y.asnumpy()
out["th_g"] = vjp(Tensor(dy))[0].asnumpy()
out["th_nng"] = ms.grad(lambda t: nn.Tanh()(t).sum())(Tensor(x)).asnumpy()

i = 0
for rows, n in [(7, 1), (5, 3), (5, 4), (5, 7), (5, 8), (5, 10), (5, 11), (5, 12), (5, 13), (5, 15), (5, 16),
                (5, 17), (5, 20), (5, 27), (20, 100), (3, 1000)]:
    a = (rng.randn(rows, n) * rng.choice([0.5, 3.0, 10.0])).astype(f32)
    key = f"sm{i:02d}"
    out[key + "_x"] = a
    out[key + "_f"] = ops.softmax(Tensor(a)).asnumpy()
    out[key + "_nn"] = nn.Softmax()(Tensor(a)).asnumpy()
    out[key + "_p"] = ops.Softmax(axis=-1)(Tensor(a)).asnumpy()
    i += 1
for shape, axis in [((10, 6), 0), ((4, 10, 3), 1), ((3, 100, 2), 1)]:
    a = (rng.randn(*shape) * 3).astype(f32)
    key = f"sn{i:02d}"
    out[key + "_x"] = a
    out[key + "_a"] = np.array(axis)
    out[key + "_f"] = ops.softmax(Tensor(a), axis).asnumpy()
    out[key + "_nn"] = nn.Softmax(axis=axis)(Tensor(a)).asnumpy()
    i += 1

np.savez_compressed(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ms_tanh_softmax.npz"), **out)
print(len(out), "arrays")
