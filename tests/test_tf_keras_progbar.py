"""fit(verbose=1) progress output as tf-keras 2.21's Progbar writes it (structure taken from real TF runs:
a first-batch line with ETA, '\\b' * width + '\\r' redraws, the final line with the time per step)."""
import re

import numpy as np

import ferrograd.tensorflow as tf


def _fit_output(capsys, n, bs):
    tf.random.set_seed(0)
    model = tf.keras.Sequential([tf.keras.layers.Dense(1)])
    model.compile(optimizer="sgd", loss="mse")
    x = np.linspace(0, 1, n, dtype=np.float32).reshape(-1, 1)
    h = model.fit(x, 2 * x, epochs=1, batch_size=bs, verbose=1)
    return capsys.readouterr().out, h


def test_progbar_single_batch(capsys):
    out, h = _fit_output(capsys, 8, 8)
    loss = "%.4f" % h.history["loss"][0]
    first = "\r1/1 [==============================] - ETA: 0s - loss: " + loss
    assert out.startswith(first + "\b" * (len(first) - 1) + "\r1/1 [==============================] - ")
    assert re.search(r" - \d+s \d+[mu]?s/step - loss: " + loss + r" *\n$", out)
    assert re.fullmatch(r"<tf_keras\.src\.callbacks\.History object at 0x[0-9a-f]+>", repr(h))


def test_progbar_first_batch_of_three(capsys):
    out, h = _fit_output(capsys, 24, 8)
    assert out.startswith("\r1/3 [=========>....................] - ETA: ")
    assert re.search(r"\r3/3 \[==============================\] - \d+s \d+[mu]?s/step - loss: [0-9.e-]+ *\n$", out)
