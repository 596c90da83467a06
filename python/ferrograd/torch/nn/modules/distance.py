# CosineSimilarity, PairwiseDistance and pdist.
__all__ = ["CosineSimilarity", "PairwiseDistance"]
import math

from .. import functional as F
from .module import Module
from .utils import _torch


class CosineSimilarity(Module):
    def __init__(self, dim=1, eps=1e-8):
        super().__init__()
        self.dim, self.eps = dim, eps

    def forward(self, x1, x2):
        return F.cosine_similarity(x1, x2, self.dim, self.eps)


class PairwiseDistance(Module):
    def __init__(self, p=2.0, eps=1e-6, keepdim=False):
        super().__init__()
        self.norm, self.eps, self.keepdim = p, eps, keepdim

    def forward(self, x1, x2):
        return F.pairwise_distance(x1, x2, self.norm, self.eps, self.keepdim)


def pdist(input, p=2):
    torch = _torch()
    if input.dim() != 2:
        raise RuntimeError(f"pdist only supports 2D tensors, got: {input.dim()}D")
    n = input.shape[0]
    ii = [i for i in range(n) for j in range(i + 1, n)]
    jj = [j for i in range(n) for j in range(i + 1, n)]
    if not ii:
        return torch.zeros(0, dtype=input.dtype)
    a = input.index_select(0, torch.tensor(ii, dtype=torch.int64))
    b = input.index_select(0, torch.tensor(jj, dtype=torch.int64))
    d = a - b
    if p == 2:
        r = (d * d).sum(-1).sqrt()
    elif p == 1:
        r = d.abs().sum(-1)
    elif p == math.inf:
        r = d.abs().amax(-1)
    elif p == 0:
        r = (d != 0).to(input.dtype).sum(-1)
    else:
        r = d.abs().pow(p).sum(-1).pow(1.0 / p)
    return r._named("PdistBackward0") if r.requires_grad else r
