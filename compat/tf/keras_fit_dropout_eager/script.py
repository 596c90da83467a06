import numpy as np
import tensorflow as tf
tf.keras.utils.set_random_seed(1)
x = np.linspace(-1, 1, 40, dtype=np.float32).reshape(20, 2)
y = (x[:, 0] + x[:, 1] > 0).astype(np.int64)
model = tf.keras.Sequential([
    tf.keras.layers.Dense(8, activation='relu', input_shape=(2,)),
    tf.keras.layers.Dropout(0.25),
    tf.keras.layers.Dense(2)
])
model.summary()
model.compile(optimizer=tf.keras.optimizers.SGD(0.1),
              loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"], run_eagerly=True)
hist = model.fit(x, y, batch_size=8, epochs=3, shuffle=False, verbose=0)
print(hist.history)
print(hist.epoch)
print(model.evaluate(x, y, verbose=0))
print(np.round(model.predict(x[:3], verbose=0), 4))
print(model.metrics_names)
