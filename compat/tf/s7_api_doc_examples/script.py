import numpy as np
import tensorflow as tf

rng = np.random.RandomState(0)

# LayerNormalization (tf-keras' fused path for trailing axes)
data = tf.constant(np.arange(10).reshape(5, 2) * 10, dtype=tf.float32)
print(tf.keras.layers.LayerNormalization(axis=1)(data))
x = tf.constant(rng.randn(3, 7).astype("float32") * 3 + 1)
print(tf.keras.layers.LayerNormalization()(x).numpy().tolist())
x3 = tf.constant(np.arange(24, dtype=np.float32).reshape(2, 3, 4))
ln = tf.keras.layers.LayerNormalization(axis=1, gamma_initializer=tf.keras.initializers.Constant(2.0))
print(ln(x3)[0])

# layers keep the dtype of integer NumPy inputs
x = np.arange(12).reshape(2, 2, 3)
print(tf.keras.layers.UpSampling1D(size=2)(x))
print(tf.keras.layers.ZeroPadding1D(padding=1)(x))
print(tf.keras.layers.Cropping1D(cropping=1)(np.arange(12).reshape(2, 3, 2)))

# convolutions over extra batch dimensions
x = tf.constant(rng.randn(4, 7, 10, 8).astype("float32"))
y = tf.keras.layers.Conv1D(3, 3, activation="relu", kernel_initializer="ones")(x)
print(y.shape, y.numpy().sum())
x = tf.constant(rng.randn(2, 3, 9, 9, 2).astype("float32"))
y = tf.keras.layers.Conv2D(2, 3, padding="same", kernel_initializer="ones", bias_initializer="ones")(x)
print(y.shape, y.numpy().sum())

# metrics
for ident in ["categorical_crossentropy", "CategoricalCrossentropy", "acc", "mse",
              {"class_name": "CategoricalCrossentropy", "config": {"from_logits": True}}]:
    m = tf.keras.metrics.get(ident)
    print(type(m).__name__, getattr(m, "__name__", None) or m.name)
y_true = np.array([[1, 1, 1], [1, 0, 0], [1, 1, 0]], np.int32)
y_pred = np.array([[0.2, 0.6, 0.7], [0.2, 0.6, 0.6], [0.6, 0.8, 0.0]], np.float32)
for kw in [dict(threshold=0.5), dict(), dict(average="micro"), dict(average="macro", threshold=0.4),
           dict(average="weighted")]:
    m = tf.keras.metrics.F1Score(**kw)
    m.update_state(y_true, y_pred)
    print(m.name, m.result().numpy(), [v.name for v in m.variables])
    m.update_state(y_true, y_pred, sample_weight=[1.0, 2.0, 0.5])
    print(m.result())
m = tf.keras.metrics.FBetaScore(beta=2.0, threshold=0.5)
m.update_state(y_true, y_pred)
print(m.result())
for kw in [dict(average="x"), dict(beta=2), dict(beta=-1.0), dict(threshold=2.0)]:
    try:
        tf.keras.metrics.FBetaScore(**kw)
    except ValueError as e:
        print("ValueError:", e)

# categorical focal crossentropy
yt = [[0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
yp = [[0.05, 0.95, 0], [0.1, 0.8, 0.1]]
print(tf.keras.losses.categorical_focal_crossentropy(yt, yp))
print(tf.keras.losses.categorical_focal_crossentropy(yt, yp, from_logits=True, label_smoothing=0.1, gamma=3.0))
loss = tf.keras.losses.CategoricalFocalCrossentropy(gamma=1.0)
print(loss.name, loss(yt, yp).numpy(), loss(yt, yp, sample_weight=[0.3, 0.7]).numpy())

# optimizer serialization
print(tf.keras.optimizers.serialize(tf.keras.optimizers.legacy.SGD()))
c = tf.keras.optimizers.serialize(tf.keras.optimizers.Adam(0.1))
print(c)
print(type(tf.keras.optimizers.deserialize(c)).__name__)

# gradient clipping
for make in [tf.keras.optimizers.SGD, tf.keras.optimizers.legacy.SGD]:
    for kw in [dict(clipnorm=1.0), dict(clipvalue=0.3), dict(global_clipnorm=0.7),
               dict(clipnorm=0.5, clipvalue=0.2)]:
        a = tf.Variable([1.0, -2.0, 3.0])
        b = tf.Variable([[0.5, 4.0]])
        opt = make(0.1, **kw)
        opt.apply_gradients(zip([tf.constant([0.3, -2.0, 1.5]), tf.constant([[3.0, -0.1]])], [a, b]))
        print(kw, a.numpy(), b.numpy())

# keras.backend
K = tf.keras.backend
print(K.repeat(tf.constant([[1, 2], [3, 4]]), n=2))
print(K.permute_dimensions(tf.constant([[1, 2, 3], [4, 5, 6]]), pattern=(1, 0)))
print(K.int_shape(K.batch_dot(K.ones(shape=(32, 20, 1)), K.ones(shape=(32, 30, 20)), axes=(1, 2))))
a = tf.constant(np.arange(6.0).reshape(2, 3), tf.float32)
c3 = tf.constant(np.arange(24.0).reshape(2, 3, 4), tf.float32)
print(K.batch_dot(a, a + 1, axes=1), K.batch_dot(a, c3), K.batch_dot(c3, a, axes=(1, 1)))
print(K.batch_dot(c3, c3, axes=[2, 2]).shape)
np.random.seed(1)
print(K.random_normal((2, 2)), K.random_uniform((3,)))
print(K.is_keras_tensor(tf.keras.Input([10])), K.is_keras_tensor(K.variable(np.array([1, 2]))))

# tf.einsum with an ellipsis
s = tf.constant(rng.randn(11, 1, 5, 3).astype("float32"))
t = tf.constant(rng.randn(1, 7, 3, 2).astype("float32"))
print(tf.einsum("...ij,...jk->...ik", s, t).shape)
b = tf.constant(rng.randn(2, 5, 4).astype("float32"))
print(tf.einsum("...ij->...ji", b).shape)
try:
    tf.einsum("b...,b...->b", b, b)
except tf.errors.InvalidArgumentError as e:
    print("InvalidArgumentError:", e)

# tf.gather_nd with batch_dims
print(tf.gather_nd(batch_dims=1, indices=[[1], [0], [4], [2], [1]], params=tf.zeros([5, 7, 3])).shape.as_list())
print(tf.gather_nd(batch_dims=1, indices=[[1], [0]],
                   params=[[["a0", "b0"], ["c0", "d0"]], [["a1", "b1"], ["c1", "d1"]]]).numpy())
p = tf.constant(np.arange(120).reshape(2, 3, 4, 5))
print(tf.gather_nd(p, [[[1, 2], [0, 0]], [[2, 1], [2, 3]]], batch_dims=1))
v = tf.Variable(np.arange(12.0).reshape(2, 3, 2))
with tf.GradientTape() as g:
    y = tf.reduce_sum(tf.gather_nd(v, [[[1], [1]], [[0], [2]]], batch_dims=1) ** 2)
print(g.gradient(y, v))

# tf.linspace over N-D start / stop, tf.math.bincount(axis=-1), diag parts keep int32
print(tf.linspace([0.0, 5.0], [10.0, 40.0], 5, axis=0))
print(tf.linspace([0.0, 5.0], [10.0, 40.0], 5, axis=-1))
data = np.array([[1, 2, 3, 0], [0, 0, 1, 2]], dtype=np.int32)
print(tf.math.bincount(data, axis=-1), tf.math.bincount(data, axis=-1, binary_output=True))
print(tf.linalg.diag_part([[1, 2], [3, 4]]), tf.linalg.trace([[1, 2], [3, 4]]))

# tf.constant of a tensor is that tensor (and stays on the tape)
v = tf.Variable([0.0])
with tf.GradientTape() as g:
    loss = tf.constant(v + v)
print(g.gradient(loss, v))
x = tf.constant([1.0, 2.0])
print(tf.constant(x) is x)
try:
    tf.constant(x, tf.float64)
except TypeError as e:
    print("TypeError:", e)
