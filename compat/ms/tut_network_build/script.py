import numpy as np
import mindspore
from mindspore import nn, ops

rng = np.random.RandomState(3)


class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.dense_relu_sequential = nn.SequentialCell(
            nn.Dense(5*5, 8),
            nn.ReLU(),
            nn.Dense(8, 8),
            nn.ReLU(),
            nn.Dense(8, 10)
        )

    def construct(self, x):
        x = self.flatten(x)
        logits = self.dense_relu_sequential(x)
        return logits


model = Network()
print(model)
for p in model.trainable_params():
    p.set_data(mindspore.Tensor(rng.uniform(-0.3, 0.3, p.shape).astype(np.float32)))

X = ops.ones((1, 5, 5), mindspore.float32)
logits = model(X)
# print logits
print(logits)

pred_probab = nn.Softmax(axis=1)(logits)
y_pred = pred_probab.argmax(1)
print(f"Predicted class: {y_pred}")

input_image = ops.ones((3, 5, 5), mindspore.float32)
print(input_image.shape)

flatten = nn.Flatten()
flat_image = flatten(input_image)
print(flat_image.shape)

layer1 = nn.Dense(in_channels=5*5, out_channels=6)
layer1.weight.set_data(mindspore.Tensor(rng.uniform(-0.3, 0.3, (6, 25)).astype(np.float32)))
layer1.bias.set_data(mindspore.Tensor(rng.uniform(-0.3, 0.3, (6,)).astype(np.float32)))
hidden1 = layer1(flat_image)
print(hidden1.shape)

print(f"Before ReLU: {hidden1}\n\n")
hidden1 = nn.ReLU()(hidden1)
print(f"After ReLU: {hidden1}")

seq_modules = nn.SequentialCell(
    flatten,
    layer1,
    nn.ReLU(),
    nn.Dense(6, 10)
)
seq_modules[3].weight.set_data(mindspore.Tensor(rng.uniform(-0.3, 0.3, (10, 6)).astype(np.float32)))
seq_modules[3].bias.set_data(mindspore.Tensor(rng.uniform(-0.3, 0.3, (10,)).astype(np.float32)))

logits = seq_modules(input_image)
print(logits.shape)

softmax = nn.Softmax(axis=1)
pred_probab = softmax(logits)
print(pred_probab.argmax(1))

print(f"Model structure: {model}\n\n")

for name, param in model.parameters_and_names():
    print(f"Layer: {name}\nSize: {param.shape}\nValues : {param[:2]} \n")
