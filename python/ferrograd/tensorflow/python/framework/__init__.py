# tensorflow.python.framework.
