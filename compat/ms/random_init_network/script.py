# Default initial weights of nn.Dense / nn.Conv2d after mindspore.set_seed (HeUniform(sqrt(5)) weights,
# Uniform(1/sqrt(fan_in)) biases) as printed in the MindSpore quick-start style.
import mindspore as ms
from mindspore import nn


class Net(nn.Cell):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 2, 3, has_bias=True)
        self.flatten = nn.Flatten()
        self.fc1 = nn.Dense(2 * 4 * 4, 8)
        self.relu = nn.ReLU()
        self.fc2 = nn.Dense(8, 3, has_bias=False)

    def construct(self, x):
        return self.fc2(self.relu(self.fc1(self.flatten(self.conv(x)))))


ms.set_seed(1)
net = Net()
for name, p in net.parameters_and_names():
    print(name, p.shape)
    print(p.asnumpy().ravel()[:6])
d = nn.Dense(3, 2, weight_init="normal", bias_init="uniform")
print(d.weight.value())
print(d.bias.value())
conv = nn.Conv2d(3, 4, (2, 3), pad_mode="valid", weight_init="xavier_uniform")
print(conv.weight.value()[3, 2])
ms.set_seed(1)
again = Net()
print((again.fc1.weight.asnumpy() == net.fc1.weight.asnumpy()).all())
