import numpy as np
import tensorflow as tf
class M(tf.keras.Model):
    def __init__(self):
        super().__init__()
        self._hidden = tf.Variable([1.0, 2.0], name="h")
        self.d = tf.keras.layers.Dense(2, kernel_initializer="ones")
        self.frozen = tf.Variable(3.0, trainable=False)
    def call(self, x):
        return self.d(x) * self._hidden + self.frozen
m = M()
print(m(np.array([[1.0, 2.0]], np.float32)))
print([v.name for v in m.trainable_variables], [v.name for v in m.non_trainable_variables])
print([v.name for v in m.variables], m.name)
s = tf.keras.Sequential([tf.keras.layers.Dense(3, activation="relu", kernel_initializer="ones"), tf.keras.layers.Dense(1, kernel_initializer="ones")])
print(s(tf.constant([[1.0, -0.5]])))
print([v.name for v in s.trainable_variables])
opt = tf.keras.optimizers.SGD(0.1)
with tf.GradientTape() as t:
    loss = tf.reduce_sum(m(tf.constant([[1.0, 2.0]])) ** 2)
g = t.gradient(loss, m.trainable_variables)
opt.apply_gradients(zip(g, m.trainable_variables))
print([x.numpy() for x in m.trainable_variables])
