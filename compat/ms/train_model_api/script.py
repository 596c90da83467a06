import os
import tempfile
import numpy as np
import mindspore
from mindspore import nn, Tensor
from mindspore.train import Model, LossMonitor, Accuracy, MAE, MSE, Loss, Callback, CheckpointConfig, ModelCheckpoint
import mindspore.dataset as ds
from mindspore.common.initializer import Zero, Constant

x = np.array([[1.0, 2.0], [2.0, 1.0], [0.0, 1.0], [1.0, 0.0], [2.0, 2.0], [1.0, 1.0]], np.float32)
y = np.array([[3.0], [3.0], [1.0], [1.0], [4.0], [2.0]], np.float32)


def make():
    return ds.NumpySlicesDataset((x, y), ["data", "label"], shuffle=False).batch(2)


net = nn.Dense(2, 1, weight_init=Constant(0.5), bias_init=Zero())
loss = nn.MSELoss()
opt = nn.SGD(net.trainable_params(), learning_rate=0.125)


class StepCounter(Callback):
    def __init__(self):
        super().__init__()
        self.steps = 0

    def on_train_step_end(self, run_context):
        self.steps += 1
        cb = run_context.original_args()
        if cb.cur_step_num == 4:
            print("step 4 of epoch", cb.cur_epoch_num, "batch_num", cb.batch_num)

    def on_train_end(self, run_context):
        print("trained steps:", self.steps)


counter = StepCounter()
model = Model(net, loss_fn=loss, optimizer=opt, metrics={"mae", "mse", "loss"})
model.train(2, make(), callbacks=[LossMonitor(), counter])
res = model.eval(make())
print(sorted(res.items()))
print(net.weight.value(), net.bias.value())
model.train(1, make(), callbacks=[LossMonitor(2)])
print(model.predict(Tensor(x[:2])))
print(type(model.train_network).__name__, type(model.predict_network).__name__)
m = Accuracy()
m.clear()
m.update(Tensor(np.array([[0.1, 0.9], [0.8, 0.2], [0.3, 0.7]], np.float32)), Tensor(np.array([1, 1, 1], np.int32)))
print(m.eval())
m = MAE()
m.update(Tensor(np.array([0.5, 2.0], np.float32)), Tensor(np.array([1.0, 1.0], np.float32)))
print(m.eval())
m = MSE()
m.update(Tensor(np.array([0.5, 2.0], np.float32)), Tensor(np.array([1.0, 1.0], np.float32)))
print(m.eval())
m = Loss()
m.update(Tensor(np.float32(0.5)))
m.update(Tensor(np.float32(0.25)))
print(m.eval())
print(nn.Accuracy is Accuracy, nn.Loss is Loss)
d = tempfile.mkdtemp()
ck = ModelCheckpoint(prefix="net", directory=d, config=CheckpointConfig(save_checkpoint_steps=3, keep_checkpoint_max=2))
Model(net, loss_fn=loss, optimizer=opt).train(2, make(), callbacks=[ck])
print(sorted(f for f in os.listdir(d) if f.endswith(".ckpt")))
