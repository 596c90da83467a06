# tf.GradientTape over the core engine: grad mode is on while a tape records; which sources get
# gradients is decided by what the tape watched (trainable Variables read inside it, tape.watch).
import enum

from .. import _core
from . import _tensor
from ._tensor import TAG, _T, Variable, _UnreadVariable, _arg, _dtype_of, _np, _wrap
from ._tensor import EagerTensor as _ET

_tapes = _tensor._tapes
_core.tf_register_tapes(_tapes)

_FLOAT_NAMES = frozenset(("float32", "float64"))


class UnconnectedGradients(enum.Enum):
    NONE = "none"
    ZERO = "zero"


def _is_leaf_value(x):
    return isinstance(x, (_T, _UnreadVariable))


def _flatten(x, acc):
    # tf.nest.flatten order (dicts by sorted key).
    if _is_leaf_value(x):
        acc.append(x._var if isinstance(x, _UnreadVariable) else x)
    elif isinstance(x, dict):
        for k in sorted(x):
            _flatten(x[k], acc)
    elif isinstance(x, (list, tuple)):
        for e in x:
            _flatten(e, acc)
    elif x is None:
        acc.append(None)
    else:
        acc.append(x)
    return acc


def _pack(structure, flat_iter):
    if _is_leaf_value(structure) or structure is None or not isinstance(structure, (dict, list, tuple)):
        return next(flat_iter)
    if isinstance(structure, dict):
        vals = {k: _pack(structure[k], flat_iter) for k in sorted(structure)}
        return type(structure)((k, vals[k]) for k in structure) if type(structure) is not dict else \
            {k: vals[k] for k in structure}
    items = [_pack(e, flat_iter) for e in structure]
    if isinstance(structure, tuple) and hasattr(structure, "_fields"):
        return type(structure)(*items)
    return type(structure)(items)


_NONE = UnconnectedGradients.NONE


def _components(t):
    # A composite's (SparseTensor, IndexedSlices, RaggedTensor) component tensors; strings: [].
    if type(t).__name__ == "StringTensor":
        return []
    c = [getattr(t, n) for n in ("indices", "values", "dense_shape", "flat_values", "row_splits") if hasattr(t, n)]
    return c or None


def _unconnected(u):
    if isinstance(u, UnconnectedGradients):
        return u
    try:
        return UnconnectedGradients(u)
    except ValueError:
        raise ValueError("Unknown value for unconnected_gradients: %r" % (u,)) from None


class GradientTape(_core._TapeBase):
    # state (_persistent, _watch_accessed, _watched: id -> tensor in watch order (a copy; change
    # it with _watch_add or by assigning), _outs: the
    # grad-requiring results computed while recording, _recording, _used, _prev, _v0/_o0: where
    # this tape's entries start in the core's access log) and __enter__/__exit__, _push/_pop
    # (start/stop recording), _sync (take the log entries made since the last sync) and
    # gradient's common case live in the Rust base class (rust/py/src/tfdialect.rs)
    __slots__ = ()

    @property
    def _produced(self):
        return {id(t): t for t in self._outs}

    def stop_recording(self):
        tape = self

        class _Stop:
            def __enter__(s):
                if not tape._recording:
                    raise ValueError("Tape must be recording when calling stop_recording.")
                tape._pop()
                s.prev = _core.set_grad_enabled(bool(_tensor._tapes))

            def __exit__(s, *exc):
                _core.set_grad_enabled(s.prev)
                tape._push()
                return False

        return _Stop()

    def reset(self):
        self._sync()
        self._restart_windows()
        self._watched = {}
        self._outs = []
        self._used = False

    def _watch_one(self, t):
        if self._is_watched(t):
            return
        if not (t._dtype_name in _FLOAT_NAMES or _dtype_of(t).is_floating):
            return
        if not t.requires_grad:
            _T.requires_grad.__set__(t, True)
        self._watch_add(t)

    def watch(self, tensor):
        self._sync()
        for t in _flatten(tensor, []):
            if t is None:
                continue
            if not isinstance(t, _T):
                comps = _components(t)
                if comps is None:
                    raise ValueError("Passed in object %s of type %r, not tf.Tensor or tf.Variable or ExtensionType."
                                     % (t, type(t).__name__))
                self.watch(comps)
                continue
            if not _dtype_of(t).is_floating:
                import logging

                logging.getLogger("tensorflow").warning(
                    "The dtype of the watched tensor must be floating (e.g. tf.float32), got %r", _dtype_of(t))
                continue
            self._watch_one(t)

    def watched_variables(self):
        self._sync()
        return tuple(t for t in self._watched.values() if isinstance(t, Variable))

    # ---- gradients
    def _outer_recording(self):
        # a persistent tape records its own gradient computation while recording (higher orders)
        return any(tp is not self or self._persistent for tp in _tensor._tapes)

    def _grads(self, targets, out_grads, sources, unconnected):
        # Flat lists in, flat list of tensor|None out.
        self._sync()
        produced = self._produced
        watched = self._watched
        results = [None] * len(sources)
        uniq = {}
        for i, s in enumerate(sources):
            if s is None:
                continue
            if id(s) in watched or id(s) in produced or any(s is t for t in targets):
                uniq.setdefault(id(s), (s, []))[1].append(i)
        cands = [v[0] for v in uniq.values() if id(v[0]) in watched or
                 (id(v[0]) in produced and produced[id(v[0])] is v[0])]
        roots, rgrads = [], []
        extra = {}
        for t, g in zip(targets, out_grads):
            if t is None:
                continue
            for v in uniq.values():
                if v[0] is t:
                    extra[id(t)] = g if id(t) not in extra else _T.__add__(extra[id(t)], g)
            if t.requires_grad and t.grad_fn is not None:
                roots.append(t)
                rgrads.append(g)
        create = self._outer_recording()
        prev = _core.set_grad_enabled(create)
        try:
            if roots and cands:
                gs = self._in_windows(_core.grad, roots, cands, rgrads, True, create, True)
            else:
                gs = [None] * len(cands)
        finally:
            _core.set_grad_enabled(prev)
        got = {id(c): g for c, g in zip(cands, gs)}
        for key, (s, idxs) in uniq.items():
            g = got.get(key)
            if key in extra:
                e = extra[key]
                g = e if g is None else _T.__add__(g, e)
            if g is not None:
                if g.requires_grad and not create:
                    g = _T.detach(g)
                g = _wrap(g)
            for i in idxs:
                results[i] = g
        if unconnected is UnconnectedGradients.ZERO or unconnected == "zero":
            for i, s in enumerate(sources):
                if results[i] is None and s is not None:
                    results[i] = _wrap(_core.full_like(s, 0.0))
        return results

    def _prep_targets(self, target, output_gradients):
        if target is None:
            raise TypeError("Argument `target` should be a list or nested structure of Tensors, Variables or "
                            "CompositeTensors to be differentiated, but received None.")
        targets = _flatten(target, [])
        targets = [None if t is None or type(t).__name__ == "StringTensor" else t if isinstance(t, _T) else _arg(t)
                   for t in targets]
        if output_gradients is None:
            ogs = [None if t is None else _core.full_like(t, 1.0) for t in targets]
        else:
            ogs = _flatten(output_gradients, [])
            ogs = [(_core.full_like(t, 1.0) if g is None else _arg(g)) for t, g in zip(targets, ogs)]
        return targets, ogs

    def _gradient_slow(self, target, sources, output_gradients=None, unconnected_gradients=None):
        # gradient() outside the common case the base class handles (state checks done there).
        if unconnected_gradients is None:
            unconnected_gradients = _NONE
        self._used = True
        unconnected = _unconnected(unconnected_gradients)
        if self._recording and not self._persistent:
            self._pop()
        targets, ogs = self._prep_targets(target, output_gradients)
        flat_sources = _flatten(sources, [])
        for i, s in enumerate(flat_sources):
            if type(s).__name__ == "StringTensor":
                flat_sources[i] = None
            elif s is not None and not isinstance(s, _T):
                raise AttributeError("'%s' object has no attribute 'dtype'" % type(s).__name__)
        res = self._grads(targets, ogs, flat_sources, unconnected)
        return _pack(sources, iter(res))

    def jacobian(self, target, sources, unconnected_gradients=UnconnectedGradients.NONE,
                 parallel_iterations=None, experimental_use_pfor=True, _what="jacobian"):
        if self._used and not self._persistent:
            raise RuntimeError("A non-persistent GradientTape can only be used to compute one set of gradients (or jacobians)")
        if not (experimental_use_pfor or self._persistent):
            raise RuntimeError("GradientTape must be created with persistent=True to compute the %s with eager "
                               "execution enabled and with  experimental_use_pfor set to False." % _what)
        self._used = True
        unconnected = _unconnected(unconnected_gradients)
        t = target._var if isinstance(target, _UnreadVariable) else target
        t = t if isinstance(t, _T) else _arg(t)
        flat_sources = _flatten(sources, [])
        n = _T.numel(t)
        tshape = list(t._size())
        rows = [[] for _ in flat_sources]
        for i in range(n):
            og = _core.tensor(_onehot(n, i, t._dtype_name).reshape(tshape), None, False, TAG)
            gs = self._grads([t], [og], flat_sources, unconnected)
            for k, (s, g) in enumerate(zip(flat_sources, gs)):
                rows[k].append(g)
        out = []
        for s, r in zip(flat_sources, rows):
            if n == 0:
                out.append(_wrap(_core.zeros(tshape + list(s._size()), dtype=s._dtype_name, tag=TAG)))
                continue
            if all(g is None for g in r):
                out.append(None)
                continue
            r = [g if g is not None else _core.full_like(s, 0.0) for g in r]
            st = _core.stack(r, 0) if r else _core.zeros(0, dtype=s._dtype_name, tag=TAG)
            out.append(_wrap(_T.reshape(st, tshape + list(s._size()))))
        return _pack(sources, iter(out))

    def batch_jacobian(self, target, source, unconnected_gradients=UnconnectedGradients.NONE,
                       parallel_iterations=None, experimental_use_pfor=True):
        import numpy as np

        t = target if isinstance(target, _T) else _arg(target)
        tb, sb = t._size(), source._size()
        for sh in (tb, sb):
            if len(sh) < 2:
                raise ValueError("Shape %s must have rank at least 2" % (tuple(sh),))
        if tb[0] != sb[0]:
            raise ValueError("Need first dimension of target shape (%s) and source shape (%s) to match."
                             % (t.shape, source.shape))
        j = self.jacobian(target, source, unconnected_gradients, parallel_iterations, experimental_use_pfor,
                          "batch_jacobian")
        if j is None:
            return _wrap(_core.zeros(list(tb) + list(sb[1:]), dtype=t._dtype_name, tag=TAG))
        a = _np(j)
        b = tb[0]
        nt = len(tb)
        out = np.empty((b,) + tuple(tb[1:]) + tuple(sb[1:]), a.dtype)
        for i in range(b):
            idx = (i,) + (slice(None),) * (nt - 1) + (i,)
            out[i] = a[idx]
        from ._tensor import _from_array

        return _from_array(out)


def _onehot(n, i, dt):
    import numpy as np

    a = np.zeros(n, dtype=dt)
    a[i] = 1
    return a
