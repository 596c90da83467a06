import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(42)
rng = np.random.RandomState(0)
x = rng.rand(50, 6).astype("float32")
y = (x[:, 0] + x[:, 1] * 2 > 1.4).astype("int64")

model = tf.keras.Sequential([
    tf.keras.layers.Dense(16, activation="relu", input_shape=(6,)),
    tf.keras.layers.Dense(2),
])
model.compile(optimizer="adam", loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True),
              metrics=["accuracy"])
h = model.fit(x, y, epochs=4, batch_size=8, validation_split=0.2, verbose=0)
for k, v in h.history.items():
    print(k, [round(float(a), 6) for a in v])
print(model.evaluate(x, y, verbose=0))
h2 = model.fit(x, y, epochs=2, batch_size=16, verbose=0, sample_weight=np.linspace(0.5, 1.5, 50))
print([round(float(a), 6) for a in h2.history["loss"]])
print(np.round(model.predict(x[:3], verbose=0), 5))

tf.random.set_seed(7)
m2 = tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=(6,))])
m2.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss="mse")
h3 = m2.fit(x, x[:, :1] * 3 - 1, epochs=3, batch_size=5, verbose=0)
print([round(float(a), 6) for a in h3.history["loss"]], m2.get_weights()[1])
