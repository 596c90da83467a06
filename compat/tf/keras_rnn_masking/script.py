import numpy as np
import tensorflow as tf
rng = np.random.default_rng(5)
tokens = np.array([[3, 5, 2, 0, 0], [0, 4, 1, 7, 0], [1, 2, 3, 4, 5]])
def setw(layer):
    layer.set_weights([(rng.standard_normal(w.shape) * 0.5).astype(np.float32) for w in layer.get_weights()])
for mk in [lambda: tf.keras.layers.LSTM(3), lambda: tf.keras.layers.LSTM(3, return_sequences=True, return_state=True),
           lambda: tf.keras.layers.GRU(3, go_backwards=True, return_sequences=True), lambda: tf.keras.layers.SimpleRNN(3, return_state=True),
           lambda: tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(2, return_sequences=True)),
           lambda: tf.keras.layers.Bidirectional(tf.keras.layers.GRU(2))]:
    emb, lay = tf.keras.layers.Embedding(8, 4, mask_zero=True), mk()
    lay(emb(tokens))
    setw(emb); setw(lay)
    out = lay(emb(tokens))
    for o in (out if isinstance(out, list) else [out]):
        print(np.round(o.numpy(), 4))
# stacked, as in the text classification tutorial
m = tf.keras.Sequential([tf.keras.layers.Embedding(8, 4, mask_zero=True),
    tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(3, return_sequences=True)),
    tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(2)), tf.keras.layers.Dense(1)])
m(tokens); setw(m)
print(np.round(m(tokens).numpy(), 4))
lstm = tf.keras.layers.LSTM(2, return_sequences=True)
x = rng.standard_normal((3, 5, 4)).astype(np.float32)
lstm(x); setw(lstm)
print(np.round(lstm(x, mask=tf.constant(tokens > 0)).numpy(), 4))
labels = np.array([1, 0, 1])
m.compile(optimizer=tf.keras.optimizers.Adam(0.01), loss=tf.keras.losses.BinaryCrossentropy(from_logits=True),
          metrics=['accuracy'])
hist = m.fit(tokens, labels, epochs=3, batch_size=3, shuffle=False, verbose=0)
print(np.round(hist.history['loss'], 4), np.round(hist.history['accuracy'], 4))
print(np.round(m.predict(tokens, verbose=0), 4))
