# `np` that imports numpy on first use, so importing a dialect stays fast (numpy alone costs
# ~70 ms to import, more than a dialect's budget).
import importlib


class _LazyModule:
    def __init__(self, name):
        self._name = name
        self._mod = None

    def __getattr__(self, attr):
        mod = self._mod
        if mod is None:
            mod = self._mod = importlib.import_module(self._name)
        return getattr(mod, attr)


np = _LazyModule("numpy")
