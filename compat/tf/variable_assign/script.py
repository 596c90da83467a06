import tensorflow as tf

a = tf.Variable([2.0, 3.0])
# This will keep the same dtype, float32
a.assign([1, 2])
print(a)
b = tf.Variable(a)
a.assign([5, 6])

# a and b are different
print(a.numpy())
print(b.numpy())

# There are other versions of assign
print(a.assign_add([2,3]).numpy())  # [7. 9.]
print(a.assign_sub([7,9]).numpy())  # [0. 0.]

v = tf.Variable(1.0, name='v')
r = v.assign_add(0.5)
print(r)
v.assign_sub(2.0)
print(v)
v.assign(10.0)
print(v.numpy())
print(tf.convert_to_tensor(v))
print(v + 1)
print(v * v)
c = tf.Variable(5)
c.assign_add(3)
print(c)
print(tf.Variable([[1., 2.], [3., 4.]]).assign([[0., 0.], [1., 1.]]))
