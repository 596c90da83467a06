# Broadcasting, repetition and splitting: broadcast_shapes/tensors, repeat_interleave, tensor_split,
# hsplit, vsplit, ravel, Tensor.unfold.
import builtins as _b

from ._common import _T, _t, _tt


# ---- broadcasting ----
def broadcast_shapes(*shapes):
    import numpy as np

    shapes = [(s,) if isinstance(s, int) else tuple(s) for s in shapes]
    try:
        out = np.broadcast_shapes(*shapes)
    except ValueError:
        raise RuntimeError(f"Shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between "
                           f"arg 0 and arg 1.") from None
    return _tt().Size(out)


def broadcast_tensors(*tensors):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    shape = ()
    for t in tensors:  # folded left to right, with torch's message for the first mismatch
        s = tuple(t.shape)
        n = _b.max(len(shape), len(s))
        a, b = (1,) * (n - len(shape)) + shape, (1,) * (n - len(s)) + s
        for d, (x, y) in enumerate(zip(a, b)):
            if x != y and x != 1 and y != 1:
                raise RuntimeError(f"The size of tensor a ({x}) must match the size of tensor b ({y}) at "
                                   f"non-singleton dimension {d}")
        shape = tuple(y if x == 1 else x for x, y in zip(a, b))
    return tuple(t if tuple(t.shape) == shape else t.expand(*shape) for t in tensors)


# ---- repetition / splitting ----
def repeat_interleave(input, repeats=None, dim=None, *, output_size=None):
    import numpy as np

    if repeats is None:
        # torch.repeat_interleave(repeats): repeat 0..n-1 by the counts
        r = input.numpy(True)
        return _t(np.repeat(np.arange(len(r)), r).astype(np.int64))
    x = input
    if dim is None:
        x = x.reshape(-1)
        dim = 0
    dim = dim % _b.max(x.dim(), 1)
    n = x.shape[dim]
    if isinstance(repeats, _T):
        if repeats.dim() == 0 or repeats.numel() == 1:
            repeats = int(repeats.item())
        else:
            r = repeats.numpy(True)
            if len(r) != n:
                raise RuntimeError("repeats must have the same size as input along dim, but got repeats.size(0) = "
                                   f"{len(r)} and input.size({dim}) = {n}")
            idx = _t(np.repeat(np.arange(n), r).astype(np.int64))
            return x.index_select(dim, idx)
    if repeats < 0:
        raise RuntimeError("Repeats must be non-negative")
    idx = _t(np.repeat(np.arange(n), repeats).astype(np.int64))
    return x.index_select(dim, idx)


def tensor_split(input, indices_or_sections, dim=0):
    n = input.shape[dim]
    if isinstance(indices_or_sections, int):
        k = indices_or_sections
        base, extra = divmod(n, k)
        sizes = [base + 1 if i < extra else base for i in range(k)]
        bounds, s = [], 0
        for z in sizes:
            bounds.append((s, z))
            s += z
    else:
        idx = list(indices_or_sections.tolist() if isinstance(indices_or_sections, _T) else indices_or_sections)
        pts = [0] + [_b.min(_b.max(i, 0), n) for i in idx] + [n]
        bounds = [(pts[i], _b.max(pts[i + 1] - pts[i], 0)) for i in range(len(pts) - 1)]
    return tuple(input.narrow(dim, s, z) for s, z in bounds)


def hsplit(input, sections):
    return tensor_split(input, sections, 1 if input.dim() > 1 else 0)


def vsplit(input, sections):
    return tensor_split(input, sections, 0)


def ravel(input):
    return input.reshape(-1)


def _unfold(self, dimension, size, step):
    import numpy as np

    d = dimension % _b.max(self.dim(), 1)
    n = self.shape[d] if self.dim() else 1
    if size > n:
        raise RuntimeError(f"maximum size for tensor at dimension {d} is {n} but size is {size}")
    if step <= 0:
        raise RuntimeError(f"step is {step} but must be > 0")
    count = (n - size) // step + 1
    idx = (np.arange(count)[:, None] * step + np.arange(size)[None, :]).reshape(-1).astype(np.int64)
    g = self.index_select(d, _t(idx))
    shape = list(self.shape)
    shape[d:d + 1] = [count, size]
    g = g.reshape(*shape)
    return g.movedim(d + 1, -1) if hasattr(g, "movedim") else _movelast(g, d + 1)


def _movelast(x, d):
    perm = [i for i in range(x.dim()) if i != d] + [d]
    return x.permute(*perm)
