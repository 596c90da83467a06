import os
import tempfile

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(3)
x = np.random.RandomState(1).rand(16, 3).astype("float32")
y = (x @ np.array([[1.0], [-2.0], [0.5]], dtype="float32")).astype("float32")

inputs = tf.keras.Input(shape=(3,), name="digits")
h = tf.keras.layers.Dense(4, activation="relu", name="dense_1")(inputs)
outputs = tf.keras.layers.Dense(1, name="predictions")(h)
model = tf.keras.Model(inputs=inputs, outputs=outputs, name="small")
model.compile(optimizer=tf.keras.optimizers.Adam(0.01), loss="mse")
model.fit(x, y, batch_size=4, epochs=2, verbose=0)

d = tempfile.mkdtemp()
path = os.path.join(d, "my_model.keras")
model.save(path)
del model
model = tf.keras.models.load_model(path)
print(model.name, [l.name for l in model.layers], [w.name for w in model.weights])
print(model.predict(x[:2], verbose=0))
print(model.optimizer.iterations.numpy(), type(model.optimizer).__name__)
h = model.fit(x, y, batch_size=4, epochs=1, verbose=0)
print(round(h.history["loss"][0], 5))

config = model.get_config()
print(config["name"], [e["class_name"] for e in config["layers"]], config["input_layers"], config["output_layers"])
new_model = tf.keras.Model.from_config(config)
new_model.summary()
new_model.set_weights(model.get_weights())
print(np.allclose(new_model.predict(x[:2], verbose=0), model.predict(x[:2], verbose=0)))

wpath = os.path.join(d, "w.weights.h5")
model.save_weights(wpath)
new_model.load_weights(wpath)
print(np.array_equal(new_model.layers[1].kernel.numpy(), model.layers[1].kernel.numpy()))

seq = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(3, activation="tanh"),
                           tf.keras.layers.Dropout(0.25), tf.keras.layers.Dense(2, use_bias=False)], name="seq")
cfg = seq.get_config()
print(cfg["name"], [(e["class_name"], e["config"].get("name")) for e in cfg["layers"]])
print(cfg["layers"][1]["config"])
print(cfg["layers"][2]["config"])
seq2 = tf.keras.Sequential.from_config(cfg)
print([l.name for l in seq2.layers], [w.shape for w in seq2.weights])
clone = tf.keras.models.clone_model(seq)
print([l.name for l in clone.layers], [w.shape for w in clone.weights])
js = seq.to_json()
print(js[:120])
seq3 = tf.keras.models.model_from_json(js)
print([l.name for l in seq3.layers])


class Linear(tf.keras.layers.Layer):
    def __init__(self, units=32, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="random_normal", trainable=True)

    def call(self, inputs):
        return tf.matmul(inputs, self.w)

    def get_config(self):
        config = super().get_config()
        config.update({"units": self.units})
        return config


layer = Linear(64)
config = layer.get_config()
print(config)
new_layer = Linear.from_config(config)
print(new_layer.name, new_layer.units)


class Auto(tf.keras.layers.Layer):
    def __init__(self, units, rate=0.5, **kwargs):
        super().__init__(**kwargs)
        self.units = units


print(Auto(3).get_config(), Auto(3, rate=0.1, name="auto_named").get_config())
print(tf.keras.layers.Conv2D(4, 3, strides=2, padding="same").get_config()["kernel_size"],
      tf.keras.layers.Dropout(0.3).get_config(), tf.keras.layers.Flatten().get_config()["name"])
print(tf.keras.optimizers.SGD(0.1, momentum=0.9).get_config())
