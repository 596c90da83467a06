"""Records the goldens of tests/test_torch_numerics.py from REAL torch 2.15 (CPU).

Run with the torch venv (never with ferrograd):
    /work/venvs/torch/bin/python tests/data/gen_torch_numerics.py
It writes tests/data/torch_numerics.npz: float32 inputs, upstream gradients and torch's results
for sigmoid and tanh (forward and backward) over lengths 1..40 and a few large ones (above
ATen's 32768-element grain, which splits the loop over the intra-op threads).

ATen runs sigmoid's loop in blocks of 16 through SLEEF's vector expf and the remainder of each
thread's range through the C library's expf, so the inputs are drawn mostly from "split" values:
values whose sigmoid differs between the two paths (found by comparing a length-1 tensor, all
scalar, with a length-16 one, all vector). The goldens depend on the CPU (AVX2 + FMA build path)
and on the thread count (recorded with 2).
"""
import os

import numpy as np
import torch

rng = np.random.RandomState(2026)
f32 = np.float32
out = {"threads": np.array(torch.get_num_threads())}

# values whose sigmoid differs between ATen's vector and scalar paths
pool = (rng.standard_normal(1 << 16) * 6).astype(f32)
vec = torch.sigmoid(torch.from_numpy(pool)).numpy()  # 65536 = 2 whole thread ranges of blocks
sca = np.array([torch.sigmoid(torch.from_numpy(pool[i:i + 1])).item() for i in range(4096)], dtype=f32)
split = pool[:4096][vec[:4096].view(np.uint32) != sca.view(np.uint32)]
assert len(split) > 20, len(split)
out["split"] = split


def inputs(n):
    x = (rng.standard_normal(n) * 4).astype(f32)
    mask = rng.uniform(size=n) < 0.6
    x[mask] = rng.choice(split, size=int(mask.sum()))
    return x


LENGTHS = list(range(1, 41)) + [63, 64, 65, 1000, 4099, 32769, 70001]
for n in LENGTHS:
    for op in ("sigmoid", "tanh") if n < 5000 else ("sigmoid",):
        x = inputs(n) if op == "sigmoid" else (rng.standard_normal(n) * 3).astype(f32)
        g = rng.standard_normal(n).astype(f32)
        xt = torch.from_numpy(x.copy()).requires_grad_()
        y = getattr(torch, op)(xt)
        y.backward(torch.from_numpy(g))
        key = f"{op}_{n}"
        out[key + "_x"], out[key + "_g"] = x, g
        out[key + "_y"], out[key + "_gx"] = y.detach().numpy(), xt.grad.numpy()

# 2-D, non-contiguous input (a transposed view) and a batch through nn.Sigmoid / nn.Tanh
x2 = inputs(37 * 23).reshape(37, 23)
out["sig2d_x"] = x2
out["sig2d_y"] = torch.sigmoid(torch.from_numpy(x2).t()).numpy()

np.savez_compressed(os.path.join(os.path.dirname(os.path.abspath(__file__)), "torch_numerics.npz"), **out)
print("wrote", len(out), "arrays;", len(split), "split values")
