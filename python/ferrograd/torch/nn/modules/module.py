# torch.nn.Module with torch's registration, traversal, state_dict and printing semantics.
import collections
import itertools
from collections import OrderedDict

from .... import _core
from ..parameter import Buffer, Parameter

_T = _core.Tensor


def _typename(obj):
    if isinstance(obj, _T):
        return obj.type()
    module = getattr(obj, "__module__", "") or ""
    qualname = ""
    if hasattr(obj, "__qualname__"):
        qualname = obj.__qualname__
    elif hasattr(obj, "__name__"):
        qualname = obj.__name__
    else:
        module = obj.__class__.__module__ or ""
        qualname = obj.__class__.__qualname__
    if module in {"", "builtins"}:
        return qualname
    return f"{module}.{qualname}"


def _addindent(s_, numSpaces):
    s = s_.split("\n")
    if len(s) == 1:
        return s_
    first = s.pop(0)
    s = [(numSpaces * " ") + line if line.strip() else "" for line in s]
    return first + "\n" + "\n".join(s)


class _IncompatibleKeys(collections.namedtuple("IncompatibleKeys", ["missing_keys", "unexpected_keys"])):
    __slots__ = ()

    def __repr__(self):
        if not self.missing_keys and not self.unexpected_keys:
            return "<All keys matched successfully>"
        return super().__repr__()

    __str__ = __repr__


_bw_node_cls = []


def _bw_node_class():
    if not _bw_node_cls:
        _bw_node_cls.append(type("BackwardHookFunctionBackward", (_core.Node,), {"__module__": "torch.autograd.function"}))
    return _bw_node_cls[0]


class _BackwardHook:
    # Module full backward hooks: identity nodes around the module's tensor inputs and outputs.

    def __init__(self, module):
        self.module = module
        self.grad_outputs = None
        self.n_in = 0
        self.grad_inputs = []
        self.pending = 0

    def _wrap(self, t, bw):
        return _core.custom_node("BackwardHookFunctionBackward", [t], t, bw, _bw_node_class())

    def setup_inputs(self, args):
        self.n_in = len(args)
        self.grad_inputs = [None] * len(args)
        out = list(args)
        for i, a in enumerate(args):
            if isinstance(a, _core.Tensor) and a.requires_grad:
                self.pending += 1

                def bw(g, i=i):
                    self.grad_inputs[i] = g
                    self.pending -= 1
                    if self.pending == 0:
                        r = self._run_hooks()
                        if r is not None:
                            return [r[i]]
                    return [g]

                out[i] = self._wrap(a, bw)
        return tuple(out)

    def _run_hooks(self):
        gin = tuple(self.grad_inputs)
        gout = self.grad_outputs or ()
        new = None
        for hook in list(self.module._backward_hooks.values()):
            r = hook(self.module, gin if new is None else new, gout)
            if r is not None:
                new = tuple(r) if isinstance(r, (tuple, list)) else (r,)
        return new

    def setup_outputs(self, result):
        single = isinstance(result, _core.Tensor)
        outs = (result,) if single else result
        if not isinstance(outs, tuple):
            return result
        n = len(outs)
        got = [None] * n

        def make(k):
            def bw(g):
                got[k] = g
                self.grad_outputs = tuple(got)
                for hook in list(self.module.__dict__.get("_backward_pre_hooks", {}).values()):
                    r = hook(self.module, self.grad_outputs)
                    if r is not None:
                        self.grad_outputs = tuple(r) if isinstance(r, (tuple, list)) else (r,)
                        g = self.grad_outputs[k]
                if self.pending == 0 and self.n_in:
                    self._run_hooks()
                return [g]

            return bw

        wrapped = tuple(self._wrap(o, make(k)) if isinstance(o, _core.Tensor) and o.requires_grad else o
                        for k, o in enumerate(outs))
        return wrapped[0] if single else wrapped


class RemovableHandle:
    __module__ = "torch.utils.hooks"
    _next_id = 0

    def __init__(self, hooks_dict, extra_dict=None):
        self.hooks_dict = hooks_dict
        self.extra_dicts = () if extra_dict is None else (extra_dict,)
        self.id = RemovableHandle._next_id
        RemovableHandle._next_id += 1

    def remove(self):
        self.hooks_dict.pop(self.id, None)
        for d in self.extra_dicts:
            d.pop(self.id, None)

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.remove()


# files named differently from torch's (or classes torch keeps elsewhere): torch's module for type() printing
_TORCH_HOME = {"convtranspose": "conv", "ctc": "loss", "Fold": "fold", "Unfold": "fold", "MaxUnpool1d": "pooling",
               "MaxUnpool2d": "pooling", "MultiheadAttention": "activation", "Adafactor": "torch.optim"}


_HOMES = {}  # class -> the ferrograd module defining it (pickles rebuild from there)


def _torch_home(cls):
    # type(x) prints torch's path (torch.nn.modules.linear.Linear); the class keeps ours for pickling.
    real = cls.__module__
    if real.startswith("ferrograd.torch.") and "<locals>" not in cls.__qualname__:
        _HOMES[cls] = real
        head, _, tail = real[10:].rpartition(".")
        home = _TORCH_HOME.get(cls.__name__, _TORCH_HOME.get(tail, tail))
        cls.__module__ = home if home.startswith("torch") else head + "." + home
    return cls


def _reduce_home(obj, proto):
    r = object.__reduce_ex__(obj, proto)
    home = _HOMES.get(type(obj))
    return r if home is None else (_new_module, (home, type(obj).__qualname__)) + r[2:]


def _new_module(home, qualname):
    import importlib

    cls = importlib.import_module(home)
    for part in qualname.split("."):
        cls = getattr(cls, part)
    return cls.__new__(cls)


_HOOK_DICTS = ("_forward_hooks", "_forward_pre_hooks", "_backward_hooks", "_backward_pre_hooks", "_state_dict_hooks",
               "_state_dict_pre_hooks", "_load_state_dict_pre_hooks", "_load_state_dict_post_hooks",
               "_forward_hooks_with_kwargs", "_forward_pre_hooks_with_kwargs", "_forward_hooks_always_called")


def _add_hook(hooks, hook, prepend=False, extra=None):
    # Register `hook` in the ordered dict `hooks` (first when prepend); a handle removes it (and its flags).
    h = RemovableHandle(hooks, extra)
    hooks[h.id] = hook
    if prepend:
        hooks.move_to_end(h.id, last=False)
    return h


class _WrappedHook:
    def __init__(self, hook, module=None):
        self.hook, self.module = hook, module

    def __call__(self, *args):
        return self.hook(self.module, *args) if self.module is not None else self.hook(*args)


_USE_FULL = " Please use register_full_backward_hook to get the documented behavior."


def _parse_to(args, kwargs):
    # torch._C._nn._parse_to for Module.to: (device, dtype | dtype | tensor)[, non_blocking][, copy]; the dtype.
    from ..._dtypes import device, dtype

    a, kw = list(args), kwargs
    ok = set(kw) <= {"device", "dtype", "non_blocking", "copy", "memory_format"}
    dt = kw.get("dtype")
    if a and isinstance(a[0], (_T, dtype)):
        dt = a.pop(0)
        dt = dt.dtype if isinstance(dt, _T) else dt
        ok &= "device" not in kw and "dtype" not in kw
    else:
        if a:
            d = a.pop(0)
            ok &= (d is None or isinstance(d, (str, int, device))) and "device" not in kw
        if a:
            dt = a.pop(0)
            ok &= "dtype" not in kw
        ok &= dt is None or isinstance(dt, dtype)
    ok &= len(a) <= 2 and all(isinstance(kw.get(k, f), bool) for k, f in (("non_blocking", False), ("copy", False))) \
        and all(isinstance(f, bool) for f in a)
    if not ok:
        def name(x):
            return "Tensor" if isinstance(x, _T) else ("torch." if isinstance(x, (device, dtype)) else "") + \
                type(x).__name__
        got = ", ".join([name(x) for x in args] + [f"{k}={name(v)}" for k, v in kw.items()])
        tail = "bool non_blocking = False, bool copy = False, *, torch.memory_format memory_format = None)\n"
        raise TypeError(f"to() received an invalid combination of arguments - got ({got}), but expected one of:\n * "
                        + " * ".join(f"({h}{tail}" for h in ("torch.device device = None, torch.dtype dtype = None, ",
                                                             "torch.dtype dtype, ", "Tensor tensor, ")))
    if len(a) > 1 or "copy" in kw:
        raise RuntimeError(".to() does not accept copy argument")
    return dt


def _forward_unimplemented(self, *input):
    raise NotImplementedError(f'Module [{type(self).__name__}] is missing the required "forward" function')


class Module:
    dump_patches = False
    _version = 1
    training: bool
    call_super_init = False

    def __init__(self, *args, **kwargs):
        if kwargs and not self.call_super_init:
            raise TypeError(f"{type(self).__name__}.__init__() got an unexpected keyword argument '{next(iter(kwargs))}'")
        if args and not self.call_super_init:
            raise TypeError(f"{type(self).__name__}.__init__() takes 1 positional argument but {len(args) + 1} were given")
        d = self.__dict__
        d["training"] = True
        d["_parameters"] = {}
        d["_buffers"] = {}
        d["_non_persistent_buffers_set"] = set()
        d["_modules"] = {}
        d["_is_full_backward_hook"] = None
        for k in _HOOK_DICTS:
            d[k] = OrderedDict()
        if self.call_super_init:
            super().__init__(*args, **kwargs)

    forward = _forward_unimplemented

    # ---- registration ----
    def register_buffer(self, name, tensor, persistent=True):
        if "_buffers" not in self.__dict__:
            raise AttributeError("cannot assign buffer before Module.__init__() call")
        elif not isinstance(name, str):
            raise TypeError(f"buffer name should be a string. Got {_typename(name)}")
        elif "." in name:
            raise KeyError('buffer name can\'t contain "."')
        elif name == "":
            raise KeyError('buffer name can\'t be empty string ""')
        elif hasattr(self, name) and name not in self._buffers:
            raise KeyError(f"attribute '{name}' already exists")
        elif tensor is not None and not isinstance(tensor, _T):
            raise TypeError(f"cannot assign '{_typename(tensor)}' object to buffer '{name}' (torch Tensor or None required)")
        self._buffers[name] = tensor
        if persistent:
            self._non_persistent_buffers_set.discard(name)
        else:
            self._non_persistent_buffers_set.add(name)

    def register_parameter(self, name, param):
        if "_parameters" not in self.__dict__:
            raise AttributeError("cannot assign parameter before Module.__init__() call")
        elif not isinstance(name, str):
            raise TypeError(f"parameter name should be a string. Got {_typename(name)}")
        elif "." in name:
            raise KeyError('parameter name can\'t contain "."')
        elif name == "":
            raise KeyError('parameter name can\'t be empty string ""')
        elif hasattr(self, name) and name not in self._parameters:
            raise KeyError(f"attribute '{name}' already exists")
        if param is None:
            self._parameters[name] = None
        elif not isinstance(param, Parameter):
            raise TypeError(f"cannot assign '{_typename(param)}' object to parameter '{name}' "
                            "(torch.nn.Parameter or None required)")
        elif param.grad_fn:
            raise ValueError(
                f"Cannot assign non-leaf Tensor to parameter '{name}'. Model "
                f"parameters must be created explicitly. To express '{name}' "
                "as a function of another Tensor, compute the value in "
                "the forward() method.")
        else:
            self._parameters[name] = param

    def add_module(self, name, module):
        if not isinstance(module, Module) and module is not None:
            raise TypeError(f"{_typename(module)} is not a Module subclass")
        elif not isinstance(name, str):
            raise TypeError(f"module name should be a string. Got {_typename(name)}")
        elif hasattr(self, name) and name not in self._modules:
            raise KeyError(f"attribute '{name}' already exists")
        elif "." in name:
            raise KeyError(f'module name can\'t contain ".", got: {name}')
        elif name == "":
            raise KeyError('module name can\'t be empty string ""')
        self._modules[name] = module

    register_module = add_module

    def get_submodule(self, target):
        if target == "":
            return self
        mod = self
        for item in target.split("."):
            if not hasattr(mod, item):
                raise AttributeError(mod._get_name() + " has no attribute `" + item + "`")
            mod = getattr(mod, item)
            if not isinstance(mod, Module):
                raise AttributeError("`" + item + "` is not an nn.Module")
        return mod

    def set_submodule(self, target, module, strict=False):
        if target == "":
            raise ValueError("Cannot set the submodule without a target name!")
        if not isinstance(module, Module):
            raise ValueError(f"`module` is not an nn.Module, found {type(module)}")
        prefix, _, name = target.rpartition(".")
        parent = self.get_submodule(prefix)
        if strict and not hasattr(parent, name):
            raise AttributeError(parent._get_name() + " has no attribute `" + name + "`")
        if hasattr(parent, name) and not isinstance(getattr(parent, name), Module):
            raise AttributeError("`" + name + "` is not an nn.Module")
        setattr(parent, name, module)

    def to_empty(self, *, device=None, recurse=True):
        return self

    def get_parameter(self, target):
        module_path, _, param_name = target.rpartition(".")
        mod = self.get_submodule(module_path)
        if not hasattr(mod, param_name):
            raise AttributeError(mod._get_name() + " has no attribute `" + param_name + "`")
        param = getattr(mod, param_name)
        if not isinstance(param, Parameter):
            raise AttributeError("`" + param_name + "` is not an nn.Parameter")
        return param

    def get_buffer(self, target):
        module_path, _, buffer_name = target.rpartition(".")
        mod = self.get_submodule(module_path)
        if not hasattr(mod, buffer_name):
            raise AttributeError(mod._get_name() + " has no attribute `" + buffer_name + "`")
        if buffer_name not in mod._buffers:
            raise AttributeError("`" + buffer_name + "` is not a buffer")
        return getattr(mod, buffer_name)

    def get_extra_state(self, which="get"):
        raise RuntimeError(f"Reached a code path in Module.{which}_extra_state() that should never be called. Please "
                           "file an issue at https://github.com/pytorch/pytorch/issues/new?template=bug-report.yml to "
                           "report this bug.")

    def set_extra_state(self, state):
        self.get_extra_state("set")

    # ---- attribute protocol ----
    def __getattr__(self, name):
        d = self.__dict__
        if "_parameters" in d:
            if name in d["_parameters"]:
                return d["_parameters"][name]
        if "_buffers" in d:
            if name in d["_buffers"]:
                return d["_buffers"][name]
        if "_modules" in d:
            if name in d["_modules"]:
                return d["_modules"][name]
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def __setattr__(self, name, value):
        def remove_from(*dicts_or_sets):
            for d in dicts_or_sets:
                if name in d:
                    if isinstance(d, dict):
                        del d[name]
                    else:
                        d.discard(name)

        params = self.__dict__.get("_parameters")
        if isinstance(value, Parameter):
            if params is None:
                raise AttributeError("cannot assign parameters before Module.__init__() call")
            remove_from(self.__dict__, self._buffers, self._modules, self._non_persistent_buffers_set)
            self.register_parameter(name, value)
        elif params is not None and name in params:
            if value is not None:
                raise TypeError(f"cannot assign '{_typename(value)}' as parameter '{name}' "
                                "(torch.nn.Parameter or None expected)")
            self.register_parameter(name, value)
        else:
            modules = self.__dict__.get("_modules")
            if isinstance(value, Module):
                if modules is None:
                    raise AttributeError("cannot assign module before Module.__init__() call")
                remove_from(self.__dict__, self._parameters, self._buffers, self._non_persistent_buffers_set)
                modules[name] = value
            elif modules is not None and name in modules:
                if value is not None:
                    raise TypeError(f"cannot assign '{_typename(value)}' as child module '{name}' "
                                    "(torch.nn.Module or None expected)")
                modules[name] = value
            else:
                buffers = self.__dict__.get("_buffers")
                if isinstance(value, Buffer) or (buffers is not None and name in buffers):
                    if value is not None and not isinstance(value, _T):
                        raise TypeError(f"cannot assign '{_typename(value)}' as buffer '{name}' "
                                        "(torch.nn.Buffer, torch.Tensor or None expected)")
                    if isinstance(value, Buffer):
                        persistent = value.persistent
                    else:
                        persistent = name not in self._non_persistent_buffers_set
                    if persistent:  # torch also accepts subclasses' register_buffer(name, tensor) without it
                        self.register_buffer(name, value)
                    else:
                        self.register_buffer(name, value, False)
                else:
                    object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name in self._parameters:
            del self._parameters[name]
        elif name in self._buffers:
            del self._buffers[name]
            self._non_persistent_buffers_set.discard(name)
        elif name in self._modules:
            del self._modules[name]
        else:
            object.__delattr__(self, name)

    def __dir__(self):
        module_attrs = dir(self.__class__)
        attrs = list(self.__dict__.keys())
        keys = module_attrs + attrs + list(self._parameters) + list(self._modules) + list(self._buffers)
        keys = [key for key in keys if not key[0].isdigit()]
        return sorted(keys)

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _torch_home(cls)

    def __reduce_ex__(self, proto):
        return _reduce_home(self, proto)

    def __getstate__(self):
        return self.__dict__.copy()

    def __setstate__(self, state):
        self.__dict__.update(state)
        for k in _HOOK_DICTS:
            self.__dict__.setdefault(k, OrderedDict())
        self.__dict__.setdefault("_non_persistent_buffers_set", set())
        self.__dict__.setdefault("_is_full_backward_hook", None)

    # ---- calling ----
    def _call_impl(self, *args, **kwargs):
        for hid, hook in list(self._forward_pre_hooks.items()):
            if hid in self._forward_pre_hooks_with_kwargs:
                res = hook(self, args, kwargs)
                if res is not None:
                    args, kwargs = res
                continue
            res = hook(self, args)
            if res is not None:
                args = res if isinstance(res, tuple) else (res,)
        bw = None
        full = self._is_full_backward_hook
        if (full and self._backward_hooks or self._backward_pre_hooks) and _core.is_grad_enabled():
            bw = _BackwardHook(self)
            args = bw.setup_inputs(args)
        try:
            result = self.forward(*args, **kwargs)
        except Exception:
            for hid in self._forward_hooks_always_called:
                self._run_forward_hook(hid, args, kwargs, None)
            raise
        for hid in list(self._forward_hooks):
            res = self._run_forward_hook(hid, args, kwargs, result)
            if res is not None:
                result = res
        if bw is not None:
            result = bw.setup_outputs(result)
        if full is False and self._backward_hooks:
            self._non_full_backward_hooks(args, result)
        return result

    def _run_forward_hook(self, hid, args, kwargs, result):
        hook = self._forward_hooks[hid]
        return hook(self, args, kwargs, result) if hid in self._forward_hooks_with_kwargs else hook(self, args, result)

    def _non_full_backward_hooks(self, args, result):
        import warnings

        var = result
        while not isinstance(var, _T):
            var = next(v for v in var.values() if isinstance(v, _T)) if isinstance(var, dict) else var[0]
        grad_fn = var.grad_fn
        if grad_fn is None:
            return
        for hook in self._backward_hooks.values():
            grad_fn.register_hook(_WrappedHook(hook, self))
        for what, v, kind in (("return", result, "output"), ("take as input", args, "input")):
            if not (isinstance(v, _T) or isinstance(v, tuple) and all(isinstance(r, _T) for r in v)):
                return warnings.warn(
                    f"Using non-full backward hooks on a Module that does not {what} a single Tensor or a tuple of "
                    f"Tensors is deprecated and will be removed in future versions. This hook will be missing some "
                    f"of the grad_{kind}.{_USE_FULL}",
                    FutureWarning, stacklevel=3)
        outs = (result,) if isinstance(result, _T) else result
        out_fns = {r.grad_fn for r in outs if r.grad_fn is not None}
        why = None
        if not out_fns or (len(out_fns) == 1 and grad_fn not in out_fns):
            why = "outputs are nested in python data structure", "grad_output", ""
        elif len(out_fns) > 1:
            why = "outputs are generated by different autograd Nodes", "grad_output", _USE_FULL
        elif {i.grad_fn for i in args if i.grad_fn is not None} != {n[0] for n in grad_fn.next_functions}:
            why = "the forward contains multiple autograd Nodes", "grad_input", _USE_FULL
        if why:
            warnings.warn(f"Using a non-full backward hook when {why[0]} is deprecated and will be removed in future "
                          f"versions. This hook will be missing some {why[1]}.{why[2]}", FutureWarning, stacklevel=3)

    def _set_full(self, full):
        if self._is_full_backward_hook is (not full):
            raise RuntimeError("Cannot use both regular backward hooks and full backward hooks on a single Module. "
                               "Please use only one of them.")
        self._is_full_backward_hook = full

    def register_backward_hook(self, hook):
        self._set_full(False)
        return _add_hook(self._backward_hooks, hook)

    def register_full_backward_hook(self, hook, prepend=False):
        self._set_full(True)
        return _add_hook(self._backward_hooks, hook, prepend)

    def register_full_backward_pre_hook(self, hook, prepend=False):
        return _add_hook(self._backward_pre_hooks, hook, prepend)

    __call__ = _call_impl

    def register_forward_hook(self, hook, *, prepend=False, with_kwargs=False, always_call=False):
        h = _add_hook(self._forward_hooks, hook, prepend)
        for flag, d in ((with_kwargs, self._forward_hooks_with_kwargs), (always_call, self._forward_hooks_always_called)):
            if flag:
                d[h.id] = True
                h.extra_dicts += (d,)
        return h

    def register_forward_pre_hook(self, hook, *, prepend=False, with_kwargs=False):
        h = _add_hook(self._forward_pre_hooks, hook, prepend, self._forward_pre_hooks_with_kwargs)
        if with_kwargs:
            self._forward_pre_hooks_with_kwargs[h.id] = True
        return h

    def register_state_dict_pre_hook(self, hook):
        return _add_hook(self._state_dict_pre_hooks, hook)

    def register_state_dict_post_hook(self, hook):
        hook._from_public_api = True
        return _add_hook(self._state_dict_hooks, hook)

    def _register_state_dict_hook(self, hook):
        if getattr(hook, "_from_public_api", False):
            raise RuntimeError("Cannot register the same function as the state dict post hook that was previously "
                               "registered via register_state_dict_post_hook")
        return _add_hook(self._state_dict_hooks, hook)

    def _register_load_state_dict_pre_hook(self, hook, with_module=False):
        return _add_hook(self._load_state_dict_pre_hooks, _WrappedHook(hook, self if with_module else None))

    def register_load_state_dict_pre_hook(self, hook):
        return self._register_load_state_dict_pre_hook(hook, with_module=True)

    def register_load_state_dict_post_hook(self, hook):
        return _add_hook(self._load_state_dict_post_hooks, hook)

    # ---- traversal ----
    def _named_members(self, get_members_fn, prefix="", recurse=True, remove_duplicate=True):
        memo = set()
        modules = self.named_modules(prefix=prefix, remove_duplicate=remove_duplicate) if recurse else [(prefix, self)]
        for module_prefix, module in modules:
            for k, v in get_members_fn(module):
                if v is None or v in memo:
                    continue
                if remove_duplicate:
                    memo.add(v)
                name = module_prefix + ("." if module_prefix else "") + k
                yield name, v

    def parameters(self, recurse=True):
        for _name, param in self.named_parameters(recurse=recurse):
            yield param

    def named_parameters(self, prefix="", recurse=True, remove_duplicate=True):
        yield from self._named_members(lambda m: m._parameters.items(), prefix=prefix, recurse=recurse,
                                       remove_duplicate=remove_duplicate)

    def buffers(self, recurse=True):
        for _, buf in self.named_buffers(recurse=recurse):
            yield buf

    def named_buffers(self, prefix="", recurse=True, remove_duplicate=True):
        yield from self._named_members(lambda m: m._buffers.items(), prefix=prefix, recurse=recurse,
                                       remove_duplicate=remove_duplicate)

    def children(self):
        for _name, module in self.named_children():
            yield module

    def named_children(self):
        memo = set()
        for name, module in self._modules.items():
            if module is not None and module not in memo:
                memo.add(module)
                yield name, module

    def modules(self):
        for _, module in self.named_modules():
            yield module

    def named_modules(self, memo=None, prefix="", remove_duplicate=True):
        if memo is None:
            memo = set()
        if self not in memo:
            if remove_duplicate:
                memo.add(self)
            yield prefix, self
            for name, module in self._modules.items():
                if module is None:
                    continue
                submodule_prefix = prefix + ("." if prefix else "") + name
                yield from module.named_modules(memo, submodule_prefix, remove_duplicate)

    # Modules hash by identity (tensors too), so sets of them behave like torch's.
    __hash__ = object.__hash__

    # ---- modes ----
    def train(self, mode=True):
        if not isinstance(mode, bool):
            raise ValueError("training mode is expected to be boolean")
        self.training = mode
        for module in self.children():
            module.train(mode)
        return self

    def eval(self):
        return self.train(False)

    def compile(self, *args, **kwargs):
        """Module.compile: torch compiles the call in place; calls run eagerly here."""

    def requires_grad_(self, requires_grad=True):
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def zero_grad(self, set_to_none=True):
        for p in self.parameters():
            if p.grad is not None:
                if set_to_none:
                    p.grad = None
                else:
                    g = p.grad
                    if g.grad_fn is not None:
                        g = g.detach()
                        p.grad = g
                    else:
                        g.requires_grad_(False)
                    g.zero_()

    def apply(self, fn):
        for module in self.children():
            module.apply(fn)
        fn(self)
        return self

    # ---- conversion ----
    def _apply(self, fn, recurse=True):
        from ... import no_grad

        def kept(t, new):  # torch's `t.data = new` (same object) when only values change; here: same dtype and shape
            if new is not t and (new.dtype != t.dtype or new.shape != t.shape):
                return False
            if new is not t:
                t.data = new
            return True

        if recurse:
            for module in self.children():
                module._apply(fn)
        for key, param in list(self._parameters.items()):
            if param is None:
                continue
            with no_grad():
                new = fn(param)
            grad = param.grad
            if not kept(param, new):
                param = self._parameters[key] = Parameter(new, param.requires_grad)
            if grad is not None:
                with no_grad():
                    new = fn(grad)
                if not kept(grad, new):
                    param.grad = new.requires_grad_(grad.requires_grad)
        for key, buf in list(self._buffers.items()):
            if buf is not None:
                self._buffers[key] = fn(buf)
        return self

    def to(self, *args, **kwargs):
        dtype = _parse_to(args, kwargs)
        if dtype is None:
            return self
        if not dtype.is_floating_point:
            raise TypeError(f"nn.Module.to only accepts floating point or complex dtypes, but got desired dtype={dtype}")
        return self._cast(dtype)

    def _cast(self, dtype):
        return self._apply(lambda t: t.to(dtype) if t.is_floating_point() else t)

    def float(self):
        from ... import float32

        return self._cast(float32)

    def double(self):
        from ... import float64

        return self._cast(float64)

    def half(self):
        from ... import float16

        return self._cast(float16)

    def bfloat16(self):
        from ... import bfloat16

        return self._cast(bfloat16)

    def type(self, dst_type):
        return self._apply(lambda t: t.type(dst_type))

    def cpu(self):
        return self

    def cuda(self, device=None):
        return self

    def share_memory(self):
        return self

    # ---- state dict ----
    def _save_to_state_dict(self, destination, prefix, keep_vars):
        for name, param in self._parameters.items():
            if param is not None:
                destination[prefix + name] = param if keep_vars else param.detach()
        for name, buf in self._buffers.items():
            if buf is not None and name not in self._non_persistent_buffers_set:
                destination[prefix + name] = buf if keep_vars else buf.detach()
        if type(self).get_extra_state is not Module.get_extra_state:
            destination[prefix + "_extra_state"] = self.get_extra_state()

    def state_dict(self, *args, destination=None, prefix="", keep_vars=False):
        if args:
            import warnings

            warnings.warn("Positional args are being deprecated, use kwargs instead. Refer to https://pytorch.org/docs/"
                          "main/generated/torch.nn.Module.html#torch.nn.Module.state_dict for details.",
                          FutureWarning, stacklevel=2)
            destination = args[0] if destination is None else destination
            prefix = args[1] if len(args) > 1 and prefix == "" else prefix
            keep_vars = args[2] if len(args) > 2 and keep_vars is False else keep_vars
        if destination is None:
            destination = OrderedDict()
            destination._metadata = OrderedDict()
        local_metadata = dict(version=self._version)
        if hasattr(destination, "_metadata"):
            destination._metadata[prefix[:-1]] = local_metadata
        for hook in self._state_dict_pre_hooks.values():
            hook(self, prefix, keep_vars)
        self._save_to_state_dict(destination, prefix, keep_vars)
        for name, module in self._modules.items():
            if module is not None:
                module.state_dict(destination=destination, prefix=prefix + name + ".", keep_vars=keep_vars)
        for hook in self._state_dict_hooks.values():
            result = hook(self, destination, prefix, local_metadata)
            if getattr(hook, "_from_public_api", False):
                if result is not None:
                    raise RuntimeError("state_dict post-hook must return None")
            elif result is not None:
                destination = result
        return destination

    def _load_from_state_dict(self, state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys,
                              error_msgs):
        from ... import no_grad

        for hook in self._load_state_dict_pre_hooks.values():
            hook(state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys, error_msgs)
        persistent_buffers = {k: v for k, v in self._buffers.items() if k not in self._non_persistent_buffers_set}
        local_state = {k: v for k, v in itertools.chain(self._parameters.items(), persistent_buffers.items())
                       if v is not None}
        assign = local_metadata.get("assign_to_params_buffers", False)
        for name, param in local_state.items():
            key = prefix + name
            if key in state_dict:
                input_param = state_dict[key]
                if not isinstance(input_param, _T):
                    error_msgs.append(
                        f'While copying the parameter named "{key}", '
                        "expected torch.Tensor or Tensor-like object from checkpoint but "
                        f"received {type(input_param)}")
                    continue
                if len(param.shape) == 0 and len(input_param.shape) == 1 and input_param.shape[0] == 1:
                    input_param = input_param[0]
                if input_param.shape != param.shape:
                    error_msgs.append(
                        f"size mismatch for {key}: copying a param with shape {input_param.shape} from checkpoint, "
                        f"the shape in current model is {param.shape}.")
                    continue
                try:
                    with no_grad():
                        if assign:
                            if isinstance(param, Parameter) and not isinstance(input_param, Parameter):
                                input_param = Parameter(input_param, requires_grad=param.requires_grad)
                            setattr(self, name, input_param)
                        else:
                            param.copy_(input_param)
                except Exception as ex:
                    error_msgs.append(
                        f'While copying the parameter named "{key}", '
                        f"whose dimensions in the model are {param.size()} and "
                        f"whose dimensions in the checkpoint are {input_param.size()}, "
                        f"an exception occurred : {ex.args}.")
            elif strict:
                missing_keys.append(key)
        extra_key = prefix + "_extra_state"
        if type(self).set_extra_state is not Module.set_extra_state:
            if extra_key in state_dict:
                self.set_extra_state(state_dict[extra_key])
            elif strict:
                missing_keys.append(extra_key)
        elif strict and extra_key in state_dict:
            unexpected_keys.append(extra_key)
        if strict:
            for key in state_dict.keys():
                if key.startswith(prefix) and key != extra_key:
                    input_name = key[len(prefix):].split(".", 1)
                    if input_name[0] not in (self._modules if len(input_name) > 1 else local_state):
                        unexpected_keys.append(key)

    def load_state_dict(self, state_dict, strict=True, assign=False):
        from collections.abc import Mapping

        if not isinstance(state_dict, Mapping):
            raise TypeError(f"Expected state_dict to be dict-like, got {type(state_dict)}.")
        missing_keys, unexpected_keys, error_msgs = [], [], []
        metadata = getattr(state_dict, "_metadata", None)
        state_dict = OrderedDict(state_dict)

        def load(module, local_state_dict, prefix=""):
            local_metadata = {} if metadata is None else dict(metadata.get(prefix[:-1], {}))
            if assign:
                local_metadata["assign_to_params_buffers"] = assign
            module._load_from_state_dict(local_state_dict, prefix, local_metadata, True, missing_keys,
                                         unexpected_keys, error_msgs)
            for name, child in module._modules.items():
                if child is not None:
                    child_prefix = prefix + name + "."
                    child_state_dict = {k: v for k, v in local_state_dict.items() if k.startswith(child_prefix)}
                    load(child, child_state_dict, child_prefix)
            incompatible_keys = _IncompatibleKeys(missing_keys, unexpected_keys)
            for hook in module._load_state_dict_post_hooks.values():
                if hook(module, incompatible_keys) is not None:
                    raise AssertionError("Hooks registered with ``register_load_state_dict_post_hook`` are not "
                                         "expected to return new values, if incompatible_keys need to be modified, "
                                         "it should be done inplace.")

        load(self, state_dict)
        if strict:
            if unexpected_keys:
                error_msgs.insert(0, "Unexpected key(s) in state_dict: {}. ".format(
                    ", ".join(f'"{k}"' for k in unexpected_keys)))
            if missing_keys:
                error_msgs.insert(0, "Missing key(s) in state_dict: {}. ".format(
                    ", ".join(f'"{k}"' for k in missing_keys)))
        if error_msgs:
            raise RuntimeError("Error(s) in loading state_dict for {}:\n\t{}".format(
                self.__class__.__name__, "\n\t".join(error_msgs)))
        return _IncompatibleKeys(missing_keys, unexpected_keys)

    # ---- printing ----
    def _get_name(self):
        return self.__class__.__name__

    def extra_repr(self):
        return ""

    def __repr__(self):
        extra_lines = []
        extra_repr = self.extra_repr()
        if extra_repr:
            extra_lines = extra_repr.split("\n")
        child_lines = []
        for key, module in self._modules.items():
            mod_str = repr(module)
            mod_str = _addindent(mod_str, 2)
            child_lines.append("(" + key + "): " + mod_str)
        lines = extra_lines + child_lines
        main_str = self._get_name() + "("
        if lines:
            if len(extra_lines) == 1 and not child_lines:
                main_str += extra_lines[0]
            else:
                main_str += "\n  " + "\n  ".join(lines) + "\n"
        main_str += ")"
        return main_str


_torch_home(Module)
