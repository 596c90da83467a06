# mindspore.nn.RNN / GRU / LSTM (CPU path of MindSpore 2.x: a Python loop over time steps with the
# gate formulas of mindspore/nn/layer/rnn_cells.py). Weights are drawn from numpy's global generator
# in MindSpore's order, so a seeded script gets the same initial weights.
import math

from ... import _core
from ..._lazy import np
from .. import _dtype
from .._tensor import Parameter, ParameterTuple, Tensor
from ..ops import functional as F
from .cell import Cell
from .layers import Dropout


def _mm_t(x, w):
    return x.matmul(w.t())


def _rnn_tanh_cell(inputs, hidden, w_ih, w_hh, b_ih, b_hh):
    i = _mm_t(inputs, w_ih)
    h = _mm_t(hidden, w_hh)
    if b_ih is not None:
        i, h = i + b_ih, h + b_hh
    return F.tanh(i + h)


def _rnn_relu_cell(inputs, hidden, w_ih, w_hh, b_ih, b_hh):
    i = _mm_t(inputs, w_ih)
    h = _mm_t(hidden, w_hh)
    if b_ih is not None:
        i, h = i + b_ih, h + b_hh
    return F.relu(i + h)


def _lstm_cell(inputs, hidden, w_ih, w_hh, b_ih, b_hh):
    hx, cx = hidden
    gates = _mm_t(inputs, w_ih) + _mm_t(hx, w_hh)
    if b_ih is not None:
        gates = gates + b_ih + b_hh
    ingate, forgetgate, cellgate, outgate = gates.chunk(4, 1)
    ingate = F.sigmoid(ingate)
    forgetgate = F.sigmoid(forgetgate)
    cellgate = F.tanh(cellgate)
    outgate = F.sigmoid(outgate)
    cy = forgetgate * cx + ingate * cellgate
    hy = outgate * F.tanh(cy)
    return hy, cy


def _gru_cell(inputs, hidden, w_ih, w_hh, b_ih, b_hh):
    gi = _mm_t(inputs, w_ih)
    gh = _mm_t(hidden, w_hh)
    if b_ih is not None:
        gi, gh = gi + b_ih, gh + b_hh
    i_r, i_i, i_n = gi.chunk(3, 1)
    h_r, h_i, h_n = gh.chunk(3, 1)
    resetgate = F.sigmoid(i_r + h_r)
    inputgate = F.sigmoid(i_i + h_i)
    newgate = F.tanh(i_n + resetgate * h_n)
    return newgate + inputgate * (hidden - newgate)


_CELLS = {"RNN_TANH": _rnn_tanh_cell, "RNN_RELU": _rnn_relu_cell, "LSTM": _lstm_cell, "GRU": _gru_cell}


class _DynamicRNNBase(Cell):
    def __init__(self, mode):
        super().__init__()
        self.cell = _CELLS[mode]
        self.is_lstm = mode == "LSTM"

    def construct(self, x, h, seq_length, w_ih, w_hh, b_ih, b_hh):
        outputs = []
        zero = None
        if seq_length is not None:
            hid = (h[0] if self.is_lstm else h).shape[-1]
            sl = seq_length.asnumpy().reshape(-1, 1)
            zero = _core.full_like(h[0] if self.is_lstm else h, 0)
        for t in range(x.shape[0]):
            new = self.cell(x[t], h, w_ih, w_hh, b_ih, b_hh)
            if seq_length is None:
                h = new
                outputs.append(h[0] if self.is_lstm else h)
                continue
            cond = Tensor(np.broadcast_to(sl > t, (sl.shape[0], hid)).copy())
            if self.is_lstm:
                h = (_core.where_(cond, new[0], h[0]), _core.where_(cond, new[1], h[1]))
                outputs.append(_core.where_(cond, new[0], zero))
            else:
                h = _core.where_(cond, new, h)
                outputs.append(_core.where_(cond, new, zero))
        return _core.stack(outputs, 0), h


class _DynamicRNNTanh(_DynamicRNNBase):
    def __init__(self):
        super().__init__("RNN_TANH")


class _DynamicRNNRelu(_DynamicRNNBase):
    def __init__(self):
        super().__init__("RNN_RELU")


class _DynamicLSTMCPUGPU(_DynamicRNNBase):
    def __init__(self):
        super().__init__("LSTM")


class _DynamicGRUCPUGPU(_DynamicRNNBase):
    def __init__(self):
        super().__init__("GRU")


def _reverse(x, seq_length):
    T = x.shape[0]
    if seq_length is None:
        return x.index_select(0, Tensor(np.arange(T - 1, -1, -1, dtype=np.int64)))
    # reverse each batch element's first seq_length steps (ReverseSequence(seq_dim=0, batch_dim=1))
    parts = []
    for b, n in enumerate(seq_length.asnumpy().tolist()):
        idx = np.concatenate([np.arange(n - 1, -1, -1), np.arange(n, T)]).astype(np.int64)
        parts.append(x.narrow(1, b, 1).index_select(0, Tensor(idx)))
    return _core.cat(parts, 1)


class _RNNBase(Cell):
    def __init__(self, mode, input_size, hidden_size, num_layers=1, has_bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, dtype=_dtype.float32):
        super().__init__()
        cls = type(self).__name__
        for n, v in (("hidden_size", hidden_size), ("input_size", input_size), ("num_layers", num_layers)):
            if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
                raise ValueError(f"For '{cls}', the '{n}' must be int and must > 0, but got '{v}' with type "
                                 f"'{type(v).__name__}'.")
        if not isinstance(dropout, float):
            raise TypeError(f"For '{cls}', the type of 'dropout' must be 'float', but got '{type(dropout).__name__}'.")
        if not 0 <= dropout < 1:
            raise ValueError(f"For '{cls}', the 'dropout' must be a number in range [0, 1) representing the "
                             f"probability of an element being zeroed, but got {dropout}.")
        gate = {"LSTM": 4, "GRU": 3}.get(mode, 1) * hidden_size
        self.rnn = {"LSTM": _DynamicLSTMCPUGPU, "GRU": _DynamicGRUCPUGPU, "RNN_TANH": _DynamicRNNTanh,
                    "RNN_RELU": _DynamicRNNRelu}[mode]()
        self.hidden_size = hidden_size
        self.batch_first = batch_first
        self.num_layers = num_layers
        self.dropout = dropout
        self.dropout_op = Dropout(p=float(dropout))
        self.bidirectional = bidirectional
        self.has_bias = has_bias
        nd = 2 if bidirectional else 1
        self.is_lstm = mode == "LSTM"
        w_ih, w_hh, b_ih, b_hh = [], [], [], []
        stdv = 1 / math.sqrt(hidden_size)
        for layer in range(num_layers):
            for direction in range(nd):
                in_size = input_size if layer == 0 else hidden_size * nd
                suffix = "_reverse" if direction == 1 else ""

                def u(shape):
                    return Tensor(np.random.uniform(-stdv, stdv, shape).astype(np.float32), dtype=dtype)

                w_ih.append(Parameter(u((gate, in_size)), name=f"weight_ih_l{layer}{suffix}"))
                w_hh.append(Parameter(u((gate, hidden_size)), name=f"weight_hh_l{layer}{suffix}"))
                if has_bias:
                    b_ih.append(Parameter(u(gate), name=f"bias_ih_l{layer}{suffix}"))
                    b_hh.append(Parameter(u(gate), name=f"bias_hh_l{layer}{suffix}"))
        self.w_ih_list = ParameterTuple(w_ih)
        self.w_hh_list = ParameterTuple(w_hh)
        self.b_ih_list = ParameterTuple(b_ih)
        self.b_hh_list = ParameterTuple(b_hh)

    def _weights(self, k):
        if self.has_bias:
            return self.w_ih_list[k], self.w_hh_list[k], self.b_ih_list[k], self.b_hh_list[k]
        return self.w_ih_list[k], self.w_hh_list[k], None, None

    def _state(self, h, k):
        return (h[0][k], h[1][k]) if self.is_lstm else h[k]

    def construct(self, x, hx=None, seq_length=None):
        batch = x.shape[0] if self.batch_first else x.shape[1]
        nd = 2 if self.bidirectional else 1
        if hx is None:
            z = Tensor(np.zeros((self.num_layers * nd, batch, self.hidden_size), x._dtype_name))
            hx = (z, Tensor(np.zeros((self.num_layers * nd, batch, self.hidden_size), x._dtype_name))) \
                if self.is_lstm else z
        if self.batch_first:
            x = x.permute(1, 0, 2)
        pre = x
        h_n, c_n = [], []
        for i in range(self.num_layers):
            if self.bidirectional:
                of, hf = self.rnn(pre, self._state(hx, 2 * i), seq_length, *self._weights(2 * i))
                ob, hb = self.rnn(_reverse(pre, seq_length), self._state(hx, 2 * i + 1), seq_length,
                                  *self._weights(2 * i + 1))
                output = _core.cat([of, _reverse(ob, seq_length)], 2)
                states = [hf, hb]
            else:
                output, h_t = self.rnn(pre, self._state(hx, i), seq_length, *self._weights(i))
                states = [h_t]
            pre = self.dropout_op(output) if (self.dropout != 0 and i < self.num_layers - 1) else output
            for s in states:
                if self.is_lstm:
                    h_n.append(s[0])
                    c_n.append(s[1])
                else:
                    h_n.append(s)
        if self.batch_first:
            output = output.permute(1, 0, 2)
        hn = _core.stack(h_n, 0)
        if self.is_lstm:
            return output, (hn, _core.stack(c_n, 0))
        return output, hn


class RNN(_RNNBase):
    def __init__(self, *args, **kwargs):
        mode = "RNN_TANH"
        if "nonlinearity" in kwargs:
            nl = kwargs.pop("nonlinearity")
            if nl not in ("tanh", "relu"):
                raise ValueError(f"For 'RNN', the 'nonlinearity' must be in ['tanh', 'relu'], but got {nl}.")
            mode = "RNN_TANH" if nl == "tanh" else "RNN_RELU"
        super().__init__(mode, *args, **kwargs)


class GRU(_RNNBase):
    def __init__(self, *args, **kwargs):
        super().__init__("GRU", *args, **kwargs)


class LSTM(_RNNBase):
    def __init__(self, *args, **kwargs):
        super().__init__("LSTM", *args, **kwargs)


class RNNCellBase(Cell):
    """Single-step cells. As MindSpore, the weights are first drawn with numpy's randn (advancing numpy's
    global generator the same way) and then re-initialised with Uniform(1/sqrt(hidden_size))."""

    def __init__(self, input_size, hidden_size, has_bias, num_chunks, dtype=_dtype.float32):
        super().__init__()
        cls = type(self).__name__
        if not isinstance(has_bias, bool):
            raise TypeError(f"For '{cls}', the type of 'has_bias' must be 'bool', but got "
                            f"'{type(has_bias).__name__}'.")
        for n, v in (("hidden_size", hidden_size), ("input_size", input_size)):
            if not isinstance(v, int) or isinstance(v, bool) or v <= 0:
                raise ValueError(f"For '{cls}', the '{n}' must be int and must > 0, but got '{v}' with type "
                                 f"'{type(v).__name__}'.")
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.has_bias = has_bias
        g = num_chunks * hidden_size
        self.weight_ih = Parameter(Tensor(np.random.randn(g, input_size), dtype=dtype))
        self.weight_hh = Parameter(Tensor(np.random.randn(g, hidden_size), dtype=dtype))
        if has_bias:
            self.bias_ih = Parameter(Tensor(np.random.randn(g), dtype=dtype))
            self.bias_hh = Parameter(Tensor(np.random.randn(g), dtype=dtype))
        else:
            self.bias_ih = None
            self.bias_hh = None
        self.reset_parameters(dtype=dtype)

    def reset_parameters(self, dtype=_dtype.float32):
        from ..common.initializer import Uniform, initializer

        stdv = 1 / math.sqrt(self.hidden_size)
        for weight in self.get_parameters():
            weight.set_data(initializer(Uniform(stdv), weight.shape, dtype))


class RNNCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, has_bias=True, nonlinearity="tanh", dtype=_dtype.float32):
        super().__init__(input_size, hidden_size, has_bias, 1, dtype)
        if nonlinearity not in ("tanh", "relu"):
            raise ValueError(f"For 'RNNCell', the 'nonlinearity' should be in '['tanh', 'relu']', "
                             f"but got '{nonlinearity}'.")
        self.nonlinearity = nonlinearity

    def construct(self, x, hx):
        f = _rnn_tanh_cell if self.nonlinearity == "tanh" else _rnn_relu_cell
        return f(x, hx, self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh)


class LSTMCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, has_bias=True, dtype=_dtype.float32):
        super().__init__(input_size, hidden_size, has_bias, 4, dtype)

    def construct(self, x, hx):
        return _lstm_cell(x, hx, self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh)


class GRUCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, has_bias=True, dtype=_dtype.float32):
        super().__init__(input_size, hidden_size, has_bias, 3, dtype)

    def construct(self, x, hx):
        return _gru_cell(x, hx, self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh)
