"""The Rust kernel flavours (TensorFlow's Eigen, MindSpore's nnacl float32 arithmetic) give the
same bits as the numpy reference emulations they replaced."""
import numpy as np
import pytest

# The dialects (and the core) are imported inside the tests: other test modules check that
# merely collecting the suite does not import ferrograd._core.
_REF_NAMES = ["cos_eigen", "exp_eigen", "exp_ms", "log_eigen", "log_ms", "sigmoid_eigen", "sigmoid_ms",
              "sin_eigen", "tanh_eigen"]


def _mods():
    from ferrograd import _core
    from ferrograd.mindspore import _losses as ms_ref
    from ferrograd.tensorflow import _eigen as tf_ref

    return _core, ms_ref, tf_ref


def _inputs(seed):
    rng = np.random.default_rng(seed)
    parts = [
        rng.standard_normal(997).astype(np.float32) * 3,
        rng.standard_normal(501).astype(np.float32) * 40,
        rng.uniform(-120, 100, 503).astype(np.float32),
        rng.uniform(-3e4, 3e4, 127).astype(np.float32),
        np.array([0.0, -0.0, 1.0, -1.0, 0.5, 88.0, 88.72, 88.8, -87.0, -88.5, -103.9, -104.0, -110.0, 16.63,
                  16.7, 7.9, -7.95, 1.25, -1.25, 1e-30, -1e-30, 1e-40, 3e38, -3e38, 25966.0, 18838.0,
                  np.inf, -np.inf, np.nan], np.float32),
    ]
    return np.concatenate(parts)


def _pos_inputs(seed):
    rng = np.random.default_rng(seed)
    return np.concatenate([
        np.abs(rng.standard_normal(999)).astype(np.float32),
        np.exp(rng.uniform(-80, 80, 500)).astype(np.float32),
        np.array([1e-40, 1e-45, 0.7071, 0.70710677, 0.70710683, 1.0, 2.0, 0.0, -1.0, np.inf, np.nan], np.float32),
    ])


def _same(a, b):
    a, b = np.asarray(a, np.float32), np.asarray(b, np.float32)
    assert a.shape == b.shape
    both_nan = np.isnan(a) & np.isnan(b)
    bad = ~both_nan & (a.view(np.uint32) != b.view(np.uint32))
    assert not bad.any(), (np.nonzero(bad)[0][:10], a[bad][:5], b[bad][:5])


def _refs(ms_ref, tf_ref):
    return {
        "exp_eigen": tf_ref.exp,
        "log_eigen": tf_ref.log,
        "sin_eigen": tf_ref.sin,
        "cos_eigen": tf_ref.cos,
        "sigmoid_eigen": tf_ref.sigmoid,
        "tanh_eigen": tf_ref.tanh_rational,
        "exp_ms": ms_ref.ms_exp,
        "log_ms": ms_ref.ms_log,
        "sigmoid_ms": ms_ref.ms_sigmoid,
    }


@pytest.mark.parametrize("name", _REF_NAMES)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_unary_flavor_bits(name, seed):
    _core, ms_ref, tf_ref = _mods()
    REFS = _refs(ms_ref, tf_ref)
    base = _pos_inputs(seed) if name.startswith("log") else _inputs(seed)
    with np.errstate(all="ignore"):
        for n in (1, 3, 4, 7, 8, 9, 12, 16, 17, 33, base.size):  # packet splits and tails
            x = base[:n]
            got = _core.unary_flavor(_core.tensor(x), name).numpy()
            _same(got, REFS[name](x.copy()))


@pytest.mark.parametrize("dt", [np.float32, np.float64])
def test_sum_flavor_eigen(dt):
    _core, _, tf_ref = _mods()

    def _sum_ref(a, axes_all):
        if axes_all:
            return np.asarray(tf_ref.sum_all(a.reshape(-1)))
        return tf_ref.sum_rows(a)

    rng = np.random.default_rng(5)
    for n in (2, 5, 8, 31, 32, 33, 100, 257, 1000, 8192, 8193, 20000, 65536):
        a = (rng.standard_normal(n) * 10).astype(dt)
        got = _core.sum_flavor(_core.tensor(a), None, False, "eigen").numpy()
        want = _sum_ref(a, True)
        assert got.tobytes() == np.asarray(want, dt).tobytes(), n
    for shape in ((3, 17), (4, 64), (2, 3, 40), (5, 1000)):
        a = (rng.standard_normal(shape) * 10).astype(dt)
        got = _core.sum_flavor(_core.tensor(a), -1, False, "eigen").numpy()
        want = tf_ref.sum_rows(a)
        assert got.tobytes() == np.asarray(want, dt).tobytes(), shape


def test_flavor_gradients_second_order():
    _core = _mods()[0]
    x = _core.tensor(np.linspace(-2, 2, 11).astype(np.float32), requires_grad=True)
    for name in ("exp_eigen", "sigmoid_eigen", "tanh_eigen", "sin_eigen", "exp_ms", "sigmoid_ms"):
        y = _core.unary_flavor(x, name).sum()
        (g,) = _core.grad([y], [x], [_core.full_like(y, 1.0)], True, True, False)
        (g2,) = _core.grad([g.sum()], [x], [_core.full_like(y, 1.0)], False, False, False)
        base = name.split("_")[0]
        xs = x.detach().double().detach().requires_grad_(True)
        yb = getattr(xs, base)().sum()
        (gb,) = _core.grad([yb], [xs], [_core.full_like(yb, 1.0)], True, True, False)
        (gb2,) = _core.grad([gb.sum()], [xs], [_core.full_like(yb, 1.0)], False, False, False)
        assert np.allclose(g.numpy(True), gb.numpy(True), atol=1e-5), name
        assert np.allclose(g2.numpy(), gb2.numpy(), atol=1e-4), name
