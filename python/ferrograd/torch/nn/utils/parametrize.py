# torch.nn.utils.parametrize: a tensor of a module computed on access from an `original` tensor by a
# chain of modules (the module's class is swapped for a `Parametrized<Name>` subclass holding a
# property, as torch does).
from contextlib import contextmanager

from .... import _core

_cache_enabled = 0
_cache = {}


def _nn():
    from ... import nn

    return nn


@contextmanager
def cached():
    """Within this context, each parametrized tensor is computed once (on first access)."""
    global _cache_enabled
    _cache_enabled += 1
    try:
        yield
    finally:
        _cache_enabled -= 1
        if not _cache_enabled:
            _cache.clear()


def _register_parameter_or_buffer(module, name, X):
    nn = _nn()
    if isinstance(X, nn.Parameter):
        module.register_parameter(name, X)
    else:
        module.register_buffer(name, X)


def _maybe_set(dest, src):
    prev = _core.set_grad_enabled(False)
    try:
        if tuple(dest.shape) != tuple(src.shape):
            raise RuntimeError(f"ferrograd: parametrize cannot resize the original tensor from {tuple(dest.shape)} "
                               f"to {tuple(src.shape)}")
        dest.copy_(src)
    finally:
        _core.set_grad_enabled(prev)


def _make_parametrization_list():
    nn = _nn()

    class ParametrizationList(nn.ModuleList):
        def __init__(self, modules, original, unsafe=False):
            if len(modules) == 0:
                raise ValueError("ParametrizationList requires one or more modules.")
            super().__init__(modules)
            self.unsafe = unsafe
            original_shape, original_dtype = original.shape, original.dtype
            prev = _core.set_grad_enabled(False)
            try:
                new = original
                for module in reversed(self):
                    if hasattr(module, "right_inverse"):
                        try:
                            new = module.right_inverse(new)
                        except NotImplementedError:
                            pass
            finally:
                _core.set_grad_enabled(prev)
            if not isinstance(new, _core.Tensor) and not isinstance(new, (list, tuple)):
                raise ValueError("'right_inverse' must return a Tensor or a Sequence of tensors (list, tuple...). "
                                 f"Got {type(new).__name__}")
            self.is_tensor = isinstance(new, _core.Tensor)
            self.ntensors = 1 if self.is_tensor else len(new)
            if self.is_tensor:
                if original.dtype != new.dtype:
                    raise ValueError("When `right_inverse` outputs one tensor, it may not change the dtype.\n"
                                     f"original.dtype: {original.dtype}\nright_inverse(original).dtype: {new.dtype}")
                if new is not original:
                    _maybe_set(original, new)
                _register_parameter_or_buffer(self, "original", original)
            else:
                for i, originali in enumerate(new):
                    if not isinstance(originali, _core.Tensor):
                        raise ValueError("'right_inverse' must return a Tensor or a Sequence of tensors "
                                         f"(list, tuple...). Got element {i} of the sequence with type "
                                         f"{type(originali).__name__}.")
                    if isinstance(original, nn.Parameter):
                        originali = nn.Parameter(originali, original.requires_grad)
                    originali.requires_grad_(original.requires_grad)
                    _register_parameter_or_buffer(self, f"original{i}", originali)
            if not self.unsafe:
                Z = self()
                if not isinstance(Z, _core.Tensor):
                    raise ValueError(f"A parametrization must return a tensor. Got {type(Z).__name__}.")
                if Z.dtype != original_dtype:
                    raise ValueError("Registering a parametrization may not change the dtype of the tensor, unless "
                                     "`unsafe` flag is enabled.\n"
                                     f"unparametrized dtype: {original_dtype}\nparametrized dtype: {Z.dtype}")
                if Z.shape != original_shape:
                    raise ValueError("Registering a parametrization may not change the shape of the tensor, unless "
                                     "`unsafe` flag is enabled.\n"
                                     f"unparametrized shape: {original_shape}\nparametrized shape: {Z.shape}")

        def right_inverse(self, value):
            prev = _core.set_grad_enabled(False)
            try:
                for module in reversed(self):
                    if hasattr(module, "right_inverse"):
                        value = module.right_inverse(value)
                    else:
                        raise RuntimeError(f"parametrization {type(module).__name__} does not implement "
                                           "right_inverse.")
                if self.is_tensor:
                    if not isinstance(value, _core.Tensor):
                        raise ValueError(f"`right_inverse` should return a tensor. Got {type(value).__name__}")
                    if value.dtype != self.original.dtype:
                        raise ValueError(f"The tensor returned by `right_inverse` has dtype {value.dtype} while "
                                         f"`original` has dtype {self.original.dtype}")
                    _maybe_set(self.original, value)
                else:
                    for i, tensor in enumerate(value):
                        _maybe_set(getattr(self, f"original{i}"), tensor)
            finally:
                _core.set_grad_enabled(prev)

        def forward(self):
            if self.is_tensor:
                x = self[0](self.original)
            else:
                originals = (getattr(self, f"original{i}") for i in range(self.ntensors))
                x = self[0](*originals)
            curr_idx = 1
            while hasattr(self, str(curr_idx)):
                x = self[curr_idx](x)
                curr_idx += 1
            return x

    ParametrizationList.__module__ = "torch.nn.utils.parametrize"
    return ParametrizationList


_PL = []


def __getattr__(name):
    if name == "ParametrizationList":
        if not _PL:
            _PL.append(_make_parametrization_list())
        return _PL[0]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _plist():
    return __getattr__("ParametrizationList")


def _inject_new_class(module):
    cls = module.__class__

    def default_deepcopy(self, memo):
        obj = memo.get(id(self), None)
        if obj is not None:
            return obj
        import copy

        replica = self.__new__(self.__class__)
        memo[id(self)] = replica
        replica.__dict__ = copy.deepcopy(self.__dict__, memo)
        return replica

    def getstate(self):
        raise RuntimeError("Serialization of parametrized modules is only supported through state_dict(). "
                           "See:\nhttps://pytorch.org/tutorials/beginner/saving_loading_models.html"
                           "#saving-loading-a-general-checkpoint-for-inference-and-or-resuming-training")

    dct = {"__getstate__": getstate}
    if not hasattr(cls, "__deepcopy__"):
        dct["__deepcopy__"] = default_deepcopy
    param_cls = type(f"Parametrized{cls.__name__}", (cls,), dct)
    param_cls.__module__ = cls.__module__
    module.__class__ = param_cls


def _inject_property(module, tensor_name):
    def get_parametrized(self):
        parametrization = self.parametrizations[tensor_name]
        if _cache_enabled:
            key = (id(module), tensor_name)
            tensor = _cache.get(key)
            if tensor is None:
                tensor = parametrization()
                _cache[key] = tensor
            return tensor
        return parametrization()

    def set_original(self, value):
        self.parametrizations[tensor_name].right_inverse(value)

    setattr(module.__class__, tensor_name, property(get_parametrized, set_original))


def register_parametrization(module, tensor_name, parametrization, *, unsafe=False):
    nn = _nn()
    parametrization.train(module.training)
    if is_parametrized(module, tensor_name):
        if not unsafe:
            Y = getattr(module, tensor_name)
            X = parametrization(Y)
            if not isinstance(X, _core.Tensor):
                raise ValueError(f"A parametrization must return a tensor. Got {type(X).__name__}.")
            if X.dtype != Y.dtype:
                raise ValueError("Registering a parametrization may not change the dtype of the tensor, unless "
                                 f"the `unsafe` flag is enabled.\nmodule.{tensor_name}.dtype: {Y.dtype}\n"
                                 f"parametrization(module.{tensor_name}).dtype: {X.dtype}")
            if X.shape != Y.shape:
                raise ValueError("Registering a parametrization may not change the shape of the tensor, unless "
                                 f"the `unsafe` flag is enabled.\nmodule.{tensor_name}.shape: {Y.shape}\n"
                                 f"parametrization(module.{tensor_name}).shape: {X.shape}")
            if hasattr(parametrization, "right_inverse"):
                try:
                    Z = parametrization.right_inverse(X)
                except NotImplementedError:
                    pass
                else:
                    if not isinstance(Z, _core.Tensor):
                        raise ValueError(f"parametrization.right_inverse must return a tensor. Got: "
                                         f"{type(Z).__name__}")
        module.parametrizations[tensor_name].append(parametrization)
        module.parametrizations[tensor_name].unsafe |= unsafe
    elif tensor_name in module._buffers or tensor_name in module._parameters:
        original = getattr(module, tensor_name)
        parametrizations = _plist()([parametrization], original, unsafe=unsafe)
        delattr(module, tensor_name)
        if not is_parametrized(module):
            _inject_new_class(module)
            module.parametrizations = nn.ModuleDict()
        _inject_property(module, tensor_name)
        module.parametrizations[tensor_name] = parametrizations
    else:
        raise ValueError(f"Module '{module}' does not have a parameter, a buffer, or a parametrized element with "
                         f"name '{tensor_name}'")
    return module


def is_parametrized(module, tensor_name=None):
    nn = _nn()
    parametrizations = getattr(module, "parametrizations", None)
    if parametrizations is None or not isinstance(parametrizations, nn.ModuleDict):
        return False
    if tensor_name is None:
        return len(parametrizations) > 0
    return tensor_name in parametrizations


def remove_parametrizations(module, tensor_name, leave_parametrized=True):
    nn = _nn()
    if not is_parametrized(module, tensor_name):
        raise ValueError(f"Module {module} does not have a parametrization on {tensor_name}")
    parametrizations = module.parametrizations[tensor_name]
    if parametrizations.is_tensor:
        original = parametrizations.original
        if leave_parametrized:
            prev = _core.set_grad_enabled(False)
            try:
                t = getattr(module, tensor_name)
            finally:
                _core.set_grad_enabled(prev)
            _maybe_set(original, t)
    else:
        if not leave_parametrized:
            raise ValueError("Cannot leave unparametrized (`leave_parametrized=False`) a tensor that is "
                             "parametrized in terms of a sequence of tensors.")
        prev = _core.set_grad_enabled(False)
        try:
            t = getattr(module, tensor_name)
        finally:
            _core.set_grad_enabled(prev)
        if parametrizations.original0.requires_grad:
            original = nn.Parameter(t.detach(), True)
        else:
            original = t.detach()
    delattr(module.__class__, tensor_name)
    del module.parametrizations[tensor_name]
    _register_parameter_or_buffer(module, tensor_name, original)
    if not is_parametrized(module):
        delattr(module, "parametrizations")
        module.__class__ = module.__class__.__bases__[0]
    return module


def type_before_parametrizations(module):
    if is_parametrized(module):
        return module.__class__.__bases__[0]
    return type(module)


def transfer_parametrizations_and_params(from_module, to_module, tensor_name=None):
    if not is_parametrized(from_module):
        raise ValueError("from_module must be parametrized")
    names = [tensor_name] if tensor_name is not None else list(from_module.parametrizations)
    for name in names:
        if not hasattr(to_module, name):
            setattr(to_module, name, _nn().Parameter(getattr(from_module, name)))
        for param_func in from_module.parametrizations[name]:
            register_parametrization(to_module, name, param_func)
        prev = _core.set_grad_enabled(False)
        try:
            src = from_module.parametrizations[name]
            dst = to_module.parametrizations[name]
            if src.is_tensor:
                dst.original.copy_(src.original)
            else:
                for i in range(src.ntensors):
                    getattr(dst, f"original{i}").copy_(getattr(src, f"original{i}"))
        finally:
            _core.set_grad_enabled(prev)
    return to_module
