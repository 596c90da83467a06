"""The Rust kernel flavours (TensorFlow's Eigen, MindSpore's nnacl float32 arithmetic) give the
same bits as the numpy reference emulations they replaced."""
import numpy as np
import pytest

# The dialects (and the core) are imported inside the tests: other test modules check that
# merely collecting the suite does not import ferrograd._core.
# (log_ms is checked against real MindSpore goldens in tests/test_ms_numerics.py)
_REF_NAMES = ["cos_eigen", "exp_eigen", "exp_ms", "log_eigen", "sigmoid_eigen", "sigmoid_ms",
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


def test_tf_tape_fast_path_matches_general_path():
    import ferrograd.tensorflow as tf

    rng = np.random.default_rng(3)
    x = tf.constant(rng.standard_normal(16).astype(np.float32))
    w = tf.Variable(rng.standard_normal(16).astype(np.float32))
    b = tf.Variable(rng.standard_normal(16).astype(np.float32))
    res = []
    for simple in (True, False):
        with tf.GradientTape(persistent=True) as tape:
            loss = tf.reduce_sum(tf.math.sigmoid(w * x + b) + tf.exp(tf.tanh(x * w)))
        if simple:
            g = tape.gradient(loss, [w, b])
        else:
            g = tape.gradient(loss, [w, b], output_gradients=tf.constant(1.0))
        assert type(g) is list and type(g[0]).__name__ == "EagerTensor"
        res.append([v.numpy() for v in g])
    for a, c in zip(*res):
        assert a.tobytes() == c.tobytes()


def test_tf_nested_tape_second_derivative():
    import ferrograd.tensorflow as tf

    x = tf.Variable(np.linspace(-2, 2, 9).astype(np.float32))
    with tf.GradientTape() as t2:
        with tf.GradientTape() as t1:
            y = tf.reduce_sum(tf.math.sigmoid(x))
        g = t1.gradient(y, x)
    h = t2.gradient(g, x)
    s = 1 / (1 + np.exp(-np.linspace(-2, 2, 9)))
    assert np.allclose(g.numpy(), s * (1 - s), atol=1e-6)
    assert np.allclose(h.numpy(), s * (1 - s) * (1 - 2 * s), atol=1e-6)


def test_tf_dtype_mismatch_still_raises():
    import ferrograd.tensorflow as tf

    a = tf.constant([1.0, 2.0])
    c = tf.constant([1, 2])
    with pytest.raises(tf.errors.InvalidArgumentError):
        a + c
    with pytest.raises(tf.errors.InvalidArgumentError):
        a * tf.constant([1.0, 2.0, 3.0])


def test_ms_value_and_grad_fast_path_matches_general_path():
    import ferrograd.mindspore as ms
    from ferrograd.mindspore import _grad, ops

    rng = np.random.default_rng(4)
    x = ms.Tensor(rng.standard_normal(16).astype(np.float32))
    w = ms.Tensor(rng.standard_normal(16).astype(np.float32))
    b = ms.Tensor(rng.standard_normal(16).astype(np.float32))

    def forward(w, b):
        return ops.sigmoid(w * x + b).sum(), ops.exp(w)

    fast = ms.value_and_grad(forward, grad_position=(0, 1))(w, b)
    out, _, gpos, _ = _grad._run(forward, (w, b), [0, 1], [], False)
    assert [o.asnumpy().tobytes() for o in fast[0]] == [o.asnumpy().tobytes() for o in out]
    assert not fast[0][0].requires_grad
    assert [g.asnumpy().tobytes() for g in fast[1]] == [g.asnumpy().tobytes() for g in gpos]
    g1 = ms.grad(lambda w: ops.sigmoid(w).sum())(w)
    g2 = ms.grad(ms.grad(lambda w: ops.sigmoid(w).sum()))(w)
    s = 1 / (1 + np.exp(-w.asnumpy().astype(np.float64)))
    assert np.allclose(g1.asnumpy(), s * (1 - s), atol=1e-6)
    assert np.allclose(g2.asnumpy(), s * (1 - s) * (1 - 2 * s), atol=1e-5)


def test_ms_softmax_flavor_bits_and_grad():
    from ferrograd import _core
    from ferrograd.mindspore.ops import functional as F

    rng = np.random.default_rng(6)
    for shape in ((5,), (3, 7), (2, 3, 9), (4, 17), (2, 1, 3)):
        a = (rng.standard_normal(shape) * 6).astype(np.float32)
        for axis in range(-len(shape), len(shape)):
            got = _core.softmax_flavor(_core.tensor(a), axis, "ms").numpy()
            _same(got, F._np_softmax(a, axis))
    a = np.array([[1.0, np.nan, 2.0], [np.inf, 1.0, 0.0], [-np.inf, 0.0, 1.0]], np.float32)
    with np.errstate(all="ignore"):
        _same(_core.softmax_flavor(_core.tensor(a), -1, "ms").numpy(), F._np_softmax(a, -1))
    x = _core.tensor(rng.standard_normal((3, 5)).astype(np.float32), requires_grad=True)
    g = _core.tensor(rng.standard_normal((3, 5)).astype(np.float32))
    y = _core.softmax_flavor(x, 1, "ms")
    (gx,) = _core.grad([y], [x], [g], False, False, False)
    yv = y.numpy(True)
    want = (g.numpy() - (g * y.detach()).sum(1, True).numpy()) * yv
    assert gx.numpy().tobytes() == want.astype(np.float32).tobytes()
