# tf.compat.v2 is TensorFlow 2's API: the tf module itself.
import sys

from ... import tensorflow as _tf

sys.modules[__name__] = _tf
