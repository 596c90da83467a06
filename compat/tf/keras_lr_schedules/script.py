import tensorflow as tf
S = tf.keras.optimizers.schedules
for s in [S.ExponentialDecay(0.1, 10, 0.96), S.ExponentialDecay(0.1, 10, 0.96, staircase=True),
          S.InverseTimeDecay(0.5, 3, 0.7), S.PiecewiseConstantDecay([5, 10], [1.0, 0.5, 0.1]),
          S.PolynomialDecay(0.2, 20, 0.01, power=2.0), S.PolynomialDecay(0.2, 7, cycle=True),
          S.CosineDecay(0.3, 17, alpha=0.1)]:
  print(type(s).__name__, [float(s(i)) for i in (0, 1, 5, 7, 10, 25)])
opt = tf.keras.optimizers.SGD(S.ExponentialDecay(0.5, 2, 0.5))
v = tf.Variable(1.0)
for i in range(4):
  opt.apply_gradients([(tf.constant(1.0), v)])
  print(v.numpy())
