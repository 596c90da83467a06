# Custom autograd nodes with torch's names: `_node(name, inputs, result, backward)` attaches a node whose
# Python class is named `name` (so `type(t.grad_fn).__name__` matches torch).  Shared by the op modules,
# _linalg_grad and special.
from .. import _core

_node_classes = {}


def _node(name, inputs, result, backward):
    cls = _node_classes.get(name)
    if cls is None:
        cls = _node_classes[name] = type(name, (_core.Node,), {"__module__": "torch.autograd.graph"})
    return _core.custom_node(name, list(inputs), result, backward, cls)
