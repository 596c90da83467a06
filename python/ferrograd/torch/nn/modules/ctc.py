# torch.nn.CTCLoss / F.ctc_loss: the CTC forward (alpha) recursion in log space composed from
# differentiable ops (the gradient comes from autograd), plus the deprecated NLLLoss2d alias.
import warnings

from .loss import NLLLoss, _Loss

__all__ = ["CTCLoss", "NLLLoss2d"]
FUNCTIONS = ["ctc_loss"]

_NEG = -1e30


def _torch():
    from .... import torch

    return torch


def _as_list(v, name):
    torch = _torch()
    if isinstance(v, torch.Tensor):
        if v.is_floating_point():
            raise RuntimeError(f"{name} must be integral")
        v = v.reshape(-1).tolist()
    v = [int(x) for x in v]
    for x in v:
        if x < 0:
            raise RuntimeError(f"Expected {name} to have value at least 0, but got value {x} (while checking "
                               "arguments for ctc_loss_allocate_outputs)")
    return v


def ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction="mean", zero_infinity=False):
    torch = _torch()
    if log_probs.dtype not in (torch.float32, torch.float64):
        names = {"int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char", "uint8": "Byte", "bool": "Bool",
                 "float16": "Half", "bfloat16": "BFloat16"}
        dn = str(log_probs.dtype).replace("torch.", "")
        raise NotImplementedError(f'"ctc_loss_cpu" not implemented for \'{names.get(dn, dn)}\'')
    unbatched = log_probs.dim() == 2
    lp_all = log_probs.unsqueeze(1) if unbatched else log_probs
    T, N, C = lp_all.shape
    in_lens = _as_list(input_lengths, "input_lengths")
    tg_lens = _as_list(target_lengths, "target_lengths")
    if targets.dim() == 2 and not unbatched and max(tg_lens, default=0) > targets.shape[1]:
        raise RuntimeError(f"Expected tensor to have size at least {max(tg_lens)} at dimension 1, but got size "
                           f"{targets.shape[1]} for argument #2 'targets' (while checking arguments for "
                           "ctc_loss_allocate_outputs)")
    if len(in_lens) != N:
        raise RuntimeError(f"input_lengths must be of size batch_size")
    if len(tg_lens) != N:
        raise RuntimeError(f"target_lengths must be of size batch_size")
    tg = targets.reshape(-1).tolist() if (targets.dim() == 1 or unbatched) else None
    offsets = []
    acc = 0
    for n in range(N):
        offsets.append(acc)
        acc += tg_lens[n]
    losses = []
    for n in range(N):
        Tn, L = in_lens[n], tg_lens[n]
        if Tn > T:
            raise RuntimeError(f"Expected input_lengths to have value at most {T}, but got value {Tn} (while "
                               f"checking arguments for ctc_loss_cpu)")
        if tg is not None:
            labels = [int(x) for x in tg[offsets[n]:offsets[n] + L]]
        else:
            labels = [int(x) for x in targets[n, :L].tolist()]
        ext = [blank]
        for lab in labels:
            ext += [lab, blank]
        S = len(ext)
        lp = lp_all[:, n, :]
        idx = torch.tensor(ext, dtype=torch.int64)
        allow2 = [s >= 2 and ext[s] != blank and ext[s] != ext[s - 2] for s in range(S)]
        mask2 = torch.tensor(allow2)
        neg1 = torch.full((1,), _NEG, dtype=lp.dtype)
        neg2 = torch.full((2,), _NEG, dtype=lp.dtype)
        negS = torch.full((S,), _NEG, dtype=lp.dtype)
        emit0 = lp[0].index_select(0, idx)
        init = torch.full((S,), _NEG, dtype=lp.dtype)
        keep = torch.zeros(S, dtype=torch.bool)
        keep[0] = True
        if S > 1:
            keep[1] = True
        alpha = torch.where(keep, emit0, init)
        for t in range(1, Tn):
            a1 = torch.cat([neg1, alpha[:-1]])
            a2 = torch.where(mask2, torch.cat([neg2, alpha[:-2]]) if S > 2 else negS, negS)
            alpha = torch.stack([alpha, a1, a2], 0).logsumexp(0) + lp[t].index_select(0, idx)
        if S > 1:
            ll = torch.stack([alpha[S - 1], alpha[S - 2]]).logsumexp(0)
        else:
            ll = alpha[S - 1]
        loss = -ll
        if Tn > 0:
            # ATen's ctc backward returns exp(log_probs) - posterior (it assumes normalised log_probs):
            # a zero-valued term whose gradient is exp(log_probs) over the valid time steps
            e = lp[:Tn].exp()
            loss = loss + (e - e.detach()).sum()
        loss = torch.where(loss > 1e29, torch.full_like(loss, float("inf")), loss)
        if Tn == 0:
            loss = torch.full_like(loss, 0.0 if L == 0 else float("inf"))
        losses.append(loss)
    loss = torch.stack(losses)
    if reduction == "none" and loss.requires_grad:
        loss = loss._named("CtcLossBackward0")
    if zero_infinity:
        loss = torch.where(loss == float("inf"), torch.zeros_like(loss), loss)
    if reduction == "mean":
        tl = torch.tensor(tg_lens, dtype=loss.dtype).clamp(min=1)
        return (loss / tl).mean()
    if reduction == "sum":
        return loss.sum()
    if reduction != "none":
        raise ValueError(f"{reduction} is not a valid value for reduction")
    return loss[0] if unbatched else loss


class CTCLoss(_Loss):
    __constants__ = ["blank", "reduction"]

    def __init__(self, blank=0, reduction="mean", zero_infinity=False):
        super().__init__(reduction=reduction)
        self.blank = blank
        self.zero_infinity = zero_infinity

    def forward(self, log_probs, targets, input_lengths, target_lengths):
        return ctc_loss(log_probs, targets, input_lengths, target_lengths, self.blank, self.reduction,
                        self.zero_infinity)


class NLLLoss2d(NLLLoss):
    def __init__(self, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
        warnings.warn("NLLLoss2d has been deprecated. Please use NLLLoss instead as a drop-in replacement and see "
                      "https://pytorch.org/docs/main/nn.html#torch.nn.NLLLoss for more details.", stacklevel=2)
        super().__init__(weight, size_average, ignore_index, reduce, reduction)
