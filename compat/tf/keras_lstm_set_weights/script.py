import numpy as np
import tensorflow as tf

rng = np.random.default_rng(7)
x = rng.standard_normal((2, 5, 3)).astype(np.float32)


def set_from_numpy(layer):
    layer.set_weights([(rng.standard_normal(w.shape) * 0.4).astype(np.float32) for w in layer.get_weights()])


lstm = tf.keras.layers.LSTM(4, return_sequences=True, return_state=True)
lstm(x)
set_from_numpy(lstm)
seq, h, c = lstm(x)
print(seq.shape, h.shape, c.shape)
print(np.round(seq.numpy(), 4))
print(np.round(h.numpy(), 4))
print(np.round(c.numpy(), 4))
print(np.allclose(seq[:, -1], h))

gru = tf.keras.layers.GRU(3)
gru(x)
set_from_numpy(gru)
print([w.shape for w in gru.get_weights()])
print(np.round(gru(x).numpy(), 4))

gru2 = tf.keras.layers.GRU(3, reset_after=False, go_backwards=True, return_sequences=True)
gru2(x)
set_from_numpy(gru2)
print([w.shape for w in gru2.get_weights()])
print(np.round(gru2(x).numpy(), 4))

rnn = tf.keras.layers.SimpleRNN(3, return_state=True)
rnn(x)
set_from_numpy(rnn)
out, state = rnn(x)
print(np.round(out.numpy(), 4), np.round(state.numpy(), 4))

cell_rnn = tf.keras.layers.RNN(tf.keras.layers.LSTMCell(2), return_sequences=True)
cell_rnn(x)
set_from_numpy(cell_rnn)
print(np.round(cell_rnn(x).numpy(), 4))

bi = tf.keras.layers.Bidirectional(tf.keras.layers.LSTM(2, return_sequences=True))
bi(x)
set_from_numpy(bi)
print(bi(x).shape)
print(np.round(bi(x).numpy(), 4))

xt = tf.constant(x)
with tf.GradientTape() as tape:
    tape.watch(xt)
    loss = tf.reduce_sum(lstm(xt)[0] ** 2)
grads = tape.gradient(loss, lstm.trainable_variables + [xt])
print([g.shape for g in grads])
print(np.round(grads[2].numpy(), 3))
print(np.round(grads[3].numpy()[0], 3))

model = tf.keras.Sequential([tf.keras.layers.LSTM(4, input_shape=(5, 3)), tf.keras.layers.Dense(1)])
set_from_numpy(model)
y = rng.standard_normal((2, 1)).astype(np.float32)
model.compile(optimizer=tf.keras.optimizers.SGD(0.1), loss='mse')
h = model.fit(x, y, epochs=4, batch_size=2, shuffle=False, verbose=0)
print(np.round(h.history['loss'], 4))
print(round(model.evaluate(x, y, verbose=0), 4))
print(np.round(model.predict(x, verbose=0), 4))
