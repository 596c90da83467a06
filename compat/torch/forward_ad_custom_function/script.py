import torch
import torch.autograd.forward_ad as fwAD


class Fn(torch.autograd.Function):
    @staticmethod
    def forward(ctx, foo):
        result = torch.exp(foo)
        # Tensors stored in ``ctx`` can be used in the subsequent forward grad
        # computation.
        ctx.result = result
        return result

    @staticmethod
    def jvp(ctx, gI):
        gO = gI * ctx.result
        # If the tensor stored in`` ctx`` will not also be used in the backward pass,
        # one can manually free it using ``del``
        del ctx.result
        return gO


fn = Fn.apply

torch.manual_seed(0)
primal = torch.randn(10, 10, dtype=torch.double, requires_grad=True)
tangent = torch.randn(10, 10)

with fwAD.dual_level():
    dual_input = fwAD.make_dual(primal, tangent)
    dual_output = fn(dual_input)
    jvp = fwAD.unpack_dual(dual_output).tangent
    print(jvp[0, :4].detach())
    print(torch.allclose(jvp, tangent * primal.exp()))
    y = (dual_output * 2).sum()
    print(fwAD.unpack_dual(y).tangent.detach(), (2 * tangent * primal.exp()).sum().detach())

# It is important to use ``autograd.gradcheck`` to verify that your
# custom autograd Function computes the gradients correctly. By default,
# ``gradcheck`` only checks the backward-mode (reverse-mode) AD gradients. Specify
# ``check_forward_ad=True`` to also check forward grads. If you did not
# implement the backward formula for your function, you can also tell ``gradcheck``
# to skip the tests that require backward-mode AD by specifying
# ``check_backward_ad=False``, ``check_undefined_grad=False``, and
# ``check_batched_grad=False``.
print(torch.autograd.gradcheck(Fn.apply, (primal,), check_forward_ad=True,
                               check_backward_ad=False, check_undefined_grad=False,
                               check_batched_grad=False))
x = torch.rand(3, dtype=torch.double, requires_grad=True)
print(torch.autograd.gradcheck(lambda a: (a.sin() * a).sum(), (x,), check_forward_ad=True))


class BadJvp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, foo):
        return foo * 2

    @staticmethod
    def jvp(ctx, gI):
        return gI * 3


print(torch.autograd.gradcheck(BadJvp.apply, (x,), check_forward_ad=True, check_backward_ad=False,
                               check_undefined_grad=False, check_batched_grad=False, raise_exception=False))
