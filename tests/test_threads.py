"""torch.set_num_threads / tf.config.threading set the kernels' thread count; results do not
depend on it (fixed chunking) except where the framework's own do (torch's float sum)."""
import pytest

import ferrograd.tensorflow as tf
import ferrograd.torch as torch


@pytest.fixture
def restore_threads():
    n = torch.get_num_threads()
    yield
    torch.set_num_threads(n)


def test_set_and_get(restore_threads):
    torch.set_num_threads(1)
    assert torch.get_num_threads() == 1
    torch.set_num_threads(64)  # torch accepts more threads than cores and reports them
    assert torch.get_num_threads() == 64


@pytest.mark.parametrize("bad, msg", [(0, "expects a positive integer"), (-3, "expects a positive integer"),
                                      (2.5, "expects an int, but got float"),
                                      (True, "expects an int, but got bool"), ("2", "expects an int, but got str")])
def test_bad_values_raise_like_torch(bad, msg, restore_threads):
    with pytest.raises(RuntimeError, match=msg):
        torch.set_num_threads(bad)


def test_results_do_not_depend_on_the_thread_count(restore_threads):
    torch.manual_seed(0)
    a, b = torch.randn(300, 200), torch.randn(200, 250)
    x = torch.randn(3_000_000)
    out, sums = {}, {}
    for n in (1, 2, 3):
        torch.set_num_threads(n)
        out[n] = ((a @ b).numpy().tobytes(), (x * 2 + 1).numpy().tobytes())
        sums[n] = x.sum().item()
    assert out[1] == out[2] == out[3]
    # ... except where torch's own result does: its float sum splits the work per thread
    # (at::parallel_for); these are real torch 2.15's values for this tensor
    assert sums == {1: -2302.432861328125, 2: -2302.4326171875, 3: -2302.432861328125}


def test_tf_intra_op_threads(restore_threads):
    tf.config.threading.set_intra_op_parallelism_threads(1)
    assert tf.config.threading.get_intra_op_parallelism_threads() == 1
    assert torch.get_num_threads() == 1
    tf.config.threading.set_intra_op_parallelism_threads(0)  # 0: the system's choice
    assert tf.config.threading.get_intra_op_parallelism_threads() == 0
    assert torch.get_num_threads() >= 1
