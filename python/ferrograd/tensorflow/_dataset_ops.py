# More tf.data.Dataset transformations and sources, and Dataset.shuffle in TF's order.
import builtins as _b
import itertools as _it

from . import dtypes as _dt
from ._tensor import _T, _np


def _ds():
    from . import data

    return data


def _reduce(self, initial_state, reduce_func, name=None):
    from ._control_flow import _to_tensors

    state = _to_tensors(initial_state)
    for e in self._gen():
        state = _to_tensors(reduce_func(state, e))
    return state


def _flat_map(self, map_func, name=None):
    D = _ds().Dataset
    gen = self._gen

    def g():
        for e in gen():
            yield from _ds()._call(map_func, e)._gen()

    return D(g, _ds().UNKNOWN_CARDINALITY, "_FlatMapDataset")


def _interleave(self, map_func, cycle_length=None, block_length=None, num_parallel_calls=None,
                deterministic=None, name=None):
    D = _ds().Dataset
    gen = self._gen
    cl = 16 if cycle_length is None or cycle_length < 0 else int(cycle_length)
    bl = 1 if block_length is None else int(block_length)

    def g():
        src = gen()
        active = []
        exhausted = False
        while True:
            while not exhausted and len(active) < cl:
                try:
                    e = next(src)
                except StopIteration:
                    exhausted = True
                    break
                active.append(iter(_ds()._call(map_func, e)._gen()))
            if not active:
                return
            i = 0
            while i < len(active):
                it = active[i]
                done = False
                for _ in _b.range(bl):
                    try:
                        yield next(it)
                    except StopIteration:
                        done = True
                        break
                if done:
                    active.pop(i)
                    # refill the freed slot from the input (TF keeps the cycle order)
                    if not exhausted:
                        try:
                            e = next(src)
                            active.insert(i, iter(_ds()._call(map_func, e)._gen()))
                            i += 1
                        except StopIteration:
                            exhausted = True
                else:
                    i += 1

    return D(g, _ds().UNKNOWN_CARDINALITY,
             "_InterleaveDataset" if num_parallel_calls is None else "_ParallelInterleaveDataset")


def _padded_batch(self, batch_size, padded_shapes=None, padding_values=None, drop_remainder=False, name=None):
    import numpy as np

    def pad_stack(items, shape, value):
        from ._tensor import _from_array

        arrs = [np.asarray(_np(t)) for t in items]
        rank = arrs[0].ndim
        target = [max(a.shape[d] for a in arrs) for d in _b.range(rank)]
        if shape is not None:
            shp = list(shape.as_list() if hasattr(shape, "as_list") else [shape] if isinstance(shape, int) else
                       _np(shape).reshape(-1).tolist() if isinstance(shape, _T) else shape)
            target = [t if s is None or s == -1 else int(s) for t, s in zip(target, shp)]
        pv = 0 if value is None else (_np(value).item() if isinstance(value, _T) else value)
        out = np.full([len(arrs)] + target, pv, dtype=arrs[0].dtype)
        for i, a in enumerate(arrs):
            out[(i,) + tuple(slice(0, s) for s in a.shape)] = a
        return _from_array(out)

    def emit(buf):
        first = buf[0]
        if isinstance(first, tuple):
            shapes = padded_shapes if isinstance(padded_shapes, tuple) else (padded_shapes,) * len(first)
            vals = padding_values if isinstance(padding_values, tuple) else (padding_values,) * len(first)
            return tuple(pad_stack([b[i] for b in buf], shapes[i], vals[i]) for i in _b.range(len(first)))
        if isinstance(first, dict):
            return {k: pad_stack([b[k] for b in buf], (padded_shapes or {}).get(k), (padding_values or {}).get(k)
                                 if isinstance(padding_values, dict) else padding_values) for k in first}
        return pad_stack(buf, padded_shapes, padding_values)

    return self._batched(batch_size, drop_remainder, emit, "_PaddedBatchDataset")


def _window(self, size, shift=None, stride=1, drop_remainder=False, name=None):
    D = _ds().Dataset
    gen = self._gen
    size, shift, stride = int(size), int(shift or size), int(stride)

    def g():
        items = list(gen())
        i = 0
        while i < len(items):
            w = items[i:i + (size - 1) * stride + 1:stride]
            if len(w) < size and drop_remainder:
                break
            if not w:
                break
            yield _map_window(w)
            i += shift

    return D(g, _ds().UNKNOWN_CARDINALITY, "_WindowDataset")


def _map_window(w):
    D = _ds().Dataset
    first = w[0]
    if isinstance(first, tuple):
        return tuple(D(lambda j=j: iter([e[j] for e in w]), len(w), "_VariantDataset") for j in _b.range(len(first)))
    if isinstance(first, dict):
        return {k: D(lambda k=k: iter([e[k] for e in w]), len(w), "_VariantDataset") for k in first}
    return D(lambda: iter(list(w)), len(w), "_VariantDataset")


def _scan(self, initial_state, scan_func, name=None):
    from ._control_flow import _to_tensors

    D = _ds().Dataset
    gen = self._gen

    def g():
        state = _to_tensors(initial_state)
        for e in gen():
            state, out = scan_func(state, e)
            state = _to_tensors(state)
            yield _ds()._norm(out)

    return D(g, self._card, "_ScanDataset")


def _unique(self, name=None):
    D = _ds().Dataset
    gen = self._gen

    def g():
        seen = set()
        for e in gen():
            k = _np(e).item()
            if k not in seen:
                seen.add(k)
                yield e

    return D(g, _ds().UNKNOWN_CARDINALITY, "_UniqueDataset")


def _take_while(self, predicate, name=None):
    D = _ds().Dataset
    gen = self._gen

    def g():
        for e in gen():
            v = _ds()._call(predicate, e)
            if not bool(_np(v)) if isinstance(v, _T) else not v:
                return
            yield e

    return D(g, _ds().UNKNOWN_CARDINALITY, "_TakeWhileDataset")


def _shard(self, num_shards, index, name=None):
    D = _ds().Dataset
    gen, n, i = self._gen, int(num_shards), int(index)
    if i >= n or i < 0:
        from .errors import InvalidArgumentError

        raise InvalidArgumentError(None, None, "Index must be between 0 and %d (currently index = %d)." % (n - 1, i))
    c = self._card
    card = c if c < 0 else (c // n + (1 if i < c % n else 0))
    return D(lambda: _it.islice(gen(), i, None, n), card, "_ShardDataset")


def _get_single_element(self, name=None):
    from .errors import _invalid

    it = self._gen()
    try:
        e = next(it)
    except StopIteration:
        raise _invalid("DatasetToSingleElement", "Dataset was empty.")
    try:
        next(it)
    except StopIteration:
        return e
    from . import nest

    n = len(nest.flatten(e))
    from .errors import InvalidArgumentError

    raise InvalidArgumentError(None, None, "{{function_node __wrapped__DatasetToSingleElement_output_types_%d_device_/"
                               "job:localhost/replica:0/task:0/device:CPU:0}} Dataset had more than one element. "
                               "[Op:DatasetToSingleElement] name: " % n)


def _counter(start=0, step=1, dtype=_dt.int64, name=None):
    from ._ops import constant

    D = _ds().Dataset
    return D(lambda: (constant(start + k * step, dtype=dtype) for k in _it.count()), _ds().INFINITE_CARDINALITY,
             "_CounterDataset")


def _choose_from_datasets(datasets, choice_dataset, stop_on_empty_dataset=True):
    D = _ds().Dataset

    def g():
        its = [d._gen() for d in datasets]
        for c in choice_dataset._gen():
            try:
                yield next(its[int(_np(c))])
            except StopIteration:
                if stop_on_empty_dataset:
                    return

    return D(g, _ds().UNKNOWN_CARDINALITY, "_DirectedInterleaveDataset")


def _group_by_window(self, key_func, reduce_func, window_size=None, window_size_func=None, name=None):
    D = _ds().Dataset
    gen = self._gen

    def g():
        groups = {}
        order = []
        for e in gen():
            k = int(_np(_ds()._call(key_func, e)))
            if k not in groups:
                groups[k] = []
                order.append(k)
            groups[k].append(e)
            ws = window_size if window_size_func is None else int(_np(window_size_func(k)))
            if len(groups[k]) == ws:
                w = groups.pop(k)
                order.remove(k)
                yield from reduce_func(_const64(k), _from_list(w))._gen()
        for k in list(order):
            yield from reduce_func(_const64(k), _from_list(groups[k]))._gen()

    return D(g, _ds().UNKNOWN_CARDINALITY, "_GroupByWindowDataset")


def _const64(k):
    from ._ops import constant

    return constant(k, dtype=_dt.int64)


def _from_list(items):
    D = _ds().Dataset
    return D(lambda: iter(list(items)), len(items), "_VariantDataset")


def _install():
    D = _ds().Dataset
    for n, f in (("reduce", _reduce), ("flat_map", _flat_map), ("interleave", _interleave),
                 ("padded_batch", _padded_batch), ("window", _window), ("scan", _scan), ("unique", _unique),
                 ("take_while", _take_while), ("shard", _shard), ("get_single_element", _get_single_element),
                 ("group_by_window", _group_by_window)):
        if not hasattr(D, n):
            setattr(D, n, f)
    D.shuffle = _shuffle  # TF's order (replaces the earlier Python-random buffer)
    for n, f in (("counter", _counter), ("choose_from_datasets", _choose_from_datasets)):
        if not hasattr(D, n):
            setattr(D, n, staticmethod(f))


# ---------------------------------------------------------------- Dataset.shuffle in TF's order


def _shuffle(self, buffer_size, seed=None, reshuffle_each_iteration=None, name=None):
    # TF's ShuffleDataset: seeds from random_seed.get_seed(seed) at creation; with reshuffle (the default)
    # a seed generator Philox(seed, seed2) gives each iteration two uint32 seeds for its Philox stream,
    # without it every iteration uses Philox(seed, seed2). A buffer of `buffer_size` elements; each step
    # takes element `Random() % n` of the buffer (its slot refilled from the front), then reads one more.
    import random as _pyrandom

    from . import random as tfr

    gen, size = self._gen, int(buffer_size)
    if size <= 0 and size != -2:
        from .errors import InvalidArgumentError

        raise InvalidArgumentError(None, None, "buffer_size must be greater than zero.")
    s1, s2 = tfr._get_seed(seed)
    if (s1, s2) == (0, 0):
        s1, s2 = _pyrandom.getrandbits(63), _pyrandom.getrandbits(63)
    reshuffle = reshuffle_each_iteration is None or bool(reshuffle_each_iteration)
    seed_gen = tfr._Philox(s1, s2).stream()

    def shuffled():
        if reshuffle:
            rnd = tfr._Philox(next(seed_gen), next(seed_gen)).stream()
        else:
            rnd = tfr._Philox(s1, s2).stream()
        src = gen()
        buf = []
        for e in src:
            buf.append(e)
            if len(buf) == size:
                break
        while buf:
            idx = next(rnd) % len(buf)
            yield buf[idx]
            buf[idx] = buf[0]
            buf.pop(0)
            nxt = next(src, _END)
            if nxt is not _END:
                buf.append(nxt)

    return _ds().Dataset(shuffled, self._card, "_ShuffleDataset")


_END = object()
