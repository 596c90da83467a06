# More mindspore.nn layers: Embedding, PReLU, hard activations, padding.
from ... import _core
from .. import _dtype
from .._tensor import Parameter, Tensor
from ..common.initializer import initializer
from ..ops import _nn_func as NF
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
        return NF.prelu(x, self.w)


def _act(name, fn):
    return type(name, (Cell,), {"construct": lambda self, x: fn(x), "__doc__": f"nn.{name}()"})


HSigmoid = _act("HSigmoid", NF.hardsigmoid)
HSwish = _act("HSwish", NF.hardswish)
Mish = _act("Mish", NF.mish)
SeLU = _act("SeLU", NF.selu)
Softsign = _act("Softsign", NF.softsign)
LogSigmoid = _act("LogSigmoid", NF.logsigmoid)


class CELU(Cell):
    def __init__(self, alpha=1.0):
        super().__init__()
        self.alpha = alpha

    def construct(self, x):
        return NF.celu(x, self.alpha)


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
        return NF.pad(x, self.padding)


class ConstantPad2d(Cell):
    def __init__(self, padding, value):
        super().__init__()
        self.padding = (padding,) * 4 if isinstance(padding, int) else tuple(padding)
        self.value = value

    def construct(self, x):
        return NF.pad(x, self.padding, value=self.value)


class Unflatten(Cell):
    def __init__(self, axis, unflattened_size):
        super().__init__()
        self.axis, self.unflattened_size = axis, tuple(unflattened_size)

    def construct(self, x):
        ax = self.axis % x.ndim
        return x.reshape(*(tuple(x.shape[:ax]) + self.unflattened_size + tuple(x.shape[ax + 1:])))


del _core




class EmbeddingLookup(Cell):
    """nn.EmbeddingLookup (PyNative, target 'CPU' or 'DEVICE'): rows of `embedding_table` (MindSpore's
    parameter name and initializer); max_norm clipping is not supported here."""

    def __init__(self, vocab_size, embedding_size, param_init="normal", target="CPU", slice_mode="batch_slice",
                 manual_shapes=None, max_norm=None, sparse=True, dtype=_dtype.float32):
        super().__init__()
        from ..common.initializer import initializer
        from .._tensor import Parameter

        if target not in ("CPU", "DEVICE"):
            raise ValueError(f"For 'EmbeddingLookup', the 'target' must be one of ['DEVICE', 'CPU'], but got "
                             f"{target}.")
        if max_norm is not None:
            raise NotImplementedError("EmbeddingLookup(max_norm=...) is not supported by ferrograd.")
        self.vocab_size, self.embedding_size = vocab_size, embedding_size
        self.target = target
        self.sparse = sparse
        self.max_norm = max_norm
        self.embedding_table = Parameter(initializer(param_init, [vocab_size, embedding_size], dtype=dtype),
                                         name="embedding_table")

    def construct(self, indices):
        shape = tuple(indices.shape) + (self.embedding_size,)
        flat = indices.reshape(-1)
        flat = flat if flat._dtype_name == "int64" else flat._cast("int64")
        return self.embedding_table.index_select(0, flat).reshape(*shape)
