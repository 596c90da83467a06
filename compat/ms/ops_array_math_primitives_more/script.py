import mindspore
import numpy as np
from mindspore import ops, Tensor
input = mindspore.tensor([[[1, 1, 1], [2, 2, 2]], [[3, 3, 3], [4, 4, 4]], [[5, 5, 5], [6, 6, 6]]])
print(ops.strided_slice(input, [1, 0, 0], [2, 1, 3], [1, 1, 1]))
print(ops.strided_slice(input, [1, -1, 0], [2, -3, 3], [1, -1, 1]))
print(ops.strided_slice(input, [2, 1, 2], [0, 0, 0], [-1, -1, -2]))
print(ops.StridedSlice(shrink_axis_mask=1)(input, (1, 0, 0), (2, 2, 3), (1, 1, 1)))
print(ops.slice(input, (1, 0, 1), (1, 1, 2)), ops.addn([Tensor([1, 2]), Tensor([3, 4]), Tensor([5, 6])]))
print(ops.L2Loss()(Tensor(np.array([1, 2, 3]), mindspore.float16)), ops.DivNoNan()(Tensor([-1., 0, 1, 5]), Tensor([0., 0, 0, 2])))
print(ops.SquareSumAll()(Tensor([0., 0, 2, 0]), Tensor([0., 0, 2, 4])), ops.Rint()(Tensor([-1.5, -0.5, 0.5, 1.5, 2.5])))
print(ops.inplace_add(Tensor([[1., 2], [3, 4], [5, 6]]), Tensor([[0.5, 1.0], [1.0, 1.5]]), (0, 1)), ops.InplaceSub((1,))(Tensor([[1., 2], [3, 4]]), Tensor([[1., 1.]])))
print(ops.block_diag(Tensor([[4], [3]], mindspore.int32), Tensor([7, 6], mindspore.int32)), ops.ger(Tensor([1., 2]), Tensor([3., 4, 5])))
print(ops.addmm(ops.ones((2, 2)), Tensor([[1., 2], [3, 4]]), Tensor([[5., 6], [7, 8]]), beta=0.5, alpha=2))
print(ops.eps(Tensor([1., 2], mindspore.float16)), ops.TensorShape()(Tensor(np.ones((3, 2)))), ops.deepcopy(Tensor([1, 2])))
print(ops.LowerBound(out_type=mindspore.int32)(Tensor(np.arange(12).reshape(3, 4).astype(np.int8)), Tensor(np.array([[3], [4], [8]]).astype(np.int8))))
print(ops.SearchSorted(right=True)(Tensor([1., 2, 2, 3]), Tensor([2.])), ops.UniqueConsecutive(True, True, None)(Tensor(np.array([1, 1, 2, 2, 3, 1]), mindspore.int32)))
print(ops.bartlett_window(Tensor(5)), ops.hann_window(6, periodic=False), ops.TrilIndices(4, 3, -1, mindspore.int64)(), ops.LogSpace(5, 2, mindspore.float32)(Tensor(0.), Tensor(4.)))
print(ops.DepthToSpace(2)(Tensor(np.arange(12).reshape(1, 12, 1, 1), mindspore.float32)).reshape(-1), ops.SpaceToDepth(2)(Tensor(np.arange(12).reshape(1, 3, 2, 2), mindspore.float32)).reshape(-1))
