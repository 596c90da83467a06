"""Autograd graph API as torch's own test suite uses it: grad_fn post/pre hooks, node and .grad object identity,
saved-tensor hook contexts, autograd.grad options and messages, gradcheck's input forms."""
import warnings

import pytest

import ferrograd.torch as torch
from ferrograd.torch.autograd import Function


def test_node_register_hook_sees_grad_inputs_and_outputs():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = a * 2
    log = []
    b.grad_fn.register_prehook(lambda go: log.append(("pre", go[0].tolist())))
    h = b.grad_fn.register_hook(lambda gi, go: log.append(("post", gi[0].tolist(), gi[1], go[0].tolist())))
    b.sum().backward(retain_graph=True)
    assert log == [("pre", [1.0, 1.0]), ("post", [2.0, 2.0], None, [1.0, 1.0])]
    h.remove()
    b.sum().backward()
    assert len(log) == 3


def test_node_register_hook_can_replace_grad_inputs():
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    b = a.exp()
    b.grad_fn.register_hook(lambda gi, go: (gi[0] * 0 + 7,))
    b.sum().backward()
    assert a.grad.tolist() == [7.0, 7.0]


def test_node_register_hook_after_graph_freed():
    a = torch.tensor([1.0], requires_grad=True)
    b = a * a
    b.backward()
    b.grad_fn.register_hook(lambda gi, go: None).remove()  # accepted, as in torch (it can never run)
    with pytest.raises(RuntimeError, match="backward through the graph a second time"):
        b.backward()


def test_node_objects_are_stable():
    x = torch.randn(3, requires_grad=True)
    a = x + 1
    b = a + 5
    assert b.grad_fn.next_functions[0][0] is a.grad_fn
    assert a.grad_fn is a.grad_fn and b.grad_fn.next_functions[1][0] is None


def test_grad_object_is_stable():
    x = torch.ones(2, requires_grad=True)
    (x * 2).sum().backward()
    g = x.grad
    assert x.grad is g
    (x * 2).sum().backward()  # accumulates in place: the same object, updated
    assert x.grad is g and g.tolist() == [4.0, 4.0]
    p = torch.tensor([1.5, 1.5], requires_grad=True)
    p.grad = mine = torch.tensor([1.5, 1.5])
    p.backward(torch.tensor([1.5, 1.5]))
    assert p.grad is mine and mine.tolist() == [3.0, 3.0]
    p.backward(torch.tensor([1.5, 1.5]), create_graph=True)  # out of place with create_graph
    assert p.grad is not mine


def test_saved_tensors_hooks_on_custom_function():
    log = []

    class Square(Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x * x

        @staticmethod
        def backward(ctx, g):
            (x,) = ctx.saved_tensors
            return 2 * x * g

    def pack(t):
        log.append("pack")
        return t * 1

    def unpack(t):
        log.append("unpack")
        return t

    x = torch.tensor([3.0], requires_grad=True)
    with torch.autograd.graph.saved_tensors_hooks(pack, unpack):
        y = Square.apply(x)
    y.backward()
    assert log == ["pack", "unpack"] and x.grad.tolist() == [6.0]
    with torch.autograd.graph.save_on_cpu(pin_memory=False):
        z = (x * x).exp()
    assert z.grad_fn.name() == "ExpBackward0"


def test_disable_saved_tensors_hooks():
    with torch.autograd.graph.disable_saved_tensors_hooks("no hooks here"):
        with pytest.raises(RuntimeError, match="no hooks here"):
            with torch.autograd.graph.saved_tensors_hooks(lambda t: t, lambda t: t):
                pass
    with torch.autograd.graph.saved_tensors_hooks(lambda t: t, lambda t: t):
        pass


def test_increment_version():
    x = torch.ones(2)
    v = x._version
    torch.autograd.graph.increment_version(x)
    assert x._version == v + 1


def test_grad_unused_names_the_index():
    x = torch.ones(1, requires_grad=True)
    y = torch.ones(1, requires_grad=True)
    with pytest.raises(RuntimeError, match="The differentiated Tensor at index 1 appears to not have been used"):
        torch.autograd.grad(x * 2, [x, y])
    gx, gy = torch.autograd.grad(x * 2, [x, y], allow_unused=True)
    assert gy is None and gx.tolist() == [2.0]
    gx, gy = torch.autograd.grad(x * 2, [x, y], materialize_grads=True)
    assert gy.tolist() == [0.0]
    with pytest.raises(RuntimeError, match="does not require grad"):
        torch.autograd.grad(torch.ones(1) * 2, torch.ones(1))


def test_grad_is_grads_batched():
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    (g,) = torch.autograd.grad(x * x, x, torch.eye(2), is_grads_batched=True)
    assert g.tolist() == [[2.0, 0.0], [0.0, 4.0]]


def test_gradcheck_takes_a_list_of_inputs():
    a = torch.randn(3, dtype=torch.float64, requires_grad=True)
    b = torch.randn(3, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(lambda a, b: a * b, [a, b])
    assert torch.autograd.gradgradcheck(lambda a, b: a * b, [a, b])


def test_saved_variables_is_deprecated():
    class F(Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x * 2

        @staticmethod
        def backward(ctx, g):
            (x,) = ctx.saved_variables
            return g * 2

    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        F.apply(torch.ones(2, requires_grad=True)).sum().backward()
    assert any("saved_variables" in str(m.message) for m in w)


def test_set_grad_enabled_repr_and_gather_sparse_grad():
    assert repr(torch.set_grad_enabled(True)) == "torch.autograd.grad_mode.set_grad_enabled(mode=True)"
    x = torch.arange(4.0).reshape(2, 2)
    assert torch.gather(x, 1, torch.tensor([[1], [0]]), sparse_grad=False).tolist() == [[1.0], [2.0]]


def test_accumulate_grad_node_is_stable():
    x = torch.randn(3, requires_grad=True)
    y = x * 2
    assert y.grad_fn.next_functions[0][0] is y.grad_fn.next_functions[0][0]
    assert torch.equal(y.grad_fn.next_functions[0][0].variable, x)


def test_compile_wraps_modules_and_keeps_functions():
    m = torch.nn.Linear(2, 2)
    c = torch.compile(m, mode="reduce-overhead")
    assert type(c).__name__ == "OptimizedModule" and c._orig_mod is m and c.weight is m.weight
    assert list(c.state_dict()) == ["_orig_mod.weight", "_orig_mod.bias"]
    x = torch.ones(1, 2)
    assert torch.equal(c(x), m(x))

    def f(x):
        return x + 1

    assert torch.compile(f)(x).tolist() == [[2.0, 2.0]] and torch.compile(fullgraph=True)(f)(x).tolist() == [[2.0, 2.0]]
    assert m.compile() is None and torch.compiler.is_compiling() is False
    torch._dynamo.reset()


def test_assert_close_messages():
    a = torch.tensor([1, 2])
    with pytest.raises(AssertionError) as e:
        torch.testing.assert_close(a, torch.tensor([1, 3]))
    assert str(e.value).splitlines()[-1] == "Greatest relative difference: 0.3333333432674408 at index (1,)"
    with pytest.raises(AssertionError, match=r"Scalars are not close!\n\nExpected nan but got nan"):
        torch.testing.assert_close(torch.tensor(float("nan")), torch.tensor(float("nan")))
    with pytest.raises(AssertionError, match=r"The failure occurred for item \['x'\]\[1\]$"):
        torch.testing.assert_close({"x": [a, a]}, {"x": [a, a + 1]})
    with pytest.raises(AssertionError, match="^XTensor-lik$"):
        torch.testing.assert_close(a, a + 1, msg=lambda m: "X" + m[:10])
    with pytest.warns(FutureWarning, match="assert_allclose"):
        torch.testing.assert_allclose(a, a)


def test_variable_is_a_new_leaf_sharing_storage():
    x = torch.ones(2, requires_grad=True)
    v = torch.autograd.Variable(x)
    assert v is not x and not v.requires_grad and v.is_leaf
    z = torch.zeros(2)
    w = torch.autograd.Variable(z, requires_grad=True)
    assert w.requires_grad and not z.requires_grad
    with torch.no_grad():
        w.add_(1)
    assert z.tolist() == [1.0, 1.0]


def test_grad_mode_class_decoration_warns():
    with pytest.warns(FutureWarning, match="Decorating classes is deprecated"):
        @torch.no_grad()
        class Foo:
            def __init__(self):
                self.enabled = torch.is_grad_enabled()

    assert Foo().enabled is False and torch.is_grad_enabled()


def test_function_with_vjp_only():
    class Double(Function):
        @staticmethod
        def forward(ctx, x):
            return x * 2

        @staticmethod
        def vjp(ctx, g):
            return g * 2

    x = torch.ones(2, requires_grad=True)
    Double.apply(x).sum().backward()
    assert x.grad.tolist() == [2.0, 2.0]
    assert Double.generate_vmap_rule is False and hasattr(Double, "vmap")


def test_grad_input_checks():
    x = torch.tensor([1.0], requires_grad=True)
    with pytest.raises(RuntimeError, match="`inputs` argument to `grad\\(\\)` cannot be empty."):
        torch.autograd.grad(2 * x, [], grad_outputs=torch.tensor([1.0]))
    y = torch.randn(2, 2, requires_grad=True)
    with pytest.raises(RuntimeError, match="If `is_grads_batched=True`, we interpret the first"):
        torch.autograd.grad(y.clone(), (y,), (torch.ones(2, 2),), is_grads_batched=True)
    (g,) = torch.autograd.grad(y.sum(), (y,), (torch.arange(3.0),), is_grads_batched=True)
    assert g.shape == (3, 2, 2) and g[2].tolist() == [[2.0, 2.0], [2.0, 2.0]]


def test_functional_api_argument_errors():
    from ferrograd.torch.autograd.functional import jacobian, vjp

    x = torch.tensor([1.0, 2.0])
    with pytest.raises(RuntimeError, match="Output 0 of the user-provided function does not require gradients"):
        jacobian(lambda a: torch.ones(2), x, strict=True)
    assert jacobian(lambda a: torch.ones(2), x).tolist() == [[0.0, 0.0], [0.0, 0.0]]
    with pytest.raises(TypeError, match="must be either a Tensor or a tuple of Tensors"):
        jacobian(lambda a: 3.0, x)
    with pytest.raises(RuntimeError, match="The vector v can only be None"):
        vjp(lambda a: a * 2, x)
    assert vjp(lambda a: a.sum(), x)[1].tolist() == [1.0, 1.0]


def test_autograd_error_messages():
    with pytest.raises(RuntimeError, match="can't retain_grad on Tensor that has requires_grad=False"):
        torch.ones(2).retain_grad()
    a = torch.tensor([1.0, 2.0], requires_grad=True)
    with pytest.raises(RuntimeError, match="a view of a leaf Variable that requires grad is being used in an in-place"):
        a[0] = 5.0
    b = a * 2

    def widen(g):
        return torch.ones(3)

    b.register_hook(widen)
    with pytest.raises(RuntimeError, match="hook 'widen' has changed the size of value"):
        b.sum().backward()


def test_grad_mode_decorators_on_generators_and_set_grad_enabled():
    @torch.no_grad()
    def gen():
        for _ in range(3):
            yield torch.is_grad_enabled()

    with torch.enable_grad():
        assert [(g, torch.is_grad_enabled()) for g in gen()] == [(False, True)] * 3

    @torch.set_grad_enabled(False)
    def f():
        return torch.is_grad_enabled()

    assert torch.is_grad_enabled() and f() is False and torch.is_grad_enabled()


def test_dropping_a_deep_graph_does_not_overflow_the_stack():
    x = torch.randn(1, requires_grad=True)
    y = x.clone()
    for _ in range(60000):  # each step adds two nodes; recursive drops overflowed from ~40k
        y = y + y * 1e-6
    del y
    z = x * 1
    for _ in range(60000):
        z = z + 1
    z.backward()
    assert x.grad.tolist() == [1.0]


def test_legacy_constructor_takes_a_size():
    assert torch.Tensor(torch.Size([4, 3])).shape == (4, 3)
    assert torch.Tensor((4, 3)).tolist() == [4.0, 3.0]


def test_anomaly_mode_names_the_nan_node():
    x = torch.tensor([0.0, 1.0], requires_grad=True)
    with pytest.warns(UserWarning):
        ctx = torch.autograd.detect_anomaly()
    with ctx:
        with pytest.raises(RuntimeError, match="Function 'SqrtBackward0' returned nan values in its 0th output."):
            (x.sqrt() * 0).sum().backward()
    (x.sqrt() * 0).sum().backward()  # off again: the NaN reaches .grad
    assert x.grad[0].isnan().item()
    w = torch.tensor([0.0], requires_grad=True)
    with torch.autograd.set_detect_anomaly(True):
        with pytest.raises(RuntimeError, match="'DivBackward0' returned nan values in its 1th output"):
            torch.autograd.grad((w / w).sum(), w)
    assert not torch.is_anomaly_enabled()
