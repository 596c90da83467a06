# Argument helpers shared by the nn modules (as torch.nn.modules.utils).
from .... import _core


def _pair(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


def _single(v):
    return tuple(v) if isinstance(v, (tuple, list)) else (v,)


def _adaptive_bounds(L, out):
    return [((i * L) // out, -((-(i + 1) * L) // out)) for i in range(out)]


def _full(like, v):
    return _core.full_like(like, float(v))


def _where(c, a, b):
    return _core.where_(c, a, b)


def _ntuple(v, n):
    return tuple(v) if isinstance(v, (tuple, list)) else (v,) * n


def _torch():
    from .... import torch

    return torch


def _triple(v):
    return _ntuple(v, 3)
