"""TensorFlow's eager backprop tests (tensorflow/python/eager/backprop_test.py, Apache 2.0) rewritten with the
public API only (tf.GradientTape, tf.custom_gradient, ...) and run as tf.test.TestCase classes. Tests that need
the _tape.py patch in /work/notes/s6 or IndexedSlices gradients are left out."""
import functools
import numpy as np
import ferrograd.tensorflow as tf


class BackpropTest(tf.test.TestCase):

  def testAggregateGradientsWithTensor(self):
    var = tf.constant(np.random.rand(4, 2).astype(np.float32))
    with tf.GradientTape() as t:
      t.watch(var)
      g1 = tf.nn.embedding_lookup(var, tf.constant(np.array([0, 1])))
      g2 = tf.reduce_sum(var * tf.constant(2.0))
      y = g1 * g2
    grad = t.gradient(y, var)
    self.assertEqual(grad.shape, (4, 2))

  def testNoOpBehaviorConsistent(self):
    for decorator in (tf.function, lambda f: f):
      @decorator
      def f(x):
        x1 = tf.identity(x)
        x2 = tf.math.add(x, 0)
        x3 = tf.subtract(x, 0)
        x4 = tf.multiply(x, 1)
        with tf.GradientTape() as t:
          t.watch(x); t.watch(x1); t.watch(x2); t.watch(x3); t.watch(x4)
          loss = x * 2. + x1 * 3. + x2 * 3. + x3 * 3. + x4 * 3.
        return t.gradient(loss, [x, x1, x2, x3, x4])
      self.assertAllClose([2., 3., 3., 3., 3.], f(tf.constant(10.)))

  def testWhereGradient(self):
    for v, e in ((5., 1.0), (50., 100.0)):
      x = tf.constant(v)
      with tf.GradientTape() as t:
        t.watch(x)
        y = tf.where(x < 10, x, x * x)
      self.assertAllEqual(t.gradient(y, x), e)

  def testTwoTargets(self):
    with tf.GradientTape() as t:
      x = tf.constant(3.0)
      y = tf.constant(2.0)
      t.watch([x, y])
      xx = 2 * x
      yy = 3 * y
    dx, dy = t.gradient([xx, yy], [x, y])
    self.assertAllEqual(dx, 2.0)
    self.assertAllEqual(dy, 3.0)

  def testCustomGradientEmptyError(self):
    @tf.custom_gradient
    def identity(x):
      def grad(_):
        return []
      return x, grad
    x = tf.Variable(1.0)
    with tf.GradientTape() as t:
      y = identity(x)
    with self.assertRaises(ValueError):
      t.gradient(y, [x])

  def testOutputGradUsedInComputation(self):
    with tf.GradientTape() as t:
      x = tf.constant(3.0)
      y = tf.constant(2.0)
      t.watch([x, y])
      loss = x * y
    dx, = t.gradient([loss, x], [x], output_gradients=[1.0, 2.0])
    self.assertAllEqual(dx, 4.0)

  def testGradientInteger(self):
    x = tf.constant(1)
    with tf.GradientTape() as t:
      t.watch(x)
      y = x + x
    self.assertEqual(t.gradient(y, x), None)

  def testErrors(self):
    @tf.custom_gradient
    def f(x):
      def grad(_):
        raise RuntimeError('x')
      return x, grad
    x = tf.constant(1.0)
    with tf.GradientTape() as t:
      t.watch(x)
      y = f(x)
    with self.assertRaises(RuntimeError):
      t.gradient(y, x)

  def testTapeNoOpGradient(self):
    x = tf.constant(3.0)
    with tf.GradientTape() as t:
      t.watch(x)
      y = x
    self.assertEqual(t.gradient(y, x).numpy(), 1.0)

  def testTapeIdentityGradientIsIdentity(self):
    x = tf.constant(3.0)
    with tf.GradientTape() as t:
      t.watch(x)
      y = tf.identity(x)
    self.assertEqual(t.gradient(y, x).numpy(), 1.0)

  def testFunctionIndexedSlicesGradient(self):
    @tf.function
    def f(x):
      return x + 1
    with tf.GradientTape() as t:
      x = tf.constant([1.0])
      t.watch(x)
      y = f(x)
      y = tf.gather(y, [0])
    self.assertAllEqual(t.gradient(y, x), [1.0])

  def testTapeGradientMultiTargetOneIsSource(self):
    x = tf.constant(2.0)
    with tf.GradientTape() as t:
      t.watch(x)
      y = x * x
    self.assertEqual(t.gradient([x, y], x).numpy(), 5.0)

  def testTapeNoOpGradientWithMultiTargetAllSource(self):
    x = tf.constant(3.0)
    with tf.GradientTape() as t:
      t.watch(x)
      y = x
    self.assertEqual(t.gradient([y, y], x).numpy(), 2.0)

  def testTapeNoOpGradientWithMultiTargetMultiSource(self):
    x = tf.constant(3.0)
    y = tf.constant(5.0)
    with tf.GradientTape() as t:
      t.watch(x)
      t.watch(y)
      z = y * y
    self.assertAllEqual(t.gradient([x, y, z], [x, y]), [1.0, 11.0])

  def testTapeNoOpOnVariableIsIdentity(self):
    v0 = tf.Variable(1.0)
    with tf.GradientTape() as t:
      y = v0.read_value()
    self.assertEqual(t.gradient(y, v0).numpy(), 1.0)

  def testTapeNoOpGradient2By2(self):
    a = tf.constant(2.0, shape=[2, 2])
    with tf.GradientTape(persistent=True) as tape:
      tape.watch(a)
    self.assertAllEqual(tape.gradient(a, [a])[0].numpy(), tf.constant(1.0, shape=[2, 2]).numpy())
    self.assertAllEqual(tape.gradient([a, a], [a])[0].numpy(), tf.constant(2.0, shape=[2, 2]).numpy())

  def testTapeStopRecording(self):
    with tf.GradientTape() as t:
      x = tf.Variable(1.0)
      with t.stop_recording():
        y = x * x
    self.assertEqual(t.gradient(y, x), None)

  def testTapeStopStartRecording(self):
    with tf.GradientTape(persistent=True) as t:
      x = tf.Variable(1.0)
      x2 = x * 2
      with t.stop_recording():
        y = x2 * x2
      z = x2 * x2
    self.assertEqual(t.gradient(y, x2), None)
    self.assertEqual(t.gradient(z, x2).numpy(), 4.0)

  def testTapeReset(self):
    with tf.GradientTape() as t:
      v = tf.Variable(1.0)
      loss = v * v
      t.reset()
      loss += v * v
    self.assertAllEqual(t.gradient(loss, v), 2.0)

  def testPythonMax(self):
    x = [tf.Variable(2.), tf.Variable(3.), tf.Variable(5.)]
    with tf.GradientTape() as t:
      f = max(x)
    grad = t.gradient(f, x)
    self.assertAllEqual(self.evaluate(f), 5.)
    self.assertAllEqual(self.evaluate(grad), [None, None, 1.0])

  def testAutomaticWatchedVariables(self):
    with tf.GradientTape() as t:
      self.assertEqual(0, len(t.watched_variables()))
      v = tf.Variable(1.0)
      loss = v * v
      self.assertAllEqual([v], t.watched_variables())
      t.reset()
      self.assertEqual(0, len(t.watched_variables()))
      loss += v * v
      self.assertAllEqual([v], t.watched_variables())

  def testExplicitWatchedVariables(self):
    with tf.GradientTape() as t:
      self.assertEqual(0, len(t.watched_variables()))
      v = tf.Variable(1.0)
      t.watch(v)
      self.assertAllEqual([v], t.watched_variables())
      t.reset()
      self.assertEqual(0, len(t.watched_variables()))
      t.watch(v)
      self.assertAllEqual([v], t.watched_variables())

  def testGradientNone(self):
    logits = tf.constant([[0.0, 0.0]])
    labels = tf.constant([[1.0, 0.0]])
    with tf.GradientTape() as t:
      t.watch([logits, labels])
      l = tf.reduce_mean(tf.nn.softmax_cross_entropy_with_logits(logits=logits, labels=labels), tf.constant([0]))
    g = t.gradient(l, logits)
    self.assertAllEqual(g.numpy(), [[-0.5, 0.5]])

  def testGradientWithinTapeBlock(self):
    v1 = tf.Variable(1.)
    with tf.GradientTape() as t:
      loss = 2 * v1
      grad = t.gradient(loss, v1)
    self.assertAllEqual(self.evaluate(grad), 2.0)
    with tf.GradientTape(persistent=True) as t:
      loss = 2 * v1
      grad = t.gradient(loss, v1)
    self.assertAllEqual(self.evaluate(grad), 2.0)

  def testSecondGrad(self):
    f = tf.constant([[0.1]])
    with tf.GradientTape() as t2:
      t2.watch(f)
      with tf.GradientTape() as t1:
        t1.watch(f)
        x = tf.nn.softmax_cross_entropy_with_logits(labels=tf.constant([[0.0]]), logits=f)
        x = tf.reduce_sum(x, tf.constant([0]))
      g1 = t1.gradient(x, f)
      s = tf.reduce_sum(g1, tf.constant([0]))
    self.assertAllEqual([[0.0]], t2.gradient(s, f))

  def testWatchingIsTapeLocal(self):
    x1 = tf.Variable(2.0, trainable=False)
    x2 = tf.Variable(2.0, trainable=False)
    with tf.GradientTape() as tape1:
      with tf.GradientTape() as tape2:
        tape1.watch(x1)
        tape2.watch([x1, x2])
        y = x1**3
        z = x2**2
        dy, dz = tape2.gradient([y, z], [x1, x2])
      d2y, d2z = tape1.gradient([dy, dz], [x1, x2])
    self.assertEqual(self.evaluate(d2y), 12.0)
    self.assertIsNone(d2z)

  def testGradGrad(self):
    x = tf.constant(3.0)
    with tf.GradientTape() as t2:
      t2.watch(x)
      with tf.GradientTape() as t1:
        t1.watch(x)
        y = tf.exp(x) + x * x
      g = t1.gradient(y, x)
    self.assertAllClose(t2.gradient(g, x), np.exp(3.0) + 2.0)

  def testStopGradient(self):
    x = tf.constant([0.0])
    with tf.GradientTape() as t:
      t.watch(x)
      y = tf.stop_gradient(tf.math.argmax(x))
    self.assertAllEqual(t.gradient(y, x), None)

  def testGradientTapeReEnterContext(self):
    g = tf.GradientTape()
    with g:
      x = tf.constant(3.0)
      g.watch(x)
      y = 2 * x
    with g:
      z = 2 * y
    grad = g.gradient(target=z, sources=[x])
    self.assertEqual(self.evaluate(grad), [4.0])

  def testGradientTapeRepeatedSource(self):
    with tf.GradientTape(persistent=False) as g:
      x = tf.constant(3.0)
      g.watch(x)
      y = 2 * x
    grad = g.gradient(target=y, sources=[x, x])
    self.assertEqual(self.evaluate(grad), [2.0, 2.0])

  def testPersistentGradientTapeRepeatedSource(self):
    with tf.GradientTape(persistent=True) as g:
      x = tf.constant(3.0)
      y = tf.constant(5.0)
      g.watch(x)
      g.watch(y)
      z = x * x + x * y
    self.assertEqual(self.evaluate(g.gradient(target=z, sources=[x, x])), [11.0, 11.0])
    self.assertEqual(self.evaluate(g.gradient(target=z, sources=[y, x])), [3.0, 11.0])

  def testGradientTapeStructure(self):
    with tf.GradientTape(persistent=True) as g:
      x1 = tf.constant(3.0)
      x2 = tf.constant(3.1)
      x3 = tf.constant(3.2)
      g.watch(x1); g.watch(x2); g.watch(x3)
      y = x1 + 2 * x2 + 3 * x3
    self.assertEqual(self.evaluate(g.gradient(y, x1)), [1.0])
    self.assertEqual(self.evaluate(g.gradient(y, (x1,))), (1.0,))
    self.assertEqual(self.evaluate(g.gradient(y, (x1, x2))), (1.0, 2.0))
    self.assertEqual(self.evaluate(g.gradient(y, [(x1, x2), (x2, x3)])), [(1.0, 2.0), (2.0, 3.0)])
    self.assertEqual(self.evaluate(g.gradient(y, (x1, x2, [x1, x3]))), (1.0, 2.0, [1.0, 3.0]))
    self.assertEqual(self.evaluate(g.gradient(y, [x1, {'x2': x2, 'x3': x3}])), [1.0, {'x2': 2.0, 'x3': 3.0}])

  def testGradientTape(self):
    with tf.GradientTape() as g:
      x = tf.constant(3.0)
      g.watch(x)
      y = x * x
      with tf.GradientTape() as gg:
        gg.watch(y)
        z = 2 * y
      inner_grad = gg.gradient(z, [y])[0]
      self.assertEqual(self.evaluate(inner_grad), 2.0)
      y += inner_grad
    grad = g.gradient(y, [x])[0]
    self.assertEqual(self.evaluate(grad), 6.0)

  def testGadientTapeCalledOnConstantTarget(self):
    with tf.GradientTape() as g:
      x = tf.Variable([3.0])
      y = tf.Variable([2.0])
    self.assertAllEqual(g.gradient(x, y), None)

  def testGradientTapeWithCond(self):
    x = tf.constant(3.0)
    with tf.GradientTape() as g:
      g.watch(x)
      y = tf.cond(x < x, lambda: x, lambda: x * x)
    self.assertEqual(self.evaluate(g.gradient(y, [x])[0]), 6.0)

  def testGradientTapeWithWhileLoop(self):
    i = tf.constant(1)
    x = tf.constant(2.)
    with tf.GradientTape() as g:
      g.watch([x])
      _, y = tf.while_loop(lambda i, _: i < 3, lambda i, x: (i + 1, x * 2), [i, x])
    self.assertEqual(self.evaluate(g.gradient(y, [x])[0]), 4.0)

  def testPersistentNestedTape(self):
    with tf.GradientTape(persistent=True) as g:
      x = tf.constant(3.0)
      g.watch(x)
      y = x * x
      with tf.GradientTape(persistent=True) as gg:
        gg.watch(y)
        z = 2 * y
      for _ in range(2):
        inner_grad = gg.gradient(z, [y])[0]
        self.assertEqual(self.evaluate(inner_grad), 2.0)
      y += inner_grad
      del gg
    self.assertEqual(self.evaluate(g.gradient(y, [x])[0]), 6.0)
    self.assertEqual(self.evaluate(g.gradient(z, [x])[0]), 12.0)

  def testNestedGradients(self):
    x = tf.constant(3.0)
    with tf.GradientTape() as g:
      g.watch(x)
      y = x * x
      z = y * y
    dz_dx, dz_dy = g.gradient(z, [x, y])
    self.assertEqual(self.evaluate(dz_dx), 108.0)
    self.assertEqual(self.evaluate(dz_dy), 18.0)

  def testUnconnectedGradientsVariablesZeros(self):
    x = tf.Variable(tf.constant(1., shape=[2, 2]))
    y = tf.Variable(tf.constant(3.))
    with tf.GradientTape() as g:
      g.watch([x, y])
      z = y * 2
    self.assertAllEqual([[0.0, 0.0], [0.0, 0.0]], self.evaluate(g.gradient(z, x, unconnected_gradients='zero')))

  def testUnconnectedGradientsNestedDefunZeros(self):
    @tf.function
    def f(x):
      return x * x
    @tf.function
    def h(y):
      return tf.stop_gradient(f(y))
    x = tf.constant(1.0)
    with tf.GradientTape() as g:
      g.watch(x)
      y = h(x + 2.)
    self.assertEqual(0.0, self.evaluate(g.gradient(y, x, unconnected_gradients='zero')))

  def testJacobianCustomGradient(self):
    class MyCallable(object):
      def __init__(self):
        self.a = tf.Variable(1.)
        self.b = tf.Variable(2.)
        self.c = tf.Variable(3.)
      def __call__(self, x):
        return self.a * x * x + self.b * x + self.c
    @tf.function
    def call(c, x):
      @tf.custom_gradient
      def _call():
        y = c(x)
        def grad(dy, variables=None):
          with tf.GradientTape(persistent=True) as g:
            g.watch(variables)
            y = c(x)
          grad_vars = [2 * tf.reduce_sum(dy * g.jacobian(y, v)) for v in variables]
          del g
          return (), grad_vars
        return y, grad
      return _call()
    c = MyCallable()
    x = tf.constant([1., 2., 3.])
    with tf.GradientTape(persistent=True) as g:
      g.watch([c.a, c.b, c.c])
      y = call(c, x)
    self.assertAllEqual(g.gradient(y, x), None)

  def testCustomGradientIdentity(self):
    @tf.custom_gradient
    def my_identity(x):
      def grad(dresult):
        return [2 * dresult]
      return x, grad
    x = tf.constant(1.0)
    with tf.GradientTape() as t:
      t.watch(x)
      y = my_identity(x)
    self.assertAllEqual(t.gradient(y, x), 2.0)

  def testCustomGradientVars(self):
    @tf.custom_gradient
    def my_mul(x, y):
      def grad(dr):
        return [dr * y, dr * x]
      return x * y, grad
    x = tf.Variable(2.)
    losses = []
    for _ in range(5):
      with tf.GradientTape() as t:
        loss = my_mul(2., x.read_value())
      g = t.gradient(loss, x)
      losses.append(loss.numpy())
      x.assign_sub(0.25 * g)
    self.assertAllEqual(losses, [4.0, 3., 2., 1., 0.])

  def testSelectivelyWatchVariables(self):
    x1 = tf.Variable(1.0)
    x2 = tf.Variable(1.0)
    with tf.GradientTape(watch_accessed_variables=False) as tape:
      tape.watch(x2)
      y = x1**2
      z = x2**3
    self.assertTupleEqual(tape.watched_variables(), (x2,))
    dy, dz = tape.gradient([y, z], [x1, x2])
    self.assertIsNone(dy)
    self.assertEqual(self.evaluate(dz), 3.0)

  def testDifferentiatingScalarCache(self):
    with tf.GradientTape(persistent=False) as g:
      x1 = tf.constant(3.0)
      x2 = tf.constant(3.0)
      g.watch(x1)
      g.watch(x2)
      y = x1 + x2
    self.assertEqual(self.evaluate(g.gradient(target=y, sources=[x1])), [1.0])

  def testVariablesAndConstantsProduceTheSameGradients(self):
    def get_grads(a, b):
      with tf.GradientTape() as tape:
        tape.watch([a, b])
        y = a**3
        z = b**2
      return tape.gradient([y, z], [a, b])
    self.assertAllEqual(get_grads(tf.constant(2.0), tf.constant(2.0)), get_grads(tf.Variable(2.0), tf.Variable(2.0)))

  def testCustomGradientInEagerAndGraph(self):
    @tf.custom_gradient
    def f(x):
      def grad(dy):
        return [4 * dy]
      return x * x, grad
    with tf.GradientTape() as t:
      c = tf.constant(1.0)
      t.watch(c)
      g = f(c)
    self.assertAllEqual(self.evaluate(t.gradient(g, c)), 4.0)

  def testOverrideSecondOrderWithCustomGradient(self):
    @tf.custom_gradient
    def f(x):
      def first_order_grad(dz):
        @tf.custom_gradient
        def first_order_custom(unused_x):
          def h(ddz):
            return -2.1 * ddz
          return -1.1, h
        return dz * first_order_custom(x)
      return x + 10., first_order_grad
    c = tf.constant(1.)
    with tf.GradientTape() as outer:
      outer.watch(c)
      with tf.GradientTape() as inner:
        inner.watch(c)
        d = f(c)**4.
      dd = inner.gradient(d, c)
      self.assertAllClose(4. * f(c)**3. * -1.1, dd)
    self.assertAllClose(3. * 4. * f(c)**2. * -1.1 * -1.1 + 4. * f(c)**3. * -2.1, outer.gradient(dd, c))

  def testCustomGradientForwardprop(self):
    @tf.custom_gradient
    def f(x):
      z = 2. * tf.get_static_value(x)
      def g(dz):
        @tf.custom_gradient
        def first_order(unused_x, unused_dz):
          def second_order_and_transpose(unused_ddz):
            return 2.2, 3.1
          return 2.1, second_order_and_transpose
        return first_order(x, dz)
      return z, g
    with tf.GradientTape(persistent=True) as t:
      with tf.GradientTape() as tt:
        c = tf.constant(1.)
        t.watch(c)
        tt.watch(c)
        output_grad = tf.ones([])
        t.watch(output_grad)
        output = f(c)
        self.assertAllClose(2., output)
      gc = tt.gradient(output, c, output_gradients=output_grad)
      self.assertAllClose(2.1, gc)
    self.assertAllClose(2.2, t.gradient(gc, c))
    self.assertAllClose(3.1, t.gradient(gc, output_grad))

  def testWatchBadThing(self):
    g = tf.GradientTape()
    with self.assertRaisesRegex(ValueError, 'ndarray'):
      g.watch(np.array(1.))

  def testWatchedVariablesAfterNonPersistentGradientCall(self):
    with tf.GradientTape(persistent=False) as tape:
      x = tf.Variable(1.0)
      tape.watch(x)
    tape.gradient(x, x)
    self.assertEqual((x,), tape.watched_variables())

  def testWatchedVariablesOnlyHasVariablesFromLastTape(self):
    with tf.GradientTape(persistent=False) as tape:
      x = tf.Variable(1.0)
      tape.watch(x)
    with tf.GradientTape(persistent=False) as tape:
      z = tf.Variable(2.0)
      tape.watch(z)
    tape.gradient(z, z)
    self.assertEqual((z,), tape.watched_variables())

  def testWatchedVariablesRespectReset(self):
    with tf.GradientTape(persistent=False) as tape:
      x = tf.Variable(1.0)
      tape.watch(x)
      self.assertEqual((x,), tape.watched_variables())
      tape.reset()
      z = tf.Variable(2.0)
      tape.watch(z)
      self.assertEqual((z,), tape.watched_variables())
    tape.gradient(z, z)
    self.assertEqual((z,), tape.watched_variables())

  def testRecomputeGradWithNestedFunctionAndWhileLoop(self):
    @tf.recompute_grad
    @tf.function
    def outer(x):
      @tf.function
      def middle(y):
        @tf.function
        def inner(z):
          return z + 1
        i = tf.constant(0.0)
        y, i = tf.while_loop(lambda y, i: i < 10., lambda y, i: (inner(y), i + 1.0), [y, i])
        return y
      return middle(x)
    for _ in range(2):
      x = tf.Variable(1.0, name='x')
      with tf.GradientTape() as t:
        y = outer(x)
        self.assertAllEqual(y, 11.0)
      self.assertAllEqual(t.gradient(y, x), 1.0)


class JacobianTest(tf.test.TestCase):

  def _jacobian(self, experimental_use_pfor):
    with tf.GradientTape(persistent=not experimental_use_pfor) as g:
      x = tf.constant([1., 2.])
      y = tf.constant([3., 4.])
      g.watch(x)
      g.watch(y)
      z = x * x * y
    jacobian = g.jacobian(z, [x, y], experimental_use_pfor=experimental_use_pfor)
    answer = [tf.linalg.diag(2 * x * y), tf.linalg.diag(x * x)]
    return jacobian, answer

  def testPfor(self):
    for p in (True, False):
      jacobian, answer = self._jacobian(p)
      for j, a in zip(jacobian, answer):
        self.assertAllEqual(a, j)

  def test_parallel_iterations(self):
    with tf.GradientTape(persistent=True) as g:
      x = tf.constant([[1., 2], [3, 4]])
      g.watch(x)
      y = tf.matmul(x, x)
    self.assertAllClose(g.jacobian(y, x, parallel_iterations=2), g.jacobian(y, x, parallel_iterations=3))

  def test_indexed_slices(self):
    with tf.GradientTape(persistent=True) as g:
      inp = tf.random.uniform([3, 2])
      g.watch(inp)
      output = tf.nn.embedding_lookup(inp, [0, 2])
    self.assertAllClose(g.jacobian(output, inp, experimental_use_pfor=True),
                        g.jacobian(output, inp, experimental_use_pfor=False))

  def test_nested_jacobian(self):
    x = tf.ones((10, 2))
    with tf.GradientTape(persistent=False) as g:
      g.watch(x)
      with tf.GradientTape(persistent=False) as gg:
        gg.watch(x)
        y = tf.reduce_sum(tf.square(x))
      dy_x = gg.jacobian(y, x)
    dy_xx = g.batch_jacobian(dy_x, x)
    self.assertAllClose([[[2., 0], [0, 2.]]] * 10, self.evaluate(dy_xx))


class BatchJacobianTest(tf.test.TestCase):

  def _batch_jacobian(self, experimental_use_pfor):
    with tf.GradientTape(persistent=not experimental_use_pfor) as g:
      x = tf.constant([[1., 2.], [3., 4.]])
      y = tf.constant([[3., 4.], [5., 6.]])
      g.watch(x)
      z = x * x * y
    bj = g.batch_jacobian(z, x, experimental_use_pfor=experimental_use_pfor)
    answer = tf.stack([tf.linalg.diag(2 * x[0] * y[0]), tf.linalg.diag(2 * x[1] * y[1])])
    return bj, answer

  def testPfor(self):
    for p in (True, False):
      bj, answer = self._batch_jacobian(p)
      self.assertAllEqual(answer, bj)

  def testPforDefun(self):
    for p in (True, False):
      bj, answer = tf.function(lambda: self._batch_jacobian(p))()
      self.assertAllEqual(answer, bj)

  def test_parallel_iterations(self):
    with tf.GradientTape(persistent=True) as g:
      x = tf.constant([[1., 2], [3, 4]])
      g.watch(x)
      w = tf.constant([[1., 2, 3, 4], [5, 6, 7, 8]])
      y = tf.matmul(x, w)
    self.assertAllClose(g.batch_jacobian(y, x, parallel_iterations=2), g.batch_jacobian(y, x, parallel_iterations=3))
