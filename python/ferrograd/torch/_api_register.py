# Registers the Python-level torch.* functions and Tensor methods into the torch namespace and the
# dialect's method table (called once from torch/__init__).
import math as _math

from ._common import _T, _tt
from ._creation import (
    _torch_range, asarray, empty_strided, frombuffer, logspace, new_empty_strided, scalar_tensor, vander)
from ._functional_aliases import (
    _inplace_F, alpha_dropout, batch_norm, constant_pad_nd, convolution, dropout, dropout_, embedding,
    feature_alpha_dropout, feature_dropout, group_norm, instance_norm, layer_norm, norm_except_dim, threshold)
from ._index_ops import (
    _copy_of, as_strided, as_strided_scatter, atleast_3d, diagflat, diagonal_scatter, dsplit, fill_diagonal_,
    index_copy, index_fill, index_put, index_put_, index_reduce, masked_scatter, nonzero_static, put, renorm,
    scatter_reduce, select_scatter, slice_copy, slice_scatter, split_with_sizes, unravel_index)
from ._inplace import (
    META_INPLACE, _apply_inplace, _cmp_inplace, _inplace_of, _logical_inplace, float_power_, heaviside_)
from ._linalg_legacy import (
    _lu_solve_method, _removed, _svd_method, cholesky_inverse, cholesky_solve, frobenius_norm, logdet, lu,
    lu_solve, lu_unpack, matrix_exp, nuclear_norm, pinverse, slogdet, triangular_solve)
from ._math_ops import (
    _imag, _imag_fn, addr, adjoint, angle, cumprod_, cumsum, cumsum_, fill, fmax, fmin, frexp, gcd, hardshrink,
    isreal, lcm, ldexp, logaddexp2, logcumsumexp, nanmedian, nextafter, positive, prelu, real, resolve, rsub, sgn_,
    vdot)
from ._numeric import (
    _histogram_method, chain_matmul, combinations, cumulative_trapezoid, gradient, histogram, histogramdd,
    trapezoid, trapz)
from ._random_fills import cauchy_, geometric_, log_normal_, poisson
from ._runtime import (
    _Version, _legacy_types, _type_method, channels_last, channels_last_3d, compile, compiled_with_cxx11_abi,
    cond, contiguous_format, get_deterministic_debug_mode, get_float32_matmul_precision, get_num_interop_threads,
    init_num_threads, is_storage, is_vulkan_available, is_warn_always_enabled, layout, memory_format,
    preserve_format, set_default_tensor_type, set_deterministic_debug_mode, set_float32_matmul_precision,
    set_flush_denormal, set_num_interop_threads, set_warn_always, strided, tensortype, typename, while_loop)
from ._special_ops import acosh, arccosh, digamma, erfc_, erfinv, i0, igamma, igammac, lgamma, mvlgamma, polygamma, sinc
from ._tensor_attrs import (
    _map2, _new, _storage_method, _to_dense, _untyped_storage_method, apply_, data_ptr, dim_order, get_device,
    is_conj, is_inference, is_neg, is_same_size, is_set_to, is_signed, map_, narrow_copy, storage_offset)
from ._windows import bartlett_window, blackman_window, hamming_window, hann_window, kaiser_window


FUNCTIONS = {
    "lgamma": lgamma, "digamma": digamma, "polygamma": polygamma, "erfinv": erfinv, "i0": i0, "sinc": sinc,
    "acosh": acosh, "arccosh": arccosh, "mvlgamma": mvlgamma, "logaddexp2": logaddexp2,
    "logcumsumexp": logcumsumexp, "cumsum": cumsum, "fmax": fmax, "fmin": fmin, "gcd": gcd, "lcm": lcm,
    "ldexp": ldexp, "frexp": frexp, "nextafter": nextafter, "angle": angle, "positive": positive,
    "isreal": isreal, "real": real, "resolve_conj": resolve, "resolve_neg": resolve, "conj": resolve,
    "conj_physical": resolve, "hardshrink": hardshrink, "prelu": prelu, "vdot": vdot, "nanmedian": nanmedian,
    "greater": _T.gt, "greater_equal": _T.ge, "less": _T.lt, "less_equal": _T.le, "not_equal": _T.ne,
    "swapdims": _T.transpose, "index_copy": index_copy, "index_fill": index_fill, "index_reduce": index_reduce,
    "scatter_reduce": scatter_reduce, "masked_scatter": masked_scatter, "select_scatter": select_scatter,
    "slice_scatter": slice_scatter, "diagonal_scatter": diagonal_scatter, "diagflat": diagflat, "put": put,
    "renorm": renorm, "split_with_sizes": split_with_sizes, "unsafe_split": _T.split, "unsafe_chunk": _T.chunk,
    "unsafe_split_with_sizes": split_with_sizes, "dsplit": dsplit, "atleast_3d": atleast_3d, "logdet": logdet,
    "slogdet": slogdet, "pinverse": pinverse, "matrix_exp": matrix_exp, "qr": _removed("qr"), "svd": _svd_method,
    "cholesky": _removed("cholesky"), "cholesky_inverse": cholesky_inverse, "cholesky_solve": cholesky_solve,
    "lstsq": _removed("lstsq"), "solve": _removed("solve"), "matrix_rank": _removed("matrix_rank"),
    "symeig": _removed("symeig"), "eig": _removed("eig"),
    "is_same_size": is_same_size, "is_signed": is_signed, "is_inference": is_inference, "is_conj": is_conj,
    "is_neg": is_neg, "get_device": get_device, "addr": addr, "adjoint": adjoint,
    "hann_window": hann_window, "hamming_window": hamming_window, "blackman_window": blackman_window,
    "bartlett_window": bartlett_window, "kaiser_window": kaiser_window, "combinations": combinations,
    "chain_matmul": chain_matmul, "gradient": gradient, "trapezoid": trapezoid, "trapz": trapz,
    "cumulative_trapezoid": cumulative_trapezoid, "histogram": histogram, "asarray": asarray,
    "frombuffer": frombuffer, "logspace": logspace, "vander": vander, "rsub": rsub, "scalar_tensor": scalar_tensor,
    "unravel_index": unravel_index, "empty_strided": empty_strided, "frobenius_norm": frobenius_norm,
    "nuclear_norm": nuclear_norm, "dropout": dropout, "dropout_": dropout_, "alpha_dropout": alpha_dropout,
    "feature_alpha_dropout": feature_alpha_dropout, "feature_dropout": feature_dropout, "embedding": embedding,
    "layer_norm": layer_norm, "group_norm": group_norm, "batch_norm": batch_norm, "instance_norm": instance_norm,
    "threshold": threshold, "constant_pad_nd": constant_pad_nd, "narrow_copy": narrow_copy,
    "erfc_": erfc_,
    "threshold_": _inplace_F("threshold"), "celu_": _inplace_F("celu"), "selu_": _inplace_F("selu"),
    "rrelu_": _inplace_F("rrelu"), "alpha_dropout_": _inplace_F("alpha_dropout"),
    "strided": strided, "contiguous_format": contiguous_format, "channels_last": channels_last,
    "channels_last_3d": channels_last_3d, "preserve_format": preserve_format, "layout": layout,
    "memory_format": memory_format, "compile": compile, "typename": typename, "range": _torch_range,
    "get_float32_matmul_precision": get_float32_matmul_precision,
    "set_float32_matmul_precision": set_float32_matmul_precision,
    "get_num_interop_threads": get_num_interop_threads, "set_num_interop_threads": set_num_interop_threads,
    "set_flush_denormal": set_flush_denormal, "set_warn_always": set_warn_always,
    "is_warn_always_enabled": is_warn_always_enabled, "is_storage": is_storage, "imag": _imag_fn,
    "as_strided": as_strided, "triangular_solve": triangular_solve, "index_put": index_put, "igamma": igamma,
    "compiled_with_cxx11_abi": compiled_with_cxx11_abi, "is_vulkan_available": is_vulkan_available,
    "init_num_threads": init_num_threads, "set_deterministic_debug_mode": set_deterministic_debug_mode,
    "get_deterministic_debug_mode": get_deterministic_debug_mode, "as_strided_scatter": as_strided_scatter,
    "slice_copy": slice_copy, "norm_except_dim": norm_except_dim, "convolution": convolution,
    "has_lapack": True, "has_mkl": True, "has_openmp": True, "has_spectral": True,
    "tensortype": tensortype, "set_default_tensor_type": set_default_tensor_type, "cond": cond,
    "while_loop": while_loop, "nonzero_static": nonzero_static, "histogramdd": histogramdd, "poisson": poisson,
    "fill": fill,
    "igammac": igammac, "lu": lu, "lu_unpack": lu_unpack, "lu_solve": lu_solve,
    "ger": lambda input, vec2: input.ger(vec2),
    "e": _math.e, "pi": _math.pi, "inf": _math.inf, "nan": _math.nan, "newaxis": None,
}
for _n in ("detach", "expand", "permute", "squeeze", "unsqueeze", "t", "transpose", "unbind", "unfold", "view",
           "diagonal", "select", "split", "split_with_sizes", "alias"):
    FUNCTIONS[_n + "_copy"] = _copy_of(_n) if _n not in ("split_with_sizes", "diagonal", "alias") else None
FUNCTIONS["split_with_sizes_copy"] = lambda input, split_sizes, dim=0: tuple(
    x.clone() for x in split_with_sizes(input, split_sizes, dim))
FUNCTIONS["diagonal_copy"] = lambda input, offset=0, dim1=0, dim2=1: input.diagonal(offset, dim1, dim2).clone()
FUNCTIONS["alias_copy"] = lambda input: input.clone()
del _n

# names of in-place / alias Tensor methods filled by register()
_INPLACE_OF_METHOD = (
    "acosh", "arccosh", "lgamma", "digamma", "erfinv", "i0", "sinc", "ldexp", "gcd", "lcm", "nextafter", "igamma",
    "igammac",
    "logical_and", "logical_or", "logical_xor", "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not",
    "bitwise_left_shift", "bitwise_right_shift", "addmm", "addmv", "addbmm", "baddbmm", "addr", "arctan2", "atan2",
    "index_copy", "index_fill", "index_reduce", "masked_scatter", "scatter_reduce", "put", "renorm", "xlogy",
    "asinh", "atanh", "arcsin", "arccos", "arctan", "arcsinh", "arctanh", "negative", "absolute", "subtract",
    "multiply", "divide", "sgn", "mvlgamma", "fmod", "frac", "hypot", "copysign",
)


# these replace older versions (storage_offset was always 0, layout a string, index_put without
# accumulate); the shift operators exist on the Rust type and call these ext entries
_OVERRIDE = ("storage_offset", "layout", "index_put", "index_put_", "__lshift__", "__rlshift__", "__rshift__",
             "__rrshift__")


def register(ns, ext):
    """Adds the functions to the torch namespace `ns` and the Tensor methods to the dialect's `ext` dict."""
    ns.setdefault("version", _Version())
    for name, cls in _legacy_types().items():
        ns.setdefault(name, cls)
    if "type" in ext:
        ext["type"] = _type_method(ext["type"])
    rt, mk = ns["return_types"], ns["_named_ret"]
    for name, fields in (("frexp", ("mantissa", "exponent")), ("slogdet", ("sign", "logabsdet")),
                         ("qr", ("Q", "R")), ("svd", ("U", "S", "V")), ("histogram", ("hist", "bin_edges")),
                         ("nanmedian", ("values", "indices")),
                         ("triangular_solve", ("solution", "cloned_coefficient")),
                         ("lu_unpack", ("P", "L", "U")), ("histogramdd", ("hist", "bin_edges")),
                         ("_lu_with_info", ("LU", "pivots", "info"))):
        if not hasattr(rt, name):
            setattr(rt, name, mk(name, fields))
    for name, fn in FUNCTIONS.items():
        if name not in ns or name in _OVERRIDE:
            ns[name] = fn
    methods = {
        "acosh": acosh, "arccosh": acosh, "lgamma": lgamma, "digamma": digamma, "erfinv": erfinv, "i0": i0,
        "sinc": sinc, "mvlgamma": mvlgamma, "logaddexp2": logaddexp2, "logcumsumexp": logcumsumexp,
        "cumsum": cumsum, "cumsum_": cumsum_, "cumprod_": cumprod_, "fmax": fmax, "fmin": fmin, "gcd": gcd,
        "lcm": lcm, "ldexp": ldexp, "frexp": frexp, "nextafter": nextafter, "angle": angle, "positive": positive,
        "isreal": isreal, "resolve_conj": resolve, "resolve_neg": resolve, "conj": resolve,
        "conj_physical": resolve, "conj_physical_": resolve, "hardshrink": hardshrink, "prelu": prelu,
        "vdot": vdot, "nanmedian": nanmedian,
        "polygamma": lambda self, n: polygamma(n, self),
        "polygamma_": lambda self, n: _apply_inplace(self, lambda s: polygamma(n, s)._named("PolygammaBackward1")),
        "greater": _T.gt, "greater_equal": _T.ge, "less": _T.lt, "less_equal": _T.le, "not_equal": _T.ne,
        "swapdims": _T.transpose, "index_copy": index_copy, "index_fill": index_fill, "index_reduce": index_reduce,
        "scatter_reduce": scatter_reduce, "masked_scatter": masked_scatter, "select_scatter": select_scatter,
        "slice_scatter": slice_scatter, "diagonal_scatter": diagonal_scatter, "diagflat": diagflat,
        "fill_diagonal_": fill_diagonal_, "put": put, "renorm": renorm, "split_with_sizes": split_with_sizes,
        "unsafe_split": _T.split, "unsafe_chunk": _T.chunk, "unsafe_split_with_sizes": split_with_sizes,
        "dsplit": dsplit, "logdet": logdet, "slogdet": slogdet, "pinverse": pinverse, "matrix_exp": matrix_exp,
        "qr": _removed("qr"), "svd": _svd_method, "cholesky": _removed("cholesky"),
        "cholesky_inverse": cholesky_inverse,
        "cholesky_solve": cholesky_solve, "lstsq": _removed("lstsq"), "solve": _removed("solve"),
        "symeig": _removed("symeig"), "eig": _removed("eig"), "addr": addr, "adjoint": adjoint,
        "float_power_": float_power_, "heaviside_": heaviside_, "erfc_": erfc_, "sgn_": sgn_,
        "is_same_size": is_same_size, "is_signed": is_signed, "is_inference": is_inference,
        "is_conj": is_conj, "is_neg": is_neg, "get_device": get_device, "data_ptr": data_ptr,
        "const_data_ptr": data_ptr, "storage_offset": storage_offset, "new": _new,
        "new_empty_strided": new_empty_strided, "narrow_copy": narrow_copy, "dim_order": dim_order,
        "as_strided": as_strided, "triangular_solve": triangular_solve, "histogram": _histogram_method,
        "nonzero_static": nonzero_static, "is_set_to": is_set_to,
        "as_strided_scatter": as_strided_scatter, "to_dense": _to_dense,
        "cauchy_": cauchy_, "geometric_": geometric_, "log_normal_": log_normal_,
        "storage": _storage_method, "index_put": index_put, "index_put_": index_put_, "igamma": igamma,
        "igammac": igammac, "lu": lu, "lu_solve": _lu_solve_method, "untyped_storage": _untyped_storage_method,
        "bitwise_left_shift": lambda self, other: _tt().bitwise_left_shift(self, other),
        "bitwise_right_shift": lambda self, other: _tt().bitwise_right_shift(self, other),
        "__lshift__": lambda self, other: _tt().bitwise_left_shift(self, other),
        "__rlshift__": lambda self, other: _tt().bitwise_left_shift(other, self),
        "__rshift__": lambda self, other: _tt().bitwise_right_shift(self, other),
        "__rrshift__": lambda self, other: _tt().bitwise_right_shift(other, self),
        "map2_": lambda self, x, y, fn: _map2(self, x, y, fn),
        "apply_": apply_, "map_": map_, "pin_memory": lambda self, *a, **k: self,
        "share_memory_": lambda self: self, "is_pinned": lambda self, *a, **k: False,
        "is_shared": lambda self: False,
        "real": property(real), "imag": property(_imag), "output_nr": property(lambda self: 0),
        "itemsize": property(lambda self: self.element_size()),
        "nbytes": property(lambda self: self.element_size() * self.numel()),
        "name": property(lambda self: None), "layout": property(lambda self: strided),
        "is_cpu": property(lambda self: True),
        "is_sparse": property(lambda self: False), "is_sparse_csr": property(lambda self: False),
        "is_quantized": property(lambda self: False), "is_meta": property(lambda self: False),
        "is_nested": property(lambda self: False), "is_mkldnn": property(lambda self: False),
        "is_xla": property(lambda self: False), "is_xpu": property(lambda self: False),
        "is_mps": property(lambda self: False), "is_ipu": property(lambda self: False),
        "is_vulkan": property(lambda self: False), "is_maia": property(lambda self: False),
        "is_mtia": property(lambda self: False),
    }
    methods.update(META_INPLACE)
    methods["register_post_accumulate_grad_hook"] = lambda self, hook: _tt().autograd._post_accumulate_hook(self, hook)
    for name, fn in methods.items():
        if name in _OVERRIDE or (not hasattr(_T, name) and name not in ext):
            ext[name] = fn
    aliases = {"subtract": "sub", "subtract_": "sub_", "multiply_": "mul_", "divide_": "div_", "negative_": "neg_",
               "absolute_": "abs_", "arcsin_": "asin_", "arccos_": "acos_", "arctan_": "atan_",
               "arctan2_": "atan2_", "swapdims_": None, "greater_": "gt_", "greater_equal_": "ge_",
               "less_": "lt_", "less_equal_": "le_", "not_equal_": "ne_"}
    cmp = {"eq": "eq", "ne": "ne", "lt": "lt", "le": "le", "gt": "gt", "ge": "ge", "greater": "gt",
           "greater_equal": "ge", "less": "lt", "less_equal": "le", "not_equal": "ne"}
    for name, core in cmp.items():
        if not hasattr(_T, name + "_") and name + "_" not in ext:
            ext[name + "_"] = _cmp_inplace(core)
    for name in ("logical_and", "logical_or", "logical_xor"):
        if not hasattr(_T, name + "_") and name + "_" not in ext:
            ext[name + "_"] = _logical_inplace(name)
    for name, target in aliases.items():
        fn = ext.get(target) or getattr(_T, target, None) if target else None
        if fn is not None and not hasattr(_T, name) and name not in ext:
            ext[name] = fn
    for name in _INPLACE_OF_METHOD:
        fn = ext.get(name) or getattr(_T, name, None)
        if fn is not None and not hasattr(_T, name + "_") and name + "_" not in ext:
            ext[name + "_"] = _inplace_of(fn)
    # torch.<name>_ module functions for the new in-place methods
    for name in ("acosh_", "arccosh_", "arcsin_", "arccos_", "arctan_", "arcsinh_", "arctanh_", "asinh_",
                 "atanh_", "addmv_", "negative_", "xlogy_", "gcd_", "lcm_", "ldexp_", "i0_", "sinc_"):
        if name not in ns and name in ext:
            ns[name] = ext[name]
