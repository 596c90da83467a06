# Import aliasing for `python -m ferrograd run`: `import torch` (and its submodules) resolve to
# `ferrograd.torch`, likewise mindspore and tensorflow, for that process only.
import importlib
import importlib.abc
import importlib.util
import sys

ALIASES = {"torch": "ferrograd.torch", "mindspore": "ferrograd.mindspore", "tensorflow": "ferrograd.tensorflow"}


class _AliasLoader(importlib.abc.Loader):
    def __init__(self, target):
        self.target = target

    def create_module(self, spec):
        return importlib.import_module(self.target)

    def exec_module(self, module):
        pass


class _AliasFinder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        root = fullname.split(".", 1)[0]
        if root not in ALIASES:
            return None
        real = ALIASES[root] + fullname[len(root):]
        if importlib.util.find_spec(real) is None:
            return None
        return importlib.util.spec_from_loader(fullname, _AliasLoader(real))


def install():
    if not any(isinstance(f, _AliasFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _AliasFinder())
