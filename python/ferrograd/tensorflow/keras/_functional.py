"""Symbolic Keras tensors for the functional API and for building models from an input shape.

A KerasTensor carries a static shape (batch None) and, to infer the next shapes, a concrete
example batch of one zero row that each layer is run on (in inference mode) when it is called
symbolically; the call also records the node (layer, inputs) so that a functional Model can
replay the graph on real data."""
from .. import _ops, dtypes as _dt


class KerasTensor:
    def __init__(self, shape, dtype, layer=None, inputs=None, example=None, args=(), kwargs=None):
        self.shape_tuple = tuple(shape)
        self.dtype = dtype
        self.layer = layer
        self.inputs = inputs  # None for an Input
        self.args = args
        self.kwargs = kwargs or {}
        if example is None:
            example = _ops.zeros([1 if d is None else d for d in shape], dtype=dtype)
        self.example = example

    @property
    def shape(self):
        return _dt.TensorShape(list(self.shape_tuple))

    @property
    def name(self):
        return self.layer.name if self.layer is not None else "keras_tensor"

    def __repr__(self):
        return "<KerasTensor: shape=%s dtype=%s (created by layer '%s')>" % (self.shape, self.dtype.name, self.name)


def is_symbolic(x):
    if isinstance(x, KerasTensor):
        return True
    return isinstance(x, (list, tuple)) and any(isinstance(v, KerasTensor) for v in x)


def _examples(x):
    return [v.example for v in x] if isinstance(x, (list, tuple)) else x.example


def _symbolic_shape(t, batch_none):
    s = list(t.shape)
    if batch_none and s:
        s[0] = None
    return tuple(s)


def symbolic_call(layer, inputs, *args, **kwargs):
    kwargs.pop("training", None)
    out = layer(_examples(inputs), *args, **kwargs)
    batch_none = (inputs[0] if isinstance(inputs, (list, tuple)) else inputs).shape_tuple[0] is None
    if isinstance(out, (list, tuple)):
        res = [KerasTensor(_symbolic_shape(o, batch_none), o.dtype, layer, inputs, o, args, kwargs) for o in out]
        for i, r in enumerate(res):  # one node, several outputs (e.g. an RNN with return_state)
            r.output_index, r.siblings = i, res
        layer._output_shape = [r.shape_tuple for r in res]
        return res
    kt = KerasTensor(_symbolic_shape(out, batch_none), out.dtype, layer, inputs, out, args, kwargs)
    layer._output_shape = kt.shape_tuple
    return kt


def topo_layers(outputs):
    """Layers reachable from the outputs, inputs first, in call order (Keras' layer order)."""
    order, seen = [], set()

    def visit(kt):
        if id(kt) in seen:
            return
        seen.add(id(kt))
        if kt.inputs is not None:
            for i in (kt.inputs if isinstance(kt.inputs, (list, tuple)) else [kt.inputs]):
                visit(i)
        if kt.layer is not None and not any(kt.layer is l for l in order):
            order.append(kt.layer)

    for o in outputs:
        visit(o)
    return order


def run_graph(inputs, outputs, values, training):
    """Replays the recorded nodes on real tensors."""
    cache = {id(k): v for k, v in zip(inputs, values)}

    def ev(kt):
        if id(kt) in cache:
            return cache[id(kt)]
        src = kt.inputs
        x = [ev(i) for i in src] if isinstance(src, (list, tuple)) else ev(src)
        kw = dict(kt.kwargs)
        kw["training"] = training
        r = kt.layer(x, *kt.args, **kw)
        if getattr(kt, "siblings", None) is not None:
            for sib in kt.siblings:
                cache[id(sib)] = r[sib.output_index]
            r = r[kt.output_index]
        cache[id(kt)] = r
        return r

    return [ev(o) for o in outputs]
