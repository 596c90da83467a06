# torch.nn.utils.rnn: pad_sequence, PackedSequence, pack_padded_sequence, pad_packed_sequence, pack_sequence,
# unpad_sequence, unpack_sequence.
from collections import namedtuple

from .... import _core

__all__ = ["PackedSequence", "invert_permutation", "pack_padded_sequence", "pad_packed_sequence", "pad_sequence",
           "unpad_sequence", "pack_sequence", "unpack_sequence"]


class PackedSequence(namedtuple("PackedSequence", ["data", "batch_sizes", "sorted_indices", "unsorted_indices"])):
    def __new__(cls, data, batch_sizes=None, sorted_indices=None, unsorted_indices=None):
        if unsorted_indices is None:
            unsorted_indices = invert_permutation(sorted_indices)
        return super().__new__(cls, data, batch_sizes, sorted_indices, unsorted_indices)

    def to(self, *args, **kwargs):
        return self

    def cpu(self):
        return self

    @property
    def is_cuda(self):
        return False

    def is_pinned(self):
        return False


def _long(values):
    from ... import int64

    return _core.tensor(list(values), int64, False, 0)


def invert_permutation(permutation):
    if permutation is None:
        return None
    p = permutation.tolist()
    out = [0] * len(p)
    for i, v in enumerate(p):
        out[v] = i
    return _long(out)


def pad_sequence(sequences, batch_first=False, padding_value=0.0, padding_side="right"):
    if isinstance(sequences, _core.Tensor):
        sequences = sequences.unbind(0)
    try:
        sequences = tuple(sequences)
    except TypeError:
        raise RuntimeError("pad_sequence: Expected iterable for input sequences, but got arg of type: "
                           f"{type(sequences)}") from None
    if padding_side not in ("left", "right"):
        raise RuntimeError(f"Expected padding_side to be one of left or right, but got {padding_side}.")
    max_len = max(s.size(0) for s in sequences)
    rows = []
    for s in sequences:
        n = s.size(0)
        if n < max_len:
            pad = _core.full([max_len - n] + list(s.shape[1:]), padding_value, s.dtype, False, 0)
            s = _core.cat([s, pad] if padding_side == "right" else [pad, s], 0)
        rows.append(s)
    return _core.stack(rows, 0 if batch_first else 1)


def _fused(name, out, ins):
    from .. import functional as F

    return F._fused(name, out, ins)


def pack_padded_sequence(input, lengths, batch_first=False, enforce_sorted=True):
    if isinstance(lengths, _core.Tensor):
        lens = [int(v) for v in lengths.tolist()]
    else:
        lens = [int(v) for v in lengths]
    sorted_indices = None
    if enforce_sorted:
        if any(lens[i] < lens[i + 1] for i in range(len(lens) - 1)):
            raise RuntimeError("`lengths` array must be sorted in decreasing order when `enforce_sorted` is True. You "
                               "can pass `enforce_sorted=False` to pack_padded_sequence and/or pack_sequence to "
                               "sidestep this requirement if you do not need ONNX exportability.")
    else:
        order = sorted(range(len(lens)), key=lambda i: -lens[i])
        sorted_indices = _long(order)
        lens = [lens[i] for i in order]
        input = input.index_select(0 if batch_first else 1, sorted_indices)
    if lens and lens[-1] <= 0:
        raise RuntimeError("Length of all samples has to be greater than 0, but found an element in 'lengths' that "
                           "is <= 0")
    x = input.transpose(0, 1) if batch_first else input
    T = lens[0] if lens else 0
    if T > x.size(0):
        raise RuntimeError(f"Expected sequence length to be larger than 0 in RNN")
    batch_sizes = [sum(1 for n in lens if n > t) for t in range(T)]
    data = _core.cat([x[t].narrow(0, 0, bs) for t, bs in enumerate(batch_sizes)], 0)
    data = _fused("PackPaddedSequenceBackward0", data, [input])
    return PackedSequence(data, _long(batch_sizes), sorted_indices, None)


def _unpack(data, batch_sizes, padding_value=0.0, total_length=None):
    # (T, B, *) padded tensor and the lengths of a packed sequence's data (sorted order).
    bsz = [int(v) for v in batch_sizes.tolist()]
    B = bsz[0]
    T = len(bsz) if total_length is None else total_length
    rows, off = [], 0
    tail = list(data.shape[1:])
    for t in range(T):
        bs = bsz[t] if t < len(bsz) else 0
        part = data.narrow(0, off, bs) if bs else None
        off += bs
        if bs < B:
            pad = _core.full([B - bs] + tail, padding_value, data.dtype, False, 0)
            part = pad if part is None else _core.cat([part, pad], 0)
        rows.append(part)
    lengths = [sum(1 for bs in bsz if bs > b) for b in range(B)]
    return _core.stack(rows, 0), lengths


def pad_packed_sequence(sequence, batch_first=False, padding_value=0.0, total_length=None):
    max_seq_length = sequence.batch_sizes.size(0)
    if total_length is not None:
        if total_length < max_seq_length:
            raise ValueError("Expected total_length to be at least the length of the longest sequence in input, but "
                             f"got total_length={total_length} and max sequence length being {max_seq_length}")
    padded, lengths = _unpack(sequence.data, sequence.batch_sizes, padding_value, total_length)
    if batch_first:
        padded = padded.transpose(0, 1)
    lengths = _long(lengths)
    if sequence.unsorted_indices is not None:
        padded = padded.index_select(0 if batch_first else 1, sequence.unsorted_indices)
        lengths = lengths[sequence.unsorted_indices]
    return padded, lengths


def pack_sequence(sequences, enforce_sorted=True):
    lengths = _long([v.size(0) for v in sequences])
    return pack_padded_sequence(pad_sequence(sequences), lengths, enforce_sorted=enforce_sorted)


def unpad_sequence(padded_sequences, lengths, batch_first=False):
    x = padded_sequences if batch_first else padded_sequences.transpose(0, 1)
    return [seq.narrow(0, 0, int(n)) for seq, n in zip(x.unbind(0), lengths.tolist())]


def unpack_sequence(packed_sequences):
    padded, lengths = pad_packed_sequence(packed_sequences, batch_first=True)
    return unpad_sequence(padded, lengths, batch_first=True)
