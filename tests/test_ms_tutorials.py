"""MindSpore dialect, tutorial sweep: parameter names after nesting, optimizer parameter
groups, new primitives (Unstack/Slice/StridedSlice/CumProd, cumsum/cumprod gradients), jacrev/
jacfwd/jvp, mindspore.numpy dtype rules, sparse tensors, dataset output_columns/per_batch_map,
checkpoint options and MindIR export/load. Expected values are the ones real MindSpore 2.10
prints for the same calls."""
import os

import numpy as np
import pytest


@pytest.fixture()
def ms():
    import ferrograd.mindspore as mindspore

    return mindspore


def test_nested_parameter_names_use_attribute_paths(ms):
    from ferrograd.mindspore import Parameter, Tensor, nn

    class Sub(nn.Cell):
        def __init__(self):
            super().__init__()
            self.w = Parameter(Tensor(np.ones(2, np.float32)), name="myw")

    class Net(nn.Cell):
        def __init__(self):
            super().__init__()
            self.sub = Sub()
            self.bn = nn.BatchNorm1d(2)

    assert [p.name for p in Sub().get_parameters()] == ["myw"]
    assert [p.name for p in Net().get_parameters()] == [
        "sub.w", "bn.moving_mean", "bn.moving_variance", "bn.gamma", "bn.beta"]
    assert [p.name for p in nn.BatchNorm1d(2).get_parameters()] == ["mean", "variance", "gamma", "beta"]


def test_loss_monitor_argument_checks(ms):
    from ferrograd.mindspore.train import LossMonitor

    with pytest.raises(TypeError, match="The input value must be int, but got 'float'"):
        LossMonitor(0.5)
    with pytest.raises(ValueError, match="must be int and must >= 0, but got '-1'"):
        LossMonitor(-1)
    with pytest.raises(TypeError):
        LossMonitor(True)


def _group_net(ms):
    from ferrograd.mindspore import nn
    from ferrograd.mindspore.common.initializer import Constant

    class Net(nn.Cell):
        def __init__(self):
            super().__init__()
            self.conv = nn.Conv2d(1, 2, 3, pad_mode="valid", weight_init=Constant(0.1))
            self.fc = nn.Dense(8, 3, weight_init=Constant(0.05))

    return Net()


def test_optimizer_groups(ms):
    from ferrograd.mindspore import Tensor, nn

    net = _group_net(ms)
    conv = [p for p in net.trainable_params() if "conv" in p.name]
    other = [p for p in net.trainable_params() if "conv" not in p.name]
    sched = nn.learning_rate_schedule.PolynomialDecayLR(0.1, 0.01, 4, 0.5)
    opt = nn.Momentum([{"params": conv, "weight_decay": 0.01, "lr": 0.01}, {"params": other, "lr": sched},
                       {"order_params": net.trainable_params()}], learning_rate=0.1, momentum=0.9)
    assert (opt.is_group, opt.is_group_lr, opt.dynamic_lr) == (True, True, True)
    assert [p.name for p in opt.parameters] == ["conv.weight", "fc.weight", "fc.bias"]
    assert [float(w.asnumpy()) for w in opt.weight_decay] == [pytest.approx(0.01), 0.0, 0.0]
    lr = opt.get_lr_parameter(conv[0])
    assert lr.name == "learning_rate_group_0"
    assert opt.get_lr_parameter(other[0]) is sched
    assert str(nn.SGD(other, learning_rate=[0.1, 0.05]).learning_rate) == "_IteratorLearningRate()"
    with pytest.raises(KeyError):
        nn.SGD([{"params": conv, "momentum": 0.1}])
    with pytest.raises(RuntimeError, match="parameter already exists"):
        nn.SGD([{"params": conv}, {"params": conv}])
    fixed = nn.Momentum([{"params": conv, "lr": 0.01}, {"params": other}], learning_rate=0.1, momentum=0.9)
    assert [p.name for p in fixed.get_lr()] == ["learning_rate_group_0", "learning_rate", "learning_rate"]
    assert nn.dynamic_lr.piecewise_constant_lr([1, 2], [0.1, 0.2]) == [0.1, 0.2]
    assert isinstance(nn.SGD(other).weight_decay, Tensor)


def test_grouped_weight_decay_applies_to_gamma_beta(ms):
    from ferrograd.mindspore import Parameter, Tensor, nn

    g = Parameter(Tensor(np.array([1.0], np.float32)), name="bn.gamma")
    w = Parameter(Tensor(np.array([1.0], np.float32)), name="w")
    zero = (Tensor(np.zeros(1, np.float32)), Tensor(np.zeros(1, np.float32)))
    nn.SGD([g, w], learning_rate=1.0, weight_decay=0.5)(zero)
    assert (g.asnumpy()[0], w.asnumpy()[0]) == (1.0, 0.5)  # ungrouped: no decay on gamma
    nn.SGD([{"params": [g, w], "weight_decay": 0.5}], learning_rate=1.0)(zero)
    assert (g.asnumpy()[0], w.asnumpy()[0]) == (0.5, 0.25)  # grouped: decay on every parameter


def test_new_primitives(ms):
    from ferrograd.mindspore import Tensor, ops

    x = Tensor(np.array([[1.0, 2.0, 3.0], [2.0, 0.5, 4.0]], np.float32))
    assert [t.asnumpy().tolist() for t in ops.Unstack()(x)] == [[1.0, 2.0, 3.0], [2.0, 0.5, 4.0]]
    assert ops.Slice()(x, (0, 1), (-1, 2)).asnumpy().tolist() == [[2.0, 3.0], [0.5, 4.0]]
    assert ops.StridedSlice(begin_mask=1, shrink_axis_mask=2)(x, (1, 1), (2, 2), (1, 1)).asnumpy().tolist() == [2.0, 0.5]
    assert ops.CumProd(exclusive=True)(x, 1).asnumpy().tolist() == [[1.0, 1.0, 2.0], [1.0, 2.0, 1.0]]
    assert ops.CumProd(reverse=True)(x, 1).asnumpy().tolist() == [[6.0, 6.0, 3.0], [4.0, 2.0, 4.0]]
    assert str(ops.ArgMaxWithValue()(x)[0].dtype) == "Int64"
    assert str(ops.Argmax(output_type=ms.int64)(x).dtype) == "Int64"
    assert str(ops.Argmax()(x).dtype) == "Int32"
    assert ops.IsNan()(Tensor(np.array([1.0, np.nan], np.float32))).asnumpy().tolist() == [False, True]


def test_cumsum_cumprod_gradients(ms):
    from ferrograd.mindspore import Tensor, ops

    x = Tensor(np.array([[1.0, 2.0, 3.0], [2.0, 0.5, 4.0]], np.float32))
    g = ms.grad(lambda a: ops.cumprod(a, 1).sum())(x)
    assert g.asnumpy().tolist() == [[9.0, 4.0, 2.0], [3.5, 10.0, 1.0]]
    g = ms.grad(lambda a: ops.cumsum(a, 1).sum() * 2)(x)
    assert g.asnumpy().tolist() == [[6.0, 4.0, 2.0], [6.0, 4.0, 2.0]]
    g = ms.grad(lambda a: ops.CumSum(exclusive=True, reverse=True)(a * a, 0).sum())(x)
    assert g.asnumpy().tolist() == [[0.0, 0.0, 0.0], [4.0, 1.0, 8.0]]


def test_jacobians_and_jvp(ms):
    from ferrograd.mindspore import Tensor, ops

    x = Tensor(np.array([0.5, 1.0], np.float32))
    y = Tensor(np.array([2.0, 3.0], np.float32))

    def f(a, b):
        return a * b, (a ** 2).sum()

    (ja, jb), (ga, gb) = ms.jacrev(f, grad_position=(0, 1))(x, y)
    assert ja.asnumpy().tolist() == [[2.0, 0.0], [0.0, 3.0]]
    assert ga.asnumpy().tolist() == [1.0, 2.0] and gb.asnumpy().tolist() == [0.0, 0.0]
    h = ms.jacfwd(ms.jacrev(lambda a: (a ** 3).sum()))(x)
    assert h.asnumpy().tolist() == [[3.0, 0.0], [0.0, 6.0]]
    out, jv = ms.jvp(lambda a, b: a * b, (x, y), (y, x))
    assert jv.asnumpy().tolist() == [4.25, 10.0]
    out, jv, aux = ms.jvp(lambda a: (a * 2, a + 1), x, y, has_aux=True)
    assert jv.asnumpy().tolist() == [4.0, 6.0] and aux.asnumpy().tolist() == [1.5, 2.0]
    j, aux = ms.jacrev(lambda a: (ops.sin(a), a), has_aux=True)(x)
    assert j.shape == (2, 2) and aux.asnumpy().tolist() == [0.5, 1.0]


def test_mnp_dtype_rules(ms):
    import ferrograd.mindspore.numpy as mnp

    assert str(mnp.array([1, 2]).dtype) == "Int32"
    assert str(mnp.array([1.0]).dtype) == "Float32"
    assert mnp.array(3).shape == ()
    assert str(mnp.arange(5).dtype) == "Int32" and str(mnp.arange(1.5, 3).dtype) == "Float32"
    assert str(mnp.full((2,), 3).dtype) == "Int32"
    with pytest.raises(TypeError, match="input data must be"):
        mnp.array(np.array([1, 2]))
    assert mnp.mean(mnp.array([1, 2])).asnumpy().item() == 1
    assert mnp.var(mnp.array([1, 2, 4])).asnumpy().item() == pytest.approx(5 / 3)
    assert mnp.unique(mnp.array([3, 1, 3, 2])).asnumpy().tolist() == [3, 1, 2]
    assert mnp.dot(mnp.array([1.0, 2.0, 3.0]), mnp.array([1.0, 2.0, 3.0])).shape == ()
    assert [t.shape for t in mnp.array_split(mnp.arange(7), 3)] == [(3,), (2,), (2,)]
    assert mnp.roll(mnp.arange(6).reshape(2, 3), 1, axis=1).asnumpy().tolist() == [[2, 0, 1], [5, 3, 4]]
    assert mnp.diagonal(mnp.arange(9).reshape(3, 3), 1).asnumpy().tolist() == [1, 5]
    assert mnp.moveaxis(mnp.ones((2, 3, 4)), 0, -1).shape == (3, 4, 2)
    assert str(mnp.float16) == "Float16"


def test_sparse_tensors(ms):
    from ferrograd.mindspore import COOTensor, CSRTensor, Tensor

    csr = CSRTensor(Tensor([0, 1, 2]), Tensor([0, 1]), Tensor([1, 2], dtype=ms.float32), (2, 4))
    assert str(csr.astype(ms.float64).dtype) == "Float64"
    assert csr.to_dense().asnumpy().tolist() == [[1, 0, 0, 0], [0, 2, 0, 0]]
    coo = COOTensor(Tensor([[0, 1], [1, 2]], dtype=ms.int32), Tensor([1, -2], dtype=ms.float32), (3, 4))
    assert repr(coo) == ("COOTensor(shape=[3, 4], dtype=Float32, indices=Tensor(shape=[2, 2], dtype=Int32, value=\n"
                         "[[0 1]\n [1 2]]), values=Tensor(shape=[2], dtype=Float32, value=[ 1.00000000e+00 "
                         "-2.00000000e+00]))")
    assert (coo.size, coo.ndim, coo.itemsize) == (2, 2, 4)


def test_dataset_output_columns_and_per_batch_map(ms):
    import ferrograd.mindspore.dataset as ds

    def mk():
        return ds.NumpySlicesDataset({"x": np.array([1, 2, 3]), "y": np.array([4, 5, 6]),
                                      "z": np.array([7, 8, 9])}, shuffle=False)

    d = mk().map(operations=lambda y: (y, y * 2), input_columns=["y"], output_columns=["a", "b"])
    assert d.get_col_names() == ["a", "b", "x", "z"]
    assert [v.item() for v in next(d.create_tuple_iterator(output_numpy=True))] == [4, 8, 1, 7]
    d = mk().map(operations=lambda z, x: (z, x), input_columns=["z", "x"], output_columns=["p", "q"])
    assert d.get_col_names() == ["q", "y", "p"]

    def f(x, y, info):
        return [a * 10 for a in x], [b + info.get_batch_num() for b in y]

    d = mk().batch(2, per_batch_map=f, input_columns=["x", "y"])
    rows = [[c.tolist() for c in r] for r in d.create_tuple_iterator(output_numpy=True)]
    assert rows == [[[10, 20], [4, 5], [7, 8]], [[30], [7], [9]]]


def test_checkpoint_options_and_mindir(ms, tmp_path):
    from ferrograd.mindspore import Tensor, nn
    from ferrograd.mindspore.common.initializer import Constant

    def net():
        return nn.SequentialCell(nn.Dense(2, 2, weight_init=Constant(0.5)), nn.ReLU(), nn.Dense(2, 1))

    m = net()
    ckpt = str(tmp_path / "m.ckpt")
    ms.save_checkpoint(m, ckpt, append_dict={"epoch_num": 5, "lr": 0.01})
    pd = ms.load_checkpoint(ckpt)
    assert sorted(pd) == ["0.bias", "0.weight", "2.bias", "2.weight", "epoch_num", "lr"]
    assert str(pd["epoch_num"].dtype) == "Int64" and str(pd["lr"].dtype) == "Float32"
    assert sorted(ms.load_checkpoint(ckpt, choice_func=lambda n: n.startswith("2."))) == ["2.bias", "2.weight"]
    assert sorted(ms.load_checkpoint(ckpt, specify_prefix="0.")) == ["0.bias", "0.weight"]
    with pytest.raises(ValueError, match="does not exist"):
        ms.load_checkpoint(str(tmp_path / "missing.ckpt"))
    with pytest.raises(ValueError, match="empty after filter"):
        ms.load_checkpoint(ckpt, specify_prefix="9.")
    x = Tensor(np.ones((1, 2), np.float32))
    ms.export(m, x, file_name=str(tmp_path / "model"), file_format="MINDIR")
    assert os.path.exists(tmp_path / "model.mindir")
    before = m(x).asnumpy()
    m[0].weight.set_data(Tensor(np.zeros((2, 2), np.float32)))
    g = nn.GraphCell(ms.load(str(tmp_path / "model.mindir")))
    assert (g(x).asnumpy() == before).all()  # the graph keeps the weights as exported


def test_parameter_clone_and_layerwise(ms):
    from ferrograd.mindspore import Parameter, Tensor

    p = Parameter(Tensor(np.array([1.0, 2.0], np.float32)), name="w")
    assert p.layerwise_parallel is False
    c = p.clone(init="zeros")
    assert c.name == "w" and c.asnumpy().tolist() == [0.0, 0.0] and p.asnumpy().tolist() == [1.0, 2.0]


def test_hooks(ms):
    from ferrograd.mindspore import Tensor, nn, ops
    from ferrograd.mindspore.common.initializer import Constant

    seen = []
    hook = ops.HookBackward(lambda g: seen.append(g) or (g[0] * 10,))
    g = ms.grad(lambda a: hook(a * a) * 3)(Tensor(np.array([1.0, 2.0], np.float32)))
    assert g.asnumpy().tolist() == [60.0, 120.0] and seen[0][0].asnumpy().tolist() == [3.0, 3.0]

    class Net(nn.Cell):
        def __init__(self):
            super().__init__()
            self.relu = nn.ReLU()
            self.dense = nn.Dense(2, 2, weight_init=Constant(0.5), bias_init=Constant(0.1))

        def construct(self, x):
            return self.dense(self.relu(x))

    net = Net()
    log = []

    def bh(cell, gin, gout):
        log.append((gin[0].asnumpy().tolist(), gout[0].asnumpy().tolist()))
        return (gin[0] * 0.5,)

    h = net.relu.register_backward_hook(bh)
    x = Tensor(np.array([[1.0, -1.0]], np.float32))
    assert ms.grad(net)(x).asnumpy().tolist() == [[0.5, 0.0]]
    assert log == [([[1.0, 0.0]], [[1.0, 1.0]])]
    h.remove()
    assert ms.grad(net)(x).asnumpy().tolist() == [[1.0, 0.0]]
    clip = ops.InsertGradientOf(lambda d: 0.2 if d < 0.2 else d)
    g = ms.grad(lambda a, b: clip(a) * clip(b), grad_position=(0, 1))(Tensor(1.1, ms.float32), Tensor(0.1, ms.float32))
    assert [round(float(t.asnumpy()), 6) for t in g] == [0.2, 1.1]


def test_samplers_and_custom_pyfunc(ms):
    import ferrograd.mindspore.dataset as ds
    from ferrograd.mindspore import Tensor, ops

    data = np.arange(10, dtype=np.int32)

    def rows(**kw):
        return [int(x) for (x,) in ds.NumpySlicesDataset(data, ["x"], **kw).create_tuple_iterator(output_numpy=True)]

    assert rows(sampler=ds.SequentialSampler(start_index=2, num_samples=4)) == [2, 3, 4, 5]
    assert rows(sampler=ds.DistributedSampler(3, 1, shuffle=False)) == [1, 4, 7, 0]
    assert rows(sampler=ds.SubsetSampler([7, 2, 5])) == [7, 2, 5]
    assert rows(num_shards=2, shard_id=0, shuffle=False) == [0, 2, 4, 6, 8]
    sq = ops.Custom(lambda x: x * x, out_shape=lambda x: x, out_dtype=lambda x: x, func_type="pyfunc",
                    bprop=lambda x, out, dout: (2 * x * dout,))
    v = Tensor(np.array([1.0, 2.0], np.float32))
    assert sq(v).asnumpy().tolist() == [1.0, 4.0]
    assert ms.grad(lambda t: sq(t).sum())(v).asnumpy().tolist() == [2.0, 4.0]


def test_multitype_hypermap_partial(ms):
    from ferrograd.mindspore import Tensor, ops
    from ferrograd.mindspore.ops import composite as C
    from ferrograd.mindspore.ops import functional as F

    add = ops.MultitypeFuncGraph("add")

    @add.register("Number", "Number")
    def _n(x, y):
        return x + y

    @add.register("Tensor", "Tensor")
    def _t(x, y):
        return ops.add(x, y)

    assert ops.HyperMap()(add, (1, 2), (3, 4)) == (4, 6)
    r = C.HyperMap(add)((Tensor(1.0), Tensor(2.0)), (Tensor(3.0), Tensor(4.0)))
    assert [float(t.asnumpy()) for t in r] == [4.0, 6.0]
    with pytest.raises(TypeError):
        add("a", "b")
    double = F.partial(ops.mul, Tensor(2.0))
    assert [float(t.asnumpy()) for t in ops.Map()(double, (Tensor(1.0), Tensor(3.0)))] == [2.0, 6.0]
    assert float(ops.Partial()(ops.mul, Tensor(3.0))(Tensor(2.0)).asnumpy()) == 6.0


def test_text_vocab_lookup(ms):
    from ferrograd.mindspore.dataset import GeneratorDataset, text

    d = GeneratorDataset(['b a c a', 'd b a e'], 'text', shuffle=False)
    d = d.map(text.PythonTokenizer(lambda s: s.split()))
    row = next(d.create_tuple_iterator())
    assert isinstance(row[0], np.ndarray) and row[0].tolist() == ['b', 'a', 'c', 'a']
    v = text.Vocab.from_dataset(d)
    assert v.tokens_to_ids(["a", "b", "c", "d", "e", "zz"]) == [0, 1, 2, 3, 4, -1]
    v3 = text.Vocab.from_dataset(d, top_k=3, special_tokens=["<unk>"], special_first=False)
    assert v3.tokens_to_ids(["a", "b", "c", "<unk>"]) == [0, 1, 2, 3]
    v2 = text.Vocab.from_list(["x", "y", "z"], special_tokens=["<pad>", "<unk>"], special_first=True)
    assert v2.ids_to_tokens([0, 3]) == ['<pad>', 'y']
    assert text.Lookup(v2, "<unk>")(np.array(["z", "w"])).tolist() == [4, 1]
    assert text.Vocab.from_dict({"a": 3, "b": 7}).vocab() == {"a": 3, "b": 7}


def test_fit_eval_callbacks_and_history(ms, capsys):
    import ferrograd.mindspore.dataset as ds
    from ferrograd.mindspore import nn
    from ferrograd.mindspore.common.initializer import Constant
    from ferrograd.mindspore.train import Callback, History, LossMonitor, MAE, Model

    x = np.linspace(-1, 1, 16, dtype=np.float32).reshape(8, 2)
    y = x.sum(1, keepdims=True)

    def make():
        return ds.NumpySlicesDataset({"data": x, "label": y}, shuffle=False).batch(4)

    net = nn.Dense(2, 1, weight_init=Constant(0.1))
    model = Model(net, nn.MSELoss(), nn.SGD(net.trainable_params(), 0.1), metrics={"mae": MAE()})
    seen = []

    class Mine(Callback):
        def on_eval_end(self, run_context):
            seen.append(sorted(run_context.original_args().metrics))

    hist = History()
    model.fit(2, make(), make(), callbacks=[LossMonitor(1), Mine(), hist])
    out = capsys.readouterr().out
    assert seen == [["mae"], ["mae"]]
    assert hist.epoch == {"epoch": [1, 2]} and len(hist.history["mae"]) == 2
    assert out.count("loss is") == 4 and out.count("Eval result") == 2
    assert ms.get_context("max_call_depth") == 1000 and ms.get_context("device_id") == 0


def test_numpy_scalar_dtypes_and_fill_diagonal(ms):
    from ferrograd.mindspore import Tensor

    assert str(Tensor(np.float64(2.0)).dtype) == "Float64"
    assert str(Tensor(np.float32(2.0)).dtype) == "Float32"
    assert str(Tensor(2.0).dtype) == "Float32"
    x = Tensor(np.ones((2, 3), np.float32))
    y = x.fill_diagonal(0.0)
    assert y.asnumpy().tolist() == [[0, 1, 1], [1, 0, 1]] and x.asnumpy().sum() == 6


def test_seeded_dataset_shuffle(ms):
    import ferrograd.mindspore.dataset as ds

    def rows(d):
        return [int(x) for (x,) in d.create_tuple_iterator(output_numpy=True)]

    try:
        _check_seeded_shuffle(ms, ds, rows)
    finally:
        ds.config._state["seed"] = None  # leave the pipeline unseeded for the other tests


def _check_seeded_shuffle(ms, ds, rows):
    ms.set_seed(1)
    assert ds.config.get_seed() == 1
    assert rows(ds.NumpySlicesDataset(np.arange(5), ["x"])) == [1, 0, 2, 3, 4]
    d = ds.NumpySlicesDataset(np.arange(10), ["x"])
    assert rows(d) == [9, 0, 2, 5, 7, 4, 6, 3, 1, 8] == rows(d)
    ms.set_seed(3)
    assert rows(ds.NumpySlicesDataset(np.arange(12), ["x"], num_samples=5)) == [6, 0, 8, 10, 3]
    assert rows(ds.NumpySlicesDataset(np.arange(12), ["x"], sampler=ds.RandomSampler(num_samples=5))) == [3, 10, 8, 5, 11]
    ds.config.set_seed(7)
    assert rows(ds.GeneratorDataset([(i,) for i in range(10)], ["x"])) == [2, 7, 6, 8, 1, 5, 3, 0, 4, 9]


def test_epoch_reshuffle(ms):
    import ferrograd.mindspore.dataset as ds

    try:
        ms.set_seed(2)
        it = ds.NumpySlicesDataset(np.arange(6), ["x"]).create_tuple_iterator(num_epochs=3, output_numpy=True)
        got = [[int(x) for (x,) in it] for _ in range(3)]
        assert got == [[5, 0, 3, 1, 2, 4], [1, 0, 5, 4, 3, 2], [1, 0, 3, 5, 2, 4]]
        d = ds.NumpySlicesDataset(np.arange(6), ["x"])
        assert [int(x[0]) for x in d] == [int(x[0]) for x in d] == [5, 0, 3, 1, 2, 4]
    finally:
        ds.config._state["seed"] = None


def test_buffer_shuffle(ms):
    import ferrograd.mindspore.dataset as ds

    try:
        ms.set_seed(1)
        d = ds.NumpySlicesDataset(np.arange(10), ["x"], shuffle=False).shuffle(4)
        it = d.create_tuple_iterator(num_epochs=3, output_numpy=True)
        got = [[int(x) for (x,) in it] for _ in range(3)]
        assert got == [[0, 2, 4, 5, 3, 1, 7, 9, 6, 8], [0, 4, 1, 6, 3, 5, 8, 7, 9, 2],
                       [3, 4, 0, 6, 7, 2, 9, 1, 5, 8]]
        d = ds.NumpySlicesDataset(np.arange(10), ["x"], shuffle=False).shuffle(100)
        assert [int(x) for (x,) in d.create_tuple_iterator(output_numpy=True)] == [8, 6, 2, 5, 0, 4, 9, 3, 7, 1]
    finally:
        ds.config._state["seed"] = None


def test_vocab_dict_order_is_the_cpp_hash_map_order(ms):
    from ferrograd.mindspore.dataset import text

    assert list(text.Vocab.from_list(["Beijing", "Welcome", "to"]).vocab()) == ["to", "Welcome", "Beijing"]
    assert list(text.Vocab.from_list(list("abcdefg")).vocab()) == ["g", "f", "e", "c", "b", "d", "a"]
    v = text.Vocab.from_list(["x", "y", "z"], special_tokens=["<pad>", "<unk>"], special_first=True)
    assert v.vocab() == {"<unk>": 1, "<pad>": 0, "z": 4, "y": 3, "x": 2}
    assert list(text.Vocab.from_dict({"a": 3, "b": 7, "c": 1, "zz": 0, "q": 9}).vocab()) == ["a", "c", "b", "zz", "q"]
    words = ["w%d" % i for i in range(40)]  # two rehashes (13 -> 29 -> 59 buckets)
    assert list(text.Vocab.from_list(words).vocab())[:8] == ["w38", "w36", "w35", "w34", "w33", "w32", "w29", "w10"]
