# Activation checkpointing as in the torch.utils.checkpoint docs / memory-saving tutorials: same outputs and
# gradients as the plain forward, the reentrant variant without grad-requiring inputs, checkpoint_sequential
import warnings

import torch
from torch.utils.checkpoint import checkpoint, checkpoint_sequential

warnings.simplefilter("ignore")
torch.manual_seed(0)


class Block(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin1 = torch.nn.Linear(4, 8)
        self.lin2 = torch.nn.Linear(8, 4)

    def forward(self, x):
        return x + self.lin2(torch.relu(self.lin1(x)))


class Net(torch.nn.Module):
    def __init__(self, use_ckpt):
        super().__init__()
        self.blocks = torch.nn.ModuleList([Block() for _ in range(3)])
        self.use_ckpt = use_ckpt

    def forward(self, x):
        for b in self.blocks:
            x = checkpoint(b, x, use_reentrant=False) if self.use_ckpt else b(x)
        return x.sum()


plain = Net(False)
ckpt = Net(True)
ckpt.load_state_dict(plain.state_dict())
x = torch.randn(5, 4, requires_grad=True)
l1 = plain(x)
l1.backward()
g_plain = x.grad.clone()
x.grad = None
l2 = ckpt(x)
l2.backward()
print(l1.item() == l2.item(), torch.allclose(g_plain, x.grad))
print(all(torch.allclose(p.grad, q.grad) for p, q in zip(plain.parameters(), ckpt.parameters())))

# reentrant checkpoint with no input requiring grad: the output does not require grad
lin = torch.nn.Linear(4, 2)
out = checkpoint(lin, torch.randn(3, 4), use_reentrant=True)
print(out.requires_grad, out.grad_fn)
out = checkpoint(lin, torch.randn(3, 4), use_reentrant=False)
print(out.requires_grad)

seq = torch.nn.Sequential(*[torch.nn.Linear(4, 4) for _ in range(4)])
y = checkpoint_sequential(seq, 2, x, use_reentrant=False)
print(torch.allclose(y, seq(x)), y.shape)
y.sum().backward()
print(seq[0].weight.grad.shape)
