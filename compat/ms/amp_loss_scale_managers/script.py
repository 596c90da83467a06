import numpy as np
import mindspore as ms
from mindspore import nn, Tensor, Parameter
from mindspore.train import Model, LossMonitor, FixedLossScaleManager, DynamicLossScaleManager
import mindspore.dataset as ds

ms.set_seed(0)
m = DynamicLossScaleManager(init_loss_scale=2 ** 10, scale_factor=2, scale_window=3)
print(m.get_loss_scale(), m.get_drop_overflow_update())
for ov in [False, False, False, True, False]:
    m.update_loss_scale(ov)
    print(m.get_loss_scale(), m.cur_iter, m.last_overflow_iter)
f = FixedLossScaleManager(256.0, drop_overflow_update=False)
print(f.get_loss_scale(), f.get_drop_overflow_update(), f.get_update_cell())
print(type(ms.amp.DynamicLossScaleManager(2 ** 12).get_update_cell()).__name__)

print(ms.FixedLossScaleManager, ms.LossScaleManager, ms.amp.DynamicLossScaleManager)
c = nn.DynamicLossScaleUpdateCell(loss_scale_value=2 ** 12, scale_factor=2, scale_window=1000)
print(c.get_loss_scale(), nn.FixedLossScaleUpdateCell(512).get_loss_scale())
s = Parameter(Tensor(1024.0, ms.float32), name="s")
for ov in [False, True, False]:
    c(s, Tensor(ov))
    print(s.asnumpy(), c.cur_iter.asnumpy(), c.last_overflow_iter.asnumpy())
print(ms.Callback, ms.LambdaCallback, ms.Accuracy, ms.Metric)
