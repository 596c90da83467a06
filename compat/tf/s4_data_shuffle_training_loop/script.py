import numpy as np
import tensorflow as tf

tf.keras.utils.set_random_seed(42)
x_train = np.random.RandomState(0).rand(40, 5).astype("float32")
y_train = (x_train.sum(axis=1) > 2.5).astype("int64")

model = tf.keras.Sequential([tf.keras.layers.Dense(8, activation="relu"), tf.keras.layers.Dense(2)])
optimizer = tf.keras.optimizers.SGD(learning_rate=0.1)
loss_fn = tf.keras.losses.SparseCategoricalCrossentropy(from_logits=True)
train_acc_metric = tf.keras.metrics.SparseCategoricalAccuracy()

train_dataset = tf.data.Dataset.from_tensor_slices((x_train, y_train))
train_dataset = train_dataset.shuffle(buffer_size=16).batch(8)
print([int(v) for v in tf.data.Dataset.range(8).shuffle(8)])

for epoch in range(2):
    for step, (x_batch_train, y_batch_train) in enumerate(train_dataset):
        with tf.GradientTape() as tape:
            logits = model(x_batch_train, training=True)
            loss_value = loss_fn(y_batch_train, logits)
        grads = tape.gradient(loss_value, model.trainable_weights)
        optimizer.apply_gradients(zip(grads, model.trainable_weights))
        train_acc_metric.update_state(y_batch_train, logits)
        if step % 2 == 0:
            print("epoch %d step %d loss %.6f first labels %s" % (epoch, step, float(loss_value),
                                                                  y_batch_train.numpy()[:4].tolist()))
    print("acc %.4f" % float(train_acc_metric.result()))
    train_acc_metric.reset_states()

ds = tf.data.Dataset.from_tensor_slices(x_train[:, 0]).shuffle(40, seed=1).batch(10).repeat(2)
print([np.round(b.numpy()[:3], 4).tolist() for b in ds])
m2 = tf.keras.Sequential([tf.keras.layers.Dense(1)])
m2.compile("sgd", "mse")
h = m2.fit(tf.data.Dataset.from_tensor_slices((x_train, x_train[:, :1])).shuffle(40).batch(10), epochs=2, verbose=0)
print([round(v, 6) for v in h.history["loss"]])
