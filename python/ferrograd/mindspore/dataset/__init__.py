# mindspore.dataset: in-memory pipelines (NumpySlicesDataset, GeneratorDataset) with batch/map/
# shuffle and the tuple/dict iterators that training loops use. Rows are numpy arrays; iterators
# yield mindspore Tensors.
import math as _math


def _out_columns(columns, inputs, outputs):
    # MindSpore's column order after map/batch with output_columns: as many outputs as inputs replace
    # them in place; otherwise the outputs come first, then the other columns.
    if outputs is None or len(outputs) == len(inputs):
        res = list(columns)
        for i, o in zip(inputs, outputs or inputs):
            res[columns.index(i)] = o
        return res
    return list(outputs) + [c for c in columns if c not in inputs]


def _place(row, idx, vals, outputs):
    if outputs is None or len(outputs) == len(idx):
        for i, v in zip(idx, vals):
            row[i] = v
        return tuple(row)
    return tuple(vals) + tuple(v for k, v in enumerate(row) if k not in idx)


class BatchInfo:
    """The batch_info argument of batch(per_batch_map=...)."""

    def __init__(self, batch_num, epoch_num=0):
        self._batch_num, self._epoch_num = batch_num, epoch_num

    def get_batch_num(self):
        return self._batch_num

    def get_epoch_num(self):
        return self._epoch_num


class Dataset:
    def __init__(self, rows, column_names):
        self._rows_fn = rows  # callable -> iterable of tuples of numpy arrays
        self._columns = list(column_names)

    # ---- pipeline
    def _rows(self):
        return self._rows_fn()

    def batch(self, batch_size, drop_remainder=False, num_parallel_workers=None, **kwargs):
        import numpy as np

        src = self
        pbm = kwargs.get("per_batch_map")
        cols = self._columns
        if pbm is not None:
            ins = kwargs.get("input_columns") or list(self._columns)
            ins = [ins] if isinstance(ins, str) else list(ins)
            outs = kwargs.get("output_columns")
            outs = None if outs is None else ([outs] if isinstance(outs, str) else list(outs))
            idx = [self._columns.index(c) for c in ins]
            cols = _out_columns(self._columns, ins, outs)

        def make(buf, n):
            if pbm is None:
                return tuple(np.stack([b[i] for b in buf]) for i in range(len(buf[0])))
            res = pbm(*[[b[i] for b in buf] for i in idx], BatchInfo(n))
            res = list(res) if isinstance(res, (tuple, list)) else [res]
            vals = [np.stack([np.asarray(x.asnumpy() if hasattr(x, "asnumpy") else x) for x in v])
                    if isinstance(v, (list, tuple)) else np.asarray(v) for v in res]
            rest = [np.stack([b[i] for b in buf]) for i in range(len(buf[0]))]
            return _place(rest, idx, vals, outs)

        def rows():
            buf = []
            n = 0
            for r in src._rows():
                buf.append(r)
                if len(buf) == batch_size:
                    yield make(buf, n)
                    n += 1
                    buf = []
            if buf and not drop_remainder:
                yield make(buf, n)

        return Dataset(rows, cols)

    def map(self, operations=None, input_columns=None, output_columns=None, **kwargs):
        import numpy as np

        ops = operations if isinstance(operations, (list, tuple)) else [operations]
        cols = input_columns if isinstance(input_columns, (list, tuple)) else \
            ([input_columns] if input_columns is not None else self._columns[:1])
        idx = [self._columns.index(c) for c in cols]
        src = self

        outs = None if output_columns is None else (
            [output_columns] if isinstance(output_columns, str) else list(output_columns))
        new_cols = _out_columns(self._columns, cols, outs)

        def rows():
            for r in src._rows():
                r = list(r)
                vals = [r[i] for i in idx]
                for op in ops:
                    out = op(*vals)
                    vals = list(out) if isinstance(out, tuple) else [out]
                vals = [np.asarray(v.asnumpy() if hasattr(v, "asnumpy") else v) for v in vals]
                yield _place(r, idx, vals, outs)

        return Dataset(rows, new_cols)

    def shuffle(self, buffer_size):
        import numpy as np

        from . import _samplers

        src = self
        state = {}

        def rows():
            seed = _samplers._seed()
            if seed is None:
                rs = list(src._rows())
                for i in np.random.permutation(len(rs)):
                    yield rs[i]
                return
            # seeded: MindSpore's buffer shuffle; the generator carries on over the epochs of one iterator
            token = _samplers._ITER[0]
            rng = state.get(token) if token is not None and _samplers._EPOCH[0] > 0 else None
            if rng is None:
                rng = _samplers._MT19937_64(seed)
                if token is not None:
                    state.clear()
                    state[token] = rng
            yield from _samplers.buffer_shuffle(src._rows(), buffer_size, rng)

        return Dataset(rows, self._columns)

    def take(self, count=-1):
        src = self

        def rows():
            for i, r in enumerate(src._rows()):
                if 0 <= count <= i:
                    return
                yield r

        return Dataset(rows, self._columns)

    def repeat(self, count=None):
        src = self

        def rows():
            for _ in range(1 if count is None else count):
                yield from src._rows()

        return Dataset(rows, self._columns)

    # ---- consumption
    def get_dataset_size(self):
        from . import _samplers

        # counted outside any running iterator (its epoch and shuffle state stay untouched)
        saved = _samplers._EPOCH[0], _samplers._ITER[0]
        _samplers._EPOCH[0], _samplers._ITER[0] = 0, None
        try:
            return sum(1 for _ in self._rows())
        finally:
            _samplers._EPOCH[0], _samplers._ITER[0] = saved

    def get_col_names(self):
        return list(self._columns)

    def create_tuple_iterator(self, columns=None, num_epochs=-1, output_numpy=False, do_copy=True):
        from .. import Tensor

        idx = [self._columns.index(c) for c in columns] if columns else range(len(self._columns))
        for r in self._rows():
            yield [r[i] if output_numpy or _is_str(r[i]) else Tensor(r[i]) for i in idx]

    def create_dict_iterator(self, num_epochs=-1, output_numpy=False, do_copy=True):
        from .. import Tensor

        for r in self._rows():
            yield {c: (v if output_numpy or _is_str(v) else Tensor(v)) for c, v in zip(self._columns, r)}

    def __iter__(self):
        return self.create_tuple_iterator()


def _is_str(v):
    # string columns come out of the iterators as numpy arrays
    return getattr(getattr(v, "dtype", None), "kind", "") in ("U", "S", "O")


def _split_columns(data, column_names):
    import numpy as np

    if isinstance(data, dict):
        names = list(data.keys())
        cols = [np.asarray(v) for v in data.values()]
    elif isinstance(data, tuple):
        cols = [np.asarray(v) for v in data]
        names = column_names or [f"column_{i}" for i in range(len(cols))]
    else:
        cols = [np.asarray(data)]
        names = column_names or ["column_0"]
    if isinstance(names, str):
        names = [names]
    return cols, list(names)


class NumpySlicesDataset(Dataset):
    def __init__(self, data, column_names=None, num_samples=None, num_parallel_workers=1, shuffle=None,
                 sampler=None, num_shards=None, shard_id=None):
        cols, names = _split_columns(data, column_names)
        n = len(cols[0])
        from ._samplers import order as _order

        def rows():
            # the order is drawn when the rows are read (a seeded shuffle depends on the epoch)
            for i in _order(n, shuffle, sampler, num_samples, num_shards, shard_id):
                yield tuple(c[i] for c in cols)

        super().__init__(rows, names)


class GeneratorDataset(Dataset):
    def __init__(self, source, column_names=None, column_types=None, schema=None, num_samples=None,
                 num_parallel_workers=1, shuffle=None, sampler=None, **kwargs):
        import numpy as np

        names = [column_names] if isinstance(column_names, str) else list(column_names or ["column_0"])
        random_access = hasattr(source, "__getitem__") and hasattr(source, "__len__")

        def rows():
            if random_access:
                from ._samplers import order as _order

                order = _order(len(source), shuffle, sampler, num_samples, kwargs.get("num_shards"),
                               kwargs.get("shard_id"))
                it = (source[i] for i in order)
            else:
                it = source() if callable(source) else iter(source)
            for k, r in enumerate(it):
                if num_samples is not None and k >= num_samples:
                    return
                r = r if isinstance(r, tuple) else (r,)
                yield tuple(np.asarray(v) for v in r)

        super().__init__(rows, names)


from . import _datasets  # noqa: E402,F401
from ._datasets import DictIterator, TupleIterator, zip  # noqa: E402,F401
from . import config, text, transforms, vision  # noqa: E402,F401
from ._samplers import (  # noqa: E402,F401
    DistributedSampler, RandomSampler, Sampler, SequentialSampler, SubsetRandomSampler, SubsetSampler,
    WeightedRandomSampler,
)
