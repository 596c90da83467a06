# More of mindspore.dataset's Dataset API: project/rename/skip/filter/zip/concat, split/apply, output shapes and
# types, batch size, TupleIterator/DictIterator objects, and MindSpore's rule that a pipeline is a
# tree (a dataset object consumed by two operations raises ValueError when the pipeline runs).
from . import Dataset


def _link(out, *inputs):
    out._inputs = list(inputs)
    for d in inputs:
        d._consumers = getattr(d, "_consumers", 0) + 1
    bs = [getattr(d, "_batch", 1) for d in inputs]
    out._batch = bs[0] if bs else 1
    return out


def _check_tree(ds):
    seen = set()
    stack = [ds]
    while stack:
        d = stack.pop()
        if id(d) in seen:
            continue
        seen.add(id(d))
        if getattr(d, "_consumers", 0) > 1:
            raise ValueError("The data pipeline is not a tree (i.e., one node has 2 consumers)")
        stack.extend(getattr(d, "_inputs", []))


def _wrap_derive(name):
    orig = getattr(Dataset, name)

    def method(self, *args, **kwargs):
        return _link(orig(self, *args, **kwargs), self)

    method.__name__ = name
    method.__doc__ = orig.__doc__
    setattr(Dataset, name, method)


for _n in ("map", "shuffle", "take", "repeat"):
    _wrap_derive(_n)

_orig_batch = Dataset.batch


def _batch(self, batch_size, drop_remainder=False, num_parallel_workers=None, **kwargs):
    out = _link(_orig_batch(self, batch_size, drop_remainder, num_parallel_workers, **kwargs), self)
    out._batch = batch_size
    return out


Dataset.batch = _batch


def _wrap_consume(name):
    orig = getattr(Dataset, name)

    def method(self, *args, **kwargs):
        _check_tree(self)
        return orig(self, *args, **kwargs)

    method.__name__ = name
    setattr(Dataset, name, method)


for _n in ("get_dataset_size",):
    _wrap_consume(_n)


class TupleIterator:
    """An iterator over num_epochs epochs (-1: any number): a new `for` over it after an epoch ends
    starts the next epoch (samplers reshuffle per epoch, as MindSpore's)."""

    def __init__(self, gen, factory=None, num_epochs=-1):
        self._gen = gen
        self._factory, self._num_epochs = factory, num_epochs
        self._epoch, self._done = 0, False

    def __iter__(self):
        if self._done and self._factory is not None and (self._num_epochs in (-1, None) or
                                                          self._epoch + 1 < self._num_epochs):
            self._epoch += 1
            self._gen, self._done = self._factory(self._epoch), False
        return self

    def __next__(self):
        try:
            return next(self._gen)
        except StopIteration:
            self._done = True
            raise

    def stop(self):
        pass


class DictIterator(TupleIterator):
    pass


_orig_tuple = Dataset.create_tuple_iterator
_orig_dict = Dataset.create_dict_iterator


def _ll(v):
    # int64 arrays come out of MindSpore's C++ pipeline as numpy's longlong (repr shows dtype=int64).
    import numpy as np

    if isinstance(v, np.generic):
        v = np.asarray(v)
    if isinstance(v, np.ndarray) and v.dtype == np.int64 and v.dtype.type is not np.longlong:
        return v.astype(np.longlong)
    return v


def _epoch_gen(make, epoch, token):
    from . import _samplers

    _samplers._EPOCH[0], _samplers._ITER[0] = epoch, token
    try:
        yield from make()
    finally:
        _samplers._EPOCH[0], _samplers._ITER[0] = 0, None


def create_tuple_iterator(self, columns=None, num_epochs=-1, output_numpy=False, do_copy=True):
    _check_tree(self)

    token = object()

    def factory(epoch):
        it = _epoch_gen(lambda: _orig_tuple(self, columns, num_epochs, output_numpy, do_copy), epoch, token)
        return ([_ll(v) for v in r] for r in it) if output_numpy else it

    return TupleIterator(factory(0), factory, num_epochs)


def create_dict_iterator(self, num_epochs=-1, output_numpy=False, do_copy=True):
    _check_tree(self)

    token = object()

    def factory(epoch):
        it = _epoch_gen(lambda: _orig_dict(self, num_epochs, output_numpy, do_copy), epoch, token)
        return ({k: _ll(v) for k, v in r.items()} for r in it) if output_numpy else it

    return DictIterator(factory(0), factory, num_epochs)


Dataset.create_tuple_iterator = create_tuple_iterator
Dataset.create_dict_iterator = create_dict_iterator


def project(self, columns):
    cols = [columns] if isinstance(columns, str) else list(columns)
    idx = [self._columns.index(c) for c in cols]
    src = self

    def rows():
        for r in src._rows():
            yield tuple(r[i] for i in idx)

    return _link(Dataset(rows, cols), self)


def rename(self, input_columns, output_columns):
    ins = [input_columns] if isinstance(input_columns, str) else list(input_columns)
    outs = [output_columns] if isinstance(output_columns, str) else list(output_columns)
    names = [outs[ins.index(c)] if c in ins else c for c in self._columns]
    src = self
    return _link(Dataset(lambda: src._rows(), names), self)


def skip(self, count):
    src = self

    def rows():
        for i, r in enumerate(src._rows()):
            if i >= count:
                yield r

    return _link(Dataset(rows, self._columns), self)


def filter(self, predicate, input_columns=None, num_parallel_workers=None):
    cols = self._columns if input_columns is None else (
        [input_columns] if isinstance(input_columns, str) else list(input_columns))
    idx = [self._columns.index(c) for c in cols]
    src = self

    def rows():
        for r in src._rows():
            if predicate(*[r[i] for i in idx]):
                yield r

    return _link(Dataset(rows, self._columns), self)


def zip(datasets, *more):
    if more:  # the builtin's signature (this module-level name shadows it in the package)
        import builtins

        return builtins.zip(datasets, *more)
    datasets = tuple(datasets)
    names = []
    for d in datasets:
        names += d._columns

    def rows():
        import builtins

        for parts in builtins.zip(*[d._rows() for d in datasets]):
            yield tuple(v for p in parts for v in p)

    return _link(Dataset(rows, names), *datasets)


def _zip_method(self, datasets):
    others = (datasets,) if isinstance(datasets, Dataset) else tuple(datasets)
    return zip((self,) + others)


def concat(self, datasets):
    others = [datasets] if isinstance(datasets, Dataset) else list(datasets)
    allds = [self] + others

    def rows():
        for d in allds:
            yield from d._rows()

    return _link(Dataset(rows, self._columns), *allds)


def output_shapes(self, estimate=False):
    for r in self._rows():
        return [list(v.shape) for v in r]
    return []


def output_types(self):
    for r in self._rows():
        return [v.dtype for v in r]
    return []


def get_batch_size(self):
    return getattr(self, "_batch", 1)


def get_repeat_count(self):
    return 1


def get_class_indexing(self):
    return {}


for _f in (project, rename, skip, filter, concat, output_shapes, output_types, get_batch_size,
           get_repeat_count, get_class_indexing):
    setattr(Dataset, _f.__name__, _f)
Dataset.zip = _zip_method
Dataset.__add__ = concat


def _absolute_split_sizes(self, sizes):
    size = self.get_dataset_size()
    if size is None or size <= 0:
        raise RuntimeError("dataset_size is unknown, unable to split.")
    if not isinstance(sizes, list):
        raise RuntimeError("sizes must be a list.")
    if all(isinstance(s, int) for s in sizes):
        if sum(sizes) != size:
            raise RuntimeError(f"Sum of split sizes {sum(sizes)} is not equal to dataset size {size}.")
        return list(sizes)
    out = []
    for item in sizes:
        n = int(round(item * size))
        if n == 0:
            raise RuntimeError(f"Split percentage {item} is too small.")
        out.append(n)
    total = sum(out)
    diff = int(size - total)
    if diff > 0:
        out[0] += diff
    else:
        for i, _ in enumerate(out):
            if out[i] + diff > 0:
                out[i] += diff
                break
    if sum(out) != size:
        raise RuntimeError(f"Sum of calculated split sizes {total} is not equal to dataset size {size}.")
    return out


def split(self, sizes, randomize=True):
    if not isinstance(sizes, list) or not sizes:
        raise TypeError(f"Argument sizes with value {sizes} is not of type [<class 'list'>], but got "
                        f"{type(sizes)}.")
    if not all(isinstance(s, int) for s in sizes):
        if not all(isinstance(s, (int, float)) for s in sizes):
            raise TypeError("sizes should be a list of int or a list of float.")
        if abs(sum(sizes) - 1) > 1e-6:
            raise ValueError("sizes is a list of float, but the percentages do not sum up to 1.")
    absolute = _absolute_split_sizes(self, sizes)
    out = []
    start = 0
    for n in absolute:
        # each split reads its own copy of the pipeline (MindSpore deep-copies the dataset)
        src = self
        clone = Dataset(lambda src=src: src._rows(), self._columns)
        clone._inputs = list(getattr(self, "_inputs", []))
        clone._batch = getattr(self, "_batch", 1)
        part = clone.shuffle(10000) if randomize else clone
        part = part.skip(start) if start else part
        out.append(part.take(n))
        start += n
    return tuple(out)


def apply(self, apply_func):
    if not callable(apply_func):
        raise TypeError("apply_func must be a function.")
    ds = apply_func(self)
    if not isinstance(ds, Dataset):
        raise TypeError("apply_func must return a dataset.")
    return ds


Dataset.split = split
Dataset.apply = apply
