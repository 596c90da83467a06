"""type() of dialect objects prints the real framework's class path, and such objects still
pickle outside `ferrograd run` (the class path names a module that may not be importable)."""
import pickle

import ferrograd.tensorflow as tf
import ferrograd.torch as torch


def test_torch_parameter_type_and_pickle():
    p = torch.nn.Parameter(torch.ones(2))
    assert str(type(p)) == "<class 'torch.nn.parameter.Parameter'>"
    q = pickle.loads(pickle.dumps(p))
    assert type(q) is torch.nn.Parameter and q.requires_grad and q.tolist() == [1.0, 1.0]


def test_tensorflow_shape_and_dtype_types_and_pickle():
    x = tf.constant([[1.0, 2.0]])
    assert str(type(x.shape)) == "<class 'tensorflow.python.framework.tensor_shape.TensorShape'>"
    assert str(type(x.dtype)) == "<class 'tensorflow.python.framework.dtypes.DType'>"
    assert pickle.loads(pickle.dumps(x.shape)).as_list() == [1, 2]
    assert pickle.loads(pickle.dumps(x.dtype)) == tf.float32


def test_mindspore_types_and_pickle():
    import numpy as np

    import ferrograd.mindspore as ms
    from ferrograd.mindspore import ops

    t = ms.Tensor(np.ones(2, np.float32))
    p = ms.Parameter(t, name="w")
    assert str(type(t)) == "<class 'mindspore.common.tensor.Tensor'>"
    assert str(type(p)) == "<class 'abc.Parameter'>"
    assert type(ops.exp(t)).__name__ == "Tensor"
    assert pickle.loads(pickle.dumps(t)).asnumpy().tolist() == [1.0, 1.0]
    q = pickle.loads(pickle.dumps(p))
    assert q.name == "w" and q.requires_grad and q.asnumpy().tolist() == [1.0, 1.0]


def test_torch_tensors_pickle_like_torch():
    t = torch.arange(6.0).reshape(2, 3)[:, 1:]  # a strided view
    assert pickle.loads(pickle.dumps(t)).tolist() == [[1.0, 2.0], [4.0, 5.0]]
    x = pickle.loads(pickle.dumps(torch.ones(2, requires_grad=True)))
    assert x.requires_grad and x.is_leaf
