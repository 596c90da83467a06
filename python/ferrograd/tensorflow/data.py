# tf.data: eager input pipelines (Dataset.from_tensor_slices / range, map, filter, batch,
# shuffle, repeat, take, skip, zip, ...). Each dataset is a re-iterable Python generator chain
# whose elements are TF tensors (or tuples / dicts of them), as TF yields them in eager mode.
#
# Not reproduced: the exact order of `shuffle` (TF draws from its own Philox stream), so a
# shuffled pipeline gives a valid permutation of the same elements, not TF's permutation.
import builtins as _b
import random as _random

from . import dtypes as _dt
from ._tensor import _T, convert_to_tensor

AUTOTUNE = -1
INFINITE_CARDINALITY = -1
UNKNOWN_CARDINALITY = -2


class TensorSpec:
    def __init__(self, shape, dtype=_dt.float32, name=None):
        self.shape = shape if isinstance(shape, _dt.TensorShape) else _dt.TensorShape(shape)
        self.dtype = _dt.as_dtype(dtype)
        self.name = name

    def __repr__(self):
        return "TensorSpec(shape=%s, dtype=%r, name=%r)" % (self.shape, self.dtype, self.name)

    def __eq__(self, other):
        return isinstance(other, TensorSpec) and (self.shape, self.dtype, self.name) == (other.shape, other.dtype,
                                                                                          other.name)

    @classmethod
    def from_tensor(cls, tensor, name=None):
        return cls(tensor.shape, tensor.dtype, name)

    @classmethod
    def from_spec(cls, spec, name=None):
        return cls(spec.shape, spec.dtype, spec.name if name is None else name)


def _map_struct(fn, s):
    if isinstance(s, dict):
        return {k: _map_struct(fn, v) for k, v in s.items()}
    if isinstance(s, tuple):
        vals = [_map_struct(fn, v) for v in s]
        return type(s)(*vals) if hasattr(s, "_fields") else tuple(vals)
    return fn(s)  # a list is one tensor-like component, as TF converts it


def _leaves(s):
    if isinstance(s, dict):
        return [x for k in s for x in _leaves(s[k])]
    if isinstance(s, tuple):
        return [x for v in s for x in _leaves(v)]
    return [s]


def _spec(e, batched_unknown=False):
    def one(t):
        shape = list(t.shape)
        if batched_unknown and shape:
            shape[0] = None
        return TensorSpec(shape, t.dtype)

    return _map_struct(one, e)


def _stack(items):
    from ._ops import stack

    first = items[0]
    if isinstance(first, dict):
        return {k: _stack([it[k] for it in items]) for k in first}
    if isinstance(first, tuple):
        vals = [_stack([it[i] for it in items]) for i in _b.range(len(first))]
        return type(first)(*vals) if hasattr(first, "_fields") else tuple(vals)
    if type(first).__name__ == "StringTensor":
        from ._strings import StringTensor, _ARRAY_OPS

        return StringTensor(_ARRAY_OPS["stack"](items, 0))
    return stack(items, 0)


def _call(fn, e):
    return fn(*e) if isinstance(e, tuple) and not hasattr(e, "_fields") else fn(e)


class Dataset:
    """A dataset: `_gen()` returns a fresh iterator of elements; `_card` is TF's cardinality."""

    def __init__(self, gen, card, kind="Dataset", spec=None):
        self._gen = gen
        self._card = card
        self._kind = kind
        self._spec_cache = spec

    # ---------------------------------------------------------------- sources
    @staticmethod
    def from_tensor_slices(tensors, name=None):
        comps = _map_struct(convert_to_tensor, tensors)
        leaves = _leaves(comps)
        if any(_T.dim(t) == 0 for t in leaves):
            raise ValueError("Unbatching a tensor is only supported for rank >= 1")
        n = leaves[0].shape[0]
        for t in leaves[1:]:
            if t.shape[0] != n:
                raise ValueError("Dimensions %d and %d are not compatible" % (n, t.shape[0]))

        def gen():
            for i in _b.range(n):
                yield _map_struct(lambda t: t[i], comps)

        return Dataset(gen, n, "_TensorSliceDataset")

    @staticmethod
    def from_tensors(tensors, name=None):
        comps = _map_struct(convert_to_tensor, tensors)
        return Dataset(lambda: iter([comps]), 1, "_TensorDataset")

    @staticmethod
    def range(*args, output_type=_dt.int64, name=None):
        from ._ops import constant

        r = _b.range(*args)
        dt = _dt.as_dtype(output_type)
        return Dataset(lambda: (constant(i, dtype=dt) for i in r), len(r), "_RangeDataset")

    @staticmethod
    def from_generator(generator, output_types=None, output_shapes=None, args=None, output_signature=None,
                       name=None):
        def conv(v, dt):
            from ._ops import constant

            return constant(v, dtype=dt) if dt is not None else convert_to_tensor(v)

        def dtypes_of():
            if output_signature is not None:
                return _map_struct(lambda s: s.dtype, output_signature)
            return output_types

        def gen():
            dts = dtypes_of()
            for e in generator(*(args or ())):
                if isinstance(e, tuple) and isinstance(dts, tuple):
                    yield tuple(conv(v, d) for v, d in zip(e, dts))
                else:
                    yield conv(e, dts)

        return Dataset(gen, UNKNOWN_CARDINALITY, "_FlatMapDataset")

    @staticmethod
    def zip(*datasets, name=None):
        ds = datasets[0] if len(datasets) == 1 and isinstance(datasets[0], (tuple, list)) else datasets
        cards = [d._card for d in ds]
        finite = [c for c in cards if c >= 0]
        card = min(finite) if finite else cards[0]
        return Dataset(lambda: zip(*[d._gen() for d in ds]), card, "_ZipDataset")

    # ---------------------------------------------------------------- transformations
    def map(self, map_func, num_parallel_calls=None, deterministic=None, name=None):
        gen = self._gen
        return Dataset(lambda: (_norm(_call(map_func, e)) for e in gen()), self._card, "_MapDataset"
                       if num_parallel_calls is None else "_ParallelMapDataset")

    def filter(self, predicate, name=None):
        gen = self._gen

        def keep(e):
            v = _call(predicate, e)
            return bool(v.numpy()) if hasattr(v, "numpy") else bool(v)

        return Dataset(lambda: (e for e in gen() if keep(e)), UNKNOWN_CARDINALITY, "_FilterDataset")

    def _batched(self, batch_size, drop_remainder, emit, kind):
        gen, n = self._gen, int(batch_size)

        def batched():
            buf = []
            for e in gen():
                buf.append(e)
                if len(buf) == n:
                    yield emit(buf)
                    buf = []
            if buf and not drop_remainder:
                yield emit(buf)

        c = self._card
        return Dataset(batched, c if c < 0 else (c // n if drop_remainder else -(-c // n)), kind)

    def batch(self, batch_size, drop_remainder=False, num_parallel_calls=None, deterministic=None, name=None):
        return self._batched(batch_size, drop_remainder, _stack,
                             "_BatchDataset" if num_parallel_calls is None else "_ParallelBatchDataset")

    def unbatch(self, name=None):
        gen = self._gen

        def un():
            for e in gen():
                n = _leaves(e)[0].shape[0]
                for i in _b.range(n):
                    yield _map_struct(lambda t: t[i], e)

        return Dataset(un, UNKNOWN_CARDINALITY, "_UnbatchDataset")

    def shuffle(self, buffer_size, seed=None, reshuffle_each_iteration=None, name=None):
        gen, size = self._gen, int(buffer_size)
        state = {"rng": _random.Random(seed)}

        def shuffled():
            # TF's shuffle buffer: fill `buffer_size` elements, then emit a random one and refill.
            rng = state["rng"] if reshuffle_each_iteration is not False else _random.Random(seed)
            buf = []
            for e in gen():
                buf.append(e)
                if len(buf) >= size:
                    yield buf.pop(rng.randrange(len(buf)))
            while buf:
                yield buf.pop(rng.randrange(len(buf)))

        return Dataset(shuffled, self._card, "_ShuffleDataset")

    def repeat(self, count=None, name=None):
        gen = self._gen

        def rep():
            k = 0
            while count is None or count < 0 or k < count:
                yield from gen()
                k += 1

        inf = count is None or count < 0
        card = INFINITE_CARDINALITY if inf else (self._card * count if self._card >= 0 else self._card)
        return Dataset(rep, card, "_RepeatDataset")

    def take(self, count, name=None):
        import itertools

        gen, n = self._gen, int(count)
        card = self._card if n < 0 else (n if self._card == INFINITE_CARDINALITY else
                                         (min(n, self._card) if self._card >= 0 else self._card))
        return Dataset(lambda: itertools.islice(gen(), None if n < 0 else n), card, "_TakeDataset")

    def skip(self, count, name=None):
        import itertools

        gen, n = self._gen, int(count)
        card = self._card if self._card < 0 else max(self._card - n, 0)
        return Dataset(lambda: itertools.islice(gen(), n, None), card, "_SkipDataset")

    def concatenate(self, dataset, name=None):
        import itertools

        a, b = self._gen, dataset._gen
        card = self._card + dataset._card if self._card >= 0 and dataset._card >= 0 else UNKNOWN_CARDINALITY
        return Dataset(lambda: itertools.chain(a(), b()), card, "_ConcatenateDataset")

    def enumerate(self, start=0, name=None):
        from ._ops import constant

        gen = self._gen
        return Dataset(lambda: ((constant(i + start, dtype=_dt.int64), e) for i, e in _b.enumerate(gen())),
                       self._card, "_EnumerateDataset")

    def prefetch(self, buffer_size, name=None):
        return Dataset(self._gen, self._card, "_PrefetchDataset")

    def cache(self, filename="", name=None):
        gen, store = self._gen, []

        def cached():
            if store:
                yield from store[0]
                return
            items = list(gen())
            store.append(items)
            yield from items

        return Dataset(cached, self._card, "_CacheDataset")

    def apply(self, transformation_func):
        return transformation_func(self)

    # ---------------------------------------------------------------- inspection
    def __iter__(self):
        return self._gen()

    def as_numpy_iterator(self):
        for e in self._gen():
            yield _map_struct(lambda t: t.numpy(), e)

    def cardinality(self):
        from ._ops import constant

        return constant(self._card, dtype=_dt.int64)

    def __len__(self):
        if self._card == INFINITE_CARDINALITY:
            raise TypeError("The dataset is infinite.")
        if self._card < 0:
            raise TypeError("The dataset length is unknown.")
        return self._card

    def __bool__(self):
        return True

    @property
    def element_spec(self):
        if self._spec_cache is None:
            first = next(iter(self._gen()), None)
            self._spec_cache = None if first is None else _spec(first, self._kind.endswith("BatchDataset"))
        return self._spec_cache

    def __repr__(self):
        return "<%s element_spec=%r>" % (self._kind, self.element_spec)


def TextLineDataset(filenames, compression_type=None, buffer_size=None, num_parallel_reads=None, name=None):
    """The lines of text files (without the line ends), as scalar string tensors."""
    from . import _strings

    files = [filenames] if isinstance(filenames, (str, bytes)) else list(filenames)
    files = [f.decode() if isinstance(f, bytes) else f.numpy().decode() if hasattr(f, "numpy") else f for f in files]

    def lines():  # TF drops the empty piece after a final newline
        for fn in files:
            with open(fn, "rb") as fh:
                data = fh.read()
            yield from data.split(b"\n")[:-1] if data.endswith(b"\n") else data.split(b"\n")

    return Dataset(lambda: (_strings.constant(v[:-1] if v.endswith(b"\r") else v) for v in lines()),
                   UNKNOWN_CARDINALITY, "TextLineDatasetV2")


def _norm(e):
    # map results: Python numbers become tensors, lists become tuples (as TF traces them).
    return _map_struct(lambda v: v if isinstance(v, _T) else convert_to_tensor(v), e)


class experimental:
    AUTOTUNE = AUTOTUNE
    INFINITE_CARDINALITY = INFINITE_CARDINALITY
    UNKNOWN_CARDINALITY = UNKNOWN_CARDINALITY

    @staticmethod
    def cardinality(dataset):
        return dataset.cardinality()
