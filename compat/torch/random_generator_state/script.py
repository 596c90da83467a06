# torch.Generator objects: independent seeded streams; bernoulli / multinomial / exponential sampling
import torch

g = torch.Generator().manual_seed(2147483647)
print(torch.rand(4, generator=g))
print(torch.randn(3, generator=g))
print(torch.randint(0, 100, (5,), generator=g))
print(torch.randperm(6, generator=g))
print(g.initial_seed())

g1 = torch.Generator()
g1.manual_seed(7)
g2 = torch.Generator()
g2.manual_seed(7)
print(torch.equal(torch.rand(5, generator=g1), torch.rand(5, generator=g2)))

torch.manual_seed(3)
p = torch.tensor([0.1, 0.2, 0.3, 0.4])
print(torch.multinomial(p, 10, replacement=True))
print(torch.multinomial(p, 3))
print(torch.multinomial(p, 1))
probs = torch.tensor([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
print(torch.multinomial(probs, 4, replacement=True))
print(torch.bernoulli(torch.full((3, 4), 0.5)))
print(torch.bernoulli(torch.tensor([0.0, 0.25, 0.5, 0.75, 1.0])))
print(torch.empty(2, 5).bernoulli_(0.3))
print(torch.empty(5).exponential_())
print(torch.empty(4, dtype=torch.int64).random_(0, 10))

# a generator seeded like the global one gives the global one's numbers
torch.manual_seed(11)
x = torch.randn(3, 3)
g3 = torch.Generator().manual_seed(11)
print(torch.equal(x, torch.randn(3, 3, generator=g3)))

# an independent generator does not disturb the global stream
torch.manual_seed(5)
a = torch.rand(3)
torch.manual_seed(5)
torch.rand(2, generator=torch.Generator().manual_seed(1))
print(torch.equal(a, torch.rand(3)))
