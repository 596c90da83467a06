# tf.function's get_concrete_function and ConcreteFunction (eager emulation): the Python function is
# traced once on placeholder-like inputs (Python print shows Tensor("a:0", ...)); later calls whose tensors
# fit the traced specs do not retrace; a ConcreteFunction checks its inputs' dtypes, prints TF's summary
# (Input Parameters / Output Type / Captures) and exposes structured_input_signature / structured_outputs.
import inspect as _inspect

from . import dtypes as _dt
from ._tensor import _T


def _is_tensorlike(v):
    return isinstance(v, _T) or type(v).__name__ in ("StringTensor", "_UnreadVariable")


def _spec_of(v, name=None):
    from .data import TensorSpec

    if isinstance(v, TensorSpec):
        s = TensorSpec(v.shape, v.dtype, name)
        s._unknown_rank = getattr(v, "_unknown_rank", False)
        return s
    if _is_tensorlike(v):
        return TensorSpec(list(v.shape), v.dtype, name)
    return None


def _example(spec, size):
    from . import _ops, _strings

    if getattr(spec, "_unknown_rank", False):
        dims = []
    else:
        dims = [size if d is None else int(d) for d in spec.shape]
    if spec.dtype is _strings.string:
        import numpy as np

        a = np.empty(dims, dtype=object)
        a.reshape(-1)[:] = b""
        return _strings.StringTensor(a)
    return _ops.zeros(dims, dtype=spec.dtype)


def _shape_text(spec):
    return "<unknown>" if getattr(spec, "_unknown_rank", False) else str(spec.shape)


def _spec_text(spec, name=None):
    return "TensorSpec(shape=%s, dtype=%r, name=%r)" % (_shape_text(spec), spec.dtype, name)


class ConcreteFunction:
    def __init__(self, function, params, bound, out_specs, out_struct):
        self._function = function
        self._params = params            # [(name, spec or literal, is_spec)]
        self._bound = bound
        self._out_specs = out_specs
        self._out_struct = out_struct

    @property
    def structured_input_signature(self):
        args = []
        for name, v, is_spec in self._params:
            if is_spec:
                from .data import TensorSpec

                s = TensorSpec(v.shape, v.dtype, name)
                args.append(s)
            else:
                args.append(v)
        return (tuple(args), {})

    @property
    def structured_outputs(self):
        return self._out_struct

    @property
    def output_shapes(self):
        from . import nest

        return nest.map_structure(lambda s: s.shape, self._out_specs)

    @property
    def output_dtypes(self):
        from . import nest

        return nest.map_structure(lambda s: s.dtype, self._out_specs)

    def __call__(self, *args, **kwargs):
        from . import _misc
        from .errors import InvalidArgumentError

        names = [n for n, _, _ in self._params]
        vals = dict(zip(names, args))
        vals.update(kwargs)
        call = {}
        for i, (name, v, is_spec) in enumerate(self._params):
            if not is_spec:
                if name in vals and vals[name] != v:
                    flat = [n for n, _, s in self._params if s]
                    why = ("%s(%s) got unexpected keyword arguments: %s." % (self._function.__name__, ", ".join(flat),
                                                                              name)) if name in kwargs else \
                        "%s(%s) takes %d positional arguments, got %d." % (self._function.__name__, ", ".join(flat),
                                                                           len(flat), len(args))
                    raise TypeError("Binding inputs to tf.function failed due to `Can not cast %r to Literal[%r]`. "
                                    "Received args: %r and kwargs: %r for signature: %s.\nFallback to flat signature "
                                    "also failed due to: %s" % (vals[name], v, args, kwargs, self.function_type, why))
                call[name] = v
                continue
            a = vals.get(name)
            if a is None:
                raise TypeError("%s() missing required argument: '%s'" % (self._function.__name__, name))
            if not _is_tensorlike(a):
                from ._tensor import convert_to_tensor

                a = convert_to_tensor(a)
            if a.dtype != v.dtype:  # eager calls check dtypes only, as TF's
                k = {"float32": "float", "float64": "double", "float16": "half"}
                raise InvalidArgumentError(None, None, "cannot compute __inference_%s as input #%d(zero-based) was "
                                           "expected to be a %s tensor but is a %s tensor [Op:__inference_%s]"
                                           % (self._function.__name__, i, k.get(v.dtype.name, v.dtype.name),
                                              k.get(a.dtype.name, a.dtype.name), self._function.__name__))
            call[name] = a
        _misc._QUIET[0] += 1
        import builtins

        saved = builtins.print
        builtins.print = _misc._no_print
        try:
            return _misc._outputs(self._function(**call))
        finally:
            builtins.print = saved
            _misc._QUIET[0] -= 1

    def __str__(self):
        lines = ["ConcreteFunction Input Parameters:"]
        for name, v, is_spec in self._params:
            lines.append("  %s (POSITIONAL_OR_KEYWORD): %s" % (name, _spec_text(v) if is_spec else "Literal[%r]" % (v,)))
        lines.append("Output Type:")
        if isinstance(self._out_specs, (list, tuple)):
            lines.append("  " + "(" + ", ".join(_spec_text(s) for s in self._out_specs) + ")")
        else:
            lines.append("  " + _spec_text(self._out_specs))
        lines.append("Captures:")
        lines.append("  None")
        return "\n".join(lines)

    @property
    def function_type(self):
        return _Symbolic("(%s) -> %s" % (
            ", ".join("%s: %s" % (n, _spec_text(v) if s else "Literal[%r]" % (v,)) for n, v, s in self._params),
            _spec_text(self._out_specs) if not isinstance(self._out_specs, (list, tuple)) else "..."))

    def __repr__(self):
        return "<ConcreteFunction %s at 0x%X>" % (self.function_type, id(self))


class _Symbolic:
    def __init__(self, text):
        self._text = text

    def __str__(self):
        return self._text

    def __repr__(self):
        from ._tensor import _graph_repr

        return _graph_repr(self._text)


def get_concrete_function(self, *args, **kwargs):
    """Function.get_concrete_function: traces (printing as TF does) unless an equal trace exists."""
    from . import _misc, _tensor
    from .._fmt import tf_fmt

    fn = self._python_function
    sig = _inspect.signature(fn)
    bound = sig.bind(*args, **kwargs)
    params = []
    for name, v in bound.arguments.items():
        spec = _spec_of(v)
        params.append((name, spec if spec is not None else v, spec is not None))
    # the trace key: specs (dtype, shape with None) and literal values
    key = tuple((n, ("S", v.dtype.name, None if getattr(v, "_unknown_rank", False) else tuple(v.shape)))
                if s else (n, ("L", repr(v))) for n, v, s in params)
    spec_traces = self.__dict__.setdefault("_spec_traces", {})
    traces = self.__dict__.setdefault("_traces", set())
    examples = {n: (_example(v, 16) if s else v) for n, v, s in params}
    from ._misc import _trace_key

    called = ((), _trace_key(args, False), _trace_key(tuple(sorted(kwargs.items())), False)) in traces
    new = key not in spec_traces and not _covered(self, params) and not called
    marks = []
    if new:
        for n, v, s in params:
            if s:
                ex = examples[n]
                _tensor._PLACEHOLDERS[id(ex)] = 'Tensor("%s:0", shape=%s, dtype=%s)' % (
                    n, "<unknown>" if getattr(v, "_unknown_rank", False) else tf_fmt.shape_str(list(v.shape)),
                    v.dtype.name)
                marks.append(id(ex))
        _tensor._TRACING[0] += 1
        try:
            out = fn(**examples)
        finally:
            _tensor._TRACING[0] -= 1
            for k in marks:
                _tensor._PLACEHOLDERS.pop(k, None)
        traces.add(("spec",) + key)
    else:
        import builtins

        saved = builtins.print
        builtins.print = _misc._no_print
        _misc._QUIET[0] += 1
        try:
            out = fn(**examples)
        finally:
            _misc._QUIET[0] -= 1
            builtins.print = saved
    out = _misc._outputs(out)
    # output specs: a second run with other sizes for the None dimensions tells which output dims are None
    import builtins

    saved = builtins.print
    builtins.print = _misc._no_print
    _misc._QUIET[0] += 1
    try:
        out2 = _misc._outputs(fn(**{n: (_example(v, 33) if s else v) for n, v, s in params}))
    finally:
        _misc._QUIET[0] -= 1
        builtins.print = saved
    unknown = any(s and getattr(v, "_unknown_rank", False) for _, v, s in params)

    def ospec(o, o2):
        from .data import TensorSpec

        if not _is_tensorlike(o):
            return None
        s = TensorSpec([a if a == b else None for a, b in zip(list(o.shape), list(o2.shape))], o.dtype)
        s._unknown_rank = unknown
        return s

    if isinstance(out, (list, tuple)):
        out_specs = [ospec(a, b) for a, b in zip(out, out2)]
        out_struct = type(out)(_Symbolic('Tensor("Identity%s:0", shape=%s, dtype=%s)' % (
            "" if i == 0 else "_%d" % i, _shape_text(s), s.dtype.name)) for i, s in enumerate(out_specs))
    else:
        out_specs = ospec(out, out2)
        out_struct = _Symbolic('Tensor("Identity:0", shape=%s, dtype=%s)' % (_shape_text(out_specs),
                                                                            out_specs.dtype.name)) \
            if out_specs is not None else out
    cf = ConcreteFunction(fn, params, bound, out_specs, out_struct)
    spec_traces.setdefault(key, cf)
    return cf


def _covered(function, params):
    # An earlier concrete trace whose specs accept these ones (same dtypes, compatible shapes).
    for cf in function.__dict__.get("_spec_traces", {}).values():
        if len(cf._params) != len(params):
            continue
        ok = True
        for (n1, v1, s1), (n2, v2, s2) in zip(cf._params, params):
            if n1 != n2 or s1 != s2:
                ok = False
                break
            if s1:
                if v1.dtype != v2.dtype:
                    ok = False
                    break
                if getattr(v1, "_unknown_rank", False):
                    continue
                if getattr(v2, "_unknown_rank", False) or len(v1.shape) != len(v2.shape) or any(
                        a is not None and a != b for a, b in zip(list(v1.shape), list(v2.shape))):
                    ok = False
                    break
            elif repr(v1) != repr(v2):
                ok = False
                break
        if ok:
            return True
    return False


def covered_call(function, args, kwargs):
    """Whether a plain call fits an existing concrete trace (TF reuses it: no retrace, no print)."""
    traces = function.__dict__.get("_spec_traces")
    if not traces:
        return False
    try:
        bound = _inspect.signature(function._python_function).bind(*args, **kwargs)
    except TypeError:
        return False
    params = []
    for name, v in bound.arguments.items():
        spec = _spec_of(v)
        params.append((name, spec if spec is not None else v, spec is not None))
    return _covered(function, params)


def _literal_text(v):
    if isinstance(v, (list, tuple)):
        return "%s[%s]" % ("List" if isinstance(v, list) else "Tuple", ", ".join(_literal_text(x) for x in v))
    return "Literal[%r]" % (v,)


def _out_text(o):
    spec = _spec_of(o)
    if spec is not None:
        return _spec_text(spec)
    if isinstance(o, (list, tuple)):
        return "%s[%s]" % ("List" if isinstance(o, list) else "Tuple", ", ".join(_out_text(x) for x in o))
    return _literal_text(o)


def log_trace(function, args, kwargs, owner, out):
    """Keeps the text TF's pretty_printed_concrete_signatures shows for a trace made by a call."""
    try:
        sig = _inspect.signature(function._python_function)
        bound = sig.bind(*args, **kwargs)
    except TypeError:
        return
    lines = ["Input Parameters:"]
    for i, (name, v) in enumerate(bound.arguments.items()):
        if owner and i == 0:
            continue
        spec = _spec_of(v)
        lines.append("  %s (%s): %s" % (name, sig.parameters[name].kind.name,
                                        _spec_text(spec) if spec is not None else _literal_text(v)))
    lines += ["Output Type:", "  " + _out_text(out), "Captures:", "  None"]
    function.__dict__.setdefault("_sig_log", []).append("\n".join(lines))


def _install():
    from . import _misc
    from .data import TensorSpec

    _misc.Function.get_concrete_function = get_concrete_function
    _misc.Function.pretty_printed_concrete_signatures = lambda self, verbose=True: "\n\n".join(
        self.__dict__.get("_sig_log", []))
    orig_init = TensorSpec.__init__

    def __init__(self, shape, dtype=_dt.float32, name=None):
        orig_init(self, shape, dtype, name)
        self._unknown_rank = shape is None

    def __repr__(self):
        return "TensorSpec(shape=%s, dtype=%r, name=%r)" % (_shape_text(self), self.dtype, self.name)

    TensorSpec.__init__ = __init__
    TensorSpec.__repr__ = __repr__
