# tf.function (runs eagerly), tf.print, tf.nest helpers.
import functools
import os
import sys

from . import _tensor
from ._tensor import _T, _UnreadVariable, _np


_EAGER = [False]
_PRINT = print


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
        return self._call(args, kwargs, ())

    def _call(self, args, kwargs, owner):
        # Runs the Python function eagerly. What TF runs only while tracing (Python print) is
        # silenced on a call whose trace TF would reuse: same tensor dtypes / shapes (those of the
        # input_signature when given) and equal Python values.
        if self.input_signature is not None:
            args, kwargs = self._check_signature(args, kwargs)
        if _EAGER[0]:  # tf.config.run_functions_eagerly(True)
            return _outputs(self._python_function(*args, **kwargs))
        try:
            key = (owner, _trace_key(args, self.input_signature is not None),
                   _trace_key(tuple(sorted(kwargs.items())), False))
            hash(key)
        except TypeError:
            key = None
        traces = self.__dict__.setdefault("_traces", set())
        covered, specs = False, None
        if key is not None and key not in traces and self._options.get("reduce_retracing"):
            # reduce_retracing: a trace with None for the dims that differed serves every later shape
            covered = any(_covers(t, key) for t in traces)
            for t in ([] if covered else traces):
                g = _join(t, key)
                if g is not None:
                    key, specs = g, [_shape_spec(k) for k in g[1][1:]]
                    break
        if key is not None and key not in traces and "_spec_traces" in self.__dict__:
            from ._concrete_function import covered_call

            # a concrete function traced from specs covers this call: TF reuses it (no retrace)
            covered = covered_call(self, args[1:] if owner else args, kwargs)
        if key is None or (key not in traces and not covered and not _QUIET[0]):
            first = not traces
            if key is not None:
                traces.add(key)
            marks = self._placeholders(args, kwargs, owner, specs)
            _tensor._TRACING[0] += 1
            made = []
            _tensor._VAR_HOOK.append(made)
            try:
                out = _outputs(self._python_function(*args, **kwargs))
            except Exception as e:
                traces.discard(key)
                raise _in_user_code(e) from None
            finally:
                _tensor._TRACING[0] -= 1
                _tensor._VAR_HOOK.pop()
                for k in marks:
                    _tensor._PLACEHOLDERS.pop(k, None)
            # TF traces again after a first trace that made variables, and fails if that trace (or a
            # later one) makes variables again: here, variables made on a later trace or not kept
            bad = [m for m in made if not first or m[0]() is None]
            if bad:
                import linecache

                traces.discard(key)
                _, fn, ln, name = bad[0]
                fn = os.path.abspath(fn)
                raise ValueError("in user code:\n\n    File \"%s\", line %d, in %s  *\n        %s\n\n    ValueError: "
                                 "tf.function only supports singleton tf.Variables created on the first call. Make sure "
                                 "the tf.Variable is only created once or created outside tf.function. See https://www."
                                 "tensorflow.org/guide/function#creating_tfvariables for more information.\n"
                                 % (fn, ln, name, linecache.getline(fn, ln).strip()))
            from ._concrete_function import log_trace

            log_trace(self, args, kwargs, owner, out)
            return out
        import builtins

        saved = builtins.print
        builtins.print = _no_print
        _QUIET[0] += 1
        try:
            return _outputs(self._python_function(*args, **kwargs))
        finally:
            _QUIET[0] -= 1
            builtins.print = saved

    def _placeholders(self, args, kwargs, owner, specs=None):
        # While TF traces, a tensor argument is a graph placeholder: Python print shows
        # Tensor("<arg name>:0", shape=..., dtype=...) (shape from the input_signature when given).
        import inspect

        from . import _tensor

        try:
            params = list(inspect.signature(self._python_function).parameters.values())
        except (TypeError, ValueError):
            return []
        marks = []
        specs = list(self.input_signature) if self.input_signature is not None else specs or []
        for i, a in enumerate(args):
            if i >= len(params) or params[i].kind not in (params[i].POSITIONAL_ONLY, params[i].POSITIONAL_OR_KEYWORD):
                break
            j = i - (1 if owner else 0)
            spec = specs[j] if 0 <= j < len(specs) else None
            self._mark(a, params[i].name, spec, marks)
        names = {p.name for p in params}
        for k, v in kwargs.items():
            if k in names:
                self._mark(v, k, None, marks)
        return marks

    @staticmethod
    def _mark(a, name, spec, marks):
        from . import _tensor
        from .._fmt import tf_fmt

        if not (isinstance(a, _T) or type(a).__name__ == "StringTensor") or isinstance(a, _tensor.Variable) or \
                id(a) in _tensor._PLACEHOLDERS:
            return
        shape = getattr(spec, "shape", None)
        dims = list(shape) if shape is not None and shape.rank is not None else list(a.shape)
        _tensor._PLACEHOLDERS[id(a)] = 'Tensor("%s:0", shape=%s, dtype=%s)' % (name, tf_fmt.shape_str(dims),
                                                                              a.dtype.name)
        marks.append(id(a))

    def _check_signature(self, args, kwargs):
        # Binds the call to the input_signature as TF does: values converted to the specs' dtypes,
        # shapes checked; TF's TypeError otherwise.
        import inspect

        from ._tensor import convert_to_tensor

        sig = self.input_signature
        try:
            names = [p.name for p in inspect.signature(self._python_function).parameters.values()]
        except (TypeError, ValueError):
            names = []
        off = 1 if names[:1] == ["self"] and len(names) > len(sig) else 0
        names = names[off:off + len(sig)]
        args, kwargs = list(args), dict(kwargs)

        def fail(why):
            raise TypeError("Binding inputs to tf.function failed due to `%s`. Received args: %r and kwargs: %r for "
                            "signature: (%s)." % (why, tuple(args[off:]), kwargs,
                                                  ", ".join("%s: %r" % p for p in zip(names, sig))))

        if len(args) - off > len(sig):
            fail("too many positional arguments")
        for i, spec in enumerate(sig):
            j, k = i + off, names[i] if i < len(names) else None
            if j < len(args):
                a = args[j]
            elif k in kwargs:
                a = kwargs[k]
            else:
                continue
            shape = getattr(spec, "shape", None)
            if shape is None or not hasattr(spec, "dtype"):
                continue
            try:
                t = a if isinstance(a, (_T, _UnreadVariable)) else convert_to_tensor(a, spec.dtype)
            except (TypeError, ValueError) as e:
                fail(str(e))
            got = list(t.shape)
            want = list(shape) if shape.rank is not None and not getattr(spec, "_unknown_rank", False) else None
            if want is not None and (len(got) != len(want) or any(w is not None and w != g
                                                                  for g, w in zip(got, want))) \
                    or t.dtype != spec.dtype:
                fail("Can not cast %r to %r" % (type(spec)(t.shape, t.dtype), spec))
            if j < len(args):
                args[j] = t
            else:
                kwargs[k] = t
        return tuple(args), kwargs

    def experimental_get_tracing_count(self):
        return len(self.__dict__.get("_traces", ()))

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return functools.partial(self._method_call, obj)

    def _method_call(self, obj, *args, **kwargs):
        return self._call((obj,) + args, kwargs, id(obj))

    def get_concrete_function(self, *args, **kwargs):
        return self

    def experimental_get_compiler_ir(self, *args, **kwargs):
        raise NotImplementedError("ferrograd runs tf.function eagerly")


_QUIET = [0]


def _in_user_code(e):
    # An exception raised while TF traces comes out as the same type with 'in user code:' and the user's frames.
    import linecache
    import traceback

    from .errors import OpError

    if isinstance(e, OpError) or str(e).startswith("in user code:"):
        return e
    fr = [f for f in traceback.extract_tb(e.__traceback__)[1:] if not f.filename.startswith(_tensor._PKG_DIR)]
    if not fr:
        return e
    msg = "in user code:\n\n" + "".join(
        '    File "%s", line %d, in %s  *\n        %s\n' % (os.path.abspath(f.filename), f.lineno, f.name,
                                                          linecache.getline(f.filename, f.lineno).strip())
        for f in fr) + "\n    %s: %s\n" % (type(e).__name__, e)
    try:
        new = type(type(e).__name__, (type(e),), {"__str__": lambda self: msg, "__module__": type(e).__module__})(msg)
    except Exception:
        return e
    return new.with_traceback(e.__traceback__)


def _outputs(x):
    # A tf.function returns tensors: Python numbers (and numpy values) among its outputs become
    # constants.
    if isinstance(x, (bool, int, float)) or (type(x).__module__ == "numpy" and hasattr(x, "dtype")):
        from ._ops import constant

        return constant(x)
    from ._tensor import Variable

    if isinstance(x, (Variable, _UnreadVariable)):  # a variable comes out as its value
        from ._ops import identity

        return identity(x._var if isinstance(x, _UnreadVariable) else x)
    if isinstance(x, list):
        return [_outputs(v) for v in x]
    if isinstance(x, tuple):
        vals = [_outputs(v) for v in x]
        return type(x)(*vals) if hasattr(x, "_fields") else tuple(vals)
    if isinstance(x, dict):
        return {k: _outputs(v) for k, v in x.items()}
    return x


def _no_print(*args, **kwargs):
    pass


def _trace_key(x, relaxed):
    # TF's tracing type of an argument: a tensor by dtype and shape (dtype and rank when an
    # input_signature relaxes it), a Python value by itself, an object by identity.
    if isinstance(x, (_T, _UnreadVariable)) or type(x).__name__ == "StringTensor":
        shape = tuple(x.shape)
        return ("T", x.dtype.name, len(shape) if relaxed else shape)
    if isinstance(x, (list, tuple)):
        return (type(x).__name__,) + tuple(_trace_key(v, relaxed) for v in x)
    if isinstance(x, dict):
        return ("dict",) + tuple((k, _trace_key(x[k], relaxed)) for k in sorted(x))
    if isinstance(x, (bool, int, float)):  # TF's Literal trace type: 1, 1.0 and True are one trace
        return ("num", x)
    if x is None or isinstance(x, (str, bytes)):
        return (type(x).__name__, x)
    if type(x).__module__ == "numpy" and hasattr(x, "shape"):
        return ("T", str(x.dtype), len(x.shape) if relaxed else tuple(x.shape))
    return ("id", id(x))


def _covers(g, k):
    # Whether trace key g (None dims allowed) accepts trace key k.
    if isinstance(g, tuple) and g[:1] == ("T",) and isinstance(k, tuple) and k[:1] == ("T",):
        return g[1] == k[1] and isinstance(g[2], tuple) and isinstance(k[2], tuple) and len(g[2]) == len(k[2]) \
            and all(a is None or a == b for a, b in zip(g[2], k[2]))
    if isinstance(g, tuple) and isinstance(k, tuple) and len(g) == len(k):
        return all(_covers(a, b) for a, b in zip(g, k))
    return g == k


def _join(a, b):
    # The most specific trace key accepting both (None where tensor dims differ), or None.
    if isinstance(a, tuple) and a[:1] == ("T",) and isinstance(b, tuple) and b[:1] == ("T",):
        if a[1] != b[1] or not isinstance(a[2], tuple) or not isinstance(b[2], tuple) or len(a[2]) != len(b[2]):
            return None
        return ("T", a[1], tuple(x if x == y else None for x, y in zip(a[2], b[2])))
    if isinstance(a, tuple) and isinstance(b, tuple) and len(a) == len(b):
        out = tuple(_join(x, y) for x, y in zip(a, b))
        return None if any(o is None and (x is not None or y is not None) for o, x, y in zip(out, a, b)) else out
    return a if a == b else None


def _shape_spec(k):
    from .data import TensorSpec

    return TensorSpec(list(k[2])) if isinstance(k, tuple) and k[:1] == ("T",) else None


def function(func=None, input_signature=None, autograph=True, jit_compile=None, reduce_retracing=False,
             experimental_implements=None, experimental_autograph_options=None,
             experimental_attributes=None, experimental_relax_shapes=None, experimental_compile=None,
             experimental_follow_type_hints=None):
    def deco(fn):
        if not callable(fn):
            raise TypeError("%r is not a callable object" % (fn,))
        return Function(fn, input_signature=input_signature, autograph=autograph, jit_compile=jit_compile,
                        reduce_retracing=reduce_retracing or experimental_relax_shapes)

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
