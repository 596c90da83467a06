# Autograd mechanics note "Backward Hooks execution": tensor hooks, grad_fn pre-hooks and post-hooks,
# retain_grad, and removing a hook through its handle
import torch

a = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
b = a * 2
c = b.exp().sum()


def tensor_hook(grad):
    print("tensor hook on b:", grad)


def pre_hook(grad_outputs):
    print("prehook on", b.grad_fn.name(), "grad_outputs:", grad_outputs)


def post_hook(grad_inputs, grad_outputs):
    print("posthook grad_inputs:", grad_inputs)
    print("posthook grad_outputs:", grad_outputs)


h1 = b.register_hook(tensor_hook)
h2 = b.grad_fn.register_prehook(pre_hook)
h3 = b.grad_fn.register_hook(post_hook)
b.retain_grad()
c.backward(retain_graph=True)
print("a.grad:", a.grad)
print("b.grad:", b.grad)
print(b.grad_fn.next_functions[0][0] is b.grad_fn.next_functions[0][0])
print(c.grad_fn.next_functions[0][0].next_functions[0][0] is b.grad_fn)

h1.remove()
h2.remove()
h3.remove()
g = a.grad
c.backward(retain_graph=True)
print("after removing hooks, a.grad:", a.grad, a.grad is g)


# a post hook can replace the gradients flowing to the node's inputs
def scale(grad_inputs, grad_outputs):
    return tuple(None if g is None else g * 10 for g in grad_inputs)


a.grad = None
b.grad_fn.register_hook(scale)
c.backward()
print("scaled a.grad:", a.grad)

x = torch.ones(2, requires_grad=True)
y = (x * 3).sum()
dx, = torch.autograd.grad(y, x)
print(dx)
try:
    torch.autograd.grad((x * 2).sum(), [x, torch.ones(1, requires_grad=True)])
except RuntimeError as e:
    print("RuntimeError:", e)
