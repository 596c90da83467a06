# mindspore.nn layers: Dense, activations, Flatten, containers.
import math
from collections import OrderedDict

from ... import _core
from .. import _dtype
from .._tensor import Parameter, Tensor
from ..common.initializer import HeUniform, Uniform, initializer
from ..ops import functional as F
from .cell import Cell

_ms_matmul = _core.ms_matmul  # MindSpore's CPU MatMul arithmetic


class _Act(Cell):
    _fn = None

    def construct(self, x):
        return type(self)._fn(x)


class ReLU(_Act):
    _fn = staticmethod(F.relu)


class ReLU6(_Act):
    _fn = staticmethod(F.relu6)


class Sigmoid(_Act):
    _fn = staticmethod(F.sigmoid)


class Tanh(_Act):
    _fn = staticmethod(F.tanh)


class SiLU(_Act):
    _fn = staticmethod(F.silu)


class GELU(Cell):
    def __init__(self, approximate=True):
        super().__init__()
        self.approximate = approximate

    def construct(self, x):
        return F.gelu(x, "tanh" if self.approximate else "none")


def _act1(name, fn, arg, default, attr=None):
    # An activation Cell with one hyper-parameter: name(arg=default) computes fn(x, value) (kept as `attr`).
    attr = attr or arg

    def __init__(self, *a, **k):
        Cell.__init__(self)
        setattr(self, attr, a[0] if a else k.pop(arg, default))

    return type(name, (Cell,), {"__init__": __init__, "construct": lambda self, x: fn(x, getattr(self, attr))})


LeakyReLU = _act1("LeakyReLU", F.leaky_relu, "alpha", 0.2)
ELU = _act1("ELU", F.elu, "alpha", 1.0)
Softmax = _act1("Softmax", F.softmax, "axis", -1)
LogSoftmax = _act1("LogSoftmax", F.log_softmax, "axis", -1)


class Identity(Cell):
    def construct(self, x):
        return x


class Flatten(Cell):
    def __init__(self, start_dim=1, end_dim=-1):
        super().__init__()
        self.start_dim = start_dim
        self.end_dim = end_dim

    def construct(self, x):
        if x.ndim <= 1:
            return x.reshape(x.shape[0] if x.ndim else 1, -1) if x.ndim else x.reshape(1)
        return x.flatten(start_dim=self.start_dim, end_dim=self.end_dim)


class Dropout(Cell):
    def __init__(self, keep_prob=0.5, p=None, dtype=None):
        super().__init__()
        if p is None:
            if not isinstance(keep_prob, float):
                raise TypeError(f"For 'Dropout', the type of 'keep_prob' should be 'float', "
                                f"but got type '{type(keep_prob).__name__}'.")
            if keep_prob <= 0 or keep_prob > 1:
                raise ValueError(f"For 'Dropout', the 'keep_prob' must be a number in range (0, 1], "
                                 f"but got {keep_prob}.")
        else:
            if not isinstance(p, (float, int)) or isinstance(p, bool):
                raise TypeError(f"For 'Dropout', the type of 'p' must be 'float' or 'int', "
                                f"but got '{type(p).__name__}'.")
            if p < 0 or p >= 1:
                raise ValueError(f"For 'Dropout', the 'p' must be a number in range [0, 1), but got {p}.")
        self.keep_prob = keep_prob
        self._p_arg = p
        self.p = 1.0 - keep_prob if p is None else p
        from .. import _random

        # as MindSpore: the ops.Dropout primitive takes its seeds when the cell is built
        self._seeds = _random.get_graph_seed(0, "dropout")
        self._rngs = {}

    def construct(self, x):
        if not self.training or self.p == 0 or (self._p_arg is None and self.keep_prob == 1):
            return x
        from .. import _random

        shape = tuple(x.shape)
        if shape not in self._rngs:  # one kernel (seeded once) per input shape
            self._rngs[shape] = _random.KernelRng(*self._seeds)
        keep = 1.0 - self.p if self._p_arg is not None else self.keep_prob
        factor = self._rngs[shape].dropout_factor(shape, keep)
        return x * Tensor(factor.astype(x._dtype_name))

    def extend_repr(self):
        if self._p_arg is None:
            return f"keep_prob={self.keep_prob}"
        return f"p={self.p}"


# MindSpore 2.10's activation names -> nn class names
_ACTIVATIONS = dict(zip(
    "softmin softmax softmax2d logsoftmax logsoftmaxExt relu relu6 rrelu silu tanh tanhshrink hardtanh gelu "
    "fast_gelu elu sigmoid softsign prelu preluExt leakyrelu hswish hsigmoid logsigmoid softshrink hshrink threshold "
    "mish".split(),
    "Softmin Softmax Softmax2d LogSoftmax LogSoftmaxExt ReLU ReLU6 RReLU SiLU Tanh Tanhshrink Hardtanh GELU FastGelu "
    "ELU Sigmoid Softsign PReLU PReLUExt LeakyReLU HSwish HSigmoid LogSigmoid SoftShrink HShrink Threshold Mish".split()))


def get_activation(name, prim_name=None):
    if name is None:
        return None
    if name not in _ACTIVATIONS:
        raise KeyError(f"The 'name' must be in {list(_ACTIVATIONS)}, but got {name}.")
    from .. import nn

    return getattr(nn, _ACTIVATIONS[name])()


class Dense(Cell):
    """nn.Dense(in_channels, out_channels, weight_init=None, bias_init=None, has_bias=True, activation=None)."""

    def __init__(self, in_channels, out_channels, weight_init=None, bias_init=None, has_bias=True,
                 activation=None, dtype=_dtype.float32):
        super().__init__()
        for n, v in (("in_channels", in_channels), ("out_channels", out_channels)):
            if not isinstance(v, int) or isinstance(v, bool):
                raise TypeError(f"For 'Dense', the '{n}' must be int, but got '{type(v).__name__}'")
            if v <= 0:
                raise ValueError(f"For 'Dense', the '{n}' must be int and must > 0, but got '{v}' with type 'int'.")
        self.in_channels = in_channels
        self.out_channels = out_channels
        self.has_bias = bool(has_bias)
        if isinstance(weight_init, Tensor):
            if weight_init.ndim != 2 or weight_init.shape[0] != out_channels or weight_init.shape[1] != in_channels:
                raise ValueError(f"For 'Dense', weight init shape error. The ndim of 'weight_init' must be equal "
                                 f"to 2, and the first dim must be equal to 'out_channels', and the second dim "
                                 f"must be equal to 'in_channels'. But got 'weight_init': {weight_init}, "
                                 f"'out_channels': {out_channels}, 'in_channels': {in_channels}.")
        if weight_init is None:
            weight_init = HeUniform(math.sqrt(5))
        self.weight = Parameter(initializer(weight_init, [out_channels, in_channels], dtype=dtype), name="weight")
        self.bias = None
        if self.has_bias:
            if isinstance(bias_init, Tensor):
                if bias_init.ndim != 1 or bias_init.shape[0] != out_channels:
                    raise ValueError(f"For 'Dense', bias init shape error. The ndim of 'bias_init' must be equal "
                                     f"to 1, and the first dim must be equal to 'out_channels'. But got "
                                     f"'bias_init': {bias_init}, 'out_channels': {out_channels}.")
            if bias_init is None:
                bias_init = Uniform(scale=1 / math.sqrt(in_channels))
            self.bias = Parameter(initializer(bias_init, [out_channels], dtype=dtype), name="bias")
        self.activation = get_activation(activation) if isinstance(activation, str) else activation
        if activation is not None and not isinstance(self.activation, Cell) and not callable(self.activation):
            raise TypeError(f"For 'Dense', the 'activation' must be str or Cell or Primitive, but got "
                            f"{type(activation).__name__}.")
        self.activation_flag = self.activation is not None

    def construct(self, x):
        x_shape = tuple(x.shape)
        if len(x_shape) != 2:
            x = x.reshape(-1, x_shape[-1])
        w = self.weight
        if x.shape[1] != w.shape[1]:
            raise ValueError(f"For 'MatMul' the input dimensions must be equal, but got 'x1_col': {x.shape[1]} "
                             f"and 'x2_row': {w.shape[1]}.")
        if x._dtype_name != w._dtype_name:
            raise TypeError(f"For 'MatMul', the type of 'x2' should be same as 'x1', but got 'x1' with type "
                            f"Tensor[{x.dtype}] and 'x2' with type Tensor[{w.dtype}].")
        x = _ms_matmul(x, w, False, True)
        if self.has_bias:
            x = x + self.bias
        if self.activation_flag:
            x = self.activation(x)
        if len(x_shape) != 2:
            x = x.reshape(*(x_shape[:-1] + (x.shape[-1],)))
        return x

    def extend_repr(self):
        s = f"input_channels={self.in_channels}, output_channels={self.out_channels}"
        if self.has_bias:
            s += f", has_bias={self.has_bias}"
        if self.activation_flag:
            s += f", activation={self.activation}"
        return s


Linear = Dense


class SequentialCell(Cell):
    """Runs its cells in order."""

    def __init__(self, *args):
        super().__init__()
        if len(args) == 1:
            cells = args[0]
            if isinstance(cells, list):
                for i, c in enumerate(cells):
                    self.insert_child_to_cell(str(i), c)
            elif isinstance(cells, OrderedDict):
                for n, c in cells.items():
                    self.insert_child_to_cell(n, c)
            elif isinstance(cells, Cell):
                self.insert_child_to_cell("0", cells)
            else:
                raise TypeError(f"For 'SequentialCell', the 'args[0]' must be list or orderedDict, "
                                f"but got {type(cells).__name__}")
        else:
            for i, c in enumerate(args):
                self.insert_child_to_cell(str(i), c)
        self.cell_list = list(self._cells.values())

    def __getitem__(self, index):
        if isinstance(index, slice):
            return SequentialCell(list(self._cells.values())[index])
        return list(self._cells.values())[index]

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def append(self, cell):
        self.insert_child_to_cell(str(len(self._cells)), cell)
        self.cell_list = list(self._cells.values())

    def construct(self, input_data):
        for c in self._cells.values():
            input_data = c(input_data)
        return input_data


class CellList(Cell):
    """A list of cells (iterate it in `construct`)."""

    def __init__(self, *args, **kwargs):
        super().__init__()
        if args:
            self.extend(args[0])

    def __getitem__(self, index):
        if isinstance(index, slice):
            return CellList(list(self._cells.values())[index])
        return list(self._cells.values())[index]

    def __setitem__(self, index, cell):
        key = list(self._cells.keys())[index]
        self.insert_child_to_cell(key, cell)

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells.values())

    def append(self, cell):
        self.insert_child_to_cell(str(len(self._cells)), cell)
        return self

    def extend(self, cells):
        for c in cells:
            self.append(c)
        return self

    def insert(self, index, cell):
        cs = list(self._cells.values())
        cs.insert(index, cell)
        self._cells.clear()
        for c in cs:
            self.append(c)

    def construct(self, *inputs):
        raise NotImplementedError


class CellDict(Cell):
    def __init__(self, *args, **kwargs):
        super().__init__()
        if args:
            for k, v in dict(args[0]).items():
                self.insert_child_to_cell(k, v)

    def __getitem__(self, key):
        return self._cells[key]

    def __setitem__(self, key, cell):
        self.insert_child_to_cell(key, cell)

    def __len__(self):
        return len(self._cells)

    def __iter__(self):
        return iter(self._cells)

    def keys(self):
        return self._cells.keys()

    def values(self):
        return self._cells.values()

    def items(self):
        return self._cells.items()

    def clear(self):
        self._cells.clear()

    def pop(self, key):
        return self._cells.pop(key)

    def update(self, cells):
        for k, v in (cells.items() if hasattr(cells, "items") else cells):
            self[k] = v


class BiDense(Cell):
    """nn.BiDense(in1_channels, in2_channels, out_channels, weight_init=None, bias_init=None, has_bias=True):
    y = x1^T A x2 + b, computed in MindSpore's order (one MatMul, then a product and a sum over in2)."""

    def __init__(self, in1_channels, in2_channels, out_channels, weight_init=None, bias_init=None, has_bias=True,
                 dtype=_dtype.float32):
        super().__init__()
        self.in1_channels, self.in2_channels, self.out_channels = in1_channels, in2_channels, out_channels
        self.has_bias = has_bias
        bound = 1 / math.sqrt(in1_channels)
        self.weight = Parameter(initializer(Uniform(bound) if weight_init is None else weight_init,
                                            (out_channels, in1_channels, in2_channels), dtype=dtype), "weight")
        if has_bias:
            self.bias = Parameter(initializer(Uniform(bound) if bias_init is None else bias_init, [out_channels],
                                              dtype=dtype), name="bias")

    def construct(self, input1, input2):
        shape = tuple(input1.shape)
        x1, x2 = input1.reshape(-1, shape[-1]), input2.reshape(-1, input2.shape[-1])
        n = x1.shape[0]
        out = F.matmul(x1, self.weight.permute(1, 2, 0).reshape(self.in1_channels, -1))
        out = (out.reshape(n, self.in2_channels, self.out_channels).permute(2, 0, 1) * x2).sum(2).swapaxes(0, 1)
        if self.has_bias:
            out = out + self.bias
        return out.reshape(shape[:-1] + (-1,)) if len(shape) != 2 else out

    def extend_repr(self):
        s = f"in1_channels={self.in1_channels}, in2_channels={self.in2_channels}, output_channels={self.out_channels}"
        return s + (f", has_bias={self.has_bias}" if self.has_bias else "")
