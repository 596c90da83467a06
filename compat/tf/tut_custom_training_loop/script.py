import time
import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

tf.keras.utils.set_random_seed(3)

inputs = keras.Input(shape=(20,), name="digits")
x1 = layers.Dense(16, activation="relu")(inputs)
x2 = layers.Dense(16, activation="relu")(x1)
outputs = layers.Dense(10, name="predictions")(x2)
model = keras.Model(inputs=inputs, outputs=outputs)

# Instantiate an optimizer.
optimizer = keras.optimizers.SGD(learning_rate=1e-2)
# Instantiate a loss function.
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)

# Prepare the training dataset.
batch_size = 16
rng = np.random.RandomState(0)
x_train = rng.rand(96, 20).astype("float32")
y_train = rng.randint(0, 10, size=(96,))
x_val = x_train[-32:]
y_val = y_train[-32:]
x_train = x_train[:-32]
y_train = y_train[:-32]

train_dataset = tf.data.Dataset.from_tensor_slices((x_train, y_train))
train_dataset = train_dataset.batch(batch_size)
val_dataset = tf.data.Dataset.from_tensor_slices((x_val, y_val))
val_dataset = val_dataset.batch(batch_size)

epochs = 2
for epoch in range(epochs):
    print("\nStart of epoch %d" % (epoch,))
    # Iterate over the batches of the dataset.
    for step, (x_batch_train, y_batch_train) in enumerate(train_dataset):
        with tf.GradientTape() as tape:
            logits = model(x_batch_train, training=True)  # Logits for this minibatch
            loss_value = loss_fn(y_batch_train, logits)
        grads = tape.gradient(loss_value, model.trainable_weights)
        optimizer.apply_gradients(zip(grads, model.trainable_weights))
        if step % 2 == 0:
            print("Training loss (for one batch) at step %d: %.4f" % (step, float(loss_value)))
            print("Seen so far: %s samples" % ((step + 1) * batch_size))

# Get model
inputs = keras.Input(shape=(20,), name="digits")
x = layers.Dense(16, activation="relu", name="dense_1")(inputs)
x = layers.Dense(16, activation="relu", name="dense_2")(x)
outputs = layers.Dense(10, name="predictions")(x)
model = keras.Model(inputs=inputs, outputs=outputs)
optimizer = keras.optimizers.SGD(learning_rate=1e-2)
loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
train_acc_metric = keras.metrics.SparseCategoricalAccuracy()
val_acc_metric = keras.metrics.SparseCategoricalAccuracy()

for epoch in range(epochs):
    print("\nStart of epoch %d" % (epoch,))
    for step, (x_batch_train, y_batch_train) in enumerate(train_dataset):
        with tf.GradientTape() as tape:
            logits = model(x_batch_train, training=True)
            loss_value = loss_fn(y_batch_train, logits)
        grads = tape.gradient(loss_value, model.trainable_weights)
        optimizer.apply_gradients(zip(grads, model.trainable_weights))
        train_acc_metric.update_state(y_batch_train, logits)
        if step % 2 == 0:
            print("Training loss (for one batch) at step %d: %.4f" % (step, float(loss_value)))
    train_acc = train_acc_metric.result()
    print("Training acc over epoch: %.4f" % (float(train_acc),))
    train_acc_metric.reset_states()
    for x_batch_val, y_batch_val in val_dataset:
        val_logits = model(x_batch_val, training=False)
        val_acc_metric.update_state(y_batch_val, val_logits)
    val_acc = val_acc_metric.result()
    val_acc_metric.reset_states()
    print("Validation acc: %.4f" % (float(val_acc),))

@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        logits = model(x, training=True)
        loss_value = loss_fn(y, logits)
    grads = tape.gradient(loss_value, model.trainable_weights)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    train_acc_metric.update_state(y, logits)
    return loss_value

@tf.function
def test_step(x, y):
    val_logits = model(x, training=False)
    val_acc_metric.update_state(y, val_logits)

for epoch in range(epochs):
    print("\nStart of epoch %d" % (epoch,))
    for step, (x_batch_train, y_batch_train) in enumerate(train_dataset):
        loss_value = train_step(x_batch_train, y_batch_train)
        if step % 2 == 0:
            print("Training loss (for one batch) at step %d: %.4f" % (step, float(loss_value)))
    train_acc = train_acc_metric.result()
    print("Training acc over epoch: %.4f" % (float(train_acc),))
    train_acc_metric.reset_states()
    for x_batch_val, y_batch_val in val_dataset:
        test_step(x_batch_val, y_batch_val)
    val_acc = val_acc_metric.result()
    val_acc_metric.reset_states()
    print("Validation acc: %.4f" % (float(val_acc),))

class ActivityRegularizationLayer(layers.Layer):
    def call(self, inputs):
        self.add_loss(1e-2 * tf.reduce_sum(inputs))
        return inputs

inputs = keras.Input(shape=(20,), name="digits")
x = layers.Dense(16, activation="relu")(inputs)
# Insert activity regularization as a layer
x = ActivityRegularizationLayer()(x)
x = layers.Dense(16, activation="relu")(x)
outputs = layers.Dense(10, name="predictions")(x)
model = keras.Model(inputs=inputs, outputs=outputs)
optimizer = keras.optimizers.SGD(learning_rate=1e-2)

@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        logits = model(x, training=True)
        loss_value = loss_fn(y, logits)
        # Add any extra losses created during the forward pass.
        loss_value += sum(model.losses)
    grads = tape.gradient(loss_value, model.trainable_weights)
    optimizer.apply_gradients(zip(grads, model.trainable_weights))
    train_acc_metric.update_state(y, logits)
    return loss_value

for step, (xb, yb) in enumerate(train_dataset):
    lv = train_step(xb, yb)
    print(step, "%.4f" % float(lv), len(model.losses))

try:
    keras.optimizers.SGD(0.1).apply_gradients([(tf.constant(1.0), tf.Variable(1.0))]) or None
    opt = keras.optimizers.SGD(0.1)
    opt.apply_gradients([(tf.constant(1.0), tf.Variable(1.0, name="a"))])
    opt.apply_gradients([(tf.constant(1.0), tf.Variable(2.0, name="b"))])
except KeyError as e:
    print("KeyError:", e)

reg_model = keras.Sequential([
    keras.Input(shape=(20,)),
    layers.Dense(8, activation="relu", kernel_regularizer=keras.regularizers.l2(0.001)),
    layers.Dense(8, activation="relu", kernel_regularizer=keras.regularizers.l1(0.001), bias_regularizer="l2",
                 activity_regularizer=keras.regularizers.L1L2(l1=0.01, l2=0.02)),
    layers.Dense(10),
])
print(len(reg_model.losses))
reg_model(x_train[:4])
print([round(float(l), 5) for l in reg_model.losses])
reg_model.compile(optimizer=keras.optimizers.SGD(0.05),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=["accuracy"])
h = reg_model.fit(x_train, y_train, batch_size=16, epochs=3, shuffle=False, verbose=0)
print([round(v, 4) for v in h.history["loss"]], [round(v, 4) for v in h.history["accuracy"]])
print(len(reg_model.losses))

# GAN-ish pieces: a discriminator + generator with separate optimizers
discriminator = keras.Sequential(
    [keras.Input(shape=(8,)), layers.Dense(8), layers.LeakyReLU(alpha=0.2), layers.Dense(1)],
    name="discriminator",
)
discriminator.summary()
latent_dim = 4
generator = keras.Sequential(
    [keras.Input(shape=(latent_dim,)), layers.Dense(8), layers.LeakyReLU(alpha=0.2), layers.Dense(8, activation="sigmoid")],
    name="generator",
)
d_optimizer = keras.optimizers.Adam(learning_rate=0.0003)
g_optimizer = keras.optimizers.Adam(learning_rate=0.0004)
loss_fn = keras.losses.BinaryCrossentropy(from_logits=True)

def gan_step(real_images, random_latent_vectors, misleading):
    generated_images = generator(random_latent_vectors)
    combined_images = tf.concat([generated_images, real_images], axis=0)
    labels = tf.concat([tf.ones((4, 1)), tf.zeros((real_images.shape[0], 1))], axis=0)
    with tf.GradientTape() as tape:
        predictions = discriminator(combined_images)
        d_loss = loss_fn(labels, predictions)
    grads = tape.gradient(d_loss, discriminator.trainable_weights)
    d_optimizer.apply_gradients(zip(grads, discriminator.trainable_weights))
    misleading_labels = tf.zeros((4, 1))
    with tf.GradientTape() as tape:
        predictions = discriminator(generator(misleading))
        g_loss = loss_fn(misleading_labels, predictions)
    grads = tape.gradient(g_loss, generator.trainable_weights)
    g_optimizer.apply_gradients(zip(grads, generator.trainable_weights))
    return d_loss, g_loss, generated_images

real = rng.rand(4, 8).astype("float32")
for i in range(3):
    d_loss, g_loss, gen = gan_step(real, tf.constant(rng.normal(size=(4, latent_dim)).astype("float32")),
                                   tf.constant(rng.normal(size=(4, latent_dim)).astype("float32")))
    print("d %.4f g %.4f" % (float(d_loss), float(g_loss)), gen.shape)
