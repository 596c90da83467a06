"""tf.keras / tf.function behaviour the TF guides rely on (session 3): Sequential pop / deferred
build shapes / weights error, functional graph order, summary's Connected to, dict outputs and
per-output losses, None dimensions, add_loss and regularizers, callbacks in evaluate / predict,
the optimizer's unknown-variable KeyError, softmax cross-entropy's kernel gradient, tf.function
tracing (print once per signature, tensor outputs)."""
import io
import contextlib

import numpy as np
import pytest

import ferrograd.tensorflow as tf

keras = tf.keras
layers = tf.keras.layers


def _summary(model):
    lines = []
    model.summary(print_fn=lines.append)
    return lines


def test_sequential_pop_add_type_and_weights_error():
    m = keras.Sequential([layers.Dense(2), layers.Dense(3), layers.Dense(4)])
    with pytest.raises(ValueError, match="have not yet been created"):
        m.weights
    m.pop()
    assert len(m.layers) == 2
    with pytest.raises(TypeError, match="must be an instance of class Layer"):
        m.add(3)
    m(tf.ones((1, 4)))
    assert len(m.weights) == 4


def test_sequential_called_on_data_keeps_batch_then_relaxes():
    m = keras.Sequential([layers.Dense(3), layers.Dense(1)])
    m(np.ones((4, 2), "float32"))
    assert m.inputs[0].shape.as_list() == [4, 2] and m.output_shape == (4, 1)
    m(np.ones((5, 2), "float32"))
    assert m.output_shape == (None, 1)
    assert m.layers[0].output.shape.as_list() == [None, 3]


def test_sequential_fit_builds_with_unknown_batch():
    m = keras.Sequential([layers.Dense(3), layers.Dense(1)])
    m.compile(optimizer="sgd", loss="mse")
    m.fit(np.ones((8, 2), "float32"), np.ones((8, 1), "float32"), batch_size=4, verbose=0)
    assert m.output_shape == (None, 1)


def test_sequential_multi_output_layer_raises():
    with pytest.raises(ValueError, match="single output tensor"):
        keras.Sequential([keras.Input(shape=(3, 2)), layers.LSTM(4, return_state=True)])


def test_frozen_layers_move_to_non_trainable():
    m = keras.Sequential([keras.Input(shape=(6,)), layers.Dense(8), layers.Dense(3)])
    m.layers[0].trainable = False
    assert len(m.trainable_weights) == 2 and len(m.non_trainable_weights) == 2


def test_layer_repr_names_tf_keras_module():
    assert repr(layers.Dense(2)).startswith("<tf_keras.src.layers.core.dense.Dense object at 0x")


def _ticket_model():
    title = keras.Input(shape=(None,), name="title")
    body = keras.Input(shape=(None,), name="body")
    tags = keras.Input(shape=(12,), name="tags")
    t = layers.LSTM(4)(layers.Embedding(50, 3)(title))
    b = layers.LSTM(2)(layers.Embedding(50, 3)(body))
    x = layers.concatenate([t, b, tags])
    pr = layers.Dense(1, name="priority")(x)
    de = layers.Dense(4, name="department")(x)
    return keras.Model([title, body, tags], {"priority": pr, "department": de}), t


def test_functional_order_unknown_dims_and_connected_to():
    model, t = _ticket_model()
    assert t.shape.as_list() == [None, 4]
    names = [l.name.split("_")[0] for l in model.layers]
    assert names[:2] == ["title", "body"] and names[6] == "tags" and names[-2:] == ["department", "priority"]
    assert model.layers[2].output_shape == (None, None, 3)
    lines = _summary(model)
    assert "Connected to" in lines[2] and len(lines[1]) == 98
    assert any("['title[0][0]']" in ln for ln in lines)
    assert model.output_names == ["department", "priority"]


def test_functional_dict_outputs_list_of_numpy_and_per_output_losses():
    tf.keras.utils.set_random_seed(0)
    model, _ = _ticket_model()
    rng = np.random.RandomState(0)
    xs = [rng.randint(50, size=(8, 5)), rng.randint(50, size=(8, 7)), rng.randint(2, size=(8, 12)).astype("float32")]
    out = model(xs)
    assert sorted(out) == ["department", "priority"] and out["department"].shape.as_list() == [8, 4]
    model.compile(optimizer=keras.optimizers.SGD(0.01),
                  loss={"priority": keras.losses.BinaryCrossentropy(from_logits=True),
                        "department": keras.losses.CategoricalCrossentropy(from_logits=True)},
                  loss_weights={"priority": 1.0, "department": 0.2})
    h = model.fit({"title": xs[0], "body": xs[1], "tags": xs[2]},
                  {"priority": rng.random_sample((8, 1)), "department": rng.randint(2, size=(8, 4))},
                  epochs=1, batch_size=4, verbose=0, shuffle=False)
    assert sorted(h.history) == ["department_loss", "loss", "priority_loss"]
    total = h.history["priority_loss"][0] + 0.2 * h.history["department_loss"][0]
    assert abs(h.history["loss"][0] - total) < 1e-5


def test_softmax_cross_entropy_gradient_is_softmax_minus_labels():
    logits = tf.Variable([[1.0, 2.0, 0.5]])
    labels = tf.constant([[1.0, 1.0, 0.0]])  # not summing to one
    with tf.GradientTape() as tape:
        loss = tf.nn.softmax_cross_entropy_with_logits(labels=labels, logits=logits)
    g = tape.gradient(loss, logits).numpy()
    sm = np.exp([1.0, 2.0, 0.5]) / np.exp([1.0, 2.0, 0.5]).sum()
    np.testing.assert_allclose(g[0], sm - [1.0, 1.0, 0.0], rtol=1e-6)


def test_add_loss_and_regularizers():
    class Act(layers.Layer):
        def call(self, x):
            self.add_loss(tf.reduce_sum(x))
            return x

    inp = keras.Input(shape=(3,))
    d = layers.Dense(2, kernel_initializer="ones", kernel_regularizer=keras.regularizers.l2(0.5))
    model = keras.Model(inp, Act()(d(inp)))
    model(np.ones((2, 3), "float32"))
    losses = [float(l) for l in model.losses]
    # per layer in model order: dense's regularizer (0.5 * six ones), then Act's sum of outputs
    assert losses == [pytest.approx(3.0), pytest.approx(12.0)]
    model(np.zeros((2, 3), "float32"))  # the outermost call replaces the eager losses
    assert len(model.losses) == 2 and float(model.losses[1]) == 0.0
    with pytest.raises(ValueError, match="zero argument"):
        d.add_loss(tf.constant(1.0))


def test_optimizer_rejects_unknown_variable():
    opt = keras.optimizers.SGD(0.1)
    opt.apply_gradients([(tf.constant(1.0), tf.Variable(1.0))])
    with pytest.raises(KeyError, match="cannot recognize variable"):
        opt.apply_gradients([(tf.constant(1.0), tf.Variable(2.0))])


def test_callbacks_see_test_and_predict_hooks():
    seen = []

    class CB(keras.callbacks.Callback):
        def on_test_batch_end(self, batch, logs=None):
            seen.append(("test", batch, sorted(logs)))

        def on_predict_batch_end(self, batch, logs=None):
            seen.append(("predict", batch, sorted(logs)))

        def on_test_end(self, logs=None):
            seen.append(("test_end", sorted(logs)))

    m = keras.Sequential([layers.Dense(1, input_dim=2)])
    m.compile(optimizer="sgd", loss="mse")
    x = np.ones((4, 2), "float32")
    m.evaluate(x, np.ones((4, 1)), batch_size=2, verbose=0, callbacks=[CB()])
    m.predict(x, batch_size=4, verbose=0, callbacks=[CB()])
    assert seen == [("test", 0, ["loss"]), ("test", 1, ["loss"]), ("test_end", ["loss"]),
                    ("predict", 0, ["outputs"])]
    assert keras.backend.get_value(m.optimizer.learning_rate) == pytest.approx(0.01)


def test_conv1d_and_pooling1d():
    x = np.arange(2 * 5 * 2, dtype="float32").reshape(2, 5, 2)
    c = layers.Conv1D(3, 2, strides=2, padding="same", kernel_initializer="ones")
    assert c(x).numpy()[0, :, 0].tolist() == [6.0, 22.0, 17.0]
    assert layers.GlobalAveragePooling1D()(x).shape.as_list() == [2, 2]
    assert layers.MaxPooling1D(2)(x).shape.as_list() == [2, 2, 2]


def test_tf_function_prints_only_when_tracing():
    @tf.function
    def f(x):
        print("traced")
        return x * 2

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        f(tf.constant(1.0))
        f(tf.constant(2.0))
        f(tf.constant([1.0, 2.0]))
        f(3)
        f(3)
    assert buf.getvalue().count("traced") == 3
    assert f.experimental_get_tracing_count() == 3
    assert isinstance(f(3), type(tf.constant(1)))
    v = tf.Variable(1.0)
    assert type(tf.function(lambda: v)()).__name__ != "Variable"


def test_tf_function_input_signature_checks_rank():
    @tf.function(input_signature=(tf.TensorSpec(shape=[None], dtype=tf.int32),))
    def g(x):
        return x + 1

    assert g(tf.constant([1, 2, 3])).numpy().tolist() == [2, 3, 4]
    with pytest.raises(TypeError):
        g(tf.constant([[1, 2]]))


def test_fit_sample_and_class_weight_weight_the_loss():
    x = np.ones((4, 2), "float32")
    y = np.array([0, 1, 1, 0])

    def make():
        tf.keras.utils.set_random_seed(0)
        m = keras.Sequential([layers.Dense(2, kernel_initializer="ones")])
        m.compile(optimizer=keras.optimizers.SGD(0.0),
                  loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True))
        return m

    base = make().fit(x, y, batch_size=4, verbose=0, shuffle=False).history["loss"][0]
    sw = make().fit(x, y, sample_weight=np.array([2.0, 2.0, 2.0, 2.0]), batch_size=4, verbose=0,
                    shuffle=False).history["loss"][0]
    cw = make().fit(x, y, class_weight={0: 3.0, 1: 3.0}, batch_size=4, verbose=0, shuffle=False).history["loss"][0]
    assert sw == pytest.approx(2 * base) and cw == pytest.approx(3 * base)


def test_dataset_steps_per_epoch_continues_one_iterator():
    ds = tf.data.Dataset.from_tensor_slices((np.ones((10, 2), "float32"), np.ones((10, 1), "float32"))).batch(2)
    m = keras.Sequential([layers.Dense(1)])
    m.compile(optimizer="sgd", loss="mse")
    h = m.fit(ds, epochs=3, steps_per_epoch=3, verbose=0)
    assert len(h.history["loss"]) == 2  # 3 + 2 batches, then the data ran out


def test_nested_metrics_per_output_and_mape():
    a = keras.Input(shape=(3,), name="a")
    s = layers.Dense(1, name="s")(a)
    c = layers.Dense(2, name="c")(a)
    m = keras.Model(a, [s, c])
    m.compile(optimizer="sgd", loss=["mse", "mse"],
              metrics=[[keras.metrics.MeanAbsolutePercentageError()], [keras.metrics.MeanAbsoluteError()]])
    h = m.fit(np.ones((4, 3), "float32"), [np.ones((4, 1)), np.ones((4, 2))], verbose=0)
    assert list(h.history) == ["loss", "s_loss", "c_loss", "s_mean_absolute_percentage_error",
                               "c_mean_absolute_error"]


def test_learning_rate_schedules():
    S = keras.optimizers.schedules
    assert float(S.ExponentialDecay(0.1, 10, 0.96, staircase=True)(25)) == pytest.approx(0.1 * 0.96 ** 2)
    assert float(S.PiecewiseConstantDecay([5], [1.0, 0.5])(6)) == 0.5
    opt = keras.optimizers.SGD(S.ExponentialDecay(0.5, 1, 0.5))
    v = tf.Variable(1.0)
    opt.apply_gradients([(tf.constant(1.0), v)])
    opt.apply_gradients([(tf.constant(1.0), v)])
    assert v.numpy() == pytest.approx(1.0 - 0.5 - 0.25)


def test_custom_metric_sees_labels_with_the_predictions_rank():
    seen = []

    class M(keras.metrics.Metric):
        def __init__(self):
            super().__init__(name="m")
            self.t = self.add_weight(name="t", initializer="zeros")

        def update_state(self, y_true, y_pred, sample_weight=None):
            seen.append(y_true.shape.as_list())

        def result(self):
            return self.t

    m = keras.Sequential([layers.Dense(3)])
    m.compile(optimizer="sgd", loss=keras.losses.SparseCategoricalCrossentropy(from_logits=True), metrics=[M()])
    m.fit(np.ones((4, 2), "float32"), np.array([0, 1, 2, 0]), batch_size=4, verbose=0)
    assert seen == [[4, 1]]


def test_pad_sequences():
    raw = [[711, 632, 71], [73, 8, 3215, 55, 927]]
    assert keras.utils.pad_sequences(raw, padding="post").tolist() == [[711, 632, 71, 0, 0], [73, 8, 3215, 55, 927]]
    assert keras.utils.pad_sequences(raw, maxlen=4, truncating="post", value=-1).tolist() == \
        [[-1, 711, 632, 71], [73, 8, 3215, 55]]


def test_masks_propagate_through_layers():
    padded = np.array([[5, 6, 0, 0], [7, 0, 0, 0]])
    emb = layers.Embedding(20, 4, mask_zero=True)
    out = emb(padded)
    assert out._keras_mask.numpy().tolist() == [[True, True, False, False], [True, False, False, False]]
    relu = layers.Dense(3)(out)  # Dense supports masking: the mask is carried over
    assert relu._keras_mask.numpy().tolist() == out._keras_mask.numpy().tolist()
    with pytest.raises(AttributeError):
        tf.constant(1.0)._keras_mask
    masked = layers.Masking()(tf.constant([[[1.0, 0.0], [0.0, 0.0]]]))
    assert masked._keras_mask.numpy().tolist() == [[True, False]]
    pooled = layers.GlobalAveragePooling1D()(tf.constant([[[1.0], [3.0], [100.0]]]) * 1.0)
    assert pooled.numpy().tolist() == [[pytest.approx(104.0 / 3)]]
    x = layers.Masking(mask_value=100.0)(tf.constant([[[1.0], [3.0], [100.0]]]))
    assert layers.GlobalAveragePooling1D()(x).numpy().tolist() == [[2.0]]
    lstm_out = layers.LSTM(2)(out)
    with pytest.raises(AttributeError):
        lstm_out._keras_mask


def test_custom_compute_mask_splits_mask():
    class Split(layers.Layer):
        def call(self, inputs):
            return tf.split(inputs, 2, axis=1)

        def compute_mask(self, inputs, mask=None):
            return None if mask is None else tf.split(mask, 2, axis=1)

    x = layers.Masking()(tf.constant([[[1.0], [0.0], [2.0], [0.0]]]))
    a, b = Split()(x)
    assert a._keras_mask.numpy().tolist() == [[True, False]] and b._keras_mask.numpy().tolist() == [[True, False]]


def test_compiled_loss_and_metrics_objects_in_custom_train_step():
    class M(keras.Model):
        def train_step(self, data):
            x, y = data
            with tf.GradientTape() as tape:
                y_pred = self(x, training=True)
                loss = self.compiled_loss(y, y_pred, regularization_losses=self.losses)
            grads = tape.gradient(loss, self.trainable_variables)
            self.optimizer.apply_gradients(zip(grads, self.trainable_variables))
            self.compiled_metrics.update_state(y, y_pred)
            return {m.name: m.result() for m in self.metrics}

    inp = keras.Input(shape=(3,))
    m = M(inp, layers.Dense(1)(inp))
    m.compile(optimizer="sgd", loss="mse", metrics=["mae"], weighted_metrics=["mae"])
    h = m.fit(np.ones((4, 3), "float32"), np.ones((4, 1), "float32"), verbose=0)
    assert list(h.history) == ["loss", "mae", "weighted_mae"]


def test_tf_zeros_accepts_datatype_enum():
    assert tf.zeros(1, 1).dtype == tf.float32 and tf.zeros(2, 3).dtype == tf.int32


def test_stateful_lstm_continues_from_last_states():
    tf.keras.utils.set_random_seed(0)
    p1 = np.random.RandomState(0).random((2, 3, 3)).astype(np.float32)
    p2 = np.random.RandomState(1).random((2, 3, 3)).astype(np.float32)
    st = layers.LSTM(4, stateful=True)
    st(p1)
    out = st(p2).numpy()
    ref = layers.LSTM(4, return_state=True)
    ref(p1)
    ref.set_weights(st.get_weights())
    _, h, c = ref(p1)
    np.testing.assert_array_equal(ref(p2, initial_state=[h, c])[0].numpy(), out)
    st.reset_states()
    np.testing.assert_array_equal(st(p1).numpy(), ref(p1)[0].numpy())
