# String tensors (dtype tf.string), tf.strings, a 2-level tf.RaggedTensor and tf.SparseTensor, as the
# tensors guide uses them. String tensors hold a numpy object array of bytes (no autodiff: TF has none for
# strings); they print exactly as TF's EagerTensor of dtype string.
import builtins as _b
import types as _types

from . import dtypes as _dt

string = _dt.DType("string", None, False, False, 0, "string")
_dt._BY_NAME.setdefault("string", string)
_dt.string = string


def _np():
    import numpy as np

    return np


def _to_bytes(v):
    if isinstance(v, str):
        return v.encode("utf-8")
    if isinstance(v, bytes):
        return v
    raise ValueError("Can't convert Python sequence with mixed types to Tensor.")


def is_stringy(value):
    """True for str / bytes, nested lists of them, numpy string arrays and StringTensors."""
    if isinstance(value, (str, bytes, StringTensor)):
        return True
    if isinstance(value, (list, tuple)) and value:
        return is_stringy(value[0])
    kind = getattr(getattr(value, "dtype", None), "kind", None)
    if kind in ("U", "S"):
        return True
    if kind == "O":
        a = _np().asarray(value)
        return a.size > 0 and isinstance(a.reshape(-1)[0], (str, bytes))
    return False


def _obj_array(value):
    np = _np()
    if isinstance(value, StringTensor):
        return value._a
    a = np.asarray(value, dtype=object)
    out = np.empty(a.shape, dtype=object)
    flat = out.reshape(-1)
    for i, v in enumerate(a.reshape(-1)):
        flat[i] = _to_bytes(v if not isinstance(v, np.str_) else str(v))
    return out


class StringTensor:
    """An EagerTensor of dtype string."""

    __array_priority__ = 100

    def __init__(self, arr):
        self._a = arr

    @property
    def dtype(self):
        return string

    @property
    def shape(self):
        return _dt.TensorShape(list(self._a.shape))

    @property
    def ndim(self):
        return self._a.ndim

    def get_shape(self):
        return self.shape

    def numpy(self):
        return self._a[()] if self._a.ndim == 0 else self._a.copy()

    def __array__(self, dtype=None, copy=None):
        return self._a if dtype is None else self._a.astype(dtype)

    def __repr__(self):
        from .._fmt import tf_fmt
        from ._tensor import _PLACEHOLDERS, _graph_repr

        if _PLACEHOLDERS and id(self) in _PLACEHOLDERS:
            return _graph_repr(_PLACEHOLDERS[id(self)])
        return tf_fmt.tensor_repr(self._a, "string")

    def __str__(self):
        from .._fmt import tf_fmt
        from ._tensor import _PLACEHOLDERS

        if _PLACEHOLDERS and id(self) in _PLACEHOLDERS:
            return _PLACEHOLDERS[id(self)]
        return tf_fmt.tensor_str(self._a, "string")

    def __len__(self):
        if self._a.ndim == 0:
            raise TypeError("Scalar tensor has no `len()`")
        return len(self._a)

    def __iter__(self):
        if self._a.ndim == 0:
            raise TypeError("Cannot iterate over a scalar tensor.")
        return (StringTensor(_np().asarray(self._a[i])) if self._a.ndim > 1 else _scalar(self._a[i])
                for i in _b.range(len(self._a)))

    def __getitem__(self, key):
        r = self._a[key]
        return StringTensor(r) if isinstance(r, _np().ndarray) else _scalar(r)

    def _cmp(self, other, op):
        from ._tensor import _from_array

        o = other._a if isinstance(other, StringTensor) else _obj_array(other)
        return _from_array(_np().asarray(op(self._a, o), dtype=bool))

    def __eq__(self, other):
        return self._cmp(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._cmp(other, lambda a, b: a != b)

    def __hash__(self):
        return id(self)

    def __add__(self, other):
        o = other._a if isinstance(other, StringTensor) else _obj_array(other)
        return StringTensor(_np().asarray(self._a + o, dtype=object))

    def __radd__(self, other):
        return StringTensor(_np().asarray(_obj_array(other) + self._a, dtype=object))

    def __bool__(self):
        if self._a.ndim:
            raise ValueError("The truth value of an array with more than one element is ambiguous. Use a.any() or "
                             "a.all()")
        return bool(self._a[()])


def _scalar(v):
    np = _np()
    a = np.empty((), dtype=object)
    a[()] = v
    return StringTensor(a)


def constant(value):
    return StringTensor(_obj_array(value))


def _st(x):
    if isinstance(x, StringTensor):
        return x
    return constant(x)


def _map(x, fn, out_dtype=object):
    np = _np()
    a = _st(x)._a
    out = np.empty(a.shape, dtype=out_dtype)
    flat = out.reshape(-1)
    for i, v in enumerate(a.reshape(-1)):
        flat[i] = fn(v)
    return out


def _num(arr):
    from ._tensor import _from_array

    return _from_array(arr)


# ---------------------------------------------------------------- tf.strings

def split(input, sep=None, maxsplit=-1, name=None):
    from ._tensor import _T

    if isinstance(input, _T):
        raise ValueError(f"input: Tensor conversion requested dtype string for Tensor with dtype "
                         f"{input.dtype.name}: {input!r}")
    a = _st(input)._a
    s = None if sep is None else _to_bytes(sep)

    def one(v):
        parts = v.split(s, maxsplit) if s is not None else v.split(None, maxsplit if maxsplit >= 0 else -1)
        return parts if s is not None else [p for p in parts if p]

    if a.ndim == 0:
        return constant(_np().asarray(one(a[()]) or [], dtype=object).reshape(-1) if one(a[()]) else
                        _np().empty((0,), dtype=object))
    return RaggedTensor([constant(_np().asarray(one(v), dtype=object).reshape(-1) if one(v) else
                                  _np().empty((0,), dtype=object)) for v in a.reshape(-1)], string)


def bytes_split(input, name=None):
    a = _st(input)._a
    if a.ndim == 0:
        return constant(_np().asarray([bytes([c]) for c in a[()]], dtype=object).reshape(-1))
    return RaggedTensor([constant(_np().asarray([bytes([c]) for c in v], dtype=object).reshape(-1))
                         for v in a.reshape(-1)], string)


def unicode_split(input, input_encoding, errors="replace", replacement_char=65533, name=None):
    a = _st(input)._a
    enc = input_encoding.lower().replace("-", "")

    def one(v):
        return [c.encode("utf-8") for c in v.decode(enc.replace("utf8", "utf-8"), "replace")]

    if a.ndim == 0:
        return constant(_np().asarray(one(a[()]), dtype=object).reshape(-1))
    return RaggedTensor([constant(_np().asarray(one(v), dtype=object).reshape(-1)) for v in a.reshape(-1)], string)


def unicode_decode(input, input_encoding, errors="replace", replacement_char=65533, replace_control_characters=False,
                   name=None):
    np = _np()
    a = _st(input)._a

    def one(v):
        return np.asarray([ord(c) for c in v.decode("utf-8", "replace")], dtype=np.int32)

    if a.ndim == 0:
        return _num(one(a[()]))
    return RaggedTensor([_num(one(v)) for v in a.reshape(-1)], _dt.int32)


def unicode_encode(input, output_encoding, errors="replace", replacement_char=65533, name=None):
    from ._tensor import _np as tnp

    if isinstance(input, RaggedTensor):
        return constant([("".join(chr(c) for c in tnp(r).reshape(-1))).encode("utf-8") for r in input._rows])
    v = tnp(input)
    if v.ndim == 1:
        return constant("".join(chr(c) for c in v).encode("utf-8"))
    return constant([("".join(chr(c) for c in row)).encode("utf-8") for row in v])


def length(input, unit="BYTE", name=None):
    np = _np()
    if unit == "UTF8_CHAR":
        return _num(_map(input, lambda v: len(v.decode("utf-8", "replace")), np.int32).astype(np.int32))
    return _num(_map(input, len, np.int32).astype(np.int32))


def upper(input, encoding="", name=None):
    return StringTensor(_map(input, lambda v: v.upper()))


def lower(input, encoding="", name=None):
    return StringTensor(_map(input, lambda v: v.lower()))


def strip(input, name=None):
    return StringTensor(_map(input, lambda v: v.strip()))


def join(inputs, separator="", name=None):
    np = _np()
    arrs = [_st(x)._a for x in inputs]
    b = np.broadcast_arrays(*arrs)
    sep = _to_bytes(separator)
    out = np.empty(b[0].shape, dtype=object)
    flat = out.reshape(-1)
    cols = [x.reshape(-1) for x in b]
    for i in _b.range(flat.size):
        flat[i] = sep.join(c[i] for c in cols)
    return StringTensor(out)


def reduce_join(inputs, axis=None, keepdims=False, separator="", name=None):
    np = _np()
    a = _st(inputs)._a
    sep = _to_bytes(separator)
    if axis is None:
        r = np.empty((), dtype=object)
        r[()] = sep.join(a.reshape(-1))
        return StringTensor(r)
    out = np.apply_along_axis(lambda v: sep.join(v), int(axis), a) if a.ndim > 1 else None
    if out is None:
        r = np.empty((), dtype=object)
        r[()] = sep.join(a)
        return StringTensor(r)
    return StringTensor(np.asarray(out, dtype=object))


def substr(input, pos, len, unit="BYTE", name=None):
    return StringTensor(_map(input, lambda v: v[int(pos):int(pos) + int(len)]))


def regex_replace(input, pattern, rewrite, replace_global=True, name=None):
    import re

    p = re.compile(_to_bytes(pattern))
    r = _to_bytes(rewrite).replace(b"\\", b"\\\\")
    return StringTensor(_map(input, lambda v: p.sub(r, v, count=0 if replace_global else 1)))


def regex_full_match(input, pattern, name=None):
    import re

    np = _np()
    p = re.compile(_to_bytes(pattern))
    return _num(_map(input, lambda v: p.fullmatch(v) is not None, bool).astype(bool))


def to_number(string_tensor, out_type=_dt.float32, name=None):
    from .errors import _invalid

    np = _np()
    d = _dt.as_dtype(out_type)

    def conv(v):
        try:
            return float(v) if d.is_floating else int(v)
        except ValueError:
            raise _invalid("StringToNumber", "StringToNumberOp could not correctly convert string: %s"
                           % v.decode("utf-8", "replace")) from None

    return _num(_map(string_tensor, conv, object).astype(d.name))


def as_string(input, precision=-1, scientific=False, shortest=False, width=-1, fill="", name=None):
    from ._tensor import _np as tnp

    a = tnp(input)
    np = _np()
    out = np.empty(a.shape, dtype=object)
    flat = out.reshape(-1)
    for i, v in enumerate(a.reshape(-1)):
        if a.dtype.kind == "f":
            p = 6 if precision < 0 else precision
            s = ("%." + str(p) + ("e" if scientific else "f")) % v if not shortest else repr(float(v))
        elif a.dtype.kind == "b":
            s = "true" if v else "false"
        else:
            s = str(int(v))
        if width > 0:
            s = s.rjust(width, fill or " ")
        flat[i] = s.encode()
    return StringTensor(out)


# ---------------------------------------------------------------- RaggedTensor (2 levels)

class RaggedTensor:
    def __init__(self, rows, dtype):
        self._rows = list(rows)
        self._dtype = dtype

    @property
    def dtype(self):
        return self._dtype

    @property
    def shape(self):
        inner = []
        if self._rows and all(getattr(r, "shape", None) is not None for r in self._rows):
            ranks = {len(r.shape) for r in self._rows}
            if ranks == {2}:
                dims = {tuple(r.shape)[1] for r in self._rows}
                inner = [dims.pop() if len(dims) == 1 else None]
        return _dt.TensorShape([len(self._rows), None] + inner)

    @property
    def ragged_rank(self):
        return 1

    def _row_list(self, r):
        from ._tensor import _np as tnp

        if isinstance(r, StringTensor):
            return list(r._a.reshape(-1)) if r._a.ndim == 1 else r._a.tolist()
        return tnp(r).tolist()

    def to_list(self):
        return [self._row_list(r) for r in self._rows]

    def __repr__(self):
        return "<tf.RaggedTensor %s>" % (self.to_list(),)

    __str__ = __repr__

    def __len__(self):
        return len(self._rows)

    def __iter__(self):
        return iter(self._rows)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return RaggedTensor(self._rows[i], self._dtype)
        return self._rows[i]

    def row_lengths(self, axis=1, name=None):
        np = _np()
        return _num(np.asarray([len(r) if isinstance(r, StringTensor) else int(r.shape[0]) for r in self._rows],
                               dtype=np.int64))

    @property
    def flat_values(self):
        return self.values

    @property
    def values(self):
        from . import _ops

        if self._dtype is string:
            np = _np()
            return StringTensor(np.concatenate([r._a.reshape(-1) for r in self._rows]) if self._rows
                                else np.empty((0,), dtype=object))
        return _ops.concat(list(self._rows), 0)

    def to_tensor(self, default_value=None, name=None, shape=None):
        np = _np()
        from ._tensor import _np as tnp

        n = max((len(r) if isinstance(r, StringTensor) else int(r.shape[0])) for r in self._rows) if self._rows else 0
        if self._dtype is string:
            out = np.full((len(self._rows), n), b"" if default_value is None else _to_bytes(default_value),
                          dtype=object)
            for i, r in enumerate(self._rows):
                out[i, :len(r)] = r._a
            return StringTensor(out)
        rows = [tnp(r) for r in self._rows]
        out = np.full((len(rows), n) + (rows[0].shape[1:] if rows else ()), 0 if default_value is None
                      else default_value, dtype=rows[0].dtype if rows else np.float32)
        for i, r in enumerate(rows):
            out[i, :len(r)] = r
        return _num(out)

    def numpy(self):
        np = _np()
        from ._tensor import _np as tnp

        out = np.empty(len(self._rows), dtype=object)
        for i, r in enumerate(self._rows):
            out[i] = r._a if isinstance(r, StringTensor) else tnp(r)
        return out


def ragged_constant(pylist, dtype=None, ragged_rank=None, inner_shape=None, name=None, row_splits_dtype="int64"):
    from ._ops import constant as tconst

    if pylist and is_stringy(pylist[0]):
        return RaggedTensor([constant(_np().asarray([_to_bytes(v) for v in row], dtype=object).reshape(-1))
                             for row in pylist], string)
    flat = [v for row in pylist for v in (row if isinstance(row, (list, tuple)) else [row])]
    d = _dt.as_dtype(dtype) if dtype is not None else (_dt.float32 if any(isinstance(v, float) for v in flat)
                                                         else _dt.int32)
    return RaggedTensor([tconst(list(row), dtype=d) if len(row) else tconst([], dtype=d) for row in pylist], d)


# ---------------------------------------------------------------- SparseTensor

class SparseTensor:
    def __init__(self, indices, values, dense_shape):
        from ._ops import cast, constant as tconst
        from ._tensor import _T

        self.indices = cast(tconst(indices) if not isinstance(indices, _T) else indices, _dt.int64)
        self.values = tconst(values) if not isinstance(values, _T) else values
        self.dense_shape = cast(tconst(dense_shape) if not isinstance(dense_shape, _T) else dense_shape, _dt.int64)

    @property
    def dtype(self):
        return self.values.dtype

    @property
    def shape(self):
        return _dt.TensorShape([int(v) for v in self.dense_shape.numpy()])

    def __repr__(self):
        return "SparseTensor(indices=%s, values=%s, dense_shape=%s)" % (self.indices, self.values, self.dense_shape)

    __str__ = __repr__


def sparse_to_dense(sp_input, default_value=None, validate_indices=True, name=None):
    from ._array_ops import scatter_nd
    from ._ops import cast

    out = scatter_nd(cast(sp_input.indices, _dt.int32), sp_input.values, [int(v) for v in sp_input.dense_shape.numpy()])
    if default_value is not None and default_value != 0:
        np = _np()
        from ._tensor import _np as tnp

        mask = np.ones(out.shape, bool)
        mask[tuple(tnp(sp_input.indices).T)] = False
        arr = tnp(out).copy()
        arr[mask] = default_value
        out = _num(arr)
    return out


def sparse_from_dense(tensor, name=None):
    from ._tensor import _np as tnp
    from ._tensor import convert_to_tensor

    t = convert_to_tensor(tensor)
    a = tnp(t)
    idx = _np().argwhere(a != 0)
    return SparseTensor(idx.astype("int64"), a[tuple(idx.T)], list(a.shape))


def _ix(v):
    return _np().asarray(v.numpy() if hasattr(v, "numpy") else v)


def _axis(v):
    return None if v is None else int(_ix(v))


# array ops that also take string tensors (numpy on the object array)
_ARRAY_OPS = {
    "gather": lambda a, indices, validate_indices=None, axis=None, batch_dims=0, name=None:
        _np().take(a, _ix(indices), axis=_axis(axis) or 0),
    "gather_nd": lambda a, indices, batch_dims=0, name=None: a[tuple(_np().moveaxis(
        __import__("ferrograd.tensorflow._array_ops", fromlist=["_"])._batch_coords(_ix(indices), batch_dims), -1, 0))],
    "reshape": lambda a, shape, name=None: a.reshape([int(d) for d in _ix(shape).reshape(-1)]),
    "expand_dims": lambda a, axis, name=None: _np().expand_dims(a, _axis(axis)),
    "squeeze": lambda a, axis=None, name=None: _np().squeeze(a, None if axis is None else tuple(_ix(axis).reshape(-1))),
    "transpose": lambda a, perm=None, conjugate=False, name="transpose": _np().transpose(a, perm),
    "reverse": lambda a, axis, name=None: _np().flip(a, tuple(_ix(axis).reshape(-1))),
    "tile": lambda a, multiples, name=None: _np().tile(a, _ix(multiples)),
    "identity": lambda a, name=None: a.copy(),
    "concat": lambda vs, axis, name="concat": _np().concatenate([_st(v)._a for v in vs], _axis(axis)),
    "stack": lambda vs, axis=0, name="stack": _np().stack([_st(v)._a for v in vs], _axis(axis)),
}


def _string_aware(name, f):
    np_f = _ARRAY_OPS[name]
    many = name in ("concat", "stack")

    def op(*args, **kwargs):
        if not args:  # the first argument by keyword (params=, tensor=, input=, a=, values=)
            args = (kwargs.pop(next(k for k in ("params", "tensor", "input", "a", "values", "x") if k in kwargs)),)
        x, args = args[0], args[1:]
        if not many and isinstance(x, (list, tuple)) and is_stringy(x):
            x = constant(x)
        if isinstance(x[0] if many and isinstance(x, (list, tuple)) and x else x, StringTensor):
            r = np_f(x if many else x._a, *args, **kwargs)
            r = _np().asarray(r, dtype=object)
            return StringTensor(r) if r.ndim else _scalar(r[()])
        return f(x, *args, **kwargs)

    op.__name__ = op.__qualname__ = name
    return op


def _install(tf):
    for n in _ARRAY_OPS:
        setattr(tf, n, _string_aware(n, getattr(tf, n)))
    strings = _types.ModuleType("ferrograd.tensorflow.strings")
    for n in ("split bytes_split unicode_split unicode_decode unicode_encode length upper lower strip join "
              "reduce_join substr regex_replace regex_full_match to_number as_string").split():
        setattr(strings, n, globals()[n])
    ragged = _types.ModuleType("ferrograd.tensorflow.ragged")
    ragged.constant = ragged_constant
    ragged.RaggedTensor = RaggedTensor
    sparse = _types.ModuleType("ferrograd.tensorflow.sparse")
    sparse.SparseTensor = SparseTensor
    sparse.to_dense = sparse_to_dense
    sparse.from_dense = sparse_from_dense
    from . import _sparse_ops

    _sparse_ops._install(sparse)
    g = vars(tf)
    g.setdefault("strings", strings)
    g.setdefault("ragged", ragged)
    g.setdefault("sparse", sparse)
    g.setdefault("RaggedTensor", RaggedTensor)
    g.setdefault("SparseTensor", SparseTensor)
    g.setdefault("string", string)
    g.setdefault("as_string", as_string)
    import sys

    for m in (strings, ragged, sparse):
        sys.modules.setdefault(m.__name__, m)
