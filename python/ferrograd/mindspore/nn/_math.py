# mindspore.nn math cells (MindSpore's nn/layer/math.py): ReduceLogSumExp, Range, Moments, MatInverse, MatDet,
# MatMul.
from ..._lazy import np
from .._tensor import Tensor, _mean, _sum
from ..ops import _linalg_func as LF
from ..ops import functional as F
from .cell import Cell

__all__ = [
    "Range", "MatMul", "ReduceLogSumExp", "Moments", "MatInverse", "MatDet",
]


class Range(Cell):
    def __init__(self, start, limit=None, delta=1):
        super().__init__()
        if delta == 0:
            raise ValueError("For 'Range', the 'delta' cannot be equal to zero.")
        if limit is None:
            start, limit = 0, start
        self.start, self.limit, self.delta = start, limit, delta
        is_f = any(isinstance(v, float) for v in (start, limit, delta))
        self._out = np.arange(start, limit, delta).astype(np.float32 if is_f else np.int64)

    def construct(self):
        return Tensor(self._out)


class MatMul(Cell):
    def __init__(self, transpose_x1=False, transpose_x2=False):
        super().__init__()
        self.transpose_x1 = transpose_x1
        self.transpose_x2 = transpose_x2

    def construct(self, x1, x2):
        if self.transpose_x1:
            x1 = x1.swapaxes(-1, -2)
        if self.transpose_x2:
            x2 = x2.swapaxes(-1, -2)
        return F.matmul(x1, x2)


class ReduceLogSumExp(Cell):
    def __init__(self, axis, keep_dims=False):
        super().__init__()
        self.axis = axis
        self.keep_dims = keep_dims

    def construct(self, x):
        # as MindSpore: the max over all elements, then exp, sum over axis, log, plus that max
        m = x.amax().detach()
        r = F.log(_sum(F.exp(x - m), self.axis if self.axis != () else None, None, self.keep_dims))
        return r + m


class Moments(Cell):
    def __init__(self, axis=None, keep_dims=None):
        super().__init__()
        self.axis = axis
        self.keep_dims = bool(keep_dims)

    def construct(self, x):
        mean = _mean(x, self.axis, self.keep_dims)
        d = x - _mean(x, self.axis, True)
        var = _mean(d * d, self.axis, self.keep_dims)
        return mean, var


class MatInverse(Cell):
    def construct(self, a):
        return LF.inverse(a)


class MatDet(Cell):
    def construct(self, a):
        return LF.det(a)
