"""Records the goldens of tests/test_ms_losses_fused.py from REAL MindSpore (CPU, PyNative).

Run with the MindSpore venv (never with ferrograd):
    /work/venvs/ms/bin/python tests/data/gen_ms_losses.py
It writes tests/data/ms_losses.npz:
- `log*`: a sequence of ops.log launches on float32 arrays of many lengths (the nnacl AVX / SSE
  polynomial bodies, the glibc logf tails, and the thread split chosen by MindSpore's
  ParallelLaunchAutoSearch over the first launches of the process; so this section runs first);
- `sp*`: SparseSoftmaxCrossEntropyWithLogits forward (batch mean) and is_grad output, and
  nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction='mean') with its gradient;
- `de*`: SoftmaxCrossEntropyWithLogits (loss, backprop) and the gradient of
  nn.SoftmaxCrossEntropyWithLogits(reduction='none')(x, y).sum();
- `mo*`: nn.Momentum (ApplyMomentum) parameters after a few steps of given gradients.
Recorded on an AVX2+FMA machine (no AVX-512) with 2 cores and glibc 2.36.
"""
import os

import numpy as np
import mindspore as ms
from mindspore import Parameter, Tensor, nn, ops

ms.set_context(mode=ms.PYNATIVE_MODE, device_target="CPU")
rng = np.random.RandomState(410)
f32 = np.float32
out = {}

# ops.log launches, in this order, first in the process
LOG_SIZES = [6, 6, 5, 7, 12, 9, 12, 17, 100, 33, 7, 8, 1001, 65, 4099, 6, 12, 100, 4099, 3, 20, 6]
for i, n in enumerate(LOG_SIZES):
    x = np.concatenate([rng.rand(n) * 100, np.exp(rng.randn(n) * 8), 2 - rng.rand(n) * 0.3])
    x = rng.permutation(x)[:n].astype(f32)
    if n >= 16:
        x[3], x[5], x[6], x[7] = 0, np.inf, -1, np.nan
    out[f"log{i:02d}_x"] = x
    out[f"log{i:02d}_y"] = ops.log(Tensor(x)).asnumpy()

for i, (n, c) in enumerate([(1, 1), (6, 3), (6, 4), (64, 5), (6, 8), (64, 9), (6, 13), (32, 17), (6, 33),
                            (16, 100), (3, 3)]):
    x = (rng.randn(n, c) * 3).astype(f32)
    lab = rng.randint(0, c, n).astype(np.int32)
    key = f"sp{i:02d}"
    out[key + "_x"], out[key + "_l"] = x, lab
    out[key + "_loss"] = ops.SparseSoftmaxCrossEntropyWithLogits()(Tensor(x), Tensor(lab)).asnumpy()
    out[key + "_grad"] = ops.SparseSoftmaxCrossEntropyWithLogits(is_grad=True)(Tensor(x), Tensor(lab)).asnumpy()
    sce = nn.SoftmaxCrossEntropyWithLogits(sparse=True, reduction="mean")
    out[key + "_nn"] = sce(Tensor(x), Tensor(lab)).asnumpy()
    out[key + "_nngrad"] = ms.grad(sce)(Tensor(x), Tensor(lab)).asnumpy()

for i, (n, c) in enumerate([(1, 1), (6, 3), (5, 8), (16, 13), (4, 40)]):
    x = (rng.randn(n, c) * 3).astype(f32)
    y = rng.rand(n, c).astype(f32)
    y /= y.sum(1, keepdims=True)
    key = f"de{i:02d}"
    out[key + "_x"], out[key + "_y"] = x, y
    loss, back = ops.SoftmaxCrossEntropyWithLogits()(Tensor(x), Tensor(y))
    out[key + "_loss"], out[key + "_back"] = loss.asnumpy(), back.asnumpy()
    sce = nn.SoftmaxCrossEntropyWithLogits(reduction="none")
    out[key + "_grad"] = ms.grad(lambda a, b: sce(a, b).sum())(Tensor(x), Tensor(y)).asnumpy()

for i, shape in enumerate([(3,), (8, 4), (5, 7)]):
    p0 = rng.randn(*shape).astype(f32)
    grads = (rng.randn(6, *shape) * 0.1).astype(f32)
    p = Parameter(Tensor(p0.copy()), name=f"p{i}")
    opt = nn.Momentum([p], learning_rate=0.1, momentum=0.9)
    for g in grads:
        opt((Tensor(g),))
    key = f"mo{i}"
    out[key + "_p0"], out[key + "_g"], out[key + "_p"] = p0, grads, p.asnumpy()

np.savez_compressed(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ms_losses.npz"), **out)
print(len(out), "arrays")
