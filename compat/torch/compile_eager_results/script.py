# torch.compile tutorial pattern: a compiled function and a compiled module give the eager results
import torch

torch.manual_seed(0)


def foo(x, y):
    a = torch.sin(x)
    b = torch.cos(y)
    return a + b


opt_foo = torch.compile(foo)
x, y = torch.randn(3, 3), torch.randn(3, 3)
print(torch.allclose(opt_foo(x, y), foo(x, y)))


@torch.compile
def opt_foo2(x, y):
    return torch.sin(x) + torch.cos(y)


print(opt_foo2(x, y))


class MyModule(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = torch.nn.Linear(3, 3)

    def forward(self, x):
        return torch.nn.functional.relu(self.lin(x))


mod = MyModule()
opt_mod = torch.compile(mod, mode="reduce-overhead")
print(type(opt_mod).__name__)
print(opt_mod)
print(opt_mod._orig_mod is mod, opt_mod.lin is mod.lin)
print(list(opt_mod.state_dict().keys()))
out = opt_mod(x)
print(out.shape, torch.equal(out, mod(x)))
out.sum().backward()
print(mod.lin.weight.grad.shape)
torch._dynamo.reset()
print(torch.compiler.is_compiling())
