import numpy as np
import tensorflow as tf

for opt in [tf.keras.optimizers.Nadam(0.01), tf.keras.optimizers.Adadelta(1.0), tf.keras.optimizers.Ftrl(0.1),
            tf.keras.optimizers.Ftrl(0.1, l1_regularization_strength=0.01, l2_regularization_strength=0.1, beta=0.5),
            tf.keras.optimizers.Lion(0.01)]:
    w = tf.Variable([[1.0, -2.0], [0.5, 3.0]])
    b = tf.Variable([0.25, -0.75])
    for step in range(4):
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum(tf.square(tf.matmul(tf.constant([[1.0, 2.0]]), w) + b - 1.0))
        opt.apply_gradients(zip(tape.gradient(loss, [w, b]), [w, b]))
    print(type(opt).__name__, opt.iterations.numpy(), w.numpy().tolist(), b.numpy().tolist())
    print([v.name for v in opt.variables])

y_true = tf.constant([[0., 1.], [1., 0.], [1., 1.]])
y_pred = tf.constant([[0.2, 0.7], [0.6, 0.1], [0.9, 0.4]])
for loss in [tf.keras.losses.Huber(), tf.keras.losses.Huber(delta=0.3), tf.keras.losses.KLDivergence(),
             tf.keras.losses.CosineSimilarity(), tf.keras.losses.Hinge(), tf.keras.losses.SquaredHinge(),
             tf.keras.losses.CategoricalHinge(), tf.keras.losses.LogCosh(), tf.keras.losses.Poisson(),
             tf.keras.losses.MeanSquaredLogarithmicError(), tf.keras.losses.BinaryFocalCrossentropy(),
             tf.keras.losses.BinaryFocalCrossentropy(apply_class_balancing=True, gamma=1.5, from_logits=True),
             tf.keras.losses.BinaryCrossentropy(label_smoothing=0.1),
             tf.keras.losses.CategoricalCrossentropy(label_smoothing=0.2),
             tf.keras.losses.CategoricalCrossentropy(from_logits=True, label_smoothing=0.2)]:
    print(loss.name, loss(y_true, y_pred).numpy(), loss(y_true, y_pred, sample_weight=[1., 0.5, 2.]).numpy())
for fn in [tf.keras.losses.huber, tf.keras.losses.kld, tf.keras.losses.cosine_similarity, tf.keras.losses.hinge,
           tf.keras.losses.log_cosh, tf.keras.losses.poisson, tf.keras.losses.msle, tf.keras.losses.categorical_hinge,
           tf.keras.metrics.top_k_categorical_accuracy]:
    print(fn.__name__, fn(y_true, y_pred).numpy())

for m in [tf.keras.metrics.Precision(), tf.keras.metrics.Recall(), tf.keras.metrics.TruePositives(),
          tf.keras.metrics.FalsePositives(), tf.keras.metrics.TrueNegatives(), tf.keras.metrics.FalseNegatives(),
          tf.keras.metrics.Precision(thresholds=[0.3, 0.65]), tf.keras.metrics.Recall(class_id=1),
          tf.keras.metrics.TopKCategoricalAccuracy(k=1), tf.keras.metrics.SparseTopKCategoricalAccuracy(k=1),
          tf.keras.metrics.Hinge(), tf.keras.metrics.KLDivergence(), tf.keras.metrics.LogCoshError(),
          tf.keras.metrics.Poisson(), tf.keras.metrics.CosineSimilarity(), tf.keras.metrics.MeanSquaredLogarithmicError(),
          tf.keras.metrics.SquaredHinge(), tf.keras.metrics.CategoricalHinge()]:
    if isinstance(m, tf.keras.metrics.SparseTopKCategoricalAccuracy):
        m.update_state([1, 0, 0], y_pred)
        m.update_state([1, 1, 0], y_pred, sample_weight=[1., 2., 0.])
    else:
        m.update_state(y_true, y_pred)
        m.update_state(y_true[:2], y_pred[1:], sample_weight=[1., 0.5])
    print(m.name, m.result().numpy(), [v.name for v in m.variables])
    m.reset_state()
    print(m.result().numpy())

tf.keras.utils.set_random_seed(1)
x = np.random.RandomState(0).rand(32, 4).astype("float32")
y = (x.sum(1) > 2).astype("float32")
model = tf.keras.Sequential([tf.keras.layers.Dense(8, activation="relu"), tf.keras.layers.Dense(1, activation="sigmoid")])
model.compile(optimizer="nadam", loss=tf.keras.losses.BinaryFocalCrossentropy(),
              metrics=[tf.keras.metrics.Precision(), tf.keras.metrics.Recall(name="rec"), "hinge"])
h = model.fit(x, y, epochs=3, batch_size=8, verbose=0, shuffle=False)
print({k: [round(float(v), 5) for v in vs] for k, vs in h.history.items()})
print(model.evaluate(x, y, verbose=0))
