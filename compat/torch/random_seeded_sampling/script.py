# torch.manual_seed makes the random functions reproducible: the same seed gives the same numbers
import torch

torch.manual_seed(0)
print(torch.rand(2, 3))
print(torch.randn(4))
print(torch.randn(2, 10))
print(torch.randint(0, 10, (3, 4)))
print(torch.randint(5, (6,)))
print(torch.randperm(10))
print(torch.rand(3, dtype=torch.float64))
print(torch.randn(2, 2, dtype=torch.double))

x = torch.zeros(2, 3)
print(torch.rand_like(x))
print(torch.randn_like(x))
print(torch.randint_like(x, 0, 5))
print(torch.normal(mean=0.0, std=2.0, size=(2, 3)))
print(torch.normal(mean=torch.arange(1., 6.), std=torch.arange(1, 0, -0.2)))
print(torch.normal(mean=torch.zeros(3), std=0.5))
print(torch.empty(3, 4).uniform_(-1, 1))
print(torch.empty(20).normal_(mean=10, std=0.1))

# same seed, same numbers
torch.manual_seed(42)
a = torch.randn(5)
torch.manual_seed(42)
b = torch.randn(5)
print(a, b, torch.equal(a, b))
print(torch.initial_seed())

big = torch.randn(1000)
print(big.mean(), big.std())
print(big[:6], big[-3:])
u = torch.rand(10000)
print(u.min(), u.max(), (u < 0.5).sum())
