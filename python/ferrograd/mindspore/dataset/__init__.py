"""mindspore.dataset: in-memory pipelines (NumpySlicesDataset, GeneratorDataset) with batch/map/
shuffle and the tuple/dict iterators that training loops use. Rows are numpy arrays; iterators
yield mindspore Tensors."""
import math as _math


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

        def rows():
            buf = []
            for r in src._rows():
                buf.append(r)
                if len(buf) == batch_size:
                    yield tuple(np.stack([b[i] for b in buf]) for i in range(len(r)))
                    buf = []
            if buf and not drop_remainder:
                yield tuple(np.stack([b[i] for b in buf]) for i in range(len(buf[0])))

        return Dataset(rows, self._columns)

    def map(self, operations=None, input_columns=None, output_columns=None, **kwargs):
        import numpy as np

        ops = operations if isinstance(operations, (list, tuple)) else [operations]
        cols = input_columns if isinstance(input_columns, (list, tuple)) else \
            ([input_columns] if input_columns is not None else self._columns[:1])
        idx = [self._columns.index(c) for c in cols]
        src = self

        def rows():
            for r in src._rows():
                r = list(r)
                vals = [r[i] for i in idx]
                for op in ops:
                    out = op(*vals)
                    vals = list(out) if isinstance(out, tuple) else [out]
                for i, v in zip(idx, vals):
                    r[i] = np.asarray(v.asnumpy() if hasattr(v, "asnumpy") else v)
                yield tuple(r)

        return Dataset(rows, self._columns)

    def shuffle(self, buffer_size):
        import numpy as np

        src = self

        def rows():
            rs = list(src._rows())
            for i in np.random.permutation(len(rs)):
                yield rs[i]

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
        return sum(1 for _ in self._rows())

    def get_col_names(self):
        return list(self._columns)

    def create_tuple_iterator(self, columns=None, num_epochs=-1, output_numpy=False, do_copy=True):
        from .. import Tensor

        idx = [self._columns.index(c) for c in columns] if columns else range(len(self._columns))
        for r in self._rows():
            yield [r[i] if output_numpy else Tensor(r[i]) for i in idx]

    def create_dict_iterator(self, num_epochs=-1, output_numpy=False, do_copy=True):
        from .. import Tensor

        for r in self._rows():
            yield {c: (v if output_numpy else Tensor(v)) for c, v in zip(self._columns, r)}

    def __iter__(self):
        return self.create_tuple_iterator()


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
        import numpy as np

        cols, names = _split_columns(data, column_names)
        n = len(cols[0])
        order = list(range(n))
        if shuffle is None or shuffle is True:
            order = list(np.random.permutation(n))
        if num_samples is not None:
            order = order[:num_samples]

        def rows():
            for i in order:
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
                order = list(range(len(source)))
                if shuffle is None or shuffle is True:
                    order = list(np.random.permutation(len(source)))
                it = (source[i] for i in order)
            else:
                it = source() if callable(source) else iter(source)
            for k, r in enumerate(it):
                if num_samples is not None and k >= num_samples:
                    return
                r = r if isinstance(r, tuple) else (r,)
                yield tuple(np.asarray(v) for v in r)

        super().__init__(rows, names)


from . import _more  # noqa: E402,F401
from ._more import DictIterator, TupleIterator, zip  # noqa: E402,F401
from . import config, transforms, vision  # noqa: E402,F401
