# AdaptiveLogSoftmaxWithLoss.
__all__ = ["AdaptiveLogSoftmaxWithLoss"]
import collections as _collections

from .. import functional as F
from .module import Module
from .linear import Linear
from .utils import _torch


_ASMoutput = _collections.namedtuple("_ASMoutput", ["output", "loss"])


class AdaptiveLogSoftmaxWithLoss(Module):
    def __init__(self, in_features, n_classes, cutoffs, div_value=4.0, head_bias=False, device=None, dtype=None):
        from .container import ModuleList, Sequential
        from .linear import Linear

        super().__init__()
        cutoffs = list(cutoffs)
        if len(cutoffs) == 0:
            raise ValueError("cutoffs should be a sequence of length larger than 0")
        if ((cutoffs != sorted(cutoffs)) or (min(cutoffs) <= 0) or (max(cutoffs) > (n_classes - 1))
                or (len(set(cutoffs)) != len(cutoffs)) or any(int(c) != c for c in cutoffs)):
            raise ValueError("cutoffs should be a sequence of unique, positive integers sorted in an increasing order, "
                             "where each value is between 1 and n_classes-1")
        self.in_features = in_features
        self.n_classes = n_classes
        self.cutoffs = cutoffs + [n_classes]
        self.div_value = div_value
        self.head_bias = head_bias
        self.shortlist_size = self.cutoffs[0]
        self.n_clusters = len(self.cutoffs) - 1
        self.head_size = self.shortlist_size + self.n_clusters
        self.head = Linear(self.in_features, self.head_size, bias=self.head_bias, dtype=dtype)
        self.tail = ModuleList()
        for i in range(self.n_clusters):
            hsz = int(self.in_features // (self.div_value ** (i + 1)))
            osz = self.cutoffs[i + 1] - self.cutoffs[i]
            projection = Sequential(Linear(self.in_features, hsz, bias=False, dtype=dtype),
                                    Linear(hsz, osz, bias=False, dtype=dtype))
            self.tail.append(projection)

    def reset_parameters(self):
        self.head.reset_parameters()
        for i2h, h2o in self.tail:
            i2h.reset_parameters()
            h2o.reset_parameters()

    def forward(self, input_, target_):
        torch = _torch()
        targ_dim = target_.dim()
        if targ_dim == 1:
            if input_.size(0) != target_.size(0):
                raise RuntimeError("Input and target should have the same size in the batch dimension.")
            if input_.dim() != 2:
                raise RuntimeError("1D target tensor expects 2D input tensors, but found inputs with size",
                                   input_.size())
        elif targ_dim == 0:
            if input_.dim() != 1:
                raise RuntimeError("0D target tensor expects 1D input tensors, but found inputs with size",
                                   input_.size())
        else:
            raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
        is_batched = targ_dim > 0
        input = input_ if is_batched else input_.unsqueeze(0)
        target = target_ if is_batched else target_.unsqueeze(0)
        tl = [int(t) for t in target.tolist()]
        batch_size = len(tl)
        output = torch.zeros(batch_size, dtype=input.dtype)
        gather_inds = [0] * batch_size
        used_rows = 0
        cutoff_values = [0] + self.cutoffs
        import numpy as np

        for i in range(len(cutoff_values) - 1):
            low_idx, high_idx = cutoff_values[i], cutoff_values[i + 1]
            rows = [r for r, t in enumerate(tl) if low_idx <= t < high_idx]
            if not rows:
                continue
            if i == 0:
                for r in rows:
                    gather_inds[r] = tl[r]
            else:
                rel = torch.tensor([tl[r] - low_idx for r in rows], dtype=torch.int64)
                input_subset = input.index_select(0, torch.tensor(rows, dtype=torch.int64))
                cluster_output = self.tail[i - 1](input_subset)
                cluster_index = self.shortlist_size + i - 1
                for r in rows:
                    gather_inds[r] = cluster_index
                cluster_logprob = F.log_softmax(cluster_output, dim=1)
                local_logprob = cluster_logprob.gather(1, rel.unsqueeze(1)).squeeze(1)
                P = np.zeros((batch_size, len(rows)))
                for j, r in enumerate(rows):
                    P[r, j] = 1.0
                output = output + torch.tensor(P, dtype=input.dtype) @ local_logprob
            used_rows += len(rows)
        if used_rows != batch_size:
            raise RuntimeError(f"Target values should be in [0, {self.n_classes - 1}], but values in range "
                               f"[{target.min().item()}, {target.max().item()}] were found. ")
        head_output = self.head(input)
        head_logprob = F.log_softmax(head_output, dim=1)
        gi = torch.tensor(gather_inds, dtype=torch.int64)
        output = output + head_logprob.gather(1, gi.unsqueeze(1)).squeeze()
        loss = (-output).mean()
        if not is_batched:
            output = output.squeeze(0)
        return _ASMoutput(output, loss)

    def _get_full_log_prob(self, input, head_output):
        torch = _torch()
        head_logprob = F.log_softmax(head_output, dim=1)
        parts = [head_logprob[:, : self.shortlist_size]]
        for i, (start_idx, stop_idx) in enumerate(zip(self.cutoffs, self.cutoffs[1:])):
            cluster_output = self.tail[i](input)
            cluster_logprob = F.log_softmax(cluster_output, dim=1)
            parts.append(cluster_logprob + head_logprob[:, self.shortlist_size + i].unsqueeze(1))
        return torch.cat(parts, 1)

    def log_prob(self, input):
        is_batched = input.dim() > 1
        input = input if is_batched else input.unsqueeze(0)
        head_output = self.head(input)
        out = self._get_full_log_prob(input, head_output)
        return out if is_batched else out.squeeze(0)

    def predict(self, input):
        torch = _torch()
        is_batched = input.dim() > 1
        input = input if is_batched else input.unsqueeze(0)
        head_output = self.head(input)
        output = torch.argmax(head_output, dim=1)
        not_in_shortlist = output >= self.shortlist_size
        if not bool(not_in_shortlist.any()):
            return output if is_batched else output.squeeze(0)
        log_prob = self._get_full_log_prob(input, head_output)
        full = torch.argmax(log_prob, dim=1)
        output = torch.where(not_in_shortlist, full, output)
        return output if is_batched else output.squeeze(0)
