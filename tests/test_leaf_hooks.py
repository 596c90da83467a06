"""A leaf used several times: its hooks run once on the total gradient (torch's AccumulateGrad)."""
import ferrograd.mindspore as ms
import ferrograd.torch as torch
import numpy as np


def test_torch_leaf_hook_sees_the_total_once():
    seen = []
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    x.register_hook(lambda g: seen.append(g.clone()) or g * 10)
    (x * x + 3 * x).sum().backward()
    assert [s.tolist() for s in seen] == [[5.0, 7.0]]
    assert x.grad.tolist() == [50.0, 70.0]
    g, = torch.autograd.grad((x * x).sum(), x)
    assert len(seen) == 2 and g.tolist() == [20.0, 40.0]


def test_mindspore_grad_of_a_repeated_or_hooked_input():
    x = ms.Tensor(np.array([1.0, 2.0], np.float32))
    f = lambda a, b: (a * b).sum()
    assert ms.grad(f, grad_position=0)(x, x).asnumpy().tolist() == [2.0, 4.0]
    assert ms.grad(f, grad_position=0)(x, ms.Tensor(np.array([3.0, 4.0], np.float32))).asnumpy().tolist() == [3.0, 4.0]
    seen = []
    h = ms.Tensor(np.array([1.0, 2.0], np.float32))
    h.register_hook(lambda g: seen.append(g) or g * 10)
    assert ms.grad(lambda a: (a * a).sum())(h).asnumpy().tolist() == [20.0, 40.0]
    assert len(seen) == 1
