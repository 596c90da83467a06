# Keras optimizer state as custom training loops and the optimizer guide inspect it.
import tensorflow as tf

v1, v2 = tf.Variable([1.0, 2.0], name="v1"), tf.Variable(3.0, name="v2")
adam = tf.keras.optimizers.Adam(0.01)
adam.apply_gradients(zip([tf.constant([0.5, -0.5]), tf.constant(1.0)], [v1, v2]))
print([v.name for v in adam.variables()], len(adam.variables), adam.iterations.numpy())
print(v1.numpy(), v2.numpy())

schedule = tf.keras.optimizers.schedules.ExponentialDecay(0.1, decay_steps=2, decay_rate=0.5)
sgd = tf.keras.optimizers.SGD(schedule)
w = tf.Variable(1.0)
print(sgd.learning_rate)
for step in range(4):
    sgd.apply_gradients([(tf.constant(1.0), w)])
    print(step, sgd.learning_rate.numpy(), w.numpy(), sgd.iterations.numpy())

config = tf.keras.optimizers.Adam(tf.keras.optimizers.schedules.PiecewiseConstantDecay([1], [0.5, 0.1])).get_config()
restored = tf.keras.optimizers.Adam.from_config(config)
print(type(restored).__name__, restored.learning_rate.numpy())
plain = tf.keras.optimizers.RMSprop.from_config(tf.keras.optimizers.RMSprop(0.3, rho=0.8).get_config())
print(plain.learning_rate.numpy(), plain.get_config()["rho"])
