"""Keras 2 dialect pieces: training loop, metrics, initializers, functional API; error types."""
import numpy as np
import pytest

import ferrograd.tensorflow as tf


def _data():
    x = np.linspace(-1, 1, 40, dtype=np.float32).reshape(20, 2)
    y = (x[:, 0] + x[:, 1] > 0).astype(np.int64)
    return x, y


def test_fit_before_compile_raises():
    m = tf.keras.Sequential([tf.keras.layers.Dense(2)])
    x, y = _data()
    with pytest.raises(RuntimeError, match="compile"):
        m.fit(x, y, verbose=0)


def test_summary_before_build_raises():
    m = tf.keras.Sequential([tf.keras.layers.Dense(2)])
    with pytest.raises(ValueError, match="not yet been built"):
        m.summary()


def test_fit_reduces_loss_and_history_shapes():
    tf.keras.utils.set_random_seed(0)
    x, y = _data()
    m = tf.keras.Sequential([tf.keras.layers.Dense(8, activation="relu"), tf.keras.layers.Dense(2)])
    m.compile(optimizer=tf.keras.optimizers.SGD(0.5),
              loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
    h = m.fit(x, y, epochs=15, batch_size=5, verbose=0, shuffle=False)
    assert list(h.history) == ["loss", "accuracy"] and len(h.history["loss"]) == 15
    assert h.history["loss"][-1] < h.history["loss"][0]
    loss, acc = m.evaluate(x, y, verbose=0)
    assert acc >= 0.9
    assert m.predict(x, verbose=0).shape == (20, 2)


def test_loss_tracker_is_batch_weighted_mean():
    x, y = _data()
    m = tf.keras.Sequential([tf.keras.layers.Dense(2, kernel_initializer="zeros")])
    m.compile(optimizer=tf.keras.optimizers.SGD(0.0),
              loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True))
    h = m.fit(x, y, epochs=1, batch_size=7, verbose=0, shuffle=False)
    np.testing.assert_allclose(h.history["loss"][0], np.log(2), rtol=1e-6)


def test_metric_unknown_and_mean_weighted():
    # tf-keras 2.21 returns an unknown name unchanged
    assert tf.keras.metrics.get("nope") == "nope"
    m = tf.keras.metrics.Mean()
    m.update_state([1.0, 3.0], sample_weight=[1.0, 3.0])
    assert m.result().numpy() == pytest.approx(2.5)


def test_initializer_arguments_validated():
    with pytest.raises(ValueError, match="Invalid `mode`"):
        tf.keras.initializers.VarianceScaling(mode="fan_sideways")
    with pytest.raises(ValueError, match="Could not interpret initializer"):
        tf.keras.initializers.get("bogus")


def test_glorot_uniform_bounds_and_reuse_same_values():
    init = tf.keras.initializers.GlorotUniform(seed=3)
    a = init((30, 20)).numpy()
    limit = np.sqrt(6 / 50)
    assert np.abs(a).max() <= limit
    np.testing.assert_array_equal(a, init((30, 20)).numpy())


def test_dropout_rate_validated_and_scales_in_training():
    with pytest.raises(ValueError, match="Invalid value"):
        tf.keras.layers.Dropout(1.5)
    tf.random.set_seed(0)
    d = tf.keras.layers.Dropout(0.5)
    out = d(tf.ones([1000]), training=True).numpy()
    assert set(np.unique(out)) <= {0.0, 2.0}
    assert 400 < (out == 0).sum() < 600
    np.testing.assert_array_equal(d(tf.ones([4]), training=False).numpy(), np.ones(4, np.float32))


def test_functional_model_replays_graph():
    inp = tf.keras.Input(shape=(3,))
    a = tf.keras.layers.Dense(2, kernel_initializer="ones")(inp)
    b = tf.keras.layers.Dense(2, kernel_initializer="ones")(inp)
    out = tf.keras.layers.Concatenate()([a, b])
    m = tf.keras.Model(inputs=inp, outputs=out)
    r = m(np.ones((4, 3), np.float32)).numpy()
    np.testing.assert_array_equal(r, np.full((4, 4), 3.0, np.float32))
    assert [l.name.split("_")[0] for l in m.layers][0] == "input"


def test_unknown_activation_raises():
    with pytest.raises(ValueError, match="Unknown activation function"):
        tf.keras.layers.Dense(2, activation="nope")
