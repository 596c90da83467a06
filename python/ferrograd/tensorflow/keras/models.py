"""tf.keras.Model / Sequential (Keras 2 semantics, subclassing and calling; no compile/fit)."""
from .layers import Layer


class Model(Layer):
    def __init__(self, *args, **kwargs):
        kwargs.pop("inputs", None)
        kwargs.pop("outputs", None)
        super().__init__(**kwargs)

    def __call__(self, inputs, *args, **kwargs):
        kwargs.pop("training", None) if not _accepts_training(self.call) else None
        return super().__call__(inputs, *args, **kwargs)

    def _gather(self, attr):
        # Keras Model: the tracked layers' weights first, then the model's own
        out = []
        for l in self._layers:
            for w in l._gather(attr):
                if not any(w is o for o in out):
                    out.append(w)
        for w in getattr(self, attr):
            if not any(w is o for o in out):
                out.append(w)
        return out


def _accepts_training(fn):
    import inspect

    try:
        return "training" in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


class Sequential(Model):
    def __init__(self, layers=None, name=None):
        super().__init__(name=name)
        self._seq = []
        for l in layers or []:
            self.add(l)

    def add(self, layer):
        self._seq.append(layer)
        self._track(layer)

    @property
    def layers(self):
        return list(self._seq)

    _scoped = False  # built as a graph network: its layers' variables get no 'sequential/' prefix

    def call(self, inputs, training=None):
        x = inputs
        for l in self._seq:
            x = l(x)
        return x
