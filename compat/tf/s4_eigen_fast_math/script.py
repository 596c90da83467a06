import numpy as np
import tensorflow as tf

x = tf.constant(np.linspace(-0.97, 0.99, 21).astype(np.float32))
big = tf.constant(np.linspace(-6.0, 7.0, 21).astype(np.float32))
pos = tf.constant(np.linspace(0.3, 40.0, 21).astype(np.float32))
for name, arg in [("acos", x), ("asin", x), ("atan", big), ("atanh", x), ("erf", big), ("erfc", big),
                  ("rsqrt", pos), ("reciprocal", pos)]:
    with tf.GradientTape() as tape:
        tape.watch(arg)
        y = getattr(tf.math, name)(arg)
    print(name)
    print(y.numpy())
    print(tape.gradient(y, arg).numpy())
with tf.GradientTape() as tape:
    tape.watch(big)
    y = tf.nn.gelu(big)
print(y.numpy(), tape.gradient(y, big).numpy())
print(tf.keras.activations.gelu(big).numpy())
print(tf.nn.batch_normalization(pos, 2.0, 3.0, 0.5, 1.5, 1e-3).numpy())
