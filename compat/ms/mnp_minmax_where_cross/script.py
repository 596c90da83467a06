import mindspore.numpy as mnp
import mindspore as ms
print(mnp.arctan2(mnp.array([-1, +1, +1, -1]), mnp.array([-1, -1, +1, +1])))
print(mnp.arctan2(mnp.array([-1., 1]), mnp.array([2., 3])))
print(mnp.copysign(mnp.array([1, -1, -1]), mnp.array([-1, 1, -1])), mnp.copysign(mnp.array([1., -1]), -1))
print(mnp.copysign(mnp.array([1, -1]), mnp.array([-1., 1])))
print(mnp.fmod(mnp.array([-3, -2, -1, 1, 2, 3]), 2), mnp.fmod(mnp.array([-3., 2.5]), 2))
x = mnp.array([[1,2,3], [4,5,6]]); y = mnp.array([[4,5,6], [1,2,3]])
print(mnp.cross(x, y, axisc=0), mnp.cross(x.T, y.T, axisa=0, axisb=0))
a = mnp.arange(4).reshape((2,2)).astype('float32')
print(mnp.amax(a, where=mnp.array([False, True]), initial=-1, axis=0), mnp.amin(a, where=mnp.array([False, True]), initial=10, axis=0))
