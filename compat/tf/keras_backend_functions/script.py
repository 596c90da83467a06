# tf.keras.backend (K) functions as custom losses and metrics of Keras tutorials use them.
import numpy as np
import tensorflow as tf
from tensorflow.keras import backend as K


def recall_m(y_true, y_pred):
    true_positives = K.sum(K.round(K.clip(y_true * y_pred, 0, 1)))
    possible_positives = K.sum(K.round(K.clip(y_true, 0, 1)))
    return true_positives / (possible_positives + K.epsilon())


def precision_m(y_true, y_pred):
    true_positives = K.sum(K.round(K.clip(y_true * y_pred, 0, 1)))
    predicted_positives = K.sum(K.round(K.clip(y_pred, 0, 1)))
    return true_positives / (predicted_positives + K.epsilon())


def f1_m(y_true, y_pred):
    p, r = precision_m(y_true, y_pred), recall_m(y_true, y_pred)
    return 2 * ((p * r) / (p + r + K.epsilon()))


def rmse(y_true, y_pred):
    return K.sqrt(K.mean(K.square(y_pred - y_true), axis=-1))


y_true = tf.constant([[1.0, 0.0, 1.0, 1.0], [0.0, 1.0, 0.0, 1.0]])
y_pred = tf.constant([[0.9, 0.2, 0.4, 0.8], [0.1, 0.7, 0.6, 0.3]])
print(recall_m(y_true, y_pred).numpy(), precision_m(y_true, y_pred).numpy(), f1_m(y_true, y_pred).numpy())
print(rmse(y_true, y_pred).numpy())
print(K.binary_crossentropy(y_true, y_pred).numpy())
print(K.categorical_crossentropy(y_true / K.sum(y_true, axis=-1, keepdims=True), K.softmax(y_pred)).numpy())
x = K.variable(np.arange(6).reshape(2, 3), name="kv")
print(x, K.int_shape(x), K.ndim(x), K.dtype(x), K.eval(K.transpose(x)))
print(K.concatenate([x, x]).shape, K.stack([x, x]).shape, K.flatten(x).numpy(), K.batch_flatten(K.ones((2, 3, 4))).shape)
print(K.dot(x, K.transpose(x)).numpy(), K.max(x, axis=1).numpy(), K.argmax(x).numpy(), K.mean(K.cast(x > 2, "float32")).numpy())
print(K.zeros((2, 2)), K.eye(2).numpy(), K.arange(0, 10, 1.5).numpy(), K.arange(5).numpy())
print(K.permute_dimensions(K.ones((2, 3, 4)), (2, 0, 1)).shape, K.repeat_elements(x, 2, 1).numpy())
print(K.std(x).numpy(), K.var(x, axis=0).numpy(), K.prod(x + 1).numpy(), K.any(x > 4).numpy(), K.all(x >= 0).numpy())
print(K.pow(x, 2).numpy(), K.clip(x, 1, 3).numpy(), K.l2_normalize(x, axis=1).numpy())
print(K.relu(tf.constant([-2.0, 3.0, 8.0]), max_value=6.0).numpy(), K.image_data_format(), K.floatx())
model = tf.keras.Sequential([tf.keras.layers.Dense(1, activation="sigmoid", input_shape=(4,),
                                                   kernel_initializer="ones")])
model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=[f1_m, precision_m, recall_m])
print([round(v, 4) for v in model.evaluate(np.eye(4, dtype="float32"), np.array([1, 0, 1, 1.0]), verbose=0)])
