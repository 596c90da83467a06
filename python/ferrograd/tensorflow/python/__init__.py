# tensorflow.python: the internal module paths scripts import errors and classes from.
