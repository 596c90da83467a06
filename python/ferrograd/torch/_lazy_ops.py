# torch.* functions and Tensor methods resolved on first use (torch/__init__'s module __getattr__ and
# _extra_method), so their modules are not imported with torch.
from ._bitwise import (
    argwhere, bitwise_and, bitwise_left_shift, bitwise_not, bitwise_or, bitwise_right_shift, bitwise_xor, isin,
    logical_xor)
from ._common import _tt
from ._dtype_info import can_cast, finfo, iinfo, promote_types
from ._linalg_legacy import det, inverse, matrix_power
from ._math_ops import float_power, logaddexp, sgn
from ._reductions import cummax, cummin, kthvalue, mode, nanmean, nanquantile, nansum, quantile
from ._runtime import (
    are_deterministic_algorithms_enabled, is_deterministic_algorithms_warn_only_enabled,
    use_deterministic_algorithms)
from ._shape_ops import (
    _unfold, broadcast_shapes, broadcast_tensors, hsplit, ravel, repeat_interleave, tensor_split, vsplit)
from ._tensor_attrs import is_complex, is_floating_point, is_nonzero


def _t_where(self, condition, y):
    return _tt().where(condition, self, y)


def _t_allclose(self, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    return _tt().allclose(self, other, rtol, atol, equal_nan)


def _t_addmm(self, mat1, mat2, *, beta=1, alpha=1):
    return _tt().addmm(self, mat1, mat2, beta=beta, alpha=alpha)


FUNCTIONS = {
    "broadcast_shapes": broadcast_shapes, "broadcast_tensors": broadcast_tensors,
    "repeat_interleave": repeat_interleave, "tensor_split": tensor_split, "hsplit": hsplit, "vsplit": vsplit,
    "ravel": ravel, "bitwise_and": bitwise_and, "bitwise_or": bitwise_or, "bitwise_xor": bitwise_xor,
    "bitwise_not": bitwise_not, "bitwise_left_shift": bitwise_left_shift,
    "bitwise_right_shift": bitwise_right_shift, "logical_xor": logical_xor, "isin": isin,
    "argwhere": argwhere, "is_nonzero": is_nonzero, "is_floating_point": is_floating_point,
    "is_complex": is_complex, "sgn": sgn, "logaddexp": logaddexp, "float_power": float_power,
    "matrix_power": matrix_power, "cummax": cummax, "cummin": cummin, "kthvalue": kthvalue, "mode": mode,
    "quantile": quantile, "nanquantile": nanquantile, "nansum": nansum, "nanmean": nanmean, "finfo": finfo,
    "iinfo": iinfo, "promote_types": promote_types, "can_cast": can_cast,
    "use_deterministic_algorithms": use_deterministic_algorithms,
    "are_deterministic_algorithms_enabled": are_deterministic_algorithms_enabled,
    "is_deterministic_algorithms_warn_only_enabled": is_deterministic_algorithms_warn_only_enabled,
    "inverse": inverse, "det": det,
}

TENSOR_METHODS = {
    "repeat_interleave": repeat_interleave, "tensor_split": tensor_split, "hsplit": hsplit, "vsplit": vsplit,
    "ravel": ravel, "unfold": _unfold, "bitwise_and": bitwise_and, "bitwise_or": bitwise_or,
    "bitwise_xor": bitwise_xor, "bitwise_not": bitwise_not, "logical_xor": logical_xor, "isin": isin,
    "argwhere": argwhere, "is_nonzero": is_nonzero, "is_complex": is_complex, "sgn": sgn,
    "logaddexp": logaddexp, "float_power": float_power, "matrix_power": matrix_power, "cummax": cummax,
    "cummin": cummin, "kthvalue": kthvalue, "mode": mode, "quantile": quantile, "nanquantile": nanquantile,
    "nansum": nansum, "nanmean": nanmean, "inverse": inverse, "det": det, "where": _t_where,
    "allclose": _t_allclose, "addmm": _t_addmm,
}
