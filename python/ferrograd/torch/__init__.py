# The PyTorch dialect: torch's names and conventions over ferrograd's one tensor type.
#
# Most functions are the Rust methods themselves (`torch.exp is Tensor.exp`), so a call crosses
# into Rust once with no Python layer in between.
import builtins as _b

from .. import _core
from . import _dtypes, _printing
from ._dtypes import (  # noqa: F401
    Size,
    bool,
    device,
    double,
    dtype,
    bfloat16,
    float,
    float16,
    float32,
    float64,
    half,
    int,
    int32,
    int64,
    long,
)

TAG = 0
Tensor = _core.Tensor
# type(t) prints <class 'torch.Tensor'> (MindSpore/TF tensors are their own subclasses)
Tensor.__module__ = "torch"
_T = Tensor
__version__ = "2.15.0+ferrograd"

# ---- functions that are the tensor methods themselves ----
for _name in (
    "abs", "exp", "log", "sqrt", "rsqrt", "sin", "cos", "tanh", "sigmoid", "relu", "neg", "negative",
    "sign", "floor", "ceil", "reciprocal", "log1p", "expm1", "square", "round", "clamp", "clip",
    "clamp_min", "clamp_max", "matmul", "mm", "bmm", "dot", "mv", "sum", "mean", "prod", "norm",
    "argmax", "argmin", "amax", "amin", "reshape", "permute", "transpose", "t", "squeeze",
    "unsqueeze", "flatten", "narrow", "select", "index_select", "gather", "masked_fill", "split",
    "chunk", "unbind", "detach", "clone", "numel", "maximum", "minimum", "eq", "ne", "lt", "le",
    "gt", "ge", "add", "sub", "mul", "multiply", "div", "divide", "true_divide", "pow",
    "remainder", "floor_divide", "logical_and", "logical_or", "logical_not", "swapaxes",
):
    globals()[_name] = getattr(_T, _name)
del _name



def _out_variant(fn):
    # torch.<op>(..., out=t): computes the op and writes the result into `out`.
    from ._common import _out

    def op(*args, out=None, **kw):
        if "axis" in kw:  # torch's argument parser takes NumPy's name for `dim`
            kw["dim"] = kw.pop("axis")
        return _out(fn(*args, **kw), out)

    op.__name__ = op.__qualname__ = fn.__name__
    op.__doc__ = fn.__doc__
    return op


for _name in ("matmul", "mm", "bmm", "mv", "mul", "multiply", "add", "sub", "div", "divide", "true_divide",
              "pow", "exp", "log", "sqrt", "abs", "neg", "sin", "cos", "tanh", "sigmoid", "clamp", "maximum",
              "minimum", "remainder", "floor_divide"):
    globals()[_name] = _out_variant(getattr(_T, _name))
del _name


def _pow(input, exponent):  # also torch.pow(self: Number, exponent: Tensor)
    if isinstance(exponent, _T) and not isinstance(input, _T):
        return exponent.__rpow__(input)
    return _T.pow(input, exponent)


_pow.__name__ = "pow"
pow = _out_variant(_pow)

cat = _out_variant(_core.cat)
concat = concatenate = cat
stack = _out_variant(_core.stack)
manual_seed = _core.manual_seed
is_grad_enabled = _core.is_grad_enabled
subtract = sub
absolute = abs


def is_tensor(obj):
    return isinstance(obj, _T)


def where(condition, input=None, other=None):
    if input is None:
        return tuple(t for t in nonzero(condition, as_tuple=True))
    return _core.where_(condition, input, other)


def nonzero(input, as_tuple=False):
    import numpy as np

    idx = np.nonzero(input.numpy(True))
    if as_tuple:
        return tuple(_core.tensor(i.astype("int64"), tag=TAG) for i in idx)
    return _core.tensor(np.stack(idx, axis=1).astype("int64"), tag=TAG)


def softmax(input, dim=None, dtype=None, **kw):
    return input.softmax(dim, dtype, **kw)


def log_softmax(input, dim=None, dtype=None, **kw):
    return input.log_softmax(dim, dtype, **kw)


def max(input, dim=None, keepdim=False, *, out=None):
    if isinstance(dim, _T):
        return input.maximum(dim)
    return input.max(dim, keepdim) if dim is not None else input.max()


def min(input, dim=None, keepdim=False, *, out=None):
    if isinstance(dim, _T):
        return input.minimum(dim)
    return input.min(dim, keepdim) if dim is not None else input.min()


def std(input, dim=None, unbiased=True, keepdim=False, correction=None):
    return input.std(dim, unbiased, keepdim, correction=correction)


def var(input, dim=None, unbiased=True, keepdim=False, correction=None):
    return input.var(dim, unbiased, keepdim, correction=correction)


def all(input, dim=None):
    return input.all(dim)


def any(input, dim=None):
    return input.any(dim)


def allclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False):
    import numpy as np

    return _b.bool(np.allclose(a.numpy(True), b.numpy(True), rtol=rtol, atol=atol, equal_nan=equal_nan))


def equal(a, b):
    return tuple(a.shape) == tuple(b.shape) and _b.bool((a == b).all())


def result_type(a, b):
    return (a + b if isinstance(a, _T) else b + a).dtype


def broadcast_to(input, shape):
    return input.expand(*shape)


def outer(a, b):
    return a.unsqueeze(1) * b.unsqueeze(0)


def addmm(input, mat1, mat2, *, beta=1, alpha=1):
    return input * beta + mat1.mm(mat2) * alpha


# ---- creation ----
def _dt(dtype):
    return dtype


def tensor(data, dtype=None, device=None, requires_grad=False, pin_memory=False):
    return _core.tensor(data, dtype, requires_grad, TAG)


def _is_ndarray(obj):
    return type(obj).__name__ == "ndarray" and hasattr(obj, "__array_interface__")


def as_tensor(data, dtype=None, device=None):
    if isinstance(data, _T) and (dtype is None or data.dtype is dtype):
        return data
    if _is_ndarray(data):
        t = _core.from_numpy_shared(data, TAG)  # shares memory, like torch
        return t if dtype is None or t.dtype is dtype else t.to(dtype)
    return _core.tensor(data, dtype, False, TAG)


def from_numpy(ndarray):
    if not _is_ndarray(ndarray):
        raise TypeError(f"expected np.ndarray (got {type(ndarray).__name__})")
    return _core.from_numpy_shared(ndarray, TAG)


def _size(size):
    if len(size) == 1 and isinstance(size[0], (tuple, list)):
        return tuple(size[0])
    return size


def zeros(*size, dtype=None, device=None, requires_grad=False, out=None):
    return _core.zeros(*_size(size), dtype=dtype, requires_grad=requires_grad, tag=TAG)


def ones(*size, dtype=None, device=None, requires_grad=False, out=None):
    return _core.ones(*_size(size), dtype=dtype, requires_grad=requires_grad, tag=TAG)


def empty(*size, dtype=None, device=None, requires_grad=False, **kw):
    return zeros(*size, dtype=dtype, requires_grad=requires_grad)


def full(size, fill_value, dtype=None, device=None, requires_grad=False):
    return _core.full(list(size), fill_value, dtype, requires_grad, TAG)


def zeros_like(input, dtype=None, device=None, requires_grad=False, **kw):
    return _core.full_like(input, 0.0, dtype, requires_grad)


def ones_like(input, dtype=None, device=None, requires_grad=False, **kw):
    return _core.full_like(input, 1.0, dtype, requires_grad)


def empty_like(input, dtype=None, device=None, requires_grad=False, **kw):
    return _core.full_like(input, 0.0, dtype, requires_grad)


def full_like(input, fill_value, dtype=None, device=None, requires_grad=False, **kw):
    return _core.full_like(input, fill_value, dtype, requires_grad)


def _num(v):
    return v.item() if isinstance(v, _T) else v


def arange(start, end=None, step=1, dtype=None, device=None, requires_grad=False, out=None):
    if end is None:
        start, end = 0, start
    start, end, step = _num(start), _num(end), _num(step)
    if step == 0:
        raise RuntimeError("step must be nonzero")
    if (end - start) * step < 0:
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    if dtype is None:
        isf = _b.any(isinstance(v, _b.float) for v in (start, end, step))
        dtype = get_default_dtype() if isf else int64
    return _core.arange(start, end, step, dtype, requires_grad, TAG)


def linspace(start, end, steps, dtype=None, device=None, requires_grad=False, layout=None):
    dtype = dtype or get_default_dtype()
    if dtype is float32 and steps > 1:
        return _linspace_f32(_num(start), _num(end), steps, requires_grad)
    if steps == 1:  # torch fills the single value with start
        end = start
    return _core.linspace(_num(start), _num(end), steps, dtype, requires_grad, TAG)


def _linspace_f32(start, end, steps, requires_grad):
    # torch's CPU kernel in float32: step = (end - start) / (steps - 1) in float, then
    # start + step*i (first half) / end - step*(steps-1-i) (second half), each one fused
    # multiply-add (one rounding), emulated exactly in double
    import numpy as np

    f = np.float32
    s, e = f(start), f(end)
    step = np.float64(f((e - s) / f(steps - 1)))
    j = np.arange(steps, dtype=np.float64)
    v = np.where(j < steps // 2, np.float64(s) + step * j, np.float64(e) - step * (steps - 1 - j)).astype(f)
    return _core.tensor(v, float32, requires_grad, TAG)


def eye(n, m=None, dtype=None, device=None, requires_grad=False):
    return _core.eye(n, m, dtype, requires_grad, TAG)


def rand(*size, dtype=None, device=None, requires_grad=False, generator=None):
    return _core.rand(list(_size(size)), 0.0, 1.0, dtype, requires_grad, TAG)


def randn(*size, dtype=None, device=None, requires_grad=False, generator=None):
    return _core.randn(list(_size(size)), 0.0, 1.0, dtype, requires_grad, TAG)


def randint(low, high=None, size=None, dtype=None, device=None, generator=None):
    if high is None:
        low, high = 0, low
    return _core.randint(low, high, list(size), dtype, TAG)


def rand_like(input, dtype=None, **kw):
    return rand(*input.shape, dtype=dtype or input.dtype)


def randn_like(input, dtype=None, **kw):
    return randn(*input.shape, dtype=dtype or input.dtype)


def normal(mean, std, size=None, **kw):
    if size is not None:
        return _core.randn(list(size), _b.float(mean), _b.float(std), None, False, TAG)
    m = mean if isinstance(mean, _T) else None
    s = std if isinstance(std, _T) else None
    shape = (m if m is not None else s).shape
    return randn(*shape) * std + mean


_default_dtype = float32


def set_default_dtype(d):
    global _default_dtype
    _default_dtype = d
    _core.set_default_float(d._fg)
    from .._fmt import torch_fmt

    torch_fmt.set_default_dtype(d._fg)


def get_default_dtype():
    return _default_dtype


def set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, profile=None, sci_mode=None):
    _printing.set_printoptions(precision=precision, threshold=threshold, edgeitems=edgeitems,
                               linewidth=linewidth, profile=profile, sci_mode=sci_mode)


_default_device = device("cpu")


def set_default_device(dev):
    global _default_device
    if dev is None:
        dev = "cpu"
    d = dev if isinstance(dev, device) else device(dev)
    if d.type != "cpu":
        raise RuntimeError(f"ferrograd: only the cpu device is available (got {d.type})")
    _default_device = d


def get_default_device():
    return _default_device


def set_num_threads(n):
    import builtins  # `int` here is torch.int, the dtype
    if type(n) is not builtins.int:
        raise RuntimeError(f"set_num_threads expects an int, but got {type(n).__name__}")
    _core.num_threads(n)


def get_num_threads():
    return _core.num_threads()


# ---- grad mode ----
class _GradMode:
    mode = True

    def __enter__(self):
        self.prev = _core.set_grad_enabled(self.mode)
        return None

    def __exit__(self, *exc):
        _core.set_grad_enabled(self.prev)
        return False

    def __call__(self, fn):
        import functools

        if isinstance(fn, type):
            import warnings

            warnings.warn("Decorating classes is deprecated and will be disabled in future versions. You should only "
                          "decorate functions or methods. To preserve the current behavior of class decoration, you "
                          "can directly decorate the `__init__` method and nothing else.", FutureWarning, stacklevel=2)
            fn.__init__ = self(fn.__init__)
            return fn

        import inspect

        if inspect.isgeneratorfunction(fn):  # the mode holds while the generator body runs, as in torch
            @functools.wraps(fn)
            def gen_wrapper(*a, **k):
                gen = fn(*a, **k)
                with self._fresh():
                    r = next(gen)
                while True:
                    try:
                        sent = yield r
                    except GeneratorExit:
                        with self._fresh():
                            gen.close()
                        raise
                    try:
                        with self._fresh():
                            r = gen.send(sent)
                    except StopIteration as e:
                        return e.value

            return gen_wrapper

        @functools.wraps(fn)
        def wrapper(*a, **k):
            with self._fresh():
                return fn(*a, **k)

        return wrapper

    def _fresh(self):
        g = _GradMode()
        g.mode = self.mode
        return g


class no_grad(_GradMode):
    mode = False


class enable_grad(_GradMode):
    mode = True


_inference_depth = [0]


class inference_mode(_GradMode):
    mode = False

    def __init__(self, mode=True):
        self.mode = not mode
        self.inference = mode

    def __enter__(self):
        if self.inference:
            _inference_depth[0] += 1
        return super().__enter__()

    def __exit__(self, *exc):
        if self.inference:
            _inference_depth[0] -= 1
        return super().__exit__(*exc)

    def _fresh(self):
        return inference_mode(self.inference)


def is_inference_mode_enabled():
    return _inference_depth[0] > 0


class set_grad_enabled(_GradMode):
    def __init__(self, mode):
        self.mode = mode
        self.prev = _core.set_grad_enabled(mode)

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        _core.set_grad_enabled(self.prev)
        return False

    def __repr__(self):
        return f"torch.autograd.grad_mode.set_grad_enabled(mode={self.mode})"

    def __call__(self, fn):
        _core.set_grad_enabled(self.prev)  # used as a decorator: the mode applies inside fn only
        return super().__call__(fn)


# ---- Tensor methods that live in Python (rare paths) ----
class _ReturnTypes:
    pass


def _named_ret(name, fields=("values", "indices")):
    # torch.return_types.<name>: a tuple with named fields and torch's multi-line repr.
    class R(tuple):
        __slots__ = ()
        _fields = fields

        def __new__(cls, *vals):
            return tuple.__new__(cls, vals)

        def __repr__(self):
            body = ",\n".join(f"{f}={v!r}" for f, v in zip(fields, self))
            return f"torch.return_types.{name}(\n{body})"

    for i, f in enumerate(fields):
        setattr(R, f, property(lambda s, i=i: s[i]))
    R.__name__ = R.__qualname__ = name
    return R


return_types = _ReturnTypes()
return_types.max = _named_ret("max")
return_types.min = _named_ret("min")
return_types.sort = _named_ret("sort")
return_types.topk = _named_ret("topk")


def _np_alias(dim, keepdim, axis, keepdims):
    # torch's argument parser takes NumPy's names for every `dim` / `keepdim` (d2l writes them).
    return (dim if axis is None else axis), (keepdim if keepdims is None else keepdims)


def _t_max(self, dim=None, keepdim=False, *, axis=None, keepdims=None):
    dim, keepdim = _np_alias(dim, keepdim, axis, keepdims)
    if isinstance(dim, _T):
        return self.maximum(dim)
    r = self._max(dim, keepdim)
    return return_types.max(*r) if isinstance(r, tuple) else r


def _t_min(self, dim=None, keepdim=False, *, axis=None, keepdims=None):
    dim, keepdim = _np_alias(dim, keepdim, axis, keepdims)
    if isinstance(dim, _T):
        return self.minimum(dim)
    r = self._min(dim, keepdim)
    return return_types.min(*r) if isinstance(r, tuple) else r


def _t_var(self, dim=None, unbiased=True, keepdim=False, *, correction=None, axis=None, keepdims=None):
    dim, keepdim = _np_alias(dim, keepdim, axis, keepdims)
    if isinstance(dim, _b.bool):
        unbiased, dim = dim, None
    c = (1 if unbiased else 0) if correction is None else correction
    m = self.mean(dim, True)
    d = self - m
    n = self.numel() if dim is None else _prod(self.shape[i] for i in ((dim,) if isinstance(dim, _b.int) else dim))
    return ((d * d).sum(dim, keepdim) / _b.max(n - c, 0))._named("VarBackward0")


def _prod(it):
    r = 1
    for v in it:
        r *= v
    return r


def _t_std(self, dim=None, unbiased=True, keepdim=False, *, correction=None, axis=None, keepdims=None):
    dim, keepdim = _np_alias(dim, keepdim, axis, keepdims)
    return _t_var(self, dim, unbiased, keepdim, correction=correction).sqrt()._named("StdBackward0")


def _t_all(self, dim=None, keepdim=False, *, axis=None, keepdims=None):
    dim, keepdim = _np_alias(dim, keepdim, axis, keepdims)
    b = self.bool().logical_not().long()
    s = b.sum(dim, keepdim) if dim is not None else b.sum()
    return s == 0


def _t_any(self, dim=None, keepdim=False, *, axis=None, keepdims=None):
    dim, keepdim = _np_alias(dim, keepdim, axis, keepdims)
    b = self.bool().long()
    s = b.sum(dim, keepdim) if dim is not None else b.sum()
    return s > 0


def _t_type(self, dtype=None, **kw):
    if dtype is None:
        names = {"float32": "Float", "float64": "Double", "int64": "Long", "int32": "Int", "bool": "Bool",
                 "float16": "Half", "bfloat16": "BFloat16"}
        return "torch." + names[self._dtype_name] + "Tensor"
    if isinstance(dtype, str):
        inv = {"torch.FloatTensor": float32, "torch.DoubleTensor": float64, "torch.LongTensor": int64,
               "torch.IntTensor": int32, "torch.BoolTensor": bool, "torch.HalfTensor": float16,
               "torch.BFloat16Tensor": bfloat16}
        dtype = inv[dtype]
    return self.to(dtype)


def _t_new_tensor(self, data, dtype=None, **kw):
    return _core.tensor(data, dtype or self.dtype, False, TAG)


def _t_new_zeros(self, *size, dtype=None, **kw):
    return zeros(*size, dtype=dtype or self.dtype)


def _t_new_ones(self, *size, dtype=None, **kw):
    return ones(*size, dtype=dtype or self.dtype)


def _t_new_full(self, size, fill_value, dtype=None, **kw):
    return full(size, fill_value, dtype=dtype or self.dtype)


def _t_uniform_(self, a=0.0, b=1.0, generator=None):
    with no_grad():
        self.copy_(_core.rand(list(self.shape), a, b, self.dtype, False, TAG))
    return self


def _t_normal_(self, mean=0.0, std=1.0, generator=None):
    with no_grad():
        self.copy_(_core.randn(list(self.shape), mean, std, self.dtype, False, TAG))
    return self


def _t_repeat(self, *sizes):
    sizes = sizes[0] if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)) else sizes
    x = self
    nd = len(sizes)
    while x.dim() < nd:
        x = x.unsqueeze(0)
    for d, r in enumerate(sizes):
        if r != 1:
            x = cat([x] * r, d)
    return x


def _sorted(self, dim=-1, descending=False, stable=False):
    if self.dim() == 0:
        v, i = _sorted(self.reshape(1), 0, descending, stable)
        return return_types.sort(v.reshape(()), i.reshape(()))
    idx_t = _core.argsort(self, dim, descending)  # stable, NaN above every number (torch's order)
    return return_types.sort(self.gather(dim, idx_t)._named("SortBackward0"), idx_t)


def _t_topk(self, k, dim=-1, largest=True, sorted=True):
    v, i = _sorted(self, dim, descending=largest)
    d = dim if dim >= 0 else self.dim() + dim
    if not 0 <= k <= (self.shape[d] if self.dim() else 1):
        raise RuntimeError("selected index k out of range")
    return return_types.topk(v.narrow(d, 0, k)._named("TopkBackward0"), i.narrow(d, 0, k))


def _src_for(index, src):
    # torch uses only the leading index.shape block of `src`.
    if tuple(src.shape) == tuple(index.shape):
        return src
    return src[tuple(slice(0, n) for n in index.shape)]


def _t_scatter_add(self, dim, index, src):
    if index.dim() == 0:
        index = index.reshape(1)
        src = src.reshape(1) if isinstance(src, _T) and src.dim() == 0 else src
    return (self + _src_for(index, src)._scatter_add_into(dim, index, list(self.shape)).to(self.dtype))._named(
        "ScatterAddBackward0")


def _t_scatter(self, dim, index, src=None, value=None, *, reduce=None):
    if src is None:
        src = value
    if reduce is not None:
        if reduce == "add":
            return _t_scatter_add(self, dim, index, src if isinstance(src, _T) else full(tuple(index.shape), src, dtype=self.dtype))
        raise RuntimeError(f"ferrograd: scatter reduce={reduce!r} is not supported")
    if index.dim() == 0:
        index = index.reshape(1)
        src = src.reshape(1) if isinstance(src, _T) and src.dim() == 0 else src
    if not isinstance(src, _T):
        src = full(tuple(index.shape), src, dtype=self.dtype)
    src = _src_for(index, src)
    if not (self.requires_grad or src.requires_grad):
        import numpy as np

        out = self.numpy(True).copy()
        idx = index.numpy(True)
        vals = src.numpy(True).astype(out.dtype)
        d = dim if dim >= 0 else out.ndim + dim
        for pos in np.ndindex(*idx.shape):
            tgt = list(pos)
            tgt[d] = idx[pos]
            out[tuple(tgt)] = vals[pos]
        return _core.tensor(out, self.dtype, False, TAG)
    hit = _core.full_like(index, 1, dtype=int64)._scatter_add_into(dim, index, list(self.shape)) > 0
    return _core.where_(hit, src._scatter_add_into(dim, index, list(self.shape)).to(self.dtype), self)._named(
        "ScatterBackward0")


def _t_index_add(self, dim, index, source, *, alpha=1):
    add = source._index_add_into(dim, index, list(self.shape)).to(self.dtype)
    return (self + (add * alpha if alpha != 1 else add))._named("IndexAddBackward0")


def _inplace(fn):
    def op(self, *a, **k):
        # runs on a snapshot with self's history; the op's node becomes self's grad_fn (torch's rebase)
        return self._inplace_apply(lambda s: fn(s, *a, **k))

    op.__name__ = fn.__name__.replace("_t_", "") + "_"
    return op


def _t_index_put_(self, indices, values, accumulate=False):
    if accumulate:
        raise RuntimeError("ferrograd: index_put_(accumulate=True) is not supported")
    self[tuple(indices)] = values
    return self


def _t_index_put(self, indices, values, accumulate=False):
    return _t_index_put_(self.clone(), indices, values, accumulate)


def _t_bernoulli(self, p=None, generator=None):
    probs = self if p is None else full_like(self, p)
    u = _core.rand(list(self.shape), 0.0, 1.0, probs.dtype if probs.dtype.is_floating_point else None, False, TAG)
    return (u < probs).to(self.dtype)


def _t_bernoulli_(self, p=0.5, generator=None):
    with no_grad():
        self.copy_(_t_bernoulli(self, p))
    return self


bernoulli = _t_bernoulli

def _reduce_ex(self, proto):
    from .serialization import _reduce_tensor

    return _reduce_tensor(self)


_EXT = {
    "__reduce_ex__": _reduce_ex,
    "bernoulli": _t_bernoulli,
    "bernoulli_": _t_bernoulli_,
    "index_put_": _t_index_put_,
    "index_put": _t_index_put,
    "H": property(lambda self: self.transpose(0, 1) if self.dim() == 2 else self),
    "mH": property(lambda self: self.transpose(-2, -1)),
    "scatter": _t_scatter,
    "scatter_": _inplace(_t_scatter),
    "scatter_add": _t_scatter_add,
    "scatter_add_": _inplace(_t_scatter_add),
    "index_add": _t_index_add,
    "index_add_": _inplace(_t_index_add),
    "max": _t_max,
    "min": _t_min,
    "var": _t_var,
    "std": _t_std,
    "all": _t_all,
    "any": _t_any,
    "type": _t_type,
    "new_tensor": _t_new_tensor,
    "new_zeros": _t_new_zeros,
    "new_ones": _t_new_ones,
    "new_full": _t_new_full,
    "new_empty": _t_new_zeros,
    "uniform_": _t_uniform_,
    "normal_": _t_normal_,
    "repeat": _t_repeat,
    "sort": _sorted,
    "topk": _t_topk,
    "device": property(lambda self: device("cpu")),
    "is_cuda": property(lambda self: False),
    "layout": property(lambda self: "torch.strided"),
    "cpu": lambda self: self,
    "cuda": lambda self, *a, **k: self,
    "__format__": _printing.tensor_format,
    "__array_priority__": 1000,
    "storage_offset": lambda self: 0,
    "__deepcopy__": lambda self, memo: self.detach().clone().requires_grad_(self.requires_grad)
    if self.is_leaf else self.clone(),
    "sum_to_size": lambda self, *s: self,
}

_aminmax_ret = return_types.aminmax = _named_ret("aminmax", ("min", "max"))
return_types.median = _named_ret("median")
from . import _composite  # noqa: E402

_composite.register(globals(), _EXT)

# in-place variants (x.op_(...)) of out-of-place core methods that have none of their own
for _name in ("masked_fill", "clamp", "clip", "clamp_min", "clamp_max", "exp", "log", "sqrt", "rsqrt", "abs",
              "neg", "pow", "sigmoid", "tanh", "relu", "floor", "ceil", "round", "sign", "reciprocal", "square",
              "sin", "cos", "log1p", "expm1", "remainder", "floor_divide", "true_divide", "add", "sub", "mul",
              "div", "logical_not", "fmod", "index_fill"):
    if hasattr(_T, _name) and not hasattr(_T, _name + "_") and _name + "_" not in _EXT:
        _EXT[_name + "_"] = _inplace(getattr(_T, _name))
del _name

sort = _sorted
scatter = _t_scatter
scatter_add = _t_scatter_add
index_add = _t_index_add
topk = _t_topk

# torch's CPU generator (mt19937) for every sampler: same numbers as torch for a seed
from . import _random  # noqa: E402
from ._random import (  # noqa: E402,F401
    Generator, bernoulli, default_generator, get_rng_state, initial_seed, manual_seed, multinomial, normal, rand,
    rand_like, randint, randint_like, randn, randn_like, randperm, seed, set_rng_state,
)

_EXT.update(_random.TENSOR_METHODS)


def _with_out(f):
    # torch.rand(..., out=t) and friends: fill `out` (same shape) in place and return it.
    def g(*args, out=None, **kw):
        if out is None:
            return f(*args, **kw)
        if "dtype" in f.__code__.co_varnames:
            kw.setdefault("dtype", out.dtype)
        r = f(*args, **kw)
        if tuple(r.shape) != tuple(out.shape):
            raise RuntimeError(f"ferrograd: {f.__name__}(out=...) cannot resize out from {tuple(out.shape)} "
                               f"to {tuple(r.shape)}")
        prev = _core.set_grad_enabled(False)
        try:
            out.copy_(r)
        finally:
            _core.set_grad_enabled(prev)
        return out

    g.__name__ = g.__qualname__ = f.__name__
    g.__doc__ = f.__doc__
    g.__module__ = f.__module__
    return g


rand, randn, randint, randperm = _with_out(rand), _with_out(randn), _with_out(randint), _with_out(randperm)

# more functions and methods (broadcast_tensors, repeat_interleave, bitwise ops, cummax, finfo, ...),
# loaded on first use (import-time budget)
for _name in ("cummax", "cummin", "kthvalue", "mode"):
    setattr(return_types, _name, _named_ret(_name))
_EXTRA_FUNCTIONS = (
    "broadcast_shapes", "broadcast_tensors", "repeat_interleave", "tensor_split", "hsplit", "vsplit", "ravel",
    "bitwise_and", "bitwise_or", "bitwise_xor", "bitwise_not", "bitwise_left_shift", "bitwise_right_shift",
    "logical_xor", "isin", "argwhere", "is_nonzero", "is_floating_point", "is_complex", "sgn", "logaddexp",
    "float_power", "matrix_power", "cummax", "cummin", "kthvalue", "mode", "quantile", "nanquantile", "nansum",
    "nanmean", "finfo", "iinfo", "promote_types", "can_cast", "use_deterministic_algorithms",
    "are_deterministic_algorithms_enabled", "is_deterministic_algorithms_warn_only_enabled", "inverse", "det",
)
_EXTRA_METHODS = (
    "repeat_interleave", "tensor_split", "hsplit", "vsplit", "ravel", "unfold", "bitwise_and", "bitwise_or",
    "bitwise_xor", "bitwise_not", "logical_xor", "isin", "argwhere", "is_nonzero", "is_complex", "sgn", "logaddexp",
    "float_power", "matrix_power", "cummax", "cummin", "kthvalue", "mode", "quantile", "nanquantile", "nansum",
    "nanmean", "inverse", "det", "where", "allclose", "addmm",
)


def _np_kw(k):
    if "axis" in k:
        k["dim"] = k.pop("axis")
    if "keepdims" in k:
        k["keepdim"] = k.pop("keepdims")
    return k


def _np_names(fn):
    # torch's argument parser takes NumPy's axis=/keepdims= for every dim/keepdim argument.
    def f(*a, **k):
        return fn(*a, **_np_kw(k))

    f.__name__ = f.__qualname__ = getattr(fn, "__name__", "f")
    f.__doc__ = fn.__doc__
    return f


_NP_NAMED = frozenset((
    "logsumexp median nanmedian cumprod topk sort argsort nansum nanmean count_nonzero mode kthvalue std_mean var_mean "
    "logcumsumexp cummax cummin diff renorm repeat_interleave quantile nanquantile aminmax cumulative_trapezoid "
    "var std all any narrow select").split())


def _extra_method(name):
    def method(self, *args, **kwargs):
        from . import _lazy_ops

        return _lazy_ops.TENSOR_METHODS[name](self, *args, **_np_kw(kwargs))

    method.__name__ = method.__qualname__ = name
    return method


for _name in _EXTRA_METHODS:
    if not hasattr(_T, _name) and _name not in _EXT:
        _EXT[_name] = _extra_method(_name)
for _name in ("nonzero", "equal", "outer", "broadcast_to", "absolute", "std_mean", "var_mean", "isclose"):
    if _name in globals() and not hasattr(_T, _name) and _name not in _EXT:
        _EXT[_name] = globals()[_name]
if "outer" in _EXT and "ger" not in _EXT and not hasattr(_T, "ger"):
    _EXT["ger"] = _EXT["outer"]
del _name

_LAZY_SUBMODULES = ("distributions", "testing", "random", "special", "compiler")


def __getattr__(name):
    import importlib

    if name in _LAZY_SUBMODULES or name == "_dynamo":
        return importlib.import_module("." + ("compiler" if name == "_dynamo" else name), __name__)
    if name in ("is_anomaly_enabled", "is_anomaly_check_nan_enabled", "set_anomaly_enabled"):
        return getattr(importlib.import_module(".autograd.anomaly_mode", __name__), name)
    if name in _EXTRA_FUNCTIONS:
        from . import _lazy_ops

        value = _lazy_ops.FUNCTIONS[name]
        if name in _NP_NAMED:
            value = _np_names(value)
        globals()[name] = value
        return value
    value = _EXT.get(name) or getattr(_T, name, None) if name in _INPLACE_FUNCTIONS else None
    if value is not None:
        # torch.sin_(t) etc.: the in-place tensor method as a module function
        globals()[name] = value
        return value
    fa = globals().get("_functional_aliases")
    if fa is not None and name in fa.F_ALIASES:  # torch.conv2d, torch.selu, ...: torch.nn.functional's
        value = fa.f_alias(name)
        if value is not None:
            globals()[name] = value
            return value
    raise AttributeError(f"module 'torch' has no attribute '{name}'")


_INPLACE_FUNCTIONS = frozenset((
    "abs_ acos_ acosh_ addmv_ arccos_ arccosh_ arcsin_ arcsinh_ arctan_ arctanh_ asin_ asinh_ atan_ atanh_ "
    "ceil_ clamp_ clamp_max_ clamp_min_ clip_ cos_ cosh_ deg2rad_ detach_ erf_ erfc_ exp2_ exp_ expm1_ fill_ "
    "fix_ floor_ frac_ gcd_ i0_ index_put_ lcm_ ldexp_ log10_ log1p_ log2_ log_ logit_ nan_to_num_ neg_ "
    "negative_ rad2deg_ reciprocal_ relu_ round_ rsqrt_ sigmoid_ sin_ sinc_ sinh_ sqrt_ square_ tan_ tanh_ "
    "trunc_ xlogy_ zero_").split())

# special functions, in-place variants, index/scatter variants, attributes, windows... (Python-level ops)
from . import _api_register, _functional_aliases  # noqa: E402

_api_register.register(globals(), _EXT)
for _name in _NP_NAMED:
    for _d in (globals(), _EXT):
        if callable(_d.get(_name)) and _d[_name].__name__ != "method":
            _d[_name] = _np_names(_d[_name])
del _name, _d

_core.register_dialect(TAG, _EXT, list(_dtypes.ALL), Size, _printing.tensor_repr, _printing.tensor_repr)

from . import accelerator, autograd, backends, cuda, linalg, nn, optim, utils  # noqa: E402,F401
from .autograd import grad as _grad  # noqa: E402,F401
from .serialization import load, save  # noqa: E402,F401
from ._einsum import einsum  # noqa: E402,F401
from .func import vmap  # noqa: E402,F401  (also binds torch.func)
