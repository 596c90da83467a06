import os
import tempfile
import numpy as np
import mindspore
from mindspore import nn, ops, Tensor
from mindspore.common.initializer import Constant

mindspore.set_seed(8)
np.random.seed(8)


def network():
    model = nn.SequentialCell(
        nn.Flatten(),
        nn.Dense(2 * 2, 6, weight_init=Constant(0.1), bias_init=Constant(0.0)),
        nn.ReLU(),
        nn.Dense(6, 3, weight_init=Constant(-0.2), bias_init=Constant(0.5)),
    )
    return model


tmp = tempfile.mkdtemp()
model = network()
for p in model.trainable_params():
    p.set_data(Tensor(np.random.uniform(-1, 1, p.shape).astype(np.float32)))
ckpt = os.path.join(tmp, "model.ckpt")
mindspore.save_checkpoint(model, ckpt)
print(sorted(os.listdir(tmp)))

model = network()
param_dict = mindspore.load_checkpoint(ckpt)
print(list(param_dict.keys()))
print(type(param_dict["1.weight"]).__name__, param_dict["1.weight"].name, param_dict["1.weight"].shape)
param_not_load, _ = mindspore.load_param_into_net(model, param_dict)
print(param_not_load)
inputs = Tensor(np.ones([1, 1, 2, 2]).astype(np.float32))
print(model(inputs))

# checkpoint with extra information and a filter
mindspore.save_checkpoint(model, os.path.join(tmp, "extra.ckpt"), append_dict={"epoch_num": 5, "lr": 0.01})
pd = mindspore.load_checkpoint(os.path.join(tmp, "extra.ckpt"))
print(sorted(pd.keys()), pd["epoch_num"], pd["lr"])
pd = mindspore.load_checkpoint(ckpt, choice_func=lambda name: name.startswith("3."))
print(sorted(pd.keys()))
pd = mindspore.load_checkpoint(ckpt, specify_prefix="1.")
print(sorted(pd.keys()))
model2 = network()
mindspore.load_checkpoint(ckpt, net=model2)
print((model2(inputs).asnumpy() == model(inputs).asnumpy()).all())

# the parameter dict API
pd2 = {name: p for name, p in model.parameters_and_names()}
print(list(pd2))
print(mindspore.load_param_into_net(network(), pd2, strict_load=True))

try:
    mindspore.load_checkpoint(os.path.join(tmp, "missing.ckpt"))
except ValueError as e:
    print("ValueError", str(e).split(":")[0], str(e).split(" does ")[1])

# MindIR export and load
mindspore.export(model, inputs, file_name=os.path.join(tmp, "model"), file_format="MINDIR")
print(sorted(f for f in os.listdir(tmp) if f.endswith(".mindir")))
graph = mindspore.load(os.path.join(tmp, "model.mindir"))
graph_model = nn.GraphCell(graph)
outputs = graph_model(inputs)
print(outputs.shape)
print(outputs)
