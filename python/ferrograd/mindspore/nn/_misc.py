"""More mindspore.nn layers: Embedding, PReLU, hard activations, padding."""
from ... import _core
from .. import _dtype
from .._tensor import Parameter, Tensor
from ..common.initializer import initializer
from ..ops import _extra as X
from ..ops import functional as F
from .cell import Cell


class Embedding(Cell):
    """nn.Embedding(vocab_size, embedding_size, use_one_hot=False, embedding_table='normal', dtype=mstype.float32,
    padding_idx=None)."""

    def __init__(self, vocab_size, embedding_size, use_one_hot=False, embedding_table="normal",
                 dtype=_dtype.float32, padding_idx=None):
        super().__init__()
        for n, v in (("vocab_size", vocab_size), ("embedding_size", embedding_size)):
            if not isinstance(v, int) or isinstance(v, bool):
                raise TypeError(f"For '{type(self).__name__}', the type of '{n}' should be 'int', "
                                f"but got type '{type(v).__name__}'.")
        self.vocab_size = vocab_size
        self.embedding_size = embedding_size
        self.use_one_hot = use_one_hot
        self.dtype = dtype
        init = initializer(embedding_table, [vocab_size, embedding_size])
        self.padding_idx = padding_idx
        if padding_idx is not None:
            if not (0 <= padding_idx < vocab_size):
                raise ValueError(f"For '{type(self).__name__}', the 'padding_idx' must be in range [0, "
                                 f"{vocab_size}), but got {padding_idx}.")
            a = init.asnumpy().copy()
            a[padding_idx] = 0
            init = Tensor(a, init.dtype)
        self.embedding_table = Parameter(init, name="embedding_table")

    def construct(self, ids):
        out_shape = tuple(ids.shape) + (self.embedding_size,)
        flat = ids.reshape(-1)
        if self.use_one_hot:
            oh = F.one_hot(flat, self.vocab_size, Tensor(1.0, self.dtype), Tensor(0.0, self.dtype))
            out = oh.matmul(self.embedding_table)
        else:
            out = self.embedding_table.index_select(0, flat if flat._dtype_name == "int64" else flat._cast("int64"))
        return out.reshape(*out_shape)

    def extend_repr(self):
        return (f"vocab_size={self.vocab_size}, embedding_size={self.embedding_size}, use_one_hot={self.use_one_hot}, "
                f"embedding_table={self.embedding_table}, dtype={self.dtype}, padding_idx={self.padding_idx}")


class PReLU(Cell):
    def __init__(self, channel=1, w=0.25):
        super().__init__()
        if isinstance(w, (float, int)):
            w = Tensor([float(w)] * channel)
        self.w = Parameter(w, name="a")

    def construct(self, x):
        return X.prelu(x, self.w)


def _act(name, fn):
    return type(name, (Cell,), {"construct": lambda self, x: fn(x), "__doc__": f"nn.{name}()"})


HSigmoid = _act("HSigmoid", X.hardsigmoid)
HSwish = _act("HSwish", X.hardswish)
Mish = _act("Mish", X.mish)
SeLU = _act("SeLU", X.selu)
Softsign = _act("Softsign", X.softsign)
LogSigmoid = _act("LogSigmoid", X.logsigmoid)


class CELU(Cell):
    def __init__(self, alpha=1.0):
        super().__init__()
        self.alpha = alpha

    def construct(self, x):
        return X.celu(x, self.alpha)


class Hardtanh(Cell):
    def __init__(self, min_val=-1.0, max_val=1.0):
        super().__init__()
        self.min_val, self.max_val = min_val, max_val

    def construct(self, x):
        return x.clamp(self.min_val, self.max_val)


class ZeroPad2d(Cell):
    def __init__(self, padding):
        super().__init__()
        self.padding = (padding,) * 4 if isinstance(padding, int) else tuple(padding)

    def construct(self, x):
        return X.pad(x, self.padding)


class ConstantPad2d(Cell):
    def __init__(self, padding, value):
        super().__init__()
        self.padding = (padding,) * 4 if isinstance(padding, int) else tuple(padding)
        self.value = value

    def construct(self, x):
        return X.pad(x, self.padding, value=self.value)


class Unflatten(Cell):
    def __init__(self, axis, unflattened_size):
        super().__init__()
        self.axis, self.unflattened_size = axis, tuple(unflattened_size)

    def construct(self, x):
        ax = self.axis % x.ndim
        return x.reshape(*(tuple(x.shape[:ax]) + self.unflattened_size + tuple(x.shape[ax + 1:])))


del _core
