# tf.compat.v1 for eager programs: the TF1 names they call; any other name is tf's.
import logging as _logging
import types as _types

from ... import tensorflow as _tf

_log = _logging.getLogger("tensorflow")


def _verbosity(v):
    _log.setLevel(v)


logging = _types.SimpleNamespace(
    DEBUG=10, INFO=20, WARN=30, ERROR=40, FATAL=50, set_verbosity=_verbosity,
    get_verbosity=lambda: _log.getEffectiveLevel(), debug=_log.debug, info=_log.info, warn=_log.warning,
    warning=_log.warning, error=_log.error, fatal=_log.critical)


def enable_eager_execution(config=None, device_policy=None, execution_mode=None):
    return None


enable_v2_behavior = enable_resource_variables = enable_eager_execution


def global_variables_initializer():
    return None


local_variables_initializer = initialize_all_variables = tables_initializer = global_variables_initializer


def placeholder(dtype, shape=None, name=None):
    raise RuntimeError("tf.placeholder() is not compatible with eager execution.")


set_random_seed = _tf.random.set_seed
random_normal = _tf.random.normal
random_uniform = _tf.random.uniform
truncated_normal = _tf.random.truncated_normal
to_float = lambda x, name="ToFloat": _tf.cast(x, _tf.float32)  # noqa: E731
to_int32 = lambda x, name="ToInt32": _tf.cast(x, _tf.int32)  # noqa: E731


def __getattr__(name):
    return getattr(_tf, name)
