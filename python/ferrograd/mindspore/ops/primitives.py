# MindSpore primitive classes (`ops.Sin()`, `ops.MatMul(transpose_b=True)`, ...): instantiate with
# attributes, then call on tensors.
from ... import _core
from .. import _dtype
from . import functional as F

__all__ = [
    "Primitive", "PrimitiveWithInfer", "prim_attr_register", "constexpr", "Sin", "Cos", "Tan", "Exp", "Log", "Sqrt", "Rsqrt",
    "Square", "Abs", "Neg", "ReLU", "ReLU6", "Sigmoid", "Tanh", "Softmax", "LogSoftmax", "MatMul", "BatchMatMul",
    "ReduceSum", "ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd", "Mul", "Add", "Sub", "Div", "RealDiv",
    "Pow", "Maximum", "Minimum", "Reshape", "Transpose", "Concat", "Stack", "ExpandDims", "Squeeze", "Cast",
    "Shape", "OnesLike", "ZerosLike", "Ones", "Zeros", "Fill", "BiasAdd", "Argmax", "Argmin", "StopGradient",
    "Equal", "Greater", "Less", "GreaterEqual", "LessEqual", "NotEqual", "Select", "Floor", "Reciprocal",
    "OneHot", "Gather", "Flatten", "Tile", "BroadcastTo", "AddN", "Identity", "Print", "print_", "Sign", "Log1p", "Erf",
    "SquaredDifference", "Depend", "Size", "Rank", "DType", "FloorDiv", "Mod", "LogicalAnd", "LogicalOr",
    "LogicalNot", "Assign", "SigmoidCrossEntropyWithLogits", "SoftmaxCrossEntropyWithLogits", "SparseSoftmaxCrossEntropyWithLogits", "Split",
    "ArgMaxWithValue", "ArgMinWithValue",
]


def prim_attr_register(fn):
    return fn


def constexpr(fn=None, get_instance=True, name=None, reuse_result=True, check=True):
    return fn if fn is not None else (lambda f: f)


class Primitive:
    """Base class of the primitives."""

    def __init__(self, name=None):
        self.name = name or type(self).__name__
        self.attrs = {}

    def add_prim_attr(self, name, value):
        self.attrs[name] = value
        return self

    def __repr__(self):
        a = ", ".join(f"{k}={v}" for k, v in self.attrs.items())
        return f"Prim[{self.name}]" + (f"<{a}>" if a else "")

    def construct(self, *args):
        raise NotImplementedError

    def __call__(self, *args):
        return self.construct(*args)


PrimitiveWithInfer = Primitive


def _simple(name, fn, doc=None):
    def construct(self, *args):
        return fn(*args)

    cls = type(name, (Primitive,), {"construct": construct, "__doc__": doc or f"ops.{name}()"})
    return cls


Sin = _simple("Sin", F.sin)
Cos = _simple("Cos", F.cos)
Tan = _simple("Tan", F.tan)
Exp = _simple("Exp", F.exp)
Log = _simple("Log", F.log)
Sqrt = _simple("Sqrt", F.sqrt)
Rsqrt = _simple("Rsqrt", F.rsqrt)
Square = _simple("Square", F.square)
Abs = _simple("Abs", F.abs)
Neg = _simple("Neg", F.neg)
ReLU = _simple("ReLU", F.relu)
ReLU6 = _simple("ReLU6", F.relu6)
Sigmoid = _simple("Sigmoid", F.sigmoid)
Tanh = _simple("Tanh", F.tanh)
Floor = _simple("Floor", F.floor)
Reciprocal = _simple("Reciprocal", F.reciprocal)
Sign = _simple("Sign", F.sign)
Log1p = _simple("Log1p", F.log1p)
Erf = _simple("Erf", F._erf)
Mul = _simple("Mul", F.mul)
Add = _simple("Add", F.add)
Sub = _simple("Sub", F.sub)
Div = _simple("Div", F.div)
RealDiv = _simple("RealDiv", F.div)
FloorDiv = _simple("FloorDiv", lambda a, b: a // b)
Mod = _simple("Mod", lambda a, b: __import__("ferrograd.mindspore.ops._math_func", fromlist=["f"]).fmod(a, b))
Pow = _simple("Pow", F.pow)
Maximum = _simple("Maximum", F.maximum)
Minimum = _simple("Minimum", F.minimum)
Reshape = _simple("Reshape", F.reshape)
Transpose = _simple("Transpose", F.transpose)
Cast = _simple("Cast", F.cast)
Shape = _simple("Shape", F.shape)
Size = _simple("Size", F.size)
Rank = _simple("Rank", F.rank)
DType = _simple("DType", F.dtype)
OnesLike = _simple("OnesLike", F.ones_like)
ZerosLike = _simple("ZerosLike", F.zeros_like)
Ones = _simple("Ones", lambda shape, dtype=None: F.ones(shape, dtype))
Zeros = _simple("Zeros", lambda shape, dtype=None: F.zeros(shape, dtype))
Fill = _simple("Fill", F.fill)
StopGradient = _simple("StopGradient", F.stop_gradient)
Equal = _simple("Equal", F.equal)
NotEqual = _simple("NotEqual", F.not_equal)
Greater = _simple("Greater", F.greater)
GreaterEqual = _simple("GreaterEqual", F.greater_equal)
Less = _simple("Less", F.less)
LessEqual = _simple("LessEqual", F.less_equal)
LogicalAnd = _simple("LogicalAnd", F.logical_and)
LogicalOr = _simple("LogicalOr", F.logical_or)
LogicalNot = _simple("LogicalNot", F.logical_not)
Select = _simple("Select", F.select)
Tile = _simple("Tile", F.tile)
BroadcastTo = None  # replaced below
Identity = _simple("Identity", lambda x: x.clone())
Depend = _simple("Depend", lambda v, e: v)
SquaredDifference = _simple("SquaredDifference", lambda a, b: F.square(F.sub(a, b)))
AddN = _simple("AddN", lambda xs: _addn(xs))
Gather = _simple("Gather", F.gather)


def _addn(xs):
    r = xs[0]
    for x in xs[1:]:
        r = r + x
    return r


class BroadcastTo(Primitive):  # noqa: F811
    def __init__(self, shape):
        super().__init__()
        self.shape = shape

    def construct(self, x):
        return F.broadcast_to(x, self.shape)


class Print(Primitive):
    def construct(self, *args):
        for a in args:  # one line per input, tensors as their repr
            print(repr(a) if isinstance(a, _core.Tensor) else a)


def print_(*input_x):
    Print()(*input_x)


class Assign(Primitive):
    def construct(self, variable, value):
        from ._array_ops import assign

        return assign(variable, value)


class Softmax(Primitive):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return F.softmax(x, self.axis)


class LogSoftmax(Primitive):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return F.log_softmax(x, self.axis)


class MatMul(Primitive):
    def __init__(self, transpose_a=False, transpose_b=False):
        super().__init__()
        self.transpose_a = transpose_a
        self.transpose_b = transpose_b

    def construct(self, x, y):
        if x.ndim != 2 or y.ndim != 2:
            raise ValueError(f"For 'MatMul', the input dimensions must be 2, but got x1: {x.ndim}, x2: {y.ndim}.")
        a = x.t() if self.transpose_a else x
        b = y.t() if self.transpose_b else y
        if a.shape[1] != b.shape[0]:
            raise ValueError(f"For 'MatMul' the input dimensions must be equal, but got 'x1_col': {a.shape[1]} "
                             f"and 'x2_row': {b.shape[0]}.")
        if a._dtype_name != b._dtype_name:
            raise TypeError(f"For 'MatMul', the type of 'x2' should be same as 'x1', but got 'x1' with type "
                            f"Tensor[{x.dtype}] and 'x2' with type Tensor[{y.dtype}].")
        return _core.ms_matmul(x, y, self.transpose_a, self.transpose_b)


class BatchMatMul(Primitive):
    def __init__(self, transpose_a=False, transpose_b=False):
        super().__init__()
        self.transpose_a = transpose_a
        self.transpose_b = transpose_b

    def construct(self, x, y):
        a = x.swapaxes(-1, -2) if self.transpose_a else x
        b = y.swapaxes(-1, -2) if self.transpose_b else y
        return a.matmul(b)


class _Reduce(Primitive):
    _fn = None

    def __init__(self, keep_dims=False):
        super().__init__()
        if not isinstance(keep_dims, bool):
            raise TypeError(f"For '{type(self).__name__}', the 'keep_dims' must be bool, but got {type(keep_dims)}.")
        self.keep_dims = keep_dims

    def construct(self, x, axis=()):
        r = type(self)._fn(x, axis, self.keep_dims)
        # the primitives keep an integer or bool input's dtype (the functional sum/prod give int64)
        return r if x.is_floating_point() or r.dtype == x.dtype else F.astype(r, x.dtype)


class ReduceSum(_Reduce):
    _fn = staticmethod(F.reduce_sum)


class ReduceMean(_Reduce):
    _fn = staticmethod(F.reduce_mean)


class ReduceMax(_Reduce):
    _fn = staticmethod(F.reduce_max)


class ReduceMin(_Reduce):
    _fn = staticmethod(F.reduce_min)


class ReduceProd(_Reduce):
    _fn = staticmethod(F.prod)


class Concat(Primitive):
    def __init__(self, axis=0):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return F.concat(x, self.axis)


class Stack(Primitive):
    def __init__(self, axis=0):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return F.stack(x, self.axis)


class Split(Primitive):
    def __init__(self, axis=0, output_num=1):
        super().__init__()
        self.axis = axis
        self.output_num = output_num

    def construct(self, x):
        return F.chunk(x, self.output_num, self.axis)


class ExpandDims(Primitive):
    def construct(self, x, axis):
        return F.expand_dims(x, axis)


class Squeeze(Primitive):
    def __init__(self, axis=()):
        super().__init__()
        self.axis = axis

    def construct(self, x):
        return F.squeeze(x, self.axis if self.axis != () else None)


class Flatten(Primitive):
    def construct(self, x):
        return x.reshape(x.shape[0], -1) if x.ndim > 0 else x.reshape(1)


class BiasAdd(Primitive):
    def __init__(self, data_format="NCHW"):
        super().__init__()
        self.data_format = data_format

    def construct(self, x, bias):
        if x.ndim > 2 and self.data_format != "NHWC":
            shape = [1] * x.ndim
            shape[1] = -1
            return x + bias.reshape(*shape)
        return x + bias


class Argmax(Primitive):
    def __init__(self, axis=-1, output_type=None):
        super().__init__()
        self.axis = axis
        self.output_type = output_type

    def construct(self, x):
        r = F.argmax(x, self.axis)
        if self.output_type is not None:
            return F.astype(r, self.output_type)
        return r._cast("int32")


class Argmin(Primitive):
    def __init__(self, axis=-1, output_type=None):
        super().__init__()
        self.axis = axis
        self.output_type = output_type

    def construct(self, x):
        return F.astype(F.argmin(x, self.axis), self.output_type or _dtype.int32)


class ArgMaxWithValue(Primitive):
    def __init__(self, axis=0, keep_dims=False):
        super().__init__()
        self.axis, self.keep_dims = axis, keep_dims

    def construct(self, x):
        return F.argmax(x, self.axis, self.keep_dims)._cast("int64"), x.amax(self.axis, self.keep_dims)


class ArgMinWithValue(Primitive):
    def __init__(self, axis=0, keep_dims=False):
        super().__init__()
        self.axis, self.keep_dims = axis, keep_dims

    def construct(self, x):
        return F.argmin(x, self.axis, self.keep_dims)._cast("int64"), x.amin(self.axis, self.keep_dims)


class OneHot(Primitive):
    def __init__(self, axis=-1):
        super().__init__()
        self.axis = axis

    def construct(self, indices, depth, on_value, off_value):
        return F.one_hot(indices, depth, on_value, off_value, self.axis)


class SigmoidCrossEntropyWithLogits(Primitive):
    def construct(self, logits, label):
        return F.binary_cross_entropy_with_logits(logits, label, reduction="none")


class SoftmaxCrossEntropyWithLogits(Primitive):
    def construct(self, logits, labels):
        from .. import _losses

        return _losses.softmax_ce(logits, labels)


class SparseSoftmaxCrossEntropyWithLogits(Primitive):
    def __init__(self, is_grad=False):
        super().__init__()
        self.is_grad = bool(is_grad)
        self.attrs["is_grad"] = self.is_grad

    def construct(self, logits, labels):
        from .. import _losses

        return _losses.sparse_softmax_ce(logits, labels, self.is_grad)
