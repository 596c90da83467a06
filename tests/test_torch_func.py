"""torch.func (grad, grad_and_value, vjp, jvp, jacrev, jacfwd, hessian, vmap, functional_call,
stack_module_state, linearize): values against analytic derivatives and torch.autograd.grad,
nesting, pytrees, argnums, has_aux, no_grad, and torch's error messages."""
import math
import subprocess
import sys

import numpy as np
import pytest

import ferrograd.torch as torch
from ferrograd.torch.func import (functional_call, grad, grad_and_value, hessian, jacfwd, jacrev, jvp, linearize,
                                  stack_module_state, vjp, vmap)


def close(a, b, tol=1e-5):
    a = a.detach().numpy() if hasattr(a, "detach") else np.asarray(a)
    b = b.detach().numpy() if hasattr(b, "detach") else np.asarray(b)
    return a.shape == b.shape and np.allclose(a, b, atol=tol, rtol=tol)


def t(*vals):
    return torch.tensor(list(vals))


# --------------------------------------------------------------------------------------- grad
def test_grad_scalar_and_nested_orders():
    x = torch.tensor(0.7)
    assert close(grad(torch.sin)(x), math.cos(0.7))
    assert close(grad(grad(torch.sin))(x), -math.sin(0.7))
    assert close(grad(grad(grad(torch.sin)))(x), -math.cos(0.7))
    assert close(grad(grad(grad(grad(lambda v: v ** 5))))(x), 120 * 0.7)


def test_grad_matches_autograd_grad():
    w = torch.randn(4, 3)
    b = torch.randn(3)
    x = torch.randn(4)

    def f(x):
        return ((x @ w + b).tanh() ** 2).sum()

    xr = x.clone().requires_grad_()
    ref, = torch.autograd.grad(f(xr), xr)
    assert close(grad(f)(x), ref)


def test_grad_argnums_int_negative_tuple():
    x, y = t(1.0, 2.0), t(3.0, 4.0)
    f = lambda a, b: (a * a * b).sum()
    assert close(grad(f)(x, y), 2 * x * y)
    assert close(grad(f, argnums=1)(x, y), x * x)
    assert close(grad(f, argnums=-1)(x, y), x * x)
    gx, gy = grad(f, argnums=(0, 1))(x, y)
    assert close(gx, 2 * x * y) and close(gy, x * x)
    g, = grad(f, argnums=(1,))(x, y)
    assert close(g, x * x)


def test_grad_unused_input_gives_zeros():
    g = grad(lambda a, b: (a * 2).sum(), argnums=(0, 1))(t(1.0, 2.0), t(5.0))
    assert close(g[0], t(2.0, 2.0)) and close(g[1], t(0.0))
    assert close(grad(lambda a: torch.tensor(3.0))(t(1.0)), t(0.0))


def test_grad_has_aux_and_grad_and_value():
    def f(x):
        y = (x ** 2).sum()
        return y, {"twice": x * 2, "n": 3}

    g, aux = grad(f, has_aux=True)(t(1.0, 2.0))
    assert close(g, t(2.0, 4.0))
    assert close(aux["twice"], t(2.0, 4.0)) and aux["n"] == 3
    assert aux["twice"].grad_fn is None and not aux["twice"].requires_grad
    g, (v, aux) = grad_and_value(f, has_aux=True)(t(1.0, 2.0))
    assert close(v, 5.0) and v.grad_fn is None
    g, v = grad_and_value(lambda x: (x ** 3).sum())(t(2.0))
    assert close(g, t(12.0)) and close(v, 8.0)


def test_grad_pytree_inputs():
    params = {"w": t(1.0, 2.0), "b": torch.tensor(0.5), "more": [t(3.0), (t(4.0),)]}

    def f(p, x):
        return (p["w"] * x + p["b"]).sum() + (p["more"][0] ** 2).sum() + (p["more"][1][0] * 3).sum()

    g = grad(f)(params, t(4.0, 5.0))
    assert set(g) == {"w", "b", "more"}
    assert close(g["w"], t(4.0, 5.0)) and close(g["b"], 2.0)
    assert isinstance(g["more"], list) and isinstance(g["more"][1], tuple)
    assert close(g["more"][0], t(6.0)) and close(g["more"][1][0], t(3.0))


def test_grad_results_are_plain_and_leaves_untouched():
    x = t(1.0, 2.0)
    g = grad(lambda v: (v ** 2).sum())(x)
    assert not g.requires_grad and g.grad_fn is None
    w = torch.tensor([1.0, -2.0], requires_grad=True)
    g = grad(lambda v: (v * w).sum())(x)
    assert w.grad is None
    assert g.requires_grad  # depends on w: ordinary autograd goes through it
    g.sum().backward()
    assert close(w.grad, t(1.0, 1.0))


def test_grad_of_input_that_requires_grad_composes_with_autograd():
    x = torch.tensor(3.0, requires_grad=True)
    g = grad(lambda v: v ** 3)(x)
    assert close(g, 27.0) and g.requires_grad
    g.backward()
    assert close(x.grad, 18.0)
    y = torch.tensor(2.0, requires_grad=True)
    g2, = torch.autograd.grad(grad(lambda v: v ** 4)(y), y)
    assert close(g2, 12 * 4.0)


def test_grad_inside_and_outside_no_grad():
    def f(x):
        with torch.no_grad():
            c = x ** 2
        return x - c

    x = torch.tensor(3.0)
    assert close(grad(f)(x), 1.0)
    with torch.no_grad():
        assert close(grad(f)(x), 1.0)
        assert close(grad(lambda v: v ** 3)(x), 27.0)
        assert not torch.is_grad_enabled()
    assert torch.is_grad_enabled()


def test_nested_grad_closure_no_perturbation_confusion():
    # d/dx [ x * d/dy (x*y) at y=x ] = d/dx [x * x] = 2x
    f = lambda x: x * grad(lambda y: x * y)(x)
    assert close(grad(f)(torch.tensor(3.0)), 6.0)
    # same input passed through two levels
    h = lambda x: grad(lambda y: (y * x) ** 2)(x)  # 2*x^3 evaluated at y=x
    assert close(h(torch.tensor(2.0)), 16.0)
    assert close(grad(h)(torch.tensor(2.0)), 6 * 4.0)


def test_grad_errors():
    with pytest.raises(RuntimeError, match=r"grad_and_value\(f\)\(\*args\): Expected f\(\*args\) to return a "
                                           r"scalar Tensor, got tensor with 1 dims. Maybe you wanted to use the "
                                           r"vjp or jacrev APIs instead\?"):
        grad(lambda x: x * 2)(torch.ones(2))
    with pytest.raises(RuntimeError, match="got tensor with 2 dims"):
        grad(lambda x: x * 2)(torch.ones(2, 2))
    with pytest.raises(RuntimeError, match="Expected f\\(\\*args\\) to return a Tensor, got <class 'list'>"):
        grad(lambda x: [x.sum()])(torch.ones(2))
    with pytest.raises(RuntimeError, match="should be a tuple: \\(output, aux\\) if has_aux is True"):
        grad(lambda x: x.sum(), has_aux=True)(torch.ones(2))
    with pytest.raises(RuntimeError, match="Got argnum=2, but only 2 positional inputs"):
        grad(lambda x, y: x.sum(), argnums=2)(torch.ones(2), torch.ones(2))
    with pytest.raises(RuntimeError, match="argnums elements must be unique"):
        grad(lambda x, y: x.sum(), argnums=(0, 0))(torch.ones(2), torch.ones(2))
    with pytest.raises(RuntimeError, match="argnums must be non-empty"):
        grad(lambda x, y: x.sum(), argnums=())(torch.ones(2), torch.ones(2))
    with pytest.raises(RuntimeError, match="argnums must be int or Tuple"):
        grad(lambda x, y: x.sum(), argnums=[0])(torch.ones(2), torch.ones(2))
    with pytest.raises(ValueError, match="Thing passed to transform API must be Tensor"):
        grad(lambda x: x)(3.0)


def test_grad_keeps_function_name():
    def my_loss(x):
        return x.sum()

    assert grad(my_loss).__name__ == "my_loss"


# --------------------------------------------------------------------------------------- vjp/jvp
def test_vjp_values_pytree_and_aux():
    x, y = t(1.0, 2.0), t(3.0, 4.0)
    out, fn = vjp(lambda a, b: (a * b, a + b), x, y)
    assert close(out[0], t(3.0, 8.0)) and out[0].grad_fn is None
    gx, gy = fn((t(1.0, 1.0), t(1.0, 10.0)))
    assert close(gx, t(4.0, 14.0)) and close(gy, t(2.0, 12.0))
    out, fn, aux = vjp(lambda a: (a ** 2, a.detach() + 1), x, has_aux=True)
    assert close(aux, t(2.0, 3.0))
    assert close(fn(t(1.0, 1.0))[0], t(2.0, 4.0))
    with pytest.raises(RuntimeError, match="Expected pytree structure of cotangents to be the same"):
        fn((t(1.0, 1.0),))


def test_vjp_matches_autograd_functional():
    f = lambda a: (a.sin() * a) @ torch.ones(5, 2)
    x = torch.randn(5)
    v = torch.randn(2)
    _, fn = vjp(f, x)
    _, ref = torch.autograd.functional.vjp(f, x, v)
    assert close(fn(v)[0], ref)


def test_jvp_values_and_errors():
    f = lambda x, y: (x * y, x.sin())
    (o1, o2), (t1, t2) = jvp(f, (t(1.0, 2.0), t(3.0, 4.0)), (t(1.0, 0.0), t(0.0, 1.0)))
    assert close(o1, t(3.0, 8.0)) and close(t1, t(3.0, 2.0))
    assert close(t2, t(math.cos(1.0), 0.0))
    out, tan, aux = jvp(lambda x: (x ** 2, "aux"), (t(3.0),), (t(1.0),), has_aux=True)
    assert close(tan, t(6.0)) and aux == "aux"
    # output independent of the input
    _, tan = jvp(lambda x: torch.ones(2), (t(1.0),), (t(1.0),))
    assert close(tan, t(0.0, 0.0))
    with pytest.raises(RuntimeError, match="Expected primals to be a tuple"):
        jvp(lambda x: x, torch.ones(2), torch.ones(2))
    with pytest.raises(RuntimeError, match="Expected primals and tangents to have the same python structure"):
        jvp(lambda x: x, (torch.ones(2),), [torch.ones(2)])
    with pytest.raises(RuntimeError, match="strict=True"):
        jvp(lambda x: torch.ones(2), (t(1.0),), (t(1.0),), strict=True)


def test_linearize():
    x = t(0.1, 0.2, 0.3)
    out, fn = linearize(torch.sin, x)
    assert close(out, x.sin())
    assert close(fn(t(1.0, 2.0, 3.0)), x.cos() * t(1.0, 2.0, 3.0))


def test_hvp_both_ways():
    f = lambda x: x.sin().sum()
    x, v = torch.randn(6), torch.randn(6)
    h1 = jvp(grad(f), (x,), (v,))[1]
    h2 = vjp(grad(f), x)[1](v)[0]
    assert close(h1, -x.sin() * v) and close(h2, -x.sin() * v)


# --------------------------------------------------------------------------------------- jacobians
def test_jacrev_jacfwd_analytic():
    w, b, x = torch.randn(3, 4), torch.randn(3), torch.randn(4)
    f = lambda w, b, x: (x @ w.t() + b).tanh()
    y = f(w, b, x)
    d = 1 - y * y
    ref = d.unsqueeze(1) * w
    assert close(jacrev(f, argnums=2)(w, b, x), ref)
    assert close(jacfwd(f, argnums=2)(w, b, x), ref)
    jw, jb = jacrev(f, argnums=(0, 1))(w, b, x)
    assert tuple(jw.shape) == (3, 3, 4) and close(jb, torch.diag(d))
    jw2, jb2 = jacfwd(f, argnums=(0, 1))(w, b, x)
    assert close(jw, jw2) and close(jb, jb2)


def test_jacobian_matches_autograd_functional_and_structure():
    f = lambda a, b: (a * b.sum(), {"s": (a ** 2).sum()})
    a, b = torch.randn(3), torch.randn(2)
    j = jacrev(f, argnums=(0, 1))(a, b)
    assert isinstance(j, tuple) and isinstance(j[1], dict)
    assert tuple(j[0][0].shape) == (3, 3) and tuple(j[0][1].shape) == (3, 2)
    assert tuple(j[1]["s"][0].shape) == (3,) and tuple(j[1]["s"][1].shape) == (2,)
    ref = torch.autograd.functional.jacobian(lambda a, b: a * b.sum(), (a, b))
    assert close(j[0][0], ref[0]) and close(j[0][1], ref[1])
    jf = jacfwd(f, argnums=(0, 1))(a, b)
    assert close(jf[0][1], j[0][1]) and close(jf[1]["s"][0], j[1]["s"][0])


def test_jacobian_has_aux_and_dict_input():
    j, aux = jacrev(lambda x: (x.sin(), x.cos()), has_aux=True)(t(0.0, 1.0))
    assert close(j, torch.diag(t(1.0, math.cos(1.0)))) and close(aux, t(1.0, math.cos(1.0)))
    p = {"a": t(1.0, 2.0), "b": t(3.0)}
    j = jacrev(lambda p: p["a"] * p["b"])(p)
    assert close(j["a"], torch.diag(t(3.0, 3.0))) and close(j["b"], t(1.0, 2.0).view(2, 1))


def test_hessian_and_compositions():
    x = t(0.5, 1.0, 2.0)
    f = lambda v: (v.sin() * v.exp()).sum()
    # d2/dv2 of sin(v) e^v = 2 cos(v) e^v
    ref = torch.diag(2 * x.cos() * x.exp())
    for h in (hessian(f), jacfwd(jacrev(f)), jacrev(jacfwd(f)), jacrev(jacrev(f)), jacfwd(jacfwd(f))):
        assert close(h(x), ref, 1e-4)
    ref2 = torch.autograd.functional.hessian(f, x)
    assert close(hessian(f)(x), ref2, 1e-5)
    hab = hessian(lambda a, b: (a * a * b).sum(), argnums=(0, 1))(t(1.0, 2.0), t(3.0, 4.0))
    assert close(hab[0][0], torch.diag(t(6.0, 8.0))) and close(hab[0][1], torch.diag(t(2.0, 4.0)))


def test_jacrev_chunk_size_error():
    with pytest.raises(ValueError, match="jacrev: `chunk_size` should be greater than 0."):
        jacrev(torch.sin, chunk_size=0)
    assert close(jacrev(torch.sin, chunk_size=1)(t(0.0)), t(1.0).view(1, 1))


# --------------------------------------------------------------------------------------- vmap
def test_vmap_basic_in_out_dims():
    x, y = torch.randn(2, 5), torch.randn(2, 5)
    assert close(vmap(torch.dot)(x, y), (x * y).sum(1))
    assert close(vmap(torch.dot, in_dims=1)(x.t().contiguous(), y.t().contiguous()), (x * y).sum(1))
    assert close(vmap(lambda a, b: a * b, in_dims=(0, None))(x, y[0]), x * y[0])
    assert close(vmap(lambda a: a ** 2, out_dims=1)(x), (x ** 2).t())
    assert close(vmap(lambda a: a ** 2, out_dims=-1)(x), (x ** 2).t())
    s, p = vmap(lambda a: (a.sum(), a * 2), out_dims=(0, 1))(x)
    assert close(s, x.sum(1)) and close(p, (x * 2).t())
    c, d = vmap(lambda a: (a.sum(), torch.tensor(7.0)), out_dims=(0, None))(x)
    assert close(d, 7.0)


def test_vmap_nested_and_pytrees_and_kwargs():
    x, y = torch.randn(2, 3, 5), torch.randn(2, 3, 5)
    assert close(vmap(vmap(torch.dot))(x, y), (x * y).sum(-1))
    out = vmap(lambda d: {"s": d["a"] + d["b"]}, in_dims=({"a": 0, "b": None},))(
        {"a": torch.ones(2, 3), "b": torch.arange(3.0)})
    assert close(out["s"], torch.ones(2, 3) + torch.arange(3.0))
    assert tuple(vmap(lambda x, scale=4.0: x * scale)(torch.ones(2, 5), scale=torch.ones(2, 5)).shape) == (2, 2, 5)


def test_vmap_of_grad_is_per_sample_grad():
    w = torch.randn(4)
    xs = torch.randn(6, 4)
    f = lambda w, x: ((x @ w).tanh() - 0.5) ** 2
    per = vmap(grad(f), in_dims=(None, 0))(w, xs)
    for i in range(6):
        wr = w.clone().requires_grad_()
        ref, = torch.autograd.grad(f(wr, xs[i]), wr)
        assert close(per[i], ref)
    # grad of a vmapped function, jacrev of vmap
    assert close(grad(lambda w: vmap(lambda r: (r * w).sum())(xs).sum())(w), xs.sum(0))
    assert close(jacrev(vmap(torch.sin))(t(0.0, 1.0)), torch.diag(t(0.0, 1.0).cos()))


def test_vmap_errors():
    def add(x, y):
        return x + y

    with pytest.raises(ValueError, match=r"vmap: Expected all tensors to have the same size in the mapped "
                                         r"dimension, got sizes \[2, 3\] for the mapped dimension"):
        vmap(add)(torch.ones(2), torch.ones(3))
    with pytest.raises(ValueError, match="in_dims is not compatible with the structure of `inputs`"):
        vmap(add, in_dims=(0, 0, 0))(torch.ones(2), torch.ones(2))
    with pytest.raises(ValueError, match="We cannot vmap over non-Tensor arguments"):
        vmap(add)(torch.ones(2), 3.0)
    with pytest.raises(ValueError, match="so expected in_dim to satisfy -1 <= in_dim < 1"):
        vmap(add, in_dims=(2, None))(torch.ones(2), torch.ones(2))
    with pytest.raises(ValueError, match="vmap: Expected at least one Tensor to vmap over"):
        vmap(add, in_dims=(None, None))(torch.ones(2), torch.ones(2))
    with pytest.raises(ValueError, match="got no inputs"):
        vmap(add)()
    with pytest.raises(ValueError, match="out_dims is not compatible with the structure of `outputs`"):
        vmap(add, out_dims=(0, 1))(torch.ones(2), torch.ones(2))
    with pytest.raises(ValueError, match="must only return Tensors"):
        vmap(lambda x: 3.0)(torch.ones(2))
    with pytest.raises(RuntimeError, match="Only allowed values for randomness"):
        vmap(add, randomness="maybe")
    with pytest.raises(ValueError, match="chunk_size should be None or greater than 0"):
        vmap(add, chunk_size=0)
    assert close(vmap(torch.sum, chunk_size=2, randomness="same")(torch.ones(3, 2)), t(2.0, 2.0, 2.0))


def test_torch_vmap_alias():
    assert torch.vmap is vmap
    assert torch.func.grad is grad


# --------------------------------------------------------------------------------------- modules
def test_functional_call_swaps_and_restores():
    torch.manual_seed(0)
    m = torch.nn.Linear(3, 2)
    w0 = m.weight
    x = torch.randn(4, 3)
    params = {"weight": torch.zeros(2, 3), "bias": torch.ones(2)}
    out = functional_call(m, params, (x,))
    assert close(out, torch.ones(4, 2))
    out = functional_call(m, ({"weight": torch.zeros(2, 3)}, {"bias": torch.ones(2)}), x)
    assert close(out, torch.ones(4, 2))
    assert m.weight is w0 and isinstance(m.weight, torch.nn.Parameter)
    # partial dict: the rest keeps the module's own values
    out = functional_call(m, {"bias": torch.zeros(2)}, (x,))
    assert close(out, x @ m.weight.t())
    with pytest.raises(ValueError, match="appeared in multiple dictionaries"):
        functional_call(m, ({"bias": torch.zeros(2)}, {"bias": torch.zeros(2)}), (x,))
    with pytest.raises(RuntimeError, match="Missing key\\(s\\): 'weight'"):
        functional_call(m, {"bias": torch.zeros(2)}, (x,), strict=True)


def test_functional_call_nested_module_buffers_and_grad():
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4), torch.nn.Linear(4, 1))
    net.eval()
    params = {k: v.detach() for k, v in net.named_parameters()}
    buffers = {k: v.detach() for k, v in net.named_buffers()}
    x = torch.randn(5, 3)
    assert close(functional_call(net, (params, buffers), (x,)), net(x))

    def loss(p, x):
        return functional_call(net, (p, buffers), (x,)).sum()

    g = grad(loss)(params, x)
    ref = torch.autograd.grad(net(x).sum(), list(net.parameters()))
    for (k, v), r in zip(g.items(), ref):
        assert close(v, r), k
    assert all(p.grad is None for p in net.parameters())


def test_stack_module_state_and_ensemble():
    torch.manual_seed(0)
    models = [torch.nn.Linear(3, 2) for _ in range(4)]
    params, buffers = stack_module_state(models)
    assert tuple(params["weight"].shape) == (4, 2, 3) and params["weight"].is_leaf
    assert params["weight"].requires_grad and buffers == {}
    x = torch.randn(5, 3)
    out = vmap(lambda p, b, x: functional_call(models[0], (p, b), (x,)), in_dims=(0, 0, None))(params, buffers, x)
    for i, m in enumerate(models):
        assert close(out[i], m(x))
    with pytest.raises(RuntimeError, match="Expected at least one model, got 0"):
        stack_module_state([])
    models[1].eval()
    with pytest.raises(RuntimeError, match="same training/eval mode"):
        stack_module_state(models)


# --------------------------------------------------------------------------------------- autograd.functional
def test_autograd_functional_shared_helpers_still_agree():
    f = lambda a, b: a.sin() * b
    a, b = torch.randn(3), torch.randn(3)
    v = torch.randn(3)
    _, (va, vb) = torch.autograd.functional.vjp(f, (a, b), v)
    assert close(va, v * a.cos() * b) and close(vb, v * a.sin())
    _, jv = torch.autograd.functional.jvp(f, (a, b), (v, torch.zeros(3)))
    assert close(jv, v * a.cos() * b)
    g = lambda a: (a ** 3).sum()
    _, hv = torch.autograd.functional.hvp(g, a, v)
    _, vh = torch.autograd.functional.vhp(g, a, v)
    assert close(hv, 6 * a * v) and close(vh, 6 * a * v)
    j = torch.autograd.functional.jacobian(f, (a, b))
    assert close(j[0], torch.diag(a.cos() * b)) and close(j[1], torch.diag(a.sin()))
    ar = a.clone().requires_grad_()
    j = torch.autograd.functional.jacobian(lambda a: a ** 2, ar, create_graph=True)
    assert j.requires_grad
    j.sum().backward()
    assert close(ar.grad, 2 * torch.ones(3))


def test_import_torch_func_under_run(tmp_path):
    script = tmp_path / "s.py"
    script.write_text("import torch\nimport torch.func\nfrom torch.func import grad, vmap\n"
                      "print(torch.func.grad(torch.sin)(torch.tensor(0.0)), torch.vmap is vmap)\n")
    out = subprocess.run([sys.executable, "-m", "ferrograd", "run", str(script)], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout == "tensor(1.) True\n"


def test_vmap_randomness_same_draws_the_same_numbers():
    if not hasattr(torch, "get_rng_state"):
        pytest.skip("no torch.get_rng_state")
    torch.manual_seed(0)
    out = vmap(lambda x: x + torch.randn(3), randomness="same")(torch.zeros(2, 3))
    assert close(out[0], out[1])
    out = vmap(lambda x: x + torch.randn(3), randomness="different")(torch.zeros(2, 3))
    assert not close(out[0], out[1])


def test_functionalize_debug_unwrap_replace_batch_norm():
    from ferrograd.torch.func import debug_unwrap, functionalize, replace_all_batch_norm_modules_

    def f(a):
        b = a.clone()
        b.add_(1)
        return b * 2

    assert close(functionalize(f)(torch.ones(2)), t(4.0, 4.0))
    with pytest.raises(RuntimeError, match="received invalid argument for remove=x"):
        functionalize(f, remove="x")
    x = torch.ones(1)
    assert debug_unwrap(x) is x
    torch.manual_seed(0)
    net = torch.nn.Sequential(torch.nn.Linear(3, 4), torch.nn.BatchNorm1d(4))
    assert replace_all_batch_norm_modules_(net) is net
    assert net[1].running_mean is None and not net[1].track_running_stats
    assert [k for k, _ in net.named_buffers()] == []
    params = {k: v.detach() for k, v in net.named_parameters()}
    g = vmap(grad(lambda p, xb: functional_call(net, p, (xb,)).pow(2).mean()), in_dims=(None, 0))(
        params, torch.randn(3, 2, 3))
    assert tuple(g["0.weight"].shape) == (3, 4, 3)


def test_unknown_attribute():
    with pytest.raises(AttributeError):
        torch.func.no_such_transform
