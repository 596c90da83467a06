# TensorShape methods beyond dtypes.py.
import builtins as _b

from . import dtypes as _dt


def _ts():
    return _dt.TensorShape


def _merge_with(self, other):
    other = _ts()(other)
    if len(self._dims) != len(other._dims) or not self.is_compatible_with(other):
        raise ValueError("Shapes %s and %s are not compatible" % (self, other))
    return _ts()([a if a is not None else b for a, b in zip(self._dims, other._dims)])


def _with_rank(self, rank):
    if len(self._dims) != rank:
        raise ValueError("Shape %s must have rank %d" % (self, rank))
    return self


def _with_rank_at_least(self, rank):
    if len(self._dims) < rank:
        raise ValueError("Shape %s must have rank at least %d" % (self, rank))
    return self


def _with_rank_at_most(self, rank):
    if len(self._dims) > rank:
        raise ValueError("Shape %s must have rank at most %d" % (self, rank))
    return self


def _assert_has_rank(self, rank):
    if len(self._dims) != rank:
        raise ValueError("Shape %s must have rank %d" % (self, rank))


def _assert_is_fully_defined(self):
    if not self.is_fully_defined():
        raise ValueError("Shape %s is not fully defined" % (self,))


def _assert_same_rank(self, other):
    other = _ts()(other)
    if len(self._dims) != len(other._dims):
        raise ValueError("Shapes %s and %s must have the same rank" % (self, other))


def _most_specific_compatible_shape(self, other):
    other = _ts()(other)
    if len(self._dims) != len(other._dims):
        return _ts()(None)
    return _ts()([a if a == b else None for a, b in zip(self._dims, other._dims)])


def _is_subtype_of(self, other):
    other = _ts()(other)
    return len(self._dims) == len(other._dims) and _b.all(b is None or a == b
                                                           for a, b in zip(self._dims, other._dims))


def _most_specific_common_supertype(self, others):
    out = self
    for o in others:
        o = _ts()(o)
        if len(o._dims) != len(out._dims):
            return None
        out = _most_specific_compatible_shape(out, o)
    return out


def _install():
    TS = _dt.TensorShape
    for n, f in (("merge_with", _merge_with), ("with_rank", _with_rank), ("with_rank_at_least", _with_rank_at_least),
                 ("with_rank_at_most", _with_rank_at_most), ("assert_has_rank", _assert_has_rank),
                 ("assert_is_fully_defined", _assert_is_fully_defined), ("assert_same_rank", _assert_same_rank),
                 ("most_specific_compatible_shape", _most_specific_compatible_shape),
                 ("is_subtype_of", _is_subtype_of), ("most_specific_common_supertype", _most_specific_common_supertype)):
        if not hasattr(TS, n):
            setattr(TS, n, f)
