import numpy as np
import mindspore as ms
from mindspore import nn, Tensor
import mindspore.dataset as ds
from mindspore.train import Model, LossMonitor, Callback, Accuracy, MAE, EarlyStopping, History, LambdaCallback
from mindspore.common.initializer import Constant

ms.set_seed(13)
np.random.seed(13)
rng = np.random.RandomState(13)
x = rng.uniform(-1, 1, (32, 4)).astype(np.float32)
w = np.array([[1.0], [-2.0], [0.5], [0.0]], np.float32)
y = (x @ w + 0.3).astype(np.float32)


def make(xa, ya, bs):
    return ds.NumpySlicesDataset({"data": xa, "label": ya}, shuffle=False).batch(bs)


net = nn.Dense(4, 1, weight_init=Constant(0.1), bias_init=Constant(0.0))
loss = nn.MSELoss()
opt = nn.Momentum(net.trainable_params(), learning_rate=0.05, momentum=0.9)
model = Model(net, loss_fn=loss, optimizer=opt, metrics={"mae": MAE(), "loss": nn.Loss()})


class StepPrinter(Callback):
    def on_train_epoch_end(self, run_context):
        cb = run_context.original_args()
        print("epoch", cb.cur_epoch_num, "step", cb.cur_step_num, "loss", cb.net_outputs)

    def on_eval_end(self, run_context):
        cb = run_context.original_args()
        print("eval metrics:", cb.metrics)


hist = History()
model.fit(3, make(x[:24], y[:24], 8), make(x[24:], y[24:], 8), callbacks=[LossMonitor(3), StepPrinter(), hist])
print(hist.epoch, {k: [round(float(v), 5) for v in vals] for k, vals in hist.history.items()})
print(model.eval(make(x[24:], y[24:], 4)))
print(model.predict(Tensor(x[:2])))
model.train(2, make(x[:24], y[:24], 12), callbacks=[LambdaCallback(on_train_epoch_end=lambda rc: print("lambda epoch",
                                                                  rc.original_args().cur_epoch_num))])
print(net.weight.value(), net.bias.value())
