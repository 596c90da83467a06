import numpy as np
import tensorflow as tf
tf.keras.utils.set_random_seed(0)
x = (np.arange(4 * 6 * 6 * 1, dtype=np.float32).reshape(4, 6, 6, 1) % 5) / 4.0
y = np.array([0, 1, 1, 0])
model = tf.keras.Sequential([
    tf.keras.layers.Conv2D(3, 3, activation='relu', padding='same', input_shape=(6, 6, 1)),
    tf.keras.layers.MaxPooling2D(),
    tf.keras.layers.Conv2D(2, (2, 2)),
    tf.keras.layers.BatchNormalization(),
    tf.keras.layers.GlobalAveragePooling2D(),
    tf.keras.layers.Dense(2),
])
model.summary()
print([w.name for w in model.weights])
print(np.round(model(x).numpy(), 4))
model.compile(optimizer='sgd', loss=tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=['accuracy'])
h = model.fit(x, y, epochs=2, batch_size=2, shuffle=False, verbose=0)
print(np.round(h.history['loss'], 4), h.history['accuracy'])
print(np.round(model.layers[3].moving_mean.numpy(), 4))
emb = tf.keras.layers.Embedding(10, 3)
print(emb(tf.constant([[1, 2], [3, 9]])).shape)
ln = tf.keras.layers.LayerNormalization()
print(np.round(ln(tf.constant([[1., 2., 4.], [0., -1., 5.]])).numpy(), 4))
