# tf.sparse ops on float data: sparse_dense_matmul (bit patterns; adjoints), add (sparse+sparse, sparse+dense),
# concat, slice, reduce_max, scalar multiply.
import numpy as np, tensorflow as tf
rng = np.random.RandomState(0)
d = rng.randn(6, 7).astype(np.float32) * (rng.rand(6, 7) < 0.4)
sp = tf.sparse.from_dense(d)
b = tf.constant(rng.randn(7, 5).astype(np.float32))
print(tf.sparse.sparse_dense_matmul(sp, b).numpy().view(np.int32).sum())
print(tf.sparse.sparse_dense_matmul(sp, tf.transpose(b), adjoint_b=True).numpy().view(np.int32).sum())
print(tf.sparse.sparse_dense_matmul(tf.sparse.transpose(sp), b, adjoint_a=True).numpy().view(np.int32).sum())
s2 = tf.sparse.add(sp, tf.sparse.from_dense(-d[::-1].copy()))
print(s2.indices.numpy().tolist()[:6], s2.values.numpy()[:4])
print(tf.sparse.add(sp, tf.ones([6, 7])).numpy()[0])
c = tf.sparse.concat(0, [sp, sp])
print(c.dense_shape.numpy(), c.indices.numpy()[-3:].tolist())
sl = tf.sparse.slice(sp, [2, 3], [10, 2])
print(sl.dense_shape.numpy(), sl.indices.numpy().tolist(), sl.values.numpy())
print(tf.sparse.reduce_max(sp), (sp * 2).values.numpy()[:3])
