import numpy as np
import mindspore
from mindspore import nn, ops, Tensor

rng = np.random.RandomState(0)
layers = nn.SequentialCell(
    nn.Dense(4, 5),
    nn.ReLU(),
    nn.Dense(5, 2),
)
for p in layers.trainable_params():
    p.set_data(Tensor(rng.uniform(-1, 1, p.shape).astype(np.float32)))

x = Tensor(rng.uniform(-1, 1, (3, 4)).astype(np.float32))
print(layers(x))
print(len(layers), type(layers[1]).__name__)


class MLP(nn.Cell):
    def __init__(self):
        super().__init__()
        self.blocks = nn.CellList([nn.Dense(4, 4), nn.Dense(4, 3)])
        self.act = nn.Tanh()

    def construct(self, x):
        for block in self.blocks:
            x = self.act(block(x))
        return x


mlp = MLP()
for p in mlp.trainable_params():
    p.set_data(Tensor(rng.uniform(-1, 1, p.shape).astype(np.float32)))
print(mlp(x))
print([p.name for p in mlp.trainable_params()])
