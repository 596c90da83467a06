import numpy as np
import tensorflow as tf
data = np.array([[0.1, 0.2, 0.3], [0.8, 0.9, 1.0], [1.5, 1.6, 1.7]], np.float32)
layer = tf.keras.layers.Normalization()
layer.adapt(data)
print(layer(data))
print(layer.mean.numpy(), layer.variance.numpy())
r = tf.keras.layers.Rescaling(1. / 255)
print(r(tf.constant([[0, 127, 255]])))
img = tf.keras.layers.Rescaling(1./127.5, offset=-1)(np.array([[0., 255.]]))
print(img)
big = np.linspace(-3, 7, 70 * 2, dtype=np.float32).reshape(70, 2) ** 2
n2 = tf.keras.layers.Normalization(axis=-1)
n2.adapt(big)
print(n2.mean.numpy(), n2.variance.numpy())
print(n2(big[:3]))
model = tf.keras.Sequential([n2, tf.keras.layers.Dense(1, kernel_initializer='ones')])
print(model(big[:2]))
