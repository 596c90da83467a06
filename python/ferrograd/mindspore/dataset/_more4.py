"""Dataset.split and Dataset.apply (session 4), as MindSpore 2.10: split sizes from ints or fractions
(rounding, the difference given to/taken from the first split), each split a skip/take of the source;
randomize=True shuffles first (ferrograd's seeded shuffle, not MindSpore's sampler order)."""
from . import Dataset


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
