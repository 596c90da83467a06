"""tf.keras.Model / Sequential (Keras 2 semantics): subclassed models, the functional API
(`Model(inputs, outputs)` over keras.Input), Sequential (built from an input shape or on the
first call), and the built-in training loop of keras/training.py."""
from . import _functional
from .layers import InputLayer, Layer, _accepts
from .training import TrainingMixin


class Model(TrainingMixin, Layer):
    def __init__(self, *args, **kwargs):
        inputs = kwargs.pop("inputs", args[0] if len(args) > 0 else None)
        outputs = kwargs.pop("outputs", args[1] if len(args) > 1 else None)
        super().__init__(**{k: v for k, v in kwargs.items() if k in ("name", "trainable", "dtype")})
        object.__setattr__(self, "_graph", None)
        if inputs is not None and outputs is not None:
            ins = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
            outs = list(outputs) if isinstance(outputs, (list, tuple)) else [outputs]
            object.__setattr__(self, "_graph", (ins, outs, isinstance(outputs, (list, tuple)),
                                                isinstance(inputs, (list, tuple))))
            for l in _functional.topo_layers(outs):
                self._track(l)
            self.built = True

    def __call__(self, inputs, *args, **kwargs):
        if not _accepts(self.call, "training"):
            kwargs.pop("training", None)
        return super().__call__(inputs, *args, **kwargs)

    def call(self, inputs, training=None):
        if self._graph is None:
            raise NotImplementedError("Unimplemented `tf.keras.Model.call()`: if you intend to create a `Model` "
                                      "with the Functional API, please provide `inputs` and `outputs` arguments. "
                                      "Otherwise, subclass `Model` with an overridden `call()` method.")
        ins, outs, multi_out, multi_in = self._graph
        vals = list(inputs) if multi_in else [inputs]
        res = _functional.run_graph(ins, outs, vals, training)
        return res if multi_out else res[0]

    def build(self, input_shape):
        if self._graph is None and input_shape is not None and type(self).call is not Model.call:
            from .. import _ops

            shape = [1 if d is None else int(d) for d in input_shape]
            self.call(_ops.zeros(shape))
        self.built = True

    @property
    def layers(self):
        if self._graph is not None:
            return [l for l in _functional.topo_layers(self._graph[1])]
        return list(self._layers)

    def _summary_layers(self):
        return self.layers

    def get_layer(self, name=None, index=None):
        if index is not None:
            return self.layers[index]
        for l in self.layers:
            if l.name == name:
                return l
        raise ValueError(f"No such layer: {name}. Existing layers are: {[l.name for l in self.layers]}.")

    @property
    def weights(self):
        # tf-keras Model._undeduplicated_weights: each tracked layer's variables in layer order
        # (its trainable then non-trainable ones), then the model's own
        out = []
        for l in self._layers:
            for w in l.weights:
                if not any(w is o for o in out):
                    out.append(w)
        for w in self._trainable_weights + self._non_trainable_weights:
            if not any(w is o for o in out):
                out.append(w)
        return out

    variables = weights

    def _gather(self, attr):
        # Keras Model: the tracked layers' weights first, then the model's own
        out = []
        for l in self._layers:
            for w in l._gather(attr):
                if not any(w is o for o in out):
                    out.append(w)
        for w in getattr(self, attr):
            if not any(w is o for o in out):
                out.append(w)
        return out


def _accepts_training(fn):
    return _accepts(fn, "training")


class Sequential(Model):
    def __init__(self, layers=None, name=None):
        super().__init__(name=name)
        self._seq = []
        for l in layers or []:
            self.add(l)

    def add(self, layer):
        if isinstance(layer, _functional.KerasTensor):  # keras.Input(...) as the first entry
            object.__setattr__(self, "_input_kt", layer)
            return
        self._seq.append(layer)
        self._track(layer)
        if len(self._seq) == 1 and getattr(layer, "_batch_input_shape", None) is not None:
            object.__setattr__(self, "_input_kt", _functional.KerasTensor(layer._batch_input_shape,
                                                                          layer._dtype))
        if getattr(self, "_input_kt", None) is not None:
            self._build_symbolic(self._input_kt)

    def _build_symbolic(self, kt):
        """Graph network of the layers on a batch-None input: builds weights, records shapes."""
        x = kt
        for l in self._seq:
            if getattr(l, "_output_shape", None) is None or not l.built:
                x = _functional.symbolic_call(l, x)
            else:
                x = _functional.KerasTensor(l._output_shape, x.dtype, l, x, None)
        self.built = True

    def build(self, input_shape=None):
        if input_shape is None:
            raise ValueError("You must provide an `input_shape` argument.")
        self._build_symbolic(_functional.KerasTensor(tuple(input_shape), self._dtype))

    @property
    def layers(self):
        return list(self._seq)

    _scoped = False  # built as a graph network: its layers' variables get no 'sequential/' prefix

    def __call__(self, inputs, *args, **kwargs):
        if not self.built and not _functional.is_symbolic(inputs) and self._seq:
            from .._tensor import convert_to_tensor

            shape = (None,) + tuple(convert_to_tensor(inputs).shape)[1:]
            self._build_symbolic(_functional.KerasTensor(shape, self._dtype))
        return super().__call__(inputs, *args, **kwargs)

    def call(self, inputs, training=None):
        x = inputs
        for l in self._seq:
            x = l(x, training=training)
        return x


InputLayer = InputLayer
