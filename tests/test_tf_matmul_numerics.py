"""TensorFlow dialect float32 MatMul against goldens recorded from real TensorFlow 2.21 (CPU) by
tests/data/gen_tf_matmul.py: tf.matmul with every transpose flag (Eigen's lazy product / GEMV /
dot paths for one row or column, oneDNN's sgemm otherwise), its GradientTape gradients, and
keras Dense eagerly and under Model.predict (_FusedMatMul), compared bit for bit.

The goldens were recorded on an AVX2+FMA machine with 2 cores; TF splits large one-row/column
products by its thread count, so the comparisons are skipped elsewhere."""
import os

import numpy as np
import pytest

import ferrograd.tensorflow as tf

DATA = np.load(os.path.join(os.path.dirname(__file__), "data", "tf_matmul.npz"))
pytestmark = pytest.mark.skipif(os.cpu_count() != 2, reason="goldens recorded with 2 cores")


def _keys(prefix):
    return sorted({k.rsplit("_", 1)[0] for k in DATA.files if k.startswith(prefix)})


def _same(a, b):
    a, b = np.asarray(a), np.asarray(b)
    assert a.shape == b.shape and a.dtype == b.dtype
    assert np.array_equal(a.view(np.uint32), b.view(np.uint32)), np.abs(a - b).max()


@pytest.mark.parametrize("key", _keys("mm"))
def test_matmul_and_gradients(key):
    ta, tb = key[-2] == "1", key[-1] == "1"
    a, b = tf.Variable(DATA[key + "_a"]), tf.Variable(DATA[key + "_b"])
    with tf.GradientTape() as tape:
        y = tf.matmul(a, b, transpose_a=ta, transpose_b=tb)
        loss = tf.reduce_sum(y * DATA[key + "_c"]) if key + "_c" in DATA.files else None
    _same(y.numpy(), DATA[key + "_y"])
    if loss is not None:
        ga, gb = tape.gradient(loss, [a, b])
        _same(ga.numpy(), DATA[key + "_ga"])
        _same(gb.numpy(), DATA[key + "_gb"])


@pytest.mark.parametrize("key", _keys("mm"))
def test_matmul_aliases(key):
    ta, tb = key[-2] == "1", key[-1] == "1"
    a, b = tf.constant(DATA[key + "_a"]), tf.constant(DATA[key + "_b"])
    _same(tf.linalg.matmul(a, b, adjoint_a=ta, adjoint_b=tb).numpy(), DATA[key + "_y"])
    if not ta and not tb:
        _same((a @ b).numpy(), DATA[key + "_y"])


@pytest.mark.parametrize("key", _keys("dense"))
def test_dense_eager_and_predict(key):
    x, w, bias = DATA[key + "_x"], DATA[key + "_w"], DATA[key + "_bias"]
    inp = tf.keras.Input(shape=(x.shape[1],))
    act = key[len("dense"):].lstrip("0123456789") or None
    layer = tf.keras.layers.Dense(w.shape[1], activation=act)
    model = tf.keras.Model(inp, layer(inp))
    layer.set_weights([w, bias])
    _same(layer(x).numpy(), DATA[key + "_eager"])
    _same(model.predict(x, verbose=0), DATA[key + "_predict"])
