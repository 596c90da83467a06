"""More mindspore.ops primitive classes (session 4): the Primitive forms of functions in _gaps4.py, _extra.py
and functional.py, with MindSpore 2.10's __init__ arguments (`ops.Sinh()(x)`, `ops.Roll(1, 0)(x)`, ...)."""
from .primitives import Primitive
from . import _extra as X
from . import _gaps4 as G
from . import functional as F


def _p(name, fn, init=()):
    """A Primitive class `name`: __init__ keeps the named attributes (defaults given), __call__ forwards
    (inputs..., attributes...) to fn."""
    names = [n for n, _ in init]
    defaults = dict(init)

    def __init__(self, *args, **kwargs):
        Primitive.__init__(self)
        vals = dict(defaults)
        for n, v in zip(names, args):
            vals[n] = v
        for n, v in kwargs.items():
            if n not in vals:
                raise TypeError(f"For '{name}', got an unexpected keyword argument '{n}'.")
            vals[n] = v
        missing = [n for n in names if vals[n] is _REQ]
        if missing:
            raise TypeError(f"For '{name}', missing required argument '{missing[0]}'.")
        for n in names:
            setattr(self, n, vals[n])
            self.attrs[n] = vals[n]

    def construct(self, *inputs):
        return fn(*inputs, *[getattr(self, n) for n in names])

    return type(name, (Primitive,), {"__init__": __init__, "construct": construct, "__doc__": f"ops.{name}"})


_REQ = object()


def _int32():
    from .. import _dtype

    return _dtype.int32

_TABLE = {
    # elementwise
    "ACos": (X.acos,), "Acosh": (X.acosh,), "Asin": (X.asin,), "Asinh": (X.asinh,), "Atan": (X.atan,),
    "Atan2": (X.atan2,), "Atanh": (X.atanh,), "Cosh": (X.cosh,), "Sinh": (X.sinh,), "Erfc": (G.erfc,),
    "Erfinv": (G.erfinv,), "Expm1": (F.expm1,), "Lgamma": (G.lgamma,), "Digamma": (G.digamma,),
    "Hypot": (G.hypot,), "Heaviside": (G.heaviside,), "Gcd": (G.gcd,), "Lcm": (G.lcm,),
    "BitwiseAnd": (G.bitwise_and,), "BitwiseOr": (G.bitwise_or,), "BitwiseXor": (G.bitwise_xor,),
    "Invert": (G.invert,), "Inv": (G.inv,), "IsFinite": (F.isfinite,), "IsInf": (F.isinf,),
    "LogicalXor": (G.logical_xor,), "Sinc": (G.sinc,), "Trunc": (X.trunc,), "TruncateDiv": (G.truncate_div,),
    "TruncateMod": (G.truncate_mod,), "Xdivy": (G.xdivy,), "Xlogy": (X.xlogy,), "FloorMod": (G.floor_mod,),
    "Fmax": (G.fmax,), "Mish": (X.mish,), "SeLU": (X.selu,), "HSigmoid": (X.hardsigmoid,),
    "HSwish": (X.hardswish,), "Softsign": (X.softsign,), "FastGelu": (G.fast_gelu,), "Gelu": (F.gelu,),
    "Trace": (X.trace,), "Lerp": (X.lerp,), "Addcdiv": (X.addcdiv,), "Addcmul": (X.addcmul,),
    "MaskedFill": (F.masked_fill,), "MaskedSelect": (X.masked_select,), "Diag": (X.diag,),
    "MatrixDeterminant": (G.matrix_determinant,), "LogMatrixDeterminant": (G.log_matrix_determinant,),
    "NonZero": (lambda x: X.nonzero(x),), "UnsortedSegmentSum": (G.unsorted_segment_sum,),
    "UnsortedSegmentMax": (G.unsorted_segment_max,), "UnsortedSegmentMin": (G.unsorted_segment_min,),
    "UnsortedSegmentProd": (G.unsorted_segment_prod,), "TensorScatterSub": (G.tensor_scatter_sub,),
    "TensorScatterMul": (G.tensor_scatter_mul,), "TensorScatterDiv": (G.tensor_scatter_div,),
    "TensorScatterMax": (G.tensor_scatter_max,), "TensorScatterMin": (G.tensor_scatter_min,),
    "InvertPermutation": (lambda x: type(x)(sorted(range(len(x)), key=lambda i: x[i])),),
    # with attributes
    "Logit": (lambda x, eps: G.logit(x, None if eps < 0 else eps), (("eps", -1.0),)),
    "HShrink": (G.hardshrink, (("lambd", 0.5),)), "SoftShrink": (G.softshrink, (("lambd", 0.5),)),
    "CeLU": (X.celu, (("alpha", 1.0),)), "GLU": (G.glu, (("axis", -1),)),
    "Tril": (X.tril, (("diagonal", 0),)), "Triu": (X.triu, (("diagonal", 0),)),
    "Roll": (X.roll, (("shifts", _REQ), ("dims", None))),
    "ReverseV2": (lambda x, axis: X.flip(x, tuple(axis)), (("axis", _REQ),)),
    "TensorScatterElements": (G.tensor_scatter_elements, (("axis", 0), ("reduction", "none"))),
    "ScatterNdAdd": (G.scatter_nd_add, (("use_locking", False),)),
    "ScatterNdSub": (G.scatter_nd_sub, (("use_locking", False),)),
    "Cummax": (X.cummax, (("axis", _REQ),)),
    "Cummin": (lambda x, axis: (lambda r: (r[0], r[1].astype(_int32())))(X.cummin(x, axis)), (("axis", _REQ),)),
    "Meshgrid": (lambda inputs, indexing: X.meshgrid(*inputs, indexing=indexing), (("indexing", "xy"),)),
    "IndexAdd": (lambda x, idx, y, axis, use_lock, chk: X.index_add(x, idx, y, axis),
                 (("axis", _REQ), ("use_lock", True), ("check_index_bound", True))),
    "Cholesky": (G.cholesky, (("upper", False),)),
    "IsClose": (X.isclose, (("rtol", 1e-05), ("atol", 1e-08), ("equal_nan", False))),
    "Renorm": (lambda x, p, dim, maxnorm: G.renorm(x, p, dim, maxnorm), (("p", _REQ), ("dim", _REQ),
                                                                          ("maxnorm", _REQ))),
    "MatrixPower": (lambda x, n: G.matrix_power(x, n), (("n", _REQ),)),
    "Pdist": (lambda x, p: G.pdist(x, p), (("p", 2.0),)), "Cdist": (lambda a, b, p: X.cdist(a, b, p), (("p", 2.0),)),
    "Unpack": (lambda x, axis: G.unstack(x, axis), (("axis", 0),)),
    "Pack": (lambda xs, axis: F.stack(xs, axis), (("axis", 0),)),
    "SmoothL1Loss": (lambda a, b, beta, red: X.smooth_l1_loss(a, b, beta, red), (("beta", 1.0), ("reduction", "none"))),
    "MultiMarginLoss": (lambda x, t, w, p, m, r: G.multi_margin_loss(x, t, p, m, w, r),
                        (("p", 1), ("margin", 1.0), ("reduction", "mean"))),
}

__all__ = []
for _name, _spec in _TABLE.items():
    globals()[_name] = _p(_name, _spec[0], _spec[1] if len(_spec) > 1 else ())
    __all__.append(_name)
del _name, _spec
