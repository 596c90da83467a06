# torch.func API docs examples: grad (argnums, has_aux, nesting, pytrees, no_grad), grad_and_value,
# vjp, jvp, linearize, and the errors the transforms raise.
import torch
from torch.func import grad, grad_and_value, vjp, jvp, jacrev, linearize

x = torch.randn([])
cos_x = grad(lambda x: torch.sin(x))(x)
assert torch.allclose(cos_x, x.cos())
neg_sin_x = grad(grad(lambda x: torch.sin(x)))(x)
assert torch.allclose(neg_sin_x, -x.sin())

x = torch.tensor(0.5)
print(grad(torch.sin)(x), grad(grad(torch.sin))(x), grad(grad(grad(torch.sin)))(x))

# batched gradients with vmap
from torch.func import vmap
batch_size, feature_size = 3, 5


def model(weights, feature_vec):
    # Very simple linear model with activation
    assert feature_vec.dim() == 1
    return feature_vec.dot(weights).relu()


def compute_loss(weights, example, target):
    y = model(weights, example)
    return ((y - target) ** 2).mean()  # MSELoss


torch.manual_seed(0)
weights = torch.randn(feature_size, requires_grad=True)
examples = torch.randn(batch_size, feature_size)
targets = torch.randn(batch_size)
inputs = (weights, examples, targets)
grad_weight_per_example = vmap(grad(compute_loss), in_dims=(None, 0, 0))(*inputs)
print(grad_weight_per_example.shape, grad_weight_per_example.requires_grad)
print(grad_weight_per_example.detach()[1:], (grad_weight_per_example[0] == 0).all())

# has_aux
def my_loss_func(y, y_pred):
    loss_per_sample = (0.5 * y_pred - y) ** 2
    loss = loss_per_sample.mean()
    return loss, (y_pred, loss_per_sample)


y_true = torch.tensor([1.0, 2.0, 3.0])
y_preds = torch.tensor([0.5, 1.5, 2.0])
fn = grad(my_loss_func, argnums=(0, 1), has_aux=True)
grads, (y_pred, loss_per_sample) = fn(y_true, y_preds)
print(grads)
print(y_pred, loss_per_sample)

# argnums with a pytree input
def f(params, x):
    return (params['w'] * x + params['b']).sum() + (params['extra'][0] ** 2).sum()


params = {'w': torch.tensor([1.0, 2.0]), 'b': torch.tensor(0.5), 'extra': [torch.tensor([3.0])]}
print(grad(f)(params, torch.tensor([4.0, 5.0])))
print(grad(f, argnums=1)(params, torch.tensor([4.0, 5.0])))
print(grad(f, argnums=-1)(params, torch.tensor([4.0, 5.0])))

# no_grad inside and outside
def f_ng(x):
    with torch.no_grad():
        c = x ** 2
    return x - c


x = torch.tensor(3.0)
print(grad(f_ng)(x))
with torch.no_grad():
    print(grad(f_ng)(x), grad(lambda t: t ** 3)(x))
print(torch.is_grad_enabled())

# grad does not touch .grad and keeps ordinary autograd working around it
w = torch.tensor([1.0, -2.0], requires_grad=True)
g = grad(lambda t: (t * w).sum())(torch.tensor([3.0, 4.0]))
print(g, w.grad)
xr = torch.tensor(2.0, requires_grad=True)
g = grad(lambda t: t ** 3)(xr)
print(g)
g.backward()
print(xr.grad)

# grad_and_value
def f2(x, y):
    return (x * y).sum(), x.max()


(gx, gy), (val, aux) = grad_and_value(f2, argnums=(0, 1), has_aux=True)(torch.tensor([1., 2.]), torch.tensor([3., 4.]))
print(gx, gy, val, aux)
print(grad_and_value(lambda x: (x ** 2).sum())(torch.tensor([1., 2.])))

# vjp
x = torch.randn([5])
f = lambda x: x.sin().sum()
(_, vjpfunc) = vjp(f, x)
vjps = vjpfunc(torch.tensor(1.))
assert torch.allclose(vjps[0], x.cos())

x, y = torch.tensor([1., 2.]), torch.tensor([3., 4.])
out, vjp_fn = vjp(lambda a, b: (a * b, a + b), x, y)
print(out)
print(vjp_fn((torch.ones(2), torch.tensor([1., 10.]))))
out, vjp_fn, aux = vjp(lambda a: (a ** 2, a.detach() + 1), x, has_aux=True)
print(out, aux, vjp_fn(torch.ones(2)))

# jvp
x = torch.randn([])
f = lambda x: x * torch.tensor([1., 2., 3])
value, grad_ = jvp(f, (x,), (torch.tensor(1.),))
assert torch.allclose(value, f(x))
assert torch.allclose(grad_, torch.tensor([1., 2, 3]))

def f3(x, y):
    return (x * y, x.sin())


print(jvp(f3, (torch.tensor([1., 2.]), torch.tensor([3., 4.])), (torch.tensor([1., 0.]), torch.tensor([0., 1.]))))
print(jvp(lambda x: {'sq': x ** 2, 'id': x}, (torch.tensor([1., 2.]),), (torch.tensor([1., 1.]),)))

# linearize
x = torch.tensor([0.1, 0.2, 0.3])
output, jvp_fn = linearize(torch.sin, x)
print(output, jvp_fn(torch.ones(3)), jvp_fn(torch.tensor([1., 2., 3.])))

# errors
def show(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: grad(lambda x: x * 2)(torch.ones(2)))
show(lambda: grad(lambda x: [x.sum()])(torch.ones(2)))
show(lambda: grad(lambda x: x.sum(), has_aux=True)(torch.ones(2)))
show(lambda: grad(lambda x, y: (x * y).sum(), argnums=2)(torch.ones(2), torch.ones(2)))
show(lambda: grad(lambda x, y: (x * y).sum(), argnums=(0, 0))(torch.ones(2), torch.ones(2)))
show(lambda: grad(lambda x, y: (x * y).sum(), argnums=())(torch.ones(2), torch.ones(2)))
show(lambda: grad(lambda x, y: (x * y).sum(), argnums=[0])(torch.ones(2), torch.ones(2)))
show(lambda: grad(lambda x: x.sum())(3.0))
show(lambda: jvp(lambda x: x, torch.ones(2), torch.ones(2)))
show(lambda: jvp(lambda x: x, (torch.ones(2),), [torch.ones(2)]))
show(lambda: vjp(lambda x: x, torch.ones(2))[1]((torch.ones(2),)))
show(lambda: jacrev(lambda x: x, chunk_size=0))
