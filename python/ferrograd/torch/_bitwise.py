# Bitwise and logical ops on integer/bool tensors (numpy kernels, no autograd as in torch), isin, argwhere.
from ._common import _T, _int_binary, _long, _t, _tt


def bitwise_and(input, other):
    import numpy as np

    return _int_binary("bitwise_and", np.bitwise_and, input, other)


def bitwise_or(input, other):
    import numpy as np

    return _int_binary("bitwise_or", np.bitwise_or, input, other)


def bitwise_xor(input, other):
    import numpy as np

    return _int_binary("bitwise_xor", np.bitwise_xor, input, other)


def bitwise_not(input):
    import numpy as np

    a = input.numpy(True)
    if a.dtype.kind == "f":
        raise NotImplementedError(f"\"bitwise_not_cpu\" not implemented for '{_long(input.dtype)}'")
    return _t(np.invert(a))


def bitwise_left_shift(input, other):
    import numpy as np

    return _int_binary("lshift", np.left_shift, input, other)


def bitwise_right_shift(input, other):
    import numpy as np

    return _int_binary("rshift", np.right_shift, input, other)


def logical_xor(input, other):
    import numpy as np

    x = input.numpy(True)
    y = other.numpy(True) if isinstance(other, _T) else np.asarray(other)
    return _t(np.logical_xor(x != 0, y != 0))


def isin(elements, test_elements, *, assume_unique=False, invert=False):
    import numpy as np

    e = elements.numpy(True) if isinstance(elements, _T) else np.asarray(elements)
    t = test_elements.numpy(True) if isinstance(test_elements, _T) else np.asarray(test_elements)
    return _t(np.isin(e, t, invert=invert))


def argwhere(input):
    return _tt().nonzero(input)
