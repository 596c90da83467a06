import os
import tempfile

import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(5)
x = np.random.RandomState(2).rand(40, 4).astype("float32")
y = (x.sum(axis=1, keepdims=True) > 2).astype("float32")
model = tf.keras.Sequential([tf.keras.layers.Dense(8, activation="gelu", input_shape=(4,)),
                             tf.keras.layers.Dense(4, activation="mish"),
                             tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer=tf.keras.optimizers.SGD(0.05), loss="binary_crossentropy", metrics=["accuracy"])
d = tempfile.mkdtemp()
os.chdir(d)
csv_path = "log.csv"
ckpt = "ckpt_{epoch:02d}.weights.h5"
cbs = [tf.keras.callbacks.ReduceLROnPlateau(monitor="loss", factor=0.5, patience=1, verbose=1, min_delta=0.5),
       tf.keras.callbacks.CSVLogger(csv_path),
       tf.keras.callbacks.ModelCheckpoint(ckpt, monitor="val_loss", save_best_only=True, save_weights_only=True,
                                          verbose=1),
       tf.keras.callbacks.TerminateOnNaN()]
h = model.fit(x, y, epochs=4, batch_size=10, validation_split=0.25, callbacks=cbs, verbose=0)
print(sorted(h.history))
print(h.history["lr"])
print([round(v, 5) for v in h.history["loss"]])
with open(csv_path) as f:
    rows = f.read().splitlines()
print(rows[0])
print(len(rows), [r.split(",")[0] for r in rows[1:]])
print(sorted(os.path.basename(p) for p in os.listdir(d)))
print(float(tf.keras.backend.get_value(model.optimizer.lr)))

bad = tf.keras.Sequential([tf.keras.layers.Dense(1, input_shape=(4,), kernel_initializer="ones")])
bad.compile(optimizer=tf.keras.optimizers.SGD(1e30), loss="mse")
h2 = bad.fit(x * 1e20, y, epochs=3, batch_size=10, callbacks=[tf.keras.callbacks.TerminateOnNaN()], verbose=0)
print(len(h2.history["loss"]))
print(tf.keras.activations.gelu(tf.constant([-1.0, 0.5])).numpy(), tf.keras.activations.mish(tf.constant([-1.0, 0.5])).numpy())
print(tf.keras.activations.deserialize("relu").__name__, tf.keras.losses.get("mse").__name__,
      type(tf.keras.losses.get("MeanSquaredError")).__name__)
print(tf.keras.initializers.identity()([2, 3]))
cl = tf.keras.callbacks.CallbackList([tf.keras.callbacks.Callback()], model=model)
cl.on_epoch_begin(0)
print(type(cl).__name__, tf.losses.mse is tf.keras.losses.mse, tf.optimizers.Adam is tf.keras.optimizers.Adam)
