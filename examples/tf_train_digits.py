"""A small MLP written with TensorFlow's low-level API (tf.Variable, tf.GradientTape, Keras
Adam), trained on scikit-learn's bundled 8x8 digits (1797 images, 10 classes).

Runs unchanged on real TensorFlow 2.21 (TF_USE_LEGACY_KERAS=1) or on ferrograd:

    python -m ferrograd run examples/tf_train_digits.py

Needs scikit-learn (pip install scikit-learn) for the dataset only.
"""
import numpy as np
import tensorflow as tf
from sklearn.datasets import load_digits

EPOCHS = 20
BATCH = 64
HIDDEN = 64

digits = load_digits()
x_all = (digits.data / 16.0).astype(np.float32)  # pixels 0..16 -> 0..1
y_all = digits.target.astype(np.int64)
rng = np.random.RandomState(0)
order = rng.permutation(len(x_all))
n_train = 1400
x_train, y_train = x_all[order[:n_train]], y_all[order[:n_train]]
x_test, y_test = x_all[order[n_train:]], y_all[order[n_train:]]

tf.random.set_seed(0)


def glorot(n_in, n_out):
    limit = np.sqrt(6.0 / (n_in + n_out))
    return tf.random.uniform([n_in, n_out], -limit, limit)


w1 = tf.Variable(glorot(64, HIDDEN), name="w1")
b1 = tf.Variable(tf.zeros([HIDDEN]), name="b1")
w2 = tf.Variable(glorot(HIDDEN, 10), name="w2")
b2 = tf.Variable(tf.zeros([10]), name="b2")
params = [w1, b1, w2, b2]


def model(x):
    h = tf.nn.relu(tf.matmul(x, w1) + b1)
    return tf.matmul(h, w2) + b2


def loss_fn(logits, labels):
    return tf.reduce_mean(tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits))


optimizer = tf.keras.optimizers.Adam(learning_rate=0.01)


@tf.function
def train_step(x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(model(x), y)
    grads = tape.gradient(loss, params)
    optimizer.apply_gradients(zip(grads, params))
    return loss


def accuracy(x, y):
    pred = tf.argmax(model(tf.constant(x)), axis=1)
    return float(tf.reduce_mean(tf.cast(tf.equal(pred, tf.constant(y)), tf.float32)))


for epoch in range(EPOCHS):
    perm = rng.permutation(n_train)
    total, batches = 0.0, 0
    for i in range(0, n_train, BATCH):
        idx = perm[i:i + BATCH]
        loss = train_step(tf.constant(x_train[idx]), tf.constant(y_train[idx]))
        total += float(loss)
        batches += 1
    print(f"epoch {epoch + 1:2d}  loss {total / batches:.4f}  train acc {accuracy(x_train, y_train):.3f}")

print(f"final test accuracy: {accuracy(x_test, y_test):.3f} ({len(x_test)} images)")
print("optimizer steps:", int(optimizer.iterations.numpy()))
