# Variable scatter_* / sparse_read / gather_nd, and tf.IndexedSlices.
import builtins as _b

from ._tensor import _T, _np, convert_to_tensor
from ._tensor_shape import _ts


def _scatter_nd(op):
    def method(self, indices, updates, name=None):
        import numpy as np

        from ._tensor import _UnreadVariable, _from_array

        t = _np(self).copy()
        idx = np.asarray(_np(convert_to_tensor(indices)), np.int64)
        u = np.asarray(_np(convert_to_tensor(updates)) if isinstance(updates, _T) else updates, t.dtype)
        k = idx.shape[-1]
        idx2 = idx.reshape(-1, k)
        u2 = u.reshape((idx2.shape[0],) + t.shape[k:])
        for j in _b.range(idx2.shape[0]):
            key = tuple(idx2[j])
            t[key] = op(t[key], u2[j])
        self._assign(_from_array(t))
        return _UnreadVariable(self)

    return method


def _scatter(op):
    def method(self, sparse_delta, use_locking=False, name=None):
        import numpy as np

        from ._tensor import _UnreadVariable, _from_array

        if not isinstance(sparse_delta, IndexedSlices):
            raise TypeError("sparse_delta is not IndexedSlices: %s" % (sparse_delta,))
        t = _np(self).copy()
        idx = np.asarray(_np(convert_to_tensor(sparse_delta.indices)), np.int64).reshape(-1)
        vals = np.asarray(_np(convert_to_tensor(sparse_delta.values)), t.dtype).reshape((idx.size,) + t.shape[1:])
        for j, i in enumerate(idx):
            t[i] = op(t[i], vals[j])
        self._assign(_from_array(t))
        return _UnreadVariable(self)

    return method


def _sparse_read(self, indices, name=None):
    from ._ops import gather

    return gather(self, indices)


def _gather_nd(self, indices, name=None):
    from ._array_ops import gather_nd

    return gather_nd(self, indices)


def _initial_value(self):
    raise RuntimeError("This property is not supported when eager execution is enabled.")


def _is_initialized(self, name=None):
    from ._ops import constant

    return constant(True)


class IndexedSlices:
    """tf.IndexedSlices: a sparse slice representation (values[i] is row indices[i] of a dense tensor)."""

    def __init__(self, values, indices, dense_shape=None):
        self._values = values
        self._indices = indices
        self._dense_shape = dense_shape

    @property
    def values(self):
        return self._values

    @property
    def indices(self):
        return self._indices

    @property
    def dense_shape(self):
        return self._dense_shape

    @property
    def dtype(self):
        return self._values.dtype

    @property
    def shape(self):
        if self._dense_shape is None:
            return _ts()([None] + list(self._values.shape[1:]))
        return _ts()([int(v) for v in _np(convert_to_tensor(self._dense_shape)).reshape(-1)])

    def __repr__(self):
        return "IndexedSlices(indices=%s, values=%s%s)" % (
            self._indices, self._values,
            ", dense_shape=%s" % (self._dense_shape,) if self._dense_shape is not None else "")

    __str__ = __repr__

    def _dense(self):
        from ._ops import constant, zeros
        from ._array_ops import tensor_scatter_nd_add

        shape = [int(v) for v in self.shape]
        idx = _np(convert_to_tensor(self._indices)).reshape(-1, 1)
        return tensor_scatter_nd_add(zeros(shape, dtype=self._values.dtype), constant(idx.astype("int32")),
                                     self._values)

    def numpy(self):
        return self._dense().numpy()

    def __array__(self, dtype=None, copy=None):
        a = self._dense().numpy()
        return a if dtype is None else a.astype(dtype)


def _install():
    import operator

    import enum

    from ._tensor import Variable

    g = globals()
    for name, members in (("VariableAggregation", "NONE SUM MEAN ONLY_FIRST_REPLICA"),
                          ("VariableSynchronization", "AUTO NONE ON_WRITE ON_READ")):
        g[name] = enum.Enum(name, [(m, i) for i, m in enumerate(members.split())], module="tensorflow")
    Variable.aggregation = property(lambda self: self.__dict__.get("_aggregation") or VariableAggregation.NONE)
    Variable.synchronization = property(
        lambda self: self.__dict__.get("_synchronization") or VariableSynchronization.AUTO)

    def _np_op(name):
        def f(a, b):
            import numpy as np

            return getattr(np, name)(a, b)

        return f

    for n, op in (("scatter_nd_update", lambda a, b: b), ("scatter_nd_add", operator.add),
                  ("scatter_nd_sub", operator.sub), ("scatter_nd_max", _np_op("maximum")),
                  ("scatter_nd_min", _np_op("minimum"))):
        if not hasattr(Variable, n):
            setattr(Variable, n, _scatter_nd(op))
    for n, op in (("scatter_update", lambda a, b: b), ("scatter_add", operator.add), ("scatter_sub", operator.sub),
                  ("scatter_max", _np_op("maximum")), ("scatter_min", _np_op("minimum")),
                  ("scatter_mul", operator.mul), ("scatter_div", operator.truediv)):
        if not hasattr(Variable, n):
            setattr(Variable, n, _scatter(op))
    for n, f in (("sparse_read", _sparse_read), ("gather_nd", _gather_nd), ("is_initialized", _is_initialized)):
        if not hasattr(Variable, n):
            setattr(Variable, n, f)
    if not hasattr(Variable, "initial_value"):
        Variable.initial_value = property(_initial_value)
