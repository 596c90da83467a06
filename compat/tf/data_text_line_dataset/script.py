# tf.data.TextLineDataset (the customization/basics tutorial's file dataset): lines without line ends, batching,
# several files, repr and cardinality.
import tempfile, tensorflow as tf
_, filename = tempfile.mkstemp()
with open(filename, 'w') as f:
  f.write("Line 1\nLine 2\r\nLine 3\n  ")
ds = tf.data.TextLineDataset(filename)
print(ds)
for x in ds:
  print(x)
print(list(ds.batch(2).as_numpy_iterator()))
print(ds.cardinality())
_, f2 = tempfile.mkstemp()
with open(f2, 'w') as f:
  f.write("a\nb\n")
print(list(tf.data.TextLineDataset([filename, f2]).as_numpy_iterator()))
