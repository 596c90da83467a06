# torch.optim.Optimizer: param groups, defaults, per-parameter state, zero_grad and state_dict.
import warnings
from collections import defaultdict
from copy import deepcopy

from ... import _core
from ..nn.modules.module import _add_hook, _reduce_home, _torch_home

_T = _core.Tensor


def _torch():
    from ... import torch

    return torch


class _RequiredParameter:
    def __repr__(self):
        return "<required parameter>"


required = _RequiredParameter()


def _typename(obj):
    if isinstance(obj, _T):
        return obj.type()
    return type(obj).__qualname__ if type(obj).__module__ == "builtins" else f"{type(obj).__module__}.{type(obj).__qualname__}"


class Optimizer:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _torch_home(cls)

    def __reduce_ex__(self, proto):
        return _reduce_home(self, proto)

    def __init__(self, params, defaults):
        self.defaults = defaults
        if isinstance(params, _T):
            raise TypeError("params argument given to the optimizer should be "
                            "an iterable of Tensors or dicts, but got " + _typename(params))
        elif isinstance(params, set):
            warnings.warn("optimizer parameters need to be organized in ordered collections, but "
                          "the ordering of tensors in sets will change between runs. Please use a "
                          "list instead. This will be an error in a future release.", FutureWarning, stacklevel=2)
        self.state = defaultdict(dict)
        self.param_groups = []
        param_groups = list(params)
        if len(param_groups) == 0:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(param_groups[0], dict):
            param_groups = [{"params": param_groups}]
        for param_group in param_groups:
            self.add_param_group(param_group)

    def __getstate__(self):
        return {"defaults": self.defaults, "state": self.state, "param_groups": self.param_groups}

    def __setstate__(self, state):
        self.__dict__.update(state)

    def __repr__(self):
        format_string = self.__class__.__name__ + " ("
        for i, group in enumerate(self.param_groups):
            format_string += "\n"
            format_string += f"Parameter Group {i}\n"
            for key in sorted(group.keys()):
                if key != "params":
                    format_string += f"    {key}: {group[key]}\n"
        format_string += ")"
        return format_string

    def _hooks(self, kind):
        from collections import OrderedDict

        return self.__dict__.setdefault("_optimizer_" + kind + "_hooks", OrderedDict())

    def register_step_pre_hook(self, hook):
        return self._step_hook("step_pre", hook)

    def register_step_post_hook(self, hook):
        return self._step_hook("step_post", hook)

    def _step_hook(self, kind, hook):
        # The step wrapper (torch's profile_hook_step) goes on this instance only once a hook exists.
        if "step" not in self.__dict__:
            step = type(self).step

            def wrapper(*args, **kwargs):
                args = (self,) + args
                for h in list(self._hooks("step_pre").values()):
                    r = h(self, args, kwargs)
                    if r is not None:
                        if not (isinstance(r, tuple) and len(r) == 2):
                            raise RuntimeError(f"{step} must return None or a tuple of (new_args, new_kwargs), "
                                               f"but got {r}.")
                        args, kwargs = r
                out = step(*args, **kwargs)
                self._opt_called = True  # what an lr scheduler checks
                for h in list(self._hooks("step_post").values()):
                    h(self, args, kwargs)
                return out

            self.__dict__["step"] = wrapper
        return _add_hook(self._hooks(kind), hook)

    def add_param_group(self, param_group):
        if not isinstance(param_group, dict):
            raise TypeError(f"param_group must be a dict, but got {type(param_group)}")
        params = param_group["params"]
        if isinstance(params, _T):
            param_group["params"] = [params]
        elif isinstance(params, set):
            raise TypeError("optimizer parameters need to be organized in ordered collections, but "
                            "the ordering of tensors in sets will change between runs. Please use a list instead.")
        else:
            param_group["params"] = list(params)
        tensors, names = [], []
        for param in param_group["params"]:
            if isinstance(param, tuple):
                names.append(param[0])
                tensors.append(param[1])
            else:
                tensors.append(param)
        param_group["params"] = tensors
        if names:
            if len(names) == len(tensors):
                param_group["param_names"] = names
            else:
                raise ValueError("all optimizer params should be with/without names. Some param names are missing")
        for param in param_group["params"]:
            if not isinstance(param, _T):
                raise TypeError("optimizer can only optimize Tensors, but one of the params is " + _typename(param))
            if not self.defaults.get("differentiable", None) and not (param.is_leaf or param.retains_grad):
                raise ValueError("can't optimize a non-leaf Tensor")
        for name, default in self.defaults.items():
            if default is required and name not in param_group:
                raise ValueError(f"parameter group didn't specify a value of required optimization parameter {name}")
            param_group.setdefault(name, default)
        params = param_group["params"]
        if len(params) != len({id(p) for p in params}):
            warnings.warn("optimizer contains a parameter group with duplicate parameters; "
                          "in future, this will cause an error; "
                          "see github.com/pytorch/pytorch/issues/40967 for more information", stacklevel=3)
        param_set = set()
        for group in self.param_groups:
            param_set.update(id(p) for p in group["params"])
            if ("param_names" in param_group) != ("param_names" in group):
                txt = "with names" if "param_names" in param_group else "without names"
                raise ValueError("all optimizer param groups should be with/without names. "
                                 f"cannot add param group {txt} to the optimizer")
        if not param_set.isdisjoint({id(p) for p in param_group["params"]}):
            raise ValueError("some parameters appear in more than one parameter group")
        self.param_groups.append(param_group)

    def zero_grad(self, set_to_none=True):
        for group in self.param_groups:
            for p in group["params"]:
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

    def step(self, closure=None):
        """Runs the closure (with grad), then `_step_group` on each group without recording."""
        loss = self._closure_loss(closure)
        prev = _core.set_grad_enabled(False)
        try:
            for group in self.param_groups:
                self._step_group(group)
        finally:
            _core.set_grad_enabled(prev)
        return loss

    def _step_group(self, group):
        raise NotImplementedError

    def _grads(self, group, init):
        # (param, state, grad) for each param of `group` that has a grad, as torch's single-tensor
        # loops see them: an empty state is filled from `init(p)` (a dict), `maximize` negates the grad.
        for p in group["params"]:
            if p.grad is None:
                continue
            state = self.state[p]
            if len(state) == 0:
                state.update(init(p))
            yield p, state, (p.grad if not group["maximize"] else -p.grad)

    def _closure_loss(self, closure):
        if closure is None:
            return None
        prev = _core.set_grad_enabled(True)
        try:
            return closure()
        finally:
            _core.set_grad_enabled(prev)

    def state_dict(self):
        for hook in self._hooks("state_dict_pre").values():
            hook(self)
        param_mappings = {}
        start_index = 0

        def pack_group(group):
            nonlocal start_index
            packed = {k: v for k, v in group.items() if k != "params"}
            param_mappings.update({id(p): i for i, p in enumerate(group["params"], start_index)
                                   if id(p) not in param_mappings})
            packed["params"] = [param_mappings[id(p)] for p in group["params"]]
            start_index += len(packed["params"])
            return packed

        param_groups = [pack_group(g) for g in self.param_groups]
        packed_state = {(param_mappings[id(k)] if isinstance(k, _T) else k): v for k, v in self.state.items()}
        state_dict = {"state": packed_state, "param_groups": param_groups}
        for hook in self._hooks("state_dict_post").values():
            r = hook(self, state_dict)
            state_dict = state_dict if r is None else r
        return state_dict

    def load_state_dict(self, state_dict):
        state_dict = dict(state_dict)
        for hook in self._hooks("load_state_dict_pre").values():
            r = hook(self, state_dict)
            state_dict = state_dict if r is None else r
        groups = self.param_groups
        saved_groups = deepcopy(state_dict["param_groups"])
        if len(groups) != len(saved_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        param_lens = (len(g["params"]) for g in groups)
        saved_lens = (len(g["params"]) for g in saved_groups)
        if any(p_len != s_len for p_len, s_len in zip(param_lens, saved_lens)):
            raise ValueError("loaded state dict contains a parameter group that doesn't match the size of optimizer's group")
        id_map = {}
        for g, sg in zip(groups, saved_groups):
            for old_id, p in zip(sg["params"], g["params"]):
                id_map[old_id] = p
        state = defaultdict(dict)
        for k, v in state_dict["state"].items():
            if k in id_map:
                param = id_map[k]
                state[param] = {key: (val.clone().detach() if isinstance(val, _T) else deepcopy(val))
                                for key, val in v.items()}
            else:
                state[k] = v
        new_groups = []
        for group, ng in zip(groups, saved_groups):
            ng["params"] = group["params"]
            if "param_names" in group and "param_names" not in ng:
                ng["param_names"] = group["param_names"]
            new_groups.append(ng)
        self.__setstate__({"state": state, "param_groups": new_groups})
        for hook in self._hooks("load_state_dict_post").values():
            hook(self)


# ---- argument checks shared by the optimizers (torch's messages, in torch's order) ----
def _scalar(v):
    return v.item() if isinstance(v, _T) else v


def _check(lr, eps=None, weight_decay=None, betas=None):
    if isinstance(lr, _T) and lr.numel() != 1:
        raise ValueError("Tensor lr must be 1-element")
    if not 0.0 <= lr:
        raise ValueError(f"Invalid learning rate: {lr}")
    if eps is not None and not 0.0 <= eps:
        raise ValueError(f"Invalid epsilon value: {eps}")
    for i, beta in enumerate(betas or ()):
        if not 0.0 <= beta < 1.0:
            raise ValueError(f"Invalid beta parameter at index {i}: {beta}")
    if weight_decay is not None and not 0.0 <= weight_decay:
        raise ValueError(f"Invalid weight_decay value: {weight_decay}")


def _step0():
    # state['step']: a float32 0-d tensor, as torch keeps it.
    return _core.tensor(0.0, None, False, 0).float()


def _zeros(p):
    return _core.full_like(p, 0.0)


def _decayed(grad, p, group, lr):
    # L2 weight decay folded into the grad, or (decoupled_weight_decay) applied to p in place.
    wd = group["weight_decay"]
    if wd == 0:
        return grad
    if group.get("decoupled_weight_decay"):
        p._assign(p * (1 - lr * wd))
        return grad
    return _fma_added(grad, p, wd)


# ---- float32 arithmetic as torch's CPU kernels do it ----
def _f32(v):
    import struct

    return struct.unpack("f", struct.pack("f", v))[0]


def _fma_add(dst, src, alpha):
    # dst <- dst + alpha * src with one rounding (torch's vectorised add kernel uses fmadd).
    if _core.axpy_(dst, src, alpha):     # float32/float64, contiguous: one fused pass in Rust
        return dst
    if dst._dtype_name == "float32":
        a = _f32(alpha)
        r = (dst.double() + src.double() * a).float()
    else:
        r = dst + src * alpha
    dst._assign(r)
    return dst


def _fma_added(base, src, alpha):
    # base + alpha * src as a new tensor, with one rounding.
    if base._dtype_name == "float32":
        return (base.double() + src.double() * _f32(alpha)).float()
    return base + src * alpha


def _addcmul(dst, t1, t2, value):
    # dst <- dst + (value * t1) * t2, contracted to one fused multiply-add for float32.
    if dst._dtype_name == "float32":
        a = t1 if value == 1 else t1 * value
        dst._assign((dst.double() + a.double() * t2.double()).float())
    else:
        dst._assign(dst + t1 * value * t2)


def _lerp_(dst, end, weight):
    # torch's lerp: start + w * (end - start) (w < 0.5) else end - (end - start) * (1 - w), fused.
    diff = end - dst
    if dst._dtype_name == "float32":
        w = _f32(weight)
        if abs(w) < 0.5:
            r = (dst.double() + diff.double() * w).float()
        else:
            r = (end.double() + diff.double() * _f32(w - 1)).float()
    else:
        r = dst + diff * weight if abs(weight) < 0.5 else end - diff * (1 - weight)
    dst._assign(r)


for _k in ("state_dict_pre", "state_dict_post", "load_state_dict_pre", "load_state_dict_post"):
    setattr(Optimizer, f"register_{_k}_hook", lambda self, hook, prepend=False, _k=_k: _add_hook(self._hooks(_k), hook,
                                                                                                 prepend))
_torch_home(Optimizer)
