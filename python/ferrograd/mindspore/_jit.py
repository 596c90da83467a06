# mindspore.mutable, lazy_inline and no_inline: graph-compilation annotations, which in PyNative return their
# input (lazy_inline checks that it decorates an __init__, as MindSpore does).


def mutable(input_data, dynamic_len=False):
    return input_data


def lazy_inline(fn=None, attrs=None, policy=None):
    def check(f):
        if getattr(f, "__name__", "") != "__init__":
            code = f.__code__
            raise ValueError(f"The lazy_inline should decorate the __init__ function, not the function: "
                             f"{f.__name__}. line: {code.co_firstlineno} in {code.co_filename}")
        return f

    if fn is None or not callable(fn):
        return check
    return check(fn)


def no_inline(fn=None):
    if fn is None:
        return lambda f: f
    return fn
