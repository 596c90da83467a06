"""Tensor methods on results of MindSpore ops (core tensors with the MindSpore tag) follow
MindSpore 2.10, as methods of tensors built with `Tensor(...)` do. Expected shapes and values
were printed by real MindSpore 2.10."""
import numpy as np

import ferrograd.mindspore as ms


def test_transpose_of_op_results_swaps_two_axes_or_permutes():
    x = ms.Tensor(np.arange(6).reshape(2, 3).astype(np.float32))
    for t in (x, x + 0):
        # transpose(dim0, dim1) swaps, also on 2-D (read as a permutation it would do nothing)
        assert t.transpose(0, 1).shape == (3, 2)
        assert t.transpose(1, 0).shape == (3, 2)
        assert t.transpose().shape == (3, 2)
        assert t.transpose((1, 0)).shape == (3, 2)
        np.testing.assert_array_equal(t.transpose(0, 1).asnumpy(), [[0, 3], [1, 4], [2, 5]])
    z = ms.Tensor(np.arange(24).reshape(2, 3, 4).astype(np.float32)) + 0
    assert z.transpose(0, 2).shape == (4, 3, 2)
    assert z.transpose(2, 0, 1).shape == (4, 2, 3)
    assert z.transpose((1, 2, 0)).shape == (3, 4, 2)
