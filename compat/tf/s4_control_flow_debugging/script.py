import tensorflow as tf


def report(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


x = tf.Variable(3.0)
with tf.GradientTape(persistent=True) as tape:
    y = tf.cond(x > 2.0, lambda: x * x, lambda: -x)
    z = tf.cond(tf.constant(False), lambda: x * x, lambda: -x)
    i, acc = tf.while_loop(lambda i, acc: i < 4, lambda i, acc: (i + 1, acc * x), (tf.constant(0), tf.constant(1.0)))
    m = tf.map_fn(lambda v: v * x, tf.constant([1.0, 2.0, 3.0]))
    s = tf.scan(lambda a, v: a * x + v, tf.constant([1.0, 2.0, 3.0]))
    f = tf.foldl(lambda a, v: a + v * x, tf.constant([1.0, 2.0, 3.0]))
    fr = tf.foldr(lambda a, v: a * 10.0 + v, tf.constant([1.0, 2.0, 3.0]), initializer=x)
print(y, z, i, acc)
print(m, s, f, fr)
for t in (y, z, acc, m, s, f, fr):
    print(tape.gradient(t, x))
print(tf.while_loop(lambda i: i < 10, lambda i: (i + 1,), (tf.constant(0),)))
print(tf.while_loop(lambda i, j: i < 10, lambda i, j: (i + 1, j * 2), (0, 1.0)))
print(tf.while_loop(lambda i: i < 100, lambda i: [i * 2], [1], maximum_iterations=3))
print(tf.map_fn(lambda t: (t[0] + t[1], t[0] * t[1]), (tf.constant([1.0, 2.0]), tf.constant([3.0, 4.0])),
                fn_output_signature=(tf.float32, tf.float32)))
print(tf.map_fn(lambda v: tf.cast(v, tf.int32) * 2, tf.constant([1.5, 2.5]), fn_output_signature=tf.int32))
print(tf.scan(lambda a, v: a + v, tf.constant([1, 2, 3]), reverse=True))
print(tf.scan(lambda a, v: (a[0] + v, a[1] * v), tf.constant([1.0, 2.0, 3.0]), initializer=(0.0, 1.0)))
print(tf.case([(tf.constant(False), lambda: tf.constant(1)), (tf.constant(True), lambda: tf.constant(2))],
              default=lambda: tf.constant(3)))
print(tf.case([(tf.constant(False), lambda: tf.constant(1))], default=lambda: tf.constant(3)))
print(tf.switch_case(tf.constant(1), [lambda: tf.constant(10), lambda: tf.constant(20)]))
print(tf.switch_case(tf.constant(7), {0: lambda: tf.constant(10), 1: lambda: tf.constant(30)},
                     default=lambda: tf.constant(-1)))
print(tf.vectorized_map(lambda v: v * v, tf.constant([1.0, 2.0, 3.0])))
print(tf.no_op(), tf.group([]), tf.tuple([tf.constant(1), tf.constant(2.0)]))
with tf.control_dependencies([tf.constant(1)]):
    print(tf.identity(5))
print(tf.py_function(lambda a: a * 2, [tf.constant(3.0)], tf.float32))
print(tf.numpy_function(lambda a: a * 2, [tf.constant(3.0)], tf.float32))
print(tf.ensure_shape(tf.constant([1.0, 2.0, 3.0]), [None]), tf.ensure_shape(tf.zeros([2, 3]), [2, None]))
g, n = tf.clip_by_global_norm([tf.constant([3.0, 4.0]), tf.constant([12.0])], 5.0)
print(g, n)
print(tf.clip_by_global_norm([tf.constant([0.3, 0.4]), None], 5.0))
print(tf.linalg.global_norm([tf.constant([3.0, 4.0]), tf.constant([12.0])]))
report(lambda: tf.ensure_shape(tf.constant([1.0, 2.0, 3.0]), [2]))
report(lambda: tf.ensure_shape(tf.zeros([2, 3]), [2, 4]))
report(lambda: tf.gradients(tf.constant(1.0), tf.constant(2.0)))
report(lambda: tf.cond(tf.constant([True, False]), lambda: 1, lambda: 2))
report(lambda: tf.map_fn(lambda v: v, tf.constant(1.0)))
report(lambda: tf.debugging.assert_equal(tf.constant([1, 2]), tf.constant([1, 3])))
report(lambda: tf.debugging.assert_equal(tf.constant([1, 2]), tf.constant([1, 2])))
report(lambda: tf.debugging.assert_less(tf.constant([1, 2]), tf.constant([1, 3])))
report(lambda: tf.debugging.assert_greater(tf.constant([1.0, 2.0]), 1.5))
report(lambda: tf.debugging.assert_greater_equal(tf.constant([1.0, 2.0]), 1.0))
report(lambda: tf.debugging.assert_positive(tf.constant([1.0, -2.0])))
report(lambda: tf.debugging.assert_non_negative(tf.constant([0.0, 2.0])))
report(lambda: tf.debugging.assert_rank(tf.constant([1.0, -2.0]), 2))
report(lambda: tf.debugging.assert_rank(tf.constant([1.0, -2.0]), 1))
report(lambda: tf.debugging.check_numerics(tf.constant([1.0, float("nan")]), "bad values"))
report(lambda: tf.debugging.check_numerics(tf.constant([1.0, 2.0]), "fine"))
report(lambda: tf.debugging.assert_all_finite(tf.constant([1.0, float("inf")]), "inf here"))
report(lambda: tf.debugging.assert_near(tf.constant([1.0]), tf.constant([1.1])))
report(lambda: tf.debugging.assert_type(tf.constant([1.0]), tf.int32))
report(lambda: tf.debugging.assert_shapes([(tf.zeros([2, 3]), ("N", "D")), (tf.zeros([2]), ("N",))]))
report(lambda: tf.debugging.assert_scalar(tf.constant(1.0)))
report(lambda: tf.debugging.is_numeric_tensor(tf.constant(1.0)))
report(lambda: tf.assert_equal(1, 1))
