# Symbolic Keras tensors for the functional API and for building models from an input shape.
#
# A KerasTensor carries a static shape (batch None) and, to infer the next shapes, a concrete
# example batch of one zero row that each layer is run on (in inference mode) when it is called
# symbolically; the call also records the node (layer, inputs) so that a functional Model can
# replay the graph on real data.
from .. import _ops, dtypes as _dt


# sizes given to an unknown non-batch dimension in the two examples: large enough for kernels,
# far enough apart to stay different through strides and pooling
_UNKNOWN = (16, 33)


class KerasTensor:
    def __init__(self, shape, dtype, layer=None, inputs=None, example=None, args=(), kwargs=None):
        self.shape_tuple = tuple(shape)
        self.dtype = dtype
        self.layer = layer
        self.inputs = inputs  # None for an Input
        self.args = args
        self.kwargs = kwargs or {}
        if example is None:
            example = _ops.zeros([(1 if i == 0 else _UNKNOWN[0]) if d is None else d
                                  for i, d in enumerate(shape)], dtype=dtype)
        self.example = example
        # a second example with other sizes for the unknown non-batch dimensions: the dimensions
        # where the two examples' outputs differ are unknown (None) in the output shape
        self.example2 = None
        if any(d is None for d in self.shape_tuple[1:]):
            self.example2 = _ops.zeros([(1 if i == 0 else _UNKNOWN[1]) if d is None else d
                                        for i, d in enumerate(self.shape_tuple)], dtype=dtype)

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


def _symbolic_shape(t, batch_none, t2=None):
    s = list(t.shape)
    if t2 is not None and len(t2.shape) == len(s):
        s = [a if a == b else None for a, b in zip(s, list(t2.shape))]
    if batch_none and s:
        s[0] = None
    return tuple(s)


def _examples2(x):
    if isinstance(x, (list, tuple)):
        return [v.example if v.example2 is None else v.example2 for v in x]
    return x.example if x.example2 is None else x.example2


def symbolic_call(layer, inputs, *args, **kwargs):
    kwargs.pop("training", None)
    out = layer(_examples(inputs), *args, **kwargs)
    out2 = None
    if any(v.example2 is not None for v in (inputs if isinstance(inputs, (list, tuple)) else [inputs])):
        out2 = layer(_examples2(inputs), *args, **kwargs)
    batch_none = (inputs[0] if isinstance(inputs, (list, tuple)) else inputs).shape_tuple[0] is None
    if isinstance(out, (list, tuple)):
        res = [KerasTensor(_symbolic_shape(o, batch_none, None if out2 is None else out2[i]), o.dtype, layer,
                           inputs, o, args, kwargs) for i, o in enumerate(out)]
        for i, r in enumerate(res):  # one node, several outputs (e.g. an RNN with return_state)
            r.output_index, r.siblings = i, res
            if r.example2 is not None:
                r.example2 = out2[i]
        layer._output_shape = [r.shape_tuple for r in res]
        _register_node(layer, res[0])
        if getattr(layer, "_kt_output", None) is None:
            object.__setattr__(layer, "_kt_output", res)
        return res
    kt = KerasTensor(_symbolic_shape(out, batch_none, out2), out.dtype, layer, inputs, out, args, kwargs)
    if kt.example2 is not None:
        kt.example2 = out2
    layer._output_shape = kt.shape_tuple
    _register_node(layer, kt)
    if getattr(layer, "_kt_output", None) is None:
        object.__setattr__(layer, "_kt_output", kt)
    return kt


def _flat(x):
    if x is None:
        return []
    if isinstance(x, KerasTensor):
        return [x]
    if isinstance(x, dict):
        x = [x[k] for k in sorted(x)]
    if isinstance(x, (list, tuple)):
        return [t for v in x for t in _flat(v)]
    return []


def node_of(kt):
    """The node (one call of a layer) that made kt: its first output stands for it."""
    sib = getattr(kt, "siblings", None)
    return sib[0] if sib else kt


def _register_node(layer, node):
    nodes = layer.__dict__.get("_kt_nodes")
    if nodes is None:
        nodes = []
        object.__setattr__(layer, "_kt_nodes", nodes)
    nodes.append(node)


def node_index(kt):
    node = node_of(kt)
    for i, n in enumerate(kt.layer.__dict__.get("_kt_nodes", ())):
        if n is node:
            return i
    return 0


def map_graph(outputs, inputs=()):
    """tf-keras functional._map_graph_network: (layers ordered by decreasing depth, ties in
    pre-order traversal from the outputs, {depth: nodes})."""
    finished, order, layer_idx, layers = set(), [], {}, {}

    def helper(kt):
        node = node_of(kt)
        if id(node) in finished or node.layer is None:
            return
        if id(node.layer) not in layer_idx:
            layer_idx[id(node.layer)] = len(layer_idx)
            layers[id(node.layer)] = node.layer
        for t in _flat(node.inputs):
            helper(t)
        finished.add(id(node))
        order.append(node)

    for o in outputs:
        helper(o)
    nodes_depths, layers_depths, nodes = {}, {}, {}
    for node in reversed(order):
        depth = max(nodes_depths.setdefault(id(node), 0), layers_depths.get(id(node.layer), 0))
        layers_depths[id(node.layer)] = depth
        nodes_depths[id(node)] = depth
        nodes[id(node)] = node
        for t in _flat(node.inputs):
            dep = node_of(t)
            nodes_depths[id(dep)] = max(depth + 1, nodes_depths.get(id(dep), 0))
    for kt in inputs:  # inputs not connected to the outputs
        if kt.layer is not None and id(kt.layer) not in layers_depths:
            layers_depths[id(kt.layer)] = 0
            layer_idx[id(kt.layer)] = -1
            layers[id(kt.layer)] = kt.layer
            nodes_depths[id(kt)] = 0
            nodes[id(kt)] = kt
    by_depth = {}
    for lid, d in layers_depths.items():
        by_depth.setdefault(d, []).append(lid)
    ordered = []
    for d in sorted(by_depth, reverse=True):
        ordered.extend(layers[lid] for lid in sorted(by_depth[d], key=lambda lid: layer_idx[lid]))
    nodes_by_depth = {}
    for nid, d in nodes_depths.items():
        if nid in nodes:
            nodes_by_depth.setdefault(d, []).append(nodes[nid])
    return ordered, nodes_by_depth


def topo_layers(outputs, inputs=()):
    """The functional model's layers in tf-keras order (see map_graph)."""
    return map_graph(outputs, inputs)[0]


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
