import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(11)
x = np.random.RandomState(3).rand(24, 3).astype("float32")
y = (x @ np.array([[1.0], [2.0], [-1.0]], dtype="float32"))


class CustomModel(tf.keras.Model):
    def train_step(self, data):
        x, y = data
        with tf.GradientTape() as tape:
            y_pred = self(x, training=True)
            loss = self.compute_loss(y=y, y_pred=y_pred)
        grads = tape.gradient(loss, self.trainable_variables)
        self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
        return self.compute_metrics(x, y, y_pred, None)

    def predict_step(self, data):
        return self(data, training=False) * 10.0


inputs = tf.keras.Input(shape=(3,))
outputs = tf.keras.layers.Dense(1)(inputs)
model = CustomModel(inputs, outputs)
model.compile(optimizer="adam", loss="mse", metrics=["mae"])
h = model.fit(x, y, epochs=3, batch_size=8, verbose=0)
print({k: [round(float(v), 5) for v in vs] for k, vs in h.history.items()})
print(model.predict(x[:2], verbose=0))
print({k: round(float(v), 5) for k, v in model.get_metrics_result().items()})
print(model.run_eagerly)
model.run_eagerly = True
print(model.run_eagerly)
print(tf.keras.layers.Dense(4).compute_output_shape((None, 3)))
print(tf.keras.layers.Conv2D(2, 3).compute_output_shape((None, 8, 8, 1)))
