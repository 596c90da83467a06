"""Tensor.norm keeps torch's meaning in the torch dialect and MindSpore's (ord, matrix norms of
2-D tensors) in the MindSpore dialect; values printed by torch 2.15 and MindSpore 2.10."""
import numpy as np
import pytest

import ferrograd.mindspore as ms
import ferrograd.torch as torch

M = [[1.0, -2.0], [3.0, 4.0]]


def test_mindspore_tensor_norm():
    x = ms.Tensor(np.array(M, np.float32))
    v = ms.Tensor(np.array([3.0, -4.0, 12.0], np.float32))
    assert x.norm(1).asnumpy() == 6.0 and x.norm(ord=1).asnumpy() == 6.0  # max column sum
    assert x.norm(float("inf")).asnumpy() == 7.0
    np.testing.assert_allclose(x.norm().asnumpy(), 5.477226, rtol=1e-6)
    np.testing.assert_allclose(x.norm(2, dim=0).asnumpy(), [3.1622777, 4.472136], rtol=1e-6)
    assert x.norm(keepdim=True).shape == (1, 1)
    assert v.norm(1).asnumpy() == 19.0 and v.norm(0).asnumpy() == 3.0
    np.testing.assert_allclose(v.norm(ord=3).asnumpy(), 12.207056, rtol=1e-6)


def test_torch_tensor_norm_unchanged():
    x = torch.tensor(M)
    assert x.norm(1).item() == 10.0 and x.norm(p=1).item() == 10.0
    assert x.norm(2, 0, True).shape == (1, 2)
    with pytest.raises(TypeError, match="unexpected keyword argument 'ord'"):
        x.norm(ord=1)
