# tensorflow.python.ops.
