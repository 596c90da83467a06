import numpy as np
import mindspore
from mindspore import nn, ops


def network():
    model = nn.SequentialCell(
        nn.Flatten(),
        nn.Dense(3*3, 5),
        nn.ReLU(),
        nn.Dense(5, 5),
        nn.ReLU(),
        nn.Dense(5, 2)
    )
    return model


rng = np.random.RandomState(5)
model = network()
for p in model.trainable_params():
    p.set_data(mindspore.Tensor(rng.uniform(-1, 1, p.shape).astype(np.float32)))

param_dict = model.parameters_dict()
print(list(param_dict.keys()))
print(type(param_dict).__name__)

model2 = network()
param_not_load, _ = mindspore.load_param_into_net(model2, param_dict)
print(param_not_load)

x = ops.ones((2, 3, 3), mindspore.float32)
print(model(x))
print(model2(x))
print(model2[1].weight.name, model2[1].weight.shape)
print((model2[5].bias.asnumpy() == model[5].bias.asnumpy()).all())

# a partial dictionary: parameters that are not in it are reported as not loaded
model3 = network()
partial = {name: p for name, p in param_dict.items() if name.startswith("1.")}
param_not_load, ckpt_not_load = mindspore.load_param_into_net(model3, partial)
print(param_not_load, ckpt_not_load)
print(model3[1].bias)
