"""MindSpore autodiff, hook, Parameter and Primitive semantics as MindSpore 2.10's own test suites
(tests/st/gradient, tests/st/pynative/hook) check them; expected values from real MindSpore 2.10."""
import numpy as np
import pytest

import ferrograd.mindspore as ms
from ferrograd.mindspore import Parameter, ParameterTuple, Tensor, context, nn, ops
from ferrograd.mindspore.ops import GradOperation
from ferrograd.mindspore.ops import operations as P


def A(*v):
    return Tensor(np.array(v, np.float32))


def close(t, v):
    return np.allclose(t.asnumpy(), v)


class _W(nn.Cell):
    def __init__(self):
        super().__init__()
        self.w = Parameter(A(5.0), name="w")
        self.u = Parameter(A(3.0), name="u")
        self.v = Parameter(A(3.0), name="v", requires_grad=False)

    def construct(self, x):
        return self.w * x * self.v


def test_grad_return_ids_layout():
    x = A([1, 2], [3, 4])
    f = lambda a: a ** 3  # noqa: E731
    r = ops.grad(f, return_ids=True)(x)
    assert r[0] == 0 and close(r[1], [[3, 12], [27, 48]])
    r = ops.grad(lambda a, b: a * b, 1, return_ids=True)(x, x)  # a single gradient tensor is indexed by position
    assert len(r) == 1 and r[0][0] == 1 and close(r[0][1], [2, 4])


def test_grad_by_list_without_weights_uses_graph_parameters():
    n = _W()
    g = GradOperation(get_by_list=True)(n)(A(2.0))
    assert len(g) == 1 and close(g[0], [6.0])
    g = GradOperation(get_by_list=True)(lambda x: x * n.w)(A(2.0))
    assert close(g[0], [2.0])
    assert isinstance(GradOperation(get_by_list=True)(n, n.w)(A(2.0)), Tensor)


def test_same_tensor_object_at_two_positions_gets_its_total_gradient():
    x = A(1.0, 2.0)
    g = GradOperation(get_all=True)(lambda a, b: a * b * 3 + a)(x, x)
    assert close(g[0], [7, 13]) and close(g[1], [7, 13])
    g = GradOperation(get_all=True)(lambda a, b: a * b * 3 + a)(x, A(1.0, 2.0))
    assert close(g[0], [4, 7]) and close(g[1], [3, 6])


def test_grad_operation_first_input_not_a_tensor_and_errors():
    assert GradOperation()(lambda k, a: a * k)(3, A(1.0)) == ()
    assert ops.grad(lambda a: a[0] * 3)((A(1.0),)) == ()
    with pytest.raises(TypeError, match="'get_all' should be bool, but got int"):
        GradOperation(get_all=1)
    with pytest.raises(TypeError, match="expected to be a tensor, or a list or tuple"):
        ops.grad(lambda a: a, 0, weights=3)(A(1.0))


def test_dict_output_and_dict_sens():
    x = A(1.0, -2.0)
    f = lambda a: {"o": ops.relu(a) * 2}  # noqa: E731
    assert close(GradOperation()(f)(x), [2, 0])
    assert close(GradOperation(sens_param=True)(f)(x, {"o": A(3.0, 3.0)}), [6, 0])


def test_vjp_aux_single_and_tuple():
    x = A(1.0, 2.0)
    _, fn, aux = ops.vjp(lambda a: (a * 2, a * 3), x, has_aux=True)
    assert isinstance(aux, Tensor) and close(aux, [3, 6])
    _, fn, aux = ops.vjp(lambda a: (a * 2, a * 3, a), x, has_aux=True)
    assert isinstance(aux, tuple) and len(aux) == 2


def test_cell_backward_hook_sees_all_input_gradients():
    seen = []

    def hook(cell, gin, gout):
        seen.append((len(gin), len(gout)))
        return A(1.0), A(1.0)

    class Net(nn.Cell):
        def __init__(self):
            super().__init__()
            self.mul = nn.MatMul()
            self.h = self.mul.register_backward_hook(hook)

        def construct(self, x, y):
            x = self.mul(x, y)
            return x + x

    net = Net()
    g = GradOperation(get_all=True)(net)(A(1.0), A(3.0))
    assert seen == [(2, 1)] and close(g[0], [1]) and close(g[1], [1])
    net.h.remove()
    net.h.remove()
    g = GradOperation(get_all=True)(net)(A(1.0), A(3.0))
    assert close(g[0], [6]) and close(g[1], [2])


def test_hook_function_checks():
    r = nn.ReLU()

    @ms.jit
    def h(c, i, o):
        return o

    for reg in (r.register_forward_pre_hook, r.register_forward_hook, r.register_backward_hook):
        with pytest.raises(TypeError, match="Expected a callable hook function, but got str."):
            reg("x")
        with pytest.raises(TypeError, match="Decorating hook function h with '@jit' is not supported."):
            reg(h)
    with pytest.raises(TypeError, match="Expected a callable hook function"):
        ops.HookBackward(3)


def test_tensor_hook_on_network_input():
    x = A(1.0)
    x.register_hook(lambda g: g * 2)
    assert close(GradOperation()(lambda a: a ** 2 + (a + 1))(x), [6])


def test_cell_bprop_several_outputs_and_wrong_count():
    class Two(nn.Cell):
        def construct(self, x, y):
            return x * y, x + y

        def bprop(self, x, y, out, dout):
            return dout[0] * 10 + dout[1], dout[1] * 100

    g = GradOperation(get_all=True)(lambda x, y: (lambda o: o[0] * 2 + o[1])(Two()(x, y)))(A(1.0), A(3.0))
    assert close(g[0], [21]) and close(g[1], [100])

    class Wrong(nn.Cell):
        def construct(self, x, y):
            return 2 * x + y

        def bprop(self, x, y, out, dout):
            return (2 * dout,)

    with pytest.raises(RuntimeError, match="Grad size should lager than forward inputs, but got 1 vs 2"):
        GradOperation(get_all=True)(Wrong())(A(1.0), A(2.0))


def test_parameter_names_and_checks():
    p = Parameter(A(1.0))
    assert p.name.startswith("Parameter#")
    assert Parameter(A(1.0), name="  x ").name == "x"
    with pytest.raises(ValueError, match="Parameter data can not be `bool`"):
        Parameter(True)
    with pytest.raises(ValueError, match="should be 'string' or 'None'"):
        Parameter(A(1.0), name=3)
    with pytest.raises(TypeError, match="`requires_grad` must be bool"):
        Parameter(A(1.0), requires_grad=1)
    assert Parameter(2, name="i").dtype == ms.int32
    q = Parameter(A(1.0, 2.0), name="q")
    q.set_data(A(3.0, 4.0, 5.0))
    assert q.shape == (3,) and close(q, [3, 4, 5])


def test_cell_parameter_attribute_assignment():
    class N(nn.Cell):
        def __init__(self):
            super().__init__()
            self.p = Parameter(A(1.0), name="pp")
            self.a = Parameter(A(1.0))
            self.t = ParameterTuple([Parameter(A(1.0)), Parameter(A(2.0))])

    n = N()
    n.p = A(2.0)  # a tensor assigned to a Parameter attribute is its new data
    assert isinstance(n.p, Parameter) and close(n.p, [2.0])
    assert n.a.name == "a" and [x.name for x in n.t] == ["Parameter$1", "Parameter$2"]
    with pytest.raises(TypeError):
        n.p = 3
    with pytest.raises(KeyError):
        n.insert_param_to_cell("a.b", Parameter(A(1.0)))


def test_context_checks_and_primitive_repr(capsys):
    with pytest.raises(ValueError, match="'mode' should be context.GRAPH_MODE"):
        context.set_context(mode=5)
    with pytest.raises(ValueError, match="keyword argument foo is not recognized"):
        ms.set_context(foo=1)
    with pytest.raises(ValueError, match="argument foo is not recognized"):
        ms.get_context("foo")
    assert repr(P.ReLU().add_prim_attr("x", 1)) == "Prim[ReLU]<x=1>"
    ops.Print()("x:", Tensor(np.array([1.0], np.float32)), 3)
    assert capsys.readouterr().out == "x:\nTensor(shape=[1], dtype=Float32, value= [ 1.00000000e+00])\n3\n"


def test_dynamic_shape_placeholder():
    t = Tensor(shape=[None, 32], dtype=ms.float32)
    assert t.shape == (-1, 32) and repr(t) == "Tensor(shape=[-1, 32], dtype=Float32, value=\n)"
    n = nn.ReLU()
    n.set_inputs(t)
    assert n(Tensor(np.ones((2, 32), np.float32))).shape == (2, 32)


def test_operator_test_primitives():
    v = Parameter(A(1.0, 2.0), name="v")
    acc = Parameter(A(0.1, 0.2), name="acc")
    r = P.ApplyMomentum()(v, acc, Tensor(0.1, ms.float32), A(1.0, -1.0), Tensor(0.9, ms.float32))
    assert not isinstance(r, Parameter) and close(v, [0.891, 2.082]) and close(acc, [1.09, -0.82])
    assert close(P.ApplyGradientDescent()(v, Tensor(0.5, ms.float32), A(1.0, 1.0)), [0.391, 1.582])
    b = Tensor(np.array([[True, False], [True, True]]))
    assert P.ReduceAll()(b).shape == () and close(P.ReduceAny(keep_dims=True)(b, 1), [[True], [True]])
    assert close(P.MulNoNan()(A(np.inf, 3.0), A(0.0, 2.0)), [0, 6])
    assert close(P.Ceil()(A(1.5, -1.5)), [2, -1]) and close(P.Elu()(A(-1.0)), [np.expm1(-1.0)])
    assert ops.matmul(A(1.0, 2.0), A(3.0, 4.0)).shape == ()


def test_no_grad_context_and_decorator():
    class Net(nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = Parameter(A(5.0), name="w")

        def construct(self, x):
            y = self.w * x
            with ms._no_grad():
                m = y * self.w
            return m * y

    assert close(ops.grad(Net())(A(2.0)), [250.0])

    @ms._no_grad()
    def double(x):
        return x + x

    assert close(ops.grad(lambda x: x * x + double(x * x))(A(2.0)), [4.0])
    with pytest.raises(RuntimeError, match="In no_grad context, you can not calculate gradient"):
        with ms._no_grad():
            ops.grad(lambda x: x * x)(A(2.0))


def test_integer_parameter_gradients():
    class WB(nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = Parameter(Tensor([6], ms.int32), name="w")
            self.b = Parameter(Tensor([2], ms.int32), name="b")

        def construct(self, x, y):
            return self.w * x + self.b * y

    n = WB()
    x, y = Tensor([10], ms.int32), Tensor([20], ms.int32)
    g = ops.grad(n, (0, 1), n.trainable_params())(x, y)
    assert [t.dtype for t in g[0] + g[1]] == [ms.int32] * 4
    assert [int(t.asnumpy()[0]) for t in g[0] + g[1]] == [6, 2, 10, 20]
    assert n.w.dtype == ms.int32 and int(n.w.asnumpy()[0]) == 6 and not n.w.is_floating_point()


def test_custom_bprop_second_order_and_with_backward_hook():
    class OneInputBprop(nn.Cell):
        def construct(self, x):
            return ops.relu(x)

        def bprop(self, x, out, dout):
            return (5 * x,)

    x = A(2.0, 2.0)
    assert close(GradOperation()(GradOperation()(OneInputBprop()))(x), [5, 5])
    assert close(GradOperation()(GradOperation()(GradOperation()(OneInputBprop())))(x), [0, 0])
    seen = []
    net = OneInputBprop()
    net.register_backward_hook(lambda c, gi, go: seen.append(len(gi)))
    assert close(GradOperation()(net)(x), [10, 10]) and seen == [1]


def test_optimizer_updates_scalar_parameter():
    p = Parameter(Tensor(0.5, ms.float32), name="p")
    opt = nn.Momentum([p], 0.1, 0.9)
    opt((Tensor(1.0, ms.float32),))
    assert p.shape == () and close(p, 0.4)


def test_cell_attribute_rules():
    class Early(nn.Cell):
        def __init__(self):
            self.w = Parameter(A(1.0), name="w")
            super().__init__()

    with pytest.raises(AttributeError, match="please call Cell.__init__"):
        Early()

    class Sub(nn.Cell):
        def __init__(self):
            super().__init__()
            self.mod = nn.ReLU()
            self.mod = None
            self.mod = A(1.0)

    with pytest.raises(TypeError, match="Sub cell 'mod' already exists"):
        Sub()
    m = nn.Cell()
    with pytest.raises(KeyError):
        m.insert_child_to_cell("a.b", nn.ReLU())
    with pytest.raises(TypeError):
        m.insert_child_to_cell("t", A(1.0))
    with pytest.raises(AttributeError, match="the method 'construct' is not defined"):
        nn.Cell()()


def test_reduce_primitives_keep_integer_dtype():
    x = Tensor(np.array([[1, 2, 3], [4, 5, 7]], np.int32))
    assert P.ReduceSum()(x, 1).dtype == ms.int32 and ops.sum(x, 1).dtype == ms.int64
    assert P.ReduceMean()(x, 1).asnumpy().tolist() == [2, 5] and x.mean(1).dtype == ms.int32
    assert P.Argmin(output_type=ms.int64)(A(3.0, 1.0)).dtype == ms.int64
    assert repr(ms.bool_) == "mindspore.bool"


def test_parameter_data_is_a_tensor_sharing_memory():
    p = Parameter(A(1.0, 2.0), name="w")
    d = p.data
    assert not isinstance(d, Parameter) and isinstance(d, Tensor) and not d.requires_grad
    d[0] = 5.0
    assert close(p, [5.0, 2.0]) and p.sliced is False and p.parallel_optimizer is True


def test_deeper_module_paths():
    import importlib

    for path, name in (("nn.wrap.cell_wrapper", "WithLossCell"), ("nn.optim.momentum", "Momentum"),
                       ("ops.operations.nn_ops", "ReLU"), ("ops.primitive", "constexpr"),
                       ("train.serialization", "save_checkpoint"), ("train.loss_scale_manager", "FixedLossScaleManager")):
        assert hasattr(importlib.import_module("ferrograd.mindspore." + path), name)
