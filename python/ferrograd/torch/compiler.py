# torch.compiler (also torch._dynamo): torch.compile runs eagerly here, so these are the eager answers.
import types

config = types.SimpleNamespace(suppress_errors=False, cache_size_limit=8, verbose=False)


def reset():
    return None


def is_compiling():
    return False


is_dynamo_compiling = is_compiling


def disable(fn=None, recursive=True, *, reason=None):
    return (lambda f: f) if fn is None else fn


allow_in_graph = assume_constant_result = disable
