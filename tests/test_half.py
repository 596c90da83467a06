"""float16 / bfloat16 in the core and the three dialects: each op computes in float32 and rounds
its result once (torch on CPU), checked against numpy float16 arithmetic where numpy does the same."""
import numpy as np
import pytest

import ferrograd.torch as torch

RNG = np.random.default_rng(0)
A32 = (RNG.standard_normal(257) * 10).astype(np.float32)
B32 = (RNG.standard_normal(257) * 10 + 0.5).astype(np.float32)
A16, B16 = A32.astype(np.float16), B32.astype(np.float16)


def _h(a):
    return torch.tensor(a)  # numpy float16 arrays keep their dtype


def _bits(a):
    return np.asarray(a, np.float16).view(np.uint16)


def test_from_numpy_and_back_bit_exact():
    t = _h(A16)
    assert t.dtype == torch.float16
    out = t.numpy()
    assert out.dtype == np.float16
    assert np.array_equal(_bits(out), _bits(A16))
    # strided numpy input
    s = A16[::3]
    assert np.array_equal(_bits(_h(s).numpy()), _bits(s))


def test_cast_rounding_matches_numpy():
    x = np.array([0.1, 1 / 3, 65504.0, 65519.0, 65520.0, 1e5, 1e-8, 3e-5, -2.5, 2049.0, 2051.0], np.float32)
    got = torch.tensor(x).half().numpy()
    with np.errstate(over="ignore"):
        want = x.astype(np.float16)
    assert np.array_equal(_bits(got), _bits(want))


@pytest.mark.parametrize("op", ["add", "sub", "mul", "div"])
def test_elementwise_matches_numpy_float16(op):
    a, b = _h(A16), _h(B16)
    got = getattr(a, op)(b).numpy()
    want = getattr(np, {"add": "add", "sub": "subtract", "mul": "multiply", "div": "divide"}[op])(A16, B16)
    assert np.array_equal(_bits(got), _bits(want))


@pytest.mark.parametrize("fn", ["exp", "sqrt", "sin", "tanh", "sigmoid", "rsqrt"])
def test_unary_rounds_once_from_float32(fn):
    x = np.abs(A16) / np.float16(4)
    got = getattr(_h(x), fn)().numpy()
    f = torch.tensor(x.astype(np.float32))
    want = getattr(f, fn)().numpy().astype(np.float16)
    assert got.dtype == np.float16
    assert np.array_equal(_bits(got), _bits(want))


def test_sum_and_mean_accumulate_in_float32():
    x = np.full(1000, 0.1, np.float16)
    t = _h(x)
    assert t.sum().item() == float(np.float16(np.float32(x.astype(np.float32).sum())))
    assert t.sum().dtype == torch.float16
    assert t.mean().item() == float(np.float16(x.astype(np.float32).mean()))
    # a float16 accumulator would stop at 256
    assert t.sum().item() == pytest.approx(100.0, abs=0.1)


def test_matmul_float32_product_rounded_once():
    a = RNG.standard_normal((5, 70)).astype(np.float16)
    b = RNG.standard_normal((70, 3)).astype(np.float16)
    got = (_h(a) @ _h(b)).numpy()
    want = (a.astype(np.float64) @ b.astype(np.float64)).astype(np.float32).astype(np.float16)
    assert got.dtype == np.float16
    assert np.max(np.abs(got.astype(np.float64) - want.astype(np.float64)) / (np.abs(want) + 1e-3)) < 2e-3


def test_promotion():
    h = torch.ones(3, dtype=torch.float16)
    b = torch.ones(3, dtype=torch.bfloat16)
    f = torch.ones(3)
    assert (h + f).dtype == torch.float32
    assert (h + b).dtype == torch.float32
    assert (b + f.double()).dtype == torch.float64
    assert (h * 2.5).dtype == torch.float16
    assert (b * 2).dtype == torch.bfloat16
    assert (torch.arange(3) + h).dtype == torch.float16
    assert (h + torch.tensor(1.0)).dtype == torch.float16  # 0-d float32 does not widen
    assert (torch.tensor(1.0) + h).dtype == torch.float16


def test_casts_roundtrip_all_dtypes():
    h = torch.tensor([1.5, -2.0, 0.0, 3.25], dtype=torch.float16)
    for dt in (torch.float32, torch.float64, torch.int64, torch.int32, torch.bool, torch.bfloat16):
        assert h.to(dt).dtype == dt
    assert h.long().tolist() == [1, -2, 0, 3]
    assert h.bfloat16().float().tolist() == [1.5, -2.0, 0.0, 3.25]
    assert torch.tensor([1, 2]).half().tolist() == [1.0, 2.0]
    assert torch.tensor([True, False]).to(torch.bfloat16).tolist() == [1.0, 0.0]


def test_bfloat16_rounding_and_numpy_error():
    b = torch.tensor([1.0, 0.1, 3.0e38, 1.0 + 2 ** -8]).bfloat16()
    assert b.dtype == torch.bfloat16
    assert b.float().tolist()[:2] == [1.0, 0.10009765625]
    assert b.float().tolist()[3] == 1.0  # ties to even
    with pytest.raises(TypeError, match="Got unsupported ScalarType BFloat16"):
        b.numpy()


def test_autograd_grads_in_half_dtype():
    p = torch.tensor([1.0, 2.0, 3.0], dtype=torch.float16, requires_grad=True)
    (p * p).sum().backward()
    assert p.grad.dtype == torch.float16
    assert p.grad.tolist() == [2.0, 4.0, 6.0]
    w = torch.tensor([0.5, -1.5], requires_grad=True)
    (w.half() * 3).sum().backward()
    assert w.grad.dtype == torch.float32
    assert w.grad.tolist() == [3.0, 3.0]


def test_dtype_objects():
    assert torch.half is torch.float16
    assert torch.float16.is_floating_point and torch.bfloat16.is_floating_point
    assert torch.float16.itemsize == 2 and torch.bfloat16.itemsize == 2
    assert repr(torch.bfloat16) == "torch.bfloat16"
    assert torch.finfo(torch.float16).max == 65504.0
    assert torch.finfo(torch.bfloat16).eps == 0.0078125
    assert torch.ones(2).half().element_size() == 2
    assert torch.ones(2).half().type() == "torch.HalfTensor"


def test_printing_torch():
    assert repr(torch.tensor([1.0, 2.0], dtype=torch.float16)) == "tensor([1., 2.], dtype=torch.float16)"
    assert repr(torch.tensor([0.1, 2.0]).bfloat16()) == "tensor([0.1001, 2.0000], dtype=torch.bfloat16)"


def test_mindspore_float16():
    import ferrograd.mindspore as ms

    x = ms.Tensor(np.array([1.0, 2.5, 0.1], np.float16))
    assert str(x.dtype) == "Float16"
    y = x * 3
    assert y.dtype == ms.float16
    assert y.asnumpy().dtype == np.float16
    assert np.array_equal(_bits(y.asnumpy()), _bits(np.array([1.0, 2.5, 0.1], np.float16) * np.float16(3)))
    assert repr(ms.Tensor([1.0, 2.0], ms.float16)) == \
        "Tensor(shape=[2], dtype=Float16, value= [ 1.0000e+00,  2.0000e+00])"
    assert str(ms.Tensor([1.0, 2.5], ms.bfloat16).dtype) == "BFloat16"


def test_tensorflow_float16():
    import ferrograd.tensorflow as tf

    h = tf.cast(tf.constant([1.0, 2.5, 0.1]), tf.float16)
    assert h.dtype == tf.float16
    assert (h * 3).dtype == tf.float16
    assert h.numpy().dtype == np.float16
    assert str(tf.reduce_sum(h)) == "tf.Tensor(3.6, shape=(), dtype=float16)"
    b = tf.cast(tf.constant([1.0, 2.5]), tf.bfloat16)
    assert b.dtype == tf.bfloat16
    assert str(b) == "tf.Tensor([1 2.5], shape=(2,), dtype=bfloat16)"
