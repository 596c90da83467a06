"""Keras 2 recurrent layers (SimpleRNN, LSTM, GRU, cells, RNN, Bidirectional) and the Orthogonal
initializer: shapes, weight names, one step against a numpy reference, gradients, errors."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf

L = tf.keras.layers


def _sig(v):
    return 1.0 / (1.0 + np.exp(-v))


def _set_random(layer, seed=0, scale=0.5):
    rng = np.random.default_rng(seed)
    ws = [(rng.standard_normal(w.shape) * scale).astype(np.float32) for w in layer.get_weights()]
    layer.set_weights(ws)
    return ws


def _x(b=2, t=4, f=3, seed=1):
    return np.random.default_rng(seed).standard_normal((b, t, f)).astype(np.float32)


def _lstm_ref(x, k, rk, b, units, backwards=False):
    h = np.zeros((x.shape[0], units), np.float64)
    c = np.zeros_like(h)
    outs = []
    steps = range(x.shape[1] - 1, -1, -1) if backwards else range(x.shape[1])
    for t in steps:
        z = x[:, t] @ k + h @ rk + b
        i, f, g, o = np.split(z, 4, axis=1)
        c = _sig(f) * c + _sig(i) * np.tanh(g)
        h = _sig(o) * np.tanh(c)
        outs.append(h)
    return np.stack(outs, 1), h, c


def _gru_ref(x, k, rk, b, units, reset_after=True):
    h = np.zeros((x.shape[0], units), np.float64)
    outs = []
    for t in range(x.shape[1]):
        if reset_after:
            mx = x[:, t] @ k + b[0]
            mi = h @ rk + b[1]
            xz, xr, xh = np.split(mx, 3, axis=1)
            rz, rr, rh = np.split(mi, 3, axis=1)
            z, r = _sig(xz + rz), _sig(xr + rr)
            hh = np.tanh(xh + r * rh)
        else:
            mx = x[:, t] @ k + b
            xz, xr, xh = np.split(mx, 3, axis=1)
            z = _sig(xz + h @ rk[:, :units])
            r = _sig(xr + h @ rk[:, units:2 * units])
            hh = np.tanh(xh + (r * h) @ rk[:, 2 * units:])
        h = z * h + (1 - z) * hh
        outs.append(h)
    return np.stack(outs, 1), h


def test_weight_names_and_shapes():
    lstm, gru, rnn = L.LSTM(5), L.GRU(5), L.SimpleRNN(5)
    x = _x()
    for layer in (lstm, gru, rnn):
        layer(x)
    cell = lstm.cell.name
    assert [w.name for w in lstm.weights] == [f"{lstm.name}/{cell}/kernel:0", f"{lstm.name}/{cell}/recurrent_kernel:0",
                                              f"{lstm.name}/{cell}/bias:0"]
    assert cell == "lstm_cell" and gru.cell.name == "gru_cell" and rnn.cell.name == "simple_rnn_cell"
    assert [tuple(w.shape) for w in lstm.weights] == [(3, 20), (5, 20), (20,)]
    assert [tuple(w.shape) for w in gru.weights] == [(3, 15), (5, 15), (2, 15)]
    assert [tuple(w.shape) for w in rnn.weights] == [(3, 5), (5, 5), (5,)]
    g2 = L.GRU(5, reset_after=False)
    g2(x)
    assert tuple(g2.weights[2].shape) == (15,)
    assert lstm.count_params() == 3 * 20 + 5 * 20 + 20


def test_unit_forget_bias_default_init():
    layer = L.LSTM(3)
    layer(_x())
    np.testing.assert_array_equal(layer.cell.bias.numpy(), [0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0])
    layer2 = L.LSTM(3, unit_forget_bias=False)
    layer2(_x())
    assert not layer2.cell.bias.numpy().any()


def test_output_shapes():
    x = _x(2, 6, 3)
    assert L.LSTM(4)(x).shape == (2, 4)
    assert L.LSTM(4, return_sequences=True)(x).shape == (2, 6, 4)
    out = L.LSTM(4, return_sequences=True, return_state=True)(x)
    assert len(out) == 3 and out[0].shape == (2, 6, 4) and out[1].shape == (2, 4) and out[2].shape == (2, 4)
    out = L.GRU(4, return_state=True)(x)
    assert len(out) == 2 and out[1].shape == (2, 4)
    np.testing.assert_array_equal(out[0].numpy(), out[1].numpy())
    out = L.SimpleRNN(4, return_state=True)(x)
    assert len(out) == 2
    assert L.Bidirectional(L.LSTM(4, return_sequences=True))(x).shape == (2, 6, 8)
    assert L.Bidirectional(L.GRU(4), merge_mode="sum")(x).shape == (2, 4)
    bo = L.Bidirectional(L.LSTM(4, return_state=True))(x)
    assert len(bo) == 5 and bo[0].shape == (2, 8)
    assert L.RNN(L.GRUCell(3), return_sequences=True)(x).shape == (2, 6, 3)


def test_lstm_matches_numpy_reference():
    x = _x(3, 5, 4)
    for backwards in (False, True):
        layer = L.LSTM(3, return_sequences=True, return_state=True, go_backwards=backwards)
        layer(x)
        k, rk, b = _set_random(layer)
        seq, h, c = layer(x)
        rseq, rh, rc = _lstm_ref(x.astype(np.float64), k, rk, b, 3, backwards)
        np.testing.assert_allclose(seq.numpy(), rseq, atol=1e-5)
        np.testing.assert_allclose(h.numpy(), rh, atol=1e-5)
        np.testing.assert_allclose(c.numpy(), rc, atol=1e-5)


def test_lstm_cell_single_step():
    x = _x(2, 1, 3)[:, 0]
    cell = L.LSTMCell(4)
    h0 = tf.constant(np.full((2, 4), 0.1, np.float32))
    c0 = tf.constant(np.full((2, 4), -0.2, np.float32))
    cell(x, [h0, c0])
    k, rk, b = _set_random(cell, 3)
    h, (h2, c2) = cell(x, [h0, c0])
    z = x @ k + h0.numpy() @ rk + b
    i, f, g, o = np.split(z, 4, axis=1)
    c_ref = _sig(f) * c0.numpy() + _sig(i) * np.tanh(g)
    np.testing.assert_allclose(c2.numpy(), c_ref, atol=1e-6)
    np.testing.assert_allclose(h.numpy(), _sig(o) * np.tanh(c_ref), atol=1e-6)


@pytest.mark.parametrize("reset_after", [True, False])
def test_gru_matches_numpy_reference(reset_after):
    x = _x(3, 5, 4)
    layer = L.GRU(3, return_sequences=True, reset_after=reset_after)
    layer(x)
    k, rk, b = _set_random(layer, 5)
    seq = layer(x)
    rseq, _ = _gru_ref(x.astype(np.float64), k, rk, b, 3, reset_after)
    np.testing.assert_allclose(seq.numpy(), rseq, atol=1e-5)


def test_simple_rnn_and_bidirectional_reference():
    x = _x(2, 4, 3)
    rnn = L.SimpleRNN(2, return_sequences=True)
    rnn(x)
    k, rk, b = _set_random(rnn, 2)
    h = np.zeros((2, 2))
    outs = []
    for t in range(4):
        h = np.tanh(x[:, t] @ k + b + h @ rk)
        outs.append(h)
    np.testing.assert_allclose(rnn(x).numpy(), np.stack(outs, 1), atol=1e-6)

    bi = L.Bidirectional(L.LSTM(2, return_sequences=True))
    bi(x)
    ws = _set_random(bi, 4)
    out = bi(x).numpy()
    fw, _, _ = _lstm_ref(x.astype(np.float64), *ws[:3], 2)
    bw, _, _ = _lstm_ref(x.astype(np.float64), *ws[3:], 2, backwards=True)
    np.testing.assert_allclose(out, np.concatenate([fw, bw[:, ::-1]], -1), atol=1e-5)
    names = [w.name for w in bi.weights]
    assert names[0].startswith(f"{bi.name}/forward_") and names[3].startswith(f"{bi.name}/backward_")


def test_gradients_flow():
    x = tf.constant(_x(2, 5, 3))
    for layer in (L.LSTM(4), L.GRU(4), L.SimpleRNN(4), L.GRU(4, reset_after=False), L.Bidirectional(L.LSTM(2))):
        with tf.GradientTape() as tape:
            tape.watch(x)
            loss = tf.reduce_sum(layer(x) ** 2)
        grads = tape.gradient(loss, layer.trainable_variables + [x])
        assert all(g is not None for g in grads), layer.name
        assert all(float(tf.reduce_sum(tf.abs(g))) > 0 for g in grads), layer.name


def test_gradient_matches_finite_difference():
    x = _x(1, 3, 2)
    layer = L.GRU(2)
    layer(x)
    _set_random(layer, 9)
    with tf.GradientTape() as tape:
        loss = tf.reduce_sum(layer(x))
    g = tape.gradient(loss, layer.cell.kernel).numpy()
    k0 = layer.cell.kernel.numpy().astype(np.float64)
    eps = 1e-2
    k1 = k0.copy()
    k1[1, 2] += eps
    layer.cell.kernel.assign(k1.astype(np.float32))
    up = float(tf.reduce_sum(layer(x)))
    k1[1, 2] -= 2 * eps
    layer.cell.kernel.assign(k1.astype(np.float32))
    down = float(tf.reduce_sum(layer(x)))
    assert abs((up - down) / (2 * eps) - g[1, 2]) < 1e-3


def test_fit_sequential_lstm():
    tf.keras.utils.set_random_seed(0)
    x = _x(8, 5, 3)
    y = x.sum(axis=(1, 2))[:, None] * 0.1
    m = tf.keras.Sequential([L.LSTM(4, input_shape=(5, 3)), L.Dense(1)])
    m.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")
    h = m.fit(x, y, epochs=5, batch_size=4, shuffle=False, verbose=0)
    assert h.history["loss"][-1] < h.history["loss"][0]
    assert m.predict(x, verbose=0).shape == (8, 1)
    assert isinstance(m.evaluate(x, y, verbose=0), float)


def test_wrong_input_rank_raises_keras_value_error():
    with pytest.raises(ValueError, match=r'Input 0 of layer "lstm\w*" is incompatible with the layer: expected '
                                         r'ndim=3, found ndim=2. Full shape received: \(2, 4\)'):
        L.LSTM(3)(np.zeros((2, 4), np.float32))
    with pytest.raises(ValueError, match="expected ndim=3, found ndim=4"):
        L.GRU(3)(np.zeros((2, 4, 3, 3), np.float32))
    with pytest.raises(ValueError, match="Invalid merge mode"):
        L.Bidirectional(L.LSTM(2), merge_mode="max")
    with pytest.raises(ValueError, match="tf.keras.layers.Layer"):
        L.Bidirectional(3)


def test_initial_state():
    x = _x(2, 3, 3)
    layer = L.LSTM(2, return_state=True)
    layer(x)
    _set_random(layer)
    h0 = np.full((2, 2), 0.3, np.float32)
    c0 = np.full((2, 2), -0.1, np.float32)
    out1 = layer(x, initial_state=[tf.constant(h0), tf.constant(c0)])
    out2 = layer([tf.constant(x), tf.constant(h0), tf.constant(c0)])
    np.testing.assert_array_equal(out1[0].numpy(), out2[0].numpy())
    base = layer(x)[0].numpy()
    assert not np.allclose(base, out1[0].numpy())


def test_orthogonal_initializer():
    init = tf.keras.initializers.Orthogonal(seed=1)
    q = init((3, 5)).numpy()
    np.testing.assert_allclose(q @ q.T, np.eye(3), atol=1e-5)
    q = tf.keras.initializers.Orthogonal(gain=2.0, seed=3)((4, 2)).numpy()
    np.testing.assert_allclose(q.T @ q, 4 * np.eye(2), atol=1e-4)
    # TF 2.21's values, bit for bit (the QR follows Eigen's kernel below 48 columns)
    np.testing.assert_array_equal(tf.keras.initializers.Orthogonal(seed=1)((3, 5)).numpy(),
                                  np.array([[0.05590093, -0.348181, -0.6368545, 0.45141998, 0.5160246],
                                            [-0.51460916, 0.5751182, 0.21400812, 0.55655915, 0.22104084],
                                            [-0.46458802, 0.26648432, -0.4106357, -0.6699222, 0.30939746]],
                                           np.float32))
    np.testing.assert_array_equal(tf.keras.initializers.Orthogonal(gain=2.0, seed=3)((4, 2)).numpy()[:, 0],
                                  np.array([-0.76125693, -1.0703241, 1.4200609, 0.50825226], np.float32))
    big = tf.keras.initializers.Orthogonal(seed=2)((64, 64)).numpy()  # blocked in Eigen: LAPACK here
    np.testing.assert_allclose(big @ big.T, np.eye(64), atol=1e-5)
    assert isinstance(tf.keras.initializers.get("orthogonal"), tf.keras.initializers.Orthogonal)
    with pytest.raises(ValueError, match="at least two-dimensional"):
        init((3,))


def test_mask_keeps_previous_output_and_state():
    x = _x(2, 4, 3)
    mask = np.array([[True, True, False, False], [False, True, True, True]])
    layer = L.LSTM(2, return_sequences=True, return_state=True)
    layer(x)
    k, rk, b = _set_random(layer, 11)
    seq, h, c = layer(x, mask=tf.constant(mask))
    # row 0: the state after two steps, carried over the masked tail
    ref0, rh0, rc0 = _lstm_ref(x[:1, :2].astype(np.float64), k, rk, b, 2)
    np.testing.assert_allclose(seq.numpy()[0, 3], rh0[0], atol=1e-5)
    np.testing.assert_allclose(c.numpy()[0], rc0[0], atol=1e-5)
    # row 1: a masked first step outputs zeros and leaves the zero state
    np.testing.assert_array_equal(seq.numpy()[1, 0], [0, 0])
    _, rh1, _ = _lstm_ref(x[1:, 1:].astype(np.float64), k, rk, b, 2)
    np.testing.assert_allclose(h.numpy()[1], rh1[0], atol=1e-5)


def test_embedding_mask_zero_reaches_rnn():
    tokens = np.array([[3, 5, 0, 0], [1, 2, 3, 4]])
    emb = L.Embedding(8, 3, mask_zero=True)
    lstm = L.LSTM(2)
    full = lstm(emb(tokens)).numpy()
    short = lstm(emb(tokens[:, :2])).numpy()
    np.testing.assert_allclose(full[0], short[0], atol=1e-6)
    assert not np.allclose(full[1], short[1])
    bi = L.Bidirectional(L.GRU(2, return_sequences=True))
    out = bi(emb(tokens)).numpy()
    np.testing.assert_array_equal(out[0, 2:], 0)


def test_eigen_qr_matches_reconstruction():
    from ferrograd.tensorflow.keras import _eigen_qr

    a = np.random.default_rng(0).standard_normal((140, 35)).astype(np.float32)
    q, r = _eigen_qr.qr(a)
    assert q.shape == (140, 35) and r.shape == (35, 35)
    np.testing.assert_allclose(q @ r, a, atol=1e-4)
    np.testing.assert_allclose(q.T @ q, np.eye(35), atol=1e-5)
    assert np.all(np.tril(r, -1) == 0)


def test_functional_return_state_feeds_initial_state():
    enc_in = tf.keras.Input(shape=(None, 3))
    _, h, c = L.LSTM(4, return_state=True)(enc_in)
    dec_in = tf.keras.Input(shape=(None, 2))
    dec = L.LSTM(4, return_sequences=True)(dec_in, initial_state=[h, c])
    model = tf.keras.Model([enc_in, dec_in], dec)
    enc = tf.keras.Model(enc_in, [h, c])
    xe, xd = tf.constant(_x(2, 5, 3)), tf.constant(_x(2, 3, 2, seed=4))
    hs, cs = enc(xe)
    assert hs.shape == (2, 4) and cs.shape == (2, 4)
    dec_layer = model.layers[-1] if model.layers[-1].name.startswith("lstm") else model.get_layer(index=-1)
    direct = dec_layer(xd, initial_state=[hs, cs]).numpy()
    np.testing.assert_allclose(model([xe, xd]).numpy(), direct, atol=1e-6)


def test_compute_output_shape():
    assert L.LSTM(4, return_sequences=True).compute_output_shape((None, None, 3)).as_list() == [None, None, 4]
    shapes = L.LSTM(4, return_state=True).compute_output_shape((None, 7, 3))
    assert [s.as_list() for s in shapes] == [[None, 4]] * 3
    assert L.Bidirectional(L.GRU(4, return_sequences=True)).compute_output_shape((2, 5, 3)).as_list() == [2, 5, 8]
