# tf.math.
from ._ops import (abs, add, add_n, argmax, argmin, ceil, cos, divide, equal, exp, expm1, floor,  # noqa: F401
                   floordiv, floormod, greater, greater_equal, less, less_equal, log, log1p, logical_and,
                   logical_not, logical_or, maximum, minimum, mod, multiply, negative, not_equal, pow,
                   reciprocal, reduce_all, reduce_any, reduce_logsumexp, reduce_max, reduce_mean, reduce_min,
                   reduce_prod, reduce_sum, round, rsqrt, sigmoid, sign, sin, softplus, sqrt, square, subtract,
                   tan, tanh, truediv)
from ._ops import _arg, _wrap, _T


def squared_difference(x, y, name=None):
    d = subtract(x, y)
    return d * d


def reduce_std(input_tensor, axis=None, keepdims=False, name=None):
    return sqrt(reduce_variance(input_tensor, axis, keepdims))


def reduce_variance(input_tensor, axis=None, keepdims=False, name=None):
    x = _arg(input_tensor)
    m = reduce_mean(x, axis, keepdims=True)
    return reduce_mean(square(x - m), axis, keepdims)


def is_nan(x, name=None):
    x = _arg(x)
    return _wrap(_T.__ne__(x, x))


def count_nonzero(input, axis=None, keepdims=None, dtype="int64", name=None):
    from ._ops import cast, not_equal, reduce_sum

    return reduce_sum(cast(not_equal(input, 0), dtype), axis, bool(keepdims))


from ._array_ops import cumprod, cumsum, in_top_k, top_k  # noqa: E402,F401
from ._math_ops import (atan2, bincount, confusion_matrix, divide_no_nan, erf, is_finite, is_inf,  # noqa: E402,F401
                        reduce_euclidean_norm, segment_sum, unsorted_segment_sum)
from ._nn_ops import l2_normalize  # noqa: E402,F401
