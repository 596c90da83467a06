import numpy as np
import tensorflow as tf
from tensorflow import keras
from tensorflow.keras import layers

tf.keras.utils.set_random_seed(7)
rng = np.random.RandomState(1)

inputs = keras.Input(shape=(20,), name="digits")
x = layers.Dense(16, activation="relu", name="dense_1")(inputs)
x = layers.Dense(16, activation="relu", name="dense_2")(x)
outputs = layers.Dense(10, activation="softmax", name="predictions")(x)
model = keras.Model(inputs=inputs, outputs=outputs)

x_train = rng.rand(120, 20).astype("float32")
y_train = rng.randint(0, 10, size=(120,)).astype("float32")
x_test = rng.rand(40, 20).astype("float32")
y_test = rng.randint(0, 10, size=(40,)).astype("float32")
x_val = x_train[-40:]
y_val = y_train[-40:]
x_train = x_train[:-40]
y_train = y_train[:-40]

model.compile(
    optimizer=keras.optimizers.RMSprop(),  # Optimizer
    loss=keras.losses.SparseCategoricalCrossentropy(),
    metrics=[keras.metrics.SparseCategoricalAccuracy()],
)
print("Fit model on training data")
history = model.fit(
    x_train,
    y_train,
    batch_size=16,
    epochs=2,
    validation_data=(x_val, y_val), verbose=0, shuffle=False,
)
print({k: [round(v, 4) for v in vals] for k, vals in history.history.items()})
print("Evaluate on test data")
results = model.evaluate(x_test, y_test, batch_size=20, verbose=0)
print("test loss, test acc:", [round(r, 4) for r in results])
print("Generate predictions for 3 samples")
predictions = model.predict(x_test[:3], verbose=0)
print("predictions shape:", predictions.shape)

def get_uncompiled_model():
    inputs = keras.Input(shape=(20,), name="digits")
    x = layers.Dense(16, activation="relu", name="dense_1")(inputs)
    x = layers.Dense(16, activation="relu", name="dense_2")(x)
    outputs = layers.Dense(10, activation="softmax", name="predictions")(x)
    model = keras.Model(inputs=inputs, outputs=outputs)
    return model

def get_compiled_model():
    model = get_uncompiled_model()
    model.compile(
        optimizer="rmsprop",
        loss="sparse_categorical_crossentropy",
        metrics=["sparse_categorical_accuracy"],
    )
    return model

def custom_mean_squared_error(y_true, y_pred):
    return tf.math.reduce_mean(tf.square(y_true - y_pred), axis=-1)

model = get_uncompiled_model()
model.compile(optimizer=keras.optimizers.Adam(), loss=custom_mean_squared_error)
y_train_one_hot = tf.one_hot(y_train.astype("int32"), depth=10)
h = model.fit(x_train, y_train_one_hot, batch_size=16, epochs=1, verbose=0, shuffle=False)
print(round(h.history["loss"][0], 5))

class CustomMSE(keras.losses.Loss):
    def __init__(self, regularization_factor=0.1, name="custom_mse"):
        super().__init__(name=name)
        self.regularization_factor = regularization_factor

    def call(self, y_true, y_pred):
        mse = tf.math.reduce_mean(tf.square(y_true - y_pred), axis=-1)
        reg = tf.math.reduce_mean(tf.square(0.5 - y_pred), axis=-1)
        return mse + reg * self.regularization_factor

model = get_uncompiled_model()
model.compile(optimizer=keras.optimizers.Adam(), loss=CustomMSE())
h = model.fit(x_train, y_train_one_hot, batch_size=16, epochs=1, verbose=0, shuffle=False)
print(round(h.history["loss"][0], 5))

class CategoricalTruePositives(keras.metrics.Metric):
    def __init__(self, name="categorical_true_positives", **kwargs):
        super(CategoricalTruePositives, self).__init__(name=name, **kwargs)
        self.true_positives = self.add_weight(name="ctp", initializer="zeros")

    def update_state(self, y_true, y_pred, sample_weight=None):
        y_pred = tf.reshape(tf.argmax(y_pred, axis=1), shape=(-1, 1))
        values = tf.cast(y_true, "int32") == tf.cast(y_pred, "int32")
        values = tf.cast(values, "float32")
        if sample_weight is not None:
            sample_weight = tf.cast(sample_weight, "float32")
            values = tf.multiply(values, sample_weight)
        self.true_positives.assign_add(tf.reduce_sum(values))

    def result(self):
        return self.true_positives

    def reset_state(self):
        # The state of the metric will be reset at the start of each epoch.
        self.true_positives.assign(0.0)

model = get_uncompiled_model()
model.compile(
    optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),
    loss=keras.losses.SparseCategoricalCrossentropy(),
    metrics=[CategoricalTruePositives()],
)
h = model.fit(x_train, y_train, batch_size=16, epochs=3, verbose=0, shuffle=False)
print({k: [round(v, 4) for v in vals] for k, vals in h.history.items()})

class ActivityRegularizationLayer(layers.Layer):
    def call(self, inputs):
        self.add_loss(tf.reduce_sum(inputs) * 0.1)
        return inputs  # Pass-through layer.

inputs = keras.Input(shape=(20,), name="digits")
x = layers.Dense(16, activation="relu", name="dense_1")(inputs)
x = ActivityRegularizationLayer()(x)
x = layers.Dense(16, activation="relu", name="dense_2")(x)
outputs = layers.Dense(10, name="predictions")(x)
model = keras.Model(inputs=inputs, outputs=outputs)
model.compile(
    optimizer=keras.optimizers.RMSprop(learning_rate=1e-3),
    loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True),
)
h = model.fit(x_train, y_train, batch_size=16, epochs=1, verbose=0, shuffle=False)
print(round(h.history["loss"][0], 4))

model = get_compiled_model()
h = model.fit(x_train, y_train, batch_size=16, validation_split=0.2, epochs=1, verbose=0, shuffle=False)
print(sorted(h.history), round(h.history["val_loss"][0], 4))

model = get_compiled_model()
train_dataset = tf.data.Dataset.from_tensor_slices((x_train, y_train))
train_dataset = train_dataset.batch(16)
test_dataset = tf.data.Dataset.from_tensor_slices((x_test, y_test))
test_dataset = test_dataset.batch(16)
h = model.fit(train_dataset, epochs=2, verbose=0)
print([round(v, 4) for v in h.history["loss"]])
print("Evaluate")
result = model.evaluate(test_dataset, verbose=0)
print([round(r, 4) for r in result])
result = model.evaluate(test_dataset, verbose=0, return_dict=True)
print({k: round(v, 4) for k, v in result.items()})

model = get_compiled_model()
h = model.fit(train_dataset, epochs=2, steps_per_epoch=3, verbose=0)
print([round(v, 4) for v in h.history["loss"]])

class_weight = {i: 1.0 for i in range(10)}
class_weight[5] = 2.0
model = get_compiled_model()
h = model.fit(x_train, y_train, class_weight=class_weight, batch_size=16, epochs=1, verbose=0, shuffle=False)
print(round(h.history["loss"][0], 4))

sample_weight = np.ones(shape=(len(y_train),))
sample_weight[y_train == 5] = 2.0
model = get_compiled_model()
h = model.fit(x_train, y_train, sample_weight=sample_weight, batch_size=16, epochs=1, verbose=0, shuffle=False)
print(round(h.history["loss"][0], 4))

image_input = keras.Input(shape=(8, 8, 3), name="img_input")
timeseries_input = keras.Input(shape=(None, 10), name="ts_input")
x1 = layers.Conv2D(3, 3)(image_input)
x1 = layers.GlobalMaxPooling2D()(x1)
x2 = layers.Conv1D(3, 3)(timeseries_input)
x2 = layers.GlobalMaxPooling1D()(x2)
x = layers.concatenate([x1, x2])
score_output = layers.Dense(1, name="score_output")(x)
class_output = layers.Dense(5, name="class_output")(x)
model = keras.Model(inputs=[image_input, timeseries_input], outputs=[score_output, class_output])
model.summary()
model.compile(
    optimizer=keras.optimizers.RMSprop(1e-3),
    loss=[keras.losses.MeanSquaredError(), keras.losses.CategoricalCrossentropy()],
    metrics=[
        [keras.metrics.MeanAbsolutePercentageError(), keras.metrics.MeanAbsoluteError()],
        [keras.metrics.CategoricalAccuracy()],
    ],
)
model.compile(
    optimizer=keras.optimizers.RMSprop(1e-3),
    loss={
        "score_output": keras.losses.MeanSquaredError(),
        "class_output": keras.losses.CategoricalCrossentropy(),
    },
    metrics={
        "score_output": [keras.metrics.MeanAbsolutePercentageError(), keras.metrics.MeanAbsoluteError()],
        "class_output": [keras.metrics.CategoricalAccuracy()],
    },
    loss_weights={"score_output": 2.0, "class_output": 1.0},
)
img_data = rng.random_sample(size=(20, 8, 8, 3))
ts_data = rng.random_sample(size=(20, 12, 10))
score_targets = rng.random_sample(size=(20, 1))
class_targets = rng.random_sample(size=(20, 5))
h = model.fit([img_data, ts_data], [score_targets, class_targets], batch_size=8, epochs=2, verbose=0, shuffle=False)
print({k: [round(v, 3) for v in vals] for k, vals in h.history.items()})
h = model.fit(
    {"img_input": img_data, "ts_input": ts_data},
    {"score_output": score_targets, "class_output": class_targets},
    batch_size=8, epochs=1, verbose=0, shuffle=False,
)
print(sorted(h.history))

initial_learning_rate = 0.1
lr_schedule = keras.optimizers.schedules.ExponentialDecay(
    initial_learning_rate, decay_steps=10, decay_rate=0.96, staircase=True
)
optimizer = keras.optimizers.RMSprop(learning_rate=lr_schedule)
print(float(lr_schedule(25)))
model = get_uncompiled_model()
model.compile(optimizer=optimizer, loss="sparse_categorical_crossentropy")
callbacks = [keras.callbacks.EarlyStopping(monitor="val_loss", min_delta=1e-2, patience=1, verbose=1)]
h = model.fit(x_train, y_train, epochs=5, batch_size=16, callbacks=callbacks, validation_split=0.2, verbose=0, shuffle=False)
print(len(h.history["loss"]))
