# torch.func.vmap / torch.vmap docs examples: in_dims, out_dims, nesting, kwargs, pytrees,
# chunk_size, randomness argument, and vmap's errors.
import torch
from torch.func import vmap, grad, jacrev

torch.manual_seed(0)

# Batched dot product
batched_dot = torch.func.vmap(torch.dot)  # [N, D], [N, D] -> [N]
x, y = torch.randn(2, 5), torch.randn(2, 5)
print(batched_dot(x, y))

# Batched matrix-vector product with in_dims
batch_size, feature_size = 3, 5
weights = torch.randn(feature_size, requires_grad=True)


def model(feature_vec):
    # Very simple linear model with activation
    return feature_vec.dot(weights).relu()


examples = torch.randn(batch_size, feature_size)
result = torch.vmap(model)(examples)
print(result.shape, result.requires_grad)

# nested vmap: batched dot of every pair
batched_dot = torch.vmap(torch.vmap(torch.dot))  # [N1, N0, D], [N1, N0, D] -> [N1, N0]
x, y = torch.randn(2, 3, 5), torch.randn(2, 3, 5)
print(batched_dot(x, y).shape)
print(torch.allclose(batched_dot(x, y), (x * y).sum(-1), atol=1e-6))

# in_dims
batched_dot = torch.vmap(torch.dot, in_dims=1)  # [D, N], [D, N] -> [N]
x, y = torch.randn(5, 2), torch.randn(5, 2)
print(batched_dot(x, y).shape)

f = lambda x, y: x * y
x, y = torch.arange(6.).view(2, 3), torch.tensor([1., 2., 3.])
print(vmap(f, in_dims=(0, None))(x, y))
print(vmap(f, in_dims=(1, None))(x.t().contiguous(), y))
print(vmap(f, in_dims=(-1, None))(x.t().contiguous(), y))

# pytree inputs: dict / tuple with per-leaf in_dims
f = lambda d: d['a'] + d['b']
print(vmap(f, in_dims=({'a': 0, 'b': None},))({'a': torch.ones(2, 3), 'b': torch.arange(3.)}))
g = lambda t: t[0] * t[1]
print(vmap(g, in_dims=((0, 1),))((torch.ones(2, 3), torch.arange(6.).view(3, 2))))

# out_dims
f = lambda x: x ** 2
x = torch.randn(2, 5)
print(vmap(f, out_dims=1)(x).shape)
f = lambda x: (x.sum(), x * 2)
out = vmap(f, out_dims=(0, 1))(torch.arange(6.).view(2, 3))
print(out)
f = lambda x: (x.sum(), torch.tensor(7.))
print(vmap(f, out_dims=(0, None))(torch.arange(6.).view(2, 3)))
print(vmap(lambda x: {'s': x.sum(), 'p': x.prod()})(torch.arange(1., 7.).view(2, 3)))


# kwargs are not batched
def fn(x, scale=4.):
    return x * scale


x = torch.randn([2, 5])
batched_pow = torch.vmap(fn)
assert torch.allclose(batched_pow(x), x * 4)
print(batched_pow(x, scale=x).shape)  # scale is not batched, output has shape [2, 2, 5]

# chunk_size and randomness arguments
x = torch.arange(12.).view(6, 2)
print(torch.equal(vmap(torch.sum, chunk_size=2)(x), vmap(torch.sum)(x)), vmap(torch.sum, chunk_size=4)(x))
print(vmap(lambda t: t * 2, randomness='same')(torch.ones(2)), vmap(lambda t: t + 1, randomness='different')(torch.ones(2)))

# vmap of grad, jacrev of a vmapped function, grad through vmap
x = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
print(vmap(grad(lambda t: (t ** 3).sum()))(x))
print(jacrev(vmap(torch.sin))(torch.tensor([0., 1.])))
print(grad(lambda w: vmap(lambda r: (r * w).sum())(x).sum())(torch.tensor([1., -1.])))


# errors
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def add(x, y):
    return x + y


show(lambda: vmap(add)(torch.ones(2), torch.ones(3)))
show(lambda: vmap(add, in_dims=(0, 0, 0))(torch.ones(2), torch.ones(2)))
show(lambda: vmap(add, in_dims=(0, None))(torch.ones(2), 3.0) if False else vmap(add, in_dims=(0, 0))(torch.ones(2), 3.0))
show(lambda: vmap(add, in_dims=(2, None))(torch.ones(2), torch.ones(2)))
show(lambda: vmap(add, in_dims=(None, None))(torch.ones(2), torch.ones(2)))
show(lambda: vmap(add, in_dims=[0, 0])(torch.ones(2), torch.ones(2)))
show(lambda: vmap(add, in_dims=(0, 'a'))(torch.ones(2), torch.ones(2)))
show(lambda: vmap(add)())
show(lambda: vmap(add, out_dims=(0, 1))(torch.ones(2), torch.ones(2)))
show(lambda: vmap(add, out_dims='x')(torch.ones(2), torch.ones(2)))
show(lambda: vmap(lambda x: 3.0)(torch.ones(2)))
show(lambda: vmap(add, randomness='maybe'))
show(lambda: vmap(add, chunk_size=0))
