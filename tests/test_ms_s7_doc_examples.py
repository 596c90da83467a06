"""MindSpore 2.10 API docstring examples (mindspore.ops, Tensor methods, nn, grad/value_and_grad) that ferrograd
got wrong before session 7; expected values printed by real MindSpore 2.10 (the file passes there too with
`ferrograd.mindspore` replaced by `mindspore`)."""
import numpy as np

import ferrograd.mindspore as ms
from ferrograd.mindspore import Tensor, nn, ops


def T(v, dt=None):
    return ms.tensor(v, dt) if dt is not None else ms.tensor(v)


X = [[9, 3, 4, 5], [5, 2, 7, 4], [8, 1, 3, 6]]


def test_grad_sens_param():
    class Net(nn.Cell):
        def construct(self, x, y, z):
            return x * y * z

    x, y, z = T([1., 2]), T([-2., 3]), T([0., 3])
    s = T([1., 2])
    g = ms.grad(Net(), grad_position=(1, 2), sens_param=True)(x, y, z, s)
    assert [a.asnumpy().tolist() for a in g] == [[0.0, 12.0], [-2.0, 12.0]]
    assert ms.grad(Net(), 0, sens_param=True)(x, y, z, sens=s).asnumpy().tolist() == [0.0, 18.0]
    out, g = ms.value_and_grad(Net(), grad_position=1, sens_param=True)(x, y, z, s)
    assert out.asnumpy().tolist() == [-0.0, 18.0] and g.asnumpy().tolist() == [0.0, 12.0]
    g, aux = ms.grad(lambda a, b: (a * b, a + b), 0, has_aux=True, sens_param=True)(x, y, s)
    assert g.asnumpy().tolist() == [-2.0, 6.0] and aux[0].asnumpy().tolist() == [-1.0, 5.0]


def test_tensor_method_dim_overloads():
    x = Tensor(np.array(X, np.float32))
    b = T([[True, False], [True, True]])
    assert x.argmax(dim=1, keepdim=True).asnumpy().tolist() == [[0], [2], [0]]
    assert x.argmin(dim=1).dtype == ms.int32 and x.argmin().asnumpy() == 9
    assert x.mean(1, keepdim=True).asnumpy().tolist() == [[5.25], [4.5], [4.5]]
    assert x.mean(dim=0).shape == (4,)
    assert b.all(dim=1).asnumpy().tolist() == [False, True]
    assert b.all(dim=[0, 1], keepdim=True).asnumpy().tolist() == [[False]]
    assert b.any(dim=1).asnumpy().tolist() == [True, True]
    assert x.cumsum(dim=0).asnumpy()[2].tolist() == [22.0, 6.0, 14.0, 15.0]
    v, i = x.sort(dim=-1)
    assert i.asnumpy().tolist() == [[1, 2, 3, 0], [1, 3, 0, 2], [1, 2, 3, 0]]
    assert np.allclose(x.std(dim=1, correction=1, keepdim=False).asnumpy(), [2.6299555, 2.081666, 3.1091263])
    assert x.transpose(0, 1).shape == (4, 3) and Tensor(np.ones((2, 3, 4))).transpose(0, 2).shape == (4, 3, 2)
    assert x.sub(T(1, ms.int32), alpha=0.5).asnumpy()[0].tolist() == [8.5, 2.5, 3.5, 4.5]
    assert x.add(1, alpha=2).asnumpy()[0].tolist() == [11.0, 5.0, 6.0, 7.0]


def test_tensor_gather_select_forms():
    x = Tensor(np.array(X, np.float32))
    assert x.gather(1, T([[0, 0], [1, 1], [2, 2]])).asnumpy().tolist() == [[9.0, 9.0], [2.0, 2.0], [3.0, 3.0]]
    assert x.gather(input_indices=T([0, 2]), axis=0).asnumpy().tolist() == [[9, 3, 4, 5], [8, 1, 3, 6]]
    assert x.gather(T([0, 2]), 1).asnumpy().tolist() == [[9, 4], [5, 7], [8, 3]]
    assert x.gather(T([0, 2, 1]), 1, 1).asnumpy().tolist() == [9.0, 7.0, 1.0]
    assert ops.gather(x, T([[0, 2], [2, 3]]), -1).shape == (3, 2, 2)
    assert x.select(0, 0).asnumpy().tolist() == [9, 3, 4, 5]
    c = T([[True, False, True, False]] * 3)
    assert x.select(c, x * 0).asnumpy()[0].tolist() == [9.0, 0.0, 4.0, 0.0]


def test_argmax_with_value_axis_none():
    x = T(X)
    v, i = x.argmin_with_value(axis=None, keep_dims=True)
    assert v.shape == () and i.shape == () and v.asnumpy() == 1 and i.asnumpy() == 0
    v, i = x.argmax_with_value(1, True)
    assert v.asnumpy().tolist() == [[9], [7], [8]] and i.asnumpy().tolist() == [[0], [2], [0]]


def test_ops_max_min_initial_where():
    x = T(X)
    w = T([[0, 0, 1, 0], [0, 0, 1, 1], [1, 1, 1, 0]], ms.bool)
    v, i = ops.max(x, axis=1, keepdims=True, initial=0, where=w)
    assert v.asnumpy().tolist() == [[4], [7], [8]] and i.asnumpy().tolist() == [[2], [2], [0]]
    v, i = ops.max(x, axis=0, keepdims=True, initial=0, where=T([[False], [False], [False]]))
    assert v.asnumpy().tolist() == [[0, 0, 0, 0]] and i.asnumpy().tolist() == [[0, 0, 0, 0]]
    v, i = ops.min(Tensor(np.array(X, np.float32)), 0, initial=4)
    assert v.asnumpy().tolist() == [4.0, 1.0, 3.0, 4.0] and i.asnumpy().tolist() == [0, 2, 2, 0]
    assert ops.amax(x, axis=1, keepdims=True, initial=0, where=w).asnumpy().tolist() == [[4], [7], [8]]
    assert ops.amin(x, 1, initial=3).asnumpy().tolist() == [3, 2, 1]
    assert ops.amax(Tensor(np.array(X, np.float32)), (0, 1), initial=100.).asnumpy() == 100.0
    assert ops.argmin(x, 1).dtype == ms.int32


def test_ops_one_hot_select_clamp():
    r = ops.one_hot(T([0, 1, 2, 4]), depth=5)
    assert r.dtype == ms.int64 and r.asnumpy()[3].tolist() == [0, 0, 0, 0, 1]
    r = ops.one_hot(T([[0, 2], [1, -1]]), depth=3, on_value=10, off_value=4, axis=0)
    assert r.dtype == ms.int64 and r.asnumpy()[2].tolist() == [[4, 10], [4, 4]]
    assert ops.one_hot(T([0, 1], ms.int32), 3, 1.0, 0.0).dtype == ms.float32
    c, a = T([True, False]), T([2., 3])
    assert ops.select(c, input=1, other=2).asnumpy().tolist() == [1, 2]
    assert ops.select(c, a, other=3).asnumpy().tolist() == [2.0, 3.0]
    x = T([[1, 25, 5, 7], [4, 11, 6, 21]])
    assert ops.clamp(x, T([2, 4, 6, 8]), T([10, 12, 14, 18])).asnumpy().tolist() == [[2, 12, 6, 8], [4, 11, 6, 18]]


def test_ops_logsumexp_atleast_aminmax():
    x = Tensor(np.array(X, np.float32))
    assert np.allclose(ops.logsumexp(x, ()).asnumpy(), 9.475807)
    r = ops.atleast_1d((T(1), T([0, 1])))
    assert isinstance(r, tuple) and r[0].shape == (1,)
    assert isinstance(ops.atleast_2d([T(1)]), tuple)
    y = T([[9, 3, 4, 5], [5, 2, 7, 4], [8, 1, 3, float('nan')]])
    lo, hi = ops.aminmax(y, axis=None)
    assert lo.asnumpy() == 1 and hi.asnumpy() == 9
    lo, hi = ops.aminmax(y, axis=1)
    assert lo.asnumpy().tolist() == [3.0, 2.0, 1.0] and hi.asnumpy().tolist() == [9.0, 7.0, 8.0]


def test_sigmoid_float16_steps():
    x = Tensor(np.array([-1, 2, -3, 2, -1]), ms.float16)
    assert ops.sigmoid(x).asnumpy().tolist() == np.array([0.2688, 0.8804, 0.04745, 0.8804, 0.2688],
                                                         np.float16).tolist()
    assert ops.silu(x).asnumpy().tolist() == np.array([-0.2688, 1.761, -0.1423, 1.761, -0.2688], np.float16).tolist()
    g = ms.grad(lambda t: ops.sigmoid(t).sum())(Tensor(np.array([8.0, 0.5]), ms.float16))
    assert g.asnumpy().tolist() == [0.0, 0.2349853515625]


def test_asnumpy_shares_memory():
    x = Tensor(np.array([1, 2], dtype=np.float32))
    y = x.asnumpy()
    y[0] = 11
    assert x.asnumpy().tolist() == [11.0, 2.0]


def test_custom_optimizer_helpers_and_celldict():
    np.random.seed(0)
    ms.set_seed(1)
    net = nn.Dense(2, 3)

    class MyMomentum(nn.Optimizer):
        def __init__(self, params, learning_rate, momentum=0.9):
            super().__init__(learning_rate, params)
            self.moments = self.parameters.clone(prefix="moments", init="zeros")
            self.momentum = momentum
            self.opt = ops.ApplyMomentum()

        def construct(self, gradients):
            lr = self.get_lr()
            gradients = self.scale_grad(self.gradients_centralization(self.decay_weight(gradients)))
            for param, mom, grad in zip(self.parameters, self.moments, gradients):
                self.opt(param, mom, lr, grad, self.momentum)
            return True

    opt = MyMomentum(net.trainable_params(), 0.01)
    assert opt.target == "CPU" and opt.unique is True and opt.get_weight_decay() == 0.0
    d = nn.CellDict({'relu': nn.ReLU(), 'pool': nn.MaxPool2d(kernel_size=2, stride=2)})
    d.clear()
    assert len(d) == 0
    d.update([('relu', nn.ReLU()), ('tanh', nn.Tanh())])
    assert list(d.keys()) == ['relu', 'tanh'] and isinstance(d.pop('relu'), nn.ReLU) and len(d) == 1


def test_divide_rounding_mode_and_int_trunc():
    x, y = Tensor(np.array([7., -7, 5.5]), ms.float32), Tensor(np.array([2., 2, -2]), ms.float32)
    assert x.divide(y, rounding_mode="floor").asnumpy().tolist() == [3.0, -4.0, -3.0]
    assert x.divide(y, rounding_mode="trunc").asnumpy().tolist() == [3.0, -3.0, -2.0]
    r = ops.div(Tensor(np.array([7, -7, 5]), ms.int32), Tensor(np.array([2, 2, -2]), ms.int32), rounding_mode="trunc")
    assert r.dtype == ms.int32 and r.asnumpy().tolist() == [3, -3, -2]


def test_gradoperation_get_by_list_finds_int_parameters():
    class Net(nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = ms.Parameter(Tensor(np.array([2, 3]), ms.int32), name='w')
            self.b = ms.Parameter(Tensor(np.array([1.0, 2.0]), ms.float32), name='b')

        def construct(self, x):
            return x * self.w + self.b

    net = Net()
    gw, gb = ops.GradOperation(get_by_list=True)(net)(Tensor(np.array([1.0, 2.0]), ms.float32))
    assert gw.dtype == ms.int32 and gw.asnumpy().tolist() == [1, 2] and gb.asnumpy().tolist() == [1.0, 1.0]
    assert net.w.dtype == ms.int32 and net.w.asnumpy().tolist() == [2, 3]


def test_ops_dense_cond_combinations_scalar_cast():
    x = Tensor([[-1., 1., 2.], [-3., -3., 1.]], ms.float32)
    w = Tensor([[-2., -2., -2.], [0., -1., 0.]], ms.float32)
    assert ops.dense(x, w, Tensor([0., 1.], ms.float32)).asnumpy().tolist() == [[-4.0, 0.0], [10.0, 4.0]]
    a = T([[1.0, 0.0, -1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 1.0]])
    assert np.allclose(ops.cond(a).asnumpy(), 1.4142135) and np.allclose(ops.cond(a, 'fro').asnumpy(), 3.1622777)
    assert ops.combinations(T([1, 2, 3])).asnumpy().tolist() == [[1, 2], [1, 3], [2, 3]]
    assert ops.combinations(T([1, 2, 3]), r=3).asnumpy().tolist() == [[1, 2, 3]]
    assert ops.combinations(T([1, 2]), with_replacement=True).asnumpy().tolist() == [[1, 1], [1, 2], [2, 2]]
    assert ops.scalar_cast(255.0, ms.int64) == 255 and isinstance(ops.scalar_cast(255.0, ms.int64), int)


def test_topk_tie_order_as_cpu_kernel():
    # MindSpore's CPU TopK: std::nth_element then a stable sort of the first k (k <= n/2), else a stable sort
    r = T([1., 3, 3, 0, 3])
    assert ops.topk(r, 1)[1].asnumpy().tolist() == [2] and ops.topk(r, 2)[1].asnumpy().tolist() == [2, 4]
    assert ops.topk(r, 3)[1].asnumpy().tolist() == [1, 2, 4]
    z = Tensor(np.zeros(8, np.float32))
    assert ops.topk(z, 1)[1].asnumpy().tolist() == [6] and ops.topk(z, 4)[1].asnumpy().tolist() == [4, 7, 6, 5]
    assert ops.TopK()(z, 4)[1].asnumpy().tolist() == [4, 7, 6, 5]
    x = ms.Parameter(Tensor(np.array([[1, 3, 3, 0, 3], [5, 1, 2, 2, 9]], np.float32)))
    v, i = ops.topk(x, 2)
    assert i.dtype == ms.int32 and i.asnumpy().tolist() == [[2, 4], [4, 0]] and v.asnumpy().tolist() == [[3, 3], [9, 5]]
    g = ms.grad(lambda t: ops.topk(t, 2)[0].sum())(x)
    assert g.asnumpy().tolist() == [[0, 0, 1, 0, 1], [1, 0, 0, 0, 1]]


def test_tensor_assign_value_storage_offset_data_ptr():
    x = Tensor([1, 2, 3, 4])
    assert x.assign_value(Tensor(np.array([[1, 2], [3, 4]]))) is x
    assert x.shape == (2, 2) and x.asnumpy().tolist() == [[1, 2], [3, 4]]
    z = Tensor([1., 2, 3, 4, 5])
    assert z.storage_offset() == 0 and z[2:].storage_offset() == 2 and z[1:].data_ptr() - z.data_ptr() == 4
