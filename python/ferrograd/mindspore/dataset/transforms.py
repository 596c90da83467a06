"""mindspore.dataset.transforms: TypeCast, OneHot, Compose, Fill, Duplicate (eager on numpy arrays and
usable in Dataset.map)."""


class PyTensorOperation:
    def __call__(self, *args):
        return self._apply(*args)


TensorOperation = PyTensorOperation


def _np_dtype(t):
    import numpy as np

    if hasattr(t, "_name"):
        return np.dtype(t._name.replace("bfloat16", "float32"))
    return np.dtype(t)


class TypeCast(PyTensorOperation):
    def __init__(self, data_type):
        self.data_type = data_type

    def _apply(self, x):
        import numpy as np

        return np.asarray(x).astype(_np_dtype(self.data_type))


class OneHot(PyTensorOperation):
    def __init__(self, num_classes, smoothing_rate=0.0):
        self.num_classes = num_classes
        self.smoothing_rate = smoothing_rate

    def _apply(self, x):
        import numpy as np

        a = np.asarray(x)
        out = (np.arange(self.num_classes) == a[..., None]).astype(a.dtype if a.dtype.kind in "iu" else np.int64)
        if out.dtype == np.int64:
            out = out.astype(np.longlong)  # as MindSpore's C++ op returns it (repr shows dtype=int64)
        if self.smoothing_rate:
            out = out * (1 - self.smoothing_rate) + self.smoothing_rate / self.num_classes
        return out


class Fill(PyTensorOperation):
    def __init__(self, fill_value):
        self.fill_value = fill_value

    def _apply(self, x):
        import numpy as np

        a = np.asarray(x)
        return np.full(a.shape, self.fill_value, a.dtype)


class Duplicate(PyTensorOperation):
    def _apply(self, x):
        import numpy as np

        a = np.asarray(x)
        return a, a.copy()


class Compose(PyTensorOperation):
    def __init__(self, transforms):
        self.transforms = list(transforms)

    def _apply(self, *args):
        vals = args
        for t in self.transforms:
            out = t(*vals)
            vals = out if isinstance(out, tuple) else (out,)
        return vals[0] if len(vals) == 1 else vals


for _c in (PyTensorOperation, TypeCast, OneHot, Fill, Duplicate, Compose):
    _c.__module__ = "mindspore.dataset.transforms.transforms"


from ._transforms4 import Concatenate, Mask, PadEnd, Relational, Slice  # noqa: E402,F401
