# mindspore.ops.composite (usually imported as C): GradOperation and MultitypeFuncGraph / HyperMap / Map
# (functions overloaded on argument types, mapped over tuples of tensors).
from ... import _core
from .._grad import GradOperation, grad, stop_gradient, value_and_grad, vjp  # noqa: F401

_FROM_OPS = ("batch_dot", "clip_by_global_norm", "clip_by_value", "count_nonzero", "cummin", "dot", "matmul", "mm",
             "normal", "ones_like", "repeat_elements", "repeat_interleave", "sequence_mask", "tensor_dot", "uniform",
             "vecdot", "zeros_like")


def __getattr__(name):
    # mindspore.ops.composite (C) also carries ops' functional helpers (C.normal, C.uniform, C.gamma, ...)
    if name in _FROM_OPS:
        from .. import ops as _ops

        return _ops.__dict__[name]
    raise AttributeError(f"module 'mindspore.ops.composite' has no attribute '{name}'")




def _matches(tname, v):
    from .._tensor import Parameter

    t = tname.lower()
    if t in ("tensor", "parameter"):
        return isinstance(v, _core.Tensor) or isinstance(v, Parameter)
    if t == "number":
        return isinstance(v, (int, float)) and not isinstance(v, bool) or isinstance(v, bool)
    if t in ("int", "int32", "int64"):
        return isinstance(v, int) and not isinstance(v, bool)
    if t in ("float", "float32", "float64"):
        return isinstance(v, float)
    if t == "bool":
        return isinstance(v, bool)
    if t in ("string", "str"):
        return isinstance(v, str)
    if t == "tuple":
        return isinstance(v, tuple)
    if t == "list":
        return isinstance(v, list)
    if t == "none":
        return v is None
    if t == "function":
        return callable(v)
    return False


class MultitypeFuncGraph:
    def __init__(self, name, read_value=False, doc_url=""):
        self.name = name
        self.read_value = read_value
        self.entries = []

    def register(self, *type_names):
        def deco(fn):
            self.entries.append((type_names, fn))
            return fn

        return deco

    def __call__(self, *args):
        for types, fn in self.entries:
            if len(types) == len(args) and all(_matches(t, a) for t, a in zip(types, args)):
                return fn(*args)
        got = ", ".join(type(a).__name__ for a in args)
        raise TypeError(f"The 'MultitypeFuncGraph' object '{self.name}' does not support the input types "
                        f"({got}).")


def _map(fn, seqs, reverse=False):
    if not seqs:
        return ()
    first = seqs[0]
    if isinstance(first, (tuple, list)):
        n = len(first)
        for s in seqs[1:]:
            if not isinstance(s, (tuple, list)) or len(s) != n:
                raise ValueError("For 'HyperMap', the length of all the input sequences must be the same.")
        idx = range(n - 1, -1, -1) if reverse else range(n)
        res = {i: _map(fn, [s[i] for s in seqs], reverse) for i in idx}
        out = [res[i] for i in range(n)]
        return tuple(out) if isinstance(first, tuple) else out
    return fn(*seqs)


class HyperMap:
    """HyperMap(ops=None, reverse=False): applies ops element-wise over (nested) tuples/lists."""

    def __init__(self, ops=None, reverse=False):
        self.ops, self.reverse = ops, reverse

    def __call__(self, *args):
        if self.ops is None:
            fn, seqs = args[0], list(args[1:])
        else:
            fn, seqs = self.ops, list(args)
        return _map(fn, seqs, self.reverse)


class Map(HyperMap):
    """Map(ops=None, reverse=False): applies ops over the top level of the sequences only."""

    def __call__(self, *args):
        if self.ops is None:
            fn, seqs = args[0], list(args[1:])
        else:
            fn, seqs = self.ops, list(args)
        n = len(seqs[0])
        idx = range(n - 1, -1, -1) if self.reverse else range(n)
        res = {i: fn(*[s[i] for s in seqs]) for i in idx}
        out = [res[i] for i in range(n)]
        return tuple(out) if isinstance(seqs[0], tuple) else out
