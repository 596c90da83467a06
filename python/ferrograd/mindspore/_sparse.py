# mindspore.CSRTensor / COOTensor (the Tensor tutorial's sparse section): containers of index and
# value Tensors with astype, to_dense, to_tuple, abs and element-wise products; kept dense-free.
from ._tensor import Tensor


def _np():
    import numpy as np

    return np


def _t(x):
    return x if isinstance(x, Tensor) else Tensor(x)


def _inner_repr(t):
    # the sparse containers print their members without commas, right after 'value='
    r = repr(t)
    head, sep, body = r.partition("value=")
    return head + sep + body.lstrip(" ").replace(",", "") if sep else r


class _Sparse:
    @property
    def dtype(self):
        return self.values.dtype

    @property
    def size(self):
        return int(self.values.numel())

    @property
    def itemsize(self):
        return self.values.itemsize

    @property
    def ndim(self):
        return len(self.shape)

    def __str__(self):
        return self.__repr__()


class COOTensor(_Sparse):
    def __init__(self, indices=None, values=None, shape=None, coo_tensor=None):
        if coo_tensor is not None:
            indices, values, shape = coo_tensor.indices, coo_tensor.values, coo_tensor.shape
        self.indices = _t(indices)
        self.values = _t(values)
        self.shape = tuple(int(s) for s in shape)
        if self.indices.ndim != 2 or self.values.ndim != 1 or self.indices.shape[0] != self.values.shape[0]:
            raise ValueError("For COOTensor, indices must be a 2-D Tensor and values a 1-D Tensor with as many "
                             f"elements as indices has rows, but got indices shape {tuple(self.indices.shape)} and "
                             f"values shape {tuple(self.values.shape)}.")
        if self.indices.shape[1] != len(self.shape):
            raise ValueError(f"For COOTensor, the length of 'shape' must equal the 2nd dimension of 'indices' "
                             f"({self.indices.shape[1]}), but got {len(self.shape)}.")

    def astype(self, dtype):
        return COOTensor(self.indices, self.values.astype(dtype), self.shape)

    def to_tuple(self):
        return self.indices, self.values, self.shape

    def to_dense(self):
        np = _np()
        v = self.values.asnumpy()
        out = np.zeros(self.shape, v.dtype)
        idx = self.indices.asnumpy().astype(np.int64)
        np.add.at(out, tuple(idx.T), v)
        return Tensor(out)

    def abs(self):
        return COOTensor(self.indices, self.values.abs(), self.shape)

    def __neg__(self):
        return COOTensor(self.indices, -self.values, self.shape)

    def __repr__(self):
        return (f"COOTensor(shape={list(self.shape)}, dtype={self.dtype}, indices={_inner_repr(self.indices)}, "
                f"values={_inner_repr(self.values)})")


class CSRTensor(_Sparse):
    def __init__(self, indptr=None, indices=None, values=None, shape=None, csr_tensor=None):
        if csr_tensor is not None:
            indptr, indices, values, shape = csr_tensor.indptr, csr_tensor.indices, csr_tensor.values, csr_tensor.shape
        self.indptr = _t(indptr)
        self.indices = _t(indices)
        self.values = _t(values)
        self.shape = tuple(int(s) for s in shape)
        if self.indptr.ndim != 1 or self.indices.ndim != 1:
            raise ValueError("For CSRTensor, indptr and indices must be 1-D Tensors.")
        if self.indptr.shape[0] != self.shape[0] + 1:
            raise ValueError(f"For CSRTensor, the length of 'indptr' must be shape[0] + 1 = {self.shape[0] + 1}, "
                             f"but got {self.indptr.shape[0]}.")

    def astype(self, dtype):
        return CSRTensor(self.indptr, self.indices, self.values.astype(dtype), self.shape)

    def to_tuple(self):
        return self.indptr, self.indices, self.values, self.shape

    def to_dense(self):
        np = _np()
        v = self.values.asnumpy()
        out = np.zeros(self.shape, v.dtype)
        ptr = self.indptr.asnumpy().astype(np.int64)
        cols = self.indices.asnumpy().astype(np.int64)
        for r in range(self.shape[0]):
            for k in range(ptr[r], ptr[r + 1]):
                out[(r, cols[k])] += v[k]
        return Tensor(out)

    def abs(self):
        return CSRTensor(self.indptr, self.indices, self.values.abs(), self.shape)

    def __neg__(self):
        return CSRTensor(self.indptr, self.indices, -self.values, self.shape)

    def _dense_at(self, other):
        np = _np()
        o = _t(other).asnumpy()
        d = np.broadcast_to(o, self.shape)
        ptr = self.indptr.asnumpy().astype(np.int64)
        cols = self.indices.asnumpy().astype(np.int64)
        rows = np.repeat(np.arange(self.shape[0]), np.diff(ptr))
        return Tensor(np.asarray(d[rows, cols]))

    def __mul__(self, other):
        # CSRTensor * dense: the product's values at the stored positions
        return self.values * self._dense_at(other)

    def __truediv__(self, other):
        return self.values / self._dense_at(other)

    def __add__(self, other):
        if isinstance(other, CSRTensor):
            np = _np()
            s = self.to_dense().asnumpy() + other.to_dense().asnumpy()
            ptr, idx, vals = [0], [], []
            for r in range(s.shape[0]):
                nz = np.nonzero(s[r])[0]
                idx.extend(nz.tolist())
                vals.extend(s[r][nz].tolist())
                ptr.append(len(idx))
            it = self.indptr.asnumpy().dtype
            return CSRTensor(Tensor(np.array(ptr, it)), Tensor(np.array(idx, self.indices.asnumpy().dtype)),
                             Tensor(np.array(vals, s.dtype)), self.shape)
        return NotImplemented

    def __repr__(self):
        return (f"CSRTensor(shape={list(self.shape)}, dtype={self.dtype}, indptr={_inner_repr(self.indptr)}, "
                f"indices={_inner_repr(self.indices)}, values={_inner_repr(self.values)})")
