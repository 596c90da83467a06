# mindspore.ops random primitives (MindSpore's ops/operations/random_ops.py).
from .._tensor import Tensor
from .primitives import Primitive

__all__ = [
    "UniformReal", "StandardNormal",
]


class _SeededRandom(Primitive):
    # MindSpore builds one kernel per (primitive, input shape), seeded once: repeated calls with the
    # same shape continue its stream, a new shape starts a fresh one
    def __init__(self, seed=0, seed2=0):
        super().__init__()
        for name, v in (("seed", seed), ("seed2", seed2)):
            if not isinstance(v, int) or isinstance(v, bool):
                raise TypeError(f"For '{type(self).__name__}', the type of '{name}' must be int, "
                                f"but got {type(v).__name__}.")
        self.seed, self.seed2 = seed, seed2
        self._rngs = {}

    def _kernel(self, shape):
        if shape not in self._rngs:
            from .._random import KernelRng

            self._rngs[shape] = KernelRng(self.seed, self.seed2)
        return self._rngs[shape]


class UniformReal(_SeededRandom):
    def construct(self, shape):
        from .._dtype import float32

        shape = tuple(int(d) for d in shape)
        return Tensor(self._kernel(shape).uniform_real(shape), float32)


class StandardNormal(_SeededRandom):
    def construct(self, shape):
        from .._dtype import float32

        shape = tuple(int(d) for d in shape)
        return Tensor(self._kernel(shape).standard_normal(shape), float32)
