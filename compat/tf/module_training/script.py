import numpy as np
import tensorflow as tf

class Dense(tf.Module):
    def __init__(self, n_in, n_out, name=None):
        super().__init__(name=name)
        self.w = tf.Variable(tf.ones([n_in, n_out]) * 0.1, name='w')
        self.b = tf.Variable(tf.zeros([n_out]), name='b')

    @tf.function
    def __call__(self, x):
        return tf.nn.relu(x @ self.w + self.b)

class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.l1 = Dense(3, 4)
        self.l2 = Dense(4, 1)

    def __call__(self, x):
        return self.l2(self.l1(x))

m = Model()
print([v.name for v in m.trainable_variables])
print(len(m.variables), len(m.submodules))
x = tf.constant([[1.0, 2.0, 3.0], [0.5, -1.0, 2.0]])
y = tf.constant([[1.0], [0.0]])
opt = tf.keras.optimizers.SGD(0.1)
loss_obj = tf.keras.losses.MeanSquaredError()
for step in range(3):
    with tf.GradientTape() as tape:
        loss = loss_obj(y, m(x))
    grads = tape.gradient(loss, m.trainable_variables)
    opt.apply_gradients(zip(grads, m.trainable_variables))
    print(step, loss.numpy(), [g.shape for g in grads])
print(m.l1.w)
print(opt.iterations.numpy(), opt.learning_rate)
opt.learning_rate = 0.05
print(opt.learning_rate.numpy())

w = tf.Variable([[1.0, 2.0], [3.0, 4.0]])
with tf.GradientTape() as tape:
    l = tf.reduce_sum(tf.nn.sigmoid(w) * tf.math.tanh(w))
print(tape.gradient(l, w))
with tf.GradientTape() as t1:
    with tf.GradientTape() as t2:
        yy = tf.nn.sigmoid(w)
    g = t2.gradient(yy, w)
print(g)
print(t1.gradient(g, w))
a = tf.Variable(1.0)
b = tf.Variable(2.0)
with tf.GradientTape() as tape:
    c = a * b
ga, gb = tape.gradient(c, [a, b])
print(ga, gb)
adam = tf.keras.optimizers.Adam(0.01, amsgrad=True)
for _ in range(3):
    with tf.GradientTape() as tape:
        lo = (a - 5.0) ** 2 + (b + 1.0) ** 2
    adam.apply_gradients(zip(tape.gradient(lo, [a, b]), [a, b]))
print(a.numpy(), b.numpy())
tf.print("loss:", lo, "a:", a)
print(tf.keras.optimizers.SGD(0.1, momentum=0.9).get_config()['momentum'])
print(tf.reduce_sum(tf.constant(np.arange(100, dtype=np.float32) / 7.0)))
print(tf.reduce_mean(tf.constant(np.arange(1000, dtype=np.float32) / 7.0)))
