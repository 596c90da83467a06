# Variable-length sequences: pad_sequence, pack_padded_sequence, a bidirectional LSTM on a PackedSequence,
# pad_packed_sequence, and a small classifier trained on packed batches
import torch
import torch.nn as nn
from torch.nn.utils.rnn import (pack_padded_sequence, pack_sequence, pad_packed_sequence, pad_sequence,
                                unpack_sequence)

torch.manual_seed(0)
seqs = [torch.tensor([1, 2, 3, 4]), torch.tensor([5, 6]), torch.tensor([7, 8, 9])]
padded = pad_sequence(seqs, batch_first=True, padding_value=0)
print(padded)
lengths = torch.tensor([len(s) for s in seqs])
packed = pack_padded_sequence(padded, lengths, batch_first=True, enforce_sorted=False)
print(packed)
unpacked, lens = pad_packed_sequence(packed, batch_first=True)
print(unpacked, lens)
print(pack_sequence([torch.tensor([1., 2., 3.]), torch.tensor([4., 5.])]))
print(unpack_sequence(pack_sequence([torch.tensor([1., 2.]), torch.tensor([3., 4., 5.])], enforce_sorted=False)))


class SeqClassifier(nn.Module):
    def __init__(self, vocab, emb, hidden, classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb, padding_idx=0)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, classes)

    def forward(self, tokens, lengths):
        emb = self.embedding(tokens)
        packed = pack_padded_sequence(emb, lengths, batch_first=True, enforce_sorted=False)
        out, (h_n, c_n) = self.lstm(packed)
        out, _ = pad_packed_sequence(out, batch_first=True)
        feat = torch.cat([h_n[-2], h_n[-1]], dim=1)
        return self.fc(feat), out


model = SeqClassifier(vocab=10, emb=4, hidden=5, classes=2)
labels = torch.tensor([0, 1, 0])
logits, out = model(padded, lengths)
print(logits)
print(out.shape, out[1, 2:])
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for step in range(40):
    opt.zero_grad()
    logits, _ = model(padded, lengths)
    loss = nn.functional.cross_entropy(logits, labels)
    loss.backward()
    opt.step()
    if step % 10 == 9:
        print(step + 1, f"{loss.item():.4f}")
print(logits.argmax(1))
gru = nn.GRU(4, 3, num_layers=2)
o, h = gru(pack_sequence([torch.randn(3, 4), torch.randn(2, 4), torch.randn(1, 4)]))
print(o.batch_sizes, o.data.shape, h.shape)
print(h[-1])
