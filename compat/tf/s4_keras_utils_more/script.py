import numpy as np
import tensorflow as tf

data = np.arange(20, dtype="float64").reshape(10, 2)
targets = np.arange(10) * 10
ds = tf.keras.utils.timeseries_dataset_from_array(data, targets, sequence_length=3, sequence_stride=2,
                                                  sampling_rate=1, batch_size=2)
for x, y in ds:
    print(x.numpy().tolist(), y.numpy().tolist(), x.dtype, y.dtype)
ds2 = tf.keras.utils.timeseries_dataset_from_array(np.arange(10), None, sequence_length=4, sampling_rate=2,
                                                   batch_size=None)
print([w.numpy().tolist() for w in ds2])
print(tf.keras.utils.normalize(np.array([[3.0, 4.0], [0.0, 0.0]])))
print(tf.keras.utils.unpack_x_y_sample_weight((1, 2)), tf.keras.utils.pack_x_y_sample_weight(1, 2, 3))


@tf.keras.utils.register_keras_serializable(package="MyLayers")
class Scale(tf.keras.layers.Layer):
    def __init__(self, factor=2.0, **kwargs):
        super().__init__(**kwargs)
        self.factor = factor

    def call(self, x):
        return x * self.factor

    def get_config(self):
        c = super().get_config()
        c["factor"] = self.factor
        return c


print(tf.keras.utils.get_registered_name(Scale), "MyLayers>Scale" in tf.keras.utils.get_custom_objects())
cfg = tf.keras.utils.serialize_keras_object(Scale(3.0, name="sc"))
print(cfg["class_name"], cfg["config"], cfg["registered_name"])
obj = tf.keras.utils.deserialize_keras_object(cfg)
print(type(obj).__name__, obj.factor, obj.name)
with tf.keras.utils.custom_object_scope({"Foo": Scale}):
    print("Foo" in tf.keras.utils.get_custom_objects())
print("Foo" in tf.keras.utils.get_custom_objects())
print(tf.atan2(tf.constant(1.0), tf.constant(1.0)))
