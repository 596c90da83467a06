import torch
import torch.autograd.forward_ad as fwAD

torch.manual_seed(0)
primal = torch.randn(10, 10)
tangent = torch.randn(10, 10)


def fn(x, y):
    return x ** 2 + y ** 2


# All forward AD computation must be performed in the context of
# a ``dual_level`` context. All dual tensors created in such a context
# will have their tangents destroyed upon exit. This is to ensure that
# if the output or intermediate results of this computation are reused
# in a future forward AD computation, their tangents (which are associated
# with this computation) won't be confused with tangents from a later
# computation.
with fwAD.dual_level():
    # To create a dual tensor we associate a tensor, which we call the
    # primal with another tensor of the same size, which we call the tangent.
    # If the layout of the tangent is different from that of the primal,
    # The values of the tangent are copied into a new tensor with the same
    # metadata as the primal. Otherwise, the tangent itself is used as-is.
    #
    # It is also important to note that the dual tensor created by
    # ``make_dual`` is a view of the primal.
    dual_input = fwAD.make_dual(primal, tangent)
    assert fwAD.unpack_dual(dual_input).tangent is tangent

    # Any tensor involved in the computation that do not have an associated
    # tangent, are automatically considered to have a zero-filled tangent
    # of the same shape.
    plain_tensor = torch.randn(10, 10)
    dual_output = fn(dual_input, plain_tensor)

    # Unpacking the dual returns a ``namedtuple`` with ``primal`` and ``tangent``
    # as attributes
    jvp = fwAD.unpack_dual(dual_output).tangent

assert fwAD.unpack_dual(dual_output).tangent is None
print(jvp[:2, :4])
print(torch.allclose(jvp, 2 * primal * tangent))

import torch.nn as nn

model = nn.Linear(5, 5)
input = torch.randn(16, 5)

params = {name: p for name, p in model.named_parameters()}
tangents = {name: torch.rand_like(p) for name, p in params.items()}

with fwAD.dual_level():
    for name, p in params.items():
        delattr(model, name)
        setattr(model, name, fwAD.make_dual(p, tangents[name]))

    out = model(input)
    jvp = fwAD.unpack_dual(out).tangent
print(jvp[:3].detach())
print(torch.allclose(jvp, input @ tangents["weight"].T + tangents["bias"], atol=1e-6))

from torch.func import functional_call

# We need a fresh module because the functional call requires the
# the model to have parameters registered.
model = nn.Linear(5, 5)

dual_params = {}
with fwAD.dual_level():
    for name, p in params.items():
        # Using the same ``tangents`` from the above section
        dual_params[name] = fwAD.make_dual(p, tangents[name])
    out = functional_call(model, dual_params, input)
    jvp = fwAD.unpack_dual(out).tangent

# Check our results
with torch.no_grad():
    expected = functional_call(model, params, input)
print(torch.allclose(fwAD.unpack_dual(out).primal, expected), jvp.shape)

with fwAD.dual_level():
    d = fwAD.make_dual(torch.tensor([1., 2.]), torch.tensor([1., 0.]))
    print(d)
    print(fwAD.unpack_dual(d))
    o = (d * d).sin()
    print(fwAD.unpack_dual(o).primal, fwAD.unpack_dual(o).tangent.abs())
    print(fwAD.unpack_dual(torch.ones(2)))
    try:
        fwAD.make_dual(torch.ones(2), torch.ones(3))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        fwAD.make_dual(torch.ones(2, dtype=torch.long), torch.ones(2))
    except ValueError as e:
        print("ValueError:", e)
    try:
        with fwAD.dual_level():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    fwAD.make_dual(torch.ones(2), torch.ones(2))
except RuntimeError as e:
    print("RuntimeError:", e)

x = torch.randn(3)
t = torch.ones(3)
with fwAD.dual_level():
    y = torch.tanh(fwAD.make_dual(x, t)).exp().sum()
    print(fwAD.unpack_dual(y).tangent)
print(((1 - torch.tanh(x) ** 2) * torch.tanh(x).exp()).sum())
