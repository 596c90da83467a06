# CTC loss: the docs example and a tiny conv + GRU sequence model trained with it
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)

T, C, N, S = 30, 6, 4, 8
S_min = 3
inp = torch.randn(T, N, C).log_softmax(2).detach().requires_grad_()
target = torch.randint(low=1, high=C, size=(N, S), dtype=torch.long)
input_lengths = torch.full(size=(N,), fill_value=T, dtype=torch.long)
target_lengths = torch.randint(low=S_min, high=S, size=(N,), dtype=torch.long)
ctc_loss = nn.CTCLoss()
print(ctc_loss)
loss = ctc_loss(inp, target, input_lengths, target_lengths)
loss.backward()
print(loss, target_lengths)
print(inp.grad[0], inp.grad[T - 1, 3])

# concatenated (1-D) targets and per-sample losses
flat = torch.cat([target[i, : target_lengths[i]] for i in range(N)])
print(F.ctc_loss(inp, flat, input_lengths, target_lengths, reduction="none"))
print(F.ctc_loss(inp, target, tuple(input_lengths.tolist()), tuple(target_lengths.tolist()), reduction="sum"))
short = torch.tensor([5, 30, 30, 30])
print(F.ctc_loss(inp, target, short, target_lengths, reduction="none"))
print(F.ctc_loss(inp, target, short, target_lengths, reduction="none", zero_infinity=True))
print(nn.CTCLoss(blank=5, zero_infinity=True)(inp, target - 1, input_lengths, target_lengths))


class TinyCRNN(nn.Module):
    def __init__(self, n_feats=8, n_classes=5):
        super().__init__()
        self.conv = nn.Conv1d(n_feats, 12, kernel_size=3, padding=1)
        self.rnn = nn.GRU(12, 16, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(32, n_classes)

    def forward(self, x):  # x: (N, F, T)
        h = F.relu(self.conv(x)).transpose(1, 2)
        h, _ = self.rnn(h)
        return self.fc(h).log_softmax(-1).transpose(0, 1)  # (T, N, C)


model = TinyCRNN()
feats = torch.randn(2, 8, 15)
labels = torch.tensor([[1, 2, 2, 3], [4, 1, 0, 0]])
lab_lens = torch.tensor([4, 2])
in_lens = torch.tensor([15, 12])
opt = torch.optim.Adam(model.parameters(), lr=0.02)
crit = nn.CTCLoss(blank=0, reduction="mean")
for step in range(5):
    opt.zero_grad()
    out = model(feats)
    l = crit(out, labels, in_lens, lab_lens)
    l.backward()
    nn.utils.clip_grad_norm_(model.parameters(), 5.0)
    opt.step()
    print(step, round(l.item(), 4))
best = model(feats).argmax(-1).T
decoded = []
for seq in best.tolist():
    out_seq, prev = [], None
    for s in seq:
        if s != prev and s != 0:
            out_seq.append(s)
        prev = s
    decoded.append(out_seq)
print(best, decoded)
