import numpy as np
import tensorflow as tf
for opt in [tf.keras.optimizers.RMSprop(0.01), tf.keras.optimizers.RMSprop(0.01, momentum=0.9, centered=True),
            tf.keras.optimizers.Adagrad(0.1), tf.keras.optimizers.Adamax(0.05), tf.keras.optimizers.AdamW(0.05, weight_decay=0.01)]:
    w = tf.Variable([[1.0, -2.0, 3.0, 0.5, -0.25, 4.0, 1.5, -3.0, 2.0]])
    for i in range(4):
        with tf.GradientTape() as t:
            loss = tf.reduce_sum(w ** 2 * tf.constant([[1., 2., 3., 4., 5., 6., 7., 8., 9.]]))
        opt.apply_gradients([(t.gradient(loss, w), w)])
    print(type(opt).__name__, w.numpy())
m = tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=(2,))])
m.compile(loss='mse')
print(type(m.optimizer).__name__)
