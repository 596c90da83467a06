# A small pytree (tuple / list / dict / namedtuple containers, anything else a leaf) for torch.func,
# with the TreeSpec repr of torch.utils._pytree (it appears in torch.func's error messages).
from collections import OrderedDict


class TreeSpec:
    __slots__ = ("type", "context", "children", "num_leaves")

    def __init__(self, type_, context, children):
        self.type = type_            # None for a leaf
        self.context = context       # dict keys / namedtuple class / None
        self.children = children
        self.num_leaves = 1 if type_ is None else sum(c.num_leaves for c in children)

    def is_leaf(self):
        return self.type is None

    def __eq__(self, other):
        if not isinstance(other, TreeSpec):
            return NotImplemented
        return (self.type is other.type and self.context == other.context
                and len(self.children) == len(other.children)
                and all(a == b for a, b in zip(self.children, other.children)))

    def __hash__(self):
        return hash((self.type, len(self.children)))

    def _repr(self, indent):
        if self.type is None:
            return "*"
        name = "namedtuple" if self.context is not None and self.type is tuple else self.type.__name__
        ctx = "None" if self.context is None else (
            repr(self.context) if isinstance(self.context, list) else repr(self.context))
        kids = [c._repr(indent + 2) for c in self.children]
        body = (",\n" + " " * (indent + 2)).join(kids)
        return f"TreeSpec({name}, {ctx}, [{body}])"

    def __repr__(self):
        return self._repr(0)

    def pprint(self):
        """torch's treespec_pprint: the structure with `*` for the leaves."""
        if self.type is None:
            return "*"
        kids = [c.pprint() for c in self.children]
        if self.type is list:
            return "[" + ", ".join(kids) + "]"
        if self.type in (dict, OrderedDict):
            return "{" + ", ".join(f"{k!r}: {v}" for k, v in zip(self.context, kids)) + "}"
        if self.context is not None:
            return f"{self.context.__name__}(" + ", ".join(
                f"{f}={v}" for f, v in zip(self.context._fields, kids)) + ")"
        return "(" + ", ".join(kids) + ("," if len(kids) == 1 else "") + ")"


LEAF = TreeSpec(None, None, [])
_CONTAINERS = (tuple, list, dict)


def _node(tree):
    # (type, context, children) for a container, else None.
    tp = type(tree)
    if tp is tuple:
        return tuple, None, list(tree)
    if tp is list:
        return list, None, list(tree)
    if tp is dict:
        keys = list(tree)
        return dict, keys, [tree[k] for k in keys]
    if not isinstance(tree, (tuple, list, dict)):
        return None
    if isinstance(tree, tuple):
        if hasattr(type(tree), "_fields"):
            return tuple, type(tree), list(tree)
        return tuple, None, list(tree)
    if isinstance(tree, list):
        return list, None, list(tree)
    if isinstance(tree, dict):
        keys = list(tree.keys())
        return (OrderedDict if isinstance(tree, OrderedDict) else dict), keys, [tree[k] for k in keys]
    return None


def tree_flatten(tree):
    if type(tree) not in _CONTAINERS and not isinstance(tree, (tuple, list, dict)):
        return [tree], LEAF
    leaves = []

    def rec(t):
        n = _node(t)
        if n is None:
            leaves.append(t)
            return LEAF
        typ, ctx, kids = n
        return TreeSpec(typ, ctx, [rec(k) for k in kids])

    spec = rec(tree)
    return leaves, spec


def tree_unflatten(leaves, spec):
    if spec.type is None:
        return leaves[0]
    it = iter(leaves)

    def rec(s):
        if s.type is None:
            return next(it)
        kids = [rec(c) for c in s.children]
        if s.type is tuple:
            return s.context(*kids) if s.context is not None else tuple(kids)
        if s.type is list:
            return kids
        return s.type(zip(s.context, kids))

    return rec(spec)


def tree_leaves(tree):
    return tree_flatten(tree)[0]


def tree_map(fn, tree):
    leaves, spec = tree_flatten(tree)
    return tree_unflatten([fn(x) for x in leaves], spec)


def broadcast_to_and_flatten(tree, spec):
    """torch.utils._pytree._broadcast_to_and_flatten: a leaf of `tree` covers a whole subtree of
    `spec`; None if the structures do not match."""
    out = []

    def rec(t, s):
        n = _node(t)
        if n is None:
            out.extend([t] * s.num_leaves)
            return True
        if s.type is None:
            return False
        typ, ctx, kids = n
        if typ is not s.type or ctx != s.context or len(kids) != len(s.children):
            return False
        return all(rec(k, c) for k, c in zip(kids, s.children))

    return out if rec(tree, spec) else None
