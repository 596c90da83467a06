"""Records the goldens of tests/test_tf_matmul_numerics.py from REAL TensorFlow 2.21 (CPU).

Run with the TensorFlow venv (never with ferrograd):
    TF_USE_LEGACY_KERAS=1 /work/venvs/tf/bin/python tests/data/gen_tf_matmul.py
It writes tests/data/tf_matmul.npz: random inputs and TF's float32 results for tf.matmul with
every transpose flag (one-row / one-column products: Eigen's lazy product, GEMV and dot paths,
with and without the output-block split; other shapes: oneDNN's sgemm through Eigen's
contraction), the MatMul gradients of sum(matmul(a, b) * c), and keras Dense outputs eagerly
(MatMul + BiasAdd) and from Model.predict (grappler's _FusedMatMul). The goldens depend on the
CPU (AVX2 + FMA, no AVX-512) and, for the large one-row/column products, on the core count
(recorded with 2 cores).
"""
import os

os.environ.setdefault("TF_USE_LEGACY_KERAS", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
import numpy as np  # noqa: E402
import tensorflow as tf  # noqa: E402

rng = np.random.RandomState(2026)
f32 = np.float32
out = {}

MM_SHAPES = [(1, 7, 3), (1, 21, 40), (1, 150, 70), (1, 130, 130), (5, 9, 1), (30, 24, 1), (140, 120, 1),
             (1, 33, 1), (1, 12, 1), (2, 10, 3), (4, 4, 1), (7, 13, 9), (17, 33, 23), (64, 100, 3),
             (24, 300, 10), (40, 5, 130)]
for i, (m, k, n) in enumerate(MM_SHAPES):
    big = m * k * n > 5000  # results only, for two of the transpose settings (file size)
    for ta in (False, True):
        for tb in (False, True):
            if big and ta != tb:
                continue
            a = rng.uniform(-1, 1, (k, m) if ta else (m, k)).astype(f32)
            b = rng.uniform(-1, 1, (n, k) if tb else (k, n)).astype(f32)
            c = rng.uniform(-1, 1, (m, n)).astype(f32)
            key = f"mm{i}_{int(ta)}{int(tb)}"
            out[key + "_a"], out[key + "_b"] = a, b
            av, bv = tf.Variable(a), tf.Variable(b)
            with tf.GradientTape() as tape:
                y = tf.matmul(av, bv, transpose_a=ta, transpose_b=tb)
                loss = tf.reduce_sum(y * c)
            ga, gb = tape.gradient(loss, [av, bv])
            out[key + "_y"] = y.numpy()
            if not big:
                out[key + "_c"], out[key + "_ga"], out[key + "_gb"] = c, ga.numpy(), gb.numpy()

# keras Dense: eager call (MatMul, BiasAdd) and Model.predict (_FusedMatMul inside the graph)
# (a linear output layer stays MatMul + BiasAdd under predict: grappler keeps fetched nodes)
for i, (rows, cin, units, act) in enumerate([(4, 4, 1, None), (7, 10, 1, None), (1, 9, 5, None), (6, 3, 4, None),
                                             (4, 4, 1, "sigmoid"), (7, 10, 1, "tanh"), (1, 9, 5, "relu"),
                                             (5, 12, 1, "sigmoid")]):
    inp = tf.keras.Input(shape=(cin,))
    layer = tf.keras.layers.Dense(units, activation=act)
    model = tf.keras.Model(inp, layer(inp))
    w = rng.uniform(-1, 1, (cin, units)).astype(f32)
    bias = rng.uniform(-1, 1, (units,)).astype(f32)
    layer.set_weights([w, bias])
    x = rng.uniform(-1, 1, (rows, cin)).astype(f32)
    key = f"dense{i}{act or ''}"
    out[key + "_x"], out[key + "_w"], out[key + "_bias"] = x, w, bias
    out[key + "_eager"] = layer(x).numpy()
    out[key + "_predict"] = model.predict(x, verbose=0)

np.savez_compressed(os.path.join(os.path.dirname(os.path.abspath(__file__)), "tf_matmul.npz"), **out)
print(len(out), "arrays")
