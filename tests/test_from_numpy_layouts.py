"""Tensors made from NumPy arrays of any memory layout keep their values (Fortran-ordered
arrays, i.e. transposes, were copied in memory order: torch.tensor(a.T) came out scrambled)."""
import numpy as np
import pytest

import ferrograd.mindspore as ms
import ferrograd.tensorflow as tf
import ferrograd.torch as torch

BASE = np.arange(24, dtype=np.float32).reshape(4, 6)
LAYOUTS = {
    "transpose": BASE.T,
    "fortran": np.asfortranarray(BASE),
    "reversed": BASE[::-1, ::-2],
    "sliced": BASE[1:3, 2:5],
    "int64 transpose": np.arange(6).reshape(2, 3).T,
    "bool fortran": np.asfortranarray(BASE > 10),
    "3-d swapped": np.arange(24.0).reshape(2, 3, 4).transpose(2, 0, 1),
}
MAKERS = {
    "torch.tensor": torch.tensor, "torch.from_numpy": torch.from_numpy, "torch.as_tensor": torch.as_tensor,
    "ms.Tensor": ms.Tensor, "tf.constant": tf.constant, "tf.Variable": tf.Variable,
}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("maker", MAKERS)
def test_values_survive_any_layout(layout, maker):
    a = LAYOUTS[layout]
    t = MAKERS[maker](a)
    got = t.asnumpy() if hasattr(t, "asnumpy") else t.numpy()
    assert got.shape == a.shape
    np.testing.assert_array_equal(got, a)
