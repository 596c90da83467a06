"""Records tests/data/ms_layernorm.npz (used by tests/test_ms_api_coverage.py) from REAL MindSpore 2.10 (CPU).

Run with the MindSpore venv (never with ferrograd):
    /work/venvs/ms/bin/python tests/data/gen_ms_layernorm.py
`out`: nn.LayerNorm((10,), eps 1e-5, random gamma/beta) of a (6, 4, 10) input, then nn.LayerNorm((4, 10),
begin_norm_axis=1, begin_params_axis=1, random gamma), then the parameters.
"""
import os

import numpy as np
import mindspore as ms
from mindspore import Tensor, nn

rs = np.random.RandomState(0)
x = Tensor(rs.randn(6, 4, 10).astype(np.float32) * 3 + 1)
ln = nn.LayerNorm((10,), begin_norm_axis=-1, begin_params_axis=-1, epsilon=1e-5)
ln.gamma.set_data(Tensor(rs.randn(10).astype(np.float32)))
ln.beta.set_data(Tensor(rs.randn(10).astype(np.float32)))
ln2 = nn.LayerNorm((4, 10), begin_norm_axis=1, begin_params_axis=1)
ln2.gamma.set_data(Tensor(rs.randn(4, 10).astype(np.float32)))
out = np.concatenate([ln(x).asnumpy().ravel(), ln2(x).asnumpy().ravel(), ln.gamma.asnumpy(), ln.beta.asnumpy(),
                      ln2.gamma.asnumpy().ravel()])
np.savez_compressed(os.path.join(os.path.dirname(os.path.abspath(__file__)), "ms_layernorm.npz"), out=out)
