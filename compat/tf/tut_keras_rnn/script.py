import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

tf.keras.utils.set_random_seed(9)
model = keras.Sequential()
model.add(layers.Embedding(input_dim=100, output_dim=8))
model.add(layers.LSTM(16))
model.add(layers.Dense(10))
model.build((None, None))
model.summary()

model = keras.Sequential()
model.add(layers.Embedding(input_dim=100, output_dim=8))
model.add(layers.GRU(32, return_sequences=True))
model.add(layers.SimpleRNN(16))
model.add(layers.Dense(10))
model.build((None, None))
model.summary()

encoder_vocab = 100
decoder_vocab = 200
encoder_input = layers.Input(shape=(None,))
encoder_embedded = layers.Embedding(input_dim=encoder_vocab, output_dim=8)(encoder_input)
output, state_h, state_c = layers.LSTM(8, return_state=True, name="encoder")(encoder_embedded)
encoder_state = [state_h, state_c]
decoder_input = layers.Input(shape=(None,))
decoder_embedded = layers.Embedding(input_dim=decoder_vocab, output_dim=8)(decoder_input)
decoder_output = layers.LSTM(8, name="decoder")(decoder_embedded, initial_state=encoder_state)
output = layers.Dense(10)(decoder_output)
model = keras.Model([encoder_input, decoder_input], output)
model.summary()

paragraph1 = np.random.RandomState(0).random((4, 5, 3)).astype(np.float32)
paragraph2 = np.random.RandomState(1).random((4, 5, 3)).astype(np.float32)
lstm_layer = layers.LSTM(4, stateful=True)
output = lstm_layer(paragraph1)
output = lstm_layer(paragraph2)
print(output.numpy().round(4))
lstm_layer.reset_states()
print(lstm_layer(paragraph1).numpy().round(4))

model = keras.Sequential()
model.add(layers.Bidirectional(layers.LSTM(8, return_sequences=True), input_shape=(5, 10)))
model.add(layers.Bidirectional(layers.LSTM(4)))
model.add(layers.Dense(10))
model.summary()

batch_size = 8
input_dim = 6
units = 16
output_size = 10

def build_model(allow_cudnn_kernel=True):
    if allow_cudnn_kernel:
        lstm_layer = keras.layers.LSTM(units, input_shape=(None, input_dim))
    else:
        lstm_layer = keras.layers.RNN(keras.layers.LSTMCell(units), input_shape=(None, input_dim))
    model = keras.models.Sequential(
        [lstm_layer, keras.layers.BatchNormalization(), keras.layers.Dense(output_size)]
    )
    return model

x_train = np.random.RandomState(3).random((32, 7, input_dim)).astype("float32")
y_train = np.random.RandomState(4).randint(0, 10, size=(32,))
model = build_model(allow_cudnn_kernel=True)
model.summary()
model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), optimizer="sgd", metrics=["accuracy"])
h = model.fit(x_train, y_train, validation_data=(x_train[:8], y_train[:8]), batch_size=batch_size, epochs=1, verbose=0, shuffle=False)
print({k: [round(v, 4) for v in vals] for k, vals in h.history.items()})
slow_model = build_model(allow_cudnn_kernel=False)
slow_model.set_weights(model.get_weights())
slow_model.compile(loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), optimizer="sgd", metrics=["accuracy"])
h = slow_model.fit(x_train, y_train, validation_data=(x_train[:8], y_train[:8]), batch_size=batch_size, epochs=1, verbose=0, shuffle=False)
print({k: [round(v, 4) for v in vals] for k, vals in h.history.items()})
result = tf.argmax(model.predict(x_train[:1], verbose=0), axis=1).numpy()
print(result.shape)
