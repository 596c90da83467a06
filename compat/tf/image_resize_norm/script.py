# tf.image.resize (bilinear / nearest, half-pixel centers) and tf.norm orders.
import numpy as np
import tensorflow as tf

rng = np.random.RandomState(0)
images = rng.uniform(0, 255, (2, 5, 7, 3)).astype(np.float32)
for size in ([8, 4], [3, 3], [10, 14]):
    r = tf.image.resize(images, size)
    print(r.shape, r.dtype.name, r.numpy()[1, :2, :2, 0])
n = tf.image.resize(images.astype(np.int32), [3, 4], method=tf.image.ResizeMethod.NEAREST_NEIGHBOR)
print(n.dtype.name, n.numpy()[0, :, :, 0])
print(tf.image.resize(images[0], [4, 4], method="nearest").shape)
print(tf.image.resize(images, [20, 20], preserve_aspect_ratio=True).shape)
mnist = tf.reshape(tf.range(28 * 28, dtype=tf.float32) / 784.0, [1, 28, 28, 1])
print(tf.image.resize(mnist, [14, 14]).numpy()[0, :3, :3, 0])
x = tf.constant(rng.uniform(size=(1, 3, 3, 1)).astype(np.float32))
with tf.GradientTape() as t:
    t.watch(x)
    y = tf.reduce_sum(tf.image.resize(x, [5, 4]) ** 2)
print(t.gradient(y, x).numpy().ravel())

m = tf.constant([[1.0, -2.0, 3.0], [-4.0, 5.0, 0.5]])
for ord_ in ("euclidean", 1, np.inf, 3):
    print(ord_, tf.norm(m, ord=ord_).numpy(), tf.norm(m, ord=ord_, axis=1).numpy())
for ord_ in ("fro", 1, np.inf, 2):
    print(ord_, tf.norm(m, ord=ord_, axis=[0, 1]).numpy(), tf.norm(m, ord=ord_, axis=(-1, -2), keepdims=True).numpy())
try:
    tf.norm(m, ord="fro")
except ValueError as e:
    print("ValueError:", e)
