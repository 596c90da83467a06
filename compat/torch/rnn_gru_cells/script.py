# nn.RNN / nn.GRU / nn.LSTM options (layers, batch_first, bidirectional, proj_size) and the cell modules
import torch
import torch.nn as nn

torch.manual_seed(0)
g = nn.GRU(2, 4, num_layers=2, batch_first=True, bidirectional=True)
print(g)
for name, p in g.named_parameters():
    print(name, tuple(p.shape))
x = torch.randn(3, 5, 2)
o, h = g(x)
print(o.shape, h.shape)
print(o[0, :2])
print(h[:, 0])
print(h.grad_fn.name())

r = nn.RNN(2, 3, nonlinearity='relu')
print(r)
o, h = r(torch.randn(4, 2))
print(o, h)
r2 = nn.RNN(3, 2, num_layers=2, dropout=0.0, bias=False)
print(r2, [n for n, _ in r2.named_parameters()])
o, h = r2(torch.randn(2, 1, 3), torch.zeros(2, 1, 2))
print(o, h)

lstm = nn.LSTM(4, 6, proj_size=3, batch_first=True)
print(lstm)
out, (hn, cn) = lstm(torch.randn(2, 3, 4))
print(out.shape, hn.shape, cn.shape)
print(out[1])

cell = nn.LSTMCell(2, 3)
print(cell)
hx, cx = cell(torch.randn(1, 2))
print(hx, cx)
gc = nn.GRUCell(2, 3)
print(gc, gc(torch.randn(2)))
rc = nn.RNNCell(2, 3, nonlinearity='relu')
print(rc, rc(torch.randn(4, 2)))

# a step-by-step loop with a cell equals the layer on the whole sequence
torch.manual_seed(3)
layer = nn.GRU(3, 2)
cell = nn.GRUCell(3, 2)
with torch.no_grad():
    cell.weight_ih.copy_(layer.weight_ih_l0)
    cell.weight_hh.copy_(layer.weight_hh_l0)
    cell.bias_ih.copy_(layer.bias_ih_l0)
    cell.bias_hh.copy_(layer.bias_hh_l0)
seq = torch.randn(4, 1, 3)
out, hn = layer(seq)
h = torch.zeros(1, 2)
for t in range(4):
    h = cell(seq[t], h)
print(torch.allclose(h, hn[0]), out[-1])

# gradients flow back through time
out.sum().backward()
print(layer.weight_hh_l0.grad)
