import tensorflow as tf
ds = tf.data.Dataset.from_tensor_slices([1, 2, 3, 4, 5, 6])
print(ds)
ds2 = ds.map(tf.math.square).batch(4)
print(ds2)
for b in ds2:
    print(b)
print(list(ds.take(3).as_numpy_iterator()))
print(len(ds), ds.cardinality())
feats = tf.data.Dataset.from_tensor_slices(({"a": [1., 2., 3.]}, [0, 1, 0]))
print(feats.element_spec)
for f, l in feats.batch(2):
    print(f["a"], l)
print(list(tf.data.Dataset.range(5).filter(lambda x: x % 2 == 0).as_numpy_iterator()))
z = tf.data.Dataset.zip((tf.data.Dataset.range(3), tf.data.Dataset.range(3, 6)))
print(list(z.as_numpy_iterator()))
print(tf.data.Dataset.range(10).batch(3, drop_remainder=True).cardinality())
print(list(tf.data.Dataset.range(2).repeat(2).enumerate().as_numpy_iterator()))
