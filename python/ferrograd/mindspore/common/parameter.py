from .._tensor import Parameter, ParameterTuple  # noqa: F401
