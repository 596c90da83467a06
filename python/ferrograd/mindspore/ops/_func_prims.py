# mindspore.ops primitive classes that are the Primitive forms of the functional ops (_math_func.py,
# _array_func.py, _nn_func.py, _linalg_func.py, functional.py), with MindSpore 2.10's __init__ arguments (`ops.Sinh()(x)`, `ops.Roll(1, 0)(x)`, ...).
from .. import _dtype
from .._tensor import Tensor
from .primitives import Primitive
from . import _array_func as AF
from . import _linalg_func as LF
from . import _math_func as MF
from . import _nn_func as NF
from . import functional as F


def _p(name, fn, init=()):
    # A Primitive class `name`: __init__ keeps the named attributes (defaults given), __call__ forwards
    # (inputs..., attributes...) to fn.
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

def _late(name):  # an ops function defined after this module
    return lambda *args: getattr(__import__("ferrograd.mindspore.ops", fromlist=["x"]), name)(*args)


_TABLE = {
    # elementwise
    "ACos": (MF.acos,), "Acosh": (MF.acosh,), "Asin": (MF.asin,), "Asinh": (MF.asinh,), "Atan": (MF.atan,),
    "Atan2": (MF.atan2,), "Atanh": (MF.atanh,), "Cosh": (MF.cosh,), "Sinh": (MF.sinh,), "Erfc": (MF.erfc,),
    "Erfinv": (MF.erfinv,), "Expm1": (F.expm1,), "Lgamma": (MF.lgamma,), "Digamma": (MF.digamma,),
    "Hypot": (MF.hypot,), "Heaviside": (MF.heaviside,), "Gcd": (MF.gcd,), "Lcm": (MF.lcm,),
    "BitwiseAnd": (MF.bitwise_and,), "BitwiseOr": (MF.bitwise_or,), "BitwiseXor": (MF.bitwise_xor,),
    "Invert": (MF.invert,), "Inv": (MF.inv,), "IsFinite": (F.isfinite,), "IsInf": (F.isinf,),
    "LogicalXor": (MF.logical_xor,), "Sinc": (MF.sinc,), "Trunc": (MF.trunc,), "TruncateDiv": (MF.truncate_div,),
    "TruncateMod": (MF.truncate_mod,), "Xdivy": (MF.xdivy,), "Xlogy": (MF.xlogy,), "FloorMod": (MF.floor_mod,),
    "Fmax": (MF.fmax,), "Mish": (NF.mish,), "SeLU": (NF.selu,), "HSigmoid": (NF.hardsigmoid,),
    "HSwish": (NF.hardswish,), "Softsign": (NF.softsign,), "FastGelu": (NF.fast_gelu,), "Gelu": (F.gelu,),
    "Trace": (MF.trace,), "Lerp": (MF.lerp,), "Addcdiv": (MF.addcdiv,), "Addcmul": (MF.addcmul,),
    "MaskedFill": (F.masked_fill,), "MaskedSelect": (AF.masked_select,), "Diag": (AF.diag,),
    "MatrixDeterminant": (LF.matrix_determinant,), "LogMatrixDeterminant": (LF.log_matrix_determinant,),
    "NonZero": (lambda x: AF.nonzero(x),), "UnsortedSegmentSum": (AF.unsorted_segment_sum,),
    "UnsortedSegmentMax": (AF.unsorted_segment_max,), "UnsortedSegmentMin": (AF.unsorted_segment_min,),
    "UnsortedSegmentProd": (AF.unsorted_segment_prod,), "TensorScatterSub": (AF.tensor_scatter_sub,),
    "TensorScatterMul": (AF.tensor_scatter_mul,), "TensorScatterDiv": (AF.tensor_scatter_div,),
    "TensorScatterMax": (AF.tensor_scatter_max,), "TensorScatterMin": (AF.tensor_scatter_min,),
    "InvertPermutation": (lambda x: type(x)(sorted(range(len(x)), key=lambda i: x[i])),),
    # with attributes
    "Logit": (lambda x, eps: MF.logit(x, None if eps < 0 else eps), (("eps", -1.0),)),
    "HShrink": (NF.hardshrink, (("lambd", 0.5),)), "SoftShrink": (NF.softshrink, (("lambd", 0.5),)),
    "CeLU": (NF.celu, (("alpha", 1.0),)), "GLU": (NF.glu, (("axis", -1),)),
    "Tril": (AF.tril, (("diagonal", 0),)), "Triu": (AF.triu, (("diagonal", 0),)),
    "Roll": (AF.roll, (("shifts", _REQ), ("dims", None))),
    "ReverseV2": (lambda x, axis: AF.flip(x, tuple(axis)), (("axis", _REQ),)),
    "TensorScatterElements": (AF.tensor_scatter_elements, (("axis", 0), ("reduction", "none"))),
    "ScatterNdAdd": (AF.scatter_nd_add, (("use_locking", False),)),
    "ScatterNdSub": (AF.scatter_nd_sub, (("use_locking", False),)),
    "ScatterNdMul": (AF.scatter_nd_mul, (("use_locking", False),)),
    "ScatterNdDiv": (AF.scatter_nd_div, (("use_locking", False),)),
    "ScatterNdMax": (AF.scatter_nd_max, (("use_locking", False),)),
    "ScatterNdMin": (AF.scatter_nd_min, (("use_locking", False),)),
    "ScatterAdd": (AF.scatter_add, (("use_locking", False),)), "ScatterSub": (AF.scatter_sub, (("use_locking", False),)),
    "ScatterMul": (AF.scatter_mul, (("use_locking", False),)), "ScatterDiv": (AF.scatter_div, (("use_locking", False),)),
    "ScatterMax": (AF.scatter_max, (("use_locking", False),)), "ScatterMin": (AF.scatter_min, (("use_locking", False),)),
    "ScatterUpdate": (AF.scatter_update, (("use_locking", True),)),
    "Cummax": (MF.cummax, (("axis", _REQ),)),
    "Cummin": (lambda x, axis: (lambda r: (r[0], r[1].astype(_int32())))(MF.cummin(x, axis)), (("axis", _REQ),)),
    "Meshgrid": (lambda inputs, indexing: AF.meshgrid(*inputs, indexing=indexing), (("indexing", "xy"),)),
    "IndexAdd": (lambda x, idx, y, axis, use_lock, chk: AF.index_add(x, idx, y, axis),
                 (("axis", _REQ), ("use_lock", True), ("check_index_bound", True))),
    "Cholesky": (LF.cholesky, (("upper", False),)),
    "IsClose": (MF.isclose, (("rtol", 1e-05), ("atol", 1e-08), ("equal_nan", False))),
    "Renorm": (lambda x, p, dim, maxnorm: LF.renorm(x, p, dim, maxnorm), (("p", _REQ), ("dim", _REQ),
                                                                          ("maxnorm", _REQ))),
    "MatrixPower": (lambda x, n: LF.matrix_power(x, n), (("n", _REQ),)),
    "Pdist": (lambda x, p: LF.pdist(x, p), (("p", 2.0),)), "Cdist": (lambda a, b, p: MF.cdist(a, b, p), (("p", 2.0),)),
    "Unpack": (lambda x, axis: AF.unstack(x, axis), (("axis", 0),)),
    "Pack": (lambda xs, axis: F.stack(xs, axis), (("axis", 0),)),
    "SmoothL1Loss": (lambda a, b, beta, red: NF.smooth_l1_loss(a, b, beta, red), (("beta", 1.0), ("reduction", "none"))),
    "MultiMarginLoss": (lambda x, t, w, p, m, r: NF.multi_margin_loss(x, t, p, m, w, r),
                        (("p", 1), ("margin", 1.0), ("reduction", "mean"))),
    # more Primitive forms (docstring examples of MindSpore 2.10)
    "Rint": (lambda x: _np_map(x, _rint),),
    "L2Loss": (lambda x: (x * x).sum() / 2,), "SquareSumAll": (lambda x, y: ((x * x).sum(), (y * y).sum()),),
    "DivNoNan": (lambda x, y: F.where(y == 0, F.zeros_like(x), x / F.where(y == 0, F.ones_like(y), y)),),
    "Eps": (MF.eps,), "TensorShape": (lambda x: _np_map(x, lambda a: __import__("numpy").array(a.shape, "int64")),),
    "ScalarToTensor": (AF.scalar_to_tensor,), "TupleToArray": (AF.tuple_to_array,),
    "PopulationCount": (MF.population_count,), "LeftShift": (MF.bitwise_left_shift,),
    "RightShift": (MF.bitwise_right_shift,), "Ger": (LF.ger,), "MatrixBandPart": (AF.matrix_band_part,),
    "IndexFill": (AF.index_fill,),
    "Bincount": (lambda x, size, w: MF.bincount(x, w, int(size))[:int(size)],),
    "DepthToSpace": (AF.depth_to_space, (("block_size", _REQ),)),
    "SpaceToDepth": (AF.space_to_depth, (("block_size", _REQ),)),
    "InplaceAdd": (lambda x, v, i: AF.inplace_add(x, v, i), (("indices", _REQ),)),
    "InplaceSub": (lambda x, v, i: AF.inplace_sub(x, v, i), (("indices", _REQ),)),
    "MatrixInverse": (lambda x, adj: LF.inverse(x.swapaxes(-1, -2) if adj else x), (("adjoint", False),)),
    "ReduceStd": (lambda x, axis, unbiased, keep: (F.std(x, axis, int(unbiased), keep), F.mean(x, axis, keep)),
                  (("axis", ()), ("unbiased", True), ("keep_dims", False))),
    "LowerBound": (lambda s, v, t: _bound(s, v, t, "left"), (("out_type", None),)),
    "UpperBound": (lambda s, v, t: _bound(s, v, t, "right"), (("out_type", None),)),
    "SearchSorted": (lambda s, v, d, right: _bound(s, v, d, "right" if right else "left", True),
                     (("dtype", None), ("right", False))),
    "UniqueConsecutive": (lambda x, idx, cnt, axis: AF.unique_consecutive(x, idx, cnt, axis),
                          (("return_idx", False), ("return_counts", False), ("axis", None))),
    "LogSpace": (lambda a, b, steps, base, dt: MF.logspace(float(a), float(b), steps, base, dtype=dt),
                 (("steps", 10), ("base", 10), ("dtype", None))),
    "TrilIndices": (lambda r, c, o, dt: AF.tril_indices(r, c, o, dtype=dt), (("row", _REQ), ("col", _REQ),
                                                                           ("offset", 0), ("dtype", None))),
    "TriuIndices": (lambda r, c, o, dt: AF.triu_indices(r, c, o, dtype=dt), (("row", _REQ), ("col", _REQ),
                                                                           ("offset", 0), ("dtype", None))),
    "KLDivLoss": (NF.kl_div, (("reduction", "mean"),)),
    "BCEWithLogitsLoss": (lambda x, t, w, pw, red: F.binary_cross_entropy_with_logits(x, t, w, pw, red),
                          (("reduction", "mean"),)),
    "NLLLoss": (lambda x, y, w, red, ign: _nll(x, y, w, red, ign), (("reduction", "mean"), ("ignore_index", -100))),
    "ApproximateEqual": (MF.approximate_equal, (("tolerance", 1e-05),)),
    "ChannelShuffle": (NF.channel_shuffle, (("group", _REQ),)),
    "Dropout2D": (lambda x, keep: _channel_dropout(x, keep), (("keep_prob", 0.5),)),
    "Dropout3D": (lambda x, keep: _channel_dropout(x, keep), (("keep_prob", 0.5),)),
    # Primitive forms the CPU operator tests use
    "Ceil": (lambda x: x.ceil(),), "Fmin": (MF.fmin,), "TensorAdd": (F.add,), "PReLU": (NF.prelu,),
    "Elu": (lambda x, alpha: F.elu(x, alpha), (("alpha", 1.0),)),
    "ReduceAll": (lambda x, *r: MF.all(x, r[0] if len(r) > 1 and r[0] != () else None, r[-1]), (("keep_dims", False),)),
    "ReduceAny": (lambda x, *r: MF.any(x, r[0] if len(r) > 1 and r[0] != () else None, r[-1]), (("keep_dims", False),)),
    "GatherV2": (lambda x, i, axis: F.gather(x, i, axis),), "LinSpace": (F.linspace,),
    "MulNoNan": (lambda x, y: F.where(y == 0, F.zeros_like(x * y), x * y),),
    "NanToNum": (MF.nan_to_num, (("nan", None), ("posinf", None), ("neginf", None))),
    "Expand": (AF.expand,), "TensorScatterAdd": (_late("tensor_scatter_add"),),
    "BinaryCrossEntropy": (lambda x, y, w, red: F.binary_cross_entropy(x, y, w, red), (("reduction", "mean"),)),
    "SoftMarginLoss": (NF.soft_margin_loss, (("reduction", "mean"),)),
    "CountNonZero": (lambda x, dims: AF.count_nonzero(x, () if dims is None else dims), (("dims", None),)),
    "SplitV": (lambda x, sizes, dim, n: tuple(F.split(x, list(sizes), dim)), (("size_splits", _REQ),
                                                                             ("split_dim", _REQ), ("num_split", _REQ))),
    "LRN": (NF.lrn, (("depth_radius", 5), ("bias", 1.0), ("alpha", 1.0), ("beta", 0.5),
                     ("norm_region", "ACROSS_CHANNELS"))),
    "CumulativeLogsumexp": (lambda x, axis, ex, rev: MF.logcumsumexp(x, int(axis)), (("exclusive", False),
                                                                                    ("reverse", False))),
    "CholeskySolve": (LF.cholesky_solve, (("upper", False),)),
    "ReverseSequence": (AF.reverse_sequence, (("seq_dim", _REQ), ("batch_dim", 0))),
    "InplaceUpdateV2": (lambda x, i, v: AF.inplace_update(x, v, i),),
    "InplaceUpdate": (lambda x, v, i: AF.inplace_update(x, v, i), (("indices", _REQ),)),
    "AdaptiveAvgPool2D": (NF.adaptive_avg_pool2d, (("output_size", _REQ),)),
    "Dense": (lambda x, w, b=None: F.matmul(x, w.swapaxes(-1, -2)) + (0 if b is None else b),),
    "ApplyGradientDescent": (lambda var, alpha, delta: _update(var, var - alpha * delta).value(),),
    # (MindSpore's CPU kernel ignores use_nesterov)
    "ApplyMomentum": (lambda v, acc, lr, g, m, nest, lock, gs: _momentum(v, acc, lr, g, m).value(),
                      (("use_nesterov", False), ("use_locking", False), ("gradient_scale", 1.0))),
    "Adam": (lambda v, m, s, b1p, b2p, lr, b1, b2, eps, g, lock, nest: _adam(v, m, s, b1p, b2p, lr, b1, b2, eps, g,
                                                                            nest),
             (("use_locking", False), ("use_nesterov", False))),
}


def _update(var, value):
    var._assign(value.detach()._cast(var._dtype_name))
    return var


def _momentum(var, acc, lr, g, m):
    _update(acc, acc * m + g)
    return _update(var, var - acc * lr)


def _adam(var, m, v, b1p, b2p, lr, b1, b2, eps, g, nesterov):
    b1p, b2p, lr, b1, b2 = (Tensor(a, _dtype.float32) for a in (b1p, b2p, lr, b1, b2))
    _update(m, m * b1 + g * (1 - b1))
    _update(v, v * b2 + g * g * (1 - b2))
    lr_t = lr * (1 - b2p) ** 0.5 / (1 - b1p)
    step = (m * b1 + g * (1 - b1)) if nesterov else m
    _update(var, var - lr_t * step / (v ** 0.5 + eps))
    return tuple(F.zeros_like(t) for t in (var, m, v))  # (the CPU kernel's outputs are zeros)


def _nll(logits, labels, weight, reduction, ignore_index):
    # NLLLoss primitive: (loss, total_weight) with loss_i = -weight[y_i] * logits[i, y_i].
    y = labels.astype(_dtype.int64)
    keep = (y != ignore_index).astype(logits.dtype)
    yc = F.where(y == ignore_index, F.zeros_like(y), y)
    w = F.gather(weight, yc, 0) * keep
    loss = -AF.gather_elements(logits, 1, yc.reshape(-1, 1)).reshape(-1) * w
    seq = lambda t: F.cumsum(t, 0)[-1]  # noqa: E731  (the kernel sums in float32, first to last)
    total = seq(w)
    return (loss if reduction == "none" else seq(loss) if reduction == "sum" else seq(loss) / total), total


def _channel_dropout(x, keep_prob):
    # Dropout2D / Dropout3D: whole channels zeroed with probability 1 - keep_prob, the rest scaled.
    import numpy

    shape = tuple(x.shape[:2]) + (1,) * (x.ndim - 2)
    m = numpy.random.random_sample(shape) < keep_prob
    mask = F.broadcast_to(Tensor(m), tuple(x.shape))
    return x * Tensor((m / keep_prob).astype(x._dtype_name)), mask


def _np_map(x, fn):
    from .. import _tensor

    return _tensor.Tensor(fn(x.asnumpy()))


def _rint(a):
    import numpy

    return numpy.rint(a)


def _bound(sorted_x, values, out_type, side, flat=False):
    # LowerBound / UpperBound / SearchSorted: per-row numpy.searchsorted (int32 unless out_type says).
    import numpy

    s, v = sorted_x.asnumpy(), values.asnumpy()
    if s.ndim == 1:
        r = numpy.searchsorted(s, v, side)
    else:
        r = numpy.stack([numpy.searchsorted(s[i], v[i], side) for i in range(s.shape[0])])
    from .. import _dtype, _tensor

    dt = out_type if out_type is not None else (_dtype.int64 if flat else _dtype.int32)
    return _tensor.Tensor(numpy.asarray(r).astype(dt._name), dt)

__all__ = []
for _name, _spec in _TABLE.items():
    globals()[_name] = _p(_name, _spec[0], _spec[1] if len(_spec) > 1 else ())
    __all__.append(_name)
del _name, _spec
