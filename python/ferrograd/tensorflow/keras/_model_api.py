# More Model API of tf-keras 2.21: compute_metrics, get_metrics_result, predict_step, make_*_function,
# the run_eagerly property, Layer.compute_output_shape.
from .layers import Layer


def compute_metrics(self, x, y, y_pred, sample_weight):
    """tf-keras Model.compute_metrics: the compiled metrics updated, then get_metrics_result()."""
    from .training import _n_samples

    self._update_metrics(None, y, y_pred, _n_samples(x) if x is not None else None, sample_weight)
    return self.get_metrics_result()


def get_metrics_result(self):
    out = {}
    for m in self.metrics:
        r = m.result()
        if isinstance(r, dict):
            out.update(r)
        else:
            out[m.name] = r
    return out


def predict_step(self, data):
    from .training import _unpack

    x, _, _ = _unpack(data)
    return self(x, training=False)


def _run_eagerly_get(self):
    return bool(getattr(self, "_run_eagerly", False))


def _run_eagerly_set(self, value):
    object.__setattr__(self, "_run_eagerly", bool(value))


def make_train_function(self, force=False):
    return lambda iterator: self.train_step(next(iter(iterator)) if not isinstance(iterator, tuple) else iterator)


def make_test_function(self, force=False):
    return lambda iterator: self.test_step(next(iter(iterator)) if not isinstance(iterator, tuple) else iterator)


def make_predict_function(self, force=False):
    return lambda iterator: self.predict_step(next(iter(iterator)) if not isinstance(iterator, tuple) else iterator)


def compute_output_shape(self, input_shape):
    """Runs the layer on a zero batch of `input_shape` (batch None -> 1) and reports the output shape
    with the batch dimension as given."""
    from .. import _ops, dtypes as _dt

    shape = list(input_shape.as_list() if hasattr(input_shape, "as_list") else input_shape)
    batch = shape[0] if shape else None
    x = _ops.zeros([1 if d is None else int(d) for d in shape], dtype=self._dtype)
    out = self(x)

    def conv(o):
        s = list(o.shape)
        if s and batch is None:
            s[0] = None
        return _dt.TensorShape(s)

    return [conv(o) for o in out] if isinstance(out, (list, tuple)) else conv(out)


def _install():
    from . import models as M

    for n, f in (("compute_metrics", compute_metrics), ("get_metrics_result", get_metrics_result),
                 ("predict_step", predict_step), ("make_train_function", make_train_function),
                 ("make_test_function", make_test_function), ("make_predict_function", make_predict_function)):
        if not hasattr(M.Model, n):
            setattr(M.Model, n, f)
    if not hasattr(M.Model, "run_eagerly"):
        M.Model.run_eagerly = property(_run_eagerly_get, _run_eagerly_set)
    if not hasattr(Layer, "compute_output_shape"):
        Layer.compute_output_shape = compute_output_shape
