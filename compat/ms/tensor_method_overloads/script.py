import mindspore, numpy as np
from mindspore import Tensor
x = Tensor(np.array([0.0, 0.4, 0.6, 0.7, 0.1]), mindspore.float32)
print(Tensor.min(x), x.min(0, keepdim=True), Tensor.argsort(Tensor([3., 1, 2])))
a = Tensor(np.arange(4).reshape((2, 2)).astype('float32'))
print(Tensor.min(a, axis=0), Tensor.min(a, axis=0, initial=9, where=Tensor([False])), Tensor.min(a, axis=0, initial=9, where=Tensor([False, True])))
print(Tensor.min(a, axis=0, return_indices=True), a.max(axis=0, return_indices=True), x.max(0, keepdim=True))
print(Tensor.isclose(Tensor([1.3, 2.1]), Tensor([1.3, 3.3])))
print(Tensor.topk(Tensor([[0.5, 0.2, 0.4]]), 2, dim=1))
print(x.median(dim=0, keepdim=False), x.median(axis=0))
print(Tensor([1.,2,3]).expand_as(x=Tensor(np.ones((2, 3)), mindspore.float32)))
a = Tensor(np.array([[0., 4, 2], [3, 1, 5]]), mindspore.float32)
for f in ("a.max(0)", "a.max(axis=0)", "a.max(0, True)", "a.max(dim=1)", "a.max(1, keepdims=True)", "a.max(axis=1, keepdims=True)", "a.max(None)", "a.max(keepdims=True)", "a.min(0)", "a.max(initial=9.)", "a.max(0, initial=4.5)", "a.median()", "a.median(0)", "a.median(1, True)", "a.median(dim=1, keepdim=True)"):
    try:
        print(f, eval(f))
    except Exception as e:
        print(f, type(e).__name__, str(e)[:150])
x = Tensor(np.arange(6).reshape(2,3).astype(np.float32)); print(x.stride(), (x + 1).stride(), x.stride(1))
print(mindspore.bool, Tensor([1, 0], mindspore.bool))
print(Tensor([1.,2,3]).expand_as(x=Tensor(np.ones((2, 3)), mindspore.float32)))
print(Tensor(np.array([-4.0, 5.0, 6.0]).astype(np.float16)).remainder(divisor=Tensor(np.array([3.0, 2.0, 3.0]).astype(np.float16))))
print(Tensor(np.arange(9).astype("float32")).chunk(3, axis=0))
