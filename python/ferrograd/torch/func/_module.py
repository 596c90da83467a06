# torch.func.functional_call and torch.func.stack_module_state.
from ... import _core


def _owner(module, name):
    # (submodule, attribute name) for a dotted parameter/buffer name.
    prefix, _, attr = name.rpartition(".")
    return (module.get_submodule(prefix) if prefix else module), attr


def _slot(mod, attr):
    # The dict that holds mod.attr: _parameters, _buffers or the instance __dict__.
    d = mod.__dict__
    for key in ("_parameters", "_buffers"):
        if attr in d.get(key, {}):
            return d[key]
    return d


def _untie(module, given):
    # With tie_weights: a value given for one name of a tied tensor is used for all its names.
    names = {}
    for n, t in list(module.named_parameters(remove_duplicate=False)) + \
            list(module.named_buffers(remove_duplicate=False)):
        names.setdefault(id(t), []).append(n)
    out = dict(given)
    for group in names.values():
        if len(group) < 2:
            continue
        vals = [(n, given[n]) for n in group if n in given]
        if not vals:
            continue
        if any(v is not vals[0][1] for _, v in vals[1:]):
            raise ValueError(f"functional_call got multiple values for keys {sorted(n for n, _ in vals)}, "
                             f"which are tied. Consider using tie_weights=False")
        for n in group:
            out.setdefault(n, vals[0][1])
    return out


def functional_call(module, parameter_and_buffer_dicts, args=None, kwargs=None, *, tie_weights=True, strict=False):
    """Call `module` with its parameters and buffers replaced by the given tensors (restored after)."""
    if isinstance(parameter_and_buffer_dicts, dict):
        given = parameter_and_buffer_dicts
    elif isinstance(parameter_and_buffer_dicts, (list, tuple)):
        if not all(isinstance(d, dict) for d in parameter_and_buffer_dicts):
            raise ValueError("Expected all elements of parameter_and_buffer_dicts to be dictionaries")
        counts = {}
        for d in parameter_and_buffer_dicts:
            for k in d:
                counts[k] = counts.get(k, 0) + 1
        repeated = [k for k, n in counts.items() if n > 1]
        if repeated:
            raise ValueError(f"{repeated} appeared in multiple dictionaries; behavior of functional call is ambiguous")
        given = {k: v for d in parameter_and_buffer_dicts for k, v in d.items()}
    else:
        raise ValueError("Expected parameter_and_buffer_dicts to be a dict, or a list/tuple of dicts, "
                         f"but got {type(parameter_and_buffer_dicts)}")
    if tie_weights:
        given = _untie(module, given)
    if strict:
        known = [n for n, _ in module.named_parameters(remove_duplicate=False)] + \
                [n for n, _ in module.named_buffers(remove_duplicate=False)]
        unexpected = [k for k in given if k not in known]
        missing = [k for k in known if k not in given]
        msgs = []
        if unexpected:
            msgs.append(f"Unexpected key(s): {', '.join(map(repr, unexpected))}.")
        if missing:
            msgs.append(f"Missing key(s): {', '.join(map(repr, missing))}.")
        if msgs:
            raise RuntimeError("Error(s) in reparametrizing for {}:\n\t{}".format(module._get_name(),
                                                                                "\n\t".join(msgs)))
    if args is None:
        args = ()
    elif not isinstance(args, tuple):
        args = (args,)
    kwargs = {} if kwargs is None else kwargs
    saved = []
    try:
        for name, value in given.items():
            mod, attr = _owner(module, name)
            slot = _slot(mod, attr)
            saved.append((slot, attr, attr in slot, slot.get(attr)))
            slot[attr] = value
        return module(*args, **kwargs)
    finally:
        for slot, attr, had, old in reversed(saved):
            if had:
                slot[attr] = old
            else:
                slot.pop(attr, None)


def _stacked_leaf(tensors, name):
    all_rg = all(t.requires_grad for t in tensors)
    if not all_rg and any(t.requires_grad for t in tensors):
        raise RuntimeError(f"Expected {name} from each model to have the same .requires_grad")
    res = _core.stack(list(tensors), 0)
    return res.detach().requires_grad_() if all_rg else res


def stack_module_state(models):
    """(params, buffers): each model's parameters and buffers stacked along a new leading dimension."""
    models = list(models)
    if len(models) == 0:
        raise RuntimeError("stack_module_state: Expected at least one model, got 0.")
    if not (all(m.training for m in models) or all(not m.training for m in models)):
        raise RuntimeError("stack_module_state: Expected all models to have the same training/eval mode.")
    typ = type(models[0])
    if not all(type(m) is typ for m in models):
        raise RuntimeError("stack_module_state: Expected all models to be of the same class.")
    all_params = [dict(m.named_parameters()) for m in models]
    params = {k: _stacked_leaf(tuple(p[k] for p in all_params), k) for k in all_params[0]}
    all_bufs = [dict(m.named_buffers()) for m in models]
    buffers = {k: _stacked_leaf(tuple(b[k] for b in all_bufs), k) for k in all_bufs[0]}
    return params, buffers
