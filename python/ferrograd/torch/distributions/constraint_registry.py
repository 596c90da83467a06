# torch.distributions.constraint_registry: biject_to and transform_to.
from numbers import Number

from . import constraints
from .transforms import (AffineTransform, ComposeTransform, ExpTransform, IndependentTransform, LowerCholeskyTransform,
                         SigmoidTransform, SoftmaxTransform, StickBreakingTransform, identity_transform)


class _ConstraintRegistry:
    def __init__(self, kind):
        self._registry = {}
        self._kind = kind

    def register(self, constraint, factory=None):
        if factory is None:
            return lambda factory: self.register(constraint, factory)
        if isinstance(constraint, constraints.Constraint):
            constraint = type(constraint)
        self._registry[constraint] = factory
        return factory

    def __call__(self, constraint):
        try:
            factory = self._registry[type(constraint)]
        except KeyError:
            raise NotImplementedError(
                f"Cannot transform {type(constraint).__name__} constraints") from None
        return factory(constraint)


biject_to = _ConstraintRegistry("biject")
transform_to = _ConstraintRegistry("transform")


def _real_factory(c):
    return identity_transform


def _positive_factory(c):
    return ExpTransform()


def _greater_than_factory(c):
    return ComposeTransform([ExpTransform(), AffineTransform(c.lower_bound, 1)])


def _less_than_factory(c):
    return ComposeTransform([ExpTransform(), AffineTransform(c.upper_bound, -1)])


def _interval_factory(c):
    lower_is_0 = isinstance(c.lower_bound, Number) and c.lower_bound == 0
    upper_is_1 = isinstance(c.upper_bound, Number) and c.upper_bound == 1
    if lower_is_0 and upper_is_1:
        return SigmoidTransform()
    loc = c.lower_bound
    scale = c.upper_bound - c.lower_bound
    return ComposeTransform([SigmoidTransform(), AffineTransform(loc, scale)])


def _independent_factory(c):
    base = biject_to(c.base_constraint)
    return IndependentTransform(base, c.reinterpreted_batch_ndims)


for _reg in (biject_to, transform_to):
    _reg.register(constraints._Real, _real_factory)
    _reg.register(constraints._GreaterThan, _greater_than_factory)
    _reg.register(constraints._GreaterThanEq, _greater_than_factory)
    _reg.register(constraints._LessThan, _less_than_factory)
    _reg.register(constraints._Interval, _interval_factory)
    _reg.register(constraints._HalfOpenInterval, _interval_factory)
    _reg.register(constraints._IndependentConstraint, _independent_factory)
biject_to.register(constraints._Simplex, lambda c: StickBreakingTransform())
transform_to.register(constraints._Simplex, lambda c: SoftmaxTransform())


transform_to.register(constraints._LowerCholesky, lambda c: LowerCholeskyTransform())
