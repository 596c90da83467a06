"""Inputs that used to panic in Rust (PanicException, a BaseException) now raise torch's
exception types and messages (found by fuzzing methods with 0-d and empty tensors)."""
import pytest

import ferrograd.torch as torch


@pytest.mark.parametrize("call, exc, msg", [
    (lambda t: t.size(-1), IndexError, "Dimension specified as -1 but tensor has no dimensions"),
    (lambda t: t.stride(0), IndexError, "Dimension specified as 0 but tensor has no dimensions"),
    (lambda t: t.unbind(0), IndexError, "Dimension specified as 0 but tensor has no dimensions"),
    (lambda t: t.narrow(0, 0, 1), RuntimeError, "narrow() cannot be applied to a 0-dim tensor."),
    (lambda t: t.chunk(2), RuntimeError, "chunk expects at least a 1-dimensional tensor"),
    (lambda t: t.split(2), RuntimeError, "split expects at least a 1-dimensional tensor"),
])
def test_zero_dim_tensor_errors(call, exc, msg):
    with pytest.raises(exc) as e:
        call(torch.tensor(1.5))
    assert str(e.value) == msg


def test_split_sizes_must_sum_to_the_dim():
    with pytest.raises(RuntimeError) as e:
        torch.zeros(5).split([2, 2])
    assert str(e.value) == ("split_with_sizes expects split_sizes to sum exactly to 5 (input tensor's "
                            "size at dimension 0), but got split_sizes=[2, 2]")


def test_narrow_past_the_end():
    with pytest.raises(RuntimeError, match=r"start \(3\) \+ length \(3\) exceeds dimension size \(5\)\."):
        torch.zeros(5).narrow(0, 3, 3)


def test_empty_views_behave_like_empty_tensors():
    v = torch.empty(2, 0, 3)[1]  # an empty view past the end of its (empty) storage
    assert v.shape == (0, 3)
    for r in (v + v, v * 2, v.exp(), v.clone(), v.contiguous(), v.flip(0), v.softmax(-1), v.reshape(-1)):
        assert r.numel() == 0
    assert v.sum().item() == 0.0
    assert v.tolist() == []
    assert torch.cat([v, v]).shape == (0, 3)


def test_tensor_as_dims_argument_does_not_panic():
    with pytest.raises(Exception) as e:
        torch.ones(3).flip(torch.empty(2, 0, 3))
    assert isinstance(e.value, Exception)


def test_index_add_and_scatter_add_shape_checks():
    with pytest.raises(RuntimeError, match="source tensor shape must match self tensor shape"):
        torch.zeros(5, 3).index_add(0, torch.tensor([0, 1]), torch.ones(2, 2))
    with pytest.raises(RuntimeError, match=r"Expected index \[2, 3\] to be no larger than self \[2, 2\] apart from dimension 0"):
        torch.zeros(2, 2).scatter_add(0, torch.zeros(2, 3, dtype=torch.int64), torch.ones(2, 3))


def test_index_add_number_of_indices():
    with pytest.raises(RuntimeError) as e:
        torch.zeros(5, 3).index_add(0, torch.tensor([0, 1]), torch.ones(3, 3))
    assert str(e.value) == "index_add_(): Number of indices (2) should be equal to source.size(dim): (3), for dim: 0"
