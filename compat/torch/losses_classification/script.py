import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, -1.0], [0.0, 0.0, 3.0], [1.0, -1.0, 0.0]],
                      requires_grad=True)
target = torch.tensor([0, 1, 2, 2])

ce = nn.CrossEntropyLoss()
loss = ce(logits, target)
print("cross entropy:", loss)
loss.backward()
print("grad:", logits.grad)

logits.grad = None
nll = nn.NLLLoss()
loss2 = nll(F.log_softmax(logits, dim=1), target)
print("nll(log_softmax):", loss2)
loss2.backward()
print("grad:", logits.grad)
print("same:", torch.allclose(loss, loss2))

print("none:", nn.CrossEntropyLoss(reduction="none")(logits, target))
probs = torch.tensor([[0.7, 0.2, 0.1], [0.0, 1.0, 0.0], [0.1, 0.1, 0.8], [0.3, 0.3, 0.4]])
print("soft targets:", F.cross_entropy(logits, probs))
