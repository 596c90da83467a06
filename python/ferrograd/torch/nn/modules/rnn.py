# RNN, LSTM, GRU and their cells, composed from differentiable ops.
#
# Parameters, their names, registration order and initialisation (uniform(-1/sqrt(hidden), ..) over
# `parameters()` in order) follow torch, so a seeded model starts from torch's exact weights.  The
# recurrences follow ATen's CPU cells (input projection of the whole sequence first, then per step
# linear(h, w_hh, b_hh) + projected input).
__all__ = ["RNNBase", "RNN", "LSTM", "GRU", "RNNCellBase", "RNNCell", "LSTMCell", "GRUCell"]
import math
import numbers

from .... import _core
from .. import functional as F
from .. import init
from ..parameter import Parameter
from .module import Module


def _empty(*shape, dtype=None):
    return _core.zeros(*shape, dtype=dtype, tag=0)


_GATES = {"LSTM": 4, "GRU": 3, "RNN_TANH": 1, "RNN_RELU": 1}


class RNNBase(Module):
    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, proj_size=0, device=None, dtype=None):
        super().__init__()
        self.mode = mode
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.bias = bias
        self.batch_first = batch_first
        self.dropout = float(dropout)
        self.bidirectional = bidirectional
        self.proj_size = proj_size
        num_directions = 2 if bidirectional else 1

        if (not isinstance(dropout, numbers.Number) or not 0 <= dropout <= 1 or isinstance(dropout, bool)):
            raise ValueError("dropout should be a number in range [0, 1] representing the probability of an "
                             "element being zeroed")
        if not isinstance(hidden_size, int):
            raise TypeError(f"hidden_size should be of type int, got: {type(hidden_size).__name__}")
        if hidden_size <= 0:
            raise ValueError("hidden_size must be greater than zero")
        if num_layers <= 0:
            raise ValueError("num_layers must be greater than zero")
        if proj_size < 0:
            raise ValueError("proj_size should be a positive integer or zero to disable projections")
        if proj_size >= hidden_size:
            raise ValueError("proj_size has to be smaller than hidden_size")
        if dropout > 0 and num_layers == 1:
            import warnings

            warnings.warn("dropout option adds dropout after all but last recurrent layer, so non-zero dropout "
                          f"expects num_layers greater than 1, but got dropout={dropout} and num_layers={num_layers}",
                          stacklevel=2)
        if mode not in _GATES:
            raise ValueError("Unrecognized RNN mode: " + mode)
        gate_size = _GATES[mode] * hidden_size

        self._flat_weights_names = []
        self._all_weights = []
        for layer in range(num_layers):
            for direction in range(num_directions):
                real_hidden_size = proj_size if proj_size > 0 else hidden_size
                layer_input_size = input_size if layer == 0 else real_hidden_size * num_directions
                w_ih = Parameter(_empty(gate_size, layer_input_size, dtype=dtype))
                w_hh = Parameter(_empty(gate_size, real_hidden_size, dtype=dtype))
                b_ih = Parameter(_empty(gate_size, dtype=dtype))
                b_hh = Parameter(_empty(gate_size, dtype=dtype))
                if proj_size == 0:
                    layer_params = (w_ih, w_hh, b_ih, b_hh) if bias else (w_ih, w_hh)
                else:
                    w_hr = Parameter(_empty(proj_size, hidden_size, dtype=dtype))
                    layer_params = (w_ih, w_hh, b_ih, b_hh, w_hr) if bias else (w_ih, w_hh, w_hr)
                suffix = "_reverse" if direction == 1 else ""
                names = ["weight_ih_l{}{}", "weight_hh_l{}{}"]
                if bias:
                    names += ["bias_ih_l{}{}", "bias_hh_l{}{}"]
                if proj_size > 0:
                    names += ["weight_hr_l{}{}"]
                names = [x.format(layer, suffix) for x in names]
                for name, param in zip(names, layer_params):
                    setattr(self, name, param)
                self._flat_weights_names.extend(names)
                self._all_weights.append(names)
        self.reset_parameters()

    @property
    def _flat_weights(self):
        return [getattr(self, n) for n in self._flat_weights_names]

    @property
    def all_weights(self):
        return [[getattr(self, w) for w in weights] for weights in self._all_weights]

    def flatten_parameters(self):
        pass

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def extra_repr(self):
        s = "{input_size}, {hidden_size}"
        if self.proj_size != 0:
            s += ", proj_size={proj_size}"
        if self.num_layers != 1:
            s += ", num_layers={num_layers}"
        if self.bias is not True:
            s += ", bias={bias}"
        if self.batch_first is not False:
            s += ", batch_first={batch_first}"
        if self.dropout != 0:
            s += ", dropout={dropout}"
        if self.bidirectional is not False:
            s += ", bidirectional={bidirectional}"
        return s.format(**self.__dict__)

    # ---- checks (torch's messages) ----
    def _check_input(self, input):
        w0 = self._flat_weights[0]
        if input.dtype != w0.dtype:
            raise ValueError(f"RNN input dtype ({input.dtype}) does not match weight dtype ({w0.dtype}). "
                             f"Convert input: input.to({w0.dtype}), or convert model: model.to({input.dtype})")
        if input.dim() != 3:
            raise RuntimeError(f"input must have 3 dimensions, got {input.dim()}")
        if self.input_size != input.size(-1):
            raise RuntimeError(f"input.size(-1) must be equal to input_size. Expected {self.input_size}, "
                               f"got {input.size(-1)}")

    def _expected_hidden(self, input, size):
        mini_batch = input.size(0) if self.batch_first else input.size(1)
        return (self.num_layers * (2 if self.bidirectional else 1), mini_batch, size)

    @staticmethod
    def _check_hidden(hx, expected, msg="Expected hidden size {}, got {}"):
        if tuple(hx.size()) != tuple(expected):
            raise RuntimeError(msg.format(tuple(expected), list(hx.size())))

    # ---- the recurrence ----
    def _cell(self, xw_t, h, c, w_hh, b_hh, w_hr):
        mode = self.mode
        if mode == "LSTM":
            gates = F.linear(h, w_hh, b_hh) + xw_t
            i, f, g, o = gates.chunk(4, 1)
            i, f, g, o = i.sigmoid(), f.sigmoid(), g.tanh(), o.sigmoid()
            c = f * c + i * g
            h = o * c.tanh()
            if w_hr is not None:
                h = F.linear(h, w_hr)
            return h, c
        if mode == "GRU":
            ir, iz, inn = xw_t.chunk(3, 1)
            hr, hz, hn = F.linear(h, w_hh, b_hh).chunk(3, 1)
            r = (hr + ir).sigmoid()
            z = (hz + iz).sigmoid()
            n = (inn + hn * r).tanh()
            return (h - n) * z + n, None
        pre = F.linear(h, w_hh, b_hh) + xw_t
        return (pre.tanh() if mode == "RNN_TANH" else pre.relu()), None

    def _run(self, x, h0, c0, batch_sizes=None):
        # x: (L, N, H_in); h0/c0: (layers*dirs, N, H). Returns output, h_n, c_n.
        # batch_sizes (packed input, batch sorted by decreasing length): at step t only the first
        # batch_sizes[t] rows advance; the others keep their state.
        num_dirs = 2 if self.bidirectional else 1
        weights = self.all_weights
        hs, cs = [], []
        layer_in = x
        for layer in range(self.num_layers):
            dir_outs = []
            for d in range(num_dirs):
                idx = layer * num_dirs + d
                w = weights[idx]
                w_ih, w_hh = w[0], w[1]
                b_ih, b_hh = (w[2], w[3]) if self.bias else (None, None)
                w_hr = w[-1] if self.proj_size > 0 else None
                xw = F.linear(layer_in, w_ih, b_ih)
                h = h0[idx]
                c = c0[idx] if c0 is not None else None
                steps = xw.unbind(0)
                order = range(len(steps)) if d == 0 else range(len(steps) - 1, -1, -1)
                outs = [None] * len(steps)
                for t in order:
                    bs = batch_sizes[t] if batch_sizes is not None else None
                    if bs is None or bs == h.shape[0]:
                        h, c = self._cell(steps[t], h, c, w_hh, b_hh, w_hr)
                        outs[t] = h
                        continue
                    hn, cn = self._cell(steps[t].narrow(0, 0, bs), h.narrow(0, 0, bs),
                                        c.narrow(0, 0, bs) if c is not None else None, w_hh, b_hh, w_hr)
                    rest = h.shape[0] - bs
                    h = _core.cat([hn, h.narrow(0, bs, rest)], 0)
                    if c is not None:
                        c = _core.cat([cn, c.narrow(0, bs, rest)], 0)
                    outs[t] = _core.cat([hn, _core.zeros(rest, hn.shape[1], dtype=hn.dtype, tag=0)], 0)
                dir_outs.append(_core.stack(outs, 0))
                hs.append(h)
                cs.append(c)
            layer_out = dir_outs[0] if num_dirs == 1 else _core.cat(dir_outs, 2)
            if self.dropout and self.training and layer < self.num_layers - 1:
                layer_out = F.dropout(layer_out, self.dropout, True)
            layer_in = layer_out
        h_n = _core.stack(hs, 0)
        c_n = _core.stack(cs, 0) if c0 is not None else None
        return layer_in, h_n, c_n

    def _forward_packed(self, packed, hx):
        from ..utils import rnn as U

        x, _ = U._unpack(packed.data, packed.batch_sizes)
        bsz = [int(v) for v in packed.batch_sizes.tolist()]
        n = bsz[0]
        real_hidden = self.proj_size if self.proj_size > 0 else self.hidden_size
        dirs_layers = self.num_layers * (2 if self.bidirectional else 1)
        lstm = self.mode == "LSTM"
        if hx is None:
            h0 = _core.zeros(dirs_layers, n, real_hidden, dtype=x.dtype, tag=0)
            c0 = _core.zeros(dirs_layers, n, self.hidden_size, dtype=x.dtype, tag=0) if lstm else None
        else:
            if lstm:
                h0, c0 = hx
            else:
                h0, c0 = hx, None
            if packed.sorted_indices is not None:
                h0 = h0.index_select(1, packed.sorted_indices)
                c0 = c0.index_select(1, packed.sorted_indices) if c0 is not None else None
            self._check_hidden(h0, (dirs_layers, n, real_hidden),
                               "Expected hidden[0] size {}, got {}" if lstm else "Expected hidden size {}, got {}")
        if x.size(-1) != self.input_size:
            raise RuntimeError(f"input.size(-1) must be equal to input_size. Expected {self.input_size}, "
                               f"got {x.size(-1)}")
        out, h_n, c_n = self._run(x, h0, c0, bsz)
        data = _core.cat([out[t].narrow(0, 0, bs) for t, bs in enumerate(bsz)], 0)
        if packed.unsorted_indices is not None:
            h_n = h_n.index_select(1, packed.unsorted_indices)
            c_n = c_n.index_select(1, packed.unsorted_indices) if c_n is not None else None
        result = U.PackedSequence(data, packed.batch_sizes, packed.sorted_indices, packed.unsorted_indices)
        return (result, (h_n, c_n)) if lstm else (result, h_n)

    def _prepare(self, input, name):
        if input.dim() not in (2, 3):
            if name == "LSTM":
                raise ValueError(f"LSTM: Expected input to be 2D or 3D, got {input.dim()}D instead")
            raise ValueError(f"{name}: Expected input to be 2D or 3D, got {input.dim()}D tensor instead")
        is_batched = input.dim() == 3
        if not is_batched:
            input = input.unsqueeze(0 if self.batch_first else 1)
        return input, is_batched


class RNN(RNNBase):
    def __init__(self, *args, **kwargs):
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        if len(args) > 3:
            self.nonlinearity = args[3]
            args = args[:3] + args[4:]
        else:
            self.nonlinearity = kwargs.pop("nonlinearity", "tanh")
        if self.nonlinearity == "tanh":
            mode = "RNN_TANH"
        elif self.nonlinearity == "relu":
            mode = "RNN_RELU"
        else:
            raise ValueError(f"Unknown nonlinearity '{self.nonlinearity}'. Select from 'tanh' or 'relu'.")
        super().__init__(mode, *args, **kwargs)

    def forward(self, input, hx=None):
        from ..utils.rnn import PackedSequence

        if isinstance(input, PackedSequence):
            return self._forward_packed(input, hx)
        name = "GRU" if self.mode == "GRU" else "RNN"
        input, is_batched = self._prepare(input, "RNN" if name == "RNN" else name)
        if hx is not None:
            if not is_batched:
                if hx.dim() != 2:
                    raise RuntimeError(f"For unbatched 2-D input, hx should also be 2-D but got {hx.dim()}-D tensor")
                hx = hx.unsqueeze(1)
            elif hx.dim() != 3:
                raise RuntimeError(f"For batched 3-D input, hx should also be 3-D but got {hx.dim()}-D tensor")
        self._check_input(input)
        expected = self._expected_hidden(input, self.hidden_size)
        if hx is None:
            hx = _core.zeros(*expected, dtype=input.dtype, tag=0)
        else:
            self._check_hidden(hx, expected)
        x = input.transpose(0, 1) if self.batch_first else input
        out, h_n, _ = self._run(x, hx, None)
        if self.batch_first:
            out = out.transpose(0, 1)
        if not is_batched:
            out = out.squeeze(1)
            h_n = h_n.squeeze(1)
        return out, h_n


class GRU(RNN):
    def __init__(self, *args, **kwargs):
        if "proj_size" in kwargs:
            raise ValueError("proj_size argument is only supported for LSTM, not RNN or GRU")
        RNNBase.__init__(self, "GRU", *args, **kwargs)

    def extra_repr(self):
        return RNNBase.extra_repr(self)


class LSTM(RNNBase):
    def __init__(self, *args, **kwargs):
        super().__init__("LSTM", *args, **kwargs)

    def forward(self, input, hx=None):
        from ..utils.rnn import PackedSequence

        if isinstance(input, PackedSequence):
            return self._forward_packed(input, hx)
        input, is_batched = self._prepare(input, "LSTM")
        real_hidden = self.proj_size if self.proj_size > 0 else self.hidden_size
        if hx is not None:
            if is_batched:
                if hx[0].dim() != 3 or hx[1].dim() != 3:
                    raise RuntimeError("For batched 3-D input, hx and cx should also be 3-D but got "
                                       f"({hx[0].dim()}-D, {hx[1].dim()}-D) tensors")
            else:
                if hx[0].dim() != 2 or hx[1].dim() != 2:
                    raise RuntimeError("For unbatched 2-D input, hx and cx should also be 2-D but got "
                                       f"({hx[0].dim()}-D, {hx[1].dim()}-D) tensors")
                hx = (hx[0].unsqueeze(1), hx[1].unsqueeze(1))
        self._check_input(input)
        if hx is None:
            h0 = _core.zeros(*self._expected_hidden(input, real_hidden), dtype=input.dtype, tag=0)
            c0 = _core.zeros(*self._expected_hidden(input, self.hidden_size), dtype=input.dtype, tag=0)
        else:
            h0, c0 = hx
            self._check_hidden(h0, self._expected_hidden(input, real_hidden), "Expected hidden[0] size {}, got {}")
            self._check_hidden(c0, self._expected_hidden(input, self.hidden_size),
                               "Expected hidden[1] size {}, got {}")
        x = input.transpose(0, 1) if self.batch_first else input
        out, h_n, c_n = self._run(x, h0, c0)
        # torch's CPU LSTM runs as one oneDNN node per layer
        out = F._fused("MkldnnRnnLayerBackward0", out, [x, h0, c0] + list(self._flat_weights))
        if self.batch_first:
            out = out.transpose(0, 1)
        if not is_batched:
            out = out.squeeze(1)
            h_n, c_n = h_n.squeeze(1), c_n.squeeze(1)
        return out, (h_n, c_n)


class RNNCellBase(Module):
    def __init__(self, input_size, hidden_size, bias, num_chunks, device=None, dtype=None):
        super().__init__()
        self.input_size = input_size
        self.hidden_size = hidden_size
        self.bias = bias
        self.weight_ih = Parameter(_empty(num_chunks * hidden_size, input_size, dtype=dtype))
        self.weight_hh = Parameter(_empty(num_chunks * hidden_size, hidden_size, dtype=dtype))
        if bias:
            self.bias_ih = Parameter(_empty(num_chunks * hidden_size, dtype=dtype))
            self.bias_hh = Parameter(_empty(num_chunks * hidden_size, dtype=dtype))
        else:
            self.register_parameter("bias_ih", None)
            self.register_parameter("bias_hh", None)
        self.reset_parameters()

    def extra_repr(self):
        s = "{input_size}, {hidden_size}"
        if "bias" in self.__dict__ and self.bias is not True:
            s += ", bias={bias}"
        if "nonlinearity" in self.__dict__ and self.nonlinearity != "tanh":
            s += ", nonlinearity={nonlinearity}"
        return s.format(**self.__dict__)

    def reset_parameters(self):
        stdv = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -stdv, stdv)

    def _batched(self, input, name):
        if input.dim() not in (1, 2):
            raise ValueError(f"{name}: Expected input to be 1D or 2D, got {input.dim()}D instead")
        if input.size(-1) != self.input_size:
            raise RuntimeError(f"input has inconsistent input_size: got {input.size(-1)} expected {self.input_size}")
        return input.dim() == 2

    def _inputs(self, input, hx, name, n_states=1):
        # (input, hx, batched) with unbatched (1-D) input and hx given a batch dim of 1 and a missing
        # hx replaced by zeros; hx is a tuple of `n_states` tensors when n_states > 1.
        batched = self._batched(input, name)
        if not batched:
            input = input.unsqueeze(0)
        if hx is None:
            z = _core.zeros(input.size(0), self.hidden_size, dtype=input.dtype, tag=0)
            hx = z if n_states == 1 else (z,) * n_states
        elif not batched:
            hx = hx.unsqueeze(0) if n_states == 1 else tuple(h.unsqueeze(0) for h in hx)
        return input, hx, batched


class RNNCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, nonlinearity="tanh", device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=1, dtype=dtype)
        self.nonlinearity = nonlinearity

    def forward(self, input, hx=None):
        input, hx, batched = self._inputs(input, hx, "RNNCell")
        pre = F.linear(input, self.weight_ih, self.bias_ih) + F.linear(hx, self.weight_hh, self.bias_hh)
        if self.nonlinearity == "tanh":
            ret = pre.tanh()
        elif self.nonlinearity == "relu":
            ret = pre.relu()
        else:
            raise RuntimeError(f"Unknown nonlinearity: {self.nonlinearity}")
        return ret if batched else ret.squeeze(0)


class LSTMCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=4, dtype=dtype)

    def forward(self, input, hx=None):
        input, (h, c), batched = self._inputs(input, hx, "LSTMCell", 2)
        gates = F.linear(h, self.weight_hh, self.bias_hh) + F.linear(input, self.weight_ih, self.bias_ih)
        i, f, g, o = gates.chunk(4, 1)
        cy = f.sigmoid() * c + i.sigmoid() * g.tanh()
        hy = o.sigmoid() * cy.tanh()
        return (hy, cy) if batched else (hy.squeeze(0), cy.squeeze(0))


class GRUCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, device=None, dtype=None):
        super().__init__(input_size, hidden_size, bias, num_chunks=3, dtype=dtype)

    def forward(self, input, hx=None):
        input, hx, batched = self._inputs(input, hx, "GRUCell")
        ir, iz, inn = F.linear(input, self.weight_ih, self.bias_ih).chunk(3, 1)
        hr, hz, hn = F.linear(hx, self.weight_hh, self.bias_hh).chunk(3, 1)
        r = (hr + ir).sigmoid()
        z = (hz + iz).sigmoid()
        n = (inn + hn * r).tanh()
        ret = (hx - n) * z + n
        return ret if batched else ret.squeeze(0)
