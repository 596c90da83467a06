"""Tensor / autograd semantics checked against real torch 2.15 (expected values recorded from it):
in-place shape ops, resize_, post-accumulate-grad hooks, custom Function checks and error types,
mark_dirty, torch.norm 'nuc' / dtype, gradcheck messages, igamma broadcasting."""
import math

import pytest

import ferrograd.torch as torch
from ferrograd.torch.autograd import Function
from ferrograd.torch.autograd.function import once_differentiable


@pytest.mark.parametrize("name,f,node,shape,stride", [
    ("squeeze_", lambda y: y.squeeze_(), "SqueezeBackward3", (2, 3), (3, 1)),
    ("squeeze_d", lambda y: y.squeeze_(1), "SqueezeBackward4", (2, 3), (3, 1)),
    ("squeeze_ds", lambda y: y.squeeze_((1,)), "SqueezeBackward5", (2, 3), (3, 1)),
    ("unsqueeze_", lambda y: y.unsqueeze_(-1), "UnsqueezeBackward1", (2, 1, 3, 1), (3, 3, 1, 1)),
    ("transpose_", lambda y: y.transpose_(0, 2), "TransposeBackward1", (3, 1, 2), (1, 3, 3)),
    ("swapdims_", lambda y: y.swapdims_(0, 2), "TransposeBackward1", (3, 1, 2), (1, 3, 3)),
    ("swapaxes_", lambda y: y.swapaxes_(0, 2), "TransposeBackward1", (3, 1, 2), (1, 3, 3)),
])
def test_inplace_shape_ops_record_view_nodes(name, f, node, shape, stride):
    x = torch.ones(2, 1, 3, requires_grad=True)
    y = x * 1
    v = y._version
    assert f(y) is y
    assert y.grad_fn.name() == node and y._version - v == 1
    assert tuple(y.shape) == shape and y.stride() == stride and y.requires_grad


def test_t_and_leaf_rules():
    m = torch.arange(6.).reshape(2, 3)
    assert m.t_() is m and tuple(m.shape) == (3, 2) and m.stride() == (1, 3) and not m.is_contiguous()
    assert m.tolist() == [[0., 3.], [1., 4.], [2., 5.]]
    with pytest.raises(RuntimeError, match=r"^t_\(\) expects a tensor with <= 2 dimensions, but self is 3D$"):
        torch.ones(2, 2, 2).t_()
    w = torch.ones(2, 3, requires_grad=True)
    with pytest.raises(RuntimeError, match="a leaf Variable that requires grad is being used in an in-place"):
        w.t_()
    with torch.no_grad():
        w.t_()
    assert tuple(w.shape) == (3, 2) and w.requires_grad and w.is_leaf
    (w * 2).sum().backward()
    assert w.grad.tolist() == [[2., 2.]] * 3
    y = torch.ones(2, 3, requires_grad=True) * 2
    y.t_()
    y.unsqueeze_(0)
    assert y._version == 2 and y.grad_fn.name() == "UnsqueezeBackward1"
    with pytest.raises(IndexError, match=r"Dimension out of range \(expected to be in range of \[-1, 0\], but got 5\)"):
        torch.ones(3).squeeze_(5)


def test_resize_and_as_strided_():
    x = torch.tensor([[1, 2], [3, 4], [5, 6]])
    assert x.resize_(2, 2).tolist() == [[1, 2], [3, 4]]
    z = torch.arange(6.)
    zz = z.view(2, 3)
    zz.t_()
    assert z.tolist() == [0., 1., 2., 3., 4., 5.] and zz.tolist() == [[0., 3.], [1., 4.], [2., 5.]]
    z.resize_(2, 2)
    assert z.tolist() == [[0., 1.], [2., 3.]]
    z.resize_(3, 3)
    assert tuple(z.shape) == (3, 3) and z.flatten()[:6].tolist() == [0., 1., 2., 3., 4., 5.]
    assert z.resize_as_(torch.ones(4)).shape == (4,)
    with pytest.raises(RuntimeError, match="^cannot resize variables that require grad$"):
        torch.ones(2, requires_grad=True).resize_(3)
    s = torch.arange(9.)
    assert s.as_strided_((2, 2), (1, 3)).tolist() == [[0., 3.], [1., 4.]] and s.stride() == (1, 3)
    y = torch.ones(6, requires_grad=True) * 1
    y.as_strided_((3,), (2,))
    assert y.grad_fn.name() == "AsStridedBackward1" and tuple(y.shape) == (3,)


def test_post_accumulate_grad_hook():
    x = torch.tensor([1., 2.], requires_grad=True)
    seen = []
    h = x.register_post_accumulate_grad_hook(lambda p: seen.append((p is x, p.grad.tolist())))
    (x * 3).sum().backward()
    (x * 2).sum().backward()
    assert seen == [(True, [3., 3.]), (True, [5., 5.])]
    h.remove()
    (x * 2).sum().backward()
    assert x.grad.tolist() == [7., 7.] and len(seen) == 2
    v = torch.tensor([0., 0., 0.], requires_grad=True)
    v.register_post_accumulate_grad_hook(lambda p: p.add_(p.grad, alpha=-0.01))
    v.backward(torch.tensor([1., 2., 3.]))
    assert repr(v) == "tensor([-0.0100, -0.0200, -0.0300], requires_grad=True)"
    w = torch.ones(2, requires_grad=True)
    w.register_post_accumulate_grad_hook(lambda p: seen.append("w"))
    torch.autograd.grad((w * 2).sum(), w)  # no accumulation: no hook
    assert seen[-1] != "w"
    with pytest.raises(RuntimeError, match="^post accumulate grad hooks cannot be registered on non-leaf tensors$"):
        (x * 2).register_post_accumulate_grad_hook(print)
    with pytest.raises(RuntimeError, match="^cannot register a hook on a tensor that doesn't require gradient$"):
        torch.ones(2).register_post_accumulate_grad_hook(print)


def _fn(ret):
    class H(Function):
        @staticmethod
        def forward(ctx, a, b, k):
            return a * b * k

        @staticmethod
        def backward(ctx, g):
            return ret(g)

    return H


@pytest.mark.parametrize("ret,exc,msg", [
    (lambda g: (g,), RuntimeError, "function HBackward returned an incorrect number of gradients (expected 3, got 1)"),
    (lambda g: (g, g, None, g), RuntimeError,
     "function HBackward returned an incorrect number of gradients (expected 3, got 4)"),
    (lambda g: (torch.ones(3), g, None), RuntimeError,
     "Function HBackward returned an invalid gradient at index 0 - got [3] but expected shape compatible with [2]"),
    (lambda g: (g.sum(), g, None), RuntimeError,
     "Function HBackward returned an invalid gradient at index 0 - got [] but expected shape compatible with [2]"),
    (lambda g: (1.0, g, None), RuntimeError, "expected Variable or None (got float)"),
    (lambda g: (g, g, g), RuntimeError, "function HBackward returned a gradient different than None at position 3, "
                                        "but the corresponding forward input was not a Variable"),
    (lambda g: (_ for _ in ()).throw(NotImplementedError("no backward here")), NotImplementedError,
     "no backward here"),
])
def test_custom_function_backward_checks(ret, exc, msg):
    x = torch.ones(2, requires_grad=True)
    w = torch.ones(2, requires_grad=True)
    with pytest.raises(exc) as e:
        _fn(ret).apply(x, w, 3.0).sum().backward()
    assert type(e.value) is exc and str(e.value) == msg


def test_custom_function_extra_none_grads_and_errors_keep_type():
    x = torch.ones(2, requires_grad=True)
    _fn(lambda g: (g, g, None, None)).apply(x, torch.ones(2, requires_grad=True), 3.0).sum().backward()
    assert x.grad.tolist() == [1., 1.]
    y = x * 3

    def hook(g):
        raise ValueError("bad hook")

    y.register_hook(hook)
    with pytest.raises(ValueError, match="^bad hook$"):
        y.sum().backward()
    a = torch.tensor([0.5, 2.0], requires_grad=True)
    with pytest.raises(NotImplementedError, match="^the derivative for 'igamma: input' is not implemented.$"):
        torch.igamma(a, torch.ones(2)).sum().backward()
    with pytest.raises(NotImplementedError):
        torch.autograd.grad(torch.igamma(a, torch.ones(2)).sum(), a)


def test_materialize_grads_mark_dirty_and_instantiation():
    x = torch.ones(2, requires_grad=True)
    got = []

    class P(Function):
        @staticmethod
        def forward(ctx, a):
            ctx.set_materialize_grads(False)
            return a.clone(), a.clone()

        @staticmethod
        def backward(ctx, g1, g2):
            got.append(g2)
            return g1

    P.apply(x)[0].sum().backward()
    assert got == [None]

    class Inplace(Function):
        @staticmethod
        def forward(ctx, x):
            x.numpy()[...] += 1
            ctx.mark_dirty(x)
            return x

        @staticmethod
        @once_differentiable
        def backward(ctx, grad_output):
            return grad_output

    a = torch.tensor(1., requires_grad=True, dtype=torch.double).clone()
    b = a * a
    assert Inplace.apply(a) is a and a.grad_fn.name() == "InplaceBackward" and a.item() == 2.0
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        b.backward()
    c = torch.tensor(1., requires_grad=True, dtype=torch.double)
    d = c.clone()
    Inplace.apply(d)
    (d * 3).backward()
    assert c.grad.item() == 3.0
    with pytest.warns(DeprecationWarning, match="should not be instantiated"):
        q = Inplace()
    with pytest.raises(RuntimeError, match="^Legacy autograd function with non-static forward method is deprecated"):
        q(x)


def test_norm_nuc_and_dtype():
    A = torch.arange(24.).reshape(2, 3, 4) / 7
    assert torch.norm(A, 'nuc', dim=(1, 2)).tolist() == pytest.approx([3.4807, 8.9279], abs=1e-4)
    r = A.norm(p='nuc', dim=(0, 1), keepdim=True)
    assert tuple(r.shape) == (1, 1, 4)
    assert r.flatten().tolist() == pytest.approx([4.7706, 5.0329, 5.3053, 5.5863], abs=1e-4)
    for kw, msg in (({}, "Got 0 1 2"), ({"dim": 1}, "Got 1")):
        with pytest.raises(RuntimeError, match="^linalg.matrix_norm: dim must be a 2-tuple. " + msg + "$"):
            torch.norm(A, 'nuc', **kw)
    assert repr(torch.norm(A, 2, dtype=torch.float64)) == "tensor(9.3939, dtype=torch.float64)"
    B = torch.tensor([[2., 1.], [1., 3.], [0., 1.]], requires_grad=True)
    n = B.norm(p='nuc')
    assert repr(n) == "tensor(5.1918, grad_fn=<SumBackward1>)"
    assert torch.linalg.matrix_norm(B, 'nuc', keepdim=True).grad_fn.name() == "PermuteBackward0"


def test_gradcheck_reports_full_jacobians():
    class Bad(Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x ** 2

        @staticmethod
        def backward(ctx, g):
            x, = ctx.saved_tensors
            return g * x

    x = torch.tensor([1., 2., 3.], dtype=torch.double, requires_grad=True)
    with pytest.raises(RuntimeError) as e:
        torch.autograd.gradcheck(Bad.apply, (x,))
    assert str(e.value) == (
        "Jacobian mismatch for output 0 with respect to input 0,\n"
        "numerical:tensor([[2.0000, 0.0000, 0.0000],\n        [0.0000, 4.0000, 0.0000],\n"
        "        [0.0000, 0.0000, 6.0000]], dtype=torch.float64)\n"
        "analytical:tensor([[1., 0., 0.],\n        [0., 2., 0.],\n        [0., 0., 3.]], dtype=torch.float64)\n")
    assert torch.autograd.gradcheck(Bad.apply, (x,), raise_exception=False) is False
    a = torch.rand(2, 3, dtype=torch.double, requires_grad=True)
    assert torch.autograd.gradcheck(lambda a, b: (a * b).sum(1), (a, torch.rand(3, dtype=torch.double,
                                                                                  requires_grad=True)))


def test_broadcast_errors_and_igamma_edges():
    msg = r"^The size of tensor a \(3\) must match the size of tensor b \(4\) at non-singleton dimension 0$"
    for f in (torch.igamma, torch.special.gammainc):
        with pytest.raises(RuntimeError, match=msg):
            f(torch.ones(3), torch.ones(4))
    with pytest.raises(RuntimeError, match=msg):
        torch.broadcast_tensors(torch.ones(3), torch.ones(3), torch.ones(4))
    with pytest.raises(RuntimeError, match=r"tensor a \(5\) must match the size of tensor b \(4\) at non-singleton "
                                           r"dimension 1$"):
        torch.broadcast_tensors(torch.ones(5, 3), torch.ones(2, 1, 3), torch.ones(2, 4, 1))
    inf = math.inf
    a = torch.tensor([0.5, inf, 1.0, 0.0, inf])
    x = torch.tensor([0.2, 1.0, inf, 0.0, inf])
    r = torch.igamma(a, x).tolist()
    assert r[:3] == pytest.approx([0.47291067242622375, 0.0, 1.0]) and all(math.isnan(v) for v in r[3:])
    assert torch.dstack([torch.tensor(1.), torch.tensor(2.)]).tolist() == [[[1., 2.]]]


def test_backward_inputs_and_non_leaf_grad_warning():
    x = torch.tensor([1., 2.], requires_grad=True)
    w = torch.tensor([3., 4.], requires_grad=True)
    y = (x * w).sum()
    torch.autograd.backward(y, inputs=[x], retain_graph=True)
    assert x.grad.tolist() == [3., 4.] and w.grad is None
    torch.autograd.backward([y, (x ** 2).sum()], inputs=(x, w))
    assert x.grad.tolist() == [8., 12.] and w.grad.tolist() == [1., 2.]
    z = x * 2
    (z * 3).sum().backward(inputs=[z])
    with pytest.warns(UserWarning, match="The .grad attribute of a Tensor that is not a leaf Tensor is being accessed"):
        assert z.grad.tolist() == [3., 3.]
    assert x.grad.tolist() == [8., 12.]
    with pytest.raises(RuntimeError, match="^`inputs` argument to `backward\\(\\)` cannot be empty.$"):
        torch.autograd.backward((x * 2).sum(), inputs=[])
    x.grad = None
    torch.autograd.backward(x * 2, grad_tensors=torch.tensor([1., 10.]), inputs=x)
    assert x.grad.tolist() == [2., 20.]
    assert type((x * 2).grad_fn).__name__ == "MulBackward0"
    assert isinstance((x * 2).grad_fn, torch.autograd.graph.Node)


def test_node_register_prehook():
    x = torch.tensor([1., 2., 3.], requires_grad=True)
    y = x * 2
    z = y.sum()
    seen = []
    h = y.grad_fn.register_prehook(lambda go: seen.append(go[0].tolist()))
    h2 = y.grad_fn.register_prehook(lambda go: (go[0] * 10,))
    z.backward(retain_graph=True)
    assert seen == [[1., 1., 1.]] and x.grad.tolist() == [20., 20., 20.]
    h.remove()
    h2.remove()
    x.grad = None
    z.backward()
    assert x.grad.tolist() == [2., 2., 2.]
    a = torch.ones(2, requires_grad=True)
    b = (a * 3).sum()
    b.grad_fn.next_functions[0][0].next_functions[0][0].register_prehook(lambda go: seen.append(go[0].tolist()))
    b.backward()
    assert seen[-1] == [3., 3.] and a.grad.tolist() == [3., 3.]


def test_setup_context_sees_bound_kwargs_and_defaults():
    seen = []

    class MulConstant(Function):
        @staticmethod
        def forward(tensor, constant, scale=1.0):
            return tensor * constant * scale

        @staticmethod
        def setup_context(ctx, inputs, output):
            seen.append(inputs[1:])
            tensor, constant, scale = inputs
            ctx.constant = constant * scale

        @staticmethod
        def backward(ctx, grad_output):
            return grad_output * ctx.constant, None, None

    t = torch.ones(3, requires_grad=True)
    r = MulConstant.apply(t, constant=2.0)
    r.sum().backward()
    assert seen == [(2.0, 1.0)] and t.grad.tolist() == [2., 2., 2.]
    MulConstant.apply(t, 2.0)
    assert seen[-1] == (2.0, 1.0)
