import numpy as np
import tensorflow as tf

# Keras 2 draws each initializer's seed from Python's `random` on first use
layer = tf.keras.layers.Dense(2, activation='tanh')
x = tf.constant(np.arange(6, dtype=np.float32).reshape(2, 3) / 6)
print(layer(x))
print(layer.kernel.numpy())
v = tf.keras.layers.Dense(1, kernel_initializer='he_normal', bias_initializer='ones')
print(v(x))
opt = tf.keras.optimizers.SGD(learning_rate=0.1)
for step in range(3):
    with tf.GradientTape() as tape:
        loss = tf.reduce_mean((v(layer(x)) - 1.0) ** 2)
    grads = tape.gradient(loss, layer.trainable_variables + v.trainable_variables)
    opt.apply_gradients(zip(grads, layer.trainable_variables + v.trainable_variables))
    print(step, loss.numpy())
