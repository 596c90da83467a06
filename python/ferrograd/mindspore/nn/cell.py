# mindspore.nn.Cell: the base class of networks.
from collections import OrderedDict

from ... import _core
from .._hooks import _HookHandle, _check_hook_fn
from .._tensor import Parameter, ParameterTuple, Tensor


class Cell:
    """Base class of all networks: subclasses define `construct`; calling the cell runs it."""

    def __init__(self, auto_prefix=True, flags=None):
        object.__setattr__(self, "_params", OrderedDict())
        object.__setattr__(self, "_cells", OrderedDict())
        object.__setattr__(self, "_auto_prefix", auto_prefix)
        object.__setattr__(self, "training", False)
        object.__setattr__(self, "requires_grad", False)
        object.__setattr__(self, "_forward_pre_hooks", [])
        object.__setattr__(self, "_forward_hooks", [])
        object.__setattr__(self, "cls_name", type(self).__name__)

    # ---- attributes
    def _ensure(self):
        if "_params" not in self.__dict__:
            Cell.__init__(self)

    def __setattr__(self, name, value):
        d = self.__dict__
        if "_params" not in d:
            if isinstance(value, Parameter):
                raise AttributeError("For 'insert_param_to_cell', please call Cell.__init__() firstly.")
            if isinstance(value, Cell):
                raise AttributeError(f"The '{type(self).__name__}' object has no attribute '_auto_prefix'.")
            object.__setattr__(self, name, value)
            return
        params, cells = d["_params"], d["_cells"]
        if isinstance(value, Parameter):
            self.insert_param_to_cell(name, value)
        elif isinstance(value, ParameterTuple):
            # as MindSpore: each Parameter of the tuple is registered under its own name
            for p in value:
                if p.name.startswith("Parameter#"):
                    i = d.get("_pt_id", 1)
                    d["_pt_id"] = i + 1
                    p.name = f"Parameter${i}"
                if params.get(p.name) is not p:
                    params[p.name] = p
            object.__setattr__(self, name, value)
        elif isinstance(value, Cell):
            self.insert_child_to_cell(name, value)
        elif name in params and value is not None:
            if not isinstance(value, _core.Tensor):
                raise TypeError(f"Parameter '{name}' already exists in network, can not assign this type: "
                                f"'{type(value)}' as a parameter.")
            params[name].set_data(value)
        elif name in cells:
            if value is not None:
                raise TypeError(f"Sub cell '{name}' already exists in network, can not assign this type: "
                                f"'{type(value)}' as a cell.")
            cells[name] = None
        elif value is None and name in params:
            params[name] = None
        else:
            params.pop(name, None)
            cells.pop(name, None)
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        d = self.__dict__
        if "_params" in d:
            if name in d["_params"]:
                return d["_params"][name]
            if name in d["_cells"]:
                return d["_cells"][name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'.")

    def __delattr__(self, name):
        d = self.__dict__
        if name in d.get("_params", {}):
            del d["_params"][name]
        elif name in d.get("_cells", {}):
            del d["_cells"][name]
        else:
            object.__delattr__(self, name)

    def insert_param_to_cell(self, param_name, param, check_name_contain_dot=True):
        self._ensure()
        if not param_name:
            raise KeyError("For 'insert_param_to_cell', the argument 'param_name' should not be None.")
        if check_name_contain_dot and "." in param_name:
            raise KeyError("For 'insert_param_to_cell', the argument 'param_name' should not contain'.' ")
        if param is not None and not isinstance(param, Parameter):
            raise TypeError(f"For 'insert_param_to_cell', the argument 'param' must be 'Parameter' if not None, "
                            f"but got {type(param)}.")
        if param is not None and param.name.startswith("Parameter#"):
            param.name = param_name
        self.__dict__.pop(param_name, None)
        self._params[param_name] = param

    def insert_child_to_cell(self, child_name, child_cell):
        self._ensure()
        if not child_name or "." in child_name:
            raise KeyError("For 'insert_child_to_cell', the parameter 'child_name' can not be None and can not "
                           "contain '.' ")
        if child_name in self._params:
            raise KeyError(f"For 'insert_child_to_cell', the {child_name} child cell already exists in the network."
                           f"Cannot insert another child cell with the same name.")
        if child_cell is not None and not isinstance(child_cell, Cell):
            raise TypeError(f"For 'insert_child_to_cell', the argument 'child_cell' must be 'Cell' if not None, but "
                            f"got type {type(child_cell)}.")
        if self._auto_prefix and child_cell is not None:
            child_cell.update_parameters_name(child_name + ".")
        self.__dict__.pop(child_name, None)
        self._cells[child_name] = child_cell

    def update_parameters_name(self, prefix="", recurse=True):
        # mindspore renames each parameter to prefix + its attribute path (not its old name)
        for n, p in list(self.parameters_and_names(expand=recurse)):
            p.name = prefix + n

    # ---- running
    def construct(self, *args, **kwargs):
        raise AttributeError(f"For '{type(self).__name__}', the method 'construct' is not defined.")

    def __call__(self, *args, **kwargs):
        self._ensure()
        for hook in self._forward_pre_hooks:
            r = hook(self, args)
            if r is not None:
                args = r if isinstance(r, tuple) else (r,)
        bprop = getattr(type(self), "bprop", None) is not None
        if self.__dict__.get("_backward_hooks"):
            from .. import _hooks

            out = _hooks.call_with_backward_hooks(self, args, (lambda *a: _call_with_bprop(self, a, kwargs)) if bprop
                                                  else (lambda *a: self.construct(*a, **kwargs)))
        elif bprop:
            out = _call_with_bprop(self, args, kwargs)
        else:
            out = self.construct(*args, **kwargs)
        for hook in self._forward_hooks:
            r = hook(self, args, out)
            if r is not None:
                out = r
        return out

    def register_forward_pre_hook(self, hook_fn):
        _check_hook_fn(hook_fn)
        self._forward_pre_hooks.append(hook_fn)
        return _HookHandle(self._forward_pre_hooks, hook_fn)

    def register_backward_hook(self, hook_fn):
        _check_hook_fn(hook_fn)
        hooks = self.__dict__.setdefault("_backward_hooks", [])
        hooks.append(hook_fn)
        return _HookHandle(hooks, hook_fn)

    def register_forward_hook(self, hook_fn):
        _check_hook_fn(hook_fn)
        self._forward_hooks.append(hook_fn)
        return _HookHandle(self._forward_hooks, hook_fn)

    def apply(self, fn):
        for c in self.cells():
            c.apply(fn)
        fn(self)
        return self

    def init_parameters_data(self, auto_parallel_mode=False):
        return {p: p for p in self.get_parameters()}

    @property
    def param_prefix(self):
        return self.__dict__.get("_param_prefix", "")

    def set_train(self, mode=True):
        for _, c in self.cells_and_names():
            object.__setattr__(c, "training", mode)
        return self

    def set_grad(self, requires_grad=True):
        object.__setattr__(self, "requires_grad", requires_grad)
        return self

    def to_float(self, dst_type):
        return self

    def compile(self, *args):
        pass

    def set_inputs(self, *inputs):
        pass

    def shard(self, *a, **k):
        return self

    def recompute(self, **kwargs):
        pass

    @property
    def phase(self):
        return "train" if self.training else "predict"

    # ---- parameters and cells
    def cells_and_names(self, cells=None, name_prefix=""):
        seen = set()

        def walk(cell, prefix):
            if id(cell) in seen:
                return
            seen.add(id(cell))
            yield prefix, cell
            for n, c in cell._cells.items():
                if c is None:
                    continue
                yield from walk(c, prefix + ("." if prefix else "") + n)

        self._ensure()
        yield from walk(self, name_prefix)

    def name_cells(self):
        self._ensure()
        return OrderedDict((n, c) for n, c in self._cells.items() if c is not None)

    def cells(self):
        return self.name_cells().values()

    def parameters_and_names(self, name_prefix="", expand=True):
        seen = set()
        cells = self.cells_and_names(name_prefix=name_prefix) if expand else [(name_prefix, self)]
        for prefix, cell in cells:
            for n, p in cell._params.items():
                if p is None or id(p) in seen:
                    continue
                seen.add(id(p))
                yield (prefix + "." if prefix else "") + n, p

    def get_parameters(self, expand=True):
        for _, p in self.parameters_and_names(expand=expand):
            yield p

    def trainable_params(self, recurse=True):
        return [p for p in self.get_parameters(expand=recurse) if p.requires_grad]

    def untrainable_params(self, recurse=True):
        return [p for p in self.get_parameters(expand=recurse) if not p.requires_grad]

    def parameters_dict(self, recurse=True):
        return OrderedDict((p.name, p) for p in self.get_parameters(expand=recurse))

    def insert_param(self, *a):
        return self.insert_param_to_cell(*a)

    # ---- printing
    def extend_repr(self):
        return ""

    def __repr__(self):
        extra = self.extend_repr()
        info = type(self).__name__ + "("
        cells = self.name_cells()
        if cells:
            lines = [extra] if extra else []
            lines += [f"({k}): {repr(v)}" for k, v in cells.items()]
            info += "\n  " + "\n".join(lines).replace("\n", "\n  ") + "\n)"
        else:
            info += extra + ")"
        return info

    def __str__(self):
        return self.__repr__()

    def __getstate__(self):
        return self.__dict__

    def __setstate__(self, state):
        self.__dict__.update(state)


def _call_with_bprop(cell, args, kwargs):
    # A Cell with a custom `bprop(*inputs, out, dout)`: its output is one graph node whose backward is
    # that bprop (MindSpore's custom Cell gradient).
    tensors = [a for a in args if isinstance(a, _core.Tensor)]
    prev = _core.set_grad_enabled(False)
    try:
        out = cell.construct(*args, **kwargs)
    finally:
        _core.set_grad_enabled(prev)
    if not _core.is_grad_enabled() or not any(t.requires_grad for t in tensors):
        return out
    single = isinstance(out, _core.Tensor)
    outs = [out] if single else list(out)

    def backward(*gs):
        from .._grad import _create

        dout = gs[0] if single else tuple(gs)
        if _create[0]:  # a gradient of this gradient follows: the bprop is differentiated too
            res = cell.bprop(*args, out, dout)
        else:
            res = cell.bprop(*[a.detach() if isinstance(a, _core.Tensor) else a for a in args], out, dout)
        res = res if isinstance(res, tuple) else (res,)
        if len(res) < len(args):
            from .. import get_context

            if not get_context("check_bprop"):
                raise RuntimeError(f"Grad size should lager than forward inputs, but got {len(res)} vs {len(args)}")
            raise TypeError(f"For user defined method 'bprop' of net 'CellCustomBackward', the number of return "
                            f"values(gradients) should be equal to the number of input arguments except 'out' and "
                            f"'dout', which is: {len(args)}, but got:{len(res)}.")
        out_g = []
        for i, (a, r) in enumerate(zip(args, res)):
            if not isinstance(a, _core.Tensor):
                continue
            if isinstance(r, _core.Tensor) and tuple(r.shape) != tuple(a.shape):
                _check_bprop_shape(i, tuple(a.shape), tuple(r.shape))
            out_g.append(r)
        return out_g

    if single:
        return _core.custom_node("CellBprop", tensors, out.detach(), lambda g: backward(g))
    if not all(isinstance(o, _core.Tensor) for o in outs):
        raise NotImplementedError("ferrograd: a Cell bprop with nested outputs is not supported")
    # several outputs: one graph node for their flattened concatenation, the outputs are views of it
    sizes = [o.numel() for o in outs]
    packed = _core.custom_node("CellBprop", tensors, _core.cat([o.detach().reshape(-1).float() for o in outs], 0),
                               lambda g: backward(*_split(g, outs, sizes)))
    return type(out)(_split(packed, outs, sizes))


def _check_bprop_shape(i, want, got):
    from .. import get_context

    if get_context("check_bprop"):
        raise ValueError(f"For user defined method 'bprop' of net 'CellCustomBackward', the {i}th return value(gradient "
                         f"of the {i}th argument) should have the same shape as the {i}th argument, which is:{want}, "
                         f"but got: {got}.")
    n = len(got) - len(want)
    if n < 0 or any(w not in (1, g) for w, g in zip(want, got[n:])):
        raise RuntimeError(f"For grad interface or custom function, grad tensor should be broadcast to expected shape, "
                           f"but got [const vector]{{{', '.join(map(str, got))}}} vs [const vector]"
                           f"{{{', '.join(map(str, want))}}}")


def _split(flat, like, sizes):
    res, o = [], 0
    for t, n in zip(like, sizes):
        v = flat[o:o + n].reshape(tuple(t.shape))
        res.append(v if v.dtype == t.dtype else v._cast(t._dtype_name))
        o += n
    return res


class GraphCell(Cell):
    """nn.GraphCell(graph): runs a graph from mindspore.load."""

    def __init__(self, graph=None, params_init=None, obf_random_seed=None):
        super().__init__()
        object.__setattr__(self, "graph", graph)

    def construct(self, *inputs):
        return self.graph(*inputs)


def _grad_enabled():
    return _core.is_grad_enabled()


__all__ = ["Cell", "GraphCell", "Tensor"]
