import numpy as np
import mindspore as ms
from mindspore import nn, ops
from mindspore.amp import auto_mixed_precision, DynamicLossScaler, StaticLossScaler, all_finite

ms.set_seed(1)
np.random.seed(1)


class Network(nn.Cell):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.dense_relu_sequential = nn.SequentialCell(
            nn.Dense(16, 32),
            nn.ReLU(),
            nn.Dense(32, 32),
            nn.ReLU(),
            nn.Dense(32, 10)
        )

    def construct(self, x):
        x = self.flatten(x)
        logits = self.dense_relu_sequential(x)
        return logits


model = Network()
model = auto_mixed_precision(model, 'O2')
print(type(model).__name__, [p.dtype for p in model.trainable_params()][:2])
loss_fn = nn.CrossEntropyLoss()
optimizer = nn.SGD(model.trainable_params(), 1e-2)
loss_scaler = DynamicLossScaler(scale_value=2**16, scale_factor=2, scale_window=50)


def forward_fn(data, label):
    logits = model(data)
    loss = loss_fn(logits, label)
    loss = loss_scaler.scale(loss)
    return loss, logits


grad_fn = ms.value_and_grad(forward_fn, None, model.trainable_params(), has_aux=True)


def train_step(data, label):
    (loss, _), grads = grad_fn(data, label)
    loss = loss_scaler.unscale(loss)
    is_finite = all_finite(grads)
    if is_finite:
        grads = loss_scaler.unscale(grads)
        optimizer(grads)
    loss_scaler.adjust(is_finite)
    return loss


x = ms.Tensor(np.random.rand(8, 4, 4).astype(np.float32))
y = ms.Tensor(np.random.randint(0, 10, (8,)).astype(np.int32))
for step in range(5):
    loss = train_step(x, y)
    print(step, loss.dtype, round(float(loss.asnumpy()), 3), loss_scaler.scale_value.asnumpy())

s = StaticLossScaler(scale_value=2**10)
t = ms.Tensor([2.0, 4.0], ms.float32)
print(s.scale(t), s.unscale(s.scale(t)), all_finite((t, ms.Tensor([np.inf], ms.float32))))
from mindspore.amp import auto_mixed_precision
m = auto_mixed_precision(nn.Dense(2, 3), 'O2'); print(m); print(type(m), list(m.parameters_dict().keys()))
print(type(auto_mixed_precision(nn.Dense(2, 3), 'O0')).__name__, m(ms.ops.ones((1, 2))).dtype)
