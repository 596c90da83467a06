"""torch.autograd.graph: Node, the base class of every grad_fn (one subclass per node name)."""
from ... import _core

Node = _core.Node
