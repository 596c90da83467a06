import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(0)
print(tf.keras.initializers.Orthogonal(seed=5)((3, 3)).numpy())
print(np.round(tf.keras.initializers.Orthogonal(gain=0.5, seed=2)((2, 6)).numpy(), 4))
print(tf.keras.initializers.orthogonal(seed=1)((2, 2, 3)).numpy())
print(tf.keras.initializers.Orthogonal(seed=9)((40, 30)).numpy()[:2, :6])

# time-series style: windows of a sine wave, LSTM(return_sequences) + Dense on every step
series = np.sin(np.arange(60, dtype=np.float32) * 0.3)
windows = np.stack([series[i:i + 8] for i in range(0, 48, 4)])[..., None]
targets = np.stack([series[i + 1:i + 9] for i in range(0, 48, 4)])[..., None]
model = tf.keras.Sequential([
    tf.keras.layers.LSTM(6, return_sequences=True, input_shape=(8, 1)),
    tf.keras.layers.Dense(1),
])
kernel, recurrent, bias = model.layers[0].get_weights()
print([w.name for w in model.weights])
print(np.round(kernel, 4))
print(recurrent.shape, np.round(recurrent @ recurrent.T, 3) + 0.0)
print(recurrent[:2])
print(bias)
print(np.round(model.layers[1].kernel.numpy().ravel(), 4))
model.compile(optimizer=tf.keras.optimizers.Adam(0.01), loss=tf.keras.losses.MeanSquaredError(),
              metrics=[tf.keras.metrics.MeanAbsoluteError()])
hist = model.fit(windows, targets, epochs=4, batch_size=4, shuffle=False, verbose=0)
print({k: np.round(v, 4).tolist() for k, v in hist.history.items()})
print(np.round(model.predict(windows[:2], verbose=0)[:, -3:, 0], 4))

gru = tf.keras.Sequential([tf.keras.layers.GRU(3, input_shape=(8, 1)), tf.keras.layers.Dense(1)])
gru.compile(optimizer='sgd', loss='mse')
hist = gru.fit(windows, targets[:, -1], epochs=3, batch_size=6, shuffle=False, verbose=0)
print(np.round(hist.history['loss'], 4))
