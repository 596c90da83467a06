import mindspore
from mindspore import nn


class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.dense_relu_sequential = nn.SequentialCell(
            nn.Dense(28 * 28, 512),
            nn.ReLU(),
            nn.Dense(512, 512),
            nn.ReLU(),
            nn.Dense(512, 10)
        )

    def construct(self, x):
        x = self.flatten(x)
        logits = self.dense_relu_sequential(x)
        return logits


model = Network()
print(model)
for name, param in model.parameters_and_names():
    print(f"Layer: {name}\nSize: {param.shape}\n")


class Small(nn.Cell):
    def __init__(self):
        super().__init__()
        self.dense = nn.Dense(3, 2, activation='relu')
        self.out = nn.Dense(2, 1, has_bias=False)

    def construct(self, x):
        return self.out(self.dense(x))


small = Small()
print(small)
print([p.name for p in small.trainable_params()])
print(small.dense.weight)
print(nn.Dense(3, 4))
