# tf.nn.
from ._ops import (bias_add, elu, l2_loss, leaky_relu, log_softmax, relu, sigmoid,  # noqa: F401
                   sigmoid_cross_entropy_with_logits, softmax, softmax_cross_entropy_with_logits, softplus,
                   sparse_softmax_cross_entropy_with_logits, tanh)
from ._ops import _arg, _wrap, _T


def relu6(features, name=None):
    return _wrap(_T.clamp(_arg(features), 0.0, 6.0))


def silu(features, beta=1.0, name=None):
    x = _arg(features)
    return _wrap(_T.__mul__(x, _T.sigmoid(x if beta == 1.0 else _T.__mul__(x, beta))))


swish = silu


from ._array_ops import in_top_k, top_k  # noqa: E402,F401
from ._nn_ops import dropout, l2_normalize, moments  # noqa: E402,F401
from ._conv import avg_pool, avg_pool2d, conv1d, conv2d, max_pool, max_pool2d  # noqa: E402,F401


def embedding_lookup(params, ids, max_norm=None, name=None):
    """tf.nn.embedding_lookup of one params tensor: tf.gather(params, ids)."""
    from . import _ops

    if isinstance(params, (list, tuple)):
        if len(params) != 1:
            raise NotImplementedError("tf.nn.embedding_lookup: partitioned params are not supported")
        params = params[0]
    if max_norm is not None:
        raise NotImplementedError("tf.nn.embedding_lookup: max_norm is not supported")
    return _ops.gather(params, ids)
