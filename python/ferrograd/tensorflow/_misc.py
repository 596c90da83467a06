"""tf.function (runs eagerly), tf.print, tf.nest helpers."""
import functools
import os
import sys

from ._tensor import _T, _UnreadVariable, _np


class Function:
    """What `tf.function` returns: calls the Python function eagerly."""

    def __init__(self, fn, input_signature=None, **options):
        self._python_function = fn
        self.input_signature = input_signature
        self._options = options
        functools.update_wrapper(self, fn)

    @property
    def python_function(self):
        return self._python_function

    def __call__(self, *args, **kwargs):
        return self._python_function(*args, **kwargs)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self.__call__, obj)

    def get_concrete_function(self, *args, **kwargs):
        return self

    def experimental_get_compiler_ir(self, *args, **kwargs):
        raise NotImplementedError("ferrograd runs tf.function eagerly")


def function(func=None, input_signature=None, autograph=True, jit_compile=None, reduce_retracing=False,
             experimental_implements=None, experimental_autograph_options=None,
             experimental_attributes=None, experimental_relax_shapes=None, experimental_compile=None,
             experimental_follow_type_hints=None):
    def deco(fn):
        return Function(fn, input_signature=input_signature, autograph=autograph, jit_compile=jit_compile)

    if func is None:
        return deco
    return deco(func)


def _is_tensor(x):
    return isinstance(x, (_T, _UnreadVariable))


def _to_array(x):
    return _np(x._var if isinstance(x, _UnreadVariable) else x)


def print_(*inputs, **kwargs):
    """tf.print: TF's formatting, to stderr unless output_stream says otherwise."""
    from .._fmt import tf_fmt

    stream = kwargs.pop("output_stream", None)
    summarize = kwargs.pop("summarize", 3)
    sep = kwargs.pop("sep", " ")
    end = kwargs.pop("end", os.linesep)
    kwargs.pop("name", None)
    if kwargs:
        raise ValueError("Unrecognized keyword arguments for tf.print: %s" % (kwargs,))
    if summarize is None:
        summarize = -1
    text = tf_fmt.print_args(*inputs, sep=sep, summarize=summarize, is_tensor=_is_tensor, to_array=_to_array)
    if stream is None:
        stream = sys.stderr
    elif isinstance(stream, str):
        if stream.startswith("file://"):
            with open(stream[len("file://"):], "a") as f:
                f.write(text + end)
            return None
        stream = sys.stderr
    elif callable(stream) and not hasattr(stream, "write"):
        stream(text)
        return None
    stream.write(text + end)
    if stream is sys.stderr:
        stream.flush()
    return None
