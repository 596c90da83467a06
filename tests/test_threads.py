"""torch.set_num_threads / tf.config.threading set the kernels' thread count; results do not
depend on it (fixed chunking)."""
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
    c, d = torch.randn(600, 530), torch.randn(530, 520)  # gemm's own threading (all dims >= 512)
    x = torch.randn(3_000_000)
    out = {}
    for n in (1, 2, 3):
        torch.set_num_threads(n)
        out[n] = ((a @ b).numpy().tobytes(), (c @ d).numpy().tobytes(), (c.t() @ c).numpy().tobytes(), (x * 2 + 1).numpy().tobytes(), x.sum().item())
    assert out[1] == out[2] == out[3]
    # torch's own float sum depends on its thread count (at::parallel_for: -2302.432861328125 at
    # 1 and 3 threads, -2302.4326171875 at 2 here); the core's pairwise sum does not. Switching
    # the torch dialect to torch's order (ops/torch_sum.rs, not yet on) must follow
    # set_num_threads the same way.


def test_tf_intra_op_threads(restore_threads):
    tf.config.threading.set_intra_op_parallelism_threads(1)
    assert tf.config.threading.get_intra_op_parallelism_threads() == 1
    assert torch.get_num_threads() == 1
    tf.config.threading.set_intra_op_parallelism_threads(0)  # 0: the system's choice
    assert tf.config.threading.get_intra_op_parallelism_threads() == 0
    assert torch.get_num_threads() >= 1
