# tf.keras.Model / Sequential (Keras 2 semantics): subclassed models, the functional API
# (`Model(inputs, outputs)` over keras.Input), Sequential (built from an input shape or on the
# first call), and the built-in training loop of keras/training.py.
from . import _functional
from .layers import InputLayer, Layer, _accepts
from .training import TrainingMixin


class Model(TrainingMixin, Layer):
    def __new__(cls, *args, **kwargs):
        # tf-keras: Model(inputs, outputs) makes an instance of the Functional subclass
        if cls is Model and (len(args) >= 2 or "outputs" in kwargs):
            cls = _Functional
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        inputs = kwargs.pop("inputs", args[0] if len(args) > 0 else None)
        outputs = kwargs.pop("outputs", args[1] if len(args) > 1 else None)
        super().__init__(**{k: v for k, v in kwargs.items() if k in ("name", "trainable", "dtype")})
        object.__setattr__(self, "_graph", None)
        if inputs is not None and outputs is not None:
            ins = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
            if isinstance(outputs, dict):  # tf.nest order: sorted keys; call() returns a dict
                object.__setattr__(self, "_out_keys", sorted(outputs))
                outs = [outputs[k] for k in self._out_keys]
            else:
                outs = list(outputs) if isinstance(outputs, (list, tuple)) else [outputs]
            object.__setattr__(self, "_graph", (ins, outs, isinstance(outputs, (list, tuple, dict)),
                                                isinstance(inputs, (list, tuple))))
            for l in _functional.topo_layers(outs, ins):
                self._track(l)
            self.built = True

    def __call__(self, inputs, *args, **kwargs):
        if not _accepts(self.call, "training"):
            kwargs.pop("training", None)
        if self._graph is not None and not _functional.is_symbolic(inputs):
            inputs = self._flatten_inputs(inputs)
        return super().__call__(inputs, *args, **kwargs)

    def _flatten_inputs(self, inputs):
        # A functional model's inputs as the list of its Input order: a dict by input names, a
        # list / tuple positionally (each entry converted on its own), one tensor for one input.
        from .._tensor import _T, convert_to_tensor

        ins, multi_in = self._graph[0], self._graph[3]
        if isinstance(inputs, dict):
            names = [k.layer.name for k in ins]
            missing = [n for n in names if n not in inputs]
            if missing:
                raise ValueError(f"Missing data for input \"{missing[0]}\". You passed a data dictionary with "
                                 f"keys {list(inputs)}. Expected the following keys: {names}")
            inputs = [inputs[n] for n in names]
        elif not isinstance(inputs, (list, tuple)):
            inputs = [inputs]
        elif len(ins) == 1 and len(inputs) != 1:
            inputs = [inputs]
        if len(inputs) != len(ins):
            raise ValueError(f'Layer "{self.name}" expects {len(ins)} input(s), but it received {len(inputs)} input '
                             f'tensors.')
        out = []
        for v, k in zip(inputs, ins):
            if not isinstance(v, _T):
                v = convert_to_tensor(v)
            if v.dtype != k.dtype:  # tf-keras _conform_to_reference_input casts to the Input's dtype
                from .. import _ops

                v = _ops.cast(v, k.dtype)
            out.append(v)
        return out if multi_in else out[0]

    def call(self, inputs, training=None):
        if self._graph is None:
            raise NotImplementedError("Unimplemented `tf.keras.Model.call()`: if you intend to create a `Model` "
                                      "with the Functional API, please provide `inputs` and `outputs` arguments. "
                                      "Otherwise, subclass `Model` with an overridden `call()` method.")
        ins, outs, multi_out, multi_in = self._graph
        vals = list(inputs) if multi_in else [inputs]
        res = _functional.run_graph(ins, outs, vals, training)
        if getattr(self, "_out_keys", None) is not None:
            return dict(zip(self._out_keys, res))
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
            return _functional.topo_layers(self._graph[1], self._graph[0])
        return list(self._layers)

    def _summary_layers(self):
        return self.layers

    def _summary_nodes(self):
        # None when tf-keras prints the model as a sequence of layers; otherwise the model's
        # nodes (for the "Connected to" column): a graph network with a depth holding several nodes,
        # a node with several inputs, or a layer called twice.
        if self._graph is None:
            return None
        nodes_by_depth = _functional.map_graph(self._graph[1], self._graph[0])[1]
        nodes = [n for v in nodes_by_depth.values() for n in v]
        for v in nodes_by_depth.values():
            if len(v) > 1 or (len(v) == 1 and len(_functional._flat(v[0].inputs)) > 1):
                return nodes
        for l in self.layers:
            if sum(1 for n in l.__dict__.get("_kt_nodes", ()) if any(n is m for m in nodes)) > 1:
                return nodes
        return None

    def get_layer(self, name=None, index=None):
        if index is not None:
            return self.layers[index]
        for l in self.layers:
            if l.name == name:
                return l
        raise ValueError(f"No such layer: {name}. Existing layers are: {[l.name for l in self.layers]}.")

    def _assert_weights_created(self):
        if "build" in type(self).__dict__ and type(self) is not Model and not self.built:
            raise ValueError(f"Weights for model '{self.name}' have not yet been created. Weights are created when "
                             f"the model is first called on inputs or `build()` is called with an `input_shape`.")

    @property
    def inputs(self):
        io = self._graph or getattr(self, "_sym_io", None)
        return list(io[0]) if io else None

    @property
    def outputs(self):
        io = self._graph or getattr(self, "_sym_io", None)
        return list(io[1]) if io else None

    @property
    def output_shape(self):
        outs = self.outputs
        if outs is None:
            return Layer.output_shape.fget(self)
        shapes = [k.shape_tuple for k in outs]
        return shapes[0] if len(shapes) == 1 and not (self._graph and self._graph[2]) else shapes

    @property
    def input_shape(self):
        ins = self.inputs
        if ins is None:
            raise AttributeError(f"The layer {self.name} is not connected, no input to return.")
        shapes = [k.shape_tuple for k in ins]
        return shapes[0] if len(shapes) == 1 and not (self._graph and self._graph[3]) else shapes

    @property
    def input_names(self):
        ins = self.inputs
        return None if ins is None else [k.layer.name for k in ins]

    @property
    def output_names(self):
        # functional._set_output_names: the output layers' names, uniquified
        outs = self.outputs
        if outs is None:
            return None
        names, counts = [], {}
        for k in outs:
            proposal = k.layer.name
            while proposal in names:
                c = counts.get(k.layer.name, 1)
                proposal = f"{k.layer.name}_{c}"
                counts[k.layer.name] = c + 1
            names.append(proposal)
        return names

    @property
    def trainable_weights(self):
        self._assert_weights_created()
        return Layer.trainable_weights.fget(self)

    @property
    def non_trainable_weights(self):
        self._assert_weights_created()
        return Layer.non_trainable_weights.fget(self)

    trainable_variables = trainable_weights
    non_trainable_variables = non_trainable_weights

    @property
    def weights(self):
        self._assert_weights_created()
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
        from .layers import _sub_weights

        out = []
        for l in self._layers:
            for w in _sub_weights(l, attr):
                if not any(w is o for o in out):
                    out.append(w)
        for w in getattr(self, attr):
            if not any(w is o for o in out):
                out.append(w)
        return out


class Functional(Model):
    """tf-keras's class of a model built from inputs and outputs (named like a Model: "model", "model_1").
    It lives in the private _functional module: tf.keras.models has no `Functional` attribute."""
    _default_name = "model"


Functional.__module__ = _functional.__name__
_functional.Functional = _Functional = Functional
del Functional


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
        if not isinstance(layer, Layer):
            raise TypeError(f"The added layer must be an instance of class Layer. Received: layer={layer} of "
                            f"type {type(layer)}.")
        self._seq.append(layer)
        self._track(layer)
        if len(self._seq) == 1 and getattr(layer, "_batch_input_shape", None) is not None:
            object.__setattr__(self, "_input_kt", _functional.KerasTensor(layer._batch_input_shape,
                                                                          layer._dtype))
        if getattr(self, "_input_kt", None) is not None:
            self._build_symbolic(self._input_kt)

    def _build_symbolic(self, kt, force=False):
        # Graph network of the layers on a batch-None input: builds weights, records shapes.
        x = kt
        for l in self._seq:
            if force:  # a relaxed rebuild replaces the layers' earlier nodes
                object.__setattr__(l, "_kt_output", None)
                object.__setattr__(l, "_kt_nodes", [])
            if force or getattr(l, "_output_shape", None) is None or not l.built:
                x = _functional.symbolic_call(l, x)
                if isinstance(x, (list, tuple)) and len(x) != 1:
                    raise ValueError("All layers in a Sequential model should have a single output tensor. For "
                                     "multi-output layers, use the functional API.")
            else:
                x = _functional.KerasTensor(l._output_shape, x.dtype, l, x, None)
                object.__setattr__(l, "_kt_output", x)
        object.__setattr__(self, "_sym_io", ([kt], [x]))
        self.built = True

    def pop(self):
        """Removes the last layer (tf-keras Sequential.pop)."""
        if not self._seq:
            raise TypeError("There are no layers in the model.")
        layer = self._seq.pop()
        self._layers[:] = [l for l in self._layers if l is not layer]
        kt = getattr(self, "_input_kt", None)
        if not self._seq:
            object.__setattr__(self, "_sym_io", None)
            self.built = False
        elif kt is not None:
            self._build_symbolic(kt)

    def build(self, input_shape=None):
        if input_shape is None:
            raise ValueError("You must provide an `input_shape` argument.")
        self._build_symbolic(_functional.KerasTensor(tuple(input_shape), self._dtype))

    @property
    def layers(self):
        return list(self._seq)

    _scoped = False  # built as a graph network: its layers' variables get no 'sequential/' prefix

    def _build_for(self, inputs, batch_none=False):
        # tf-keras _build_graph_network_for_inferred_shape: a deferred Sequential is built as a
        # graph network on the first input's shape (its batch too when called directly; None inside
        # fit / evaluate / predict), relaxed to None on the dimensions a later call changes.
        if getattr(self, "_input_kt", None) is not None or not self._seq or _functional.is_symbolic(inputs) \
                or getattr(self, "_batch_input_shape", None) is not None:
            return
        from .._tensor import _T, convert_to_tensor

        if not isinstance(inputs, _T):
            try:
                inputs = convert_to_tensor(inputs)
            except Exception:
                return
        shape = tuple(inputs.shape)
        if batch_none and shape:
            shape = (None,) + shape[1:]
        old = getattr(self, "_inferred_shape", None)
        if old is not None:
            if len(old) != len(shape):
                return
            shape = tuple(a if a == b else None for a, b in zip(old, shape))
            if shape == old:
                return
        elif self.built:
            return
        object.__setattr__(self, "_inferred_shape", shape)
        dtype = inputs.dtype if inputs.dtype.is_floating else self._dtype
        self._build_symbolic(_functional.KerasTensor(shape, dtype), force=old is not None)

    def __call__(self, inputs, *args, **kwargs):
        self._build_for(inputs)
        kt = getattr(self, "_input_kt", None)  # tf-keras _conform_to_reference_input: the Input's dtype
        if kt is not None and getattr(inputs, "dtype", kt.dtype) != kt.dtype and not _functional.is_symbolic(inputs):
            from .. import _ops

            inputs = _ops.cast(inputs, kt.dtype)
        return super().__call__(inputs, *args, **kwargs)

    def call(self, inputs, training=None):
        x = inputs
        for l in self._seq:
            x = l(x, training=training)
        return x


InputLayer = InputLayer


from ._saving import _install as _install_saving  # noqa: E402

_install_saving()
