# torch.* functions that are torch.nn.functional's (torch's own positional signatures where they differ).
import builtins as _b

from ._common import _F
from ._inplace import _apply_inplace


def dropout(input, p, train):
    return _F().dropout(input, p, train)


def dropout_(input, p, train):
    return _apply_inplace(input, lambda s: _F().dropout(s, p, train))


def alpha_dropout(input, p, train):
    return _F().alpha_dropout(input, p, train)


def feature_alpha_dropout(input, p, train):
    return _F().feature_alpha_dropout(input, p, train)


def feature_dropout(input, p, train):
    F = _F()
    fn = {3: getattr(F, "dropout1d", None), 4: F.dropout2d, 5: getattr(F, "dropout3d", None)}.get(input.dim())
    return fn(input, p, train) if fn is not None else F.dropout(input, p, train)


def embedding(weight, indices, padding_idx=-1, scale_grad_by_freq=False, sparse=False):
    return _F().embedding(indices, weight, None if padding_idx == -1 else padding_idx,
                          scale_grad_by_freq=scale_grad_by_freq, sparse=sparse)


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05, cudnn_enable=True):
    return _F().layer_norm(input, list(normalized_shape), weight, bias, eps)


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05, cudnn_enabled=True):
    return _F().group_norm(input, num_groups, weight, bias, eps)


def batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, cudnn_enabled=True):
    return _F().batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)


def instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps,
                  cudnn_enabled=True):
    return _F().instance_norm(input, running_mean, running_var, weight, bias, use_input_stats, momentum, eps)


def threshold(input, threshold, value):
    return _F().threshold(input, threshold, value)


def constant_pad_nd(input, pad, value=0):
    return _F().pad(input, list(pad), "constant", value)


def norm_except_dim(v, pow=2, dim=0):
    if dim == -1:
        return v.norm(pow)
    d = dim % v.dim()
    others = [i for i in _b.range(v.dim()) if i != d]
    r = v.abs().pow(pow).sum(others, True).pow(1.0 / pow) if others else v.abs()
    return r


def convolution(input, weight, bias, stride, padding, dilation, transposed, output_padding, groups):
    F = _F()
    n = input.dim() - 2
    if transposed:
        fn = getattr(F, f"conv_transpose{n}d")
        return fn(input, weight, bias, stride, padding, output_padding, groups, dilation)
    return getattr(F, f"conv{n}d")(input, weight, bias, stride, padding, dilation, groups)


# names resolved on torch.nn.functional at call time (same signature in both namespaces)
F_ALIASES = (
    "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d", "cosine_similarity",
    "pairwise_distance", "pdist", "pixel_shuffle", "pixel_unshuffle", "celu", "selu", "rrelu", "bilinear", "kl_div",
    "binary_cross_entropy_with_logits", "margin_ranking_loss", "hinge_embedding_loss", "cosine_embedding_loss",
    "triplet_margin_loss", "poisson_nll_loss", "ctc_loss", "max_pool1d", "max_pool2d", "max_pool3d", "avg_pool1d",
    "adaptive_avg_pool1d", "adaptive_max_pool1d", "channel_shuffle", "hardshrink", "rms_norm", "embedding_bag",
    "max_pool1d_with_indices",
)


def f_alias(name):
    F = _F()
    fn = getattr(F, name, None)
    if fn is None:
        return None
    if name == "max_pool1d_with_indices":
        def g(input, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
            return fn(input, kernel_size, stride or None, padding, dilation, ceil_mode, True)
        return g
    return fn


def _inplace_F(name):
    def f(input, *a, **k):
        return _apply_inplace(input, lambda s: getattr(_F(), name)(s, *a, **k))

    f.__name__ = name + "_"
    return f
