import numpy as np
import tensorflow as tf

model = tf.keras.Sequential([
    tf.keras.layers.Embedding(50, 8, input_length=7),
    tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(6, return_sequences=True)),
    tf.keras.layers.Bidirectional(tf.keras.layers.GRU(4)),
    tf.keras.layers.Dense(5, activation='relu'),
    tf.keras.layers.Dense(1),
])
tokens = (np.arange(4 * 7).reshape(4, 7) * 7) % 50
labels = np.array([0, 1, 1, 0])
model(tokens)
model.summary()
for w in model.weights:
    print(w.name, w.shape)
print(model.count_params(), len(model.trainable_variables))
rng = np.random.default_rng(3)
model.set_weights([(rng.standard_normal(w.shape) * 0.3).astype(np.float32) for w in model.weights])
model.compile(loss=tf.keras.losses.BinaryCrossentropy(from_logits=True), optimizer=tf.keras.optimizers.SGD(0.05),
              metrics=['accuracy'])
hist = model.fit(tokens, labels, epochs=3, batch_size=2, shuffle=False, verbose=0)
print(np.round(hist.history['loss'], 4), hist.history['accuracy'])
print(np.round(model.predict(tokens, verbose=0), 4))

ts = tf.keras.Sequential([
    tf.keras.layers.LSTM(8, return_sequences=True, input_shape=(10, 2)),
    tf.keras.layers.SimpleRNN(3),
    tf.keras.layers.Dense(1),
])
ts.summary()
print([layer.output_shape for layer in ts.layers])

inp = tf.keras.Input(shape=(None, 3))
out, h, c = tf.keras.layers.LSTM(5, return_state=True, name='encoder')(inp)
enc = tf.keras.Model(inp, [out, h, c])
enc.summary()
print(enc.layers[1].cell.name, enc.layers[1].units, list(enc.layers[1].cell.state_size))
