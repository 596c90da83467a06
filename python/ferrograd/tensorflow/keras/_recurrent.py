# Keras 2 (tf-keras) recurrent layers: SimpleRNN, LSTM, GRU, their cells, RNN(cell) and
# Bidirectional, over the dialect's differentiable ops (a Python loop over the time steps).
#
# Each step computes what tf-keras computes, in its order: LSTM (standard_lstm / LSTMCell
# implementation 2) z = x@kernel; z += h@recurrent_kernel; z = bias_add(z, bias); gates i, f, c, o;
# GRU (standard_gru / GRUCell implementation 2) with gates z, r, h and reset_after; SimpleRNN
# act(bias_add(x@kernel, bias) + h@recurrent_kernel). Weights live in the cell
# ('lstm/lstm_cell/kernel:0'). Masks (Embedding(mask_zero=True) or mask=) keep the previous
# output and states at masked steps, as backend.rnn does (stateful=True keeps the last states). Not reproduced:
# StackedRNNCells, implementation=1 (it computes as implementation 2 here).
import weakref

from .. import _ops, nn as _nn
from .._array_ops import reverse as _reverse, split as _split
from .._tensor import _T, convert_to_tensor as _convert
from .layers import Layer, _accepts, _activation


def _init(spec):
    from . import initializers

    return initializers.get(spec)


def _fresh(init):
    # A copy of an initializer as deserializing a layer config gives (unseeded ones draw anew).
    from . import initializers

    if isinstance(init, initializers.Initializer):
        return type(init).from_config(dict(init.get_config()))
    return init


_MASKS = {}  # id(tensor) -> (weakref to tensor, mask): tf-keras's `tensor._keras_mask`


def set_keras_mask(t, mask):
    key = id(t)
    _MASKS[key] = (weakref.ref(t, lambda _r, k=key: _MASKS.pop(k, None)), mask)
    return t


def get_keras_mask(t):
    e = _MASKS.get(id(t)) if isinstance(t, _T) else None
    return e[1] if e is not None and e[0]() is t else None


def _check_rank(layer, shape):
    if shape is not None and len(shape) != 3:
        full = "(" + ", ".join("None" if d is None else str(d) for d in shape) + ("," if len(shape) == 1 else "") + ")"
        raise ValueError(f'Input 0 of layer "{layer.name}" is incompatible with the layer: expected ndim=3, found '
                         f'ndim={len(shape)}. Full shape received: {full}')


class _DropoutCell(Layer):
    # DropoutRNNCellMixin: one input mask and one recurrent mask per layer call, reused at every step.

    def _reset_masks(self):
        self._dp_mask = self._rec_dp_mask = None

    def _mask(self, attr, like, rate, training):
        if not training or not 0.0 < rate < 1.0:
            return None
        m = getattr(self, attr, None)
        if m is None:
            m = _nn.dropout(_ops.ones_like(like), rate)
            object.__setattr__(self, attr, m)
        return m

    def get_dropout_mask_for_cell(self, inputs, training, count=1):
        return self._mask("_dp_mask", inputs, self.dropout, training)

    def get_recurrent_dropout_mask_for_cell(self, inputs, training, count=1):
        return self._mask("_rec_dp_mask", inputs, self.recurrent_dropout, training)

    def reset_dropout_mask(self):
        object.__setattr__(self, "_dp_mask", None)

    def reset_recurrent_dropout_mask(self):
        object.__setattr__(self, "_rec_dp_mask", None)

    def get_initial_state(self, inputs=None, batch_size=None, dtype=None):
        if inputs is not None:
            batch_size = int(inputs.shape[0])
        sizes = self.state_size if isinstance(self.state_size, (list, tuple)) else [self.state_size]
        states = [_ops.zeros([batch_size, int(s)], dtype=dtype or self._dtype) for s in sizes]
        return states if isinstance(self.state_size, (list, tuple)) else states[0]


class SimpleRNNCell(_DropoutCell):
    _k = 1

    def __init__(self, units, activation="tanh", use_bias=True, kernel_initializer="glorot_uniform",
                 recurrent_initializer="orthogonal", bias_initializer="zeros", kernel_regularizer=None,
                 recurrent_regularizer=None, bias_regularizer=None, kernel_constraint=None,
                 recurrent_constraint=None, bias_constraint=None, dropout=0.0, recurrent_dropout=0.0, **kwargs):
        if units <= 0:
            raise ValueError(f"Received an invalid value for argument `units`, expected a positive integer, got "
                             f"{units}.")
        super().__init__(**{k: v for k, v in kwargs.items() if k not in ("implementation", "enable_caching_device")})
        self.units = int(units)
        self.activation = _activation(activation)
        self.use_bias = use_bias
        self.kernel_initializer = _init(kernel_initializer)
        self.recurrent_initializer = _init(recurrent_initializer)
        self.bias_initializer = _init(bias_initializer)
        self.dropout = min(1.0, max(0.0, dropout))
        self.recurrent_dropout = min(1.0, max(0.0, recurrent_dropout))
        self._reset_masks()

    @property
    def state_size(self):
        return self.units

    @property
    def output_size(self):
        return self.units

    def _bias_shape(self):
        return [self._k * self.units]

    def _bias_initializer(self):
        return self.bias_initializer

    def build(self, input_shape):
        n = self._k * self.units
        self.kernel = self.add_weight("kernel", shape=[int(input_shape[-1]), n], initializer=self.kernel_initializer)
        self.recurrent_kernel = self.add_weight("recurrent_kernel", shape=[self.units, n],
                                                initializer=self.recurrent_initializer)
        self.bias = self.add_weight("bias", shape=self._bias_shape(), initializer=self._bias_initializer()) \
            if self.use_bias else None
        self.built = True

    def _states(self, states):
        return list(states) if isinstance(states, (list, tuple)) else [states]

    def call(self, inputs, states, training=None):
        nested = isinstance(states, (list, tuple))
        prev = self._states(states)[0]
        dp = self.get_dropout_mask_for_cell(inputs, training)
        rdp = self.get_recurrent_dropout_mask_for_cell(prev, training)
        h = _ops.matmul(inputs * dp if dp is not None else inputs, self.kernel)
        if self.bias is not None:
            h = _ops.bias_add(h, self.bias)
        if rdp is not None:
            prev = prev * rdp
        out = h + _ops.matmul(prev, self.recurrent_kernel)
        if self.activation is not None:
            out = self.activation(out)
        return out, ([out] if nested else out)


class LSTMCell(SimpleRNNCell):
    _k = 4

    def __init__(self, units, activation="tanh", recurrent_activation="sigmoid", use_bias=True,
                 kernel_initializer="glorot_uniform", recurrent_initializer="orthogonal", bias_initializer="zeros",
                 unit_forget_bias=True, kernel_regularizer=None, recurrent_regularizer=None, bias_regularizer=None,
                 kernel_constraint=None, recurrent_constraint=None, bias_constraint=None, dropout=0.0,
                 recurrent_dropout=0.0, **kwargs):
        super().__init__(units, activation, use_bias, kernel_initializer, recurrent_initializer, bias_initializer,
                         dropout=dropout, recurrent_dropout=recurrent_dropout, **kwargs)
        self.recurrent_activation = _activation(recurrent_activation)
        self.unit_forget_bias = unit_forget_bias

    @property
    def state_size(self):
        return [self.units, self.units]

    def _bias_initializer(self):
        if not self.unit_forget_bias:
            return self.bias_initializer
        from . import initializers

        u, init = self.units, self.bias_initializer

        def bias_initializer(_, *args, **kwargs):
            return _ops.concat([init((u,), *args, **kwargs), initializers.get("ones")((u,), *args, **kwargs),
                                init((u * 2,), *args, **kwargs)], 0)

        return bias_initializer

    def call(self, inputs, states, training=None):
        h_tm1, c_tm1 = states[0], states[1]
        dp = self.get_dropout_mask_for_cell(inputs, training)
        rdp = self.get_recurrent_dropout_mask_for_cell(h_tm1, training)
        if dp is not None:
            inputs = inputs * dp
        if rdp is not None:
            h_tm1 = h_tm1 * rdp
        return self._step(inputs, h_tm1, c_tm1, self.kernel, self.recurrent_kernel, self.bias)

    def _step(self, x, h_tm1, c_tm1, kernel, recurrent_kernel, bias):
        z = _ops.matmul(x, kernel)
        z += _ops.matmul(h_tm1, recurrent_kernel)
        if bias is not None:
            z = _ops.bias_add(z, bias)
        z0, z1, z2, z3 = _split(z, 4, axis=1)
        ra = self.recurrent_activation
        i = ra(z0)
        f = ra(z1)
        c = f * c_tm1 + i * self.activation(z2)
        o = ra(z3)
        h = o * self.activation(c)
        return h, [h, c]


class GRUCell(SimpleRNNCell):
    _k = 3

    def __init__(self, units, activation="tanh", recurrent_activation="sigmoid", use_bias=True,
                 kernel_initializer="glorot_uniform", recurrent_initializer="orthogonal", bias_initializer="zeros",
                 kernel_regularizer=None, recurrent_regularizer=None, bias_regularizer=None, kernel_constraint=None,
                 recurrent_constraint=None, bias_constraint=None, dropout=0.0, recurrent_dropout=0.0,
                 reset_after=True, **kwargs):
        super().__init__(units, activation, use_bias, kernel_initializer, recurrent_initializer, bias_initializer,
                         dropout=dropout, recurrent_dropout=recurrent_dropout, **kwargs)
        self.recurrent_activation = _activation(recurrent_activation)
        self.reset_after = reset_after

    def _bias_shape(self):
        return [2, 3 * self.units] if self.reset_after else [3 * self.units]

    def call(self, inputs, states, training=None):
        nested = isinstance(states, (list, tuple))
        h_tm1 = self._states(states)[0]
        dp = self.get_dropout_mask_for_cell(inputs, training)
        rdp = self.get_recurrent_dropout_mask_for_cell(h_tm1, training)
        if dp is not None:
            inputs = inputs * dp
        h = self._step(inputs, h_tm1, rdp)
        return h, ([h] if nested else h)

    def _step(self, x, h_tm1, rdp=None):
        u = self.units
        if self.use_bias:
            input_bias, recurrent_bias = (_ops.unstack(self.bias) if self.reset_after else (self.bias, None))
        matrix_x = _ops.matmul(x, self.kernel)
        if self.use_bias:
            matrix_x = _ops.bias_add(matrix_x, input_bias)
        x_z, x_r, x_h = _split(matrix_x, 3, axis=-1)
        h_in = h_tm1 * rdp if rdp is not None else h_tm1
        if self.reset_after:
            matrix_inner = _ops.matmul(h_in, self.recurrent_kernel)
            if self.use_bias:
                matrix_inner = _ops.bias_add(matrix_inner, recurrent_bias)
            recurrent_z, recurrent_r, recurrent_h = _split(matrix_inner, 3, axis=-1)
        else:
            matrix_inner = _ops.matmul(h_in, self.recurrent_kernel[:, :2 * u])
            recurrent_z, recurrent_r = _split(matrix_inner, 2, axis=-1)
        z = self.recurrent_activation(x_z + recurrent_z)
        r = self.recurrent_activation(x_r + recurrent_r)
        if self.reset_after:
            recurrent_h = r * recurrent_h
        else:
            recurrent_h = _ops.matmul(r * h_in, self.recurrent_kernel[:, 2 * u:])
        hh = self.activation(x_h + recurrent_h)
        return z * h_tm1 + (1 - z) * hh


class RNN(Layer):
    """tf.keras.layers.RNN(cell): runs cell.call over the time axis (tf-keras backend.rnn)."""

    def __init__(self, cell, return_sequences=False, return_state=False, go_backwards=False, stateful=False,
                 unroll=False, time_major=False, **kwargs):
        if isinstance(cell, (list, tuple)):
            raise NotImplementedError("RNN: a list of cells (StackedRNNCells) is not supported")
        if not hasattr(cell, "call"):
            raise ValueError(f"Argument `cell` should have a `call` method. The RNN was passed: cell={cell}")
        if not hasattr(cell, "state_size"):
            raise ValueError(f"The RNN cell should have a `state_size` attribute (tuple of integers, one integer per "
                             f"RNN state). Received: cell={cell}")
        zero_output_for_mask = kwargs.pop("zero_output_for_mask", False)
        if "input_shape" not in kwargs and ("input_dim" in kwargs or "input_length" in kwargs):
            kwargs["input_shape"] = (kwargs.pop("input_length", None), kwargs.pop("input_dim", None))
        super().__init__(**kwargs)
        self.cell = cell
        self.return_sequences = return_sequences
        self.return_state = return_state
        self.go_backwards = go_backwards
        self.stateful = stateful
        self.unroll = unroll
        self.time_major = time_major
        self.zero_output_for_mask = zero_output_for_mask
        self.supports_masking = True

    def __call__(self, inputs, *args, **kwargs):
        init = kwargs.get("initial_state")
        if init is not None:
            from . import _functional

            init = list(init) if isinstance(init, (list, tuple)) else [init]
            if _functional.is_symbolic(init):  # Keras tensors as states: inputs of the node
                kwargs.pop("initial_state")
                inputs = [inputs] + init
        return super().__call__(inputs, *args, **kwargs)

    @property
    def states(self):
        kept = self.__dict__.get("_stateful_states")
        if kept is not None:
            return list(kept)
        s = self.cell.state_size
        return [None] * (len(s) if isinstance(s, (list, tuple)) else 1)

    def reset_states(self, states=None):
        """stateful=True: the next call starts again from zeros (or from the given states)."""
        if not self.stateful:
            raise AttributeError("Layer must be stateful.")
        if states is not None:
            states = list(states) if isinstance(states, (list, tuple)) else [states]
            states = [_convert(v, dtype=self._dtype) for v in states]
        object.__setattr__(self, "_stateful_states", states)

    reset_state = reset_states

    def build(self, input_shape):
        if isinstance(input_shape, list) and input_shape and not isinstance(input_shape[0], int):
            input_shape = input_shape[0]
        if input_shape is None:
            return
        _check_rank(self, input_shape)
        shape = tuple(input_shape)
        step = shape[1:] if self.time_major else (shape[0],) + shape[2:]
        if isinstance(self.cell, Layer) and not self.cell.built:
            from .. import name_scope

            with name_scope(self.cell.name):
                self.cell.build(step)
                self.cell.built = True
        self.built = True

    def compute_output_shape(self, input_shape):
        """Output shape(s) from the input shape, None dimensions kept (tf-keras RNN.compute_output_shape)."""
        if isinstance(input_shape, list) and input_shape and not isinstance(input_shape[0], (int, type(None))):
            input_shape = input_shape[0]
        from .. import dtypes as _dt

        shape = tuple(_dt.TensorShape(input_shape).as_list()) if not isinstance(input_shape, tuple) else input_shape
        batch, time = (shape[1], shape[0]) if self.time_major else (shape[0], shape[1])
        out = getattr(self.cell, "output_size", None)
        sizes = self.cell.state_size if isinstance(self.cell.state_size, (list, tuple)) else [self.cell.state_size]
        out = sizes[0] if out is None else out
        if self.return_sequences:
            o = _dt.TensorShape([time, batch, out] if self.time_major else [batch, time, out])
        else:
            o = _dt.TensorShape([batch, out])
        if self.return_state:
            return [o] + [_dt.TensorShape([batch, s]) for s in sizes]
        return o

    def get_initial_state(self, inputs):
        batch = int(inputs.shape[1] if self.time_major else inputs.shape[0])
        get = getattr(self.cell, "get_initial_state", None)
        if get is not None:
            init = get(inputs=None, batch_size=batch, dtype=inputs.dtype)
        else:
            s = self.cell.state_size
            init = [_ops.zeros([batch, int(d)], dtype=inputs.dtype)
                    for d in (s if isinstance(s, (list, tuple)) else [s])]
        return list(init) if isinstance(init, (list, tuple)) else [init]

    def _process_inputs(self, inputs, initial_state):
        if isinstance(inputs, (list, tuple)):
            initial_state = inputs[1:] or None
            inputs = inputs[0]
        if not isinstance(inputs, _T):
            inputs = _convert(inputs, dtype=self._dtype)
        if not self.built or (isinstance(self.cell, Layer) and not self.cell.built):
            self.build(tuple(inputs.shape))
        _check_rank(self, tuple(inputs.shape))
        if initial_state is None:
            initial_state = self.get_initial_state(inputs)
        elif not isinstance(initial_state, (list, tuple)):
            initial_state = [initial_state]
        initial_state = [_convert(s, dtype=inputs.dtype) for s in initial_state]
        if len(initial_state) != len(self.states):
            raise ValueError(f"Layer {self.name} expects {len(self.states)} state(s), but it received "
                             f"{len(initial_state)} initial state(s). Input received: {inputs}")
        return inputs, initial_state

    def _step_fn(self, training):
        cell = self.cell
        call = cell.call if isinstance(cell, Layer) else cell
        if _accepts(call, "training"):
            return lambda x, s: call(x, s, training=training)
        return call

    def _loop(self, step, inputs, states, mask=None):
        # backend.rnn: the outputs of every step (in processing order), the last output, the last
        # states; at a masked step the output is the previous one (zeros with zero_output_for_mask)
        # and the states are kept.
        axis = 0 if self.time_major else 1
        xs = _ops.unstack(inputs, axis=axis)
        ms = None
        if mask is not None:
            if isinstance(mask, (list, tuple)):
                mask = mask[0]
            m = _convert(mask)
            if m.dtype.name != "bool":
                m = _ops.cast(m, "bool")
            ms = [_ops.expand_dims(t, -1) for t in _ops.unstack(m, axis=axis)]
        if self.go_backwards:
            xs = xs[::-1]
            ms = ms[::-1] if ms is not None else None
        outputs = []
        out = None
        for t, x in enumerate(xs):
            new_out, new = step(x, states)
            new = list(new) if isinstance(new, (list, tuple)) else [new]
            if ms is not None:
                keep = _ops.zeros_like(new_out) if out is None or self.zero_output_for_mask else out
                new_out = _ops.where(ms[t], new_out, keep)
                new = [_ops.where(ms[t], n, s) for n, s in zip(new, states)]
            out, states = new_out, new
            if self.return_sequences:
                outputs.append(out)
        seq = _ops.stack(outputs, axis=axis) if self.return_sequences else None
        return out, seq, states

    def compute_mask(self, inputs, mask=None):
        # tf-keras RNN.compute_mask: the sequence output keeps the mask, states get none
        if isinstance(mask, (list, tuple)):
            mask = mask[0]
        out = mask if self.return_sequences else None
        return [out, None, None, None] if self.return_state else out

    def _finish(self, last, seq, states, mask=None):
        output = seq if self.return_sequences else last
        if mask is not None and self.return_sequences:
            set_keras_mask(output, mask[0] if isinstance(mask, (list, tuple)) else mask)
        if self.return_state:
            return [output] + list(states)
        return output

    @staticmethod
    def _input_mask(inputs, mask):
        if mask is None:
            mask = get_keras_mask(inputs[0] if isinstance(inputs, (list, tuple)) and inputs else inputs)
        return mask

    def call(self, inputs, mask=None, training=None, initial_state=None, constants=None):
        mask = self._input_mask(inputs, mask)
        explicit = initial_state is not None or (isinstance(inputs, (list, tuple)) and len(inputs) > 1)
        inputs, initial_state = self._process_inputs(inputs, initial_state)
        initial_state = self._stateful_start(explicit, initial_state)
        if isinstance(self.cell, _DropoutCell):
            self.cell._reset_masks()
        last, seq, states = self._loop(self._step_fn(training), inputs, initial_state, mask)
        self._stateful_keep(states)
        return self._finish(last, seq, states, mask)

    def _stateful_start(self, explicit, initial_state):
        kept = self.__dict__.get("_stateful_states")
        if self.stateful and not explicit and kept is not None:  # stateful: start from the last states
            return list(kept)
        return initial_state

    def _stateful_keep(self, states):
        if self.stateful:
            object.__setattr__(self, "_stateful_states", [_ops.stop_gradient(v) for v in states])

    # properties forwarded to the cell, as tf-keras's SimpleRNN/LSTM/GRU expose them
    def __getattr__(self, name):
        if name in ("units", "activation", "recurrent_activation", "use_bias", "kernel_initializer",
                    "recurrent_initializer", "bias_initializer", "unit_forget_bias", "dropout",
                    "recurrent_dropout", "reset_after") and "cell" in self.__dict__:
            return getattr(self.__dict__["cell"], name)
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")


class _CellRNN(RNN):
    # SimpleRNN / LSTM / GRU: an RNN over their own cell (named 'simple_rnn_cell' / 'lstm_cell' /
    # 'gru_cell') that only takes 3-D inputs.

    _cell_cls = None
    _cell_name = None
    _rnn_keys = ("return_sequences", "return_state", "go_backwards", "stateful", "unroll", "time_major")

    def __init__(self, units, **kwargs):
        layer_kw = {k: kwargs.pop(k) for k in list(kwargs) if k in self._rnn_keys or k in (
            "name", "trainable", "dtype", "input_shape", "batch_input_shape", "input_dim", "input_length",
            "zero_output_for_mask", "activity_regularizer", "return_runtime")}
        object.__setattr__(self, "_ctor", (units, dict(kwargs), dict(layer_kw)))
        layer_kw.pop("activity_regularizer", None)
        layer_kw.pop("return_runtime", None)
        cell = self._cell_cls(units, name=self._cell_name, dtype=layer_kw.get("dtype"),
                              trainable=layer_kw.get("trainable", True), **kwargs)
        super().__init__(cell, **layer_kw)

    def _clone(self, name, go_backwards):
        # The layer rebuilt from its config (Bidirectional's forward/backward copies).
        units, cell_kw, layer_kw = self._ctor
        cell_kw = {k: _fresh(v) for k, v in cell_kw.items()}
        layer_kw = dict(layer_kw, name=name, go_backwards=go_backwards)
        return type(self)(units, **cell_kw, **layer_kw)

    def _fused(self):
        # tf-keras's _could_use_gpu_kernel: then the input dropout mask covers every time step.
        from . import activations

        c = self.cell
        ok = c.activation is activations.tanh and c.recurrent_activation is activations.sigmoid and \
            c.recurrent_dropout == 0 and not self.unroll and c.use_bias
        return ok and (not isinstance(c, GRUCell) or c.reset_after)

    def call(self, inputs, mask=None, training=None, initial_state=None):
        mask = self._input_mask(inputs, mask)
        explicit = initial_state is not None or (isinstance(inputs, (list, tuple)) and len(inputs) > 1)
        inputs, initial_state = self._process_inputs(inputs, initial_state)
        initial_state = self._stateful_start(explicit, initial_state)
        cell = self.cell
        cell._reset_masks()
        if isinstance(cell, SimpleRNNCell) and type(cell) is not SimpleRNNCell and self._fused():
            if training and 0.0 < cell.dropout < 1.0:
                inputs = inputs * _nn.dropout(_ops.ones_like(inputs), cell.dropout)
            if isinstance(cell, LSTMCell):
                def step(x, s):
                    return cell._step(x, s[0], s[1], cell.kernel, cell.recurrent_kernel, cell.bias)
            else:
                def step(x, s):
                    h = cell._step(x, s[0])
                    return h, [h]
        else:
            step = self._step_fn(training)
        last, seq, states = self._loop(step, inputs, initial_state, mask)
        self._stateful_keep(states)
        return self._finish(last, seq, states, mask)


class SimpleRNN(_CellRNN):
    _cell_cls, _cell_name = SimpleRNNCell, "simple_rnn_cell"


class LSTM(_CellRNN):
    _cell_cls, _cell_name = LSTMCell, "lstm_cell"


class GRU(_CellRNN):
    _cell_cls, _cell_name = GRUCell, "gru_cell"


class Bidirectional(Layer):
    def __init__(self, layer, merge_mode="concat", weights=None, backward_layer=None, **kwargs):
        if not isinstance(layer, Layer):
            raise ValueError(f"Please initialize `Bidirectional` layer with a `tf.keras.layers.Layer` instance. "
                             f"Received: {layer}")
        if backward_layer is not None and not isinstance(backward_layer, Layer):
            raise ValueError(f"`backward_layer` need to be a `tf.keras.layers.Layer` instance. Received: "
                             f"{backward_layer}")
        if merge_mode not in ["sum", "mul", "ave", "concat", None]:
            raise ValueError(f"Invalid merge mode. Received: {merge_mode}. Merge mode should be one of "
                             '{"sum", "mul", "ave", "concat", None}')
        if not hasattr(layer, "_clone"):
            raise NotImplementedError("Bidirectional: only SimpleRNN, LSTM and GRU layers can be wrapped")
        super().__init__(**kwargs)
        object.__setattr__(self, "layer", layer)  # not tracked, as in tf-keras
        self.forward_layer = layer._clone(layer.name, layer.go_backwards)
        self.backward_layer = backward_layer if backward_layer is not None else \
            layer._clone(layer.name, not layer.go_backwards)
        self.forward_layer._name = "forward_" + self.forward_layer.name
        self.backward_layer._name = "backward_" + self.backward_layer.name
        for sub in (self.forward_layer, self.backward_layer):
            if getattr(sub, "zero_output_for_mask", None) is not None:
                sub.zero_output_for_mask = sub.return_sequences
        self.merge_mode = merge_mode
        self.return_sequences = layer.return_sequences
        self.return_state = layer.return_state
        self.stateful = layer.stateful
        self._weights_init = weights

    def build(self, input_shape):
        if input_shape is not None:
            _check_rank(self, input_shape)
        self.built = True

    def compute_output_shape(self, input_shape):
        from .. import dtypes as _dt

        out = self.forward_layer.compute_output_shape(input_shape)
        states = []
        if self.return_state:
            out, states = out[0], out[1:] * 2
        dims = out.as_list()
        if self.merge_mode == "concat":
            dims[-1] = dims[-1] * 2 if dims[-1] is not None else None
            out = _dt.TensorShape(dims)
        elif self.merge_mode is None:
            out = [out, out]
        if self.return_state:
            return (out if self.merge_mode is None else [out]) + states
        return out

    def call(self, inputs, training=None, mask=None, initial_state=None):
        mask = RNN._input_mask(inputs, mask)
        if isinstance(inputs, list) and len(inputs) > 1:
            half = (len(inputs) - 1) // 2 + 1
            fw_in, bw_in = [inputs[0]] + inputs[1:half], [inputs[0]] + inputs[half:]
            fs = bs = None
        else:
            fw_in = bw_in = inputs
            fs = bs = None
            if initial_state is not None:
                half = len(initial_state) // 2
                fs, bs = initial_state[:half], initial_state[half:]
        y = self.forward_layer(fw_in, training=training, initial_state=fs, mask=mask)
        y_rev = self.backward_layer(bw_in, training=training, initial_state=bs, mask=mask)
        if self._weights_init:
            n = len(self._weights_init)
            self.forward_layer.set_weights(self._weights_init[:n // 2])
            self.backward_layer.set_weights(self._weights_init[n // 2:])
            self._weights_init = None
            y = self.forward_layer(fw_in, training=training, initial_state=fs, mask=mask)
            y_rev = self.backward_layer(bw_in, training=training, initial_state=bs, mask=mask)
        states = []
        if self.return_state:
            states = list(y[1:]) + list(y_rev[1:])
            y, y_rev = y[0], y_rev[0]
        if self.return_sequences:
            y_rev = _reverse(y_rev, [0 if getattr(self.forward_layer, "time_major", False) else 1])
        if self.merge_mode == "concat":
            output = _ops.concat([y, y_rev], -1)
        elif self.merge_mode == "sum":
            output = y + y_rev
        elif self.merge_mode == "ave":
            output = (y + y_rev) / 2
        elif self.merge_mode == "mul":
            output = y * y_rev
        else:
            output = [y, y_rev]
        if mask is not None and self.return_sequences:
            for o in (output if isinstance(output, list) else [output]):
                set_keras_mask(o, mask[0] if isinstance(mask, (list, tuple)) else mask)
        if self.return_state:
            return (output if self.merge_mode is None else [output]) + states
        return output
