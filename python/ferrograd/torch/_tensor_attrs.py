# Tensor attributes and host-side helpers: data_ptr, storage_offset, is_* predicates, new(), apply_/map_,
# storage(), dim_order, to_dense.
import builtins as _b

from .. import _core
from ._common import TAG, _T, _np, _t, _tt


# ---- attributes ----
def data_ptr(self):
    base, off = self._storage_ptr()
    return base + off * self.element_size()


def storage_offset(self):
    return self._storage_ptr()[1]


def is_same_size(self, other):
    return tuple(self.shape) == tuple(other.shape)


def is_signed(self):
    return self.dtype is not _tt().bool


def _new(self, *args, **kw):
    tt = _tt()
    dtype = kw.pop("dtype", None) or self.dtype
    if not args:
        return tt.zeros(0, dtype=dtype)
    if len(args) == 1 and isinstance(args[0], _T):
        return args[0]
    if len(args) == 1 and isinstance(args[0], (list, tuple)) and not isinstance(args[0], tt.Size):
        return _core.tensor(list(args[0]), dtype, False, TAG)
    if len(args) == 1 and isinstance(args[0], tt.Size):
        args = tuple(args[0])
    return tt.zeros(*args, dtype=dtype)


def narrow_copy(self, dim, start, length):
    return self.narrow(dim, start, length).clone()


def dim_order(self, *, ambiguity_check=False):
    st = self.stride()
    return tuple(sorted(range(self.dim()), key=lambda i: -st[i]))


def apply_(self, callable):
    if self.requires_grad:
        raise RuntimeError("apply_ is only implemented on CPU tensors without autograd")
    np = _np()
    a = self.numpy(True)
    r = np.vectorize(callable, otypes=[a.dtype])(a) if a.size else a
    with _tt().no_grad():
        self.copy_(_t(np.asarray(r, dtype=a.dtype), self.dtype))
    return self


def map_(self, tensor, callable):
    np = _np()
    a = self.numpy(True)
    b = np.broadcast_to(tensor.numpy(True), a.shape)
    r = np.vectorize(callable, otypes=[a.dtype])(a, b) if a.size else a
    with _tt().no_grad():
        self.copy_(_t(np.asarray(r, dtype=a.dtype), self.dtype))
    return self


def _map2(self, x, y, callable):
    np = _np()
    a = self.numpy(True)
    b = np.broadcast_to(x.numpy(True), a.shape)
    c = np.broadcast_to(y.numpy(True), a.shape)
    r = np.vectorize(callable, otypes=[a.dtype])(a, b, c) if a.size else a
    with _tt().no_grad():
        self.copy_(_t(np.asarray(r, dtype=a.dtype), self.dtype))
    return self


def is_inference(input):
    return False


def is_conj(input):
    return False


def is_neg(input):
    return False


def get_device(input):
    return -1


def _storage_method(self):
    from . import _storage

    return _storage.storage(self)


def _untyped_storage_method(self):
    from . import _storage

    return _storage.untyped_storage(self)


def is_set_to(self, tensor):
    return (self._storage_ptr() == tensor._storage_ptr() and tuple(self.shape) == tuple(tensor.shape)
            and tuple(self.stride()) == tuple(tensor.stride()))


def _to_dense(self, dtype=None, *, masked_grad=None):
    return self if dtype is None else self.to(dtype)


def is_nonzero(input):
    if input.numel() == 0:
        raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
    if input.numel() > 1:
        raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
    return _b.bool(input.item() != 0)


def is_floating_point(input):
    return input.dtype.is_floating_point


def is_complex(input):
    return False
